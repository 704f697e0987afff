"""Export dispatch: each format is a writer
`write(path, articles, labels=None, progress=None) -> ExportResult`, the number of articles
written (an int) with `.skipped`, the articles a format could not hold and why. Articles
arrive as a stream from the store; nothing holds the whole project in memory. `progress(n)`
hears how many articles were handled so far. docs/formats.md describes every format."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..core.types import Article
from . import fmt_conll, fmt_doccano, fmt_labelstudio, fmt_spacy, fmt_spacy_jsonl, jsonl
from .fmt_common import ExportResult, Skipped, provenance

Writer = Callable[..., int]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    suffix: str
    write: Writer
    description: str = ""
    leaves_out_tokens: bool = False  # its writer takes tokens=False (records without the token list)


def _native_jsonl(path, articles, labels=None, progress=None) -> ExportResult:
    """The native writer, with the same check as every format (span text = text at offsets),
    made as it builds each line."""
    skipped: list[Skipped] = []
    return ExportResult(jsonl.write_jsonl(path, articles, labels, progress, skipped), skipped)


FORMATS: dict[str, ExportFormat] = {
    fmt.name: fmt for fmt in (
        ExportFormat("jsonl", ".jsonl", _native_jsonl, "native JSONL, one article per line"),
        ExportFormat(fmt_spacy_jsonl.NAME, ".jsonl", fmt_spacy_jsonl.write, "Prodigy / spaCy JSONL with tokens",
                     leaves_out_tokens=True),
        ExportFormat(fmt_spacy.NAME, ".spacy", fmt_spacy.write, "spaCy DocBin for spacy train (needs spaCy)"),
        ExportFormat(fmt_doccano.NAME, ".jsonl", fmt_doccano.write, "doccano sequence labeling JSONL"),
        ExportFormat(fmt_labelstudio.NAME, ".json", fmt_labelstudio.write, "Label Studio JSON tasks"),
        ExportFormat(fmt_conll.NAME, ".conll", fmt_conll.write, "character-level BIO (CoNLL)"),
    )
}


# Formats a model is trained from: what they hold is taken as gold, so by default only
# reviewed articles (accepted) go in; pending ones' machine spans only when asked.
TRAINING_FORMATS = frozenset({fmt_spacy.NAME, fmt_spacy_jsonl.NAME, fmt_conll.NAME})
TRAINING_STATUSES = ("accepted",)


def default_statuses(fmt_name: str) -> tuple[str, ...]:
    """The statuses an export takes when the user names none: () is every article."""
    return TRAINING_STATUSES if fmt_name in TRAINING_FORMATS else ()


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


def split_of(article_id, seed: int, parts: dict[str, float]) -> str:
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
    """The articles of one part. The key is the exported id (see fmt_common.provenance), so
    a project imported from an export splits the same way with the same seed."""
    return (a for a in articles if split_of(provenance(a)[0], seed, parts) == part)


__all__ = ["FORMATS", "TRAINING_FORMATS", "default_statuses", "ExportFormat", "ExportResult", "Skipped", "parse_split", "split_of", "split_paths", "only_split"]


def export_articles(articles_for: Callable[[], Iterable[Article]], out: Path, fmt_name: str, *,
                    labels: set[str] | None = None, split: str = "", seed: int = 0,
                    progress_for: Callable[[Path], Callable[[int], None] | None] | None = None,
                    tokens: bool = True) -> list[tuple[Path, object]]:
    """Write one file, or one per split part; `articles_for()` streams the articles afresh
    for each file. Returns (path, result) pairs; a result is the count, with `.skipped`.
    `tokens=False`: spacy-jsonl records without the token list."""
    fmt = FORMATS.get(fmt_name)
    if fmt is None:
        raise ValueError(f"unknown format {fmt_name!r}; choose one of: {', '.join(FORMATS)}")
    options = {}
    if not tokens:
        if not fmt.leaves_out_tokens:
            raise ValueError(f"{fmt_name} has no token list to leave out (only "
                             f"{', '.join(f.name for f in FORMATS.values() if f.leaves_out_tokens)} has)")
        options["tokens"] = False
    if split:
        parts = parse_split(split)
        targets = [(path, only_split(articles_for(), part, seed, parts)) for part, path in split_paths(out, parts).items()]
    else:
        targets = [(out, None)]
    written = []
    for path, articles in targets:
        progress = progress_for(path) if progress_for else None
        written.append((path, fmt.write(path, articles if articles is not None else articles_for(),
                                        labels=labels, progress=progress, **options)))
    return written
