"""Campaigns in the archive: the registry, add/edit/merge/delete with re-tagging, suggestions, and the CLI."""

from __future__ import annotations

import json

import pytest

from editor_app import cli
from editor_app.core import commands
from editor_app.core.detect.campaigns import CampaignRegistry
from editor_app.core.detect.pipeline import detect_issue, guess_date
from editor_app.core.issue import IssueMeta
from editor_app.core.storage import KEEP, Archive, ArchiveError

# “河长巡河” recurs in every issue; 接诉即办 is in the shipped list; 社区食堂 is quoted once per issue.
PAGE = """2026年{month}月{day}日 星期一 第01版 要闻

推进“河长巡河”常态化

本报记者 林书瑶

今年以来，滨河区坚持“河长巡河”制度，区级河长每月巡河不少于两次。

巡河发现的问题当天交办，做到接诉即办。

社区食堂开门迎客

本报记者 周雨桐

“社区食堂”开在家门口，老人吃上了热乎饭，每餐只需十元。

街道负责人说，食堂由社区和企业合作运营。

2026年{month}月{day}日 星期一 第02版 经济

小微商户用上数字账本

本报记者 韩晓松

青石街道200余家小微商户近日用上了“数字账本”，记账更方便。
"""


def page(month: int = 3, day: int = 2) -> str:
    return PAGE.format(month=month, day=day)


@pytest.fixture()
def archive(tmp_path):
    a = Archive.open(tmp_path / "archive.sqlite3")
    yield a
    a.close()


def store(archive: Archive, text: str, registry: CampaignRegistry | None = None) -> int:
    issue = detect_issue(text, registry=registry or archive.registry(), roster=archive.people_names(),
                         meta=IssueMeta(date=guess_date(text)))
    issue_id, created = archive.import_issue(issue, source_name="page.txt")
    assert created
    return issue_id


def tags(archive: Archive, issue_id: int) -> list[list[str]]:
    """Each article's campaigns as stored (the link table), in reading order."""
    rows = archive.conn.execute(
        "SELECT a.position, c.name FROM articles a LEFT JOIN article_campaigns ac ON ac.article_id = a.id "
        "LEFT JOIN campaigns c ON c.id = ac.campaign_id WHERE a.issue_id = ? ORDER BY a.position, c.name",
        (issue_id,)).fetchall()
    out: dict[int, list[str]] = {}
    for position, name in rows:
        out.setdefault(position, [])
        if name:
            out[position].append(name)
    return [out[k] for k in sorted(out)]


def test_a_new_archive_offers_the_shipped_list_and_stores_it_once(archive):
    shipped = CampaignRegistry.default().names()
    assert archive.registry().names() == shipped
    listed = archive.campaigns()
    assert [c.name for c in listed] == shipped and all(c.id is None for c in listed)
    issue_id = store(archive, page())
    assert tags(archive, issue_id)[0] == ["接诉即办"]
    info = archive.campaign("接诉即办")
    assert info.id is not None and info.articles == 1 and info.first_date == "2026-03-02"
    # once seeded, an issue detected with another list does not add to the archive's list
    archive.delete_campaign("三大三强")
    store(archive, page(3, 3), registry=CampaignRegistry.default())
    assert "三大三强" not in archive.registry().names()


def test_add_tags_stored_articles_and_says_why(archive):
    first, second = store(archive, page(3, 2)), store(archive, page(3, 9))
    info = archive.add_campaign("河长制", ["河长巡河"], active_from="2026-03-01", active_to="2026-03-05",
                                color="#1A7F5A", who="tester")
    assert (info.name, info.aliases, info.color) == ("河长制", ["河长巡河"], "#1a7f5a")
    assert info.articles == 1  # the issue of 3 March only: 9 March is outside the active range
    assert tags(archive, first)[0] == ["接诉即办", "河长制"] and tags(archive, second)[0] == ["接诉即办"]
    [tagged] = archive.campaign_articles("河长制")
    assert tagged.issue_id == first and tagged.reason == "the headline names “河长巡河”"
    view = archive.load_issue(first).views()[0]
    assert view.campaigns == ["河长制", "接诉即办"] and "河长巡河" in view.campaign_reasons["河长制"]
    assert "河长制" in archive.registry().names()
    assert archive.search(campaign="河长巡河")[0].issue_id == first  # an alias finds the campaign
    entry = archive.edit_log()[-1]
    assert (entry.action, entry.who, entry.after["name"]) == ("add_campaign", "tester", "河长制")
    # detection of the next issue uses the archive's registry
    third = store(archive, page(3, 4))
    assert tags(archive, third)[0] == ["接诉即办", "河长制"]
    assert archive.check() == []


@pytest.mark.parametrize("kwargs, kind", [
    ({"name": "接诉即办"}, "exists"),
    ({"name": "新活动", "aliases": ["接诉即办"]}, "exists"),
    ({"name": " "}, "invalid"),
    ({"name": "新活动", "color": "green"}, "invalid"),
    ({"name": "新活动", "active_from": "2026-13-01"}, "invalid"),
    ({"name": "新活动", "active_from": "2026-03-05", "active_to": "2026-03-01"}, "invalid"),
])
def test_add_refuses_bad_values(archive, kwargs, kind):
    store(archive, page())
    with pytest.raises(ArchiveError) as err:
        archive.add_campaign(**kwargs)
    assert err.value.kind == kind
    assert "新活动" not in archive.registry().names()


def test_edit_renames_keeps_the_old_name_as_alias_and_follows_editors_tags(archive):
    issue_id = store(archive, page())
    archive.add_campaign("数字账本", ["数字记账"])
    # an editor tags the second article by hand
    issue = archive.load_issue(issue_id)
    second = issue.views()[1]
    commands.add_campaign(issue, second.id, "数字账本").apply(issue)
    archive.save_issue(issue_id, issue)
    assert tags(archive, issue_id)[1] == ["数字账本"]
    info = archive.edit_campaign("数字账本", new_name="数字化记账", color="#336699")
    assert info.aliases == ["数字记账", "数字账本"] and info.color == "#336699"
    assert tags(archive, issue_id)[1:] == [["数字化记账"], ["数字化记账"]]
    loaded = archive.load_issue(issue_id)
    assert loaded.records[second.id].overrides["campaigns"] == ["数字化记账"]
    assert archive.save_issue(issue_id, loaded) is False
    # nothing changes when nothing is asked to
    assert archive.edit_campaign("数字化记账") == archive.campaign("数字化记账")
    # clearing aliases and a date range: the old article is no longer tagged by its text
    info = archive.edit_campaign("数字化记账", aliases=[], active_from="2027-01-01", color=None)
    assert info.aliases == [] and info.color is None and info.active_from == "2027-01-01"
    assert tags(archive, issue_id)[2] == []
    assert tags(archive, issue_id)[1] == ["数字化记账"]  # the editor's tag stays
    assert archive.edit_campaign("数字化记账", active_from=None, active_to=KEEP).active_from is None
    with pytest.raises(ArchiveError) as err:
        archive.edit_campaign("数字化记账", new_name="接诉即办")
    assert err.value.kind == "exists"
    with pytest.raises(ArchiveError) as err:
        archive.edit_campaign("没有这个")
    assert err.value.kind == "not_found"


def test_merge_moves_articles_names_and_range(archive):
    issue_id = store(archive, page())
    archive.add_campaign("河长巡河", active_from="2026-01-01", active_to="2026-06-30")
    archive.add_campaign("河湖治理", ["清淤"], active_from="2026-02-01", color="#2255aa")
    issue = archive.load_issue(issue_id)
    third = issue.views()[2]
    commands.add_campaign(issue, third.id, "河长巡河").apply(issue)
    archive.save_issue(issue_id, issue)
    merged = archive.merge_campaigns("河湖治理", "河长巡河", who="tester")
    assert merged.aliases == ["清淤", "河长巡河"]
    assert (merged.active_from, merged.active_to, merged.color) == ("2026-01-01", None, "#2255aa")
    assert "河长巡河" not in archive.registry().names()
    assert tags(archive, issue_id) == [["接诉即办", "河湖治理"], [], ["河湖治理"]]
    assert archive.load_issue(issue_id).records[third.id].overrides["campaigns"] == ["河湖治理"]
    assert merged.articles == 2
    assert archive.edit_log()[-1].action == "merge_campaigns"
    with pytest.raises(ArchiveError):
        archive.merge_campaigns("河湖治理", "清淤")  # an alias of itself
    assert archive.check() == []


def test_delete_removes_every_tag(archive):
    issue_id = store(archive, page())
    archive.add_campaign("社区食堂")
    issue = archive.load_issue(issue_id)
    first = issue.views()[0]
    commands.add_campaign(issue, first.id, "社区食堂").apply(issue)
    archive.save_issue(issue_id, issue)
    assert tags(archive, issue_id)[:2] == [["接诉即办", "社区食堂"], ["社区食堂"]]
    assert archive.delete_campaign("社区食堂") == 2
    assert tags(archive, issue_id)[:2] == [["接诉即办"], []]
    assert archive.load_issue(issue_id).records[first.id].overrides["campaigns"] == ["接诉即办"]
    assert "社区食堂" not in archive.registry().names()
    with pytest.raises(ArchiveError) as err:
        archive.delete_campaign("社区食堂")
    assert err.value.kind == "not_found"
    # deleting every campaign leaves an empty registry (the shipped list does not come back)
    for c in archive.campaigns():
        archive.delete_campaign(c.name)
    assert archive.registry().names() == [] and archive.campaigns() == []


def test_suggestions_accept_and_dismiss(archive):
    for day in (2, 3, 4):
        store(archive, page(3, day))
    found = {s.phrase: s for s in archive.campaign_suggestions(min_issues=2)}
    assert found["河长巡河"].issues == 3 and found["河长巡河"].kind == "quoted"
    assert found["河长巡河"].mentions == 6 and found["河长巡河"].examples == ["推进“河长巡河”常态化"]
    assert "接诉即办" not in found  # the registry knows it already
    assert archive.campaign_suggestions(min_issues=4) == []
    assert [s.phrase for s in archive.campaign_suggestions(min_issues=2, date_to="2026-03-02")] == []
    info = archive.accept_suggestion("河长巡河", name="河长制")
    assert (info.name, info.aliases, info.articles) == ("河长制", ["河长巡河"], 3)
    assert "河长巡河" not in {s.phrase for s in archive.campaign_suggestions()}
    # accepting into an existing campaign adds an alias
    assert archive.accept_suggestion("社区食堂", name="河长制").aliases == ["河长巡河", "社区食堂"]
    archive.dismiss_suggestion("数字账本")
    assert "数字账本" not in {s.phrase for s in archive.campaign_suggestions()}
    assert archive.dismissed_suggestions() == ["数字账本"]
    archive.restore_suggestion("数字账本")
    assert "数字账本" in {s.phrase for s in archive.campaign_suggestions()}
    with pytest.raises(ArchiveError):
        archive.campaign_suggestions(date_from="March")


def test_migrated_archive_keeps_its_list_seeded(tmp_path):
    path = tmp_path / "a.sqlite3"
    with Archive.open(path) as a:
        store(a, page())
        a.conn.execute("DELETE FROM archive_state WHERE key = 'campaigns_seeded'")
        a.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_learning'")
        a.conn.execute("PRAGMA user_version = 2")
    with Archive.open(path) as a:
        assert a.migrated_from == 2
        a.delete_campaign("三大三强")
        assert "三大三强" not in a.registry().names()


# --- the command line ---------------------------------------------------------------------------------------

def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_campaigns(tmp_path, capsys):
    db = tmp_path / "a.sqlite3"
    with Archive.open(db) as a:
        for day in (2, 3):
            store(a, page(3, day))
    code, out, err = run(capsys, "campaigns", "--db", db)
    assert code == 0 and err == "" and out.splitlines()[0].split()[0] == "campaign"
    assert any(line.startswith("接诉即办") and line.split()[-3] == "2" for line in out.splitlines())
    code, out, _ = run(capsys, "campaigns", "suggest", "--db", db)
    assert code == 0 and "河长巡河  [quoted] in 2 issues, 4 mentions" in out and "e.g. 推进“河长巡河”常态化" in out
    code, out, _ = run(capsys, "campaigns", "accept", "河长巡河", "--name", "河长制", "--db", db)
    assert code == 0 and "河长制  aka 河长巡河" in out and "(2 stored articles tagged)" in out
    code, out, _ = run(capsys, "campaigns", "add", "数字账本", "--alias", "数字记账", "--from", "2026-03-03",
                       "--color", "#aa3300", "--db", db)
    assert code == 0 and "2026-03-03 to …  #aa3300 (1 stored article tagged)" in out
    code, out, _ = run(capsys, "campaigns", "edit", "数字账本", "--from", "none", "--name", "数字化", "--db", db)
    assert code == 0 and "campaign now: 数字化  aka 数字记账、数字账本  #aa3300 (2 stored articles tagged)" in out
    code, out, _ = run(capsys, "campaigns", "merge", "河长制", "数字化", "--db", db)
    assert code == 0 and "merged 数字化 into 河长制" in out
    code, out, _ = run(capsys, "campaigns", "show", "河长制", "--db", db)
    assert code == 0 and "the headline names “河长巡河”" in out and "the headline names “数字账本”" in out
    code, out, _ = run(capsys, "campaigns", "dismiss", "社区食堂", "--db", db)
    assert code == 0
    code, out, _ = run(capsys, "campaigns", "delete", "河长制", "--db", db)
    assert code == 0 and "deleted the campaign 河长制 (it tagged 4 stored articles)" in out
    code, out, _ = run(capsys, "campaigns", "list", "--json", "--db", db)
    assert code == 0 and "河长制" not in [c["name"] for c in json.loads(out)]


def test_cli_campaign_errors_are_one_line(tmp_path, capsys):
    db = tmp_path / "a.sqlite3"
    with Archive.open(db) as a:
        store(a, page())
    for args in (("add", "接诉即办"), ("add", "新", "--color", "blue"), ("edit", "没有"), ("edit", "接诉即办"),
                 ("merge", "接诉即办", "没有"), ("delete", "没有"), ("show", "没有"), ("accept", "  ")):
        code, out, err = run(capsys, "campaigns", *args, "--db", db)
        assert code == 2 and out == "" and err.startswith("editor-app: ") and err.count("\n") == 1, args
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "campaigns", "add", "新", "--to", "2026-02-30", "--db", db)
    assert exit_.value.code == 2 and "is not a date" in capsys.readouterr().err
