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
