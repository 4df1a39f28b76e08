"""Campaign tagging: an article names a registered campaign in its banner, kicker, headline or body."""

from __future__ import annotations

import json

from editor_app.core.detect.campaigns import Campaign, CampaignRegistry
from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.issue import IssueMeta

REGISTRY = CampaignRegistry([
    Campaign("绿色出行月", ["绿色出行宣传月"]),
    Campaign("邻里守望计划", ["邻里守望"]),
    Campaign("春风助企行动", [], active_from="2025-03-01", active_to="2025-06-30"),
])

BYLINE = "本报记者 柯远舟"
PLAIN = "东湖区今年将新建20个社区食堂，重点覆盖老年人口较多的老旧小区，让老人在家门口吃上热乎饭。"


def campaigns_of(text: str, date: str | None = None, registry: CampaignRegistry = REGISTRY) -> list[list[str]]:
    issue = detect_issue(text, registry=registry, meta=IssueMeta(date=date))
    return [v.campaigns for v in issue.views()]


def test_campaign_named_in_the_kicker() -> None:
    text = f"推进绿色出行月活动\n\n公交专线开进产业园区\n\n{BYLINE}\n\n{PLAIN}\n"
    issue = detect_issue(text, registry=REGISTRY)
    view = issue.views()[0]
    assert view.kicker == "推进绿色出行月活动"
    assert view.campaigns == ["绿色出行月"]
    assert "kicker" in view.campaign_reasons["绿色出行月"]


def test_campaign_named_in_the_headline_by_its_alias() -> None:
    assert campaigns_of(f"东湖区启动绿色出行宣传月\n\n{BYLINE}\n\n{PLAIN}\n") == [["绿色出行月"]]


def test_campaign_named_in_the_body() -> None:
    body = "区民政局负责人表示，社区食堂建设是邻里守望计划的重要内容，今年还将招募助餐志愿者500名。"
    assert campaigns_of(f"东湖区年内建成20个社区食堂\n\n{BYLINE}\n\n{PLAIN}\n\n{body}\n") == [["邻里守望计划"]]


def test_campaign_named_in_quotes_or_with_spaces_inside() -> None:
    body = "今年以来，东湖区深入开展“邻里 守望”志愿服务，组建楼门志愿队伍120支。"
    assert campaigns_of(f"东湖区年内建成20个社区食堂\n\n{BYLINE}\n\n{body}\n") == [["邻里守望计划"]]


def test_article_naming_no_campaign_has_none() -> None:
    assert campaigns_of(f"东湖区年内建成20个社区食堂\n\n{BYLINE}\n\n{PLAIN}\n") == [[]]


def test_each_article_gets_only_its_own_campaigns() -> None:
    text = (f"东湖区启动绿色出行宣传月\n\n{BYLINE}\n\n{PLAIN}\n\n"
            f"河湾区新增一所九年一贯制学校\n\n本报记者 贾思琪\n\n"
            f"河湾区新建的明德学校近日通过竣工验收，将于今年秋季开学投入使用，可提供学位1800个。\n")
    assert campaigns_of(text) == [["绿色出行月"], []]


def test_campaign_tagged_only_while_it_is_active() -> None:
    text = f"东湖区开展春风助企行动\n\n{BYLINE}\n\n{PLAIN}\n"
    assert campaigns_of(text, date="2025-04-15") == [["春风助企行动"]]
    assert campaigns_of(text, date="2025-02-01") == [[]]
    assert campaigns_of(text, date="2025-07-01") == [[]]
    # without a known date every campaign counts
    assert campaigns_of(text, date=None) == [["春风助企行动"]]


def test_empty_registry_tags_nothing() -> None:
    text = f"东湖区启动绿色出行宣传月\n\n{BYLINE}\n\n{PLAIN}\n"
    assert campaigns_of(text, registry=CampaignRegistry([])) == [[]]


def test_registry_from_a_file(tmp_path) -> None:
    path = tmp_path / "campaigns.json"
    path.write_text(json.dumps([{"name": "邻里守望计划", "aliases": ["邻里守望"], "color": "#123456"}],
                               ensure_ascii=False), encoding="utf-8")
    registry = CampaignRegistry.from_file(path)
    assert registry.names() == ["邻里守望计划"]
    text = f"“邻里守望”在行动\n\n{BYLINE}\n\n{PLAIN}\n"
    assert campaigns_of(text, registry=registry) == [["邻里守望计划"]]


def test_detection_uses_the_shipped_registry_by_default() -> None:
    shipped = CampaignRegistry.default()
    assert shipped.names()
    name = shipped.names()[0]
    text = f"东湖区深入推进{name}工作\n\n{BYLINE}\n\n{PLAIN}\n"
    issue = detect_issue(text)
    assert name in issue.views()[0].campaigns
