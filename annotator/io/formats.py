"""Record formats an import recognises by content (or by `--format`). A file that starts
like JSON (`[` or `{`) or whose lines look like tagged tokens is always records: read, or
refused with file and line, never taken as a newspaper page. A plain text file that is
none of them is a page. Binary formats (the .spacy DocBin) are recognised from the bytes,
before any decoding."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..core.types import ArticleDraft
from . import fmt_conll, fmt_doccano, fmt_labelstudio, fmt_spacy, fmt_spacy_jsonl, jsonl
from .problems import Problem
from .records import looks_like_json, sample_records


@dataclass(frozen=True)
class Reader:
    name: str
    looks_like: Callable[[str], bool]
    read: Callable[[str, str], Iterator[ArticleDraft | Problem]]
    # for JSON formats: whether the file's first record is of this format
    looks_like_record: Callable[[dict], bool] | None = None


NATIVE_JSONL = Reader("jsonl", looks_like_json, jsonl.read_jsonl, lambda record: True)


@dataclass(frozen=True)
class BinaryReader:
    name: str
    looks_like: Callable[[bytes], bool]
    read: Callable[[bytes, str], Iterator[ArticleDraft | Problem]]


# More specific readers first; the native JSONL reader takes any other JSON file.
READERS: list[Reader] = [
    Reader(fmt_labelstudio.NAME, fmt_labelstudio.looks_like, fmt_labelstudio.read, fmt_labelstudio.looks_like_record),
    Reader(fmt_spacy_jsonl.NAME, fmt_spacy_jsonl.looks_like, fmt_spacy_jsonl.read, fmt_spacy_jsonl.looks_like_record),
    Reader(fmt_doccano.NAME, fmt_doccano.looks_like, fmt_doccano.read, fmt_doccano.looks_like_record),
    NATIVE_JSONL,
    Reader(fmt_conll.NAME, fmt_conll.looks_like, fmt_conll.read),
]
BINARY_READERS: list[BinaryReader] = [BinaryReader(fmt_spacy.NAME, fmt_spacy.looks_like, fmt_spacy.read)]


def detect_binary_reader(data: bytes, fmt: str | None = None) -> BinaryReader | None:
    """The binary reader for these bytes: the one `fmt` names, or one that recognises them."""
    if fmt in (None, "", "auto"):
        return next((reader for reader in BINARY_READERS if reader.looks_like(data)), None)
    return next((reader for reader in BINARY_READERS if reader.name == fmt), None)


def register(reader: Reader) -> None:
    READERS.insert(0, reader)


def _json_reader(text: str) -> Reader:
    """The JSON format most of the file's first records are in (one damaged record does not
    decide); the native reader when none is recognised (it names every broken line)."""
    sample = sample_records(text)
    best, best_count = NATIVE_JSONL, 0
    for reader in READERS:
        if reader.looks_like_record is None or reader is NATIVE_JSONL:
            continue
        count = sum(1 for record in sample if _matches(reader, record))
        if count > best_count:
            best, best_count = reader, count
    return best


def _matches(reader: Reader, record: dict) -> bool:
    try:
        return bool(reader.looks_like_record(record))
    except (TypeError, ValueError, AttributeError, KeyError, IndexError):
        return False


def detect_reader(text: str, fmt: str | None = None) -> Reader | None:
    if fmt in (None, "", "auto"):
        if looks_like_json(text):
            custom = next((r for r in READERS if r.looks_like_record is None and r.looks_like(text)), None)
            return custom or _json_reader(text)
        return next((r for r in READERS if r.looks_like_record is None and r.looks_like(text)), None)
    if fmt in ("page", "txt", "text"):
        return None
    for reader in READERS:
        if reader.name == fmt:
            return reader
    known = ", ".join(["page"] + [reader.name for reader in READERS] + [reader.name for reader in BINARY_READERS])
    raise ValueError(f"unknown import format {fmt!r}; known formats: {known}")
