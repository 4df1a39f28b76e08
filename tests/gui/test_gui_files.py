"""Opening files (menu, drag and drop, paste), bad input, recent files, the close prompt, the recovery journal."""

from __future__ import annotations

import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from gui_helpers import body_block, inner_block
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from editor_app.core.commands import issue_state
from editor_app.gui import journal
from editor_app.gui.document import IssueDocument, detected_state
from editor_app.gui.settings import UiState


def wait_loaded(qtbot, window, previous=None):
    qtbot.waitUntil(lambda: not window.loading and window.document is not previous, timeout=20000)


def make_edit(window):
    window.source.select_block(body_block(window.issue))
    window.actions["role_subhead"].trigger()
    assert window.document.modified


def test_open_file_through_the_menu_action(make_window, qtbot, alerts, sample_path):
    window = make_window()
    alerts.open_file = str(sample_path)
    window.actions["open"].trigger()
    assert window.progress_bar.isVisible() or window.document is not None
    wait_loaded(qtbot, window)
    assert window.article_model.rowCount() == len(window.issue.article_ids()) > 5
    assert not window.progress_bar.isVisible()
    assert UiState().recent_files == [os.path.abspath(sample_path)]
    window._fill_recent_menu()
    assert window.recent_menu.actions()[0].toolTip() == os.path.abspath(sample_path)


def test_drag_and_drop_opens_the_file(make_window, qtbot, sample_path):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    wait_loaded(qtbot, window)
    assert window.document.path == str(sample_path)


def test_paste_text_as_new_issue(make_window, qtbot, alerts, sample_path):
    window = make_window()
    alerts.pasted_text = sample_path.read_text(encoding="utf-8")
    window.actions["paste"].trigger()
    wait_loaded(qtbot, window)
    assert window.article_model.rowCount() == len(window.issue.article_ids()) > 5
    assert window.document.path is None
    assert window.issue.meta.date == "2026-03-02"


def _bad_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    files = {}
    files["empty"] = folder / "empty.txt"
    files["empty"].write_bytes(b"")
    files["blank"] = folder / "blank.txt"
    files["blank"].write_text(" \n\u3000\n\t\n", encoding="utf-8")
    files["png"] = folder / "image.txt"
    files["png"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    files["zip"] = folder / "archive.zip"
    with zipfile.ZipFile(files["zip"], "w") as z:
        z.writestr("a.txt", "hello")
    files["sqlite"] = folder / "db.sqlite3"
    sqlite3.connect(files["sqlite"]).execute("create table t(x)").connection.commit()
    files["folder"] = folder / "a-folder"
    files["folder"].mkdir(exist_ok=True)
    files["missing"] = folder / "does-not-exist.txt"
    files["nul"] = folder / "nul.txt"
    files["nul"].write_bytes(bytes(range(256)) * 3 + b"\x00")  # odd length: not UTF-16
    if os.geteuid() != 0:
        files["unreadable"] = folder / "secret.txt"
        files["unreadable"].write_text("本报记者", encoding="utf-8")
        files["unreadable"].chmod(0)
    return files


@pytest.mark.parametrize("kind", ["empty", "blank", "png", "zip", "sqlite", "folder", "missing", "nul",
                                  "unreadable"])
def test_bad_file_shows_one_error_and_changes_nothing(window, qtbot, alerts, tmp_path, kind):
    files = _bad_files(tmp_path / "bad")
    if kind not in files:
        pytest.skip("running as root: every file is readable")
    make_edit(window)
    doc, state = window.document, issue_state(window.issue)
    window.open_path(str(files[kind]), ask=False)
    qtbot.waitUntil(lambda: not window.loading, timeout=20000)
    assert len(alerts.errors) == 1, alerts.errors
    assert "\n" not in alerts.errors[0]
    assert str(files[kind].name) in alerts.errors[0]
    assert window.document is doc
    assert issue_state(window.issue) == state
    assert window.document.modified


def test_core_messages_stay_one_line():
    from editor_app.gui import i18n

    assert i18n.core_message("x.txt is empty") == "x.txt is empty"  # English UI: unchanged
    assert i18n.core_message("no block  selected\n") == "no block selected"


def test_cancel_loading_keeps_the_issue(window, qtbot, sample_path):
    doc = window.document
    window.open_path(str(sample_path), ask=False)
    window.cancel_loading()
    qtbot.wait(1500)
    assert window.document is doc
    assert not window.progress_bar.isVisible()


# --- the close prompt ------------------------------------------------------------------------------------

def test_close_without_changes_does_not_ask(window, alerts):
    assert window.close()
    assert alerts.save_questions == []


def test_close_prompt_cancel_keeps_the_window(window, alerts):
    make_edit(window)
    alerts.save_answer = "cancel"
    assert not window.close()
    assert alerts.save_questions == ["sample-issue.txt"]
    assert window.isVisible()
    assert window.document.modified


def test_close_prompt_discard_closes_and_drops_the_journal(window, alerts):
    make_edit(window)
    path = window.autosave_now()
    assert path is not None and path.exists()
    alerts.save_answer = "discard"
    assert window.close()
    assert not path.exists()


def test_close_prompt_save(window, alerts, monkeypatch):
    make_edit(window)
    saved = []
    monkeypatch.setattr(type(window.archive), "available", property(lambda self: True))
    monkeypatch.setattr(window.archive, "save", lambda issue, **kw: saved.append(kw) or 7)
    alerts.save_answer = "save"
    assert window.close()
    assert saved and saved[0]["issue_id"] is None
    assert window.document.archive_id == 7
    assert not window.document.modified


def test_close_prompt_save_failure_keeps_the_window(window, alerts, monkeypatch):
    from editor_app.gui.archive_access import ArchiveUnavailable

    make_edit(window)
    monkeypatch.setattr(type(window.archive), "available", property(lambda self: True))

    def fail(issue, **kw):
        raise ArchiveUnavailable("the archive is locked by another program")

    monkeypatch.setattr(window.archive, "save", fail)
    alerts.save_answer = "save"
    assert not window.close()
    assert alerts.errors == ["the archive is locked by another program"]
    assert window.document.modified


def test_opening_another_file_asks_first(window, alerts, qtbot, sample_path):
    make_edit(window)
    doc = window.document
    alerts.save_answer = "cancel"
    assert window.open_path(str(sample_path)) is None
    assert window.document is doc
    alerts.save_answer = "discard"
    window.open_path(str(sample_path))
    wait_loaded(qtbot, window, previous=doc)
    assert not window.document.modified


# --- the recovery journal ----------------------------------------------------------------------------------

def test_autosave_writes_the_journal_atomically_and_undo_to_clean_removes_it(window, qtbot):
    window.prefs.autosave_seconds = 2
    make_edit(window)
    qtbot.waitUntil(lambda: window.journal.path.exists(), timeout=5000)
    data = journal.read(window.journal.path)
    assert data["source_name"] == "sample-issue.txt"
    restored = journal.issue_from_dict(data["issue"])
    assert issue_state(restored) == issue_state(window.issue)
    assert [b.text for b in restored.blocks] == [b.text for b in window.issue.blocks]
    assert not list(window.journal.folder.glob(".*.tmp"))
    window.undo()
    assert not window.journal.path.exists()


def test_unsaved_work_is_offered_at_the_next_start(window, make_window, alerts):
    idx = body_block(window.issue)
    make_edit(window)  # a subhead at idx ...
    window.actions["role_caption"].trigger()  # ... then a caption
    window.autosave_now()
    state = issue_state(window.issue)
    # a second session (the first one "crashed": its journal is left behind)
    second = make_window()
    alerts.recover_answer = "later"
    assert not second.offer_recovery()
    assert window.journal.path.exists()
    alerts.recover_answer = "recover"
    assert second.offer_recovery()
    assert "sample-issue.txt" in alerts.recover_questions[-1]
    assert issue_state(second.issue) == state
    assert second.document.modified
    assert second.isWindowModified()
    assert not window.journal.path.exists()  # the old journal is consumed ...
    assert second.journal.path.exists()  # ... and the work is in the new session's journal
    # the recovered issue still undoes back to detection through revert, and nothing else is offered
    assert second.issue.blocks[idx].detected_role == "body"
    assert second.issue.blocks[idx].role == "caption"
    assert detected_state(second.issue) == detected_state(window.issue)
    # another session that discards it
    third = make_window()
    alerts.recover_answer = "discard"
    assert third.offer_recovery() is False
    assert not second.journal.path.exists()


def test_damaged_journal_is_ignored(make_window, alerts, tmp_path):
    folder = journal.recovery_dir()
    (folder / "session-20250101-000000-1.json").write_text("{not json", encoding="utf-8")
    window = make_window()
    assert window.offer_recovery() is False
    assert alerts.recover_questions == []


def test_journal_round_trip_keeps_every_block_field(sample_issue):
    from editor_app.core import commands

    commands.split_article(sample_issue, inner_block(sample_issue)).apply(sample_issue)
    commands.set_field(sample_issue, sample_issue.article_ids()[0], "headline", "改").apply(sample_issue)
    restored = journal.issue_from_dict(journal.issue_to_dict(sample_issue))
    assert restored.to_json() == sample_issue.to_json()
    assert issue_state(restored) == issue_state(sample_issue)
    assert detected_state(restored) == detected_state(sample_issue)


def test_document_modified_flag_follows_the_undo_stack(sample_issue, qtbot):
    from editor_app.core import commands

    doc = IssueDocument(sample_issue, "x")
    seen = []
    doc.modified_changed.connect(seen.append)
    assert not doc.modified
    assert doc.push(commands.set_role(sample_issue, [body_block(sample_issue)], "caption"))
    assert doc.modified and seen == [True]
    assert not doc.push(commands.set_field(sample_issue, 0, "headline", sample_issue.view(0).headline))
    doc.mark_saved(3)
    assert not doc.modified and doc.archive_id == 3
    doc.undo_stack.undo()
    assert doc.modified


def test_background_task_results_and_errors_arrive_in_the_gui_thread(qtbot):
    import threading

    from editor_app.gui.tasks import TaskRunner

    runner = TaskRunner()
    seen = []
    main = threading.get_ident()
    runner.run(lambda: threading.get_ident(), lambda r: seen.append(("done", r != main, threading.get_ident())),
               lambda e: seen.append(("error", e)))
    runner.run(lambda: 1 / 0, lambda r: seen.append(("done", r)), lambda e: seen.append(("error", type(e))))
    token = runner.run(lambda: 5, lambda r: seen.append(("cancelled one arrived", r)), lambda e: None)
    runner.cancel(token)
    qtbot.waitUntil(lambda: len(seen) == 2 and not runner.busy, timeout=5000)
    qtbot.wait(100)
    assert ("done", True, main) in seen
    assert ("error", ZeroDivisionError) in seen
    assert len(seen) == 2
