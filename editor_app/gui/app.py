"""Start the GUI: the application object, fonts, translations, the crash handler, and the first window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import APP_ID, __version__
from ..core.paths import APP_AUTHOR, APP_NAME
from . import i18n, style
from .crash import CrashHandler
from .main_window import MainWindow
from .settings import Preferences, UiState


def configure_application(app: QApplication) -> None:
    """Names (QSettings and the desktop entry use them), the Simplified Chinese font fallback, the icon."""
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("Issue Editor")
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setFont(style.apply_cjk_fallback(app.font()))
    app.setWindowIcon(style.icon("app"))


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    configure_application(app)
    return app


class Workbench:
    """The application-level objects around the window: translations, preferences, the crash handler.

    Switching the language rebuilds the window in the new language; the open issue and its undo history
    move to the new window unchanged.
    """

    def __init__(self, crash_handler: CrashHandler | None = None, prefs: Preferences | None = None,
                 ui_state: UiState | None = None):
        self.crash_handler = crash_handler
        self.prefs = prefs or Preferences()
        self.ui_state = ui_state or UiState()
        self.translations = i18n.Translations()
        self.translations.switch(i18n.resolve_language(self.prefs.language))
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.prefs, self.ui_state)
        window.preferences_changed.connect(self._on_preferences_changed)
        if self.crash_handler is not None:
            self.crash_handler.window = window
        return window

    def _on_preferences_changed(self, _previous_language: str) -> None:
        language = i18n.resolve_language(self.prefs.language)
        if language != self.translations.language:
            self.switch_language(language)

    def switch_language(self, language: str) -> MainWindow:
        old = self.window
        self.translations.switch(language)
        old.save_layout()
        new = self._new_window()
        new.journal = old.journal
        new.archive = old.archive
        article = old.current_article
        document = old.take_document()
        if document is not None:
            new.install_document(document, select=article)
        new.show()
        old.close_without_prompt()
        old.deleteLater()
        self.window = new
        return new

    def start(self, path: str | None) -> None:
        """After the window is on screen: jieba in the background, then recovery, the file, or the sample."""
        window = self.window
        window.start_word_segmenter()
        recovered = window.offer_recovery()
        if recovered:
            if path:
                window.statusBar().showMessage(QCoreApplication.translate(
                    "Workbench", "Recovered unsaved work; open %1 when you are done.")
                                               .replace("%1", path), 10000)
        elif path:
            window.open_path(path, ask=False)
        elif not self.ui_state.first_run_done:
            window.open_sample()
        self.ui_state.first_run_done = True
        self.ui_state.sync()


def run_gui(path: str | None = None) -> int:
    """`editor-app` / `editor-app gui [FILE]`: open the window (on FILE, or the sample on the very first start)."""
    handler = CrashHandler()
    handler.install()
    try:
        app = create_application()
        workbench = Workbench(handler)
        workbench.window.show()
        QTimer.singleShot(0, lambda: workbench.start(path))
        return app.exec()
    finally:
        handler.uninstall()
