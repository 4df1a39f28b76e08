"""`editor-app import/list/show/search/export/backup` through `editor_app.cli.main`, with one-line errors."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from editor_app import cli, cli_archive
from editor_app.core.storage import Archive

PAGE = """2026年3月{day}日 星期一 第01版 要闻

滨河区为小微企业减负

本报记者 林书瑶

今年以来，滨河区出台12项措施支持小微企业发展，全年预计减免租金3000余万元。

区市场监管局负责人介绍，全区新登记小微企业1200余家，同比增长15%。

2026年3月{day}日 星期一 第02版 经济

“清河行动”再出发

本报记者 周雨桐

滨河区启动新一轮清河专项行动，将对12条河道开展清淤。
"""


@pytest.fixture()
def run(monkeypatch, capsys):
    """Run `editor-app ARGS…` with the archive commands registered; returns (exit code, stdout, stderr)."""
    build = cli.build_parser

    def build_with_archive() -> argparse.ArgumentParser:
        parser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "import" not in sub.choices:  # until cli.py registers them itself
            cli_archive.add_commands(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", build_with_archive)

    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture()
def db(tmp_path) -> Path:
    return tmp_path / "archive.sqlite3"


def page(folder: Path, day: int, name: str | None = None) -> Path:
    path = folder / (name or f"page-202603{day:02d}.txt")
    path.write_text(PAGE.format(day=day), encoding="utf-8")
    return path


def test_import_list_show(run, db, tmp_path):
    files = [page(tmp_path, d) for d in (2, 3)]
    code, out, err = run("import", *files, "--db", db, "--paper", "滨河日报")
    assert (code, err) == (0, "")
    assert "imported as issue 1 (2 articles, 2026-03-02)" in out
    assert "2 imported, 0 already in the archive, 0 failed" in out
    code, out, _ = run("list", "--db", db)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("1 ") and "2026-03-02" in lines[0] and "滨河日报" in lines[0]
    assert lines[1].startswith("2 ") and "page-20260303.txt" in lines[1]
    code, out, _ = run("show", "2", "--db", db)
    assert code == 0 and "issue 2: 2026-03-03, 滨河日报" in out and "滨河区为小微企业减负" in out
    code, out, _ = run("show", "2026-03-02", "--db", db)
    assert code == 0 and out.startswith("issue 1:")


def test_reimport_says_already_there_and_stores_nothing(run, db, tmp_path):
    path = page(tmp_path, 2)
    assert run("import", path, "--db", db)[0] == 0
    code, out, err = run("import", page(tmp_path, 2, name="renamed.txt"), "--db", db)
    assert (code, err) == (0, "")
    assert "already in the archive as issue 1; nothing stored" in out
    with Archive.open(db, readonly=True) as a:
        assert len(a.list_issues()) == 1


def test_bad_file_fails_alone(run, db, tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(100))
    code, out, err = run("import", page(tmp_path, 2), bad, tmp_path / "gone.txt", page(tmp_path, 3), "--db", db)
    assert code == 2
    errors = err.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("editor-app: ") for e in errors)
    assert "scan.txt is a binary file (PDF document)" in errors[0] and "gone.txt does not exist" in errors[1]
    assert "2 imported, 0 already in the archive, 2 failed" in out


def test_date_from_option_file_name_or_header(run, db, tmp_path):
    no_header = tmp_path / "滨河日报-2026-05-06.txt"
    text = "\n".join(ln for ln in PAGE.format(day=2).splitlines() if not ln.startswith("2026年"))
    no_header.write_text(text, encoding="utf-8")  # no page header: the date comes from the file name
    assert run("import", no_header, page(tmp_path, 9, name="x.txt"), "--db", db)[0] == 0
    assert run("import", page(tmp_path, 4), "--date", "2026-04-01", "--db", db)[0] == 0
    with Archive.open(db, readonly=True) as a:
        assert [s.date for s in a.list_issues()] == ["2026-05-06", "2026-03-09", "2026-04-01"]
    with pytest.raises(SystemExit):
        run("import", page(tmp_path, 4), "--date", "April", "--db", db)


def test_search_with_snippets_and_filters(run, db, tmp_path):
    run("import", page(tmp_path, 2), page(tmp_path, 20), "--db", db)
    code, out, err = run("search", "小微", "--db", db)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 4  # two hits, a header line and a snippet line each
    assert lines[0].startswith("2:1  2026-03-20  要闻  p.01  滨河区为小微企业减负  — 林书瑶")
    assert "【小微】企业" in lines[1]
    code, out, _ = run("search", "河道", "--reporter", "周雨桐", "--from", "2026-03-10", "--db", db)
    assert code == 0 and out.splitlines()[0].startswith("2:2")
    code, out, _ = run("search", "", "--campaign", "清河专项行动", "--section", "经济", "--to", "2026-03-10",
                       "--db", db)
    assert code == 0 and [ln.split()[0] for ln in out.splitlines()[::2]] == ["1:2"]
    code, out, _ = run("search", "小微", "--json", "--limit", "1", "--db", db)
    hits = json.loads(out)
    assert len(hits) == 1 and hits[0]["paragraphs"] == [0, 1] and "【小微】" in hits[0]["snippet"]
    for hostile in ("C++", "NEAR(", '"', "*", "OR"):
        code, out, err = run("search", hostile, "--db", db)
        assert code == 0 and out == "" and err == "no articles match\n"


def test_export_is_detect_json_with_edits(run, db, tmp_path):
    from editor_app.core.paths import resource_path

    sample = resource_path("sample-issue.txt")
    code, detected, _ = run("detect", sample)
    assert code == 0
    assert run("import", sample, "--db", db)[0] == 0
    out_file = tmp_path / "out" / "issue.json"
    out_file.parent.mkdir()
    code, out, err = run("export", "1", "--format", "json", "--out", out_file, "--db", db)
    assert (code, err) == (0, "")
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    expected = json.loads(detected)
    assert exported["articles"] == expected["articles"]
    assert exported["blocks"] == expected["blocks"]
    assert exported["source"] == {**expected["source"], "path": "sample-issue.txt"}
    # an editor's correction shows in the next export
    with Archive.open(db) as a:
        issue = a.load_issue(1)
        issue.records[issue.article_ids()[0]].overrides["headline"] = "改过的标题"
        issue.invalidate()
        a.save_issue(1, issue)
    code, out, _ = run("export", "1", "--out", "-", "--db", db)
    data = json.loads(out)
    assert data["articles"][0]["headline"] == "改过的标题" and data["articles"][0]["edited_fields"] == ["headline"]
    assert not list(out_file.parent.glob(".*.tmp"))


def test_backup_command(run, db, tmp_path):
    run("import", page(tmp_path, 2), "--db", db)
    code, out, err = run("backup", tmp_path / "copy.sqlite3", "--db", db)
    assert code == 0 and "backed up the archive to" in out
    with Archive.open(tmp_path / "copy.sqlite3", readonly=True) as copy:
        assert len(copy.list_issues()) == 1
    code, _out, err = run("backup", db, "--db", db)
    assert code == 2 and err.startswith("editor-app: the backup") and err.count("\n") == 1


def test_archive_problems_are_one_line_exit_2(run, tmp_path):
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("这不是数据库", encoding="utf-8")
    for args in (("list",), ("search", "小微"), ("show", "1"), ("import", page(tmp_path, 2))):
        code, out, err = run(*args, "--db", text_file)
        assert code == 2 and out == ""
        assert err == f"editor-app: {text_file} is not an Issue Editor archive (it is not a SQLite database)\n"
    code, _out, err = run("list", "--db", tmp_path / "missing.sqlite3")
    assert code == 2 and "there is no archive at" in err
    run("import", page(tmp_path, 2), "--db", tmp_path / "a.sqlite3")
    code, _out, err = run("show", "7", "--db", tmp_path / "a.sqlite3")
    assert (code, err) == (2, "editor-app: there is no issue 7 in the archive\n")
    code, _out, err = run("show", "seven", "--db", tmp_path / "a.sqlite3")
    assert code == 2 and "is not an issue id" in err


def test_default_archive_is_in_the_user_data_folder(run, tmp_path, monkeypatch):
    monkeypatch.setenv("ISSUE_EDITOR_DATA", str(tmp_path / "data"))
    assert run("import", page(tmp_path, 2))[0] == 0
    assert (tmp_path / "data" / "archive.sqlite3").exists()
    code, out, _ = run("list")
    assert code == 0 and out.startswith("1 ")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_only():
    term = _Terminal()
    bar = cli_archive.Progress(4, term)
    bar.update(1, "a.txt")
    bar.print("line", io.StringIO())
    bar.update(4, "d.txt")
    bar.finish()
    text = term.getvalue()
    assert "[######..................] 1/4 a.txt" in text and "4/4 d.txt" in text and text.endswith("\r\x1b[K")
    quiet = io.StringIO()
    cli_archive.Progress(4, quiet).update(2)
    assert quiet.getvalue() == ""
