"""Read queries: articles, the review queue, counts, search, streaming for export."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter

from ..core.types import Article, Label
from . import proposals
from .texts import unpack as unpack_text
from .migrations import CERTAINTY_ORDER, tail
from .rows import (
    ARTICLE_COLUMNS, ENTITY_COLUMNS, ENTITY_SPAN_COLUMNS, METRIC_COLUMNS, METRIC_SPAN_COLUMNS, article_from_row,
    article_from_rows, entity_from_row, metric_from_row,
)


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles the queue shows: statuses (empty = all), a label that must occur,
    and a full-text query over title and text; and in which order: by article number, or
    ("certainty") pending articles first, the least certain first (the lowest confidence of
    an article's proposed entities; articles without one last), then by number."""

    statuses: tuple[str, ...] = ()
    label: str = ""
    query: str = ""
    order: str = ""

    def filters(self) -> bool:
        """Whether some articles are left out (the order alone leaves out none)."""
        return bool(self.statuses or self.label or self.query)


ORDERS = ("", "certainty")
_CERTAINTY_ORDER = CERTAINTY_ORDER.format(table="a.")


@dataclass(frozen=True)
class QueueRow:
    id: int
    title: str
    source: str
    status: str
    entities: int
    metrics: int
    preview: str
    certainty: float | None = None


def _where(flt: ArticleFilter, status: str = "a.status") -> tuple[str, list]:
    clauses, params = [], []
    if flt.statuses:
        clauses.append(f"{status} IN ({', '.join('?' for _ in flt.statuses)})")
        params.extend(flt.statuses)
    if flt.label:
        clauses.append(
            "(EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.label = ?) OR "
            "EXISTS (SELECT 1 FROM metrics m WHERE m.article_id = a.id AND ? = 'METRIC'))"
        )
        params.extend([flt.label, flt.label])
    query = flt.query.strip()
    if query:
        # The trigram index finds the articles holding every trigram of a run of at least
        # three characters without GLOB's own (*?[), and SQLite checks those against the
        # text; instr then checks the whole query where it has such characters (ADR 0004).
        run = max(re.split(r"[*?\[\]\x00]", query), key=len)
        if len(run) >= 3:  # one pass for both columns (see _search_ids)
            clauses.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                           "AND (text GLOB ? OR title GLOB ?))")
            params.extend([_trigrams(run), f"*{run}*", f"*{run}*"])
        if run != query or len(run) < 3:
            clauses.append("(instr(a.title, ?) > 0 OR instr(article_text(a.text), ?) > 0)")
            params.extend([query, query])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# The queue's number order: by place (an article's id, or a split-off part's place right after
# the article it came from, schema v12), and after the article with the id given.
QUEUE_ORDER = "a.queue_place, a.id"
AFTER_IN_QUEUE = "(a.queue_place, a.id) > (coalesce((SELECT queue_place FROM articles WHERE id = ?), -1), ?)"


def article_ids(db, flt: ArticleFilter = ArticleFilter(), after: int = 0, limit: int | None = None,
                offset: int = 0) -> list[int]:
    """The ids the filter shows, in order; `after` (by number) or `offset` (by certainty) and
    `limit` page through them (the queue shows the first page at once and reads the rest in
    a worker)."""
    if flt.order == "certainty":
        # `+a.status`: SQLite would put a single status into `a.status <> 'pending'` below as a
        # constant, and the index on that expression could no longer be searched
        where, params = _where(flt, status="+a.status")
        # the index articles_certainty is in this order: a first page walks it and stops after
        # 500 hits (SQLite would rather take a status filter's index, then sort every article)
        if flt.statuses and all(status == "pending" for status in flt.statuses):
            where += " AND (a.status <> 'pending') < 1"  # the pending part of the index (a range: `= 0` sorts)
        elif flt.statuses and "pending" not in flt.statuses:
            where += " AND (a.status <> 'pending') > 0"  # the part after the pending articles
        return [row[0] for row in db.execute(f"SELECT a.id FROM articles a INDEXED BY articles_certainty{where} "
                                             f"ORDER BY {_CERTAINTY_ORDER} "
                                             "LIMIT ? OFFSET ?", [*params, -1 if limit is None else limit, offset])]
    query = flt.query.strip()
    run = max(re.split(r"[*?\[\]\x00]", query), key=len) if query else ""
    if len(run) >= 3 and run == query:
        return _search_ids(db, flt, query, after, limit)
    if len(query) == 2 and "\x00" not in query:
        ids = _pair_search_ids(db, flt, query, after, limit)
        if ids is not None:
            return ids
    where, params = _where(flt)
    sql = f"SELECT a.id FROM articles a{where}{' AND' if where else ' WHERE'} {AFTER_IN_QUEUE} ORDER BY {QUEUE_ORDER}"
    params.extend([after, after])
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in db.execute(sql, params)]


def _hit_clauses(flt: ArticleFilter, hit: str) -> tuple[list[str], list]:
    """The filter's status and label checked per hit (`hit` names its id) through indexes."""
    clauses, params = [f"{hit} > ?"], []
    if flt.statuses:
        marks = ", ".join("?" for _ in flt.statuses)
        clauses.append(f"EXISTS (SELECT 1 FROM articles s INDEXED BY articles_status "
                       f"WHERE s.status IN ({marks}) AND s.id = {hit})")
        params.extend(flt.statuses)
    if flt.label:
        clauses.append(f"(EXISTS (SELECT 1 FROM entities e WHERE e.article_id = {hit} AND e.label = ?) OR "
                       f"(? = 'METRIC' AND EXISTS (SELECT 1 FROM metrics m WHERE m.article_id = {hit})))")
        params.extend([flt.label, flt.label])
    return clauses, params


def _merged(db, queries: list[tuple[str, list]], after: int, limit: int | None) -> list[int]:
    """Ids from several queries, each in id order and cut at `limit`, merged: a first page
    stops early in each."""
    found: set[int] = set()
    for sql, params in queries:
        sql += " LIMIT ?"
        found.update(row[0] for row in db.execute(sql, [after, *params, -1 if limit is None else limit]))
    ids = sorted(found)
    return ids[:limit] if limit is not None else ids


def _search_ids(db, flt: ArticleFilter, query: str, after: int, limit: int | None) -> list[int]:
    """A search driven by the trigram index in one pass in rowid order, so that a first page
    stops early (`a.id IN (hits) ORDER BY a.id` verifies every hit and walks every article
    first). The index finds the articles holding every trigram of the query; each is checked
    against its title and text (GLOB, exact: the index keeps no positions, ADR 0004). One
    pass for both columns: the index does not know which column a trigram is in (detail=none),
    so a `title GLOB` of its own read every candidate's row to find the few titles (10,000
    rows for 怀化市). A status or label is checked per hit through an index."""
    clauses, extra = _hit_clauses(flt, "articles_fts.rowid")
    return _merged(db, [(f"SELECT rowid FROM articles_fts WHERE {' AND '.join(clauses)} AND articles_fts MATCH ? "
                         "AND (text GLOB ? OR title GLOB ?) ORDER BY rowid",
                         [*extra, _trigrams(query), f"*{query}*", f"*{query}*"])], after, limit)


def _trigrams(text: str) -> str:
    """An FTS5 query for the articles holding every trigram of `text` (each one quoted)."""
    return " AND ".join('"' + text[i:i + 3].replace('"', '""') + '"' for i in range(len(text) - 2))


MAX_PAIR_TERMS = 2000  # beyond, the pair is so common that scanning finds a first page at once


def _pair_search_ids(db, flt: ArticleFilter, query: str, after: int, limit: int | None) -> list[int] | None:
    """A two-character search from the trigram index (schema v11, ADR 0004): the pair occurs
    in an article where one of the index's trigrams starting with it does (the vocabulary
    lists them: `term` ranges over the index's sorted terms), or as the last two characters
    of its title or text (an index on each). The index folds case: where the query has
    letters, each hit is checked against the text. None when the pair starts too many
    trigrams (the caller scans)."""
    folded = query.lower()
    terms = [row[0] for row in db.execute(
        "SELECT term FROM articles_fts_terms WHERE term >= ? AND term < ? LIMIT ?",
        [folded, folded + "\U0010ffff", MAX_PAIR_TERMS + 1])]
    if len(terms) > MAX_PAIR_TERMS:
        return None
    indexed, extra = _hit_clauses(flt, "articles_fts.rowid")
    if query.lower() != query.upper():
        indexed.append("EXISTS (SELECT 1 FROM articles t WHERE t.id = articles_fts.rowid "
                       "AND (instr(t.title, ?) > 0 OR instr(article_text(t.text), ?) > 0))")
        extra.extend([query, query])
    queries = []
    if terms:
        match = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
        queries.append((f"SELECT rowid FROM articles_fts WHERE {' AND '.join(indexed)} AND articles_fts MATCH ? "
                        "ORDER BY rowid", [*extra, match]))
    tail_clauses, tail_extra = _hit_clauses(flt, "a.id")
    for column in ("title", "text"):
        queries.append((f"SELECT a.id FROM articles a WHERE {' AND '.join(tail_clauses)} "
                        f"AND {tail(column, 'a.')} = ? ORDER BY a.id", [*tail_extra, query]))
    return _merged(db, queries, after, limit)


def queue_rows(db, ids: list[int]) -> dict[int, QueueRow]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(
        f"SELECT a.id, a.title, coalesce(s.name, ''), a.status, "
        f"(SELECT count(*) FROM entities e WHERE e.article_id = a.id), "
        f"(SELECT count(*) FROM metrics m WHERE m.article_id = a.id), substr(article_text(a.text), 1, 60), a.certainty "
        f"FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks})",
        ids,
    ).fetchall()
    return {row[0]: QueueRow(*row) for row in rows}


def article(db, article_id: int) -> Article | None:
    row = db.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    entities = db.execute(
        f'SELECT {ENTITY_COLUMNS} FROM entities WHERE article_id = ? ORDER BY start, "end", id', [article_id]
    ).fetchall()
    metrics = db.execute(
        f'SELECT {METRIC_COLUMNS} FROM metrics WHERE article_id = ? ORDER BY start, "end", id', [article_id]
    ).fetchall()
    return article_from_row(row, map(entity_from_row, entities), map(metric_from_row, metrics))


def iter_article_rows(db, statuses: tuple[str, ...] = (), batch: int = 500,
                      limit: int | None = None) -> Iterator[tuple[tuple, tuple, tuple]]:
    """Stream articles with their spans in id order, in bounded memory, as plain rows:
    (article row, its entity rows, its metric rows) in the column order of `rows.ARTICLE_COLUMNS`,
    `rows.ENTITY_SPAN_COLUMNS` and `rows.METRIC_SPAN_COLUMNS`; spans in offset order.

    Three ordered scans (articles by id; entities and metrics by article and offsets, each
    through its (article_id, start) index) are merged as they go: no query per article or
    batch, and every statement reads in one snapshot of the file. `batch` is how many rows
    SQLite hands over at a time; `limit`, how many articles at most."""
    status_clause, span_clause = "", ""
    if statuses:
        # the ids in these statuses come sorted from the status index and every scan walks
        # them in order (no sort of the articles' text; spans of articles left out are
        # never handed over)
        chosen = f"(SELECT id FROM articles WHERE status IN ({', '.join('?' for _ in statuses)}))"
        status_clause, span_clause = f" WHERE a.id IN {chosen}", f" WHERE article_id IN {chosen}"
    limit_clause = f" LIMIT {int(limit)}" if limit is not None else ""
    articles = db.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
        f"{status_clause} ORDER BY a.id{limit_clause}", list(statuses))
    entity_groups = groupby(db.execute(f'SELECT {ENTITY_SPAN_COLUMNS} FROM entities{span_clause} '
                                       'ORDER BY article_id, start, "end", id', list(statuses)), _ARTICLE_ID)
    metric_groups = groupby(db.execute(f'SELECT {METRIC_SPAN_COLUMNS} FROM metrics{span_clause} '
                                       'ORDER BY article_id, start, "end", id', list(statuses)), _ARTICLE_ID)
    entity_id, entity_rows = next(entity_groups, _END)
    metric_id, metric_rows = next(metric_groups, _END)
    while rows := articles.fetchmany(batch):
        for row in rows:
            article_id = row[0]
            while entity_id < article_id:  # spans of an article the scan does not hold
                entity_id, entity_rows = next(entity_groups, _END)
            while metric_id < article_id:
                metric_id, metric_rows = next(metric_groups, _END)
            entities = metrics = ()
            if entity_id == article_id:
                entities = tuple(entity_rows)
                entity_id, entity_rows = next(entity_groups, _END)
            if metric_id == article_id:
                metrics = tuple(metric_rows)
                metric_id, metric_rows = next(metric_groups, _END)
            if row[1].__class__ is bytes:  # a text kept as UTF-16 (store/texts.py)
                row = (row[0], row[1].decode("utf-16-le"), *row[2:])
            yield row, entities, metrics


class ArticleStream:
    """A project's articles in id order, read once. Iterating gives `Article` objects;
    `rows()` gives the same articles as plain rows (see `iter_article_rows`) to a writer that
    needs no objects: building the span objects is most of what the stream costs (the native
    JSONL export reads the rows). Take one or the other, not both."""

    def __init__(self, rows: Iterator[tuple[tuple, tuple, tuple]]):
        self._rows = rows
        self._articles = map(article_from_rows, rows)

    def __iter__(self) -> Iterator[Article]:
        return self._articles

    def __next__(self) -> Article:
        return next(self._articles)

    def rows(self) -> Iterator[tuple[tuple, tuple, tuple]]:
        return self._rows

    article = staticmethod(article_from_rows)  # one item of rows() as an Article


def iter_articles(db, statuses: tuple[str, ...] = (), batch: int = 500, limit: int | None = None) -> ArticleStream:
    """Stream articles with their spans in id order, in bounded memory (`iter_article_rows`)."""
    return ArticleStream(iter_article_rows(db, statuses, batch, limit))


_ARTICLE_ID = itemgetter(0)
_END = (float("inf"), ())  # past the last article's spans


def status_counts(db) -> dict[str, int]:
    counts = {status: 0 for status in ("pending", "accepted", "rejected", "skipped")}
    for status, count in db.execute("SELECT status, count(*) FROM articles GROUP BY status"):
        counts[status] = count
    return counts


def span_counts(db) -> dict[tuple[str, str], int]:
    """(label, origin) -> number of spans; metrics count under the label METRIC."""
    counts = {}
    for label, origin, count in db.execute("SELECT label, origin, count(*) FROM entities GROUP BY label, origin"):
        counts[(label, origin)] = count
    for origin, count in db.execute("SELECT origin, count(*) FROM metrics GROUP BY origin"):
        counts[("METRIC", origin)] = count
    return counts


def labels(db) -> list[Label]:
    rows = db.execute("SELECT name, kind, colour, shortcut, position FROM labels ORDER BY position, name")
    return [Label(*row) for row in rows]


def lexicon_counts(db) -> dict[tuple[str, str], tuple[int, int]]:
    return {(t, l): (a, r) for t, l, a, r in db.execute("SELECT text, label, accepted, removed FROM lexicon")}


def next_article_id(db, after_id: int, statuses: tuple[str, ...] = ("pending",),
                    flt: ArticleFilter = ArticleFilter()) -> int | None:
    """The next article after `after_id` in one of `statuses` that the queue's filter shows
    (wrapping around to the first), or None."""
    where, params = _where(flt)
    marks = ", ".join("?" for _ in statuses)
    scope = (where + " AND " if where else " WHERE ") + f"a.status IN ({marks})"
    row = db.execute(f"SELECT a.id FROM articles a{scope} AND {AFTER_IN_QUEUE} ORDER BY {QUEUE_ORDER} LIMIT 1",
                     [*params, *statuses, after_id, after_id]).fetchone()
    if row is None:  # wrap around to the first one still waiting
        row = db.execute(f"SELECT a.id FROM articles a{scope} ORDER BY {QUEUE_ORDER} LIMIT 1",
                         [*params, *statuses]).fetchone()
    return row[0] if row else None


def history(db, article_id: int | None = None, limit: int = 200) -> list[dict]:
    where, params = ("WHERE article_id = ?", [article_id]) if article_id is not None else ("", [])
    rows = db.execute(
        f"SELECT id, at, actor, kind, name, article_id, op FROM history {where} ORDER BY id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    keys = ("id", "at", "actor", "kind", "name", "article_id", "op")
    return [dict(zip(keys, row)) for row in rows]


def reviewed_pairs(db, statuses: tuple[str, ...] = ("accepted",)) -> Iterator[tuple[int, list, list]]:
    """(article id, proposed [[label, start, end]], final [[label, start, end]]) per article."""
    import json

    marks = ", ".join("?" for _ in statuses)
    for article_id, proposed in db.execute(
        f"SELECT id, proposed FROM articles WHERE status IN ({marks}) ORDER BY id", list(statuses)
    ).fetchall():
        final = [list(row) for row in db.execute(
            'SELECT label, start, "end" FROM entities WHERE article_id = ? '
            'UNION ALL SELECT \'METRIC\', start, "end" FROM metrics WHERE article_id = ?', [article_id, article_id])]
        yield article_id, json.loads(proposals.unpack(proposed)), final


def auto_spans_by_source(db) -> dict[str, dict]:
    """Per source file name: its articles' titles and texts, and auto entity/metric spans."""
    result: dict[str, dict] = {}
    for source_id, name in db.execute("SELECT id, name FROM sources ORDER BY id").fetchall():
        page = result.setdefault(name, {"titles": [], "texts": [], "entities": [], "metrics": []})
        rows = db.execute("SELECT title, text FROM articles WHERE source_id = ? ORDER BY position", [source_id]).fetchall()
        page["titles"] += [title for title, _text in rows]
        page["texts"] += [unpack_text(text) for _title, text in rows]
        page["entities"] += [tuple(row) for row in db.execute(
            "SELECT e.label, e.text FROM entities e JOIN articles a ON a.id = e.article_id "
            "WHERE a.source_id = ? AND e.origin = 'auto'", [source_id])]
        page["metrics"] += [tuple(row) for row in db.execute(
            "SELECT m.text, m.value, m.unit, m.indicator, m.period FROM metrics m JOIN articles a "
            "ON a.id = m.article_id WHERE a.source_id = ? AND m.origin = 'auto' ORDER BY a.position, m.start",
            [source_id])]
    return result


def correction_reach(db, verb: str, label: str, text: str, exclude: int | None) -> int:
    """In how many other pending articles a correction would be repeated, in one query: an
    added entity where its text occurs without already carrying that label, a removed one
    where that text carries the label."""
    if verb == "remove":
        return db.execute(
            "SELECT count(DISTINCT e.article_id) FROM entities e JOIN articles a ON a.id = e.article_id "
            "WHERE e.label = ? AND e.text = ? AND a.status = 'pending' AND a.id != ?",
            [label, text, exclude or 0]).fetchone()[0]
    where, params = _where(ArticleFilter(statuses=("pending",), query=text))
    return db.execute(
        f"SELECT count(*) FROM articles a{where} AND a.id != ? AND instr(article_text(a.text), ?) > 0 AND NOT EXISTS "
        "(SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.label = ? AND e.text = ?)",
        [*params, exclude or 0, text, label, text]).fetchone()[0]
