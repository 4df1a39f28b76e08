"""Suggest an article's section (版面) from its words: naive Bayes over jieba tokens of reviewed articles."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

_HAN = re.compile(r"[\u3400-\u9fff]")


def content_tokens(text: str, tokenize: Callable[[str], list[str]]) -> list[str]:
    return [w for w in tokenize(text) if len(w) >= 2 and _HAN.search(w)]


@dataclass
class SectionClassifier:
    """Multinomial naive Bayes with Laplace smoothing; trains in one counting pass, so retraining is cheap."""

    doc_counts: Counter[str] = field(default_factory=Counter)
    word_counts: dict[str, Counter[str]] = field(default_factory=dict)
    totals: Counter[str] = field(default_factory=Counter)
    vocabulary: set[str] = field(default_factory=set)

    @classmethod
    def train(cls, samples: Iterable[tuple[str, str]], tokenize: Callable[[str], list[str]]) -> SectionClassifier:
        """`samples`: (article text, section) pairs, e.g. from the archive's reviewed articles."""
        clf = cls()
        for text, section in samples:
            if not section or not text:
                continue
            toks = content_tokens(text, tokenize)
            clf.doc_counts[section] += 1
            wc = clf.word_counts.setdefault(section, Counter())
            wc.update(toks)
            clf.totals[section] += len(toks)
            clf.vocabulary.update(toks)
        return clf

    @property
    def sections(self) -> list[str]:
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
        probs = self.probabilities(text, tokenize)
        if len(self.doc_counts) < 2 or not probs or probs[0][1] < min_confidence:
            return None
        return probs[0]

    def to_dict(self) -> dict:
        return {"doc_counts": dict(self.doc_counts),
                "word_counts": {s: dict(c) for s, c in self.word_counts.items()}}

    @classmethod
    def from_dict(cls, data: dict) -> SectionClassifier:
        clf = cls(doc_counts=Counter(data.get("doc_counts", {})))
        for s, c in data.get("word_counts", {}).items():
            clf.word_counts[s] = Counter(c)
            clf.totals[s] = sum(c.values())
            clf.vocabulary.update(c)
        return clf
