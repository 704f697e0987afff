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
    write_records,
    METRIC, ExportResult, ExportSpan, ImportSpan, Progress, Utf16, first_json_record,
    imported_draft, metric_fields, provenance, provenance_meta, read_json_lines,
)
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
    return write_records(path, articles, labels, progress, record_line, overlaps=True)


# --- import ---------------------------------------------------------------------------


def looks_like(text: str) -> bool:
    record = first_json_record(text)
    return (isinstance(record, dict) and isinstance(record.get("text"), str)
            and isinstance(record.get("label"), list) and "entities" not in record and "tokens" not in record)


def draft_from_record(record: dict, number: int) -> ArticleDraft:
    text = record["text"]
    if not isinstance(text, str):
        raise ValueError('"text" is not a string')
    units = Utf16(text)
    fields = {(units.index(int(m["start"])), units.index(int(m["end"]))): m for m in record.get("metrics") or []}
    spans = []
    for item in record.get("label") or []:
        if not isinstance(item, list) or len(item) != 3:
            raise ValueError(f"label {item!r} is not [start, end, label]")
        start, end, label = units.index(int(item[0])), units.index(int(item[1])), str(item[2])
        spans.append(ImportSpan(start, end, label, fields.get((start, end)) if label == METRIC else None))
    return imported_draft(
        text, spans, status=str(record.get("status") or "pending"), title=str(record.get("title") or ""),
        meta=provenance_meta(record.get("id"), record.get("source")), position=number,
    )


def read(text: str, name: str) -> Iterator[ArticleDraft | Problem]:
    return read_json_lines(text, name, draft_from_record)
