"""File > Export: every format through the dialog writes files that parse back; previews; ranges; errors."""

from __future__ import annotations

import csv
import io
import json
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.export import text as text_export
from editor_app.core.issue import IssueMeta
from editor_app.core.paths import resource_path
from editor_app.gui import export_dialog
from editor_app.gui.archive_access import archive_module
from editor_app.gui.export_dialog import ExportCancelled, ExportDialog, build_preview, export_range

needs_archive = pytest.mark.skipif(archive_module() is None, reason="the archive is not in this build")


@pytest.fixture()
def pickers(monkeypatch):
    """The file and folder pickers replaced: they answer what the test puts in `answers`."""
    answers: dict[str, str | None] = {"file": None, "folder": None, "overwrite": True}
    asked: list[tuple[str, str]] = []

    def choose_file(parent, suggested, name_filter):
        asked.append(("file", suggested))
        return answers["file"]

    def choose_folder(parent, start):
        asked.append(("folder", start))
        return answers["folder"]

    def confirm(parent, path):
        asked.append(("overwrite", path))
        return answers["overwrite"]

    monkeypatch.setattr(export_dialog, "choose_export_file", choose_file)
    monkeypatch.setattr(export_dialog, "choose_export_folder", choose_folder)
    monkeypatch.setattr(export_dialog, "confirm_overwrite", confirm)
    answers["asked"] = asked  # type: ignore[assignment]
    return answers


def open_dialog(window, qtbot, *, by_key: bool = False) -> ExportDialog:
    before = window.export_dialog
    if by_key:
        window.source.setFocus()
        QTest.keyClick(window.source, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    else:
        window.actions["export"].trigger()
    dialog = window.export_dialog
    assert dialog is not before
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    return dialog


def run_export(dialog: ExportDialog, qtbot, alerts) -> None:
    infos, errors = len(alerts.infos), len(alerts.errors)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: len(alerts.infos) > infos or len(alerts.errors) > errors, timeout=20000)
    assert alerts.errors[errors:] == []


def headlines(issue) -> list[str]:
    return [v.headline or "" for v in issue.views()]


@pytest.mark.parametrize("fmt", ["json", "md", "txt", "csv"])
def test_text_formats_through_the_dialog(window, qtbot, alerts, pickers, tmp_path, fmt):
    issue = window.issue
    window.edit_field(issue.article_ids()[0], "headline", "编辑改过的标题")  # exports hold the corrections
    dialog = open_dialog(window, qtbot, by_key=True)
    dialog.set_format(fmt)
    out = tmp_path / f"issue.{fmt}"
    pickers["file"] = str(out)
    dialog.choose_button.click()
    assert dialog.target.text() == str(out)
    run_export(dialog, qtbot, alerts)
    assert str(out) in alerts.infos[-1]
    assert not dialog.isVisible()
    raw = out.read_bytes()
    content = raw.decode("utf-8")
    views = issue.views()
    if fmt == "json":
        data = json.loads(content)
        assert [a["headline"] for a in data["articles"]] == headlines(issue)
        assert data["articles"][0]["headline"] == "编辑改过的标题"
    elif fmt == "csv":
        assert not raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(content)))
        assert [r["headline"] for r in rows] == headlines(issue)
        assert rows[0]["date"] == issue.meta.date
    else:
        assert "编辑改过的标题" in content
        for v in views:
            if v.headline:
                assert v.headline in content.replace("\\", "")
    assert window.statusBar().currentMessage().endswith(str(out))


def test_csv_with_bom_opens_in_excel(window, qtbot, alerts, pickers, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.set_format("csv")
    assert dialog.csv_bom.isEnabled()
    dialog.csv_bom.setChecked(True)
    out = tmp_path / "excel.csv"
    dialog.set_target(str(out))
    run_export(dialog, qtbot, alerts)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "date" and len(rows) == len(window.issue.article_ids()) + 1


def test_nitf_folder_through_the_dialog(window, qtbot, alerts, pickers, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.set_format("nitf")
    assert dialog.wants_folder()
    out = tmp_path / "nitf"
    out.mkdir()
    pickers["folder"] = str(out)
    dialog.choose_button.click()
    assert pickers["asked"][-1][0] == "folder"
    run_export(dialog, qtbot, alerts)
    files = sorted(out.glob("*.xml"))
    issue = window.issue
    assert len(files) == len(issue.article_ids())
    titles = []
    for f in files:
        root = ET.parse(f).getroot()
        assert root.tag == "nitf"
        titles.append(root.findtext("head/title") or "")
    assert titles == headlines(issue)
    assert str(out) in alerts.infos[-1]


def test_docx_through_the_dialog(window, qtbot, alerts, pickers, tmp_path):
    docx = pytest.importorskip("docx")
    dialog = open_dialog(window, qtbot)
    dialog.set_format("docx")
    assert not dialog.wants_folder()  # one issue: one document
    out = tmp_path / "issue.docx"
    pickers["file"] = str(out)
    dialog.choose_button.click()
    run_export(dialog, qtbot, alerts)
    doc = docx.Document(str(out))
    heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert heads == [h or "（无标题）" for h in headlines(window.issue)]
    assert any(p.style.name == "Byline" for p in doc.paragraphs)


def test_preview_follows_the_format(window, qtbot):
    issue = window.issue
    dialog = open_dialog(window, qtbot)
    for fmt in ("md", "txt", "csv", "json", "nitf", "docx"):
        dialog.set_format(fmt)
        qtbot.waitUntil(lambda: not dialog.preview_busy)
        shown = dialog.preview_content()
        if fmt == "md":
            assert shown == text_export.markdown([issue])
        elif fmt == "txt":
            assert shown == text_export.plain_text([issue])
        elif fmt == "csv":
            assert next(csv.reader(io.StringIO(shown)))[0] == "date"
        elif fmt == "json":
            assert json.loads(shown)["articles"][0]["headline"] == issue.views()[0].headline
        elif fmt == "nitf":
            assert ET.fromstring(shown.encode("utf-8")).findtext("head/title") == issue.views()[0].headline
            assert dialog.preview_stack.currentWidget() is dialog.preview_text
        else:
            assert dialog.preview_stack.currentWidget() is dialog.preview_html
            assert "Heading 1" in shown and (issue.views()[0].headline or "") in shown
        assert dialog.preview_text.isReadOnly()


def test_preview_of_a_long_issue_is_shortened():
    long = "\n\n".join(["第一版 要闻"] + [f"标题{i}\n\n本报记者 林书瑶\n\n" + "正文很长。" * 400 for i in range(30)])
    issue = detect_issue(long)
    preview = build_preview(issue, "txt")
    assert preview.note == "shortened" and len(preview.content) == export_dialog.PREVIEW_LIMIT


def test_switching_format_changes_the_suggested_destination(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.set_format("md")
    assert dialog.target.text().endswith(f"{window.issue.meta.date}.md")
    dialog.set_format("json")
    assert dialog.target.text().endswith(".json")
    dialog.set_format("nitf")
    assert dialog.target.text().endswith("_nitf")
    # a destination the editor typed keeps its folder and name; only the extension follows the format
    dialog.set_format("txt")
    dialog.set_target(str(tmp_path / "mine.txt"))
    dialog.set_format("csv")
    assert dialog.target.text() == str(tmp_path / "mine.csv")
    dialog.set_format("nitf")
    assert dialog.target.text() == str(tmp_path / f"{window.issue.meta.date}_nitf")


def test_replacing_an_existing_file_asks_first(window, qtbot, alerts, pickers, tmp_path):
    out = tmp_path / "old.md"
    out.write_text("old", encoding="utf-8")
    dialog = open_dialog(window, qtbot)
    dialog.set_format("md")
    dialog.set_target(str(out))
    pickers["overwrite"] = False
    assert dialog.start_export() is None
    assert out.read_text(encoding="utf-8") == "old"
    assert ("overwrite", str(out)) in pickers["asked"]
    pickers["overwrite"] = True
    run_export(dialog, qtbot, alerts)
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_a_folder_where_a_file_is_needed_is_refused(window, qtbot, alerts, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.set_format("json")
    dialog.set_target(str(tmp_path))
    assert dialog.start_export() is None
    assert "folder" in alerts.errors[-1]
    dialog.set_format("nitf")
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    dialog.set_target(str(a_file))
    assert dialog.start_export() is None
    assert "file" in alerts.errors[-1]
    assert dialog.isVisible()


def test_write_errors_are_shown_in_one_dialog(window, qtbot, alerts, monkeypatch, tmp_path):
    from editor_app.core.atomic import WriteError

    def fail(issues, fmt, out, csv_bom=False):
        raise WriteError(f"cannot write {out}: No space left on device")

    monkeypatch.setattr(export_dialog, "export_issues", fail)
    dialog = open_dialog(window, qtbot)
    dialog.set_format("md")
    out = tmp_path / "full.md"
    dialog.set_target(str(out))
    failures = []
    dialog.export_failed.connect(failures.append)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(alerts.errors), timeout=10000)
    assert alerts.errors == [f"Cannot write {out}: No space left on device"]
    assert failures == alerts.errors
    assert dialog.isVisible() and dialog.export_button.isEnabled() and not dialog.busy
    assert not out.exists()


def test_export_without_anything_to_export(make_window, alerts):
    window = make_window()
    assert window.open_export_dialog() is None
    assert alerts.errors and "Nothing to export" in alerts.errors[0]


# --- archived issues by date -----------------------------------------------------------------------------------

def _archive_three_days(window) -> list[str]:
    """The sample on screen saved, plus two more days of it (changed a little, so they are new sources)."""
    assert window.save()
    text = resource_path("sample-issue.txt").read_text(encoding="utf-8")
    dates = [window.issue.meta.date]
    for k, date in enumerate(("2026-03-09", "2026-03-16"), start=1):
        issue = detect_issue(text + "\n" * k, meta=IssueMeta(date=date))
        window.archive.save(issue, issue_id=None, source_name=f"day{k}.txt", who="test")
        dates.append(date)
    return dates


@needs_archive
def test_range_export_to_csv_and_docx(window, make_window, qtbot, alerts, pickers, tmp_path):
    docx = pytest.importorskip("docx")
    dates = _archive_three_days(window)
    n = len(window.issue.article_ids())
    dialog = open_dialog(window, qtbot)
    assert dialog.scope_range.isEnabled()
    dialog.scope_range.setChecked(True)
    assert dialog.range_count.text() == dialog.tr("%n issue(s)", "", 3)
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert dates[0] in dialog.preview_title.text()
    dialog.set_format("csv")
    out = tmp_path / "march.csv"
    dialog.set_target(str(out))
    run_export(dialog, qtbot, alerts)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 3 * n
    assert sorted({r["date"] for r in rows}) == sorted(dates)
    assert dialog.tr("Exported %n issue(s) as %1 to:", "", 3).replace("%1", dialog.format_label("csv")) \
        in alerts.infos[-1]

    # two of the three days, as Word: a folder with one document per issue
    dialog = open_dialog(window, qtbot)
    dialog.scope_range.setChecked(True)
    dialog.date_from.setDate(dialog.date_from.date().fromString("2026-03-05", "yyyy-MM-dd"))
    assert dialog.range_count.text() == dialog.tr("%n issue(s)", "", 2)
    dialog.set_format("docx")
    assert dialog.wants_folder() and dialog.target_label.text()
    folder = tmp_path / "word"
    pickers["folder"] = str(folder)
    dialog.choose_button.click()
    run_export(dialog, qtbot, alerts)
    files = sorted(folder.glob("*.docx"))
    assert [f.name[:10] for f in files] == ["2026-03-09", "2026-03-16"]
    for f in files:
        assert sum(p.style.name == "Heading 1" for p in docx.Document(str(f)).paragraphs) == n
    assert dialog.progress.maximum() == 3 and dialog.progress.value() == 3


@needs_archive
def test_range_export_without_an_open_issue(window, make_window, qtbot, alerts, tmp_path):
    _archive_three_days(window)
    other = make_window()
    dialog = other.open_export_dialog()
    assert dialog is not None
    assert not dialog.scope_current.isEnabled() and dialog.scope_range.isChecked()
    dialog.set_format("json")
    out = tmp_path / "all.json"
    dialog.set_target(str(out))
    run_export(dialog, qtbot, alerts)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [i["issue"]["date"] for i in data["issues"]] == ["2026-03-02", "2026-03-09", "2026-03-16"]


@needs_archive
def test_cancelled_range_export_writes_nothing(window, tmp_path):
    _archive_three_days(window)
    cancel = threading.Event()
    steps = []

    def progress(done, total, phase):
        steps.append((done, total, phase))
        cancel.set()  # the editor presses Cancel while the first issue is read

    out = tmp_path / "x.md"
    with pytest.raises(ExportCancelled):
        export_range(Path(window.archive.path), "2026-01-01", "2026-12-31", "md", out, False, progress, cancel)
    assert steps == [(1, 4, "load")]
    assert not out.exists()
