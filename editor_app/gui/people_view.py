"""The People view: the archive's roster of bylined people; rename, merge two spellings, mark staff, add."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import alerts, i18n, style
from .archive_access import ArchiveAccess, ArchiveUnavailable, archive_error_types, archive_module
from .models import RowsTableModel
from .tasks import TaskRunner

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
FILTER_ROLE = Qt.ItemDataRole.UserRole + 11
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 12


# --- patch points (tests replace these; no other code here opens a modal dialog) ---------------------------------

def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text from the editor (a new name), or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok and value.strip() else None


def confirm(parent: QWidget | None, title: str, question: str, detail: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    if detail:
        box.setInformativeText(detail)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


# --- shared by the archive views -------------------------------------------------------------------------------------

def run_archive_action(parent: QWidget, work: Callable[[], Any], title: str,
                       describe: Callable[[BaseException], str | None] | None = None) -> tuple[bool, Any]:
    """Run one archive change in the GUI thread (the archive's connection lives there) with a wait cursor.

    Returns (True, result), or (False, None) after telling the editor what went wrong. `describe` may turn an
    ArchiveError into a message of the view's own (None: the core's message, translated where it is known).
    """
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = work()
    except archive_error_types() as exc:
        QApplication.restoreOverrideCursor()
        message = (describe(exc) if describe is not None else None) or i18n.core_message(str(exc))
        alerts.show_error(parent, message, title)
        return False, None
    except OSError as exc:
        QApplication.restoreOverrideCursor()
        from ..core.errors import report_unexpected

        alerts.show_error(parent, report_unexpected(exc), title)
        return False, None
    QApplication.restoreOverrideCursor()
    return True, result


class ArchiveReader(QObject):
    """Reads the archive in a worker thread through a read-only connection of its own (the GUI's connection
    belongs to the GUI thread). A new read drops the result of the one before, if it is still running."""

    def __init__(self, access: ArchiveAccess, parent: QObject | None = None):
        super().__init__(parent)
        self._access = access
        self.tasks = TaskRunner(self)
        self._token: int | None = None

    def read(self, fn: Callable[[Any], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None]) -> int:
        """`fn(archive)` in the background; `done(result)` or `failed(error)` in the GUI thread."""
        self.cancel()
        path = self._access.path

        def work():
            module = archive_module()
            if module is None:
                raise ArchiveUnavailable("the archive is not part of this build")
            archive = module.Archive.open(path, readonly=True, verify=False)
            try:
                return fn(archive)
            finally:
                archive.close()

        def finish(callback, payload) -> None:
            self._token = None
            callback(payload)

        self._token = self.tasks.run(work, lambda r: finish(done, r), lambda e: finish(failed, e))
        return self._token

    def cancel(self) -> None:
        if self._token is not None:
            self.tasks.cancel(self._token)
            self._token = None

    @property
    def busy(self) -> bool:
        return self._token is not None


def archive_or_none(access: ArchiveAccess | None):
    """The open archive if its file exists (views never create one just by looking), else None."""
    if access is None or not access.available or not access.exists:
        return None
    return access.archive()


def fit_columns(table: QTableView, samples: dict[int, str]) -> None:
    """Interactive columns wide enough for their header and a typical value (`2026-03-02`, `12345`)."""
    header = table.horizontalHeader()
    fm = header.fontMetrics()
    cell = table.fontMetrics()
    model = table.model()
    for col, sample in samples.items():
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        width = max(fm.horizontalAdvance(title) + style.em(table, 2.2), cell.horizontalAdvance(sample)
                    + style.em(table, 1.4))
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, width)


def roles_text(roles: Sequence[str]) -> str:
    return "、".join(i18n.byline_role_label(r) for r in roles)


# --- the model ----------------------------------------------------------------------------------------------------

class PeopleModel(RowsTableModel):
    """One row per person of the roster (core `Person` objects): name, roles, articles, first and last date, staff.

    The staff column is checkable; checking it does not change the model but asks for the change
    (`staff_change_requested(person id, staff)`), which the view makes in the archive and then shows.
    """

    NAME, ROLES, ARTICLES, FIRST, LAST, STAFF = range(6)
    COLUMNS = 6

    staff_change_requested = Signal(int, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pinyin: Callable[[str], str] = lambda s: s

    def set_people(self, people: Sequence) -> None:
        from ..core.learning.names import pinyin

        self._pinyin = pinyin
        self._reset(people)

    def person(self, row: int):
        return self._item(row)

    def names(self) -> list[str]:
        return [p.name for p in self._rows]

    def row_of(self, person_id: int) -> int:
        return self._row_where(lambda p: p.id == person_id)

    def replace_person(self, person) -> None:
        """Show one person's new values (same id) without resetting the table."""
        row = self.row_of(person.id)
        if row >= 0:
            self._rows[row] = person
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    # --- Qt interface --------------------------------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Roles"), self.tr("Articles"), self.tr("First"), self.tr("Last"),
                self.tr("Staff"))

    def header_tip(self, section: int) -> str | None:
        return (self.tr("As bylines spell it; sorted by pinyin"), self.tr("The roles bylines gave this person"),
                self.tr("Stored articles with this person in a byline"),
                self.tr("Date of the first such article"), self.tr("Date of the latest such article"),
                self.tr("One of the paper's own staff: kept in the roster even without bylines"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.STAFF:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return p.name
            if col == self.ROLES:
                return roles_text(p.roles)
            if col == self.ARTICLES:
                return str(p.article_count)
            if col == self.FIRST:
                return p.first_seen or ""
            if col == self.LAST:
                return p.last_seen or ""
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == self.STAFF:
            return Qt.CheckState.Checked if p.staff else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NAME:
                aliases = getattr(p, "aliases", ())
                lines = [p.name, self._pinyin(p.name)]
                if aliases:
                    lines.append(self.tr("Also spelled: %1").replace("%1", "、".join(aliases)))
                return "\n".join(lines)
            if col == self.ARTICLES:
                return self.tr("%1 articles, %2 of them edited or reviewed by an editor") \
                    .replace("%1", str(p.article_count)).replace("%2", str(getattr(p, "confirmed_count", 0)))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ARTICLES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.NAME and not p.article_count:
            return QBrush(QColor("#7b8794"))  # staff without bylines yet
        if role == Qt.ItemDataRole.FontRole and col == self.NAME and p.staff:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            if col == self.NAME:
                return f"{self._pinyin(p.name)}\x00{p.name}"
            if col == self.ARTICLES:
                return p.article_count
            if col == self.FIRST:
                return p.first_seen or ""
            if col == self.LAST:
                return p.last_seen or ""
            if col == self.STAFF:
                return int(p.staff)
            return roles_text(p.roles)
        if role == FILTER_ROLE:
            spelled = self._pinyin(p.name)
            initials = "".join(s[:1] for s in spelled.split())
            return " ".join([p.name, *getattr(p, "aliases", ()), spelled, spelled.replace(" ", ""), initials])
        if role == PERSON_ID_ROLE:
            return p.id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.STAFF or role != Qt.ItemDataRole.CheckStateRole:
            return False
        p = self._rows[index.row()]
        staff = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if staff != p.staff:
            self.staff_change_requested.emit(p.id, staff)
        return True


class PeopleFilterModel(QSortFilterProxyModel):
    """Filters by name, other spellings and pinyin (`chen`, `chenshijun`, `csj`); sorts by SORT_ROLE."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(PeopleModel.NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)


# --- the view -------------------------------------------------------------------------------------------------------

class PeopleView(QDialog):
    """The roster as a table with a filter, three sort orders and the corrections an editor makes to it.

    Every change is one archive transaction; then `people_changed(respellings)` tells the main window
    ({old name: new name} for renames and merges, {} otherwise), which updates the issue on screen.
    """

    people_changed = Signal(dict)
    open_article_requested = Signal(object, int)  # issue id, article id

    SORTS = ("pinyin", "count", "recent")

    def __init__(self, access: ArchiveAccess, who: str = "editor", parent: QWidget | None = None):
        super().__init__(parent)
        self._access = access
        self._who = who or "editor"
        self.setWindowTitle(self.tr("People"))
        self.setWindowIcon(style.icon("byline"))
        self.model = PeopleModel(self)
        self.proxy = PeopleFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter: name, other spelling or pinyin (chen, csj)…"))
        self.filter.setClearButtonEnabled(True)
        self.sort = QComboBox(self)
        self.sort.addItem(self.tr("By pinyin"), "pinyin")
        self.sort.addItem(self.tr("Most articles first"), "count")
        self.sort.addItem(self.tr("Most recent first"), "recent")
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(QLabel(self.tr("Sort:"), self))
        top.addWidget(self.sort)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(style.line_height(self, 1.5))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PeopleModel.NAME, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, {PeopleModel.ROLES: "记者、通讯员、摄影", PeopleModel.ARTICLES: "0000",
                                 PeopleModel.FIRST: "2026-03-02", PeopleModel.LAST: "2026-03-02",
                                 PeopleModel.STAFF: "✓"})

        # the selected person: other spellings and their articles
        details = QWidget(self)
        dv = QVBoxLayout(details)
        dv.setContentsMargins(0, 0, 0, 0)
        self.details_title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.details_title.setFont(title_font)
        self.details_text = QLabel(self)
        self.details_text.setWordWrap(True)
        self.details_text.setStyleSheet("color: #52606d;")
        self.articles = QListWidget(self)
        self.articles.setToolTip(self.tr("Double-click to open the article"))
        self.articles.itemActivated.connect(self._on_article_activated)
        dv.addWidget(self.details_title)
        dv.addWidget(self.details_text)
        dv.addWidget(self.articles, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.add_button = QPushButton(style.icon("add"), self.tr("Add…"), self)
        self.add_button.setToolTip(self.tr("Add a colleague before any byline names them"))
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setToolTip(self.tr("Spell the selected person differently in every stored article"))
        self.merge_button = QPushButton(style.icon("merge-up"), self.tr("Merge Spellings…"), self)
        self.merge_button.setToolTip(self.tr("Two selected spellings of one person become one"))
        self.staff_button = QPushButton(self.tr("Mark as Staff"), self)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #52606d;")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.merge_button, self.staff_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.filter.textChanged.connect(self._on_filter)
        self.sort.currentIndexChanged.connect(lambda _i: self.apply_sort())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.add_button.clicked.connect(self.add_person)
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.staff_button.clicked.connect(self.toggle_staff_selected)
        # after the click that asked for it, not inside the model's setData
        self.model.staff_change_requested.connect(
            lambda pid, staff: QTimer.singleShot(0, lambda: self.set_staff(pid, staff)))
        self.resize(style.em(self, 90), style.line_height(self, 34))
        self.reload()

    # --- reading -------------------------------------------------------------------------------------------------
    def reload(self, select: Sequence[str] = ()) -> None:
        """Read the roster again (after any change here or a save elsewhere), keeping the selection by name."""
        keep = list(select) or [p.name for p in self.selected_people()]
        try:
            archive = archive_or_none(self._access)
            people = archive.people(sort="pinyin") if archive is not None else []
        except archive_error_types() as exc:
            people = []
            self.status.setText(i18n.core_message(str(exc)))
        else:
            self.status.setText(self.tr("%n person(s) in the roster", "", len(people)) if archive is not None
                                else self.tr("The roster fills as issues are saved to the archive."))
        self.model.set_people(people)
        self.apply_sort()
        if keep:
            self.select_names(keep)
        self._on_selection()

    def apply_sort(self) -> None:
        column, order = {
            "pinyin": (PeopleModel.NAME, Qt.SortOrder.AscendingOrder),
            "count": (PeopleModel.ARTICLES, Qt.SortOrder.DescendingOrder),
            "recent": (PeopleModel.LAST, Qt.SortOrder.DescendingOrder),
        }[self.sort.currentData()]
        self.table.sortByColumn(column, order)

    def set_sort(self, sort: str) -> None:
        self.sort.setCurrentIndex(self.sort.findData(sort))

    def visible_names(self) -> list[str]:
        """The names in the order the table shows them (after filtering and sorting)."""
        return [self.proxy.index(r, PeopleModel.NAME).data() for r in range(self.proxy.rowCount())]

    def selected_people(self) -> list:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.person(r) for r in rows if self.model.person(r) is not None]

    def select_names(self, names: Sequence[str]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        first = None
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, PeopleModel.NAME)
            if index.data() in names:
                sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
                first = first or index
        if first is not None:
            sel.setCurrentIndex(first, sel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _on_selection(self) -> None:
        people = self.selected_people()
        one = people[0] if len(people) == 1 else None
        self.rename_button.setEnabled(one is not None)
        self.merge_button.setEnabled(len(people) == 2)
        self.staff_button.setEnabled(bool(people))
        all_staff = bool(people) and all(p.staff for p in people)
        self.staff_button.setText(self.tr("Not Staff") if all_staff else self.tr("Mark as Staff"))
        self._show_details(one, len(people))

    def _show_details(self, person, count: int) -> None:
        self.articles.clear()
        if person is None:
            self.details_title.setText(self.tr("%n people selected", "", count) if count else "")
            self.details_text.setText(self.tr("Select two spellings of one person to merge them.")
                                      if count == 2 else "")
            return
        self.details_title.setText(person.name)
        lines = [roles_text(person.roles)]
        if person.aliases:
            lines.append(self.tr("Also spelled: %1").replace("%1", "、".join(person.aliases)))
        if person.staff:
            lines.append(self.tr("Staff"))
        self.details_text.setText("\n".join(x for x in lines if x))
        try:
            archive = archive_or_none(self._access)
            rows = archive.articles_of_person(person.name, limit=200) if archive is not None else []
        except archive_error_types():
            rows = []
        for issue_id, article, date, headline in rows:
            item = QListWidgetItem(f"{date or '—'}  {headline or self.tr('(no headline)')}")
            item.setData(Qt.ItemDataRole.UserRole, (issue_id, article))
            self.articles.addItem(item)

    def _on_article_activated(self, item: QListWidgetItem) -> None:
        issue_id, article = item.data(Qt.ItemDataRole.UserRole)
        self.open_article_requested.emit(issue_id, article)

    # --- corrections ----------------------------------------------------------------------------------------------
    def _describe(self, exc: BaseException, name: str = "") -> str | None:
        kind = getattr(exc, "kind", "")
        if kind == "invalid":
            return self.tr("“%1” cannot be a name: use 1 to 40 printable characters.").replace("%1", name)
        if kind == "exists":
            return self.tr("%1 is already in the roster.").replace("%1", name)
        if kind == "not_found":
            self.reload()
            return self.tr("That person is no longer in the roster (it was changed elsewhere); the list is "
                           "read again.")
        return None

    def add_person(self) -> bool:
        from . import people_view as patch

        name = patch.ask_text(self, self.tr("Add a person"), self.tr("Name of the new colleague (staff):"))
        if not name:
            return False
        ok, person = run_archive_action(self, lambda: self._access.archive().add_person(name, staff=True,
                                                                                        who=self._who),
                                        self.tr("Cannot add the person"), lambda e: self._describe(e, name))
        if ok:
            self.reload(select=[person.name])
            self.people_changed.emit({})
        return ok

    def rename_selected(self, new_name: str | None = None) -> bool:
        from . import people_view as patch

        people = self.selected_people()
        if len(people) != 1:
            return False
        old = people[0].name
        new = new_name or patch.ask_text(self, self.tr("Rename"),
                                         self.tr("New spelling of %1 (every stored byline changes):")
                                         .replace("%1", old), old)
        if not new or new == old:
            return False
        existing = set(self.model.names())
        if new in existing:
            if not patch.confirm(self, self.tr("Rename"),
                                 self.tr("%1 is already in the roster. Merge %2 into %1?").replace("%1", new)
                                 .replace("%2", old)):
                return False
            return self._merge(new, old)
        ok, _n = run_archive_action(self, lambda: self._access.archive().rename_person(old, new, who=self._who),
                                    self.tr("Cannot rename"), lambda e: self._describe(e, new))
        if ok:
            self.reload(select=[new])
            self.status.setText(self.tr("%1 is now spelled %2 in every stored article.").replace("%1", old)
                                .replace("%2", new))
            self.people_changed.emit({old: new})
        return ok

    def merge_selected(self, keep: str | None = None) -> bool:
        people = self.selected_people()
        if len(people) != 2:
            return False
        names = [p.name for p in sorted(people, key=lambda p: -p.article_count)]
        if keep is None:
            keep = alerts.choose_item(self, self.tr("Merge spellings"),
                                      self.tr("Which spelling is right? The other one becomes an alias of it."),
                                      names)
        if keep not in names:
            return False
        absorb = names[1] if keep == names[0] else names[0]
        return self._merge(keep, absorb)

    def _merge(self, keep: str, absorb: str) -> bool:
        ok, _n = run_archive_action(self, lambda: self._access.archive().merge_people(keep, absorb, who=self._who),
                                    self.tr("Cannot merge"), lambda e: self._describe(e, keep))
        if ok:
            self.reload(select=[keep])
            self.status.setText(self.tr("%1 merged into %2.").replace("%1", absorb).replace("%2", keep))
            self.people_changed.emit({absorb: keep})
        return ok

    def set_staff(self, person_id: int, staff: bool) -> bool:
        row = self.model.row_of(person_id)
        person = self.model.person(row)
        if person is None:
            return False
        ok, _r = run_archive_action(self, lambda: self._access.archive().set_staff(person.name, staff, who=self._who),
                                    self.tr("Cannot change the staff mark"), lambda e: self._describe(e, person.name))
        if ok:
            self.model.replace_person(dataclasses.replace(person, staff=staff))
            self._on_selection()
            self.people_changed.emit({})
        return ok

    def toggle_staff_selected(self) -> None:
        people = self.selected_people()
        if not people:
            return
        staff = not all(p.staff for p in people)
        for p in people:  # one transaction per person: each is a change of its own
            if not self.set_staff(p.id, staff):
                break
