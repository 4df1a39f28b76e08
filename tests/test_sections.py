"""Sections: each paper's list learned from page headers and edited; the classifier trained on reviewed articles."""

from __future__ import annotations

import json
import sqlite3

import pytest

from editor_app import cli
from editor_app.core import commands, wordseg
from editor_app.core.detect.pipeline import detect_issue, guess_date
from editor_app.core.issue import IssueMeta
from editor_app.core.learning.sections import SectionClassifier
from editor_app.core.storage import Archive, ArchiveError, schema
from editor_app.core.storage.search import index_text, index_words
from editor_app.core.storage.sections import han_words, training_words

SPORT = ("全区乒乓球联赛开赛", "本报记者 林书瑶",
         ["全区乒乓球联赛昨日开赛，32支球队的运动员参加比赛，志愿者服务赛事。",
          "运动员们赛出风格、赛出水平，比赛将持续两周。"])
LIFE = ("社区食堂开门迎客", "本报记者 韩晓松",
        ["社区食堂开门迎客，老人在家门口吃上热乎饭，居民点赞民生实事。",
         "老旧小区加装电梯，居民上下楼更方便，社区协调解决停车难题。"])
NEWS = ("区人大常委会召开会议", "本报记者 周雨桐",
        ["区人大常委会召开会议，审议政府工作报告，部署全年重点工作任务。",
         "会议要求，各部门要抓好落实，确保各项任务按期完成。"])


def article(headline: str, byline: str, paragraphs: list[str]) -> str:
    return "\n\n".join([headline, byline, *paragraphs]) + "\n\n"


def page_text(month: int, day: int, pages: list[tuple[int, str, list[tuple]]]) -> str:
    """An issue of pages (number, section, articles); a section of '' prints no page header."""
    out = ""
    for number, section, articles in pages:
        if section:
            out += f"2026年{month}月{day}日 星期一 第{number:02d}版 {section}\n\n"
        out += "".join(article(*a) for a in articles)
    return out


@pytest.fixture()
def archive(tmp_path):
    a = Archive.open(tmp_path / "archive.sqlite3")
    yield a
    a.close()


def store(archive: Archive, text: str, paper: str | None = None, reviewed: bool = False) -> int:
    issue = detect_issue(text, registry=archive.registry(), roster=archive.people_names(),
                         meta=IssueMeta(paper=paper, date=guess_date(text)))
    issue_id, created = archive.import_issue(issue, source_name="page.txt")
    assert created
    if reviewed:
        review(archive, issue_id)
    return issue_id


def review(archive: Archive, issue_id: int) -> None:
    issue = archive.load_issue(issue_id)
    for v in issue.views():
        commands.set_status(issue, v.id, "reviewed").apply(issue)
    archive.save_issue(issue_id, issue)


THREE_PAGES = [(1, "要闻", [NEWS]), (2, "民生", [LIFE]), (8, "体育", [SPORT])]


def test_sections_are_learned_from_page_headers_in_page_order(archive):
    store(archive, page_text(3, 2, [(8, "体育", [SPORT]), (1, "要闻", [NEWS]), (2, "民生", [LIFE])]), "滨河日报")
    store(archive, page_text(3, 3, THREE_PAGES), "滨河日报")
    store(archive, page_text(3, 4, [(1, "要闻", [NEWS])]))
    assert set(archive.sections()) == {("滨河日报", "要闻"), ("滨河日报", "民生"), ("滨河日报", "体育"), ("", "要闻")}
    listed = archive.section_list("滨河日报")
    assert [s.name for s in listed] == ["要闻", "民生", "体育"]
    sport = listed[2]
    assert (sport.articles, sport.confirmed, sport.pages, sport.first_date, sport.last_date) == (
        2, 0, ("08",), "2026-03-02", "2026-03-03")
    assert [(s.paper, s.name) for s in archive.section_list()] == [("", "要闻"), ("滨河日报", "要闻"),
                                                                  ("滨河日报", "民生"), ("滨河日报", "体育")]
    assert archive.papers() == ["", "滨河日报"]


def test_add_rename_and_delete_sections(archive):
    issue_id = store(archive, page_text(3, 2, THREE_PAGES), "滨河日报")
    added = archive.add_section("国际", "滨河日报")
    assert (added.name, added.articles) == ("国际", 0)
    with pytest.raises(ArchiveError) as err:
        archive.add_section("国际", "滨河日报")
    assert err.value.kind == "exists"
    assert archive.rename_section("民生", "社会民生", "滨河日报", who="tester") == 1
    assert [v.section for v in archive.load_issue(issue_id).views()] == ["要闻", "社会民生", "体育"]
    assert [h.headline for h in archive.search(section="社会民生")] == ["社区食堂开门迎客"]
    assert archive.search(section="民生") == []
    assert ("滨河日报", "民生") not in archive.sections()
    assert archive.edit_log()[-1].action == "rename_section"
    # renaming onto an existing section merges the two
    assert archive.rename_section("社会民生", "要闻") == 1
    assert [v.section for v in archive.load_issue(issue_id).views()] == ["要闻", "要闻", "体育"]
    assert archive.save_issue(issue_id, archive.load_issue(issue_id)) is False
    with pytest.raises(ArchiveError) as err:
        archive.delete_section("要闻", "滨河日报")
    assert err.value.kind == "in_use"
    archive.delete_section("国际", "滨河日报")
    assert [s.name for s in archive.section_list("滨河日报")] == ["要闻", "体育"]
    for call in (lambda: archive.delete_section("国际"), lambda: archive.rename_section("国际", "环球")):
        with pytest.raises(ArchiveError) as err:
            call()
        assert err.value.kind == "not_found"
    with pytest.raises(ArchiveError) as err:
        archive.add_section("  ")
    assert err.value.kind == "invalid"
    assert archive.check() == []


def test_the_classifier_learns_from_reviewed_articles_only(archive):
    store(archive, page_text(3, 2, THREE_PAGES))
    assert archive.section_model().documents == 0
    store(archive, page_text(3, 3, THREE_PAGES), reviewed=True)
    model = archive.section_model()
    assert model.doc_counts == {"要闻": 1, "民生": 1, "体育": 1}
    assert archive.section_model() is model  # cached while nothing changes


def test_loaded_and_imported_issues_carry_section_suggestions(archive):
    store(archive, page_text(3, 2, THREE_PAGES), reviewed=True)
    store(archive, page_text(3, 3, THREE_PAGES), reviewed=True)
    # a page without a header: the sections come from the classifier
    headerless = detect_issue(page_text(3, 5, [(2, "", [SPORT, LIFE])]), meta=IssueMeta(date="2026-03-05"))
    assert all(v.section is None and v.section_suggestion is None for v in headerless.views())
    headless_id, _ = archive.import_issue(headerless)
    assert headerless.section_model is archive.section_model()
    assert [v.section_suggestion[0] for v in headerless.views()] == ["体育", "民生"]
    loaded = archive.load_issue(headless_id)
    assert [v.section_suggestion[0] for v in loaded.views()] == ["体育", "民生"]
    assert all(0.5 <= v.section_suggestion[1] <= 1 for v in loaded.views())
    assert archive.load_issue(headless_id, suggest=False).section_model is None
    # a page header's section needs no suggestion
    with_header = store(archive, page_text(3, 6, [(8, "体育", [SPORT])]))
    assert archive.load_issue(with_header).views()[0].section_suggestion is None


def test_saves_update_the_model_exactly_as_a_fresh_training_would(archive, tmp_path):
    first = store(archive, page_text(3, 2, THREE_PAGES), reviewed=True)
    store(archive, page_text(3, 3, THREE_PAGES), reviewed=True)
    store(archive, page_text(3, 4, THREE_PAGES), "滨河日报", reviewed=True)  # another paper's model
    before = archive.section_model()
    generation = archive.generation()
    # an editor moves the sport story to 民生 in the first issue
    issue = archive.load_issue(first)
    sport = issue.views()[2]
    commands.set_field(issue, sport.id, "section", "民生").apply(issue)
    archive.save_issue(first, issue)
    assert archive.generation() == generation + 1
    updated = archive.section_model()
    assert updated is not before and before.doc_counts["体育"] == 2  # the old model is left as it was
    assert updated.doc_counts == {"要闻": 2, "民生": 3, "体育": 1}
    with Archive.open(tmp_path / "archive.sqlite3", readonly=True) as other:
        fresh = other.section_model()
    assert fresh.to_dict() == updated.to_dict() and fresh.vocabulary == updated.vocabulary
    # a save that changes nothing the classifier reads leaves the generation alone
    issue = archive.load_issue(first)
    commands.set_field(issue, issue.views()[0].id, "headline", "区人大常委会召开全体会议").apply(issue)
    archive.save_issue(first, issue)
    assert archive.generation() == generation + 2  # the head is part of the training text
    issue = archive.load_issue(first)
    commands.set_field(issue, issue.views()[0].id, "dateline", "本报讯").apply(issue)
    archive.save_issue(first, issue)
    assert archive.generation() == generation + 2


def test_another_programs_save_is_seen_through_the_generation(tmp_path):
    path = tmp_path / "archive.sqlite3"
    with Archive.open(path) as mine, Archive.open(path) as theirs:
        store(mine, page_text(3, 2, THREE_PAGES), reviewed=True)
        assert theirs.section_model().documents == 3
        store(mine, page_text(3, 3, THREE_PAGES), reviewed=True)
        assert theirs.section_model().documents == 6
        issue_id = theirs.list_issues()[0].id
        theirs.delete_issue(issue_id)
        assert mine.section_model().documents == 3


def test_a_paper_with_one_section_borrows_the_whole_archives_model(archive):
    store(archive, page_text(3, 2, THREE_PAGES), "滨河日报", reviewed=True)
    store(archive, page_text(3, 3, [(1, "要闻", [NEWS])]), "晚报", reviewed=True)
    assert archive.section_model("晚报").sections == ["体育", "民生", "要闻"]
    assert archive.section_model("滨河日报").sections == ["体育", "民生", "要闻"]
    assert archive.section_model("滨河日报").documents == 3


def test_classifier_remove_undoes_add_and_training_words_read_the_index():
    a = SectionClassifier.train([(NEWS[2][0], "要闻"), (SPORT[2][0], "体育")], wordseg.cut)
    b = a.copy()
    words = ["乒乓球", "联赛", "运动员", "联赛"]
    b.add(words, "体育")
    b.add(["新闻"], "新版")
    b.remove(["新闻"], "新版")
    b.remove(words, "体育")
    assert b.to_dict() == a.to_dict() and b.vocabulary == a.vocabulary and b.word_totals == a.word_totals
    b.remove(["不存在"], "没有")  # forgetting what was never counted is harmless
    assert b.to_dict() == a.to_dict()
    markup = index_text("乒乓球联赛开赛，运动员G20峰会参加比赛")
    assert han_words(markup) == [w for w in index_words(markup) if len(w) > 1 and w != "G20"]
    head, body = index_text("全区乒乓球联赛开赛"), "\x1e".join(index_text(p) for p in SPORT[2] * 80)
    words = training_words(head, body)
    assert words == (han_words(head) + han_words(body))[:len(words)] and 300 < len(words) <= 400


def test_m003_migration_is_idempotent_and_upgrades_v2(tmp_path):
    path = tmp_path / "a.sqlite3"
    with Archive.open(path) as a:
        store(a, page_text(3, 2, THREE_PAGES))
        a.set_staff("林书瑶")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("""
        BEGIN;
        DROP TABLE person_aliases; DROP TABLE campaign_dismissed; DROP TABLE archive_state;
        DROP INDEX articles_status;
        ALTER TABLE people DROP COLUMN staff;
        DELETE FROM _sqlite_migrations WHERE name = 'm003_learning';
        PRAGMA user_version = 2;
        COMMIT;
    """)
    conn.close()
    with Archive.open(path) as a:
        assert (a.migrated_from, a.schema_version()) == (2, schema.SCHEMA_VERSION)
        assert a.backup_path is not None and a.backup_path.exists()
        assert not a.person("林书瑶").staff
        assert a.generation() == 0 and "三大三强" in a.registry().names()
        a.set_staff("林书瑶")
        assert a.check() == []
    for _ in range(2):
        with Archive.open(path) as a:
            assert a.migrated_from is None and a.person("林书瑶").staff


# --- the command line ---------------------------------------------------------------------------------------

def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_sections(tmp_path, capsys):
    db = tmp_path / "a.sqlite3"
    with Archive.open(db) as a:
        store(a, page_text(3, 2, THREE_PAGES), "滨河日报", reviewed=True)
    code, out, err = run(capsys, "sections", "--db", db)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["paper", "section", "pages", "articles", "confirmed", "first", "last"]
    assert [line.split()[1] for line in lines[1:4]] == ["要闻", "民生", "体育"]
    assert lines[-1] == "the section classifier knows 3 sections from 3 confirmed articles"
    code, out, _ = run(capsys, "sections", "--paper", "滨河日报", "--json", "--db", db)
    assert [s["name"] for s in json.loads(out)] == ["要闻", "民生", "体育"]
    code, out, _ = run(capsys, "sections", "rename", "民生", "社会", "--paper", "滨河日报", "--db", db)
    assert code == 0 and "renamed the section 民生 to 社会 (1 issue rewritten)" in out
    assert run(capsys, "sections", "add", "国际", "--paper", "滨河日报", "--db", db)[0] == 0
    assert run(capsys, "sections", "delete", "国际", "--db", db)[0] == 0
    code, out, err = run(capsys, "sections", "delete", "要闻", "--db", db)
    assert code == 2 and out == "" and err.startswith("editor-app: 1 stored articles are in the section 要闻")
    code, out, err = run(capsys, "sections", "--db", tmp_path / "none.sqlite3")
    assert code == 2 and "there is no archive" in err
