"""Split decoded issue text into blocks: maximal runs of non-blank lines, with source offsets."""

from __future__ import annotations

from .model import Block


def is_blank(line: str) -> bool:
    """A line of spaces, tabs, U+3000 or NBSP (all `str.isspace`) is blank."""
    return not line.strip()


def split_blocks(text: str) -> list[Block]:
    """Every maximal run of non-blank lines, as a Block whose `[start, end)` ends with its last line.

    Offsets are character offsets into `text`; the block's text is the exact source slice, so
    `text[b.start:b.end] == b.text` always holds.
    """
    blocks: list[Block] = []
    pos = 0
    run_start: int | None = None
    run_end = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            if run_start is None:
                run_start = pos
            run_end = end
        elif run_start is not None:
            blocks.append(Block(len(blocks), run_start, run_end, text[run_start:run_end]))
            run_start = None
        pos = end + 1
    if run_start is not None:
        blocks.append(Block(len(blocks), run_start, run_end, text[run_start:run_end]))
    return blocks
