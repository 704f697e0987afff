"""Record formats an import recognises by content (or by `--format`). A plain text file
that is none of them is a newspaper page."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..core.types import ArticleDraft
from . import jsonl
from .problems import Problem


@dataclass(frozen=True)
class Reader:
    name: str
    looks_like: Callable[[str], bool]
    read: Callable[[str, str], Iterator[ArticleDraft | Problem]]


def _numbered_lines(text: str):
    return enumerate(text.splitlines(), start=1)


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

# More specific readers first; the native JSONL reader takes any other JSON-lines file.
READERS: list[Reader] = [NATIVE_JSONL]


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
    known = ", ".join(["page"] + [reader.name for reader in READERS])
    raise ValueError(f"unknown import format {fmt!r}; known formats: {known}")
