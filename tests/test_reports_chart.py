"""Report charts drawn with QPainter offscreen: sizes, both kinds, Chinese labels that are not tofu, the CLI's PNG."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtGui")

from PySide6.QtGui import QImage  # noqa: E402

from editor_app import cli  # noqa: E402
from editor_app.core.detect.pipeline import detect_issue, guess_date  # noqa: E402
from editor_app.core.issue import IssueMeta  # noqa: E402
from editor_app.core.reports import ReportTable, build_table  # noqa: E402
from editor_app.core.storage import Archive  # noqa: E402
from editor_app.gui import charts  # noqa: E402


def table_of(labels: list[str], columns: int = 1) -> ReportTable:
    cols = [f"2026-{m:02d}" for m in range(1, columns + 1)]
    return ReportTable("reporters", "month" if columns > 1 else "total", labels, cols,
                       [[(k + 1) * (c + 2) for c in range(columns)] for k in range(len(labels))])


def pixels(image: QImage) -> bytes:
    return bytes(image.constBits())


def test_bar_and_line_charts_have_the_requested_size_and_ink():
    bars = charts.render_chart(table_of(["林书瑶", "周雨桐", "韩晓松"]), width=800, height=480)
    assert (bars.width(), bars.height()) == (800, 480)
    lines = charts.render_chart(table_of(["接诉即办", "三大三强"], columns=6), kind="line", width=640, height=400)
    assert (lines.width(), lines.height()) == (640, 400)
    for image in (bars, lines):
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 5  # more than a blank page
    # the series colours are drawn: the first palette colour appears in the bars
    first = charts.series_color(0).rgb()
    assert any(bars.pixel(x, y) == first for x in range(bars.width()) for y in range(0, bars.height(), 4))
    with pytest.raises(ValueError):
        charts.render_chart(table_of(["甲"]), kind="pie")


def test_chinese_labels_are_drawn_with_real_glyphs():
    # the tofu check that survives font changes: two different characters must draw differently
    a = charts.render_chart(table_of(["陈"]), kind="bar", width=400, height=240, title="陈")
    b = charts.render_chart(table_of(["施"]), kind="bar", width=400, height=240, title="施")
    assert pixels(a) != pixels(b)


def test_colours_top_rows_and_empty_tables():
    table = table_of([f"记者{k}" for k in range(12)], columns=3)
    image = charts.render_chart(table, kind="line", top=4, colors={"记者11": "#ff0000"})
    assert not image.isNull()
    empty = charts.render_chart(build_table("campaigns", [], "week"), width=300, height=200)
    assert (empty.width(), empty.height()) == (300, 200)
    assert charts.nice_step(0) == 1 and charts.nice_step(7) == 2 and charts.nice_step(230) == 50
    data = charts.png_bytes(image)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")


def test_save_chart_and_the_cli_png(tmp_path, capsys):
    path = charts.save_chart(table_of(["林书瑶", "周雨桐"], columns=3), tmp_path / "chart.png", width=500, height=300)
    loaded = QImage(str(path))
    assert (loaded.width(), loaded.height()) == (500, 300)
    db = tmp_path / "a.sqlite3"
    with Archive.open(db) as a:
        for day in (2, 9, 16):
            text = (f"2026年3月{day}日 星期一 第01版 要闻\n\n推进“接诉即办”提质增效\n\n本报记者 林书瑶\n\n"
                    "今年以来，全区接诉即办工作响应率达到百分之百。\n")
            a.import_issue(detect_issue(text, registry=a.registry(), meta=IssueMeta(date=guess_date(text))))
    png = tmp_path / "campaigns.png"
    code = cli.main(["report", "campaigns", "--by", "week", "--png", str(png), "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 0 and f"wrote {png}" in err and "接诉即办" in out
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1200, 720)
    code = cli.main(["report", "reporters", "--png", str(tmp_path / "no" / "such.png"), "--db", str(db)])
    _out, err = capsys.readouterr()
    assert code == 2 and err.startswith("editor-app: cannot write") and err.count("\n") == 1
