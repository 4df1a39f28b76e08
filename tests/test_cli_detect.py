"""`editor-app detect`: the documented JSON, the text outline, encodings, and one-line errors for bad input."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.model import BYLINE_ROLES, ROLES

FIXTURES = Path(__file__).resolve().parent / "fixtures"

SOURCE_KEYS = {"path", "encoding", "sha256", "chars"}
ARTICLE_KEYS = {"headline", "kicker", "subtitle", "banner", "section", "page", "dateline", "bylines", "paragraphs",
                "subheads", "captions", "campaigns", "start", "end", "confidence"}
BLOCK_KEYS = {"start", "end", "role", "article", "continues_previous", "confidence", "reason"}
OPTIONAL_TEXT = ("headline", "kicker", "subtitle", "banner", "section", "page", "dateline")
TEXT_LISTS = ("paragraphs", "subheads", "captions", "campaigns")


def run_detect(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["detect", *args])
    out, err = capsys.readouterr()
    return code, out, err


def detect_json(capsys, path: Path) -> dict:
    code, out, err = run_detect(capsys, str(path))
    assert code == 0, err
    assert err == ""
    return json.loads(out)


def headlines(data: dict) -> list[str]:
    return [a["headline"] for a in data["articles"]]


# --- JSON -------------------------------------------------------------------------------------------

def test_json_has_every_documented_key_with_its_type(capsys) -> None:
    path = FIXTURES / "byline-forms.txt"
    data = detect_json(capsys, path)
    # the issue lists these keys; more are welcome
    assert {"source", "articles", "blocks"} <= data.keys()
    assert SOURCE_KEYS <= data["source"].keys()
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert data["source"] == {**data["source"], "path": str(path), "encoding": "utf-8",
                              "sha256": hashlib.sha256(raw).hexdigest(), "chars": len(text)}
    assert data["articles"]
    for article in data["articles"]:
        assert ARTICLE_KEYS <= article.keys(), ARTICLE_KEYS - article.keys()
        for key in OPTIONAL_TEXT:
            assert article[key] is None or isinstance(article[key], str), key
        for key in TEXT_LISTS:
            assert isinstance(article[key], list) and all(isinstance(x, str) for x in article[key]), key
        for byline in article["bylines"]:
            assert {"role", "name"} <= byline.keys()
            assert byline["role"] in BYLINE_ROLES
            assert byline["name"] and " " not in byline["name"]
        assert 0 <= article["start"] < article["end"] <= len(text)
        assert 0.0 <= article["confidence"] <= 1.0
    for block in data["blocks"]:
        assert BLOCK_KEYS <= block.keys(), BLOCK_KEYS - block.keys()
        assert block["role"] in ROLES
        assert text[block["start"]:block["end"]].strip()
        assert block["article"] is None or 0 <= block["article"] < len(data["articles"])
        assert isinstance(block["continues_previous"], bool)
        assert 0.0 <= block["confidence"] <= 1.0
        assert isinstance(block["reason"], str)


def test_json_values_of_a_known_article(capsys) -> None:
    data = detect_json(capsys, FIXTURES / "traditional.txt")
    first = data["articles"][0]
    assert first["section"] and first["page"]
    assert {"role": "photographer", "name": "李小明"} in first["bylines"]
    assert data["articles"][1]["dateline"] == "本報訊"
    assert data["articles"][1]["kicker"] is None
    assert data["articles"][1]["subheads"] == []


def test_json_is_the_default_format(capsys) -> None:
    path = str(FIXTURES / "subheads.txt")
    _code, default, _err = run_detect(capsys, path)
    _code, explicit, _err = run_detect(capsys, path, "--format", "json")
    assert json.loads(default) == json.loads(explicit)


def test_text_outline_lists_the_headlines(capsys) -> None:
    path = FIXTURES / "byline-forms.txt"
    expected = headlines(detect_json(capsys, path))
    code, out, err = run_detect(capsys, str(path), "--format", "text")
    assert code == 0 and err == ""
    with pytest.raises(ValueError):
        json.loads(out)
    positions = [out.index(h) for h in expected]
    assert positions == sorted(positions)


# --- encodings and line ends -----------------------------------------------------------------------

@pytest.mark.parametrize("fixture, encoding", [
    ("traditional", "gb18030"), ("traditional", "big5"), ("byline-forms", "gb18030"), ("furniture", "gb18030"),
])
def test_other_encodings_detect_the_same_articles(capsys, tmp_path, fixture: str, encoding: str) -> None:
    original = FIXTURES / f"{fixture}.txt"
    copy = tmp_path / f"{fixture}-{encoding}.txt"
    copy.write_bytes(original.read_text(encoding="utf-8").encode(encoding))
    expected, got = detect_json(capsys, original), detect_json(capsys, copy)
    assert got["source"]["encoding"] == encoding
    assert got["source"]["chars"] == expected["source"]["chars"]
    assert got["articles"] == expected["articles"]


def test_crlf_copy_gives_the_same_headlines(capsys, tmp_path) -> None:
    original = FIXTURES / "byline-forms.txt"
    copy = tmp_path / "crlf.txt"
    copy.write_bytes(original.read_bytes().replace(b"\n", b"\r\n"))
    expected, got = detect_json(capsys, original), detect_json(capsys, copy)
    assert headlines(got) == headlines(expected)
    assert got["articles"] == expected["articles"]


# --- bad input: exit code 2, one line, no traceback ------------------------------------------------

def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    cases = {"missing": tmp_path / "missing.txt", "directory": tmp_path / "folder"}
    cases["directory"].mkdir()
    for name, data in {
        "empty": b"",
        "whitespace": " \n\t\n\u3000\n\u00a0\r\n".encode(),
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        "undecodable": b"abc\x80\xff\x80\xff def",
    }.items():
        cases[name] = tmp_path / f"{name}.txt"
        cases[name].write_bytes(data)
    return cases


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "whitespace", "png", "undecodable"])
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_bad_input_gives_one_line_and_exit_code_2(capsys, tmp_path, case: str, fmt: str) -> None:
    path = _bad_inputs(tmp_path)[case]
    code, out, err = run_detect(capsys, str(path), "--format", fmt)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.endswith("\n")
    assert "Traceback" not in err
    assert str(path) in err


def test_console_module_reports_a_missing_file_without_traceback(tmp_path) -> None:
    missing = tmp_path / "no-such-issue.txt"
    result = subprocess.run([sys.executable, "-m", "editor_app.cli", "detect", str(missing)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert str(missing) in result.stderr
