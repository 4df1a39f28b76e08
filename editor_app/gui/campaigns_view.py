"""The Campaigns view: the archive's campaign registry (add, edit, merge, delete) and suggestions to accept."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
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
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import report_unexpected
from . import alerts, i18n, style
from .archive_access import ArchiveAccess, archive_error_types
from .models import RowsTableModel
from .people_view import ArchiveReader, archive_or_none, fit_columns, run_archive_action

_Index = QModelIndex | QPersistentModelIndex
NAME_ROLE = Qt.ItemDataRole.UserRole + 20
_NO_DATE = QDate(2000, 1, 1)
# Distinct colours for new campaigns (Tableau 10), the first one no campaign uses yet is offered.
NEW_COLORS: tuple[str, ...] = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                               "#ff9da7", "#9c755f", "#bab0ac")
_ALIAS_SPLIT = re.compile(r"[、，,;；\n]+")
EDITOR_TAG = "tagged by an editor"  # the core's reason for a tag no term found


@functools.cache
def swatch(color: str, size: int) -> QIcon:
    """A small rounded square of the campaign's colour (cached per colour and size)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color) if color else QColor("#ffffff")
    painter.setBrush(fill)
    painter.setPen(fill.darker(130) if color else QColor("#9aa5b1"))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, size / 5, size / 5)
    painter.end()
    return QIcon(pixmap)


def parse_aliases(text: str) -> list[str]:
    """Aliases typed on one line, separated by 、 ， , ; or ；."""
    return [a.strip() for a in _ALIAS_SPLIT.split(text or "") if a.strip()]


# --- patch points ----------------------------------------------------------------------------------------------------

def choose_color(parent: QWidget | None, current: str | None) -> str | None:
    color = QColorDialog.getColor(QColor(current or "#4e79a7"), parent)
    return color.name() if color.isValid() else None


def edit_campaign(parent: QWidget | None, values: dict[str, Any], title: str) -> dict[str, Any] | None:
    """The campaign editor as a modal dialog: the values the editor accepted, or None."""
    dialog = CampaignEditDialog(values, title, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.values()
    return None


def confirm_delete(parent: QWidget | None, name: str, articles: int) -> bool:
    from .people_view import confirm

    return confirm(parent, QCoreApplication.translate("CampaignsView", "Delete campaign"),
                   QCoreApplication.translate("CampaignsView", "Delete the campaign “%1”?").replace("%1", name),
                   QCoreApplication.translate("CampaignsView", "Its tag goes from %1 stored articles, editors' "
                                                               "tags included.").replace("%1", str(articles)))


# --- models -----------------------------------------------------------------------------------------------------------

class CampaignsModel(RowsTableModel):
    """One row per campaign (core `CampaignInfo`), in registry order: colour and name, aliases, active dates,
    tagged articles, first and last date."""

    NAME, ALIASES, ACTIVE, ARTICLES, LAST = range(5)
    COLUMNS = 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self._icon_px = 14

    def set_icon_size(self, px: int) -> None:
        self._icon_px = px

    def set_campaigns(self, campaigns: Sequence) -> None:
        self._reset(campaigns)

    def campaign(self, row: int):
        return self._item(row)

    def names(self) -> list[str]:
        return [c.name for c in self._rows]

    def colors(self) -> set[str]:
        return {(c.color or "").lower() for c in self._rows if c.color}

    def row_of(self, name: str) -> int:
        return self._row_where(lambda c: c.name == name)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Campaign"), self.tr("Aliases"), self.tr("Active"), self.tr("Articles"), self.tr("Latest"))

    def active_text(self, c) -> str:
        if not c.active_from and not c.active_to:
            return self.tr("always")
        if c.active_from and c.active_to:
            return f"{c.active_from} – {c.active_to}"
        if c.active_from:
            return self.tr("from %1").replace("%1", c.active_from)
        return self.tr("until %1").replace("%1", c.active_to)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return c.name
            if col == self.ALIASES:
                return "、".join(c.aliases)
            if col == self.ACTIVE:
                return self.active_text(c)
            if col == self.ARTICLES:
                return str(c.articles)
            if col == self.LAST:
                return c.last_date or ""
        elif role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return swatch(c.color or "", self._icon_px)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NAME:
                return f"{c.name}\n{c.color}" if c.color else c.name
            if col == self.ALIASES and c.aliases:
                return "\n".join(c.aliases)
            if col == self.ARTICLES and c.first_date:
                return self.tr("Stored articles tagged with it, %1 to %2").replace("%1", c.first_date) \
                    .replace("%2", c.last_date or "")
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.ARTICLES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.ACTIVE and not (c.active_from or c.active_to):
            return QBrush(QColor("#7b8794"))
        elif role == NAME_ROLE:
            return c.name
        return None


class SuggestionsModel(RowsTableModel):
    """One row per suggested phrase (core `Suggestion`): phrase, banner or quoted, issues, mentions, examples."""

    PHRASE, KIND, ISSUES, MENTIONS, EXAMPLES = range(5)
    COLUMNS = 5

    def set_suggestions(self, suggestions: Sequence) -> None:
        self._reset(suggestions)

    def suggestion(self, row: int):
        return self._item(row)

    def row_of(self, phrase: str) -> int:
        return self._row_where(lambda s: s.phrase == phrase)

    def remove(self, phrase: str) -> None:
        """Drop one suggestion (accepted or dismissed) without reading the archive again."""
        row = self.row_of(phrase)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Phrase"), self.tr("Found as"), self.tr("Issues"), self.tr("Mentions"), self.tr("Examples"))

    def kind_label(self, kind: str) -> str:
        return {"banner": self.tr("banner line"), "quoted": self.tr("in quotes")}.get(kind, kind)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (s.phrase, self.kind_label(s.kind), str(s.issues), str(s.mentions),
                    " · ".join(s.examples))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.EXAMPLES and s.examples:
            return "\n".join(s.examples)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ISSUES, self.MENTIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == NAME_ROLE:
            return s.phrase
        return None


# --- the campaign editor ------------------------------------------------------------------------------------------

class CampaignEditDialog(QDialog):
    """Name, aliases, active date range and colour of one campaign."""

    def __init__(self, values: dict[str, Any], title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowIcon(style.icon("tag"))
        self.name = QLineEdit(values.get("name") or "", self)
        self.aliases = QLineEdit("、".join(values.get("aliases") or []), self)
        self.aliases.setPlaceholderText(self.tr("Other names and slogans, separated by 、"))
        self.active_from = self._date_edit(values.get("active_from"))
        self.active_to = self._date_edit(values.get("active_to"))
        self._color = values.get("color") or NEW_COLORS[0]
        self.color_button = QPushButton(self)
        self.color_button.clicked.connect(self._choose_color)
        self._show_color()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Aliases:"), self.aliases)
        dates = QHBoxLayout()
        dates.addWidget(self.active_from)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.active_to)
        dates.addStretch(1)
        form.addRow(self.tr("Active:"), dates)
        color_row = QHBoxLayout()
        color_row.addWidget(self.color_button)
        color_row.addStretch(1)
        form.addRow(self.tr("Colour:"), color_row)
        note = QLabel(self.tr("Articles are tagged when they name the campaign or an alias, within the active "
                              "dates. Stored articles are tagged again when you save."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)
        self.active_from.dateChanged.connect(lambda _d: self._update_ok())
        self.active_to.dateChanged.connect(lambda _d: self._update_ok())
        self._update_ok()

    def sizeHint(self) -> QSize:
        return QSize(style.em(self, 44), super().sizeHint().height())

    def _date_edit(self, value: str | None) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("open"))
        edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else _NO_DATE)
        return edit

    @staticmethod
    def _date_value(edit: QDateEdit) -> str | None:
        return None if edit.date() == _NO_DATE else edit.date().toString("yyyy-MM-dd")

    def _show_color(self) -> None:
        self.color_button.setIcon(swatch(self._color, style.icon_px(self)))
        self.color_button.setText(self._color)

    def _choose_color(self) -> None:
        from . import campaigns_view as patch

        chosen = patch.choose_color(self, self._color)
        if chosen:
            self._color = chosen
            self._show_color()

    def _update_ok(self) -> None:
        a, b = self._date_value(self.active_from), self._date_value(self.active_to)
        ok = bool(self.name.text().strip()) and not (a and b and b < a)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "aliases": parse_aliases(self.aliases.text()),
                "active_from": self._date_value(self.active_from), "active_to": self._date_value(self.active_to),
                "color": self._color}


# --- the view --------------------------------------------------------------------------------------------------------

class CampaignsView(QDialog):
    """Two tabs: the campaigns with their colours and tagged articles, and the archive's suggestions.

    Each change is one archive transaction (which re-tags the stored articles); then
    `campaigns_changed(renames)` tells the main window ({old name: new name, or None when deleted}).
    """

    campaigns_changed = Signal(dict)
    open_article_requested = Signal(object, int)

    def __init__(self, access: ArchiveAccess, who: str = "editor", parent: QWidget | None = None):
        super().__init__(parent)
        self._access = access
        self._who = who or "editor"
        self.reader = ArchiveReader(access, self)
        self.suggestions_reader = ArchiveReader(access, self)
        self.setWindowTitle(self.tr("Campaigns"))
        self.setWindowIcon(style.icon("tag"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_campaigns_tab(), self.tr("Campaigns"))
        self.tabs.addTab(self._build_suggestions_tab(), self.tr("Suggestions"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #52606d;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._suggestions_loaded = False
        self.resize(style.em(self, 96), style.line_height(self, 34))
        self.reload()

    # --- building -----------------------------------------------------------------------------------------------
    def _table(self, model) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(style.line_height(self, 1.5))
        table.setWordWrap(False)
        return table

    def _build_campaigns_tab(self) -> QWidget:
        host = QWidget(self)
        self.model = CampaignsModel(self)
        self.model.set_icon_size(style.icon_px(self))
        self.table = self._table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CampaignsModel.NAME, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, {CampaignsModel.ALIASES: "一刻钟便民生活圈、十五分钟", CampaignsModel.ACTIVE:
                                 "2026-01-01 – 2026-12-31", CampaignsModel.ARTICLES: "00000",
                                 CampaignsModel.LAST: "2026-03-02"})
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())

        details = QWidget(host)
        dv = QVBoxLayout(details)
        dv.setContentsMargins(0, 0, 0, 0)
        self.details_title = QLabel(details)
        self.details_title.setStyleSheet("font-weight: bold;")
        self.details_text = QLabel(details)
        self.details_text.setWordWrap(True)
        self.details_text.setStyleSheet("color: #52606d;")
        self.articles = QListWidget(details)
        self.articles.setToolTip(self.tr("Why each article carries the tag; double-click to open it"))
        self.articles.itemActivated.connect(self._on_article_activated)
        dv.addWidget(self.details_title)
        dv.addWidget(self.details_text)
        dv.addWidget(self.articles, 1)
        split = QSplitter(Qt.Orientation.Horizontal, host)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.add_button = QPushButton(style.icon("add"), self.tr("Add…"), host)
        self.edit_button = QPushButton(self.tr("Edit…"), host)
        self.merge_button = QPushButton(style.icon("merge-up"), self.tr("Merge…"), host)
        self.merge_button.setToolTip(self.tr("Two selected campaigns become one; the other's names become aliases"))
        self.delete_button = QPushButton(style.icon("remove"), self.tr("Delete…"), host)
        self.add_button.clicked.connect(lambda: self.add_campaign())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.merge_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        v = QVBoxLayout(host)
        v.addWidget(split, 1)
        v.addLayout(buttons)
        return host

    def _build_suggestions_tab(self) -> QWidget:
        host = QWidget(self)
        intro = QLabel(self.tr("Banner lines and phrases in quotes that recur across issues and name no campaign "
                               "yet. Accept one to make it a campaign (or an alias of one); dismiss it to never "
                               "see it again."), host)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #52606d;")
        self.suggestions = SuggestionsModel(self)
        self.suggestion_table = self._table(self.suggestions)
        self.suggestion_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.suggestion_table.horizontalHeader()
        header.setSectionResizeMode(SuggestionsModel.EXAMPLES, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.suggestion_table, {SuggestionsModel.PHRASE: "安全生产和火灾隐患排查", SuggestionsModel.KIND:
                                            "banner line", SuggestionsModel.ISSUES: "0000",
                                            SuggestionsModel.MENTIONS: "00000"})
        self.suggestion_table.doubleClicked.connect(lambda _i: self.accept_selected())
        self.suggestion_table.selectionModel().selectionChanged.connect(lambda *_: self._update_suggestion_buttons())
        self.accept_button = QPushButton(style.icon("add"), self.tr("Accept as Campaign"), host)
        self.accept_button.setDefault(False)
        self.alias_button = QPushButton(self.tr("Add as Alias of…"), host)
        self.dismiss_button = QPushButton(style.icon("remove"), self.tr("Dismiss"), host)
        self.refresh_button = QPushButton(self.tr("Look Again"), host)
        self.accept_button.clicked.connect(lambda: self.accept_selected())
        self.alias_button.clicked.connect(lambda: self.accept_selected(as_alias=True))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_selected())
        self.refresh_button.clicked.connect(self.load_suggestions)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.alias_button, self.dismiss_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        v = QVBoxLayout(host)
        v.addWidget(intro)
        v.addWidget(self.suggestion_table, 1)
        v.addLayout(buttons)
        self._update_suggestion_buttons()
        return host

    # --- reading -----------------------------------------------------------------------------------------------
    def reload(self, select: Sequence[str] = ()) -> None:
        """Read the campaigns again (keeping the selection by name); suggestions again if they were shown."""
        keep = list(select) or [c.name for c in self.selected_campaigns()]
        try:
            archive = archive_or_none(self._access)
            campaigns = archive.campaigns() if archive is not None else []
        except archive_error_types() as exc:
            campaigns = []
            self.status.setText(i18n.core_message(str(exc)))
        else:
            self.status.setText(self.tr("%n campaign(s)", "", len(campaigns)) if archive is not None else
                                self.tr("Campaigns are kept in the archive: save an issue first."))
        self.model.set_campaigns(campaigns)
        self.select_names(keep)
        self._on_selection()
        if self._suggestions_loaded:
            self.load_suggestions()

    def selected_campaigns(self) -> list:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.campaign(r) for r in rows if self.model.campaign(r) is not None]

    def select_names(self, names: Sequence[str]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        for name in names:
            row = self.model.row_of(name)
            if row >= 0:
                index = self.model.index(row, 0)
                sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
                sel.setCurrentIndex(index, sel.SelectionFlag.NoUpdate)

    def _on_selection(self) -> None:
        chosen = self.selected_campaigns()
        has_archive = archive_or_none(self._access) is not None
        self.add_button.setEnabled(has_archive)
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(len(chosen) == 1)
        self.merge_button.setEnabled(len(chosen) == 2)
        self._show_details(chosen[0] if len(chosen) == 1 else None)

    def _show_details(self, campaign) -> None:
        self.articles.clear()
        if campaign is None:
            self.reader.cancel()
            self.details_title.setText("")
            self.details_text.setText(self.tr("Select two campaigns to merge them.")
                                      if len(self.selected_campaigns()) == 2 else "")
            return
        self.details_title.setText(campaign.name)
        lines = []
        if campaign.aliases:
            lines.append(self.tr("Also: %1").replace("%1", "、".join(campaign.aliases)))
        lines.append(self.tr("Active: %1").replace("%1", self.model.active_text(campaign)))
        lines.append(self.tr("%n tagged article(s)", "", campaign.articles))
        self.details_text.setText("\n".join(lines))
        if not campaign.articles or campaign.id is None:
            return
        name = campaign.name
        self.articles.addItem(self.tr("Reading…"))
        self.reader.read(lambda archive: archive.campaign_articles(name, limit=100),
                         lambda rows: self._show_articles(name, rows), self._read_failed)

    def _show_articles(self, name: str, rows: list) -> None:
        current = self.selected_campaigns()
        if len(current) != 1 or current[0].name != name:
            return
        self.articles.clear()
        for a in rows:
            why = self.tr("tagged by an editor") if a.reason == EDITOR_TAG else \
                self.tr("names “%1”").replace("%1", a.reason)
            item = QListWidgetItem(f"{a.date or '—'}  {a.headline or self.tr('(no headline)')}  — {why}")
            item.setData(Qt.ItemDataRole.UserRole, (a.issue_id, a.article))
            item.setToolTip(why)
            self.articles.addItem(item)

    def _read_failed(self, exc: BaseException) -> None:
        self.articles.clear()
        message = i18n.core_message(str(exc)) if isinstance(exc, archive_error_types()) else report_unexpected(exc)
        self.status.setText(message)

    def _on_article_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.open_article_requested.emit(data[0], data[1])

    # --- editing ----------------------------------------------------------------------------------------------
    def _describe(self, exc: BaseException) -> str | None:
        kind = getattr(exc, "kind", "")
        text = " ".join(str(exc).split())
        if kind == "exists":
            m = re.match(r"^“(.+)” already names the campaign (.+)$", text)
            if m:
                return self.tr("“%1” already names the campaign %2.").replace("%1", m[1]).replace("%2", m[2])
        if kind == "invalid":
            if "before it starts" in text:
                return self.tr("The campaign would end before it starts.")
            return self.tr("This cannot be saved: %1").replace("%1", text)
        if kind == "not_found":
            self.reload()
            return self.tr("That campaign is gone (it was changed elsewhere); the list is read again.")
        return None

    def _next_color(self) -> str:
        used = self.model.colors()
        return next((c for c in NEW_COLORS if c not in used), NEW_COLORS[len(used) % len(NEW_COLORS)])

    def add_campaign(self, name: str = "", aliases: Sequence[str] = ()) -> bool:
        from . import campaigns_view as patch

        values = patch.edit_campaign(self, {"name": name, "aliases": list(aliases), "color": self._next_color()},
                                     self.tr("New campaign"))
        if not values:
            return False
        archive = self._access.archive()
        ok, info = run_archive_action(
            self, lambda: archive.add_campaign(values["name"], values["aliases"], values["active_from"],
                                               values["active_to"], values["color"], who=self._who),
            self.tr("Cannot add the campaign"), self._describe)
        if ok:
            self.reload(select=[info.name])
            self.status.setText(self.tr("Added %1; %n stored article(s) tagged.", "", info.articles)
                                .replace("%1", info.name))
            self.campaigns_changed.emit({})
        return ok

    def edit_selected(self) -> bool:
        from . import campaigns_view as patch

        chosen = self.selected_campaigns()
        if len(chosen) != 1:
            return False
        c = chosen[0]
        values = patch.edit_campaign(self, {"name": c.name, "aliases": list(c.aliases), "active_from": c.active_from,
                                            "active_to": c.active_to, "color": c.color},
                                     self.tr("Edit campaign"))
        if not values:
            return False
        archive = self._access.archive()
        ok, info = run_archive_action(
            self, lambda: archive.edit_campaign(c.name, new_name=values["name"], aliases=values["aliases"],
                                                active_from=values["active_from"], active_to=values["active_to"],
                                                color=values["color"], who=self._who),
            self.tr("Cannot change the campaign"), self._describe)
        if ok:
            self.reload(select=[info.name])
            self.campaigns_changed.emit({c.name: info.name} if info.name != c.name else {})
        return ok

    def merge_selected(self, keep: str | None = None) -> bool:
        chosen = self.selected_campaigns()
        if len(chosen) != 2:
            return False
        names = [c.name for c in sorted(chosen, key=lambda c: -c.articles)]
        if keep is None:
            keep = alerts.choose_item(self, self.tr("Merge campaigns"),
                                      self.tr("Which campaign stays? The other's name and aliases become its "
                                              "aliases."), names)
        if keep not in names:
            return False
        absorb = names[1] if keep == names[0] else names[0]
        archive = self._access.archive()
        ok, info = run_archive_action(self, lambda: archive.merge_campaigns(keep, absorb, who=self._who),
                                      self.tr("Cannot merge"), self._describe)
        if ok:
            self.reload(select=[info.name])
            self.status.setText(self.tr("%1 merged into %2.").replace("%1", absorb).replace("%2", keep))
            self.campaigns_changed.emit({absorb: keep})
        return ok

    def delete_selected(self) -> bool:
        from . import campaigns_view as patch

        chosen = self.selected_campaigns()
        if len(chosen) != 1:
            return False
        c = chosen[0]
        if not patch.confirm_delete(self, c.name, c.articles):
            return False
        archive = self._access.archive()
        ok, _n = run_archive_action(self, lambda: archive.delete_campaign(c.name, who=self._who),
                                    self.tr("Cannot delete"), self._describe)
        if ok:
            self.reload()
            self.status.setText(self.tr("Deleted %1.").replace("%1", c.name))
            self.campaigns_changed.emit({c.name: None})
        return ok

    # --- suggestions ------------------------------------------------------------------------------------------
    def _on_tab_changed(self, index: int) -> None:
        if index == 1 and not self._suggestions_loaded:
            self.load_suggestions()

    def load_suggestions(self) -> None:
        """Look for recurring phrases in the background (it reads the text of every stored article)."""
        self._suggestions_loaded = True
        if archive_or_none(self._access) is None:
            self.suggestions.set_suggestions([])
            self._update_suggestion_buttons()
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Looking for recurring phrases in the archive…"))
        self.suggestions_reader.read(lambda archive: archive.campaign_suggestions(min_issues=2, limit=60),
                                     self._show_suggestions, self._suggestions_failed)

    @property
    def busy(self) -> bool:
        return self.reader.busy or self.suggestions_reader.busy

    def _show_suggestions(self, found: list) -> None:
        keep = self.selected_suggestion()
        self.suggestions.set_suggestions(found)
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("%n suggestion(s)", "", len(found)))
        row = self.suggestions.row_of(keep.phrase) if keep is not None else -1
        if row < 0 and found:
            row = 0
        if row >= 0:
            self.suggestion_table.selectRow(row)
        self._update_suggestion_buttons()

    def _suggestions_failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        message = i18n.core_message(str(exc)) if isinstance(exc, archive_error_types()) else report_unexpected(exc)
        self.status.setText(message)

    def selected_suggestion(self):
        index = self.suggestion_table.currentIndex()
        rows = self.suggestion_table.selectionModel().selectedRows()
        return self.suggestions.suggestion(rows[0].row()) if rows else (
            self.suggestions.suggestion(index.row()) if index.isValid() else None)

    def select_suggestion(self, phrase: str) -> bool:
        row = self.suggestions.row_of(phrase)
        if row >= 0:
            self.suggestion_table.selectRow(row)
        return row >= 0

    def _update_suggestion_buttons(self) -> None:
        has = self.selected_suggestion() is not None
        for b in (self.accept_button, self.alias_button, self.dismiss_button):
            b.setEnabled(has)

    def accept_selected(self, as_alias: bool = False, name: str | None = None) -> bool:
        """Make the selected phrase a campaign (or, `as_alias`, an alias of a campaign the editor picks)."""
        s = self.selected_suggestion()
        if s is None:
            return False
        target = name
        if as_alias and target is None:
            target = alerts.choose_item(self, self.tr("Add as alias"),
                                        self.tr("“%1” is another name of:").replace("%1", s.phrase),
                                        self.model.names())
            if not target:
                return False
        archive = self._access.archive()
        ok, info = run_archive_action(self, lambda: archive.accept_suggestion(s.phrase, target, who=self._who),
                                      self.tr("Cannot accept the suggestion"), self._describe)
        if ok:
            self.suggestions.remove(s.phrase)
            self.reload(select=[info.name])
            self.status.setText(self.tr("“%1” now tags %n stored article(s) as %2.", "", info.articles)
                                .replace("%1", s.phrase).replace("%2", info.name))
            self._update_suggestion_buttons()
            self.campaigns_changed.emit({})
        return ok

    def dismiss_selected(self) -> bool:
        s = self.selected_suggestion()
        if s is None:
            return False
        archive = self._access.archive()
        ok, _r = run_archive_action(self, lambda: archive.dismiss_suggestion(s.phrase, who=self._who),
                                    self.tr("Cannot dismiss the suggestion"), self._describe)
        if ok:
            row = self.suggestions.row_of(s.phrase)
            self.suggestions.remove(s.phrase)
            if self.suggestions.rowCount():
                self.suggestion_table.selectRow(min(row, self.suggestions.rowCount() - 1))
            self._update_suggestion_buttons()
        return ok
