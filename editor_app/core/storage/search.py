"""Full-text search text: jieba-segmented index columns, safe FTS5 queries, and snippets that read as Chinese."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from .. import wordseg

# The indexed columns hold the original text with invisible markup that FTS5's unicode61 tokenizer treats
# as separators (control characters are never token characters), so the token stream is exactly jieba's
# cut_for_search while the stored text can still be turned back into the original words:
WORD_SEP = "\x1f"  # between two adjacent words that the text itself does not separate
SUB_OPEN = "\x02"  # around the sub-words cut_for_search emits before a long word (小微 企业 | 小微企业)
SUB_CLOSE = "\x03"
ITEM_SEP = "\x1e"  # between the items of one column (paragraphs, head lines, names)
MARK_OPEN = "\x0e"  # what snippet() puts around matched tokens
MARK_CLOSE = "\x0f"
ELLIPSIS = "\x11"  # what snippet() puts where it cut the text

# Bump when the markup or the token stream changes: stored digests then no longer match and reindex()
# rebuilds every row.
SEGMENTER_VERSION = 2  # 2: dictionary words only (no HMM)

SNIPPET_TOKENS = 40
# Columns of the full-text table, in order, and their bm25 weights (a hit in a headline counts most).
COLUMNS: tuple[str, ...] = ("head", "body", "extra", "people")
WEIGHTS: tuple[float, ...] = (4.0, 1.0, 2.0, 3.0)

_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_GROUP_RE = re.compile(f"{SUB_OPEN}[^{SUB_CLOSE}]*{SUB_CLOSE}")


# A letter or a number (str.isalnum): what FTS5's unicode61 tokenizer keeps as part of a token.
_TOKEN_CHAR_RE = re.compile(r"[^\W_]")


def _is_token(piece: str) -> bool:
    return _TOKEN_CHAR_RE.search(piece) is not None


def _subwords(word: str) -> list[str]:
    """The dictionary words inside a long word, in the order jieba's cut_for_search emits them."""
    n = len(word)
    if n <= 2:
        return []
    freq = wordseg.word_frequency
    out = [word[i:i + 2] for i in range(n - 1) if freq(word[i:i + 2])]
    if n > 3:
        out += [word[i:i + 3] for i in range(n - 2) if freq(word[i:i + 3])]
    return out


def tokens(text: str) -> list[str]:
    """The search tokens of `text`: jieba's cut_for_search without the pieces that hold no token.

    Index and queries both go through this function, so they are always segmented the same way.
    """
    out: list[str] = []
    for word in wordseg.cut_dictionary(_CONTROL_RE.sub(" ", text)):
        if _is_token(word):
            out += _subwords(word)
            out.append(word)
    return out


def index_text(text: str) -> str:
    """`text` as stored in an indexed column: the same tokens as `tokens(text)`, and reversible."""
    out: list[str] = []
    after_word = False
    for word in wordseg.cut_dictionary(_CONTROL_RE.sub(" ", text)):
        if not _is_token(word):
            out.append(word)
            after_word = False
            continue
        subs = _subwords(word)
        if subs:
            out.append(SUB_OPEN + WORD_SEP.join(subs) + SUB_CLOSE)
        elif after_word:
            out.append(WORD_SEP)
        out.append(word)
        after_word = True
    return "".join(out)


def plain_text(markup: str) -> str:
    """The original text of an indexed column (items still separated by ITEM_SEP)."""
    return _GROUP_RE.sub("", markup).replace(WORD_SEP, "")


_WORD_SPLIT_RE = re.compile(r"[\W_]+")


def index_words(markup: str) -> list[str]:
    """The words of an indexed column as the index segmented them (no jieba needed: read from the markup).

    The learners count these: the archive's own segmentation of its text, read back in one pass.
    """
    return [w for w in _WORD_SPLIT_RE.split(_GROUP_RE.sub(" ", markup)) if w]


def items(markup: str) -> list[str]:
    """The original items (paragraphs, lines, names) of an indexed column."""
    plain = plain_text(markup)
    return plain.split(ITEM_SEP) if plain else []


@dataclass(frozen=True)
class SearchText:
    """What one article contributes to the full-text index, as plain text (items joined by ITEM_SEP)."""

    head: str  # banner, kicker, headline, subtitle
    body: str  # paragraphs, one item each, so a hit can name the paragraphs it found
    extra: str  # subheads and captions
    people: str  # byline names: a reporter's name finds their articles

    @classmethod
    def from_parts(cls, head: list[str], body: list[str], extra: list[str], people: list[str]) -> SearchText:
        def join(parts: list[str]) -> str:
            return ITEM_SEP.join(_CONTROL_RE.sub(" ", p) for p in parts if p)

        return cls(join(head), join(body), join(extra), join(people))

    def digest(self) -> str:
        """Changes whenever the indexed text or the way it is segmented changes."""
        h = hashlib.sha1(f"v{SEGMENTER_VERSION}".encode())
        for part in (self.head, self.body, self.extra, self.people):
            h.update(b"\x00" + part.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def markup(self) -> tuple[str, str, str, str]:
        """The four indexed columns (jieba runs here: about 0.3 s per 100,000 characters)."""
        return tuple(ITEM_SEP.join(index_text(p) for p in part.split(ITEM_SEP)) if part else ""
                     for part in (self.head, self.body, self.extra, self.people))  # type: ignore[return-value]


# --- queries ------------------------------------------------------------------------------------------

def query_parts(query: str) -> list[str]:
    """The words the user typed (split on white space), each searched as a phrase."""
    return [p for p in _CONTROL_RE.sub(" ", query or "").split() if p]


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for any user input, or None when it holds nothing searchable.

    Every part becomes one quoted phrase of its segmented tokens (quotes doubled), so FTS5 operators
    the user types (`OR`, `NEAR(`, `*`, `"`, `C++`) are plain text; the phrases are ANDed.
    """
    phrases = []
    for part in query_parts(query):
        toks = tokens(part)
        if toks:
            phrases.append('"' + " ".join(t.replace('"', '""') for t in toks) + '"')
    return " AND ".join(phrases) if phrases else None


# --- snippets ------------------------------------------------------------------------------------------

Parts = list[tuple[str, bool]]  # (text, highlighted)


def _literal_mask(text: str, needles: list[str]) -> list[bool]:
    """Which characters of `text` belong to an occurrence of a needle (case-insensitive when safe)."""
    mask = [False] * len(text)
    folded = text.lower() if len(text.lower()) == len(text) else text
    for needle in needles:
        n = needle.lower() if folded is not text and len(needle.lower()) == len(needle) else needle
        if not n:
            continue
        start = folded.find(n)
        while start != -1:
            for i in range(start, start + len(n)):
                mask[i] = True
            start = folded.find(n, start + 1)
    return mask


def contains_literal(text: str, needles: list[str]) -> bool:
    return any(_literal_mask(text, needles))


def _runs(chars: list[str], mask: list[bool]) -> Parts:
    parts: Parts = []
    for ch, hl in zip(chars, mask):
        if parts and parts[-1][1] == hl:
            parts[-1] = (parts[-1][0] + ch, hl)
        else:
            parts.append((ch, hl))
    return parts


def readable_snippet(fragment: str, needles: list[str]) -> Parts:
    """A snippet() fragment as the original text, highlighted where FTS5 matched or the query occurs.

    The markup goes: sub-word groups are dropped (the whole word follows them), word separators vanish,
    items become new lines. A fragment may start or end inside a sub-word group.
    """
    first_open, first_close = fragment.find(SUB_OPEN), fragment.find(SUB_CLOSE)
    in_group = first_close != -1 and (first_open == -1 or first_close < first_open)
    chars: list[str] = []
    mask: list[bool] = []
    lit = False
    for ch in fragment:
        if ch == MARK_OPEN:
            lit = True
        elif ch == MARK_CLOSE:
            lit = False
        elif ch == SUB_OPEN:
            in_group = True
        elif ch == SUB_CLOSE:
            in_group = False
        elif ch == ELLIPSIS:
            chars.append("…")
            mask.append(False)
        elif not in_group and ch != WORD_SEP:
            chars.append("\n" if ch == ITEM_SEP else ch)
            mask.append(lit)
    literal = _literal_mask("".join(chars), needles)
    mask = [a or b for a, b in zip(mask, literal)]
    # trim white space at both ends (a fragment often starts at an item boundary)
    while chars and chars[0].isspace():
        chars.pop(0)
        mask.pop(0)
    while chars and chars[-1].isspace():
        chars.pop()
        mask.pop()
    return _runs(chars, mask)


def lead_snippet(text: str, needles: list[str], width: int = 60) -> Parts:
    """The opening of a text as a snippet (used when there is no full-text match to centre on)."""
    text = text.strip()
    cut = text[:width] + ("…" if len(text) > width else "")
    return _runs(list(cut), _literal_mask(cut, needles))


def render(parts: Parts, open_mark: str = "【", close_mark: str = "】") -> str:
    return "".join(f"{open_mark}{t}{close_mark}" if hl else t for t, hl in parts)


@dataclass
class Hit:
    """One article found by `Archive.search`."""

    issue_id: int
    article: int  # the article's id within its issue (ArticleRecord.id)
    position: int  # 0-based reading order within the issue
    paper: str | None
    date: str | None
    section: str | None
    page: str | None
    headline: str | None
    bylines: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    snippet_parts: Parts = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)  # 0-based indices of paragraphs that hold the query
    score: float = 0.0

    def snippet(self, open_mark: str = "【", close_mark: str = "】") -> str:
        return render(self.snippet_parts, open_mark, close_mark)

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue_id, "article": self.article, "position": self.position, "paper": self.paper,
                "date": self.date, "section": self.section, "page": self.page, "headline": self.headline,
                "bylines": [{"role": r, "name": n} for r, n in self.bylines], "snippet": self.snippet(),
                "paragraphs": list(self.paragraphs), "score": self.score}
