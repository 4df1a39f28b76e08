"""The export dialog: the issue on screen or an archived date range, a format, a destination, a live preview."""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.atomic import WriteError
from ..core.errors import report_unexpected
from ..core.export import EXTENSIONS, FORMATS, ExportError, export_issues, safe_filename
from ..core.issue import Issue
from . import alerts, i18n, style
from .archive_access import ArchiveAccess, archive_error_types, archive_module
from .tasks import TaskRunner

PREVIEW_LIMIT = 60_000  # characters shown in the text preview; the file always holds everything
_SETTINGS_GROUP = "export"


class ExportCancelled(Exception):
    """The editor cancelled a range export before anything was written."""


# --- the work itself (runs in a worker thread; no widgets here) ---------------------------------------------

def needs_folder(fmt: str, issue_count: int) -> bool:
    """NITF is always a folder (one .xml per article); DOCX is a folder when it holds several issues."""
    return fmt == "nitf" or (fmt == "docx" and issue_count > 1)


def archived_issue_ids(summaries, date_from: str | None, date_to: str | None) -> list:
    """Ids of the archived issues dated in [date_from, date_to] (as `editor-app export --from/--to`), by date."""
    picked = [s for s in summaries if s.date and (not date_from or s.date >= date_from)
              and (not date_to or s.date <= date_to)]
    picked.sort(key=lambda s: (s.date, s.id))
    return [s.id for s in picked]


def export_range(archive_path: Path, date_from: str | None, date_to: str | None, fmt: str, out: Path,
                 csv_bom: bool, progress: Callable[[int, int, str], None], cancelled: threading.Event) -> list[Path]:
    """Load every archived issue in the range through a connection of this thread's own, then write them."""
    module = archive_module()
    if module is None:
        raise ExportError("the archive is not part of this build")
    archive = module.Archive.open(archive_path, readonly=True, verify=False)
    try:
        ids = archived_issue_ids(archive.list_issues(), date_from, date_to)
        if not ids:
            raise ExportError("no archived issue is dated in that range")
        issues = []
        total = len(ids) + 1  # the last step is writing
        for k, issue_id in enumerate(ids):
            if cancelled.is_set():
                raise ExportCancelled()
            issues.append(archive.load_issue(issue_id))
            progress(k + 1, total, "load")
    finally:
        archive.close()
    if cancelled.is_set():
        raise ExportCancelled()
    progress(len(ids), len(ids) + 1, "write")
    written = export_issues(issues, fmt, out, csv_bom=csv_bom)
    progress(len(ids) + 1, len(ids) + 1, "done")
    return written


@dataclass
class Preview:
    kind: str  # "text" or "html"
    content: str
    note: str = ""


def build_preview(issue: Issue, fmt: str, csv_bom: bool = False) -> Preview:
    """What the export of `issue` in `fmt` holds: the text itself, the first article's XML, or a DOCX outline."""
    from ..core.export import jsonfmt, nitf, tabular, text

    if fmt == "json":
        content = jsonfmt.issues_json_text([issue])
    elif fmt == "md":
        content = text.markdown([issue])
    elif fmt == "txt":
        content = text.plain_text([issue])
    elif fmt == "csv":
        content = tabular.csv_text([issue])
    elif fmt == "nitf":
        views = issue.views()
        if not views:
            return Preview("text", "", "no-articles")
        return Preview("text", nitf.nitf_bytes(issue, views[0]).decode("utf-8"), "first-article")
    elif fmt == "docx":
        return Preview("html", docx_outline_html(issue))
    else:
        raise ExportError(f"unknown export format {fmt!r}")
    if len(content) > PREVIEW_LIMIT:
        return Preview("text", content[:PREVIEW_LIMIT], "shortened")
    return Preview("text", content)


_OUTLINE_COLORS = {"Title": "#1f2933", "Heading 1": "#1f5fa8", "Heading 2": "#2f6fbf", "Kicker": "#8a5a14",
                   "Subtitle Line": "#52606d", "Byline": "#2e7d32", "Photo Caption": "#6a4fc4",
                   "Credit": "#8a94a0", "Normal": "#3e4c59"}
_OUTLINE_INDENT = {"Title": 0, "Heading 1": 0, "Heading 2": 2, "Kicker": 1, "Subtitle Line": 1, "Byline": 1,
                   "Photo Caption": 2, "Credit": 2, "Normal": 2}


def docx_outline_html(issue: Issue, body_chars: int = 38) -> str:
    """The Word document as its paragraphs and their styles: headings in full, body paragraphs cut short."""
    from ..core.export import word

    doc = word.build_document(issue)
    e = html.escape
    rows = []
    for p in doc.paragraphs:
        name = p.style.name if p.style is not None else "Normal"
        text = p.text
        if name in ("Normal", "Photo Caption", "Credit") and len(text) > body_chars:
            text = text[:body_chars] + "…"
        color = _OUTLINE_COLORS.get(name, "#3e4c59")
        weight = "bold" if name in ("Title", "Heading 1", "Heading 2") else "normal"
        size = {"Title": "large", "Heading 1": "medium"}.get(name, "small" if name == "Normal" else "medium")
        indent = _OUTLINE_INDENT.get(name, 2) * 14
        rows.append(
            "<tr>"
            f"<td style='color:#7b8794;font-size:small;padding:2px 10px 2px 0;white-space:pre'>{e(name)}</td>"
            f"<td style='padding:2px 0 2px {indent}px;color:{color};font-weight:{weight};font-size:{size}'>"
            f"{e(text)}</td></tr>")
    return f"<table cellspacing='0'>{''.join(rows)}</table>"


# --- patch points (tests replace these; nothing else opens a file picker or asks a question here) -------------

def choose_export_file(parent: QWidget | None, suggested: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ExportDialog", "Export to file"),
                                          suggested, name_filter)
    return path or None


def choose_export_folder(parent: QWidget | None, start: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("ExportDialog", "Export to folder"),
                                            start)
    return path or None


def confirm_overwrite(parent: QWidget | None, path: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ExportDialog", "Replace file?"),
        QCoreApplication.translate("ExportDialog", "“%1” already exists. Replace it?").replace("%1", path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# --- the dialog -----------------------------------------------------------------------------------------------

_WRITE_ERROR = re.compile(r"^cannot write (?P<a>.+?): (?P<b>.+)$")


class ExportDialog(QDialog):
    """Choose what to export, how and where; see the output for one issue before writing anything.

    The export itself runs in a worker thread (a range export opens its own read-only archive connection);
    `export_finished(paths)` or `export_failed(message)` tell the outcome.
    """

    export_finished = Signal(list)
    export_failed = Signal(str)
    preview_changed = Signal()

    CURRENT, RANGE = 0, 1

    def __init__(self, issue: Issue | None, issue_name: str, access: ArchiveAccess | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setWindowIcon(style.icon("save"))
        self._issue = issue
        self._issue_name = issue_name
        self._access = access
        self._summaries: list = []
        self._range_issue: Issue | None = None  # the first archived issue of the range, for the preview
        self._range_issue_id = None
        self._custom_target = False  # the editor typed or chose the destination: keep it
        self._confirmed_target = ""  # a file the picker already asked to replace
        self._preview_token: int | None = None
        self._export_token: int | None = None
        self._cancel = threading.Event()
        self._settings = QSettings()
        self._base_folder = str(self._settings.value(f"{_SETTINGS_GROUP}/folder", "") or "") or str(Path.home())
        self.tasks = TaskRunner(self)
        self._relay = _ProgressRelay(self)
        self.written: list[Path] = []
        self._load_summaries()
        self._build()
        self._restore_choices()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._wire()
        self._on_scope_changed()
        self.resize(style.em(self, 100), style.line_height(self, 40))

    # --- building ----------------------------------------------------------------------------------------
    def _load_summaries(self) -> None:
        access = self._access
        if access is None or not access.available or not access.exists:
            return
        try:
            self._summaries = [s for s in access.archive().list_issues() if s.date]
        except archive_error_types():
            self._summaries = []

    def _build(self) -> None:
        # what
        scope_box = QGroupBox(self.tr("What to export"), self)
        self.scope_current = QRadioButton(self)
        self.scope_range = QRadioButton(self.tr("Every archived issue dated"), self)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.scope_current, self.CURRENT)
        self.scope_group.addButton(self.scope_range, self.RANGE)
        if self._issue is not None:
            detail = self._issue.meta.date or self._issue_name
            self.scope_current.setText(self.tr("The issue on screen (%1), with every correction")
                                       .replace("%1", detail))
        else:
            self.scope_current.setText(self.tr("The issue on screen (none is open)"))
            self.scope_current.setEnabled(False)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        dates = [s.date for s in self._summaries]
        if dates:
            self.date_from.setDate(QDate.fromString(min(dates), "yyyy-MM-dd"))
            self.date_to.setDate(QDate.fromString(max(dates), "yyyy-MM-dd"))
        else:
            self.scope_range.setEnabled(False)
        self.range_count = QLabel(self)
        self.range_count.setStyleSheet("color: #52606d;")
        range_row = QHBoxLayout()
        range_row.addWidget(self.scope_range)
        range_row.addWidget(QLabel(self.tr("from"), self))
        range_row.addWidget(self.date_from)
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.date_to)
        range_row.addWidget(self.range_count, 1)
        sv = QVBoxLayout(scope_box)
        sv.addWidget(self.scope_current)
        sv.addLayout(range_row)
        if not dates:
            hint = QLabel(self.tr("Issues saved to the archive can be exported by date once there are some."), self)
            hint.setStyleSheet("color: #7b8794;")
            sv.addWidget(hint)

        # how: one radio button per format, each with what it gives underneath
        format_box = QGroupBox(self.tr("Format"), self)
        fv = QVBoxLayout(format_box)
        fv.setSpacing(style.line_height(self, 0.1))
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        indent = style.em(self, 1.6)
        for k, fmt in enumerate(FORMATS):
            button = QRadioButton(self.format_label(fmt), self)
            self.format_group.addButton(button, k)
            self.format_buttons[fmt] = button
            note = QLabel(self._format_note(fmt), self)
            note.setWordWrap(True)
            note.setStyleSheet("color: #6b7785;")
            note.setContentsMargins(indent, 0, 0, style.line_height(self, 0.25))
            fv.addWidget(button)
            fv.addWidget(note)
            if fmt == "csv":
                self.csv_bom = QCheckBox(self.tr("Start with a UTF-8 byte order mark (for Excel)"), self)
                bom_row = QHBoxLayout()
                bom_row.setContentsMargins(indent, 0, 0, style.line_height(self, 0.25))
                bom_row.addWidget(self.csv_bom)
                fv.addLayout(bom_row)

        # where
        where_box = QGroupBox(self.tr("Destination"), self)
        form = QFormLayout(where_box)
        self.target = QLineEdit(self)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.choose_button)
        self.target_label = QLabel(self.tr("File:"), self)
        form.addRow(self.target_label, target_row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #52606d;")
        form.addRow("", self.summary)

        # preview
        preview_host = QWidget(self)
        pv = QVBoxLayout(preview_host)
        pv.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self)
        self.preview_title.setStyleSheet("color: #52606d;")
        self.preview_title.setWordWrap(True)
        pv.addWidget(self.preview_title)
        self.preview_stack = QStackedWidget(self)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setReadOnly(True)
        self.preview_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        families = [mono.family()] + style.installed_families(style.CJK_FAMILIES)
        mono.setFamilies(families)
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self._mono_font = mono
        self._text_font = style.apply_cjk_fallback(self.font())
        self.preview_html = QTextBrowser(self)
        self.preview_html.setOpenLinks(False)
        self.preview_stack.addWidget(self.preview_text)
        self.preview_stack.addWidget(self.preview_html)
        pv.addWidget(self.preview_stack, 1)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(scope_box)
        lv.addWidget(format_box)
        lv.addWidget(where_box)
        lv.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(preview_host)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        # progress and buttons
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setIcon(style.icon("save"))
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _wire(self) -> None:
        self.scope_group.idToggled.connect(lambda _id, on: on and self._on_scope_changed())
        self.date_from.dateChanged.connect(lambda _d: self._on_range_changed())
        self.date_to.dateChanged.connect(lambda _d: self._on_range_changed())
        self.format_group.idToggled.connect(lambda _id, on: on and self._on_format_changed())
        self.csv_bom.toggled.connect(lambda _on: self._preview_timer.start())
        self.target.textEdited.connect(self._on_target_edited)
        self.choose_button.clicked.connect(self.choose_target)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel_export)
        self._relay.progressed.connect(self._on_progress)

    def _restore_choices(self) -> None:
        s = self._settings
        fmt = str(s.value(f"{_SETTINGS_GROUP}/format", "md") or "md")
        self.format_buttons.get(fmt, self.format_buttons["md"]).setChecked(True)
        self.csv_bom.setChecked(s.value(f"{_SETTINGS_GROUP}/csv_bom", False) in (True, "true", "1", 1))
        if self._issue is None and self.scope_range.isEnabled():
            self.scope_range.setChecked(True)
        elif self._issue is not None:
            self.scope_current.setChecked(True)
        self._update_format_widgets()
        self._suggest_target()

    def _remember_choices(self) -> None:
        s = self._settings
        s.setValue(f"{_SETTINGS_GROUP}/format", self.fmt)
        s.setValue(f"{_SETTINGS_GROUP}/csv_bom", self.csv_bom.isChecked())
        s.setValue(f"{_SETTINGS_GROUP}/folder", self._base_folder)

    # --- labels --------------------------------------------------------------------------------------------
    def format_label(self, fmt: str) -> str:
        return {
            "json": self.tr("JSON (structured data)"),
            "md": self.tr("Markdown"),
            "txt": self.tr("Plain text"),
            "csv": self.tr("CSV spreadsheet (one row per article)"),
            "nitf": self.tr("NITF XML (a folder, one file per article)"),
            "docx": self.tr("Word document (DOCX)"),
        }.get(fmt, fmt)

    def _format_note(self, fmt: str) -> str:
        return {
            "json": self.tr("The documented, versioned shape: every article, block and correction."),
            "md": self.tr("Cleaned articles one after another: headlines, bylines, paragraphs, subheads."),
            "txt": self.tr("Cleaned articles one after another, without any markup."),
            "csv": self.tr("Date, page, section, headline, bylines, campaigns, characters and review status."),
            "nitf": self.tr("NITF 3.6 for news systems; the folder receives one .xml per article."),
            "docx": self.tr("For Word or WPS, with real heading, byline and caption styles. Several issues "
                            "give one document each, in a folder."),
        }.get(fmt, "")

    # --- state -----------------------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return FORMATS[max(0, self.format_group.checkedId())]

    @property
    def scope(self) -> int:
        return self.RANGE if self.scope_range.isChecked() else self.CURRENT

    def date_range(self) -> tuple[str, str]:
        return self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")

    def range_ids(self) -> list:
        date_from, date_to = self.date_range()
        return archived_issue_ids(self._summaries, date_from, date_to)

    def issue_count(self) -> int:
        return len(self.range_ids()) if self.scope == self.RANGE else (1 if self._issue is not None else 0)

    def wants_folder(self) -> bool:
        return needs_folder(self.fmt, self.issue_count())

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def set_target(self, path: str) -> None:
        """Set the destination as if the editor had typed it."""
        self.target.setText(path)
        self._on_target_edited(path)

    # --- reacting ---------------------------------------------------------------------------------------------
    def _on_scope_changed(self) -> None:
        in_range = self.scope == self.RANGE
        for w in (self.date_from, self.date_to):
            w.setEnabled(in_range)
        self._on_range_changed()

    def _on_range_changed(self) -> None:
        n = len(self.range_ids())
        self.range_count.setText(self.tr("%n issue(s)", "", n))
        self._retarget()
        self._update_export_button()
        self._preview_timer.start()

    def _on_format_changed(self) -> None:
        self._update_format_widgets()
        self._retarget()
        self._update_export_button()
        self.refresh_preview()

    def _update_format_widgets(self) -> None:
        fmt = self.fmt
        self.csv_bom.setEnabled(fmt == "csv" and self._export_token is None)

    def _on_target_edited(self, text: str) -> None:
        self._custom_target = bool(text.strip())
        self._confirmed_target = ""
        self._update_export_button()

    def _update_export_button(self) -> None:
        busy = self._export_token is not None
        ready = bool(self.target.text().strip()) and self.issue_count() > 0
        self.export_button.setEnabled(ready and not busy)

    # --- destination --------------------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        """A file or folder name from the issue's date (or the range), safe on every system."""
        if self.scope == self.RANGE:
            a, b = self.date_range()
            stem = a if a == b else f"{a}_{b}"
        else:
            issue = self._issue
            stem = (issue.meta.date if issue is not None and issue.meta.date else Path(self._issue_name).stem) \
                or "issue"
        stem = safe_filename(stem, fallback="issue")
        if self.wants_folder():
            return f"{stem}_{self.fmt}"
        return stem + EXTENSIONS[self.fmt]

    def _suggest_target(self) -> None:
        self.target.setText(str(Path(self._base_folder) / self.suggested_name()))
        self._custom_target = False
        self._confirmed_target = ""

    def _retarget(self) -> None:
        """Follow a change of format or scope: a suggested destination is suggested anew; a chosen one keeps
        its folder and changes only its extension (or becomes a folder of the suggested name there)."""
        self.target_label.setText(self.tr("Folder:") if self.wants_folder() else self.tr("File:"))
        self._update_summary()
        text = self.target.text().strip()
        if not self._custom_target or not text:
            self._suggest_target()
            return
        path = Path(text)
        if self.wants_folder():
            if path.suffix.lower() in {".json", ".md", ".txt", ".csv", ".docx", ".xml"}:
                self.target.setText(str(path.parent / self.suggested_name()))
        else:
            ext = EXTENSIONS[self.fmt]
            if path.suffix.lower() in {".json", ".md", ".txt", ".csv", ".docx"}:
                self.target.setText(str(path.with_suffix(ext)))
            elif not path.suffix or path.is_dir():
                base = path if path.is_dir() else path.parent
                self.target.setText(str(base / self.suggested_name()))
        self._confirmed_target = ""
        self._update_export_button()

    def _update_summary(self) -> None:
        """What the export will write, in one line (counts from the issue or the range)."""
        fmt, n = self.fmt, self.issue_count()
        current = self.scope == self.CURRENT
        articles = len(self._issue.article_ids()) if current and self._issue is not None else 0
        if n == 0:
            text = self.tr("No archived issue is dated in that range.")
        elif fmt == "nitf":
            text = (self.tr("%n XML file(s), one per article, in this folder", "", articles) if current
                    else self.tr("One XML file per article of %n issue(s), in this folder", "", n))
        elif fmt == "docx" and n > 1:
            text = self.tr("%n Word document(s), one per issue, in this folder", "", n)
        elif current:
            text = self.tr("One file with %n article(s)", "", articles)
        else:
            text = self.tr("One file with %n issue(s)", "", n)
        self.summary.setText(text)

    def choose_target(self) -> None:
        # the module functions are looked up at call time so tests can patch them
        from . import export_dialog as patch

        current = self.target.text().strip() or str(Path(self._base_folder) / self.suggested_name())
        if self.wants_folder():
            start = str(Path(current).parent if not Path(current).is_dir() else Path(current))
            chosen = patch.choose_export_folder(self, start)
            if chosen:
                self.target.setText(chosen)
                self._custom_target = True
                self._confirmed_target = ""
        else:
            chosen = patch.choose_export_file(self, current, self._name_filter())
            if chosen:
                if not Path(chosen).suffix:
                    chosen += EXTENSIONS[self.fmt]
                self.target.setText(chosen)
                self._custom_target = True
                self._confirmed_target = chosen  # the file dialog asked about replacing it
        self._update_export_button()

    def _name_filter(self) -> str:
        ext = EXTENSIONS[self.fmt]
        all_files = self.tr("All files (*)")
        return f"{self.format_label(self.fmt)} (*{ext});;{all_files}"

    # --- preview ----------------------------------------------------------------------------------------------
    def preview_issue(self) -> Issue | None:
        """The current issue; in range mode the first archived issue of the range (loaded once)."""
        if self.scope == self.CURRENT:
            return self._issue
        ids = self.range_ids()
        if not ids or self._access is None:
            return None
        if self._range_issue_id != ids[0]:
            try:
                self._range_issue = self._access.load(ids[0])
            except archive_error_types() as exc:
                self._range_issue = None
                self.preview_title.setText(i18n.core_message(str(exc)))
            self._range_issue_id = ids[0]
            if self._range_issue is not None:
                self._range_issue.views()  # composed here, in the thread that owns it
        return self._range_issue

    def refresh_preview(self) -> None:
        """Build the preview of the chosen format in the background; the newest request wins."""
        self._preview_timer.stop()
        if self._preview_token is not None:
            self.tasks.cancel(self._preview_token)
            self._preview_token = None
        issue = self.preview_issue()
        fmt = self.fmt
        if issue is None:
            self._show_preview(Preview("text", ""), self.tr("Nothing to preview."))
            return
        if self.scope == self.RANGE:
            title = self.tr("Preview of the first issue in the range (%1)").replace("%1", issue.meta.date or "")
        else:
            title = self.tr("Preview of the issue on screen")
        issue.views()
        bom = self.csv_bom.isChecked()
        self.preview_title.setText(title + " — " + self.tr("building…"))
        self._preview_token = self.tasks.run(lambda: build_preview(issue, fmt, bom),
                                             lambda p: self._preview_done(p, title),
                                             self._preview_failed)

    def _preview_done(self, preview: Preview, title: str) -> None:
        self._preview_token = None
        note = {
            "first-article": self.tr("the first article's XML (every article gets a file like it)"),
            "shortened": self.tr("shortened here; the file holds everything"),
            "no-articles": self.tr("the issue has no articles"),
        }.get(preview.note, "")
        if self.fmt == "docx":
            note = self.tr("the document's paragraphs with their Word styles")
        self._show_preview(preview, f"{title} — {note}" if note else title)

    def _preview_failed(self, exc: BaseException) -> None:
        self._preview_token = None
        message = str(exc) if isinstance(exc, ExportError) else report_unexpected(exc)
        self._show_preview(Preview("text", ""), self.tr("No preview: %1").replace("%1", message))

    def _show_preview(self, preview: Preview, title: str) -> None:
        self.preview_title.setText(title)
        if preview.kind == "html":
            self.preview_html.setHtml(preview.content)
            self.preview_stack.setCurrentWidget(self.preview_html)
        else:
            structured = self.fmt in ("json", "csv", "nitf")
            self.preview_text.setFont(self._mono_font if structured else self._text_font)
            self.preview_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap if structured
                                              else QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.preview_text.setPlainText(preview.content)
            self.preview_stack.setCurrentWidget(self.preview_text)
        self.preview_changed.emit()

    def preview_content(self) -> str:
        """The preview as plain text (the DOCX outline without its markup)."""
        if self.preview_stack.currentWidget() is self.preview_html:
            return self.preview_html.toPlainText()
        return self.preview_text.toPlainText()

    @property
    def preview_busy(self) -> bool:
        return self._preview_token is not None or self._preview_timer.isActive()

    # --- exporting --------------------------------------------------------------------------------------------
    def _check_target(self) -> Path | None:
        text = self.target.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if self.wants_folder():
            if path.exists() and not path.is_dir():
                alerts.show_error(self, self.tr("“%1” is a file; this export writes a folder. Choose a folder.")
                                  .replace("%1", str(path)), self.tr("Cannot export"))
                return None
        else:
            if path.is_dir():
                alerts.show_error(self, self.tr("“%1” is a folder; give a file name.").replace("%1", str(path)),
                                  self.tr("Cannot export"))
                return None
            if not path.parent.is_dir():
                alerts.show_error(self, self.tr("The folder “%1” does not exist.").replace("%1", str(path.parent)),
                                  self.tr("Cannot export"))
                return None
            if path.exists() and str(path) != self._confirmed_target:
                from . import export_dialog as patch

                if not patch.confirm_overwrite(self, str(path)):
                    return None
        return path

    def start_export(self) -> int | None:
        """Check the destination and start writing in the background; the token of the task, or None."""
        if self._export_token is not None or self.issue_count() == 0:
            return None
        out = self._check_target()
        if out is None:
            return None
        fmt, bom = self.fmt, self.csv_bom.isChecked()
        self._cancel = threading.Event()
        if self.scope == self.RANGE:
            date_from, date_to = self.date_range()
            archive_path = self._access.path
            total = len(self.range_ids()) + 1
            self.progress.setRange(0, total)
            self.progress.setValue(0)
            cancel = self._cancel
            relay = self._relay

            def work() -> list[Path]:
                return export_range(archive_path, date_from, date_to, fmt, out, bom, relay.progressed.emit, cancel)
            count = total - 1
        else:
            issue = self._issue
            issue.views()
            self.progress.setRange(0, 0)

            def work() -> list[Path]:
                return export_issues([issue], fmt, out, csv_bom=bom)
            count = 1
        self._base_folder = str(out.parent)
        self._remember_choices()
        self._set_busy(True)
        self.status.setText(self.tr("Exporting %n issue(s)…", "", count))
        self._export_token = self.tasks.run(work, lambda paths: self._export_done(paths, fmt, out, count),
                                            self._export_error)
        return self._export_token

    def _on_progress(self, done: int, total: int, phase: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if phase == "load":
            self.status.setText(self.tr("Reading issue %1 of %2 from the archive…").replace("%1", str(done))
                                .replace("%2", str(total - 1)))
        elif phase == "write":
            self.status.setText(self.tr("Writing…"))
            self.cancel_button.setEnabled(False)  # the files are being written: too late to stop cleanly

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setVisible(not busy)
        for w in (self.scope_current, self.scope_range, self.date_from, self.date_to, *self.format_buttons.values(),
                  self.csv_bom, self.target, self.choose_button):
            w.setEnabled(not busy)
        if not busy:
            self.csv_bom.setEnabled(self.fmt == "csv")
            self.scope_current.setEnabled(self._issue is not None)
            self.scope_range.setEnabled(bool(self._summaries))
            for w in (self.date_from, self.date_to):
                w.setEnabled(self.scope == self.RANGE)
        self._update_export_button()

    def _export_done(self, paths: list[Path], fmt: str, out: Path, count: int) -> None:
        self._export_token = None
        self._set_busy(False)
        self.written = list(paths)
        if len(paths) == 1 and not needs_folder(fmt, count):
            where = self.tr("Exported %n issue(s) as %1 to:", "", count).replace("%1", self.format_label(fmt)) \
                + "\n" + str(paths[0])
        else:
            where = self.tr("Exported %n issue(s) as %1:", "", count).replace("%1", self.format_label(fmt)) \
                + "\n" + self.tr("%n file(s) in %1", "", len(paths)).replace("%1", str(out))
        self.status.setText(where.replace("\n", " "))
        self.export_finished.emit([str(p) for p in paths])
        alerts.show_info(self, where, self.tr("Export finished"))
        self.accept()

    def _export_error(self, exc: BaseException) -> None:
        self._export_token = None
        self._set_busy(False)
        if isinstance(exc, ExportCancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        message = self.error_message(exc)
        self.status.setText("")
        self.export_failed.emit(message)
        alerts.show_error(self, message, self.tr("Export failed"))

    def error_message(self, exc: BaseException) -> str:
        if isinstance(exc, (ExportError, WriteError)) or isinstance(exc, archive_error_types()):
            text = " ".join(str(exc).split())
            m = _WRITE_ERROR.match(text)
            if m:
                return self.tr("Cannot write %1: %2").replace("%1", m["a"]).replace("%2", m["b"])
            if text == "no archived issue is dated in that range":
                return self.tr("No archived issue is dated in that range.")
            return i18n.core_message(text)
        if isinstance(exc, OSError):
            where = exc.filename or self.target.text()
            return self.tr("Cannot write %1: %2").replace("%1", str(where)).replace("%2", exc.strerror or str(exc))
        return report_unexpected(exc)

    def cancel_export(self) -> None:
        if self._export_token is not None:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    @property
    def busy(self) -> bool:
        return self._export_token is not None

    def reject(self) -> None:
        if self._export_token is not None:
            self.cancel_export()
            return  # the dialog closes only once the worker has stopped (see _export_error)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._export_token is not None:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(style.em(self, 100), style.line_height(self, 40))


class _ProgressRelay(QObject):
    """Lives in the GUI thread; the worker emits on it, so the progress arrives queued, in the GUI thread."""

    progressed = Signal(int, int, str)
