"""Faults seen from the window: disk full, a locked archive, a read-only folder (docs/robustness.md, "Faults").

Each gives one error dialog (or, for the autosave, a status bar message), the unsaved work stays on screen and
modified, and the files already on disk (archive, previous journal) are unchanged.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gui_helpers import body_block
from PySide6.QtCore import QTimer
from test_robust_faults import SAVE_CHILD, read_line

from editor_app.core.commands import issue_state
from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.storage import Archive
from editor_app.gui.archive_access import ArchiveAccess, ArchiveBusy


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_edit(window) -> None:
    window.source.select_block(body_block(window.issue))
    window.actions["role_caption"].trigger()
    assert window.document.modified


def test_autosave_on_a_full_disk_keeps_the_old_journal_and_says_so(window, monkeypatch):
    make_edit(window)
    first = window.autosave_now()
    assert first is not None and first.exists()
    before = sha256_of(first)
    window.actions["role_subhead"].trigger()

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:  # (not monkeypatch.undo(): that would restore the real dialogs too)
        patch.setattr(os, "fsync", no_space)
        assert window.autosave_now() is None
    assert "Could not write the recovery journal" in window.statusBar().currentMessage()
    assert "No space left on device" in window.statusBar().currentMessage()
    assert sha256_of(first) == before and not list(first.parent.glob(".*.tmp"))
    assert window.document.modified


def _archive_with(path: Path, issue) -> int:
    with Archive.open(path) as archive:
        issue_id, _ = archive.import_issue(issue, "sample-issue.txt")
    return issue_id


def test_save_to_a_full_archive_shows_one_error_and_keeps_the_work(window, alerts, tmp_path, monkeypatch):
    db = tmp_path / "archive.sqlite3"
    window.document.archive_id = _archive_with(db, detect_issue(window.issue.text))
    window.archive = ArchiveAccess(db)
    archive = window.archive.archive()
    pages = archive.conn.execute("PRAGMA page_count").fetchone()[0]
    archive.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    for b in window.issue.blocks[: len(window.issue.blocks) // 2]:  # many edits: more than fits
        window.source.select_block(b.index)
        window.actions["role_furniture"].trigger()
    state = issue_state(window.issue)
    before = [r for r in sqlite3.connect(db).iterdump() if "sqlite_stat1" not in r]
    assert not window.save()
    assert len(alerts.errors) == 1 and "\n" not in alerts.errors[0]
    assert "full" in alerts.errors[0]
    assert window.document.modified and issue_state(window.issue) == state
    window.archive.close()
    assert [r for r in sqlite3.connect(db).iterdump() if "sqlite_stat1" not in r] == before


def test_save_while_another_program_holds_the_archive(window, alerts, tmp_path):
    db = tmp_path / "archive.sqlite3"
    _archive_with(db, detect_issue(Path(__file__).resolve().parents[1].joinpath(
        "fixtures", "byline-forms.txt").read_text(encoding="utf-8")))
    with Archive.open(db) as archive:  # the holder edits issue 1 and issue 2 is another one
        archive.import_issue(detect_issue("第02版 社会\n\n标题二\n\n正文二。\n"))
    holder = subprocess.Popen([sys.executable, "-c", SAVE_CHILD, str(db), "hook", str(tmp_path)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert read_line(holder) == "ready"
        assert read_line(holder) == "in-commit"
        window.archive = ArchiveAccess(db)
        make_edit(window)
        messages: list[str] = []
        window.statusBar().messageChanged.connect(messages.append)
        ticks, reentered = [], []

        def tick():
            ticks.append(time.monotonic())
            if len(ticks) == 5:  # a timer that uses the archive while the save waits gets a clean refusal
                try:
                    window.archive.search("")
                except ArchiveBusy as exc:
                    reentered.append(str(exc))

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(50)
        started = time.monotonic()
        assert not window.save()
        timer.stop()
        assert time.monotonic() - started < 8.0  # the archive's 5 s lock timeout, then a message
        assert len(alerts.errors) == 1 and "in use by another program" in alerts.errors[0]
        # meanwhile the window kept processing events (it painted, timers ran) and said why it waited
        assert any("another program is writing" in m for m in messages)
        gaps = [b - a for a, b in zip([started, *ticks], ticks)]
        assert len(ticks) >= 10 and max(gaps) < 1.5
        assert len(reentered) == 1 and "busy" in reentered[0]
        assert window.document.modified and window.document.archive_id is None
    finally:
        holder.kill()
        holder.wait(timeout=30)
        holder.stdout.close()
        holder.stderr.close()
    assert window.save(), alerts.errors  # the other program is gone: the save goes through
    assert not window.document.modified
    window.archive.close()


def test_save_into_a_read_only_folder_shows_one_error(window, alerts, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "archive.sqlite3"
    _archive_with(db, detect_issue("第02版 社会\n\n标题二\n\n正文二。\n"))
    before = sha256_of(db)
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)]).returncode != 0:
            pytest.skip("running as root without chattr +i: a read-only folder cannot be made")
    else:
        folder.chmod(0o555)
    try:
        window.archive = ArchiveAccess(db)
        make_edit(window)
        assert not window.save()
        assert len(alerts.errors) == 1 and "\n" not in alerts.errors[0] and str(db) in alerts.errors[0]
        assert window.document.modified
        assert window.autosave_now() is not None  # the journal lives elsewhere: the work is kept
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)
    assert sha256_of(db) == before


def test_stale_journal_temp_files_are_removed_at_start_but_not_a_live_sessions(tmp_path):
    import os
    import time

    from editor_app.gui import journal

    folder = tmp_path / "recovery"
    folder.mkdir()
    dead = folder / ".session-20261125-101010-999999999-0a1b2c3d.json.x1y2.tmp"  # a pid no process has
    live = folder / f".session-20261125-101010-{os.getpid()}-0a1b2c3d.json.abcd.tmp"
    other_live = folder / f".session-20261125-101010-{os.getppid()}-0a1b2c3d.json.efgh.tmp"
    unknown_old = folder / ".session-odd.json.zz.tmp"
    unknown_new = folder / ".session-odd2.json.zz.tmp"
    journal_file = folder / "session-20261125-101010-999999999-0a1b2c3d.json"
    for p in (dead, live, other_live, unknown_old, unknown_new, journal_file):
        p.write_text("{", encoding="utf-8")
    old = time.time() - 2 * 3600
    os.utime(unknown_old, (old, old))
    assert journal.remove_stale_temp_files(folder) == 2
    assert not dead.exists() and not unknown_old.exists()
    assert live.exists() and other_live.exists() and unknown_new.exists() and journal_file.exists()
