"""The GUI's one door to the archive (`editor_app.core.storage`): open lazily, save, load, search, context.

Every call runs in the GUI thread: the archive's SQLite connection has one owner and one writer. A write that
finds another program holding the archive's lock waits up to the archive's timeout in short slices, calling
`on_busy(seconds)` between them (the window says so and keeps painting); a call that comes in meanwhile (a
timer, a queued signal) gets an ArchiveBusy error instead of a second transaction. When the
storage package is missing (a stripped build), `available` is False and the window disables Save and
Open-from-archive instead of failing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.detect.campaigns import CampaignRegistry
from ..core.issue import Issue
from ..core.paths import default_archive_path


class ArchiveUnavailable(Exception):
    """This build has no archive module (one line)."""


class ArchiveBusy(ArchiveUnavailable):
    """The archive is in the middle of another call of this window (waiting for a lock); one line."""


def archive_module():
    try:
        return importlib.import_module("editor_app.core.storage.archive")
    except ImportError:
        return None


def archive_error_types() -> tuple[type[BaseException], ...]:
    module = archive_module()
    error = getattr(module, "ArchiveError", None) if module is not None else None
    return (error, ArchiveUnavailable) if isinstance(error, type) else (ArchiveUnavailable,)


@dataclass
class ArchiveContext:
    """What the archive knows that helps detection and the inspector: campaigns, people, sections."""

    registry: CampaignRegistry | None = None
    people: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)


class ArchiveAccess:
    """One archive file, opened on first use, used from the GUI thread only."""

    def __init__(self, path: str | Path | None = None, on_busy: Callable[[float], None] | None = None):
        self.path = Path(path) if path else default_archive_path()
        self._archive = None
        self.on_busy = on_busy  # called with the seconds waited so far while a write waits for a lock
        self._waiting = False

    @property
    def available(self) -> bool:
        return archive_module() is not None

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    def archive(self):
        """The open archive (created on the first save)."""
        if self._waiting:
            raise ArchiveBusy(f"the archive {self.path} is busy: a save is waiting for another program; "
                              "try again in a moment")
        if self._archive is None:
            module = archive_module()
            if module is None:
                raise ArchiveUnavailable("the archive is not part of this build")
            self._archive = module.Archive.open(self.path, on_busy=self._busy)
        return self._archive

    def _busy(self, waited: float) -> None:
        if self.on_busy is None or self._waiting:
            return
        self._waiting = True
        try:
            self.on_busy(waited)
        finally:
            self._waiting = False

    def close(self) -> None:
        if self._waiting:
            return  # closed by an event handled while waiting: the waiting call still uses it
        if self._archive is not None:
            try:
                self._archive.close()
            finally:
                self._archive = None

    # --- what the workbench does with it -------------------------------------------------------------------
    def save(self, issue: Issue, *, issue_id, source_name: str, who: str, action: str = "save"):
        """Write the issue with every correction; returns its archive id.

        The first save imports it (one transaction that stores the corrections too); later saves write every
        block and record in one transaction, with an edit-log row.
        """
        archive = self.archive()
        if issue_id is None:
            issue_id, _created = archive.import_issue(issue, source_name, paper=issue.meta.paper,
                                                      date=issue.meta.date, who=who)
        archive.save_issue(issue_id, issue, who, action)
        return issue_id

    def load(self, issue_id) -> Issue:
        return self.archive().load_issue(issue_id)

    def issue_id_for(self, sha256: str):
        """The archive id of an issue with this source, or None (never creates the archive file)."""
        if not self.available or not self.exists:
            return None
        return self.archive().issue_id_for(sha256)

    def context(self) -> ArchiveContext:
        """The archive's campaigns, people and sections; empty when there is no archive file yet."""
        if not self.available or not self.exists:
            return ArchiveContext()
        archive = self.archive()
        sections = sorted({name for _paper, name in archive.sections() if name})
        return ArchiveContext(archive.registry(), list(archive.people_names()), sections)

    def search(self, text: str = "", *, reporter: str = "", campaign: str = "", date_from: str | None = None,
               date_to: str | None = None) -> list[dict[str, Any]]:
        """Rows for the archive dialog: {issue_id, article, date, paper, title, detail}.

        With no criteria, one row per stored issue; otherwise one row per matching article.
        """
        if not self.exists:
            return []
        archive = self.archive()
        if not (text or reporter or campaign or date_from or date_to):
            return [{"issue_id": s.id, "article": None, "date": s.date or "", "paper": s.paper or "",
                     "title": s.source_name or "", "detail": str(s.articles)} for s in archive.list_issues()]
        hits = archive.search(text, reporter=reporter or None, campaign=campaign or None, date_from=date_from,
                              date_to=date_to)
        rows = []
        for h in hits:
            names = "、".join(name for _role, name in h.bylines)
            detail = " · ".join(x for x in (h.section or "", names, h.snippet()) if x)
            rows.append({"issue_id": h.issue_id, "article": h.article, "date": h.date or "", "paper": h.paper or "",
                         "title": h.headline or "", "detail": detail})
        return rows
