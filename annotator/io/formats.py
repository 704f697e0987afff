"""Record formats an import recognises by content (or by `--format`). A plain text file
that is none of them is a newspaper page. Binary formats (the .spacy DocBin) are recognised
from the bytes, before any decoding."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..core.types import ArticleDraft
from . import fmt_conll, fmt_doccano, fmt_labelstudio, fmt_spacy, fmt_spacy_jsonl, jsonl
from .decoding import record_lines
from .problems import Problem


@dataclass(frozen=True)
class Reader:
    name: str
    looks_like: Callable[[str], bool]
    read: Callable[[str, str], Iterator[ArticleDraft | Problem]]


def _numbered_lines(text: str):
    return enumerate(record_lines(text), start=1)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


NATIVE_JSONL = Reader(
    "jsonl",
    lambda text: _first_line(text).startswith("{"),
    lambda text, name: jsonl.read_jsonl_lines(_numbered_lines(text), name),
)

@dataclass(frozen=True)
class BinaryReader:
    name: str
    looks_like: Callable[[bytes], bool]
    read: Callable[[bytes, str], Iterator[ArticleDraft | Problem]]


# More specific readers first; the native JSONL reader takes any other JSON-lines file.
READERS: list[Reader] = [
    Reader(fmt_labelstudio.NAME, fmt_labelstudio.looks_like, fmt_labelstudio.read),
    Reader(fmt_spacy_jsonl.NAME, fmt_spacy_jsonl.looks_like, fmt_spacy_jsonl.read),
    Reader(fmt_doccano.NAME, fmt_doccano.looks_like, fmt_doccano.read),
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


def detect_reader(text: str, fmt: str | None = None) -> Reader | None:
    if fmt in (None, "", "auto"):
        return next((reader for reader in READERS if reader.looks_like(text)), None)
    if fmt in ("page", "txt", "text"):
        return None
    for reader in READERS:
        if reader.name == fmt:
            return reader
    known = ", ".join(["page"] + [reader.name for reader in READERS] + [reader.name for reader in BINARY_READERS])
    raise ValueError(f"unknown import format {fmt!r}; known formats: {known}")
