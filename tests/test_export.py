"""Every export is read back with a real parser and checked against the issue; hostile text stays harmless."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import docx
import jsonschema
import pytest

from editor_app.core.detect.pipeline import detect_file, detect_issue
from editor_app.core.export import ExportError, export_issues, safe_filename
from editor_app.core.export.filenames import article_file_name
from editor_app.core.issue import IssueMeta
from editor_app.core.paths import resource_path

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = """2026年3月2日 星期一 第01版 要闻

<script>alert("x")</script> ]]> ../../etc/passwd

本报记者 林书瑶

本报讯（记者 韩晓松）正文里有 <b>标签</b>、 ]]> 、& 以及控制字符\x01和\x0b，还有 =SUM(A1:A9) 这样的公式开头。

=cmd|'/c calc'!A1 也不能在表格里运行。
"""


@pytest.fixture(scope="module")
def sample():
    issue = detect_file(resource_path("sample-issue.txt"))
    issue.meta.paper = "滨河日报"
    return issue


@pytest.fixture(scope="module")
def hostile():
    return detect_issue(HOSTILE, meta=IssueMeta(paper="测试报", date="2026-03-02"))


def test_json_validates_against_the_shipped_schema(sample, tmp_path):
    out = export_issues([sample], "json", tmp_path / "issue.json")[0]
    data = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(resource_path("issue.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert [a["headline"] for a in data["articles"]] == [v.headline for v in sample.views()]


def test_markdown_and_text_hold_every_article(sample, tmp_path):
    md = export_issues([sample], "md", tmp_path / "issue.md")[0].read_text(encoding="utf-8")
    txt = export_issues([sample], "txt", tmp_path / "issue.txt")[0].read_text(encoding="utf-8")
    for v in sample.views():
        assert v.headline in md.replace("\\", "")
        assert v.headline in txt
        assert v.paragraphs[0] in txt
    assert md.count("\n## ") == len(sample.views())


@pytest.mark.parametrize("bom", [False, True])
def test_csv_reads_back_one_row_per_article(sample, tmp_path, bom):
    out = export_issues([sample], "csv", tmp_path / "issue.csv", csv_bom=bom)[0]
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(sample.views())
    first = sample.views()[0]
    assert rows[0]["headline"] == first.headline
    assert rows[0]["section"] == first.section and rows[0]["page"] == first.page
    assert rows[0]["bylines"] == "; ".join(f"{b.role}:{b.name}" for b in first.bylines)
    assert int(rows[0]["characters"]) == first.characters


def test_nitf_one_document_per_article(sample, tmp_path):
    files = export_issues([sample], "nitf", tmp_path / "nitf")
    views = sample.views()
    assert len(files) == len(views)
    for path, v in zip(sorted(files), views):
        root = ET.parse(path).getroot()
        assert root.tag == "nitf" and root.get("version").startswith("-//IPTC//DTD NITF 3")
        assert root.findtext("head/title") == v.headline
        assert root.findtext("body/body.head/hedline/hl1") == v.headline
        pubdata = root.find("head/pubdata")
        assert pubdata.get("position.section") == v.section
        assert pubdata.get("position.sequence") == str(int(v.page))
        assert [p.text for p in root.findall("body/body.content/p")] == v.paragraphs
        assert [h.text for h in root.findall("body/body.content/hl2")] == v.subheads
        persons = [p.text for p in root.findall("body/body.head/byline/person")]
        assert persons == [b.name for b in v.bylines if b.role != "photographer"]
        assert [k.get("key") for k in root.findall("head/docdata/key-list/keyword")] == v.campaigns
        captions = [m.findtext("media-caption") for m in root.findall("body/body.content/media")]
        assert captions == v.captions
    first = ET.parse(sorted(files)[0]).getroot()
    assert first.findtext("body/body.content/media/media-producer") == "程冠宇"


def test_docx_has_real_heading_styles(sample, tmp_path):
    out = export_issues([sample], "docx", tmp_path / "issue.docx")[0]
    doc = docx.Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [v.headline for v in sample.views()]
    assert any(p.style.name == "Byline" for p in doc.paragraphs)
    assert any(p.style.name == "Photo Caption" for p in doc.paragraphs)
    subheads = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert subheads == [s for v in sample.views() for s in v.subheads]


def test_several_issues_to_docx_make_one_document_each(sample, hostile, tmp_path):
    files = export_issues([sample, hostile], "docx", tmp_path / "docs")
    assert len(files) == 2 and all(docx.Document(str(f)).paragraphs for f in files)


def test_hostile_text_stays_valid_everywhere(hostile, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    files = export_issues([hostile], "nitf", out / "nitf")
    for f in files:
        assert f.resolve().parent == (out / "nitf").resolve()
        root = ET.parse(f).getroot()  # parses: ]]>, <script>, control characters are escaped or removed
        assert "<script>" in root.findtext("head/title")
        assert "\x01" not in ET.tostring(root, encoding="unicode")
    md = export_issues([hostile], "md", out / "x.md")[0].read_text(encoding="utf-8")
    assert "<script>" not in md and "\\<script\\>" in md
    rows = list(csv.reader(io.StringIO(export_issues([hostile], "csv", out / "x.csv")[0].read_text())))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)
    text = export_issues([hostile], "txt", out / "x.txt")[0].read_text(encoding="utf-8")
    assert "\x01" not in text and "\x0b" not in text
    doc = docx.Document(str(export_issues([hostile], "docx", out / "x.docx")[0]))
    assert doc.paragraphs


@pytest.mark.parametrize("name", ["../../etc/passwd", "a/b\\c", "CON", "nul.txt", "   ", "..", "头" * 200,
                                  "x:y*z?\"<>|", "\x00\x1f控制"])
def test_safe_file_names(name):
    safe = safe_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and safe not in (".", "..")
    assert len(safe.encode("utf-8")) <= 150
    assert safe.split(".")[0].upper() not in {"CON", "NUL", "PRN", "AUX"}
    assert not any(c in safe for c in ':*?"<>|') and all(ord(c) >= 32 for c in safe)
    assert article_file_name("2026-03-02", 0, name, ".xml").endswith(".xml")


def test_export_errors_are_one_line_and_leave_old_files(sample, tmp_path):
    target = tmp_path / "keep.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError):
        export_issues([sample], "pdf", target)
    with pytest.raises(ExportError):
        export_issues([sample], "json", tmp_path)  # a folder is not a file name
    assert target.read_text(encoding="utf-8") == "old"
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        import os

        if os.geteuid() == 0:
            pytest.skip("root can write into read-only folders")
        with pytest.raises(ExportError):
            export_issues([sample], "json", ro / "x.json")
    finally:
        ro.chmod(0o700)
