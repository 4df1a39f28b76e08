"""The crash handler: a forced exception before and after the window exists; copyable details, emergency save."""

from __future__ import annotations

import sys

import pytest
from gui_helpers import body_block
from PySide6.QtCore import QTimer

from editor_app.core.commands import issue_state
from editor_app.core.errors import error_log_path
from editor_app.gui import journal
from editor_app.gui.crash import CrashDialog, CrashHandler


def forced(exc_type=ZeroDivisionError):
    try:
        if exc_type is ZeroDivisionError:
            1 / 0  # noqa: B018
        raise exc_type("forced for the test")
    except BaseException:
        return sys.exc_info()


def test_exception_before_the_window_exists(qapp, alerts):
    handler = CrashHandler()
    handler(*forced())
    assert len(alerts.crashes) == 1
    crash = alerts.crashes[0]
    assert crash["parent"] is None and crash["saved"] is None
    assert "ZeroDivisionError" in crash["details"] and "Traceback" in crash["details"]
    assert crash["summary"].startswith("unexpected error: ZeroDivisionError")
    assert "\n" not in crash["summary"]
    assert "ZeroDivisionError" in error_log_path().read_text(encoding="utf-8")


def test_exception_after_the_window_exists_saves_unsaved_work(window, alerts):
    window.source.select_block(body_block(window.issue))
    window.actions["role_caption"].trigger()
    handler = CrashHandler()
    handler.window = window
    handler(*forced(RuntimeError))
    crash = alerts.crashes[0]
    assert crash["parent"] is window
    saved = crash["saved"]
    assert saved is not None and saved.exists()
    restored = journal.issue_from_dict(journal.read(saved)["issue"])
    assert issue_state(restored) == issue_state(window.issue)
    assert "RuntimeError: forced for the test" in crash["details"]


def test_nothing_to_save_when_unmodified(window, alerts):
    handler = CrashHandler()
    handler.window = window
    handler(*forced())
    assert alerts.crashes[0]["saved"] is None


@pytest.mark.qt_no_exception_capture
def test_installed_hook_catches_an_exception_in_a_qt_slot(window, qtbot, alerts):
    handler = CrashHandler()
    handler.window = window
    handler.install()
    try:
        def boom():
            raise ValueError("raised inside the event loop")

        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: bool(alerts.crashes), timeout=5000)
    finally:
        handler.uninstall()
    assert "raised inside the event loop" in alerts.crashes[0]["details"]
    assert sys.excepthook is not handler


def test_the_handler_survives_its_own_failures(window, alerts, monkeypatch, capsys):
    from editor_app.gui import crash

    def broken_dialog(*args):
        raise OSError("no display")

    monkeypatch.setattr(crash, "show_crash_dialog", broken_dialog)
    monkeypatch.setattr(window, "emergency_save", lambda: 1 / 0)
    handler = CrashHandler()
    handler.window = window
    handler(*forced())  # must not raise
    err = capsys.readouterr().err
    assert "ZeroDivisionError" in err and "crash handler failed too" in err


def test_keyboard_interrupt_goes_to_the_previous_hook(qapp, alerts):
    seen = []
    handler = CrashHandler()
    handler.previous = lambda *exc: seen.append(exc[0])
    handler(*forced(KeyboardInterrupt))
    assert seen == [KeyboardInterrupt] and alerts.crashes == []


def test_crash_wanting_to_quit_closes_without_a_question(window, alerts):
    window.source.select_block(body_block(window.issue))
    window.actions["role_caption"].trigger()
    alerts.crash_wants_quit = True
    handler = CrashHandler()
    exits = []
    handler.exit_application = exits.append  # the real one would stop every later event loop in this process
    handler.window = window
    handler(*forced())
    assert not window.isVisible()
    assert alerts.save_questions == []
    assert exits == [70]
    assert alerts.crashes[0]["saved"] is not None


def test_crash_dialog_shows_copyable_details(qtbot):
    dialog = CrashDialog("unexpected error: X", "Traceback...\nX", None)
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText() == "Traceback...\nX"
    assert dialog.details.isReadOnly()
