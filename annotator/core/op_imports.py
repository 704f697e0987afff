"""An import as one step of the importer's undo list. Undoing it removes the articles it
added (with their spans) and its files' records, so the files can be imported again; it is
refused when anyone has worked on one of those articles since (its status, reviewer or
spans are not what the import left), since that work would go with it.

The undo keeps what it removed (the rows, compressed, in its history row), so Redo puts
the import back as it was: same articles, spans and file records, under their old ids where
those are still free. Redo is refused once the same files or texts were imported again."""
from __future__ import annotations

import base64
import hashlib
import json
import zlib
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from typing import ClassVar

from .op_base import Op, Stale, Touches
from .types import Entity, Metric


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
    removed: str = ""  # what an undo removed (pack_rows), for the redo to put back

    step_keeps_last_applied: ClassVar[bool] = True

    @property
    def name(self) -> str:  # type: ignore[override]
        return self.label

    def article_ids(self) -> list[int]:
        return [int(key) for key in json.loads(self.fingerprints)]

    def touches(self) -> Touches:
        return Touches(frozenset(self.article_ids()), entities=True, metrics=True, status=True, articles=True)


def pack_rows(rows: dict) -> str:
    """Rows as a compact string for the history (JSON, zlib, base64): Chinese text
    compresses to about a third."""
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")


def unpack_rows(packed: str) -> dict:
    return json.loads(zlib.decompress(base64.b64decode(packed)).decode("utf-8"))


def _entity_data(entity: Entity) -> dict:
    return asdict(entity)


def _metric_data(metric: Metric) -> dict:
    data = asdict(metric)
    data["value"] = None if metric.value is None else str(metric.value)
    data["value_high"] = None if metric.value_high is None else str(metric.value_high)
    return data


def _metric(data: dict) -> Metric:
    data = dict(data)
    for key in ("value", "value_high"):
        data[key] = None if data[key] is None else Decimal(data[key])
    return Metric(**data)


@dataclass(frozen=True)
class ImportArticles(_ImportRecord):
    """Recorded after an import: the sources and articles it added. Applied (a redo), it
    puts back what its undo removed."""

    def check(self, stored) -> None:
        if not self.removed:  # undone by a version that did not keep the rows
            raise Stale("this import was undone without keeping its articles: import its files again")
        rows = unpack_rows(self.removed)
        for source in rows["sources"]:
            if stored.holds_source(source["sha256"]):
                raise Stale(f"the file {source['name']} was imported again since")
        articles = rows["articles"]
        for done, article in enumerate(articles, start=1):
            row = article["row"]
            if stored.holds_text(row["content_hash"]):
                raise Stale(f"article “{row['title'] or row['text'][:20]}” of the import is in the project "
                            "again since (imported once more)")
            stored.tick(done, 2 * len(articles))

    def apply(self, stored) -> "ImportArticles":
        rows = unpack_rows(self.removed)
        source_ids = [stored.insert_source(source) for source in rows["sources"]]
        new_source = {source["id"]: new_id for source, new_id in zip(rows["sources"], source_ids)}
        articles, fingerprints = rows["articles"], {}
        for done, article in enumerate(articles, start=1):
            row = dict(article["row"], source_id=new_source.get(article["row"]["source_id"], article["row"]["source_id"]))
            article_id = stored.insert_article(row)
            entities = [stored.insert_entity(article_id, Entity(**data)) for data in article["entities"]]
            metrics = [stored.insert_metric(article_id, _metric(data)) for data in article["metrics"]]
            fingerprints[str(article_id)] = article_fingerprint(row["status"], row["reviewer"] or "", entities, metrics)
            stored.tick(len(articles) + done, 2 * len(articles))
        first = min((int(key) for key in fingerprints), default=None)
        # as applied: where the rows are now (an id taken meanwhile gave a new one); the
        # next undo reads them again, so the rows need not be kept twice
        return replace(self, article_id=first, source_ids=json.dumps(source_ids),
                       fingerprints=json.dumps(fingerprints, sort_keys=True), removed="")

    def inverse(self) -> "RemoveImported":
        return RemoveImported(None, self.source_ids, self.fingerprints, self.label)


@dataclass(frozen=True)
class RemoveImported(_ImportRecord):
    """Undoing an import: its articles and its files' records go, if nobody worked on
    them; what goes is kept in the applied operation (`removed`) for a redo."""

    def check(self, stored) -> None:
        expected_all = json.loads(self.fingerprints)
        for done, (key, expected) in enumerate(expected_all.items(), start=1):
            article_id = int(key)
            row = stored.article_row(article_id)
            if row is None:
                raise Stale(f"article {article_id} of the import is no longer in the project", article_id)
            now = article_fingerprint(row["status"], row["reviewer"] or "", stored.entities(article_id),
                                      stored.metrics(article_id))
            if now != expected:
                raise Stale(f"article {article_id} of the import was changed since (reviewed, edited or given "
                            "new proposals)", article_id)
            stored.tick(done, 2 * len(expected_all))

    def apply(self, stored) -> "RemoveImported":
        ids = self.article_ids()
        sources = [row for row in (stored.source_row(source_id) for source_id in json.loads(self.source_ids)) if row]
        articles = []
        for done, article_id in enumerate(ids, start=1):
            entities, metrics = stored.entities(article_id), stored.metrics(article_id)
            articles.append({"row": stored.article_row(article_id), "entities": [_entity_data(e) for e in entities],
                             "metrics": [_metric_data(m) for m in metrics]})
            for entity in entities:
                stored.delete_entity(article_id, entity.id)
            for metric in metrics:
                stored.delete_metric(article_id, metric.id)
            stored.delete_article(article_id)
            stored.tick(len(ids) + done, 2 * len(ids))
        for source_id in json.loads(self.source_ids):
            stored.delete_source(source_id)
        return replace(self, removed=pack_rows({"sources": sources, "articles": articles}))

    def inverse(self) -> ImportArticles:
        return ImportArticles(None, self.source_ids, self.fingerprints, self.label, self.removed)
