"""NITF 3.6 XML, one document per article (the mapping is written down in docs/exports.md)."""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import xml.etree.ElementTree as ET
from pathlib import Path

from ..atomic import atomic_write_bytes
from ..issue import Issue
from ..model import ArticleView
from .clean import clean_text
from .filenames import article_file_name, ensure_folder
from .text import ROLE_LABELS_ZH

NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k.replace("_", "."): clean_text(v) for k, v in attrs.items() if v})
    if text:
        el.text = clean_text(text)
    return el


def _norm_date(date: str | None) -> str | None:
    if not date:
        return None
    try:
        return _dt.date.fromisoformat(date).strftime("%Y%m%dT000000")
    except ValueError:
        return None


def doc_id(issue: Issue, view: ArticleView) -> str:
    """Stable across exports of the same source: the source hash, the date and the article's order."""
    base = f"{issue.source.sha256}:{view.position}:{view.headline or ''}"
    return f"{issue.meta.date or 'undated'}-{view.position + 1:02d}-{hashlib.sha1(base.encode()).hexdigest()[:10]}"


def article_nitf(issue: Issue, view: ArticleView) -> ET.Element:
    root = ET.Element("nitf", {"version": NITF_VERSION, "change.date": "June 10, 2012", "change.time": "19:30"})
    head = _sub(root, "head")
    _sub(head, "title", view.headline or "")
    docdata = _sub(head, "docdata")
    _sub(docdata, "doc-id", id_string=doc_id(issue, view))
    if _norm_date(issue.meta.date):
        _sub(docdata, "date.issue", norm=_norm_date(issue.meta.date))
    if view.campaigns:
        keys = _sub(docdata, "key-list")
        for c in view.campaigns:
            _sub(keys, "keyword", key=c)
    _sub(head, "pubdata", type="print", name=issue.meta.paper or "", date_publication=_norm_date(issue.meta.date) or "",
         position_section=view.section or "", position_sequence=str(int(view.page)) if (view.page or "").isdigit()
         else (view.page or ""))
    body = _sub(root, "body")
    bhead = _sub(body, "body.head")
    hedline = _sub(bhead, "hedline")
    _sub(hedline, "hl1", view.headline or "")
    for extra in (view.kicker, view.subtitle):
        if extra:
            _sub(hedline, "hl2", extra)
    for b in view.bylines:
        if b.role == "photographer":
            continue  # credited on the media element
        byline = _sub(bhead, "byline")
        _sub(byline, "person", b.name)
        _sub(byline, "byttl", ROLE_LABELS_ZH.get(b.role, b.role))
    if view.dateline:
        dl = _sub(bhead, "dateline")
        _sub(dl, "location", view.dateline)
    content = _sub(body, "body.content")
    photographers = [b.name for b in view.bylines if b.role == "photographer"]
    for kind, text in view.body:
        if kind == "paragraph":
            _sub(content, "p", text)
        elif kind == "subhead":
            _sub(content, "hl2", text)
        elif kind == "caption":
            media = _sub(content, "media", media_type="image")
            _sub(media, "media-caption", text)
            producer = next((p for p in photographers if p in text.replace(" ", "").replace("\u3000", "")), None)
            if producer:
                _sub(media, "media-producer", producer)
    credits = [t for k, t in view.body if k == "credit"]
    if credits:
        end = _sub(body, "body.end")
        for c in credits:
            _sub(end, "tagline", c)
    return root


def nitf_bytes(issue: Issue, view: ArticleView) -> bytes:
    root = article_nitf(issue, view)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def write_folder(issues: list[Issue], folder: str | os.PathLike) -> list[Path]:
    folder = ensure_folder(folder, "NITF export (one .xml per article)")
    written: list[Path] = []
    used: set[str] = set()
    for issue in issues:
        for view in issue.views():
            name = article_file_name(issue.meta.date, view.position, view.headline, ".xml")
            k = 2
            while name in used:
                name = article_file_name(issue.meta.date, view.position, f"{view.headline}-{k}", ".xml")
                k += 1
            used.add(name)
            path = folder / name
            # the name is one safe component: it cannot leave the chosen folder
            assert path.resolve().parent == folder.resolve()
            atomic_write_bytes(path, nitf_bytes(issue, view))
            written.append(path)
    return written
