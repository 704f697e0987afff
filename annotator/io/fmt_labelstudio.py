"""`label-studio`: a JSON array of Label Studio tasks, one per line, for a project whose
labeling config has `<Text name="text" value="$text"/>` and `<Labels name="label"
toName="text">` with the labels PER, LOC, ORG, METRIC (docs/formats.md has the config):

    {"data": {"text", "title"},
     "annotations" | "predictions": [{"result": [{"id", "from_name": "label", "to_name": "text",
         "type": "labels", "value": {"start", "end", "text", "labels": ["LOC"]}, "score"?}], "score"?, ...}],
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

from collections.abc import Iterable, Iterator

from ..core.types import Article, ArticleDraft
from .atomic import atomic_writer
from .fmt_common import (
    METRIC, ExportResult, ExportSpan, ImportSpan, Progress, Skipped, Utf16, checked, imported_draft,
    metric_fields, provenance, provenance_meta, read_records,
)
from .records import RecordError, clean_text, first_record, flag, label_list, optional_text, record_id, whole_number
from .jsonl import dumps
from .problems import Problem

NAME = "label-studio"
FROM_NAME, TO_NAME = "label", "text"
MODEL_VERSION = "annotator pre-extraction"


def region(number: int, span: ExportSpan) -> dict:
    found = {"id": f"s{number}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
             "value": {"start": span.start, "end": span.end, "text": span.text, "labels": [span.label]}}
    if span.confidence is not None:
        found["score"] = round(span.confidence, 4)  # the proposal's confidence, shown per region
    return found


def task_line(article: Article, spans: list[ExportSpan]) -> str:
    record_id, source = provenance(article)
    result = [region(number, span) for number, span in enumerate(spans)]
    task = {"data": {"text": article.text, "title": article.title}}
    if article.status == "pending":
        prediction = {"model_version": MODEL_VERSION, "result": result}
        scores = [span.confidence for span in spans if span.confidence is not None]
        if scores:  # Label Studio's Data Manager sorts tasks by it: the least certain proposal first
            prediction["score"] = round(min(scores), 4)
        task["predictions"] = [prediction]
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
# What Label Studio gives back besides our own export: a full export (`download_all_tasks`)
# lists prediction ids instead of predictions, so those tasks' proposals are made again
# by pre-extraction; tasks annotated there carry annotations (every one that was not
# cancelled is read); the JSON_MIN export has flat records (text, title, id and the
# regions under the labels' name); one task may come as a single object.


def _is_json_min(record: dict) -> bool:
    return "data" not in record and isinstance(record.get("text"), str) and ("annotation_id" in record or any(
        isinstance(value, list) and value and isinstance(value[0], dict) and "labels" in value[0]
        for value in record.values()))


def looks_like_record(record: dict) -> bool:
    return isinstance(record.get("data"), dict) or "annotations" in record or "predictions" in record or _is_json_min(record)


def looks_like(text: str) -> bool:
    record = first_record(text)
    return isinstance(record, dict) and looks_like_record(record)


def _offsets(text: str, units: Utf16, value: dict, region_id) -> tuple[int, int]:
    start, end = whole_number(value.get("start"), "start offset"), whole_number(value.get("end"), "end offset")
    quoted = value.get("text")
    if quoted is None or text[start:end] == quoted:
        return start, end
    try:
        converted = units.index(start), units.index(end)
    except ValueError:
        converted = None
    if converted and text[converted[0]:converted[1]] == quoted:  # an older Label Studio's UTF-16 offsets
        return converted
    raise RecordError(f"region {str(region_id)[:20]!r} says {str(quoted)[:30]!r} but the text at {start}-{end} is "
                      f"{text[start:end][:30]!r}")


def _task_text(data: dict) -> str:
    if "text" in data:
        return clean_text(data["text"], '"data.text"')
    strings = [key for key, value in data.items() if isinstance(value, str)]
    if len(strings) == 1:  # a project whose Text tag reads another key ($content)
        return clean_text(data[strings[0]], f'"data.{strings[0]}"')
    raise RecordError(f'the task has no "data.text" (its data has: {", ".join(map(str, data))[:80] or "nothing"})')


def _objects(value, what: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordError(f'"{what}" is not a list')
    return value


def _regions(results: list, text: str, units: Utf16, fields: dict) -> list[ImportSpan]:
    spans = []
    for item in results:
        if not isinstance(item, dict):
            raise RecordError("a region is not a JSON object")
        value = item.get("value")
        if item.get("type", "labels") != "labels" or not isinstance(value, dict) or "start" not in value:
            continue  # choices, relations, text areas: nothing a span can hold
        start, end = _offsets(text, units, value, item.get("id"))
        for label in label_list(value.get("labels")):
            spans.append(ImportSpan(start, end, label, fields.get(item.get("id")) if label == METRIC else None))
    return spans


def _status(meta_status, live: bool, cancelled: bool) -> str:
    """Work done in Label Studio wins over the status our export wrote: an annotation that
    was not cancelled is a review (accepted, or rejected if our export said so); only
    cancelled ones, a skip; none, pending."""
    if live:
        return meta_status if meta_status in ("accepted", "rejected") else "accepted"
    if cancelled:
        return "skipped"
    return "pending"


def draft_from_task(task: dict, number: int) -> ArticleDraft:
    if _is_json_min(task):
        return _draft_from_min(task, number)
    data = task.get("data")
    if not isinstance(data, dict):
        raise RecordError('the task has no "data" object')
    text = _task_text(data)
    annotations = _objects(task.get("annotations"), "annotations")
    if not all(isinstance(a, dict) for a in annotations):
        raise RecordError("an annotation is not a JSON object")
    live = [a for a in annotations if not flag(a.get("was_cancelled"), "was_cancelled")]
    predictions = _objects(task.get("predictions"), "predictions")
    proposals = [p for p in predictions if isinstance(p, dict)]
    meta = task.get("meta") or {}
    if not isinstance(meta, dict):
        raise RecordError('"meta" is not a JSON object')
    fields = meta.get("metrics") or {}
    if not isinstance(fields, dict):
        raise RecordError('"meta.metrics" is not a JSON object')
    chosen = live or annotations or proposals[:1]
    units = Utf16(text)
    spans = []
    for source in chosen:
        spans += _regions(_objects(source.get("result"), "result"), text, units, fields)
    # Label Studio's full export lists predictions by id only: propose again, as for a page
    again = ("entities", "metrics") if not chosen and predictions else ()
    meta_status = meta.get("status")
    record = meta.get("id", task.get("id"))
    return imported_draft(
        text, spans, status=_status(meta_status, bool(live), bool(annotations)), title=data.get("title") or "",
        meta=provenance_meta(record_id(record), optional_text(meta.get("source"), "meta.source")),
        position=number, needs_extraction=again,
    )


def _draft_from_min(record: dict, number: int) -> ArticleDraft:
    """A JSON_MIN record: the data's keys at the top, the regions under the labels' name
    (`label`), without ids, so a metric's fields are read again from its text. Cancelled
    annotations are not in it; a rejected article comes back accepted."""
    text = clean_text(record["text"], '"text"')
    units = Utf16(text)
    spans = []
    for key, value in record.items():
        if isinstance(value, list) and value and isinstance(value[0], dict) and "labels" in value[0]:
            spans += _regions([{"type": "labels", "value": item} for item in value], text, units, {})
    # a full JSON_MIN export lists unannotated tasks too, with "annotation_id": null
    pending = "annotation_id" in record and record["annotation_id"] is None
    return imported_draft(text, spans, status="pending" if pending else "accepted", title=record.get("title") or "",
                          meta=provenance_meta(record_id(record.get("id")), ""), position=number,
                          needs_extraction=("entities", "metrics") if pending and not spans else ())


def read(text: str, name: str) -> Iterator[ArticleDraft | Problem]:
    return read_records(text, name, draft_from_task)
