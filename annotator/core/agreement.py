"""Inter-annotator agreement over the articles two reviewers share.

- Span F1 per label: a span agrees when both gave the same label to the same offsets
  (metrics: the same offsets); F1 = 2·both / (spans of A + spans of B). It is symmetric,
  so neither reviewer is taken as the truth.
- Cohen's kappa on statuses (accepted / rejected / skipped): (p_o − p_e) / (1 − p_e), p_e
  from each reviewer's own status shares.

Both count only articles both reviewers have reviewed (status other than pending): an article
one of them has not looked at yet says nothing about agreement.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from .teamwork import Version


@dataclass(frozen=True)
class LabelFigure:
    both: int
    only_a: int
    only_b: int

    @property
    def f1(self) -> float | None:
        total = 2 * self.both + self.only_a + self.only_b
        return None if total == 0 else 2 * self.both / total


@dataclass
class PairFigures:
    a: str
    b: str
    shared: int = 0  # articles both were given
    reviewed: int = 0  # of those, reviewed by both
    labels: dict[str, LabelFigure] = field(default_factory=dict)
    kappa: float | None = None
    observed: float | None = None  # share of reviewed articles with the same status

    @property
    def overall(self) -> LabelFigure:
        return LabelFigure(sum(f.both for f in self.labels.values()), sum(f.only_a for f in self.labels.values()),
                           sum(f.only_b for f in self.labels.values()))


@dataclass
class AgreementFigures:
    reviewers: list[str]
    labels: list[str]
    pairs: list[PairFigures]

    def per_reviewer(self) -> dict[str, dict[str, float | None]]:
        """Each reviewer's mean F1 per label with every other reviewer (pairs without
        spans of that label left out); key "all" is the mean overall F1."""
        table: dict[str, dict[str, float | None]] = {}
        for name in self.reviewers:
            mine = [p for p in self.pairs if name in (p.a, p.b)]
            row = {}
            for label in self.labels + ["all"]:
                values = [(p.overall if label == "all" else p.labels.get(label, LabelFigure(0, 0, 0))).f1 for p in mine]
                values = [v for v in values if v is not None]
                row[label] = sum(values) / len(values) if values else None
            table[name] = row
        return table


def span_keys(version: Version) -> set[tuple[str, int, int]]:
    return {(e[0], e[1], e[2]) for e in version.entities} | {("METRIC", m[0], m[1]) for m in version.metrics}


def cohen_kappa(pairs: list[tuple[str, str]]) -> tuple[float | None, float | None]:
    """(kappa, observed agreement) of paired categories; kappa is None when chance
    agreement is certain (both gave one and the same status to everything)."""
    if not pairs:
        return None, None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    categories = {c for pair in pairs for c in pair}
    expected = sum((sum(a == c for a, _ in pairs) / n) * (sum(b == c for _, b in pairs) / n) for c in categories)
    if expected >= 1.0:
        return None, observed
    return (observed - expected) / (1 - expected), observed


def pair_figures(a: str, b: str, mine: dict[str, Version], theirs: dict[str, Version]) -> PairFigures:
    figures = PairFigures(a, b)
    shared = sorted(set(mine) & set(theirs))
    figures.shared = len(shared)
    counts: dict[str, list[int]] = {}
    statuses = []
    for key in shared:
        first, second = mine[key], theirs[key]
        if not (first.reviewed and second.reviewed):
            continue
        statuses.append((first.status, second.status))
        spans_a, spans_b = span_keys(first), span_keys(second)
        for span in spans_a | spans_b:
            tally = counts.setdefault(span[0], [0, 0, 0])
            tally[0 if span in spans_a and span in spans_b else 1 if span in spans_a else 2] += 1
    figures.reviewed = len(statuses)
    figures.labels = {label: LabelFigure(*tally) for label, tally in sorted(counts.items())}
    figures.kappa, figures.observed = cohen_kappa(statuses)
    return figures


def agreement(versions: dict[str, dict[str, Version]]) -> AgreementFigures:
    """Figures for every pair of reviewers: versions are reviewer -> article key -> version."""
    reviewers = sorted(versions)
    pairs = [pair_figures(a, b, versions[a], versions[b]) for a, b in combinations(reviewers, 2)]
    labels = sorted({label for p in pairs for label in p.labels})
    for pair in pairs:  # every label in every pair, so tables line up
        pair.labels = {label: pair.labels.get(label, LabelFigure(0, 0, 0)) for label in labels}
    return AgreementFigures(reviewers, labels, pairs)
