"""`editor-app export`: every format from the archive, date ranges, and one-line errors."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import docx
import pytest

from editor_app.cli import main
from editor_app.core.paths import resource_path


@pytest.fixture()
def db(tmp_path, capsys):
    path = tmp_path / "archive.sqlite3"
    assert main(["import", "--db", str(path), "--paper", "滨河日报", str(resource_path("sample-issue.txt"))]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("fmt", ["json", "md", "txt", "csv", "nitf", "docx"])
def test_every_format_from_the_archive(db, tmp_path, capsys, fmt):
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "1", "--db", str(db), "--format", fmt, "--out", str(out)]) == 0
    assert "exported 1 issue" in capsys.readouterr().out
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["issue"]["paper"] == "滨河日报" and len(data["articles"]) == 13
    elif fmt == "csv":
        assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 13
    elif fmt == "nitf":
        files = sorted(out.glob("*.xml"))
        assert len(files) == 13 and ET.parse(files[0]).getroot().tag == "nitf"
    elif fmt == "docx":
        assert [p for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    else:
        assert "滨河区38条河道实现" in out.read_text(encoding="utf-8")


def test_date_range_and_errors(db, tmp_path, capsys):
    out = tmp_path / "range.csv"
    assert main(["export", "--db", str(db), "--from", "2026-03-01", "--to", "2026-03-31", "--format", "csv",
                 "--out", str(out), "--bom"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--from", "2020-01-01", "--to", "2020-01-02", "--out", str(out)]) == 2
    assert main(["export", "--db", str(db), "--out", str(out)]) == 2
    assert main(["export", "1", "--db", str(db), "--format", "md", "--out", "-"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("editor-app: ") for line in err)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # the failed exports left the earlier file alone
