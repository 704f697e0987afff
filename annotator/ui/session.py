"""The review session: the current article, the focused span, and every edit the reviewer
makes. Edits become core operations (annotator.core.editing), are applied by the store in
one transaction each (saved at once), and the resulting Changes are published on AppEvents.
Undo and redo use the store's persistent undo stack, so they survive a restart and move
back to the article they touch."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..core import editing
from ..core import ops as O
from ..core.types import Article
from ..store import Store, StoreError
from .events import AppEvents


class ReviewSession(QObject):
    error = Signal(str)
    saved = Signal(str)  # the operation name, after it reached the disk
    offer_changed = Signal(str, int)  # description of the last correction, pending articles it could repeat in

    def __init__(self, store: Store, events: AppEvents, reviewer: str, queue):
        super().__init__()
        self.store, self.events, self.reviewer, self.queue = store, events, reviewer, queue
        self.article: Article | None = None
        self.focus: tuple[str, int] | None = None
        self.last_correction = None
        self.selection: Callable[[], tuple[int, int] | None] = lambda: None

    # -- navigation ------------------------------------------------------------------
    def open_article(self, article_id: int | None, keep_focus: bool = False) -> None:
        article = self.store.article(article_id) if article_id else None
        same = article is not None and self.article is not None and article.id == self.article.id
        self.article = article
        if not (same and keep_focus and self._focused_span() is not None):
            self.focus = None
        self.events.article_changed.emit(article)
        self.events.focus_changed.emit(self.focus)

    def position(self) -> int:
        """0-based index of the current article in the queue, or -1."""
        return self.queue.index_of(self.article.id) if self.article else -1

    def step(self, delta: int) -> None:
        ids = self.queue.ids
        if not ids:
            return
        index = self.position()
        index = 0 if index < 0 else max(0, min(len(ids) - 1, index + delta))
        self.open_article(ids[index])

    def goto(self, number: int) -> None:
        ids = self.queue.ids
        if 1 <= number <= len(ids):
            self.open_article(ids[number - 1])

    def next_pending(self) -> None:
        current = self.article.id if self.article else 0
        self.open_article(self.store.next_article_id(current))

    # -- applying edits ----------------------------------------------------------------
    def apply(self, op, initiator=None, correction: bool = False):
        if op is None:
            return None
        try:
            changes = self.store.apply(op, self.reviewer)
        except StoreError as problem:
            self.error.emit(str(problem))
            return None
        if correction:
            self._offer(changes.applied)
        self._after(changes, initiator)
        return changes

    def _after(self, changes, initiator=None) -> None:
        self.events.changes_applied.emit(changes, initiator)
        self.saved.emit(changes.name)
        if self.article and self.article.id in changes.article_ids:
            self.open_article(self.article.id, keep_focus=True)

    def undo(self) -> None:
        self._history_step(self.store.undo)

    def redo(self) -> None:
        self._history_step(self.store.redo)

    def _history_step(self, step) -> None:
        try:
            changes = step(self.reviewer)
        except StoreError as problem:
            self.error.emit(str(problem))
            return
        if changes is None:
            return
        self.last_correction = None
        self.offer_changed.emit("", 0)
        if changes.focus_article and (not self.article or self.article.id != changes.focus_article):
            self.open_article(changes.focus_article)
        self._after(changes)

    def set_status(self, status: str) -> None:
        if not self.article:
            return
        op = O.SetStatus(self.article.id, self.article.status, status, self.article.reviewer, self.reviewer)
        if status != self.article.status and self.apply(op) is None:
            return
        self.next_pending()

    # -- spans -------------------------------------------------------------------------
    def spans(self) -> list:
        """Entities and metrics in reading order: what Tab walks through."""
        if not self.article:
            return []
        return sorted([*self.article.entities, *self.article.metrics], key=lambda s: (s.start, s.end))

    def _focused_span(self):
        if not self.article or not self.focus:
            return None
        kind, span_id = self.focus
        pool = self.article.entities if kind == "entity" else self.article.metrics
        return next((s for s in pool if s.id == span_id), None)

    def set_focus(self, span) -> None:
        self.focus = None if span is None else (_kind(span), span.id)
        self.events.focus_changed.emit(self.focus)

    def focus_step(self, delta: int) -> None:
        spans = self.spans()
        if not spans:
            return
        current = self._focused_span()
        index = spans.index(current) + delta if current in spans else (0 if delta > 0 else len(spans) - 1)
        self.set_focus(spans[index % len(spans)])

    def label_with_key(self, key: str) -> None:
        label = next((l for l in self.store.labels() if l.shortcut == key), None)
        if label is None or not self.article:
            return
        selection = self.selection()
        if label.kind == "metric":
            self.mark_metric()
        elif selection and selection[0] < selection[1]:
            op = editing.label_selection(self.article, selection[0], selection[1], label.name)
            changes = self.apply(op, correction=True)
            if changes is not None:
                self._focus_added(changes.applied)
        elif (span := self._focused_span()) is not None and _kind(span) == "entity":
            self.apply(editing.relabel(self.article, span, label.name))

    def mark_metric(self) -> None:
        selection = self.selection()
        if self.article and selection and selection[0] < selection[1]:
            changes = self.apply(editing.metric_for_selection(self.article, *selection))
            if changes is not None:
                self._focus_added(changes.applied)

    def _focus_added(self, applied) -> None:
        added = [leaf for leaf in O.flatten(applied) if isinstance(leaf, (O.AddEntity, O.AddMetric))]
        if added:
            leaf = added[-1]
            self.set_focus(leaf.entity if isinstance(leaf, O.AddEntity) else leaf.metric)

    def delete_focused(self) -> None:
        span = self._focused_span()
        if span is None:
            return
        spans = self.spans()
        following = spans[spans.index(span) + 1] if spans.index(span) + 1 < len(spans) else None
        if self.apply(editing.delete(self.article, span), correction=True) is not None and following:
            self.set_focus(following)

    def move_focused(self, edge: str, delta: int) -> None:
        span = self._focused_span()
        if span is not None:
            self.apply(editing.move_boundary(self.article, span, edge, delta))

    def edit_span(self, old, new) -> None:
        """An edit made in a tag panel cell (label, value, unit, indicator, ...)."""
        if old == new or not self.article:
            return
        op = O.UpdateEntity(self.article.id, old, new) if _kind(old) == "entity" else O.UpdateMetric(self.article.id, old, new)
        self.apply(op)

    def relabel_mentions(self, mentions, label: str) -> None:
        """Every mention of a row of the Entities panel, in one undoable operation."""
        if self.article:
            ops = [op for op in (editing.relabel(self.article, e, label) for e in mentions) if op is not None]
            self.apply(ops[0] if len(ops) == 1 else (O.Batch(tuple(ops), "Batch edit") if ops else None))

    # -- repeating a correction in pending articles -------------------------------------
    def _offer(self, applied) -> None:
        leaves = [leaf for leaf in O.flatten(applied) if isinstance(leaf, (O.AddEntity, O.RemoveEntity))]
        self.last_correction = leaves[-1] if leaves else None
        if self.last_correction is None:
            self.offer_changed.emit("", 0)
            return
        batch = self._repeat_batch()
        count = len({op.article_id for op in batch.ops}) if batch else 0
        entity = self.last_correction.entity
        verb = "add" if isinstance(self.last_correction, O.AddEntity) else "remove"
        self.offer_changed.emit(f"{verb}\t{entity.label}\t{entity.text}", count)

    def _repeat_batch(self):
        if self.last_correction is None:
            return None
        entity = self.last_correction.entity
        others = self.store.articles_containing(entity.text, ("pending",), exclude=self.last_correction.article_id)
        return editing.repeat_correction(self.last_correction, others)

    def repeat_last_correction(self) -> int:
        batch = self._repeat_batch()
        self.last_correction = None
        self.offer_changed.emit("", 0)
        if not batch:
            return 0
        changes = self.apply(batch)
        return len(changes.article_ids) if changes else 0


def _kind(span) -> str:
    from ..core.types import Entity

    return "entity" if isinstance(span, Entity) else "metric"
