"""Start-up (sample on the first run, a file, recovery), run_gui in a real process, languages and CJK glyphs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gui_helpers import body_block
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from editor_app.core.paths import resource_path
from editor_app.gui import i18n, style
from editor_app.gui.app import Workbench, configure_application

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def workbench(qtbot):
    made = []

    def make() -> Workbench:
        wb = Workbench()
        qtbot.addWidget(wb.window)
        wb.window.show()
        made.append(wb)
        return wb

    yield make
    for wb in made:
        wb.window._close_without_prompt = True
        wb.translations.switch("en")


def test_first_start_opens_the_sample_then_never_again(workbench, qtbot):
    wb = workbench()
    assert wb.window.document is None
    wb.start(None)
    qtbot.waitUntil(lambda: wb.window.document is not None, timeout=20000)
    assert wb.window.document.source_name == "Sample issue"
    assert wb.window.article_model.rowCount() == len(wb.window.issue.article_ids()) > 5
    assert wb.ui_state.first_run_done
    wb2 = workbench()
    wb2.start(None)
    qtbot.wait(300)
    assert wb2.window.document is None and not wb2.window.loading


def test_start_with_a_file(workbench, qtbot, tmp_path, sample_path):
    path = tmp_path / "2026-03-02.txt"
    path.write_bytes(sample_path.read_bytes())
    wb = workbench()
    wb.start(str(path))
    qtbot.waitUntil(lambda: wb.window.document is not None, timeout=20000)
    assert wb.window.document.path == str(path)
    assert wb.window.windowTitle().startswith("2026-03-02.txt")


def test_start_offers_recovery_first(workbench, qtbot, alerts, window):
    idx = body_block(window.issue)
    window.source.select_block(idx)
    window.actions["role_caption"].trigger()
    window.autosave_now()
    alerts.recover_answer = "recover"
    wb = workbench()
    wb.start(None)
    assert wb.window.document is not None and wb.window.document.modified
    assert wb.window.issue.blocks[idx].role == "caption"
    assert not wb.window.loading  # no sample on top of recovered work


def test_language_switch_rebuilds_the_window_and_keeps_the_issue(workbench, qtbot, sample_issue):
    from editor_app.gui.document import IssueDocument

    wb = workbench()
    old = wb.window
    old.install_document(IssueDocument(sample_issue, "s.txt"))
    old.source.select_block(body_block(sample_issue))
    old.actions["role_caption"].trigger()
    article = old.current_article
    doc = old.document
    new = wb.switch_language("zh_CN")
    qtbot.addWidget(new)
    assert new is wb.window and new is not old
    assert not old.isVisible()
    assert new.document is doc and doc.undo_stack.count() == 1 and doc.modified
    assert new.current_article == article
    menus = [a.text() for a in new.menuBar().actions()]
    assert menus[0] == "文件(&F)"
    assert new.actions["undo"].text() == "撤销“设为：图片说明”(&U)"
    assert "篇文章" in new.status_articles.text()
    assert new.inspector.labels["headline"].text() == "主题"
    new.undo()
    assert not doc.modified
    back = wb.switch_language("en")
    qtbot.addWidget(back)
    assert back.menuBar().actions()[0].text() == "&File"
    assert back.status_articles.text() == f"{len(sample_issue.article_ids())} articles"


def test_preferences_change_language_through_the_dialog(workbench, qtbot, monkeypatch):
    from editor_app.gui import dialogs

    wb = workbench()
    old = wb.window

    def choose_chinese(parent, prefs):
        prefs.language = "zh_CN"
        return True

    monkeypatch.setattr(dialogs, "edit_preferences", choose_chinese)
    old.actions["preferences"].trigger()
    assert wb.window is not old
    qtbot.addWidget(wb.window)
    assert wb.window.windowTitle() == "版面编辑器"
    assert wb.prefs.language == "zh_CN"


def test_resolve_language():
    assert i18n.resolve_language("zh_CN", "en_US") == "zh_CN"
    assert i18n.resolve_language("", "zh_CN") == "zh_CN"
    assert i18n.resolve_language("", "zh_TW") == "zh_CN"
    assert i18n.resolve_language("", "de_DE") == "en"
    assert i18n.resolve_language("xx", "C") == "en"


def test_chinese_catalogue_is_complete_and_built():
    folder = REPO / "resources" / "i18n"
    ts = folder / "editor_app_zh_CN.ts"
    qm = folder / "editor_app_zh_CN.qm"
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 200
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")]
    assert unfinished == []
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_every_tr_string_in_the_code_is_in_the_catalogue(tmp_path):
    """lupdate over the GUI sources finds nothing the shipped catalogue lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    probe = tmp_path / "probe.ts"
    sources = sorted(str(p) for p in (REPO / "editor_app" / "gui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(probe)], check=True, capture_output=True)
    found = {(c.find("name").text, m.find("source").text) for c in ET.parse(probe).getroot().iter("context")
             for m in c.iter("message")}
    shipped = {(c.find("name").text, m.find("source").text)
               for c in ET.parse(REPO / "resources" / "i18n" / "editor_app_zh_CN.ts").getroot().iter("context")
               for m in c.iter("message")}
    assert found - shipped == set()


def test_labels_follow_the_language(qapp):
    tr = i18n.Translations()
    try:
        assert tr.switch("zh_CN")
        assert i18n.role_label("headline") == "主题"
        assert i18n.status_label("reviewed") == "已审核"
        assert i18n.core_message("/x/a.txt is empty") == "/x/a.txt 是空文件"
        assert i18n.core_message("/x/a.png is a binary file (PNG image), not a raw issue text") \
            == "/x/a.png 是二进制文件（PNG image），不是原始版面文本"
        assert i18n.command_text("Set role: caption") == "设为：图片说明"
        assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 3) == "3 篇文章"
        assert QCoreApplication.translate("Charts", "articles") == "文章篇数"  # chart axes follow the UI too
        from editor_app.gui import charts
        assert charts._top_note(8, 20) == "前 8 项，共 20 项"
    finally:
        tr.switch("en")
    assert i18n.role_label("headline") == "Headline"
    assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 1) == "1 article"
    from editor_app.gui import charts
    assert charts._top_note(8, 20) == "top 8 of 20"


def _render(text: str, font: QFont) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, 64, 64), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_cjk_glyphs_render_no_tofu(qapp):
    configure_application(qapp)
    if not style.installed_families(style.CJK_FAMILIES):
        pytest.skip("no CJK font installed")
    for font in (qapp.font(), style.default_source_font(qapp.font())):
        font.setPointSize(24)
        assert _render("陈", font) != _render("施", font)
    assert qapp.font().families()[0] in style.CJK_FAMILIES


RUN_GUI = textwrap.dedent("""
    import json, os, sys, time
    t0 = time.perf_counter()
    from PySide6.QtCore import QSettings, QTimer
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    from editor_app.core import wordseg
    from editor_app.gui import app as gui_app
    from PySide6.QtWidgets import QApplication
    report = {}
    ticks = []
    original_start = gui_app.Workbench.start

    def start(self, path):
        report["shown_s"] = time.perf_counter() - t0
        report["jieba_loaded_when_shown"] = wordseg.is_loaded()
        report["visible"] = self.window.isVisible()
        original_start(self, path)
        timer = QTimer(self.window)

        def poll():
            ticks.append(time.perf_counter())
            if self.window.document is not None and not self.window.loading:
                report["loaded_s"] = time.perf_counter() - t0
                report["source"] = self.window.document.source_name
                report["articles"] = self.window.article_model.rowCount()
                report["max_gap_s"] = max(b - a for a, b in zip(ticks, ticks[1:])) if len(ticks) > 1 else 0
                report["handler"] = type(sys.excepthook).__name__
                QApplication.instance().quit()

        timer.timeout.connect(poll)
        timer.start(10)

    gui_app.Workbench.start = start
    rc = gui_app.run_gui(sys.argv[2] if len(sys.argv) > 2 else None)
    report["rc"] = rc
    report["hook_restored"] = type(sys.excepthook).__name__ != "CrashHandler"
    print("REPORT " + json.dumps(report, ensure_ascii=False))
""")


@pytest.mark.parametrize("with_file", [False, True])
def test_run_gui_in_a_real_process(tmp_path, with_file, sample_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISSUE_EDITOR_DATA=str(tmp_path / "data"))
    args = [sys.executable, "-c", RUN_GUI, str(tmp_path / "settings")]
    if with_file:
        args.append(str(sample_path))
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    line = next((x for x in out.stdout.splitlines() if x.startswith("REPORT ")), None)
    assert line, out.stderr[-2000:]
    report = json.loads(line[len("REPORT "):])
    assert report["rc"] == 0 and report["visible"] and report["hook_restored"]
    assert report["handler"] == "CrashHandler"
    from editor_app.core.detect.pipeline import detect_file

    assert report["articles"] == len(detect_file(sample_path).article_ids())
    assert report["source"] == ("sample-issue.txt" if with_file else "Sample issue")
    # the window is up before jieba is, and the event loop keeps turning while it loads
    assert report["jieba_loaded_when_shown"] is False
    assert report["max_gap_s"] < 1.0, report


def test_sample_resource_exists():
    assert resource_path("sample-issue.txt").exists()
    assert (REPO / "resources" / "icons" / "app.svg").exists()


def test_layout_and_recent_files_are_remembered_apart_from_preferences(make_window):
    from PySide6.QtCore import QSettings

    first = make_window()
    first.main_split.setSizes([300, 700])
    first.ui_state.add_recent_file("/tmp/a.txt")
    first.save_layout()
    sizes = first.main_split.sizes()
    second = make_window()
    restored = second.main_split.sizes()
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02  # same split, whatever the width
    assert second.ui_state.recent_files == ["/tmp/a.txt"]
    keys = QSettings().allKeys()
    assert all(k.startswith(("state/", "preferences/")) for k in keys)
    assert "state/main_splitter" in keys and not any(k.startswith("preferences/") for k in keys)


def test_preferences_dialog_writes_preferences(qtbot, make_window):
    from editor_app.gui.dialogs import PreferencesDialog
    from editor_app.gui.settings import Preferences

    window = make_window()
    prefs = Preferences()
    dialog = PreferencesDialog(prefs, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.font_size.setValue(15)
    dialog.autosave.setValue(7)
    dialog.editor_name.setText("值班编辑")
    dialog.apply()
    again = Preferences()
    assert (again.language, again.source_font_size, again.autosave_seconds, again.editor_name) \
        == ("zh_CN", 15.0, 7, "值班编辑")
    window.apply_source_font()
    assert window.source.font().pointSizeF() == 15.0
    assert window.source.font().families()[0] == dialog.font_family.currentFont().family()
