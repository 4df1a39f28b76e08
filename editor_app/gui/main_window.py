"""The main window: the one place that wires the source view, article list and inspector to actions and commands."""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEventLoop, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import commands
from ..core.commands import CommandError
from ..core.detect.campaigns import CampaignRegistry
from ..core.errors import report_unexpected
from ..core.issue import Issue
from ..core.paths import resource_path
from ..core.textio import InputError
from . import (
    alerts,
    archive_dialog,
    campaigns_view,
    dialogs,
    export_dialog,
    i18n,
    journal,
    people_view,
    reports_view,
    sections_view,
    style,
)
from .archive_access import ArchiveAccess, ArchiveContext, archive_error_types
from .document import IssueDocument, remaining_doubtful
from .inspector import ArticleInspector
from .models import ArticleListModel
from .settings import Preferences, UiState
from .source_view import PreparedText, SourceView, issue_spans, prepare_text
from .tasks import TaskRunner


def _detect_path(path: str, registry: CampaignRegistry | None, roster: list[str]) -> Issue:
    """`detect_file` with the archive's campaigns and people (as `editor-app import` detects)."""
    from ..core.detect.pipeline import detect_issue, guess_date
    from ..core.issue import IssueMeta
    from ..core.model import SourceInfo
    from ..core.textio import read_issue_file

    decoded = read_issue_file(path)
    source = SourceInfo(str(path), decoded.encoding, decoded.sha256, len(decoded.text))
    issue = detect_issue(decoded.text, registry=registry, source=source, roster=roster,
                         meta=IssueMeta(date=guess_date(decoded.text, str(path))))
    issue.views()  # composed here, off the GUI thread
    return issue


def _detect_text(text: str, registry: CampaignRegistry | None, roster: list[str]) -> Issue:
    from ..core.detect.pipeline import detect_issue, guess_date
    from ..core.issue import IssueMeta

    issue = detect_issue(text, registry=registry, roster=roster, meta=IssueMeta(date=guess_date(text)))
    issue.views()
    return issue


def _prepared(issue: Issue, font: QFont) -> tuple[Issue, PreparedText]:
    """The issue with its source text made ready to show (a large issue's Qt document is built off the GUI
    thread, next to its detection)."""
    return issue, prepare_text(issue.text, font, issue_spans(issue))


class MainWindow(QMainWindow):
    """Issue Editor's window. Widgets emit intents; this class turns them into core commands on the undo stack."""

    document_installed = Signal()  # a new issue is on screen (tests wait for it)
    preferences_changed = Signal(str)  # the previous language: the application rebuilds the window if it changed

    def __init__(self, prefs: Preferences | None = None, ui_state: UiState | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs or Preferences()
        self.ui_state = ui_state or UiState()
        self.document: IssueDocument | None = None
        self.tasks = TaskRunner(self)
        self.journal = journal.RecoveryJournal()
        self.archive = ArchiveAccess(self.prefs.archive_path or None)
        self.registry = CampaignRegistry.default()
        self._session_campaigns: list[str] = []
        self._current_article: int | None = None
        self._doubtful: list[int] = []
        self._syncing = False
        self._close_without_prompt = False
        self._load_token: int | None = None
        self._progress: dict[int, str] = {}
        self._cheat_sheet: dialogs.CheatSheetDialog | None = None
        self.export_dialog: export_dialog.ExportDialog | None = None
        self.archive_views: dict[str, QWidget] = {}  # People, Campaigns, Reports: modeless, one of each
        self.actions: dict[str, QAction] = {}
        self.setWindowIcon(style.icon("app"))
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._wire()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self.apply_source_font()
        self.restore_layout()
        self._refresh_chrome()

    # =====================================================================================================
    # building
    # =====================================================================================================
    def _build_widgets(self) -> None:
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setContentsMargins(style.em(self, 0.5), style.line_height(self, 0.25), style.em(self, 0.5),
                                       style.line_height(self, 0.25))
        self.legend.setStyleSheet("QLabel { background: #f7f9fb; border-bottom: 1px solid #d5dbe1; }")
        self.source = SourceView(self)
        self.source.set_placeholder(self.tr(
            "Open a raw issue (Ctrl+O), paste its text (Ctrl+Shift+V), drop a file here, "
            "or open an issue from the archive (Ctrl+Shift+O)."))
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(0)
        lv.addWidget(self.legend)
        lv.addWidget(self.source, 1)

        self.article_model = ArticleListModel(self)
        self.article_table = QTableView(self)
        self.article_table.setModel(self.article_model)
        self.article_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_table.setAlternatingRowColors(True)
        self.article_table.setWordWrap(False)
        self.article_table.verticalHeader().hide()
        self.article_table.verticalHeader().setDefaultSectionSize(style.line_height(self, 1.5))
        self.article_table.setIconSize(QSize(style.icon_px(self), style.icon_px(self)))
        header = self.article_table.horizontalHeader()
        header.setSectionResizeMode(ArticleListModel.HEADLINE, QHeaderView.ResizeMode.Stretch)
        fm = self.article_table.fontMetrics()
        status_width = max(fm.horizontalAdvance(i18n.status_label(st)) for st in ("auto", "edited", "reviewed")) \
            + style.icon_px(self) + style.em(self, 2)
        widths = ((ArticleListModel.NUMBER, style.em(self, 4.5)), (ArticleListModel.SECTION, style.em(self, 5)),
                  (ArticleListModel.BYLINES, style.em(self, 10)), (ArticleListModel.CAMPAIGNS, style.em(self, 9)),
                  (ArticleListModel.STATUS, status_width))
        for col, width in widths:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)

        self.inspector = ArticleInspector(self)
        self.right_split = QSplitter(Qt.Orientation.Vertical, self)
        self.right_split.addWidget(self.article_table)
        self.right_split.addWidget(self.inspector)
        self.right_split.setStretchFactor(0, 2)
        self.right_split.setStretchFactor(1, 3)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.addWidget(left)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(0, 5)
        self.main_split.setStretchFactor(1, 6)
        self.main_split.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_split)
        self._update_legend()

    def _action(self, name: str, text: str, slot: Callable[[], object], keys: tuple[str, ...] | str = (),
                icon: str | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, str):
            keys = (keys,)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        if icon:
            action.setIcon(style.icon(icon))
        shown = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        action.setToolTip(f"{tip or text.replace('&', '')} ({shown})" if shown else (tip or text.replace("&", "")))
        action.setStatusTip(tip or "")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        self.actions[name] = action
        return action

    def _build_actions(self) -> None:
        a = self._action
        # files
        a("open", self.tr("&Open Raw Issue…"), self.open_file_dialog, "Ctrl+O", "open",
          self.tr("Open a raw issue text file"))
        a("paste", self.tr("&Paste Text as New Issue…"), self.paste_as_new_issue, "Ctrl+Shift+V", "paste")
        a("open_archive", self.tr("Open from &Archive…"), self.open_from_archive, "Ctrl+Shift+O", "archive")
        a("save", self.tr("&Save to Archive"), self.save, "Ctrl+S", "save",
          self.tr("Save the issue and every correction to the archive"))
        a("export", self.tr("&Export…"), self.open_export_dialog, "Ctrl+E", None,
          self.tr("Export the issue on screen, or archived issues by date, as JSON, Markdown, text, CSV, NITF or DOCX"))
        a("preferences", self.tr("Pre&ferences…"), self.edit_preferences, "Ctrl+,", "preferences")
        a("quit", self.tr("&Quit"), self.close, "Ctrl+Q")
        # undo
        a("undo", self.tr("&Undo"), self.undo, ("Ctrl+Z",), "undo")
        a("redo", self.tr("&Redo"), self.redo, ("Ctrl+Shift+Z", "Ctrl+Y"), "redo")
        # structure
        a("split_article", self.tr("&Split Article Here"), self.split_article, "S", "split",
          self.tr("Start a new article at the selected block"))
        a("merge_previous", self.tr("&Merge with Previous Article"), lambda: self.merge_article(-1), "M",
          "merge-up")
        a("merge_next", self.tr("Merge with &Next Article"), lambda: self.merge_article(+1), "Shift+M",
          "merge-down")
        a("move_block_previous", self.tr("Move Block to Pre&vious Article"), lambda: self.move_block(-1), "[",
          "move-up", self.tr("Move the article's first block to the article before"))
        a("move_block_next", self.tr("Move Block to Ne&xt Article"), lambda: self.move_block(+1), "]",
          "move-down", self.tr("Move the article's last block to the article after"))
        a("join_paragraph", self.tr("&Join to Previous Paragraph"), lambda: self.set_join(True), "J", "join",
          self.tr("The block continues the paragraph above (a column break)"))
        a("split_paragraph", self.tr("Split &Paragraph Off"), lambda: self.set_join(False), "Shift+J", "unjoin",
          self.tr("The block starts a paragraph of its own"))
        # roles
        for role in style.ROLE_ORDER:
            a(f"role_{role}", i18n.role_label(role), lambda r=role: self.set_role(r), style.ROLE_KEYS[role],
              None, self.tr("Set the selected block(s) to: %1").replace("%1", i18n.role_label(role)))
        # fields
        a("edit_headline", self.tr("Edit &Headline"), lambda: self.focus_field("headline"), "F2", None)
        a("edit_bylines", self.tr("Edit &Bylines"), lambda: self.focus_field("bylines"), "F3", "byline")
        a("assign_section", self.tr("Assign &Section"), lambda: self.focus_field("section"), "F4", "section")
        a("add_campaign", self.tr("&Add Campaign Tag"), lambda: self.focus_field("campaigns"), "Ctrl+T", "tag")
        a("remove_campaign", self.tr("&Remove Campaign Tag…"), self.remove_campaign_tag, "Ctrl+Shift+T", "remove")
        a("revert_article", self.tr("Re&vert Article to Detected"), self.revert_article, "Ctrl+Shift+R", "revert")
        # review
        a("mark_reviewed_next", self.tr("Mark &Reviewed and Go to Next"), self.mark_reviewed_and_next,
          ("R", "Ctrl+Return"), "reviewed")
        a("next_doubtful", self.tr("Next &Doubtful Decision"), lambda: self.goto_doubtful(+1), "F8", "doubt-next")
        a("previous_doubtful", self.tr("Previous D&oubtful Decision"), lambda: self.goto_doubtful(-1), "Shift+F8",
          "doubt-prev")
        a("next_article", self.tr("Ne&xt Article"), lambda: self.goto_article(+1), "N", "next-article")
        a("previous_article", self.tr("Pre&vious Article"), lambda: self.goto_article(-1), "Shift+N",
          "prev-article")
        # the archive's people, campaigns and reports
        a("people", self.tr("&People…"), self.show_people, (), "byline",
          self.tr("The roster of reporters and photographers: rename, merge spellings, mark staff"))
        a("campaigns", self.tr("&Campaigns…"), self.show_campaigns, (), "tag",
          self.tr("The campaigns articles are tagged with, and suggestions of new ones"))
        a("sections", self.tr("&Sections…"), self.show_sections, (), "section",
          self.tr("Each paper's sections (版面), learned from page headers"))
        a("reports", self.tr("&Reports…"), self.show_reports, (), None,
          self.tr("Articles per campaign, reporter or section, per week or month"))
        # view and help
        a("zoom_in", self.tr("&Larger Source Text"), lambda: self.zoom_source(+1), ("Ctrl++", "Ctrl+="), "zoom-in")
        a("zoom_out", self.tr("&Smaller Source Text"), lambda: self.zoom_source(-1), "Ctrl+-", "zoom-out")
        a("cheat_sheet", self.tr("&Keyboard Shortcuts"), self.show_cheat_sheet, ("F1", "?"), "keyboard")
        a("open_sample", self.tr("Open the &Sample Issue"), self.open_sample, (), None)
        a("about", self.tr("&About Issue Editor"), self.show_about, (), "app")

    def action_groups(self) -> list[tuple[str, list[QAction]]]:
        """The actions by topic (menus and the cheat sheet)."""
        g = self.actions
        return [
            (self.tr("Articles"), [g[n] for n in ("split_article", "merge_previous", "merge_next",
                                                   "move_block_previous", "move_block_next")]),
            (self.tr("Paragraphs"), [g["join_paragraph"], g["split_paragraph"]]),
            (self.tr("Block role"), [g[f"role_{r}"] for r in style.ROLE_ORDER]),
            (self.tr("Fields"), [g[n] for n in ("edit_headline", "edit_bylines", "assign_section", "add_campaign",
                                                 "remove_campaign", "revert_article")]),
            (self.tr("Review"), [g[n] for n in ("mark_reviewed_next", "next_doubtful", "previous_doubtful",
                                                 "next_article", "previous_article")]),
            (self.tr("Files"), [g[n] for n in ("open", "paste", "open_archive", "save", "export", "preferences",
                                                "quit")]),
            (self.tr("Undo"), [g["undo"], g["redo"]]),
            (self.tr("View"), [g[n] for n in ("zoom_in", "zoom_out", "cheat_sheet")]),
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        g = self.actions
        m = bar.addMenu(self.tr("&File"))
        m.addActions([g["open"], g["paste"], g["open_archive"]])
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addSeparator()
        m.addAction(g["save"])
        m.addAction(g["export"])
        m.addSeparator()
        m.addAction(g["preferences"])
        m.addSeparator()
        m.addAction(g["quit"])
        m = bar.addMenu(self.tr("&Edit"))
        m.addActions([g["undo"], g["redo"]])
        m.addSeparator()
        m.addActions([g[n] for n in ("edit_headline", "edit_bylines", "assign_section", "add_campaign",
                                     "remove_campaign")])
        m.addSeparator()
        m.addAction(g["revert_article"])
        m = bar.addMenu(self.tr("&Article"))
        m.addActions([g[n] for n in ("split_article", "merge_previous", "merge_next", "move_block_previous",
                                     "move_block_next")])
        m.addSeparator()
        m.addActions([g["join_paragraph"], g["split_paragraph"]])
        m = bar.addMenu(self.tr("&Block Role"))
        m.addActions([g[f"role_{r}"] for r in style.ROLE_ORDER])
        m = bar.addMenu(self.tr("&Review"))
        m.addActions([g[n] for n in ("mark_reviewed_next", "next_doubtful", "previous_doubtful", "next_article",
                                     "previous_article")])
        m = bar.addMenu(self.tr("Ar&chive"))
        m.addAction(g["open_archive"])
        m.addSeparator()
        m.addActions([g[n] for n in ("people", "campaigns", "sections")])
        m.addSeparator()
        m.addAction(g["reports"])
        self.archive_menu = m
        m = bar.addMenu(self.tr("&View"))
        m.addActions([g["zoom_in"], g["zoom_out"]])
        m = bar.addMenu(self.tr("&Help"))
        m.addActions([g["cheat_sheet"], g["open_sample"], g["about"]])

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main_toolbar")
        px = round(style.icon_px(self) * 1.25)
        bar.setIconSize(QSize(px, px))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        g = self.actions
        for group in (("open", "paste", "open_archive", "save"), ("undo", "redo"),
                      ("split_article", "merge_previous", "merge_next", "move_block_previous", "move_block_next"),
                      ("join_paragraph", "split_paragraph"),
                      ("previous_doubtful", "next_doubtful", "mark_reviewed_next"), ("cheat_sheet",)):
            bar.addActions([g[n] for n in group])
            bar.addSeparator()
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setMaximumWidth(style.em(self, 10))
        self.progress_bar.setMaximumHeight(style.line_height(self, 0.9))
        self.progress_cancel = QToolButton(self)
        self.progress_cancel.setIcon(style.icon("remove"))
        self.progress_cancel.setAutoRaise(True)
        self.progress_cancel.setToolTip(self.tr("Cancel"))
        self.progress_cancel.clicked.connect(self.cancel_loading)
        for w in (self.progress_label, self.progress_bar, self.progress_cancel):
            sb.addWidget(w)
            w.hide()
        self.status_articles = QLabel(self)
        self.status_doubtful = QLabel(self)
        self.status_saved = QLabel(self)
        self.status_archive = QLabel(self)
        for w in (self.status_articles, self.status_doubtful, self.status_saved, self.status_archive):
            w.setContentsMargins(style.em(self, 0.5), 0, style.em(self, 0.5), 0)
            sb.addPermanentWidget(w)

    def _wire(self) -> None:
        self.source.blocks_selected.connect(self._on_source_blocks_selected)
        self.article_table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        ins = self.inspector
        ins.field_edit_requested.connect(self.edit_field)
        ins.field_revert_requested.connect(self.revert_field)
        ins.article_revert_requested.connect(lambda aid: self._run(lambda i: commands.revert_article(i, aid)))
        ins.status_change_requested.connect(lambda aid, s: self._run(lambda i: commands.set_status(i, aid, s)))
        ins.campaign_add_requested.connect(self.add_campaign)
        ins.campaign_remove_requested.connect(self.remove_campaign)
        self.tasks.busy_changed.connect(self._on_busy_changed)

    # =====================================================================================================
    # the document
    # =====================================================================================================
    @property
    def issue(self) -> Issue | None:
        return self.document.issue if self.document is not None else None

    def install_document(self, document: IssueDocument, *, select: int | None = None,
                         prepared: PreparedText | None = None) -> None:
        """Show a newly opened issue (replacing the one on screen); `prepared`: its text made ready off the
        GUI thread (`source_view.prepare_text`)."""
        old = self.document
        if old is not None and old is not document:
            self._disconnect_document(old)
            old.deleteLater()
        self._autosave_timer.stop()
        self.document = document
        document.setParent(self)
        document.retranslate()
        document.changed.connect(self._on_document_changed)
        document.modified_changed.connect(self._on_modified_changed)
        document.undo_stack.indexChanged.connect(self._on_stack_index_changed)
        document.undo_stack.canUndoChanged.connect(self._refresh_undo_actions)
        document.undo_stack.canRedoChanged.connect(self._refresh_undo_actions)
        issue = document.issue
        self._doubtful = remaining_doubtful(issue)
        self._update_context()
        self.article_model.set_issue(issue, self._doubtful)
        self.source.set_issue(issue, self._doubtful, prepared)
        self._current_article = None
        ids = issue.article_ids()
        first = select if select in ids else (ids[0] if ids else None)
        self.select_article(first, scroll_source=True)
        if first is None:
            self.inspector.set_view(None)
        self._refresh_chrome()
        if document.modified:
            self.autosave_now()
        self.document_installed.emit()

    def take_document(self) -> IssueDocument | None:
        """Hand the open issue over (to a rebuilt window): disconnect it here without deleting it."""
        doc = self.document
        if doc is not None:
            self._disconnect_document(doc)
            self._autosave_timer.stop()
            self.document = None
        return doc

    def _disconnect_document(self, doc: IssueDocument) -> None:
        doc.changed.disconnect(self._on_document_changed)
        doc.modified_changed.disconnect(self._on_modified_changed)
        doc.undo_stack.indexChanged.disconnect(self._on_stack_index_changed)
        doc.undo_stack.canUndoChanged.disconnect(self._refresh_undo_actions)
        doc.undo_stack.canRedoChanged.disconnect(self._refresh_undo_actions)

    def archive_context(self) -> ArchiveContext:
        """The archive's campaigns, people and sections (empty if there is no archive or it cannot be read)."""
        try:
            context = self.archive.context()
        except archive_error_types() as exc:
            self.statusBar().showMessage(i18n.core_message(str(exc)), 8000)
            return ArchiveContext()
        if context.registry is not None:
            self.registry = context.registry
        return context

    def _update_context(self) -> None:
        """Sections, people and campaigns the inspector offers (from the issue, the registry and the archive)."""
        issue = self.issue
        views = issue.views() if issue is not None else []
        context = self.archive_context()
        sections = sorted({v.section for v in views if v.section} | {v.detected.get("section") for v in views
                                                                      if v.detected.get("section")}
                          | set(context.sections))
        roster = set(getattr(issue, "roster", ()) or ()) | {b.name for v in views for b in v.bylines} \
            | set(context.people)
        names = list(self.registry.names())
        for v in views:
            for c in v.campaigns:
                if c not in names and c not in self._session_campaigns:
                    self._session_campaigns.append(c)
        names += [c for c in self._session_campaigns if c not in names]
        colors = {c.name: c.color for c in self.registry.campaigns if c.color}
        aliases = {a: c.name for c in self.registry.campaigns for a in c.aliases}
        self.inspector.set_context(sections=sections, roster=roster, campaigns=names, colors=colors,
                                   aliases=aliases)

    def _on_document_changed(self, focus) -> None:
        issue = self.issue
        if issue is None:
            return
        self._doubtful = remaining_doubtful(issue)
        self.article_model.set_issue(issue, self._doubtful)
        self.source.refresh(self._doubtful)
        ids = issue.article_ids()
        target = focus if focus in ids else None
        if target is None:
            selected = self.source.selected_blocks
            target = next((issue.blocks[i].article for i in selected if issue.blocks[i].article is not None), None)
        if target is None and self._current_article in ids:
            target = self._current_article
        if target is None and ids:
            target = ids[0]
        self.select_article(target, scroll_source=False, force=True)
        self._refresh_chrome()

    def _on_modified_changed(self, _modified: bool) -> None:
        self._refresh_chrome()

    def _on_stack_index_changed(self, _index: int) -> None:
        doc = self.document
        if doc is None:
            return
        if doc.modified:
            if not self._autosave_timer.isActive():
                self._autosave_timer.start(self.prefs.autosave_seconds * 1000)
        else:
            self._autosave_timer.stop()
            self.journal.discard()

    # =====================================================================================================
    # selection
    # =====================================================================================================
    def select_article(self, article_id: int | None, *, scroll_source: bool = True, force: bool = False) -> None:
        """Make an article the selected one: list row, inspector, source highlight (and scroll the source)."""
        issue = self.issue
        if issue is None:
            return
        changed = article_id != self._current_article
        self._current_article = article_id
        self._syncing = True
        try:
            row = self.article_model.row_of(article_id)
            if row >= 0:
                index = self.article_model.index(row, 0)
                self.article_table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.article_table.scrollTo(index)
            else:
                self.article_table.clearSelection()
            if changed or force:
                view = issue.view(article_id) if article_id is not None else None
                self.inspector.set_view(view, self.article_model.rowCount())
            self.source.set_current_article(article_id)
            if scroll_source and article_id is not None:
                self.source.show_article(article_id)
        finally:
            self._syncing = False
        self._update_actions()

    @property
    def current_article(self) -> int | None:
        return self._current_article

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.select_article(self.article_model.article_id(current.row()), scroll_source=True)

    def _on_source_blocks_selected(self, blocks: list[int]) -> None:
        if self._syncing or self.issue is None:
            self._update_actions()
            return
        issue = self.issue
        aid = next((issue.blocks[i].article for i in blocks if issue.blocks[i].article is not None), None)
        if aid is not None and aid != self._current_article:
            self.select_article(aid, scroll_source=False)
        else:
            self._update_actions()
        if blocks and blocks[0] in self._doubtful:
            b = issue.blocks[blocks[0]]
            self.statusBar().showMessage(self.tr("Doubtful: %1 (confidence %2) — %3")
                                         .replace("%1", i18n.role_label(b.role))
                                         .replace("%2", f"{b.confidence:.2f}").replace("%3", b.reason), 8000)

    def selected_blocks(self) -> list[int]:
        return self.source.selected_blocks

    # =====================================================================================================
    # corrections: every one a core command pushed on the undo stack
    # =====================================================================================================
    def _run(self, make: Callable[[Issue], commands.Command]) -> bool:
        if self.document is None:
            return False
        try:
            command = make(self.document.issue)
        except CommandError as exc:
            alerts.show_error(self, i18n.core_message(str(exc)), self.tr("This correction cannot be made"))
            return False
        return self.document.push(command)

    def _need_block(self) -> int | None:
        blocks = self.selected_blocks()
        return blocks[0] if blocks else None

    def split_article(self) -> bool:
        idx = self._need_block()
        return idx is not None and self._run(lambda i: commands.split_article(i, idx))

    def merge_article(self, direction: int) -> bool:
        aid = self._current_article
        return aid is not None and self._run(lambda i: commands.merge_articles(i, aid, direction))

    def move_block(self, direction: int) -> bool:
        blocks = self.selected_blocks()
        if not blocks:
            return False
        idx = blocks[0] if direction < 0 else blocks[-1]
        return self._run(lambda i: commands.move_block(i, idx, direction))

    def set_role(self, role: str) -> bool:
        blocks = self.selected_blocks()
        return bool(blocks) and self._run(lambda i: commands.set_role(i, blocks, role))

    def set_join(self, joined: bool) -> bool:
        idx = self._need_block()
        return idx is not None and self._run(lambda i: commands.set_join(i, idx, joined))

    def edit_field(self, article_id: int, name: str, value) -> bool:
        return self._run(lambda i: commands.set_field(i, article_id, name, value))

    def revert_field(self, article_id: int, name: str) -> bool:
        return self._run(lambda i: commands.revert_field(i, article_id, name))

    def revert_article(self) -> bool:
        aid = self._current_article
        return aid is not None and self._run(lambda i: commands.revert_article(i, aid))

    def add_campaign(self, article_id: int, name: str) -> bool:
        if name not in self.registry.names() and name not in self._session_campaigns:
            self._session_campaigns.append(name)
            self._update_context()
        return self._run(lambda i: commands.add_campaign(i, article_id, name))

    def remove_campaign(self, article_id: int, name: str) -> bool:
        return self._run(lambda i: commands.remove_campaign(i, article_id, name))

    def remove_campaign_tag(self) -> bool:
        aid = self._current_article
        if aid is None or self.issue is None:
            return False
        tags = self.issue.view(aid).campaigns
        if not tags:
            self.statusBar().showMessage(self.tr("The article has no campaign tags."), 4000)
            return False
        name = tags[0] if len(tags) == 1 else alerts.choose_item(
            self, self.tr("Remove campaign tag"), self.tr("Tag to remove:"), list(tags))
        return name is not None and self.remove_campaign(aid, name)

    def set_status(self, status: str) -> bool:
        aid = self._current_article
        return aid is not None and self._run(lambda i: commands.set_status(i, aid, status))

    def mark_reviewed_and_next(self) -> bool:
        aid = self._current_article
        if aid is None or self.issue is None:
            return False
        if self.issue.view(aid).status != "reviewed":
            self._run(lambda i: commands.set_status(i, aid, "reviewed"))
        self.goto_article(+1, from_article=aid)
        return True

    def focus_field(self, name: str) -> None:
        if self._current_article is not None:
            self.inspector.focus_field(name)

    # =====================================================================================================
    # navigation
    # =====================================================================================================
    def goto_article(self, step: int, from_article: int | None = None) -> None:
        issue = self.issue
        if issue is None:
            return
        ids = issue.article_ids()
        if not ids:
            return
        current = from_article if from_article is not None else self._current_article
        k = ids.index(current) + step if current in ids else 0
        if 0 <= k < len(ids):
            self.select_article(ids[k], scroll_source=True)
        else:
            self.statusBar().showMessage(self.tr("That was the last article.") if step > 0
                                         else self.tr("This is the first article."), 4000)

    def goto_doubtful(self, step: int) -> int | None:
        """Select the next (or previous) doubtful decision after the selected block; wraps around."""
        if self.issue is None:
            return None
        if not self._doubtful:
            self.statusBar().showMessage(self.tr("No doubtful decisions left."), 4000)
            return None
        blocks = self.selected_blocks()
        here = blocks[0] if blocks else -1
        if step > 0:
            target = next((d for d in self._doubtful if d > here), self._doubtful[0])
        else:
            target = next((d for d in reversed(self._doubtful) if d < here), self._doubtful[-1])
        self.source.select_block(target)
        self.source.setFocus()
        return target

    # =====================================================================================================
    # undo
    # =====================================================================================================
    def undo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.redo()

    def _refresh_undo_actions(self, *_args) -> None:
        stack = self.document.undo_stack if self.document is not None else None
        undo, redo = self.actions["undo"], self.actions["redo"]
        undo.setEnabled(bool(stack and stack.canUndo()))
        redo.setEnabled(bool(stack and stack.canRedo()))
        undo.setText(self.tr("&Undo %1").replace("%1", stack.undoText()) if stack and stack.canUndo()
                     else self.tr("&Undo"))
        redo.setText(self.tr("&Redo %1").replace("%1", stack.redoText()) if stack and stack.canRedo()
                     else self.tr("&Redo"))

    # =====================================================================================================
    # files
    # =====================================================================================================
    def maybe_keep_changes(self) -> bool:
        """Before the issue on screen goes away: True to go ahead (saved or discarded), False to stay."""
        doc = self.document
        if doc is None or not doc.modified:
            return True
        answer = alerts.ask_save_changes(self, doc.source_name)
        if answer == alerts.SAVE:
            return self.save()
        if answer == alerts.DISCARD:
            self._autosave_timer.stop()
            self.journal.discard()
            return True
        return False

    def open_file_dialog(self) -> None:
        if not self.maybe_keep_changes():
            return
        path = alerts.choose_open_file(self, self.ui_state.last_folder or str(Path.home()))
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str, *, ask: bool = True, source_name: str | None = None) -> int | None:
        """Detect a raw issue file in the background and show it; the issue on screen stays until it is ready."""
        if ask and not self.maybe_keep_changes():
            return None
        name = source_name or os.path.basename(path) or path
        self.ui_state.last_folder = os.path.dirname(os.path.abspath(path))
        context = self.archive_context()
        registry = context.registry or self.registry

        font = self.source.font()

        def done(result: tuple[Issue, PreparedText]) -> None:
            self._load_token = None
            if source_name is None:
                self.ui_state.add_recent_file(os.path.abspath(path))
            self._show_detected(*result, name, path)

        return self._start_loading(self.tr("Detecting articles in %1…").replace("%1", name),
                                   lambda: _prepared(_detect_path(path, registry, context.people), font), done)

    def _show_detected(self, issue: Issue, prepared: PreparedText | None, name: str, path: str | None) -> None:
        """Show a fresh detection; if the archive holds this very issue, offer its saved corrections instead."""
        try:
            existing = self.archive.issue_id_for(issue.source.sha256)
        except archive_error_types():
            existing = None
        if existing is not None:
            if alerts.ask_open_archived(self, name):
                if self.open_archived(existing):
                    return
            # the fresh detection, saved over the archived issue (the archive's edit log keeps what it had)
        self._refresh_section_model(issue)
        self.install_document(IssueDocument(issue, name, path=path, archive_id=existing), prepared=prepared)

    def open_text(self, text: str, name: str | None = None) -> int | None:
        name = name or self.tr("Pasted text")

        def done(result: tuple[Issue, PreparedText]) -> None:
            self._load_token = None
            self._show_detected(*result, name, None)

        if not text.strip():
            alerts.show_error(self, self.tr("The pasted text is empty."), self.tr("Cannot open the issue"))
            return None
        context = self.archive_context()
        registry = context.registry or self.registry
        font = self.source.font()
        return self._start_loading(self.tr("Detecting articles in %1…").replace("%1", name),
                                   lambda: _prepared(_detect_text(text, registry, context.people), font), done)

    def run_in_background(self, message: str, work: Callable[[], object], done: Callable[[object], None],
                          failed: Callable[[BaseException], None]) -> int:
        """Run `work` off the GUI thread with `message` and a busy bar in the status bar."""
        token: int = 0

        def finish(callback, payload) -> None:
            self._progress.pop(token, None)
            self._show_progress()
            callback(payload)

        token = self.tasks.run(work, lambda r: finish(done, r), lambda e: finish(failed, e))
        self._progress[token] = message
        self._show_progress()
        return token

    def _show_progress(self) -> None:
        pending = [t for t in self._progress if self.tasks.pending(t)]
        self._progress = {t: self._progress[t] for t in pending}
        busy = bool(pending)
        if busy:
            self.progress_label.setText(self._progress[pending[-1]])
        self.progress_label.setVisible(busy)
        self.progress_bar.setVisible(busy)
        self.progress_cancel.setVisible(self._load_token is not None and self.tasks.pending(self._load_token))

    def _start_loading(self, message: str, work: Callable[[], Issue], done: Callable[[Issue], None]) -> int:
        if self._load_token is not None:
            self.tasks.cancel(self._load_token)
        self._load_token = None
        token = self.run_in_background(message, work, done, self._load_failed)
        self._load_token = token
        self._show_progress()
        return token

    def start_word_segmenter(self) -> int | None:
        """Load jieba in the background at start-up (detection would otherwise wait for it)."""
        from ..core import wordseg

        if wordseg.is_loaded():
            return None

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(report_unexpected(exc), 10000)

        return self.run_in_background(self.tr("Loading the word segmenter…"), wordseg.ensure_loaded,
                                      lambda _r: None, failed)

    def _load_failed(self, exc: BaseException) -> None:
        self._load_token = None
        if isinstance(exc, InputError):
            message = i18n.core_message(str(exc))
        else:
            message = report_unexpected(exc)
        alerts.show_error(self, message, self.tr("Cannot open the issue"))

    def cancel_loading(self) -> None:
        if self._load_token is not None:
            self.tasks.cancel(self._load_token)
            self._load_token = None
            self._show_progress()
            self.statusBar().showMessage(self.tr("Cancelled."), 3000)

    @property
    def loading(self) -> bool:
        return self._load_token is not None

    def _on_busy_changed(self, _busy: bool) -> None:
        self._show_progress()

    def paste_as_new_issue(self) -> None:
        if not self.maybe_keep_changes():
            return
        text = dialogs.ask_pasted_text(self)
        if text:
            self.open_text(text)

    def open_sample(self) -> None:
        self.open_path(str(resource_path("sample-issue.txt")), source_name=self.tr("Sample issue"))

    def _fill_recent_menu(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        files = self.ui_state.recent_files
        for k, path in enumerate(files, start=1):
            action = menu.addAction(f"&{k % 10} {os.path.basename(path)}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not files:
            menu.addAction(self.tr("(no recent files)")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear List"), self.ui_state.clear_recent_files)

    # --- the archive ------------------------------------------------------------------------------------
    @property
    def archive(self) -> ArchiveAccess:
        return self._archive_access

    @archive.setter
    def archive(self, access: ArchiveAccess) -> None:
        access.on_busy = self._archive_busy
        self._archive_access = access

    def _archive_busy(self, waited: float) -> None:
        """A write waits for another program's lock: say so and keep painting (no input meanwhile)."""
        self.statusBar().showMessage(self.tr("Waiting for the archive: another program is writing to it "
                                             "(%1 s)…").replace("%1", f"{waited:.0f}"))
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)

    def save(self) -> bool:
        """Write the issue and all corrections to the archive (one transaction); True when saved."""
        doc = self.document
        if doc is None:
            return False
        if not self.archive.available:
            alerts.show_error(self, self.tr("The archive is not available in this build, so the issue cannot be "
                                            "saved. Your corrections are kept in the recovery journal."),
                              self.tr("Cannot save"))
            self.autosave_now()
            return False
        # The archive's connection belongs to this thread, so the save runs here: a first save indexes the
        # whole issue (about a second for 200 articles); say so instead of looking frozen.
        self.statusBar().showMessage(self.tr("Saving to the archive…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        error = None
        try:
            issue_id = self.archive.save(doc.issue, issue_id=doc.archive_id, source_name=doc.source_name,
                                         who=self.prefs.editor_name)
        except archive_error_types() as exc:
            error = i18n.core_message(str(exc))
        except OSError as exc:
            error = report_unexpected(exc)
        finally:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
        if error is not None:
            alerts.show_error(self, error, self.tr("Cannot save"))
            return False
        doc.mark_saved(issue_id)
        self._autosave_timer.stop()
        self.journal.discard()
        self.statusBar().showMessage(self.tr("Saved to the archive."), 4000)
        self._refresh_chrome()
        self._refresh_section_model()  # the save may have confirmed articles the classifier learns from
        self._reload_archive_views()
        return True

    def _refresh_section_model(self, issue: Issue | None = None) -> bool:
        """Give the issue the archive's current section classifier (retrained there after saves, cheaply).

        Articles no page header places then carry a `section_suggestion` the inspector offers.
        """
        issue = issue if issue is not None else self.issue
        if issue is None or not self.archive.available or not self.archive.exists:
            return False
        try:
            make = getattr(self.archive.archive(), "section_model", None)
            model = make(issue.meta.paper) if make is not None else None
        except archive_error_types():
            return False
        if model is None or model is issue.section_model:
            return False
        issue.section_model = model
        issue.invalidate()  # suggestions are cached per model: a new model suggests afresh
        if issue is self.issue:
            self._on_document_changed(self._current_article)
        return True

    def open_from_archive(self) -> None:
        if not self.archive.available:
            alerts.show_error(self, self.tr("The archive is not available in this build."),
                              self.tr("Cannot open from the archive"))
            return
        if not self.maybe_keep_changes():
            return
        choice = archive_dialog.choose_archive_issue(self, self.archive, self.registry.names())
        if choice is not None:
            issue_id, article = choice if isinstance(choice, tuple) else (choice, None)
            self.open_archived(issue_id, article)

    def open_archived(self, issue_id, article: int | None = None) -> bool:
        """Show an issue as last saved in the archive (with the article found by a search selected)."""
        try:
            issue = self.archive.load(issue_id)
        except archive_error_types() as exc:
            alerts.show_error(self, i18n.core_message(str(exc)), self.tr("Cannot open from the archive"))
            return False
        name = os.path.basename(issue.source.path or "") or (issue.meta.date or self.tr("Archived issue"))
        self.install_document(IssueDocument(issue, name, path=None, archive_id=issue_id), select=article)
        return True

    def open_export_dialog(self) -> export_dialog.ExportDialog | None:
        """File > Export: the issue on screen or archived issues by date (window-modal, never blocks)."""
        has_archive = self.archive.available and self.archive.exists
        if self.issue is None and not has_archive:
            alerts.show_error(self, self.tr("Nothing to export yet: open an issue, or save issues to the archive "
                                            "first."), self.tr("Cannot export"))
            return None
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        name = self.document.source_name if self.document is not None else ""
        dialog = export_dialog.ExportDialog(self.issue, name, self.archive, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.export_finished.connect(self._on_exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    # --- the archive views: people, campaigns, reports ---------------------------------------------------
    def _archive_view(self, key: str, make: Callable[[], QWidget]) -> QWidget | None:
        """Show the one modeless view of this kind (made on first use, read again when shown again)."""
        if not self.archive.available:
            alerts.show_error(self, self.tr("The archive is not available in this build."), self.tr("Issue Editor"))
            return None
        view = self.archive_views.get(key)
        if view is None:
            view = make()
            self.archive_views[key] = view
        else:
            view.reload()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _close_archive_views(self) -> None:
        for view in self.archive_views.values():
            view.close()
            view.deleteLater()
        self.archive_views.clear()

    def _reload_archive_views(self) -> None:
        for view in self.archive_views.values():
            if view.isVisible():
                view.reload()

    def show_people(self) -> people_view.PeopleView | None:
        def make() -> people_view.PeopleView:
            view = people_view.PeopleView(self.archive, self.prefs.editor_name, self)
            view.people_changed.connect(self._on_people_changed)
            view.open_article_requested.connect(self.open_archived_article)
            return view

        return self._archive_view("people", make)

    def show_campaigns(self) -> campaigns_view.CampaignsView | None:
        def make() -> campaigns_view.CampaignsView:
            view = campaigns_view.CampaignsView(self.archive, self.prefs.editor_name, self)
            view.campaigns_changed.connect(self._on_campaigns_changed)
            view.open_article_requested.connect(self.open_archived_article)
            return view

        return self._archive_view("campaigns", make)

    def show_sections(self) -> sections_view.SectionsView | None:
        def make() -> sections_view.SectionsView:
            view = sections_view.SectionsView(self.archive, self.prefs.editor_name, self)
            view.sections_changed.connect(self._on_sections_changed)
            return view

        return self._archive_view("sections", make)

    def _on_sections_changed(self, renamed: dict) -> None:
        """A section renamed (or merged into another): articles on screen in it move along."""

        def edits(issue: Issue) -> list[tuple[int, str, object]]:
            return [(v.id, "section", renamed[v.section]) for v in issue.views() if v.section in renamed]

        self._follow_archive_change(edits if renamed else None, self.tr("Rename section"))

    def show_reports(self) -> reports_view.ReportsView | None:
        return self._archive_view("reports", lambda: reports_view.ReportsView(self.archive, self))

    def _on_campaigns_changed(self, renamed: dict) -> None:
        """Campaigns renamed, merged or deleted: the editor's own tags on screen follow; the registry retags."""

        def edits(issue: Issue) -> list[tuple[int, str, object]]:
            out = []
            for v in issue.views():
                if "campaigns" in v.edited_fields and any(t in renamed for t in v.campaigns):
                    tags: list[str] = []
                    for t in v.campaigns:
                        t = renamed.get(t, t) if t in renamed else t
                        if t and t not in tags:
                            tags.append(t)
                    out.append((v.id, "campaigns", tags))
            return out

        self._session_campaigns = [c for c in self._session_campaigns if c not in renamed]
        self._follow_archive_change(edits if renamed else None, self.tr("Follow campaign changes"), registry=True)

    def open_archived_article(self, issue_id, article: int) -> bool:
        """Show an archived article (from a view's list): select it if its issue is on screen, else open it."""
        doc = self.document
        if doc is not None and doc.archive_id == issue_id:
            if article in doc.issue.article_ids():
                self.select_article(article)
            self.raise_()
            return True
        if not self.maybe_keep_changes():
            return False
        return self.open_archived(issue_id, article)

    def _on_people_changed(self, respelled: dict) -> None:
        """Renamed or merged spellings: the issue on screen spells them the same way; its roster follows."""

        def edits(issue: Issue) -> list[tuple[int, str, object]]:
            out = []
            for v in issue.views():
                if any(b.name in respelled for b in v.bylines):
                    bylines: list[dict[str, str]] = []
                    for b in v.bylines:
                        entry = {"role": b.role, "name": respelled.get(b.name, b.name)}
                        if entry not in bylines:
                            bylines.append(entry)
                    out.append((v.id, "bylines", bylines))
            return out

        self._follow_archive_change(edits if respelled else None, self.tr("Respell names"), roster=True)

    def _follow_archive_change(self, edits: Callable[[Issue], list[tuple[int, str, object]]] | None, text: str, *,
                               roster: bool = False, registry: bool = False) -> None:
        """An archive view changed people, campaigns or sections everywhere: bring the issue on screen along.

        `edits` names the field values its articles need, (article id, field, value); they go on the undo
        stack as one step. When the issue was saved and unchanged, the archive already holds exactly that, so
        it stays unmodified. Then its roster or campaign registry is the archive's again and the inspector
        offers the new names.
        """
        context = self.archive_context()
        doc = self.document
        if doc is None:
            self._update_context()
            return
        issue = doc.issue
        wanted = edits(issue) if edits is not None else []
        if wanted:
            was_saved = doc.archive_id is not None and not doc.modified
            doc.undo_stack.beginMacro(text)
            try:
                for aid, name, value in wanted:
                    try:
                        doc.push(commands.set_field(issue, aid, name, value))
                    except CommandError:
                        continue  # the article changed meanwhile; the next save writes what is on screen
            finally:
                doc.undo_stack.endMacro()
            if was_saved:
                doc.mark_saved()
        if roster:
            issue.roster = frozenset(context.people)
        if registry and context.registry is not None:
            issue.registry = context.registry
        if roster or registry:
            issue.invalidate(everything=True)
        self._update_context()
        self._on_document_changed(self._current_article)

    def _on_exported(self, paths: list[str]) -> None:
        if paths:
            where = paths[0] if len(paths) == 1 else os.path.dirname(paths[0])
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", where), 8000)

    # --- the recovery journal --------------------------------------------------------------------------
    def autosave_now(self) -> Path | None:
        """Write unsaved work to the recovery journal now (the autosave timer calls this)."""
        doc = self.document
        if doc is None or not doc.modified:
            return None
        try:
            path = self.journal.write(doc.issue, source_name=doc.source_name, file_path=doc.path,
                                      archive_id=doc.archive_id, edits=doc.undo_stack.index())
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Could not write the recovery journal: %1").replace("%1", str(exc)),
                                         8000)
            return None
        return path

    def emergency_save(self) -> Path | None:
        """The crash handler's call: keep unsaved work, whatever state the window is in."""
        return self.autosave_now()

    def offer_recovery(self) -> bool:
        """Offer unsaved work a previous session left behind; True if it was recovered and is on screen."""
        journal.remove_stale_temp_files(self.journal.folder)
        entries = journal.find_recoverable(self.journal.folder, exclude=self.journal.path)
        if not entries:
            return False
        entry = entries[0]
        description = self.tr("%1 — %2 correction(s), last written %3").replace("%1", entry.source_name) \
            .replace("%2", str(entry.edits)).replace("%3", entry.written.replace("T", " "))
        answer = alerts.ask_recover(self, description)
        if answer == alerts.LATER:
            return False
        if answer == alerts.DISCARD:
            entry.path.unlink(missing_ok=True)
            return False
        try:
            issue = entry.load()
        except journal.JournalError as exc:
            alerts.show_error(self, str(exc), self.tr("Cannot recover"))
            return False
        self.install_document(IssueDocument(issue, entry.source_name, path=entry.file_path,
                                            archive_id=entry.archive_id, unsaved=True))
        entry.path.unlink(missing_ok=True)  # our own journal now holds the work (install wrote it)
        return True

    # =====================================================================================================
    # window chrome
    # =====================================================================================================
    def _refresh_chrome(self) -> None:
        doc = self.document
        name = doc.source_name if doc is not None else None
        self.setWindowTitle(f"{name}[*] — {self.tr('Issue Editor')}" if name else self.tr("Issue Editor"))
        self.setWindowModified(bool(doc and doc.modified))
        issue = self.issue
        if issue is None:
            self.status_articles.setText(self.tr("No issue open"))
            self.status_doubtful.setText("")
            self.status_saved.setText("")
        else:
            n = self.article_model.rowCount()
            self.status_articles.setText(self.tr("%n article(s)", "", n))
            left = len(self._doubtful)
            self.status_doubtful.setText(
                self.tr("%n doubtful decision(s) left", "", left) if left else self.tr("No doubtful decisions left"))
            self.status_doubtful.setStyleSheet(f"color: {style.WARNING}; font-weight: bold;" if left else
                                               "color: #2e7d32;")
            if doc.modified:
                saved = self.tr("Unsaved changes")
            elif doc.archive_id is not None:
                saved = self.tr("Saved")
            else:
                saved = self.tr("Not in the archive yet")
            self.status_saved.setText(saved)
        if self.archive.available:
            self.status_archive.setText(self.tr("Archive: %1").replace("%1", self.archive.path.name))
            self.status_archive.setToolTip(str(self.archive.path))
        else:
            self.status_archive.setText(self.tr("Archive: not available"))
        self._refresh_undo_actions()
        self._update_actions()

    def _update_actions(self) -> None:
        g = self.actions
        issue = self.issue
        has_doc = issue is not None
        aid = self._current_article
        blocks = self.source.selected_blocks if has_doc else []
        ids = issue.article_ids() if has_doc else []
        pos = ids.index(aid) if aid in ids else -1
        first_block = issue.blocks[blocks[0]] if blocks else None
        last_block = issue.blocks[blocks[-1]] if blocks else None

        def article_edges(b) -> tuple[int, int] | None:
            if b is None or b.article is None:
                return None
            own = [x.index for x in issue.blocks if x.article == b.article]
            return own[0], own[-1]

        first_edges = article_edges(first_block)
        last_edges = article_edges(last_block)
        first_pos = ids.index(first_block.article) if first_edges else -1
        last_pos = ids.index(last_block.article) if last_edges else -1
        g["split_article"].setEnabled(bool(first_edges and first_edges[0] != first_block.index))
        g["merge_previous"].setEnabled(pos > 0)
        g["merge_next"].setEnabled(0 <= pos < len(ids) - 1)
        g["move_block_previous"].setEnabled(bool(first_edges and first_edges[0] == first_block.index
                                                 and first_pos > 0))
        g["move_block_next"].setEnabled(bool(last_edges and last_edges[1] == last_block.index
                                             and 0 <= last_pos < len(ids) - 1))
        can_join = False
        if first_block is not None and first_block.role == "body" and first_block.article is not None \
                and not first_block.continues_previous:
            prev = next((p for p in reversed(issue.blocks[:first_block.index]) if p.role != "furniture"), None)
            can_join = prev is not None and prev.article == first_block.article and prev.role == "body"
        g["join_paragraph"].setEnabled(can_join)
        g["split_paragraph"].setEnabled(bool(first_block is not None and first_block.continues_previous))
        for role in style.ROLE_ORDER:
            g[f"role_{role}"].setEnabled(bool(blocks))
        for name in ("edit_headline", "edit_bylines", "assign_section", "add_campaign", "remove_campaign",
                     "revert_article", "mark_reviewed_next"):
            g[name].setEnabled(pos >= 0)
        for name in ("next_doubtful", "previous_doubtful", "next_article", "previous_article"):
            g[name].setEnabled(has_doc)
        g["save"].setEnabled(has_doc)

    def _update_legend(self) -> None:
        """Two rows: the role tints with their keys, then the marks in the margin and text."""
        px = style.icon_px(self)
        e = html.escape
        chips = []
        for role in style.ROLE_ORDER:
            chips.append(f"<span style='background-color:{style.ROLE_TINTS[role]}; white-space:pre'>"
                         f"<span style='color:{style.ROLE_ACCENTS[role]}'>▌</span>"
                         f"{e(i18n.role_label(role))} <b style='color:#52606d'>{e(style.ROLE_KEYS[role])}</b> </span>")
        new_article = self.tr("new article")
        marks = [f"<span style='white-space:pre'><span style='color:{style.ACCENT};font-weight:bold'>━━</span> "
                 f"{e(new_article)}</span>"]
        for name, text in (("warning", self.tr("doubtful")), ("join", self.tr("joined paragraph")),
                           ("edited", self.tr("edited"))):
            path = html.escape(str(resource_path(f"icons/{name}.svg")))
            marks.append(f"<span style='white-space:pre'><img src='{path}' width='{px}' height='{px}'/> "
                         f"{e(text)}</span>")
        self.legend.setText(" ".join(chips) + "<br/>" + "&nbsp;&nbsp;&nbsp;".join(marks))
        self.legend.setToolTip(self.tr("Block roles with their keys: select blocks in the text and press the digit."))

    def apply_source_font(self) -> None:
        font = style.default_source_font(self.font(), self.prefs.source_font_family, self.prefs.source_font_size)
        self.source.setFont(font)

    def zoom_source(self, step: int) -> None:
        size = self.source.font().pointSizeF() + step
        if 6 <= size <= 48:
            self.prefs.source_font_size = size
            self.apply_source_font()

    def show_cheat_sheet(self) -> None:
        if self._cheat_sheet is None:
            self._cheat_sheet = dialogs.CheatSheetDialog(self.action_groups(), style.ROLE_ORDER, self)
        self._cheat_sheet.show()
        self._cheat_sheet.raise_()
        self._cheat_sheet.activateWindow()

    def show_about(self) -> None:
        from .. import __version__

        alerts.show_info(self, self.tr("Issue Editor %1\nDetects the articles of a day's issue and lets editors "
                                       "correct them fast.").replace("%1", __version__),
                         self.tr("About Issue Editor"))

    def edit_preferences(self) -> None:
        before = self.prefs.language
        if dialogs.edit_preferences(self, self.prefs):
            self.apply_source_font()
            new_path = self.prefs.archive_path or None
            if ArchiveAccess(new_path).path != self.archive.path:
                self._close_archive_views()  # they show the old archive
                self.archive.close()
                self.archive = ArchiveAccess(new_path)
            self._refresh_chrome()
            self.preferences_changed.emit(before)

    # --- layout memory -----------------------------------------------------------------------------------
    def restore_layout(self) -> None:
        st = self.ui_state
        geometry = st.bytes_value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(style.em(self, 130), style.line_height(self, 48))
        state = st.bytes_value("window_state")
        if state is not None:
            self.restoreState(state)
        for key, splitter, default in (("main_splitter", self.main_split, (5, 6)),
                                       ("right_splitter", self.right_split, (2, 3)),
                                       ("inspector_splitter", self.inspector.splitter, (3, 2))):
            saved = st.bytes_value(key)
            if saved is None or not splitter.restoreState(saved):
                total = sum(default)
                splitter.setSizes([round(1000 * d / total) for d in default])
        header = st.bytes_value("article_header")
        if header is not None:
            self.article_table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        st = self.ui_state
        st.set_bytes_value("geometry", self.saveGeometry())
        st.set_bytes_value("window_state", self.saveState())
        st.set_bytes_value("main_splitter", self.main_split.saveState())
        st.set_bytes_value("right_splitter", self.right_split.saveState())
        st.set_bytes_value("inspector_splitter", self.inspector.splitter.saveState())
        st.set_bytes_value("article_header", QByteArray(self.article_table.horizontalHeader().saveState()))
        st.sync()

    # --- closing, dropping -------------------------------------------------------------------------------
    def close_without_prompt(self) -> None:
        self._close_without_prompt = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_without_prompt and not self.maybe_keep_changes():
            event.ignore()
            return
        self.save_layout()
        if self._load_token is not None:
            self.tasks.cancel(self._load_token)
        if self._cheat_sheet is not None:
            self._cheat_sheet.close()
        for view in self.archive_views.values():
            view.close()
        if not self._close_without_prompt:
            self.archive.close()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # Leave the drop handler first: the save question must not run inside the drag-and-drop loop.
            QTimer.singleShot(0, lambda p=paths[0]: self.open_path(p))
