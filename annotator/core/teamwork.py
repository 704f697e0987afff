"""Teams, the pure part: who gets which article, and what several reviewers' versions of one
article come to. Articles are known by their content hash, the identity every copy of a
project shares."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

_REVIEWER_NAME = re.compile(r"^[\w][\w.\- ]{0,63}$")


def check_reviewers(names: list[str], overlap: float) -> list[str]:
    """The reviewers of an assignment, or ValueError saying what is wrong with them."""
    names = [n.strip() for n in names if n.strip()]
    if not names:
        raise ValueError("give at least one reviewer (--reviewers alice,bob)")
    bad = [n for n in names if not _REVIEWER_NAME.match(n)]
    if bad:
        raise ValueError(f"reviewer name {bad[0]!r} cannot be part of a file name (letters, digits, . - _ and spaces)")
    if len(set(names)) != len(names):
        raise ValueError("a reviewer is named twice in --reviewers")
    if not 0.0 <= overlap <= 1.0:
        raise ValueError(f"--overlap {overlap} must be between 0 and 1")
    if overlap and len(names) < 2:
        raise ValueError("--overlap needs at least two reviewers (one article is given to two of them)")
    return names


def plan_assignment(keys: list[str], reviewers: list[str], overlap: float, seed: int) -> dict[str, list[str]]:
    """Each article to one reviewer (shares as even as can be), and a share `overlap` of
    them to a second one as well, to measure agreement on. The same keys, reviewers and
    seed give the same plan; the order of `keys` does not matter."""
    rng = random.Random(seed)
    order = sorted(keys)
    rng.shuffle(order)
    plan: dict[str, list[str]] = {name: [] for name in reviewers}
    shared = round(overlap * len(order)) if len(reviewers) > 1 else 0
    for index, key in enumerate(order):
        first = index % len(reviewers)
        plan[reviewers[first]].append(key)
        if index < shared:
            # the second reviewer rotates too, so every pair of reviewers shares articles
            step = 1 + (index // len(reviewers)) % (len(reviewers) - 1)
            plan[reviewers[(first + step) % len(reviewers)]].append(key)
    return {name: sorted(got) for name, got in plan.items()}


@dataclass(frozen=True)
class Version:
    """One reviewer's version of an article: its status and spans. `entities` holds
    (label, start, end, text, origin); `metrics` the metric records as plain tuples whose
    first two items are start and end and whose last is the origin."""

    reviewer: str
    status: str
    entities: tuple = ()
    metrics: tuple = ()

    def span_keys(self) -> frozenset:
        """What must match for two reviewers to agree: labels and offsets (values for metrics)."""
        return frozenset(e[:3] for e in self.entities) | frozenset(("METRIC",) + tuple(m[:-1]) for m in self.metrics)

    @property
    def reviewed(self) -> bool:
        return self.status != "pending"


@dataclass(frozen=True)
class Outcome:
    state: str  # single | unreviewed | agreed | disagreed
    status: str
    reviewer: str
    entities: tuple
    metrics: tuple


def merge_outcome(versions: list[Version]) -> Outcome:
    """What the team file holds for an article. Two or more reviewed versions that match
    (status and spans) are the answer; if they differ the article stays pending with the
    spans they share, for a curator to settle. An article only one reviewer reviewed keeps
    that version."""
    versions = sorted(versions, key=lambda v: v.reviewer)
    reviewed = [v for v in versions if v.reviewed]
    names = "+".join(v.reviewer for v in reviewed)
    if not reviewed:
        first = versions[0]
        return Outcome("unreviewed", "pending", "", first.entities, first.metrics)
    if len(reviewed) == 1:
        only = reviewed[0]
        return Outcome("single", only.status, only.reviewer, only.entities, only.metrics)
    keys = {v.span_keys() for v in reviewed}
    if len(keys) == 1 and len({v.status for v in reviewed}) == 1:
        return Outcome("agreed", reviewed[0].status, names, _prefer_human(reviewed, "entities"),
                       _prefer_human(reviewed, "metrics"))
    common = frozenset.intersection(*keys)
    first = reviewed[0]
    entities = tuple(e for e in first.entities if e[:3] in common)
    metrics = tuple(m for m in first.metrics if ("METRIC",) + tuple(m[:-1]) in common)
    return Outcome("disagreed", "pending", names, entities, metrics)


def _prefer_human(versions: list[Version], kind: str) -> tuple:
    """The agreed spans; a span any reviewer added by hand keeps origin human."""
    human = {span[:-1] for v in versions for span in getattr(v, kind) if span[-1] == "human"}
    return tuple(span[:-1] + ("human",) if span[:-1] in human else span for span in getattr(versions[0], kind))


# -- curation: taking a reviewer's version, through the one edit path (undoable) ---------


def version_entity(span: tuple):
    from .types import Entity

    label, start, end, text, origin = span
    return Entity(start, end, label, text, origin)


def version_metric(span: tuple):
    from decimal import Decimal

    from .types import Metric

    start, end, text, value, value_high, unit, approx, indicator, period, numeral, origin = span
    return Metric(start, end, text, None if value is None else Decimal(value), unit, bool(approx), indicator, period,
                  origin, None if value_high is None else Decimal(value_high), numeral)


def _metric_key(metric) -> tuple:
    return (metric.start, metric.end, metric.text, metric.value, metric.value_high, metric.unit, metric.approx,
            metric.indicator, metric.period, metric.numeral)


def take_version(article, version: Version, curator: str):
    """The edits that make the article what `version` says (spans and status), as one
    undoable step; None when it already is."""
    from . import ops as O

    wanted_entities = [version_entity(e) for e in version.entities]
    wanted_keys = {(e.label, e.start, e.end) for e in wanted_entities}
    have_keys = {(e.label, e.start, e.end) for e in article.entities}
    steps = [O.RemoveEntity(article.id, e) for e in article.entities if (e.label, e.start, e.end) not in wanted_keys]
    steps += [O.AddEntity(article.id, e) for e in wanted_entities if (e.label, e.start, e.end) not in have_keys]
    wanted_metrics = [version_metric(m) for m in version.metrics]
    wanted_metric_keys = {_metric_key(m) for m in wanted_metrics}
    have_metric_keys = {_metric_key(m) for m in article.metrics}
    steps += [O.RemoveMetric(article.id, m) for m in article.metrics if _metric_key(m) not in wanted_metric_keys]
    steps += [O.AddMetric(article.id, m) for m in wanted_metrics if _metric_key(m) not in have_metric_keys]
    if version.status != article.status:
        steps.append(O.SetStatus(article.id, article.status, version.status, article.reviewer, curator))
    return O.Batch(tuple(steps), "Take version") if steps else None


def take_span(article, version: Version, index: int):
    """Take one span of a version (entities first, then metrics, by `index`): it replaces the
    article's spans that overlap it. None when the article has it already."""
    from . import ops as O

    spans = [("entity", version_entity(e)) for e in version.entities] + \
            [("metric", version_metric(m)) for m in version.metrics]
    kind, span = spans[index]
    if kind == "entity":
        if any((e.label, e.start, e.end) == (span.label, span.start, span.end) for e in article.entities):
            return None
        clashing = [O.RemoveEntity(article.id, e) for e in article.entities if e.start < span.end and span.start < e.end]
        return O.Batch(tuple(clashing) + (O.AddEntity(article.id, span),), "Take span")
    if any(_metric_key(m) == _metric_key(span) for m in article.metrics):
        return None
    clashing = [O.RemoveMetric(article.id, m) for m in article.metrics if m.start < span.end and span.start < m.end]
    return O.Batch(tuple(clashing) + (O.AddMetric(article.id, span),), "Take span")


def differences(article, version: Version) -> list[tuple[int, str, str]]:
    """What a version has that the article has not, and the reverse: (index in the
    version's span list or -1, '+' or '-', description) for the curation view."""
    rows = []
    have_entities = {(e.label, e.start, e.end) for e in article.entities}
    theirs_entities = {(e[0], e[1], e[2]) for e in version.entities}
    for index, span in enumerate(version.entities):
        if (span[0], span[1], span[2]) not in have_entities:
            rows.append((index, "+", f"{span[0]} {span[3]} ({span[1]}–{span[2]})"))
    have_metrics = {_metric_key(m) for m in article.metrics}
    for offset, span in enumerate(version.metrics):
        metric = version_metric(span)
        if _metric_key(metric) not in have_metrics:
            rows.append((len(version.entities) + offset, "+", f"METRIC {metric.text} ({metric.start}–{metric.end})"))
    for entity in article.entities:
        if (entity.label, entity.start, entity.end) not in theirs_entities:
            rows.append((-1, "-", f"{entity.label} {entity.text} ({entity.start}–{entity.end})"))
    theirs_metrics = {_metric_key(version_metric(m)) for m in version.metrics}
    for metric in article.metrics:
        if _metric_key(metric) not in theirs_metrics:
            rows.append((-1, "-", f"METRIC {metric.text} ({metric.start}–{metric.end})"))
    return rows
