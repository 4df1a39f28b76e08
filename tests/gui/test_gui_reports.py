"""Reports (table, chart, CSV and PNG), the Sections view, and the inspector's section suggestion."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
from gui_helpers import archive_sample_days, open_archive_view
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from editor_app.core.reports import build_table
from editor_app.gui import export_dialog, people_view
from editor_app.gui.archive_access import archive_module
from editor_app.gui.reports_view import VALUE_ROLE, ReportsView, ReportTableModel, week_span
from editor_app.gui.sections_view import SectionsModel

needs_archive = pytest.mark.skipif(archive_module() is None, reason="the archive is not in this build")

DAYS = ("2026-03-09", "2026-03-16", "2026-04-06")


@pytest.fixture()
def archived(window):
    """The sample on screen (2026-03-02), saved; three more days of it in the archive."""
    return archive_sample_days(window, DAYS)


def open_reports(window) -> ReportsView:
    return open_archive_view(window, "reports")


def table_values(model: ReportTableModel) -> list[list]:
    return [[model.index(r, c).data(VALUE_ROLE) for c in range(1, model.columnCount())]
            for r in range(model.rowCount())]


def test_report_model_passes_the_model_tester(qapp, qtmodeltester):
    model = ReportTableModel()
    qtmodeltester.check(model)
    records = [("接诉即办", "2026-03-02", 3), ("清河行动", "2026-03-09", 1), ("接诉即办", "2026-03-16", 2)]
    model.set_table(build_table("campaigns", records, "week"), colors={"接诉即办": "#2471a3"})
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # two campaigns and the totals
    assert model.columnCount() == 1 + 3 + 1  # label, three weeks, total
    assert table_values(model) == [[3, 0, 2, 5], [0, 1, 0, 1], [3, 1, 2, 6]]
    model.set_table(build_table("sections", [], "month"))
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.set_table(build_table("sections", records, "total"))
    qtmodeltester.check(model)
    assert model.columnCount() == 2  # label and the one total column
    assert week_span("2026-W10") == "2026-03-02 – 2026-03-08"


@needs_archive
def test_the_report_matches_the_archive(archived):
    view = open_reports(archived)
    archive = archived.archive.archive()
    assert view.date_range() == ("2026-03-02", "2026-04-06")
    for kind in ("campaigns", "reporters", "sections"):
        for by in ("week", "month", "total"):
            view.set_kind(kind)
            view.set_period(by)
            expected = archive.report(kind, by, "2026-03-02", "2026-04-06")
            shown = view.model.table
            assert shown.rows == expected.rows and shown.columns == expected.columns
            assert shown.counts == expected.counts
            assert view.model.rowCount() == len(expected.rows) + 1
    view.set_kind("sections")
    view.set_period("month")
    labels = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert labels[-1] == view.model.tr("Total") and "要闻" in labels


@needs_archive
def test_pick_rows_and_dates(archived):
    view = open_reports(archived)
    view.set_kind("campaigns")
    view.set_period("week")
    all_rows = view.model.table.rows
    assert len(all_rows) > 2 and view.picked() == all_rows
    view.set_picked(["接诉即办", "清河行动"])
    assert sorted(view.model.table.rows) == sorted(["接诉即办", "清河行动"])
    view.set_all_picked(False)
    assert view.model.rowCount() == 0 and not view.csv_button.isEnabled()
    view.set_all_picked(True)
    assert view.model.table.rows == all_rows
    view.pick_filter.setText("清河")
    view.set_all_picked(False)  # only what the filter shows
    assert "清河行动" not in view.picked() and "接诉即办" in view.picked()
    view.pick_filter.clear()
    view.set_all_picked(True)
    view.set_dates("2026-03-09", "2026-03-16")
    assert view.model.table.columns == ["2026-W11", "2026-W12"]
    totals = view.model.table.column_totals()
    assert totals[0] == totals[1] > 0


@needs_archive
def test_the_chart_draws_the_report(archived):
    view = open_reports(archived)
    view.set_kind("reporters")
    view.set_period("total")
    view.top.setValue(5)
    shown = view.chart_table()
    assert shown.rows == view.model.table.rows[:5]  # the top five
    assert view.tr("top %1 of %2").replace("%1", "5").replace("%2", str(len(view.model.table.rows))) \
        in view.chart.chart_title
    image = view.chart.render(800, 480)
    assert image is not None and image.width() == 800
    colors = {image.pixel(x, y) for x in range(0, 800, 5) for y in range(0, 480, 5)}
    assert len(colors) > 5  # bars, text and grid are drawn
    view.set_period("week")
    assert len(view.chart_table().rows) == 5  # lines too


@needs_archive
def test_export_csv_and_png(archived, monkeypatch, tmp_path, alerts):
    view = open_reports(archived)
    view.set_kind("campaigns")
    view.set_period("month")
    chosen = {}

    def choose(parent, suggested, name_filter):
        chosen["suggested"] = suggested
        return str(tmp_path / ("report" + (".csv" if "csv" in name_filter.lower() else ".png")))

    monkeypatch.setattr(export_dialog, "choose_export_file", choose)
    view.csv_bom.setChecked(True)
    view.csv_button.click()
    assert chosen["suggested"].endswith(".csv") and "campaigns_month" in chosen["suggested"]
    raw = (tmp_path / "report.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    table = view.model.table
    assert rows[0] == ["campaign", *table.columns, "total"]
    assert [r[0] for r in rows[1:-1]] == table.rows
    assert [int(x) for x in rows[-1][1:]] == [*table.column_totals(), table.total]
    view.png_button.click()
    image = QImage(str(tmp_path / "report.png"))
    assert not image.isNull() and (image.width(), image.height()) == (1600, 900)
    assert alerts.errors == []
    # a destination that cannot be written is reported, nothing else happens
    assert view.export_csv(str(tmp_path / "missing" / "x.csv")) is None
    assert alerts.errors and "x.csv" in alerts.errors[-1]


def test_reports_without_an_archive(make_window):
    window = make_window()
    view = window.show_reports()
    assert view.model.rowCount() == 0 and not view.csv_button.isEnabled()
    assert not window.archive.exists


# --- sections -------------------------------------------------------------------------------------------------------

@needs_archive
def test_sections_view_renames_and_the_issue_follows(archived, qtmodeltester, monkeypatch, alerts):
    window = archived
    archive = window.archive.archive()
    view = open_archive_view(window, "sections")
    qtmodeltester.check(view.model)
    assert set(view.model.names()) >= {"要闻", "民生"}
    answers = iter(["本区要闻"])
    monkeypatch.setattr(people_view, "ask_text", lambda parent, title, label, text="": next(answers))
    view.select_name("要闻")
    assert not view.delete_button.isEnabled()  # it holds stored articles
    assert view.rename_selected()
    assert "本区要闻" in view.model.names() and "要闻" not in view.model.names()
    on_screen = {v.section for v in window.issue.views()}
    assert "本区要闻" in on_screen and "要闻" not in on_screen
    assert not window.document.modified
    assert all(v.section != "要闻" for s in archive.list_issues() for v in archive.load_issue(s.id).views())
    # an empty section can be added and deleted again
    monkeypatch.setattr(people_view, "ask_text", lambda parent, title, label, text="": "副刊")
    assert view.add_section()
    assert "副刊" in view.model.names()
    assert view.delete_button.isEnabled()
    assert view.delete_selected()
    assert "副刊" not in view.model.names()
    assert isinstance(SectionsModel().rowCount(), int)


# --- the inspector's section suggestion ---------------------------------------------------------------------------

class _StubClassifier:
    """Suggests 民生 for everything, with a fixed confidence (the archive's classifier has this method)."""

    def suggest(self, text, tokenize, min_confidence=0.5):
        return ("民生", 0.82)


def test_inspector_offers_the_section_suggestion(window):
    issue = window.issue
    aid = window.current_article
    assert not window.inspector._section_hint_host.isVisibleTo(window.inspector)
    issue.section_model = _StubClassifier()
    window.edit_field(aid, "section", None)  # no section: the classifier's guess is offered
    view = issue.view(aid)
    assert view.section is None and view.section_suggestion == ("民生", 0.82)
    ins = window.inspector
    assert ins._section_hint_host.isVisibleTo(ins)
    assert "民生" in ins.section_hint.text() and "82" in ins.section_hint.text()
    ins.section_accept.click()  # one click accepts it
    assert issue.view(aid).section == "民生"
    assert not ins._section_hint_host.isVisibleTo(ins)
    window.undo()
    assert issue.view(aid).section is None and ins._section_hint_host.isVisibleTo(ins)


def test_inspector_hides_the_suggestion_for_articles_with_a_section(window):
    view = window.issue.views()[0]
    ins = window.inspector
    ins.set_view(dataclasses.replace(view, section="要闻", section_suggestion=("民生", 0.9)), 5)
    assert not ins._section_hint_host.isVisibleTo(ins)
    ins.set_view(dataclasses.replace(view, section=None, section_suggestion=("民生", 0.9)), 5)
    assert ins._section_hint_host.isVisibleTo(ins)
    assert ins.section_accept.isEnabled()
    ins.set_view(None)
    assert not ins._section_hint_host.isVisibleTo(ins)


@needs_archive
def test_saving_gives_the_issue_the_archives_section_model(archived):
    issue = archived.issue
    assert issue.section_model is not None  # the archive's classifier, after the save
    assert issue.section_model is archived.archive.archive().section_model(issue.meta.paper)


def test_value_role_is_numeric():
    model = ReportTableModel()
    model.set_table(build_table("campaigns", [("a", "2026-03-02", 2)], "month"))
    assert model.index(0, 1).data(VALUE_ROLE) == 2
    assert model.index(0, 1).data(Qt.ItemDataRole.DisplayRole) == "2"
