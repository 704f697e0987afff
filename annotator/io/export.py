"""Export dispatch: each format is a writer `write(path, articles, labels, progress) -> count`.
Articles arrive as a stream from the store; nothing holds the whole project in memory."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..core.types import Article
from . import jsonl

Writer = Callable[..., int]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    suffix: str
    write: Writer
    description: str = ""


FORMATS: dict[str, ExportFormat] = {
    "jsonl": ExportFormat("jsonl", ".jsonl", jsonl.write_jsonl, "native JSONL, one article per line"),
}


def register(fmt: ExportFormat) -> None:
    FORMATS[fmt.name] = fmt


def parse_split(spec: str) -> dict[str, float]:
    """`train=0.8,dev=0.1,test=0.1` -> {'train': 0.8, ...}; the shares must add up to 1."""
    parts = {}
    for item in spec.split(","):
        name, _, share = item.partition("=")
        if not name.strip() or not share:
            raise ValueError(f"split part {item!r} is not NAME=SHARE")
        parts[name.strip()] = float(share)
    if abs(sum(parts.values()) - 1.0) > 1e-6 or any(v < 0 for v in parts.values()):
        raise ValueError(f"split shares must be non-negative and add up to 1 (got {sum(parts.values()):g})")
    return parts


def split_of(article_id: int, seed: int, parts: dict[str, float]) -> str:
    """The part an article belongs to: a hash of (seed, id), so the same seed gives the
    same split whatever the order or the filters, and adding articles moves none."""
    digest = hashlib.sha256(f"{seed}:{article_id}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    cumulative = 0.0
    for name, share in parts.items():
        cumulative += share
        if point < cumulative:
            return name
    return list(parts)[-1]


def split_paths(out: Path, parts: dict[str, float]) -> dict[str, Path]:
    return {name: out.with_name(f"{out.stem}.{name}{out.suffix}") for name in parts}


def only_split(articles: Iterable[Article], part: str, seed: int, parts: dict[str, float]) -> Iterator[Article]:
    return (a for a in articles if split_of(a.id, seed, parts) == part)
