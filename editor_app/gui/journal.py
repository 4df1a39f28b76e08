"""The recovery journal: unsaved work as JSON in the user data folder, written atomically, offered at next start.

The journal holds the whole issue (source text, every block with its detected and current values, the
article records), so recovery never re-runs detection: a detector tuned since then cannot shift the work.
(`issue_to_dict`/`issue_from_dict` are candidates for the core, next to `Issue.to_json`.)
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.atomic import atomic_write_text
from ..core.detect.campaigns import CampaignRegistry
from ..core.issue import Issue, IssueMeta
from ..core.model import ArticleRecord, Block, SourceInfo
from ..core.paths import data_dir

FORMAT = "issue-editor-recovery"
VERSION = 1


class JournalError(ValueError):
    """A journal that cannot be read back (one line)."""


def recovery_dir() -> Path:
    path = data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def issue_to_dict(issue: Issue) -> dict[str, Any]:
    src = issue.source
    return {
        "text": issue.text,
        "source": {"path": src.path, "encoding": src.encoding, "sha256": src.sha256, "chars": src.chars},
        "meta": {"paper": issue.meta.paper, "date": issue.meta.date, "number": issue.meta.number},
        "blocks": [[b.start, b.end, b.role, b.article, b.continues_previous, b.confidence, b.reason,
                    b.detected_role, b.detected_article, b.detected_continues] for b in issue.blocks],
        "records": [[r.id, r.overrides, r.status] for r in issue.records.values()],
        "roster": sorted(getattr(issue, "roster", ()) or ()),
    }


def issue_from_dict(data: dict[str, Any], registry: CampaignRegistry | None = None) -> Issue:
    try:
        text = data["text"]
        blocks = []
        for k, row in enumerate(data["blocks"]):
            start, end, role, article, cont, conf, reason, d_role, d_article, d_cont = row
            blocks.append(Block(k, start, end, text[start:end], role, article, bool(cont), float(conf), reason,
                                d_role, d_article, bool(d_cont)))
        records = {int(aid): ArticleRecord(int(aid), dict(overrides), status)
                   for aid, overrides, status in data["records"]}
        src = data["source"]
        meta = data.get("meta") or {}
        extra = {"roster": frozenset(data.get("roster") or ())} if "roster" in Issue.__dataclass_fields__ else {}
        return Issue(text=text, blocks=blocks, records=records,
                     source=SourceInfo(src["path"], src["encoding"], src["sha256"], int(src["chars"])),
                     registry=registry or CampaignRegistry.default(),
                     meta=IssueMeta(meta.get("paper"), meta.get("date"), meta.get("number")), **extra)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise JournalError(f"the recovery journal is damaged ({type(exc).__name__})") from exc


@dataclass
class JournalEntry:
    path: Path
    source_name: str
    written: str
    pid: int
    archive_id: Any
    file_path: str | None
    edits: int

    def load(self) -> Issue:
        return issue_from_dict(read(self.path)["issue"])


class RecoveryJournal:
    """The journal file of this session; `write()` replaces it whole, `discard()` removes it."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or recovery_dir()
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.path = self.folder / f"session-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:8]}.json"

    def write(self, issue: Issue, *, source_name: str, file_path: str | None, archive_id, edits: int) -> Path:
        payload = {
            "format": FORMAT, "version": VERSION, "pid": os.getpid(),
            "written": _dt.datetime.now().isoformat(timespec="seconds"),
            "source_name": source_name, "file_path": file_path, "archive_id": archive_id, "edits": edits,
            "issue": issue_to_dict(issue),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(payload, ensure_ascii=False))
        return self.path

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise JournalError(f"cannot read the recovery journal {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or "issue" not in data:
        raise JournalError(f"{path} is not a recovery journal")
    return data


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


_TEMP = re.compile(r"^\.session-\d{8}-\d{6}-(\d+)-[0-9a-f]+\.json\..+\.tmp$")
_TEMP_GRACE = 3600.0  # seconds; a temp file the atomic writer still uses lives for milliseconds


def remove_stale_temp_files(folder: Path | None = None) -> int:
    """Remove the temp files of journal writes that never finished (the session was killed between the
    temp file and the rename); the journal itself is the last complete version. Returns how many went."""
    folder = folder or recovery_dir()
    removed = 0
    now = time.time()
    for path in folder.glob(".session-*.tmp"):
        match = _TEMP.match(path.name)
        try:
            if match:
                pid = int(match.group(1))
                if pid == os.getpid() or (_alive(pid) and now - path.stat().st_mtime < _TEMP_GRACE):
                    continue
            elif now - path.stat().st_mtime < _TEMP_GRACE:
                continue
            path.unlink()
            removed += 1
        except OSError:
            continue
    return removed


def find_recoverable(folder: Path | None = None, exclude: Path | None = None) -> list[JournalEntry]:
    """Journals left by sessions that are no longer running, newest first (a running one is still working).

    `exclude` is this session's own journal.
    """
    folder = folder or recovery_dir()
    out = []
    for path in folder.glob("session-*.json"):
        if exclude is not None and path == exclude:
            continue
        try:
            data = read(path)
        except JournalError:
            continue
        pid = int(data.get("pid") or 0)
        if pid and pid != os.getpid() and _alive(pid):
            continue
        out.append(JournalEntry(path, str(data.get("source_name") or path.name), str(data.get("written") or ""),
                                pid, data.get("archive_id"), data.get("file_path"), int(data.get("edits") or 0)))
    out.sort(key=lambda e: e.written, reverse=True)
    return out
