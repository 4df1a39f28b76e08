"""Properties detection keeps on any text: it never raises, blocks tile the text, every block is accounted for."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor_app.core.detect.campaigns import Campaign, CampaignRegistry
from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.model import ROLES
from editor_app.core.textio import clean_text

SETTINGS = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
REGISTRY = CampaignRegistry([Campaign("绿色出行月", ["绿色出行宣传月"]), Campaign("邻里守望计划")])

# --- arbitrary text ---------------------------------------------------------------------------------

BLANKS = ["\n", "\n\n", "\n \n", "\n\u3000\n", "\n\u00a0\n", "\n\t\n", "\r\n\r\n", "\n\u3000\u3000\n\n", "\r"]
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
CJK_RARE = st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF) | st.characters(min_codepoint=0x20000,
                                                                                       max_codepoint=0x2A6DF)
PUNCTUATION = st.sampled_from(list("，。、；：？！“”‘’（）《》【】——…·□■/／()0123456789年月日版电讯记者摄"))
SPACES = st.sampled_from([" ", "\t", "\u3000", "\u00a0", "\n", "\n", "\n", "\r"])
NEWSPAPER_CHARS = st.one_of(CJK, CJK, CJK, PUNCTUATION, SPACES, CJK_RARE, st.characters())

arbitrary_text = st.one_of(
    st.text(max_size=2000),
    st.text(alphabet=NEWSPAPER_CHARS, max_size=2000),
    st.lists(st.text(alphabet=NEWSPAPER_CHARS, max_size=300), max_size=12).flatmap(
        lambda parts: st.lists(st.sampled_from(BLANKS), min_size=len(parts), max_size=len(parts)).map(
            lambda seps: "".join(p + s for p, s in zip(parts, seps)))),
    # very long lines, no break at all
    st.text(alphabet=CJK | PUNCTUATION, min_size=1500, max_size=2000),
)

# --- plausible issues built from pieces ------------------------------------------------------------

NAMES = ["韩晓东", "左佳琪", "王  珂", "欧阳晨", "陳大文", "谷明远", "卞子墨", "贺文轩"]
name = st.sampled_from(NAMES)
page_header = st.builds(lambda p, s: s.format(p=p), st.integers(1, 24), st.sampled_from([
    "2025年3月1日 星期六 第{p:02d}版 要闻", "第{p:02d}版：社会", "{p:02d} 城事", "青溪晚报  经济  {p}版"]))
headline = st.sampled_from([
    "青禾县春耕备耕全面展开", "老城区雨污分流改造启动", "聚焦群众急难愁盼 东湖区年内建成20个社区食堂",
    "推进城乡融合发展", "——农村生活污水治理率达到95%", "古村落焕发新生机", "绿色出行月", "灣仔海濱長廊新增親子設施",
    "践行邻里守望计划 推进绿色出行宣传月",
])
byline = st.one_of(
    st.builds("本报记者 {} 实习记者 {}".format, name, name),
    st.builds("□ 本报记者 {}".format, name),
    st.builds("文/{} 图/{}".format, name, name),
    st.builds("本報記者 {}".format, name),
    st.builds("本报记者 {}、{}".format, name, name),
)
sentence = st.sampled_from([
    "连日来，青禾县各乡镇抓住晴好天气，组织农机手下田整地，全县已完成春播备耕面积12万亩。",
    "近日，老城区雨污分流改造工程正式启动，预计年底前完成主干管网铺设。",
    "“我们24小时轮班值守，确保群众生命安全。”县防汛指挥部工作人员说。",
    "县防汛指挥部第一时间启动应", "急预案，组织干部群众转移低洼地带居民1200余人。",
    "据了解，受灾较重的两个乡镇已开始组织生产自救，", "区民政局负责人表示，这也是邻里守望计划的重要内容。",
])
paragraph = st.one_of(
    st.lists(sentence, min_size=1, max_size=4).map("".join),
    st.builds("本报讯（记者 {}）{}".format, name, sentence),
    st.builds("本报讯(记者 {} 通讯员 {}){}".format, name, name, sentence),
    st.builds("新华社北京2月28日电（记者 {}）{}".format, name, sentence),
)
other = st.one_of(
    st.builds("游客在桃花林中拍照留念。记者 {}/摄".format, name),
    st.builds("孩子们在花海中奔跑嬉戏。{}摄".format, name),
    st.builds("(东湖区应急管理局发布)({})".format, name),
    st.builds("（本报记者{}、{}）".format, name, name),
    st.sampled_from(["（下转第2版）", "（上接第1版）", "责任编辑：葛新蕾", "桂花镇污水处理管网"]),
)
piece = st.one_of(page_header, headline, headline, byline, paragraph, paragraph, paragraph, other)
plausible_issue = st.lists(st.tuples(piece, st.sampled_from(BLANKS[:8])), max_size=40).map(
    lambda items: "".join(p + sep for p, sep in items))


# --- the invariants ---------------------------------------------------------------------------------

def check_invariants(text: str) -> None:
    issue = detect_issue(text, registry=REGISTRY)
    # text that did not come through a file is cleaned the way reading a file cleans it; offsets refer to it
    assert issue.text == clean_text(text)
    text = issue.text
    blocks = issue.blocks
    # offsets are valid, blocks are in order, never overlap, and hold the exact source slice
    previous_end = 0
    covered = []
    for k, b in enumerate(blocks):
        assert b.index == k
        assert 0 <= b.start < b.end <= len(text)
        assert b.start >= previous_end
        assert text[b.start:b.end] == b.text
        assert b.text.strip()
        covered.append(text[previous_end:b.start])
        previous_end = b.end
    covered.append(text[previous_end:])
    # what lies between blocks is blank: the blocks cover all of the non-blank text
    assert all(not gap.strip() for gap in covered)
    # roles, confidences, articles
    for b in blocks:
        assert b.role in ROLES
        assert 0.0 <= b.confidence <= 1.0
        assert isinstance(b.reason, str) and b.reason
        if b.role == "furniture":
            assert b.article is None
        else:
            assert isinstance(b.article, int)
        if b.continues_previous:
            earlier = [x for x in blocks[: b.index] if x.role == "body" and x.article == b.article]
            assert b.role == "body" and earlier
    views = issue.views()
    in_articles = sorted(i for v in views for i in v.block_indices)
    assert in_articles == [b.index for b in blocks if b.role != "furniture"]  # each in exactly one article
    for v in views:
        own = [b for b in blocks if b.article == v.id]
        assert v.block_indices == [b.index for b in own]
        assert (v.start, v.end) == (own[0].start, own[-1].end)
        assert 0.0 <= v.confidence <= 1.0
    data = json.loads(json.dumps(issue.to_json(), ensure_ascii=False))
    assert len(data["blocks"]) == len(blocks)
    assert len(data["articles"]) == len(views)
    for position, article in enumerate(data["articles"]):
        own = [b for b in data["blocks"] if b["article"] == position]
        assert own, position
        assert (article["start"], article["end"]) == (own[0]["start"], own[-1]["end"])


@SETTINGS
@given(arbitrary_text)
@example("")
@example("\n\u3000\n\u00a0\n\t\r\n")
@example("\r\r\r")
@example("\ud800")
@example("本报讯（")
@example("（下转第2版）\n\n（上接第1版）")
@example("第01版：要闻\n\n第02版：社会")
@example("本报记者 韩晓东\n\n本报记者 韩晓东")
@example("。" * 2000)
def test_detection_on_arbitrary_text(text: str) -> None:
    check_invariants(text)


@SETTINGS
@given(plausible_issue)
def test_detection_on_plausible_issues(text: str) -> None:
    check_invariants(text)


def test_lone_surrogate_does_not_raise() -> None:
    """Text that did not come from a file (a paste) may hold a lone surrogate."""
    check_invariants("东湖区\ud800启动河道保洁专项行动\n\n本报记者 韩晓东\n\n\udfff")


def test_detection_pauses_the_cyclic_collector_and_restores_it(monkeypatch):
    import gc
    import threading

    from editor_app.core.detect import pipeline

    seen = []
    real = pipeline._detect

    def spy(*args):
        seen.append(gc.isenabled())
        if len(seen) == 1:  # a second detection in another thread while this one runs
            worker = threading.Thread(target=pipeline.detect_issue, args=("标题\n\n正文。\n",))
            worker.start()
            worker.join()
            seen.append(gc.isenabled())  # still paused: this detection has not ended
        return real(*args)

    monkeypatch.setattr(pipeline, "_detect", spy)
    assert gc.isenabled()
    pipeline.detect_issue("标题\n\n正文。\n")
    assert seen == [False, False, False] and gc.isenabled()
    gc.disable()
    try:
        pipeline.detect_issue("标题\n\n正文。\n")
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
    with pytest.raises(ValueError):
        monkeypatch.setattr(pipeline, "_detect", lambda *a: (_ for _ in ()).throw(ValueError("boom")))
        pipeline.detect_issue("标题\n\n正文。\n")
    assert gc.isenabled()  # an error inside detection does not leave it off
