"""Paragraph rejoin: decide where a body block continues the paragraph a column break cut."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import patterns as P
from .features import BlockFeatures

# Openings that start a new paragraph rather than continue one.
_NEW_PARAGRAPH_OPENERS = ("“", "「", "■", "□", "●", "◆", "【", "——", "—", "（", "(", "《", "记者：", "記者：")


def continues_previous(prev: BlockFeatures, cur: BlockFeatures, in_lead: bool,
                       spanning_word: Callable[[str, str], str | None]) -> tuple[bool, float, str]:
    """Whether `cur` is the second half of the paragraph `prev` (both body blocks of one article)."""
    a, b = prev.text, cur.text
    if cur.dateline:
        return False, 0.95, "the next block opens with a dateline"
    if prev.ends_sentence:
        return False, 0.9, "the previous block ends a sentence"
    if prev.cut_reason:
        return True, 0.85, f"the previous block is cut: {prev.cut_reason}"
    if prev.numbered and prev.n <= 8:
        return False, 0.8, "the previous block is a numbered heading"
    if prev.compact.startswith(("（", "(")) and prev.compact.endswith(("）", ")")):
        return False, 0.8, "the previous block is a note in brackets"
    last = a.rstrip()[-1:]
    if a.rstrip().endswith("——") or last in "：:":
        return False, 0.75, "the previous block ends with a lead-in mark"
    if last in "，、,":
        return True, 0.95, "the previous block stops after a comma"
    word = spanning_word(a, b) if P.HAN_RE.match(last or " ") and P.HAN_RE.match(b.lstrip()[:1] or " ") else None
    if _completes_sentence(cur.compact) and not prev.short:
        return True, 0.8, "the next block opens by finishing the sentence"
    if in_lead and prev.n <= 70 and not word and not prev.dateline and last not in _DANGLING:
        return False, 0.7, "a lead line under the headline"
    if b.lstrip().startswith(_NEW_PARAGRAPH_OPENERS):
        if word:
            return True, 0.6, f"the word {word} runs across the break"
        return False, 0.65, "the next block opens a new paragraph"
    if word:
        return True, 0.9, f"the word {word} runs across the break"
    if prev.n <= 30 and ("，" in prev.compact or prev.short) and "。" not in prev.compact:
        return False, 0.55, "a short line that reads as a subhead"
    if last in "；;":
        return False, 0.6, "the previous block ends a clause"
    return True, 0.75 if prev.n > 40 else 0.6, "the previous block stops mid-sentence"


# Characters a sentence can stop on only when it was cut (function words and bound characters).
_DANGLING = set("的了在对與与和把被将將从從向为為是等及并並或但而让讓使给給由以其之于於"
                "地得着著过過很更最所都也还還就才又再没沒")
# A short-looking line this long with a comma in it is prose cut by a column, not a head.
LONG_CLAUSE = 30


def _completes_sentence(s: str) -> bool:
    """A block that opens with a 1-6 character sentence (`海外。…`, `伤员送达。…`) finishes the one before."""
    m = re.match(r"[^。！？!?“”\s]{1,6}[。！？!?]", s)
    return bool(m) and (len(s) > m.end() + 4 or len(s) == m.end())


def _dangles(text: str, tokenize: Callable[[str], list[str]]) -> bool:
    """The last character stands alone (的, 在, 对), not as the end of a word (土地, 取向)."""
    toks = tokenize(text[-6:])
    return bool(toks) and len(toks[-1]) == 1


def short_line_is_cut(prev: BlockFeatures, nxt: BlockFeatures | None,
                      spanning_word: Callable[[str, str], str | None], opening: bool = False,
                      tokenize: Callable[[str], list[str]] = list) -> str | None:
    """Why a short line that looks like a head is really the first half of a paragraph cut by a column.

    `opening`: the line stands right under a head or byline, where papers print lead lines without a
    full stop, so only the strongest signs of a cut count there.
    """
    if nxt is None or nxt.explicit or nxt.page_header or nxt.dateline:
        return None
    a = prev.compact
    last = a[-1:]
    if prev.dash_end or nxt.column_tag:
        return None  # a kicker ending in ——, or the line above a tagged headline
    if last in "，、,":
        return "it stops after a comma"
    if a.count("“") > a.count("”") or a.count("（") > a.count("）") or a.count("《") > a.count("》"):
        return "it leaves a quotation or bracket open"
    commas = a.count("，") + a.count("、")
    spaced = bool(re.search(r"\S\s+\S", prev.text))  # heads set phrases apart with spaces; prose does not
    if last in "：:；;" or (a.startswith("“") and a.endswith("”")):
        return None  # a lead-in, or a quoted line (a subhead)
    if a.count("，") >= 2 and not prev.column_tag and not spaced and not opening:
        return "it holds several clauses"
    if _completes_sentence(nxt.compact):
        return "the next block opens by finishing its sentence"
    if nxt.short:
        if commas and not spaced and P.HAN_RE.match(last or " "):
            word = spanning_word(prev.text, nxt.text)
            if word:
                return f"the word {word} runs across the break"
        return None
    if nxt.text.lstrip().startswith(_NEW_PARAGRAPH_OPENERS):
        return None
    if spaced:
        return None
    if last in _DANGLING and prev.n >= 6 and not opening and _dangles(a, tokenize):
        return "it stops on a function word"
    word = spanning_word(prev.text, nxt.text) if P.HAN_RE.match(last or " ") else None
    if word and (commas or prev.n >= 18):
        return f"the word {word} runs across the break"
    if commas and prev.n >= LONG_CLAUSE and not opening:
        return "a long clause without an ending"
    return None
