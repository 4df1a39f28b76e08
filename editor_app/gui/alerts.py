"""The one place that opens modal messages, questions and file pickers; tests patch these functions.

Every caller goes through `alerts.<function>(...)` (looked up at call time), never through a QMessageBox
of its own, so a test replaces one function and no real exec() ever blocks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
RECOVER, LATER = "recover", "later"



def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A one-line problem the editor can do something about (bad file, impossible correction)."""
    title = title or QCoreApplication.translate("Alerts", "Issue Editor")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def show_info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("Alerts", "Issue Editor")
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """Save / Discard / Cancel for unsaved corrections to `name`."""
    question = QCoreApplication.translate("Alerts", "Save your corrections to “%1” in the archive?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Alerts", "Unsaved changes"),
                      question.replace("%1", name), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Alerts", "If you discard them, the corrections since the last save are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def ask_recover(parent: QWidget | None, description: str) -> str:
    """Offer unsaved work found in the recovery journal: RECOVER, DISCARD or LATER (keep it for next time)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Alerts", "Recover unsaved work"),
                      QCoreApplication.translate("Alerts", "Issue Editor found corrections that were never saved:"),
                      parent=parent)
    box.setInformativeText(description)
    recover = box.addButton(QCoreApplication.translate("Alerts", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Alerts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Alerts", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    if clicked is recover:
        return RECOVER
    if clicked is discard:
        return DISCARD
    return LATER


def ask_open_archived(parent: QWidget | None, name: str) -> bool:
    """The archive already holds this issue: open the saved version (True) or the fresh detection (False)?"""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Alerts", "Already in the archive"),
                      QCoreApplication.translate("Alerts", "“%1” is already in the archive.").replace("%1", name),
                      parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Alerts", "Open the archived version with its saved corrections, or start again from a fresh detection "
        "(saving it then replaces the archived corrections)?"))
    archived = box.addButton(QCoreApplication.translate("Alerts", "Open Archived Version"),
                             QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Alerts", "Fresh Detection"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(archived)
    box.exec()
    return box.clickedButton() is archived


def choose_open_file(parent: QWidget | None, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Alerts", "Open a raw issue"), folder,
        QCoreApplication.translate("Alerts", "Raw issue text (*.txt *.text);;All files (*)"))
    return path or None


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return item if ok and item else None
