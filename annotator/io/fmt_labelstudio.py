"""`label-studio`: a JSON array of Label Studio tasks, one per line, for a project whose
labeling config has `<Text name="text" value="$text"/>` and `<Labels name="label"
toName="text">` with the labels PER, LOC, ORG, METRIC (docs/formats.md has the config):

    {"data": {"text", "title"},
     "annotations" | "predictions": [{"result": [{"id", "from_name": "label", "to_name": "text",
         "type": "labels", "value": {"start", "end", "text", "labels": ["LOC"]}}], ...}],
     "meta": {"id", "source", "status", "metrics": {"<region id>": {"value", "unit", ...}}}}

Reviewed articles (accepted, rejected, skipped) carry their spans as an annotation (a
skipped one with `was_cancelled`), pending ones as predictions (pre-annotations to review);
`meta.status` keeps the exact status. Metrics are regions labelled METRIC; their normalized
fields are in `meta.metrics` under the region's id.

Offsets: Label Studio's Text tag counts code points since its frontend fix "text with emoji
breaks region offsets" (label-studio-frontend PR #308, then #350 "bulletproof
codePointsToChars()", 2021): its html utilities convert the browser's UTF-16 positions with
`charsToCodePoints`/`codePointsToChars` ("In python and other modern tools complex unicode
symbols handled as code points ... for external usage js length should be converted to code
points count"), and its end-to-end test "NER - Emoji - Text" expects `start: 21` for "test"
in "🐱 Warning: This is a test text", a code-point offset (UTF-16 would say 22). So the export
writes code points, the same as Python. Older versions (label-studio issue #1347, 2021)
stored UTF-16 code units: on import, a region whose `value.text` does not match at its
code-point offsets but matches at its UTF-16 offsets is converted.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

from ..core.types import STATUSES, Article, ArticleDraft
from .atomic import atomic_writer
from .fmt_common import (
    METRIC, ExportResult, ExportSpan, ImportSpan, Progress, Skipped, Utf16, checked, imported_draft,
    metric_fields, provenance, provenance_meta,
)
from .jsonl import dumps
from .problems import Problem

NAME = "label-studio"
FROM_NAME, TO_NAME = "label", "text"
MODEL_VERSION = "annotator pre-extraction"


def region(number: int, span: ExportSpan) -> dict:
    return {"id": f"s{number}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": span.start, "end": span.end, "text": span.text, "labels": [span.label]}}


def task_line(article: Article, spans: list[ExportSpan]) -> str:
    record_id, source = provenance(article)
    result = [region(number, span) for number, span in enumerate(spans)]
    task = {"data": {"text": article.text, "title": article.title}}
    if article.status == "pending":
        task["predictions"] = [{"model_version": MODEL_VERSION, "result": result}]
    else:
        annotation = {"result": result}
        if article.status == "skipped":
            annotation["was_cancelled"] = True
        task["annotations"] = [annotation]
    task["meta"] = {
        "id": record_id, "source": source, "status": article.status,
        "metrics": {f"s{number}": metric_fields(span.metric) for number, span in enumerate(spans) if span.metric},
    }
    return dumps(task, compact=True)


def write(path, articles: Iterable[Article], labels: set[str] | None = None,
          progress: Progress | None = None) -> ExportResult:
    """One JSON array, written as it streams: a task per line, commas between."""
    skipped: list[Skipped] = []
    count = 0
    with atomic_writer(path) as handle:
        handle.write("[")
        for article, spans in checked(articles, labels, skipped, overlaps=True, progress=progress):
            handle.write(",\n" if count else "\n")
            handle.write(task_line(article, spans))
            count += 1
        handle.write("\n]\n")
    return ExportResult(count, skipped)


# --- import ---------------------------------------------------------------------------

_TASKS_START = re.compile(r'\s*\[\s*\{')


def looks_like(text: str) -> bool:
    return bool(_TASKS_START.match(text)) and '"data"' in text[:200_000]


def _offsets(text: str, units: Utf16, value: dict) -> tuple[int, int]:
    start, end = int(value["start"]), int(value["end"])
    quoted = value.get("text")
    if quoted is None or text[start:end] == quoted:
        return start, end
    try:
        converted = units.index(start), units.index(end)
    except ValueError:
        return start, end
    return converted if text[converted[0]:converted[1]] == quoted else (start, end)


def _status(task: dict, annotation: dict | None) -> str:
    status = (task.get("meta") or {}).get("status")
    if status in STATUSES:
        return status
    if annotation is None:
        return "pending"
    return "skipped" if annotation.get("was_cancelled") else "accepted"


def draft_from_task(task: dict, number: int) -> ArticleDraft:
    data = task.get("data") or {}
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError('the task has no "data.text"')
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict)]
    annotation = annotations[0] if annotations else None
    predictions = task.get("predictions") or []
    chosen = annotation if annotation is not None else (predictions[0] if predictions else {"result": []})
    meta = task.get("meta") or {}
    fields = meta.get("metrics") or {}
    units = Utf16(text)
    spans = []
    for item in chosen.get("result") or []:
        if item.get("type") != "labels" or "start" not in (item.get("value") or {}):
            continue
        start, end = _offsets(text, units, item["value"])
        for label in item["value"].get("labels") or []:
            spans.append(ImportSpan(start, end, str(label), fields.get(item.get("id")) if label == METRIC else None))
    return imported_draft(
        text, spans, status=_status(task, annotation), title=str(data.get("title") or ""),
        meta=provenance_meta(meta.get("id"), meta.get("source")), position=number,
    )


def read(text: str, name: str) -> Iterator[ArticleDraft | Problem]:
    try:
        tasks = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        yield Problem(name, error.lineno, f"broken JSON ({error.msg} at column {error.colno})")
        return
    except RecursionError:
        yield Problem(name, None, "broken JSON (nested too deeply)")
        return
    if not isinstance(tasks, list):
        yield Problem(name, None, "a Label Studio file is a JSON array of tasks")
        return
    for number, task in enumerate(tasks, start=1):
        try:
            yield draft_from_task(task, number)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
            yield Problem(name, None, f"task {number}: unusable: {error}")
