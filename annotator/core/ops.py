"""Edits as values: the one edit path.

Every change a reviewer (or the app on their behalf) makes to a project is one of the
operations below. Each carries everything about itself, so nothing else switches on types:

- `check(stored)`: is what it expects to find (its `old`, the span as it was read) what is
  stored now? If not it raises `Stale`, saying what changed; nothing is written.
- `apply(stored)`: the change, returned with database ids filled in.
- `inverse()`: the operation that undoes it; undo and redo are applied, and checked, like
  any other edit.
- `name`: what the undo menu and the status bar show.
- `lesson(stored)`: what it teaches the review lexicon ((text, label, accepted, removed)).
- `touches()`: what it changes, so each view refreshes only what it shows.

`stored` is the project as the store exposes it (`Stored` below); the SQL lives in
annotator.store, the rules here, so they are tested without Qt or SQL. `REGISTRY` maps the
names recorded in the history table back to the classes.

Rules every edit keeps (docs/editing.md): a span must match the article text; an article
never holds two spans of the same kind with the same extent; entities of one article never
overlap (flat annotation: labelling over entities replaces them in the same step, a stale
view that would create an overlap is refused); a span's label must exist.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from .op_base import (  # noqa: F401 - the edit path's names, in one place
    REGISTRY, Cancelled, Invalid, Op, Stale, Stored, Touches, differences, op_from_dict, op_from_json, op_to_dict,
    op_to_json, run,
)
from .op_labels import AddLabel, RemoveLabel, UpdateLabel  # noqa: F401
from .restructure import RestructureArticles  # noqa: F401 - merge, split, retitle (issue 17)
from .op_imports import ImportArticles, RemoveImported  # noqa: F401 - an import as one undo step
from .types import STATUSES, Entity, Label, Metric

# --- what a refusal says ------------------------------------------------------------------


def _show(span) -> str:
    if isinstance(span, Entity):
        return f"{span.label} “{span.text}” ({span.start}–{span.end})"
    value = "" if span.value is None else f" = {span.value}{span.unit}"
    return f"metric “{span.text}” ({span.start}–{span.end}){value}"


def _expect_span(stored: Stored, article_id: int, expected, kind: str) -> None:
    now = stored.entity(article_id, expected.id) if kind == "entity" else stored.metric(article_id, expected.id)
    if now is None:
        raise Stale(f"{_show(expected)} is no longer in the article: it was removed or replaced", article_id)
    if now != expected:
        raise Stale(f"{_show(expected)} was changed: {differences(expected, now)}", article_id)


def _fits_text(stored: Stored, article_id: int, span) -> None:
    text = stored.text(article_id)
    if text is None:
        raise Stale(f"article {article_id} is no longer in the project", article_id)
    if not (0 <= span.start < span.end <= len(text)) or text[span.start:span.end] != span.text:
        raise Invalid(f"article {article_id}: span {span.start}-{span.end} {span.text!r} does not match the article text")


def _entity_fits(stored: Stored, article_id: int, entity: Entity, replacing: int | None = None) -> None:
    """Label exists, no identical or overlapping entity (other than the one being replaced)."""
    _fits_text(stored, article_id, entity)
    label = stored.label(entity.label)
    if label is None or label.kind != "entity":
        raise Stale(f"the label {entity.label} no longer exists (it was renamed or deleted)", article_id)
    for other in stored.entities(article_id):
        if other.id == replacing or other.id is not None and other.id == entity.id:
            continue
        if (other.start, other.end) == (entity.start, entity.end):
            raise Stale(f"“{entity.text}” ({entity.start}–{entity.end}) is already labelled {other.label}", article_id)
        if other.start < entity.end and entity.start < other.end:
            raise Stale(f"{_show(entity)} would overlap {_show(other)}, labelled since this article was shown", article_id)


def _metric_fits(stored: Stored, article_id: int, metric: Metric, replacing: int | None = None) -> None:
    _fits_text(stored, article_id, metric)
    for other in stored.metrics(article_id):
        if other.id != replacing and (other.start, other.end) == (metric.start, metric.end):
            raise Stale(f"“{metric.text}” ({metric.start}–{metric.end}) is already a metric", article_id)


# --- spans ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddEntity(Op):
    article_id: int
    entity: Entity
    name: ClassVar[str] = "Add entity"

    def check(self, stored):
        _entity_fits(stored, self.article_id, self.entity)

    def apply(self, stored):
        return replace(self, entity=stored.insert_entity(self.article_id, self.entity))

    def inverse(self):
        return RemoveEntity(self.article_id, self.entity)

    def lesson(self, stored):
        return [(self.entity, 1, 0)]

    def touches(self):
        return replace(super().touches(), entities=True)

    def added_span(self):
        return self.entity

    def repeat_in(self, article):
        found, phrase = [], self.entity.text
        start = article.text.find(phrase) if phrase else -1
        while start != -1:
            end = start + len(phrase)
            if not any(e.start < end and start < e.end for e in article.entities):
                found.append(AddEntity(article.id, Entity(start, end, self.entity.label, phrase, "human")))
            start = article.text.find(phrase, end)
        return found

    def repeat_phrase(self):
        return ("add", self.entity.label, self.entity.text)


@dataclass(frozen=True)
class RemoveEntity(Op):
    article_id: int
    entity: Entity
    name: ClassVar[str] = "Remove entity"

    def check(self, stored):
        _expect_span(stored, self.article_id, self.entity, "entity")

    def apply(self, stored):
        stored.delete_entity(self.article_id, self.entity.id)
        return self

    def inverse(self):
        return AddEntity(self.article_id, self.entity)

    def lesson(self, stored):
        return [(self.entity, 0, 1)]

    def touches(self):
        return replace(super().touches(), entities=True)

    def repeat_in(self, article):
        return [RemoveEntity(article.id, e) for e in article.entities
                if (e.text, e.label) == (self.entity.text, self.entity.label)]

    def repeat_phrase(self):
        return ("remove", self.entity.label, self.entity.text)


@dataclass(frozen=True)
class UpdateEntity(Op):
    """Relabel or move the boundaries of an entity (`old.id == new.id`)."""

    article_id: int
    old: Entity
    new: Entity
    name: ClassVar[str] = "Edit entity"

    def check(self, stored):
        _expect_span(stored, self.article_id, self.old, "entity")
        _entity_fits(stored, self.article_id, self.new, replacing=self.old.id)

    def apply(self, stored):
        stored.update_entity(self.article_id, replace(self.new, id=self.old.id))
        return self

    def inverse(self):
        return UpdateEntity(self.article_id, self.new, self.old)

    def lesson(self, stored):
        if (self.old.text, self.old.label) == (self.new.text, self.new.label):
            return []
        return [(self.old, 0, 1), (self.new, 1, 0)]

    def touches(self):
        return replace(super().touches(), entities=True)


@dataclass(frozen=True)
class AddMetric(Op):
    article_id: int
    metric: Metric
    name: ClassVar[str] = "Add metric"

    def check(self, stored):
        _metric_fits(stored, self.article_id, self.metric)

    def apply(self, stored):
        return replace(self, metric=stored.insert_metric(self.article_id, self.metric))

    def inverse(self):
        return RemoveMetric(self.article_id, self.metric)

    def touches(self):
        return replace(super().touches(), metrics=True)

    def added_span(self):
        return self.metric


@dataclass(frozen=True)
class RemoveMetric(Op):
    article_id: int
    metric: Metric
    name: ClassVar[str] = "Remove metric"

    def check(self, stored):
        _expect_span(stored, self.article_id, self.metric, "metric")

    def apply(self, stored):
        stored.delete_metric(self.article_id, self.metric.id)
        return self

    def inverse(self):
        return AddMetric(self.article_id, self.metric)

    def touches(self):
        return replace(super().touches(), metrics=True)


@dataclass(frozen=True)
class UpdateMetric(Op):
    """Any field of a metric: boundaries, value, unit, indicator, period..."""

    article_id: int
    old: Metric
    new: Metric
    name: ClassVar[str] = "Edit metric"

    def check(self, stored):
        _expect_span(stored, self.article_id, self.old, "metric")
        _metric_fits(stored, self.article_id, self.new, replacing=self.old.id)

    def apply(self, stored):
        stored.update_metric(self.article_id, replace(self.new, id=self.old.id))
        return self

    def inverse(self):
        return UpdateMetric(self.article_id, self.new, self.old)

    def touches(self):
        return replace(super().touches(), metrics=True)


# --- articles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetStatus(Op):
    """Accept, reject, skip or reopen an article. `old` is the status the reviewer saw."""

    article_id: int
    old: str
    new: str
    old_reviewer: str = ""
    new_reviewer: str = ""
    name: ClassVar[str] = "Set status"

    def check(self, stored):
        if self.new not in STATUSES:
            raise Invalid(f"unknown status {self.new!r}")
        now = stored.status(self.article_id)
        if now is None:
            raise Stale(f"article {self.article_id} is no longer in the project", self.article_id)
        if now != self.old:
            raise Stale(f"the article was marked {now} since it was shown (as {self.old})", self.article_id)

    def apply(self, stored):
        # the reviewer as stored (not as the caller thought), so the inverse restores it exactly
        applied = replace(self, old_reviewer=stored.reviewer(self.article_id))
        stored.set_status(self.article_id, self.new, self.new_reviewer)
        return applied

    def inverse(self):
        return SetStatus(self.article_id, self.new, self.old, self.new_reviewer, self.old_reviewer)

    def lesson(self, stored):
        change = (self.new == "accepted") - (self.old == "accepted")
        return [(entity, change, 0) for entity in stored.entities(self.article_id)] if change else []

    def touches(self):
        return replace(super().touches(), status=True)

    def status_moves(self):
        return [(self.old, self.new)]


@dataclass(frozen=True)
class SetProposed(Op):
    """What pre-extraction proposed for an article (kept to measure review, see store.imports)."""

    article_id: int
    old: str
    new: str
    name: ClassVar[str] = "Re-extract"

    def check(self, stored):
        now = stored.proposed(self.article_id)
        if now is None:
            raise Stale(f"article {self.article_id} is no longer in the project", self.article_id)
        if now != self.old:
            raise Stale("the article was re-extracted elsewhere since it was read", self.article_id)

    def apply(self, stored):
        stored.set_proposed(self.article_id, self.new)
        return self

    def inverse(self):
        return SetProposed(self.article_id, self.new, self.old)


# --- several edits as one gesture ---------------------------------------------------------


@dataclass(frozen=True)
class Batch(Op):
    """Several edits that are one gesture, checked in turn, saved and undone together."""

    ops: tuple
    label: str = "Batch edit"
    teaches: bool = True  # re-extraction and label deletion teach the lexicon nothing

    @property
    def name(self) -> str:  # type: ignore[override]
        return self.label

    @property
    def article_id(self) -> int | None:  # type: ignore[override]
        return next((op.article_id for op in self.leaves() if getattr(op, "article_id", None) is not None), None)

    def apply(self, stored):
        return replace(self, ops=tuple(run(op, stored) for op in self.ops))

    def inverse(self):
        return replace(self, ops=tuple(op.inverse() for op in reversed(self.ops)))

    def lesson(self, stored):
        return [item for op in self.ops for item in op.lesson(stored)] if self.teaches else []

    def touches(self):
        result = Touches()
        for op in self.ops:
            result = result | op.touches()
        return result

    def leaves(self):
        return [leaf for op in self.ops for leaf in op.leaves()]

    def status_moves(self):
        return [move for op in self.ops for move in op.status_moves()]

    def added_span(self):
        return next((s for s in (op.added_span() for op in reversed(self.ops)) if s is not None), None)

    def repeat_phrase(self):
        return next((p for p in (op.repeat_phrase() for op in reversed(self.ops)) if p is not None), None)

    def repeat_in(self, article):
        last = next((op for op in reversed(self.ops) if op.repeat_phrase() is not None), None)
        return last.repeat_in(article) if last else []


def flatten(op: Op) -> list[Op]:
    return op.leaves()


def delete_label(label: Label, uses: list[tuple[int, Entity]]) -> Batch:
    """Deleting a label removes the spans that carry it, in the same step (one undo brings
    label and spans back). `uses` are the (article id, entity) pairs as read."""
    removals = tuple(RemoveEntity(article_id, entity) for article_id, entity in uses)
    return Batch((*removals, RemoveLabel(label)), "Delete label", teaches=False)


@dataclass(frozen=True)
class Reextract(Batch):
    """Proposals refreshed by pre-extraction (the R key, `annotator reextract`): one undo
    step. It teaches the lexicon nothing: a proposal replaced by the machine is no
    reviewer's lesson. Built by `editing.reextract_ops`."""

    label: str = "Re-extract"
    teaches: bool = False
