"""The Reports view: articles per campaign, reporter or section, per week or month, as a table and a chart."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.atomic import WriteError, atomic_write_bytes
from ..core.export import safe_filename
from ..core.reports import NO_SECTION, ReportTable, build_table
from . import alerts, i18n, style
from .archive_access import ArchiveAccess, archive_error_types
from .campaigns_view import swatch
from .people_view import archive_or_none

_Index = QModelIndex | QPersistentModelIndex
LABEL_ROLE = Qt.ItemDataRole.UserRole + 30
VALUE_ROLE = Qt.ItemDataRole.UserRole + 31
KINDS: tuple[str, ...] = ("campaigns", "reporters", "sections")
PERIODS: tuple[str, ...] = ("week", "month", "total")
CHART_KINDS: tuple[str, ...] = ("auto", "bar", "line")
PNG_SIZE = (1600, 900)


@functools.cache
def _charts():
    """editor_app.gui.charts, imported on first use (None in a build without it)."""
    try:
        from . import charts
    except ImportError:
        return None
    return charts


def week_span(period: str) -> str | None:
    """`2026-W10` -> `2026-03-02 – 2026-03-08`; None for anything else."""
    try:
        year, week = period.split("-W")
        monday = _dt.date.fromisocalendar(int(year), int(week), 1)
    except (ValueError, TypeError):
        return None
    return f"{monday.isoformat()} – {(monday + _dt.timedelta(days=6)).isoformat()}"


def relabel(table: ReportTable, labels: dict[str, str]) -> ReportTable:
    """The same counts with some row labels shown differently (the core's English placeholders translated)."""
    if not any(r in labels for r in table.rows):
        return table
    return ReportTable(table.kind, table.by, [labels.get(r, r) for r in table.rows], list(table.columns),
                       [list(c) for c in table.counts], table.date_from, table.date_to, table.undated,
                       list(table.notes))


# --- the table model --------------------------------------------------------------------------------------------

class ReportTableModel(QAbstractTableModel):
    """A core ReportTable as a Qt table: the label, one column per period, the row total; a totals row last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: ReportTable | None = None
        self._labels: dict[str, str] = {}
        self._colors: dict[str, str] = {}
        self._largest = 1
        self._icon_px = 14

    def set_table(self, table: ReportTable | None, labels: dict[str, str] | None = None,
                  colors: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._table = table
        self._labels = dict(labels or {})
        self._colors = dict(colors or {})
        self._largest = max((max(r) for r in table.counts if r), default=1) if table is not None else 1
        self.endResetModel()

    def set_icon_size(self, px: int) -> None:
        self._icon_px = px

    @property
    def table(self) -> ReportTable | None:
        return self._table

    @property
    def _with_total(self) -> bool:
        return self._table is not None and self._table.by != "total"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._table is None or self._table.empty:
            return 0
        return len(self._table.rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None or self._table.empty:
            return 0
        return 1 + len(self._table.columns) + (1 if self._with_total else 0)

    def row_header(self) -> str:
        kind = self._table.kind if self._table is not None else ""
        return {"campaigns": self.tr("Campaign"), "reporters": self.tr("Reporter"),
                "sections": self.tr("Section")}.get(kind, "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self._table
        if t is None or orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        n = len(t.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.row_header()
            if section <= n:
                column = t.columns[section - 1]
                return self.tr("Total") if column == "total" else column
            return self.tr("Total")
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section <= n:
            return week_span(t.columns[section - 1])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self._table
        if t is None or not index.isValid() or not 0 <= index.row() < self.rowCount() \
                or not 0 <= index.column() < self.columnCount():
            return None
        row, col = index.row(), index.column()
        n = len(t.columns)
        totals_row = row == len(t.rows)
        label = self.tr("Total") if totals_row else t.rows[row]
        if col == 0:
            value = None
        elif totals_row:
            value = t.column_totals()[col - 1] if col <= n else t.total
        else:
            value = t.counts[row][col - 1] if col <= n else t.row_totals()[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels.get(label, label) if col == 0 else str(value)
        if role == VALUE_ROLE:
            return value
        if role == LABEL_ROLE:
            return None if totals_row else t.rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (totals_row or col > n):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col > 0 and value == 0:
            return QBrush(QColor("#b0b8c1"))
        if role == Qt.ItemDataRole.BackgroundRole and 0 < col <= n and not totals_row and value:
            # a light heat tint: the busiest cell of the table is the strongest
            tint = QColor(style.ACCENT)
            tint.setAlphaF(0.06 + 0.30 * value / max(1, self._largest))
            return QBrush(tint)
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and not totals_row and t.rows[row] in self._colors:
            return swatch(self._colors[t.rows[row]], self._icon_px)
        return None


# --- the chart ------------------------------------------------------------------------------------------------------

class ChartView(QWidget):
    """Draws the report with editor_app.gui.charts at the widget's size (re-drawn only when it changes)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._table: ReportTable | None = None
        self._kind = "auto"
        self._top = 8
        self._title = ""
        self._colors: dict[str, str] = {}
        self._placeholder = ""
        self._image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(style.em(self, 30), style.line_height(self, 12))

    def set_chart(self, table: ReportTable | None, kind: str, top: int, title: str, colors: dict[str, str],
                  placeholder: str = "") -> None:
        self._table, self._kind, self._top, self._title, self._colors = table, kind, top, title, dict(colors)
        self._placeholder = placeholder
        self._image = None
        self.update()

    @property
    def chart_title(self) -> str:
        return self._title

    def render(self, width: int, height: int) -> QImage | None:
        """The chart as an image of this size (None when there is nothing to draw or no chart module)."""
        charts = _charts()
        if charts is None or self._table is None or self._table.empty or self._table.total == 0:
            return None
        return charts.render_chart(self._table, self._kind, width, height, self._top, title=self._title,
                                   colors=self._colors)

    def sizeHint(self) -> QSize:
        return QSize(style.em(self, 60), style.line_height(self, 20))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        dpr = self.devicePixelRatioF()
        w, h = round(self.width() * dpr), round(self.height() * dpr)
        if self._image is None or self._image.size() != QSize(w, h):
            self._image = self.render(w, h) if w > 10 and h > 10 else None
            if self._image is not None:
                self._image.setDevicePixelRatio(dpr)
        if self._image is not None:
            painter.drawImage(0, 0, self._image)
        else:
            painter.setPen(QColor("#7b8794"))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._placeholder)
        painter.end()


# --- the view ---------------------------------------------------------------------------------------------------------

class ReportsView(QDialog):
    """Pick what to count, per what and over which dates; see the table and the chart; export CSV and PNG."""

    report_changed = Signal()

    def __init__(self, access: ArchiveAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self._access = access
        self._records: list[tuple] = []
        self._undated = 0
        self._checked: dict[str, bool] = {}  # the editor's picks per label, kept across refreshes
        self._colors: dict[str, str] = {}
        self._bounds: tuple[str, str] | None = None
        self._syncing = False
        self.setWindowTitle(self.tr("Reports"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        self.resize(style.em(self, 120), style.line_height(self, 40))
        self.reload()

    # --- building ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kinds = QVBoxLayout()
        kinds.setSpacing(0)
        for k, (kind, text) in enumerate((("campaigns", self.tr("Campaign")), ("reporters", self.tr("Reporter")),
                                          ("sections", self.tr("Section")))):
            button = QRadioButton(text, self)
            self.kind_group.addButton(button, k)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        self.kind_buttons["campaigns"].setChecked(True)
        form.addRow(self.tr("Articles per:"), kinds)
        self.period = QComboBox(self)
        self.period.addItem(self.tr("Week"), "week")
        self.period.addItem(self.tr("Month"), "month")
        self.period.addItem(self.tr("Whole range"), "total")
        form.addRow(self.tr("Counted by:"), self.period)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to)
        form.addRow(self.tr("Dates:"), dates)
        self.paper = QComboBox(self)
        self.paper_label = QLabel(self.tr("Paper:"), self)
        form.addRow(self.paper_label, self.paper)

        self.pick_filter = QLineEdit(self)
        self.pick_filter.setPlaceholderText(self.tr("Filter the list…"))
        self.pick_filter.setClearButtonEnabled(True)
        self.pick = QListWidget(self)
        self.pick.setToolTip(self.tr("Which rows the table and the chart show"))
        self.pick_all = QPushButton(self.tr("All"), self)
        self.pick_none = QPushButton(self.tr("None"), self)
        pick_buttons = QHBoxLayout()
        pick_buttons.addWidget(self.pick_all)
        pick_buttons.addWidget(self.pick_none)
        pick_buttons.addStretch(1)
        self.pick_title = QLabel(self)
        self.pick_title.setStyleSheet("font-weight: bold;")

        self.chart_kind = QComboBox(self)
        self.chart_kind.addItem(self.tr("Automatic"), "auto")
        self.chart_kind.addItem(self.tr("Bars (totals)"), "bar")
        self.chart_kind.addItem(self.tr("Lines (over time)"), "line")
        self.chart_kind.setToolTip(self.tr("Automatic: lines over the weeks or months, bars for a single period"))
        self.top = QSpinBox(self)
        self.top.setRange(1, 30)
        self.top.setValue(8)
        self.top.setSuffix(self.tr(" rows"))
        chart_form = QFormLayout()
        chart_form.addRow(self.tr("Chart:"), self.chart_kind)
        chart_form.addRow(self.tr("Chart shows at most:"), self.top)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        lv.addSpacing(style.line_height(self, 0.4))
        lv.addWidget(self.pick_title)
        lv.addWidget(self.pick_filter)
        lv.addWidget(self.pick, 1)
        lv.addLayout(pick_buttons)
        lv.addSpacing(style.line_height(self, 0.4))
        lv.addLayout(chart_form)
        left.setMinimumWidth(style.em(self, 22))
        left.setMaximumWidth(style.em(self, 32))

        self.chart = ChartView(self)
        self.model = ReportTableModel(self)
        self.model.set_icon_size(style.icon_px(self))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(style.line_height(self, 1.4))
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("color: #52606d;")
        self.summary.setWordWrap(True)
        table_host = QWidget(self)
        tv = QVBoxLayout(table_host)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.table, 1)
        tv.addWidget(self.summary)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.chart)
        self.right.addWidget(table_host)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.right.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        self.csv_button = QPushButton(style.icon("save"), self.tr("Export CSV…"), self)
        self.csv_bom = QCheckBox(self.tr("UTF-8 BOM (for Excel)"), self)
        self.png_button = QPushButton(style.icon("save"), self.tr("Export PNG…"), self)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #52606d;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.csv_bom)
        bottom.addWidget(self.png_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.kind_group.idToggled.connect(lambda _i, on: on and self._on_kind_changed())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())
        self.paper.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pick.itemChanged.connect(self._on_pick_changed)
        self.pick_filter.textChanged.connect(self._filter_pick)
        self.pick_all.clicked.connect(lambda: self.set_all_picked(True))
        self.pick_none.clicked.connect(lambda: self.set_all_picked(False))
        self.chart_kind.currentIndexChanged.connect(lambda _i: self._update_chart())
        self.top.valueChanged.connect(lambda _v: self._update_chart())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.png_button.clicked.connect(lambda: self.export_png())

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # --- state -------------------------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return KINDS[max(0, self.kind_group.checkedId())]

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def set_period(self, by: str) -> None:
        self.period.setCurrentIndex(self.period.findData(by))

    def set_dates(self, date_from: str, date_to: str) -> None:
        self._syncing = True
        self.date_from.setDate(QDate.fromString(date_from, "yyyy-MM-dd"))
        self.date_to.setDate(QDate.fromString(date_to, "yyyy-MM-dd"))
        self._syncing = False
        self.refresh()

    def date_range(self) -> tuple[str, str]:
        return self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")

    def _paper_value(self) -> str | None:
        return self.paper.currentData() if self.paper.count() else None

    def label_text(self, label: str) -> str:
        return self.tr("(no section)") if label == NO_SECTION else label

    def picked(self) -> list[str]:
        return [self.pick.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.pick.count())
                if self.pick.item(k).checkState() == Qt.CheckState.Checked]

    def set_picked(self, labels: Sequence[str]) -> None:
        """Show only these rows (by label)."""
        self._syncing = True
        for k in range(self.pick.count()):
            item = self.pick.item(k)
            label = item.data(Qt.ItemDataRole.UserRole)
            on = label in labels
            self._checked[label] = on
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._syncing = False
        self._update_table()

    def set_all_picked(self, on: bool) -> None:
        visible = [self.pick.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.pick.count())
                   if not self.pick.item(k).isHidden()]
        keep = [label for label in self.picked() if label not in visible]
        self.set_picked(keep + (visible if on else []))

    # --- reading -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the archive's dates, papers and colours again, then the report (after saves and changes)."""
        archive = None
        try:
            archive = archive_or_none(self._access)
            dates = sorted(s.date for s in archive.list_issues() if s.date) if archive is not None else []
            papers = [p for p in archive.papers() if p] if archive is not None else []
            self._colors = {c.name: c.color for c in archive.campaigns() if c.color} if archive is not None else {}
        except archive_error_types() as exc:
            dates, papers = [], []
            self.status.setText(i18n.core_message(str(exc)))
        self._syncing = True
        bounds = (dates[0], dates[-1]) if dates else None
        if bounds != self._bounds:
            if bounds is None:
                today = QDate.currentDate()
                self.date_from.setDate(today)
                self.date_to.setDate(today)
            else:
                # a range the editor chose stays; the first time (or when it was the whole archive) it follows
                old = self._bounds
                if old is None or self.date_range() == old:
                    self.date_from.setDate(QDate.fromString(bounds[0], "yyyy-MM-dd"))
                    self.date_to.setDate(QDate.fromString(bounds[1], "yyyy-MM-dd"))
            self._bounds = bounds
        current_paper = self.paper.currentData()
        self.paper.clear()
        if papers:
            self.paper.addItem(self.tr("All papers"), None)
            for p in papers:
                self.paper.addItem(p, p)
            self.paper.setCurrentIndex(max(0, self.paper.findData(current_paper)))
        self.paper.setVisible(bool(papers))
        self.paper_label.setVisible(bool(papers))
        self._syncing = False
        enabled = archive is not None and bool(dates)
        for w in (self.date_from, self.date_to, self.period, *self.kind_buttons.values(), self.csv_button,
                  self.png_button):
            w.setEnabled(enabled)
        self.refresh()

    def _on_kind_changed(self) -> None:
        self._checked = {}
        self.pick_filter.clear()
        self.refresh()

    def refresh(self) -> None:
        """Count again (one quick query) and show the table and the chart."""
        if self._syncing:
            return
        date_from, date_to = self.date_range()
        self._records, self._undated = [], 0
        if date_to < date_from:
            self.status.setText(self.tr("The range ends before it starts."))
        else:
            try:
                archive = archive_or_none(self._access)
                if archive is not None:
                    self._records, self._undated = archive.report_counts(self.kind, date_from, date_to,
                                                                         self._paper_value())
                    self.status.setText("")
            except archive_error_types() as exc:
                self.status.setText(i18n.core_message(str(exc)))
        self._fill_pick()
        self._update_table()

    def _fill_pick(self) -> None:
        """Every row label in range, most articles first, checked as the editor left it (new ones checked)."""
        date_from, date_to = self.date_range()
        everything = build_table(self.kind, self._records, "total", date_from, date_to) if self._records else None
        labels = list(everything.rows) if everything is not None else []
        totals = dict(zip(labels, everything.row_totals())) if everything is not None else {}
        self._syncing = True
        self.pick.clear()
        px = style.icon_px(self)
        for label in labels:
            item = QListWidgetItem(f"{self.label_text(label)}  ({totals[label]})")
            item.setData(Qt.ItemDataRole.UserRole, label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self._checked.get(label, True) else Qt.CheckState.Unchecked)
            if self.kind == "campaigns" and label in self._colors:
                item.setIcon(swatch(self._colors[label], px))
            self.pick.addItem(item)
        self._syncing = False
        self.pick_title.setText({"campaigns": self.tr("Campaigns to show"), "reporters": self.tr("Reporters to show"),
                                 "sections": self.tr("Sections to show")}[self.kind])
        self._filter_pick(self.pick_filter.text())

    def _filter_pick(self, text: str) -> None:
        text = text.strip().lower()
        for k in range(self.pick.count()):
            item = self.pick.item(k)
            item.setHidden(bool(text) and text not in item.text().lower())

    def _on_pick_changed(self, item: QListWidgetItem) -> None:
        if self._syncing:
            return
        self._checked[item.data(Qt.ItemDataRole.UserRole)] = item.checkState() == Qt.CheckState.Checked
        self._update_table()

    def report(self) -> ReportTable:
        """The report as shown: the picked rows, per the chosen period, over the chosen dates."""
        date_from, date_to = self.date_range()
        picked = set(self.picked())
        records = [r for r in self._records if r[0] in picked]
        return build_table(self.kind, records, self.period.currentData(), date_from, date_to, self._undated)

    def title(self) -> str:
        date_from, date_to = self.date_range()
        what = {"campaigns": self.tr("Articles per campaign"), "reporters": self.tr("Articles per reporter"),
                "sections": self.tr("Articles per section")}[self.kind]
        per = {"week": self.tr(" per week"), "month": self.tr(" per month")}.get(self.period.currentData(), "")
        paper = self._paper_value()
        title = self.tr("%1%2, %3 to %4").replace("%1", what).replace("%2", per).replace("%3", date_from) \
            .replace("%4", date_to)
        return title + (f" · {paper}" if paper else "")

    def _update_table(self) -> None:
        table = self.report()
        labels = {NO_SECTION: self.tr("(no section)")}
        colors = self._colors if self.kind == "campaigns" else {}
        self.model.set_table(table, labels, colors)
        if self.model.columnCount():
            # the label column fits the longest label shown (within reason); numbers fit themselves
            fm = self.table.fontMetrics()
            widest = max((fm.horizontalAdvance(self.label_text(r)) for r in table.rows), default=0)
            width = widest + style.icon_px(self) + style.em(self, 2)
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.table.horizontalHeader().resizeSection(0, max(style.em(self, 8), min(width, style.em(self, 24))))
        shown = len(table.rows)
        parts = [self.tr("%n article(s) counted", "", table.total) if shown else self.tr("No articles in this range.")]
        if self.kind == "reporters" and shown:
            parts.append(self.tr("an article with two reporters counts for each"))
        if self.kind == "campaigns" and shown:
            parts.append(self.tr("an article with two campaigns counts for each"))
        if self._undated:
            parts.append(self.tr("%n article(s) of issues without a date are not counted", "", self._undated))
        self.summary.setText(" · ".join(parts))
        self.csv_button.setEnabled(shown > 0)
        self.png_button.setEnabled(shown > 0 and _charts() is not None)
        self._update_chart(table)
        self.report_changed.emit()

    def chart_table(self, table: ReportTable | None = None) -> ReportTable:
        """What the chart draws: the top rows. (No "other" bar: summed over many people it dwarfs the rest.)"""
        table = relabel(table or self.report(), {NO_SECTION: self.tr("(no section)")})
        top = self.top.value()
        if len(table.rows) > top:
            return ReportTable(table.kind, table.by, table.rows[:top], list(table.columns),
                               [list(c) for c in table.counts[:top]], table.date_from, table.date_to, table.undated)
        return table

    def _update_chart(self, table: ReportTable | None = None) -> None:
        full = table or self.report()
        shown = self.chart_table(full)
        note = ""
        if len(full.rows) > len(shown.rows):
            note = self.tr("top %1 of %2").replace("%1", str(self.top.value())).replace("%2", str(len(full.rows)))
        title = self.tr("%1 (%2)").replace("%1", self.title()).replace("%2", note) if note else self.title()
        colors = self._colors if self.kind == "campaigns" else {}
        placeholder = self.tr("No articles in this range.") if _charts() is not None else \
            self.tr("Charts are not part of this build.")
        self.chart.set_chart(shown, self.chart_kind.currentData(), max(1, len(shown.rows)), title, colors,
                             placeholder)

    # --- exporting ----------------------------------------------------------------------------------------------
    def _suggested(self, suffix: str) -> str:
        from PySide6.QtCore import QSettings

        date_from, date_to = self.date_range()
        folder = str(QSettings().value("export/folder", "") or "") or str(Path.home())
        stem = safe_filename(f"report_{self.kind}_{self.period.currentData()}_{date_from}_{date_to}")
        return str(Path(folder) / (stem + suffix))

    def _choose(self, suffix: str, name_filter: str) -> str | None:
        from . import export_dialog as patch  # the one patch point for "save an export as…"

        path = patch.choose_export_file(self, self._suggested(suffix), name_filter)
        if path and not Path(path).suffix:
            path += suffix
        return path

    def export_csv(self, path: str | None = None) -> Path | None:
        table = self.report()
        if table.empty:
            return None
        path = path or self._choose(".csv", self.tr("CSV spreadsheet (*.csv)"))
        if not path:
            return None
        try:
            table.write_csv(path, bom=self.csv_bom.isChecked())
        except (WriteError, OSError) as exc:
            alerts.show_error(self, self._write_error(exc, path), self.tr("Cannot export"))
            return None
        self._remember_folder(path)
        self.status.setText(self.tr("Saved %1").replace("%1", path))
        return Path(path)

    def export_png(self, path: str | None = None, size: tuple[int, int] = PNG_SIZE) -> Path | None:
        charts = _charts()
        table = self.report()
        if table.empty or charts is None:
            return None
        path = path or self._choose(".png", self.tr("PNG image (*.png)"))
        if not path:
            return None
        image = self.chart.render(*size)
        if image is None:
            return None
        try:
            atomic_write_bytes(path, charts.png_bytes(image))
        except (WriteError, OSError) as exc:
            alerts.show_error(self, self._write_error(exc, path), self.tr("Cannot export"))
            return None
        self._remember_folder(path)
        self.status.setText(self.tr("Saved %1").replace("%1", path))
        return Path(path)

    def _write_error(self, exc: BaseException, path: str) -> str:
        reason = getattr(exc, "strerror", None) or str(exc)
        text = " ".join(str(exc).split())
        if text.startswith("cannot write ") and ": " in text:
            reason = text.split(": ", 1)[1]
        return self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", reason)

    @staticmethod
    def _remember_folder(path: str) -> None:
        from PySide6.QtCore import QSettings

        QSettings().setValue("export/folder", str(Path(path).parent))
