"""An import as one step of the importer's undo list. Undoing it removes the articles it
added (with their spans) and its files' records, so the files can be imported again; it is
refused when anyone has worked on one of those articles since (its status, reviewer or
spans are not what the import left), since that work would go with it. An undone import is
not redone: importing its files again does the same."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .op_base import Invalid, Op, Stale, Touches


def article_fingerprint(status: str, reviewer: str, entities, metrics) -> str:
    """What an import leaves of an article, in a few bytes: status, reviewer and where each
    span is, its label and who made it (a reviewer's edit changes one of them)."""
    spans = sorted([("E", e.start, e.end, e.label, e.origin) for e in entities]
                   + [("M", m.start, m.end, "", m.origin) for m in metrics])
    text = json.dumps([status, reviewer, spans], ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class _ImportRecord(Op):
    """What both directions of an import carry: its sources and its articles' fingerprints."""

    article_id: int | None
    source_ids: str  # JSON list (the history's JSON reads a list as operations)
    fingerprints: str  # JSON {article id: fingerprint as imported}
    label: str = "Import"

    @property
    def name(self) -> str:  # type: ignore[override]
        return self.label

    def article_ids(self) -> list[int]:
        return [int(key) for key in json.loads(self.fingerprints)]

    def touches(self) -> Touches:
        return Touches(frozenset(self.article_ids()), entities=True, metrics=True, status=True, articles=True)


@dataclass(frozen=True)
class ImportArticles(_ImportRecord):
    """Recorded after an import: the sources and articles it added."""

    def check(self, stored) -> None:
        raise Stale("an undone import is not redone: import its files again")

    def apply(self, stored):
        raise Invalid("an import is made by the importer")

    def inverse(self) -> "RemoveImported":
        return RemoveImported(None, self.source_ids, self.fingerprints, self.label)


@dataclass(frozen=True)
class RemoveImported(_ImportRecord):
    """Undoing an import: its articles and its files' records go, if nobody worked on them."""

    def check(self, stored) -> None:
        for key, expected in json.loads(self.fingerprints).items():
            article_id = int(key)
            row = stored.article_row(article_id)
            if row is None:
                raise Stale(f"article {article_id} of the import is no longer in the project", article_id)
            now = article_fingerprint(row["status"], row["reviewer"] or "", stored.entities(article_id),
                                      stored.metrics(article_id))
            if now != expected:
                raise Stale(f"article {article_id} of the import was changed since (reviewed, edited or given "
                            "new proposals)", article_id)

    def apply(self, stored) -> "RemoveImported":
        for article_id in self.article_ids():
            for entity in stored.entities(article_id):
                stored.delete_entity(article_id, entity.id)
            for metric in stored.metrics(article_id):
                stored.delete_metric(article_id, metric.id)
            stored.delete_article(article_id)
        for source_id in json.loads(self.source_ids):
            stored.delete_source(source_id)
        return self

    def inverse(self) -> ImportArticles:
        return ImportArticles(None, self.source_ids, self.fingerprints, self.label)
