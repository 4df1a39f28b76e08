"""Faults injected into real processes and file systems (docs/robustness.md, "Faults").

- SIGKILL during `Archive.save_issue` (once held right before COMMIT, and at random moments of a save loop):
  the archive opens, passes `PRAGMA integrity_check` (and the FTS index's own check), and holds the old or the
  new state, never a mix (blocks, records and the derived article rows agree).
- SIGKILL during the recovery journal writer (`RecoveryJournal.write`, what the GUI's autosave calls) and
  during an export: the file is the old or the new complete JSON, and the next start offers the journal.
- Two processes on one archive: the second gets a clear ArchiveError within a few seconds (or reads).
- Disk full (a real 1 MB tmpfs when mounting is allowed; always also simulated: ENOSPC from fsync in the
  atomic writer, `PRAGMA max_page_count` in SQLite) and a read-only folder (`chattr +i`): one clear error,
  and the previous file intact.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from editor_app import cli
from editor_app.core import commands as C
from editor_app.core.atomic import WriteError, atomic_write_text
from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.export import ExportError, export_issues
from editor_app.core.storage import Archive, ArchiveError
from editor_app.core.storage import schema as storage_schema
from editor_app.gui import journal

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL") or sys.platform == "win32",
                                reason="needs POSIX signals and file systems")

FAULTS: Counter[str] = Counter()
TEXT = (Path(__file__).resolve().parent / "fixtures" / "byline-forms.txt").read_text(encoding="utf-8")
OTHER = (Path(__file__).resolve().parent / "fixtures" / "subheads.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    print("\nfault counts:", dict(FAULTS))
    target = os.environ.get("ISSUE_EDITOR_ROBUST_COUNTS")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"module": "faults", **FAULTS}) + "\n")


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def logical_dump(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump() if "sqlite_stat1" not in line]
    finally:
        conn.close()


def state_key(issue) -> str:
    """The issue's edit state as a string (comparable across processes)."""
    return json.dumps(C.issue_state(issue), ensure_ascii=False)


# The two edited versions every child makes from the stored issue, the same way each time.
EDITS = r"""
from editor_app.core import commands as C

def edited(issue, which):
    ids = issue.article_ids()
    if which == "A":
        C.set_field(issue, ids[0], "headline", "甲版本的标题").apply(issue)
        C.set_status(issue, ids[-1], "reviewed").apply(issue)
        body = next(b.index for b in issue.blocks if b.role == "body" and b.article == ids[0])
        C.set_role(issue, [body], "caption").apply(issue)
    else:
        blocks = issue.blocks_of(ids[0])
        C.split_article(issue, blocks[len(blocks) // 2].index).apply(issue)
        C.merge_articles(issue, ids[1], +1).apply(issue)
        C.set_field(issue, ids[-1], "bylines", [{"role": "reporter", "name": "乙记者"}]).apply(issue)
        C.add_campaign(issue, ids[0], "接诉即办").apply(issue)
    return issue
"""

SAVE_CHILD = EDITS + r"""
import json, sys, time
from editor_app.core.storage import Archive

db, mode, out = sys.argv[1], sys.argv[2], sys.argv[3]
archive = Archive.open(db)
versions = {k: edited(archive.load_issue(1), k) for k in "AB"}
armed = []
writing = []

def trace(statement):
    word = statement.strip().upper()
    if word == "BEGIN IMMEDIATE":  # a write transaction (reads use a plain BEGIN ... COMMIT)
        writing.append(True)
    elif armed and writing and word == "COMMIT":
        print("in-commit", flush=True)  # every row of the save is written; the COMMIT has not run
        time.sleep(120)
    elif word in ("COMMIT", "ROLLBACK"):
        writing.clear()

archive.conn.set_trace_callback(trace)
print("ready", flush=True)
if mode == "hook":
    # a one-page cache spills the save's dirty pages into the WAL before COMMIT: uncommitted frames on disk
    archive.conn.execute("PRAGMA cache_size = 1")
    armed.append(True)
    archive.save_issue(1, versions["A"])
else:
    k = 0
    while True:
        which = "AB"[k % 2]
        archive.save_issue(1, versions[which])
        print("saved", which, flush=True)
        k += 1
"""


@pytest.fixture()
def archive_file(tmp_path) -> Path:
    path = tmp_path / "archive.sqlite3"
    with Archive.open(path) as archive:
        archive.import_issue(detect_issue(TEXT), "byline-forms.txt")
        archive.import_issue(detect_issue(OTHER), "subheads.txt")
    return path


def expected_states(db: Path) -> dict[str, str]:
    namespace: dict = {}
    exec(EDITS, namespace)  # the same edits the children make (test code, not product code)
    with Archive.open(db, readonly=True) as archive:
        old = archive.load_issue(1)
        states = {"old": state_key(old)}
        for which in "AB":
            states[which] = state_key(namespace["edited"](archive.load_issue(1), which))
    assert len(set(states.values())) == 3
    return states


def assert_sound_and_whole(db: Path, allowed: dict[str, str]) -> str:
    """The archive after a crash: sound, and issue 1 in exactly one of the `allowed` states; returns which."""
    conn = sqlite3.connect(db)  # a plain connection first: it also replays or discards the WAL
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    with Archive.open(db) as archive:
        assert archive.check() == []
        fts = storage_schema.FTS_TABLE
        archive.conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        issue = archive.load_issue(1)
        key = state_key(issue)
        names = [name for name, state in allowed.items() if state == key]
        assert names, "issue 1 is in none of the allowed states"
        # the derived rows were written in the same transaction as the blocks: they agree with them
        rows = archive.conn.execute("SELECT article, position, headline FROM articles WHERE issue_id = 1 "
                                    "AND position IS NOT NULL ORDER BY position").fetchall()
        assert rows == [(v.id, v.position, v.headline) for v in issue.views()]
        assert len(archive.list_issues()) == 2
        assert archive.load_issue(2).to_json() == detect_issue(OTHER).to_json() | {
            "source": archive.load_issue(2).to_json()["source"]}
    return names[0]


def kill(child: subprocess.Popen) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def start(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def read_line(child: subprocess.Popen, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    line = child.stdout.readline()
    assert line, child.stderr.read()
    assert time.monotonic() < deadline
    return line.strip()


def test_sigkill_right_before_commit_of_a_save_keeps_the_old_state(archive_file, tmp_path):
    states = expected_states(archive_file)
    child = start(SAVE_CHILD, str(archive_file), "hook", str(tmp_path))
    try:
        assert read_line(child) == "ready"
        assert read_line(child) == "in-commit"
        assert Path(f"{archive_file}-wal").stat().st_size > 0  # uncommitted frames of the save are in the WAL
        kill(child)
        FAULTS["SIGKILL during save"] += 1
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert assert_sound_and_whole(archive_file, states) == "old"


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sigkill_at_a_random_moment_of_repeated_saves(archive_file, tmp_path, seed):
    states = expected_states(archive_file)
    rng = random.Random(seed)
    child = start(SAVE_CHILD, str(archive_file), "loop", str(tmp_path))
    saved: list[str] = []
    try:
        assert read_line(child) == "ready"
        for _ in range(rng.randint(1, 4)):
            saved.append(read_line(child).split()[-1])
        time.sleep(rng.uniform(0, 0.08))  # somewhere inside the next save (one takes ~20-60 ms)
        kill(child)
        FAULTS["SIGKILL during save"] += 1
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    found = assert_sound_and_whole(archive_file, {"A": states["A"], "B": states["B"]})
    assert found in ("A", "B") and saved


# --- the recovery journal (autosave) and exports --------------------------------------------------------

WRITER_CHILD = EDITS + r"""
import json, os, sys, time
from pathlib import Path
from editor_app.core.detect.pipeline import detect_issue
from editor_app.core.export import export_issues
from editor_app.gui import journal

folder, mode, text_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
text = Path(text_path).read_text(encoding="utf-8")
versions = {k: edited(detect_issue(text), k) for k in "AB"}
log = journal.RecoveryJournal(folder)
target = folder / "export.json"

def write(which):
    if mode == "export":
        export_issues([versions[which]], "json", target)
    else:
        log.write(versions[which], source_name="issue.txt", file_path=text_path, archive_id=None, edits=3)

write("A")  # a complete first version
print("path", log.path if mode != "export" else target, flush=True)
if mode == "hook":
    real_fsync = os.fsync
    def slow_fsync(fd):
        real_fsync(fd)
        print("in-write", flush=True)  # the temp file is complete; the rename has not happened
        time.sleep(120)
    os.fsync = slow_fsync
    write("B")
else:
    k = 1
    while True:
        which = "AB"[k % 2]
        write(which)
        print("wrote", which, flush=True)
        k += 1
"""


def writer_states(text_path: Path) -> dict[str, str]:
    namespace: dict = {}
    exec(EDITS, namespace)
    text = text_path.read_text(encoding="utf-8")
    return {k: state_key(namespace["edited"](detect_issue(text), k)) for k in "AB"}


@pytest.mark.parametrize("mode, seed", [("hook", 0), ("loop", 1), ("loop", 2), ("loop", 3), ("export", 4)])
def test_sigkill_while_writing_the_journal_or_an_export(tmp_path, mode, seed):
    folder = tmp_path / "recovery"
    folder.mkdir()
    text_path = tmp_path / "issue.txt"
    text_path.write_text(TEXT, encoding="utf-8")
    states = writer_states(text_path)
    rng = random.Random(seed)
    child = start(WRITER_CHILD, str(folder), mode, str(text_path))
    try:
        path = Path(read_line(child).split(" ", 1)[1])
        if mode == "hook":
            assert read_line(child) == "in-write"
        else:
            for _ in range(rng.randint(1, 5)):
                read_line(child)
            time.sleep(rng.uniform(0, 0.02))
        kill(child)
        FAULTS["SIGKILL during journal/export write"] += 1
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if mode == "export":
        data = json.loads(path.read_text(encoding="utf-8"))  # complete JSON
        headline = data["articles"][0]["headline"]
        assert headline in ("甲版本的标题", detect_issue(TEXT).views()[0].headline)
        return
    data = journal.read(path)  # complete JSON in the journal format
    restored = journal.issue_from_dict(data["issue"])
    key = state_key(restored)
    assert key == states["A"] if mode == "hook" else key in states.values()
    # the next start offers it: the writer is dead, its journal is found and loads
    entries = journal.find_recoverable(folder)
    assert [e.path for e in entries] == [path]
    assert state_key(entries[0].load()) == key
    leftovers = list(folder.glob(".*.tmp"))
    FAULTS["journal temp files left behind"] += len(leftovers)
    assert all(p.name.startswith(f".{path.name}.") for p in leftovers)
    # the next start clears them (their writer is dead); the journal itself stays
    assert journal.remove_stale_temp_files(folder) == len(leftovers)
    assert not list(folder.glob(".*.tmp")) and path.exists()


# --- two processes on one archive ---------------------------------------------------------------------------

def _hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_write_that_waits_for_the_lock_reports_the_wait_and_goes_on_once_it_is_free(archive_file):
    waits: list[float] = []
    with Archive.open(archive_file, timeout=5.0) as archive:
        other = _hold_write_lock(archive_file)
        FAULTS["second process on a locked archive"] += 1

        def on_busy(waited: float) -> None:
            waits.append(waited)
            if len(waits) == 3:
                other.execute("ROLLBACK")  # the other program finishes its write

        archive.on_busy = on_busy
        issue = archive.load_issue(1)
        C.set_field(issue, issue.article_ids()[0], "headline", "等到了锁的标题").apply(issue)
        archive.save_issue(1, issue, "tester", "save")
        other.close()
        assert state_key(archive.load_issue(1)) == state_key(issue)
    assert len(waits) >= 3 and waits == sorted(waits) and waits[-1] < 5.0


def test_a_write_that_waits_too_long_says_the_archive_is_in_use_and_writes_nothing(archive_file):
    states = expected_states(archive_file)
    waits: list[float] = []
    other = _hold_write_lock(archive_file)
    FAULTS["second process on a locked archive"] += 1
    try:
        started = time.monotonic()
        with pytest.raises(ArchiveError) as err:
            Archive.open(archive_file, timeout=1.0, on_busy=waits.append)  # the opening probe waits
        assert err.value.kind == "locked" and "still locked after 1 s" in str(err.value)
        assert 0.9 < time.monotonic() - started < 3.0
        assert len(waits) >= 5 and all(w < 1.0 for w in waits)  # called every slice (0.1 s), not once at the end
    finally:
        other.close()
    with Archive.open(archive_file, readonly=True) as reader:
        assert state_key(reader.load_issue(1)) == states["old"]


def test_a_second_process_gets_a_clear_error_or_reads_never_a_freeze(archive_file, tmp_path, capsys):
    states = expected_states(archive_file)
    holder = start(SAVE_CHILD, str(archive_file), "hook", str(tmp_path))
    try:
        assert read_line(holder) == "ready"
        assert read_line(holder) == "in-commit"  # the holder is inside a write transaction
        FAULTS["second process on a locked archive"] += 1
        started = time.monotonic()
        with pytest.raises(ArchiveError) as err:
            Archive.open(archive_file)  # the window's and the CLI's way: default timeout
        waited = time.monotonic() - started
        assert err.value.kind == "locked" and "in use by another program" in str(err.value)
        assert "\n" not in str(err.value)
        assert waited < 8.0  # DEFAULT_TIMEOUT (5 s) and a little: never a freeze
        started = time.monotonic()
        with Archive.open(archive_file, readonly=True) as reader:  # reading works meanwhile
            assert state_key(reader.load_issue(1)) == states["old"]
        assert time.monotonic() - started < 3.0
        code = cli.main(["list", "--db", str(archive_file)])
        assert code == 0
        code = cli.main(["import", "--db", str(archive_file), str(tmp_path / "nothing.txt")])
        out, err_text = capsys.readouterr()
        assert code == 2 and len(err_text.splitlines()) == 1 and "in use by another program" in err_text
        kill(holder)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    started = time.monotonic()
    with Archive.open(archive_file) as archive:  # the lock went with the dead process
        assert state_key(archive.load_issue(1)) == states["old"]
    assert time.monotonic() - started < 3.0


# --- disk full -----------------------------------------------------------------------------------------------

@pytest.fixture()
def tiny_disk(tmp_path):
    """A real 1 MB tmpfs (needs the right to mount); skipped where it cannot be had."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if not shutil.which("mount"):
        pytest.skip("no mount command: disk full is simulated only (see the *_simulated tests)")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(mount_point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs ({result.stderr.strip() or 'no privileges'}): disk full is "
                    "simulated only (see the *_simulated tests)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the file system holding `folder` to the last byte; returns the filler file (delete to free)."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 4096, 512, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


def test_disk_full_when_importing_and_saving(tiny_disk, archive_file):
    db = tiny_disk / "archive.sqlite3"
    shutil.copy(archive_file, db)
    archive = Archive.open(db)
    try:
        issue = archive.load_issue(1)
        before = logical_dump(db)
        filler = fill(tiny_disk)
        FAULTS["disk full (tmpfs)"] += 2
        # a save of many edits
        namespace: dict = {}
        exec(EDITS, namespace)
        namespace["edited"](issue, "B")
        with pytest.raises(ArchiveError) as err:
            archive.save_issue(1, issue)
        assert "\n" not in str(err.value)
        # an import of a new issue (bigger than the space left)
        with pytest.raises(ArchiveError) as err:
            archive.import_issue(detect_issue(OTHER + "\n\n" + TEXT * 6))
        assert "is full" in str(err.value)
    finally:
        archive.close()
    assert logical_dump(db) == before
    filler.unlink()
    with Archive.open(db) as archive:  # space again: the archive is sound and the save goes through
        assert archive.check() == []
        assert archive.save_issue(1, issue)
        assert state_key(archive.load_issue(1)) == state_key(issue)


def test_disk_full_when_exporting_and_writing_the_journal(tiny_disk):
    issue = detect_issue(TEXT)
    target = tiny_disk / "issue.json"
    export_issues([issue], "json", target)
    old_export = sha256_of(target)
    log = journal.RecoveryJournal(tiny_disk / "recovery")
    log.write(issue, source_name="issue.txt", file_path=None, archive_id=None, edits=1)
    old_journal = sha256_of(log.path)
    filler = fill(tiny_disk)
    C.set_field(issue, issue.article_ids()[0], "headline", "新标题" * 2000).apply(issue)
    for fmt, out in (("json", target), ("md", tiny_disk / "issue.md"), ("nitf", tiny_disk / "nitf"),
                     ("docx", tiny_disk / "issue.docx")):
        FAULTS["disk full (tmpfs)"] += 1
        try:
            export_issues([issue], fmt, out)
        except ExportError as exc:
            assert "\n" not in str(exc) and "No space left on device" in str(exc)
        else:  # a tiny file may still fit in a partly used block; then it must be whole
            assert fmt != "json"
    assert sha256_of(target) == old_export
    FAULTS["disk full (tmpfs)"] += 1
    with pytest.raises(WriteError):
        log.write(issue, source_name="issue.txt", file_path=None, archive_id=None, edits=2)
    assert sha256_of(log.path) == old_journal
    assert not list(tiny_disk.rglob(".*.tmp"))
    filler.unlink()


def test_disk_full_simulated_in_the_atomic_writer(tmp_path, monkeypatch):
    issue = detect_issue(TEXT)
    target = tmp_path / "issue.json"
    export_issues([issue], "json", target)
    old_export = sha256_of(target)
    log = journal.RecoveryJournal(tmp_path / "recovery")
    log.write(issue, source_name="issue.txt", file_path=None, archive_id=None, edits=1)
    old_journal = sha256_of(log.path)

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", no_space)
        C.set_field(issue, issue.article_ids()[0], "headline", "新标题").apply(issue)
        for fmt, out in (("json", target), ("md", tmp_path / "x.md"), ("txt", tmp_path / "x.txt"),
                         ("csv", tmp_path / "x.csv"), ("nitf", tmp_path / "nitf"), ("docx", tmp_path / "x.docx")):
            FAULTS["ENOSPC simulated (fsync)"] += 1
            with pytest.raises(ExportError) as err:
                export_issues([issue], fmt, out)
            assert str(err.value).startswith("cannot write ") and "No space left on device" in str(err.value)
        with pytest.raises(WriteError):
            log.write(issue, source_name="issue.txt", file_path=None, archive_id=None, edits=2)
        FAULTS["ENOSPC simulated (fsync)"] += 1
        with pytest.raises(WriteError):
            atomic_write_text(tmp_path / "settings.ini", "x")
        FAULTS["ENOSPC simulated (fsync)"] += 1
    assert sha256_of(target) == old_export and sha256_of(log.path) == old_journal
    assert not (tmp_path / "x.md").exists() and not list(tmp_path.rglob(".*.tmp"))


def test_disk_full_simulated_in_sqlite(archive_file):
    with Archive.open(archive_file) as archive:
        before = logical_dump(archive_file)
        old = state_key(archive.load_issue(1))
        pages = archive.conn.execute("PRAGMA page_count").fetchone()[0]
        archive.conn.execute(f"PRAGMA max_page_count = {pages}")  # not one page more: the "disk" is full
        FAULTS["SQLITE_FULL simulated (max_page_count)"] += 2
        with pytest.raises(ArchiveError) as err:
            archive.import_issue(detect_issue(TEXT + "\n\n" + OTHER * 3))
        assert "is full" in str(err.value) and "\n" not in str(err.value)
        assert logical_dump(archive_file) == before
        issue = archive.load_issue(1)
        namespace: dict = {}
        exec(EDITS, namespace)
        namespace["edited"](issue, "B")
        C.set_field(issue, issue.article_ids()[0], "headline", "很长的新标题" * 400).apply(issue)
        try:  # may fit in the pages the file has; if not, one clear error and nothing written
            archive.save_issue(1, issue)
        except ArchiveError as exc:
            assert "is full" in str(exc) and "\n" not in str(exc)
        assert state_key(archive.load_issue(1)) in (old, state_key(issue))
        assert archive.check() == []


# --- a read-only folder ----------------------------------------------------------------------------------------

@pytest.fixture()
def read_only_folder(tmp_path):
    """A folder nobody can create or rename files in: chattr +i as root (root ignores file modes), else
    chmod 555. Yields a function that makes it read-only; the flag is removed afterwards."""
    folder = tmp_path / "ro"
    folder.mkdir()
    undo: list[list[str]] = []

    def lock() -> None:
        if os.geteuid() == 0:
            if not shutil.which("chattr"):
                pytest.skip("running as root without chattr: a read-only folder cannot be made")
            result = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
            if result.returncode != 0:
                pytest.skip(f"chattr +i is not allowed here ({result.stderr.strip()}); a read-only bind mount "
                            "would need the same privilege")
            undo.append(["chattr", "-i", str(folder)])
        else:
            folder.chmod(0o555)

    try:
        yield folder, lock
    finally:
        for command in undo:
            subprocess.run(command, check=True)
        folder.chmod(0o755)


def test_read_only_folder_when_exporting_and_autosaving(read_only_folder):
    folder, lock = read_only_folder
    issue = detect_issue(TEXT)
    target = folder / "issue.json"
    export_issues([issue], "json", target)
    log = journal.RecoveryJournal(folder)
    log.write(issue, source_name="issue.txt", file_path=None, archive_id=None, edits=1)
    hashes = {p: sha256_of(p) for p in (target, log.path)}
    lock()
    FAULTS["read-only folder"] += 3
    C.set_field(issue, issue.article_ids()[0], "headline", "新标题").apply(issue)
    with pytest.raises(ExportError) as err:
        export_issues([issue], "json", target)
    assert "\n" not in str(err.value) and str(target) in str(err.value)
    with pytest.raises(ExportError):
        export_issues([issue], "md", folder / "issue.md")
    with pytest.raises(WriteError):
        log.write(issue, source_name="issue.txt", file_path=None, archive_id=None, edits=2)
    assert {p: sha256_of(p) for p in hashes} == hashes
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in hashes)


@pytest.mark.parametrize("fmt", ["nitf", "docx"])
def test_read_only_folder_when_exporting_to_a_new_folder(read_only_folder, fmt):
    folder, lock = read_only_folder
    issue = detect_issue(TEXT)
    lock()
    FAULTS["read-only folder"] += 1
    with pytest.raises(ExportError) as err:
        export_issues([issue, detect_issue(OTHER)], fmt, folder / "out")
    assert "\n" not in str(err.value)


def test_read_only_folder_when_saving_the_archive_leaves_it_intact(read_only_folder, archive_file):
    folder, lock = read_only_folder
    db = folder / "archive.sqlite3"
    shutil.copy(archive_file, db)
    before = sha256_of(db)
    lock()
    FAULTS["read-only folder"] += 1
    with pytest.raises(ArchiveError) as err:
        Archive.open(db)
    assert "\n" not in str(err.value) and str(db) in str(err.value)
    assert sha256_of(db) == before and [p.name for p in folder.iterdir()] == [db.name]


def test_read_only_folder_archive_is_browsable_and_the_error_says_read_only(read_only_folder, archive_file):
    folder, lock = read_only_folder
    db = folder / "archive.sqlite3"
    shutil.copy(archive_file, db)
    lock()
    with pytest.raises(ArchiveError) as err:
        Archive.open(db)
    assert err.value.kind == "readonly"
    with Archive.open(db, readonly=True) as reader:
        assert len(reader.list_issues()) == 2
