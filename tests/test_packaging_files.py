"""The packaging files agree with each other and with the app, without building the bundle.

The .desktop entry, the AppStream metainfo, the icon and the PyInstaller spec all name the app by its id
(editor_app.APP_ID); the spec asks for the two executables the desktop entry and the docs promise and leaves
out what we do not ship. packaging/smoke_test.py builds and runs the real bundle (slow, not run here).
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

import editor_app
from editor_app import APP_ID

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON = PACKAGING / f"{APP_ID}.svg"
SPEC = PACKAGING / "issue-editor.spec"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name, Name[zh_CN]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


# --- the spec, executed with stand-ins for PyInstaller's building blocks -----------------------------------------
class FakeAnalysis:
    calls: list[dict] = []

    def __init__(self, scripts, **kwargs):
        FakeAnalysis.calls.append({"scripts": scripts, **kwargs})
        names = [Path(s).stem for s in scripts]
        self.scripts = [("pyiboot01_bootstrap", "/bootstrap.py", "PYSOURCE")] + [
            (name, script, "PYSOURCE") for name, script in zip(names, scripts)]
        self.pure = []
        self.binaries = []  # empty: the ldd pass over binaries needs a real build
        # PyInstaller turns the spec's (source, folder) pairs into (destination, source, kind) entries
        self.datas = [(f"{folder}/{Path(src).name}", src, "DATA") for src, folder in kwargs["datas"]] + [
            ("jieba/dict.txt", "/site/jieba/dict.txt", "DATA"),
            ("jieba/lac_small/model_baseline/word_emb", "/site/jieba/lac_small/model_baseline/word_emb", "DATA"),
            ("jieba/posseg/prob_emit.p", "/site/jieba/posseg/prob_emit.p", "DATA"),
            ("jieba/analyse/idf.txt", "/site/jieba/analyse/idf.txt", "DATA"),
            ("jieba/finalseg/prob_emit.p", "/site/jieba/finalseg/prob_emit.p", "DATA"),
            ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/site/qtbase_zh_CN.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/site/qtbase_de.qm", "DATA"),
            ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ]


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    FakeAnalysis.calls = []
    built: dict[str, list] = {"EXE": [], "COLLECT": [], "PYZ": []}

    def record(kind):
        def make(*args, **kwargs):
            obj = SimpleNamespace(args=args, **kwargs)
            built[kind].append(obj)
            return obj
        return make

    namespace = {"__file__": str(SPEC), "SPECPATH": str(PACKAGING), "workpath": str(tmp_path_factory.mktemp("work")),
                 "Analysis": FakeAnalysis, "EXE": record("EXE"), "PYZ": record("PYZ"), "COLLECT": record("COLLECT")}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return SimpleNamespace(ns=namespace, analyses=FakeAnalysis.calls, **built)


def test_spec_builds_a_windowed_app_and_a_console_cli_in_one_folder(spec):
    exes = {exe.name: exe for exe in spec.EXE}
    assert set(exes) == {"issue-editor", "editor-app"}
    assert exes["issue-editor"].console is False
    assert exes["editor-app"].console is True
    assert all(exe.exclude_binaries for exe in exes.values())  # one-folder: the libraries go to COLLECT
    (collect,) = spec.COLLECT
    assert collect.name == "issue-editor"
    assert exes["issue-editor"] in collect.args and exes["editor-app"] in collect.args
    # each executable runs PyInstaller's bootstrap and only its own entry script
    gui_scripts = [entry[0] for entry in exes["issue-editor"].args[1]]
    cli_scripts = [entry[0] for entry in exes["editor-app"].args[1]]
    assert gui_scripts == ["pyiboot01_bootstrap", "frozen_gui"]
    assert cli_scripts == ["pyiboot01_bootstrap", "frozen_cli"]
    for script in spec.analyses[0]["scripts"]:
        assert Path(script).is_file()


def test_desktop_entry_starts_the_windowed_executable(spec):
    entry = desktop_entry()
    gui_exe = next(exe.name for exe in spec.EXE if exe.console is False)
    assert entry["Exec"].split()[0] == gui_exe
    assert entry["TryExec"] == gui_exe


def test_spec_leaves_out_what_we_do_not_use(spec):
    excludes = spec.analyses[0]["excludes"]
    for module in ("jieba.lac_small", "jieba.posseg", "jieba.analyse", "pkg_resources", "PySide6.QtQml",
                   "PySide6.QtQuick", "PySide6.QtPdf", "PySide6.QtNetwork"):
        assert module in excludes
    analysis = spec.ns["a"]
    kept = {dest for dest, _src, _kind in analysis.datas}
    assert "jieba/dict.txt" in kept
    assert not any(dest.startswith(("jieba/lac_small", "jieba/posseg", "jieba/analyse", "jieba/finalseg"))
                   for dest in kept)
    assert "PySide6/Qt/translations/qtbase_zh_CN.qm" in kept
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept
    assert "libQt6Pdf.so.6" not in kept  # a link to a library nobody ships any more
    keep = spec.ns["keep"]
    plugins = "PySide6/Qt/plugins/"
    for wanted in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                   "platforminputcontexts/libibusplatforminputcontextplugin.so"):
        assert keep(plugins + wanted), wanted
    for unwanted in ("imageformats/libqpdf.so", "platformthemes/libqgtk3.so", "platforms/libqeglfs.so",
                     "sqldrivers/libqsqlite.so", "qmltooling/libqmldbg_tcp.so", "tls/libqopensslbackend.so"):
        assert not keep(plugins + unwanted), unwanted


def test_the_app_imports_nothing_the_spec_leaves_out(spec):
    assert spec.ns["excluded_imports"]() == []
    stray = spec.ns["STAGE"] / "editor_app" / "gui" / "stray_import_for_test.py"
    stray.write_text("from PySide6 import QtNetwork\nimport jieba.posseg as pseg\n", encoding="utf-8")
    try:
        found = spec.ns["excluded_imports"]()
    finally:
        stray.unlink()
    assert found == ["editor_app/gui/stray_import_for_test.py:1 PySide6.QtNetwork",
                     "editor_app/gui/stray_import_for_test.py:2 jieba.posseg"]


def test_spec_ships_the_resources_where_importlib_resources_finds_them(spec):
    datas = {(Path(src).name, dest) for src, dest in spec.analyses[0]["datas"]}
    assert ("sample-issue.txt", "editor_app/resources") in datas
    assert ("campaigns.json", "editor_app/resources") in datas
    for icon in (ROOT / "resources" / "icons").glob("*.svg"):
        assert (icon.name, "editor_app/resources/icons") in datas
    assert not any(name.endswith((".py", ".ts")) for name, _dest in datas)
    hidden = set(spec.analyses[0]["hiddenimports"])
    assert {"editor_app.cli", "editor_app.resources"} <= hidden
    modules = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
               for p in (ROOT / "editor_app").rglob("*.py")}
    assert modules <= hidden  # the GUI is imported lazily: every module is asked for by name


def test_desktop_entry_names_the_app_by_its_id():
    assert DESKTOP.name == f"{APP_ID}.desktop"
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Name"] == "Issue Editor"
    assert entry["Name[zh_CN]"] and entry["Comment"] and entry["Comment[zh_CN]"]
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert "%f" in entry["Exec"].split()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_file_validate():
    proc = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_metainfo_names_the_app_by_its_id():
    root = metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "LicenseRef-proprietary"
    assert {el.get(XML_LANG) for el in root.findall("name")} == {None, "zh-CN"}
    assert {el.get(XML_LANG) for el in root.findall("summary")} == {None, "zh-CN"}
    assert root.find("developer/name") is not None and root.findtext("developer_name")
    assert root.find("content_rating") is not None
    assert {el.text for el in root.findall("provides/binary")} == {"issue-editor", "editor-app"}


def test_metainfo_release_and_screenshot():
    root = metainfo()
    release = root.find("releases/release")
    assert release is not None
    assert release.get("version") == editor_app.__version__ == "0.1.0"
    assert release.get("date") == "2026-11-25"
    image = root.findtext("screenshots/screenshot/image") or ""
    assert image.startswith("https://") and image.endswith("docs/screenshots/workbench-zh.png")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstreamcli_validate():
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_icon_is_a_square_svg():
    assert ICON.name == f"{APP_ID}.svg"
    root = ET.parse(ICON).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height > 0


def test_frozen_gui_entry_guards_missing_stdout_and_stderr(monkeypatch):
    spec = importlib.util.spec_from_file_location("frozen_gui_under_test", PACKAGING / "frozen_gui.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    module.guard_streams()
    try:
        assert sys.stdout.name == sys.stderr.name == os.devnull
        print("goes nowhere")  # would raise AttributeError on None
        sys.stderr.write("nor this\n")
    finally:
        sys.stdout.close()
        sys.stderr.close()
