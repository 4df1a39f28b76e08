"""DOCX for editors who work in Word or WPS: real heading styles, byline and caption styles (python-docx)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from ..atomic import atomic_write_bytes
from ..issue import Issue
from .clean import clean_text
from .filenames import ensure_folder, safe_filename
from .text import byline_line

CJK_FONT = "SimSun"
CJK_HEADING_FONT = "SimHei"


def _east_asian(style_or_run, font: str) -> None:
    from docx.oxml.ns import qn

    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)


def _styles(doc) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    styles = doc.styles
    _east_asian(styles["Normal"], CJK_FONT)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        _east_asian(styles[name], CJK_HEADING_FONT)
    for name, size, italic, color in (("Kicker", 11, False, None), ("Subtitle Line", 12, False, None),
                                      ("Byline", 10.5, False, RGBColor(0x44, 0x44, 0x44)),
                                      ("Photo Caption", 9.5, True, RGBColor(0x44, 0x44, 0x44)),
                                      ("Credit", 9, False, RGBColor(0x66, 0x66, 0x66))):
        if name in [s.name for s in styles]:
            continue
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
        st.font.size = Pt(size)
        st.font.italic = italic
        if color is not None:
            st.font.color.rgb = color
        _east_asian(st, CJK_FONT)


def _para(doc, text: str | None, style: str):
    return doc.add_paragraph(clean_text(text), style=style)


def build_document(issue: Issue):
    import docx

    doc = docx.Document()
    _styles(doc)
    meta = issue.meta
    title = " ".join(p for p in (meta.paper, meta.date) if p) or (issue.source.path or "Issue")
    doc.add_heading(clean_text(title), level=0)
    doc.core_properties.title = clean_text(title)
    for v in issue.views():
        if v.banner:
            _para(doc, v.banner, "Kicker")
        if v.kicker:
            _para(doc, v.kicker, "Kicker")
        doc.add_heading(clean_text(v.headline or "（无标题）"), level=1)
        if v.subtitle:
            _para(doc, v.subtitle, "Subtitle Line")
        if v.bylines:
            _para(doc, byline_line(v), "Byline")
        dateline_pending = bool(v.dateline)
        for kind, text in v.body:
            if kind == "paragraph":
                p = doc.add_paragraph(style="Normal")
                if dateline_pending:
                    p.add_run(clean_text(v.dateline) + " ").bold = True
                    dateline_pending = False
                p.add_run(clean_text(text))
            elif kind == "subhead":
                doc.add_heading(clean_text(text), level=2)
            elif kind == "caption":
                _para(doc, text, "Photo Caption")
            elif kind == "credit":
                _para(doc, text, "Credit")
    return doc


def docx_bytes(issues: list[Issue]) -> bytes:
    """The document of one issue."""
    buf = io.BytesIO()
    build_document(issues[0]).save(buf)
    return buf.getvalue()


def write_folder(issues: list[Issue], folder: str | os.PathLike) -> list[Path]:
    """One document per issue in `folder`, named by date and paper."""
    folder = ensure_folder(folder, "exporting several issues to DOCX")
    written = []
    for k, issue in enumerate(issues):
        stem = safe_filename(f"{issue.meta.date or 'undated'}_{issue.meta.paper or 'issue'}_{k + 1:02d}")
        path = folder / (stem + ".docx")
        atomic_write_bytes(path, docx_bytes([issue]))
        written.append(path)
    return written
