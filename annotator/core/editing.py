"""Reviewer gestures turned into operations: label a selection, relabel, move a boundary,
delete, and repeat a correction in other articles. Pure functions over core values, so the
rules are tested without Qt or SQL; the app applies what they return."""
from __future__ import annotations

from dataclasses import replace

from . import ops as O
from .metrics import read_selection
from .types import Article, Entity, Metric

_TRIM = " \t\n\u3000，。、；：！？,.;:!?"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection without the spaces and punctuation a mouse drag picks up at its ends."""
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


def occurrences_to_label(article: Article, phrase: str, label: str) -> list[O.AddEntity]:
    """Where `phrase` could be labelled in another article: every occurrence that no entity
    already covers."""
    found = []
    start = article.text.find(phrase)
    while start != -1 and phrase:
        end = start + len(phrase)
        if not any(e.start < end and start < e.end for e in article.entities):
            found.append(O.AddEntity(article.id, Entity(start, end, label, phrase, "human")))
        start = article.text.find(phrase, end)
    return found


def repeat_correction(op, articles: list[Article]) -> O.Batch | None:
    """The same correction in other articles: an added entity is added wherever its text
    occurs unlabelled; a removed one is removed wherever the same text carries that label."""
    ops: list = []
    if isinstance(op, O.AddEntity):
        for article in articles:
            ops += occurrences_to_label(article, op.entity.text, op.entity.label)
        name = "Label everywhere"
    elif isinstance(op, O.RemoveEntity):
        for article in articles:
            ops += [O.RemoveEntity(article.id, e) for e in article.entities
                    if (e.text, e.label) == (op.entity.text, op.entity.label)]
        name = "Remove everywhere"
    else:
        return None
    return O.Batch(tuple(ops), name) if ops else None


_MULTIPLIER = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3, "百": 100}
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")


def parse_value(text: str):
    """A value typed by a reviewer: `531000000`, `5.31亿`, `1,234`, `５２４１.５万`.
    Returns an exact Decimal, or raises ValueError."""
    from decimal import Decimal, InvalidOperation

    cleaned = text.strip().translate(_FULL_WIDTH_DIGITS).replace(",", "").replace(" ", "")
    factor = 1
    for word, multiplier in _MULTIPLIER.items():
        if cleaned.endswith(word):
            cleaned, factor = cleaned[: -len(word)], multiplier
            break
    try:
        value = Decimal(cleaned) * factor
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a finite number")
    return value


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
