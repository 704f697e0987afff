"""Label operations: add, edit (rename carries the spans along, recolour, rekey), delete."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .op_base import Op, Stale, Touches, differences
from .types import Label


@dataclass(frozen=True)
class AddLabel(Op):
    label: Label
    name: ClassVar[str] = "Add label"
    article_id: ClassVar[None] = None  # a label belongs to the project, not an article

    def check(self, stored):
        if stored.label(self.label.name) is not None:
            raise Stale(f"there is already a label {self.label.name}")

    def apply(self, stored):
        stored.insert_label(self.label)
        return self

    def inverse(self):
        return RemoveLabel(self.label)

    def touches(self):
        return Touches(labels=True)


@dataclass(frozen=True)
class RemoveLabel(Op):
    """Only an unused label is removed; `delete_label` below removes its spans first."""

    label: Label
    name: ClassVar[str] = "Delete label"
    article_id: ClassVar[None] = None  # a label belongs to the project, not an article

    def check(self, stored):
        now = stored.label(self.label.name)
        if now is None:
            raise Stale(f"the label {self.label.name} is no longer in the project")
        if now != self.label:
            raise Stale(f"the label {self.label.name} was changed: {differences(self.label, now)}")
        uses = stored.label_uses(self.label.name)
        if uses:
            raise Stale(f"the label {self.label.name} was given to {uses} more spans since the deletion was asked")

    def apply(self, stored):
        stored.delete_label(self.label.name)
        return self

    def inverse(self):
        return AddLabel(self.label)

    def touches(self):
        return Touches(labels=True)


@dataclass(frozen=True)
class UpdateLabel(Op):
    """Rename, recolour, rekey a label; a rename carries its spans along."""

    old: Label
    new: Label
    name: ClassVar[str] = "Edit label"
    article_id: ClassVar[None] = None  # a label belongs to the project, not an article

    def check(self, stored):
        now = stored.label(self.old.name)
        if now is None:
            raise Stale(f"the label {self.old.name} is no longer in the project (renamed or deleted elsewhere)")
        if now != self.old:
            raise Stale(f"the label {self.old.name} was changed: {differences(self.old, now)}")
        if self.new.name != self.old.name and stored.label(self.new.name) is not None:
            raise Stale(f"there is already a label {self.new.name}")

    def apply(self, stored):
        stored.update_label(self.old.name, self.new)
        return self

    def inverse(self):
        return UpdateLabel(self.new, self.old)

    def touches(self):
        return Touches(entities=self.old.name != self.new.name, labels=True)
