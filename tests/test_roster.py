"""The people roster in detection: run-together names split, unknown byline names flagged as doubtful."""

from __future__ import annotations

from editor_app.core.detect import patterns as P
from editor_app.core.detect.pipeline import detect_issue

TEXT = """滨河区举办春季招聘会

本报记者 李冬梅高瑶

3月1日，滨河区春季招聘会在区体育馆举行，120家企业提供岗位4000余个。
"""


def test_run_together_names_split_with_and_without_roster():
    assert P.split_names("李冬梅高瑶") == ["李冬梅", "高瑶"]
    with P.known_names({"欧阳洁", "高瑶"}):
        assert P.split_names("欧阳洁高瑶") == ["欧阳洁", "高瑶"]
        assert P.split_names("高瑶") == ["高瑶"]


def test_roster_names_in_bylines_and_doubt_for_strangers():
    issue = detect_issue(TEXT, roster={"李冬梅", "高瑶"})
    v = issue.views()[0]
    assert [b.name for b in v.bylines] == ["李冬梅", "高瑶"]
    byline = next(b for b in issue.blocks if b.role == "byline")
    assert byline.confidence >= 0.6
    stranger = detect_issue(TEXT, roster={"王珂"})
    byline = next(b for b in stranger.blocks if b.role == "byline")
    assert byline.confidence < 0.6 and "not in the roster" in byline.reason
    assert byline.index in stranger.doubtful_blocks()


def test_no_roster_no_doubt():
    issue = detect_issue(TEXT)
    byline = next(b for b in issue.blocks if b.role == "byline")
    assert byline.confidence >= 0.6


def test_a_reduced_roster_is_stored_only_if_the_articles_come_out_the_same(monkeypatch):
    from editor_app.core.storage import rows

    text = TEXT.replace("李冬梅高瑶", "高瑶李冬梅")  # read as names only with the roster's help
    issue = detect_issue(text, roster={"李冬梅", "高瑶", "王珂"})
    assert [b.name for b in issue.views()[0].bylines] == ["高瑶", "李冬梅"]
    assert rows.relevant_roster(issue) == ["李冬梅", "高瑶"]  # 王珂 cannot occur in this text
    # a letter filter that wrongly drops every name: the trial without them reads the byline differently,
    # so the whole roster is kept (the trial composes its own fields, it does not reuse the issue's)
    monkeypatch.setattr(rows, "_letters", lambda s: s if s == issue.text else "\x00")
    assert detect_issue(text).views()[0].bylines != issue.views()[0].bylines
    assert rows.relevant_roster(issue) == sorted(["李冬梅", "高瑶", "王珂"])
