"""Fuzzing with Hypothesis: random issues, random corrections, save and reload, exports read back.

1. Random sequences of corrections (split, merge, move, role, join, field edits, tags, status, reverts) on
   random issues keep the issue's invariants, survive `Archive.save_issue` + `load_issue` unchanged (the
   edit state and `to_json()`), also across a second session that edits the reloaded issue, and undo-all
   returns exactly to the detected state (which saves and reloads as such too).
2. Random issues: detect -> import -> export json gives the detected articles, and every export format
   parses back with one entry per article.

`max_examples` is set on each test; the examples actually run are counted (docs/robustness.md quotes them;
set ISSUE_EDITOR_ROBUST_COUNTS=FILE to have the counts appended to FILE as JSON lines).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import docx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core import commands as C
from editor_app.core.detect.campaigns import CampaignRegistry
from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.export import export_issues
from editor_app.core.export.clean import clean_text
from editor_app.core.export.text import md_escape, one_line
from editor_app.core.issue import IssueMeta
from editor_app.core.model import BYLINE_ROLES, EDITABLE_FIELDS, REVIEW_STATES, ROLES
from editor_app.core.paths import resource_path
from editor_app.core.storage import Archive

CORRECTION_EXAMPLES = 300
ROUND_TRIP_EXAMPLES = 80
COUNTS: Counter[str] = Counter()

# --- random issues built from pieces -------------------------------------------------------------------

NAMES = ["林书瑶", "韩晓松", "欧阳晨", "陳大文", "卞子墨", "王  珂", "Anna Ivanova", "Иван Петров"]
HOSTILE = ["<script>alert(1)</script>", "]]>", "](javascript:alert(1))", "[点我](javascript:alert(1))",
           "&amp; &#0; <!-- -->", "../../etc/passwd", "C:\\Windows\\CON", "CON", "=SUM(A1:A9)", "@cmd",
           "# 标题", "- 列表", "1. 列表", "> 引用", "`代码`", "*粗体*", "__下划线__", "|表|格|", "\\",
           "‮反向‬", "مرحبا بالعالم", "שלום", "Привет", "🎉👩‍👩‍👧🇨🇳", "\u200b零宽\u200d", "\ufeff",
           "'; DROP TABLE issues; --", "\" OR 1=1 --", "%s %d {0} {name}", "NEAR(", "C++"]
# control characters a paste can carry (a file's are turned into spaces by textio); no surrogates:
# Qt never hands one over (PySide drops them) and the archive cannot store one (see test_robust_faults)
SAFE_CHARS = st.characters(blacklist_categories=("Cs",))
free_text = st.text(SAFE_CHARS, max_size=24)
field_text = st.one_of(free_text, st.sampled_from(HOSTILE), st.sampled_from(["", " ", "要闻", "新标题", None]))

page_header = st.builds("2026年3月{}日 星期一 第{:02d}版 {}".format, st.integers(1, 28), st.integers(1, 24),
                        st.sampled_from(["要闻", "社会", "经济", "体育"]))
headline = st.one_of(
    st.sampled_from(["滨河区启动老旧小区改造", "老城区雨污分流改造启动", "推进城乡融合发展", "古村落焕发新生机",
                     "舊區活化計劃啟動 百年唐樓變身社區客廳", "绿色出行月", "——农村生活污水治理率达到95%"]),
    st.builds("{}{}".format, st.sampled_from(["关于", "聚焦", "探访"]), st.sampled_from(HOSTILE)),
)
byline = st.one_of(st.builds("本报记者 {}".format, st.sampled_from(NAMES)),
                   st.builds("本报记者 {} 实习记者 {}".format, st.sampled_from(NAMES), st.sampled_from(NAMES)),
                   st.builds("文/{} 图/{}".format, st.sampled_from(NAMES), st.sampled_from(NAMES)))
sentence = st.sampled_from([
    "滨河区今年将完成32个老旧小区的综合改造，涉及居民1.2万户。",
    "区住建委有关负责人介绍，改造前将逐户征求居民意见，做到",
    "一楼一策、一户一方。",
    "“我们24小时轮班值守，确保群众生命安全。”县防汛指挥部工作人员说。",
    "市民可以通过手机预约图书，由工作人员定期配送到借阅点。",
])
paragraph = st.one_of(
    st.lists(sentence, min_size=1, max_size=3).map("".join),
    st.builds("本报讯（记者 {}）{}".format, st.sampled_from(NAMES), sentence),
    st.builds("{}{}{}".format, sentence, st.sampled_from(HOSTILE), sentence),
    st.builds("{}{}".format, sentence, st.text(SAFE_CHARS, min_size=1, max_size=40)),
)
other = st.one_of(st.builds("游客在桃花林中拍照留念。记者 {}/摄".format, st.sampled_from(NAMES)),
                  st.sampled_from(["（下转第2版）", "责任编辑：孟晓岚", "先行试点 稳步推进"]))
piece = st.one_of(page_header, headline, headline, byline, paragraph, paragraph, paragraph, other)
SEPARATORS = ["\n\n", "\n\n\n", "\n\u3000\n", "\n \n", "\n"]
random_issue = st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), min_size=1, max_size=24).map(
    lambda items: "".join(p + s for p, s in items))

REGISTRY = CampaignRegistry.default()
FUZZ_SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    target = os.environ.get("ISSUE_EDITOR_ROBUST_COUNTS")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"module": "fuzz", **COUNTS}) + "\n")


SEED = "2026年3月1日 星期日 第01版 要闻\n\n滨河区图书馆新增自助借阅点\n\n本报记者 林书瑶 实习记者 王  珂\n\n" \
       "本报讯（记者 韩晓松）滨河区图书馆近日新增8处24小时自助借阅点。\n"


@contextlib.contextmanager
def seeded_archive():
    """A fresh archive (each example gets its own: no state leaks between examples) that already knows a
    few people, so detection runs with a roster as in the window."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        with Archive.open(Path(folder) / "archive.sqlite3") as archive:
            archive.import_issue(detect_issue(SEED), "seed.txt")
            yield archive


# --- one random correction ------------------------------------------------------------------------------

def random_correction(issue, data) -> C.Command | None:
    """Draw one correction that applies to `issue` as it is now (None when it cannot be made here)."""
    blocks = issue.blocks
    ids = issue.article_ids()
    kind = data.draw(st.sampled_from(["split", "merge", "move", "role", "join", "field", "bylines", "tag",
                                      "untag", "status", "revert_field", "revert_article"]), label="kind")
    block = data.draw(st.integers(0, max(len(blocks) - 1, 0)), label="block") if blocks else 0
    article = data.draw(st.sampled_from(ids), label="article") if ids else None
    direction = data.draw(st.sampled_from([-1, 1]), label="direction")
    try:
        if kind == "split":
            return C.split_article(issue, block)
        if kind == "merge" and article is not None:
            return C.merge_articles(issue, article, direction)
        if kind == "move":
            return C.move_block(issue, block, direction)
        if kind == "role":
            chosen = data.draw(st.lists(st.integers(0, max(len(blocks) - 1, 0)), min_size=1, max_size=3),
                               label="blocks")
            return C.set_role(issue, chosen, data.draw(st.sampled_from(ROLES), label="role"))
        if kind == "join":
            return C.set_join(issue, block, data.draw(st.booleans(), label="joined"))
        if kind == "field" and article is not None:
            name = data.draw(st.sampled_from([f for f in EDITABLE_FIELDS if f not in ("bylines", "campaigns")]),
                             label="field")
            return C.set_field(issue, article, name, data.draw(field_text, label="value"))
        if kind == "bylines" and article is not None:
            names = data.draw(st.lists(st.tuples(st.sampled_from(BYLINE_ROLES), st.one_of(
                st.sampled_from(NAMES), free_text)), max_size=3), label="bylines")
            return C.set_field(issue, article, "bylines", [{"role": r, "name": n} for r, n in names])
        if kind == "tag" and article is not None:
            return C.add_campaign(issue, article, data.draw(st.sampled_from(
                ["接诉即办", "三大三强", "<b>活动</b>"] + REGISTRY.names()[:2]), label="campaign"))
        if kind == "untag" and article is not None and issue.view(article).campaigns:
            return C.remove_campaign(issue, article, data.draw(st.sampled_from(issue.view(article).campaigns)))
        if kind == "status" and article is not None:
            return C.set_status(issue, article, data.draw(st.sampled_from(REVIEW_STATES), label="status"))
        if kind == "revert_field" and article is not None:
            return C.revert_field(issue, article, data.draw(st.sampled_from(EDITABLE_FIELDS), label="field"))
        if kind == "revert_article" and article is not None:
            return C.revert_article(issue, article)
    except C.CommandError:
        return None
    return None


def apply_random_corrections(issue, data, steps: int) -> C.History:
    history = C.History(issue)
    for _ in range(steps):
        cmd = random_correction(issue, data)
        if cmd is None:
            continue
        history.push(cmd)
        COUNTS["corrections applied"] += 1
        assert C.check_invariants(issue) == [], cmd.text
        issue.views()  # the views always derive
    return history


# The section the archive's classifier suggests (for an article without a page header) is the archive's advice
# at load time, learned from every reviewed article, not part of the saved issue: a reloaded issue gets the
# current model, a freshly detected one none.
ADVICE = {"section_suggestion"}


def json_differences(a: dict, b: dict) -> list[str]:
    """What differs between two `to_json()` dicts (empty when they are the same), for readable failures."""
    out = [k for k in a if k != "articles" and a[k] != b.get(k)]
    if len(a["articles"]) != len(b["articles"]):
        out.append(f"{len(a['articles'])} != {len(b['articles'])} articles")
    for k, (x, y) in enumerate(zip(a["articles"], b["articles"])):
        out += [f"article {k} {key}: {x[key]!r} != {y.get(key)!r}" for key in x
                if key not in ADVICE and x[key] != y.get(key)]
    return out


def assert_reloads_unchanged(archive: Archive, issue_id: int, issue) -> None:
    archive.save_issue(issue_id, issue)
    loaded = archive.load_issue(issue_id)
    assert C.issue_state(loaded) == C.issue_state(issue)
    assert json_differences(loaded.to_json(), issue.to_json()) == []
    assert C.check_invariants(loaded) == []
    COUNTS["save and reload checks"] += 1


def detected_state(issue) -> tuple:
    return (tuple((b.detected_role, b.detected_article, b.detected_continues) for b in issue.blocks), ())


@settings(max_examples=CORRECTION_EXAMPLES, **FUZZ_SETTINGS)
@given(text=random_issue, data=st.data())
def test_random_corrections_survive_save_and_reload_and_undo_all(text, data):
    COUNTS["correction examples"] += 1
    with seeded_archive() as archive:
        _corrections_round(archive, text, data)


def _corrections_round(archive: Archive, text: str, data) -> None:
    # detected as the window detects: with the archive's campaigns and people
    issue = detect_issue(text, registry=archive.registry(), roster=archive.people_names())
    detected = C.issue_state(issue)
    assert detected == detected_state(issue)
    issue_id, created = archive.import_issue(issue)
    if not created:  # the same text came up before: start again from what detection said
        archive.save_issue(issue_id, issue)
    assert_reloads_unchanged(archive, issue_id, issue)

    # session 1: corrections, save, reload
    history = apply_random_corrections(issue, data, data.draw(st.integers(0, 25), label="steps"))
    assert_reloads_unchanged(archive, issue_id, issue)
    # session 2: the reloaded issue is edited further, saved, reloaded
    reopened = archive.load_issue(issue_id)
    apply_random_corrections(reopened, data, data.draw(st.integers(0, 10), label="steps again"))
    assert_reloads_unchanged(archive, issue_id, reopened)

    # undo-all in session 1 returns exactly to detection, and that too saves and reloads as such
    for _ in range(len(history.done)):
        history.undo()
    assert C.issue_state(issue) == detected
    assert [(b.role, b.article, b.continues_previous) for b in issue.blocks] == \
        [(b.detected_role, b.detected_article, b.detected_continues) for b in issue.blocks]
    assert_reloads_unchanged(archive, issue_id, issue)


# --- import / export round trips ------------------------------------------------------------------------

SCHEMA = json.loads(resource_path("issue.schema.json").read_text(encoding="utf-8"))


def _md_headings(md: str) -> list[str]:
    return [line[3:] for line in md.splitlines() if line.startswith("## ")]


@settings(max_examples=ROUND_TRIP_EXAMPLES, **FUZZ_SETTINGS)
@given(text=random_issue, paper=st.one_of(st.none(), st.sampled_from(["滨河日报", "<b>报</b>", "CON", "../报"])))
def test_import_export_round_trip(tmp_path_factory, text, paper):
    COUNTS["round trip examples"] += 1
    folder = tmp_path_factory.mktemp("round-trip")
    issue = detect_issue(text, meta=IssueMeta(paper=paper, date="2026-03-02"))
    detected_json = issue.to_json()
    with Archive.open(folder / "archive.sqlite3") as archive:
        issue_id, _created = archive.import_issue(issue, "issue.txt", paper=paper, date="2026-03-02")
        loaded = archive.load_issue(issue_id)
    views = loaded.views()

    data = json.loads(export_issues([loaded], "json", folder / "issue.json")[0].read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["articles"] == detected_json["articles"]
    assert data["blocks"] == detected_json["blocks"]

    md = export_issues([loaded], "md", folder / "issue.md")[0].read_text(encoding="utf-8")
    assert _md_headings(md) == [md_escape(v.headline or "（无标题）") for v in views]
    txt = export_issues([loaded], "txt", folder / "issue.txt")[0].read_text(encoding="utf-8")
    position = 0
    for v in views:  # every headline, in order
        position = txt.index(one_line(v.headline or "（无标题）"), position)  # a head field is one line

    raw = export_issues([loaded], "csv", folder / "issue.csv")[0].read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert len(rows) == len(views)
    for row, v in zip(rows, views):
        head = clean_text(v.headline)
        assert row["headline"] == ("'" + head if head[:1] and head[:1] in "=+-@" else head)
        assert int(row["paragraphs"]) == len(v.paragraphs)

    files = export_issues([loaded], "nitf", folder / "nitf")
    assert len(files) == len(views) == len({f.name for f in files})
    for path, v in zip(files, views):
        assert path.parent == folder / "nitf"
        root = ET.parse(path).getroot()
        assert (root.findtext("body/body.head/hedline/hl1") or "") == clean_text(v.headline)
        assert [p.text or "" for p in root.findall("body/body.content/p")] == [clean_text(p) for p in v.paragraphs]

    document = docx.Document(str(export_issues([loaded], "docx", folder / "issue.docx")[0]))
    assert len([p for p in document.paragraphs if p.style.name == "Heading 1"]) == len(views)
    COUNTS["export formats parsed back"] += 6


def test_counts_are_recorded():
    """Runs after the fuzz tests in this module: they ran their examples (the figures the doc quotes)."""
    assert COUNTS["correction examples"] >= min(CORRECTION_EXAMPLES, 20)
    assert COUNTS["round trip examples"] >= min(ROUND_TRIP_EXAMPLES, 10)
    print("\nfuzz counts:", dict(COUNTS))


def test_save_after_reload_of_another_archive_copy_is_refused(tmp_path):
    """A reloaded issue saved into a different issue id is refused, never mixed in (one deterministic case)."""
    with Archive.open(tmp_path / "a.sqlite3") as archive:
        first, _ = archive.import_issue(detect_issue("第01版 要闻\n\n标题一\n\n正文一。\n"))
        second, _ = archive.import_issue(detect_issue("第02版 社会\n\n标题二\n\n正文二。\n"))
        issue = archive.load_issue(first)
        C.set_field(issue, issue.article_ids()[0], "headline", "改").apply(issue)
        before = archive.load_issue(second).to_json()
        with pytest.raises(Exception) as err:
            archive.save_issue(second, issue)
        assert type(err.value).__name__ == "ArchiveError" and "\n" not in str(err.value)
        assert archive.load_issue(second).to_json() == before
    assert Path(tmp_path / "a.sqlite3").exists()
