"""Section suggestions from reviewed articles, and campaign suggestions from recurring phrases."""

from __future__ import annotations

from editor_app.core import wordseg
from editor_app.core.detect.campaigns import Campaign, CampaignRegistry
from editor_app.core.learning.sections import SectionClassifier
from editor_app.core.learning.suggestions import ArticleText, suggest_campaigns

TRAIN = [
    ("区人大常委会召开会议，审议政府工作报告，部署全年重点工作任务。", "要闻"),
    ("区委常委会传达学习全会精神，研究部署下一阶段重点工作。", "要闻"),
    ("社区食堂开门迎客，老人在家门口吃上热乎饭，居民点赞民生实事。", "民生"),
    ("老旧小区加装电梯，居民上下楼更方便，社区协调解决停车难题。", "民生"),
    ("篮球联赛开幕，全区32支球队参加比赛，运动员赛出风格。", "体育"),
    ("马拉松比赛鸣枪开跑，万名跑者参赛，志愿者保障赛事顺利进行。", "体育"),
]


def test_classifier_suggests_the_section_with_confidence():
    clf = SectionClassifier.train(TRAIN, wordseg.cut)
    assert set(clf.sections) == {"民生", "体育", "要闻"}
    section, conf = clf.suggest("乒乓球比赛开赛，运动员参加比赛，志愿者服务赛事。", wordseg.cut)
    assert section == "体育" and 0.5 <= conf <= 1.0
    probs = clf.probabilities("小区停车难题得到解决，居民生活更方便。", wordseg.cut)
    assert probs[0][0] == "民生" and abs(sum(p for _s, p in probs) - 1.0) < 1e-9


def test_classifier_round_trips_and_declines_without_data():
    clf = SectionClassifier.train(TRAIN, wordseg.cut)
    again = SectionClassifier.from_dict(clf.to_dict())
    text = "马拉松赛事圆满结束。"
    assert again.probabilities(text, wordseg.cut) == clf.probabilities(text, wordseg.cut)
    assert SectionClassifier().suggest(text, wordseg.cut) is None
    assert SectionClassifier.train(TRAIN[:1], wordseg.cut).suggest(text, wordseg.cut) is None


def test_campaign_suggestions_recur_across_issues_and_skip_known():
    registry = CampaignRegistry([Campaign("三大三强")])
    arts = [
        ArticleText("d1", "甲", "奋进新征程 建功新时代", "落实“三大三强”要求，推进“一刻钟便民生活圈”建设。"),
        ArticleText("d2", "乙", "奋进新征程 建功新时代", "“一刻钟便民生活圈”再扩容，“三大三强”见实效。"),
        ArticleText("d3", "丙", None, "他说：“今天天气很好，我们一起去。”“一刻钟便民生活圈”真方便。"),
        ArticleText("d3", "丁", None, "“一次性”现象仅此一处。"),
    ]
    got = suggest_campaigns(arts, registry)
    phrases = [(s.kind, s.phrase, s.issues) for s in got]
    assert ("banner", "奋进新征程 建功新时代", 2) in phrases
    assert ("quoted", "一刻钟便民生活圈", 3) in phrases
    assert all(p != "三大三强" for _k, p, _n in phrases)
    assert all("今天天气" not in p for _k, p, _n in phrases)  # speech is not a slogan
    assert all(p != "一次性" for _k, p, _n in phrases)  # one issue only


def test_issue_views_suggest_a_section_only_where_no_page_header_gives_one():
    from editor_app.core.detect.pipeline import detect_issue

    text = ("乒乓球联赛开赛\n\n本报记者 林书瑶\n\n"
            "全区乒乓球联赛昨日开赛，32支球队的运动员参加比赛，志愿者服务赛事。\n\n"
            "02 民生\n\n社区食堂开门迎客\n\n本报记者 韩晓松\n\n社区食堂开门迎客，老人在家门口吃上热乎饭。\n")
    issue = detect_issue(text)
    issue.section_model = SectionClassifier.train(TRAIN, wordseg.cut)
    first, second = issue.views()
    assert first.section is None and first.section_suggestion[0] == "体育"
    assert second.section == "民生" and second.section_suggestion is None
    assert issue.to_json()["articles"][0]["section_suggestion"]["section"] == "体育"
