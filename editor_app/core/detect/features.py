"""What detection knows about one block on its own: length, punctuation, and the patterns it matches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import wordseg
from ..model import Block
from . import patterns as P

# A headline is at most this long (characters, white space removed); longer short-looking lines are body.
MAX_HEAD_CHARS = 52
MAX_BARE_NAME_CHARS = 8


@dataclass
class BlockFeatures:
    index: int
    text: str  # stripped
    compact: str  # white space removed
    n: int
    ends_sentence: bool
    page_header: dict | None = None
    furniture: str | None = None  # why it is furniture (page header, editor line, jump line)
    credit: str | None = None  # why it is a credit
    caption: str | None = None  # why it is a caption
    byline: list[tuple[str, str]] = field(default_factory=list)  # parsed own-line byline
    dateline: re.Match | None = None
    short: bool = False  # could be a headline, kicker, subtitle, subhead or banner
    dash_start: bool = False  # starts with ——
    dash_end: bool = False  # ends with ——
    column_tag: bool = False  # ends with a bracketed column name （人民时评）
    numbered: bool = False
    bare_name: bool = False  # two to four characters that could be a person's name
    cut_reason: str | None = None  # why a short-looking line is the first half of a cut paragraph

    def ends_sentence_strict(self) -> bool:
        """A caption's credit ends the block, so a block ending in 。 after it is not a caption."""
        return self.text.rstrip().endswith(("。", "！", "？"))

    @property
    def explicit(self) -> bool:
        return bool(self.furniture or self.credit or self.caption or self.byline)


_NOTICE = re.compile(r"[\w.\-]+@[\w\-]+\.[\w.]+|https?://|www\.|^本版|^本期|均为本报|邮箱|郵箱|热线电话|熱線電話|联系电话|聯繫電話|电话[：:]|電話[：:]")
_ONLY_LABELS_AND_NAMES = re.compile(rf"[□■◇◆●○{P.HAN}·•、，,/／：:\s]+")


def _own_line_byline(text: str) -> list[tuple[str, str]]:
    if len(P.compact(text)) > 48 or not P.OWN_LINE_BYLINE.match(text):
        return []
    if any(c in text for c in "。！？；“”"):
        return []
    parsed = P.parse_byline(text)
    if not parsed or not all(P.has_surname(nm) or "·" in nm for _r, nm in parsed):
        return []  # 记者手记 is a heading, not a byline
    # everything on the line must be labels, names and separators
    rest = P.compact(text)
    for _role, name in parsed:
        rest = rest.replace(name, "", 1)
    rest = re.sub("|".join(p for p, _ in P.ROLE_LABELS), "", rest)
    rest = re.sub(r"[□■◇◆●○、，,/／：:]", "", rest)
    rest = re.sub(rf"{P.SHE}", "", rest)
    return parsed if len(rest) <= 1 else []


def block_features(block: Block) -> BlockFeatures:
    text = block.text.strip()
    comp = P.compact(text)
    f = BlockFeatures(index=block.index, text=text, compact=comp, n=len(comp), ends_sentence=P.ends_sentence(text))
    ph = P.match_page_header(text)
    if ph:
        f.page_header = ph
        f.furniture = "page header"
        return f
    if P.JUMP_LINE.match(comp):
        f.furniture = "page-jump line"
        return f
    if P.EDITOR_LINE.match(text):
        f.furniture = "editor line"
        return f
    f.dateline = P.DATELINE.match(text)
    if f.dateline and not f.dateline.group("bracket") and not f.dateline.group("gap") \
            and f.dateline.group("dateline").endswith(("讯", "訊")) and f.n < 12:
        f.dateline = None
    if not f.dateline:
        if P.SOURCE_CREDIT.match(comp) or P.END_CREDIT.match(comp) or P.CONTRIB_CREDIT.match(comp) \
                or P.WIRE_CREDIT.match(comp) or (P.ADAPTED_CREDIT.match(comp) and comp.endswith(("）", ")"))):
            f.credit = "credit line"
            return f
        if P.LABEL_CREDIT.match(comp) and f.n <= 80:
            f.credit = "credit label"
            return f
        byl = _own_line_byline(text)
        if byl:
            f.byline = byl
            return f
        if f.n <= 400 and P.CAPTION_CREDIT.search(text) and not f.ends_sentence_strict():
            f.caption = "ends with a photo credit"
            return f
        if f.n <= 200 and P.CAPTION_START.match(comp):
            f.caption = "starts like a caption"
            return f
    f.dash_start = comp.startswith(("——", "—", "--"))
    f.dash_end = comp.endswith("——")
    f.column_tag = bool(P.COLUMN_TAG.search(comp)) and not comp.startswith(("（", "(")) and not f.dash_start
    f.numbered = bool(P.LEADING_NUMBER.match(comp))
    core = P.COLUMN_TAG.sub("", comp) if f.column_tag else comp
    question_head = core.endswith(("？", "！", "?", "!")) and len(core) <= 30 and "。" not in core
    if f.column_tag:
        f.ends_sentence = P.ends_sentence(core)
    f.short = (not f.dateline and f.n <= MAX_HEAD_CHARS and (not f.ends_sentence or question_head)
               and "。" not in comp[:-1])
    if comp.startswith(("（", "(")) and not f.numbered and f.n > 6:
        f.short = False  # a bracketed note such as （作者为…） is never a head
    if comp[:1] in "■□●◆◇▲△★☆▶►•":
        f.short = False  # bulleted summary points are body
    if _NOTICE.search(comp):
        f.short = False  # contact lines and page notes (投稿邮箱, 本版图片均为…) are never heads
    f.bare_name = _looks_like_printed_name(text, comp)
    return f


def _looks_like_printed_name(text: str, comp: str) -> bool:
    """A line that is just a person's name: `王  珂`, `陈来发`, `尼古拉·崔可夫` (not a word like 授课)."""
    if re.fullmatch(rf"[{P.HAN}]{{1,6}}[·•][{P.HAN}·•]{{1,12}}", comp):
        # a transliterated name, not 北京·月季: no part is a common word
        return all(wordseg.word_frequency(part) < 3000 for part in re.split("[·•]", comp) if part)
    if not re.fullmatch(rf"[{P.HAN}]{{2,4}}", comp) or not P.has_surname(comp):
        return False
    if len(comp) == 4 and not comp.startswith(P.COMPOUND_SURNAMES):
        return False
    padded = len(comp) == 2 and bool(re.search(r"\s", text))
    freq = wordseg.word_frequency(comp)
    return freq < 1000 if padded else freq < 20
