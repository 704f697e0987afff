"""Mention-level scores of entity spans against labelled text (a user's own JSONL, doccano,
spaCy JSONL or Label Studio file): every span counts where it stands, scored exactly (same
start, end and label) and by overlap (same label, at least one character in common).

Other corpora follow other guidelines; `relax` brings their gold to this project's guide
(docs/adr/0006-pre-extraction-sources.md): one-character abbreviations (`中`, `美`) and
meetings (`十五大`) are not counted either way, and a name that the other guide split into
adjacent pieces (`江苏省` / `如东县`, `北京市` / `政府`) is matched by the whole chain.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .scoring import PRF

Span = tuple[int, int, str]  # start, end, label

MEETING = re.compile(r"(会议|大会|全会|峰会|论坛|年会|[一二三四五六七八九十]+大|[一二三四五六七八九十]+中全会)$")


@dataclass
class OverlapPRF(PRF):
    """Precision counts predictions that touch a gold span of their label; recall counts gold
    spans touched by a prediction (the two differ where one span covers two)."""

    gold_found: int = 0

    @property
    def recall(self) -> float:
        total = self.gold_found + self.fn
        return self.gold_found / total if total else 0.0

    def add(self, other: PRF) -> None:
        super().add(other)
        self.gold_found += getattr(other, "gold_found", other.tp)


@dataclass
class SpanScores:
    exact: dict[str, PRF] = field(default_factory=dict)  # per label and "ALL"
    overlap: dict[str, PRF] = field(default_factory=dict)
    documents: int = 0
    false_positives: list[tuple[str, str]] = field(default_factory=list)  # (label, text)
    false_negatives: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: "SpanScores") -> None:
        for mine, theirs in ((self.exact, other.exact), (self.overlap, other.overlap)):
            for label, prf in theirs.items():
                mine.setdefault(label, type(prf)()).add(prf)
        self.documents += other.documents
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives


def is_meeting(text: str) -> bool:
    return bool(MEETING.search(text))


def relax(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """(gold, optional) under this project's guide: gold chains that a prediction covers
    exactly become one span; abbreviations and meetings become optional."""
    gold = sorted(set(gold))
    optional = [g for g in gold if g[1] - g[0] == 1 or (g[2] == "ORG" and is_meeting(text[g[0]:g[1]]))]
    kept = [g for g in gold if g not in optional]
    by_start = {g[0]: g for g in kept}
    merged: list[Span] = []
    used: set[Span] = set()
    for start, end, label in predicted:
        chain = _chain(by_start, start, end)
        if chain and len(chain) > 1 and _chain_label(chain) == label and not used.intersection(chain):
            used.update(chain)
            merged.append((start, end, label))
    return sorted([g for g in kept if g not in used] + merged), optional


def _chain(by_start: dict[int, Span], start: int, end: int) -> list[Span] | None:
    chain = []
    position = start
    while position < end:
        piece = by_start.get(position)
        if piece is None or piece[1] > end:
            return None
        chain.append(piece)
        position = piece[1]
    return chain


def _chain_label(chain: list[Span]) -> str | None:
    """Places then one last place or organisation: 江苏省+如东县 is LOC, 北京市+政府 ORG."""
    *head, last = chain
    if all(label == "LOC" for _, _, label in head) and last[2] in ("LOC", "ORG"):
        return last[2]
    return None


def score_document(text: str, gold: Iterable[Span], predicted: Iterable[Span], *,
                   relaxed: bool = False, labels: Sequence[str] | None = None) -> SpanScores:
    predicted = sorted(set(predicted))
    gold = sorted(set(gold))
    optional: list[Span] = []
    if relaxed:
        gold, optional = relax(text, gold, predicted)
    if labels is not None:
        gold = [g for g in gold if g[2] in labels]
        predicted = [p for p in predicted if p[2] in labels]
    # a prediction that matches an optional gold span is neither rewarded nor punished
    predicted = [p for p in predicted if not any(_overlaps(p, o) and p[2] == o[2] for o in optional)]
    scores = SpanScores(documents=1)
    gold_set = set(gold)
    all_labels = sorted({s[2] for s in gold} | {s[2] for s in predicted})
    for label in all_labels + ["ALL"]:
        g = [s for s in gold if label == "ALL" or s[2] == label]
        p = [s for s in predicted if label == "ALL" or s[2] == label]
        exact_hits = len(set(g) & set(p))
        scores.exact[label] = PRF(exact_hits, len(p) - exact_hits, len(g) - exact_hits)
        found = sum(1 for s in g if any(_overlaps(s, q) and s[2] == q[2] for q in p))
        right = sum(1 for q in p if any(_overlaps(s, q) and s[2] == q[2] for s in g))
        scores.overlap[label] = OverlapPRF(right, len(p) - right, len(g) - found, found)
    scores.false_positives = [(p[2], text[p[0]:p[1]]) for p in predicted if p not in gold_set]
    predicted_set = set(predicted)
    scores.false_negatives = [(g[2], text[g[0]:g[1]]) for g in gold if g not in predicted_set]
    return scores


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
