"""The Sections view: each paper's section list (版面) as learned from page headers; add, rename, delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import i18n, style
from .archive_access import ArchiveAccess, archive_error_types
from .models import RowsTableModel
from .people_view import archive_or_none, fit_columns, run_archive_action

_Index = QModelIndex | QPersistentModelIndex


class SectionsModel(RowsTableModel):
    """One row per section of a paper (core `SectionInfo`), in page order: name, pages, articles, dates."""

    NAME, PAGES, ARTICLES, CONFIRMED, LAST = range(5)
    COLUMNS = 5

    def set_sections(self, sections: Sequence) -> None:
        self._reset(sections)

    def section(self, row: int):
        return self._item(row)

    def names(self) -> list[str]:
        return [s.name for s in self._rows]

    def row_of(self, name: str) -> int:
        return self._row_where(lambda s: s.name == name)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Section"), self.tr("Pages"), self.tr("Articles"), self.tr("Confirmed"), self.tr("Latest"))

    def header_tip(self, section: int) -> str | None:
        if section == self.CONFIRMED:
            return self.tr("Articles an editor edited or reviewed: what section suggestions learn from")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (s.name, "、".join(s.pages), str(s.articles), str(s.confirmed), s.last_date or "")[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ARTICLES, self.CONFIRMED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.NAME and not s.articles:
            return QBrush(QColor("#7b8794"))
        return None


class SectionsView(QDialog):
    """A paper's sections; every change is one archive transaction, then `sections_changed({old: new})`."""

    sections_changed = Signal(dict)

    def __init__(self, access: ArchiveAccess, who: str = "editor", parent: QWidget | None = None):
        super().__init__(parent)
        self._access = access
        self._who = who or "editor"
        self.setWindowTitle(self.tr("Sections"))
        self.setWindowIcon(style.icon("section"))
        self.paper = QComboBox(self)
        self.paper_label = QLabel(self.tr("Paper:"), self)
        top = QHBoxLayout()
        top.addWidget(self.paper_label)
        top.addWidget(self.paper)
        top.addStretch(1)
        self.model = SectionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(style.line_height(self, 1.5))
        self.table.horizontalHeader().setSectionResizeMode(SectionsModel.NAME, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, {SectionsModel.PAGES: "01、02、03", SectionsModel.ARTICLES: "00000",
                                 SectionsModel.CONFIRMED: "00000", SectionsModel.LAST: "2026-03-02"})
        note = QLabel(self.tr("Sections are learned from page headers (“第01版 要闻”). Renaming one into another "
                              "merges them; stored articles move along."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d;")
        self.add_button = QPushButton(style.icon("add"), self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(style.icon("remove"), self.tr("Delete"), self)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #52606d;")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addWidget(self.status, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.paper.currentIndexChanged.connect(lambda _i: self._read_sections())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(lambda: self.add_section())
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.resize(style.em(self, 64), style.line_height(self, 26))
        self.reload()

    def reload(self) -> None:
        current = self.paper.currentData()
        try:
            archive = archive_or_none(self._access)
            papers = archive.papers() if archive is not None else []
        except archive_error_types() as exc:
            papers = []
            self.status.setText(i18n.core_message(str(exc)))
        self.paper.blockSignals(True)
        self.paper.clear()
        for p in papers or [""]:
            self.paper.addItem(p or self.tr("(no paper name)"), p)
        self.paper.setCurrentIndex(max(0, self.paper.findData(current)))
        self.paper.blockSignals(False)
        named = [p for p in papers if p]
        self.paper.setVisible(bool(named))
        self.paper_label.setVisible(bool(named))
        self._read_sections()

    @property
    def paper_name(self) -> str:
        return self.paper.currentData() or ""

    def _read_sections(self, select: str | None = None) -> None:
        keep = select or (self.selected().name if self.selected() is not None else None)
        try:
            archive = archive_or_none(self._access)
            sections = archive.section_list(self.paper_name) if archive is not None else []
        except archive_error_types() as exc:
            sections = []
            self.status.setText(i18n.core_message(str(exc)))
        else:
            self.status.setText(self.tr("%n section(s)", "", len(sections)) if archive is not None
                                else self.tr("Sections are kept in the archive: save an issue first."))
        self.model.set_sections(sections)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.section(rows[0].row()) if rows else None

    def select_name(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        s = self.selected()
        self.add_button.setEnabled(archive_or_none(self._access) is not None)
        self.rename_button.setEnabled(s is not None)
        self.delete_button.setEnabled(s is not None and not s.articles)
        self.delete_button.setToolTip(self.tr("Only a section without stored articles can go; rename it into "
                                              "another one instead") if s is not None and s.articles else "")

    def _describe(self, exc: BaseException, name: str = "") -> str | None:
        kind = getattr(exc, "kind", "")
        if kind == "invalid":
            return self.tr("“%1” cannot be a section name: use 1 to 30 printable characters.").replace("%1", name)
        if kind == "exists":
            return self.tr("The section %1 is already in the list.").replace("%1", name)
        if kind == "in_use":
            return self.tr("Stored articles are in %1: rename it into another section instead.").replace("%1", name)
        return None

    def add_section(self) -> bool:
        from . import people_view as patch

        name = patch.ask_text(self, self.tr("Add a section"), self.tr("Section name (版面):"))
        if not name:
            return False
        paper = self.paper_name
        ok, info = run_archive_action(self, lambda: self._access.archive().add_section(name, paper, who=self._who),
                                      self.tr("Cannot add the section"), lambda e: self._describe(e, name))
        if ok:
            self._read_sections(select=info.name)
            self.sections_changed.emit({})
        return ok

    def rename_selected(self) -> bool:
        from . import people_view as patch

        s = self.selected()
        if s is None:
            return False
        new = patch.ask_text(self, self.tr("Rename section"),
                             self.tr("New name of %1 (its stored articles move along):").replace("%1", s.name), s.name)
        if not new or new == s.name:
            return False
        if new in self.model.names() and not patch.confirm(
                self, self.tr("Rename section"), self.tr("%1 is already a section. Merge %2 into it?")
                .replace("%1", new).replace("%2", s.name)):
            return False
        paper = self.paper_name
        ok, _n = run_archive_action(
            self, lambda: self._access.archive().rename_section(s.name, new, paper, who=self._who),
            self.tr("Cannot rename the section"), lambda e: self._describe(e, new))
        if ok:
            self._read_sections(select=new)
            self.sections_changed.emit({s.name: new})
        return ok

    def delete_selected(self) -> bool:
        s = self.selected()
        if s is None:
            return False
        paper = self.paper_name
        ok, _r = run_archive_action(self, lambda: self._access.archive().delete_section(s.name, paper,
                                                                                        who=self._who),
                                    self.tr("Cannot delete the section"), lambda e: self._describe(e, s.name))
        if ok:
            self._read_sections()
            self.sections_changed.emit({})
        return ok
