"""The workbench's dialogs: key cheat sheet, paste raw text, preferences; module functions are the patch points."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.paths import default_archive_path
from . import i18n, style
from .settings import Preferences


def _plain_action_text(text: str) -> str:
    """An action's text without its mnemonic: "&Save" -> "Save", "保存(&S)" -> "保存"."""
    text = re.sub(r"\(&[^&\s]\)", "", text)
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


class CheatSheetDialog(QDialog):
    """Every action with its keys, grouped as in the menus; built from the actions so it never goes stale."""

    def __init__(self, groups: Sequence[tuple[str, Sequence[QAction]]], legend_roles: Sequence[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setWindowIcon(style.icon("keyboard"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(self._html(groups, legend_roles))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(style.em(self, 100), style.line_height(self, 34))

    def _html(self, groups, legend_roles) -> str:
        e = html.escape
        cells = []
        for title, actions in groups:
            rows = []
            for a in actions:
                keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts())
                if not keys:
                    continue
                text = _plain_action_text(a.text())
                rows.append(f"<tr><td style='padding:2px 10px 2px 0'><kbd style='background:#eef1f4;"
                            f"border:1px solid #c9d1d9'>&nbsp;{e(keys)}&nbsp;</kbd></td>"
                            f"<td style='padding:2px 0'>{e(text)}</td></tr>")
            if rows:
                cells.append(f"<h3 style='color:{style.ACCENT};margin-bottom:2px'>{e(title)}</h3>"
                             f"<table cellspacing='0'>{''.join(rows)}</table>")
        # three columns, filled in order, balanced by row count
        weights = [c.count("<tr>") + 2 for c in cells]
        columns: list[list[str]] = [[], [], []]
        budget = sum(weights) / 3
        k, used = 0, 0.0
        for cell, weight in zip(cells, weights):
            if used and used + weight > budget + 3 and k < 2:
                k, used = k + 1, 0.0
            columns[k].append(cell)
            used += weight
        legend = "".join(
            f"<span style='background:{style.ROLE_TINTS[r]};border-left:4px solid {style.ROLE_ACCENTS[r]}'>"
            f"&nbsp;{e(style.ROLE_KEYS[r])}&nbsp;{e(i18n.role_label(r))}&nbsp;</span>&nbsp; "
            for r in legend_roles)
        intro = self.tr("Block roles (press the digit):")
        return (f"<p>{e(intro)}<br/>{legend}</p>"
                "<table width='100%'><tr>"
                + "".join(f"<td valign='top' width='33%' style='padding-right:12px'>{''.join(col)}</td>"
                          for col in columns)
                + "</tr></table>")


class PasteDialog(QDialog):
    """Paste a raw issue's text to open it as a new issue."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste raw text as a new issue"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the text of a day's issue (as copied from the e-paper or the "
                                        "printer's PDF):"), self))
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("Ctrl+V to paste"))
        layout.addWidget(self.edit, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Detect articles"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(style.em(self, 60), style.line_height(self, 28))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.edit.toPlainText().strip()))

    def text(self) -> str:
        return self.edit.toPlainText()


class PreferencesDialog(QDialog):
    """Language, source font, autosave interval, archive file, the editor's name."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self._prefs = prefs
        self.setWindowTitle(self.tr("Preferences"))
        self.setWindowIcon(style.icon("preferences"))
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for code, label in i18n.LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        form.addRow(self.tr("Language:"), self.language)

        font_row = QHBoxLayout()
        self.font_family = QFontComboBox(self)
        self.font_family.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        family = prefs.source_font_family or (style.installed_families(style.CJK_FAMILIES) or [""])[0]
        if family:
            self.font_family.setCurrentFont(QFont(family))
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(0, 48)
        self.font_size.setDecimals(1)
        self.font_size.setSpecialValueText(self.tr("Default"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(prefs.source_font_size)
        font_row.addWidget(self.font_family, 1)
        font_row.addWidget(self.font_size)
        form.addRow(self.tr("Source text font:"), font_row)

        self.autosave = QSpinBox(self)
        self.autosave.setRange(2, 600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(prefs.autosave_seconds)
        form.addRow(self.tr("Save unsaved work to the recovery journal after:"), self.autosave)

        archive_row = QHBoxLayout()
        self.archive = QLineEdit(prefs.archive_path, self)
        self.archive.setPlaceholderText(str(default_archive_path()))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_archive)
        archive_row.addWidget(self.archive, 1)
        archive_row.addWidget(browse)
        form.addRow(self.tr("Archive file:"), archive_row)

        self.editor_name = QLineEdit(prefs.editor_name, self)
        form.addRow(self.tr("Your name (recorded with each save):"), self.editor_name)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(self.tr("A new language applies at once; the window is rebuilt in that language."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_archive(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Archive file"), self.archive.text()
                                              or str(default_archive_path()),
                                              self.tr("Issue Editor archive (*.sqlite3 *.db);;All files (*)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.archive.setText(path)

    def apply(self) -> None:
        p = self._prefs
        p.language = self.language.currentData()
        p.source_font_family = self.font_family.currentFont().family()
        p.source_font_size = self.font_size.value()
        p.autosave_seconds = self.autosave.value()
        p.archive_path = self.archive.text().strip()
        p.editor_name = self.editor_name.text().strip()
        p.sync()

    def sizeHint(self) -> QSize:
        return QSize(style.em(self, 48), super().sizeHint().height())


# --- patch points -------------------------------------------------------------------------------------------

def ask_pasted_text(parent: QWidget | None) -> str | None:
    dialog = PasteDialog(parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text().strip():
        return dialog.text()
    return None


def edit_preferences(parent: QWidget | None, prefs: Preferences) -> bool:
    dialog = PreferencesDialog(prefs, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.apply()
        return True
    return False
