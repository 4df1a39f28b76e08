"""The archive's schema: ordered, idempotent migrations, its version number, and the full-text index set-up."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .search import COLUMNS

# "IEdA" in the file header: tells our archives from any other SQLite file.
APPLICATION_ID = 0x49456441
MIGRATION_SET = "issue_editor_archive"
SEARCH_TABLE = "article_search"
FTS_TABLE = f"{SEARCH_TABLE}_fts"
# unicode61 keeps Latin words whole and lowercased; Chinese arrives already split by jieba (see search.py).
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

migrations = Migrations(MIGRATION_SET)
_NAMES: list[str] = []


def _migration(fn):
    """Register `fn` as the next migration; it records its version in PRAGMA user_version in its transaction."""
    version = len(_NAMES) + 1
    _NAMES.append(fn.__name__)

    def run(db: Database) -> None:
        fn(db)
        db.execute(f"PRAGMA user_version = {version}")

    run.__name__ = fn.__name__
    migrations(name=fn.__name__)(run)
    return fn


@_migration
def m001_core_tables(db: Database) -> None:
    # Enumerations (roles, review states) are checked in Python, not with CHECK constraints, so that a
    # new role never needs a table rebuild. `article` columns hold an article's id within its issue
    # (ArticleRecord.id); `articles.id` is the archive-wide key other tables point to. The counts
    # are kept on its row because counting blocks for a list of thousands of issues takes a noticeable while.
    db.executescript(f"""
    PRAGMA application_id = {APPLICATION_ID};
    CREATE TABLE IF NOT EXISTS issues (
        id INTEGER PRIMARY KEY,
        paper TEXT,
        date TEXT,
        number TEXT,
        source_name TEXT,
        sha256 TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        encoding TEXT NOT NULL,
        roster TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'auto',
        article_count INTEGER NOT NULL DEFAULT 0,
        block_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS issues_date ON issues(date);
    CREATE TABLE IF NOT EXISTS articles (
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        article INTEGER NOT NULL,
        position INTEGER,
        status TEXT NOT NULL DEFAULT 'auto',
        overrides TEXT NOT NULL DEFAULT '{{}}',
        headline TEXT,
        kicker TEXT,
        subtitle TEXT,
        banner TEXT,
        section TEXT,
        page TEXT,
        dateline TEXT,
        start_offset INTEGER,
        end_offset INTEGER,
        paragraphs INTEGER NOT NULL DEFAULT 0,
        characters INTEGER NOT NULL DEFAULT 0,
        confidence REAL,
        UNIQUE (issue_id, article)
    );
    CREATE INDEX IF NOT EXISTS articles_section ON articles(section);
    CREATE TABLE IF NOT EXISTS blocks (
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        block_index INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        detected_role TEXT NOT NULL,
        role TEXT NOT NULL,
        detected_continues INTEGER NOT NULL DEFAULT 0,
        continues INTEGER NOT NULL DEFAULT 0,
        detected_article INTEGER,
        article INTEGER,
        confidence REAL NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        UNIQUE (issue_id, block_index),
        FOREIGN KEY (issue_id, article) REFERENCES articles(issue_id, article) DEFERRABLE INITIALLY DEFERRED
    );
    CREATE TABLE IF NOT EXISTS people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        roles TEXT NOT NULL DEFAULT '[]',
        first_seen TEXT,
        last_seen TEXT,
        article_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS bylines (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        person_id INTEGER NOT NULL REFERENCES people(id),
        UNIQUE (article_id, position)
    );
    CREATE INDEX IF NOT EXISTS bylines_person ON bylines(person_id);
    CREATE TABLE IF NOT EXISTS campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        aliases TEXT NOT NULL DEFAULT '[]',
        active_from TEXT,
        active_to TEXT,
        color TEXT,
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS article_campaigns (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, campaign_id)
    );
    CREATE INDEX IF NOT EXISTS article_campaigns_campaign ON article_campaigns(campaign_id);
    CREATE TABLE IF NOT EXISTS sections (
        id INTEGER PRIMARY KEY,
        paper TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        UNIQUE (paper, name)
    );
    CREATE TABLE IF NOT EXISTS edit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        issue_id INTEGER REFERENCES issues(id) ON DELETE SET NULL,
        article INTEGER,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT
    );
    CREATE INDEX IF NOT EXISTS edit_log_issue ON edit_log(issue_id);
    """)


@_migration
def m002_full_text_search(db: Database) -> None:
    # Articles that exist already get their rows from Archive._index_missing() after the migration:
    # segmenting needs jieba and the issue model, which a migration should not depend on.
    db.executescript(f"""
    CREATE TABLE IF NOT EXISTS {SEARCH_TABLE} (
        id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        head TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        extra TEXT NOT NULL DEFAULT '',
        people TEXT NOT NULL DEFAULT '',
        digest TEXT NOT NULL
    );
    """)
    ensure_search_index(db)


@_migration
def m003_learning(db: Database) -> None:
    # Learning from corrections: staff people, spellings merged away (aliases), phrases an editor declined as
    # campaigns, and a small key-value table (the training generation, whether the campaigns were seeded).
    columns = {r[1] for r in db.execute("PRAGMA table_info(people)")}
    if "staff" not in columns:
        db.execute("ALTER TABLE people ADD COLUMN staff INTEGER NOT NULL DEFAULT 0")
    # one statement at a time: executescript() would commit the migration's transaction half-way
    for statement in (
        "CREATE TABLE IF NOT EXISTS person_aliases (alias TEXT PRIMARY KEY, "
        "person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE)",
        "CREATE INDEX IF NOT EXISTS person_aliases_person ON person_aliases(person_id)",
        "CREATE TABLE IF NOT EXISTS campaign_dismissed (phrase TEXT PRIMARY KEY, at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS archive_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS articles_status ON articles(status)",
        "INSERT OR IGNORE INTO archive_state (key, value) VALUES ('generation', '0')",
        "INSERT OR IGNORE INTO archive_state (key, value) "
        "SELECT 'campaigns_seeded', '1' WHERE EXISTS (SELECT 1 FROM campaigns)",
    ):
        db.execute(statement)


SCHEMA_VERSION = len(_NAMES)
MIGRATION_NAMES: tuple[str, ...] = tuple(_NAMES)


def ensure_search_index(db: Database) -> None:
    """Create the FTS5 table and its sync triggers, or put back what a `transform()` dropped.

    sqlite-utils' `transform()` silently drops every trigger of a table; this is a no-op when the index
    and its three triggers are in place and rebuilds them (and the index content) otherwise.
    """
    db[SEARCH_TABLE].enable_fts(list(COLUMNS), create_triggers=True, tokenize=FTS_TOKENIZE, replace=True)


def apply_migrations(db: Database) -> list[str]:
    """Apply every pending migration, each in its own transaction; returns the names applied."""
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
        # a migration applied out of order (after a partial downgrade) must not leave a lower version behind
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    ensure_search_index(db)
    return pending
