"""Paragraph rejoin: a paragraph cut by a column break is one paragraph again, and the raw blocks stay."""

from __future__ import annotations

import pytest

from editor_app.core.detect.campaigns import CampaignRegistry
from editor_app.core.detect.pipeline import detect_issue

HEAD = "柳溪县全力应对强降雨天气\n\n本报记者 孟凡清\n\n"
OPENING = "连日来，柳溪县遭遇今年入汛以来最强降雨过程，全县平均降雨量达到186毫米。"
CLOSING = "县气象局提醒，未来三天仍有降雨过程，请市民注意防范。"


def detect(text: str):
    return detect_issue(text, registry=CampaignRegistry([]))


def body_blocks(issue):
    return [b for b in issue.blocks if b.role == "body"]


CUTS = [
    # a word cut in two: 应急预案 spans the break
    ("受强降雨影响，柳溪县多条河流水位快速上涨。县防汛指挥部第一时间启动应",
     "急预案，组织干部群众转移低洼地带居民1200余人，并调集冲锋舟、救生衣等物资前往受灾乡镇。"),
    # 公交 spans the break
    ("为方便受灾群众出行，县里新开通了三条公",
     "交专线，连接县城和各个安置点，每15分钟发一班车。"),
    # the break falls after a comma, in the middle of a sentence
    ("据了解，受灾较重的两个乡镇已开始组织生产自救，",
     "农技人员深入田间指导农户补种改种，尽量减少灾害损失。"),
    # the break falls between two characters of a phrase, leaving a very short tail
    ("县气象局提醒，未来三天仍有降雨过程，请市民",
     "注意防范。"),
]


@pytest.mark.parametrize("left, right", CUTS, ids=["word-across-break", "short-word", "after-comma", "short-tail"])
def test_cut_paragraph_is_rejoined(left: str, right: str) -> None:
    text = f"{HEAD}{OPENING}\n\n{left}\n\n{right}\n\n{CLOSING}\n"
    issue = detect(text)
    body = body_blocks(issue)
    # both raw blocks are still there, with their own offsets; the second one continues the first
    assert [b.text for b in body] == [OPENING, left, right, CLOSING]
    assert [b.continues_previous for b in body] == [False, False, True, False]
    for b in body:
        assert text[b.start:b.end] == b.text
    assert len(issue.views()) == 1
    assert issue.views()[0].paragraphs == [OPENING, left + right, CLOSING]


def test_word_cut_right_under_the_byline_is_rejoined() -> None:
    """Under a byline a short line may be a lead line; a word that spans the break still joins it."""
    left, right = CUTS[0]
    issue = detect(f"{HEAD}{left}\n\n{right}\n\n{CLOSING}\n")
    assert [b.continues_previous for b in body_blocks(issue)] == [False, True, False]
    assert issue.views()[0].paragraphs == [left + right, CLOSING]


def test_sentence_end_before_a_quotation_is_not_joined() -> None:
    first = "目前，全县各水库运行平稳，转移群众已全部妥善安置。"
    quote = "“我们24小时轮班值守，确保群众生命安全。”县防汛指挥部工作人员说。"
    issue = detect(f"{HEAD}{first}\n\n{quote}\n\n{CLOSING}\n")
    assert [b.continues_previous for b in body_blocks(issue)] == [False, False, False]
    assert issue.views()[0].paragraphs == [first, quote, CLOSING]


def test_whole_paragraphs_are_not_joined() -> None:
    paragraphs = [
        "受强降雨影响，柳溪县多条河流水位快速上涨，县防汛指挥部第一时间启动应急预案。",
        "截至记者发稿时，受损道路已有七成恢复通行，电力、通信也在抓紧抢修。",
        "据介绍，全县已累计转移安置群众1200余人，发放救灾物资两万余件。",
        CLOSING,
    ]
    issue = detect(HEAD + "\n\n".join(paragraphs) + "\n")
    assert not any(b.continues_previous for b in issue.blocks)
    assert issue.views()[0].paragraphs == paragraphs


def test_cut_with_a_dateline_in_front() -> None:
    """The dateline comes off the first block; the joined paragraph is the rest plus the second block."""
    left = "本报讯（记者 孟凡清）受强降雨影响，柳溪县多条河流水位快速上涨。县防汛指挥部第一时间启动应"
    right = "急预案，组织干部群众转移低洼地带居民1200余人。"
    issue = detect(f"柳溪县全力应对强降雨天气\n\n{left}\n\n{right}\n\n{CLOSING}\n")
    view = issue.views()[0]
    assert view.dateline == "本报讯"
    assert view.paragraphs == [left[len("本报讯（记者 孟凡清）"):] + right, CLOSING]
    assert [b.continues_previous for b in body_blocks(issue)] == [False, True, False]


def test_headline_is_never_joined_to_the_body() -> None:
    issue = detect("县防汛指挥部启动应\n\n急预案转移群众一千余人，各安置点秩序井然，群众情绪稳定。\n")
    assert issue.blocks[0].role == "headline"
    assert not issue.blocks[1].continues_previous


def test_short_tail_right_under_the_byline_is_rejoined() -> None:
    """A block that only finishes the sentence above continues it, even in the lead position."""
    left, right = CUTS[3]
    issue = detect(f"{HEAD}{left}\n\n{right}\n\n{OPENING}\n")
    assert issue.views()[0].paragraphs == [left + right, OPENING]
