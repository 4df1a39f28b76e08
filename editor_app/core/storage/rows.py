"""Turning an Issue into the plain rows the archive stores (picklable, so worker processes can build them)."""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass, field
from typing import Any

from .. import wordseg
from ..issue import Issue, IssueMeta
from ..model import Byline
from .search import SearchText

# (block_index, start, end, detected_role, role, detected_continues, continues, detected_article, article,
#  confidence, reason): the column order of the blocks table after issue_id.
BlockRow = tuple[int, int, int, str, str, int, int, "int | None", "int | None", float, str]


@dataclass
class PreparedArticle:
    """One article record with the values derived from its blocks (None for a record without blocks)."""

    article: int
    position: int | None
    status: str
    overrides: str  # JSON
    headline: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    banner: str | None = None
    section: str | None = None
    page: str | None = None
    dateline: str | None = None
    start: int | None = None
    end: int | None = None
    paragraphs: int = 0
    characters: int = 0
    confidence: float | None = None
    bylines: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    campaigns: list[str] = field(default_factory=list)
    search: SearchText | None = None
    markup: tuple[str, str, str, str] | None = None  # the indexed columns, when already segmented


@dataclass
class PreparedIssue:
    """Everything `Archive` writes for one issue, computed outside the write transaction."""

    sha256: str
    source_name: str | None
    encoding: str
    text: str
    paper: str | None
    date: str | None
    number: str | None
    roster: list[str]
    status: str
    blocks: list[BlockRow]
    articles: list[PreparedArticle]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def article_count(self) -> int:
        """Articles that hold blocks (records an editor emptied are kept but not counted)."""
        return sum(1 for a in self.articles if a.position is not None)

    def with_identity(self, sha256: str, date: str | None = None, source_name: str | None = None) -> PreparedIssue:
        """A copy stored as another issue (benchmarks and tests build large archives this way)."""
        return dataclasses.replace(self, sha256=sha256, date=date if date is not None else self.date,
                                   source_name=source_name if source_name is not None else self.source_name)


def overrides_json(overrides: dict[str, Any]) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, Byline):
            return value.to_dict()
        if isinstance(value, (set, frozenset)):
            return sorted(value)
        raise TypeError(f"cannot store an override of type {type(value).__name__}")

    return json.dumps(overrides, ensure_ascii=False, sort_keys=True, default=plain)


def issue_status(issue: Issue) -> str:
    """`reviewed` when every article is, `edited` once an editor changed anything, else `auto`."""
    views = issue.views()
    if views and all(v.status == "reviewed" for v in views):
        return "reviewed"
    if any(b.edited for b in issue.blocks) or any(r.overrides or r.status != "auto" for r in issue.records.values()):
        return "edited"
    return "auto"


def _letters(s: str) -> str:
    return "".join(ch for ch in s if ch.isalpha() or ch in "·•")


def relevant_roster(issue: Issue) -> list[str]:
    """The part of the issue's roster that can affect its articles, so each issue need not store them all.

    The roster only matters for names found in the text; a name whose letters do not occur in the text's
    letters cannot be looked up. To be exact whatever the byline parser does, the reduced roster is kept only
    if the articles come out the same with it; otherwise the whole roster is stored.
    """
    if not issue.roster:
        return []
    hay = _letters(issue.text)
    kept = sorted(n for n in issue.roster if _letters(n) in hay)
    if len(kept) == len(issue.roster):
        return kept
    trial = dataclasses.replace(issue, records=dict(issue.records), roster=frozenset(kept), _views=None,
                                _fields_cache={})  # its own cache: a shared one would hand back the same fields
    if [v.to_dict() for v in trial.views()] == [v.to_dict() for v in issue.views()]:
        return kept
    return sorted(issue.roster)


def prepare_issue(issue: Issue, *, source_name: str | None = None, paper: str | None = None,
                  date: str | None = None, segment: bool = True) -> PreparedIssue:
    """The rows for `issue`; `paper`/`date` replace the issue's own when given; `segment` runs jieba now."""
    if paper is not None or date is not None:
        meta = IssueMeta(paper if paper is not None else issue.meta.paper,
                         date if date is not None else issue.meta.date, issue.meta.number)
        # a new date can change which campaigns are active, so the articles are composed again
        issue = dataclasses.replace(issue, meta=meta, _views=None)
    started = time.perf_counter()
    views = issue.views()
    by_id = {v.id: v for v in views}
    articles: list[PreparedArticle] = []
    for aid in sorted(issue.records):
        rec = issue.records[aid]
        art = PreparedArticle(article=aid, position=None, status=rec.status, overrides=overrides_json(rec.overrides))
        v = by_id.get(aid)
        if v is not None:
            art.position = v.position
            art.headline, art.kicker, art.subtitle, art.banner = v.headline, v.kicker, v.subtitle, v.banner
            art.section, art.page, art.dateline = v.section, v.page, v.dateline
            art.start, art.end, art.confidence = v.start, v.end, float(v.confidence)
            art.paragraphs, art.characters = len(v.paragraphs), v.characters
            art.bylines = [(b.role, b.name) for b in v.bylines]
            art.campaigns = list(dict.fromkeys(v.campaigns))
            art.search = SearchText.from_parts(
                [x for x in (v.banner, v.kicker, v.headline, v.subtitle) if x], list(v.paragraphs),
                list(v.subheads) + list(v.captions), [b.name for b in v.bylines])
        articles.append(art)
    blocks: list[BlockRow] = [
        (b.index, b.start, b.end, b.detected_role, b.role, int(b.detected_continues), int(b.continues_previous),
         b.detected_article, b.article, float(b.confidence), b.reason) for b in issue.blocks]
    composed = time.perf_counter()
    prepared = PreparedIssue(
        sha256=issue.source.sha256, source_name=source_name, encoding=issue.source.encoding, text=issue.text,
        paper=issue.meta.paper, date=issue.meta.date, number=issue.meta.number, roster=relevant_roster(issue),
        status=issue_status(issue), blocks=blocks, articles=articles, timings={"compose": composed - started})
    if segment:
        segment_articles(prepared.articles)
        prepared.timings["segment"] = time.perf_counter() - composed
    return prepared


def segment_articles(articles: list[PreparedArticle]) -> None:
    """Fill in the indexed columns of every article that has blocks."""
    names = {name for a in articles for _role, name in a.bylines}
    # byline names are words: the archive adds every known name before segmenting queries too
    wordseg.add_words(names)
    for a in articles:
        if a.search is not None and a.markup is None:
            a.markup = a.search.markup()
