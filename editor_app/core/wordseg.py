"""Chinese word segmentation through jieba, loaded once, with its cache in the user's own cache folder."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

from .paths import cache_dir

_lock = threading.Lock()
_tokenizer = None
_user_words: set[str] = set()


def _load():
    global _tokenizer
    with _lock:
        if _tokenizer is not None:
            return _tokenizer
        import jieba  # imported here: it costs ~0.4 s and ~95 MB, so only when first needed

        jieba.setLogLevel(logging.WARNING)
        # jieba's Han pattern stops at U+9FD5; widen it so names with rarer characters stay whole
        jieba.re_han_default = re.compile(r"([\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFFa-zA-Z0-9+#&\._%\-]+)", re.U)
        tok = jieba.Tokenizer()
        folder = cache_dir()
        tok.tmp_dir = str(folder)
        tok.cache_file = "jieba.cache"
        tok.initialize()
        for w in _user_words:
            tok.add_word(w, freq=None)
        _tokenizer = tok
        return tok


def ensure_loaded() -> None:
    """Load jieba now (call from a background thread to hide the load time)."""
    _load()


def is_loaded() -> bool:
    return _tokenizer is not None


def add_words(words: Iterable[str]) -> None:
    """Teach the segmenter names and campaign phrases so they come out as one token."""
    new = {w for w in words if w and w not in _user_words}
    if not new:
        return
    _user_words.update(new)
    if _tokenizer is not None:
        for w in new:
            _tokenizer.add_word(w, freq=None)


def cut(text: str) -> list[str]:
    return _load().lcut(text, HMM=True)


def cut_dictionary(text: str) -> list[str]:
    """Words from the dictionary alone (no HMM guesses for unknown words): ~20% faster, and stable
    for the search index, where a name jieba does not know simply stays a run of single characters
    on both the index and the query side."""
    return _load().lcut(text, HMM=False)


def cut_for_search(text: str) -> list[str]:
    """jieba's search segmentation on dictionary words (what the full-text index stores)."""
    return _load().lcut_for_search(text, HMM=False)


def search_tokens(text: str) -> str:
    """Space-joined search tokens (what the full-text index stores and queries use)."""
    return " ".join(t for t in cut_for_search(text) if t.strip())


def word_spans_break(left: str, right: str, window: int = 4) -> str | None:
    """The word that jieba finds across the join of `left` and `right`, if any (e.g. 应 | 急预案 -> 应急预案)."""
    a = left.rstrip()[-window:]
    b = right.lstrip()[:window]
    if not a or not b:
        return None
    pos = 0
    for tok in cut(a + b):
        end = pos + len(tok)
        if pos < len(a) < end and len(tok) >= 2:
            return tok
        pos = end
    return None




def word_frequency(word: str) -> int:
    """How common jieba's dictionary says a word is (0 when it does not know it)."""
    return _load().FREQ.get(word, 0) or 0
