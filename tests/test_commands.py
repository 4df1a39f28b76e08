"""Edit commands: each correction applies, reverts, keeps the issue sound, and undo-all restores detection."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import commands as C
from editor_app.core.detect.pipeline import detect_issue

TEXT = """2026年3月2日 星期一 第01版 要闻

滨河区启动老旧小区改造

本报记者 林书瑶

滨河区今年将完成32个老旧小区的综合改造，涉及居民1.2万户。改造内容包括外墙保温、管线更新和加装电梯。

区住建委有关负责人介绍，改造前将逐户征求居民意见，做到

一楼一策、一户一方。

先行试点 稳步推进

首批试点的柳湾小区已于上月开工，预计6月底完工。

滨河区图书馆新增自助借阅点

本报讯（记者 韩晓松）滨河区图书馆近日在地铁站和社区服务中心新增8处24小时自助借阅点。

市民可以通过手机预约图书，由工作人员定期配送到借阅点。

责任编辑：孟晓岚
"""


@pytest.fixture()
def issue():
    return detect_issue(TEXT)


def test_detected_layout_is_sound(issue):
    assert C.check_invariants(issue) == []
    assert [v.headline for v in issue.views()] == ["滨河区启动老旧小区改造", "滨河区图书馆新增自助借阅点"]


def test_split_and_undo(issue):
    before = C.issue_state(issue)
    sub = next(b for b in issue.blocks if b.content == "先行试点 稳步推进")
    hist = C.History(issue)
    hist.push(C.split_article(issue, sub.index))
    assert [v.headline for v in issue.views()][:2] == ["滨河区启动老旧小区改造", "先行试点 稳步推进"]
    assert C.check_invariants(issue) == []
    assert issue.view(issue.article_ids()[1]).status == "edited"
    hist.undo()
    assert C.issue_state(issue) == before


def test_merge_turns_second_head_into_subhead(issue):
    first, second = issue.article_ids()
    cmd = C.merge_articles(issue, first, +1)
    cmd.apply(issue)
    assert issue.article_ids() == [first]
    v = issue.view(first)
    assert "滨河区图书馆新增自助借阅点" in v.subheads
    assert {"韩晓松"} <= {b.name for b in v.bylines}
    cmd.revert(issue)
    assert issue.article_ids() == [first, second]


def test_move_block_only_at_the_edges(issue):
    first, second = issue.article_ids()
    last_of_first = issue.blocks_of(first)[-1].index
    with pytest.raises(C.CommandError):
        C.move_block(issue, issue.blocks_of(first)[0].index, +1)
    cmd = C.move_block(issue, last_of_first, +1)
    cmd.apply(issue)
    assert issue.blocks[last_of_first].article == second
    assert C.check_invariants(issue) == []


def test_role_and_join_and_fields(issue):
    aid = issue.article_ids()[0]
    hist = C.History(issue)
    joined = next(b for b in issue.blocks if b.content.startswith("一楼一策"))
    assert joined.continues_previous
    hist.push(C.set_join(issue, joined.index, False))
    assert len(issue.view(aid).paragraphs) == 4
    hist.push(C.set_field(issue, aid, "headline", "滨河区老旧小区改造全面启动"))
    hist.push(C.set_field(issue, aid, "section", "民生"))
    hist.push(C.add_campaign(issue, aid, "接诉即办"))
    v = issue.view(aid)
    assert v.headline == "滨河区老旧小区改造全面启动" and v.section == "民生" and "接诉即办" in v.campaigns
    assert set(v.edited_fields) == {"headline", "section", "campaigns"}
    assert v.detected["headline"] == "滨河区启动老旧小区改造"
    # setting the detected value again clears the override
    hist.push(C.set_field(issue, aid, "section", v.detected["section"]))
    assert "section" not in issue.view(aid).edited_fields
    hist.push(C.set_role(issue, [joined.index], "caption"))
    assert joined.content in issue.view(aid).captions
    hist.push(C.set_status(issue, aid, "reviewed"))
    assert issue.view(aid).status == "reviewed"
    while hist.undo():
        pass
    assert C.issue_state(issue) == C.issue_state(detect_issue(TEXT))


def test_revert_article_restores_detected_roles(issue):
    aid = issue.article_ids()[0]
    b = issue.blocks_of(aid)[-1]
    C.set_role(issue, [b.index], "caption").apply(issue)
    C.set_field(issue, aid, "kicker", "引题").apply(issue)
    C.revert_article(issue, aid).apply(issue)
    assert issue.blocks[b.index].role == issue.blocks[b.index].detected_role
    assert issue.view(aid).edited_fields == ()


def test_furniture_leaves_and_rejoins(issue):
    aid = issue.article_ids()[1]
    last = issue.blocks_of(aid)[-1].index
    C.set_role(issue, [last], "furniture").apply(issue)
    assert issue.blocks[last].article is None
    C.set_role(issue, [last], "body").apply(issue)
    assert issue.blocks[last].article == aid
    editor_line = next(b for b in issue.blocks if b.content.startswith("责任编辑"))
    C.set_role(issue, [editor_line.index], "credit").apply(issue)
    assert issue.blocks[editor_line.index].article == aid
    assert C.check_invariants(issue) == []


def test_bad_requests_are_command_errors(issue):
    with pytest.raises(C.CommandError):
        C.set_role(issue, [999], "body")
    with pytest.raises(C.CommandError):
        C.set_role(issue, [1], "nonsense")
    with pytest.raises(C.CommandError):
        C.merge_articles(issue, issue.article_ids()[0], -1)
    with pytest.raises(C.CommandError):
        C.set_field(issue, issue.article_ids()[0], "paragraphs", [])
    with pytest.raises(C.CommandError):
        C.split_article(issue, issue.blocks_of(issue.article_ids()[0])[0].index)


def random_command(issue, rnd: random.Random):
    """One random correction that is valid for the issue as it is now (or None)."""
    ids = issue.article_ids()
    blocks = issue.blocks
    kind = rnd.choice(["split", "merge", "move", "role", "join", "field", "tag", "status", "revert"])
    try:
        if kind == "split":
            return C.split_article(issue, rnd.randrange(len(blocks)))
        if kind == "merge":
            return C.merge_articles(issue, rnd.choice(ids), rnd.choice([-1, 1]))
        if kind == "move":
            return C.move_block(issue, rnd.randrange(len(blocks)), rnd.choice([-1, 1]))
        if kind == "role":
            return C.set_role(issue, [rnd.randrange(len(blocks))], rnd.choice(C.ROLES))
        if kind == "join":
            return C.set_join(issue, rnd.randrange(len(blocks)), rnd.choice([True, False]))
        if kind == "field":
            return C.set_field(issue, rnd.choice(ids), rnd.choice(["headline", "section", "dateline", "kicker"]),
                               rnd.choice(["新标题", "", None, "要闻"]))
        if kind == "tag":
            return C.add_campaign(issue, rnd.choice(ids), rnd.choice(["三大三强", "接诉即办"]))
        if kind == "status":
            return C.set_status(issue, rnd.choice(ids), rnd.choice(["auto", "edited", "reviewed"]))
        return C.revert_article(issue, rnd.choice(ids))
    except C.CommandError:
        return None


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10**6), steps=st.integers(1, 40))
def test_random_corrections_keep_invariants_and_undo_all(seed, steps):
    issue = detect_issue(TEXT)
    detected = C.issue_state(issue)
    hist = C.History(issue)
    rnd = random.Random(seed)
    for _ in range(steps):
        cmd = random_command(issue, rnd)
        if cmd is None:
            continue
        hist.push(cmd)
        assert C.check_invariants(issue) == [], cmd.text
        issue.views()  # views always derive
    snapshot = C.issue_state(issue)
    n = len(hist.done)
    for _ in range(n):
        hist.undo()
    assert C.issue_state(issue) == detected
    for _ in range(n):
        hist.redo()
    assert C.issue_state(issue) == snapshot
