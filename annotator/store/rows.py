"""Conversions between table rows and domain values (exact decimals included)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal

from ..core.types import Article, Entity, Metric

ENTITY_COLUMNS = 'id, start, "end", label, text, origin, confidence'
METRIC_COLUMNS = 'id, start, "end", text, value, value_high, unit, approx, indicator, period, numeral, origin'
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


def entity_from_row(row) -> Entity:
    id_, start, end, label, text, origin, confidence = row
    return Entity(start, end, label, text, origin, id_, confidence)


def metric_from_row(row) -> Metric:
    id_, start, end, text, value, value_high, unit, approx, indicator, period, numeral, origin = row
    return Metric(
        start, end, text,
        None if value is None else Decimal(value),
        unit, bool(approx), indicator, period, origin,
        None if value_high is None else Decimal(value_high),
        numeral, id_,
    )


def article_from_row(row, entities=(), metrics=()) -> Article:
    id_, text, title, subtitle, byline, source, position, status, reviewer, updated_at, meta = row
    return Article(
        id_, text, title, subtitle, byline, source, position, status, reviewer, updated_at,
        json.loads(meta or "{}"), tuple(entities), tuple(metrics),
    )


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
