"""Pre-extracted shards: JSONL files that `annotator extract` writes and `annotator import`
takes without extracting again.

    line 1: {"annotator_shard": 1, "extractor": "<version>", "package": "0.1.0", "lexicon": "<hash>",
             "pages": N, "created_at": "..."}
    then one line per page:
            {"page": {"name", "path", "sha256", "encoding", "kind", "raw_text"}, "fatal": false,
             "problems": [{"line", "message"}],
             "articles": [{"title", "subtitle", "byline", "text", "position", "source_line", "meta",
                           "status", "entities": [...], "metrics": [...]}]}

Spans are written as in the native JSONL format, with their origin (`auto` for proposals),
so they come back as proposals. The extractor version is a fingerprint of the code and the
resources extraction depends on: a shard made by another version is reported on import.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..core.extraction import Lexicon
from ..core.types import ArticleDraft, Entity, Metric
from .atomic import atomic_writer
from .importer import PreparedFile
from .jsonl import decimal_value, dumps, entity_record, metric_record
from .problems import Problem

SHARD_FORMAT = 1
MARK = b'{"annotator_shard"'


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever extraction could: the pure core's code, the dictionaries and
    gazetteer it reads, and the versions of the libraries it calls."""
    from ..core.resources import resources_dir

    digest = hashlib.sha256()
    core = Path(__file__).resolve().parent.parent / "core"
    files = sorted(core.rglob("*.py"))
    for folder in ("dictionaries", "gazetteer"):
        files += sorted(p for p in (resources_dir() / folder).rglob("*") if p.is_file())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for library in ("jieba", "cn2an", "babel", "python-crfsuite"):
        digest.update(f"{library}={_library_version(library)}".encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _library_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def lexicon_hash(lexicon: Lexicon | None) -> str:
    """The learned state a shard was extracted with: names and the trained model."""
    counts = sorted((lexicon.counts if lexicon else {}).items())
    digest = hashlib.sha256(json.dumps(counts, ensure_ascii=False).encode())
    digest.update((lexicon.model if lexicon else None) or b"")
    names = sorted((lexicon.names if lexicon else {}).items())
    if names:
        digest.update(json.dumps(names, ensure_ascii=False).encode())
    return digest.hexdigest()[:12]


def page_line(prepared: PreparedFile) -> str:
    """One page's line of a shard."""
    record = {
        "page": {"name": prepared.name, "path": prepared.path, "sha256": prepared.sha256,
                 "encoding": prepared.encoding, "kind": prepared.kind, "raw_text": prepared.raw_text},
        "fatal": prepared.fatal,
        "problems": [{"line": p.line, "message": p.message} for p in prepared.problems],
        "articles": [_draft_record(d) for d in prepared.drafts],
    }
    return dumps(record)


def _draft_record(draft: ArticleDraft) -> dict:
    return {
        "title": draft.title, "subtitle": draft.subtitle, "byline": draft.byline, "text": draft.text,
        "position": draft.position, "source_line": draft.source_line, "meta": draft.meta, "status": draft.status,
        "entities": [entity_record(e) for e in draft.entities],
        "metrics": [metric_record(m) for m in draft.metrics],
    }


def header(pages: int, lexicon: Lexicon | None) -> dict:
    return {"annotator_shard": SHARD_FORMAT, "extractor": extractor_version(), "package": __version__,
            "lexicon": lexicon_hash(lexicon), "pages": pages,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def write_shard(path: Path, lines: list[str], lexicon: Lexicon | None) -> None:
    with atomic_writer(path) as handle:
        handle.write(json.dumps(header(len(lines), lexicon), ensure_ascii=False) + "\n")
        for line in lines:
            handle.write(line + "\n")


def is_shard(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MARK)) == MARK
    except OSError:
        return False


def read_header(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.loads(handle.readline())


def version_problem(path: Path, found: dict, lexicon: Lexicon | None = None) -> Problem | None:
    """Why this shard's proposals may differ from what this annotator would propose now."""
    if found.get("annotator_shard") != SHARD_FORMAT:
        return Problem(path.name, 1, f"shard format {found.get('annotator_shard')!r} is not one this annotator "
                       f"reads (format {SHARD_FORMAT}); the shard was not imported")
    if found.get("extractor") != extractor_version():
        return Problem(path.name, 1, f"made by {_age(str(found.get('package', '')))} extractor version "
                       f"{found.get('extractor')}; this annotator's is "
                       f"{extractor_version()}: its proposals were imported as they were made (still proposals, "
                       "origin auto); run `annotator extract` again for this version's")
    if lexicon is not None and (lexicon.counts or lexicon.model or lexicon.names) and found.get("lexicon") != lexicon_hash(lexicon):
        return Problem(path.name, 1, "extracted with other learned names than this project's; the proposals "
                       "were imported as they were made")
    return None


def read_shard(path: Path) -> Iterator[PreparedFile]:
    """The pages of a shard, as the importer's prepared files (already extracted). A
    damaged line is reported with its number and skipped."""
    with open(path, encoding="utf-8") as handle:
        handle.readline()
        for number, line in enumerate(handle, start=2):
            if not line.strip():
                continue
            try:
                yield _prepared(json.loads(line, parse_float=Decimal))
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                prepared = PreparedFile(path.name, str(path), fatal=True)
                prepared.problems.append(Problem(path.name, number, f"damaged shard line ({error}); skipped"))
                yield prepared


def _prepared(record: dict) -> PreparedFile:
    page = record["page"]
    prepared = PreparedFile(str(page["name"]), str(page.get("path", "")), str(page["sha256"]),
                            str(page.get("encoding", "")), str(page.get("kind", "page")), str(page.get("raw_text", "")))
    prepared.fatal = bool(record.get("fatal"))
    prepared.problems = [Problem(prepared.name, p.get("line"), str(p["message"])) for p in record.get("problems", [])]
    prepared.drafts = [_draft(a) for a in record.get("articles", [])]
    return prepared


def _confidence(value) -> float | None:
    """A proposal's confidence as the shard wrote it (read as a Decimal; older shards have none)."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    return None


def _draft(record: dict) -> ArticleDraft:
    text = record["text"]
    entities = tuple(Entity(int(e["start"]), int(e["end"]), str(e["label"]), str(e["text"]), str(e["origin"]),
                            confidence=_confidence(e.get("confidence")))
                     for e in record.get("entities", []))
    metrics = tuple(
        Metric(int(m["start"]), int(m["end"]), str(m["text"]), decimal_value(m.get("value"), "metric value"),
               str(m.get("unit") or ""), bool(m.get("approx")), str(m.get("indicator") or ""),
               str(m.get("period") or ""), str(m["origin"]), decimal_value(m.get("value_high"), "metric value_high"),
               str(m.get("numeral") or "arabic"))
        for m in record.get("metrics", []))
    for span in entities + metrics:
        if not (0 <= span.start < span.end <= len(text)) or text[span.start:span.end] != span.text:
            raise ValueError(f"span {span.start}-{span.end} does not fit the article text")
    return ArticleDraft(text=text, title=record.get("title", ""), subtitle=record.get("subtitle", ""),
                        byline=record.get("byline", ""), position=int(record.get("position", 0)),
                        meta=dict(record.get("meta") or {}), entities=entities, metrics=metrics,
                        status=record.get("status", "pending"), source_line=record.get("source_line"),
                        needs_extraction=())


def _age(package: str) -> str:
    """older / newer / another build of the same package version."""
    def parts(version: str) -> tuple:
        return tuple(int(p) if p.isdigit() else 0 for p in version.split("+")[0].split("."))

    if not package or parts(package) == parts(__version__):
        return "another"
    return "an older" if parts(package) < parts(__version__) else "a newer"


def shard_pages(paths: list[Path], lexicon: Lexicon | None, problems: list[Problem]) -> Iterator[PreparedFile]:
    """Every page of these shards; a shard made by another extractor version is reported
    in `problems` (its pages are still imported), one of an unknown format is left out."""
    for path in paths:
        try:
            found = read_header(path)
        except (OSError, ValueError) as error:
            problems.append(Problem(path.name, 1, f"unreadable shard header ({error}); the shard was not imported"))
            continue
        problem = version_problem(path, found, lexicon)
        if problem:
            problems.append(problem)
            if found.get("annotator_shard") != SHARD_FORMAT:
                continue
        yield from read_shard(path)


def page_count(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        try:
            total += int(read_header(path).get("pages", 0))
        except (OSError, ValueError, TypeError):
            continue
    return total
