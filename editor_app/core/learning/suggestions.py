"""Suggest new campaigns from the archive: banner lines and quoted phrases that recur across issues."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..detect.campaigns import CampaignRegistry

# A slogan in quotes: 2-12 characters, no sentence punctuation inside (that would be speech, not a slogan).
QUOTED = re.compile(r"“([^“”，。！？；：,.!?;:\s]{2,12})”")


@dataclass
class Suggestion:
    phrase: str
    kind: str  # "banner" or "quoted"
    issues: int  # in how many issues it appears
    mentions: int
    examples: list[str] = field(default_factory=list)  # headlines of articles that use it


@dataclass
class ArticleText:
    issue_key: str  # the issue it belongs to (id or date)
    headline: str
    banner: str | None
    text: str  # kicker, headline, subtitle and paragraphs


def suggest_campaigns(articles: Iterable[ArticleText], registry: CampaignRegistry,
                      min_issues: int = 2, limit: int = 50) -> list[Suggestion]:
    """Phrases that recur across at least `min_issues` issues and that the registry does not know yet."""
    known = set(registry.all_terms())
    seen: dict[tuple[str, str], dict] = defaultdict(lambda: {"issues": set(), "mentions": 0, "examples": []})
    for a in articles:
        candidates: list[tuple[str, str]] = []
        if a.banner:
            candidates.append(("banner", re.sub(r"\s+", " ", a.banner.strip())))
        candidates += [("quoted", m.group(1)) for m in QUOTED.finditer(a.text)]
        for kind, phrase in candidates:
            if _known(phrase, known):
                continue
            rec = seen[(kind, phrase)]
            rec["issues"].add(a.issue_key)
            rec["mentions"] += 1
            if a.headline and a.headline not in rec["examples"] and len(rec["examples"]) < 3:
                rec["examples"].append(a.headline)
    out = [Suggestion(phrase, kind, len(r["issues"]), r["mentions"], r["examples"])
           for (kind, phrase), r in seen.items() if len(r["issues"]) >= min_issues]
    out.sort(key=lambda s: (-(s.kind == "banner"), -s.issues, -s.mentions, s.phrase))
    return out[:limit]


def _known(phrase: str, known: set[str]) -> bool:
    key = re.sub(r"\s+", "", phrase).strip("“”\"'")
    return any(key == t or (len(t) >= 4 and t in key) for t in known)
