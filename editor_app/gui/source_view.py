"""The read-only source text: blocks tinted by role, article rules and numbers in a margin, joins and doubts marked."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ..core.issue import Issue
from ..core.model import Block
from . import i18n, style

#: Source lines longer than this are shown as several display lines (QTextBlocks). Qt lays out a visible
#: QTextBlock whole, so one multi-megabyte line would hold the window for seconds (0.8 s per MB measured);
#: pieces of this size cost nothing, and with line wrapping they read like the wrapped line they are.
DISPLAY_LINE_LIMIT = 2000
_INSERT_PIECE = 1 << 18
_BREAK_AFTER = "。！？；，、：）”」』.!?;, "


def display_lines(text: str, limit: int = DISPLAY_LINE_LIMIT) -> tuple[str, list[int], set[int]]:
    """The text to show, the source offset where each display line starts, and the display lines that
    continue the line above (a long source line cut into pieces, preferably after punctuation).

    The pieces keep the text's characters in order: the display text is the source text with a line break
    added at each cut, and nothing else changes.
    """
    starts: list[int] = []
    continued: set[int] = set()
    pieces: list[str] = []
    pos = 0
    n = len(text)
    while True:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        while True:
            starts.append(pos)
            if end - pos <= limit:
                pieces.append(text[pos:end])
                break
            cut = pos + limit
            for k in range(cut, cut - limit // 10, -1):
                if text[k - 1] in _BREAK_AFTER:
                    cut = k
                    break
            pieces.append(text[pos:cut])
            pos = cut
            continued.add(len(starts))  # the next display line carries on this one
        if end >= n:
            break
        pos = end + 1
    if not continued:
        return text, starts, continued
    return "\n".join(pieces), starts, continued


@dataclass
class PreparedText:
    """An issue's text ready to show: the Qt document and the display-line maps (see `prepare_text`)."""

    document: QTextDocument
    line_starts: list[int]  # display line -> offset of its first character in the text
    continued: set[int]  # display lines that carry on the line above (a long line cut for display)
    line_block: list[int]  # display line -> issue block index, -1 for blank lines
    first_line: list[int]  # issue block -> its first display line
    last_line: list[int]


def prepare_text(text: str, font: QFont, spans: Iterable[tuple[int, int]] = ()) -> PreparedText:
    """Build the document the source view shows for `text`. Safe in a worker thread (QTextDocument is
    reentrant): a large issue's document is built next to its detection, so the GUI thread only swaps it in
    (10 MB: 0.05 s instead of 0.3 s). The document ends up in the application's thread. `spans`: the
    issue blocks' (start, end) offsets, mapped to display lines here too."""
    display, starts, continued = display_lines(text)
    line_block = [-1] * len(starts)
    first_line, last_line = [], []
    for index, (start, end) in enumerate(spans):
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, max(start, end - 1)) - 1
        first_line.append(first)
        last_line.append(last)
        for line in range(first, last + 1):
            line_block[line] = index
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setDefaultFont(font)
    document.setUndoRedoEnabled(False)
    # U+2029 would open a new QTextBlock and shift every line after it; U+2028 keeps the same length.
    display = display.replace("\u2029", "\u2028")
    # In pieces: one setPlainText of a large text holds Python's lock throughout (20 MB: 0.6 s, and the
    # window, in the GUI thread, waits for it); pieces of 256k characters hold it ~30 ms each.
    cursor = QTextCursor(document)
    for k in range(0, len(display), _INSERT_PIECE):
        cursor.insertText(display[k:k + _INSERT_PIECE])
    app = QCoreApplication.instance()
    if app is not None and document.thread() is not app.thread():
        document.moveToThread(app.thread())
    return PreparedText(document, starts, continued, line_block, first_line, last_line)


def issue_spans(issue: Issue) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in issue.blocks]


class ArticleMargin(QWidget):
    """The margin left of the source text (like a line-number area): article numbers and marks."""

    def __init__(self, view: SourceView):
        super().__init__(view)
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(self._view.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_margin(event)

    def mousePressEvent(self, event) -> None:
        self._view.margin_clicked(event.position().toPoint())


class SourceView(QPlainTextEdit):
    """Shows one issue's decoded text; every block tinted by its role; the cursor picks the selected block(s).

    Lines of the text are QTextBlocks one for one (the core splits on "\\n" only), so every mapping here goes
    through line numbers and never through character offsets (Qt counts UTF-16 units, Python code points).
    """

    blocks_selected = Signal(list)  # issue block indices under the cursor or selection (the editor picked them)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self.setCenterOnScroll(False)
        # Drops go to the main window (it opens dropped files), not into the text.
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self._margin = ArticleMargin(self)
        self._issue: Issue | None = None
        self._line_block: list[int] = []  # text line -> issue block index, -1 for blank lines
        self._first_line: list[int] = []  # issue block -> its first line
        self._last_line: list[int] = []
        self._join_gap: dict[int, int] = {}  # blank line -> the joined block below it
        self._article_number: dict[int, int] = {}  # first block index of an article -> its number (1-based)
        self._doubtful: set[int] = set()
        self._current_article: int | None = None
        self._selected: list[int] = []
        self._continued: set[int] = set()  # display lines that carry on a long source line (no break there)
        self._line_starts: list[int] = [0]  # display line -> offset of its first character in the issue text
        # Held as an attribute: Qt keeps only a reference, a temporary list would be collected under it.
        self._extra_selections: list[QTextEdit.ExtraSelection] = []
        self._placeholder = ""
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.selectionChanged.connect(self._on_cursor_moved)
        self.updateRequest.connect(self._on_update_request)
        self._update_margin_width()

    # --- feeding -----------------------------------------------------------------------------------------
    def _show_document(self, document: QTextDocument) -> None:
        """Show `document` (ours from now on); the one shown before is deleted."""
        old = self.document()
        ours = old is not document and old.parent() is self  # Qt deletes its own default document itself
        document.setDefaultFont(self.font())
        document.setParent(self)
        self.blockSignals(True)
        self.setDocument(document)
        self.blockSignals(False)
        if ours:
            old.deleteLater()

    def set_issue(self, issue: Issue | None, doubtful: Iterable[int] = (),
                  prepared: PreparedText | None = None) -> None:
        """Show `issue`; `prepared` is its text made ready by `prepare_text` (in a worker), else made here."""
        self._issue = issue
        self._selected = []
        self._current_article = None
        if issue is None:
            prepared = prepare_text("", self.font())
        elif prepared is None or len(prepared.first_line) != len(issue.blocks):
            prepared = prepare_text(issue.text, self.font(), issue_spans(issue))
        self._line_starts, self._continued = prepared.line_starts, prepared.continued
        self._line_block, self._first_line, self._last_line = (prepared.line_block, prepared.first_line,
                                                               prepared.last_line)
        self._show_document(prepared.document)
        if issue is None:
            self.refresh(())
            return
        self.refresh(doubtful)
        self._update_margin_width()
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)

    def refresh(self, doubtful: Iterable[int]) -> None:
        """Re-read roles, articles and joins from the issue (after any change) and repaint."""
        issue = self._issue
        self._doubtful = set(doubtful)
        self._article_number.clear()
        self._join_gap.clear()
        if issue is not None:
            seen: set[int] = set()
            for b in issue.blocks:
                if b.article is not None and b.article not in seen:
                    seen.add(b.article)
                    self._article_number[b.index] = len(seen)
                if b.continues_previous and b.index > 0:
                    for line in range(self._last_line[b.index - 1] + 1, self._first_line[b.index]):
                        self._join_gap[line] = b.index
        self._rebuild_extra_selections()
        self._update_margin_width()
        self.viewport().update()
        self._margin.update()

    def set_current_article(self, article_id: int | None) -> None:
        if article_id != self._current_article:
            self._current_article = article_id
            self.viewport().update()
            self._margin.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    # --- queries (also used by tests) ---------------------------------------------------------------------
    @property
    def selected_blocks(self) -> list[int]:
        return list(self._selected)

    def block_tint(self, block_index: int) -> QColor:
        """The tint the block is painted with (its role's)."""
        return style.role_tint(self._issue.blocks[block_index].role)

    def block_rect(self, block_index: int) -> QRect:
        """The block's rectangle in viewport coordinates (may be outside the visible area)."""
        first = self.document().findBlockByNumber(self._first_line[block_index])
        last = self.document().findBlockByNumber(self._last_line[block_index])
        offset = self.contentOffset()
        top = self.blockBoundingGeometry(first).translated(offset).top()
        bottom = self.blockBoundingGeometry(last).translated(offset).bottom()
        return QRectF(0, top, self.viewport().width(), bottom - top).toAlignedRect()

    def block_at_line(self, line: int) -> int:
        return self._line_block[line] if 0 <= line < len(self._line_block) else -1

    def article_number_at(self, block_index: int) -> int | None:
        return self._article_number.get(block_index)

    def is_join_gap(self, line: int) -> bool:
        return line in self._join_gap

    # --- moving -------------------------------------------------------------------------------------------
    def select_block(self, block_index: int, *, top: bool = False) -> None:
        """Put the cursor on a block (this selects it) and scroll it into view (to the top if asked)."""
        if self._issue is None or not 0 <= block_index < len(self._first_line):
            return
        text_block = self.document().findBlockByNumber(self._first_line[block_index])
        self.setTextCursor(QTextCursor(text_block))
        if top:
            # One line of context above the block, the rest of the view for the article.
            self._scroll_line_to_top(max(0, self._first_line[block_index] - 1))
        else:
            self.ensureCursorVisible()

    def _scroll_line_to_top(self, line: int) -> None:
        # With wrapping, the vertical scroll bar of QPlainTextEdit counts layout lines.
        text_block = self.document().findBlockByNumber(line)
        if text_block.isValid():
            self.verticalScrollBar().setValue(text_block.firstLineNumber())

    def show_article(self, article_id: int) -> None:
        if self._issue is None:
            return
        first = next((b.index for b in self._issue.blocks if b.article == article_id), None)
        if first is not None:
            self.select_block(first, top=True)

    # --- cursor -> blocks ------------------------------------------------------------------------------------
    def _blocks_for_lines(self, first: int, last: int) -> list[int]:
        out: list[int] = []
        for line in range(first, last + 1):
            ib = self.block_at_line(line)
            if ib >= 0 and (not out or out[-1] != ib):
                out.append(ib)
        if not out and self._line_block:
            # A blank line picks the block below it (else the one above).
            below = next((self._line_block[k] for k in range(last, len(self._line_block))
                          if self._line_block[k] >= 0), -1)
            above = next((self._line_block[k] for k in range(first, -1, -1) if self._line_block[k] >= 0), -1)
            pick = below if below >= 0 else above
            if pick >= 0:
                out.append(pick)
        return out

    def _on_cursor_moved(self) -> None:
        if self._issue is None:
            return
        cursor = self.textCursor()
        doc = self.document()
        if cursor.hasSelection():
            first = doc.findBlock(cursor.selectionStart()).blockNumber()
            end_block = doc.findBlock(cursor.selectionEnd())
            last = end_block.blockNumber()
            if cursor.selectionEnd() == end_block.position() and last > first:
                last -= 1  # a selection that ends at the start of a line does not take that line
        else:
            first = last = cursor.blockNumber()
        blocks = self._blocks_for_lines(first, last)
        if blocks != self._selected:
            self._selected = blocks
            self.viewport().update()
            self._margin.update()
            self.blocks_selected.emit(list(blocks))

    def margin_clicked(self, pos: QPoint) -> None:
        cursor = self.cursorForPosition(QPoint(0, pos.y()))
        self.setTextCursor(cursor)

    def _source_offset(self, position: int) -> int:
        """The offset in the issue's text (code points) of a document position (UTF-16 units)."""
        block = self.document().findBlock(position)
        line = block.blockNumber()
        start = self._line_starts[line]
        column16 = position - block.position()
        # Qt counts UTF-16 units; PySide gives str, so cut the prefix at the unit count, then count code points.
        units = block.text()[:column16].encode("utf-16-le")[: 2 * column16]
        return start + len(units.decode("utf-16-le", errors="ignore"))

    def selected_source_text(self) -> str:
        """The selected text exactly as it stands in the source (no break where a long line was cut for
        display, U+2029 kept as it was)."""
        cursor = self.textCursor()
        if self._issue is None or not cursor.hasSelection():
            return ""
        return self._issue.text[self._source_offset(cursor.selectionStart()):
                                self._source_offset(cursor.selectionEnd())]

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = QMimeData()
        mime.setText(self.selected_source_text())
        return mime

    # --- extra selections: doubtful decisions get a wavy underline ------------------------------------------
    def _rebuild_extra_selections(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._issue is not None:
            doc = self.document()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(style.WARNING))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            for ib in sorted(self._doubtful):
                first = doc.findBlockByNumber(self._first_line[ib])
                last = doc.findBlockByNumber(self._last_line[ib])
                cursor = QTextCursor(first)
                cursor.setPosition(last.position() + max(0, last.length() - 1), QTextCursor.MoveMode.KeepAnchor)
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
        self._extra_selections = selections
        self.setExtraSelections(self._extra_selections)

    # --- painting -------------------------------------------------------------------------------------------
    def _visible_lines(self, rect: QRect):
        """(line number, geometry in viewport coordinates) for each text line that meets `rect`."""
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        while block.isValid():
            geom = self.blockBoundingGeometry(block).translated(offset)
            if geom.top() > rect.bottom():
                break
            if geom.bottom() >= rect.top():
                yield block.blockNumber(), geom
            block = block.next()

    def paintEvent(self, event: QPaintEvent) -> None:
        issue = self._issue
        if issue is None:
            super().paintEvent(event)
            if self._placeholder:
                painter = QPainter(self.viewport())
                painter.setPen(QColor("#6b7785"))
                painter.drawText(self.viewport().rect().adjusted(style.em(self, 2), 0, -style.em(self, 2), 0),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder)
                painter.end()
            return
        width = self.viewport().width()
        lines = list(self._visible_lines(event.rect()))
        painter = QPainter(self.viewport())
        for line, geom in lines:
            ib = self._line_block[line] if line < len(self._line_block) else -1
            if ib >= 0:
                b = issue.blocks[ib]
                if b.role != "body":
                    painter.fillRect(QRectF(0, geom.top(), width, geom.height()), style.role_tint(b.role))
                if self._current_article is not None and b.article == self._current_article:
                    painter.fillRect(QRectF(0, geom.top(), style.em(self, 0.25), geom.height()), QColor(style.ACCENT))
        painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rule = QPen(QColor(style.ACCENT), max(2.0, style.em(self) / 6))
        join_pen = QPen(QColor(style.JOIN), 1.2, Qt.PenStyle.DashLine)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.75))
        for line, geom in lines:
            ib = self._line_block[line] if line < len(self._line_block) else -1
            if ib >= 0 and line == self._first_line[ib] and ib in self._article_number:
                painter.setPen(rule)
                y = geom.top() + rule.widthF() / 2
                painter.drawLine(QRectF(0, y, width, 0).topLeft(), QRectF(0, y, width, 0).topRight())
            if line in self._join_gap:
                painter.setPen(join_pen)
                y = geom.center().y()
                painter.drawLine(QRectF(style.em(self, 3), y, width, 0).topLeft(),
                                 QRectF(style.em(self, 3), y, width - style.em(self, 3), 0).topRight())
                painter.setFont(small)
                painter.setPen(QColor(style.JOIN))
                label = self.tr("joined: the paragraph continues")
                fm = QFontMetricsF(small)
                box = QRectF(width - fm.horizontalAdvance(label) - style.em(self, 1.5), geom.top(),
                             fm.horizontalAdvance(label) + style.em(self, 1), geom.height())
                painter.fillRect(box, self.palette().base())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        if self._selected:
            pen = QPen(QColor(style.ACCENT), max(1.5, style.em(self) / 8))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for ib in self._selected:
                rect = self.block_rect(ib)
                if rect.bottom() >= 0 and rect.top() <= self.viewport().height():
                    painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -2, -1), 3, 3)
        painter.end()

    def margin_width(self) -> int:
        fm = QFontMetricsF(self.font())
        return round(fm.horizontalAdvance("000") + 2 * fm.height() + style.em(self, 1.2))

    def _update_margin_width(self) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._margin.scroll(0, dy)
        else:
            self._margin.update(0, rect.y(), self._margin.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self._margin.setGeometry(QRect(cr.left(), cr.top(), self.margin_width(), cr.height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_margin_width()
            self._rebuild_extra_selections()

    def paint_margin(self, event: QPaintEvent) -> None:
        painter = QPainter(self._margin)
        painter.fillRect(event.rect(), QColor("#f3f5f7"))
        painter.setPen(QColor("#d5dbe1"))
        painter.drawLine(self._margin.width() - 1, event.rect().top(), self._margin.width() - 1,
                         event.rect().bottom())
        issue = self._issue
        if issue is None:
            painter.end()
            return
        fm = QFontMetricsF(self.font())
        size = round(fm.height() * 0.9)
        mw = self._margin.width()
        bold = QFont(self.font())
        bold.setBold(True)
        strip = style.em(self, 0.3)
        for line, geom in self._visible_lines(event.rect()):
            ib = self._line_block[line] if line < len(self._line_block) else -1
            if ib < 0:
                if line in self._join_gap:
                    painter.setPen(QPen(QColor(style.JOIN), 2))
                    x = mw - size - style.em(self, 0.4)
                    painter.drawLine(round(x + size / 2), round(geom.top()), round(x + size / 2), round(geom.bottom()))
                continue
            b: Block = issue.blocks[ib]
            # A strip in the role's colour, so roles read even where the tint is faint.
            painter.fillRect(QRectF(mw - strip - 1, geom.top(), strip, geom.height()), style.role_accent(b.role))
            if line != self._first_line[ib]:
                continue
            number = self._article_number.get(ib)
            if number is not None:
                current = b.article == self._current_article
                painter.setFont(bold)
                painter.setPen(QColor(style.ACCENT) if current else QColor("#37474f"))
                painter.drawText(QRectF(style.em(self, 0.3), geom.top(), fm.horizontalAdvance("000"),
                                        fm.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 str(number))
                painter.setPen(QPen(QColor(style.ACCENT), 2))
                painter.drawLine(0, round(geom.top()) + 1, mw, round(geom.top()) + 1)
            x = round(style.em(self, 0.3) + fm.horizontalAdvance("000") + style.em(self, 0.3))
            y = round(geom.top() + (fm.height() - size) / 2)
            if ib in self._doubtful:
                style.icon("warning").paint(painter, QRect(x, y, size, size))
            if b.continues_previous:
                style.icon("join").paint(painter, QRect(x + size, y, size, size))
            elif b.edited:
                style.icon("edited").paint(painter, QRect(x + size, y, size, size))
        painter.end()

    # --- tooltips --------------------------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._issue is not None:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            line = self.cursorForPosition(help_event.pos()).blockNumber()
            ib = self.block_at_line(line)
            if ib >= 0:
                QToolTip.showText(help_event.globalPos(), self.block_description(ib), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def block_description(self, ib: int) -> str:
        b = self._issue.blocks[ib]
        lines = [self.tr("Block %1: %2").replace("%1", str(ib + 1)).replace("%2", i18n.role_label(b.role))]
        if b.role != b.detected_role:
            lines.append(self.tr("Detected as: %1").replace("%1", i18n.role_label(b.detected_role)))
        lines.append(self.tr("Confidence: %1").replace("%1", f"{b.confidence:.2f}"))
        if b.continues_previous:
            lines.append(self.tr("Joined to the paragraph before"))
        if b.reason:
            lines.append(self.tr("Why: %1").replace("%1", b.reason))
        return "\n".join(lines)
