"""The inspector of the selected article: editable fields, bylines, campaign tags, review status, a clean preview."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from ..core.model import BYLINE_ROLES, REVIEW_STATES, ArticleView, Byline
from . import i18n, style

TEXT_FIELDS: tuple[str, ...] = ("banner", "kicker", "headline", "subtitle", "dateline", "page")


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them (Qt's flow layout example), for campaign tags."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and row_height > 0:
                x, y, row_height = rect.x(), y + row_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class BylinesEditor(QWidget):
    """Rows of byline role + name (with a completer from the people roster); add and remove rows."""

    bylines_changed = Signal(list)  # [{"role", "name"}]: the editor committed a change

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple[QWidget, QComboBox, QLineEdit]] = []
        self._roster = QStringListModel(self)
        self._completer = QCompleter(self._roster, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.line_height(self, 0.2))
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(style.line_height(self, 0.2))
        layout.addLayout(self._rows_layout)
        self.add_button = QToolButton(self)
        self.add_button.setIcon(style.icon("add"))
        self.add_button.setText(self.tr("Add byline"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self.add_row)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_roster(self, names: Iterable[str]) -> None:
        self._roster.setStringList(sorted(set(names)))

    def roster(self) -> list[str]:
        """The names the completer offers."""
        return self._roster.stringList()

    def values(self) -> list[dict[str, str]]:
        return [{"role": combo.currentData(), "name": edit.text().strip()} for _w, combo, edit in self._rows
                if edit.text().strip()]

    def set_bylines(self, bylines: Sequence[Byline]) -> None:
        wanted = [{"role": b.role, "name": b.name} for b in bylines]
        if wanted == self.values():
            return  # keeps a row being typed into, and its focus
        while self._rows:
            self._remove_row_widget(self._rows[-1][0])
        for b in bylines:
            self._make_row(b.role, b.name)

    def _make_row(self, role: str, name: str) -> QLineEdit:
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        combo = QComboBox(row)
        for r in BYLINE_ROLES:
            combo.addItem(i18n.byline_role_label(r), r)
        combo.setCurrentIndex(max(0, combo.findData(role)))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        edit = QLineEdit(name, row)
        edit.setCompleter(self._completer)
        edit.setPlaceholderText(self.tr("Name"))
        remove = QToolButton(row)
        remove.setIcon(style.icon("remove"))
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this byline"))
        h.addWidget(combo)
        h.addWidget(edit, 1)
        h.addWidget(remove)
        combo.activated.connect(lambda _i: self._commit())
        edit.editingFinished.connect(self._commit)
        remove.clicked.connect(lambda: self._remove_and_commit(row))
        self._rows.append((row, combo, edit))
        self._rows_layout.addWidget(row)
        return edit

    def add_row(self) -> QLineEdit:
        edit = self._make_row("reporter", "")
        edit.setFocus()
        return edit

    def focus_first(self) -> None:
        if self._rows:
            self._rows[0][2].setFocus()
            self._rows[0][2].selectAll()
        else:
            self.add_row()

    def _remove_row_widget(self, row: QWidget) -> None:
        for k, (w, _c, _e) in enumerate(self._rows):
            if w is row:
                del self._rows[k]
                break
        row.hide()
        row.deleteLater()

    def _remove_and_commit(self, row: QWidget) -> None:
        self._remove_row_widget(row)
        self._commit()

    def _commit(self) -> None:
        self.bylines_changed.emit(self.values())


class CampaignEditor(QWidget):
    """Campaign tags as chips (click to remove) and an entry with a completer from the registry."""

    add_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._colors: dict[str, str] = {}
        self._alias_to_name: dict[str, str] = {}
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._chip_area = QWidget(self)
        self._flow = FlowLayout(self._chip_area, spacing=style.em(self, 0.3))
        layout.addWidget(self._chip_area)
        entry_row = QHBoxLayout()
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Add a campaign tag (a new name creates a campaign)…"))
        self._known = QStringListModel(self)
        completer = QCompleter(self._known, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)
        self.entry.returnPressed.connect(self._add_from_entry)
        add = QToolButton(self)
        add.setIcon(style.icon("tag"))
        add.setText(self.tr("Tag"))
        add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add.clicked.connect(self._add_from_entry)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(add)
        layout.addLayout(entry_row)

    def set_known(self, names: Sequence[str], colors: dict[str, str], aliases: dict[str, str]) -> None:
        self._colors = dict(colors)
        self._alias_to_name = dict(aliases)
        self._known.setStringList(sorted(set(names) | set(aliases)))

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_campaigns(self, campaigns: Sequence[str], reasons: dict[str, str]) -> None:
        if list(campaigns) == self._tags and self._chips:
            return
        self._tags = list(campaigns)
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self._chips = []
        for name in campaigns:
            chip = QToolButton(self._chip_area)
            chip.setText(name)
            chip.setIcon(style.icon("remove"))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the ✕ after the name
            tip = self.tr("Click to remove the tag")
            if reasons.get(name):
                tip = self.tr("Found by: %1").replace("%1", reasons[name]) + "\n" + tip
            if name not in self._colors:
                tip = self.tr("A campaign the registry does not know yet") + "\n" + tip
            chip.setToolTip(tip)
            color = QColor(self._colors.get(name) or "#607d8b")
            chip.setStyleSheet(
                f"QToolButton {{ background: {color.lighter(185).name()}; border: 1px solid {color.name()};"
                f" border-radius: {style.em(self, 0.5)}px; padding: 1px {style.em(self, 0.4)}px; }}")
            chip.clicked.connect(lambda _c=False, n=name: self.remove_requested.emit(n))
            self._flow.addWidget(chip)
            self._chips.append(chip)
        self._chip_area.setVisible(bool(campaigns))
        self._chip_area.updateGeometry()

    def resolve(self, text: str) -> str:
        text = text.strip()
        return self._alias_to_name.get(text, text)

    def _add_from_entry(self) -> None:
        name = self.resolve(self.entry.text())
        if name:
            self.entry.clear()
            self.add_requested.emit(name)


class ArticleInspector(QWidget):
    """Shows one article (addressed by id) and turns the editor's changes into requests for the main window."""

    field_edit_requested = Signal(int, str, object)
    field_revert_requested = Signal(int, str)
    article_revert_requested = Signal(int)
    status_change_requested = Signal(int, str)
    campaign_add_requested = Signal(int, str)
    campaign_remove_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._view: ArticleView | None = None
        self._preview_html = ""
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QLineEdit] = {}
        self.revert_buttons: dict[str, QToolButton] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(style.em(self, 0.5), style.line_height(self, 0.3), style.em(self, 0.5), 0)
        self.title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.title, 1)
        header.addWidget(QLabel(self.tr("Review:"), self))
        self.status_combo = QComboBox(self)
        for s in REVIEW_STATES:
            self.status_combo.addItem(style.icon(f"status-{s}"), i18n.status_label(s), s)
        self.status_combo.activated.connect(self._on_status_activated)
        header.addWidget(self.status_combo)
        self.revert_article_button = QToolButton(self)
        self.revert_article_button.setIcon(style.icon("revert"))
        self.revert_article_button.setText(self.tr("Revert article"))
        self.revert_article_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.revert_article_button.setToolTip(self.tr("Every field and block of this article back to what "
                                                      "detection found"))
        self.revert_article_button.clicked.connect(self._on_revert_article)
        header.addWidget(self.revert_article_button)
        outer.addLayout(header)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.splitter = split
        form_host = QWidget()
        grid = QGridLayout(form_host)
        grid.setContentsMargins(style.em(self, 0.5), style.line_height(self, 0.3), style.em(self, 0.5),
                                style.line_height(self, 0.3))
        grid.setVerticalSpacing(style.line_height(self, 0.3))
        grid.setColumnStretch(1, 1)
        row = 0
        for name in ("banner", "kicker", "headline", "subtitle", "dateline", "section", "page"):
            label = QLabel(i18n.field_label(name), form_host)
            self.labels[name] = label
            if name == "section":
                self.section_combo = QComboBox(form_host)
                self.section_combo.setEditable(True)
                self.section_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                self.section_combo.lineEdit().setPlaceholderText(self.tr("Choose or type a section"))
                self.section_combo.activated.connect(lambda _i: self._commit_section())
                self.section_combo.lineEdit().editingFinished.connect(self._commit_section)
                editor: QWidget = self.section_combo
            else:
                line = QLineEdit(form_host)
                line.editingFinished.connect(lambda n=name: self._commit_text(n))
                self.editors[name] = line
                editor = line
                if name == "page":
                    line.setMaximumWidth(style.em(self, 6))
            label.setBuddy(editor)
            grid.addWidget(label, row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(self._revert_button(name, form_host), row, 2)
            row += 1
            if name == "section":
                grid.addWidget(self._build_section_hint(form_host), row, 1)
                row += 1
        self.labels["bylines"] = QLabel(i18n.field_label("bylines"), form_host)
        grid.addWidget(self.labels["bylines"], row, 0, Qt.AlignmentFlag.AlignTop)
        self.bylines = BylinesEditor(form_host)
        self.bylines.bylines_changed.connect(self._on_bylines_changed)
        grid.addWidget(self.bylines, row, 1)
        grid.addWidget(self._revert_button("bylines", form_host), row, 2, Qt.AlignmentFlag.AlignTop)
        row += 1
        self.labels["campaigns"] = QLabel(i18n.field_label("campaigns"), form_host)
        grid.addWidget(self.labels["campaigns"], row, 0, Qt.AlignmentFlag.AlignTop)
        self.campaigns = CampaignEditor(form_host)
        self.campaigns.add_requested.connect(self._on_campaign_add)
        self.campaigns.remove_requested.connect(self._on_campaign_remove)
        grid.addWidget(self.campaigns, row, 1)
        grid.addWidget(self._revert_button("campaigns", form_host), row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(row + 1, 1)
        scroll = QScrollArea(split)
        scroll.setWidget(form_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(style.em(self, 22))

        preview_host = QWidget(split)
        pv = QVBoxLayout(preview_host)
        pv.setContentsMargins(0, 0, 0, 0)
        preview_label = QLabel(self.tr("Preview of the cleaned article"), preview_host)
        preview_label.setStyleSheet("color: #52606d;")
        pv.addWidget(preview_label)
        self.preview = QTextBrowser(preview_host)
        self.preview.setOpenLinks(False)
        self.preview.setMinimumWidth(style.em(self, 16))
        pv.addWidget(self.preview, 1)
        split.addWidget(scroll)
        split.addWidget(preview_host)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        self.set_view(None)

    def _build_section_hint(self, parent: QWidget) -> QWidget:
        """'Suggested: 要闻 (82%) [Use]' under the section field, for articles no page header places."""
        host = QWidget(parent)
        h = QHBoxLayout(host)
        h.setContentsMargins(0, 0, 0, 0)
        self.section_hint = QLabel(host)
        self.section_hint.setStyleSheet("color: #52606d;")
        self.section_accept = QToolButton(host)
        self.section_accept.setIcon(style.icon("section"))
        self.section_accept.setText(self.tr("Use it"))
        self.section_accept.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.section_accept.setAutoRaise(True)
        self.section_accept.clicked.connect(self._on_accept_section)
        h.addWidget(self.section_hint)
        h.addWidget(self.section_accept)
        h.addStretch(1)
        host.hide()
        self._section_hint_host = host
        return host

    def _show_section_suggestion(self, view: ArticleView | None) -> None:
        suggestion = view.section_suggestion if view is not None and not view.section else None
        self._section_hint_host.setVisible(suggestion is not None)
        if suggestion is None:
            return
        name, confidence = suggestion
        self.section_hint.setText(self.tr("Suggested: %1 (confidence %2%)").replace("%1", name)
                                  .replace("%2", str(round(confidence * 100))))
        self.section_hint.setToolTip(self.tr("No page header gives this article a section; the archive's "
                                             "reviewed articles suggest this one."))
        self.section_accept.setToolTip(self.tr("Set the section to %1").replace("%1", name))

    def _on_accept_section(self) -> None:
        view = self._view
        if view is not None and view.section_suggestion is not None:
            self.field_edit_requested.emit(view.id, "section", view.section_suggestion[0])

    def _revert_button(self, name: str, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setIcon(style.icon("revert"))
        button.setAutoRaise(True)
        button.clicked.connect(lambda _c=False, n=name: self._on_revert_field(n))
        self.revert_buttons[name] = button
        return button

    # --- feeding -------------------------------------------------------------------------------------------
    @property
    def article_id(self) -> int | None:
        return self._view.id if self._view is not None else None

    def set_context(self, *, sections: Sequence[str], roster: Iterable[str], campaigns: Sequence[str],
                    colors: dict[str, str], aliases: dict[str, str]) -> None:
        current = self.section_combo.currentText()
        self.section_combo.blockSignals(True)
        self.section_combo.clear()
        self.section_combo.addItems(list(sections))
        self.section_combo.setEditText(current)
        self.section_combo.blockSignals(False)
        self.bylines.set_roster(roster)
        self.campaigns.set_known(campaigns, colors, aliases)

    def set_view(self, view: ArticleView | None, total: int = 0) -> None:
        article_changed = (view.id if view else None) != self.article_id
        self._view = view
        enabled = view is not None
        for w in (self.status_combo, self.revert_article_button, self.section_combo, self.bylines, self.campaigns,
                  *self.editors.values()):
            w.setEnabled(enabled)
        if view is None:
            self.title.setText(self.tr("No article selected"))
            for edit in self.editors.values():
                edit.clear()
            self.section_combo.setEditText("")
            self.bylines.set_bylines([])
            self.campaigns.set_campaigns([], {})
            hint = self.tr("Select an article to see it.")
            self._preview_html = f"<p style='color:#6b7785'>{html.escape(hint)}</p>"
            self.preview.setHtml(self._preview_html)
            for b in self.revert_buttons.values():
                b.setEnabled(False)
            self._show_section_suggestion(None)
            return
        self.title.setText(self.tr("Article %1 of %2").replace("%1", str(view.position + 1))
                           .replace("%2", str(total)))
        for name, edit in self.editors.items():
            value = getattr(view, name) or ""
            if edit.text() != value or article_changed:
                edit.setText(value)
                edit.setCursorPosition(0)
        if self.section_combo.currentText() != (view.section or "") or article_changed:
            self.section_combo.setEditText(view.section or "")
        self._show_section_suggestion(view)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(view.status)))
        if article_changed:
            self.bylines.set_bylines([])  # fresh rows for another article
        self.bylines.set_bylines(view.bylines)
        self.campaigns.set_campaigns(view.campaigns, view.campaign_reasons)
        self._mark_edited(view)
        # Chinese paragraphs open with a two-character indent
        preview = preview_html(view, self.preview.fontMetrics().horizontalAdvance("中中"))
        if preview != self._preview_html:  # a new layout of a long article is the costly part
            self._preview_html = preview
            self.preview.setHtml(preview)

    def _mark_edited(self, view: ArticleView) -> None:
        for name, label in self.labels.items():
            edited = name in view.edited_fields
            text = i18n.field_label(name)
            label.setText(f"● {text}" if edited else text)
            sheet = f"color: {style.ACCENT}; font-weight: bold;" if edited else ""
            if label.styleSheet() != sheet:  # re-polishing a widget costs; most edits change no mark
                label.setStyleSheet(sheet)
            detected = _display_value(view.detected.get(name))
            label.setToolTip(self.tr("Edited. Detected: %1").replace("%1", detected or self.tr("(empty)"))
                             if edited else "")
            button = self.revert_buttons[name]
            button.setEnabled(edited)
            button.setToolTip(self.tr("Revert to the detected value: %1").replace("%1", detected or self.tr("(empty)"))
                              if edited else self.tr("Not edited"))

    def focus_field(self, name: str) -> None:
        if name == "bylines":
            self.bylines.focus_first()
        elif name == "campaigns":
            self.campaigns.entry.setFocus()
        elif name == "section":
            self.section_combo.setFocus()
            self.section_combo.lineEdit().selectAll()
        elif name in self.editors:
            self.editors[name].setFocus()
            self.editors[name].selectAll()

    # --- the editor's changes -> requests -----------------------------------------------------------------
    def _commit_text(self, name: str) -> None:
        if self._view is None:
            return
        value = self.editors[name].text().strip() or None
        if value != (getattr(self._view, name) or None):
            self.field_edit_requested.emit(self._view.id, name, value)

    def _commit_section(self) -> None:
        if self._view is None:
            return
        value = self.section_combo.currentText().strip() or None
        if value != (self._view.section or None):
            self.field_edit_requested.emit(self._view.id, "section", value)

    def _on_bylines_changed(self, values: list) -> None:
        if self._view is not None and values != [b.to_dict() for b in self._view.bylines]:
            self.field_edit_requested.emit(self._view.id, "bylines", values)

    def _on_campaign_add(self, name: str) -> None:
        if self._view is not None:
            self.campaign_add_requested.emit(self._view.id, name)

    def _on_campaign_remove(self, name: str) -> None:
        if self._view is not None:
            self.campaign_remove_requested.emit(self._view.id, name)

    def _on_status_activated(self, index: int) -> None:
        if self._view is not None:
            status = self.status_combo.itemData(index)
            if status != self._view.status:
                self.status_change_requested.emit(self._view.id, status)

    def _on_revert_field(self, name: str) -> None:
        if self._view is not None:
            self.field_revert_requested.emit(self._view.id, name)

    def _on_revert_article(self) -> None:
        if self._view is not None:
            self.article_revert_requested.emit(self._view.id)

    def sizeHint(self) -> QSize:
        return QSize(style.em(self, 40), style.line_height(self, 16))

    def minimumSizeHint(self) -> QSize:
        return QSize(style.em(self, 20), style.line_height(self, 6))


def _display_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(v.name if isinstance(v, Byline) else (v.get("name", "") if isinstance(v, dict) else str(v))
                        for v in value)
    return str(value)


PREVIEW_CHARS = 20_000


def preview_html(view: ArticleView, indent_px: int = 28) -> str:
    """The article as the cleaned export reads: head, bylines, rejoined paragraphs, subheads, captions."""
    e = html.escape
    out = ["<div style='line-height:150%'>"]
    if view.banner:
        out.append(f"<p style='color:#7b3fb5;margin:0'>{e(view.banner)}</p>")
    if view.kicker:
        out.append(f"<p style='color:#8a5a14;margin:0'>{e(view.kicker)}</p>")
    out.append(f"<h2 style='margin:2px 0'>{e(view.headline or '')}</h2>")
    if view.subtitle:
        out.append(f"<p style='color:#52606d;margin:0'>{e(view.subtitle)}</p>")
    if view.bylines:
        names = "　".join(f"{e(i18n.byline_role_label(b.role))} {e(b.name)}" for b in view.bylines)
        out.append(f"<p style='color:#2e7d32;font-size:small'>{names}</p>")
    if view.dateline:
        out.append(f"<p style='color:#52606d;font-size:small'>{e(view.dateline)}</p>")
    budget = PREVIEW_CHARS  # the preview is for reading; a multi-megabyte paragraph would freeze its layout
    for kind, text in view.body:
        if budget <= 0:
            out.append("<p style='color:#8a94a0'>…</p>")
            break
        if len(text) > budget:
            text = text[:budget] + "…"
        budget -= len(text)
        if kind == "subhead":
            out.append(f"<p style='font-weight:bold;margin-top:8px'>{e(text)}</p>")
        elif kind == "caption":
            out.append(f"<p style='color:#5b4a9e;font-style:italic;font-size:small'>▲ {e(text)}</p>")
        elif kind == "credit":
            out.append(f"<p style='color:#8a94a0;font-size:small'>{e(text)}</p>")
        else:
            out.append(f"<p style='margin-top:4px;text-indent:{indent_px}px'>{e(text)}</p>")
    out.append("</div>")
    return "".join(out)
