"""Page headers: every printed form sets section and page for the articles below it and is furniture."""

from __future__ import annotations

import pytest

from editor_app.core.detect.campaigns import CampaignRegistry
from editor_app.core.detect.pipeline import detect_issue, guess_date

ARTICLE_A = """青禾县春耕备耕全面展开

本报记者 韩晓东

连日来，青禾县各乡镇抓住晴好天气，组织农机手下田整地，全县已完成春播备耕面积12万亩。"""

ARTICLE_B = """老城区雨污分流改造启动

本报记者 谷明远

近日，老城区雨污分流改造工程正式启动，预计年底前完成主干管网铺设，惠及沿线居民两万余户。"""


def detect(text: str):
    return detect_issue(text, registry=CampaignRegistry([]))


@pytest.mark.parametrize("header, section, page", [
    ("2025年3月1日 星期六 第01版 要闻", "要闻", "01"),
    ("2025年3月1日　星期六　第05版　经济", "经济", "05"),
    ("第01版：要闻", "要闻", "01"),
    ("第3版 文化", "文化", "03"),
    ("01 要闻", "要闻", "01"),
    ("A3 城事", "城事", "A3"),
    ("青溪晚报  社会  10版", "社会", "10"),
    ("江城日报 2025年3月1日 星期六 第06版 民生", "民生", "06"),
])
def test_page_header_sets_section_and_page(header: str, section: str, page: str) -> None:
    issue = detect(f"{header}\n\n{ARTICLE_A}\n\n{ARTICLE_B}\n")
    assert issue.blocks[0].role == "furniture"
    assert issue.blocks[0].article is None
    views = issue.views()
    assert [v.headline for v in views] == ["青禾县春耕备耕全面展开", "老城区雨污分流改造启动"]
    assert [(v.section, v.page) for v in views] == [(section, page)] * 2


def test_each_page_header_governs_the_articles_under_it() -> None:
    text = f"第01版：要闻\n\n{ARTICLE_A}\n\n　\n第02版：社会　\n\n{ARTICLE_B}\n"
    views = detect(text).views()
    assert [(v.headline, v.section, v.page) for v in views] == [
        ("青禾县春耕备耕全面展开", "要闻", "01"),
        ("老城区雨污分流改造启动", "社会", "02"),
    ]


def test_articles_before_any_page_header_have_no_section() -> None:
    views = detect(f"{ARTICLE_A}\n\n02 社会\n\n{ARTICLE_B}\n").views()
    assert [(v.section, v.page) for v in views] == [(None, None), ("社会", "02")]


def test_editor_line_is_furniture() -> None:
    issue = detect(f"01 要闻\n\n{ARTICLE_A}\n\n责任编辑：葛新蕾\n")
    assert issue.blocks[-1].role == "furniture"
    assert issue.blocks[-1].article is None
    assert len(issue.views()) == 1


def test_guess_date_from_page_header_then_file_name() -> None:
    assert guess_date(f"2025年3月1日 星期六 第01版 要闻\n\n{ARTICLE_A}") == "2025-03-01"
    assert guess_date(ARTICLE_A, "/papers/issue-20250417.txt") == "2025-04-17"
    assert guess_date(ARTICLE_A, "/papers/notes.txt") is None
