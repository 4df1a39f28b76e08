"""The export error: one line for the user; nothing already on disk was changed."""

from __future__ import annotations


class ExportError(Exception):
    """An export that cannot be made (one line for the user); nothing already on disk was changed."""
