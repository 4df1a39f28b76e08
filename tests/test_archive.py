"""The archive: round trips, re-imports, saved edits with their log, search and its filters, backups."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core import wordseg
from editor_app.core.detect.pipeline import detect_file, detect_issue
from editor_app.core.model import ArticleRecord, Byline
from editor_app.core.storage import Archive, ArchiveError, schema
from editor_app.core.storage import search as S
from editor_app.core.storage.importer import import_files

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Two pages, four articles; 小微 occurs in four paragraphs of two articles and in two headlines.
ISSUE_TEXT = """2026年3月2日 星期一 第01版 要闻

践行“三大三强” 奋力答好“二十年之约”

滨河区为小微企业减负

本报记者 林书瑶

今年以来，滨河区出台12项措施支持小微企业发展，全年预计减免租金3000余万元。

区市场监管局负责人介绍，全区新登记小微企业1200余家，同比增长15%。

记者在柳湾街道看到，不少商户已经领到了补贴。

老旧小区加装电梯提速

本报讯（记者 韩晓松）滨河区今年计划为80栋老旧住宅楼加装电梯，目前已有32栋开工。

居民代表说，加装电梯解决了老人上下楼难的问题。

2026年3月2日 星期一 第02版 经济

小微商户用上“数字账本”

本报记者 周雨桐 通讯员 高思远

青石街道200余家小微商户近日用上了免费的数字记账工具。

“以前记账靠纸笔，现在手机上点几下就行。”一位小微商户说。

“清河行动”再出发

本报记者 林书瑶

滨河区启动新一轮清河专项行动，将对12条河道开展清淤。
"""


def issue_text(month: int = 3, day: int = 2) -> str:
    return ISSUE_TEXT.replace("2026年3月2日", f"2026年{month}月{day}日")


def write_issue(folder: Path, month: int = 3, day: int = 2, name: str | None = None) -> Path:
    path = folder / (name or f"issue-2026{month:02d}{day:02d}.txt")
    path.write_text(issue_text(month, day), encoding="utf-8")
    return path


@pytest.fixture()
def archive(tmp_path):
    a = Archive.open(tmp_path / "archive.sqlite3")
    yield a
    a.close()


def stored_json(issue) -> dict:
    """What the archive gives back: the issue's JSON with the source path reduced to the file name."""
    data = issue.to_json()
    data["source"]["path"] = Path(data["source"]["path"]).name if data["source"]["path"] else None
    return data


# --- round trips -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["sample", *sorted(p.stem for p in FIXTURES.glob("*.txt"))])
def test_detect_import_load_gives_the_same_json(archive, tmp_path, name):
    from editor_app.core.paths import resource_path

    path = resource_path("sample-issue.txt") if name == "sample" else FIXTURES / f"{name}.txt"
    issue = detect_file(path)
    issue_id, created = archive.import_issue(issue)
    assert created
    assert archive.load_issue(issue_id).to_json() == stored_json(issue)
    assert archive.check() == []


def test_identical_reimport_stores_nothing(archive, tmp_path):
    issue = detect_file(write_issue(tmp_path))
    first = archive.import_issue(issue)
    tables = ("issues", "articles", "blocks", "bylines", "article_search", "edit_log", "people")
    counts = {t: archive.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    again = archive.import_issue(detect_file(write_issue(tmp_path, name="copy-under-another-name.txt")))
    assert again == (first[0], False)
    assert {t: archive.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables} == counts


def test_paper_and_date_given_at_import_are_stored(archive, tmp_path):
    issue_id, _ = archive.import_issue(detect_file(write_issue(tmp_path)), paper="滨河日报", date="2026-03-03")
    loaded = archive.load_issue(issue_id)
    assert (loaded.meta.paper, loaded.meta.date) == ("滨河日报", "2026-03-03")
    assert set(archive.sections()) == {("滨河日报", "要闻"), ("滨河日报", "经济")}


def test_people_and_campaigns_are_recorded(archive, tmp_path):
    archive.import_issue(detect_file(write_issue(tmp_path, 3, 2)))
    archive.import_issue(detect_file(write_issue(tmp_path, 4, 8)))
    people = {p.name: p for p in archive.people()}
    assert people["林书瑶"].article_count == 4
    assert (people["林书瑶"].first_seen, people["林书瑶"].last_seen) == ("2026-03-02", "2026-04-08")
    assert people["高思远"].roles == ["correspondent"]
    assert "清河行动" in archive.registry().names()


# --- saving an editor's work -------------------------------------------------------------------------

def test_save_after_edits_loads_the_same_and_logs_before_and_after(archive, tmp_path):
    issue_id, _ = archive.import_issue(detect_file(write_issue(tmp_path)))
    issue = archive.load_issue(issue_id)
    block = next(b for b in issue.blocks if b.article == 0 and b.content.startswith("记者在柳湾街道"))
    block.role = "subhead"
    issue.records[0].overrides["headline"] = "滨河区为小微企业减负增效"
    issue.records[0].status = "reviewed"
    issue.records[2].overrides["bylines"] = [Byline("reporter", "周雨桐"), Byline("photographer", "王小明")]
    issue.invalidate()
    expected = issue.to_json()

    assert archive.save_issue(issue_id, issue, who="tester") is True
    assert archive.load_issue(issue_id).to_json() == expected
    entry = archive.edit_log(issue_id)[-1]
    assert (entry.who, entry.action, entry.issue_id) == ("tester", "save", issue_id)
    assert entry.before["blocks"] == {str(block.index): {"role": "body", "continues_previous": False, "article": 0}}
    assert entry.after["blocks"] == {str(block.index): {"role": "subhead", "continues_previous": False, "article": 0}}
    assert entry.before["records"]["0"] == {"overrides": {}, "status": "auto"}
    assert entry.after["records"]["0"] == {"overrides": {"headline": "滨河区为小微企业减负增效"}, "status": "reviewed"}
    assert entry.after["records"]["2"]["overrides"]["bylines"][1] == {"role": "photographer", "name": "王小明"}
    # derived values, people and the index follow the edit
    assert [h.article for h in archive.search("减负增效")] == [0]
    assert [h.article for h in archive.search(reporter="王小明")] == [2]
    assert {p.name: p.article_count for p in archive.people()}["王小明"] == 1
    assert archive.list_issues()[0].status == "edited"
    assert archive.check() == []


def test_save_without_changes_writes_nothing(archive, tmp_path):
    issue_id, _ = archive.import_issue(detect_file(write_issue(tmp_path)))
    log = archive.edit_log()
    assert archive.save_issue(issue_id, archive.load_issue(issue_id)) is False
    assert archive.edit_log() == log


def test_split_and_merge_articles_round_trip(archive, tmp_path):
    issue_id, _ = archive.import_issue(detect_file(write_issue(tmp_path)))
    issue = archive.load_issue(issue_id)
    new_id = issue.next_article_id()
    tail = [b for b in issue.blocks if b.article == 0][-2:]
    for b in tail:
        b.article = new_id
    tail[0].role = "headline"
    issue.records[new_id] = ArticleRecord(new_id, {}, "edited")
    for b in issue.blocks:  # merge article 3 into 2: its record goes
        if b.article == 3:
            b.article = 2
    del issue.records[3]
    issue.invalidate()
    expected = issue.to_json()
    assert archive.save_issue(issue_id, issue)
    assert archive.load_issue(issue_id).to_json() == expected
    rows = archive.conn.execute("SELECT article FROM articles WHERE issue_id = ? ORDER BY article", (issue_id,))
    assert [r[0] for r in rows] == [0, 1, 2, new_id]
    assert archive.list_issues()[0].articles == len(issue.views()) == 4
    assert archive.check() == []


def test_save_of_another_issue_is_refused(archive, tmp_path):
    issue_id, _ = archive.import_issue(detect_file(write_issue(tmp_path, 3, 2)))
    other = detect_file(write_issue(tmp_path, 4, 8))
    with pytest.raises(ArchiveError) as err:
        archive.save_issue(issue_id, other)
    assert err.value.kind == "mismatch"
    with pytest.raises(ArchiveError) as err:
        archive.load_issue(999)
    assert err.value.kind == "no_issue"


def test_delete_issue_updates_people(archive, tmp_path):
    first, _ = archive.import_issue(detect_file(write_issue(tmp_path, 3, 2)))
    archive.import_issue(detect_file(write_issue(tmp_path, 4, 8)))
    archive.delete_issue(first)
    people = {p.name: p for p in archive.people()}
    assert people["林书瑶"].article_count == 2 and people["林书瑶"].first_seen == "2026-04-08"
    assert [s.date for s in archive.list_issues()] == ["2026-04-08"]
    assert archive.edit_log()[-1].action == "delete"
    assert archive.check() == []


# --- search --------------------------------------------------------------------------------------------

def test_segmentation_is_cut_for_search_and_reversible():
    text = ISSUE_TEXT + "滨河区推进中华人民共和国成立以来最大规模的小微企业减税，C++ and Python 3.11 too."
    expected = [t for t in wordseg.search_tokens(text).split() if any(c.isalnum() for c in t)]
    assert S.tokens(text) == expected
    assert S.plain_text(S.index_text(text)) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from("小微企业中华人民共和国成立发展滨河区， 。abcC+1\n“”"), max_size=40))
def test_markup_keeps_text_and_tokens(text):
    assert S.plain_text(S.index_text(text)) == text
    assert S.tokens(S.plain_text(S.index_text(text))) == S.tokens(text)


def test_search_finds_every_paragraph_with_the_word(archive, tmp_path):
    issue = detect_file(write_issue(tmp_path))
    issue_id, _ = archive.import_issue(issue)
    expected = {(issue_id, v.id, k) for v in issue.views() for k, p in enumerate(v.paragraphs) if "小微" in p}
    assert len(expected) == 4
    hits = archive.search("小微")
    assert {(h.issue_id, h.article, k) for h in hits for k in h.paragraphs} == expected
    assert {h.article for h in hits} == {v.id for v in issue.views()
                                         if "小微" in (v.headline or "") + "".join(v.paragraphs)}
    for h in hits:
        assert "【小微】" in h.snippet() or "小微" in (h.headline or "")
        assert " " not in h.snippet().replace("“", "")  # reads as Chinese, without segmentation spaces


def test_a_reporters_name_finds_their_articles(archive, tmp_path):
    issue = detect_file(write_issue(tmp_path))
    archive.import_issue(issue)
    theirs = {v.id for v in issue.views() if "林书瑶" in [b.name for b in v.bylines]}
    assert theirs == {0, 3}
    assert {h.article for h in archive.search("林书瑶")} == theirs
    assert {h.article for h in archive.search("", reporter="林书瑶")} == theirs
    hit = archive.search("林书瑶")[0]
    assert hit.bylines and hit.snippet()  # shows the article's opening, not the list of names


def test_seed_page_small_business_word_finds_every_paragraph(archive, shared_dir):
    issue = detect_file(shared_dir / "seed" / "issue-seed.txt")
    issue_id, _ = archive.import_issue(issue)
    expected = {(v.id, k) for v in issue.views() for k, p in enumerate(v.paragraphs) if "小微" in p}
    assert expected
    assert {(h.article, k) for h in archive.search("小微") for k in h.paragraphs} == expected


HOSTILE = ["C++", "NEAR(", "NEAR(小微", '"', '""', '"小微', "*", "小微*", "OR", "AND", "NOT", "", "   ", "(", ")",
           "^", ":", "head:小微", "body : 小微", "小微 OR 电梯", "-小微", "'", "\\", "\x00", "😀", "小" * 2000,
           '小微" OR "电梯', "{head body}: x", "NEAR(a b, 2)", "a AND", "%", "_", "\u3000"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(archive, tmp_path, query):
    archive.import_issue(detect_file(write_issue(tmp_path)))
    hits = archive.search(query)
    assert isinstance(hits, list)
    if query == "C++":
        assert hits == []  # no article mentions it; the query is still safe


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=30))
def test_any_text_is_a_safe_query(tmp_path_factory, query):
    folder = tmp_path_factory.mktemp("q")
    with Archive.open(folder / "a.sqlite3") as a:
        a.import_issue(detect_issue("标题一则\n\n本报记者 林书瑶\n\n正文第一段，小微企业。\n"))
        assert isinstance(a.search(query), list)


def test_search_filters(archive, tmp_path):
    march, _ = archive.import_issue(detect_file(write_issue(tmp_path, 3, 2)))
    april, _ = archive.import_issue(detect_file(write_issue(tmp_path, 4, 8)))

    def found(query="", **filters):
        return sorted((h.issue_id, h.article) for h in archive.search(query, **filters))

    assert found(reporter="周雨桐") == [(march, 2), (april, 2)]
    assert found(reporter="林 书瑶", date_from="2026-04-01") == [(april, 0), (april, 3)]
    assert found(campaign="清河专项行动") == [(march, 3), (april, 3)]  # an alias names the campaign
    assert found(campaign="三大三强", date_to="2026-03-31") == [(march, 0)]
    assert found(section="经济") == [(march, 2), (march, 3), (april, 2), (april, 3)]
    assert found("小微", section="经济", date_from="2026-03-02", date_to="2026-03-02") == [(march, 2)]
    assert found("电梯", reporter="林书瑶") == []
    assert found(reporter="无此人") == []
    with pytest.raises(ValueError):
        archive.search("小微", date_from="March")


def test_search_ranks_headline_hits_first_and_limits(archive, tmp_path):
    archive.import_issue(detect_file(write_issue(tmp_path)))
    hits = archive.search("小微")
    assert hits[0].headline and "小微" in hits[0].headline
    assert len(archive.search("滨河区", limit=1)) == 1


# --- reading only, backups, migrations ---------------------------------------------------------------

def test_readonly_archive_reads_but_refuses_writes(tmp_path):
    path = tmp_path / "a.sqlite3"
    with Archive.open(path) as a:
        issue_id, _ = a.import_issue(detect_file(write_issue(tmp_path)))
    with Archive.open(path, readonly=True) as ro:
        assert [s.id for s in ro.list_issues()] == [issue_id]
        assert ro.search("小微")
        with pytest.raises(ArchiveError) as err:
            ro.import_issue(detect_file(write_issue(tmp_path, 5, 1)))
        assert err.value.kind == "readonly"


def test_backup_is_a_complete_archive(archive, tmp_path):
    issue_id, _ = archive.import_issue(detect_file(write_issue(tmp_path)))
    dest = archive.backup(tmp_path / "copy.sqlite3")
    in_folder = archive.backup(tmp_path)
    assert in_folder.parent == tmp_path and in_folder.name.startswith("archive-")
    for path in (dest, in_folder):
        with Archive.open(path, readonly=True) as copy:
            assert copy.load_issue(issue_id).to_json() == archive.load_issue(issue_id).to_json()
            assert copy.search("小微")
    with pytest.raises(ArchiveError):
        archive.backup(archive.path)
    assert not list(tmp_path.glob(".*.tmp"))


def test_migrations_are_idempotent(tmp_path):
    path = tmp_path / "a.sqlite3"
    for _ in range(3):
        with Archive.open(path) as a:
            assert a.schema_version() == schema.SCHEMA_VERSION
            assert a.migrated_from is None
            rows = a.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id").fetchall()
            assert tuple(r[0] for r in rows) == schema.MIGRATION_NAMES
    assert not list(tmp_path.glob("*before*"))


def _downgrade_to_v1(path: Path) -> None:
    """Make the archive look as version 1 left it: no full-text search at all."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("""
        BEGIN;
        DROP TRIGGER article_search_ai; DROP TRIGGER article_search_ad; DROP TRIGGER article_search_au;
        DROP TABLE article_search_fts; DROP TABLE article_search;
        DELETE FROM _sqlite_migrations WHERE name = 'm002_full_text_search';
        PRAGMA user_version = 1;
        COMMIT;
    """)
    conn.close()


def test_an_older_archive_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "a.sqlite3"
    with Archive.open(path) as a:
        issue_id, _ = a.import_issue(detect_file(write_issue(tmp_path)))
        before = a.load_issue(issue_id).to_json()
    _downgrade_to_v1(path)
    with Archive.open(path) as a:
        assert (a.migrated_from, a.schema_version()) == (1, schema.SCHEMA_VERSION)
        backup = a.backup_path
        assert backup is not None and backup.exists() and backup.parent == tmp_path
        assert a.load_issue(issue_id).to_json() == before
        assert {h.article for h in a.search("小微")} == {0, 2}  # the index was built for the old articles
        assert a.check() == []
    old = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM issues").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'article_search'").fetchone()[0] == 0
    old.close()


def test_readonly_open_of_an_older_archive_asks_for_an_upgrade(tmp_path):
    path = tmp_path / "a.sqlite3"
    with Archive.open(path) as a:
        a.import_issue(detect_file(write_issue(tmp_path)))
    _downgrade_to_v1(path)
    with pytest.raises(ArchiveError) as err:
        Archive.open(path, readonly=True)
    assert err.value.kind == "outdated"


def test_triggers_dropped_by_transform_are_rebuilt(tmp_path):
    import sqlite_utils

    path = tmp_path / "a.sqlite3"
    with Archive.open(path) as a:
        issue_id, _ = a.import_issue(detect_file(write_issue(tmp_path)))
    db = sqlite_utils.Database(path)
    db["article_search"].transform(types={"digest": str})  # what a future migration might do
    assert not db["article_search"].triggers
    db.close()
    with Archive.open(path) as a:
        assert {t.name for t in a.db["article_search"].triggers} == {
            "article_search_ai", "article_search_ad", "article_search_au"}
        issue = a.load_issue(issue_id)
        issue.records[1].overrides["headline"] = "加装电梯跑出加速度"
        issue.invalidate()
        a.save_issue(issue_id, issue)
        assert [h.article for h in a.search("加速度")] == [1]
        assert a.search("提速") == []  # the old headline left the index with the update
        a.conn.execute("INSERT INTO article_search_fts(article_search_fts) VALUES ('integrity-check')")


def test_import_files_reports_bad_files_and_goes_on(archive, tmp_path):
    good = [write_issue(tmp_path, 3, d) for d in (2, 3)]
    bad = tmp_path / "picture.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    missing = tmp_path / "missing.txt"
    results = import_files(archive, [good[0], bad, missing, good[1], good[0]])
    assert [(r.created, r.error is None) for r in results] == [
        (True, True), (False, False), (False, False), (True, True), (False, True)]
    assert "binary" in results[1].error and "\n" not in results[1].error
    assert "does not exist" in results[2].error
    assert results[4].issue_id == results[0].issue_id
    assert [s.date for s in archive.list_issues()] == ["2026-03-02", "2026-03-03"]


def test_import_files_in_worker_processes(archive, tmp_path):
    paths = [write_issue(tmp_path, 6, d) for d in (1, 2, 3)]
    results = import_files(archive, paths, jobs=2, paper="滨河日报")
    assert all(r.created and r.error is None for r in results)
    assert [s.paper for s in archive.list_issues()] == ["滨河日报"] * 3
    issue = detect_file(paths[1])
    assert archive.load_issue(results[1].issue_id).to_json()["articles"] == json.loads(
        json.dumps(issue.to_json()["articles"]))


def test_wal_on_local_disks_and_a_rollback_journal_on_network_shares(tmp_path, monkeypatch):
    from editor_app.core.storage import archive as archive_module
    from editor_app.core.storage import fs

    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\nserver:/export /mnt/news\\040room nfs4 rw 0 0\n")
    assert fs._linux_fs_type(Path("/mnt/news room/archive.sqlite3"), str(mounts)) == "nfs4"
    assert fs._linux_fs_type(Path("/mnt/newsroom/archive.sqlite3"), str(mounts)) == "ext4"
    with Archive.open(tmp_path / "local.sqlite3") as a:
        assert a.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    monkeypatch.setattr(archive_module, "is_network_path", lambda path: True)
    with Archive.open(tmp_path / "shared.sqlite3") as a:
        assert a.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        a.import_issue(detect_file(write_issue(tmp_path)))
        assert a.search("小微")
