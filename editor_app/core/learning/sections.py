"""Suggest an article's section (版面) from its words: naive Bayes over jieba tokens of reviewed articles."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

_HAN = re.compile(r"[\u3400-\u9fff]")


def content_words(words: Iterable[str]) -> list[str]:
    """The words that say what a text is about: two characters or more, with at least one Han character."""
    return [w for w in words if len(w) >= 2 and _HAN.search(w)]


def content_tokens(text: str, tokenize: Callable[[str], list[str]]) -> list[str]:
    """`content_words` of `text` cut by `tokenize` (e.g. wordseg.cut)."""
    return content_words(tokenize(text))


@dataclass
class SectionClassifier:
    """Multinomial naive Bayes with Laplace smoothing; trains in one counting pass, so retraining is cheap."""

    doc_counts: Counter[str] = field(default_factory=Counter)
    word_counts: dict[str, Counter[str]] = field(default_factory=dict)
    totals: Counter[str] = field(default_factory=Counter)
    vocabulary: set[str] = field(default_factory=set)
    # occurrences of each word over all sections, so `remove` knows when a word leaves the vocabulary
    word_totals: Counter[str] = field(default_factory=Counter, repr=False)

    @classmethod
    def train(cls, samples: Iterable[tuple[str, str]], tokenize: Callable[[str], list[str]]) -> SectionClassifier:
        """`samples`: (article text, section) pairs, e.g. from the archive's reviewed articles."""
        return cls.from_words((content_tokens(text, tokenize), section) for text, section in samples if text)

    @classmethod
    def from_words(cls, samples: Iterable[tuple[list[str], str]]) -> SectionClassifier:
        """Train from (words, section) pairs whose words are already cut (one counting pass, no segmentation).

        The archive trains this way from its full-text index; samples without a section or words are skipped.
        """
        clf = cls()
        for words, section in samples:
            if section and words:
                clf.doc_counts[section] += 1
                clf.word_counts.setdefault(section, Counter()).update(words)
                clf.totals[section] += len(words)
        for counts in clf.word_counts.values():  # once at the end: cheaper than per article
            clf.word_totals.update(counts)
        clf.vocabulary = set(clf.word_totals)
        return clf

    def add(self, words: list[str], section: str) -> None:
        """Count one more article of `section` with these (content) words."""
        self.doc_counts[section] += 1
        wc = self.word_counts.setdefault(section, Counter())
        wc.update(words)
        self.totals[section] += len(words)
        self.word_totals.update(words)
        self.vocabulary.update(words)

    def remove(self, words: list[str], section: str) -> None:
        """Forget one article `add` counted (an editor changed its section or text): the exact inverse of add."""
        if self.doc_counts.get(section, 0) <= 0:
            return
        self.doc_counts[section] -= 1
        wc = self.word_counts.get(section, Counter())
        for w, n in Counter(words).items():
            left = wc.get(w, 0) - n
            if left > 0:
                wc[w] = left
            else:
                wc.pop(w, None)
            total = self.word_totals.get(w, 0) - n
            if total > 0:
                self.word_totals[w] = total
            else:
                self.word_totals.pop(w, None)
                self.vocabulary.discard(w)
        self.totals[section] -= len(words)
        if self.doc_counts[section] <= 0:
            for table in (self.doc_counts, self.word_counts, self.totals):
                table.pop(section, None)

    def copy(self) -> SectionClassifier:
        """An independent copy (the archive updates a copy, so issues holding the old model keep theirs)."""
        return SectionClassifier(Counter(self.doc_counts), {s: Counter(c) for s, c in self.word_counts.items()},
                                 Counter(self.totals), set(self.vocabulary), Counter(self.word_totals))

    @property
    def documents(self) -> int:
        """How many articles it was trained on."""
        return sum(self.doc_counts.values())

    @property
    def sections(self) -> list[str]:
        """The sections it can suggest, sorted."""
        return sorted(self.doc_counts)

    def probabilities(self, text: str, tokenize: Callable[[str], list[str]]) -> list[tuple[str, float]]:
        """(section, probability) for every known section, most likely first."""
        if not self.doc_counts:
            return []
        toks = content_tokens(text, tokenize)
        n_docs = sum(self.doc_counts.values())
        v = len(self.vocabulary) + 1
        scores = {}
        for s, nd in self.doc_counts.items():
            wc, total = self.word_counts[s], self.totals[s]
            lp = math.log(nd / n_docs)
            lp += sum(math.log((wc.get(t, 0) + 1) / (total + v)) for t in toks if t in self.vocabulary)
            scores[s] = lp
        top = max(scores.values())
        exp = {s: math.exp(lp - top) for s, lp in scores.items()}
        z = sum(exp.values())
        return sorted(((s, p / z) for s, p in exp.items()), key=lambda x: -x[1])

    def suggest(self, text: str, tokenize: Callable[[str], list[str]],
                min_confidence: float = 0.5) -> tuple[str, float] | None:
        """(section, confidence) when at least two sections are known and the best is likely enough, else None."""
        probs = self.probabilities(text, tokenize)
        if len(self.doc_counts) < 2 or not probs or probs[0][1] < min_confidence:
            return None
        return probs[0]

    def to_dict(self) -> dict:
        """The counts as plain JSON-ready data (`from_dict` reads them back)."""
        return {"doc_counts": dict(self.doc_counts),
                "word_counts": {s: dict(c) for s, c in self.word_counts.items()}}

    @classmethod
    def from_dict(cls, data: dict) -> SectionClassifier:
        """The classifier `to_dict` wrote."""
        clf = cls(doc_counts=Counter(data.get("doc_counts", {})))
        for s, c in data.get("word_counts", {}).items():
            clf.word_counts[s] = Counter(c)
            clf.totals[s] = sum(c.values())
            clf.word_totals.update(c)
            clf.vocabulary.update(c)
        return clf
