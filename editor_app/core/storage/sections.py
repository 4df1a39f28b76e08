"""Sections (版面) in the archive: each paper's section list, its edits, and the section classifier it trains."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..issue import Issue
from ..learning.names import pinyin_key
from ..learning.sections import SectionClassifier
from . import schema
from .base import ArchiveError, marks
from .people import CONFIRMED_STATES
from .search import _GROUP_RE, ITEM_SEP, SUB_CLOSE, SUB_OPEN, WORD_SEP

MAX_SECTION_NAME = 30
ALL_PAPERS = "\0all"  # the cache key of the model trained on every paper
# An article's words the classifier counts: its head and the opening of its body (about the first 1,000
# characters). Suggestions look at the headline and the first paragraphs; the cap keeps training time in
# proportion to the number of articles, not to their length.
TRAINING_WORDS = 400
TRAINING_MARKUP = 2000  # characters of the indexed body column read (markup adds about a third to the text)
# A paper's own model needs this many sections to be worth more than the model of the whole archive.
MIN_PAPER_SECTIONS = 2


@dataclass(frozen=True)
class SectionInfo:
    """One section of a paper's list: how many stored articles it holds, on which pages, and when."""

    paper: str  # '' for issues stored without a paper name
    name: str
    articles: int = 0
    confirmed: int = 0  # articles an editor edited or reviewed (what the classifier trains on)
    pages: tuple[str, ...] = field(default_factory=tuple)
    first_date: str | None = None
    last_date: str | None = None

    def to_dict(self) -> dict:
        """JSON-ready fields."""
        return {"paper": self.paper, "name": self.name, "articles": self.articles, "confirmed": self.confirmed,
                "pages": list(self.pages), "first_date": self.first_date, "last_date": self.last_date}


def clean_section_name(name: str, what: str = "section name") -> str:
    """A section name as stored (no white space inside); raises ArchiveError('invalid') when unusable."""
    key = "".join(str(name or "").split())
    if not key:
        raise ArchiveError(f"the {what} is empty", "invalid")
    if len(key) > MAX_SECTION_NAME or any(ord(ch) < 32 or ch == "\x7f" for ch in key):
        raise ArchiveError(f"{key[:MAX_SECTION_NAME]!r} cannot be a {what} (at most {MAX_SECTION_NAME} "
                           "printable characters)", "invalid")
    return key


_HAN_WORD_RE = re.compile(r"[\u3400-\u9fff]{2,}")


def han_words(markup: str) -> list[str]:
    """The words of two Han characters or more in indexed markup, in one regular-expression pass.

    The same as `content_words(index_words(markup))` but for the rare word that mixes Han with Latin letters
    or digits (`G20峰会` counts as 峰会): training reads thousands of articles, so it takes the fast way.
    """
    return _HAN_WORD_RE.findall(_GROUP_RE.sub(" ", markup))


def training_words(head_markup: str, body_markup: str, limit: int = TRAINING_WORDS) -> list[str]:
    """The content words of an article's indexed head and body columns (head first, at most `limit`).

    Only the first TRAINING_MARKUP characters of the body are read (a group of sub-words cut open at the end
    is dropped).
    """
    body = body_markup[:TRAINING_MARKUP]
    if len(body_markup) > TRAINING_MARKUP:
        body = body[:body.rfind(SUB_OPEN)] if body.rfind(SUB_OPEN) > body.rfind(SUB_CLOSE) else body
        body = body[:max(body.rfind(WORD_SEP), body.rfind(ITEM_SEP), 0)]  # the last word may be cut too
    return han_words(head_markup + ITEM_SEP + body)[:limit]


def _page_key(page: str) -> tuple[int, str]:
    return (int(page), page) if page.isdigit() else (10**6, page)


class SectionsMixin:
    """Archive methods for sections and the section classifier (mixed into `Archive`)."""

    def sections(self) -> list[tuple[str, str]]:
        """(paper, section) pairs seen so far; paper is '' when the issue had none."""
        with self._read() as conn:
            return [(p, n) for p, n in conn.execute("SELECT paper, name FROM sections ORDER BY paper, name")]

    def papers(self) -> list[str]:
        """The paper names of stored issues and section lists ('' for issues without one)."""
        with self._read() as conn:
            return [r[0] for r in conn.execute("SELECT coalesce(paper, '') FROM issues UNION "
                                               "SELECT paper FROM sections ORDER BY 1")]

    def section_list(self, paper: str | None = None) -> list[SectionInfo]:
        """A paper's sections (every paper's when `paper` is None) in page order, with their statistics.

        Learned from page headers when issues are imported or saved, and from editors' corrections; edited
        with add_section / rename_section / delete_section.
        """
        args: tuple = ()
        paper_filter = ""
        if paper is not None:
            paper_filter = "AND coalesce(i.paper, '') = ?"
            args = (paper,)
        with self._read() as conn:
            stats: dict[tuple[str, str], dict[str, Any]] = {}
            for p, name, page, n, confirmed, first, last in conn.execute(
                    "SELECT coalesce(i.paper, ''), a.section, coalesce(a.page, ''), count(*), "
                    f"sum(a.status IN ({marks(len(CONFIRMED_STATES))})), min(i.date), max(i.date) "
                    "FROM articles a JOIN issues i ON i.id = a.issue_id "
                    f"WHERE a.section IS NOT NULL AND a.position IS NOT NULL {paper_filter} "
                    "GROUP BY 1, 2, 3", (*CONFIRMED_STATES, *args)):
                s = stats.setdefault((p, name), {"n": 0, "c": 0, "pages": {}, "first": first, "last": last})
                s["n"] += n
                s["c"] += confirmed
                if page:
                    s["pages"][page] = s["pages"].get(page, 0) + n
                s["first"] = min(x for x in (s["first"], first) if x) if (s["first"] or first) else None
                s["last"] = max(x for x in (s["last"], last) if x) if (s["last"] or last) else None
            listed = conn.execute("SELECT paper, name FROM sections" + (" WHERE paper = ?" if paper is not None
                                                                        else ""), args).fetchall()
        keys = set(stats) | {(p, n) for p, n in listed}
        out = []
        for p, name in keys:
            s = stats.get((p, name), {"n": 0, "c": 0, "pages": {}, "first": None, "last": None})
            pages = tuple(sorted(s["pages"], key=_page_key))
            out.append(SectionInfo(p, name, s["n"], s["c"], pages, s["first"], s["last"]))

        def order(info: SectionInfo) -> tuple:
            # the page the section is printed on most often puts it in its place in the paper
            usual = max(stats.get((info.paper, info.name), {"pages": {}})["pages"].items(),
                        key=lambda kv: (kv[1], -_page_key(kv[0])[0]), default=(None, 0))[0]
            return (info.paper, usual is None, _page_key(usual) if usual else (0, ""), pinyin_key(info.name))

        return sorted(out, key=order)

    def add_section(self, name: str, paper: str = "", who: str = "editor") -> SectionInfo:
        """Add a section to a paper's list (before any page header names it). Raises ArchiveError('exists')."""
        name, paper = clean_section_name(name), (paper or "").strip()
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM sections WHERE paper = ? AND name = ?", (paper, name)).fetchone():
                raise ArchiveError(f"{paper or 'the archive'} already has the section {name}", "exists")
            conn.execute("INSERT INTO sections (paper, name) VALUES (?, ?)", (paper, name))
            self._log(conn, who, None, None, "add_section", None, {"paper": paper, "name": name})
        return next(s for s in self.section_list(paper) if s.name == name)

    def rename_section(self, old: str, new: str, paper: str | None = None, who: str = "editor") -> int:
        """Rename a section in one paper's list (every paper's when `paper` is None), and move its articles.

        Articles whose section was `old` get `new` as their saved section; renaming onto an existing section
        merges the two. One transaction; returns how many issues changed. Raises ArchiveError('not_found').
        """
        old, new = clean_section_name(old), clean_section_name(new, "new section name")
        if old == new:
            return 0
        with self._write() as conn:
            scope, args = ("", ()) if paper is None else (" AND paper = ?", (paper.strip(),))
            listed = conn.execute(f"SELECT paper FROM sections WHERE name = ?{scope}", (old, *args)).fetchall()
            in_paper = "" if paper is None else " AND coalesce(i.paper, '') = ?"
            issues = {r[0] for r in conn.execute(
                "SELECT DISTINCT a.issue_id FROM articles a JOIN issues i ON i.id = a.issue_id "
                f"WHERE a.section = ?{in_paper}", (old, *args))}
            if not listed and not issues:
                where = f" in {paper}" if paper else ""
                raise ArchiveError(f"there is no section {old}{where} (see `editor-app sections`)", "not_found")
            for (p,) in listed:
                conn.execute("INSERT OR IGNORE INTO sections (paper, name) VALUES (?, ?)", (p, new))
            conn.execute(f"DELETE FROM sections WHERE name = ?{scope}", (old, *args))
            n = self._rewrite_issues(conn, issues, _move_section(old, new), who, "rename_section")
            self._log(conn, who, None, None, "rename_section", {"paper": paper, "name": old},
                      {"paper": paper, "name": new, "issues": sorted(issues)})
        return n

    def delete_section(self, name: str, paper: str | None = None, who: str = "editor") -> None:
        """Remove a section from a paper's list (every paper's when `paper` is None).

        Refused (ArchiveError 'in_use') while stored articles are in it: rename it into another section instead.
        """
        name = clean_section_name(name)
        with self._write() as conn:
            scope, args = ("", ()) if paper is None else (" AND paper = ?", (paper.strip(),))
            used = conn.execute(
                "SELECT count(*) FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.section = ? "
                + ("" if paper is None else "AND coalesce(i.paper, '') = ?"), (name, *args)).fetchone()[0]
            if used:
                raise ArchiveError(f"{used} stored articles are in the section {name}; rename it into another "
                                   "section instead", "in_use")
            if not conn.execute(f"DELETE FROM sections WHERE name = ?{scope}", (name, *args)).rowcount:
                raise ArchiveError(f"there is no section {name} (see `editor-app sections`)", "not_found")
            self._log(conn, who, None, None, "delete_section", {"paper": paper, "name": name}, None)

    # --- the classifier -----------------------------------------------------------------------------------
    def section_model(self, paper: str | None = None) -> SectionClassifier:
        """The section classifier trained on the archive's confirmed (edited or reviewed) articles.

        Trained on the articles of `paper` when it has at least two sections, else on the whole archive.
        Training reads the index's segmentation of each article's head and first words (no jieba) in one
        counting pass; the result is cached. A save or import in this process updates the cached model by the
        articles it changed (milliseconds); a change by another program (seen through `generation()`) makes
        the next call train afresh. Set it as `issue.section_model` (load_issue does) to get suggestions.
        Each update is a new object: an issue keeps the model it was given until it is given another.
        """
        generation = self.generation()
        if generation != self._models_generation:
            self._models, self._models_generation = {}, generation
        key = paper or ""
        own = self._models.get(key)
        if own is None:
            own = self._models[key] = SectionClassifier.from_words(self._training_samples(key))
        if len(own.doc_counts) >= MIN_PAPER_SECTIONS:
            return own
        every = self._models.get(ALL_PAPERS)
        if every is None:
            every = self._models[ALL_PAPERS] = SectionClassifier.from_words(self._training_samples(None))
        return every

    def _training_samples(self, paper: str | None) -> Iterator[tuple[list[str], str]]:
        """(words, section) of every confirmed article with a section (of `paper`, or of all when None)."""
        where = (f"a.status IN ({marks(len(CONFIRMED_STATES))}) AND a.section IS NOT NULL "
                 "AND a.position IS NOT NULL")
        args: tuple = CONFIRMED_STATES
        if paper is not None:
            where += " AND coalesce(i.paper, '') = ?"
            args = (*args, paper)
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT a.section, s.head, substr(s.body, 1, {TRAINING_MARKUP + 1}) FROM articles a "
                f"JOIN issues i ON i.id = a.issue_id JOIN {schema.SEARCH_TABLE} s ON s.id = a.id WHERE {where} "
                "ORDER BY a.id", args).fetchall()
        for section, head, body in rows:
            yield training_words(head, body), section


def _move_section(old: str, new: str):
    """An issue edit: articles whose section is `old` are saved with `new`."""

    def edit(issue: Issue) -> None:
        for view in issue.views():
            if view.section != old:
                continue
            overrides = issue.records[view.id].overrides
            if view.detected.get("section") == new:
                overrides.pop("section", None)
            else:
                overrides["section"] = new

    return edit

