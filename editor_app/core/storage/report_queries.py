"""The archive's report queries: stored articles counted per campaign, reporter or section and per day."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..reports import NO_SECTION, REPORT_KINDS, ReportTable, build_table
from .base import check_date, marks

# Byline roles that are not reporters' work: agencies (新华社) and page editors.
NOT_REPORTERS: tuple[str, ...] = ("source", "editor")


class ReportsMixin:
    """Archive methods behind `editor-app report` and the Reports view (mixed into `Archive`)."""

    def report_counts(self, kind: str, date_from: str | None = None, date_to: str | None = None,
                      paper: str | None = None, roles: Iterable[str] | None = None) -> tuple[list[tuple], int]:
        """(label, issue date, articles) per label and day, and how many articles had no date.

        `kind`: "campaigns" (articles tagged with each campaign), "reporters" (articles with each person in a
        byline; `roles` limits the byline roles, default every role but source and editor) or "sections"
        (articles per section; articles without one under "(no section)"). Dates are YYYY-MM-DD, inclusive.
        """
        if kind not in REPORT_KINDS:
            raise ValueError(f"reports are about {', '.join(REPORT_KINDS)}, not {kind!r}")
        date_from, date_to = check_date(date_from, "start date"), check_date(date_to, "end date")
        # (condition, its parameters), ANDed; the date conditions apply to the counts, not to `undated`
        conditions: list[tuple[str, list[Any]]] = [("a.position IS NOT NULL", [])]
        if paper is not None:
            conditions.append(("coalesce(i.paper, '') = ?", [paper]))
        label, label_args = "coalesce(a.section, ?)", [NO_SECTION]
        source = "articles a"
        if kind == "campaigns":
            label, label_args = "c.name", []
            source = ("article_campaigns ac JOIN campaigns c ON c.id = ac.campaign_id "
                      "JOIN articles a ON a.id = ac.article_id")
        elif kind == "reporters":
            label, label_args = "p.name", []
            source = "bylines b JOIN people p ON p.id = b.person_id JOIN articles a ON a.id = b.article_id"
            if roles is None:
                conditions.append((f"b.role NOT IN ({marks(len(NOT_REPORTERS))})", list(NOT_REPORTERS)))
            else:
                role_list = list(roles) or [""]
                conditions.append((f"b.role IN ({marks(len(role_list))})", role_list))
        dated = [*conditions, ("i.date IS NOT NULL", [])]
        if date_from:
            dated.append(("i.date >= ?", [date_from]))
        if date_to:
            dated.append(("i.date <= ?", [date_to]))

        def where(parts: list[tuple[str, list[Any]]]) -> tuple[str, list[Any]]:
            return " AND ".join(sql for sql, _a in parts), [x for _s, a in parts for x in a]

        counted_sql, counted_args = where(dated)
        undated_sql, undated_args = where([*conditions, ("i.date IS NULL", [])])
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {label}, i.date, count(DISTINCT a.id) FROM {source} JOIN issues i ON i.id = a.issue_id "
                f"WHERE {counted_sql} GROUP BY 1, 2 ORDER BY 2, 1", (*label_args, *counted_args)).fetchall()
            undated = conn.execute(
                f"SELECT count(DISTINCT a.id) FROM {source} JOIN issues i ON i.id = a.issue_id WHERE {undated_sql}",
                undated_args).fetchone()[0]
        return [tuple(r) for r in rows], undated

    def report(self, kind: str, by: str = "month", date_from: str | None = None, date_to: str | None = None,
               paper: str | None = None, roles: Iterable[str] | None = None) -> ReportTable:
        """A report table: articles per campaign, reporter or section (rows) and per week or month (columns).

        `by`: "week" (ISO weeks), "month" or "total" (one column). See `report_counts` for the rest; the
        table's `to_text()`, `to_csv()` and `editor_app.gui.charts` render it.
        """
        records, undated = self.report_counts(kind, date_from, date_to, paper, roles)
        return build_table(kind, records, by, check_date(date_from), check_date(date_to), undated)
