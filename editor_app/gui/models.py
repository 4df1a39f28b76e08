"""Thin Qt models over core objects: the article list of an issue, and archive search results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.issue import Issue
from ..core.model import ArticleView
from . import i18n, style

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DOUBTFUL_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def bylines_text(view: ArticleView) -> str:
    return "、".join(b.name for b in view.bylines)


class RowsTableModel(QAbstractTableModel):
    """A read-only table: one core object per row (`_rows`), `COLUMNS` columns, selectable rows.

    Subclasses give `headers()` (their own tr() strings, so translations keep their context), `data()`,
    and where they need them `header_tip()` and more flags.
    """

    COLUMNS = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def _reset(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _item(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _row_where(self, test: Callable[[Any], bool]) -> int:
        return next((r for r, item in enumerate(self._rows) if test(item)), -1)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ArticleListModel(RowsTableModel):
    """One row per article in reading order: number, headline, section, bylines, campaigns, review status."""

    NUMBER, HEADLINE, SECTION, BYLINES, CAMPAIGNS, STATUS = range(6)
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self._doubtful: dict[int, int] = {}
        self._row_of: dict[int, int] = {}

    # --- feeding -----------------------------------------------------------------------------------------
    def set_issue(self, issue: Issue | None, doubtful_blocks: Sequence[int] = ()) -> None:
        """Show this issue's articles; rows keep their place when only their content changed."""
        views = list(issue.views()) if issue is not None else []
        doubtful: dict[int, int] = {}
        if issue is not None:
            for i in doubtful_blocks:
                aid = issue.blocks[i].article
                if aid is not None:
                    doubtful[aid] = doubtful.get(aid, 0) + 1
        same_rows = [v.id for v in views] == [v.id for v in self._rows]
        if same_rows:
            self._rows, self._doubtful = views, doubtful
            if views:
                self.dataChanged.emit(self.index(0, 0), self.index(len(views) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows, self._doubtful = views, doubtful
        self._row_of = {v.id: r for r, v in enumerate(views)}
        self.endResetModel()

    def article_id(self, row: int) -> int | None:
        view = self._item(row)
        return view.id if view is not None else None

    def row_of(self, article_id: int | None) -> int:
        return self._row_of.get(article_id, -1) if article_id is not None else -1

    def view_at(self, row: int) -> ArticleView | None:
        return self._item(row)

    # --- Qt interface --------------------------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Headline"), self.tr("Section"), self.tr("Bylines"), self.tr("Campaigns"),
                self.tr("Status"))

    def header_tip(self, section: int) -> str | None:
        if section == self.NUMBER:
            return self.tr("Article number in reading order; ⚠ marks doubtful decisions left")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        col = index.column()
        doubtful = self._doubtful.get(v.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return str(v.position + 1)
            if col == self.HEADLINE:
                return v.headline or self.tr("(no headline)")
            if col == self.SECTION:
                return v.section or ""
            if col == self.BYLINES:
                return bylines_text(v)
            if col == self.CAMPAIGNS:
                return " · ".join(v.campaigns)
            if col == self.STATUS:
                return i18n.status_label(v.status)
        elif role == Qt.ItemDataRole.DecorationRole:
            if col == self.NUMBER and doubtful:
                return style.icon("warning")
            if col == self.STATUS:
                return style.icon(f"status-{v.status}")
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NUMBER and doubtful:
                return self.tr("%n doubtful decision(s) left", "", doubtful)
            if col == self.HEADLINE:
                parts = [v.kicker, v.headline, v.subtitle]
                return "\n".join(p for p in parts if p) or None
            if col == self.BYLINES and v.bylines:
                return "\n".join(f"{i18n.byline_role_label(b.role)}: {b.name}" for b in v.bylines)
            if col == self.CAMPAIGNS and v.campaigns:
                return "\n".join(v.campaigns)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == self.HEADLINE and not v.headline:
                return QBrush(QColor("#8a94a0"))
            if col == self.STATUS and v.status == "reviewed":
                return QBrush(QColor("#2e7d32"))
        elif role == Qt.ItemDataRole.FontRole:
            if col == self.HEADLINE and v.status != "reviewed":
                font = QFont()
                font.setBold(True)
                return font
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.NUMBER:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == ARTICLE_ID_ROLE:
            return v.id
        elif role == DOUBTFUL_ROLE:
            return doubtful
        return None


class ArchiveResultsModel(RowsTableModel):
    """Rows of an archive search or listing: date, paper, the matching article or issue, reporters."""

    DATE, PAPER, TITLE, DETAIL = range(4)
    COLUMNS = 4
    ISSUE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self._reset(rows)

    def issue_id(self, row: int):
        return (self._item(row) or {}).get("issue_id")

    def article(self, row: int) -> int | None:
        return (self._item(row) or {}).get("article")

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Paper"), self.tr("Issue or article"), self.tr("Details"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = ("date", "paper", "title", "detail")[index.column()]
            value = row.get(key)
            return "" if value is None else str(value)
        if role == self.ISSUE_ID_ROLE:
            return row.get("issue_id")
        return None
