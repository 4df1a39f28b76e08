"""The campaign registry (name, aliases, active dates) and tagging articles that name a campaign."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import resource_path
from .patterns import compact


@dataclass
class Campaign:
    name: str
    aliases: list[str] = field(default_factory=list)
    active_from: str | None = None
    active_to: str | None = None
    color: str | None = None

    def terms(self) -> list[str]:
        """Everything that names the campaign, longest first, compared without white space or quotes."""
        seen = []
        for t in [self.name, *self.aliases]:
            k = _key(t)
            if k and k not in seen:
                seen.append(k)
        return sorted(seen, key=len, reverse=True)

    def to_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "active_from": self.active_from,
                "active_to": self.active_to, "color": self.color}


def _key(s: str) -> str:
    return compact(s).strip("“”\"'‘’「」『』")


class CampaignRegistry:
    """Named campaigns; `tag()` says which of them a text names and by which term."""

    def __init__(self, campaigns: list[Campaign] | None = None):
        self.campaigns: list[Campaign] = list(campaigns or [])

    @classmethod
    def from_file(cls, path: str | Path) -> CampaignRegistry:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return cls([Campaign(**{k: v for k, v in d.items() if k in Campaign.__dataclass_fields__}) for d in data])

    @classmethod
    def default(cls) -> CampaignRegistry:
        return cls.from_file(resource_path("campaigns.json"))

    def names(self) -> list[str]:
        return [c.name for c in self.campaigns]

    def all_terms(self) -> list[str]:
        return [t for c in self.campaigns for t in c.terms()]

    def tag(self, text: str, date: str | None = None) -> list[tuple[str, str]]:
        """`[(campaign name, the term found)]` for every campaign the text names, in registry order."""
        hay = compact(text)
        out = []
        for c in self.campaigns:
            if date and ((c.active_from and date < c.active_from) or (c.active_to and date > c.active_to)):
                continue
            for term in c.terms():
                if term in hay:
                    out.append((c.name, term))
                    break
        return out

    def names_campaign(self, text: str) -> bool:
        return bool(self.tag(text))

    def is_banner(self, text: str) -> bool:
        """A campaign banner line: a campaign's very name, or a slogan that names two or more campaigns."""
        key = _key(text)
        if any(key == t for c in self.campaigns for t in c.terms()):
            return True
        return len(self.tag(text)) >= 2
