"""Open an issue from the archive: search by text, date, reporter and campaign; pick an issue."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import i18n, style
from .archive_access import ArchiveAccess, archive_error_types
from .models import ArchiveResultsModel

_NO_DATE = QDate(2000, 1, 1)


class ArchiveDialog(QDialog):
    def __init__(self, access: ArchiveAccess, campaigns: Sequence[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self._access = access
        self.setWindowTitle(self.tr("Open from the archive"))
        self.setWindowIcon(style.icon("archive"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Words in headlines and text"))
        self.reporter = QLineEdit(self)
        self.campaign = QLineEdit(self)
        self.campaign.setCompleter(QCompleter(list(campaigns), self))
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        form = QFormLayout()
        form.addRow(self.tr("Text:"), self.text)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Reporter:"), self.reporter)
        form.addRow(self.tr("Campaign:"), self.campaign)
        self.model = ArchiveResultsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(ArchiveResultsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_double_click)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #52606d;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        for edit in (self.text, self.reporter, self.campaign):
            edit.textChanged.connect(lambda _t: self._timer.start())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_open())
        self.resize(style.em(self, 70), style.line_height(self, 30))
        self.search()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(_NO_DATE)
        return edit

    @staticmethod
    def _date_value(edit: QDateEdit) -> str | None:
        return None if edit.date() == _NO_DATE else edit.date().toString("yyyy-MM-dd")

    def search(self) -> None:
        try:
            rows = self._access.search(self.text.text().strip(), reporter=self.reporter.text().strip(),
                                       campaign=self.campaign.text().strip(),
                                       date_from=self._date_value(self.date_from),
                                       date_to=self._date_value(self.date_to))
        except archive_error_types() as exc:
            self.model.set_rows([])
            self.message.setText(i18n.core_message(str(exc)))
        else:
            self.model.set_rows(rows)
            self.message.setText(self.tr("%n result(s)", "", len(rows)))
            if rows:
                self.table.selectRow(0)
        self._update_open()

    def selected_issue_id(self):
        index = self.table.currentIndex()
        return self.model.issue_id(index.row()) if index.isValid() else None

    def selected(self) -> tuple | None:
        """(issue id, article id or None) of the chosen row."""
        index = self.table.currentIndex()
        if not index.isValid() or self.model.issue_id(index.row()) is None:
            return None
        return self.model.issue_id(index.row()), self.model.article(index.row())

    def _update_open(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(self.selected_issue_id() is not None)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.accept()


def choose_archive_issue(parent: QWidget | None, access: ArchiveAccess, campaigns: Sequence[str] = ()):
    """(issue id, article id or None) the editor picked, or None. Tests patch this function."""
    dialog = ArchiveDialog(access, campaigns, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.selected()
    return None
