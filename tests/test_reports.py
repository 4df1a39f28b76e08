"""Report tables: periods, CJK-aware text, CSV; the archive's counts per campaign, reporter and section; the CLI."""

from __future__ import annotations

import json

import pytest

from editor_app import cli
from editor_app.core.detect.pipeline import detect_issue, guess_date
from editor_app.core.issue import IssueMeta
from editor_app.core.reports import (
    NO_SECTION,
    ReportTable,
    build_table,
    clip,
    display_width,
    pad,
    period_of,
    periods_between,
)
from editor_app.core.storage import Archive, ArchiveError

PAGE = """{header}第01版 要闻

推进“接诉即办”提质增效

本报记者 林书瑶

今年以来，全区接诉即办工作响应率达到百分之百。

社区食堂开门迎客

本报记者 周雨桐 通讯员 高思远

社区食堂开在家门口，老人吃上了热乎饭。

{header}第02版 经济

小微商户用上数字账本

本报记者 林书瑶

青石街道200余家小微商户近日用上了免费的数字记账工具。

（滨河区市场监管局发布）
"""


def page(date: str | None) -> str:
    if date is None:
        return PAGE.replace("{header}第01版 要闻", "").replace("{header}第02版 经济", "")
    y, m, d = date.split("-")
    return PAGE.format(header=f"{int(y)}年{int(m)}月{int(d)}日 星期一 ")


@pytest.fixture()
def archive(tmp_path):
    a = Archive.open(tmp_path / "archive.sqlite3")
    for date in ("2026-03-02", "2026-03-09", "2026-04-01"):
        text = page(date)
        a.import_issue(detect_issue(text, registry=a.registry(), meta=IssueMeta(date=guess_date(text))))
    yield a
    a.close()


# --- periods and widths -------------------------------------------------------------------------------------

def test_periods_are_iso_weeks_and_months_with_gaps_filled():
    assert period_of("2025-12-29", "week") == "2026-W01"  # ISO weeks belong to the year of their Thursday
    assert period_of("2026-01-04", "week") == "2026-W01"
    assert period_of("2026-02-28", "month") == "2026-02"
    assert period_of("2026-02-28", "total") == "total"
    assert periods_between("2025-11-15", "2026-02-01", "month") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert periods_between("2026-03-01", "2026-03-16", "week") == ["2026-W09", "2026-W10", "2026-W11", "2026-W12"]
    assert periods_between("2026-03-02", "2026-03-01", "month") == []
    with pytest.raises(ValueError):
        period_of("2026-03-02", "year")


def test_display_width_counts_wide_characters_twice():
    assert display_width("林书瑶") == 6 and display_width("ab") == 2 and display_width("ＡＢ") == 4
    assert display_width("e\u0301") == 1
    assert pad("林", 4) == "林  " and pad("林", 4, "right") == "  林"
    assert clip("安全生产和火灾隐患大排查大整治", 10) == "安全生产…" and display_width(clip("安全生产和火灾", 10)) <= 10
    assert clip("短", 10) == "短"


def test_build_table_sorts_totals_and_writes_csv(tmp_path):
    records = [("周雨桐", "2026-03-02", 1), ("林书瑶", "2026-03-02", 2), ("林书瑶", "2026-05-20", 1),
               ("安然", "2026-05-01", 3), ("安然", "2026-07-01", 9)]
    table = build_table("reporters", records, "month", date_to="2026-06-30")
    assert table.columns == ["2026-03", "2026-04", "2026-05", "2026-06"]
    assert table.rows == ["安然", "林书瑶", "周雨桐"]  # most articles first; the tie in pinyin order (an, lin)
    assert table.counts == [[0, 0, 3, 0], [2, 0, 1, 0], [1, 0, 0, 0]]
    assert table.row_totals() == [3, 3, 1] and table.column_totals() == [3, 0, 4, 0] and table.total == 7
    assert table.title == "Articles per reporter per month, … to 2026-06-30"
    csv_text = table.to_csv()
    assert csv_text.splitlines()[0] == "reporter,2026-03,2026-04,2026-05,2026-06,total"
    assert csv_text.splitlines()[1] == "安然,0,0,3,0,3" and csv_text.splitlines()[-1] == "total,3,0,4,0,7"
    assert table.to_csv(bom=True).startswith("\ufeffreporter,")
    path = tmp_path / "r.csv"
    table.write_csv(path, bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfreporter,") and b"\r\n" in path.read_bytes()
    top = table.top(1)
    assert top.rows == ["安然", "(other)"] and top.counts[1] == [3, 0, 1, 0] and table.top(5) is table
    total = build_table("reporters", records, "total")
    assert total.columns == ["total"] and total.to_csv().splitlines()[0] == "reporter,total"
    empty = build_table("campaigns", [], "week")
    assert empty.empty and "(no articles)" in empty.to_text()
    with pytest.raises(ValueError):
        build_table("editors", records)


def test_text_table_lines_up_chinese_and_latin_labels():
    table = ReportTable("campaigns", "month", ["安全生产和火灾隐患大排查大整治", "Open Day", "接诉即办"],
                        ["2026-03", "2026-04"], [[12, 3], [1, 0], [100, 20]])
    lines = table.to_text(max_label=16).splitlines()
    assert lines[0] == "Articles per campaign per month, 2026-03 to 2026-04"
    body = lines[2:]
    widths = {display_width(line.rstrip()) for line in body if not line.startswith("-")}
    assert len(widths) == 1  # every row ends in the same column
    assert body[2].startswith("安全生产和火灾…") and body[-1].startswith("total")


# --- the archive's reports ----------------------------------------------------------------------------------

def test_reports_from_the_archive(archive):
    campaigns = archive.report("campaigns", "week")
    assert campaigns.columns == ["2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14"]
    assert campaigns.rows == ["接诉即办"] and campaigns.counts == [[1, 1, 0, 0, 1]]
    reporters = archive.report("reporters", "month")
    assert reporters.rows == ["林书瑶", "高思远", "周雨桐"]  # the press office (source) is not a reporter
    assert reporters.counts[0] == [4, 2]
    photographers = archive.report("reporters", "total", roles=["source"])
    assert photographers.rows == ["滨河区市场监管局"] and photographers.counts == [[3]]
    sections = archive.report("sections", "month", date_from="2026-03-05")
    assert sections.columns == ["2026-03", "2026-04"] and sections.rows == ["要闻", "经济"]
    assert sections.counts == [[2, 2], [1, 1]]
    assert archive.report("sections", "month", date_to="2026-02-01").empty


def test_undated_articles_and_articles_without_a_section(archive):
    text = page(None)
    archive.import_issue(detect_issue(text, registry=archive.registry(), meta=IssueMeta()))
    table = archive.report("sections", "month")
    assert table.undated == 3 and "(3 articles of issues without a date are not counted)" in table.to_text()
    records, undated = archive.report_counts("sections")
    assert undated == 3 and all(label != NO_SECTION for label, _d, _n in records)
    archive.conn.execute("UPDATE articles SET section = NULL WHERE id = (SELECT min(id) FROM articles)")
    assert NO_SECTION in archive.report("sections", "total").rows
    with pytest.raises(ArchiveError):
        archive.report("sections", date_from="2026/03/01")
    with pytest.raises(ValueError):
        archive.report_counts("editors")
    assert archive.report("sections", paper="晚报").empty


# --- the command line ---------------------------------------------------------------------------------------

def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_report_text_csv_json(archive, tmp_path, capsys):
    db = archive.path
    code, out, err = run(capsys, "report", "reporters", "--db", db)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Articles per reporter per month, 2026-03 to 2026-04"
    assert lines[2].split() == ["reporter", "2026-03", "2026-04", "total"]
    assert lines[4].split() == ["林书瑶", "4", "2", "6"]
    csv_path = tmp_path / "out.csv"
    code, out, err = run(capsys, "report", "campaigns", "--by", "week", "--from", "2026-03-01", "--to",
                         "2026-03-31", "--csv", csv_path, "--bom", "--db", db)
    assert code == 0 and f"wrote {csv_path}" in err
    # W09 (1 March is a Sunday) to W14
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[1] == "接诉即办,0,1,1,0,0,0,2"
    code, out, _ = run(capsys, "report", "sections", "--by", "total", "--json", "--top", "1", "--db", db)
    data = json.loads(out)
    assert data["rows"] == ["要闻", "(other)"] and data["counts"] == [[6], [3]]


def test_cli_report_errors_are_one_line(archive, tmp_path, capsys):
    db = archive.path
    code, out, err = run(capsys, "report", "sections", "--from", "2026-04-01", "--to", "2026-03-01", "--db", db)
    assert code == 2 and out == "" and err == "editor-app: --to 2026-03-01 is before --from 2026-04-01\n"
    code, _out, err = run(capsys, "report", "sections", "--top", "0", "--db", db)
    assert code == 2 and err.count("\n") == 1
    code, _out, err = run(capsys, "report", "sections", "--csv", tmp_path / "missing" / "x.csv", "--db", db)
    assert code == 2 and err.startswith("editor-app: cannot write") and err.count("\n") == 1
    code, _out, err = run(capsys, "report", "sections", "--db", tmp_path / "none.sqlite3")
    assert code == 2 and "there is no archive" in err
    with pytest.raises(SystemExit):
        run(capsys, "report", "editors", "--db", db)
