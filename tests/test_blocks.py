"""Block splitting: runs of non-blank lines, whatever white space the blank lines between them hold."""

from __future__ import annotations

import pytest

from editor_app.core.blocks import split_blocks

HEAD = "北塘区启用智慧停车平台"
BYLINE = "本报记者 卫清和"
BODY = "北塘区智慧停车平台近日上线，市民可通过手机查询周边停车位并在线缴费。\n平台首批接入停车场42个。"


def _check_offsets(text: str, blocks) -> None:
    previous_end = -1
    for k, b in enumerate(blocks):
        assert b.index == k
        assert 0 <= b.start < b.end <= len(text)
        assert b.start > previous_end
        assert text[b.start:b.end] == b.text
        assert b.text.strip() and b.text == b.text.rstrip("\n")
        previous_end = b.end


@pytest.mark.parametrize("blank", [
    "", " ", "  \t", "\u3000", "\u3000\u3000 ", "\u00a0", "\t\u00a0\u3000 ",
], ids=["empty", "space", "spaces-tab", "ideographic-space", "ideographic-spaces", "nbsp", "mixed"])
def test_blank_lines_of_any_white_space_separate_blocks(blank: str) -> None:
    text = f"{HEAD}\n{blank}\n{BYLINE}\n{blank}\n{blank}\n{BODY}\n"
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == [HEAD, BYLINE, BODY]
    _check_offsets(text, blocks)


def test_multi_line_block_stays_one_block() -> None:
    blocks = split_blocks(BODY)
    assert len(blocks) == 1
    assert blocks[0].text == BODY
    assert (blocks[0].start, blocks[0].end) == (0, len(BODY))


def test_leading_and_trailing_blank_lines() -> None:
    text = "\n\u3000\n \n" + HEAD + "\n\n" + BYLINE + "\n\u00a0\n\n"
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == [HEAD, BYLINE]
    assert blocks[0].start == text.index(HEAD)
    _check_offsets(text, blocks)


def test_indented_line_keeps_its_indent_in_the_block() -> None:
    """The block is the exact source slice: an indent printed before a paragraph stays in it."""
    text = HEAD + "\n\n\u3000\u3000" + BODY
    blocks = split_blocks(text)
    assert blocks[1].text.startswith("\u3000\u3000")
    assert blocks[1].content == BODY
    _check_offsets(text, blocks)


def test_text_without_newline_at_end() -> None:
    blocks = split_blocks(HEAD)
    assert [(b.start, b.end) for b in blocks] == [(0, len(HEAD))]


@pytest.mark.parametrize("text", ["", "\n", " \n\u3000\n\t\n\u00a0", "\n\n\n"])
def test_blank_text_has_no_blocks(text: str) -> None:
    assert split_blocks(text) == []


def test_offsets_are_characters_not_bytes() -> None:
    text = "𠀋𠀋村\n\n" + HEAD
    blocks = split_blocks(text)
    assert blocks[1].start == len("𠀋𠀋村\n\n")
    _check_offsets(text, blocks)


def test_carriage_return_lines_are_blank_when_only_white_space() -> None:
    """Decoded text has "\\n" endings; a stray "\\r" left on a blank line still reads as blank."""
    text = HEAD + "\r\n\r\n" + BYLINE + "\r\n"
    blocks = split_blocks(text)
    assert len(blocks) == 2
    _check_offsets(text, blocks)
