"""Archive files that cannot be used: one ArchiveError each, and the file left byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.storage import Archive, ArchiveError, schema

TEXT = """2026年3月2日 星期一 第01版 要闻

滨河区为小微企业减负

本报记者 林书瑶

今年以来，滨河区出台12项措施支持小微企业发展，全年预计减免租金3000余万元。

区市场监管局负责人介绍，全区新登记小微企业1200余家，同比增长15%。
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def archive_file(tmp_path) -> Path:
    """A closed archive holding one issue (closing checkpoints the WAL into the file)."""
    path = tmp_path / "archive.sqlite3"
    with Archive.open(path) as a:
        a.import_issue(detect_issue(TEXT))
    assert not Path(f"{path}-wal").exists()
    return path


def refused(path: Path, kind: str, **options) -> ArchiveError:
    """Open must fail with `kind`, in one line, and leave the file's bytes alone."""
    before = sha256(path)
    with pytest.raises(ArchiveError) as err:
        Archive.open(path, timeout=0.3, **options)
    assert err.value.kind == kind, str(err.value)
    assert "\n" not in str(err.value) and str(path) in str(err.value)
    assert sha256(path) == before
    return err.value


def test_read_only_file(archive_file):
    if os.geteuid() == 0:  # root writes through file modes; the immutable flag stops even root
        if subprocess.run(["chattr", "+i", str(archive_file)], capture_output=True).returncode != 0:
            pytest.skip("running as root without chattr +i")
        undo = ["chattr", "-i", str(archive_file)]
    else:
        archive_file.chmod(0o444)
        undo = None
    try:
        refused(archive_file, "readonly")
        with Archive.open(archive_file, readonly=True) as ro:  # reading it is fine
            assert len(ro.list_issues()) == 1
    finally:
        if undo:
            subprocess.run(undo, check=True)
        archive_file.chmod(0o644)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_locked_by_another_process(archive_file, journal):
    if journal == "delete":  # as on a network share: an exclusive lock then blocks readers too
        conn = sqlite3.connect(archive_file)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.read()\n", str(archive_file)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        error = refused(archive_file, "locked")
        assert "in use by another program" in str(error)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with Archive.open(archive_file) as a:  # usable again once the other program lets go
        assert len(a.list_issues()) == 1


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


@pytest.mark.parametrize("damage", ["page", "truncated", "header"])
def test_corrupt_file(archive_file, damage):
    data = bytearray(archive_file.read_bytes())
    page = _page_size(archive_file)
    if damage == "page":  # a table page in the middle overwritten with garbage
        data[page * 2:page * 3] = bytes((i * 7 + 3) % 256 for i in range(page))
    elif damage == "truncated":
        data = data[:len(data) // 2 // page * page + 100]
    else:  # the header's page size and format bytes
        data[16:24] = b"\x00\x07\x09\x09\x00\x00\x00\x00"
    archive_file.write_bytes(bytes(data))
    error = refused(archive_file, "corrupt")
    assert "damaged" in str(error)


@pytest.mark.parametrize("content", [
    "滨河区为小微企业减负\n".encode(),
    b"\x89PNG\r\n\x1a\n" + bytes(200),
    b"SQLite format 2\x00" + bytes(100),
])
def test_not_a_sqlite_file(tmp_path, content):
    path = tmp_path / "archive.sqlite3"
    path.write_bytes(content)
    refused(path, "not_sqlite")
    refused(path, "not_sqlite", readonly=True)


def test_someone_elses_sqlite_database(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    refused(path, "not_archive")


def test_archive_from_a_newer_version(archive_file):
    conn = sqlite3.connect(archive_file)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    error = refused(archive_file, "newer")
    assert "newer version" in str(error)
    refused(archive_file, "newer", readonly=True)


def test_newer_version_seen_by_its_migrations_too(archive_file):
    conn = sqlite3.connect(archive_file)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('issue_editor_archive', 'm003_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    refused(archive_file, "newer")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArchiveError) as err:
        Archive.open(tmp_path / "none.sqlite3", create=False)
    assert err.value.kind == "missing"
    with pytest.raises(ArchiveError) as err:
        Archive.open(tmp_path / "no-folder" / "a.sqlite3")
    assert err.value.kind == "io" and not (tmp_path / "no-folder").exists()
    with pytest.raises(ArchiveError) as err:
        Archive.open(tmp_path)
    assert err.value.kind == "not_archive"


def test_empty_file_becomes_an_archive(tmp_path):
    path = tmp_path / "a.sqlite3"
    path.touch()
    with pytest.raises(ArchiveError):
        Archive.open(path, readonly=True)
    assert path.stat().st_size == 0
    with Archive.open(path) as a:
        assert a.schema_version() == schema.SCHEMA_VERSION
