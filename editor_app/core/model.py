"""The issue model: blocks with source offsets, article records, and the article view derived from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Every role a block can take, in the order the GUI lists them.
ROLES: tuple[str, ...] = (
    "banner", "kicker", "headline", "subtitle", "byline", "body",
    "subhead", "caption", "credit", "furniture",
)
# Roles that open an article (the rest attach to the article they stand in).
HEAD_ROLES = frozenset({"banner", "kicker", "headline", "subtitle"})
BYLINE_ROLES: tuple[str, ...] = ("reporter", "intern", "correspondent", "photographer", "source", "editor")
REVIEW_STATES: tuple[str, ...] = ("auto", "edited", "reviewed")
# Article fields an editor can override; everything else is derived from the blocks.
EDITABLE_FIELDS: tuple[str, ...] = (
    "headline", "kicker", "subtitle", "banner", "section", "page", "dateline", "bylines", "campaigns",
)


@dataclass
class Block:
    """A maximal run of non-blank lines, addressed by `[start, end)` in the decoded source text."""

    index: int
    start: int
    end: int
    text: str
    role: str = "body"
    article: int | None = None  # article id (not position)
    continues_previous: bool = False
    confidence: float = 1.0
    reason: str = ""
    # What detection said; kept beside the current (possibly edited) values.
    detected_role: str = "body"
    detected_article: int | None = None
    detected_continues: bool = False

    @property
    def content(self) -> str:
        return self.text.strip()

    @property
    def edited(self) -> bool:
        return (self.role != self.detected_role or self.article != self.detected_article
                or self.continues_previous != self.detected_continues)


@dataclass(frozen=True)
class Byline:
    role: str
    name: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "name": self.name}


@dataclass
class ArticleRecord:
    """What an article is beyond its blocks: a stable id, the editor's overrides, its review state."""

    id: int
    overrides: dict[str, Any] = field(default_factory=dict)
    status: str = "auto"


@dataclass
class SourceInfo:
    path: str | None
    encoding: str
    sha256: str
    chars: int


@dataclass
class ArticleView:
    """An article as an editor and an export see it: detected values with the editor's overrides applied."""

    id: int
    position: int
    headline: str | None
    kicker: str | None
    subtitle: str | None
    banner: str | None
    section: str | None
    page: str | None
    dateline: str | None
    bylines: list[Byline]
    paragraphs: list[str]
    subheads: list[str]
    captions: list[str]
    credits: list[str]
    campaigns: list[str]
    start: int
    end: int
    confidence: float
    block_indices: list[int]
    status: str = "auto"
    # body items in reading order: ("paragraph"|"subhead"|"caption"|"credit", text)
    body: list[tuple[str, str]] = field(default_factory=list)
    detected: dict[str, Any] = field(default_factory=dict)
    edited_fields: tuple[str, ...] = ()
    campaign_reasons: dict[str, str] = field(default_factory=dict)
    doubtful: int = 0
    # when no page header gives the section: the classifier's guess and its confidence
    section_suggestion: tuple[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "banner": self.banner,
            "section": self.section,
            "page": self.page,
            "dateline": self.dateline,
            "bylines": [b.to_dict() for b in self.bylines],
            "paragraphs": list(self.paragraphs),
            "subheads": list(self.subheads),
            "captions": list(self.captions),
            "credits": list(self.credits),
            "campaigns": list(self.campaigns),
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "status": self.status,
            "edited_fields": list(self.edited_fields),
            "section_suggestion": ({"section": self.section_suggestion[0],
                                    "confidence": round(self.section_suggestion[1], 3)}
                                   if self.section_suggestion else None),
        }

    @property
    def characters(self) -> int:
        return sum(len(p) for p in self.paragraphs) + sum(len(s) for s in self.subheads)
