"""Applying edit operations: one transaction each, recorded in the append-only history,
pushed on the per-reviewer undo stack, and fed to the review lexicon."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..core import ops as O
from ..core.types import STATUSES, Entity, Metric
from .connection import Conflict, StoreError
from .imports import proposed_json
from .rows import (
    now, ENTITY_COLUMNS, INSERT_ENTITY, INSERT_METRIC, entity_from_row, entity_params, metric_params,
)


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so each view refreshes only what it shows."""

    article_ids: frozenset = frozenset()
    entities: bool = False
    metrics: bool = False
    status: bool = False
    labels: bool = False
    applied: object = None  # the operation as applied (ids filled in); its inverse undoes it
    name: str = ""
    kind: str = "edit"  # edit | undo | redo
    focus_article: int | None = None  # where the user should look after an undo/redo


@dataclass
class _Effect:
    article_ids: set = field(default_factory=set)
    entities: bool = False
    metrics: bool = False
    status: bool = False


def _check_span(db, article_id: int, span) -> None:
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise StoreError(f"article {article_id} does not exist")
    text = row[0]
    if not (0 <= span.start < span.end <= len(text)) or text[span.start:span.end] != span.text:
        raise Conflict(
            f"article {article_id}: span {span.start}-{span.end} {span.text!r} does not match the article text"
        )


def _apply_one(db, op, effect: _Effect):
    """Apply one leaf operation; returns it with database ids filled in."""
    effect.article_ids.add(op.article_id)
    if isinstance(op, O.AddEntity):
        _check_span(db, op.article_id, op.entity)
        cursor = db.execute(INSERT_ENTITY, entity_params(op.article_id, op.entity))
        effect.entities = True
        return replace(op, entity=replace(op.entity, id=cursor.lastrowid))
    if isinstance(op, O.RemoveEntity):
        _delete(db, "entities", op.entity.id, op.article_id)
        effect.entities = True
        return op
    if isinstance(op, O.UpdateEntity):
        _check_span(db, op.article_id, op.new)
        _update_entity(db, op)
        effect.entities = True
        return op
    if isinstance(op, O.AddMetric):
        _check_span(db, op.article_id, op.metric)
        cursor = db.execute(INSERT_METRIC, metric_params(op.article_id, op.metric))
        effect.metrics = True
        return replace(op, metric=replace(op.metric, id=cursor.lastrowid))
    if isinstance(op, O.RemoveMetric):
        _delete(db, "metrics", op.metric.id, op.article_id)
        effect.metrics = True
        return op
    if isinstance(op, O.UpdateMetric):
        _check_span(db, op.article_id, op.new)
        _update_metric(db, op)
        effect.metrics = True
        return op
    if isinstance(op, O.SetStatus):
        effect.status = True
        return _set_status(db, op)
    raise StoreError(f"unknown operation {type(op).__name__}")


def _teach_lexicon(db, op, sign: int) -> None:
    """What a reviewer's edit says about a (text, label): accepted or added counts for it,
    removed counts against it. Undo withdraws exactly what the edit taught."""
    if isinstance(op, O.AddEntity):
        _lexicon(db, op.entity, accepted=sign)
    elif isinstance(op, O.RemoveEntity):
        _lexicon(db, op.entity, removed=sign)
    elif isinstance(op, O.UpdateEntity) and (op.old.text, op.old.label) != (op.new.text, op.new.label):
        _lexicon(db, op.old, removed=sign)
        _lexicon(db, op.new, accepted=sign)
    elif isinstance(op, O.SetStatus):
        change = (op.new == "accepted") - (op.old == "accepted")
        for entity in _entities_of(db, op.article_id) if change else ():
            _lexicon(db, entity, accepted=change * sign)


def _delete(db, table: str, row_id: int | None, article_id: int) -> None:
    cursor = db.execute(f"DELETE FROM {table} WHERE id = ? AND article_id = ?", [row_id, article_id])
    if cursor.rowcount != 1:
        raise Conflict(f"that span (id {row_id}) is no longer in article {article_id}; it was changed elsewhere")


def _update_entity(db, op: O.UpdateEntity) -> None:
    new = op.new
    cursor = db.execute(
        'UPDATE entities SET start = ?, "end" = ?, label = ?, text = ?, origin = ? '
        'WHERE id = ? AND article_id = ? AND start = ? AND "end" = ? AND label = ?',
        [new.start, new.end, new.label, new.text, new.origin, op.old.id, op.article_id,
         op.old.start, op.old.end, op.old.label],
    )
    if cursor.rowcount != 1:
        raise Conflict(f"entity {op.old.id} changed elsewhere since it was shown; reload the article")


def _update_metric(db, op: O.UpdateMetric) -> None:
    params = metric_params(op.article_id, op.new)
    cursor = db.execute(
        'UPDATE metrics SET start = ?, "end" = ?, text = ?, value = ?, value_high = ?, unit = ?, approx = ?, '
        "indicator = ?, period = ?, numeral = ?, origin = ? WHERE id = ? AND article_id = ?",
        [*params[2:], op.old.id, op.article_id],
    )
    if cursor.rowcount != 1:
        raise Conflict(f"metric {op.old.id} is no longer in article {op.article_id}")


def _set_status(db, op: O.SetStatus) -> O.SetStatus:
    if op.new not in STATUSES:
        raise StoreError(f"unknown status {op.new!r}")
    row = db.execute("SELECT status, reviewer FROM articles WHERE id = ?", [op.article_id]).fetchone()
    if row is None:
        raise StoreError(f"article {op.article_id} does not exist")
    db.execute(
        "UPDATE articles SET status = ?, reviewer = ?, updated_at = ? WHERE id = ?",
        [op.new, op.new_reviewer, now(), op.article_id],
    )
    return replace(op, old=row[0], old_reviewer=row[1])


def _entities_of(db, article_id: int) -> list[Entity]:
    rows = db.execute(f"SELECT {ENTITY_COLUMNS} FROM entities WHERE article_id = ?", [article_id]).fetchall()
    return [entity_from_row(row) for row in rows]


def _lexicon(db, entity: Entity, accepted: int = 0, removed: int = 0) -> None:
    if entity.origin == "import" and not accepted:
        return
    db.execute(
        "INSERT INTO lexicon (text, label, accepted, removed) VALUES (?, ?, max(?, 0), max(?, 0)) "
        "ON CONFLICT (text, label) DO UPDATE SET accepted = max(accepted + ?, 0), removed = max(removed + ?, 0)",
        [entity.text, entity.label, accepted, removed, accepted, removed],
    )


def apply_op(db, tx, op, actor: str, kind: str = "edit", teaches=None) -> Changes:
    """Apply `op` (a leaf or a Batch) in one transaction and record it.

    `teaches` is the edit whose lesson the lexicon learns (+1), or, for an undo, the edit
    being undone, whose lesson is withdrawn (-1)."""
    effect = _Effect()
    with tx():
        if isinstance(op, O.Batch):
            applied = type(op)(tuple(_apply_one(db, leaf, effect) for leaf in O.flatten(op)), op.label)
        else:
            applied = _apply_one(db, op, effect)
        lesson, sign = (applied, 1) if teaches is None else (teaches, -1)
        for leaf in O.flatten(lesson) if getattr(lesson, "teaches_lexicon", True) else ():
            _teach_lexicon(db, leaf, sign)
        cursor = db.execute(
            "INSERT INTO history (at, actor, kind, name, article_id, op) VALUES (?, ?, ?, ?, ?, ?)",
            [now(), actor, kind, applied.name, applied.article_id, O.op_to_json(applied)],
        )
        history_id = cursor.lastrowid
        if kind == "edit":
            db.execute("DELETE FROM undo_stack WHERE actor = ? AND state = 'undone'", [actor])
            db.execute("INSERT INTO undo_stack (actor, history_id, state) VALUES (?, ?, 'done')", [actor, history_id])
    return Changes(
        frozenset(effect.article_ids), effect.entities, effect.metrics, effect.status,
        applied=applied, name=applied.name, kind=kind, focus_article=applied.article_id,
    )


def _stack_entry(db, actor: str, state: str, newest: bool):
    order = "DESC" if newest else "ASC"
    return db.execute(
        f"SELECT u.position, h.op, h.name FROM undo_stack u JOIN history h ON h.id = u.history_id "
        f"WHERE u.actor = ? AND u.state = ? ORDER BY u.position {order} LIMIT 1",
        [actor, state],
    ).fetchone()


def undo_name(db, actor: str) -> str | None:
    entry = _stack_entry(db, actor, "done", newest=True)
    return entry[2] if entry else None


def redo_name(db, actor: str) -> str | None:
    entry = _stack_entry(db, actor, "undone", newest=False)
    return entry[2] if entry else None


def undo(db, tx, actor: str) -> Changes | None:
    entry = None
    try:
        with tx():
            entry = _stack_entry(db, actor, "done", newest=True)
            if entry is None:
                return None
            done = O.op_from_json(entry[1])
            changes = apply_op(db, tx, done.inverse(), actor, kind="undo", teaches=done)
            db.execute("UPDATE undo_stack SET state = 'undone' WHERE position = ?", [entry[0]])
            return changes
    except Conflict as problem:
        # Another window changed what this step touched: it can never be undone, so it leaves
        # the undo list (the history keeps it) and the steps before it stay reachable.
        with tx():
            db.execute("DELETE FROM undo_stack WHERE position = ?", [entry[0]])
        raise Conflict(f"“{entry[2]}” can no longer be undone ({problem}); it was taken off the undo list") from problem


def redo(db, tx, actor: str) -> Changes | None:
    with tx():
        entry = _stack_entry(db, actor, "undone", newest=False)
        if entry is None:
            return None
        position, op_json, _ = entry
        changes = apply_op(db, tx, O.op_from_json(op_json), actor, kind="redo")
        db.execute("UPDATE undo_stack SET state = 'done' WHERE position = ?", [position])
    return changes


def replace_auto_spans(db, tx, article_id: int, entities, metrics) -> None:
    """Re-run pre-extraction on an article: auto spans are replaced, human ones kept."""
    with tx():
        db.execute("DELETE FROM entities WHERE article_id = ? AND origin = 'auto'", [article_id])
        db.execute("DELETE FROM metrics WHERE article_id = ? AND origin = 'auto'", [article_id])
        for entity in entities:
            db.execute(INSERT_ENTITY, entity_params(article_id, replace(entity, id=None)))
        for metric in metrics:
            db.execute(INSERT_METRIC, metric_params(article_id, replace(metric, id=None)))
        db.execute("UPDATE articles SET proposed = ? WHERE id = ?", [proposed_json(entities, metrics), article_id])


__all__ = ["Changes", "apply_op", "undo", "redo", "undo_name", "redo_name", "replace_auto_spans", "Metric"]
