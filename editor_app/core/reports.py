"""Report tables: article counts per campaign, reporter or section and per week or month, as text and CSV."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .atomic import atomic_write_text
from .learning.names import pinyin_key

REPORT_KINDS: tuple[str, ...] = ("campaigns", "reporters", "sections")
PERIODS: tuple[str, ...] = ("week", "month", "total")
TOTAL = "total"
# What each kind's rows are, for headers and titles.
ROW_HEADERS: dict[str, str] = {"campaigns": "campaign", "reporters": "reporter", "sections": "section"}
NO_SECTION = "(no section)"


def period_of(date: str, by: str) -> str:
    """The period a YYYY-MM-DD date falls in: ISO week `2025-W03`, month `2025-01`, or `total`."""
    if by == "total":
        return TOTAL
    day = _dt.date.fromisoformat(date)
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    raise ValueError(f"reports count by {', '.join(PERIODS)}, not {by!r}")


def periods_between(first: str, last: str, by: str) -> list[str]:
    """Every period from the one holding `first` to the one holding `last` (dates YYYY-MM-DD), gaps included."""
    if by == "total":
        return [TOTAL]
    start, end = _dt.date.fromisoformat(first), _dt.date.fromisoformat(last)
    if end < start:
        return []
    out: list[str] = []
    if by == "week":
        day = start - _dt.timedelta(days=start.weekday())
        while day <= end:
            out.append(period_of(day.isoformat(), "week"))
            day += _dt.timedelta(days=7)
        return out
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide and full-width characters (汉字, ＡＢ) count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def pad(text: str, width: int, align: str = "left") -> str:
    """`text` padded with spaces to `width` display columns (see display_width)."""
    gap = max(0, width - display_width(text))
    return text + " " * gap if align == "left" else " " * gap + text


def clip(text: str, width: int) -> str:
    """`text` cut to at most `width` display columns, with … where it was cut."""
    if display_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


@dataclass
class ReportTable:
    """Counts of articles: one row per campaign/reporter/section, one column per period.

    `counts[r][c]` is the number of articles of row `rows[r]` in period `columns[c]`. Rows are sorted by their
    total (most first), then by pinyin. `undated` counts articles left out because their issue has no date.
    """

    kind: str
    by: str
    rows: list[str]
    columns: list[str]
    counts: list[list[int]]
    date_from: str | None = None
    date_to: str | None = None
    undated: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def row_header(self) -> str:
        """What a row is: campaign, reporter or section."""
        return ROW_HEADERS.get(self.kind, self.kind)

    @property
    def title(self) -> str:
        """A one-line title: what is counted, per what, over which dates."""
        per = {"week": " per week", "month": " per month"}.get(self.by, "")
        span = ""
        if self.date_from or self.date_to:
            span = f", {self.date_from or '…'} to {self.date_to or '…'}"
        elif self.columns and self.by != "total":
            span = f", {self.columns[0]}" + (f" to {self.columns[-1]}" if len(self.columns) > 1 else "")
        return f"Articles per {self.row_header}{per}{span}"

    def row_totals(self) -> list[int]:
        """Each row's articles over all periods."""
        return [sum(r) for r in self.counts]

    def column_totals(self) -> list[int]:
        """Each period's count summed over the rows (an article in two rows counts twice)."""
        return [sum(col) for col in zip(*self.counts)] if self.counts else [0] * len(self.columns)

    @property
    def total(self) -> int:
        return sum(self.row_totals())

    @property
    def empty(self) -> bool:
        return not self.rows

    def top(self, n: int, other: str = "(other)") -> ReportTable:
        """The `n` largest rows, the rest summed into one `other` row (for charts)."""
        if n <= 0 or len(self.rows) <= n:
            return self
        rest = [sum(col) for col in zip(*self.counts[n:])]
        return ReportTable(self.kind, self.by, self.rows[:n] + [other], list(self.columns),
                           [list(r) for r in self.counts[:n]] + [rest], self.date_from, self.date_to, self.undated,
                           list(self.notes))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"kind": self.kind, "by": self.by, "title": self.title, "rows": list(self.rows),
                "columns": list(self.columns), "counts": [list(r) for r in self.counts],
                "date_from": self.date_from, "date_to": self.date_to, "undated": self.undated}

    def to_csv(self, bom: bool = False) -> str:
        """The table as CSV text (a header row, then one row per label, with a total column and row).

        `bom`: start with a UTF-8 byte order mark, so spreadsheet programs read the Chinese correctly.
        """
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        with_total = self.by != "total"
        writer.writerow([self.row_header, *self.columns, *(["total"] if with_total else [])])
        for label, counts, total in zip(self.rows, self.counts, self.row_totals()):
            writer.writerow([label, *counts, *([total] if with_total else [])])
        writer.writerow(["total", *self.column_totals(), *([self.total] if with_total else [])])
        return ("\ufeff" if bom else "") + out.getvalue()

    def write_csv(self, path: str | os.PathLike[str], bom: bool = False) -> None:
        """Write `to_csv()` to `path` atomically (whole or not at all); raises atomic.WriteError."""
        atomic_write_text(path, self.to_csv(bom))

    def to_text(self, max_label: int = 24) -> str:
        """The table aligned for a terminal (Chinese labels count two columns each), with totals."""
        if self.empty:
            return f"{self.title}\n(no articles)"
        labels = [clip(r, max_label) for r in self.rows]
        with_total = self.by != "total"
        header = [*self.columns, *(["total"] if with_total else [])]
        body = [[*map(str, c), *([str(t)] if with_total else [])] for c, t in zip(self.counts, self.row_totals())]
        footer = [*map(str, self.column_totals()), *([str(self.total)] if with_total else [])]
        first = max([display_width(x) for x in [self.row_header, "total", *labels]])
        widths = [max(display_width(x) for x in col) for col in zip(header, *body, footer)]
        lines = [self.title, ""]
        lines.append("  ".join([pad(self.row_header, first), *(pad(h, w, "right") for h, w in zip(header, widths))]))
        lines.append("  ".join(["-" * first, *("-" * w for w in widths)]))
        for label, cells in zip(labels, body):
            lines.append("  ".join([pad(label, first), *(pad(x, w, "right") for x, w in zip(cells, widths))]))
        lines.append("  ".join(["-" * first, *("-" * w for w in widths)]))
        lines.append("  ".join([pad("total", first), *(pad(x, w, "right") for x, w in zip(footer, widths))]))
        if self.undated:
            lines.append(f"({self.undated} articles of issues without a date are not counted)")
        lines.extend(self.notes)
        return "\n".join(line.rstrip() for line in lines)


def build_table(kind: str, records: Iterable[tuple[str, str, int]], by: str = "month",
                date_from: str | None = None, date_to: str | None = None, undated: int = 0) -> ReportTable:
    """A ReportTable from (row label, YYYY-MM-DD date, articles) records, e.g. `Archive.report_counts()`.

    Columns run over every period from `date_from` (else the first date) to `date_to` (else the last), so
    quiet weeks show as zeros. Records outside the range are ignored.
    """
    if kind not in REPORT_KINDS:
        raise ValueError(f"reports are about {', '.join(REPORT_KINDS)}, not {kind!r}")
    if by not in PERIODS:
        raise ValueError(f"reports count by {', '.join(PERIODS)}, not {by!r}")
    kept = [(label, date, n) for label, date, n in records
            if date and (not date_from or date >= date_from) and (not date_to or date <= date_to)]
    if not kept:
        return ReportTable(kind, by, [], [], [], date_from, date_to, undated)
    dates = [d for _l, d, _n in kept]
    columns = periods_between(date_from or min(dates), date_to or max(dates), by)
    where = {p: k for k, p in enumerate(columns)}
    counts: dict[str, list[int]] = {}
    for label, date, n in kept:
        row = counts.setdefault(label, [0] * len(columns))
        row[where[period_of(date, by)]] += n
    rows = sorted(counts, key=lambda label: (-sum(counts[label]), pinyin_key(label)))
    return ReportTable(kind, by, rows, columns, [counts[r] for r in rows], date_from, date_to, undated)
