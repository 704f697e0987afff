"""Conversions between table rows and domain values (exact decimals included)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal

from ..core.types import Article, Entity, Metric
from .texts import unpack as unpack_text

ENTITY_COLUMNS = 'id, start, "end", label, text, origin, confidence'
METRIC_COLUMNS = 'id, start, "end", text, value, value_high, unit, approx, indicator, period, numeral, origin'
# what a stream of every article's spans reads (queries.iter_article_rows): the article id first
ENTITY_SPAN_COLUMNS = "article_id, " + ENTITY_COLUMNS
METRIC_SPAN_COLUMNS = "article_id, " + METRIC_COLUMNS
ARTICLE_COLUMNS = (
    "a.id, a.text, a.title, a.subtitle, a.byline, coalesce(s.name, '') AS source, a.position, "
    "a.status, a.reviewer, a.updated_at, a.meta"
)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def decimal_text(value: Decimal | None) -> str | None:
    """Canonical exact text of a value: no exponent, no trailing zeros after the point."""
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


# Spans are read by the million when exporting: they are built without the frozen
# dataclasses' __init__ (one object.__setattr__ per field, about half the cost of a span);
# the rows come from the project, already checked when they were written.
_new = object.__new__


def entity_from_row(row) -> Entity:
    id_, start, end, label, text, origin, confidence = row
    entity = _new(Entity)
    entity.__dict__.update(start=start, end=end, label=label, text=text, origin=origin, id=id_,
                           confidence=confidence)
    return entity


def entity_from_span_row(row) -> Entity:
    """A row of (article_id, ENTITY_COLUMNS), as a stream of every article's spans reads them."""
    _, id_, start, end, label, text, origin, confidence = row
    entity = _new(Entity)
    entity.__dict__.update(start=start, end=end, label=label, text=text, origin=origin, id=id_,
                           confidence=confidence)
    return entity


def metric_from_row(row) -> Metric:
    return metric_from_span_row((None, *row))


def metric_from_span_row(row) -> Metric:
    """A row of (article_id, METRIC_COLUMNS)."""
    _, id_, start, end, text, value, value_high, unit, approx, indicator, period, numeral, origin = row
    metric = _new(Metric)
    metric.__dict__.update(
        start=start, end=end, text=text, value=None if value is None else Decimal(value), unit=unit,
        approx=bool(approx), indicator=indicator, period=period, origin=origin,
        value_high=None if value_high is None else Decimal(value_high), numeral=numeral, id=id_,
    )
    return metric


def meta_from_text(meta: str | None) -> dict:
    """An article's stored meta column as a dict (most are empty)."""
    return {} if meta == "{}" or not meta else json.loads(meta)


def article_from_row(row, entities=(), metrics=()) -> Article:
    id_, text, title, subtitle, byline, source, position, status, reviewer, updated_at, meta = row
    article = _new(Article)  # as the spans above: a project's articles are read by the 100,000
    article.__dict__.update(
        id=id_, text=unpack_text(text), title=title, subtitle=subtitle, byline=byline, source=source, position=position,
        status=status, reviewer=reviewer, updated_at=updated_at,
        meta=meta_from_text(meta), entities=tuple(entities), metrics=tuple(metrics),
    )
    return article


def article_from_rows(rows: tuple[tuple, tuple, tuple]) -> Article:
    """(article row, entity span rows, metric span rows), as `queries.iter_article_rows` gives them."""
    row, entity_rows, metric_rows = rows
    return article_from_row(row, map(entity_from_span_row, entity_rows), map(metric_from_span_row, metric_rows))


def entity_params(article_id: int, entity: Entity) -> tuple:
    return (entity.id, article_id, entity.start, entity.end, entity.label, entity.text, entity.origin,
            entity.confidence)


def metric_params(article_id: int, metric: Metric) -> tuple:
    return (
        metric.id, article_id, metric.start, metric.end, metric.text,
        decimal_text(metric.value), decimal_text(metric.value_high), metric.unit, int(metric.approx),
        metric.indicator, metric.period, metric.numeral, metric.origin,
    )


INSERT_ENTITY = (
    'INSERT INTO entities (id, article_id, start, "end", label, text, origin, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
)
INSERT_METRIC = (
    'INSERT INTO metrics (id, article_id, start, "end", text, value, value_high, unit, approx, indicator, '
    "period, numeral, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
