"""The archive: the one SQLite connection and every read and write of issues, articles, people and edits.

Open it with `Archive.open(path)`. Every user action is one transaction (`BEGIN IMMEDIATE` … `COMMIT`), so a
crash leaves each issue either fully stored or absent. A file that cannot be used (read-only, locked, damaged,
not SQLite, not ours, from a newer version) raises `ArchiveError` and is left exactly as it was: it is
inspected through a read-only connection first, and nothing is written until every check has passed. An
archive is not thread-safe: use it from the thread that opened it (open another one for a worker thread).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .. import wordseg
from ..detect.campaigns import CampaignRegistry
from ..detect.patterns import compact
from ..issue import Issue, IssueMeta
from ..model import ArticleRecord, Block, SourceInfo
from . import schema
from .base import ArchiveError, chunks, marks, now
from .campaigns import CampaignsMixin
from .fs import is_network_path
from .people import CONFIRMED_STATES, PeopleMixin, Person  # noqa: F401 - Person is part of this module's API
from .report_queries import ReportsMixin
from .rows import PreparedArticle, PreparedIssue, prepare_issue, segment_articles
from .search import (
    COLUMNS,
    ELLIPSIS,
    MARK_CLOSE,
    MARK_OPEN,
    SNIPPET_TOKENS,
    WEIGHTS,
    Hit,
    contains_literal,
    fts_query,
    items,
    lead_snippet,
    query_parts,
    readable_snippet,
)
from .sections import ALL_PAPERS, TRAINING_MARKUP, SectionsMixin, training_words

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_TIMEOUT = 5.0  # seconds to wait for another program's write lock before giving up
# Archives up to this size get a full PRAGMA quick_check at every open; larger ones only before a
# migration and on `check()`, because quick_check reads every page (see benchmarks/bench_archive.py).
VERIFY_LIMIT = 256 * 1024 * 1024
MAX_LIMIT = 500
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class IssueSummary:
    id: int
    paper: str | None
    date: str | None
    number: str | None
    source_name: str | None
    sha256: str
    encoding: str
    imported_at: str
    updated_at: str
    status: str
    articles: int
    blocks: int


@dataclass(frozen=True)
class EditLogEntry:
    id: int
    at: str
    who: str
    issue_id: int | None
    article: int | None
    action: str
    before: Any
    after: Any


_now = now
_chunks = chunks
_marks = marks


def _connect(path: Path, mode: str, timeout: float, immutable: bool = False) -> sqlite3.Connection:
    # A URI so that mode=ro really opens read-only (and mode=rw never creates a file); isolation_level None
    # so Python never opens a transaction behind our back: every transaction here is explicit. `immutable`
    # reads a file whose folder cannot be written (a WAL archive needs its -shm file beside it otherwise).
    uri = f"{path.resolve().as_uri()}?mode={mode}" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)


BUSY_SLICE = 0.1  # seconds SQLite waits at a time when the caller wants to hear about a long wait


def _is_busy(exc: BaseException) -> bool:
    """Another connection holds the lock SQLite waited for (SQLITE_BUSY / SQLITE_LOCKED)."""
    msg = str(exc).lower()
    return "locked" in msg or "busy" in msg


def _millis(seconds: float) -> int:
    """Whole milliseconds, an int: PRAGMA takes no parameters, so the value is written into the SQL."""
    return max(0, int(round(float(seconds) * 1000)))


def _begin_immediate(conn: sqlite3.Connection, timeout: float, on_busy: Callable[[float], None] | None) -> None:
    """BEGIN IMMEDIATE, waiting up to `timeout` s for another program's write lock.

    Without `on_busy` SQLite waits in one go. With it, SQLite waits in slices of BUSY_SLICE and `on_busy`
    is called between them with the seconds waited so far (the window keeps painting and says why it waits).
    """
    if on_busy is None:
        conn.execute("BEGIN IMMEDIATE")
        return
    started = time.monotonic()
    conn.execute(f"PRAGMA busy_timeout = {_millis(BUSY_SLICE)}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - started
                if not _is_busy(exc) or waited >= timeout:
                    raise
                on_busy(waited)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {_millis(timeout)}")


def _error_for(exc: BaseException, path: Path, timeout: float) -> ArchiveError:
    """The ArchiveError for a sqlite3 or OS error met while using the archive at `path`."""
    msg = str(exc).lower()
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return ArchiveError(f"cannot use the archive {path}: {reason}", "io")
    if _is_busy(exc):
        return ArchiveError(f"the archive {path} is in use by another program (still locked after {timeout:g} s); "
                            "close it there and try again", "locked")
    if "readonly" in msg or "read-only" in msg:
        return ArchiveError(f"the archive {path} is read-only", "readonly")
    if "malformed" in msg or "not a database" in msg or "corrupt" in msg:
        return ArchiveError(f"the archive {path} is damaged ({exc}); restore it from a backup", "corrupt")
    if "full" in msg:
        return ArchiveError(f"the disk holding the archive {path} is full", "io")
    return ArchiveError(f"cannot use the archive {path}: {exc}", "io")


def _translatable(exc: BaseException) -> bool:
    # IntegrityError, ProgrammingError and the like are our bugs: let them surface as they are
    return isinstance(exc, sqlite3.OperationalError) or type(exc) is sqlite3.DatabaseError


def _vacuum_into(conn: sqlite3.Connection, dest: Path) -> None:
    """A consistent, compact copy of the database at `dest` (written beside it, fsynced, then renamed)."""
    tmp = dest.parent / f".{dest.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        if os.name == "posix":
            fd = os.open(dest.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


@dataclass
class _Probe:
    app_id: int
    version: int
    tables: set[str]
    applied: list[str]


def _probe(conn: sqlite3.Connection, verify: bool | None, size: int) -> _Probe:
    """Read what the file is, through a connection that cannot write. Raises sqlite3 errors as they come."""
    conn.execute("BEGIN")  # one snapshot for all the reads
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied: list[str] = []
        if "_sqlite_migrations" in tables:
            applied = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", (schema.MIGRATION_SET,))]
        pending_migration = version < schema.SCHEMA_VERSION and bool(tables)
        if verify or (verify is None and (size <= VERIFY_LIMIT or pending_migration)):
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                first = result[0].replace("*** in database main ***", "").strip()
                raise sqlite3.DatabaseError(f"database disk image is malformed: {first}")
    finally:
        conn.execute("COMMIT")
    return _Probe(app_id, version, tables, applied)


class Archive(PeopleMixin, CampaignsMixin, SectionsMixin, ReportsMixin):
    """The archive file: open with `Archive.open(path)`; close with `close()` (or use it in a `with`)."""

    def __init__(self, db: Database, path: Path, *, readonly: bool, timeout: float,
                 on_busy: Callable[[float], None] | None = None):
        self.db = db
        #: called while a write waits for another program's lock (seconds waited so far); see _begin_immediate
        self.on_busy = on_busy
        self.conn = db.conn
        self.path = path
        self.readonly = readonly
        self.timeout = timeout
        self.migrated_from: int | None = None  # the schema version this open upgraded, if any
        self.backup_path: Path | None = None  # the copy taken before that upgrade
        self._words_ready = False
        self._closed = False
        # The section classifiers trained so far (by paper, see section_model()), valid at _models_generation;
        # a save records how its confirmed articles changed, applied to them once the transaction commits.
        self._models: dict[str, Any] = {}
        self._models_generation: int | None = None
        self._pending_training: list[tuple[int, list[tuple], list[tuple]]] = []

    # --- opening --------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False,
             timeout: float = DEFAULT_TIMEOUT, verify: bool | None = None,
             on_busy: Callable[[float], None] | None = None) -> Archive:
        """Open (or with `create`, make) the archive at `path`.

        `readonly` opens without ever writing (for browsing, or a file on read-only media). `verify`: run
        PRAGMA quick_check (True), never (False), or when the file is small or about to be migrated (None).
        `on_busy(seconds)` is called while a write waits for another program's lock (at most `timeout` s).
        Raises ArchiveError; a file that is rejected is left byte-for-byte unchanged.
        """
        path = Path(path)
        if path.is_dir():
            raise ArchiveError(f"{path} is a folder, not an archive file", "not_archive")
        if not path.exists():
            if readonly or not create:
                raise ArchiveError(f"there is no archive at {path}", "missing")
            return cls._create(path, timeout, on_busy=on_busy)
        try:
            with open(path, "rb") as fh:
                header = fh.read(len(SQLITE_MAGIC))
            size = path.stat().st_size
        except OSError as exc:
            raise _error_for(exc, path, timeout) from None
        if header and header != SQLITE_MAGIC:
            raise ArchiveError(f"{path} is not an Issue Editor archive (it is not a SQLite database)", "not_sqlite")
        if size == 0:
            if readonly or not create:
                raise ArchiveError(f"{path} is an empty file, not an archive", "not_archive")
            return cls._create(path, timeout, existing=True, on_busy=on_busy)
        probe_conn: sqlite3.Connection | None = None
        try:
            folder_locked = False
            try:
                probe_conn = _connect(path, "ro", timeout)
                probe = _probe(probe_conn, verify, size)
            except sqlite3.OperationalError as exc:
                if "unable to open" not in str(exc).lower():
                    raise _error_for(exc, path, timeout) from None
                # the folder cannot be written (no room for the WAL's -shm file): read the file as it is
                if probe_conn is not None:
                    probe_conn.close()
                try:
                    probe_conn = _connect(path, "ro", timeout, immutable=True)
                    probe = _probe(probe_conn, verify, size)
                except sqlite3.DatabaseError as exc2:
                    raise _error_for(exc2, path, timeout) from None
                folder_locked = True
            except sqlite3.DatabaseError as exc:
                raise _error_for(exc, path, timeout) from None
            cls._judge(path, probe, readonly)
            if folder_locked and not readonly:
                raise ArchiveError(f"the folder holding the archive {path} is read-only: the archive can be "
                                   "browsed but not changed", "readonly")
            if readonly:
                # mode=ro is the guard (PRAGMA query_only would also forbid VACUUM INTO, i.e. backups)
                archive = cls(Database(probe_conn, execute_plugins=False), path, readonly=True, timeout=timeout)
                probe_conn = None  # the archive owns it now
                return archive
            return cls._open_writable(path, probe, probe_conn, timeout, on_busy)
        finally:
            if probe_conn is not None:
                probe_conn.close()

    @staticmethod
    def _judge(path: Path, probe: _Probe, readonly: bool) -> None:
        """Reject files that are not ours, too new, or (when read-only) too old to read."""
        if probe.app_id not in (0, schema.APPLICATION_ID) or (probe.app_id == 0 and probe.tables):
            raise ArchiveError(f"{path} is a SQLite database but not an Issue Editor archive", "not_archive")
        unknown = [n for n in probe.applied if n not in schema.MIGRATION_NAMES]
        if probe.version > schema.SCHEMA_VERSION or unknown:
            raise ArchiveError(f"the archive {path} was written by a newer version of Issue Editor (schema "
                               f"v{probe.version}; this version reads up to v{schema.SCHEMA_VERSION}); "
                               "update Issue Editor to open it", "newer")
        if readonly and probe.version < schema.SCHEMA_VERSION:
            if not probe.tables:
                raise ArchiveError(f"{path} is an empty database, not an archive", "not_archive")
            raise ArchiveError(f"the archive {path} needs an upgrade (schema v{probe.version} to "
                               f"v{schema.SCHEMA_VERSION}); open it once for writing", "outdated")

    @classmethod
    def _open_writable(cls, path: Path, probe: _Probe, probe_conn: sqlite3.Connection, timeout: float,
                       on_busy: Callable[[float], None] | None = None) -> Archive:
        if not os.access(path, os.W_OK):
            raise ArchiveError(f"the archive {path} is read-only (open it read-only to browse it)", "readonly")
        if not os.access(path.parent, os.W_OK):
            raise ArchiveError(f"the folder of the archive {path} is read-only; SQLite needs to write its "
                               "journal there", "readonly")
        conn = _connect(path, "rw", timeout)
        try:
            # Take and release the write lock: another program holding it is reported now, not mid-import.
            _begin_immediate(conn, timeout, on_busy)
            conn.execute("ROLLBACK")
            backup = None
            if probe.tables and probe.version < schema.SCHEMA_VERSION:
                stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                backup = _free_name(path.parent, f"{path.stem}.before-v{schema.SCHEMA_VERSION}-{stamp}",
                                    path.suffix or ".sqlite3")
                _vacuum_into(probe_conn, backup)
            archive = cls._configure(conn, path, timeout, on_busy)
            if probe.version < schema.SCHEMA_VERSION and probe.tables:
                archive.migrated_from, archive.backup_path = probe.version, backup
            return archive
        except BaseException as exc:
            conn.close()
            if isinstance(exc, (sqlite3.OperationalError, OSError)) or type(exc) is sqlite3.DatabaseError:
                raise _error_for(exc, path, timeout) from None
            raise

    @classmethod
    def _create(cls, path: Path, timeout: float, existing: bool = False,
                on_busy: Callable[[float], None] | None = None) -> Archive:
        if not path.parent.is_dir():
            raise ArchiveError(f"cannot create the archive {path}: the folder {path.parent} does not exist", "io")
        if not os.access(path.parent, os.W_OK) or (existing and not os.access(path, os.W_OK)):
            raise ArchiveError(f"cannot create the archive {path}: the folder is read-only", "readonly")
        try:
            conn = _connect(path, "rwc", timeout)
        except sqlite3.Error as exc:
            raise _error_for(exc, path, timeout) from None
        try:
            return cls._configure(conn, path, timeout, on_busy)
        except BaseException as exc:
            conn.close()
            if not existing:  # leave nothing half-made behind
                for suffix in ("", "-wal", "-shm", "-journal"):
                    with contextlib.suppress(OSError):
                        os.unlink(f"{path}{suffix}")
            if _translatable(exc):
                raise _error_for(exc, path, timeout) from None
            raise

    @classmethod
    def _configure(cls, conn: sqlite3.Connection, path: Path, timeout: float,
                   on_busy: Callable[[float], None] | None = None) -> Archive:
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL lets the GUI read while an import writes, but needs shared memory a network share cannot give.
        conn.execute(f"PRAGMA journal_mode = {'DELETE' if is_network_path(path) else 'WAL'}").fetchone()
        # FULL: a committed edit survives a power cut too, not only a crash of the program.
        conn.execute("PRAGMA synchronous = FULL")
        db = Database(conn, execute_plugins=False)
        archive = cls(db, path, readonly=False, timeout=timeout, on_busy=on_busy)
        with db.atomic():
            applied = schema.apply_migrations(db)
        if applied:  # articles stored before full-text search existed get their index rows now
            archive._index_missing()
        return archive

    # --- closing --------------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if not self.readonly and getattr(self, "_committed", False):
            # only after a write: a session that changed nothing leaves the file byte-for-byte as it was
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ---------------------------------------------------------------------------------
    def _error(self, exc: BaseException) -> ArchiveError:
        return _error_for(exc, self.path, self.timeout)

    @contextlib.contextmanager
    def _sqlite_errors(self, *, rollback: bool = False) -> Iterator[None]:
        """SQLite's errors as one-line ArchiveErrors (our own bugs pass as they are); with `rollback`, an open
        transaction is rolled back first."""
        try:
            yield
        except BaseException as exc:
            if rollback and self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if _translatable(exc):
                raise self._error(exc) from None
            raise

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One user action: IMMEDIATE takes the write lock up front, so it never fails half-way on a lock."""
        if self.readonly:
            raise ArchiveError(f"the archive {self.path} is open read-only", "readonly")
        with self._sqlite_errors():
            _begin_immediate(self.conn, self.timeout, self.on_busy)
        self._pending_training = []
        changes = self.conn.total_changes
        try:
            with self._sqlite_errors(rollback=True):
                yield self.conn
                self.conn.execute("COMMIT")
        except BaseException:
            self._pending_training = []
            raise
        if self.conn.total_changes != changes:
            self._committed = True
        pending, self._pending_training = self._pending_training, []
        if pending:
            self._apply_training_changes(pending)

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """Several reads from one snapshot (inside a write transaction, that transaction's view)."""
        if self.conn.in_transaction:
            yield self.conn
            return
        with self._sqlite_errors(rollback=True):
            self.conn.execute("BEGIN")
            yield self.conn
            self.conn.execute("COMMIT")

    # --- words, learning state ----------------------------------------------------------------------
    def _ensure_words(self) -> None:
        """Teach jieba every campaign term and person name before segmenting anything for the index or a query.

        Index and queries must be segmented with the same dictionary, or a name cut one way in the index
        and another way in the query is never found.
        """
        if self._words_ready:
            return
        wordseg.add_words(self.registry().all_terms())
        with self._read() as conn:
            # every name ever stored, used or not: the index may hold it as a word
            wordseg.add_words(r[0] for r in conn.execute("SELECT name FROM people UNION SELECT alias FROM "
                                                          "person_aliases"))
        self._words_ready = True

    def generation(self) -> int:
        """A number that grows whenever the classifier's training data changes (confirmed articles and sections).

        Any program writing to the archive bumps it in the same transaction, so a cached model is retrained
        exactly when it is stale.
        """
        with self._read() as conn:
            return int(self._state(conn, "generation") or 0)

    @staticmethod
    def _state(conn: sqlite3.Connection, key: str) -> str | None:
        row = conn.execute("SELECT value FROM archive_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @staticmethod
    def _set_state(conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute("INSERT INTO archive_state (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def _bump_generation(self, conn: sqlite3.Connection) -> int:
        """Move the training generation on by one (in `conn`'s transaction); returns the generation it was."""
        was = int(self._state(conn, "generation") or 0)
        self._set_state(conn, "generation", str(was + 1))
        return was

    def _training_words(self, conn: sqlite3.Connection, rows: list[tuple[int, str, str]]) -> list[tuple]:
        """(paper, words, section) of articles given as (row id, paper, section), read from the index."""
        out = []
        for rid, paper, section in rows:
            row = conn.execute(f"SELECT head, substr(body, 1, {TRAINING_MARKUP + 1}) FROM {schema.SEARCH_TABLE} "
                               "WHERE id = ?", (rid,)).fetchone()
            if row is not None:
                out.append((paper, training_words(*row), section))
        return out

    def _training_changed(self, conn: sqlite3.Connection, removed: list[tuple], added: list[tuple]) -> None:
        """Bump the generation for a change of confirmed articles, and note it for the cached classifiers."""
        self._pending_training.append((self._bump_generation(conn), removed, added))

    def _apply_training_changes(self, changes: list[tuple[int, list[tuple], list[tuple]]]) -> None:
        """After a commit: update the cached classifiers by the articles the transaction changed.

        Only when the cache is at the generation the first change started from (no other program wrote in
        between); otherwise the cache is dropped and the next `section_model()` trains afresh. Updated models
        are copies, so an issue keeps the model it was given.
        """
        for was, removed, added in changes:
            if self._models_generation != was:
                self._models, self._models_generation = {}, None
                return
            updated = {key: model.copy() for key, model in self._models.items()}
            for papers, sign in ((removed, -1), (added, 1)):
                for paper, words, section in papers:
                    for key in {paper, ALL_PAPERS}:
                        model = updated.get(key)
                        if model is not None:
                            (model.add if sign > 0 else model.remove)(words, section)
            self._models, self._models_generation = updated, was + 1

    def _rewrite_issues(self, conn: sqlite3.Connection, issue_ids: Iterable[int], edit: Callable[[Issue], None],
                        who: str, action: str) -> int:
        """Load each issue (as the current registry composes it), apply `edit`, and save it, all inside `conn`'s
        transaction; returns how many issues changed.

        Used by archive-wide corrections (renaming a person, merging campaigns, re-tagging after a registry
        change), so the stored rows always equal what loading and saving the issue would write.
        """
        changed = 0
        registry = self.registry()
        for issue_id in sorted(set(issue_ids)):
            issue = self._load(conn, issue_id, registry)
            edit(issue)
            issue.invalidate(everything=True)
            prepared = prepare_issue(issue, segment=False)
            if self._save_prepared(conn, issue_id, prepared, who, action, log=False):
                changed += 1
        return changed

    # --- importing ------------------------------------------------------------------------------------
    def issue_id_for(self, sha256: str) -> int | None:
        """The id of the issue stored from a source with this sha256, if any."""
        with self._sqlite_errors():
            row = self.conn.execute("SELECT id FROM issues WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def import_issue(self, issue: Issue, source_name: str | None = None, paper: str | None = None,
                     date: str | None = None, *, who: str = "import") -> tuple[int, bool]:
        """Store a detected issue; `(issue_id, created)`. The same source (sha256) again stores nothing.

        When stored and the issue has no `section_model`, it gets the archive's (see `section_model()`), so its
        views suggest sections for articles no page header places.
        """
        existing = self.issue_id_for(issue.source.sha256)
        if existing is not None:
            return existing, False
        if source_name is None and issue.source.path:
            source_name = os.path.basename(issue.source.path)
        prepared = prepare_issue(issue, source_name=source_name, paper=paper, date=date, segment=False)
        stored = self.store_prepared(prepared, registry=issue.registry, who=who)
        if issue.section_model is None:  # the caller's views now carry section suggestions
            issue.section_model = self.section_model(prepared.paper)
            issue.invalidate(everything=True)
        return stored

    def store_prepared(self, prepared: PreparedIssue, *, registry: CampaignRegistry | None = None,
                       who: str = "import") -> tuple[int, bool]:
        """Store rows made by `prepare_issue` (possibly in another process) in one transaction."""
        self._ensure_words()
        segment_articles(prepared.articles)  # outside the transaction: jieba is the slow part
        with self._write() as conn:
            row = conn.execute("SELECT id FROM issues WHERE sha256 = ?", (prepared.sha256,)).fetchone()
            if row:  # another program stored it since we looked
                return row[0], False
            issue_id = self._insert_issue(conn, prepared, registry, who)
        return issue_id, True

    def _insert_issue(self, conn: sqlite3.Connection, p: PreparedIssue, registry: CampaignRegistry | None,
                      who: str) -> int:
        now = _now()
        issue_id = conn.execute(
            "INSERT INTO issues (paper, date, number, source_name, sha256, text, encoding, roster, imported_at, "
            "updated_at, status, article_count, block_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (p.paper, p.date, p.number, p.source_name, p.sha256, p.text, p.encoding,
             json.dumps(p.roster, ensure_ascii=False), now, now, p.status, p.article_count, len(p.blocks))).lastrowid
        self._merge_campaigns(conn, registry)
        row_ids = {a.article: self._insert_article(conn, issue_id, a) for a in p.articles}
        conn.executemany(
            "INSERT INTO blocks (issue_id, block_index, start_offset, end_offset, detected_role, role, "
            "detected_continues, continues, detected_article, article, confidence, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(issue_id, *b) for b in p.blocks])
        people = self._write_links(conn, p.articles, row_ids, p.paper)
        self._write_search(conn, p.articles, row_ids, {})
        self._count_new_bylines(conn, people, p.articles, p.date)
        training = _training_keys_prepared(p)
        if training:
            self._training_changed(conn, [], self._training_words(
                conn, [(row_ids[aid], p.paper or "", section) for aid, section, _d in sorted(training)]))
        self._log(conn, who, issue_id, None, "import", None,
                  {"sha256": p.sha256, "source_name": p.source_name, "paper": p.paper, "date": p.date,
                   "articles": p.article_count, "blocks": len(p.blocks)})
        return issue_id

    @staticmethod
    def _article_values(a: PreparedArticle) -> tuple:
        return (a.position, a.status, a.overrides, a.headline, a.kicker, a.subtitle, a.banner, a.section, a.page,
                a.dateline, a.start, a.end, a.paragraphs, a.characters, a.confidence)

    _ARTICLE_COLUMNS = ("position", "status", "overrides", "headline", "kicker", "subtitle", "banner", "section",
                        "page", "dateline", "start_offset", "end_offset", "paragraphs", "characters", "confidence")

    def _insert_article(self, conn: sqlite3.Connection, issue_id: int, a: PreparedArticle) -> int:
        cols = ", ".join(self._ARTICLE_COLUMNS)
        return conn.execute(f"INSERT INTO articles (issue_id, article, {cols}) VALUES (?, ?, {_marks(15)})",
                            (issue_id, a.article, *self._article_values(a))).lastrowid

    def _merge_campaigns(self, conn: sqlite3.Connection, registry: CampaignRegistry | None) -> None:
        """Seed the archive's campaign list once, from the first stored issue's registry (or the shipped list).

        After that the archive's own list is the registry (edited with add/edit/merge/delete_campaign); an
        issue detected with another list does not bring back campaigns an editor deleted or merged.
        """
        if self._state(conn, "campaigns_seeded"):
            return
        known = {r[0] for r in conn.execute("SELECT name FROM campaigns")}
        if registry is None:
            registry = CampaignRegistry.default()
        pos = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM campaigns").fetchone()[0]
        for c in registry.campaigns:
            if c.name not in known:
                conn.execute("INSERT INTO campaigns (name, aliases, active_from, active_to, color, position) "
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             (c.name, json.dumps(list(c.aliases), ensure_ascii=False), c.active_from, c.active_to,
                              c.color, pos))
                known.add(c.name)
                pos += 1
        self._set_state(conn, "campaigns_seeded", "1")
        self._words_ready = False

    def _campaign_ids(self, conn: sqlite3.Connection, names: set[str]) -> dict[str, int]:
        ids = {n: i for i, n in conn.execute("SELECT id, name FROM campaigns")}
        missing = sorted(names - set(ids))
        if missing:  # a name an editor typed may be an alias of a campaign (or a campaign merged away)
            for cid, aliases in conn.execute("SELECT id, aliases FROM campaigns"):
                for alias in json.loads(aliases):
                    if alias in missing and alias not in ids:
                        ids[alias] = cid
            missing = sorted(names - set(ids))
        if missing:  # an editor typed a campaign the list does not have
            pos = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM campaigns").fetchone()[0]
            for k, name in enumerate(missing):
                ids[name] = conn.execute("INSERT INTO campaigns (name, position) VALUES (?, ?)",
                                         (name, pos + k)).lastrowid
        return ids

    def _person_ids(self, conn: sqlite3.Connection, names: set[str]) -> dict[str, int]:
        ordered = sorted(names)
        conn.executemany("INSERT OR IGNORE INTO people (name) VALUES (?)", [(n,) for n in ordered])
        ids: dict[str, int] = {}
        for chunk in _chunks(ordered):
            ids.update((n, i) for i, n in conn.execute(
                f"SELECT id, name FROM people WHERE name IN ({_marks(len(chunk))})", tuple(chunk)))
        return ids

    def _write_links(self, conn: sqlite3.Connection, articles: list[PreparedArticle], row_ids: dict[int, int],
                     paper: str | None) -> dict[str, int]:
        """Bylines, campaign links and sections of freshly written articles; returns the people's ids."""
        people = self._person_ids(conn, {name for a in articles for _r, name in a.bylines})
        conn.executemany("INSERT INTO bylines (article_id, position, role, person_id) VALUES (?, ?, ?, ?)",
                         [(row_ids[a.article], k, role, people[name])
                          for a in articles for k, (role, name) in enumerate(a.bylines)])
        campaigns = self._campaign_ids(conn, {c for a in articles for c in a.campaigns})
        conn.executemany("INSERT OR IGNORE INTO article_campaigns (article_id, campaign_id) VALUES (?, ?)",
                         [(row_ids[a.article], campaigns[c]) for a in articles for c in a.campaigns])
        conn.executemany("INSERT OR IGNORE INTO sections (paper, name) VALUES (?, ?)",
                         sorted({(paper or "", a.section) for a in articles if a.section}))
        return people

    def _write_search(self, conn: sqlite3.Connection, articles: list[PreparedArticle], row_ids: dict[int, int],
                      stored: dict[int, str]) -> None:
        """Index rows for articles whose text changed (`stored`: row id -> digest already in the index)."""
        for a in articles:
            rid = row_ids[a.article]
            if a.search is None:
                if rid in stored:
                    conn.execute(f"DELETE FROM {schema.SEARCH_TABLE} WHERE id = ?", (rid,))
                continue
            digest = a.search.digest()
            if stored.get(rid) == digest:
                continue
            if a.markup is None:
                a.markup = a.search.markup()
            if rid in stored:
                conn.execute(f"UPDATE {schema.SEARCH_TABLE} SET head = ?, body = ?, extra = ?, people = ?, "
                             "digest = ? WHERE id = ?", (*a.markup, digest, rid))
            else:
                conn.execute(f"INSERT INTO {schema.SEARCH_TABLE} (id, head, body, extra, people, digest) "
                             "VALUES (?, ?, ?, ?, ?, ?)", (rid, *a.markup, digest))

    def _count_new_bylines(self, conn: sqlite3.Connection, people: dict[str, int],
                           articles: list[PreparedArticle], date: str | None) -> None:
        """Add one new issue to people's statistics without rescanning their whole history."""
        count: dict[int, int] = {}
        roles: dict[int, set[str]] = {}
        for a in articles:
            for pid in {people[name] for _r, name in a.bylines}:
                count[pid] = count.get(pid, 0) + 1
            for role, name in a.bylines:
                roles.setdefault(people[name], set()).add(role)
        ids = sorted(count)
        old: dict[int, list[str]] = {}
        for chunk in _chunks(ids):
            old.update((i, json.loads(r)) for i, r in conn.execute(
                f"SELECT id, roles FROM people WHERE id IN ({_marks(len(chunk))})", tuple(chunk)))
        conn.executemany(
            "UPDATE people SET article_count = article_count + :n, roles = :roles, "
            "first_seen = CASE WHEN :date IS NOT NULL AND (first_seen IS NULL OR :date < first_seen) THEN :date "
            "ELSE first_seen END, "
            "last_seen = CASE WHEN :date IS NOT NULL AND (last_seen IS NULL OR :date > last_seen) THEN :date "
            "ELSE last_seen END WHERE id = :id",
            [{"n": count[i], "roles": json.dumps(sorted(set(old.get(i, [])) | roles[i]), ensure_ascii=False),
              "date": date, "id": i} for i in ids])

    def _refresh_people(self, conn: sqlite3.Connection, ids: Iterable[int]) -> None:
        """Recount people's statistics from all their bylines (after a save or a delete)."""
        ids = sorted(set(ids))
        for chunk in _chunks(ids):
            marks = _marks(len(chunk))
            stats = {pid: (n, first, last) for pid, n, first, last in conn.execute(
                "SELECT b.person_id, count(DISTINCT b.article_id), min(i.date), max(i.date) FROM bylines b "
                "JOIN articles a ON a.id = b.article_id JOIN issues i ON i.id = a.issue_id "
                f"WHERE b.person_id IN ({marks}) GROUP BY b.person_id", tuple(chunk))}
            roles: dict[int, list[str]] = {}
            for pid, role in conn.execute(f"SELECT DISTINCT person_id, role FROM bylines WHERE person_id IN "
                                          f"({marks}) ORDER BY person_id, role", tuple(chunk)):
                roles.setdefault(pid, []).append(role)
            conn.executemany(
                "UPDATE people SET article_count = ?, first_seen = ?, last_seen = ?, roles = ? WHERE id = ?",
                [(*stats.get(pid, (0, None, None)), json.dumps(roles.get(pid, []), ensure_ascii=False), pid)
                 for pid in chunk])

    @staticmethod
    def _log(conn: sqlite3.Connection, who: str, issue_id: int | None, article: int | None, action: str,
             before: Any, after: Any) -> int:
        def dump(value: Any) -> str | None:
            return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

        return conn.execute("INSERT INTO edit_log (at, who, issue_id, article, action, before, after) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (_now(), who, issue_id, article, action, dump(before), dump(after))).lastrowid

    # --- loading --------------------------------------------------------------------------------------
    def load_issue(self, issue_id: int, *, suggest: bool = True) -> Issue:
        """The issue exactly as last saved: blocks with detected and edited values, records, status, meta.

        Its registry is the archive's; with `suggest` (the default) its `section_model` is the archive's section
        classifier (`section_model()`), so articles without a page header carry a `section_suggestion`.
        """
        with self._read() as conn:
            issue = self._load(conn, issue_id, self.registry())
        if suggest:
            issue.section_model = self.section_model(issue.meta.paper)
        return issue

    def _load(self, conn: sqlite3.Connection, issue_id: int, registry: CampaignRegistry) -> Issue:
        row = conn.execute("SELECT text, source_name, encoding, sha256, paper, date, number, roster "
                           "FROM issues WHERE id = ?", (issue_id,)).fetchone()
        if row is None:
            raise ArchiveError(f"there is no issue {issue_id} in the archive", "no_issue")
        block_rows = conn.execute(
            "SELECT block_index, start_offset, end_offset, detected_role, role, detected_continues, continues, "
            "detected_article, article, confidence, reason FROM blocks WHERE issue_id = ? ORDER BY block_index",
            (issue_id,)).fetchall()
        record_rows = conn.execute("SELECT article, overrides, status FROM articles WHERE issue_id = ? "
                                   "ORDER BY article", (issue_id,)).fetchall()
        text, source_name, encoding, sha256, paper, date, number, roster = row
        blocks = [Block(index=i, start=s, end=e, text=text[s:e], role=role, article=art,
                        continues_previous=bool(cont), confidence=conf, reason=reason, detected_role=d_role,
                        detected_article=d_art, detected_continues=bool(d_cont))
                  for i, s, e, d_role, role, d_cont, cont, d_art, art, conf, reason in block_rows]
        records = {aid: ArticleRecord(aid, json.loads(overrides), status) for aid, overrides, status in record_rows}
        return Issue(text=text, blocks=blocks, records=records,
                     source=SourceInfo(source_name, encoding, sha256, len(text)), registry=registry,
                     meta=IssueMeta(paper, date, number), roster=frozenset(json.loads(roster)))

    def list_issues(self) -> list[IssueSummary]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT i.id, i.paper, i.date, i.number, i.source_name, i.sha256, i.encoding, i.imported_at, "
                "i.updated_at, i.status, i.article_count, i.block_count FROM issues i ORDER BY i.id").fetchall()
        return [IssueSummary(*r) for r in rows]

    def issue_ids_on(self, date: str) -> list[int]:
        with self._read() as conn:
            return [r[0] for r in conn.execute("SELECT id FROM issues WHERE date = ? ORDER BY id", (date,))]

    def edit_log(self, issue_id: int | None = None) -> list[EditLogEntry]:
        """The edit log, oldest first (of one issue when `issue_id` is given)."""
        sql = "SELECT id, at, who, issue_id, article, action, before, after FROM edit_log"
        args: tuple = ()
        if issue_id is not None:
            sql += " WHERE issue_id = ?"
            args = (issue_id,)
        with self._read() as conn:
            rows = conn.execute(sql + " ORDER BY id", args).fetchall()
        return [EditLogEntry(i, at, who, iss, art, act, json.loads(b) if b else None, json.loads(a) if a else None)
                for i, at, who, iss, art, act, b, a in rows]

    # --- saving an editor's work ----------------------------------------------------------------------
    def save_issue(self, issue_id: int, issue: Issue, who: str = "editor", action: str = "save") -> bool:
        """Write every block, record and derived value of `issue` and one edit-log row, in one transaction.

        Returns False (and writes nothing) when nothing differs from what is stored. The log row holds, for
        each block and article record that changed, its editable state before and after.
        """
        prepared = prepare_issue(issue, segment=False)
        self._ensure_words()
        with self._write() as conn:
            return self._save_prepared(conn, issue_id, prepared, who, action)

    def _save_prepared(self, conn: sqlite3.Connection, issue_id: int, prepared: PreparedIssue, who: str,
                       action: str, log: bool = True) -> bool:
        """The body of `save_issue`, inside the caller's write transaction (several issues can share one).

        `log=False` writes the edit-log row only when a block or record changed (a re-tag or a respelling
        that is logged once for the whole action).
        """
        old = self._stored(conn, issue_id)
        if old.sha256 != prepared.sha256 or set(old.blocks) != {b[0] for b in prepared.blocks}:
            raise ArchiveError(f"this is not the issue stored as {issue_id} (its source text differs)",
                               "mismatch")
        new_meta = (prepared.paper, prepared.date, prepared.number,
                    json.dumps(prepared.roster, ensure_ascii=False), prepared.status)
        changed_blocks = [b for b in prepared.blocks if old.blocks[b[0]] != tuple(b)]
        values = {a.article: self._article_values(a) for a in prepared.articles}
        links = {a.article: (list(a.bylines), sorted(a.campaigns)) for a in prepared.articles}
        digests = {a.article: a.search.digest() for a in prepared.articles if a.search is not None}
        if (not changed_blocks and new_meta == old.meta and values == {k: v for k, (_r, v) in old.articles.items()}
                and links == old.links and digests == old.digests):
            return False
        before, after = _edit_diff(old, prepared)
        old_training, new_training = _training_keys(old), _training_keys_prepared(prepared)
        removed = self._training_words(conn, [(old.articles[aid][0], old.meta[0] or "", section)
                                              for aid, section, _d in old_training - new_training])
        conn.executemany(
            "UPDATE blocks SET start_offset = ?, end_offset = ?, detected_role = ?, role = ?, "
            "detected_continues = ?, continues = ?, detected_article = ?, article = ?, confidence = ?, "
            "reason = ? WHERE issue_id = ? AND block_index = ?",
            [(*b[1:], issue_id, b[0]) for b in changed_blocks])
        for aid, (rid, _values) in old.articles.items():
            if aid not in values:  # its bylines, links and index row go with it (ON DELETE CASCADE)
                conn.execute("DELETE FROM articles WHERE id = ?", (rid,))
        row_ids: dict[int, int] = {}
        for a in prepared.articles:
            if a.article not in old.articles:
                row_ids[a.article] = self._insert_article(conn, issue_id, a)
                continue
            rid, stored_values = old.articles[a.article]
            if stored_values != values[a.article]:
                conn.execute(f"UPDATE articles SET {', '.join(c + ' = ?' for c in self._ARTICLE_COLUMNS)} "
                             "WHERE id = ?", (*values[a.article], rid))
            row_ids[a.article] = rid
        kept = [rid for aid, (rid, _v) in old.articles.items() if aid in values]
        for chunk in _chunks(kept):
            conn.execute(f"DELETE FROM bylines WHERE article_id IN ({_marks(len(chunk))})", tuple(chunk))
            conn.execute(f"DELETE FROM article_campaigns WHERE article_id IN ({_marks(len(chunk))})",
                         tuple(chunk))
        people = self._write_links(conn, prepared.articles, row_ids, prepared.paper)
        self._write_search(conn, prepared.articles, row_ids,
                           {old.articles[aid][0]: d for aid, d in old.digests.items() if aid in values})
        # recount only people whose bylines in this issue changed (a recount reads all their bylines)
        pairs = {(aid, role, name) for aid, (bylines, _c) in links.items() for role, name in bylines}
        old_pairs = {(aid, role, name) for aid, (bylines, _c) in old.links.items() for role, name in bylines}
        moved = {name for _a, _r, name in pairs ^ old_pairs}
        if prepared.date != old.meta[1]:
            moved |= {name for _a, _r, name in pairs | old_pairs}
        self._refresh_people(conn, {ids[n] for ids in (old.people, people) for n in moved if n in ids})
        conn.execute("UPDATE issues SET paper = ?, date = ?, number = ?, roster = ?, status = ?, updated_at = ?, "
                     "article_count = ? WHERE id = ?", (*new_meta, _now(), prepared.article_count, issue_id))
        touched = {int(k) for k in before.get("records", {})}
        touched |= {v["article"] for side in (before, after) for v in side.get("blocks", {}).values()
                    if v["article"] is not None}
        if log or before or after:
            self._log(conn, who, issue_id, next(iter(touched)) if len(touched) == 1 else None, action,
                      before, after)
        if old_training != new_training:
            added = self._training_words(conn, [(row_ids[aid], prepared.paper or "", section)
                                                for aid, section, _d in new_training - old_training])
            self._training_changed(conn, removed, added)
        return True

    def _stored(self, conn: sqlite3.Connection, issue_id: int) -> _StoredIssue:
        """What the archive holds for one issue, in the shapes `prepare_issue` produces (to compare with)."""
        row = conn.execute("SELECT sha256, paper, date, number, roster, status FROM issues WHERE id = ?",
                           (issue_id,)).fetchone()
        if row is None:
            raise ArchiveError(f"there is no issue {issue_id} in the archive", "no_issue")
        blocks = {r[0]: tuple(r) for r in conn.execute(
            "SELECT block_index, start_offset, end_offset, detected_role, role, detected_continues, continues, "
            "detected_article, article, confidence, reason FROM blocks WHERE issue_id = ?", (issue_id,))}
        cols = ", ".join(self._ARTICLE_COLUMNS)
        articles = {r[1]: (r[0], tuple(r[2:])) for r in conn.execute(
            f"SELECT id, article, {cols} FROM articles WHERE issue_id = ?", (issue_id,))}
        by_row = {rid: aid for aid, (rid, _v) in articles.items()}
        links: dict[int, tuple[list, list]] = {aid: ([], []) for aid in articles}
        people: dict[str, int] = {}
        for rid, role, name, pid in conn.execute(
                "SELECT b.article_id, b.role, p.name, p.id FROM bylines b JOIN people p ON p.id = b.person_id "
                "JOIN articles a ON a.id = b.article_id WHERE a.issue_id = ? ORDER BY b.article_id, b.position",
                (issue_id,)):
            links[by_row[rid]][0].append((role, name))
            people[name] = pid
        for rid, name in conn.execute(
                "SELECT ac.article_id, c.name FROM article_campaigns ac JOIN campaigns c ON c.id = ac.campaign_id "
                "JOIN articles a ON a.id = ac.article_id WHERE a.issue_id = ? ORDER BY c.name", (issue_id,)):
            links[by_row[rid]][1].append(name)
        digests = {by_row[rid]: d for rid, d in conn.execute(
            f"SELECT s.id, s.digest FROM {schema.SEARCH_TABLE} s JOIN articles a ON a.id = s.id "
            "WHERE a.issue_id = ?", (issue_id,))}
        return _StoredIssue(row[0], tuple(row[1:]), blocks, articles, links, digests, people)

    def delete_issue(self, issue_id: int, who: str = "editor") -> None:
        """Remove an issue with all its blocks and articles (the edit log keeps its history)."""
        with self._write() as conn:
            row = conn.execute("SELECT sha256, source_name, date FROM issues WHERE id = ?", (issue_id,)).fetchone()
            if row is None:
                raise ArchiveError(f"there is no issue {issue_id} in the archive", "no_issue")
            people = [r[0] for r in conn.execute(
                "SELECT DISTINCT b.person_id FROM bylines b JOIN articles a ON a.id = b.article_id "
                "WHERE a.issue_id = ?", (issue_id,))]
            conn.execute("DELETE FROM issues WHERE id = ?", (issue_id,))
            self._refresh_people(conn, people)
            self._bump_generation(conn)
            self._log(conn, who, None, None, "delete", {"issue": issue_id, "sha256": row[0], "source_name": row[1],
                                                         "date": row[2]}, None)

    # --- the full-text index --------------------------------------------------------------------------
    def reindex(self, issue_ids: Iterable[int] | None = None) -> int:
        """Segment again the articles whose index text is stale (the dictionary or the text changed).

        One transaction per issue; returns how many issues had something to update.
        """
        if issue_ids is None:
            with self._read() as conn:
                issue_ids = [r[0] for r in conn.execute("SELECT id FROM issues ORDER BY id")]
        self._ensure_words()
        updated = 0
        for issue_id in issue_ids:
            prepared = prepare_issue(self.load_issue(issue_id, suggest=False), segment=False)
            with self._write() as conn:
                row_ids = dict(conn.execute("SELECT article, id FROM articles WHERE issue_id = ?", (issue_id,)))
                stored = dict(conn.execute(
                    f"SELECT s.id, s.digest FROM {schema.SEARCH_TABLE} s JOIN articles a ON a.id = s.id "
                    "WHERE a.issue_id = ?", (issue_id,)).fetchall())
                todo = [a for a in prepared.articles if a.article in row_ids and
                        (a.search.digest() if a.search else None) != stored.get(row_ids[a.article])]
                if todo:
                    self._write_search(conn, todo, row_ids, stored)
                    updated += 1
        return updated

    def _index_missing(self) -> None:
        """Index articles that have no index row (an archive upgraded from before full-text search)."""
        rows = self.conn.execute(
            f"SELECT DISTINCT a.issue_id FROM articles a LEFT JOIN {schema.SEARCH_TABLE} s ON s.id = a.id "
            "WHERE a.position IS NOT NULL AND s.id IS NULL ORDER BY a.issue_id").fetchall()
        if rows:
            self.reindex([r[0] for r in rows])

    def search(self, query: str = "", *, reporter: str | None = None, campaign: str | None = None,
               section: str | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 50) -> list[Hit]:
        """Articles matching `query` (best first) and every filter given; any input is safe.

        The query is split on white space; each part must occur as a phrase (after segmentation with the
        same function as the index). An empty query lists the articles the filters select, newest first.
        `reporter` is a byline name, `campaign` a campaign name or alias, dates are YYYY-MM-DD (inclusive).
        """
        for d in (date_from, date_to):
            if d is not None and not _DATE_RE.fullmatch(d):
                raise ValueError(f"dates are written YYYY-MM-DD, not {d!r}")
        limit = max(1, min(int(limit), MAX_LIMIT))
        where = ["a.position IS NOT NULL"]
        params: dict[str, Any] = {"limit": limit}
        if reporter:
            where.append("a.id IN (SELECT b.article_id FROM bylines b JOIN people p ON p.id = b.person_id "
                         "WHERE p.name = :reporter)")
            params["reporter"] = compact(reporter)
        if campaign:
            where.append("a.id IN (SELECT ac.article_id FROM article_campaigns ac JOIN campaigns c "
                         "ON c.id = ac.campaign_id WHERE c.name = :campaign)")
            params["campaign"] = self._campaign_name(campaign)
        if section:
            where.append("a.section = :section")
            params["section"] = section.strip()
        if date_from:
            where.append("i.date >= :date_from")
            params["date_from"] = date_from
        if date_to:
            where.append("i.date <= :date_to")
            params["date_to"] = date_to
        parts = query_parts(query)
        fts = schema.FTS_TABLE
        if parts:
            self._ensure_words()
        with self._read() as conn:
            if not parts:
                ranked = [(r[0], 0.0) for r in conn.execute(
                    f"SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id WHERE {' AND '.join(where)} "
                    "ORDER BY i.date DESC, i.id DESC, a.position LIMIT :limit", params)]
                details = self._hit_details(conn, [r for r, _ in ranked], None)
            else:
                match = fts_query(query)
                if match is None:
                    return []
                params["match"] = match
                weights = ", ".join(str(w) for w in WEIGHTS)
                # Step one ranks without snippets: snippet() re-reads the text, so only the hits shown pay for it.
                ranked = conn.execute(
                    f"SELECT {fts}.rowid, bm25({fts}, {weights}) AS score FROM {fts} "
                    f"JOIN articles a ON a.id = {fts}.rowid JOIN issues i ON i.id = a.issue_id "
                    f"WHERE {fts} MATCH :match AND {' AND '.join(where)} "
                    "ORDER BY score, i.date DESC, a.id LIMIT :limit", params).fetchall()
                details = self._hit_details(conn, [r for r, _ in ranked], match)
            bylines = self._bylines_of(conn, [r for r, _ in ranked])
        hits = []
        for rid, score in ranked:
            issue_id, article, position, headline, sec, page, paper, date, body, *snippets = details[rid]
            paragraphs = items(body or "")
            # the body's best passage, else a subhead or caption, else the headline; a hit on a byline name
            # alone shows the article's opening
            fragment = next((s for s in snippets if s and MARK_OPEN in s), None)
            if fragment is None:
                snippet = lead_snippet(paragraphs[0] if paragraphs else (headline or ""), parts)
            else:
                snippet = readable_snippet(fragment, parts)
            hits.append(Hit(issue_id=issue_id, article=article, position=position, paper=paper, date=date,
                            section=sec, page=page, headline=headline, bylines=bylines.get(rid, []),
                            snippet_parts=snippet, score=round(-score, 4),
                            paragraphs=[k for k, p in enumerate(paragraphs) if parts and contains_literal(p, parts)]))
        return hits

    def _campaign_name(self, campaign: str) -> str:
        key = compact(campaign).strip("“”\"'‘’「」『』")
        for c in self.registry().campaigns:
            if key == c.name or key in c.terms():
                return c.name
        return campaign.strip()

    @staticmethod
    def _hit_details(conn: sqlite3.Connection, row_ids: list[int], match: str | None) -> dict[int, tuple]:
        if not row_ids:
            return {}
        fts = schema.FTS_TABLE
        cols = ("a.id, a.issue_id, a.article, a.position, a.headline, a.section, a.page, i.paper, i.date, s.body")
        if match is None:
            sql = (f"SELECT {cols} FROM articles a JOIN issues i ON i.id = a.issue_id "
                   f"LEFT JOIN {schema.SEARCH_TABLE} s ON s.id = a.id WHERE a.id IN ({_marks(len(row_ids))})")
            args: tuple = tuple(row_ids)
        else:
            snip = f"'{MARK_OPEN}', '{MARK_CLOSE}', '{ELLIPSIS}', {SNIPPET_TOKENS}"
            snippets = ", ".join(f"snippet({fts}, {COLUMNS.index(c)}, {snip})" for c in ("body", "extra", "head"))
            # FTS5 wants its table's own name (not an alias) left of MATCH and in its functions
            sql = (f"SELECT {cols}, {snippets} FROM {fts} "
                   f"JOIN {schema.SEARCH_TABLE} s ON s.id = {fts}.rowid JOIN articles a ON a.id = {fts}.rowid "
                   f"JOIN issues i ON i.id = a.issue_id "
                   f"WHERE {fts} MATCH ? AND {fts}.rowid IN ({_marks(len(row_ids))})")
            args = (match, *row_ids)
        return {r[0]: tuple(r[1:]) for r in conn.execute(sql, args)}

    @staticmethod
    def _bylines_of(conn: sqlite3.Connection, row_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        out: dict[int, list[tuple[str, str]]] = {}
        for chunk in _chunks(row_ids):
            for rid, role, name in conn.execute(
                    "SELECT b.article_id, b.role, p.name FROM bylines b JOIN people p ON p.id = b.person_id "
                    f"WHERE b.article_id IN ({_marks(len(chunk))}) ORDER BY b.article_id, b.position", tuple(chunk)):
                out.setdefault(rid, []).append((role, name))
        return out

    # --- copies and checks ----------------------------------------------------------------------------
    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """A consistent copy of the archive at `dest` (a file, or a folder to put a dated copy in).

        Made with VACUUM INTO (copying the file alone would miss what is still in the WAL), written to a temp
        file beside `dest` and renamed over it.
        """
        dest = Path(dest)
        if dest.is_dir():
            stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            dest = _free_name(dest, f"{self.path.stem}-{stamp}", self.path.suffix or ".sqlite3")
        if dest.exists() and os.path.samefile(dest, self.path):
            raise ArchiveError(f"the backup {dest} would replace the archive itself; choose another file", "io")
        if not dest.parent.is_dir():
            raise ArchiveError(f"cannot write the backup {dest}: the folder {dest.parent} does not exist", "io")
        try:
            _vacuum_into(self.conn, dest)
        except (sqlite3.Error, OSError) as exc:
            if isinstance(exc, OSError) or _translatable(exc):
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                raise ArchiveError(f"cannot write the backup {dest}: {reason}", "io") from None
            raise
        return dest

    def check(self) -> list[str]:
        """Problems PRAGMA integrity_check and foreign_key_check find (an empty list when all is well)."""
        try:
            problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
            problems = [] if problems == ["ok"] else problems
            problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in self.conn.execute(
                "PRAGMA foreign_key_check")]
        except sqlite3.Error as exc:
            if _translatable(exc):
                return [str(exc)]
            raise
        return problems

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]


@dataclass
class _StoredIssue:
    sha256: str
    meta: tuple  # paper, date, number, roster JSON, status
    blocks: dict[int, tuple]  # block index -> BlockRow
    articles: dict[int, tuple[int, tuple]]  # article id -> (row id, Archive._article_values)
    links: dict[int, tuple[list, list]]  # article id -> ([(role, name)], sorted campaign names)
    digests: dict[int, str]  # article id -> index digest
    people: dict[str, int]  # name -> person id, for everyone in the issue's bylines


def _edit_diff(old: _StoredIssue, p: PreparedIssue) -> tuple[dict[str, Any], dict[str, Any]]:
    """The editable state that changed, as (before, after) JSON-ready dicts keyed by block index / article id."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}

    def editable(row: tuple) -> dict[str, Any]:
        return {"role": row[4], "continues_previous": bool(row[6]), "article": row[8]}

    for b in p.blocks:
        was, now = editable(old.blocks[b[0]]), editable(b)
        if was != now:
            before.setdefault("blocks", {})[str(b[0])] = was
            after.setdefault("blocks", {})[str(b[0])] = now
    status_at = Archive._ARTICLE_COLUMNS.index("status")
    overrides_at = Archive._ARTICLE_COLUMNS.index("overrides")
    new_records = {a.article: {"overrides": json.loads(a.overrides), "status": a.status} for a in p.articles}
    old_records = {aid: {"overrides": json.loads(v[overrides_at]), "status": v[status_at]}
                   for aid, (_rid, v) in old.articles.items()}
    for aid in sorted(set(new_records) | set(old_records)):
        if old_records.get(aid) != new_records.get(aid):
            before.setdefault("records", {})[str(aid)] = old_records.get(aid)
            after.setdefault("records", {})[str(aid)] = new_records.get(aid)
    if tuple(old.meta[:3]) != (p.paper, p.date, p.number):
        before["issue"] = dict(zip(("paper", "date", "number"), old.meta[:3]))
        after["issue"] = dict(zip(("paper", "date", "number"), (p.paper, p.date, p.number)))
    return before, after


def _training_keys(old: _StoredIssue) -> set[tuple]:
    """What the learners see of a stored issue: its confirmed articles with a section, by text digest."""
    status_at = Archive._ARTICLE_COLUMNS.index("status")
    section_at = Archive._ARTICLE_COLUMNS.index("section")
    return {(aid, v[section_at], old.digests.get(aid)) for aid, (_rid, v) in old.articles.items()
            if v[status_at] in CONFIRMED_STATES and v[section_at]}


def _training_keys_prepared(p: PreparedIssue) -> set[tuple]:
    """`_training_keys` of rows about to be stored."""
    return {(a.article, a.section, a.search.digest() if a.search else None) for a in p.articles
            if a.status in CONFIRMED_STATES and a.section}
