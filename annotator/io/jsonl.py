"""The native JSONL format: one article per line.

    {"id", "source", "title", "subtitle", "byline", "text", "status", "annotator", "updated_at",
     "entities": [{"start", "end", "label", "text", "origin", "confidence" (proposals only)}],
     "metrics": [{"start", "end", "text", "value", "unit", "approx", "indicator", "period", "origin"}]}

Offsets are Python string indices (code points) into `text`. `value` is written as a JSON
number with exactly the digits of the stored decimal and read back as a Decimal.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal, InvalidOperation

from ..core.types import Article, ArticleDraft, Metric
from .atomic import atomic_writer
from .problems import Problem

try:  # a fast encoder (about 8x the standard library's on these records); optional
    import orjson
except ImportError:  # pragma: no cover - a default dependency
    orjson = None

_NUMBER_MARK = "\u0000num:"  # without orjson: a placeholder string that dumps unquotes
_NUMBER_TOKEN = re.compile(r'"\\u0000num:(-?[0-9.]+)"')


def decimal_text(value: Decimal | None) -> str | None:
    """The exact digits of a value: no exponent, no trailing zeros after the point."""
    if value is None:
        return None
    text = str(value)  # fast, and already right for the canonical digits a project stores
    if "E" in text or ("." in text and text[-1] == "0"):
        text = format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".") or "0"
    return text


def decimal_json(value: Decimal | None):
    """What `dumps` writes as a bare JSON number with exactly these digits (a float would
    round): an orjson fragment, or a placeholder string."""
    if value is None:
        return None
    if orjson is not None:
        return orjson.Fragment(decimal_text(value))
    return _NUMBER_MARK + decimal_text(value)


def dumps(record: dict, compact: bool = False) -> str:
    """One JSON line; `compact` leaves out the spaces after `,` and `:` (as srsly writes).
    With orjson every line is compact (same JSON, fewer bytes)."""
    if orjson is not None:
        return orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS).decode()
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":") if compact else None)
    return _NUMBER_TOKEN.sub(r"\1", text)


_LINE_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE if orjson is not None else 0
# a native record's keys are all strings: without OPT_NON_STR_KEYS orjson takes its fast path
# for dicts (about 40% of the line's encoding time)
_RECORD_LINE_OPTIONS = orjson.OPT_APPEND_NEWLINE if orjson is not None else 0


def dumps_bytes(record: dict) -> bytes:
    """A compact JSON record as UTF-8 bytes, no newline."""
    if orjson is not None:
        return orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS)
    return dumps(record, compact=True).encode("utf-8")


def dumps_str_keys(record: dict) -> bytes:
    """`dumps_bytes` of a record whose keys are all strings, at any depth: orjson's fast path
    for such dicts (OPT_NON_STR_KEYS costs about 40% of the encoding)."""
    if orjson is not None:
        return orjson.dumps(record)
    return dumps_bytes(record)


def dumps_line(record: dict) -> bytes:
    """One JSON line as the file holds it: UTF-8 bytes with the newline (orjson makes bytes:
    decoding them to text only for the file to encode them again cost a fifth of an export)."""
    if orjson is not None:
        return orjson.dumps(record, option=_LINE_OPTIONS)
    return (dumps(record) + "\n").encode("utf-8")


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
        "entities": [entity_record(e) for e in entities],
        "metrics": [metric_record(m) for m in metrics],
    }


def entity_record(entity) -> dict:
    record = {"start": entity.start, "end": entity.end, "label": entity.label, "text": entity.text, "origin": entity.origin}
    if entity.origin == "auto" and entity.confidence is not None:
        record["confidence"] = round(entity.confidence, 4)  # how sure pre-extraction was of this proposal
    return record


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


def article_line(article: Article, labels: set[str] | None = None) -> bytes | None:
    """The article's line (UTF-8, newline included), or None when a span to be written does
    not fit the text (its text is not the text at its offsets; `fmt_common.text_problem`
    says why). The same record as `article_record`, built and checked in one pass: an export
    does this for every span of the project."""
    text = article.text
    size = len(text)
    fragment = orjson.Fragment if orjson is not None else None
    entities = []
    for entity in article.entities:
        label = entity.label
        if labels is not None and label not in labels:
            continue
        start, end, quoted = entity.start, entity.end, entity.text
        if text[start:end] != quoted or not 0 <= start < end <= size:
            return None
        record = {"start": start, "end": end, "label": label, "text": quoted, "origin": entity.origin}
        if entity.origin == "auto" and entity.confidence is not None:
            record["confidence"] = round(entity.confidence, 4)
        entities.append(record)
    metrics = []
    if labels is None or "METRIC" in labels:
        for metric in article.metrics:
            start, end, quoted = metric.start, metric.end, metric.text
            if text[start:end] != quoted or not 0 <= start < end <= size:
                return None
            value = metric.value
            if value is not None:
                value = fragment(decimal_text(value)) if fragment is not None else decimal_json(value)
            record = {
                "start": start, "end": end, "text": quoted, "value": value, "unit": metric.unit, "approx": metric.approx,
                "indicator": metric.indicator, "period": metric.period, "origin": metric.origin,
            }
            if metric.value_high is not None:
                record["value_high"] = decimal_json(metric.value_high)
            if metric.numeral != "arabic":
                record["numeral"] = metric.numeral
            metrics.append(record)
    return _record_line({
        "id": article.id, "source": article.source, "title": article.title, "subtitle": article.subtitle,
        "byline": article.byline, "text": text, "status": article.status, "annotator": article.reviewer,
        "updated_at": article.updated_at, "entities": entities, "metrics": metrics,
    })


def _record_line(record: dict) -> bytes:
    if orjson is not None:
        return orjson.dumps(record, option=_RECORD_LINE_OPTIONS)
    return dumps_line(record)


def stored_number(text: str):
    """A stored value (the exact digits as the store writes them) as `decimal_json` writes
    it. Whole numbers, most of a project's, are taken as they are; the rest go through
    Decimal, as the objects would."""
    if orjson is not None and text.isdigit() and text.isascii() and (text[0] != "0" or len(text) == 1):
        return orjson.Fragment(text)
    return decimal_json(Decimal(text))


def rows_line(rows: tuple[tuple, tuple, tuple], labels: set[str] | None = None) -> bytes | None:
    """`article_line` of an article given as the store's plain rows (`Store.iter_articles().rows()`:
    article row in rows.ARTICLE_COLUMNS order, entity and metric rows in ENTITY_SPAN_COLUMNS and
    METRIC_SPAN_COLUMNS order): the same bytes without building an object per span."""
    row, entity_rows, metric_rows = rows
    text = row[1]
    size = len(text)
    entities = []
    append = entities.append
    for _, _, start, end, label, quoted, origin, confidence in entity_rows:
        if labels is not None and label not in labels:
            continue
        if text[start:end] != quoted or not 0 <= start < end <= size:
            return None
        if origin == "auto" and confidence is not None:
            append({"start": start, "end": end, "label": label, "text": quoted, "origin": origin,
                    "confidence": round(confidence, 4)})
        else:
            append({"start": start, "end": end, "label": label, "text": quoted, "origin": origin})
    metrics = []
    if metric_rows and (labels is None or "METRIC" in labels):
        append = metrics.append
        for _, _, start, end, quoted, value, high, unit, approx, indicator, period, numeral, origin in metric_rows:
            if text[start:end] != quoted or not 0 <= start < end <= size:
                return None
            record = {
                "start": start, "end": end, "text": quoted, "value": None if value is None else stored_number(value),
                "unit": unit, "approx": bool(approx), "indicator": indicator, "period": period, "origin": origin,
            }
            if high is not None:
                record["value_high"] = stored_number(high)
            if numeral != "arabic":
                record["numeral"] = numeral
            append(record)
    return _record_line({
        "id": row[0], "source": row[5], "title": row[2], "subtitle": row[3], "byline": row[4], "text": text,
        "status": row[7], "annotator": row[8], "updated_at": row[9], "entities": entities, "metrics": metrics,
    })


def write_jsonl(path, articles: Iterable[Article], labels: set[str] | None = None,
                progress: Callable[[int], None] | None = None, skipped: list | None = None) -> int:
    """Write the articles, one line each; returns how many were written. An article whose
    span does not fit its text is listed in `skipped` (fmt_common.Skipped, with the reason)
    and left out; without `skipped` it is written as it is. A store's stream
    (`Store.iter_articles()`) is written from its plain rows: the same bytes, no span objects."""
    rows = getattr(articles, "rows", None)
    lines = _lines_of_rows(articles, rows(), labels, skipped) if callable(rows) else _lines(articles, labels, skipped)
    count = done = 0
    with atomic_writer(path, "wb", encoding=None) as handle:
        write = handle.write
        pending = []  # a line is ~8 KB: one write per 64 of them instead of a system call each
        for line in lines:
            done += 1
            if line:
                pending.append(line)
                count += 1
                if len(pending) == 64:
                    write(b"".join(pending))
                    pending.clear()
            if progress and done % 500 == 0:
                progress(done)
        write(b"".join(pending))
    if progress:
        progress(done)
    return count


def _lines(articles: Iterable[Article], labels, skipped) -> Iterator[bytes]:
    for article in articles:
        line = article_line(article, labels)
        yield _checked_line(article, labels, skipped) if line is None else line


def _lines_of_rows(stream, rows, labels, skipped) -> Iterator[bytes]:
    for item in rows:
        line = rows_line(item, labels)
        yield _checked_line(stream.article(item), labels, skipped) if line is None else line


def _checked_line(article: Article, labels, skipped) -> bytes:
    """An article whose line could not be made at once: skipped with the reason (b""), or,
    when not checking, written as it is."""
    from .fmt_common import Skipped, text_problem

    problem = text_problem(article, labels)
    if skipped is not None and problem is not None:
        skipped.append(Skipped(article.id, problem))
        return b""
    return dumps_line(article_record(article, labels))


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


def draft_from_record(record: dict, number: int = 0) -> ArticleDraft:
    """A native record -> draft; raises ValueError with a reader-friendly message. A record
    without "entities" (or "metrics") gets them proposed by pre-extraction."""
    from .fmt_common import METRIC, ImportSpan, imported_draft
    from .records import RecordError, clean_text, json_safe, optional_text, record_id

    if not isinstance(record, dict):
        raise RecordError("the line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError('the record has no "text"' + (f" (its keys: {', '.join(map(str, record))[:80]})" if record else ""))
    spans = []
    for key in ("entities", "metrics"):
        items = record.get(key) or []
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise RecordError(f'"{key}" is not a list of objects')
        for item in items:
            label = METRIC if key == "metrics" else clean_text(item["label"], "a label")
            if key == "entities" and label == METRIC:
                raise RecordError('an entity is labelled METRIC: metrics go under "metrics", with their value')
            spans.append(_checked_quote(ImportSpan(item["start"], item["end"], label, item if key == "metrics" else None),
                                        item, text))
    meta = record.get("meta") or {}
    if not isinstance(meta, dict):
        raise RecordError('"meta" is not a JSON object')
    meta = json_safe(meta)
    if record.get("id") is not None:
        meta.setdefault("original_id", record_id(record["id"]))
    if record.get("source"):
        meta.setdefault("original_source", optional_text(record["source"], "source"))
    return imported_draft(
        text, spans, status=record.get("status") or "pending", title=record.get("title") or "",
        subtitle=record.get("subtitle") or "", byline=record.get("byline") or "", meta=meta, position=number,
        needs_extraction=tuple(key for key in ("entities", "metrics") if key not in record),
    )


def _checked_quote(span, item: dict, text: str):
    """A span whose "text" disagrees with the text at its offsets is refused, not retyped."""
    from .records import RecordError, whole_number

    quoted = item.get("text")
    if quoted is not None:
        start, end = whole_number(span.start, "start offset"), whole_number(span.end, "end offset")
        if 0 <= start < end <= len(text) and text[start:end] != quoted:
            raise RecordError(f"span {start}-{end} says {str(quoted)[:30]!r} but the text there is {text[start:end][:30]!r}")
    return span


def read_jsonl(text: str, name: str) -> Iterator[ArticleDraft | Problem]:
    from .fmt_common import read_records

    return read_records(text, name, draft_from_record)
