"""The bad input matrix in the window: File > Open and Paste Text (docs/robustness.md, GUI columns).

Open: every input either shows the issue (the right encoding and text) or exactly one error dialog (one line,
naming the file) while the issue on screen, with its unsaved edit, stays as it was. Paste goes through the
real paste dialog (a QPlainTextEdit fed from the clipboard), so what Qt does to the text is part of the test.
The inputs are built by tests/test_robust_inputs.py.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gui_helpers import body_block
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_robust_inputs import CASES, MIXED, SIMPLIFIED, TRADITIONAL, make_input, unprivileged

from editor_app.core import textio
from editor_app.core.commands import issue_state
from editor_app.core.detect import pipeline
from editor_app.gui.archive_access import ArchiveAccess
from editor_app.gui.dialogs import PasteDialog

GUI_LIMIT = 64 * 1024
RESPONSIVE = 1.5  # seconds the GUI thread may be busy at a stretch while an issue opens


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.loading, timeout=60000)


def make_edit(window) -> None:
    window.source.select_block(body_block(window.issue))
    window.actions["role_subhead"].trigger()
    assert window.document.modified


def _articles(issue) -> str:
    return json.dumps(issue.to_json()["articles"], ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("case", list(CASES))
def test_gui_open_matrix(case, window, qtbot, alerts, tmp_path, monkeypatch):
    if case.endswith("-limit"):  # the 100 MB file, scaled down
        small = functools.partial(textio.read_issue_file, max_bytes=GUI_LIMIT)
        monkeypatch.setattr(textio, "read_issue_file", small)
        monkeypatch.setattr(pipeline, "read_issue_file", small)
    expect = CASES[case]
    path = make_input(case, tmp_path / "in", line_mb=1)
    make_edit(window)
    doc, state = window.document, issue_state(window.issue)
    window.open_path(str(path), ask=False)
    wait_idle(qtbot, window)
    if expect.error:
        assert len(alerts.errors) == 1, alerts.errors
        message = alerts.errors[0]
        assert "\n" not in message and "Traceback" not in message
        assert expect.error in message and path.name in message
        assert window.document is doc and issue_state(window.issue) == state and doc.modified
        return
    assert alerts.errors == []
    issue = window.issue
    assert window.document is not doc and window.document.path == str(path)
    assert issue.source.encoding == expect.encoding
    assert issue.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    if expect.text is not None:
        assert issue.text == expect.text
    if expect.same_articles_as is not None:
        assert _articles(issue) == _articles(pipeline.detect_issue(expect.same_articles_as))
    assert window.article_model.rowCount() == len(issue.article_ids())
    window.source.selectAll()  # what the source view shows, copied: the text exactly
    assert window.source.selected_source_text() == issue.text


# --- paste ---------------------------------------------------------------------------------------------

LONG_LINE = "".join(SIMPLIFIED.split()) * 40  # ~110,000 characters on one line
CONTROLS = SIMPLIFIED.replace("本报", "本\x0b报", 1).replace("记者", "记\x00者", 1).replace("。", "。\x85", 1)
PASTES: dict[str, tuple[str, str | None]] = {
    # what is on the clipboard -> the issue text expected (None: "The pasted text is empty.")
    "simplified": (SIMPLIFIED, SIMPLIFIED),  # the text of the UTF-8, GBK, GB18030 and UTF-16 files
    "traditional": (TRADITIONAL, TRADITIONAL),  # the text of the Big5 file
    "cr": (SIMPLIFIED.replace("\n", "\r"), SIMPLIFIED),
    "crlf": (SIMPLIFIED.replace("\n", "\r\n"), SIMPLIFIED),
    "unicode-line-separators": (SIMPLIFIED.replace("\n", "\u2028"), SIMPLIFIED),
    "controls": (CONTROLS, textio.clean_text(CONTROLS)),  # Qt keeps them; the core cleans them like a file
    "mixed-scripts": (MIXED, MIXED),
    "long-line": (LONG_LINE, LONG_LINE),
    "whitespace": (" \t\n\u3000\u3000\n\u00a0\r\n", None),
    "empty": ("", None),
}


def paste_through_dialog(qtbot, text: str) -> PasteDialog:
    """The real paste dialog with `text` pasted into it from the clipboard."""
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    # setText, not a Python-owned QMimeData: the clipboard takes ownership of mime data it is given
    QApplication.clipboard().setText(text)
    dialog.edit.paste()
    return dialog


@pytest.mark.parametrize("kind", list(PASTES))
def test_gui_paste_matrix(kind, make_window, qtbot, alerts, tmp_path):
    clipboard, expected = PASTES[kind]
    dialog = paste_through_dialog(qtbot, clipboard)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    window = make_window()
    if expected is None:
        assert not ok.isEnabled()  # nothing to detect: the dialog does not even offer it
        assert window.open_text(dialog.text()) is None
        assert alerts.errors == ["The pasted text is empty."]
        assert window.document is None
        return
    assert ok.isEnabled()
    alerts.pasted_text = dialog.text()
    window.actions["paste"].trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.document is not None, timeout=60000)
    assert alerts.errors == []
    assert window.issue.text == expected
    assert window.document.path is None and window.issue.source.chars == len(expected)
    # what was pasted is saved and loads back the same
    window.archive = ArchiveAccess(tmp_path / "archive.sqlite3")
    assert window.save(), alerts.errors
    loaded = window.archive.load(window.document.archive_id)
    assert loaded.text == expected and _articles(loaded) == _articles(window.issue)
    window.archive.close()


def test_pasted_text_is_normalised_like_a_file(make_window, qtbot, alerts, tmp_path):
    dialog = paste_through_dialog(qtbot, CONTROLS)
    window = make_window()
    window.open_text(dialog.text())
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.document is not None, timeout=60000)
    as_file = textio.clean_text(CONTROLS)  # what reading a file does to text (a file with NUL is refused)
    assert window.issue.text == as_file


# --- large inputs stay responsive ------------------------------------------------------------------------

def _max_gui_gap(qtbot, window, path: Path) -> float:
    """Open `path` and return the longest time the GUI thread did not process events meanwhile."""
    gaps = [0.0]
    last = [time.perf_counter()]

    def loaded() -> bool:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        return not window.loading and window.document is not None and window.document.path == str(path)

    window.open_path(str(path), ask=False)
    last[0] = time.perf_counter()
    qtbot.waitUntil(loaded, timeout=120000)
    return max(gaps)


def test_a_large_file_loads_in_the_background(make_window, qtbot, tmp_path):
    path = tmp_path / "large.txt"
    path.write_text((SIMPLIFIED + "\n\n") * 150, encoding="utf-8")  # ~600 KB of ordinary text
    window = make_window()
    assert _max_gui_gap(qtbot, window, path) < RESPONSIVE
    assert window.issue.source.chars == len(path.read_text(encoding="utf-8"))


def test_one_long_line_keeps_the_window_responsive(make_window, qtbot, tmp_path):
    path = make_input("long-line", tmp_path / "in", line_mb=10)  # the 10 MB line of the matrix
    window = make_window()
    assert _max_gui_gap(qtbot, window, path) < RESPONSIVE


# --- the file changes on disk while the issue is open -------------------------------------------------

def test_file_changed_on_disk_after_opening_saves_what_the_editor_saw(make_window, qtbot, alerts, tmp_path):
    path = make_input("gbk", tmp_path / "in")
    original = path.read_bytes()
    window = make_window()
    window.archive = ArchiveAccess(tmp_path / "archive.sqlite3")
    window.open_path(str(path), ask=False)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.document is not None, timeout=60000)
    # another program rewrites the file (other text, another encoding), then deletes it
    path.write_text("2026年3月3日 第02版 社会\n\n完全不同的文章\n\n正文。\n", encoding="utf-8")
    make_edit(window)
    edited = issue_state(window.issue)
    assert window.save(), alerts.errors
    path.unlink()
    window.actions["role_caption"].trigger()
    assert window.save(), alerts.errors  # a later save does not need the file either
    edited_again = issue_state(window.issue)
    stored = window.archive.load(window.document.archive_id)
    assert stored.text == SIMPLIFIED
    assert stored.source.encoding == "gb18030"
    assert stored.source.sha256 == hashlib.sha256(original).hexdigest()
    assert issue_state(stored) == edited_again != edited
    window.archive.close()


# --- a file without read permission, opened by a window in a process that may not read it ------------------

GUI_CHILD = r"""
import json, os, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from editor_app.gui import alerts
from editor_app.gui.main_window import MainWindow
errors = []
alerts.show_error = lambda parent, message, title=None: errors.append(message)
window = MainWindow()
window.show()
window.open_path(sys.argv[1], ask=False)
deadline = time.monotonic() + 60
while window.loading and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
app.processEvents()
window._close_without_prompt = True
print(json.dumps({"errors": errors, "document": window.document is not None}))
"""


def test_gui_open_of_an_unreadable_file(tmp_path):
    prefix, preexec = unprivileged(tmp_path)
    path = make_input("utf-8", tmp_path / "in")
    path.chmod(0)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("ISSUE_EDITOR_DATA", "ISSUE_EDITOR_CACHE", "ISSUE_EDITOR_CONFIG"):
        env[variable] = str(tmp_path / variable.lower())
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg-config")
    result = subprocess.run([*prefix, sys.executable, "-c", GUI_CHILD, str(path)], capture_output=True, text=True,
                            timeout=120, preexec_fn=preexec, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"errors": [f"No permission to read {path}"], "document": False}
    path.chmod(0o644)


def test_a_long_line_is_shown_in_pieces_and_copied_as_one(make_window, qtbot, tmp_path):
    from editor_app.gui.source_view import DISPLAY_LINE_LIMIT
    body = "本报讯今天上午，全市召开会议部署工作。" * 2000 + "𠮷"  # one 38,000-character line, a non-BMP character
    text = "2026年3月2日 第01版 要闻\n\n会议部署全年工作\n\n" + body + "\n\n结尾一段。\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window()
    window.open_path(str(path), ask=False)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.document is not None, timeout=60000)
    source = window.source
    doc = source.document()
    assert doc.blockCount() > text.count("\n") + len(body) // DISPLAY_LINE_LIMIT
    assert max(len(doc.findBlockByNumber(k).text()) for k in range(doc.blockCount())) <= DISPLAY_LINE_LIMIT
    # every piece of the long line belongs to the same issue block, the one holding the body
    index = next(b.index for b in window.issue.blocks if b.start == text.index(body))
    assert source._first_line[index] < source._last_line[index]
    for line in range(source._first_line[index], source._last_line[index] + 1):
        assert source.block_at_line(line) == index
    # select all and copy: the source text exactly, no break where the line was cut
    source.selectAll()
    assert source.selected_source_text() == text
    assert source.createMimeDataFromSelection().text() == text
    # a selection inside the long line, across a cut, ending after the non-BMP character
    cursor = source.textCursor()
    start = text.index(body) + 10
    cursor.setPosition(doc.findBlockByNumber(source._first_line[index]).position() + 10)
    last = doc.findBlockByNumber(source._last_line[index])
    cursor.setPosition(last.position() + len(last.text().encode("utf-16-le")) // 2, cursor.MoveMode.KeepAnchor)
    source.setTextCursor(cursor)
    assert source.selected_source_text() == text[start:text.index(body) + len(body)]
    assert source.selected_blocks == [index]


def test_the_source_document_is_built_off_the_gui_thread_and_the_old_one_freed(make_window, qtbot, tmp_path,
                                                                               monkeypatch):
    import threading

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from editor_app.gui import source_view

    threads = []
    real = source_view.prepare_text

    def spy(*args):
        threads.append(threading.current_thread().name)
        return real(*args)

    window = make_window()
    first = tmp_path / "first.txt"
    second = tmp_path / "second.txt"
    first.write_text(SIMPLIFIED, encoding="utf-8")
    second.write_text(TRADITIONAL, encoding="utf-8")
    monkeypatch.setattr("editor_app.gui.main_window.prepare_text", spy)
    window.open_path(str(first), ask=False)
    wait_idle(qtbot, window)
    shown = window.source.document()
    window.open_path(str(second), ask=False)
    wait_idle(qtbot, window)
    assert len(threads) == 2 and all(name.startswith("issue-editor-task-") for name in threads)
    assert window.source.document() is not shown
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(shown)  # the first issue's document went with it
    window.source.selectAll()
    assert window.source.selected_source_text() == window.issue.text == TRADITIONAL
