"""An issue: its source text, its blocks, its article records, and the article views derived from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .detect.campaigns import CampaignRegistry
from .detect.fields import compose_fields
from .detect.layout import DOUBT_THRESHOLD
from .detect.patterns import known_names, match_page_header
from .model import ArticleRecord, ArticleView, Block, Byline, SourceInfo

JSON_SCHEMA_VERSION = 1


@dataclass
class IssueMeta:
    paper: str | None = None
    date: str | None = None  # YYYY-MM-DD
    number: str | None = None


@dataclass
class Issue:
    text: str
    blocks: list[Block]
    records: dict[int, ArticleRecord]
    source: SourceInfo
    registry: CampaignRegistry | None = None
    meta: IssueMeta = field(default_factory=IssueMeta)
    roster: frozenset[str] = frozenset()  # known people's names in force when the issue was detected
    section_model: Any = None  # a learning.sections.SectionClassifier, to suggest missing sections
    _views: list[ArticleView] | None = field(default=None, repr=False)
    _by_article: dict[int, list[Block]] | None = field(default=None, repr=False)
    _fields_cache: dict[int, tuple[tuple, dict[str, Any]]] = field(default_factory=dict, repr=False)
    _suggestion_cache: dict[tuple, tuple[str, float] | None] = field(default_factory=dict, repr=False)

    # --- structure -------------------------------------------------------------------------------------
    def invalidate(self, everything: bool = False) -> None:
        """Call after any change to blocks or records: views and the article index are rebuilt on next use.

        `everything`: also forget the composed fields of unchanged articles (after the campaign registry,
        the roster or the section model changed).
        """
        self._views = None
        self._by_article = None
        if everything:
            self._fields_cache.clear()
            self._suggestion_cache.clear()

    def _index(self) -> dict[int, list[Block]]:
        """Blocks grouped by article, in reading order of the articles (built once per change)."""
        if self._by_article is None:
            groups: dict[int, list[Block]] = {}
            for b in self.blocks:
                if b.article is not None:
                    groups.setdefault(b.article, []).append(b)
            self._by_article = groups
        return self._by_article

    def article_ids(self) -> list[int]:
        """Ids of the articles that hold blocks, in reading order (by their first block)."""
        groups = self._index()
        return sorted(groups, key=lambda aid: groups[aid][0].index)

    def blocks_of(self, article_id: int) -> list[Block]:
        return list(self._index().get(article_id, []))

    def next_article_id(self) -> int:
        ids = set(self.records) | {b.article for b in self.blocks if b.article is not None}
        return max(ids, default=-1) + 1

    def page_context(self) -> list[tuple[str | None, str | None]]:
        """(section, page) in force at each block, from the page header lines above it."""
        out = []
        section = page = None
        for b in self.blocks:
            if b.role == "furniture":
                ph = match_page_header(b.text)
                if ph:
                    section, page = ph["section"], ph["page"]
            out.append((section, page))
        return out

    # --- views -----------------------------------------------------------------------------------------
    def views(self) -> list[ArticleView]:
        if self._views is None:
            with known_names(self.roster):
                self._views = self._compose_views()
        return self._views

    def view(self, article_id: int) -> ArticleView:
        for v in self.views():
            if v.id == article_id:
                return v
        raise KeyError(article_id)

    def _compose_views(self) -> list[ArticleView]:
        ctx = self.page_context()
        views = []
        for pos, aid in enumerate(self.article_ids()):
            blocks = self.blocks_of(aid)
            record = self.records.setdefault(aid, ArticleRecord(aid))
            section, page = ctx[blocks[0].index]
            # an edit touches a few articles: the others reuse their fields while their blocks are unchanged
            key = (tuple((b.index, b.role, b.continues_previous) for b in blocks), section, page)
            cached = self._fields_cache.get(aid)
            if cached is not None and cached[0] == key:
                detected = cached[1]
            else:
                detected = compose_fields(blocks, self.registry, self.meta.date)
                detected["section"], detected["page"] = section, page
                self._fields_cache[aid] = (key, detected)
            values = dict(detected)
            for k, v in record.overrides.items():
                values[k] = [Byline(**b) if isinstance(b, dict) else b for b in v] if k == "bylines" else v
            decisive = [b.confidence for b in blocks if b.role in ("headline", "byline", "kicker", "subtitle")]
            confidence = min(decisive) if decisive else 0.5
            views.append(ArticleView(
                id=aid, position=pos,
                headline=values["headline"], kicker=values["kicker"], subtitle=values["subtitle"],
                banner=values["banner"], section=values["section"], page=values["page"],
                dateline=values["dateline"], bylines=list(values["bylines"]),
                paragraphs=values["paragraphs"], subheads=values["subheads"], captions=values["captions"],
                credits=values["credits"], campaigns=list(values["campaigns"]),
                start=blocks[0].start, end=blocks[-1].end, confidence=confidence,
                block_indices=[b.index for b in blocks], status=record.status, body=values["body"],
                detected=detected, edited_fields=tuple(sorted(record.overrides)),
                campaign_reasons=detected["campaign_reasons"],
                doubtful=sum(1 for b in blocks if b.confidence < DOUBT_THRESHOLD),
                section_suggestion=self._suggest_section(values) if not values["section"] else None,
            ))
        return views

    def _suggest_section(self, values: dict[str, Any]) -> tuple[str, float] | None:
        if self.section_model is None:
            return None
        from . import wordseg

        text = "\n".join(x for x in [values["headline"] or "", *values["paragraphs"][:3]])
        key = (id(self.section_model), text)
        if key not in self._suggestion_cache:
            self._suggestion_cache[key] = self.section_model.suggest(text, wordseg.cut)
        return self._suggestion_cache[key]

    def doubtful_blocks(self) -> list[int]:
        return [b.index for b in self.blocks if b.confidence < DOUBT_THRESHOLD and not b.edited]

    # --- output ----------------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape of `editor-app detect` (and of the JSON export)."""
        views = self.views()
        position = {v.id: v.position for v in views}
        return {
            "schema_version": JSON_SCHEMA_VERSION,
            "source": {"path": self.source.path, "encoding": self.source.encoding,
                       "sha256": self.source.sha256, "chars": self.source.chars},
            "issue": {"paper": self.meta.paper, "date": self.meta.date, "number": self.meta.number},
            "articles": [v.to_dict() for v in views],
            "blocks": [{"index": b.index, "start": b.start, "end": b.end, "role": b.role,
                        "article": position.get(b.article) if b.article is not None else None,
                        "continues_previous": b.continues_previous, "confidence": round(b.confidence, 3),
                        "reason": b.reason, "detected_role": b.detected_role} for b in self.blocks],
        }
