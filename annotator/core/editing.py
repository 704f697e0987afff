"""Reviewer gestures turned into operations: label a selection, relabel, move a boundary,
delete, and repeat a correction in other articles. Pure functions over core values, so the
rules are tested without Qt or SQL; the app applies what they return."""
from __future__ import annotations

from dataclasses import replace

from . import ops as O
from .metrics import read_selection
from .numbers import parse_quantity
from .types import Article, Entity, Metric

_TRIM = " \t\n\u3000，。、；：！？,.;:!?"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection without the spaces and punctuation a mouse drag picks up at its ends,
    and within the text."""
    start, end = max(0, start), min(end, len(text))
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def label_selection(article: Article, start: int, end: int, label: str):
    """Label the selected text. An entity already there with the same extent is relabelled;
    entities it overlaps are replaced (flat annotation, the reviewer's choice wins)."""
    start, end = trimmed(article.text, start, end)
    if start >= end:
        return None
    text = article.text[start:end]
    same = [e for e in article.entities if (e.start, e.end) == (start, end)]
    if same:
        if same[0].label == label:
            return None
        return O.UpdateEntity(article.id, same[0], replace(same[0], label=label, origin="human"))
    overlapping = [e for e in article.entities if e.start < end and start < e.end]
    add = O.AddEntity(article.id, Entity(start, end, label, text, "human"))
    if not overlapping:
        return add
    removals = tuple(O.RemoveEntity(article.id, e) for e in overlapping)
    return O.Batch((*removals, add), "Label selection")


def metric_for_selection(article: Article, start: int, end: int):
    """Mark the selection as a metric; value and unit pre-filled by the parser."""
    start, end = trimmed(article.text, start, end)
    if start >= end:
        return None
    text = article.text[start:end]
    if any((m.start, m.end) == (start, end) for m in article.metrics):
        return None
    best = read_selection(text)  # what the reviewer marked, even a form not proposed (`两个`)
    metric = Metric(start, end, text, None, "", origin="human")
    if best is not None:
        metric = replace(best, start=start, end=end, text=text, origin="human", id=None)
    return O.AddMetric(article.id, metric)


def relabel(article: Article, entity: Entity, label: str):
    if entity.label == label:
        return None
    return O.UpdateEntity(article.id, entity, replace(entity, label=label, origin="human"))


def move_boundary(article: Article, span, edge: str, delta: int):
    """Move a span's start or end by `delta` characters; None when it would be empty or
    leave the text."""
    start, end = span.start, span.end
    if edge == "start":
        start += delta
    else:
        end += delta
    if not (0 <= start < end <= len(article.text)):
        return None
    moved = replace(span, start=start, end=end, text=article.text[start:end], origin="human")
    if isinstance(span, Entity):
        return O.UpdateEntity(article.id, span, moved)
    return O.UpdateMetric(article.id, span, moved)


def delete(article: Article, span):
    if isinstance(span, Entity):
        return O.RemoveEntity(article.id, span)
    return O.RemoveMetric(article.id, span)


def repeat_correction(op, articles: list[Article]) -> O.Batch | None:
    """The same correction in other articles, as each operation defines it (an added entity
    is added wherever its text occurs unlabelled; a removed one is removed wherever the same
    text carries that label). None when there is nothing to repeat."""
    phrase = op.repeat_phrase()
    if phrase is None:
        return None
    ops = [repeated for article in articles for repeated in op.repeat_in(article)]
    name = "Label everywhere" if phrase[0] == "add" else "Remove everywhere"
    return O.Batch(tuple(ops), name) if ops else None


def parse_value(text: str):
    """A value typed by a reviewer (see numbers.parse_quantity, the one parser)."""
    return parse_quantity(text)


def reextract_ops(article: Article, entities, metrics) -> list:
    """What refreshing an article's proposals changes: auto spans the extractor no longer
    proposes go, new proposals come where no reviewer's span lies; human and imported
    spans stay as they are."""
    def key(span):
        return (span.start, span.end, getattr(span, "label", "METRIC"))

    kept = [s for s in (*article.entities, *article.metrics) if s.origin != "auto"]
    old_auto = {key(s): s for s in (*article.entities, *article.metrics) if s.origin == "auto"}
    new = {key(s): s for s in (*entities, *metrics)
           if not any(k.start < s.end and s.start < k.end for k in kept)}
    ops = []
    for k, span in old_auto.items():
        if k not in new:
            ops.append(O.RemoveEntity(article.id, span) if isinstance(span, Entity) else O.RemoveMetric(article.id, span))
    for k, span in new.items():
        if k not in old_auto:
            ops.append(O.AddEntity(article.id, span) if isinstance(span, Entity) else O.AddMetric(article.id, span))
    return ops
