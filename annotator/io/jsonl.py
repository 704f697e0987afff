"""The native JSONL format: one article per line.

    {"id", "source", "title", "subtitle", "byline", "text", "status", "annotator", "updated_at",
     "entities": [{"start", "end", "label", "text", "origin"}],
     "metrics": [{"start", "end", "text", "value", "unit", "approx", "indicator", "period", "origin"}]}

Offsets are Python string indices (code points) into `text`. `value` is written as a JSON
number with exactly the digits of the stored decimal and read back as a Decimal.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from ..core.types import STATUSES, Article, ArticleDraft, Entity, Metric, span_problems
from .atomic import atomic_writer
from .problems import Problem

_NUMBER_MARK = "\u0000num:"
_NUMBER_TOKEN = re.compile(r'"\\u0000num:(-?[0-9.]+)"')


def decimal_text(value: Decimal | None) -> str | None:
    """The exact digits of a value: no exponent, no trailing zeros after the point."""
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def decimal_json(value: Decimal | None):
    """A placeholder that `dumps` turns into a bare JSON number with the exact digits."""
    return None if value is None else _NUMBER_MARK + decimal_text(value)


def dumps(record: dict, compact: bool = False) -> str:
    """One JSON line; `compact` leaves out the spaces after `,` and `:` (as srsly writes)."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":") if compact else None)
    return _NUMBER_TOKEN.sub(r"\1", text)


def article_record(article: Article, labels: set[str] | None = None) -> dict:
    entities = [e for e in article.entities if labels is None or e.label in labels]
    metrics = list(article.metrics) if labels is None or "METRIC" in labels else []
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "text": article.text,
        "status": article.status,
        "annotator": article.reviewer,
        "updated_at": article.updated_at,
        "entities": [
            {"start": e.start, "end": e.end, "label": e.label, "text": e.text, "origin": e.origin} for e in entities
        ],
        "metrics": [metric_record(m) for m in metrics],
    }


def metric_record(metric: Metric) -> dict:
    record = {
        "start": metric.start, "end": metric.end, "text": metric.text,
        "value": decimal_json(metric.value), "unit": metric.unit, "approx": metric.approx,
        "indicator": metric.indicator, "period": metric.period, "origin": metric.origin,
    }
    if metric.value_high is not None:
        record["value_high"] = decimal_json(metric.value_high)
    if metric.numeral != "arabic":
        record["numeral"] = metric.numeral
    return record


def write_jsonl(path, articles: Iterable[Article], labels: set[str] | None = None,
                progress: Callable[[int], None] | None = None) -> int:
    count = 0
    with atomic_writer(path) as handle:
        for article in articles:
            handle.write(dumps(article_record(article, labels)))
            handle.write("\n")
            count += 1
            if progress and count % 200 == 0:
                progress(count)
    if progress:
        progress(count)
    return count


# --- reading --------------------------------------------------------------------------


def decimal_value(value, what: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"{what} {value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{what} {value!r} is not a finite number")
    return number


def draft_from_record(record: dict) -> ArticleDraft:
    """A native record -> draft; raises ValueError with a reader-friendly message."""
    if not isinstance(record, dict):
        raise ValueError("the line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('the record has no "text"')
    entities = tuple(
        Entity(int(e["start"]), int(e["end"]), str(e["label"]), str(e.get("text", text[int(e["start"]):int(e["end"])])), "import")
        for e in record.get("entities") or []
    )
    metrics = tuple(
        Metric(
            int(m["start"]), int(m["end"]), str(m.get("text", text[int(m["start"]):int(m["end"])])),
            decimal_value(m.get("value"), "metric value"), str(m.get("unit") or ""), bool(m.get("approx", False)),
            str(m.get("indicator") or ""), str(m.get("period") or ""), "import",
            decimal_value(m.get("value_high"), "metric value_high"), str(m.get("numeral") or "arabic"),
        )
        for m in record.get("metrics") or []
    )
    problems = span_problems(text, entities + metrics)
    if problems:
        raise ValueError("; ".join(problems[:3]))
    status = record.get("status") or "pending"
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    meta = dict(record.get("meta") or {})
    if record.get("id") is not None:
        meta.setdefault("original_id", record["id"])
    if record.get("source"):
        meta.setdefault("original_source", record["source"])
    return ArticleDraft(
        text=text, title=str(record.get("title") or ""), subtitle=str(record.get("subtitle") or ""),
        byline=str(record.get("byline") or ""), meta=meta, entities=entities, metrics=metrics, status=status,
    )


def read_jsonl_lines(lines: Iterable[tuple[int, str]], name: str) -> Iterator[ArticleDraft | Problem]:
    """Yield a draft per good line and a Problem (with its line number) per bad one."""
    for number, line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line, parse_float=Decimal)
            draft = draft_from_record(record)
        except json.JSONDecodeError as error:
            yield Problem(name, number, f"broken JSON ({error.msg} at column {error.colno})")
            continue
        except RecursionError:
            yield Problem(name, number, "broken JSON (nested too deeply)")
            continue
        except (ValueError, KeyError, TypeError) as error:
            yield Problem(name, number, f"unusable record: {error}")
            continue
        has_entities = "entities" in record
        has_metrics = "metrics" in record
        yield _with_source_line(draft, number, has_entities, has_metrics)


def _with_source_line(draft: ArticleDraft, number: int, has_entities: bool, has_metrics: bool) -> ArticleDraft:
    needs = tuple(kind for kind, given in (("entities", has_entities), ("metrics", has_metrics)) if not given)
    return replace(draft, source_line=number, position=number, needs_extraction=needs)
