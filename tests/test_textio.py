"""Tests for editor_app.core.textio: encoding detection, normalisation, binary and file errors."""

from __future__ import annotations

import codecs
import hashlib
import os
import random
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.textio import (
    SUPPORTED_ENCODINGS,
    DecodedText,
    InputError,
    decode_bytes,
    normalize_newlines,
    read_issue_file,
)

SIMPLIFIED = (
    "本报讯（记者 王晓明 通讯员 李华）昨天上午，市委书记张伟一行到我市高新区调研科技创新工作。\n"
    "他强调：“要坚持创新驱动发展战略，加快建设科技创新中心！”企业负责人介绍，今年上半年公司营业收入"
    "同比增长百分之三十二，新增发明专利十五项。\n"
    "本报记者 赵刚 摄\n"
)
TRADITIONAL_SHORT = "本報記者 張三 攝"
TRADITIONAL = (
    "本報訊（記者張三）台北市政府昨日宣布，將於明年起擴大推動社會住宅政策，預計興建兩萬戶，"
    "以協助年輕人與弱勢家庭解決居住問題。市長表示：「這是市府最重要的施政目標之一！」\n"
    "記者會上，都市發展局長說明，新建住宅將優先安排在捷運站周邊，租金約為市價的七成。\n"
    "本報記者 張三 攝\n"
)
PUNCTUATION = "（），：！？“”。、"
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def expected_text(text: str) -> str:
    """What decode_bytes should make of ``text``: newlines normalised, controls turned into spaces."""
    return CONTROL_RE.sub(" ", normalize_newlines(text))


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data", "encoding"),
    [
        pytest.param(SIMPLIFIED, SIMPLIFIED.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(TRADITIONAL, TRADITIONAL.encode("utf-8"), "utf-8", id="utf-8-traditional"),
        pytest.param(SIMPLIFIED, codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(SIMPLIFIED, SIMPLIFIED.encode("gb18030"), "gb18030", id="gb18030"),
        pytest.param(SIMPLIFIED, SIMPLIFIED.encode("gbk"), "gb18030", id="gbk"),
        pytest.param(SIMPLIFIED, SIMPLIFIED.encode("gb2312"), "gb18030", id="gb2312"),
        pytest.param(TRADITIONAL, TRADITIONAL.encode("gbk"), "gb18030", id="gbk-traditional"),
        pytest.param(
            "姓名：吉𠮷（€）\n", "姓名：吉𠮷（€）\n".encode("gb18030"), "gb18030", id="gb18030-4-byte"
        ),
        pytest.param(TRADITIONAL, TRADITIONAL.encode("big5"), "big5", id="big5-long"),
        pytest.param(TRADITIONAL_SHORT, TRADITIONAL_SHORT.encode("big5"), "big5", id="big5-byline"),
        pytest.param(
            SIMPLIFIED, codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le", id="le-bom"
        ),
        pytest.param(
            SIMPLIFIED, codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be", id="be-bom"
        ),
        pytest.param(SIMPLIFIED, SIMPLIFIED.encode("utf-16-le"), "utf-16-le", id="le-no-bom"),
        pytest.param(SIMPLIFIED, SIMPLIFIED.encode("utf-16-be"), "utf-16-be", id="be-no-bom"),
        pytest.param(TRADITIONAL, TRADITIONAL.encode("utf-16-le"), "utf-16-le", id="le-no-bom-trad"),
        pytest.param(TRADITIONAL, TRADITIONAL.encode("utf-16-be"), "utf-16-be", id="be-no-bom-trad"),
        pytest.param("Page 1\nHello\n", "Page 1\nHello\n".encode("utf-16-le"), "utf-16-le", id="le-ascii"),
        pytest.param("Page 1\nHello\n", "Page 1\nHello\n".encode("utf-16-be"), "utf-16-be", id="be-ascii"),
    ],
)
def test_round_trip(text: str, data: bytes, encoding: str) -> None:
    result = decode_bytes(data)
    assert result == DecodedText(
        text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), size=len(data)
    )
    assert result.encoding in SUPPORTED_ENCODINGS


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_lower_case_latin(encoding: str) -> None:
    # Read in the wrong byte order, lower-case letters and spaces are all CJK ideographs too.
    text = "hello world this is lower case text\n"
    result = decode_bytes(text.encode(encoding))
    assert (result.encoding, result.text) == (encoding, text)


def test_utf16_without_bom_mostly_cjk_with_ideographic_spaces() -> None:
    # U+3000 and 一 (U+4E00) put NUL bytes on the "wrong" side; the text check still finds the order.
    text = "　　一一一本报讯（记者 王）一版一一。\n　　第一二三条一律执行。\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        result = decode_bytes(text.encode(encoding))
        assert (result.encoding, result.text) == (encoding, text)


@pytest.mark.parametrize(
    "text", ["中国", "新闻", "本报记者 张三 摄", "经济", "北京", "人民日报", "通讯员：李华"]
)
def test_short_gb18030(text: str) -> None:
    result = decode_bytes(text.encode("gb18030"))
    assert (result.encoding, result.text) == ("gb18030", text)


@pytest.mark.parametrize(
    "text", [TRADITIONAL_SHORT, "新聞", "臺灣", "國際新聞", "記者", "經濟日報", "本報訊", "張三 攝"]
)
def test_short_big5(text: str) -> None:
    result = decode_bytes(text.encode("big5"))
    assert (result.encoding, result.text) == ("big5", text)


@pytest.mark.parametrize("length", [5, 10, 20, 40, 80])
def test_big5_and_gb18030_slices(length: int) -> None:
    rng = random.Random(length)
    for source, encoding in ((TRADITIONAL, "big5"), (SIMPLIFIED, "gb18030")):
        for _ in range(20):
            start = rng.randrange(len(source) - length)
            text = source[start : start + length]
            result = decode_bytes(text.encode(encoding))
            assert (result.encoding, result.text) == (encoding, text)


def test_long_big5_file(tmp_path) -> None:
    data = (TRADITIONAL * 200).encode("big5")
    result = read_issue_file(write(tmp_path, "big5.txt", data))
    assert result.encoding == "big5"
    assert result.text == TRADITIONAL * 200


def test_empty_bytes_decode_to_empty_text() -> None:
    result = decode_bytes(b"")
    assert result.text == ""
    assert result.size == 0
    assert result.sha256 == hashlib.sha256(b"").hexdigest()


# --- normalisation ----------------------------------------------------------------------------------


def test_normalize_newlines() -> None:
    assert normalize_newlines("\ufeff甲\r\n乙\r丙\n丁\r\r\n") == "甲\n乙\n丙\n丁\n\n"
    assert normalize_newlines("\ufeff\ufeff甲") == "\ufeff甲"  # only the leading BOM goes
    assert normalize_newlines("甲\ufeff乙") == "甲\ufeff乙"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le", "utf-16-be"])
def test_crlf_and_cr_are_normalised_with_consistent_offsets(encoding: str) -> None:
    lines = ["本报讯（记者 王晓明）", "第二行：“引号”。", "", "第四行！"]
    crlf = "\r\n".join(lines) + "\r\n"
    cr = "\r".join(lines) + "\r"
    lf = "\n".join(lines) + "\n"
    for variant in (crlf, cr):
        data = variant.encode(encoding)
        result = decode_bytes(data)
        assert result.text == lf
        assert "\r" not in result.text
        assert result.size == len(data)
        assert result.sha256 == hashlib.sha256(data).hexdigest()
        # Offsets computed on the result address the same lines.
        offset = 0
        for line in lines:
            assert result.text[offset : offset + len(line)] == line
            offset += len(line) + 1


def test_big5_crlf() -> None:
    data = TRADITIONAL.replace("\n", "\r\n").encode("big5")
    result = decode_bytes(data)
    assert (result.encoding, result.text) == ("big5", TRADITIONAL)


def test_control_characters_become_spaces_one_for_one() -> None:
    text = "本报\x01讯\x0b（记者\x0c王）\x1b\x7f\x85\x9f！\t正文\n第二段\x08。\n" + "正文内容" * 50
    result = decode_bytes(text.encode("utf-8"))
    assert len(result.text) == len(text)
    assert result.text == "本报 讯 （记者 王）    ！\t正文\n第二段 。\n" + "正文内容" * 50
    assert "\t" in result.text


def test_single_control_character_in_short_text_tolerated() -> None:
    # An old DOS end-of-file mark (Ctrl-Z) at the end of a short file is no reason to reject it.
    result = decode_bytes("本报讯\x1a".encode("gb18030"))
    assert result.text == "本报讯 "


def test_control_characters_in_gb18030_replaced() -> None:
    text = "本报讯\x07记者\x1f王晓明报道。" + "正文内容" * 20
    result = decode_bytes(text.encode("gb18030"))
    assert result.encoding == "gb18030"
    assert result.text == text.replace("\x07", " ").replace("\x1f", " ")


def test_chinese_punctuation_and_full_width_preserved() -> None:
    text = f"标题{PUNCTUATION}ＡＢＣ１２３　全角空格…—《书名》【注】～\n"
    for encoding in ("utf-8", "gb18030", "utf-16-le"):
        assert decode_bytes(text.encode(encoding)).text == text
    big5_text = "標題（），：！？“”。、ＡＢＣ１２３　全形空格…「引號」\n"
    result = decode_bytes(big5_text.encode("big5"))
    assert (result.encoding, result.text) == ("big5", big5_text)


# --- binary and undecodable data --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP archive or DOCX/XLSX document"),
        (b"SQLite format 3\x00\x10\x00\x01\x01", "SQLite database"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip archive"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF executable"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", "7-Zip archive"),
        (b"Rar!\x1a\x07\x01\x00", "RAR archive"),
    ],
)
def test_binary_signatures_rejected(tmp_path, header: bytes, kind: str) -> None:
    data = header + bytes(range(256)) * 4
    with pytest.raises(InputError, match=re.escape(f"The input is a binary file ({kind})")):
        decode_bytes(data)
    path = write(tmp_path, "issue.txt", data)
    with pytest.raises(InputError) as info:
        read_issue_file(path)
    message = str(info.value)
    assert message == f"{path} is a binary file ({kind}), not a raw issue text"
    assert "\n" not in message


@pytest.mark.parametrize(
    "data",
    [
        "本报讯\x00记者王晓明报道".encode(),
        "本报讯记者王晓明报道\x00".encode("gb18030"),
        codecs.BOM_UTF8 + "本报讯\x00".encode(),
        b"ab\x00",
        b"abcdef\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f",
    ],
)
def test_nul_bytes_outside_utf16_rejected(data: bytes) -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(data)


def test_random_binary_rejected() -> None:
    rng = random.Random(1234)
    for _ in range(20):
        with pytest.raises(InputError):
            decode_bytes(rng.randbytes(4096))


def test_too_many_control_characters_rejected() -> None:
    data = ("正文\x01\x02\x03" * 50).encode("utf-8")
    with pytest.raises(InputError, match=r"binary file \(too many control characters\)"):
        decode_bytes(data)


@pytest.mark.parametrize("bom", [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])
def test_utf32_rejected(bom: bytes) -> None:
    encoding = "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    with pytest.raises(InputError, match="UTF-32"):
        decode_bytes(bom + SIMPLIFIED.encode(encoding))


def test_bad_data_after_bom_rejected() -> None:
    with pytest.raises(InputError, match="UTF-8 byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + "本报".encode("gb18030"))
    with pytest.raises(InputError, match="UTF-16 byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00b")


def test_undecodable_rejected(tmp_path) -> None:
    data = b"\x80\x80abc\xff\xff"
    with pytest.raises(InputError, match=re.escape("(UTF-8, GB18030/GBK, Big5, UTF-16)")):
        decode_bytes(data)
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as info:
        read_issue_file(path)
    assert str(info.value) == (
        f"{path} is not text in a supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16)"
    )


# --- read_issue_file --------------------------------------------------------------------------------


def test_read_issue_file_ok(tmp_path) -> None:
    data = codecs.BOM_UTF8 + SIMPLIFIED.replace("\n", "\r\n").encode("utf-8")
    path = write(tmp_path, "第1期.txt", data)
    result = read_issue_file(path)
    assert result.text == SIMPLIFIED
    assert result.encoding == "utf-8-sig"
    assert result.size == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.sha256 != hashlib.sha256(result.text.encode("utf-8")).hexdigest()
    assert read_issue_file(str(path)) == result


def test_missing_path(tmp_path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read_issue_file(path)
    assert str(info.value) == f"{path} does not exist"
    with pytest.raises(InputError, match="does not exist"):
        read_issue_file(write(tmp_path, "file", b"x") / "child.txt")


def test_directory(tmp_path) -> None:
    with pytest.raises(InputError) as info:
        read_issue_file(tmp_path)
    assert str(info.value) == f"{tmp_path} is a folder, not a file"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root (or Windows) can read any file"
)
def test_unreadable_file(tmp_path) -> None:
    path = write(tmp_path, "secret.txt", SIMPLIFIED.encode("utf-8"))
    path.chmod(0)
    try:
        with pytest.raises(InputError) as info:
            read_issue_file(path)
        assert str(info.value) == f"No permission to read {path}"
    finally:
        path.chmod(0o600)


def test_empty_file(tmp_path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(InputError) as info:
        read_issue_file(path)
    assert str(info.value) == f"{path} is empty"


@pytest.mark.parametrize(
    "data",
    [
        b" \t\r\n\n  ",
        " \u3000\u3000\u00a0\n\t\u3000\r\n".encode("utf-8"),
        "\u3000\u3000\n".encode("gb18030"),
        codecs.BOM_UTF8 + "\u3000\u00a0\n".encode("utf-8"),
        codecs.BOM_UTF16_LE + "\u3000 \n".encode("utf-16-le"),
    ],
)
def test_whitespace_only_file(tmp_path, data: bytes) -> None:
    path = write(tmp_path, "blank.txt", data)
    with pytest.raises(InputError) as info:
        read_issue_file(path)
    assert str(info.value) == f"{path} holds only blank space, no text"


def test_too_large_file(tmp_path) -> None:
    path = write(tmp_path, "big.txt", SIMPLIFIED.encode("utf-8"))
    with pytest.raises(InputError, match=r"is too large"):
        read_issue_file(path, max_bytes=100)
    assert read_issue_file(path, max_bytes=len(SIMPLIFIED.encode("utf-8"))).text == SIMPLIFIED


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_fifo_rejected_without_blocking(tmp_path) -> None:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        read_issue_file(path)


def test_file_errors_are_one_line_and_never_oserror(tmp_path) -> None:
    cases = [tmp_path / "missing", tmp_path, write(tmp_path, "e.txt", b""), write(tmp_path, "z", b"\x00" * 9)]
    for path in cases:
        with pytest.raises(InputError) as info:
            read_issue_file(path)
        assert "\n" not in str(info.value)
        assert str(path) in str(info.value)


def test_file_name_with_newline_stays_on_one_line(tmp_path) -> None:
    path = tmp_path / "bad\nname.txt"
    with pytest.raises(InputError) as info:
        read_issue_file(path)
    assert "\n" not in str(info.value)


# --- properties -------------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_utf8_text_decodes_or_raises_input_error(text: str) -> None:
    try:
        result = decode_bytes(text.encode("utf-8"))
    except InputError:
        return
    assert result.text == expected_text(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_utf16_text_with_bom_decodes_or_raises_input_error(text: str) -> None:
    try:
        result = decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    except InputError:
        return
    # Only the BOM we added is dropped; a U+FEFF that starts ``text`` itself is kept.
    assert result.text == expected_text("\ufeff" + text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=512))
def test_arbitrary_bytes_never_raise_anything_but_input_error(data: bytes) -> None:
    try:
        result = decode_bytes(data)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert result.encoding in SUPPORTED_ENCODINGS
    assert "\r" not in result.text
    assert not CONTROL_RE.search(result.text)
