"""The bad input matrix for `editor-app detect` and `editor-app import` (docs/robustness.md, first table).

Every input either decodes (the right encoding, the right text, the same articles as the UTF-8 original)
or gives one clear line on stderr with exit code 2: never a traceback. A failed import leaves what the
archive already holds exactly as it was. The GUI columns of the table are in tests/gui/test_gui_robust_inputs.py,
which builds its inputs with `make_input` from this module.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor_app import cli
from editor_app.core import textio
from editor_app.core.detect import pipeline
from editor_app.core.storage import Archive, importer

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = REPO_ROOT / "tests" / "fixtures"
SIMPLIFIED = (FIXTURES / "byline-forms.txt").read_text(encoding="utf-8")
TRADITIONAL = (FIXTURES / "traditional.txt").read_text(encoding="utf-8")
# GB18030 proper: a character outside GBK (four bytes in GB18030) in a byline
GB18030_TEXT = SIMPLIFIED.replace("\n\n", "\n\n本报记者 吉𠮷\n\n", 1)
MIXED = (
    "2026年3月2日 星期一 第01版 要闻\n\n"
    "多语种社区服务站开放 Open Day для всех 🎉👩‍👩‍👧🇨🇳\n\n"
    "本报记者 林书瑶\n\n"
    "滨河区国际社区服务站昨天开放，提供中文、English、русский язык、العربية 和 עברית 五种语言服务，"
    "居民可以扫码预约 (QR code) 办理业务😀。\n\n"
    "工作人员说：“‮反向文本‬ 与 ‏مرحبا‎ 都能正常显示。”\n"
)
LIMIT = 64 * 1024  # the max_bytes the "100 MB file" case runs with (the real 100 MB: bench_large_input.py)
LONG_LINE_MB = 10  # detect reads one 10 MB line; import segments every character, so it gets a shorter one
IMPORT_LINE_MB = 1


@dataclass(frozen=True)
class Expect:
    """What an input must give: a decoding (encoding, text) or an error message containing `error`."""

    encoding: str | None = None
    text: str | None = None
    error: str | None = None
    same_articles_as: str | None = None  # the UTF-8 text whose detected articles this input must match


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pixels = zlib.compress(b"\x00\xff\x00\x00" * 4)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def _control_text() -> str:
    # sparse controls (well under 5%): each becomes one space, offsets stay valid
    marks = ["\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9f"]
    lines = SIMPLIFIED.split("\n")
    return "\n".join(line + marks[k % len(marks)] if line and k % 3 == 0 else line for k, line in enumerate(lines))


CASES: dict[str, Expect] = {
    "empty": Expect(error="is empty"),
    "whitespace": Expect(error="holds only blank space, no text"),
    "png": Expect(error="is a binary file (PNG image), not a raw issue text"),
    "zip": Expect(error="is a binary file (ZIP archive or DOCX/XLSX document), not a raw issue text"),
    "sqlite": Expect(error="is a binary file (SQLite database), not a raw issue text"),
    "over-limit": Expect(error="is too large"),
    "under-limit": Expect("utf-8", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "long-line": Expect("utf-8"),
    "utf-8": Expect("utf-8", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "utf-8-bom": Expect("utf-8-sig", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "gb18030": Expect("gb18030", GB18030_TEXT, same_articles_as=GB18030_TEXT),
    "gbk": Expect("gb18030", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "big5": Expect("big5", TRADITIONAL, same_articles_as=TRADITIONAL),
    "utf-16-le-bom": Expect("utf-16-le", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "utf-16-be-bom": Expect("utf-16-be", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "utf-16-le": Expect("utf-16-le", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "utf-16-be": Expect("utf-16-be", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "cr": Expect("utf-8", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "crlf": Expect("utf-8", SIMPLIFIED, same_articles_as=SIMPLIFIED),
    "nul": Expect(error="is a binary file (contains NUL bytes), not a raw issue text"),
    "controls": Expect("utf-8", textio.decode_bytes(_control_text().encode()).text),
    "controls-dense": Expect(error="is a binary file (too many control characters), not a raw issue text"),
    "mixed-scripts": Expect("utf-8", MIXED, same_articles_as=MIXED),
    "directory": Expect(error="is a folder, not a file"),
    "missing": Expect(error="does not exist"),
}


def make_input(case: str, folder: Path, *, line_mb: float = 1) -> Path:
    """Write the input file for `case` into `folder` (created) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{case}.txt"
    data: bytes | None = None
    if case == "empty":
        data = b""
    elif case == "whitespace":
        data = " \t\n\u3000\u3000\n\u00a0\r\n\n\t \u3000\n".encode()
    elif case == "png":
        path, data = folder / "scan.png", _png()
    elif case == "zip":
        path = folder / "issue.zip"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("issue.txt", SIMPLIFIED)
    elif case == "sqlite":
        path = folder / "other.sqlite3"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES (?)", (SIMPLIFIED,))
        conn.commit()
        conn.close()
    elif case == "over-limit":
        data = (SIMPLIFIED * (LIMIT // len(SIMPLIFIED.encode()) + 2)).encode()
    elif case == "under-limit":
        data = SIMPLIFIED.encode()
    elif case == "long-line":
        unit = "".join(SIMPLIFIED.split()).encode()
        data = (unit * int(line_mb * 1024 * 1024 // len(unit) + 1))
    elif case in ("utf-8", "cr", "crlf"):
        text = {"utf-8": SIMPLIFIED, "cr": SIMPLIFIED.replace("\n", "\r"),
                "crlf": SIMPLIFIED.replace("\n", "\r\n")}[case]
        data = text.encode()
    elif case == "utf-8-bom":
        data = codecs.BOM_UTF8 + SIMPLIFIED.encode()
    elif case == "gb18030":
        data = GB18030_TEXT.encode("gb18030")
    elif case == "gbk":
        data = SIMPLIFIED.encode("gbk")
    elif case == "big5":
        data = TRADITIONAL.encode("big5")
    elif case.startswith("utf-16"):
        big = "-be" in case
        data = SIMPLIFIED.encode("utf-16-be" if big else "utf-16-le")
        if case.endswith("-bom"):
            data = (codecs.BOM_UTF16_BE if big else codecs.BOM_UTF16_LE) + data
    elif case == "nul":
        data = SIMPLIFIED.replace("本报", "本\x00报", 1).encode()
    elif case == "controls":
        data = _control_text().encode()
    elif case == "controls-dense":
        data = "".join(c + "\x01\x02" for c in SIMPLIFIED[:400]).encode()
    elif case == "mixed-scripts":
        data = MIXED.encode()
    elif case == "directory":
        path = folder / "a-folder.txt"
        path.mkdir()
    elif case == "missing":
        path = folder / "no-such-issue.txt"
    else:
        raise KeyError(case)
    if data is not None:
        path.write_bytes(data)
    return path


# --- running the CLI in this process ----------------------------------------------------------------

def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, path: Path, expected: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("editor-app: ") and err.endswith("\n")
    assert expected in err and str(path) in err


@functools.cache
def detected_articles(text: str, roster: tuple[str, ...] = ()) -> str:
    """The articles `detect` gives for `text` (with the archive's roster, as an import detects)."""
    issue = pipeline.detect_issue(text, roster=roster)
    return json.dumps(issue.to_json()["articles"], ensure_ascii=False, sort_keys=True)


def _articles(data: dict) -> str:
    return json.dumps(data["articles"], ensure_ascii=False, sort_keys=True)


def limit_reads(monkeypatch, case: str) -> None:
    """For the size-limit cases (the 100 MB file, scaled down): `read_issue_file` with a small max_bytes
    everywhere the CLI reads."""
    if case.endswith("-limit"):
        small = functools.partial(textio.read_issue_file, max_bytes=LIMIT)
        monkeypatch.setattr(pipeline, "read_issue_file", small)
        monkeypatch.setattr(importer, "read_issue_file", small)


@pytest.mark.parametrize("case", list(CASES))
def test_detect_matrix(case, tmp_path, capsys, monkeypatch):
    limit_reads(monkeypatch, case)
    expect = CASES[case]
    path = make_input(case, tmp_path / "in", line_mb=LONG_LINE_MB)
    code, out, err = run_cli(capsys, "detect", str(path))
    if expect.error:
        assert out == ""
        assert_one_line_error(code, err, path, expect.error)
        return
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["source"]["encoding"] == expect.encoding
    if expect.text is not None:
        assert data["source"]["chars"] == len(expect.text)
    assert data["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    if expect.same_articles_as is not None:
        assert _articles(data) == detected_articles(expect.same_articles_as)
    if case == "long-line":
        assert len(data["blocks"]) == 1 and data["source"]["chars"] == len(path.read_text(encoding="utf-8"))


# --- import --------------------------------------------------------------------------------------------

BASE = (FIXTURES / "subheads.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def base_archive(tmp_path_factory) -> Path:
    """A closed archive holding one other issue (what is "already saved")."""
    path = tmp_path_factory.mktemp("base") / "archive.sqlite3"
    with Archive.open(path) as archive:
        archive.import_issue(pipeline.detect_issue(BASE), "subheads.txt")
    return path


def logical_dump(db: Path) -> list[str]:
    """Every row and schema object of the archive, except SQLite's planner statistics; integrity-checked."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return [line for line in conn.iterdump() if "sqlite_stat1" not in line]
    finally:
        conn.close()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", list(CASES))
def test_import_matrix(case, tmp_path, capsys, base_archive, monkeypatch):
    limit_reads(monkeypatch, case)
    expect = CASES[case]
    db = tmp_path / "archive.sqlite3"
    shutil.copy(base_archive, db)
    before = logical_dump(db)
    with Archive.open(db, readonly=True) as archive:
        stored_before = archive.load_issue(1).to_json()
        roster = tuple(sorted(archive.people_names()))
    path = make_input(case, tmp_path / "in", line_mb=IMPORT_LINE_MB)
    code, out, err = run_cli(capsys, "import", "--db", str(db), str(path))
    if expect.error:
        assert out == ""
        assert_one_line_error(code, err, path, expect.error)
        assert logical_dump(db) == before  # nothing already saved changed (and the file is sound)
        return
    assert (code, err) == (0, ""), err
    assert "imported as issue 2" in out
    with Archive.open(db, readonly=True) as archive:
        assert archive.check() == []
        assert archive.load_issue(1).to_json() == stored_before
        (summary,) = [s for s in archive.list_issues() if s.id == 2]
        assert summary.encoding == expect.encoding
        assert summary.sha256 == sha256_of(path)
        issue = archive.load_issue(2)
        if expect.text is not None:
            assert issue.text == expect.text
        if expect.same_articles_as is not None:
            assert _articles(issue.to_json()) == detected_articles(expect.same_articles_as, roster)


def test_failed_import_leaves_the_archive_file_byte_for_byte(tmp_path, capsys, base_archive):
    db = tmp_path / "archive.sqlite3"
    shutil.copy(base_archive, db)
    before = sha256_of(db)
    path = make_input("empty", tmp_path / "in")
    code, _out, _err = run_cli(capsys, "import", "--db", str(db), str(path))
    assert code == 2
    assert sha256_of(db) == before


def test_several_bad_files_fail_alone_and_the_good_one_is_stored(tmp_path, capsys, base_archive):
    db = tmp_path / "archive.sqlite3"
    shutil.copy(base_archive, db)
    bad = [make_input(c, tmp_path / "in") for c in ("empty", "png", "nul", "directory", "missing")]
    good = make_input("gbk", tmp_path / "in")
    code, out, err = run_cli(capsys, "import", "--db", str(db), *map(str, bad), str(good))
    assert code == 2
    assert "Traceback" not in err and len(err.splitlines()) == len(bad)
    assert "1 imported, 0 already in the archive, 5 failed" in out
    with Archive.open(db, readonly=True) as archive:
        assert [s.encoding for s in archive.list_issues()] == ["utf-8", "gb18030"]


# --- a file without read permission: a real process that cannot read it ------------------------------

NOBODY = 65534
DROP_CAPS = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
             "--bounding-set=-dac_override,-dac_read_search"]


def _nobody():
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def unprivileged(tmp_path: Path) -> tuple[list[str], object]:
    """(command prefix, preexec_fn) that runs the venv's Python without the right to read others' files.

    As root, file modes do not stop reads. The first choice is user nobody (65534), which works only if
    that user can read the interpreter, the venv and the repository; else root without the capabilities
    that bypass file modes (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) through `setpriv`. Skips with the
    reason when neither can be had.
    """
    if sys.platform == "win32":
        pytest.skip("POSIX permissions only")
    if os.geteuid() != 0:
        return [], None  # an ordinary user: chmod 0 is enough
    probe = [sys.executable, "-c", "import editor_app.cli"]
    try:
        ok = subprocess.run(probe, preexec_fn=_nobody, capture_output=True, timeout=60).returncode == 0
    except OSError:
        ok = False
    if ok:
        return [], _nobody
    if shutil.which("setpriv"):
        if subprocess.run([*DROP_CAPS, *probe], capture_output=True, timeout=60).returncode == 0:
            return DROP_CAPS, None
    pytest.skip("running as root: user nobody cannot read the venv or the repository (they are under a "
                "private home folder) and `setpriv` cannot drop CAP_DAC_OVERRIDE; no copies are made")


@pytest.mark.parametrize("command", ["detect", "import"])
def test_unreadable_file_in_a_process_that_may_not_read_it(command, tmp_path):
    prefix, preexec = unprivileged(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    path = make_input("utf-8", folder)
    path.chmod(0)
    db = tmp_path / "archive.sqlite3"
    if command == "import":
        with Archive.open(db) as archive:
            archive.import_issue(pipeline.detect_issue(BASE))
        if preexec is not None:  # user nobody must be able to write the archive and its folder
            for p in (tmp_path, db):
                os.chown(p, NOBODY, NOBODY)
        before = logical_dump(db)
    env = {**os.environ}
    if preexec is not None:  # user nobody's own cache, not the session's (root's) one
        env["ISSUE_EDITOR_CACHE"] = str(tmp_path / "cache")
    args = ["detect", str(path)] if command == "detect" else ["import", "--db", str(db), str(path)]
    result = subprocess.run([*prefix, sys.executable, "-m", "editor_app.cli", *args], capture_output=True,
                            text=True, timeout=120, preexec_fn=preexec, env=env)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"editor-app: No permission to read {path}\n"
    if command == "import":
        assert logical_dump(db) == before
    path.chmod(0o644)


def test_the_console_script_reports_bad_input_without_a_traceback(tmp_path):
    """The real entry point in a fresh process (the tests above call cli.main in this one)."""
    script = Path(sys.executable).with_name("editor-app")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "editor_app.cli"]
    for case in ("png", "directory", "nul"):
        path = make_input(case, tmp_path / "in")
        result = subprocess.run([*command, "detect", str(path)], capture_output=True, text=True, timeout=120)
        assert result.returncode == 2
        assert result.stdout == "" and "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1 and CASES[case].error in result.stderr


def test_text_with_a_lone_surrogate_is_stored_and_exported_or_refused_cleanly(tmp_path):
    from editor_app.core.export import ExportError, export_issues
    from editor_app.core.storage import ArchiveError

    issue = pipeline.detect_issue(SIMPLIFIED.replace("本报", "本\ud800报", 1))
    with Archive.open(tmp_path / "archive.sqlite3") as archive:
        try:
            archive.import_issue(issue)
        except ArchiveError:
            pass
    try:
        export_issues([issue], "json", tmp_path / "issue.json")
    except ExportError:
        pass
