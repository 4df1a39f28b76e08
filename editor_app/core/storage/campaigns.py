"""Campaigns in the archive: the registry detection tags with, its edits, and suggestions of new campaigns."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import wordseg
from ..detect.campaigns import Campaign, CampaignRegistry
from ..detect.patterns import compact
from ..issue import Issue
from ..learning.suggestions import ArticleText, Suggestion, suggest_campaigns
from . import schema
from .base import ArchiveError, check_date, marks, now
from .search import items

_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
MAX_CAMPAIGN_NAME = 60


class _Keep:
    """The default of `edit_campaign`'s arguments: leave this value as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


@dataclass(frozen=True)
class CampaignInfo:
    """One campaign of the archive's list, with how many stored articles it tags and when."""

    id: int | None  # None for the shipped list of an archive that has stored nothing yet
    name: str
    aliases: list[str] = field(default_factory=list)
    active_from: str | None = None
    active_to: str | None = None
    color: str | None = None
    position: int = 0
    articles: int = 0
    first_date: str | None = None
    last_date: str | None = None

    def campaign(self) -> Campaign:
        """The detection-side campaign (what the registry holds)."""
        return Campaign(self.name, list(self.aliases), self.active_from, self.active_to, self.color)

    def to_dict(self) -> dict:
        """JSON-ready fields."""
        return {"id": self.id, "name": self.name, "aliases": list(self.aliases), "active_from": self.active_from,
                "active_to": self.active_to, "color": self.color, "articles": self.articles,
                "first_date": self.first_date, "last_date": self.last_date}


@dataclass(frozen=True)
class TaggedArticle:
    """A stored article a campaign tags, and why: the term detection found, or an editor's tag."""

    issue_id: int
    article: int
    date: str | None
    headline: str | None
    reason: str


def _term(s: str) -> str:
    return compact(s).strip("“”\"'‘’「」『』")


def clean_campaign_name(name: str, what: str = "campaign name") -> str:
    """A campaign name or alias as stored: runs of white space made one space; raises ArchiveError('invalid')."""
    text = " ".join(str(name or "").split()).strip("“”\"'‘’「」『』 ")
    if not _term(text):
        raise ArchiveError(f"the {what} is empty", "invalid")
    if len(text) > MAX_CAMPAIGN_NAME or any(ord(ch) < 32 or ch == "\x7f" for ch in text):
        raise ArchiveError(f"{text[:MAX_CAMPAIGN_NAME]!r} cannot be a {what} (at most {MAX_CAMPAIGN_NAME} "
                           "printable characters)", "invalid")
    return text


def clean_color(color: str | None) -> str | None:
    """`#rrggbb` in lower case, or None; raises ArchiveError('invalid') for anything else."""
    if color is None or not str(color).strip():
        return None
    color = str(color).strip()
    if not _COLOR_RE.fullmatch(color):
        raise ArchiveError(f"the colour {color!r} is not written #rrggbb", "invalid")
    return color.lower()


class CampaignsMixin:
    """Archive methods for campaigns (mixed into `Archive`; uses its connection and transactions)."""

    # --- reading ------------------------------------------------------------------------------------------
    def registry(self) -> CampaignRegistry:
        """The campaign registry detection and tagging use: the archive's list (the shipped list until the
        archive stores its first issue or campaign)."""
        with self._read() as conn:
            rows = conn.execute("SELECT name, aliases, active_from, active_to, color FROM campaigns "
                                "ORDER BY position, id").fetchall()
            seeded = bool(rows) or self._seeded(conn)
        if not seeded:
            return CampaignRegistry.default()
        return CampaignRegistry([Campaign(name, json.loads(aliases), a_from, a_to, color)
                                 for name, aliases, a_from, a_to, color in rows])

    def campaigns(self) -> list[CampaignInfo]:
        """Every campaign in registry order, with its article count and first and last dates."""
        with self._read() as conn:
            if not self._seeded(conn) and not conn.execute("SELECT 1 FROM campaigns LIMIT 1").fetchone():
                return [CampaignInfo(None, c.name, list(c.aliases), c.active_from, c.active_to, c.color, k)
                        for k, c in enumerate(CampaignRegistry.default().campaigns)]
            stats = {cid: (n, first, last) for cid, n, first, last in conn.execute(
                "SELECT ac.campaign_id, count(DISTINCT ac.article_id), min(i.date), max(i.date) "
                "FROM article_campaigns ac JOIN articles a ON a.id = ac.article_id "
                "JOIN issues i ON i.id = a.issue_id WHERE a.position IS NOT NULL GROUP BY ac.campaign_id")}
            rows = conn.execute("SELECT id, name, aliases, active_from, active_to, color, position FROM campaigns "
                                "ORDER BY position, id").fetchall()
        return [CampaignInfo(cid, name, json.loads(aliases), a_from, a_to, color, pos, *stats.get(cid, (0, None, None)))
                for cid, name, aliases, a_from, a_to, color, pos in rows]

    def campaign(self, name: str) -> CampaignInfo:
        """One campaign by name or alias; raises ArchiveError('not_found')."""
        key = _term(name)
        for c in self.campaigns():
            if key == _term(c.name) or key in {_term(a) for a in c.aliases}:
                return c
        raise ArchiveError(f"there is no campaign {name.strip()!r} (see `editor-app campaigns`)", "not_found")

    def campaign_articles(self, name: str, limit: int = 200) -> list[TaggedArticle]:
        """The stored articles a campaign tags (newest first), each with the reason: the term detection found
        in its headline, kicker, banner or body, or that an editor tagged it."""
        info = self.campaign(name)
        with self._read() as conn:
            rows = conn.execute(
                "SELECT a.issue_id, a.article, i.date, a.headline FROM article_campaigns ac "
                "JOIN campaigns c ON c.id = ac.campaign_id JOIN articles a ON a.id = ac.article_id "
                "JOIN issues i ON i.id = a.issue_id WHERE c.name = ? AND a.position IS NOT NULL "
                "ORDER BY i.date DESC, a.issue_id DESC, a.position LIMIT ?", (info.name, max(1, limit))).fetchall()
        out: list[TaggedArticle] = []
        loaded: dict[int, Issue] = {}
        for issue_id, article, date, headline in rows:
            if issue_id not in loaded:
                loaded[issue_id] = self.load_issue(issue_id, suggest=False)
            issue = loaded[issue_id]
            try:
                view = issue.view(article)
            except KeyError:
                continue
            if "campaigns" in view.edited_fields:
                reason = "tagged by an editor"
            else:
                reason = view.campaign_reasons.get(info.name, "tagged by an editor")
            out.append(TaggedArticle(issue_id, article, date, headline, reason))
        return out

    # --- editing ------------------------------------------------------------------------------------------
    def add_campaign(self, name: str, aliases: Iterable[str] = (), active_from: str | None = None,
                     active_to: str | None = None, color: str | None = None, who: str = "editor",
                     retag: bool = True) -> CampaignInfo:
        """Add a campaign to the registry; with `retag`, stored articles that name it are tagged at once.

        One transaction. Raises ArchiveError: 'exists' when the name or an alias already names a campaign,
        'invalid' for an empty name, a date not written YYYY-MM-DD, a range that ends before it starts, or a
        colour not written #rrggbb.
        """
        c = self._checked(name, aliases, active_from, active_to, color)
        self._prepare_terms(c)
        with self._write() as conn:
            self._seed(conn)
            self._refuse_clash(conn, c, None)
            pos = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM campaigns").fetchone()[0]
            conn.execute("INSERT INTO campaigns (name, aliases, active_from, active_to, color, position) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (c.name, json.dumps(c.aliases, ensure_ascii=False),
                                                       c.active_from, c.active_to, c.color, pos))
            issues = self._issues_naming(conn, c.terms(), c.active_from, c.active_to) if retag else set()
            n = self._rewrite_issues(conn, issues, lambda issue: None, who, "add_campaign")
            self._log(conn, who, None, None, "add_campaign", None, {**c.to_dict(), "issues_retagged": n})
        return self.campaign(c.name)

    def edit_campaign(self, name: str, *, new_name: Any = KEEP, aliases: Any = KEEP, active_from: Any = KEEP,
                      active_to: Any = KEEP, color: Any = KEEP, who: str = "editor", retag: bool = True
                      ) -> CampaignInfo:
        """Change a campaign: any argument left at KEEP stays as it is; None clears a date or the colour.

        A new name keeps the old one as an alias (unless `aliases` is given too), and articles an editor
        tagged by hand follow the new name. With `retag`, every stored article whose tags the change affects
        is tagged again. One transaction; raises ArchiveError ('not_found', 'exists', 'invalid').
        """
        info = self.campaign(name)
        old = info.campaign()
        aliases_given = aliases is not KEEP
        target_name = old.name if new_name is KEEP else new_name
        alias_list = list(old.aliases) if aliases is KEEP else list(aliases or [])
        if not aliases_given and new_name is not KEEP and _term(str(new_name)) != _term(old.name):
            alias_list.append(old.name)
        c = self._checked(target_name, alias_list, old.active_from if active_from is KEEP else active_from,
                          old.active_to if active_to is KEEP else active_to,
                          old.color if color is KEEP else color)
        if c.to_dict() == old.to_dict():
            return info
        self._prepare_terms(c)
        with self._write() as conn:
            self._seed(conn)
            cid = self._campaign_id(conn, old.name)
            self._refuse_clash(conn, c, cid)
            conn.execute("UPDATE campaigns SET name = ?, aliases = ?, active_from = ?, active_to = ?, color = ? "
                         "WHERE id = ?", (c.name, json.dumps(c.aliases, ensure_ascii=False), c.active_from,
                                          c.active_to, c.color, cid))
            issues: set[int] = set()
            if retag or c.name != old.name:
                issues = self._issues_tagged(conn, [cid]) | self._issues_with_override(conn, [old.name])
                if retag:
                    issues |= self._issues_naming(conn, c.terms(), c.active_from, c.active_to)
            n = self._rewrite_issues(conn, issues, _rename_tags({old.name: c.name}), who, "edit_campaign")
            self._log(conn, who, None, None, "edit_campaign", old.to_dict(), {**c.to_dict(), "issues_retagged": n})
        return self.campaign(c.name)

    def merge_campaigns(self, keep: str, absorb: str, who: str = "editor") -> CampaignInfo:
        """Two campaigns become one: `absorb`'s articles move to `keep`, its name and aliases become aliases
        of `keep`, the active range covers both, and `absorb` is deleted. One transaction."""
        kept, gone = self.campaign(keep), self.campaign(absorb)
        if kept.name == gone.name:
            raise ArchiveError(f"cannot merge the campaign {kept.name} with itself", "invalid")
        aliases = [a for a in [*kept.aliases, gone.name, *gone.aliases] if _term(a) != _term(kept.name)]
        starts, ends = (kept.active_from, gone.active_from), (kept.active_to, gone.active_to)
        c = self._checked(kept.name, aliases, None if None in starts else min(starts),
                          None if None in ends else max(ends), kept.color or gone.color)
        self._prepare_terms(c)
        with self._write() as conn:
            self._seed(conn)
            keep_id, gone_id = self._campaign_id(conn, kept.name), self._campaign_id(conn, gone.name)
            issues = self._issues_tagged(conn, [gone_id]) | self._issues_with_override(conn, [gone.name])
            conn.execute("INSERT OR IGNORE INTO article_campaigns (article_id, campaign_id) "
                         "SELECT article_id, ? FROM article_campaigns WHERE campaign_id = ?", (keep_id, gone_id))
            conn.execute("DELETE FROM campaigns WHERE id = ?", (gone_id,))
            conn.execute("UPDATE campaigns SET aliases = ?, active_from = ?, active_to = ?, color = ? WHERE id = ?",
                         (json.dumps(c.aliases, ensure_ascii=False), c.active_from, c.active_to, c.color, keep_id))
            n = self._rewrite_issues(conn, issues, _rename_tags({gone.name: kept.name}), who, "merge_campaigns")
            self._log(conn, who, None, None, "merge_campaigns", {"campaigns": [kept.to_dict(), gone.to_dict()]},
                      {**c.to_dict(), "issues_retagged": n})
        return self.campaign(kept.name)

    def delete_campaign(self, name: str, who: str = "editor") -> int:
        """Remove a campaign from the registry and from every article (editors' tags included).

        One transaction; returns how many stored articles it tagged. Raises ArchiveError('not_found').
        """
        info = self.campaign(name)
        with self._write() as conn:
            self._seed(conn)
            cid = self._campaign_id(conn, info.name)
            issues = self._issues_tagged(conn, [cid]) | self._issues_with_override(conn, [info.name])
            conn.execute("DELETE FROM campaigns WHERE id = ?", (cid,))
            n = self._rewrite_issues(conn, issues, _rename_tags({info.name: None}), who, "delete_campaign")
            self._log(conn, who, None, None, "delete_campaign", info.to_dict(),
                      {"articles_untagged": info.articles, "issues_rewritten": n})
        self._words_ready = False
        return info.articles

    # --- suggestions --------------------------------------------------------------------------------------
    def campaign_suggestions(self, min_issues: int = 2, limit: int = 50, date_from: str | None = None,
                             date_to: str | None = None) -> list[Suggestion]:
        """Phrases that may be campaigns: banner lines and quoted phrases (“…”) recurring in at least
        `min_issues` stored issues, that the registry does not know and no editor dismissed.

        Each has its kind ('banner' or 'quoted'), how many issues and mentions, and up to three example
        headlines. Reads the stored text of every article in the date range (inclusive, YYYY-MM-DD).
        """
        date_from, date_to = check_date(date_from, "start date"), check_date(date_to, "end date")
        where = ["a.position IS NOT NULL"]
        args: list[Any] = []
        if date_from:
            where.append("i.date >= ?")
            args.append(date_from)
        if date_to:
            where.append("i.date <= ?")
            args.append(date_to)
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT a.issue_id, a.headline, a.banner, a.kicker, a.subtitle, s.body FROM articles a "
                f"JOIN issues i ON i.id = a.issue_id LEFT JOIN {schema.SEARCH_TABLE} s ON s.id = a.id "
                f"WHERE {' AND '.join(where)} ORDER BY i.date, a.issue_id, a.position", args).fetchall()
            dismissed = {_term(r[0]) for r in conn.execute("SELECT phrase FROM campaign_dismissed")}
        texts = (ArticleText(str(issue_id), headline or "", banner,
                             "\n".join([x for x in (kicker, headline, subtitle) if x] + items(body or "")))
                 for issue_id, headline, banner, kicker, subtitle, body in rows)
        found = suggest_campaigns(texts, self.registry(), min_issues=max(1, int(min_issues)),
                                  limit=max(1, int(limit)) + len(dismissed))
        return [s for s in found if _term(s.phrase) not in dismissed][:max(1, int(limit))]

    def accept_suggestion(self, phrase: str, name: str | None = None, who: str = "editor") -> CampaignInfo:
        """Make a suggested phrase a campaign: a new campaign `name` (default: the phrase) with the phrase as
        its alias, or, when `name` is an existing campaign, one more alias of it. Tags stored articles."""
        phrase = clean_campaign_name(phrase, "phrase")
        target = clean_campaign_name(name) if name else phrase
        try:
            existing = self.campaign(target)
        except ArchiveError as exc:
            if exc.kind != "not_found":
                raise
            existing = None
        if existing is not None:
            if _term(phrase) in {_term(t) for t in [existing.name, *existing.aliases]}:
                return existing
            return self.edit_campaign(existing.name, aliases=[*existing.aliases, phrase], who=who)
        aliases = [phrase] if _term(phrase) != _term(target) else []
        return self.add_campaign(target, aliases, who=who)

    def dismiss_suggestion(self, phrase: str, who: str = "editor") -> None:
        """Never suggest this phrase again (an editor said it is not a campaign)."""
        phrase = clean_campaign_name(phrase, "phrase")
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO campaign_dismissed (phrase, at) VALUES (?, ?)", (phrase, now()))
            self._log(conn, who, None, None, "dismiss_suggestion", None, {"phrase": phrase})

    def dismissed_suggestions(self) -> list[str]:
        """Phrases editors dismissed as campaign suggestions, oldest first."""
        with self._read() as conn:
            return [r[0] for r in conn.execute("SELECT phrase FROM campaign_dismissed ORDER BY at, phrase")]

    def restore_suggestion(self, phrase: str) -> None:
        """Suggest a dismissed phrase again."""
        with self._write() as conn:
            conn.execute("DELETE FROM campaign_dismissed WHERE phrase = ?", (" ".join(phrase.split()),))

    # --- helpers ------------------------------------------------------------------------------------------
    def _seeded(self, conn: sqlite3.Connection) -> bool:
        return bool(self._state(conn, "campaigns_seeded"))

    def _seed(self, conn: sqlite3.Connection) -> None:
        """Store the shipped list before the first edit, so editing starts from what detection used."""
        self._merge_campaigns(conn, None)

    def _prepare_terms(self, c: Campaign) -> None:
        self._ensure_words()
        wordseg.add_words(c.terms())

    @staticmethod
    def _checked(name: str, aliases: Iterable[str] | None, active_from: str | None, active_to: str | None,
                 color: str | None) -> Campaign:
        name = clean_campaign_name(name)
        clean: list[str] = []
        for a in aliases or []:
            a = clean_campaign_name(a, "alias")
            if _term(a) != _term(name) and _term(a) not in {_term(x) for x in clean}:
                clean.append(a)
        a_from, a_to = check_date(active_from, "start date"), check_date(active_to, "end date")
        if a_from and a_to and a_to < a_from:
            raise ArchiveError(f"the campaign would end ({a_to}) before it starts ({a_from})", "invalid")
        return Campaign(name, clean, a_from, a_to, clean_color(color))

    @staticmethod
    def _refuse_clash(conn: sqlite3.Connection, c: Campaign, own_id: int | None) -> None:
        mine = set(c.terms())
        for cid, other, aliases in conn.execute("SELECT id, name, aliases FROM campaigns"):
            if cid == own_id:
                continue
            theirs = {_term(t) for t in [other, *json.loads(aliases)]}
            clash = sorted(mine & theirs)
            if clash:
                raise ArchiveError(f"“{clash[0]}” already names the campaign {other}", "exists")

    @staticmethod
    def _campaign_id(conn: sqlite3.Connection, name: str) -> int:
        row = conn.execute("SELECT id FROM campaigns WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise ArchiveError(f"there is no campaign {name!r}", "not_found")
        return row[0]

    @staticmethod
    def _issues_tagged(conn: sqlite3.Connection, campaign_ids: list[int]) -> set[int]:
        return {r[0] for r in conn.execute(
            "SELECT DISTINCT a.issue_id FROM article_campaigns ac JOIN articles a ON a.id = ac.article_id "
            f"WHERE ac.campaign_id IN ({marks(len(campaign_ids))})", tuple(campaign_ids))}

    @staticmethod
    def _issues_with_override(conn: sqlite3.Connection, names: list[str]) -> set[int]:
        """Issues with an article whose editor-set campaigns may name one of `names`."""
        out: set[int] = set()
        for name in names:
            needle = json.dumps(name, ensure_ascii=False)
            out.update(r[0] for r in conn.execute(
                "SELECT DISTINCT issue_id FROM articles WHERE instr(overrides, '\"campaigns\"') > 0 "
                "AND instr(overrides, ?) > 0", (needle,)))
        return out

    @staticmethod
    def _issues_naming(conn: sqlite3.Connection, terms: list[str], active_from: str | None,
                       active_to: str | None) -> set[int]:
        """Issues whose text holds one of the terms (as printed, without white space inside) in the range.

        Tagging compares text with white space removed, so a term broken across lines is tagged when the issue
        is next saved, not by this quick scan.
        """
        where = ["instr(text, ?) > 0"]
        args: list[Any] = []
        if active_from:
            where.append("(date IS NULL OR date >= ?)")
            args.append(active_from)
        if active_to:
            where.append("(date IS NULL OR date <= ?)")
            args.append(active_to)
        out: set[int] = set()
        for term in terms:
            out.update(r[0] for r in conn.execute(f"SELECT id FROM issues WHERE {' AND '.join(where)}",
                                                  (term, *args)))
        return out


def _rename_tags(mapping: dict[str, str | None]):
    """An issue edit: editors' campaign tags naming a key of `mapping` name its value (None: drop the tag)."""

    def edit(issue: Issue) -> None:
        for record in issue.records.values():
            tags = record.overrides.get("campaigns")
            if not tags or not any(t in mapping for t in tags):
                continue
            renamed: list[str] = []
            for t in tags:
                t = mapping.get(t, t) if t in mapping else t
                if t and t not in renamed:
                    renamed.append(t)
            record.overrides["campaigns"] = renamed

    return edit
