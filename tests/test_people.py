"""The people roster: built from bylines, sorted by pinyin, renamed, merged, staff; and what detection uses next."""

from __future__ import annotations

import json
import sqlite3

import pytest

from editor_app import cli
from editor_app.core import commands
from editor_app.core.detect.pipeline import detect_issue, guess_date
from editor_app.core.issue import IssueMeta
from editor_app.core.learning.names import pinyin, pinyin_key, sort_names
from editor_app.core.storage import Archive, ArchiveError
from editor_app.core.storage.people import Person, sort_people

# Two pages; 林书瑶 writes twice, 欧阳晓 and 单一鸣 once each, 周雨桐 with a correspondent.
PAGE = """2026年{month}月{day}日 星期一 第01版 要闻

滨河区为小微企业减负

本报记者 林书瑶

今年以来，滨河区出台12项措施支持小微企业发展，全年预计减免租金3000余万元。

区市场监管局负责人介绍，全区新登记小微企业1200余家，同比增长15%。

老旧小区加装电梯提速

本报记者 欧阳晓 单一鸣

滨河区今年计划为80栋老旧住宅楼加装电梯，目前已有32栋开工。

居民代表说，加装电梯解决了老人上下楼难的问题。

2026年{month}月{day}日 星期一 第02版 经济

小微商户用上数字账本

本报记者 周雨桐 通讯员 高思远

青石街道200余家小微商户近日用上了免费的数字记账工具。

一位商户说，以前记账靠纸笔，现在手机上点几下就行。

清河再出发

本报记者 林书瑶

滨河区启动新一轮河道整治，将对12条河道开展清淤。
"""


def page(month: int = 3, day: int = 2, replace: dict[str, str] | None = None) -> str:
    text = PAGE.format(month=month, day=day)
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    return text


@pytest.fixture()
def archive(tmp_path):
    a = Archive.open(tmp_path / "archive.sqlite3")
    yield a
    a.close()


def store(archive: Archive, text: str) -> int:
    issue = detect_issue(text, registry=archive.registry(), roster=archive.people_names(),
                         meta=IssueMeta(date=guess_date(text)))
    issue_id, created = archive.import_issue(issue, source_name="page.txt")
    assert created
    return issue_id


def by_name(archive: Archive, **kw) -> dict[str, Person]:
    return {p.name: p for p in archive.people(**kw)}


def bylines(archive: Archive, issue_id: int) -> list[list[str]]:
    return [[b.name for b in v.bylines] for v in archive.load_issue(issue_id).views()]


# --- the roster --------------------------------------------------------------------------------------------

def test_roster_from_bylines_with_roles_counts_and_dates(archive):
    store(archive, page(3, 2))
    store(archive, page(4, 8))
    people = by_name(archive)
    assert set(people) == {"林书瑶", "欧阳晓", "单一鸣", "周雨桐", "高思远"}
    lin = people["林书瑶"]
    assert (lin.article_count, lin.first_seen, lin.last_seen, lin.roles) == (4, "2026-03-02", "2026-04-08",
                                                                            ["reporter"])
    assert people["高思远"].roles == ["correspondent"]
    assert all(p.confirmed_count == 0 and not p.confirmed and not p.staff for p in people.values())
    assert sorted(archive.people_names()) == sorted(people)


def test_confirmed_counts_follow_review(archive):
    issue_id = store(archive, page())
    issue = archive.load_issue(issue_id)
    first = issue.views()[0]
    commands.set_status(issue, first.id, "reviewed").apply(issue)
    assert archive.save_issue(issue_id, issue)
    people = by_name(archive)
    assert people["林书瑶"].confirmed_count == 1 and people["林书瑶"].article_count == 2
    assert people["周雨桐"].confirmed_count == 0


def test_sorting_by_pinyin_count_and_recent(archive):
    store(archive, page(3, 2))
    store(archive, page(5, 1, {"林书瑶": "安然"}))
    store(archive, page(5, 2, {"林书瑶": "安然"}))
    names = [p.name for p in archive.people(sort="pinyin")]
    # 安 an, 高 gao, 林 lin, 欧阳 ou yang, 单 (as a surname) shan, 周 zhou
    assert names == ["安然", "高思远", "林书瑶", "欧阳晓", "单一鸣", "周雨桐"]
    # most articles first, ties in pinyin order
    assert [p.name for p in archive.people(sort="count")] == ["安然", "高思远", "欧阳晓", "单一鸣", "周雨桐", "林书瑶"]
    recent = archive.people(sort="recent")
    assert recent[0].name == "安然" and recent[-1].name == "林书瑶"
    with pytest.raises(ValueError):
        archive.people(sort="age")


def test_pinyin_keys_read_surnames_as_surnames():
    assert pinyin("单一鸣") == "shan yi ming"
    assert pinyin("曾宁") == "zeng ning"
    assert pinyin("陈施君") == "chen shi jun"
    assert sort_names(["周雨桐", "安然", "陈施君", "陳大文"]) == ["安然", "陳大文", "陈施君", "周雨桐"]
    assert pinyin_key("Anna") < pinyin_key("白云")
    people = [Person(1, "周", [], None, "2026-01-01", 3), Person(2, "安", [], None, None, 3),
              Person(3, "白", [], None, "2026-02-01", 1)]
    assert [p.name for p in sort_people(people, "recent")] == ["白", "周", "安"]


# --- rename -------------------------------------------------------------------------------------------------

def test_rename_changes_every_byline_in_one_logged_transaction(archive):
    first = store(archive, page(3, 2))
    second = store(archive, page(3, 3))
    n = archive.rename_person("林书瑶", "林淑瑶", who="tester")
    assert n == 2
    for issue_id in (first, second):
        names = bylines(archive, issue_id)
        assert names[0] == ["林淑瑶"] and names[3] == ["林淑瑶"]
        assert not any("林书瑶" in group for group in names)
        # the saved override holds the new spelling; a reload and save changes nothing more
        rows = archive.conn.execute("SELECT overrides FROM articles WHERE issue_id = ? ORDER BY article",
                                    (issue_id,)).fetchall()
        assert json.loads(rows[0][0])["bylines"] == [{"role": "reporter", "name": "林淑瑶"}]
        assert archive.save_issue(issue_id, archive.load_issue(issue_id)) is False
    people = by_name(archive)
    assert "林书瑶" not in people and people["林淑瑶"].article_count == 4
    assert people["林淑瑶"].aliases == ("林书瑶",)
    assert archive.person_aliases() == {"林书瑶": "林淑瑶"}
    assert archive.person("林书瑶").name == "林淑瑶"  # an old spelling still finds the person
    assert {h.article for h in archive.search(reporter="林淑瑶")} == {0, 3}
    assert archive.search(reporter="林书瑶") == []
    assert archive.search("林淑瑶")  # the index knows the new name
    log = [e for e in archive.edit_log() if e.action == "rename_person"]
    assert log[-1].who == "tester" and log[-1].before == {"name": "林书瑶"}
    assert log[-1].after["name"] == "林淑瑶" and log[-1].after["issues"] == [first, second]
    assert archive.list_issues()[0].status == "edited"
    assert archive.check() == []


def test_rename_changes_what_detection_uses_next(archive, tmp_path):
    from editor_app.core.storage.importer import import_files

    store(archive, page())
    archive.rename_person("林书瑶", "林淑瑶")
    roster = archive.people_names()
    assert "林淑瑶" in roster and "林书瑶" not in roster
    # the old spelling in a new issue is now a stranger: detection flags it
    issue = detect_issue(page(3, 9), registry=archive.registry(), roster=roster)
    byline = next(b for b in issue.blocks if b.role == "byline" and "林书瑶" in b.text)
    assert "not in the roster: 林书瑶" in byline.reason and byline.confidence < 0.6
    # and the importer passes the new roster too
    path = tmp_path / "issue-20260310.txt"
    path.write_text(page(3, 10, {"林书瑶": "林淑瑶"}), encoding="utf-8")
    [result] = import_files(archive, [path])
    loaded = archive.load_issue(result.issue_id)
    assert "林淑瑶" in loaded.roster
    assert all("not in the roster" not in b.reason for b in loaded.blocks if "林淑瑶" in b.text)


def test_rename_refusals(archive):
    store(archive, page())
    with pytest.raises(ArchiveError) as err:
        archive.rename_person("林书瑶", "周雨桐")
    assert err.value.kind == "exists" and "merge" in str(err.value)
    with pytest.raises(ArchiveError) as err:
        archive.rename_person("无名氏", "有名氏")
    assert err.value.kind == "not_found"
    with pytest.raises(ArchiveError) as err:
        archive.rename_person("林书瑶", "  ")
    assert err.value.kind == "invalid"
    with pytest.raises(ArchiveError) as err:
        archive.rename_person("林书瑶", "名" * 41)
    assert err.value.kind == "invalid"
    assert archive.rename_person("林书瑶", "林 书瑶") == 0  # the same name once spaces are gone
    assert "林书瑶" in archive.people_names()


def test_a_failed_rename_changes_nothing(archive, monkeypatch):
    first = store(archive, page(3, 2))
    store(archive, page(3, 3))
    before = sqlite_dump(archive)
    calls = []
    original = Archive._save_prepared

    def fail_on_second(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Archive, "_save_prepared", fail_on_second)
    with pytest.raises(ArchiveError):
        archive.rename_person("林书瑶", "林淑瑶")
    assert sqlite_dump(archive) == before
    assert bylines(archive, first)[0] == ["林书瑶"]


def sqlite_dump(archive: Archive) -> list[str]:
    return list(archive.conn.iterdump())


# --- merge and staff ----------------------------------------------------------------------------------------

def test_merge_moves_bylines_and_keeps_one_per_article(archive):
    first = store(archive, page(3, 2))
    second = store(archive, page(3, 3, {"林书瑶": "林淑瑶"}))
    # one article names both spellings
    third = store(archive, page(3, 4, {"本报记者 欧阳晓 单一鸣": "本报记者 林书瑶 林淑瑶"}))
    archive.set_staff("林淑瑶")
    n = archive.merge_people("林书瑶", "林淑瑶")
    assert n == 2
    people = by_name(archive, include_unused=True)
    assert "林淑瑶" not in people
    lin = people["林书瑶"]
    assert lin.article_count == 7 and lin.staff and lin.aliases == ("林淑瑶",)
    assert bylines(archive, second)[0] == ["林书瑶"]
    assert bylines(archive, third)[1] == ["林书瑶"]
    assert bylines(archive, first)[0] == ["林书瑶"]
    assert "林淑瑶" not in archive.people_names()
    assert archive.edit_log()[-1].action == "merge_people"
    with pytest.raises(ArchiveError) as err:
        archive.merge_people("林书瑶", "林淑瑶")
    assert err.value.kind == "not_found" and "now spelled 林书瑶" in str(err.value)
    with pytest.raises(ArchiveError):
        archive.merge_people("林书瑶", "林书瑶")
    assert archive.check() == []


def test_staff_stay_in_the_roster_without_bylines(archive):
    issue_id = store(archive, page())
    archive.set_staff("高思远")
    assert archive.person("高思远").staff
    # an editor removes the correspondent from the only byline naming him
    issue = archive.load_issue(issue_id)
    view = next(v for v in issue.views() if any(b.name == "高思远" for b in v.bylines))
    commands.set_field(issue, view.id, "bylines", [{"role": "reporter", "name": "周雨桐"}]).apply(issue)
    archive.save_issue(issue_id, issue)
    assert archive.person("高思远").article_count == 0
    assert "高思远" in archive.people_names()
    archive.set_staff("高思远", False)
    assert "高思远" not in archive.people_names()
    assert "高思远" not in by_name(archive) and "高思远" in by_name(archive, include_unused=True)
    added = archive.add_person("新同事")
    assert added.staff and "新同事" in archive.people_names()
    with pytest.raises(ArchiveError):
        archive.add_person("新同事")


def test_known_names_split_run_together_bylines(archive):
    store(archive, page(3, 2, {"本报记者 欧阳晓 单一鸣": "本报记者 欧阳晓 单一鸣"}))
    text = page(3, 5, {"本报记者 欧阳晓 单一鸣": "本报记者 欧阳晓单一鸣"})
    issue = detect_issue(text, registry=archive.registry(), roster=archive.people_names(), meta=IssueMeta())
    assert [b.name for b in issue.views()[1].bylines] == ["欧阳晓", "单一鸣"]


# --- the command line ---------------------------------------------------------------------------------------

def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_people_list_csv_rename_merge_staff(tmp_path, capsys):
    db = tmp_path / "a.sqlite3"
    with Archive.open(db) as a:
        store(a, page(3, 2))
        store(a, page(3, 3, {"林书瑶": "林淑瑶"}))
    code, out, err = run(capsys, "people", "--db", db)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["name", "roles", "articles"]
    # 林书瑶 and 林淑瑶 read the same (lin shu yao): the characters decide
    assert [line.split()[0] for line in lines[1:]] == ["高思远", "林书瑶", "林淑瑶", "欧阳晓", "单一鸣", "周雨桐"]
    csv_path = tmp_path / "people.csv"
    assert run(capsys, "people", "--db", db, "--sort", "count", "--csv", csv_path, "--bom")[0] == 0
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "周雨桐,zhou yu tong,reporter,2" in data.decode("utf-8-sig")
    code, out, _ = run(capsys, "people", "merge", "林书瑶", "林淑瑶", "--db", db)
    assert code == 0 and "merged 林淑瑶 into 林书瑶 (1 issue rewritten)" in out
    code, out, _ = run(capsys, "people", "--db", db, "rename", "欧阳晓", "欧阳晓晓")
    assert code == 0 and "renamed 欧阳晓 to 欧阳晓晓" in out
    code, out, _ = run(capsys, "people", "staff", "周雨桐", "--db", db)
    assert code == 0 and "now marked as staff" in out
    code, out, _ = run(capsys, "people", "--db", db, "--json")
    people = {p["name"]: p for p in json.loads(out)}
    assert people["周雨桐"]["staff"] and people["林书瑶"]["article_count"] == 4
    assert people["林书瑶"]["aliases"] == ["林淑瑶"]
    code, out, _ = run(capsys, "people", "staff", "周雨桐", "--off", "--db", db)
    assert code == 0 and "no longer" in out


def test_cli_people_errors_are_one_line(tmp_path, capsys):
    db = tmp_path / "a.sqlite3"
    code, out, err = run(capsys, "people", "rename", "甲乙", "丙丁", "--db", db)
    assert code == 2 and err.startswith("editor-app: there is no archive") and err.count("\n") == 1
    assert not db.exists()
    with Archive.open(db) as a:
        store(a, page())
    for args in (("rename", "无名氏", "有名氏"), ("rename", "林书瑶", "周雨桐"), ("merge", "林书瑶", "林书瑶"),
                 ("staff", "无名氏")):
        code, out, err = run(capsys, "people", *args, "--db", db)
        assert code == 2 and out == "" and err.startswith("editor-app: ") and err.count("\n") == 1
    code, _out, err = run(capsys, "people", "--db", db, "--csv", tmp_path / "no" / "such" / "folder.csv")
    assert code == 2 and err.startswith("editor-app: cannot write")
