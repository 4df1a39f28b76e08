"""CSV: one row per article, for spreadsheets (UTF-8, optionally with a BOM for Excel)."""

from __future__ import annotations

import csv
import io

from ..issue import Issue
from .clean import clean_text

HEADER = ["date", "paper", "page", "section", "position", "headline", "kicker", "subtitle", "dateline",
          "bylines", "campaigns", "characters", "paragraphs", "status"]


def _cell(s: object) -> str:
    text = clean_text(str(s) if s is not None else "")
    # a cell starting with = + - @ would run as a formula in a spreadsheet: keep it text
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def csv_text(issues: list[Issue]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for issue in issues:
        for v in issue.views():
            w.writerow([_cell(x) for x in (
                issue.meta.date, issue.meta.paper, v.page, v.section, v.position + 1, v.headline, v.kicker,
                v.subtitle, v.dateline, "; ".join(f"{b.role}:{b.name}" for b in v.bylines),
                "; ".join(v.campaigns), v.characters, len(v.paragraphs), v.status)])
    return buf.getvalue()
