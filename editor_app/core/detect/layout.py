"""Block roles and article boundaries: one pass over the issue that reads it the way an editor does."""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Block
from . import patterns as P
from .features import BlockFeatures

# Below this confidence a decision is shown to the editor as doubtful.
DOUBT_THRESHOLD = 0.6


@dataclass
class Decision:
    role: str
    confidence: float
    reason: str


@dataclass
class LayoutResult:
    roles: list[Decision]
    articles: list[int | None]  # article number per block (in order of appearance), None for furniture
    continuity: dict[int, float] = field(default_factory=dict)  # diagnostics for head decisions


_STOP = set("的了和与及在是为对把被从向以将这那其等也都而且就有个")


class TopicIndex:
    """Whether two runs of text share a topic: IDF-weighted character bigrams over the whole issue.

    Bigrams need no segmentation, so asking about any place in a large issue stays cheap.
    """

    def __init__(self, texts: list[str], tokenize: Callable[[str], list[str]] | None = None):
        self.texts = texts
        self._grams: dict[int, set[str]] = {}
        self._df: array | None = None
        self._idf_cache: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def _grams_of(self, i: int) -> set[str]:
        t = self.texts[i]
        return {t[k:k + 2] for k in range(len(t) - 1) if _HAN_PAIR.fullmatch(t[k:k + 2])}

    def _block_grams(self, i: int) -> set[str]:
        grams = self._grams.get(i)
        if grams is None:
            # a cache of the blocks asked about lately (layout asks about neighbours): every block's bigram
            # set at once would cost ~13 bytes per byte of input (a 64 MB file: 800 MB)
            if len(self._grams) >= _GRAM_CACHE_BLOCKS:
                del self._grams[next(iter(self._grams))]  # the oldest entry (dicts keep insertion order)
            grams = self._grams[i] = self._grams_of(i)
        return grams

    def _idf(self, gram: str) -> float:
        value = self._idf_cache.get(gram)
        if value is None:
            if self._df is None:
                # document frequency in a fixed table of counters keyed by a deterministic hash of the pair:
                # a large issue holds millions of distinct pairs, and a dict of them would cost hundreds of MB
                df = array("I", bytes(4 * _DF_BUCKETS))
                mask = _DF_BUCKETS - 1
                for t in self.texts:
                    for a, b in set(zip(t, t[1:])):
                        df[(ord(a) * 65599 + ord(b)) & mask] += 1
                self._df = df
            if len(self._idf_cache) >= _IDF_CACHE_GRAMS:
                self._idf_cache.clear()  # bounded too: a large issue of varied text has millions of pairs
            value = self._idf_cache[gram] = math.log((len(self.texts) + 1) / (self._df[_bucket(gram)] + 0.5))
        return value

    def weight(self, grams: set[str]) -> float:
        return sum(self._idf(g) for g in grams)

    def words(self, indices: list[int]) -> set[str]:
        out: set[str] = set()
        for i in indices:
            out |= self._block_grams(i)
        return out

    def overlap(self, a: list[int], b: list[int]) -> float:
        """IDF-weighted share of `b`'s bigrams that `a` also has (0..1)."""
        wa, wb = self.words(a), self.words(b)
        total = self.weight(wb)
        return self.weight(wa & wb) / total if total else 0.0


_HAN_PAIR = re.compile(f"[{P.HAN}]{{2}}")
_DF_BUCKETS = 1 << 20
_GRAM_CACHE_BLOCKS = 1024
_IDF_CACHE_GRAMS = 200_000


def _bucket(gram: str) -> int:
    return (ord(gram[0]) * 65599 + ord(gram[1])) & (_DF_BUCKETS - 1)


_KICKER_END = re.compile(r"(?:强调|強調|指出|提出|表示|要求|说|說|——|—|：|:)$")
# Boxed notes printed right under a head: 开栏的话, 核心阅读, 编者按 (subheads, not subtitles).
MAX_NOTE_CHARS = 6


def _subtitle_reads(first: BlockFeatures, second: BlockFeatures) -> bool:
    """In a two-line head, does the second line read as a subtitle (details under a plain headline)?"""
    if second.column_tag or _KICKER_END.search(first.compact):
        return False
    if first.column_tag:
        return True
    details = bool(re.search(r"\d|《", second.compact))
    return details and second.n >= 1.6 * first.n


def _split_head(run: list[BlockFeatures], is_banner: Callable[[str], bool]) -> list[tuple[int, Decision]]:
    """Roles inside a head run: banners, kicker, headline, subtitles (and a boxed note), in order."""
    out: list[tuple[int, Decision]] = []
    rest = list(run)
    # leading lines that name a registered campaign are banners
    while len(rest) > 1 and is_banner(rest[0].text):
        out.append((rest[0].index, Decision("banner", 0.8, "names a registered campaign above the headline")))
        rest.pop(0)
    tail: list[tuple[int, Decision]] = []
    # a short boxed note under the head (开栏的话) is a subhead
    while len(rest) > 1 and rest[-1].n <= MAX_NOTE_CHARS and not rest[-1].dash_start:
        tail.insert(0, (rest[-1].index, Decision("subhead", 0.6, "a boxed note under the head")))
        rest.pop()
    tagged = [k for k, f in enumerate(rest) if f.column_tag]
    if tagged:
        h = tagged[-1]
    else:
        h = len(rest) - 1
        while h > 0 and rest[h].dash_start:
            h -= 1
        if h == len(rest) - 1:
            if len(rest) == 2 and _subtitle_reads(rest[0], rest[1]):
                h = 0
            elif len(rest) >= 3:
                h = len(rest) - 2
    for j, f in enumerate(rest):
        if j < h:
            if j == h - 1:
                out.append((f.index, Decision("kicker", 0.8, "short line above the headline")))
            else:
                out.append((f.index, Decision("banner", 0.6, "line above the kicker")))
        elif j == h:
            out.append((f.index, Decision("headline", 0.9, "main title line of a head")))
        else:
            out.append((f.index, Decision("subtitle", 0.8, "line under the headline")))
    return out + tail


def detect_layout(blocks: list[Block], feats: list[BlockFeatures], topics: TopicIndex,
                  is_banner: Callable[[str], bool]) -> LayoutResult:
    n = len(blocks)
    roles: list[Decision | None] = [None] * n
    arts: list[int | None] = [None] * n
    diag: dict[int, float] = {}
    _mark_captions(feats, roles)

    cur: int | None = None  # current article number
    next_article = 0
    state = "none"  # "none": between articles; "head": head seen, no body yet; "body"
    seen_byline = False
    art_body: list[int] = []  # body blocks of the current article
    jumped: int | None = None  # the article a （下转第X版） line sent to a later page
    package_kind: str | None = None
    prev_body: list[int] = []  # body blocks of the article before the current one
    package = False  # the current article gathers several pieces (an editor's note, pieces with bylines)

    def open_article() -> int:
        nonlocal next_article, cur, state, seen_byline, art_body, package, package_kind, prev_body
        package, package_kind = False, None
        prev_body = art_body
        cur = next_article
        next_article += 1
        state = "head"
        seen_byline = False
        art_body = []
        return cur

    i = 0
    while i < n:
        f = feats[i]
        if f.furniture:
            roles[i] = Decision("furniture", 0.95, f.furniture)
            if f.page_header:
                cur, state, package, package_kind = None, "none", False, None
            elif f.furniture == "page-jump line":
                if P.JUMP_TO.search(f.compact) and cur is not None:
                    jumped = cur  # （下转第2版）: the article goes on on a later page
                elif P.JUMP_FROM.search(f.compact) and jumped is not None:
                    cur, state, seen_byline = jumped, "body", True  # （上接第1版）: it resumes here
                    art_body = [k for k in range(i) if arts[k] == cur and roles[k].role == "body"]
                    jumped = None
            i += 1
            continue
        if roles[i] is not None and roles[i].role == "caption":
            if cur is None:
                open_article()
            arts[i] = cur
            i += 1
            continue
        if f.credit:
            if cur is None:
                open_article()
            if seen_byline and (P.END_CREDIT.match(f.compact) or P.SOURCE_CREDIT.match(f.compact)):
                # （本报记者A、B） signs a short item; the article above already has its byline, so the item
                # began at the last subhead since that byline
                start = _last_subhead_after_byline(roles, arts, cur, i)
                if start is not None:
                    item = next_article
                    next_article += 1
                    for k in range(start, i):
                        if arts[k] == cur:
                            arts[k] = item
                    roles[start] = Decision("headline", 0.55, "heads a short item signed at its end")
                    cur = item
                    art_body = [k for k in range(start, i) if roles[k] is not None and roles[k].role == "body"]
            roles[i] = Decision("credit", 0.9, f.credit)
            arts[i] = cur
            if art_body:  # a credit under the head (数据来源, 制图) does not end the article
                state = "after-credit"
            i += 1
            continue
        if f.byline:
            if cur is None:
                open_article()
            roles[i] = Decision("byline", 0.95, "byline line: " + "、".join(nm for _r, nm in f.byline))
            arts[i] = cur
            seen_byline = True
            i += 1
            continue
        if f.short and f.dash_start and state != "head":
            # a line opening with —— outside a head is an attribution or an editor's sign-off
            if cur is None:
                open_article()
            roles[i] = Decision("body", 0.7, "attribution line")
            arts[i] = cur
            art_body.append(i)
            if re.fullmatch(r"——\s*编\s*者", f.compact) or f.compact.startswith("编者按"):
                package = True
            i += 1
            continue
        if f.short:
            # a run of short lines (a bare name after the first ends it: that is the byline)
            j = i + 1
            while j < n and feats[j].short and not (feats[j].bare_name and j > i) and roles[j] is None:
                j += 1
            run = feats[i:j]
            if state == "head" and (seen_byline or art_body):
                # lead lines under a head and its byline are the article's opening (summary) paragraphs
                for r in run:
                    roles[r.index] = Decision("body", 0.7, "lead line under the head")
                    arts[r.index] = cur
                    art_body.append(r.index)
                i = j
                continue
            k = j
            while k < n and roles[k] is not None and roles[k].role == "caption":
                k += 1
            after = feats[k] if k < n else None
            new, conf, why = _starts_article(run, after, state, cur, art_body, topics, diag, k)
            if not new and k > j and (after is None or after.page_header):
                new, conf, why = True, 0.7, "a photo's headline: only captions follow it on the page"
            if not new and len(run) >= 2 and is_banner(run[0].text):
                new, conf, why = True, 0.8, "a campaign banner over a headline"
            piece_shaped = len(run) == 1 or (len(run) == 2 and run[0].dash_end)
            kind = "label" if after is not None and after.byline else "name"
            if new and state != "after-credit" and cur is not None and not any(r.column_tag for r in run) \
                    and piece_shaped and (package or (not seen_byline and len(art_body) <= 2)) \
                    and package_kind in (None, kind):
                # a head with its own byline inside a package (编者按, or pieces under one headline);
                # the pieces of one package sign the same way (all labelled, or all bare names)
                new, conf, why = False, 0.55, "a piece of a package under one headline"
                package, package_kind = True, kind
            if new:
                if state == "head" and not art_body and cur is not None:
                    # a second head run right after a head: keep them together (kicker over a caption)
                    pass
                else:
                    open_article()
                for idx, d in _split_head(run, is_banner):
                    d.confidence = min(d.confidence, conf)
                    d.reason = f"{d.reason}; {why}"
                    roles[idx] = d
                    arts[idx] = cur
                _graphic_label(run, roles, arts, feats, art_prev_body=prev_body, after_index=k)
                # a plain line under a tagged headline, signed by its own byline, opens a package of pieces
                # (服务窗: several items, each with a title and a byline)
                last = roles[run[-1].index]
                if (last.role == "subtitle" and not run[-1].dash_start and k == j and after is not None
                        and after.byline and any(r.column_tag for r in run[:-1])):
                    package, package_kind = True, "label"
                # a bare name right after the head is the byline
                if j < n and feats[j].bare_name and roles[j] is None:
                    roles[j] = Decision("byline", 0.8, "a person's name under the headline")
                    arts[j] = cur
                    seen_byline = True
                    j += 1
                state = "head"
            else:
                for r in run:
                    roles[r.index] = Decision("subhead", conf, why)
                    arts[r.index] = cur
            i = j
            continue
        # body
        if cur is None:
            open_article()
        if f.dateline:
            seen_byline = True
        roles[i] = Decision("body", 0.9 if f.ends_sentence or f.n > 60 else 0.75, "paragraph")
        arts[i] = cur
        art_body.append(i)
        state = "body"
        i += 1
    return LayoutResult([r or Decision("body", 0.5, "unclassified") for r in roles], arts, diag)


def _last_subhead_after_byline(roles, arts, cur: int | None, i: int) -> int | None:
    for k in range(i - 1, -1, -1):
        if arts[k] != cur or roles[k] is None:
            if arts[k] is not None and arts[k] != cur:
                return None
            continue
        if roles[k].role in ("byline", "headline", "kicker", "subtitle", "banner"):
            return None
        if roles[k].role == "subhead":
            return k
    return None


_GRAPHIC_WORD = re.compile(r"(?:示意图|图解|一览图?|一览表|分布图|流程图|路线图|效果图|全景图|位置图|规划图|统计图)$")


def _bigrams(s: str) -> set[str]:
    s = P.compact(s)
    return {s[k:k + 2] for k in range(len(s) - 1)}


def _graphic_label(run, roles, arts, feats: list[BlockFeatures], art_prev_body: list[int], after_index: int) -> None:
    """A kicker that is about the previous article and not about its own headline is a graphic's label."""
    if not art_prev_body:
        return
    prev_text = "".join(feats[i].compact for i in art_prev_body)
    for r in run:
        d = roles[r.index]
        if d.role != "kicker":
            continue
        own = "".join(x.compact for x in run if x.index != r.index)
        if after_index < len(feats):
            own += feats[after_index].compact
        if _GRAPHIC_WORD.search(r.compact):
            roles[r.index] = Decision("furniture", 0.7, "label of a graphic (示意图, 图解, 一览)")
            arts[r.index] = None
            continue
        grams = _bigrams(r.text)
        if not grams:
            continue
        prev_share = sum(g in prev_text for g in grams) / len(grams)
        own_share = sum(g in own for g in grams) / len(grams)
        if prev_share >= 0.5 and own_share <= prev_share / 3:
            roles[r.index] = Decision("furniture", 0.6, "label of a graphic: it names the previous article's topic")
            arts[r.index] = None


def _starts_article(run: list[BlockFeatures], after: BlockFeatures | None, state: str, cur: int | None,
                    art_body: list[int], topics: TopicIndex, diag: dict[int, float], after_index: int
                    ) -> tuple[bool, float, str]:
    """Does this run of short lines open a new article (True) or is it a subhead inside the current one?"""
    if cur is None or state == "none":
        return True, 0.95, "first head after a page header"
    if state == "after-credit":
        return True, 0.9, "follows the previous article's credit"
    if state == "head" and not art_body:
        return True, 0.8, "continues the head"
    if after is not None and (after.byline or after.dateline):
        return True, 0.95, "followed by a byline or dateline"
    if any(r.column_tag for r in run):
        return True, 0.85, "ends with a column tag"
    if after is None:
        return False, 0.6, "short line at the end"
    # topic continuity: does the text after the run go on with the current article?
    nxt = [after_index + d for d in range(0, 3) if after_index + d < len(topics)]
    cont = topics.overlap(art_body[-12:], nxt)
    diag[run[0].index] = cont
    if after.bare_name and after.index == run[-1].index + 1:
        if cont < 0.45:
            return True, 0.8, f"followed by a name, and the topic changes (shared {cont:.2f})"
        return False, 0.5, f"followed by a name, but the topic goes on (shared {cont:.2f})"
    if run[0].numbered or run[0].dash_end:
        return False, 0.8, "numbered or lead-in subhead"
    return False, 0.7, "subhead: a short line inside the article, with no sign of a new one"


def _mark_captions(feats: list[BlockFeatures], roles: list[Decision | None]) -> None:
    """Credited captions, and the short uncredited captions printed in a row with them."""
    n = len(feats)
    for i, f in enumerate(feats):
        if f.caption:
            roles[i] = Decision("caption", 0.9, f.caption)
    for i, f in enumerate(feats):
        if not f.caption:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and roles[j] is None and _uncredited_caption(feats[j]):
                roles[j] = Decision("caption", 0.6, "short sentence printed with a captioned photo")
                j += step


def _uncredited_caption(f: BlockFeatures) -> bool:
    return (not f.explicit and not f.dateline and f.n <= 45 and f.text.endswith("。")
            and f.compact.count("。") == 1 and "“" not in f.compact[:1])
