"""Applying edit operations (annotator.core.ops): one IMMEDIATE transaction each, so the
check against what is stored and the write cannot be split by another window or process.
Each is recorded in the append-only history, pushed on the per-reviewer undo stack, and
taught to the review lexicon. Undo and redo apply an operation the same way, checked."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

from ..core import ops as O
from ..core.types import Entity, Label, Metric
from . import proposals, texts
from .connection import Conflict, StoreError
from .imports import content_hash
from .rows import (
    ENTITY_COLUMNS, INSERT_ENTITY, INSERT_METRIC, METRIC_COLUMNS, entity_from_row, entity_params,
    metric_from_row, metric_params, now,
)


@dataclass(frozen=True)
class Changes:
    """What one transaction changed, so each view refreshes only what it shows."""

    article_ids: frozenset = frozenset()
    entities: bool = False
    metrics: bool = False
    status: bool = False
    labels: bool = False
    articles: bool = False  # articles added or removed (a merge, a split, their undo)
    applied: object = None  # the operation as applied (ids filled in); its inverse undoes it
    name: str = ""
    kind: str = "edit"  # edit | undo | redo | import
    focus_article: int | None = None  # where the user should look after an undo/redo
    status_moves: tuple = ()  # (old, new) per status changed
    history_id: int | None = None  # the history row that records it


class SqlStored:
    """`core.ops.Stored` over the project file: what operations read and write. A long
    operation reports to `progress(done, total, text)` and stops when `cancelled()`."""

    def __init__(self, db, progress=None, cancelled=None):
        self.db, self.progress, self.cancelled = db, progress, cancelled

    def tick(self, done, total):
        if self.cancelled is not None and self.cancelled():
            raise O.Cancelled("stopped: nothing was changed")
        if self.progress is not None and (done % 200 == 0 or done == total):  # a signal per article is too many
            self.progress(done, total, "")

    def _one(self, sql: str, params: list):
        return self.db.execute(sql, params).fetchone()

    def text(self, article_id):
        row = self._one("SELECT text FROM articles WHERE id = ?", [article_id])
        return texts.unpack(row[0]) if row else None

    def entity(self, article_id, entity_id):
        row = self._one(f"SELECT {ENTITY_COLUMNS} FROM entities WHERE id = ? AND article_id = ?", [entity_id, article_id])
        return entity_from_row(row) if row else None

    def metric(self, article_id, metric_id):
        row = self._one(f"SELECT {METRIC_COLUMNS} FROM metrics WHERE id = ? AND article_id = ?", [metric_id, article_id])
        return metric_from_row(row) if row else None

    def entities(self, article_id):
        rows = self.db.execute(f"SELECT {ENTITY_COLUMNS} FROM entities WHERE article_id = ?", [article_id]).fetchall()
        return [entity_from_row(row) for row in rows]

    def metrics(self, article_id):
        rows = self.db.execute(f"SELECT {METRIC_COLUMNS} FROM metrics WHERE article_id = ?", [article_id]).fetchall()
        return [metric_from_row(row) for row in rows]

    def status(self, article_id):
        row = self._one("SELECT status FROM articles WHERE id = ?", [article_id])
        return row[0] if row else None

    def reviewer(self, article_id):
        row = self._one("SELECT reviewer FROM articles WHERE id = ?", [article_id])
        return row[0] if row else ""

    def proposed(self, article_id):
        row = self._one("SELECT proposed FROM articles WHERE id = ?", [article_id])
        return proposals.unpack(row[0]) if row else None

    def label(self, name):
        row = self._one("SELECT name, kind, colour, shortcut, position FROM labels WHERE name = ?", [name])
        return Label(*row) if row else None

    def label_uses(self, name):
        return self._one("SELECT count(*) FROM entities WHERE label = ?", [name])[0]

    def _free_id(self, table: str, row_id):
        """An undone removal comes back under its old id, unless another row took it since."""
        if row_id is not None and self._one(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]):
            return None
        return row_id

    def insert_entity(self, article_id, entity):
        entity = replace(entity, id=self._free_id("entities", entity.id))
        cursor = self.db.execute(INSERT_ENTITY, entity_params(article_id, entity))
        return replace(entity, id=cursor.lastrowid)

    def update_entity(self, article_id, entity):
        self.db.execute('UPDATE entities SET start = ?, "end" = ?, label = ?, text = ?, origin = ? WHERE id = ?',
                        [entity.start, entity.end, entity.label, entity.text, entity.origin, entity.id])

    def delete_entity(self, article_id, entity_id):
        self.db.execute("DELETE FROM entities WHERE id = ? AND article_id = ?", [entity_id, article_id])

    def insert_metric(self, article_id, metric):
        metric = replace(metric, id=self._free_id("metrics", metric.id))
        cursor = self.db.execute(INSERT_METRIC, metric_params(article_id, metric))
        return replace(metric, id=cursor.lastrowid)

    def update_metric(self, article_id, metric):
        params = metric_params(article_id, metric)
        self.db.execute(
            'UPDATE metrics SET start = ?, "end" = ?, text = ?, value = ?, value_high = ?, unit = ?, approx = ?, '
            "indicator = ?, period = ?, numeral = ?, origin = ? WHERE id = ?", [*params[2:], metric.id])

    def delete_metric(self, article_id, metric_id):
        self.db.execute("DELETE FROM metrics WHERE id = ? AND article_id = ?", [metric_id, article_id])

    def set_status(self, article_id, status, reviewer):
        self.db.execute("UPDATE articles SET status = ?, reviewer = ?, updated_at = ? WHERE id = ?",
                        [status, reviewer, now(), article_id])

    def set_proposed(self, article_id, proposed):
        self.db.execute("UPDATE articles SET proposed = ? WHERE id = ?", [proposals.pack(proposed), article_id])

    def insert_label(self, label):
        self.db.execute("INSERT INTO labels (name, kind, colour, shortcut, position) VALUES (?, ?, ?, ?, ?)",
                        [label.name, label.kind, label.colour, label.shortcut, label.position])

    def update_label(self, old_name, label):
        # entities.label REFERENCES labels ON UPDATE CASCADE: a rename carries the spans along
        self.db.execute("UPDATE labels SET name = ?, kind = ?, colour = ?, shortcut = ?, position = ? WHERE name = ?",
                        [label.name, label.kind, label.colour, label.shortcut, label.position, old_name])

    def delete_label(self, name):
        self.db.execute("DELETE FROM labels WHERE name = ?", [name])

    def article_row(self, article_id):
        cursor = self.db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        row = cursor.fetchone()
        if row is None:
            return None
        columns = dict(zip([c[0] for c in cursor.description], row))
        if "proposed" in columns:  # recorded in history as JSON text, as before schema v14
            columns["proposed"] = proposals.unpack(columns["proposed"])
        columns["text"] = texts.unpack(columns["text"])  # and the text as characters, as before v15
        return columns

    def write_article(self, article_id, columns):
        """Update the article, or insert it (under `article_id` when given: an undone merge
        brings the article back under its id). Column names are checked against the table,
        since they come from a recorded row."""
        known = {c[0] for c in self.db.execute("SELECT * FROM articles LIMIT 0").description}
        # the text's tail (v15) is the triggers' to keep, whatever a recorded row says
        values = {key: value for key, value in columns.items() if key in known and key not in ("id", "text_tail")}
        values.update(content_hash=content_hash(values["text"]), updated_at=now(), text=texts.pack(values["text"]))
        if isinstance(values.get("proposed"), str):
            values["proposed"] = proposals.pack(values["proposed"])
        try:
            if article_id is not None and self._one("SELECT 1 FROM articles WHERE id = ?", [article_id]):
                self.db.execute(f"UPDATE articles SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                                [*values.values(), article_id])
                return article_id
            if article_id is not None:
                values["id"] = article_id
            cursor = self.db.execute(f"INSERT INTO articles ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
                                     list(values.values()))
            return cursor.lastrowid
        except sqlite3.IntegrityError:  # content_hash is unique: the same text is another article
            raise O.Invalid("another article of the project has exactly this text") from None

    def queue_place_after(self, article_id):
        """A place in the queue's number order right after the article's, before the next one
        (halfway between: a part split off again and again still goes after its article)."""
        row = self._one("SELECT queue_place FROM articles WHERE id = ?", [article_id])
        place = row[0] if row and row[0] is not None else float(article_id)
        following = self._one("SELECT min(queue_place) FROM articles WHERE queue_place > ?", [place])[0]
        return place + 1.0 if following is None else (place + following) / 2

    def delete_article(self, article_id):
        self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def source_row(self, source_id):
        cursor = self.db.execute("SELECT * FROM sources WHERE id = ?", [source_id])
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row)) if row else None

    def _insert_row(self, table: str, columns: dict) -> int:
        """A recorded row back in its table, under its old id when that is still free.
        Column names are checked against the table, since they come from a recorded row."""
        known = {c[0] for c in self.db.execute(f"SELECT * FROM {table} LIMIT 0").description}
        values = {key: value for key, value in columns.items() if key in known}
        if self._free_id(table, values.get("id")) is None:
            values.pop("id", None)
        try:
            cursor = self.db.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
                                     list(values.values()))
        except sqlite3.IntegrityError as error:
            raise O.Invalid(f"the {table[:-1]} cannot come back: {error}") from None
        return cursor.lastrowid

    def insert_source(self, columns):
        return self._insert_row("sources", columns)

    def insert_article(self, columns):
        if isinstance(columns.get("proposed"), str):
            columns = {**columns, "proposed": proposals.pack(columns["proposed"])}
        # a recorded row holds the text as characters (article_row); its tail is the triggers'
        columns = {key: value for key, value in columns.items() if key != "text_tail"}
        columns["text"] = texts.pack(texts.unpack(columns["text"]))
        return self._insert_row("articles", columns)

    def holds_source(self, sha256):
        return self._one("SELECT 1 FROM sources WHERE sha256 = ?", [sha256]) is not None

    def holds_text(self, content_hash):
        return self._one("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]) is not None

    def delete_source(self, source_id):
        self.db.execute("DELETE FROM sources WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE source_id = ?)",
                        [source_id, source_id])


_LABEL_OPS = ("Add label", "Edit label", "Delete label")


def _who(db, article_id: int | None) -> str:
    """Who made the last change to what a refused edit touches, and when."""
    if article_id is not None:
        row = db.execute("SELECT actor, at, name FROM history WHERE article_id = ? ORDER BY id DESC LIMIT 1",
                         [article_id]).fetchone()
    else:
        row = db.execute(f"SELECT actor, at, name FROM history WHERE name IN ({', '.join('?' for _ in _LABEL_OPS)}) "
                         "ORDER BY id DESC LIMIT 1", list(_LABEL_OPS)).fetchone()
    if row is None:
        return ""
    actor, at, name = row
    return f" (last change: “{name}” by {actor or 'someone'} at {at.replace('T', ' ')[:19]})"


def _lexicon(db, entity: Entity, accepted: int = 0, removed: int = 0) -> None:
    if entity.origin == "import" and not accepted:
        return
    db.execute(
        "INSERT INTO lexicon (text, label, accepted, removed) VALUES (?, ?, max(?, 0), max(?, 0)) "
        "ON CONFLICT (text, label) DO UPDATE SET accepted = max(accepted + ?, 0), removed = max(removed + ?, 0)",
        [entity.text, entity.label, accepted, removed, accepted, removed],
    )


def _changes(applied: O.Op, kind: str, history_id: int) -> Changes:
    touched = applied.touches()
    return Changes(touched.article_ids, touched.entities, touched.metrics, touched.status, touched.labels,
                   touched.articles, applied=applied, name=applied.name, kind=kind, focus_article=applied.article_id,
                   status_moves=tuple(applied.status_moves()), history_id=history_id)


def apply_op(db, tx, op: O.Op, actor: str, kind: str = "edit", teaches: O.Op | None = None,
             progress=None, cancelled=None) -> Changes:
    """Check and apply `op` (a leaf or a Batch) in one transaction and record it; a stale
    operation raises Conflict and writes nothing, a cancelled one raises O.Cancelled and
    writes nothing.

    `teaches` is the edit whose lesson the lexicon learns (+1), or, for an undo, the edit
    being undone, whose lesson is withdrawn (-1)."""
    stored = SqlStored(db, progress, cancelled)
    with tx():
        try:
            applied = O.run(op, stored)
        except O.Stale as stale:
            raise Conflict(f"{stale}{_who(db, stale.article_id)}", stale.article_id) from None
        except O.Invalid as invalid:
            raise StoreError(str(invalid)) from None
        lesson, sign = (applied, 1) if teaches is None else (teaches, -1)
        for entity, accepted, removed in lesson.lesson(stored):
            _lexicon(db, entity, accepted * sign, removed * sign)
        history_id = db.execute(
            "INSERT INTO history (at, actor, kind, name, article_id, op) VALUES (?, ?, ?, ?, ?, ?)",
            [now(), actor, kind, applied.name, applied.article_id, O.op_to_json(applied)],
        ).lastrowid
        if kind == "edit":
            db.execute("DELETE FROM undo_stack WHERE actor = ? AND state = 'undone'", [actor])
            db.execute("INSERT INTO undo_stack (actor, history_id, state) VALUES (?, ?, 'done')", [actor, history_id])
    return _changes(applied, kind, history_id)


def _stack_entry(db, actor: str, state: str, newest: bool):
    order = "DESC" if newest else "ASC"
    return db.execute(
        f"SELECT u.position, h.op, h.name, h.kind FROM undo_stack u JOIN history h ON h.id = u.history_id "
        f"WHERE u.actor = ? AND u.state = ? ORDER BY u.position {order} LIMIT 1",
        [actor, state],
    ).fetchone()


def undo_name(db, actor: str) -> str | None:
    entry = _stack_entry(db, actor, "done", newest=True)
    return entry[2] if entry else None


def redo_name(db, actor: str) -> str | None:
    entry = _stack_entry(db, actor, "undone", newest=False)
    return entry[2] if entry else None


def undo_redo_names(db, actor: str) -> tuple[str | None, str | None]:
    """Both menu texts in one query (the window asks after every change)."""
    rows = db.execute(
        "SELECT u.state, h.name FROM undo_stack u JOIN history h ON h.id = u.history_id WHERE u.position IN ("
        "(SELECT max(position) FROM undo_stack WHERE actor = ? AND state = 'done'), "
        "(SELECT min(position) FROM undo_stack WHERE actor = ? AND state = 'undone'))", [actor, actor]).fetchall()
    names = dict(rows)
    return names.get("done"), names.get("undone")


def _step(db, tx, actor: str, undoing: bool, progress=None, cancelled=None) -> Changes | None:
    """Undo (apply the inverse of the newest done step) or redo (apply the oldest undone
    step again), checked like any edit. A step another window made impossible leaves the
    list (the history keeps it), so the steps before it stay reachable.

    A step whose operation keeps what it last applied (an import: its undo holds the rows
    it removed) points at the history row of that undo or redo afterwards; its redo is the
    inverse of the undo as applied."""
    entry = None
    try:
        with tx():
            entry = _stack_entry(db, actor, "done" if undoing else "undone", newest=undoing)
            if entry is None:
                return None
            position, op_json, _, row_kind = entry
            recorded = O.op_from_json(op_json)
            if undoing:
                changes = apply_op(db, tx, recorded.inverse(), actor, kind="undo", teaches=recorded,
                                   progress=progress, cancelled=cancelled)
            else:
                again = recorded.inverse() if row_kind == "undo" else recorded
                changes = apply_op(db, tx, again, actor, kind="redo", progress=progress, cancelled=cancelled)
            moved_to = changes.history_id if type(recorded).step_keeps_last_applied else None
            db.execute("UPDATE undo_stack SET state = ?, history_id = coalesce(?, history_id) WHERE position = ?",
                       ["undone" if undoing else "done", moved_to, position])
            return changes
    except Conflict as problem:
        with tx():
            db.execute("DELETE FROM undo_stack WHERE position = ?", [entry[0]])
        verb = "undone" if undoing else "redone"
        raise Conflict(f"“{entry[2]}” can no longer be {verb}: {problem}; it was taken off the list",
                       problem.article_id) from problem


def next_step_is_import(db, actor: str, undoing: bool) -> bool:
    """Whether Undo (or Redo) would take back (or put back) an import: work that grows with
    the import, for a worker. Only import steps are recorded by kind 'import' or point at
    their last undo or redo."""
    row = db.execute(
        f"SELECT h.kind FROM undo_stack u JOIN history h ON h.id = u.history_id WHERE u.actor = ? AND u.state = ? "
        f"ORDER BY u.position {'DESC' if undoing else 'ASC'} LIMIT 1", [actor, "done" if undoing else "undone"]).fetchone()
    return row is not None and row[0] in ("import", "undo", "redo")


def undo(db, tx, actor: str, progress=None, cancelled=None) -> Changes | None:
    return _step(db, tx, actor, undoing=True, progress=progress, cancelled=cancelled)


def redo(db, tx, actor: str, progress=None, cancelled=None) -> Changes | None:
    return _step(db, tx, actor, undoing=False, progress=progress, cancelled=cancelled)


def label_uses(db, name: str) -> list[tuple[int, Entity]]:
    rows = db.execute(f"SELECT article_id, {ENTITY_COLUMNS} FROM entities WHERE label = ? ORDER BY article_id, start",
                      [name]).fetchall()
    return [(row[0], entity_from_row(row[1:])) for row in rows]


__all__ = ["Changes", "SqlStored", "apply_op", "undo", "redo", "next_step_is_import", "undo_name", "redo_name", "undo_redo_names",
           "label_uses", "Metric"]
