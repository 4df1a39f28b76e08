"""Bylines and datelines in every printed form, their roles, and the dateline taken out of the paragraph."""

from __future__ import annotations

import pytest

from editor_app.core.detect.campaigns import CampaignRegistry
from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.model import BYLINE_ROLES

HEADLINE = "东湖区启动河道保洁专项行动"
PARAGRAPH = "东湖区近日启动河道保洁专项行动，组织200余名保洁人员对辖区18条河道开展集中清理，清运垃圾30余吨。"


def detect(text: str):
    return detect_issue(text, registry=CampaignRegistry([]))


def only_article(text: str):
    views = detect(text).views()
    assert len(views) == 1, [v.headline for v in views]
    return views[0]


def pairs(view) -> list[tuple[str, str]]:
    return [(b.role, b.name) for b in view.bylines]


# --- a byline on its own line ----------------------------------------------------------------------

OWN_LINE = [
    ("本报记者 韩晓东 实习记者 左佳琪", [("reporter", "韩晓东"), ("intern", "左佳琪")]),
    ("□ 本报记者 谷明远", [("reporter", "谷明远")]),
    ("■本报记者 谷明远", [("reporter", "谷明远")]),
    ("文/蓝思远 图/季晓峰", [("reporter", "蓝思远"), ("photographer", "季晓峰")]),
    ("本报记者 王  珂", [("reporter", "王珂")]),
    ("本报记者 王　珂 吕  新", [("reporter", "王珂"), ("reporter", "吕新")]),
    ("本报记者 金若曦、贺文轩", [("reporter", "金若曦"), ("reporter", "贺文轩")]),
    ("本报记者 姚春晖 宁雪松", [("reporter", "姚春晖"), ("reporter", "宁雪松")]),
    ("本报记者 谭卓然 实习记者 钟雨萌 通讯员 范志勇",
     [("reporter", "谭卓然"), ("intern", "钟雨萌"), ("correspondent", "范志勇")]),
    ("记者 石清源 通讯员 葛丽娜", [("reporter", "石清源"), ("correspondent", "葛丽娜")]),
    ("本报通讯员 苗向东", [("correspondent", "苗向东")]),
    ("本报记者 欧阳晨", [("reporter", "欧阳晨")]),
    ("本報記者 陳大文", [("reporter", "陳大文")]),
    ("本報記者 陳大文 實習記者 馮子謙", [("reporter", "陳大文"), ("intern", "馮子謙")]),
]


@pytest.mark.parametrize("byline, expected", OWN_LINE, ids=[b for b, _ in OWN_LINE])
def test_byline_on_its_own_line(byline: str, expected: list[tuple[str, str]]) -> None:
    issue = detect(f"{HEADLINE}\n\n{byline}\n\n{PARAGRAPH}\n")
    assert [b.role for b in issue.blocks] == ["headline", "byline", "body"]
    view = issue.views()[0]
    assert view.headline == HEADLINE
    assert pairs(view) == expected
    assert view.paragraphs == [PARAGRAPH]
    assert view.dateline is None


# --- a dateline in front of the first paragraph ----------------------------------------------------

DATELINES = [
    ("本报讯(记者 曹一凡 通讯员 蔺晓光)", "本报讯", [("reporter", "曹一凡"), ("correspondent", "蔺晓光")]),
    ("本报讯（记者 罗佳音、邱少华）", "本报讯", [("reporter", "罗佳音"), ("reporter", "邱少华")]),
    ("本报讯（记者郭子涵）", "本报讯", [("reporter", "郭子涵")]),
    ("本报讯（记者 杜若凡 孔令仪 通讯员 夏振华）", "本报讯",
     [("reporter", "杜若凡"), ("reporter", "孔令仪"), ("correspondent", "夏振华")]),
    ("本报讯 (记者 曹一凡) ", "本报讯", [("reporter", "曹一凡")]),
    ("本报北京3月1日电（记者 温柏言）", "本报北京3月1日电", [("reporter", "温柏言")]),
    ("本报东湖3月1日电（记者 唐一鸣、邢佳 通讯员 夏振华）", "本报东湖3月1日电",
     [("reporter", "唐一鸣"), ("reporter", "邢佳"), ("correspondent", "夏振华")]),
    ("新华社北京2月28日电（记者 白鹭洲）", "新华社北京2月28日电", [("source", "新华社"), ("reporter", "白鹭洲")]),
    ("本報訊（記者 黃嘉欣 實習記者 馮子謙）", "本報訊", [("reporter", "黃嘉欣"), ("intern", "馮子謙")]),
]


@pytest.mark.parametrize("lead, dateline, expected", DATELINES, ids=[d for d, _, _ in DATELINES])
def test_dateline_in_front_of_first_paragraph(lead: str, dateline: str, expected: list[tuple[str, str]]) -> None:
    view = only_article(f"{HEADLINE}\n\n{lead}{PARAGRAPH}\n\n区城管委表示，专项行动将持续至今年6月底。\n")
    assert view.headline == HEADLINE
    assert view.dateline == dateline
    assert pairs(view) == expected
    # the dateline and the bracketed byline are gone from the paragraph text
    assert view.paragraphs == [PARAGRAPH, "区城管委表示，专项行动将持续至今年6月底。"]


def test_wire_dateline_without_bracket_keeps_the_agency() -> None:
    view = only_article(f"{HEADLINE}\n\n新华社日内瓦3月1日电  {PARAGRAPH}\n")
    assert view.dateline == "新华社日内瓦3月1日电"
    assert pairs(view) == [("source", "新华社")]
    assert view.paragraphs == [PARAGRAPH]


def test_dateline_only_on_the_first_paragraph() -> None:
    later = "记者从区城管委获悉，专项行动将持续至今年6月底。"
    view = only_article(f"{HEADLINE}\n\n本报讯（记者 郭子涵）{PARAGRAPH}\n\n{later}\n")
    assert view.paragraphs == [PARAGRAPH, later]


# --- captions and credits at the end ---------------------------------------------------------------

PHOTO_STORY = """西山森林公园桃花盛开

本报记者 钱明哲

西山森林公园的山桃花近日进入盛花期，漫山遍野的粉色花海吸引了大批游客登山赏花。公园管理处在主要路口增设了导览牌和临时休息点，并安排志愿者疏导客流，提醒游客文明赏花、不要攀折花枝。

游客在桃花林中拍照留念。记者 耿少卿/摄

孩子们在花海中奔跑嬉戏。柴嘉禾摄
"""


def test_captions_credit_their_photographers() -> None:
    issue = detect(PHOTO_STORY)
    assert [b.role for b in issue.blocks] == ["headline", "byline", "body", "caption", "caption"]
    view = issue.views()[0]
    assert pairs(view) == [("reporter", "钱明哲"), ("photographer", "耿少卿"), ("photographer", "柴嘉禾")]
    assert view.captions == ["游客在桃花林中拍照留念。记者 耿少卿/摄", "孩子们在花海中奔跑嬉戏。柴嘉禾摄"]
    assert len(view.paragraphs) == 1


def test_traditional_caption_credit() -> None:
    text = ("灣仔海濱長廊新增親子設施\n\n本報記者 陳大文\n\n"
            "灣仔海濱長廊近日新增一批親子遊樂設施，包括攀爬架、沙池和休憩涼亭，吸引不少家長帶同子女前來遊玩。\n\n"
            "小朋友在新設的沙池玩耍。記者 李小明攝\n")
    issue = detect(text)
    assert [b.role for b in issue.blocks] == ["headline", "byline", "body", "caption"]
    assert pairs(issue.views()[0]) == [("reporter", "陳大文"), ("photographer", "李小明")]


SIGNED_AT_END = [
    ("(东湖区应急管理局发布)(卞子墨)", [("source", "东湖区应急管理局"), ("reporter", "卞子墨")]),
    ("（东湖区应急管理局发布）（卞子墨）", [("source", "东湖区应急管理局"), ("reporter", "卞子墨")]),
    ("（本报记者裘晓晴、闻一鸣）", [("reporter", "裘晓晴"), ("reporter", "闻一鸣")]),
    ("（本报记者 裘晓晴 实习生 闻一鸣）", [("reporter", "裘晓晴"), ("intern", "闻一鸣")]),
]


@pytest.mark.parametrize("credit, expected", SIGNED_AT_END, ids=[c for c, _ in SIGNED_AT_END])
def test_credit_line_at_the_end(credit: str, expected: list[tuple[str, str]]) -> None:
    text = (f"东湖区开展燃气安全检查\n\n"
            f"近日，东湖区联合燃气公司对辖区餐饮场所开展燃气安全专项检查，共检查商户300余家，督促整改隐患42处。\n\n"
            f"检查中，执法人员重点查看了燃气管道、报警装置和通风设施的使用情况。\n\n{credit}\n")
    issue = detect(text)
    assert [b.role for b in issue.blocks] == ["headline", "body", "body", "credit"]
    view = issue.views()[0]
    assert pairs(view) == expected
    assert len(view.paragraphs) == 2
    assert credit not in view.paragraphs


def test_every_byline_role_is_a_known_role() -> None:
    text = "\n\n".join(f"{HEADLINE}{k}\n\n{b}\n\n{PARAGRAPH}" for k, (b, _) in enumerate(OWN_LINE))
    views = detect(text).views()
    assert len(views) == len(OWN_LINE)
    roles = {b.role for v in views for b in v.bylines}
    assert roles <= set(BYLINE_ROLES)
    assert {"reporter", "intern", "correspondent", "photographer"} <= roles


def test_names_have_no_inner_spaces() -> None:
    text = "\n\n".join(f"{HEADLINE}{k}\n\n{b}\n\n{PARAGRAPH}" for k, (b, _) in enumerate(OWN_LINE))
    for view in detect(text).views():
        for b in view.bylines:
            assert b.name == "".join(b.name.split()), b


SIGNED_ITEM_AFTER_PHOTO_STORY = PHOTO_STORY + """
东湖区开展燃气安全检查

近日，东湖区联合燃气公司对辖区餐饮场所开展燃气安全专项检查，共检查商户300余家，督促整改隐患42处。

检查中，执法人员重点查看了燃气管道、报警装置和通风设施的使用情况。

{credit}
"""


def test_item_signed_by_reporters_at_its_end_is_its_own_article() -> None:
    views = detect(SIGNED_ITEM_AFTER_PHOTO_STORY.format(credit="（本报记者裘晓晴、闻一鸣）")).views()
    assert [v.headline for v in views] == ["西山森林公园桃花盛开", "东湖区开展燃气安全检查"]
    assert pairs(views[1]) == [("reporter", "裘晓晴"), ("reporter", "闻一鸣")]


def test_item_signed_by_a_source_at_its_end_is_its_own_article() -> None:
    views = detect(SIGNED_ITEM_AFTER_PHOTO_STORY.format(credit="(东湖区应急管理局发布)(卞子墨)")).views()
    assert [v.headline for v in views] == ["西山森林公园桃花盛开", "东湖区开展燃气安全检查"]
    assert pairs(views[1]) == [("source", "东湖区应急管理局"), ("reporter", "卞子墨")]
