"""Tests for editor_app.core.evaluation: synthetic gold issues and a cross-check with the shared scorer."""

from __future__ import annotations

import copy
import importlib.util
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from editor_app.core.evaluation import (
    GoldIssue,
    Metrics,
    compare_with_baseline,
    evaluate_directory,
    format_report,
    load_gold,
    score_issues,
    split_blocks,
)

SEPARATOR = "\n\n"
# A line holding only a full-width space is blank too.
FULL_WIDTH_SEPARATOR = "\n\u3000\n"

# (text, article index or None, role, continues_previous) for every block of the synthetic issue.
SYNTHETIC_BLOCKS: list[tuple[str, int | None, str, bool]] = [
    ("人民日报  2025年3月1日  星期六  第01版  要闻", None, "furniture", False),
    ("推进高质量发展", 0, "kicker", False),
    ("春耕备耕忙 田间生机旺", 0, "headline", False),
    ("本报记者  王  明  李华", 0, "byline", False),
    ("连日来，各地抓住有利时机，", 0, "body", False),
    ("开展春耕备耕，农机手们早早下田。", 0, "body", True),
    ("田间管理", 0, "subhead", False),
    ("农技人员深入田间地头，指导农民科学施肥。", 0, "body", False),
    ("图为农民在田间劳作。  本报记者  张云摄", 0, "caption", False),
    ("城市更新让老街焕发新活力", 1, "headline", False),
    ("本报讯（记者  赵强）老街改造完成后，游客明显增多。", 1, "body", False),
    ("居民纷纷点赞，商户生意也好了起来。", 1, "body", False),
    ("国务院常务会议研究部署稳就业工作", 2, "headline", False),
    ("新华社北京2月28日电  国务院总理主持召开国务院常务会议。", 2, "body", False),
]
SYNTHETIC_ARTICLES: list[dict[str, Any]] = [
    {"banner": None, "kicker": "推进高质量发展", "headline": "春耕备耕忙 田间生机旺", "subtitle": None,
     "bylines": [{"role": "reporter", "name": "王明"}, {"role": "reporter", "name": "李华"},
                 {"role": "photographer", "name": "张云"}],
     "dateline": None,
     "paragraphs": ["连日来，各地抓住有利时机，开展春耕备耕，农机手们早早下田。",
                    "农技人员深入田间地头，指导农民科学施肥。"],
     "subheads": ["田间管理"], "captions": ["图为农民在田间劳作。  本报记者  张云摄"],
     "campaigns": ["春耕"], "section": "要闻", "page": "01", "blocks": [1, 8], "headline_block": 2},
    {"banner": None, "kicker": None, "headline": "城市更新让老街焕发新活力", "subtitle": None,
     "bylines": [{"role": "reporter", "name": "赵强"}], "dateline": "本报讯",
     "paragraphs": ["老街改造完成后，游客明显增多。", "居民纷纷点赞，商户生意也好了起来。"],
     "subheads": [], "captions": [], "section": "要闻", "page": "01", "blocks": [9, 11], "headline_block": 9},
    {"banner": None, "kicker": None, "headline": "国务院常务会议研究部署稳就业工作", "subtitle": None,
     "bylines": [{"role": "source", "name": "新华社"}], "dateline": "新华社北京2月28日电",
     "paragraphs": ["国务院总理主持召开国务院常务会议。"], "subheads": [], "captions": [],
     "section": "要闻", "page": "01", "blocks": [12, 13]},  # headline_block taken from the block roles
]
GOLD_BYLINES = 5
GOLD_BODY_TEXTS = 6  # paragraphs and subheads together


def synthetic_text_and_spans() -> tuple[str, list[tuple[int, int]]]:
    """The raw text of the synthetic issue and the span of each block, computed while writing it."""
    text, spans = "\n", []
    for index, (block_text, _, _, _) in enumerate(SYNTHETIC_BLOCKS):
        if index:
            text += FULL_WIDTH_SEPARATOR if index == 9 else SEPARATOR
        spans.append((len(text), len(text) + len(block_text)))
        text += block_text
    return text + "\n", spans


def write_synthetic_issue(folder: Path, name: str = "issue-001", with_offsets: bool = True) -> Path:
    """Write `name`.txt and `name`.gold.json into folder; return the gold path."""
    folder.mkdir(parents=True, exist_ok=True)
    text, spans = synthetic_text_and_spans()
    blocks = []
    for index, (block_spec, (start, end)) in enumerate(zip(SYNTHETIC_BLOCKS, spans, strict=True)):
        _, article, role, continues = block_spec
        block = {"index": index, "article": article, "role": role, "continues_previous": continues}
        if with_offsets:
            block.update(start=start, end=end)
        blocks.append(block)
    gold = {"source": {"synthetic": True}, "blocks": blocks, "articles": SYNTHETIC_ARTICLES}
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold_path = folder / f"{name}.gold.json"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return gold_path


def perfect_prediction(gold_path: Path) -> dict[str, Any]:
    """What a flawless `editor-app detect` would print for a gold file (as score.py's self-test builds it)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    spans = load_gold(gold_path).block_spans
    articles = []
    for record in gold["articles"]:
        first, last = record["blocks"]
        article = {key: copy.deepcopy(record.get(key)) for key in (
            "headline", "kicker", "subtitle", "banner", "bylines", "paragraphs", "subheads", "captions",
            "campaigns", "section", "page", "dateline")}
        article["start"], article["end"] = spans[first][0], spans[last][1]
        articles.append(article)
    return {"articles": articles}


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    return write_synthetic_issue(tmp_path / "gold")


@pytest.fixture
def gold(gold_path: Path) -> GoldIssue:
    return load_gold(gold_path)


def score_one(gold: GoldIssue, prediction: Any) -> dict[str, Any]:
    return score_issues([(gold, prediction)]).as_dict()


RATE_KEYS = [
    "boundary_precision", "boundary_recall", "boundary_f1", "headline_exact",
    "byline_precision", "byline_recall", "byline_f1", "byline_role_accuracy",
    "paragraph_precision", "paragraph_recall", "paragraph_f1", "caption_precision", "caption_recall",
    "caption_f1", "subhead_precision", "subhead_recall", "subhead_f1",
    "campaign_precision", "campaign_recall", "campaign_f1",
    "section_accuracy", "page_accuracy", "dateline_accuracy",
]


def changed_rates(metrics: dict[str, Any]) -> dict[str, float]:
    return {key: metrics[key] for key in RATE_KEYS if metrics[key] != 1.0}


# ----------------------------------------------------------------------------------------------
# blocks and gold loading


def test_split_blocks_matches_the_written_offsets() -> None:
    text, spans = synthetic_text_and_spans()
    assert split_blocks(text) == spans
    assert [text[start:end] for start, end in spans] == [block[0] for block in SYNTHETIC_BLOCKS]


def test_split_blocks_edge_cases() -> None:
    assert split_blocks("") == []
    assert split_blocks("\n \n\u3000\n") == []
    assert split_blocks("甲\n乙\n\n丙") == [(0, 3), (5, 6)]
    assert split_blocks("  甲  \n") == [(0, 5)]


def test_load_gold_reads_offsets_and_headline_blocks(gold: GoldIssue, gold_path: Path) -> None:
    assert gold.name == "issue-001"
    assert gold.text_path == gold_path.with_name("issue-001.txt")
    assert gold.block_spans == synthetic_text_and_spans()[1]
    assert [(a.first_block, a.headline_block) for a in gold.articles] == [(1, 2), (9, 9), (12, 12)]
    assert gold.articles[0].campaigns == ["春耕"]
    assert gold.articles[1].campaigns is None
    assert gold.articles[2].fields == {"section": "要闻", "page": "01", "dateline": "新华社北京2月28日电"}


def test_load_gold_without_offsets_splits_the_text(tmp_path: Path, gold: GoldIssue) -> None:
    no_offsets = load_gold(write_synthetic_issue(tmp_path / "plain", "sample-issue", with_offsets=False))
    assert no_offsets.name == "sample-issue"
    assert no_offsets.block_spans == gold.block_spans
    assert no_offsets.articles == gold.articles


# ----------------------------------------------------------------------------------------------
# one metric at a time


def test_perfect_prediction_scores_one_everywhere(gold: GoldIssue, gold_path: Path) -> None:
    m = score_one(gold, perfect_prediction(gold_path))
    assert changed_rates(m) == {}
    assert m["errors"] == {}
    assert m["editor_fixes"] == 0 and m["editor_fixes_per_issue"] == 0.0
    assert (m["issues"], m["gold_articles"], m["predicted_articles"], m["matched_articles"]) == (1, 3, 3, 3)
    assert m["byline_counts"] == {"tp": GOLD_BYLINES, "fp": 0, "fn": 0}
    assert m["paragraph_counts"] == {"tp": GOLD_BODY_TEXTS, "fp": 0, "fn": 0}
    assert m["caption_counts"] == {"tp": 1, "fp": 0, "fn": 0}
    assert m["subhead_counts"] == {"tp": 1, "fp": 0, "fn": 0}
    assert m["campaign_counts"] == {"tp": 1, "fp": 0, "fn": 0}
    assert (m["section_scored"], m["page_scored"], m["dateline_scored"]) == (3, 3, 3)
    assert m["per_issue"] == [{"issue": "issue-001", "gold": 3, "pred": 3, "matched": 3, "headline_ok": 3,
                               "editor_fixes": 0, "errors": {}}]


def test_dropped_article(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    del prediction["articles"][2]  # one byline (新华社), one paragraph
    m = score_one(gold, prediction)
    assert (m["gold_articles"], m["predicted_articles"], m["matched_articles"]) == (3, 2, 2)
    assert m["byline_counts"] == {"tp": 4, "fp": 0, "fn": 1}
    assert m["paragraph_counts"] == {"tp": 5, "fp": 0, "fn": 1}
    assert changed_rates(m) == pytest.approx({
        "boundary_recall": 2 / 3, "boundary_f1": 0.8, "headline_exact": 2 / 3,
        "byline_recall": 0.8, "byline_f1": 8 / 9, "paragraph_recall": 5 / 6, "paragraph_f1": 10 / 11,
    })
    assert m["editor_fixes"] == 2  # the missed article and its missed byline


def test_split_paragraph(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    paragraphs = prediction["articles"][1]["paragraphs"]
    paragraphs[0:1] = [paragraphs[0][:5], paragraphs[0][5:]]
    m = score_one(gold, prediction)
    assert m["paragraph_counts"] == {"tp": 5, "fp": 2, "fn": 1}
    assert changed_rates(m) == pytest.approx({
        "paragraph_precision": 5 / 7, "paragraph_recall": 5 / 6, "paragraph_f1": 10 / 13})
    assert m["editor_fixes"] == 0


def test_paragraph_called_subhead_costs_nothing_in_paragraph_f1(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    article = prediction["articles"][0]
    article["paragraphs"].append(article["subheads"].pop())
    m = score_one(gold, prediction)
    assert m["paragraph_counts"] == {"tp": GOLD_BODY_TEXTS, "fp": 0, "fn": 0}
    assert m["subhead_counts"] == {"tp": 0, "fp": 0, "fn": 1}
    # Nothing predicted while something was expected: precision is 0 too, as in score.py.
    assert changed_rates(m) == {"subhead_precision": 0.0, "subhead_recall": 0.0, "subhead_f1": 0.0}


def test_wrong_headline(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    prediction["articles"][1]["headline"] = "城市更新"
    prediction["articles"][2]["headline"] = " 国务院常务会议\n研究部署稳就业工作 "  # whitespace is ignored
    m = score_one(gold, prediction)
    assert changed_rates(m) == pytest.approx({"headline_exact": 2 / 3})
    assert m["editor_fixes"] == 1
    assert m["per_issue"][0]["headline_ok"] == 2


def test_missing_byline(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    bylines = prediction["articles"][0]["bylines"]
    bylines[:] = [b for b in bylines if b["name"] != "李华"]
    m = score_one(gold, prediction)
    assert m["byline_counts"] == {"tp": 4, "fp": 0, "fn": 1}
    assert changed_rates(m) == pytest.approx({"byline_recall": 0.8, "byline_f1": 8 / 9})
    assert m["editor_fixes"] == 1


def test_spurious_byline_and_spaced_name(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    prediction["articles"][0]["bylines"][0]["name"] = "王  明"  # same name once spaces are removed
    prediction["articles"][1]["bylines"].append({"role": "reporter", "name": "刘洋"})
    m = score_one(gold, prediction)
    assert m["byline_counts"] == {"tp": 5, "fp": 1, "fn": 0}
    assert changed_rates(m) == pytest.approx({"byline_precision": 5 / 6, "byline_f1": 10 / 11})
    assert m["editor_fixes"] == 1


def test_wrong_role(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    prediction["articles"][0]["bylines"][2]["role"] = "reporter"  # 张云 is the photographer
    m = score_one(gold, prediction)
    assert m["byline_counts"] == {"tp": 5, "fp": 0, "fn": 0}
    assert changed_rates(m) == pytest.approx({"byline_role_accuracy": 0.8})
    assert m["editor_fixes"] == 0


def test_start_offsets_decide_the_boundary_match(gold: GoldIssue, gold_path: Path) -> None:
    spans = gold.block_spans
    prediction = perfect_prediction(gold_path)
    articles = prediction["articles"]
    articles[0]["start"] = spans[2][0] + 3  # inside the headline block: still a match
    articles[1]["start"] = spans[9][0] - 1  # in the blank gap before the headline: the next block
    articles[2]["start"] = spans[13][0]  # the body block, past the headline: no match
    m = score_one(gold, prediction)
    assert (m["predicted_articles"], m["matched_articles"]) == (3, 2)
    assert m["byline_counts"] == {"tp": 4, "fp": 1, "fn": 1}
    assert m["paragraph_counts"] == {"tp": 5, "fp": 1, "fn": 1}
    assert m["boundary_precision"] == pytest.approx(2 / 3)
    assert m["boundary_recall"] == pytest.approx(2 / 3)
    # missed + spurious article, the missed byline and the spurious one
    assert m["editor_fixes"] == 4


def test_matching_is_one_to_one(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    prediction["articles"].append(copy.deepcopy(prediction["articles"][0]))
    m = score_one(gold, prediction)
    assert (m["predicted_articles"], m["matched_articles"]) == (4, 3)
    assert m["boundary_precision"] == 0.75 and m["boundary_recall"] == 1.0
    assert m["byline_counts"] == {"tp": 5, "fp": 3, "fn": 0}
    assert m["campaign_counts"] == {"tp": 1, "fp": 0, "fn": 0}  # a spurious article's campaigns are ignored


def test_optional_fields(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    first, second, third = prediction["articles"]
    first.update(page=1, section=" 要 闻 ")  # pages compare as numbers, spaces are ignored
    second.update(page="第01版", dateline="本报讯")
    third.update(page="02", section="国际", dateline=None)
    del first["dateline"]  # not scored for this article
    m = score_one(gold, prediction)
    assert (m["section_scored"], m["page_scored"], m["dateline_scored"]) == (3, 3, 2)
    assert m["section_accuracy"] == pytest.approx(2 / 3)
    assert m["page_accuracy"] == pytest.approx(2 / 3)
    assert m["dateline_accuracy"] == 0.5


def test_fields_and_campaigns_unscored_when_absent(gold: GoldIssue, gold_path: Path, tmp_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    for article in prediction["articles"]:
        for name in ("section", "page", "dateline"):
            del article[name]
    m = score_one(gold, prediction)
    assert m["section_accuracy"] is m["page_accuracy"] is m["dateline_accuracy"] is None
    assert m["section_scored"] == 0

    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    del raw["articles"][0]["campaigns"]
    no_campaigns = tmp_path / "gold" / "issue-002.gold.json"
    no_campaigns.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "gold" / "issue-002.txt").write_text(synthetic_text_and_spans()[0], encoding="utf-8")
    m = score_one(load_gold(no_campaigns), perfect_prediction(gold_path))
    assert m["campaign_precision"] is m["campaign_recall"] is m["campaign_f1"] is None
    assert "campaign" not in format_report(score_issues([(load_gold(no_campaigns), None)]))


def test_empty_prediction_scores_zero(gold: GoldIssue) -> None:
    m = score_one(gold, {"articles": []})
    assert m["boundary_precision"] == 0.0 and m["boundary_recall"] == 0.0 and m["boundary_f1"] == 0.0
    assert m["headline_exact"] == 0.0
    assert m["byline_counts"] == {"tp": 0, "fp": 0, "fn": GOLD_BYLINES}
    assert m["byline_role_accuracy"] == 0.0
    assert m["editor_fixes"] == 3 + GOLD_BYLINES
    assert m["errors"] == {}


# ----------------------------------------------------------------------------------------------
# malformed predictions


def test_malformed_articles_are_counted(gold: GoldIssue) -> None:
    m = score_one(gold, {"articles": [{"headline": 3, "start": "x", "bylines": "A"}, 7]})
    assert m["errors"] == {"bad-offset": 1, "bad-field": 2, "bad-article": 1}
    assert (m["predicted_articles"], m["matched_articles"]) == (2, 0)


def test_malformed_fields_are_counted(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    first, second, third = prediction["articles"]
    first["start"] = float(first["start"])  # a whole float is a usable offset
    first["bylines"].append("赵六")
    first["bylines"].append({"role": 3, "name": "钱七"})  # a bad role is read as ""
    second["paragraphs"] = "not a list"
    second["page"] = [1]
    third["captions"] = ["ok", 5]
    third["start"] = True
    m = score_one(gold, prediction)
    assert m["errors"] == {"bad-byline": 1, "bad-field": 3, "bad-offset": 1}
    assert m["matched_articles"] == 2
    assert m["byline_counts"] == {"tp": 4, "fp": 2, "fn": 1}
    assert m["page_scored"] == 2  # the bad page of the second article did not count


@pytest.mark.parametrize(("prediction", "errors", "predicted"), [
    (None, {"missing-file": 1}, 0),
    ("{not json", {"malformed-file": 1}, 0),
    (b"\xff\xfe{", {"malformed-file": 1}, 0),
    ({"articles": "none"}, {"bad-schema": 1}, 0),
    ("42", {"bad-schema": 1}, 0),
    ([{"start": 0, "headline": "春耕备耕忙 田间生机旺"}], {"bad-schema": 1}, 1),
])
def test_unusable_predictions_are_counted(gold: GoldIssue, prediction: Any, errors: dict[str, int],
                                          predicted: int) -> None:
    m = score_one(gold, prediction)
    assert m["errors"] == errors
    assert m["per_issue"][0]["errors"] == errors
    assert m["predicted_articles"] == predicted


def test_prediction_as_json_text(gold: GoldIssue, gold_path: Path) -> None:
    text = json.dumps(perfect_prediction(gold_path), ensure_ascii=False)
    assert score_one(gold, text) == score_one(gold, json.loads(text))


# ----------------------------------------------------------------------------------------------
# directories, reports, baselines


def test_evaluate_directory(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    paths = [write_synthetic_issue(folder, name) for name in ("issue-001", "issue-002", "sample-issue")]
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a gold file
    seen: list[Path] = []

    def predict(text_path: Path) -> dict[str, Any]:
        seen.append(text_path)
        if text_path.name == "issue-002.txt":
            raise RuntimeError("detector crashed")
        return perfect_prediction(text_path.with_name(text_path.stem + ".gold.json"))

    m = evaluate_directory(folder, predict)
    assert seen == [path.with_name(path.name.replace(".gold.json", ".txt")) for path in paths]
    assert all(path.exists() for path in seen)
    result = m.as_dict()
    assert result["issues"] == 3
    assert result["errors"] == {"predict-failed": 1}
    assert [(r["issue"], r["matched"], r["errors"]) for r in result["per_issue"]] == [
        ("issue-001", 3, {}), ("issue-002", 0, {"predict-failed": 1}), ("sample-issue", 3, {})]
    assert result["boundary_recall"] == pytest.approx(2 / 3)
    assert result["editor_fixes_per_issue"] == pytest.approx((3 + GOLD_BYLINES) / 3)


def test_evaluate_directory_without_gold_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        evaluate_directory(tmp_path, lambda path: {"articles": []})


def test_format_report(gold: GoldIssue, gold_path: Path) -> None:
    prediction = perfect_prediction(gold_path)
    prediction["articles"][1]["headline"] = "错误标题"
    report = format_report(score_issues([(gold, prediction), (gold, None)]), per_issue=True)
    lines = report.splitlines()
    assert lines[0] == 'issues 2: gold articles 6, predicted 3, matched 3; errors 1 {"missing-file": 1}'
    assert lines[1] == "boundary    P=1.000 R=0.500 F1=0.667"
    assert lines[2] == "headline    exact=0.333"
    assert lines[3] == "byline      P=1.000 R=0.500 F1=0.667  (tp=5 fp=0 fn=5)  role_acc=1.000"
    assert "section     acc=1.000  (over 3 matched articles)" in lines
    assert "campaign    P=1.000 R=0.500 F1=0.667  (tp=1 fp=0 fn=1)" in lines
    assert "editor fixes 9 (4.50 per issue)" in lines
    assert "  issue-001 gold=3 pred=3 matched=3 headline_ok=2 fixes=1 " in lines
    assert '  issue-001 gold=3 pred=0 matched=0 headline_ok=0 fixes=8 {"missing-file": 1}' in lines
    assert lines[-1] == "boundary_f1=0.667 headline=0.333 byline_f1=0.667 paragraph_f1=0.667"
    assert "issue-001 gold" not in format_report(score_issues([(gold, prediction)]))


def test_compare_with_baseline(gold: GoldIssue, gold_path: Path) -> None:
    perfect = score_issues([(gold, perfect_prediction(gold_path))])
    baseline = json.loads(json.dumps(perfect.as_dict()))
    assert compare_with_baseline(perfect, baseline) == []

    prediction = perfect_prediction(gold_path)
    del prediction["articles"][2]
    for article in prediction["articles"]:
        del article["section"]
    worse = score_issues([(gold, prediction)])
    lines = compare_with_baseline(worse, baseline)
    named = [line.split(":")[0] for line in lines]
    assert named == ["boundary_recall", "boundary_f1", "headline_exact", "editor_fixes",
                     "editor_fixes_per_issue", "section_accuracy", "byline_recall", "byline_f1",
                     "paragraph_recall", "paragraph_f1"]
    assert lines[0] == "boundary_recall: 1.0000 -> 0.6667 (worse by 0.3333)"
    assert "editor_fixes: 0 -> 2 (worse by 2)" in lines
    assert "section_accuracy: 1.0000 -> not scored" in lines
    # Improving on a baseline is never reported.
    assert compare_with_baseline(perfect, worse.as_dict()) == []

    broken = score_issues([(gold, {"articles": [{**perfect_prediction(gold_path)["articles"][0], "page": []},
                                                *perfect_prediction(gold_path)["articles"][1:]]})])
    assert compare_with_baseline(broken, baseline)[-1].startswith("errors: 0 -> 1")


def test_metrics_keys_match_score_py() -> None:
    expected = {
        "issues", "gold_articles", "predicted_articles", "matched_articles",
        "boundary_precision", "boundary_recall", "boundary_f1", "headline_exact", "byline_role_accuracy",
        "editor_fixes", "editor_fixes_per_issue", "errors", "per_issue",
        "campaign_precision", "campaign_recall", "campaign_f1", "campaign_counts",
    }
    for name in ("section", "page", "dateline"):
        expected |= {name + "_accuracy", name + "_scored"}
    for metric in ("byline", "paragraph", "caption", "subhead"):
        expected |= {metric + suffix for suffix in ("_precision", "_recall", "_f1", "_counts")}
    assert set(Metrics().as_dict()) == expected


def test_core_module_does_not_import_pyside6() -> None:
    code = "import sys, editor_app.core.evaluation; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "False"


# ----------------------------------------------------------------------------------------------
# cross-check against the official scorer


def shared_folder() -> Path:
    configured = os.environ.get("ISSUE_EDITOR_SHARED")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared"


SCORE_PY = shared_folder() / "eval" / "score.py"
needs_score_py = pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"official scorer not found at {SCORE_PY}")


@pytest.fixture(scope="module")
def official_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("official_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drop_last_article(data: dict[str, Any]) -> None:
    data["articles"].pop()


def _split_first_paragraph(data: dict[str, Any]) -> None:
    for article in data["articles"]:
        if article.get("paragraphs"):
            text = article["paragraphs"][0]
            article["paragraphs"][0:1] = [text[: len(text) // 2], text[len(text) // 2:]]
            return


def _rename_headline_and_role(data: dict[str, Any]) -> None:
    article = data["articles"][len(data["articles"]) // 2]
    article["headline"] = "X" + (article.get("headline") or "")
    for article in data["articles"]:
        if article.get("bylines"):
            article["bylines"][0]["role"] = "editor"
            article["bylines"].pop()
            break


def _move_starts(data: dict[str, Any]) -> None:
    articles = data["articles"]
    articles[0]["start"] = articles[0]["end"] - 1  # past the headline: a miss and a spurious article
    if len(articles) > 1:
        articles[1]["start"] = articles[1]["start"] - 1
    articles.append(copy.deepcopy(articles[-1]))
    articles[-1]["start"] = 10 ** 9


def _change_fields(data: dict[str, Any]) -> None:
    for index, article in enumerate(data["articles"]):
        if index % 3 == 0:
            article["page"] = int(article["page"]) if str(article.get("page") or "").isdigit() else 99
        elif index % 3 == 1:
            article["section"] = "X" + (article.get("section") or "")
            article["dateline"] = ""
        else:
            article.pop("dateline", None)
            article["campaigns"] = (article.get("campaigns") or [])[:1] + ["新词"]


def _malformed_articles(data: dict[str, Any]) -> None:
    data["articles"][0].update(headline=3, bylines="A", paragraphs=["正文", 1], page=True)
    data["articles"].append(7)
    data["articles"].append({"start": 2.5, "subheads": "小标题", "bylines": [{"name": None}, "甲"]})


PERTURBATIONS = [_drop_last_article, _split_first_paragraph, _rename_headline_and_role, _move_starts,
                 _change_fields, _malformed_articles]


def _perturb(pred_dir: Path) -> None:
    files = sorted(pred_dir.glob("issue-*.json"))
    for index, path in enumerate(files):
        if index == len(files) - 1 and len(files) > 2:
            path.write_text("{not json", encoding="utf-8")
            continue
        if index == len(files) - 2 and len(files) > 3:
            path.unlink()
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if len(files) < len(PERTURBATIONS):  # a small set gets every perturbation in each file
            chosen = PERTURBATIONS
        elif index >= len(PERTURBATIONS):
            count = len(PERTURBATIONS)
            chosen = [PERTURBATIONS[index % count], PERTURBATIONS[(index + 2) % count]]
        else:
            chosen = [PERTURBATIONS[index]]
        for perturbation in chosen:
            if data["articles"]:
                perturbation(data)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _read_prediction_file(path: Path) -> Any:
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except ValueError:
        return text  # counted as a malformed file, as score.py does


def _ours(gold_dir: Path, pred_dir: Path) -> Metrics:
    pairs = []
    for gold_file in sorted(gold_dir.glob("issue-*.gold.json")):
        issue = load_gold(gold_file)
        pairs.append((issue, _read_prediction_file(pred_dir / f"{issue.name}.json")))
    return score_issues(pairs)


def _gold_dirs(tmp_path: Path) -> list[Path]:
    shared = shared_folder()
    synthetic = tmp_path / "synthetic"
    write_synthetic_issue(synthetic, "issue-001")
    write_synthetic_issue(synthetic, "issue-002", with_offsets=False)
    folders = [shared / "devset", shared / "seed", synthetic]
    return [folder for folder in folders if any(folder.glob("issue-*.gold.json"))]


@needs_score_py
@pytest.mark.parametrize("variant", ["perfect", "perturbed"])
def test_same_numbers_as_official_scorer(official_scorer: Any, tmp_path: Path, variant: str) -> None:
    gold_dirs = _gold_dirs(tmp_path)
    assert len(gold_dirs) >= 1
    for gold_dir in gold_dirs:
        pred_dir = tmp_path / "pred" / gold_dir.name
        official_scorer.predictions_from_gold(str(gold_dir), str(pred_dir))
        if variant == "perturbed":
            _perturb(pred_dir)
        expected = official_scorer.score(str(gold_dir), str(pred_dir))
        ours = _ours(gold_dir, pred_dir)
        actual = ours.as_dict()
        assert list(actual) == list(expected), gold_dir
        for key in expected:
            assert actual[key] == expected[key], (gold_dir, key)
        if variant == "perturbed":
            assert expected["errors"] and expected["boundary_f1"] < 1.0, gold_dir
        else:
            assert expected["boundary_f1"] == 1.0 and not expected["errors"], gold_dir
        printed = io.StringIO()
        official_scorer.report(expected, per_issue=True, out=printed)
        assert format_report(ours, per_issue=True) + "\n" == printed.getvalue(), gold_dir
