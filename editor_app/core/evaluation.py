"""Score detected articles against gold issues with the same metrics as the shared `eval/score.py`."""

from __future__ import annotations

import bisect
import json
import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

GOLD_SUFFIX = ".gold.json"
# Article fields scored by accuracy when both the gold record and the prediction carry them.
OPTIONAL_FIELDS: tuple[str, ...] = ("section", "page", "dateline")
# Suffixes of the metrics where a higher value is better (checked by compare_with_baseline).
HIGHER_IS_BETTER_SUFFIXES: tuple[str, ...] = ("_precision", "_recall", "_f1", "_exact", "_accuracy")
LOWER_IS_BETTER: tuple[str, ...] = ("editor_fixes", "editor_fixes_per_issue")

_WHITESPACE = re.compile(r"\s+")
_PAGE_DECORATION = re.compile(r"^第|版$")


def strip_whitespace(value: object) -> str:
    """Comparable form of a text: every whitespace character removed; non-strings become ""."""
    return _WHITESPACE.sub("", value) if isinstance(value, str) else ""


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Every maximal run of non-blank lines as `(start, end)` character offsets into `text`.

    A line of spaces (U+3000 included) is blank; `end` is the end of the run's last line.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    run_start: int | None = None
    run_end = 0
    for line in text.split("\n"):
        line_end = position + len(line)
        if line.strip():
            if run_start is None:
                run_start = position
            run_end = line_end
        elif run_start is not None:
            spans.append((run_start, run_end))
            run_start = None
        position = line_end + 1
    if run_start is not None:
        spans.append((run_start, run_end))
    return spans


# ----------------------------------------------------------------------------------------------
# gold issues


@dataclass(frozen=True)
class GoldArticle:
    """One answer-key article: the blocks that may hold its start, and the fields that are scored."""

    first_block: int
    headline_block: int
    headline: str
    bylines: list[dict[str, Any]]
    paragraphs: list[str]
    captions: list[str]
    subheads: list[str]
    # Only the optional fields the gold record carries (its value may be None).
    fields: dict[str, Any]
    # None when the gold record does not annotate campaigns at all.
    campaigns: list[str] | None


@dataclass(frozen=True)
class GoldIssue:
    """One answer-key issue: its articles and the character span of every block of its text."""

    name: str
    articles: list[GoldArticle]
    block_spans: list[tuple[int, int]]
    text_path: Path | None = None

    @property
    def block_starts(self) -> list[int]:
        return [start for start, _ in self.block_spans]


def _issue_name(path: Path) -> str:
    return path.name[: -len(GOLD_SUFFIX)] if path.name.endswith(GOLD_SUFFIX) else path.stem


def text_path_for(gold_path: str | os.PathLike[str]) -> Path:
    """The raw issue text next to a gold file: same stem, `.txt` instead of `.gold.json`."""
    path = Path(gold_path)
    return path.with_name(_issue_name(path) + ".txt")


def _headline_block(record: dict[str, Any], article_index: int, blocks: list[Any], first: int) -> int:
    headline_block = record.get("headline_block")
    if isinstance(headline_block, int):
        return headline_block
    for block in blocks:
        if block.get("article") == article_index and block.get("role") == "headline":
            return block["index"]
    return first


def load_gold(path: str | os.PathLike[str]) -> GoldIssue:
    """Read an `*.gold.json` answer key; block offsets come from the raw text when it lacks them."""
    path = Path(path)
    with open(path, encoding="utf-8") as handle:
        gold = json.load(handle)
    blocks = gold.get("blocks") or []
    text_path = text_path_for(path)
    if blocks and all(isinstance(b.get("start"), int) and isinstance(b.get("end"), int) for b in blocks):
        block_spans = [(b["start"], b["end"]) for b in blocks]
    else:
        block_spans = split_blocks(text_path.read_text(encoding="utf-8"))
    articles = []
    for index, record in enumerate(gold.get("articles") or []):
        first, _last = record["blocks"]
        campaigns = record.get("campaigns")
        articles.append(GoldArticle(
            first_block=first,
            headline_block=_headline_block(record, index, blocks, first),
            headline=record.get("headline") or "",
            bylines=record.get("bylines") or [],
            paragraphs=record.get("paragraphs") or [],
            captions=record.get("captions") or [],
            subheads=record.get("subheads") or [],
            fields={name: record.get(name) for name in OPTIONAL_FIELDS if name in record},
            campaigns=campaigns if isinstance(campaigns, list) else None,
        ))
    return GoldIssue(_issue_name(path), articles, block_spans, text_path)


# ----------------------------------------------------------------------------------------------
# predictions


@dataclass(frozen=True)
class PredictedArticle:
    """One detected article after validation: bad values are dropped and counted as errors."""

    start: int | None = None
    headline: str = ""
    bylines: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    campaigns: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)


def _is_sequence(value: object) -> bool:
    return isinstance(value, (list, tuple))


def _string_list(value: object, errors: Counter[str]) -> list[str]:
    if value is None:
        return []
    if not _is_sequence(value):
        errors["bad-field"] += 1
        return []
    strings = []
    for item in value:
        if isinstance(item, str):
            strings.append(item)
        else:
            errors["bad-field"] += 1
    return strings


def _start_offset(value: object, errors: Counter[str]) -> int | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        errors["bad-offset"] += 1
        return None
    return value


def _is_valid_field_value(name: str, value: object) -> bool:
    if value is None or isinstance(value, str):
        return True
    return name == "page" and isinstance(value, int) and not isinstance(value, bool)


def _read_article(record: object, errors: Counter[str]) -> PredictedArticle:
    if not isinstance(record, dict):
        errors["bad-article"] += 1
        return PredictedArticle()
    start = _start_offset(record.get("start"), errors)
    headline = record.get("headline")
    if not isinstance(headline, str):
        if headline is not None:
            errors["bad-field"] += 1
        headline = ""
    raw_bylines = record.get("bylines")
    if raw_bylines is not None and not _is_sequence(raw_bylines):
        errors["bad-field"] += 1
        raw_bylines = []
    bylines = []
    for byline in raw_bylines or []:
        if isinstance(byline, dict) and isinstance(byline.get("name"), str):
            role = byline.get("role")
            bylines.append((role if isinstance(role, str) else "", byline["name"]))
        else:
            errors["bad-byline"] += 1
    fields: dict[str, Any] = {}
    for name in OPTIONAL_FIELDS:
        if name in record:
            if _is_valid_field_value(name, record[name]):
                fields[name] = record[name]
            else:
                errors["bad-field"] += 1
                fields[name] = None
    return PredictedArticle(
        start=start,
        headline=headline,
        bylines=bylines,
        paragraphs=_string_list(record.get("paragraphs"), errors),
        captions=_string_list(record.get("captions"), errors),
        subheads=_string_list(record.get("subheads"), errors),
        campaigns=_string_list(record.get("campaigns"), errors),
        fields=fields,
    )


def read_prediction(prediction: object, errors: Counter[str]) -> list[PredictedArticle]:
    """The articles of one prediction, tallying every problem in `errors` instead of raising.

    `prediction` is the `{"articles": [...]}` object of `editor-app detect`, None when it is
    missing, or its JSON text (str or bytes), which is parsed first.
    """
    if prediction is None:
        errors["missing-file"] += 1
        return []
    if isinstance(prediction, (str, bytes, bytearray)):
        try:
            prediction = json.loads(prediction)
        except (ValueError, UnicodeDecodeError):
            errors["malformed-file"] += 1
            return []
    if _is_sequence(prediction):
        # A bare list of articles is usable, but still not the agreed schema.
        errors["bad-schema"] += 1
        records = prediction
    elif isinstance(prediction, dict) and _is_sequence(prediction.get("articles")):
        records = prediction["articles"]
    else:
        errors["bad-schema"] += 1
        return []
    return [_read_article(record, errors) for record in records]


# ----------------------------------------------------------------------------------------------
# metrics


@dataclass
class MatchCounts:
    """True positives, false positives and false negatives of one pooled P/R/F1 metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Counter[str], predicted: Counter[str]) -> None:
        """Count the multiset overlap of one article's gold and predicted items."""
        common = sum((gold & predicted).values())
        self.tp += common
        self.fp += sum(predicted.values()) - common
        self.fn += sum(gold.values()) - common

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        precision, recall = self.precision, self.recall
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def is_empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

    def as_dict(self) -> dict[str, int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class IssueResult:
    """What one issue contributed to the boundary, headline and byline metrics."""

    issue: str
    gold_articles: int = 0
    predicted_articles: int = 0
    matched_articles: int = 0
    correct_headlines: int = 0
    byline_tp: int = 0
    byline_fp: int = 0
    byline_fn: int = 0
    correct_roles: int = 0
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def editor_fixes(self) -> int:
        """Missed + spurious boundaries + wrong headlines + missed + spurious bylines."""
        return ((self.gold_articles - self.matched_articles)
                + (self.predicted_articles - self.matched_articles)
                + (self.matched_articles - self.correct_headlines)
                + self.byline_fn + self.byline_fp)

    def as_dict(self) -> dict[str, Any]:
        return {"issue": self.issue, "gold": self.gold_articles, "pred": self.predicted_articles,
                "matched": self.matched_articles, "headline_ok": self.correct_headlines,
                "editor_fixes": self.editor_fixes, "errors": dict(self.errors)}


def _total(results: list[IssueResult], attribute: str) -> int:
    return sum(getattr(result, attribute) for result in results)


@dataclass
class Metrics:
    """Metrics pooled over a set of issues; `as_dict()` has the keys of score.py's `score()`."""

    issue_results: list[IssueResult] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    paragraphs: MatchCounts = field(default_factory=MatchCounts)  # paragraphs and subheads together
    captions: MatchCounts = field(default_factory=MatchCounts)
    subheads: MatchCounts = field(default_factory=MatchCounts)
    campaigns: MatchCounts = field(default_factory=MatchCounts)
    fields_scored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OPTIONAL_FIELDS, 0))
    fields_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OPTIONAL_FIELDS, 0))

    @property
    def issues(self) -> int:
        return len(self.issue_results)

    @property
    def gold_articles(self) -> int:
        return _total(self.issue_results, "gold_articles")

    @property
    def predicted_articles(self) -> int:
        return _total(self.issue_results, "predicted_articles")

    @property
    def matched_articles(self) -> int:
        return _total(self.issue_results, "matched_articles")

    @property
    def boundary_precision(self) -> float:
        if self.predicted_articles:
            return self.matched_articles / self.predicted_articles
        return 1.0 if self.gold_articles == 0 else 0.0

    @property
    def boundary_recall(self) -> float:
        return self.matched_articles / self.gold_articles if self.gold_articles else 1.0

    @property
    def boundary_f1(self) -> float:
        precision, recall = self.boundary_precision, self.boundary_recall
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def headline_exact(self) -> float:
        if not self.gold_articles:
            return 1.0
        return _total(self.issue_results, "correct_headlines") / self.gold_articles

    @property
    def bylines(self) -> MatchCounts:
        """Byline names: matched, spurious and missed over all issues."""
        return MatchCounts(_total(self.issue_results, "byline_tp"), _total(self.issue_results, "byline_fp"),
                           _total(self.issue_results, "byline_fn"))

    @property
    def byline_role_accuracy(self) -> float:
        bylines = self.bylines
        if bylines.tp:
            return _total(self.issue_results, "correct_roles") / bylines.tp
        return 1.0 if bylines.fn == 0 else 0.0

    @property
    def editor_fixes(self) -> int:
        return _total(self.issue_results, "editor_fixes")

    @property
    def editor_fixes_per_issue(self) -> float:
        return self.editor_fixes / self.issues if self.issues else 0.0

    def field_accuracy(self, name: str) -> float | None:
        """Accuracy of section / page / dateline, or None when no matched article had it on both sides."""
        scored = self.fields_scored[name]
        return self.fields_correct[name] / scored if scored else None

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "issues": self.issues,
            "gold_articles": self.gold_articles,
            "predicted_articles": self.predicted_articles,
            "matched_articles": self.matched_articles,
            "boundary_precision": self.boundary_precision,
            "boundary_recall": self.boundary_recall,
            "boundary_f1": self.boundary_f1,
            "headline_exact": self.headline_exact,
            "byline_role_accuracy": self.byline_role_accuracy,
            "editor_fixes": self.editor_fixes,
            "editor_fixes_per_issue": self.editor_fixes_per_issue,
            "errors": dict(self.errors),
        }
        for name in OPTIONAL_FIELDS:
            result[name + "_accuracy"] = self.field_accuracy(name)
            result[name + "_scored"] = self.fields_scored[name]
        for metric, counts in (("byline", self.bylines), ("paragraph", self.paragraphs),
                               ("caption", self.captions), ("subhead", self.subheads)):
            result[metric + "_precision"] = counts.precision
            result[metric + "_recall"] = counts.recall
            result[metric + "_f1"] = counts.f1
            result[metric + "_counts"] = counts.as_dict()
        # Campaigns are printed only when some gold article annotates them and anything was counted.
        campaigns_scored = not self.campaigns.is_empty
        result["campaign_precision"] = self.campaigns.precision if campaigns_scored else None
        result["campaign_recall"] = self.campaigns.recall if campaigns_scored else None
        result["campaign_f1"] = self.campaigns.f1 if campaigns_scored else None
        result["campaign_counts"] = self.campaigns.as_dict()
        result["per_issue"] = [issue_result.as_dict() for issue_result in self.issue_results]
        return result


# ----------------------------------------------------------------------------------------------
# scoring


def block_index_at(offset: int | None, issue: GoldIssue, block_starts: list[int]) -> int | None:
    """The block holding `offset`; an offset in a blank gap belongs to the next block.

    None for a missing or negative offset and for one past the last block.
    """
    spans = issue.block_spans
    if offset is None or offset < 0 or not spans:
        return None
    index = bisect.bisect_right(block_starts, offset) - 1
    if index >= 0 and offset < spans[index][1]:
        return index
    if index + 1 < len(spans):
        return index + 1
    return None


def normalized_texts(items: Iterable[object]) -> Counter[str]:
    """Multiset of whitespace-free, non-empty texts."""
    return Counter(text for text in map(strip_whitespace, items) if text)


def comparable_field_value(name: str, value: object) -> str:
    """Section / page / dateline in comparable form: null is "", pages compare as numbers."""
    if value is None:
        return ""
    if name != "page":
        return strip_whitespace(value)
    page = _PAGE_DECORATION.sub("", strip_whitespace(str(value)))
    if page.isdigit():
        try:
            return str(int(page))
        except ValueError:  # digits int() refuses, such as "²"
            return page
    return page


def _byline_roles(bylines: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    roles_by_name: dict[str, set[str]] = defaultdict(set)
    for role, name in bylines:
        normalized_name = strip_whitespace(name)
        if normalized_name:
            roles_by_name[normalized_name].add(role or "")
    return roles_by_name


def _gold_byline_pairs(bylines: Iterable[object]) -> Iterator[tuple[str, str]]:
    for byline in bylines:
        if isinstance(byline, dict):
            yield byline.get("role") or "", byline.get("name")


def _body_texts(paragraphs: Iterable[object], subheads: Iterable[object]) -> Counter[str]:
    """Paragraphs and subheads together: a short body line counts whichever it is called."""
    return normalized_texts(paragraphs) + normalized_texts(subheads)


def _match_articles(issue: GoldIssue, predicted: list[PredictedArticle]) -> dict[int, int]:
    """Gold index -> predicted index, one-to-one, taking predictions in order of their start."""
    block_starts = issue.block_starts
    matches: dict[int, int] = {}
    by_start = sorted(range(len(predicted)),
                      key=lambda i: (predicted[i].start is None, predicted[i].start or 0))
    for predicted_index in by_start:
        block = block_index_at(predicted[predicted_index].start, issue, block_starts)
        if block is None:
            continue
        for gold_index, gold_article in enumerate(issue.articles):
            if gold_index not in matches and gold_article.first_block <= block <= gold_article.headline_block:
                matches[gold_index] = predicted_index
                break
    return matches


class _ScoreAccumulator:
    """Adds issues one at a time to a Metrics."""

    def __init__(self) -> None:
        self.metrics = Metrics()
        self._errors: Counter[str] = Counter()

    def add_issue(self, issue: GoldIssue, predicted: list[PredictedArticle],
                  issue_errors: Counter[str]) -> None:
        self._errors.update(issue_errors)
        metrics = self.metrics
        matches = _match_articles(issue, predicted)
        result = IssueResult(issue.name, gold_articles=len(issue.articles),
                             predicted_articles=len(predicted), matched_articles=len(matches),
                             errors=dict(issue_errors))
        empty: Counter[str] = Counter()
        for gold_index, gold in enumerate(issue.articles):
            article = predicted[matches[gold_index]] if gold_index in matches else None
            if (article is not None and strip_whitespace(gold.headline)
                    and strip_whitespace(article.headline) == strip_whitespace(gold.headline)):
                result.correct_headlines += 1
            gold_roles = _byline_roles(_gold_byline_pairs(gold.bylines))
            predicted_roles = _byline_roles(article.bylines) if article else {}
            for name, roles in gold_roles.items():
                if name in predicted_roles:
                    result.byline_tp += 1
                    result.correct_roles += bool(predicted_roles[name] & roles)
                else:
                    result.byline_fn += 1
            result.byline_fp += sum(1 for name in predicted_roles if name not in gold_roles)
            metrics.paragraphs.add(_body_texts(gold.paragraphs, gold.subheads),
                                   _body_texts(article.paragraphs, article.subheads) if article else empty)
            metrics.captions.add(normalized_texts(gold.captions),
                                 normalized_texts(article.captions) if article else empty)
            metrics.subheads.add(normalized_texts(gold.subheads),
                                 normalized_texts(article.subheads) if article else empty)
            if gold.campaigns is not None:
                metrics.campaigns.add(normalized_texts(gold.campaigns),
                                      normalized_texts(article.campaigns) if article else empty)
            if article is not None:
                for name in OPTIONAL_FIELDS:
                    if name in gold.fields and name in article.fields:
                        metrics.fields_scored[name] += 1
                        gold_value = comparable_field_value(name, gold.fields[name])
                        predicted_value = comparable_field_value(name, article.fields[name])
                        metrics.fields_correct[name] += gold_value == predicted_value
        matched_predictions = set(matches.values())
        for predicted_index, article in enumerate(predicted):
            if predicted_index in matched_predictions:
                continue
            # Campaigns of a spurious article are not counted, as in score.py.
            result.byline_fp += len(_byline_roles(article.bylines))
            metrics.paragraphs.add(empty, _body_texts(article.paragraphs, article.subheads))
            metrics.captions.add(empty, normalized_texts(article.captions))
            metrics.subheads.add(empty, normalized_texts(article.subheads))
        metrics.issue_results.append(result)
        metrics.errors = dict(self._errors)


def score_issues(pairs: Iterable[tuple[GoldIssue, dict[str, Any] | None]]) -> Metrics:
    """Pool the metrics over (gold issue, prediction) pairs; a None prediction counts as missing."""
    accumulator = _ScoreAccumulator()
    for issue, prediction in pairs:
        issue_errors: Counter[str] = Counter()
        accumulator.add_issue(issue, read_prediction(prediction, issue_errors), issue_errors)
    return accumulator.metrics


def gold_files(gold_dir: str | os.PathLike[str]) -> list[Path]:
    """Every `*.gold.json` in a folder (issue-NNN.gold.json, sample-issue.gold.json, ...), by name."""
    return sorted(Path(gold_dir).glob("*" + GOLD_SUFFIX), key=lambda path: path.name)


def evaluate_directory(gold_dir: str | os.PathLike[str],
                       predict: Callable[[Path], dict[str, Any]]) -> Metrics:
    """Run `predict` on the raw text next to every gold file in `gold_dir` and score the results.

    A `predict` that raises counts as a missing prediction (error "predict-failed") and the run goes on.
    """
    paths = gold_files(gold_dir)
    if not paths:
        raise FileNotFoundError(f"no *{GOLD_SUFFIX} in {gold_dir}")
    accumulator = _ScoreAccumulator()
    for gold_path in paths:
        issue = load_gold(gold_path)
        text_path = issue.text_path or text_path_for(gold_path)
        issue_errors: Counter[str] = Counter()
        try:
            prediction = predict(text_path)
        except Exception:
            logger.warning("prediction failed for %s", text_path, exc_info=True)
            issue_errors["predict-failed"] += 1
            predicted = []
        else:
            predicted = read_prediction(prediction, issue_errors)
        accumulator.add_issue(issue, predicted, issue_errors)
    return accumulator.metrics


# ----------------------------------------------------------------------------------------------
# reports


def summary_line(metrics: Metrics) -> str:
    """The one-line summary score.py ends its report with."""
    return (f"boundary_f1={metrics.boundary_f1:.3f} headline={metrics.headline_exact:.3f} "
            f"byline_f1={metrics.bylines.f1:.3f} paragraph_f1={metrics.paragraphs.f1:.3f}")


def _counts_line(metric: str, counts: MatchCounts) -> str:
    return (f"{metric:<11} P={counts.precision:.3f} R={counts.recall:.3f} F1={counts.f1:.3f}  "
            f"(tp={counts.tp} fp={counts.fp} fn={counts.fn})")


def format_report(m: Metrics, per_issue: bool = False) -> str:
    """The lines score.py's `report()` prints, ending with the summary line (no final newline)."""
    error_count = sum(m.errors.values())
    error_details = json.dumps(m.errors, ensure_ascii=False) if error_count else ""
    lines = [
        f"issues {m.issues}: gold articles {m.gold_articles}, predicted {m.predicted_articles}, "
        f"matched {m.matched_articles}; errors {error_count} {error_details}",
        f"boundary    P={m.boundary_precision:.3f} R={m.boundary_recall:.3f} F1={m.boundary_f1:.3f}",
        f"headline    exact={m.headline_exact:.3f}",
        _counts_line("byline", m.bylines) + f"  role_acc={m.byline_role_accuracy:.3f}",
        _counts_line("paragraph", m.paragraphs),
        _counts_line("caption", m.captions),
        _counts_line("subhead", m.subheads),
    ]
    for name in OPTIONAL_FIELDS:
        accuracy = m.field_accuracy(name)
        if accuracy is not None:
            lines.append(f"{name:<11} acc={accuracy:.3f}  (over {m.fields_scored[name]} matched articles)")
    if not m.campaigns.is_empty:
        lines.append(_counts_line("campaign", m.campaigns))
    lines.append(f"editor fixes {m.editor_fixes} ({m.editor_fixes_per_issue:.2f} per issue)")
    if per_issue:
        for result in m.issue_results:
            issue_errors = json.dumps(result.errors) if result.errors else ""
            lines.append(
                f"  {result.issue} gold={result.gold_articles} pred={result.predicted_articles} "
                f"matched={result.matched_articles} headline_ok={result.correct_headlines} "
                f"fixes={result.editor_fixes} {issue_errors}")
    lines.append(summary_line(m))
    return "\n".join(lines)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _format_value(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.4f}"


def compare_with_baseline(m: Metrics, baseline: dict[str, Any], tolerance: float = 1e-9) -> list[str]:
    """One line for each metric that got worse than in `baseline` (a saved `as_dict()` / score.py --json).

    Rates (precision, recall, F1, exact, accuracy) must not drop, editor fixes and the error count must
    not rise; a rate the baseline scored that is no longer scored counts as worse. Empty when nothing
    got worse.
    """
    current = m.as_dict()
    regressions = []
    for key, value in current.items():
        if key not in baseline:
            continue
        before = baseline[key]
        if key.endswith(HIGHER_IS_BETTER_SUFFIXES):
            if not _is_number(before):
                continue
            if value is None:
                regressions.append(f"{key}: {_format_value(before)} -> not scored")
            elif value < before - tolerance:
                regressions.append(
                    f"{key}: {_format_value(before)} -> {_format_value(value)} "
                    f"(worse by {_format_value(before - value)})")
        elif key in LOWER_IS_BETTER and _is_number(before) and value > before + tolerance:
            regressions.append(
                f"{key}: {_format_value(before)} -> {_format_value(value)} "
                f"(worse by {_format_value(value - before)})")
    before_errors = baseline.get("errors")
    if isinstance(before_errors, dict):
        error_count_before = sum(v for v in before_errors.values() if _is_number(v))
        error_count = sum(m.errors.values())
        if error_count > error_count_before:
            regressions.append(f"errors: {error_count_before} -> {error_count} "
                               f"{json.dumps(m.errors, ensure_ascii=False)}")
    return regressions
