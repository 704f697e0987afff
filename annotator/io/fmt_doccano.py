"""`doccano`: the JSON-lines file doccano's sequence-labeling projects import and export,
one article per line:

    {"id", "text", "label": [[start, end, "LABEL"], ...],
     "source", "title", "status", "metrics": [{"start", "end", "value", "unit", ...}]}

doccano reads the keys besides "text" and "label" as the example's metadata, which is where
the article's source, title, status and its metrics' normalized fields travel.

Offsets: doccano's annotator (the `v-annotator` component) takes offsets from the browser's
text selection, i.e. JavaScript string indices, UTF-16 code units, in which a character
beyond the BMP (𠮷, most emoji) counts two; Python counts it one (doccano issue #2290,
"Sequence labels are TypeScript/JavaScript-style", shows `firetrucks` at 22-32 in doccano
and 19-29 in Python after one emoji; v-annotator's TextSelectionHandler converts only in
grapheme mode). So the export converts code points -> UTF-16 and the import converts back.
Projects created with "Count grapheme clusters as one character" count differently and are
not supported. Overlapping spans are written (doccano can allow them per project).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..core.types import Article, ArticleDraft
from .fmt_common import (
    METRIC, ExportResult, ExportSpan, ImportSpan, Progress, Utf16, imported_draft, metric_fields, provenance,
    overlap_problem, provenance_meta, read_records, write_records,
)
from .records import RecordError, clean_text, first_record, optional_text, record_id, whole_number
from .jsonl import dumps
from .problems import Problem

NAME = "doccano"


def record_line(article: Article, spans: list[ExportSpan]) -> str:
    record_id, source = provenance(article)
    units = Utf16(article.text)
    record = {
        "id": record_id,
        "text": article.text,
        "label": [[units.units(s.start), units.units(s.end), s.label] for s in spans],
        "source": source,
        "title": article.title,
        "status": article.status,
        "metrics": [{"start": units.units(s.start), "end": units.units(s.end), **metric_fields(s.metric)}
                    for s in spans if s.metric is not None],
    }
    return dumps(record, compact=True) + "\n"


def write(path, articles: Iterable[Article], labels: set[str] | None = None,
          progress: Progress | None = None) -> ExportResult:
    overlapping: list[object] = []

    def note_overlaps(article: Article, spans: list[ExportSpan]) -> None:
        if overlap_problem(spans) is not None:
            overlapping.append(article.id)

    result = write_records(path, articles, labels, progress, record_line, overlaps=True, check=note_overlaps)
    return ExportResult(int(result), result.skipped, [overlap_note(overlapping)] if overlapping else [])


def overlap_note(article_ids: list) -> str:
    shown = ", ".join(map(str, article_ids[:10])) + (" ..." if len(article_ids) > 10 else "")
    return (f"{len(article_ids)} articles have overlapping spans (articles {shown}): doccano keeps them only in a "
            "project with \"Allow overlapping entity\" ticked, and otherwise drops them without a word")


# --- import ---------------------------------------------------------------------------
# doccano writes spans as `"label": [[start, end, "LABEL"]]` (sequence labeling) or, in
# projects with relations, `"entities": [{"start_offset", "end_offset", "label"}]`.


def looks_like_record(record: dict) -> bool:
    if not isinstance(record.get("text"), str) or "tokens" in record:
        return False
    entities = record.get("entities")
    if isinstance(entities, list) and entities and isinstance(entities[0], dict) and "start_offset" in entities[0]:
        return True
    return isinstance(record.get("label"), list) and "entities" not in record and not _label_dicts(record["label"])


def _label_dicts(labels: list) -> bool:
    return bool(labels) and isinstance(labels[0], dict)


def looks_like(text: str) -> bool:
    record = first_record(text)
    return isinstance(record, dict) and looks_like_record(record)


def _triples(record: dict):
    if "entities" in record and "label" not in record:
        entities = record["entities"]
        if not isinstance(entities, list):
            raise RecordError('"entities" is not a list')
        for item in entities:
            if not isinstance(item, dict):
                raise RecordError(f"entity {item!r} is not an object with start_offset, end_offset, label")
            yield item["start_offset"], item["end_offset"], item["label"]
        return
    labels = record.get("label") or []
    if not isinstance(labels, list):
        raise RecordError('"label" is not a list of [start, end, label]')
    for item in labels:
        if not isinstance(item, list) or len(item) != 3:
            raise RecordError(f"label {str(item)[:40]} is not [start, end, label]")
        yield item


def draft_from_record(record: dict, number: int) -> ArticleDraft:
    text = clean_text(record["text"], '"text"')
    units = Utf16(text)

    def offset(value, what):
        return units.index(whole_number(value, what))

    metrics = record.get("metrics") or []
    if not isinstance(metrics, list):
        raise RecordError('"metrics" is not a list')
    fields = {}
    for m in metrics:
        if not isinstance(m, dict):
            raise RecordError("a metric is not a JSON object")
        fields[offset(m.get("start"), "metric start"), offset(m.get("end"), "metric end")] = m
    spans = []
    for start, end, label in _triples(record):
        start, end, label = offset(start, "start offset"), offset(end, "end offset"), clean_text(label, "a label")
        spans.append(ImportSpan(start, end, label, fields.get((start, end)) if label == METRIC else None))
    status = record.get("status") or "pending"
    return imported_draft(
        text, spans, status=status, title=record.get("title") or "",
        meta=provenance_meta(record_id(record.get("id")), optional_text(record.get("source"), "source")),
        position=number,
    )


def read(text: str, name: str) -> Iterator[ArticleDraft | Problem]:
    return read_records(text, name, draft_from_record)
