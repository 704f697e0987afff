"""The base of every edit operation (see annotator.core.ops): what an operation is, what it
may ask of the stored project, how it is refused, and how it is recorded as JSON in the
history table (`REGISTRY` maps the recorded names back to the classes)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from dataclasses import fields as dataclass_fields
from decimal import Decimal
from typing import ClassVar, Protocol

from .types import Entity, Label, Metric

REGISTRY: dict[str, type] = {}


class Stale(Exception):
    """What the operation expects is not what is stored: someone else changed it first."""

    def __init__(self, message: str, article_id: int | None = None):
        super().__init__(message)
        self.article_id = article_id


class Invalid(Exception):
    """The operation can never apply (a span outside the text, an unknown status)."""


class Cancelled(Exception):
    """The reviewer stopped a long operation (an import's undo): nothing was changed."""


@dataclass(frozen=True)
class Touches:
    article_ids: frozenset = frozenset()
    entities: bool = False
    metrics: bool = False
    status: bool = False
    labels: bool = False
    articles: bool = False  # articles added or removed (the queue is read again)

    def __or__(self, other: "Touches") -> "Touches":
        return Touches(self.article_ids | other.article_ids, self.entities or other.entities,
                       self.metrics or other.metrics, self.status or other.status, self.labels or other.labels,
                       self.articles or other.articles)


class Stored(Protocol):
    """The project as operations read and write it (implemented with SQL by the store)."""

    def text(self, article_id: int) -> str | None: ...
    def entity(self, article_id: int, entity_id: int | None) -> Entity | None: ...
    def metric(self, article_id: int, metric_id: int | None) -> Metric | None: ...
    def entities(self, article_id: int) -> list[Entity]: ...
    def metrics(self, article_id: int) -> list[Metric]: ...
    def status(self, article_id: int) -> str | None: ...
    def reviewer(self, article_id: int) -> str: ...
    def proposed(self, article_id: int) -> str | None: ...
    def label(self, name: str) -> Label | None: ...
    def label_uses(self, name: str) -> int: ...
    def insert_entity(self, article_id: int, entity: Entity) -> Entity: ...
    def update_entity(self, article_id: int, entity: Entity) -> None: ...
    def delete_entity(self, article_id: int, entity_id: int) -> None: ...
    def insert_metric(self, article_id: int, metric: Metric) -> Metric: ...
    def update_metric(self, article_id: int, metric: Metric) -> None: ...
    def delete_metric(self, article_id: int, metric_id: int) -> None: ...
    def set_status(self, article_id: int, status: str, reviewer: str) -> None: ...
    def set_proposed(self, article_id: int, proposed: str) -> None: ...
    def insert_label(self, label: Label) -> None: ...
    def update_label(self, old_name: str, label: Label) -> None: ...
    def delete_label(self, name: str) -> None: ...
    def article_row(self, article_id: int) -> dict | None: ...
    def write_article(self, article_id: int | None, columns: dict) -> int: ...
    def queue_place_after(self, article_id: int) -> float: ...
    def delete_article(self, article_id: int) -> None: ...
    def delete_source(self, source_id: int) -> None: ...
    def source_row(self, source_id: int) -> dict | None: ...
    def insert_source(self, columns: dict) -> int: ...
    def insert_article(self, columns: dict) -> int: ...
    def holds_source(self, sha256: str) -> bool: ...
    def holds_text(self, content_hash: str) -> bool: ...
    def tick(self, done: int, total: int) -> None:
        """A long operation's progress; raises Cancelled when the reviewer stopped it."""


class Op:
    """The base of every operation; subclasses are registered by class name."""

    name: ClassVar[str] = "Edit"
    # Undone or redone, the undo list keeps the step as it was last applied (its history
    # row), not as first recorded: an import's undo carries the rows its redo puts back.
    step_keeps_last_applied: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        REGISTRY[cls.__name__] = cls

    def check(self, stored: Stored) -> None:
        """Raise Stale if what is stored is not what this operation expects."""

    def apply(self, stored: Stored) -> "Op":
        raise NotImplementedError

    def inverse(self) -> "Op":
        raise NotImplementedError

    def lesson(self, stored: Stored) -> list[tuple[Entity, int, int]]:
        """(entity, accepted, removed) counts this edit teaches the review lexicon."""
        return []

    def touches(self) -> Touches:
        article_id = getattr(self, "article_id", None)
        return Touches(frozenset({article_id}) if article_id is not None else frozenset())

    def leaves(self) -> list["Op"]:
        return [self]

    def status_moves(self) -> list[tuple[str, str]]:
        """(old, new) of each status it changes: the status bar's counts follow without
        counting every article again."""
        return []

    # what the review session needs, without asking for types
    def added_span(self):
        """The span this edit added (the view focuses it), or None."""
        return None

    def repeat_in(self, article) -> list["Op"]:
        """The same correction in another article ("apply to all pending"); [] if it is not
        one that repeats."""
        return []

    def repeat_phrase(self) -> tuple[str, str, str] | None:
        """(verb, label, text) of a correction that can be repeated elsewhere."""
        return None


def run(op: Op, stored: Stored) -> Op:
    """Check, then apply: the one way any operation reaches the project."""
    op.check(stored)
    return op.apply(stored)


def differences(expected, stored) -> str:
    keys = [item.name for item in dataclass_fields(expected) if item.name != "id"]
    changed = [f"{key} {getattr(expected, key)} → {getattr(stored, key)}"
               for key in keys if getattr(expected, key) != getattr(stored, key)]
    return ", ".join(changed)


# --- JSON for the history table -------------------------------------------------------


def _encode(value):
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, Entity):
        return {"$entity": asdict(value)}
    if isinstance(value, Label):
        return {"$label": asdict(value)}
    if isinstance(value, Metric):
        data = asdict(value)
        data["value"] = None if value.value is None else str(value.value)
        data["value_high"] = None if value.value_high is None else str(value.value_high)
        return {"$metric": data}
    if isinstance(value, tuple) and value and isinstance(value[0], Op):
        return [op_to_dict(op) for op in value]
    return value


def op_to_dict(op: Op) -> dict:
    fields = {item.name: _encode(getattr(op, item.name)) for item in dataclass_fields(op)}
    return {"type": type(op).__name__, **fields}


def _decode(value):
    if isinstance(value, dict) and "$entity" in value:
        return Entity(**value["$entity"])
    if isinstance(value, dict) and "$label" in value:
        return Label(**value["$label"])
    if isinstance(value, dict) and "$metric" in value:
        data = dict(value["$metric"])
        for key in ("value", "value_high"):
            data[key] = None if data[key] is None else Decimal(data[key])
        return Metric(**data)
    if isinstance(value, dict) and "$decimal" in value:
        return Decimal(value["$decimal"])
    if isinstance(value, list):
        return tuple(op_from_dict(item) for item in value)
    return value


def op_from_dict(data: dict) -> Op:
    data = dict(data)
    cls = REGISTRY[data.pop("type")]
    return cls(**{key: _decode(value) for key, value in data.items()})


def op_to_json(op: Op) -> str:
    return json.dumps(op_to_dict(op), ensure_ascii=False)


def op_from_json(text: str) -> Op:
    return op_from_dict(json.loads(text))
