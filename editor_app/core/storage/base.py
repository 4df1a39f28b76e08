"""What every part of the archive shares: its error type and small SQL helpers."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Sequence
from typing import Any

_SQL_VARS = 900  # stay under SQLite's oldest limit on bound variables (999)
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ArchiveError(Exception):
    """A problem with the archive, in one line fit for the user. `kind` says which (see KINDS)."""

    KINDS = ("missing", "not_sqlite", "not_archive", "corrupt", "newer", "outdated", "readonly", "locked",
             "io", "no_issue", "mismatch", "not_found", "exists", "invalid")

    def __init__(self, message: str, kind: str = "io"):
        super().__init__(" ".join(message.split()))
        self.kind = kind


def now() -> str:
    """The current time in UTC, ISO 8601 to the second (what the archive stores)."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def chunks(values: Sequence[Any], size: int = _SQL_VARS) -> Iterator[Sequence[Any]]:
    """`values` in slices small enough to bind as SQL parameters."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


def marks(n: int) -> str:
    """`?, ?, …` for `n` bound parameters."""
    return ",".join("?" * n)


def check_date(value: str | None, what: str = "date") -> str | None:
    """`value` if it is None or a real YYYY-MM-DD date; raises ArchiveError('invalid') otherwise."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        if DATE_RE.fullmatch(value):
            _dt.date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise ArchiveError(f"the {what} {value!r} is not a date written YYYY-MM-DD", "invalid")
