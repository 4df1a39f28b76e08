"""The archive: issues, articles, people and edits in one local SQLite file, searchable in Chinese."""

from __future__ import annotations

from .archive import Archive, ArchiveError, EditLogEntry, IssueSummary, Person
from .search import Hit

__all__ = ["Archive", "ArchiveError", "EditLogEntry", "Hit", "IssueSummary", "Person"]
