"""Edits as values. Each operation knows its inverse and its name for the undo menu, so
undo is testable without Qt or SQL. The store applies them; history records them as JSON.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from decimal import Decimal

from .types import Entity, Metric


@dataclass(frozen=True)
class AddEntity:
    article_id: int
    entity: Entity
    name = "Add entity"

    def inverse(self) -> "RemoveEntity":
        return RemoveEntity(self.article_id, self.entity)


@dataclass(frozen=True)
class RemoveEntity:
    article_id: int
    entity: Entity
    name = "Remove entity"

    def inverse(self) -> AddEntity:
        return AddEntity(self.article_id, self.entity)


@dataclass(frozen=True)
class UpdateEntity:
    """Relabel or move the boundaries of an entity (`old.id == new.id`)."""

    article_id: int
    old: Entity
    new: Entity
    name = "Edit entity"

    def inverse(self) -> "UpdateEntity":
        return UpdateEntity(self.article_id, self.new, self.old)


@dataclass(frozen=True)
class AddMetric:
    article_id: int
    metric: Metric
    name = "Add metric"

    def inverse(self) -> "RemoveMetric":
        return RemoveMetric(self.article_id, self.metric)


@dataclass(frozen=True)
class RemoveMetric:
    article_id: int
    metric: Metric
    name = "Remove metric"

    def inverse(self) -> AddMetric:
        return AddMetric(self.article_id, self.metric)


@dataclass(frozen=True)
class UpdateMetric:
    article_id: int
    old: Metric
    new: Metric
    name = "Edit metric"

    def inverse(self) -> "UpdateMetric":
        return UpdateMetric(self.article_id, self.new, self.old)


@dataclass(frozen=True)
class SetStatus:
    article_id: int
    old: str
    new: str
    old_reviewer: str = ""
    new_reviewer: str = ""
    name = "Set status"

    def inverse(self) -> "SetStatus":
        return SetStatus(self.article_id, self.new, self.old, self.new_reviewer, self.old_reviewer)


@dataclass(frozen=True)
class Batch:
    """Several edits that are one gesture, undone together (`Apply to all pending`)."""

    ops: tuple
    label: str = "Batch edit"

    @property
    def name(self) -> str:
        return self.label

    @property
    def article_id(self) -> int | None:
        return self.ops[0].article_id if self.ops else None

    def inverse(self) -> "Batch":
        return Batch(tuple(op.inverse() for op in reversed(self.ops)), self.label)


@dataclass(frozen=True)
class Reextract(Batch):
    """Proposals refreshed by pre-extraction (`annotator reextract`): one undo step. It
    teaches the lexicon nothing: a proposal replaced by the machine is no reviewer's lesson."""

    label: str = "Re-extract"
    teaches_lexicon = False

    def inverse(self) -> "Reextract":
        return Reextract(tuple(op.inverse() for op in reversed(self.ops)), self.label)


Op = AddEntity | RemoveEntity | UpdateEntity | AddMetric | RemoveMetric | UpdateMetric | SetStatus | Batch
_OP_TYPES = {cls.__name__: cls for cls in (AddEntity, RemoveEntity, UpdateEntity, AddMetric, RemoveMetric, UpdateMetric,
                                           SetStatus, Batch, Reextract)}


def with_reviewer(op, reviewer: str):
    """Status changes record who made them."""
    if isinstance(op, SetStatus):
        return replace(op, new_reviewer=reviewer)
    return op


# --- JSON for the history table -------------------------------------------------------


def _encode(value):
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, Entity):
        return {"$entity": asdict(value)}
    if isinstance(value, Metric):
        data = asdict(value)
        data["value"] = None if value.value is None else str(value.value)
        data["value_high"] = None if value.value_high is None else str(value.value_high)
        return {"$metric": data}
    if isinstance(value, tuple) and value and hasattr(value[0], "inverse"):
        return [op_to_dict(op) for op in value]
    return value


def op_to_dict(op) -> dict:
    fields = {key: _encode(getattr(op, key)) for key in op.__dataclass_fields__}
    return {"type": type(op).__name__, **fields}


def _decode(value):
    if isinstance(value, dict) and "$entity" in value:
        return Entity(**value["$entity"])
    if isinstance(value, dict) and "$metric" in value:
        data = dict(value["$metric"])
        for key in ("value", "value_high"):
            data[key] = None if data[key] is None else Decimal(data[key])
        return Metric(**data)
    if isinstance(value, list):
        return tuple(op_from_dict(item) for item in value)
    return value


def op_from_dict(data: dict):
    data = dict(data)
    cls = _OP_TYPES[data.pop("type")]
    return cls(**{key: _decode(value) for key, value in data.items()})


def op_to_json(op) -> str:
    return json.dumps(op_to_dict(op), ensure_ascii=False)


def op_from_json(text: str):
    return op_from_dict(json.loads(text))


def flatten(op) -> list:
    return [leaf for child in op.ops for leaf in flatten(child)] if isinstance(op, Batch) else [op]
