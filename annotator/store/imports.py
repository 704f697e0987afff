"""Writing imported files: one transaction per file, duplicates skipped by content hash."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace

from ..core.op_base import op_to_json
from ..core.op_imports import ImportArticles, article_fingerprint
from ..core.types import ArticleDraft
from . import proposals, texts
from .rows import INSERT_ENTITY, now, INSERT_METRIC, entity_params, metric_params

_NEW_LABEL_COLOURS = ["#b279a2", "#72b7b2", "#ff9da6", "#9d755d", "#bab0ac", "#eeca3b"]


@dataclass(frozen=True)
class SourceRecord:
    name: str
    sha256: str
    raw_text: str
    encoding: str = ""
    kind: str = "page"
    path: str = ""


@dataclass
class ImportResult:
    source_name: str
    source_id: int | None = None
    added: int = 0
    duplicates: int = 0
    already_imported: bool = False
    article_ids: list[int] = field(default_factory=list)
    fingerprints: dict[int, str] = field(default_factory=dict)  # what the import left of each article


def proposed_json(entities, metrics) -> str:
    """What pre-extraction proposed: [[label, start, end], ...] of the auto spans."""
    spans = [[e.label, e.start, e.end] for e in entities if e.origin == "auto"]
    spans += [["METRIC", m.start, m.end] for m in metrics if m.origin == "auto"]
    return json.dumps(spans, ensure_ascii=False)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _ensure_labels(db, drafts: list[ArticleDraft]) -> None:
    known = {row[0] for row in db.execute("SELECT name FROM labels")}
    wanted = {e.label for d in drafts for e in d.entities} - known
    position = db.execute("SELECT coalesce(max(position), 0) FROM labels").fetchone()[0]
    for offset, name in enumerate(sorted(wanted), start=1):
        colour = _NEW_LABEL_COLOURS[(position + offset) % len(_NEW_LABEL_COLOURS)]
        db.execute(
            "INSERT INTO labels (name, kind, colour, shortcut, position) VALUES (?, 'entity', ?, '', ?)",
            [name, colour, position + offset],
        )


def import_source(db, tx, source: SourceRecord, drafts: list[ArticleDraft], actor: str) -> ImportResult:
    result = ImportResult(source.name)
    with tx():
        existing = db.execute("SELECT id FROM sources WHERE sha256 = ?", [source.sha256]).fetchone()
        if existing:
            result.source_id, result.already_imported = existing[0], True
            return result
        result.source_id = db.execute(
            "INSERT INTO sources (name, path, sha256, encoding, kind, imported_at, raw_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [source.name, source.path, source.sha256, source.encoding, source.kind, now(), source.raw_text],
        ).lastrowid
        _ensure_labels(db, drafts)
        stamp = now()
        for draft in drafts:
            cursor = db.execute(
                "INSERT OR IGNORE INTO articles (source_id, position, source_line, title, subtitle, byline, text, "
                "content_hash, status, reviewer, updated_at, meta, proposed, text_tail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)",
                [result.source_id, draft.position, draft.source_line, draft.title, draft.subtitle, draft.byline,
                 texts.pack(draft.text), content_hash(draft.text), draft.status, stamp,
                 json.dumps(draft.meta, ensure_ascii=False), proposals.pack(proposed_json(draft.entities, draft.metrics)),
                 draft.text[-2:]],
            )
            if cursor.rowcount == 0:
                result.duplicates += 1
                continue
            article_id = cursor.lastrowid
            result.added += 1
            result.article_ids.append(article_id)
            result.fingerprints[article_id] = article_fingerprint(draft.status, "", draft.entities, draft.metrics)
            for entity in draft.entities:
                db.execute(INSERT_ENTITY, entity_params(article_id, replace(entity, id=None)))
            for metric in draft.metrics:
                db.execute(INSERT_METRIC, metric_params(article_id, replace(metric, id=None)))
        db.execute(
            "INSERT INTO history (at, actor, kind, name, article_id, op) VALUES (?, ?, 'import', ?, NULL, ?)",
            [stamp, actor, f"Import {source.name}", json.dumps(
                {"source_id": result.source_id, "added": result.added, "duplicates": result.duplicates},
                ensure_ascii=False)],
        )
    return result


def record_undo_step(db, tx, results: list[ImportResult], actor: str) -> None:
    """The whole import (every file it added) as one step of `actor`'s undo list."""
    added = [result for result in results if result.added]
    if not added:
        return
    fingerprints = {str(article_id): fingerprint for result in added
                    for article_id, fingerprint in result.fingerprints.items()}
    op = ImportArticles(added[0].article_ids[0], json.dumps([result.source_id for result in added]),
                        json.dumps(fingerprints, sort_keys=True))
    with tx():
        history_id = db.execute(
            "INSERT INTO history (at, actor, kind, name, article_id, op) VALUES (?, ?, 'import', ?, ?, ?)",
            [now(), actor, op.name, op.article_id, op_to_json(op)]).lastrowid
        db.execute("DELETE FROM undo_stack WHERE actor = ? AND state = 'undone'", [actor])
        db.execute("INSERT INTO undo_stack (actor, history_id, state) VALUES (?, ?, 'done')", [actor, history_id])


def has_source(db, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM sources WHERE sha256 = ?", [sha256]).fetchone() is not None
