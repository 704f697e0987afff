"""What the training-data formats share.

Export side: which spans an article exports (entities, plus metrics as spans of label
METRIC), the checks made before anything is written (a span's text must be the text at its
offsets; overlapping spans are refused by formats that cannot hold them), the list of
skipped articles with the reason, progress, and the article's provenance (id and source).

Import side: turning (start, end, label, metric fields) back into an ArticleDraft whose
spans have origin "import", and UTF-16 offsets for tools that count like JavaScript does.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import NamedTuple

from ..core.metrics import read_selection
from ..core.validation import draft_problems
from ..core.types import STATUSES, Article, ArticleDraft, Entity, Metric, span_problems
from ..store.rows import meta_from_text
from .jsonl import decimal_json, decimal_text, decimal_value, stored_number
from .problems import Problem
from .records import RecordError, clean_text, flag, json_records, json_safe, optional_text, whole_number

METRIC = "METRIC"
PROGRESS_EVERY = 500
Progress = Callable[[int], None]


@dataclass(frozen=True)
class Skipped:
    article_id: int | None
    reason: str

    def __str__(self) -> str:
        return f"article {self.article_id}: {self.reason}"


class ExportResult(int):
    """The number of articles written (an int, so a caller that only counts keeps working),
    with the articles that were left out and why."""

    skipped: tuple[Skipped, ...]
    notes: tuple[str, ...]  # what the user should know about the file (e.g. overlaps a peer may drop)

    def __new__(cls, written: int, skipped: Iterable[Skipped] = (), notes: Iterable[str] = ()):
        result = super().__new__(cls, written)
        result.skipped = tuple(skipped)
        result.notes = tuple(notes)
        return result

    @property
    def written(self) -> int:
        return int(self)


class ExportSpan(NamedTuple):
    start: int
    end: int
    label: str
    text: str
    metric: Metric | None = None
    confidence: float | None = None  # a proposal's, as pre-extraction gave it (None once a person made it theirs)


def fitting_spans(article: Article, labels: set[str] | None) -> list[ExportSpan] | None:
    """The article's spans in the order every format writes them (by start, end, label),
    checked as they are made: None when one of them does not fit the text (`text_problem`
    says why). Every span of an export passes through here."""
    text = article.text
    size = len(text)
    new = _new_span
    spans = []
    for e in article.entities:
        label = e.label
        if labels is not None and label not in labels:
            continue
        start, end, quoted = e.start, e.end, e.text
        if text[start:end] != quoted or not 0 <= start < end <= size:
            return None
        spans.append(new(ExportSpan, (start, end, label, quoted, None, e.confidence if e.origin == "auto" else None)))
    if labels is None or METRIC in labels:
        for m in article.metrics:
            start, end, quoted = m.start, m.end, m.text
            if text[start:end] != quoted or not 0 <= start < end <= size:
                return None
            spans.append(new(ExportSpan, (start, end, METRIC, quoted, m, None)))
    spans.sort(key=_SPAN_ORDER)
    return spans


_new_span = tuple.__new__  # ExportSpan's own __new__ is a Python function: a tenth of a span's cost
_SPAN_ORDER = itemgetter(0, 1, 2)  # start, end, label


def text_problem(article: Article, labels: set[str] | None) -> str | None:
    """Why a span to be exported does not fit the text, or None."""
    text = article.text
    spans = list(article.entities) if labels is None else [e for e in article.entities if e.label in labels]
    if labels is None or METRIC in labels:
        spans += article.metrics
    for span in spans:
        start, end = span.start, span.end
        if text[start:end] == span.text and 0 <= start < end <= len(text):
            continue
        label = getattr(span, "label", METRIC)
        if not 0 <= start < end <= len(text):
            return f"{label} span {start}-{end} is outside the text (length {len(text)})"
        return f"{label} span {start}-{end} says {span.text!r} but the text there is {text[start:end]!r}"
    return None


def overlap_problem(spans: list[ExportSpan]) -> str | None:
    """Spans come sorted by start; one that starts before an earlier one ends overlaps it."""
    previous = None
    for span in spans:
        if previous is not None and span.start < previous.end:
            return (f"{previous.label} {previous.text!r} ({previous.start}-{previous.end}) overlaps "
                    f"{span.label} {span.text!r} ({span.start}-{span.end}), which this format cannot hold")
        if previous is None or span.end > previous.end:
            previous = span
    return None


class StoredMetric(NamedTuple):
    """A metric as a project's row holds it (store.rows.METRIC_SPAN_COLUMNS): values as the
    exact decimal text the store wrote, approx as 0 or 1. An export of a project's stream
    carries these instead of Metric objects (building a Metric and its Decimals costs more
    than reading its row); `metric_fields` and `exact_value` read both."""
    article_id: int
    id: int
    start: int
    end: int
    text: str
    value: str | None
    value_high: str | None
    unit: str | None
    approx: int
    indicator: str | None
    period: str | None
    numeral: str
    origin: str


class ExportArticle(NamedTuple):
    """What a training format writes of an article beside its spans, from a project's row
    (store.rows.ARTICLE_COLUMNS): no span objects are made for it."""
    id: int
    text: str
    title: str
    subtitle: str
    byline: str
    source: str
    position: int
    status: str
    reviewer: str | None
    updated_at: str | None
    meta: dict


def spans_of_rows(text: str, entity_rows, metric_rows, labels: set[str] | None) -> list[ExportSpan] | None:
    """`fitting_spans` of an article given as the store's rows: the same spans in the same
    order (metrics carrying a StoredMetric), or None when one does not fit the text."""
    size = len(text)
    spans = []
    append = spans.append
    for _, _, start, end, label, quoted, origin, confidence in entity_rows:
        if labels is not None and label not in labels:
            continue
        if text[start:end] != quoted or not 0 <= start < end <= size:
            return None
        append(_new_span(ExportSpan, (start, end, label, quoted, None, confidence if origin == "auto" else None)))
    if metric_rows and (labels is None or METRIC in labels):
        for row in metric_rows:
            start, end, quoted = row[2], row[3], row[4]
            if text[start:end] != quoted or not 0 <= start < end <= size:
                return None
            append(_new_span(ExportSpan, (start, end, METRIC, quoted, _new_span(StoredMetric, row), None)))
    spans.sort(key=_SPAN_ORDER)
    return spans


Check = Callable[[Article, list[ExportSpan]], "str | None"]


def _with_spans(articles: Iterable[Article], labels: set[str] | None, spans: bool):
    """(article, its spans or None, why it cannot be written or None) per article."""
    rows = getattr(articles, "rows", None)
    if spans and callable(rows):  # a project's stream (Store.iter_articles): from its plain rows
        for item in rows():
            row, entity_rows, metric_rows = item
            exported = spans_of_rows(row[1], entity_rows, metric_rows, labels)
            if exported is None:  # the objects say why
                article = articles.article(item)
                yield article, None, text_problem(article, labels) or "a span does not fit the text"
            else:
                yield _new_span(ExportArticle, (*row[:10], meta_from_text(row[10]))), exported, None
        return
    for article in articles:
        if spans:
            exported = fitting_spans(article, labels)
            problem = (text_problem(article, labels) or "a span does not fit the text") if exported is None else None
        else:
            exported, problem = None, text_problem(article, labels)
        yield article, exported, problem


def checked(articles: Iterable[Article], labels: set[str] | None, skipped: list[Skipped], *,
            overlaps: bool, progress: Progress | None = None, check: Check | None = None, spans: bool = True
            ) -> Iterator[tuple[Article | ExportArticle, list[ExportSpan] | None]]:
    """Articles with their spans (None unless `spans`), the ones that fail a check left out
    and recorded in `skipped`. `progress(n)` hears how many articles were handled so far.
    A project's stream gives ExportArticle and StoredMetric (read from its rows); other
    iterables, their own Article and Metric objects: a writer reads the fields both have."""
    done = 0
    for article, exported, problem in _with_spans(articles, labels, spans):
        if problem is None and not overlaps:
            problem = overlap_problem(exported)
        if problem is None and check is not None:
            problem = check(article, exported)
        if problem is None:
            yield article, exported
        else:
            skipped.append(Skipped(article.id, problem))
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
    if progress is not None:
        progress(done)


def provenance(article: Article) -> tuple[object, str]:
    """(id, source) as exported: where the article first came from when it was imported from
    a record file that named them, so that export -> import -> export gives the same file;
    otherwise this project's id and source file."""
    meta = article.meta or {}
    return meta.get("original_id", article.id), meta.get("original_source", article.source)


def provenance_meta(record_id, source) -> dict:
    meta = {}
    if record_id is not None:
        meta["original_id"] = record_id
    if source:
        meta["original_source"] = source
    return meta


def exact_value(value: Decimal | str | None) -> str | None:
    """A metric value's exact digits (`decimal_text`), from a Decimal or from a StoredMetric's
    text (plain whole numbers, most values, as they are)."""
    if value is None:
        return None
    if type(value) is str:
        if value.isdigit() and value.isascii() and (value[0] != "0" or len(value) == 1):
            return value
        value = Decimal(value)
    return decimal_text(value)


def metric_fields(metric: Metric | StoredMetric) -> dict:
    """A metric's normalized fields; `value` through `decimal_json`, so `jsonl.dumps`
    writes it as a JSON number with exactly the stored digits."""
    if type(metric) is StoredMetric:  # unpacked at once: a NamedTuple's attributes are a call each
        _, _, _, _, _, value, high, unit, approx, indicator, period, numeral, _ = metric
        fields = {"value": None if value is None else stored_number(value), "unit": unit,
                  "approx": bool(approx), "indicator": indicator, "period": period}
        if high is not None:
            fields["value_high"] = stored_number(high)
        if numeral != "arabic":
            fields["numeral"] = numeral
        return fields
    fields = {"value": decimal_json(metric.value), "unit": metric.unit, "approx": metric.approx,
              "indicator": metric.indicator, "period": metric.period}
    if metric.value_high is not None:
        fields["value_high"] = decimal_json(metric.value_high)
    if metric.numeral != "arabic":
        fields["numeral"] = metric.numeral
    return fields


# --- import ---------------------------------------------------------------------------


class ImportSpan(NamedTuple):
    start: int
    end: int
    label: str
    fields: dict | None = None  # a metric's normalized fields, when the file has them


def imported_metric(start: int, end: int, text: str, fields) -> Metric:
    """A METRIC span from a file. Without normalized fields (CoNLL has no room for them) the
    value, unit and approx come from reading the span's text, as when a reviewer marks one."""
    if fields is None:
        parsed = read_selection(text)
        if parsed is None:
            return Metric(start, end, text, None, origin="import")
        return Metric(start, end, text, parsed.value, parsed.unit, parsed.approx, origin="import",
                      value_high=parsed.value_high, numeral=parsed.numeral)
    if not isinstance(fields, dict):
        raise RecordError(f"the fields of metric {text!r} are not a JSON object")
    value = decimal_value(fields.get("value"), "metric value")
    high = decimal_value(fields.get("value_high"), "metric value_high")
    if high is not None and (value is None or high < value):
        raise RecordError(f"metric {text!r}: value_high {high} is below its value {value}")
    return Metric(
        start, end, text, value, optional_text(fields.get("unit"), "metric unit"),
        flag(fields.get("approx"), "metric approx"), optional_text(fields.get("indicator"), "metric indicator"),
        optional_text(fields.get("period"), "metric period"), "import", high,
        optional_text(fields.get("numeral"), "metric numeral") or "arabic",
    )


def imported_draft(text, spans: Iterable[ImportSpan], *, status: str = "pending", title="",
                   meta: dict | None = None, position: int = 0, subtitle="", byline="",
                   needs_extraction: tuple[str, ...] = ()) -> ArticleDraft:
    """A draft carrying the file's spans (so no pre-extraction is added unless asked);
    raises ValueError with a reader-friendly message when a field or span does not fit."""
    text = clean_text(text, '"text"')
    if not text.strip():
        raise RecordError("the record has no text")
    if status not in STATUSES:
        raise RecordError(f"unknown status {str(status)[:40]!r} (one of {', '.join(STATUSES)})")
    entities, metrics, seen = [], [], set()
    for span in spans:
        start = whole_number(span.start, "start offset")
        end = whole_number(span.end, "end offset")
        label = clean_text(span.label, "a label")
        if not 0 <= start < end <= len(text):
            raise RecordError(f"{label} span {start}-{end} is outside the text (length {len(text)})")
        if (start, end, label) in seen:  # the same span twice (doccano allows it) is one span
            continue
        seen.add((start, end, label))
        piece = text[start:end]
        if label == METRIC:
            metrics.append(imported_metric(start, end, piece, span.fields))
        else:
            entities.append(Entity(start, end, label, piece, "import"))
    problems = span_problems(text, entities + metrics)
    if problems:
        raise RecordError("; ".join(problems[:3]))
    return ArticleDraft(text=text, title=optional_text(title, "title"), subtitle=optional_text(subtitle, "subtitle"),
                        byline=optional_text(byline, "byline"), meta=json_safe(meta or {}),
                        entities=tuple(entities), metrics=tuple(metrics), status=status, position=position,
                        source_line=position or None, needs_extraction=needs_extraction)


# --- UTF-16 offsets -------------------------------------------------------------------

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16:
    """Offsets in UTF-16 code units (JavaScript string indices), where a character beyond
    the BMP (𠮷, most emoji) counts two; Python counts it one. Free for texts without one."""

    def __init__(self, text: str):
        astral = [match.start() for match in _ASTRAL.finditer(text)]
        # where each astral character starts in UTF-16 units
        self._unit_starts = [index + rank for rank, index in enumerate(astral)]
        self._astral = astral

    def units(self, index: int) -> int:
        return index + bisect_left(self._astral, index) if self._astral else index

    def index(self, units: int) -> int:
        """Python index of a UTF-16 offset; ValueError inside a surrogate pair."""
        if not self._astral:
            return units
        before = bisect_left(self._unit_starts, units)
        if before and self._unit_starts[before - 1] + 1 == units:
            raise ValueError(f"offset {units} falls inside a character beyond the BMP (UTF-16 surrogate pair)")
        return units - before


# --- JSON records ---------------------------------------------------------------------

READ_ERRORS = (ValueError, KeyError, TypeError, IndexError, AttributeError, OverflowError, RecursionError)


def read_records(text: str, name: str, to_draft: Callable[[dict, int], ArticleDraft]) -> Iterator[ArticleDraft | Problem]:
    """A draft per good record (`to_draft(record, position)`), a Problem per bad one, named
    by its line (and its index in a JSON array); whatever the container (records.py)."""
    for item in json_records(text, name):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            if not isinstance(item.record, dict):
                raise RecordError("the record is not a JSON object")
            draft = to_draft(item.record, item.number)
            problems = draft_problems(draft)
        except READ_ERRORS as error:
            yield Problem(name, item.line, f"{item.where()}unusable record: {_reason(error)}")
            continue
        if problems:
            yield Problem(name, item.line, item.where() + "; ".join(problems[:3]))
        else:
            yield replace(draft, source_line=item.line)


def _reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"the field {error.args[0]!r} is missing"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return str(error) or type(error).__name__


class FormatUnavailable(ValueError):
    """A format whose optional dependency is not installed."""


def write_records(path, articles: Iterable[Article], labels: set[str] | None, progress: Progress | None,
                  record: Callable[[Article, list], str], *, overlaps: bool, check: Check | None = None) -> ExportResult:
    """The usual writer: every article that passes the checks becomes `record(article, spans)`
    (its lines, ending in a newline) in a file written atomically."""
    from .atomic import atomic_writer

    skipped: list[Skipped] = []
    count = 0
    with atomic_writer(path) as handle:
        for article, spans in checked(articles, labels, skipped, overlaps=overlaps, progress=progress, check=check):
            handle.write(record(article, spans))
            count += 1
    return ExportResult(count, skipped)
