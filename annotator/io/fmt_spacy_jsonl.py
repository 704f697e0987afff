"""`spacy-jsonl`: the JSON-lines shape Prodigy reads and writes and spaCy users train from,
one article per line:

    {"text": "...",
     "spans": [{"start", "end", "label", "token_start", "token_end"[, "metric": {...}]}],
     "answer": "accept" | "reject" | "ignore",          (absent while the article is pending)
     "meta": {"id", "source", "title", "tokenizer"},
     "tokens": [{"text", "start", "end", "id", "ws"}]}

With `tokens=False` (`export --no-tokens`) a record has no "tokens" and its spans no
"token_start"/"token_end": a tenth of the bytes, several times faster to write, for readers
that tokenize the text themselves (Prodigy's recipes do, with the pipeline they are given);
see docs/formats.md.

Offsets are code points (Python string indices), as in spaCy and Prodigy. `token_end` is
inclusive, as Prodigy writes it. The tokens are spaCy's Chinese "char" tokens (see
fmt_tokens): `spacy.blank("zh")` makes the same ones, so `Doc.char_span` finds every span.
Overlapping spans are written (Prodigy's span categorization holds them); a span that does
not start and end on token boundaries (inside a run of whitespace) skips its article.
Metrics are spans of label METRIC whose normalized fields ride along under "metric".
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..core.types import Article, ArticleDraft
from .atomic import atomic_writer
from .fmt_common import (
    METRIC, ExportResult, ExportSpan, ImportSpan, Progress, Skipped, checked, imported_draft, metric_fields,
    provenance, provenance_meta, read_records,
)
from .records import RecordError, clean_text, first_record, optional_text, record_id
from .fmt_tokens import CharTokens
from .token_arrays import TokenArrays, numpy_or_none
from .jsonl import dumps_str_keys
from .problems import Problem

NAME = "spacy-jsonl"
TOKENIZER = "spacy.blank('zh') default segmenter 'char': one token per character, whitespace as spaCy splits it"
ANSWERS = {"accepted": "accept", "rejected": "reject", "skipped": "ignore"}
STATUS_OF_ANSWER = {answer: status for status, answer in ANSWERS.items()}


def misaligned(tokens: CharTokens, spans: list[ExportSpan]) -> str | None:
    for span in spans:
        if not tokens.aligned(span.start, span.end):
            return (f"{span.label} span {span.text!r} ({span.start}-{span.end}) starts or ends inside a run of "
                    f"whitespace, so no token boundary matches it")
    return None


def span_record(span: ExportSpan, token_start: int | None = None, token_end: int | None = None) -> dict:
    if token_start is None:  # a record without tokens
        record = {"start": span.start, "end": span.end, "label": span.label}
    else:
        record = {"start": span.start, "end": span.end, "label": span.label,
                  "token_start": token_start, "token_end": token_end}
    if span.metric is not None:
        record["metric"] = metric_fields(span.metric)
    return record


def record_parts(article: Article, spans: list[ExportSpan], tokens: CharTokens, with_tokens: bool = True,
                 numpy=None) -> list[bytes]:
    """The article's line in parts to write one after the other (the token list, most of
    the line, is not copied into one piece). `numpy`: the module, to make the token list
    and indices with it (token_arrays); None: in pure Python, the same bytes."""
    record_id, source = provenance(article)
    if not with_tokens:
        records = [span_record(span) for span in spans]
    elif numpy is not None:
        arrays = TokenArrays(tokens, numpy)
        firsts, lasts = arrays.indices([span.start for span in spans], [span.end for span in spans])
        # span_record's dicts, made inline (a call per span was a tenth of the export's time)
        records = [{"start": start, "end": end, "label": label, "token_start": first, "token_end": last}
                   if metric is None else
                   {"start": start, "end": end, "label": label, "token_start": first, "token_end": last,
                    "metric": metric_fields(metric)}
                   for (start, end, label, _, metric, _), first, last in zip(spans, firsts, lasts)]
    else:
        token_at = tokens.token_at() if spans else []
        records = [span_record(span, token_at[span.start], token_at[span.end - 1]) for span in spans]
    record = {"text": article.text, "spans": records}
    if article.status in ANSWERS:
        record["answer"] = ANSWERS[article.status]
    record["meta"] = {"id": record_id, "source": source, "title": article.title, "tokenizer": TOKENIZER}
    if not with_tokens:
        return [dumps_str_keys(record) + b"\n"]
    # the token list is made as JSON directly (articles have thousands of tokens)
    token_list = arrays.json_parts() if numpy is not None else [tokens.json_bytes()]
    head = dumps_str_keys(record)[:-1] + b',"tokens":'
    if len(token_list) == 1:
        return [head, token_list[0], b"}\n"]
    return [head + token_list[0], *token_list[1:-1], token_list[-1] + b"}\n"]


def write(path, articles: Iterable[Article], labels: set[str] | None = None,
          progress: Progress | None = None, tokens: bool = True) -> ExportResult:
    """`tokens=False`: records without the token list and the spans' token indices. Spans
    that a tokenizer of the text could not find are still skipped (Prodigy's would refuse them)."""
    skipped: list[Skipped] = []
    count = 0
    numpy = numpy_or_none() if tokens else None
    with atomic_writer(path, "wb", encoding=None) as handle:
        write_part = handle.write
        for article, spans in checked(articles, labels, skipped, overlaps=True, progress=progress):
            char_tokens = CharTokens(article.text)
            problem = misaligned(char_tokens, spans)
            if problem:
                skipped.append(Skipped(article.id, problem))
                continue
            for part in record_parts(article, spans, char_tokens, tokens, numpy):
                write_part(part)
            count += 1
    return ExportResult(count, skipped)


# --- import ---------------------------------------------------------------------------


def looks_like_record(record: dict) -> bool:
    return isinstance(record.get("text"), str) and (
        "tokens" in record or isinstance(record.get("spans"), list) and "entities" not in record)


def looks_like(text: str) -> bool:
    record = first_record(text)
    return isinstance(record, dict) and looks_like_record(record)


def draft_from_record(record: dict, number: int) -> ArticleDraft:
    raw_spans = record.get("spans") or []
    if not isinstance(raw_spans, list):
        raise RecordError('"spans" is not a list')
    spans = []
    for s in raw_spans:
        if not isinstance(s, dict):
            raise RecordError("a span is not a JSON object")
        label = clean_text(s["label"], "a label")
        spans.append(ImportSpan(s["start"], s["end"], label, s.get("metric") if label == METRIC else None))
    answer = record.get("answer")
    if answer is not None and answer not in STATUS_OF_ANSWER:
        raise RecordError(f"unknown answer {str(answer)[:40]!r} (accept, reject or ignore)")
    meta = record.get("meta") or {}
    if not isinstance(meta, dict):
        raise RecordError('"meta" is not a JSON object')
    return imported_draft(
        record["text"], spans, status=STATUS_OF_ANSWER.get(answer, "pending"), title=meta.get("title") or "",
        meta=provenance_meta(record_id(meta.get("id")), optional_text(meta.get("source"), "source")), position=number,
        # a bare text task: pre-extraction proposes spans as for a page
        needs_extraction=() if "spans" in record else ("entities", "metrics"),
    )


def read(text: str, name: str) -> Iterator[ArticleDraft | Problem]:
    return read_records(text, name, draft_from_record)
