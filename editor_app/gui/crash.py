"""The crash handler: any uncaught exception shows copyable details and saves unsaved work; it never crashes itself."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import report_unexpected


class EmergencySaver(Protocol):
    def emergency_save(self) -> Path | None: ...



class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, saved: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CrashDialog", "Issue Editor hit a problem"))
        layout = QVBoxLayout(self)
        head = QLabel(QCoreApplication.translate(
            "CrashDialog", "Something went wrong inside Issue Editor. You can keep working, or quit."), self)
        head.setWordWrap(True)
        layout.addWidget(head)
        if saved is not None:
            note = QCoreApplication.translate(
                "CrashDialog", "Your unsaved corrections were saved to the recovery journal and will be offered "
                "at the next start.")
        else:
            note = QCoreApplication.translate("CrashDialog", "There were no unsaved corrections to lose.")
        saved_label = QLabel(note, self)
        saved_label.setWordWrap(True)
        layout.addWidget(saved_label)
        layout.addWidget(QLabel(summary, self))
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(self)
        copy = QPushButton(QCoreApplication.translate("CrashDialog", "Copy details"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(QCoreApplication.translate("CrashDialog", "Quit Issue Editor"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.clicked.connect(lambda: self.done(2))
        keep = buttons.addButton(QCoreApplication.translate("CrashDialog", "Keep working"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        keep.clicked.connect(self.accept)
        layout.addWidget(buttons)
        fm = self.fontMetrics()
        self.resize(fm.horizontalAdvance("M") * 60, fm.lineSpacing() * 24)


def show_crash_dialog(parent: QWidget | None, summary: str, details: str, saved: Path | None) -> bool:
    """Show the crash dialog; True if the editor chose to quit. Tests patch this function."""
    return CrashDialog(summary, details, saved, parent).exec() == 2


class CrashHandler:
    """`sys.excepthook` for the GUI. Set `window` once the main window exists (it does the emergency save)."""

    def __init__(self):
        self.window: EmergencySaver | None = None
        self.previous = sys.excepthook
        self.exit_application = lambda code: QApplication.exit(code)  # replaceable in tests
        self._handling = False
        self.last_summary: str | None = None

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        if self._handling:  # an exception while handling one: never loop, never show a second dialog
            _stderr("".join(traceback.format_exception(exc_type, exc, tb)))
            return
        self._handling = True
        try:
            self._handle(exc_type, exc, tb)
        except BaseException as inner:  # noqa: BLE001 - the last line of defence
            _stderr(f"issue editor: the crash handler failed too: {inner!r}")
        finally:
            self._handling = False

    def _handle(self, exc_type, exc, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if exc is not None and exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            summary = report_unexpected(exc) if exc is not None else exc_type.__name__
        except Exception:  # noqa: BLE001 - the log may be unwritable
            summary = f"unexpected error: {exc_type.__name__}"
        self.last_summary = summary
        saved = None
        window = self.window
        if window is not None:
            try:
                saved = window.emergency_save()
            except Exception as save_error:  # noqa: BLE001
                details += f"\nThe emergency save failed as well: {save_error!r}\n"
        _stderr(details)
        app = QApplication.instance()
        if app is None:
            return  # before Qt exists there is nothing to show; the error log and stderr have it
        parent = window if isinstance(window, QWidget) else None
        wants_quit = show_crash_dialog(parent, summary, details, saved)
        if wants_quit:
            if window is not None and hasattr(window, "close_without_prompt"):
                window.close_without_prompt()
            self.exit_application(70)


def _stderr(text: str) -> None:
    stream = sys.stderr  # None in a windowed frozen build
    if stream is not None:
        try:
            stream.write(text if text.endswith("\n") else text + "\n")
        except Exception:  # noqa: BLE001
            pass
