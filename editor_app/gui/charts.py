"""Charts of report tables drawn with QPainter on a QImage (no QtCharts): bars of totals, lines over periods."""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen

from ..core.atomic import atomic_write_bytes
from ..core.reports import ReportTable

# Simplified Chinese families first: in the C locale Qt otherwise picks the Japanese glyph variants.
CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "PingFang SC",
    "Hiragino Sans GB", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC", "SimHei", "SimSun",
)
# Tableau 10: distinct, readable on white, and kind to the common colour-vision deficiencies.
PALETTE: tuple[str, ...] = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                            "#ff9da7", "#9c755f", "#bab0ac")
INK = QColor("#222222")
MUTED = QColor("#666666")
GRID = QColor("#e3e3e3")
AXIS = QColor("#999999")
CHART_KINDS: tuple[str, ...] = ("auto", "bar", "line")

_app: QGuiApplication | None = None  # kept alive for the process when this module had to create it


def ensure_gui_application() -> QGuiApplication:
    """The running application object, or a new one (offscreen when there is no display), for drawing text."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # else Qt aborts the process without a display
    # a QApplication, not a bare QGuiApplication: widgets made later in this process (tests, the window)
    # need one, and only one application object can ever exist
    from PySide6.QtWidgets import QApplication

    _app = QApplication([sys.argv[0] if sys.argv else "editor-app"])
    return _app


def chart_font(pixel_size: float, bold: bool = False) -> QFont:
    """A sans font of `pixel_size` pixels with the installed Simplified Chinese families first."""
    available = set(QFontDatabase.families())
    font = QFont()
    families = [f for f in CJK_FAMILIES if f in available]
    font.setFamilies(families + [f for f in font.families() if f not in families])
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def nice_step(largest: float, ticks: int = 5) -> int:
    """A round step (1, 2 or 5 times a power of ten, at least 1) for about `ticks` steps up to `largest`."""
    if largest <= 0:
        return 1
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return max(1, int(m * power))
    return max(1, int(10 * power))


def series_color(k: int) -> QColor:
    """The colour of the k-th series (rows beyond the palette reuse it, lighter)."""
    color = QColor(PALETTE[k % len(PALETTE)])
    return color.lighter(100 + 25 * (k // len(PALETTE)))


def _elide(fm: QFontMetricsF, text: str, width: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(1.0, width))


def render_chart(table: ReportTable, kind: str = "auto", width: int = 1200, height: int = 720, top: int = 8,
                 title: str | None = None, colors: dict[str, str] | None = None) -> QImage:
    """The table drawn as a chart on a white QImage of `width` x `height` pixels.

    `kind`: "bar" (horizontal bars of each row's total, best for reporters and sections), "line" (one line per
    row over the periods, with a legend) or "auto" (lines when there are two periods or more). At most `top`
    rows are drawn, with a note saying how many there are. `colors` gives rows their own colour (#rrggbb; e.g.
    each campaign's); the others take the palette. Needs a QGuiApplication (made offscreen if missing).
    """
    if kind not in CHART_KINDS:
        raise ValueError(f"charts are {', '.join(CHART_KINDS)}, not {kind!r}")
    ensure_gui_application()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        unit = min(width / 60.0, height / 36.0)  # every size follows the image size
        title_font = chart_font(unit * 1.25, bold=True)
        painter.setFont(title_font)
        painter.setPen(INK)
        title_fm = QFontMetricsF(title_font)
        margin = unit * 1.2
        painter.drawText(QRectF(margin, margin * 0.6, width - 2 * margin, title_fm.height() * 1.2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elide(title_fm, title or table.title, width - 2 * margin))
        area = QRectF(margin, margin * 0.6 + title_fm.height() * 1.8, width - 2 * margin,
                      height - margin * 1.6 - title_fm.height() * 1.8)
        if table.empty or table.total == 0:
            painter.setFont(chart_font(unit))
            painter.setPen(MUTED)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("Charts", "no articles in this range"))
        elif kind == "bar" or (kind == "auto" and len(table.columns) < 2):
            _draw_bars(painter, table, area, unit, top, colors or {})
        else:
            _draw_lines(painter, table, area, unit, top, colors or {})
    finally:
        painter.end()
    return image


def _row_color(label: str, k: int, colors: dict[str, str]) -> QColor:
    color = QColor(colors.get(label, ""))
    return color if color.isValid() else series_color(k)


def _draw_bars(painter: QPainter, table: ReportTable, area: QRectF, unit: float, top: int,
               colors: dict[str, str]) -> None:
    font = chart_font(unit * 0.9)
    fm = QFontMetricsF(font)
    painter.setFont(font)
    # the rest are not summed into one bar: it would dwarf the bars the chart is about
    rows = table.rows[:top] if top > 0 else table.rows
    totals = table.row_totals()[:len(rows)]
    label_w = min(area.width() * 0.3, max(fm.horizontalAdvance(r) for r in rows) + unit)
    axis_h = fm.height() * 2.6
    plot = QRectF(area.left() + label_w, area.top(), area.width() - label_w - unit * 3, area.height() - axis_h)
    step = nice_step(max(totals))
    top_value = step * math.ceil(max(totals) / step)
    # grid and axis ticks
    for k in range(0, top_value // step + 1):
        x = plot.left() + plot.width() * (k * step) / top_value
        painter.setPen(QPen(GRID if k else AXIS, 1))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(MUTED)
        painter.drawText(QRectF(x - unit * 3, plot.bottom() + fm.height() * 0.2, unit * 6, fm.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(k * step))
    painter.setPen(INK)
    painter.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 1.4, plot.width(), fm.height() * 1.2),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                     QCoreApplication.translate("Charts", "articles"))
    if len(table.rows) > len(rows):
        painter.setPen(MUTED)
        painter.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 1.4, plot.width() + unit * 3,
                                fm.height() * 1.2), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         _top_note(len(rows), len(table.rows)))
    slot = plot.height() / len(rows)
    bar_h = min(slot * 0.7, unit * 2.2)
    for k, (label, total) in enumerate(zip(rows, totals)):
        y = plot.top() + slot * k + (slot - bar_h) / 2
        w = plot.width() * total / top_value
        color = _row_color(label, 0, colors)
        painter.fillRect(QRectF(plot.left(), y, w, bar_h), color)
        painter.setPen(INK)
        painter.drawText(QRectF(area.left(), y, label_w - unit * 0.6, bar_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         _elide(fm, label, label_w - unit * 0.6))
        painter.drawText(QRectF(plot.left() + w + unit * 0.4, y, unit * 4, bar_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(total))
    painter.setPen(QPen(AXIS, 1))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))


def _draw_lines(painter: QPainter, table: ReportTable, area: QRectF, unit: float, top: int,
                colors: dict[str, str]) -> None:
    font = chart_font(unit * 0.85)
    fm = QFontMetricsF(font)
    painter.setFont(font)
    rows = table.rows[:top] if top > 0 else table.rows
    counts = table.counts[:len(rows)]
    # wide enough for the entries as drawn ("name (total)", after a swatch) and the "top n of m" note
    legend_w = min(area.width() * 0.28,
                   max([fm.horizontalAdvance(f"{r} ({sum(c)})") + unit * 2.2 for r, c in zip(rows, counts)]
                       + [fm.horizontalAdvance(_top_note(len(rows), len(table.rows)))]) + unit)
    largest = max(max(r) for r in counts) or 1
    step = nice_step(largest)
    top_value = step * math.ceil(largest / step)
    y_label_w = fm.horizontalAdvance(str(top_value)) + unit * 2.2
    axis_h = fm.height() * 3.0
    plot = QRectF(area.left() + y_label_w, area.top() + fm.height() * 0.5,
                  area.width() - y_label_w - legend_w - unit, area.height() - axis_h - fm.height() * 0.5)
    # y grid, ticks and label
    for k in range(0, top_value // step + 1):
        y = plot.bottom() - plot.height() * (k * step) / top_value
        painter.setPen(QPen(GRID if k else AXIS, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(QRectF(plot.left() - y_label_w, y - fm.height() / 2, y_label_w - unit * 0.5, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(k * step))
    painter.save()
    painter.setPen(INK)
    painter.translate(area.left() + fm.height() * 0.6, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()),
                     Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("Charts", "articles"))
    painter.restore()
    # x ticks: as many period labels as fit
    n = len(table.columns)
    xs = [plot.left() + (plot.width() * (k + 0.5) / n) for k in range(n)]
    label_w = max(fm.horizontalAdvance(c) for c in table.columns) + unit
    every = max(1, math.ceil(label_w / (plot.width() / n)))
    painter.setPen(MUTED)
    for k, (x, col) in enumerate(zip(xs, table.columns)):
        if k % every:
            continue
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + unit * 0.3))
        painter.drawText(QRectF(x - label_w / 2, plot.bottom() + unit * 0.4, label_w, fm.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, col)
    painter.setPen(INK)
    per = {"week": QCoreApplication.translate("Charts", "week (ISO)"),
           "month": QCoreApplication.translate("Charts", "month")}.get(table.by) \
        or QCoreApplication.translate("Charts", "period")
    painter.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 1.6, plot.width(), fm.height() * 1.2),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, per)
    # the lines, the biggest drawn last (on top)
    dot = max(2.0, unit * 0.22) if n <= 40 else 0.0
    palette = [_row_color(label, k, colors) for k, label in enumerate(rows)]
    for k in reversed(range(len(rows))):
        color = palette[k]
        pts = [QPointF(x, plot.bottom() - plot.height() * v / top_value) for x, v in zip(xs, counts[k])]
        painter.setPen(QPen(color, max(1.5, unit * 0.16), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPolyline(pts)
        if dot:
            painter.setBrush(color)
            for p in pts:
                painter.drawEllipse(p, dot, dot)
            painter.setBrush(Qt.BrushStyle.NoBrush)
    # legend
    lx = plot.right() + unit * 1.2
    row_h = fm.height() * 1.35
    painter.setPen(INK)
    for k, label in enumerate(rows):
        y = plot.top() + row_h * k
        if y + row_h > plot.bottom() + axis_h:
            break
        painter.fillRect(QRectF(lx, y + row_h * 0.3, unit * 1.2, row_h * 0.4), palette[k])
        text = f"{label} ({sum(counts[k])})"
        painter.drawText(QRectF(lx + unit * 1.6, y, legend_w - unit * 1.6, row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elide(fm, text, legend_w - unit * 1.6))
    if len(table.rows) > len(rows):
        painter.setPen(MUTED)
        y = plot.top() + row_h * len(rows)
        painter.drawText(QRectF(lx, y, legend_w, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _top_note(len(rows), len(table.rows)))


def _top_note(shown: int, total: int) -> str:
    return QCoreApplication.translate("Charts", "top %1 of %2").replace("%1", str(shown)).replace("%2", str(total))


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def save_chart(table: ReportTable, path: str | os.PathLike[str], kind: str = "auto", width: int = 1200,
               height: int = 720, top: int = 8, colors: dict[str, str] | None = None) -> Path:
    """Draw the table (see render_chart) and write it as a PNG at `path`, atomically; returns the path.

    Raises atomic.WriteError when the file cannot be written.
    """
    atomic_write_bytes(path, png_bytes(render_chart(table, kind, width, height, top, colors=colors)))
    return Path(path)
