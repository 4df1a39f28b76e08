"""People in the archive: the roster built from bylines, and renaming, merging and marking staff."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import wordseg
from ..detect.patterns import compact
from ..issue import Issue
from ..learning.names import pinyin_key
from .base import ArchiveError, chunks, marks

PEOPLE_SORTS: tuple[str, ...] = ("pinyin", "count", "recent", "name")
CONFIRMED_STATES: tuple[str, ...] = ("edited", "reviewed")
MAX_NAME = 40


@dataclass(frozen=True)
class Person:
    """One person of the roster, with what the archive's bylines say about them.

    `article_count` counts every stored article with this person in a byline; `confirmed_count` only the
    articles an editor edited or reviewed (the rest are detection's word alone). `aliases` are spellings
    merged into or renamed to this person.
    """

    id: int
    name: str
    roles: list[str]
    first_seen: str | None
    last_seen: str | None
    article_count: int
    confirmed_count: int = 0
    staff: bool = False
    aliases: tuple[str, ...] = field(default_factory=tuple)

    @property
    def confirmed(self) -> bool:
        """True once an editor has edited or reviewed at least one article with this byline."""
        return self.confirmed_count > 0

    def to_dict(self) -> dict:
        """JSON-ready fields (for the CLI's --json and the GUI's table model)."""
        return {"id": self.id, "name": self.name, "roles": list(self.roles), "first_seen": self.first_seen,
                "last_seen": self.last_seen, "article_count": self.article_count,
                "confirmed_count": self.confirmed_count, "staff": self.staff, "aliases": list(self.aliases)}


def clean_name(name: str, what: str = "name") -> str:
    """A person's name as stored: white space removed; raises ArchiveError('invalid') when unusable."""
    key = compact(str(name or ""))
    if not key:
        raise ArchiveError(f"the {what} is empty", "invalid")
    if len(key) > MAX_NAME or any(ord(ch) < 32 or ch in "\x7f\u2028\u2029" for ch in key):
        raise ArchiveError(f"{key[:MAX_NAME]!r} cannot be a {what} (at most {MAX_NAME} printable characters)",
                           "invalid")
    return key


def sort_people(people: list[Person], sort: str) -> list[Person]:
    """`people` sorted by pinyin, by article count (most first), by last date (latest first) or by code point."""
    if sort not in PEOPLE_SORTS:
        raise ValueError(f"people can be sorted by {', '.join(PEOPLE_SORTS)}, not {sort!r}")
    if sort == "name":
        return sorted(people, key=lambda p: p.name)
    keyed = sorted(people, key=lambda p: pinyin_key(p.name))
    if sort == "count":
        return sorted(keyed, key=lambda p: -p.article_count)
    if sort == "recent":
        # stable sorts: latest first, undated last, ties in pinyin order
        keyed.sort(key=lambda p: p.last_seen or "", reverse=True)
        return sorted(keyed, key=lambda p: p.last_seen is None)
    return keyed


class PeopleMixin:
    """Archive methods for the people roster (mixed into `Archive`; uses its connection and transactions)."""

    def people(self, sort: str = "count", include_unused: bool = False) -> list[Person]:
        """The roster: everyone named in a stored byline (and staff), with roles, counts and dates.

        `sort`: "count" (most articles first; the default), "pinyin", "recent" (latest byline first) or "name".
        People no stored byline names any more (after corrections) are left out unless they are staff or
        `include_unused` is set.
        """
        with self._read() as conn:
            rows = conn.execute("SELECT id, name, roles, first_seen, last_seen, article_count, staff "
                                "FROM people").fetchall()
            confirmed = dict(conn.execute(
                "SELECT b.person_id, count(DISTINCT b.article_id) FROM bylines b JOIN articles a "
                f"ON a.id = b.article_id WHERE a.status IN ({marks(len(CONFIRMED_STATES))}) GROUP BY b.person_id",
                CONFIRMED_STATES))
            aliases: dict[int, list[str]] = {}
            for alias, pid in conn.execute("SELECT alias, person_id FROM person_aliases ORDER BY alias"):
                aliases.setdefault(pid, []).append(alias)
        out = [Person(pid, name, json.loads(roles), first, last, count, confirmed.get(pid, 0), bool(staff),
                      tuple(aliases.get(pid, ())))
               for pid, name, roles, first, last, count, staff in rows if include_unused or count > 0 or staff]
        return sort_people(out, sort)

    def person(self, name: str) -> Person:
        """One person by name (or by a spelling merged into them); raises ArchiveError('not_found')."""
        key = clean_name(name)
        with self._read() as conn:
            pid = self._person_id(conn, key, aliases=True)
        return next(p for p in self.people(include_unused=True) if p.id == pid)

    def people_names(self) -> list[str]:
        """The roster detection uses for new imports: every name a stored byline gives, and staff.

        Spellings an editor renamed or merged away are not in it, so detection flags them as doubtful.
        """
        with self._read() as conn:
            return [r[0] for r in conn.execute(
                "SELECT name FROM people WHERE article_count > 0 OR staff = 1 ORDER BY name")]

    def person_aliases(self) -> dict[str, str]:
        """Spellings merged or renamed away -> the name they now belong to."""
        with self._read() as conn:
            return dict(conn.execute("SELECT a.alias, p.name FROM person_aliases a JOIN people p "
                                     "ON p.id = a.person_id ORDER BY a.alias"))

    def articles_of_person(self, name: str, limit: int = 500) -> list[tuple[int, int, str | None, str | None]]:
        """(issue id, article id, date, headline) of the stored articles with this person in a byline, newest first."""
        key = clean_name(name)
        with self._read() as conn:
            pid = self._person_id(conn, key, aliases=True)
            return [tuple(r) for r in conn.execute(
                "SELECT DISTINCT a.issue_id, a.article, i.date, a.headline FROM bylines b "
                "JOIN articles a ON a.id = b.article_id JOIN issues i ON i.id = a.issue_id "
                "WHERE b.person_id = ? ORDER BY i.date DESC, a.issue_id DESC, a.position LIMIT ?", (pid, limit))]

    # --- corrections --------------------------------------------------------------------------------------
    def rename_person(self, old: str, new: str, who: str = "editor") -> int:
        """Spell a person differently everywhere: every byline, and the articles' saved bylines.

        One transaction and one edit-log row (`rename_person`) plus a row per issue whose articles changed.
        The old spelling is kept as an alias (no longer in the roster detection uses). Returns how many issues
        were rewritten. Raises ArchiveError: 'not_found' for an unknown OLD, 'exists' when NEW is someone else
        (merge them instead), 'invalid' for an empty or overlong name.
        """
        old_key, new_key = clean_name(old), clean_name(new, "new name")
        if old_key == new_key:
            return 0
        self._prepare_names([new_key])
        with self._write() as conn:
            pid = self._person_id(conn, old_key)
            other = conn.execute("SELECT id FROM people WHERE name = ?", (new_key,)).fetchone()
            if other is not None:
                raise ArchiveError(f"{new_key} is already in the roster; merge the two spellings instead "
                                   f"(people merge {new_key} {old_key})", "exists")
            issues = self._issues_of_people(conn, [pid])
            conn.execute("UPDATE people SET name = ? WHERE id = ?", (new_key, pid))
            conn.execute("DELETE FROM person_aliases WHERE alias = ?", (new_key,))
            conn.execute("INSERT OR REPLACE INTO person_aliases (alias, person_id) VALUES (?, ?)", (old_key, pid))
            changed = self._rewrite_issues(conn, issues, _respell({old_key: new_key}), who, "rename_person")
            self._log(conn, who, None, None, "rename_person", {"name": old_key},
                      {"name": new_key, "issues": sorted(issues)})
        return changed

    def merge_people(self, keep: str, absorb: str, who: str = "editor") -> int:
        """Two spellings of one person become one: `absorb`'s bylines move to `keep`, and `absorb` goes.

        Articles naming both keep one byline. `absorb` (and its aliases) become aliases of `keep`; `keep` is
        staff if either was. One transaction; returns how many issues were rewritten. Raises ArchiveError
        ('not_found', 'invalid').
        """
        keep_key, absorb_key = clean_name(keep), clean_name(absorb)
        if keep_key == absorb_key:
            raise ArchiveError(f"cannot merge {keep_key} with itself", "invalid")
        self._prepare_names([keep_key])
        with self._write() as conn:
            keep_id = self._person_id(conn, keep_key)
            absorb_id = self._person_id(conn, absorb_key)
            issues = self._issues_of_people(conn, [absorb_id])
            changed = self._rewrite_issues(conn, issues, _respell({absorb_key: keep_key}), who, "merge_people")
            # anything a stale row still holds moves too, so the absorbed row can go
            conn.execute("UPDATE bylines SET person_id = ? WHERE person_id = ?", (keep_id, absorb_id))
            conn.execute("UPDATE person_aliases SET person_id = ? WHERE person_id = ?", (keep_id, absorb_id))
            conn.execute("INSERT OR REPLACE INTO person_aliases (alias, person_id) VALUES (?, ?)",
                         (absorb_key, keep_id))
            staff = conn.execute("SELECT max(staff) FROM people WHERE id IN (?, ?)", (keep_id, absorb_id)).fetchone()
            conn.execute("DELETE FROM people WHERE id = ?", (absorb_id,))
            conn.execute("UPDATE people SET staff = ? WHERE id = ?", (staff[0] or 0, keep_id))
            self._refresh_people(conn, [keep_id])
            self._log(conn, who, None, None, "merge_people", {"names": [keep_key, absorb_key]},
                      {"name": keep_key, "issues": sorted(issues)})
        return changed

    def set_staff(self, name: str, staff: bool = True, who: str = "editor") -> None:
        """Mark a person as one of the paper's own staff (or not); staff stay in the roster without bylines."""
        key = clean_name(name)
        with self._write() as conn:
            pid = self._person_id(conn, key, aliases=True)
            was = conn.execute("SELECT staff FROM people WHERE id = ?", (pid,)).fetchone()[0]
            if bool(was) == staff:
                return
            conn.execute("UPDATE people SET staff = ? WHERE id = ?", (int(staff), pid))
            self._log(conn, who, None, None, "staff", {"name": key, "staff": bool(was)}, {"name": key, "staff": staff})

    def add_person(self, name: str, staff: bool = True, who: str = "editor") -> Person:
        """Add someone to the roster before any byline names them (a new colleague); staff by default."""
        key = clean_name(name)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM people WHERE name = ?", (key,)).fetchone():
                raise ArchiveError(f"{key} is already in the roster", "exists")
            conn.execute("INSERT INTO people (name, staff) VALUES (?, ?)", (key, int(staff)))
            conn.execute("DELETE FROM person_aliases WHERE alias = ?", (key,))
            self._log(conn, who, None, None, "add_person", None, {"name": key, "staff": staff})
        self._prepare_names([key])
        return self.person(key)

    # --- helpers ------------------------------------------------------------------------------------------
    def _prepare_names(self, names: Iterable[str]) -> None:
        """Teach jieba the names before anything is segmented for the index (outside any transaction)."""
        self._ensure_words()
        wordseg.add_words(names)

    @staticmethod
    def _person_id(conn: sqlite3.Connection, key: str, aliases: bool = False) -> int:
        row = conn.execute("SELECT id FROM people WHERE name = ?", (key,)).fetchone()
        if row is not None:
            return row[0]
        alias = conn.execute("SELECT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id "
                             "WHERE a.alias = ?", (key,)).fetchone()
        if alias is not None:
            if aliases:
                return alias[0]
            raise ArchiveError(f"{key} is not in the roster any more: it is now spelled {alias[1]}", "not_found")
        raise ArchiveError(f"{key} is not in the roster (see `editor-app people`)", "not_found")

    @staticmethod
    def _issues_of_people(conn: sqlite3.Connection, person_ids: list[int]) -> set[int]:
        issues: set[int] = set()
        for chunk in chunks(person_ids):
            issues.update(r[0] for r in conn.execute(
                "SELECT DISTINCT a.issue_id FROM bylines b JOIN articles a ON a.id = b.article_id "
                f"WHERE b.person_id IN ({marks(len(chunk))})", tuple(chunk)))
        return issues


def _respell(mapping: dict[str, str]):
    """An issue edit: bylines naming a key of `mapping` name its value instead (saved as the article's bylines)."""

    def edit(issue: Issue) -> None:
        for view in issue.views():
            if not any(b.name in mapping for b in view.bylines):
                continue
            bylines: list[dict[str, str]] = []
            for b in view.bylines:
                entry = {"role": b.role, "name": mapping.get(b.name, b.name)}
                if entry not in bylines:
                    bylines.append(entry)
            detected = [{"role": b.role, "name": b.name} for b in view.detected.get("bylines", [])]
            overrides = issue.records[view.id].overrides
            if bylines == detected:
                overrides.pop("bylines", None)
            else:
                overrides["bylines"] = bylines

    return edit
