"""GUI test set-up: offscreen Qt, QSettings and user data in a temp folder per test, every modal dialog patched."""

from __future__ import annotations

import os

# Before anything imports Qt: without a display QApplication aborts the whole process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from editor_app.core.detect.pipeline import detect_issue  # noqa: E402
from editor_app.core.paths import resource_path  # noqa: E402


@dataclass
class Alerts:
    """What the patched dialogs were asked, and the answers they give."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    save_questions: list[str] = field(default_factory=list)
    recover_questions: list[str] = field(default_factory=list)
    crashes: list[dict[str, Any]] = field(default_factory=list)
    save_answer: str = "cancel"
    recover_answer: str = "later"
    open_file: str | None = None
    pasted_text: str | None = None
    chosen_item: str | None = None
    archive_choice: Any = None
    open_archived: bool = True
    archived_questions: list[str] = field(default_factory=list)
    crash_wants_quit: bool = False


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """QSettings and the user data folder (recovery journals, archive) in this test's own temp folder."""
    QCoreApplication.setOrganizationName("IssueEditorTests")
    QCoreApplication.setApplicationName("IssueEditorTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("ISSUE_EDITOR_DATA", str(tmp_path / "data"))
    yield tmp_path


@pytest.fixture(autouse=True)
def alerts(monkeypatch: pytest.MonkeyPatch) -> Alerts:
    """Every modal dialog replaced: a test never blocks on exec(), and can check what was shown."""
    from editor_app.gui import alerts as alerts_module
    from editor_app.gui import archive_dialog, crash, dialogs

    log = Alerts()

    def show_error(parent, message, title=None):
        log.errors.append(message)

    def show_info(parent, message, title=None):
        log.infos.append(message)

    def ask_save_changes(parent, name):
        log.save_questions.append(name)
        return log.save_answer

    def ask_recover(parent, description):
        log.recover_questions.append(description)
        return log.recover_answer

    def show_crash_dialog(parent, summary, details, saved):
        log.crashes.append({"parent": parent, "summary": summary, "details": details, "saved": saved})
        return log.crash_wants_quit

    monkeypatch.setattr(alerts_module, "show_error", show_error)
    monkeypatch.setattr(alerts_module, "show_info", show_info)
    monkeypatch.setattr(alerts_module, "ask_save_changes", ask_save_changes)
    monkeypatch.setattr(alerts_module, "ask_recover", ask_recover)
    def ask_open_archived(parent, name):
        log.archived_questions.append(name)
        return log.open_archived

    monkeypatch.setattr(alerts_module, "ask_open_archived", ask_open_archived)
    monkeypatch.setattr(alerts_module, "choose_open_file", lambda parent, folder: log.open_file)
    monkeypatch.setattr(alerts_module, "choose_item", lambda parent, title, label, items: log.chosen_item)
    monkeypatch.setattr(dialogs, "ask_pasted_text", lambda parent: log.pasted_text)
    monkeypatch.setattr(dialogs, "edit_preferences", lambda parent, prefs: False)
    monkeypatch.setattr(archive_dialog, "choose_archive_issue", lambda parent, access, campaigns=(): log.archive_choice)
    monkeypatch.setattr(crash, "show_crash_dialog", show_crash_dialog)
    return log


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return resource_path("sample-issue.txt")


@pytest.fixture()
def sample_issue(sample_path):
    from editor_app.core.detect.pipeline import detect_file

    return detect_file(sample_path)


@pytest.fixture()
def make_window(qtbot, alerts):
    """Build main windows that are closed without questions at the end of the test."""
    from editor_app.gui.main_window import MainWindow

    made = []

    def make(**kwargs):
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window._close_without_prompt = True


@pytest.fixture()
def window(make_window, sample_issue):
    """A main window showing the built-in sample issue (detected in the test thread, no waiting).

    Three decisions are made doubtful on purpose (gui_helpers.force_doubts), so the review tools always
    have work whatever detection currently decides.
    """
    from gui_helpers import force_doubts

    from editor_app.gui.document import IssueDocument

    force_doubts(sample_issue)
    w = make_window()
    w.install_document(IssueDocument(sample_issue, "sample-issue.txt", path=str(resource_path("sample-issue.txt"))))
    return w


def detect(text: str):
    return detect_issue(text)
