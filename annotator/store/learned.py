"""The `learned` table: the model trained on reviewed articles and the names it saw, and
the reviewed articles to train it on."""
from __future__ import annotations

import json
from collections.abc import Iterator

from . import texts
from .rows import now

LEARNER = "crf"


def training_articles(db, limit: int) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """The newest reviewed (accepted) articles, text and entity spans."""
    rows = db.execute(
        "SELECT id, text FROM articles WHERE status = 'accepted' ORDER BY updated_at DESC, id DESC LIMIT ?", [limit]
    ).fetchall()
    for article_id, text in rows:
        spans = [tuple(row) for row in db.execute(
            'SELECT start, "end", label FROM entities WHERE article_id = ? ORDER BY start', [article_id])]
        yield texts.unpack(text), spans


def reviewed_count(db) -> tuple[int, int]:
    """(accepted articles, entity spans in them): whether the model is out of date."""
    row = db.execute(
        "SELECT count(DISTINCT a.id), count(e.id) FROM articles a LEFT JOIN entities e ON e.article_id = a.id "
        "WHERE a.status = 'accepted'"
    ).fetchone()
    return row[0], row[1]


def load(db) -> tuple[bytes | None, dict[tuple[str, str], int], int, int]:
    row = db.execute("SELECT model, names, articles, spans FROM learned WHERE name = ?", [LEARNER]).fetchone()
    if row is None:
        return None, {}, 0, 0
    names = {(text, label): count for text, label, count in json.loads(row[1])}
    return row[0], names, row[2], row[3]


def save(db, model: bytes | None, names: dict[tuple[str, str], int], articles: int, spans: int) -> None:
    db.execute(
        "INSERT INTO learned (name, model, names, articles, spans, trained_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET model = excluded.model, names = excluded.names, "
        "articles = excluded.articles, spans = excluded.spans, trained_at = excluded.trained_at",
        [LEARNER, model, json.dumps([[t, l, c] for (t, l), c in names.items()], ensure_ascii=False),
         articles, spans, now()],
    )


def retrain_in_child_process(path, limit: int = 2000, refresh_after: int | None = None) -> tuple[int, int, int]:
    """Train in a spawned process: CRFsuite holds the interpreter lock while it trains
    (seconds), which would freeze a window's event loop if it ran in a thread. SQLite's WAL
    lets the child write the model while the window keeps its own connection. With
    `refresh_after`, the child then refreshes the untouched pending articles after that one
    (Store.refresh_ahead). Returns (articles, spans, refreshed articles)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_retrain_child, str(path), limit, refresh_after).result()


def _retrain_child(path: str, limit: int, refresh_after: int | None) -> tuple[int, int, int]:
    from .store import Store

    with Store(path, create=False) as store:
        articles, spans = store.retrain(limit=limit)
        refreshed = store.refresh_ahead(refresh_after) if refresh_after is not None and articles else 0
        return articles, spans, refreshed
