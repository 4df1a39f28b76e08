"""How the workbench looks: SVG icons, role tints and keys, the CJK font fallback, sizes from font metrics."""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QIcon
from PySide6.QtWidgets import QWidget

from ..core.paths import resource_path

# Simplified Chinese families first: in the C locale Qt otherwise picks the Japanese glyph variants.
CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "PingFang SC",
    "Hiragino Sans GB", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC", "SimSun",
)
CJK_SERIF_FAMILIES: tuple[str, ...] = ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC")

# Tints are light enough that black text stays readable on each; the border colour marks the role in margins.
ROLE_TINTS: dict[str, str] = {
    "banner": "#eadcf8",
    "kicker": "#ffe9c7",
    "headline": "#ffd29a",
    "subtitle": "#fff1b8",
    "byline": "#c9f2d2",
    "body": "#ffffff",
    "subhead": "#cfe5ff",
    "caption": "#e3dcff",
    "credit": "#ffdcea",
    "furniture": "#e6e9ec",
}
ROLE_ACCENTS: dict[str, str] = {
    "banner": "#7b3fb5",
    "kicker": "#d9822b",
    "headline": "#c0561b",
    "subtitle": "#b08800",
    "byline": "#2e8b47",
    "body": "#9aa5b1",
    "subhead": "#2f6fbf",
    "caption": "#6a4fc4",
    "credit": "#c2447a",
    "furniture": "#7b8794",
}
# One key per role: digits, the same on every keyboard layout and input method state.
ROLE_KEYS: dict[str, str] = {
    "headline": "1", "kicker": "2", "subtitle": "3", "byline": "4", "body": "5",
    "subhead": "6", "caption": "7", "credit": "8", "furniture": "9", "banner": "0",
}
ROLE_ORDER: tuple[str, ...] = tuple(ROLE_KEYS)

ACCENT = "#1f5fa8"  # article boundaries, the selected article
WARNING = "#e07b00"  # doubtful decisions
JOIN = "#7b3fb5"  # joined paragraph breaks


def role_tint(role: str) -> QColor:
    return QColor(ROLE_TINTS.get(role, "#ffffff"))


def role_accent(role: str) -> QColor:
    return QColor(ROLE_ACCENTS.get(role, "#9aa5b1"))


@functools.cache
def _icon_cache(name: str) -> QIcon:
    return QIcon(str(resource_path(f"icons/{name}.svg")))


def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (cached; QIcon is implicitly shared)."""
    return _icon_cache(name)


def installed_families(candidates: tuple[str, ...]) -> list[str]:
    available = set(QFontDatabase.families())
    return [f for f in candidates if f in available]


def apply_cjk_fallback(font: QFont) -> QFont:
    """The same font with the installed Simplified Chinese families first in its fallback list."""
    families = installed_families(CJK_FAMILIES)
    out = QFont(font)
    rest = [f for f in font.families() if f not in families]
    out.setFamilies(families + rest if families else rest)
    return out


def default_source_font(base: QFont, family: str = "", size: float = 0.0) -> QFont:
    """The font of the source text: the chosen family (else the first installed CJK sans), SC first."""
    font = QFont(base)
    families = installed_families(CJK_FAMILIES)
    chosen = [family] if family else []
    font.setFamilies(chosen + [f for f in families if f not in chosen] + [f for f in base.families()
                                                                           if f not in families + chosen])
    point = size if size > 0 else (base.pointSizeF() if base.pointSizeF() > 0 else 10.0) + 1.0
    font.setPointSizeF(point)
    return font


def em(widget: QWidget, count: float = 1.0) -> int:
    """`count` times the width of the widget font's M, in pixels: every size in the UI derives from this."""
    return round(QFontMetricsF(widget.font()).horizontalAdvance("M") * count)


def line_height(widget: QWidget, count: float = 1.0) -> int:
    return round(QFontMetricsF(widget.font()).lineSpacing() * count)


def icon_px(widget: QWidget) -> int:
    """Icon size that matches the text height of the widget's font."""
    return max(12, round(QFontMetricsF(widget.font()).height()))
