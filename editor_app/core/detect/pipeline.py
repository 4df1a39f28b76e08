"""Detection from decoded text to an Issue: blocks, roles, rejoin, articles."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import re
import threading
from collections.abc import Iterable

from .. import wordseg
from ..blocks import split_blocks
from ..issue import Issue, IssueMeta
from ..model import ArticleRecord, SourceInfo
from ..textio import clean_text, read_issue_file
from .campaigns import CampaignRegistry
from .features import block_features
from .layout import TopicIndex, detect_layout
from .patterns import known_names, match_page_header, parse_byline
from .rejoin import continues_previous, short_line_is_cut


def detect_issue(text: str, *, registry: CampaignRegistry | None = None, source: SourceInfo | None = None,
                 meta: IssueMeta | None = None, roster: Iterable[str] | None = None) -> Issue:
    """Detect every block's role, the paragraph joins and the articles of one issue's decoded text.

    `roster`: names of people the archive knows; they segment as one word, split run-together names,
    and a byline naming someone outside a non-empty roster is flagged as doubtful.
    """
    text = clean_text(text)
    if registry is None:
        registry = CampaignRegistry.default()
    if source is None:
        source = SourceInfo(None, "utf-8", hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), len(text))
    known = frozenset(roster or ())
    wordseg.add_words(registry.all_terms())
    wordseg.add_words(known)
    with known_names(known), _cyclic_gc_paused():
        return _detect(text, registry, source, meta, known)


_gc_lock = threading.Lock()
_gc_pausers = 0  # detections running now (threads of one process)
_gc_was_enabled = True


@contextlib.contextmanager
def _cyclic_gc_paused():
    """Detection allocates millions of small acyclic objects for a large issue; each time the heap grows
    by a quarter, Python's full cyclic collection walks all of them (0.4 s per pause at 20 MB), and in the
    window that pause lands on whichever thread allocates: often the GUI thread. Pausing the cyclic
    collector meanwhile (reference counting still frees everything) removes those pauses; it restarts
    when the last detection running in the process ends, if it was on before."""
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


def _detect(text: str, registry: CampaignRegistry, source: SourceInfo, meta: IssueMeta | None,
            known: frozenset[str]) -> Issue:
    blocks = split_blocks(text)
    feats = [block_features(b) for b in blocks]
    for prev, f, nxt in zip([None] + feats[:-1], feats, feats[1:] + [None]):
        if f.short:
            # right under a byline or a head, papers print lead lines without a full stop
            opening = prev is not None and bool(prev.byline or prev.bare_name or prev.column_tag
                                                or prev.dash_start)
            why = short_line_is_cut(f, nxt, wordseg.word_spans_break, opening, wordseg.cut)
            if why:
                f.short, f.cut_reason = False, why
                nxt.short = False  # the second half of a cut paragraph is body too
        elif nxt is not None and not f.explicit and _leaves_open(f.compact):
            nxt.short = False  # …（相关报道见 | 第三版） : the next block closes what this one opened
    topics = TopicIndex([f.text for f in feats], wordseg.cut)
    layout = detect_layout(blocks, feats, topics, registry.is_banner)
    for b, d, a in zip(blocks, layout.roles, layout.articles):
        b.role = b.detected_role = d.role
        b.confidence, b.reason = d.confidence, d.reason
        b.article = b.detected_article = a
    _detect_joins(blocks, feats)
    if known:
        _flag_unknown_names(blocks, feats, known)
    records = {a: ArticleRecord(a) for a in {b.article for b in blocks if b.article is not None}}
    return Issue(text=text, blocks=blocks, records=records, source=source, registry=registry,
                 meta=meta or IssueMeta(), roster=known)


def _flag_unknown_names(blocks, feats, known: frozenset[str]) -> None:
    """A byline that names someone the roster does not know is worth a second look."""
    for b, f in zip(blocks, feats):
        if b.role != "byline":
            continue
        names = [nm for _r, nm in (f.byline or parse_byline(f.text))]
        unknown = [nm for nm in names if nm not in known]
        if unknown:
            b.confidence = min(b.confidence, 0.55)
            b.reason = f"{b.reason}; not in the roster: {'、'.join(unknown)}"


def _detect_joins(blocks, feats) -> None:
    prev_body = None
    lead = True  # still in the article's opening lines (no full sentence yet)
    for b, f in zip(blocks, feats):
        if b.role in ("headline", "kicker", "banner", "subtitle", "byline"):
            prev_body, lead = None, True
            continue
        if b.role != "body":
            prev_body = None
            continue
        if prev_body is not None and prev_body.article == b.article:
            pf = feats[prev_body.index]
            joined, conf, why = continues_previous(pf, f, lead, wordseg.word_spans_break)
            if joined:
                b.continues_previous = b.detected_continues = True
                b.reason = f"{b.reason}; joined: {why}"
                b.confidence = min(b.confidence, conf)
            elif conf < 0.7:
                b.reason = f"{b.reason}; not joined: {why}"
                b.confidence = min(b.confidence, conf)
        if f.ends_sentence:
            lead = False
        prev_body = b


def _leaves_open(s: str) -> bool:
    return s.count("（") > s.count("）") or s.count("“") > s.count("”") or s.count("(") > s.count(")")


def detect_file(path: str | os.PathLike, *, registry: CampaignRegistry | None = None,
                roster: Iterable[str] | None = None) -> Issue:
    """Read a raw issue file (any supported encoding) and detect it. Raises `InputError` for bad input."""
    decoded = read_issue_file(path)
    source = SourceInfo(str(path), decoded.encoding, decoded.sha256, len(decoded.text))
    return detect_issue(decoded.text, registry=registry, source=source, roster=roster,
                        meta=IssueMeta(date=guess_date(decoded.text, str(path))))


def guess_date(text: str, path: str | None = None) -> str | None:
    """The issue date (YYYY-MM-DD) from a page header line, else from the file name."""
    for line in text.split("\n", 400)[:400]:
        m = re.search(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", line)
        if m and match_page_header(line.strip()):
            y, mo, d = (int(g) for g in m.groups())
            return f"{y:04d}-{mo:02d}-{d:02d}"
    if path:
        m = re.search(r"(20\d{2}|19\d{2})[-_.]?(\d{2})[-_.]?(\d{2})", os.path.basename(path))
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return None
