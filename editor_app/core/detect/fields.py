"""Compose an article's fields (head, bylines, dateline, paragraphs, captions, campaigns) from its blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Block, Byline
from . import patterns as P
from .campaigns import CampaignRegistry

_HAS_ROLE_WORD = re.compile(rf"{P.JI}{P.ZHE}|通[讯訊][员員]|实习生|實習生|{P.SHE}")


def split_dateline(text: str) -> tuple[str | None, list[tuple[str, str]], str]:
    """`(dateline, bylines, rest)` for a first paragraph such as `本报讯(记者 X 通讯员 Y)正文…`."""
    stripped = text.strip()
    m = P.DATELINE.match(stripped)
    if not m:
        return None, [], text
    dateline = P.compact(m.group("dateline"))
    bylines: list[tuple[str, str]] = []
    end = m.end("gap")
    if m.group("bracket"):
        inner = m.group("byline")
        if _HAS_ROLE_WORD.search(inner):
            bylines = P.parse_byline(inner)
            end = m.end("bracket")
    if dateline.startswith(("新华社", "新華社", "中新社")):
        bylines.insert(0, ("source", re.match(r"新[华華]社|中新社", dateline).group(0)))
    return dateline, bylines, stripped[end:].strip()


def credit_bylines(text: str) -> list[tuple[str, str]]:
    """Bylines a trailing credit line gives: `(X发布)(Y)`, `（本报记者A、B）`, `（X参与采写）`, `（新华社…电）`."""
    comp = P.compact(text)
    out: list[tuple[str, str]] = []
    m = P.SOURCE_CREDIT.match(comp)
    if m:
        out.append(("source", m.group("source")))
        rest = comp[m.end():]
        t = P.TRAILING_NAME.search(rest)
        if t:
            out.extend(("reporter", n) for n in P.split_names(t.group("name")))
        return out
    m = P.END_CREDIT.match(comp)
    if m:
        return P.parse_byline(text.strip().strip("（）()"))
    m = P.CONTRIB_CREDIT.match(comp)
    if m:
        # （张晨曦参与采写）; place names (本报上海电) may stand among the names
        names = [nm for _r, nm in P.parse_byline(text.strip().strip("（）()")[:-4])]
        return [("reporter", n) for n in names if P.has_surname(n) or "·" in n]
    m = P.WIRE_CREDIT.match(comp)
    if m:
        return [("source", m.group("agency"))]
    return []


def _add(out: list[Byline], role: str, name: str) -> None:
    name = P.compact(name)
    if not name:
        return
    b = Byline(role, name)
    if b not in out:
        out.append(b)


def compose_fields(blocks: Sequence[Block], registry: CampaignRegistry | None,
                   date: str | None = None) -> dict[str, Any]:
    """Every derived field of one article, from its blocks in reading order."""
    head: dict[str, list[str]] = {"banner": [], "kicker": [], "headline": [], "subtitle": []}
    bylines: list[Byline] = []
    dateline: str | None = None
    paragraphs: list[str] = []
    subheads: list[str] = []
    captions: list[str] = []
    credits: list[str] = []
    body: list[tuple[str, str]] = []
    body_seen = 0  # a dateline stands at the start of one of the first few body blocks
    dateline_found = False
    for b in blocks:
        text = b.content
        role = b.role
        if role in head:
            head[role].append(text)
        elif role == "byline":
            for r, nm in P.parse_byline(text):
                _add(bylines, r, nm)
        elif role == "caption":
            captions.append(text)
            body.append(("caption", text))
            pc = P.photo_credit(text)
            if pc:
                _add(bylines, *pc)
        elif role == "credit":
            credits.append(text)
            body.append(("credit", text))
            for r, nm in credit_bylines(text):
                _add(bylines, r, nm)
        elif role == "subhead":
            subheads.append(text)
            body.append(("subhead", text))
        elif role == "body":
            body_seen += 1
            if not dateline_found and not b.continues_previous:
                dl, bl, rest = split_dateline(text)
                dateline_found = bool(dl)
                if dl:
                    dateline = dl
                    for r, nm in bl:
                        _add(bylines, r, nm)
                    text = rest
            if b.continues_previous and paragraphs:
                paragraphs[-1] = paragraphs[-1] + text
                body[-1] = ("paragraph", paragraphs[-1])
            elif text:
                paragraphs.append(text)
                body.append(("paragraph", text))
    fields: dict[str, Any] = {k: (" ".join(v) if v else None) for k, v in head.items()}
    fields.update(bylines=bylines, dateline=dateline, paragraphs=paragraphs, subheads=subheads,
                  captions=captions, credits=credits, body=body)
    campaigns: list[str] = []
    reasons: dict[str, str] = {}
    if registry is not None:
        for where, text in [("banner", fields["banner"]), ("kicker", fields["kicker"]),
                            ("headline", fields["headline"]), ("subtitle", fields["subtitle"]),
                            ("body", "\n".join(paragraphs + subheads))]:
            if not text:
                continue
            for name, term in registry.tag(text, date):
                if name not in campaigns:
                    campaigns.append(name)
                    reasons[name] = f"the {where} names “{term}”"
    fields["campaigns"] = campaigns
    fields["campaign_reasons"] = reasons
    return fields
