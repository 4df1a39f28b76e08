"""File names made from dates and headlines that are safe on Windows, macOS and Linux."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from .errors import ExportError

# Windows reserves these device names whatever the extension (digits 0-9 and the superscripts ¹²³ count)
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{dev}{d}" for dev in ("COM", "LPT") for d in "0123456789¹²³")}
# Path separators, characters Windows forbids, and anything that is not printable.
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
MAX_NAME_BYTES = 150  # well under the 255-byte limit of common file systems, leaving room for suffixes


def safe_filename(name: str, fallback: str = "article", max_bytes: int = MAX_NAME_BYTES) -> str:
    """A single path component made from `name`: no separators, no reserved names, length-limited."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _FORBIDDEN.sub("_", name)
    name = _trim(re.sub(r"\s+", " ", name))
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = "_" + name
    while len(name.encode("utf-8")) > max_bytes:
        name = _trim(name[:-1])
    return name or fallback


def _trim(name: str) -> str:
    """No leading or trailing dots or spaces (hidden files, names Windows cannot keep), however they mix."""
    previous = None
    while name != previous:
        previous, name = name, name.strip().strip(".")
    return name


def article_file_name(date: str | None, position: int, headline: str | None, suffix: str) -> str:
    """`2025-03-01_01_区发改委…治理.xml`: sorts by date and order, readable, and safe everywhere."""
    stem = f"{date or 'undated'}_{position + 1:02d}_{headline or 'article'}"
    return safe_filename(stem, fallback=f"article-{position + 1:02d}") + suffix


def ensure_folder(folder: str | os.PathLike, what: str) -> Path:
    """`folder`, created if needed, for an export that writes several files (`what` says which)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file; {what} writes a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {folder}: {exc.strerror or exc}") from exc
    return folder
