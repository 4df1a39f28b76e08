"""Articles from blocks: heads (banner, kicker, headline, subtitle), subheads, graphic labels, page jumps."""

from __future__ import annotations

from editor_app.core.detect.campaigns import Campaign, CampaignRegistry
from editor_app.core.detect.pipeline import detect_issue


def detect(text: str, registry: CampaignRegistry | None = None):
    return detect_issue(text, registry=registry or CampaignRegistry([]))


def roles(issue) -> list[str]:
    return [b.role for b in issue.blocks]


SUBHEADED = """第01版：要闻

石桥镇打造乡村旅游新名片

本报记者 欧阳晨

近年来，石桥镇依托山水资源和古村落风貌，大力发展乡村旅游，去年全镇接待游客超过80万人次，旅游综合收入突破3亿元。

古村落焕发新生机

走进石桥镇上坪村，青石板路干净整洁，修缮一新的老宅错落有致。村里引入专业团队，把闲置民居改造成民宿和手工作坊，村民在家门口就能增收。

特色农产品走出大山

依托旅游人气，石桥镇推出高山茶叶、土蜂蜜等特色农产品，通过电商直播销往全国各地，去年线上销售额同比增长四成。

民宿产业带动就业

民宿产业的兴起带动了当地就业，不少外出务工的年轻人回乡创业，开起了民宿、餐馆和农家乐，乡村旅游成为石桥镇群众增收致富的重要途径。

河湾区新增一所九年一贯制学校

本报记者 贾思琪

河湾区新建的明德学校近日通过竣工验收，将于今年秋季开学投入使用，可提供学位1800个。
"""


def test_long_article_with_subheads_stays_one_article_and_next_headline_with_byline_starts_one() -> None:
    issue = detect(SUBHEADED)
    views = issue.views()
    assert [v.headline for v in views] == ["石桥镇打造乡村旅游新名片", "河湾区新增一所九年一贯制学校"]
    assert views[0].subheads == ["古村落焕发新生机", "特色农产品走出大山", "民宿产业带动就业"]
    assert len(views[0].paragraphs) == 4
    assert [(b.role, b.name) for b in views[1].bylines] == [("reporter", "贾思琪")]
    assert views[1].subheads == []
    assert roles(issue) == ["furniture", "headline", "byline", "body", "subhead", "body", "subhead", "body",
                            "subhead", "body", "headline", "byline", "body"]


def test_new_headline_with_a_dateline_starts_an_article() -> None:
    text = SUBHEADED.replace("河湾区新增一所九年一贯制学校\n\n本报记者 贾思琪\n\n",
                             "河湾区新增一所九年一贯制学校\n\n本报讯（记者 贾思琪）")
    views = detect(text).views()
    assert [v.headline for v in views] == ["石桥镇打造乡村旅游新名片", "河湾区新增一所九年一贯制学校"]
    assert views[1].dateline == "本报讯"


KICKER_ONE_LINE = """聚焦群众急难愁盼 东湖区年内建成20个社区食堂

本报记者 柯远舟

东湖区今年将新建20个社区食堂，重点覆盖老年人口较多的老旧小区，让老人在家门口吃上热乎饭。
"""


def test_kicker_and_headline_on_one_line_stay_one_headline() -> None:
    issue = detect(KICKER_ONE_LINE)
    assert roles(issue) == ["headline", "byline", "body"]
    view = issue.views()[0]
    assert view.headline == "聚焦群众急难愁盼 东湖区年内建成20个社区食堂"
    assert view.kicker is None


FULL_HEAD = """2025年3月1日 星期六 第01版 要闻

推进城乡融合发展

桂花镇建成全域污水处理网络

——农村生活污水治理率达到95%

本报记者 杭子墨

近日，桂花镇农村生活污水处理管网全部建成投用，全镇23个行政村的生活污水实现集中收集处理，农村生活污水治理率达到95%。镇里还建立了管网运维长效机制，聘请专业公司定期巡查维护。
"""


def test_kicker_headline_and_subtitle_on_their_own_lines() -> None:
    issue = detect(FULL_HEAD)
    assert roles(issue) == ["furniture", "kicker", "headline", "subtitle", "byline", "body"]
    view = issue.views()[0]
    assert (view.kicker, view.headline, view.subtitle) == (
        "推进城乡融合发展", "桂花镇建成全域污水处理网络", "——农村生活污水治理率达到95%")
    assert view.start == issue.blocks[1].start


BANNERED = """第02版：城市

绿色出行月

骑行上班渐成新风尚

本报记者 谈书瑶

随着城市慢行系统不断完善，越来越多的市民选择骑自行车上下班。记者在早高峰时段看到，沿江绿道上骑行的上班族络绎不绝。

践行邻里守望计划 推进绿色出行宣传月

社区志愿服务队伍持续壮大

本报记者 祁南星

截至目前，全区已组建社区志愿服务队伍260支，注册志愿者超过五万人，常态化开展助老助残、环境整治等志愿服务。
"""
REGISTRY = CampaignRegistry([Campaign("绿色出行月", ["绿色出行宣传月"]), Campaign("邻里守望计划", ["邻里守望"])])


def test_banner_naming_a_registered_campaign_opens_the_article() -> None:
    issue = detect(BANNERED, REGISTRY)
    assert roles(issue) == ["furniture", "banner", "headline", "byline", "body", "banner", "headline", "byline",
                            "body"]
    views = issue.views()
    assert [(v.banner, v.headline) for v in views] == [
        ("绿色出行月", "骑行上班渐成新风尚"),
        ("践行邻里守望计划 推进绿色出行宣传月", "社区志愿服务队伍持续壮大"),
    ]
    assert views[0].campaigns == ["绿色出行月"]
    assert sorted(views[1].campaigns) == ["绿色出行月", "邻里守望计划"]
    # the banner is part of its article
    assert views[1].start == issue.blocks[5].start


def test_same_line_without_the_campaign_registered_is_no_banner() -> None:
    issue = detect(BANNERED)
    assert "banner" not in roles(issue)
    assert all(v.campaigns == [] for v in issue.views())


GRAPHIC_LABEL = """2025年3月1日 星期六 第01版 要闻

桂花镇建成全域污水处理网络

本报记者 杭子墨

近日，桂花镇农村生活污水处理管网全部建成投用，全镇23个行政村的生活污水实现集中收集处理，农村生活污水治理率达到95%。镇里还建立了管网运维长效机制，聘请专业公司定期巡查维护。

{label}

南江区农贸市场提档升级

本报记者 詹若水

南江区今年计划对一批农贸市场进行提档升级改造，改造内容包括地面防滑、通风排水和智慧称重系统等。
"""


def _check_graphic_label(label: str) -> None:
    issue = detect(GRAPHIC_LABEL.format(label=label))
    label_block = next(b for b in issue.blocks if b.text == label)
    assert label_block.role == "furniture"
    assert label_block.article is None
    views = issue.views()
    assert [(v.kicker, v.headline) for v in views] == [
        (None, "桂花镇建成全域污水处理网络"), (None, "南江区农贸市场提档升级")]
    assert views[1].start > label_block.end


def test_graphic_label_repeating_the_article_topic_is_furniture() -> None:
    _check_graphic_label("桂花镇污水处理管网")


def test_graphic_label_ending_in_a_graphic_word_is_furniture() -> None:
    _check_graphic_label("桂花镇污水处理网络示意图")


JUMP = """2025年3月1日 星期六 第01版 要闻

南江区农贸市场提档升级

本报记者 詹若水

南江区今年计划对一批农贸市场进行提档升级改造，改造内容包括地面防滑、通风排水和智慧称重系统等。

（下转第2版）

北塘区启用智慧停车平台

本报记者 卫清和

北塘区智慧停车平台近日上线，市民可通过手机查询周边停车位并在线缴费，首批接入停车场42个。

2025年3月1日 星期六 第02版 要闻

（上接第1版）

改造完成后，市场将实行统一管理，为商户和市民提供更加舒适的购物环境。

区市场监管部门表示，将加强改造后的日常监管，确保农产品质量安全。

河湾区新增一所九年一贯制学校

本报记者 贾思琪

河湾区新建的明德学校近日通过竣工验收，将于今年秋季开学投入使用，可提供学位1800个。
"""


def test_jump_lines_continue_one_article_across_a_page_header() -> None:
    issue = detect(JUMP)
    jumps = [b for b in issue.blocks if b.text in ("（下转第2版）", "（上接第1版）")]
    assert [(b.role, b.article) for b in jumps] == [("furniture", None), ("furniture", None)]
    views = issue.views()
    assert [v.headline for v in views] == ["南江区农贸市场提档升级", "北塘区启用智慧停车平台",
                                           "河湾区新增一所九年一贯制学校"]
    market = views[0]
    assert market.paragraphs[1:] == ["改造完成后，市场将实行统一管理，为商户和市民提供更加舒适的购物环境。",
                                     "区市场监管部门表示，将加强改造后的日常监管，确保农产品质量安全。"]
    assert (market.section, market.page) == ("要闻", "01")
    assert len(views[1].paragraphs) == 1
    assert (views[2].section, views[2].page) == ("要闻", "02")


def test_furniture_belongs_to_no_article_and_everything_else_to_one() -> None:
    for text in (SUBHEADED, FULL_HEAD, BANNERED, JUMP, GRAPHIC_LABEL.format(label="桂花镇污水处理管网")):
        issue = detect(text, REGISTRY)
        for b in issue.blocks:
            assert (b.article is None) == (b.role == "furniture"), b
