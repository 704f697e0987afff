"""The review session: the current article, the focused span, and every edit the reviewer
makes. Edits become core operations (annotator.core.editing), are applied by the store in
one transaction each (saved at once), and the resulting Changes are published on AppEvents.
Undo and redo use the store's persistent undo stack, so they survive a restart and move
back to the article they touch."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..core import editing, restructure
from ..core import ops as O
from ..core.types import Article
from ..store import Conflict, Store, StoreError
from .events import AppEvents
from .queue_ahead import FURTHER_AHEAD, LOOK_AHEAD, first_pending_further, rotated
from .tasks import run_task
from .text import refused_text


class ReviewSession(QObject):
    error = Signal(str)
    saved = Signal(str)  # the operation name, after it reached the disk
    offer_changed = Signal(str, int)  # description of the last correction, pending articles it could repeat in
    repeated = Signal(int)  # a correction was repeated in this many articles
    note = Signal(str)  # for the status bar (a long step stopped by the reviewer)

    def __init__(self, store: Store, events: AppEvents, reviewer: str, queue):
        super().__init__()
        self.store, self.events, self.reviewer, self.queue = store, events, reviewer, queue
        self.article: Article | None = None
        self.focus: tuple[str, int] | None = None
        self.last_correction = None
        self.selection: Callable[[], tuple[int, int] | None] = lambda: None
        self.caret: Callable[[], int] = lambda: 0
        self.parent_widget = None  # the window, for the progress dialog of long steps
        self._stepping = False  # an undo or redo running in a worker
        self.step_task = None
        self.closed = False  # the window closed: a worker's late answer touches nothing

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
        """The next pending article the queue's filter shows; else the next one in the queue:
        the article on screen never leaves the filter."""
        following = self.following_pending()
        if following is FURTHER_AHEAD:
            self._find_further_ahead()
        elif following is None:
            self.step(1)
        else:
            self.open_article(following)

    def following_pending(self):
        """The id next_pending would open (None: it steps to the next in the queue;
        FURTHER_AHEAD: none among the next LOOK_AHEAD ids of a searched or ordered queue, the
        rest is looked through in a worker)."""
        current = self.article.id if self.article else 0
        if not self.queue.filter.query and not self.queue.filter.order:
            return self.store.next_article_id(current, flt=self.queue.filter)
        # a search or the certainty order: the queue holds the ids in its order already; the
        # key handler looks at the next LOOK_AHEAD of them only (one indexed query whatever
        # the project's size)
        ids = self.queue.ids
        ahead = rotated(ids, self.position(), 0, LOOK_AHEAD)
        found = next(iter(self._pending_among(ahead)), None)
        return FURTHER_AHEAD if found is None and len(ids) > LOOK_AHEAD else found

    def _find_further_ahead(self) -> None:
        """No pending article among the next LOOK_AHEAD of the queue: the rest in a worker
        (its own connection), which opens the first pending one, else the next in the queue,
        unless the reviewer has moved on meanwhile."""
        leaving, ids, at, path = self.article, self.queue.ids, self.position(), self.store.path

        def job(progress, cancelled):
            return first_pending_further(path, ids, at)

        def done(found) -> None:
            if self.closed or self.article is None or self.article.id != leaving.id:
                return  # the reviewer went elsewhere: not taken away from there
            if found is None:
                self.step(1)
            else:
                self.open_article(found)

        run_task(job, done, lambda *_: None)

    def article_after_accept(self) -> Article | None:
        """The article A (or R, S) would show next, as stored now (None when not known yet)."""
        if self.article is None or self.closed:
            return None
        following = self.following_pending()
        if following is FURTHER_AHEAD:
            return None
        if following is None:
            at = self.position()
            ids = self.queue.ids
            following = ids[at + 1] if 0 <= at < len(ids) - 1 else None
        return self.store.article(following) if following else None

    def _pending_among(self, ids: list[int]) -> list[int]:
        pending = self.store.with_status(ids, ("pending",))
        return [i for i in ids if i in pending]

    # -- applying edits ----------------------------------------------------------------
    def apply(self, op, initiator=None, correction: bool = False, reload: bool = True):
        """Apply one operation through the store's checked path and publish what changed.
        A refused (stale) edit says what changed and who changed it, and the article is
        reloaded from the project, so the reviewer sees the other window's work."""
        if op is None:
            return None
        try:
            changes = self.store.apply(op, self.reviewer)
        except Conflict as problem:
            self._refused(problem)
            return None
        except StoreError as problem:
            self.error.emit(str(problem))
            return None
        if correction:
            self._offer(changes.applied)
        self._after(changes, initiator, reload)
        return changes

    def _refused(self, problem: Conflict) -> None:
        self.error.emit(refused_text(str(problem)))
        if self.article is not None:
            self.open_article(self.article.id, keep_focus=True)

    def _after(self, changes, initiator=None, reload: bool = True) -> None:
        """Navigation (reloading the article shown) comes first, so the one refresh the
        change causes shows the new state."""
        if reload and self.article and self.article.id in changes.article_ids:
            self.open_article(self.article.id, keep_focus=True)
        self.events.changes_applied.emit(changes, initiator)
        self.saved.emit(changes.name)

    def publish(self, changes) -> None:
        """Changes made outside a key handler (a worker's batch, re-extraction, an import)."""
        if self.closed:
            return  # the store may be closed already; the change itself is saved
        self._after(changes)

    def undo(self) -> None:
        self._history_step(undoing=True)

    def redo(self) -> None:
        self._history_step(undoing=False)

    def _history_step(self, undoing: bool) -> None:
        """Undo or redo. Taking back (or putting back) an import grows with the import: it
        runs in a worker on its own connection, behind the cancellable progress dialog."""
        if self._stepping:
            return  # an import's undo is still running
        if self.store.next_step_is_import(self.reviewer, undoing):
            self._history_step_in_worker(undoing)
            return
        try:
            changes = (self.store.undo if undoing else self.store.redo)(self.reviewer)
        except Conflict as problem:
            self._refused(problem)
            return
        except StoreError as problem:
            self.error.emit(str(problem))
            return
        self._stepped(changes)

    def _history_step_in_worker(self, undoing: bool) -> None:
        from .text import history_step_stopped, redoing_import, undoing_import

        path, reviewer = self.store.path, self.reviewer

        def job(progress, cancelled):
            with Store(path, check=False) as store:
                step = store.undo if undoing else store.redo
                try:
                    return step(reviewer, progress=progress, cancelled=cancelled)
                except (O.Cancelled, Conflict) as problem:
                    return problem

        def done(result) -> None:
            self._stepping = False
            if isinstance(result, Conflict):
                self._refused(result)
            elif isinstance(result, O.Cancelled):
                self.note.emit(history_step_stopped())
            else:
                self._stepped(result)

        def failed(message: str, _details: str) -> None:
            self._stepping = False
            self.error.emit(message)

        self._stepping = True
        self.step_task = run_task(job, done, failed, parent=self.parent_widget, label=undoing_import() if undoing else redoing_import(),
                 cancellable=True)

    def _stepped(self, changes) -> None:
        if changes is None:
            return
        self.last_correction = None
        self.offer_changed.emit("", 0)
        here = self.article is not None and self.article.id in changes.article_ids
        if changes.focus_article and not here:  # go where the step took effect
            self.open_article(changes.focus_article)
            self._after(changes, reload=False)
        else:
            self._after(changes)

    def set_status(self, status: str) -> None:
        if not self.article:
            return
        op = O.SetStatus(self.article.id, self.article.status, status, self.article.reviewer, self.reviewer)
        if status != self.article.status and self.apply(op, reload=False) is None:
            return
        self.next_pending()  # the article left is not rendered again

    # -- fixing the split of a page (core/restructure.py) ---------------------------------
    def merge_with(self, delta: int) -> None:
        """Merge with the previous (-1) or next (+1) article of the queue: the earlier one
        stays, the later one's text and spans are appended to it."""
        if not self.article:
            return
        ids, index = self.queue.ids, self.position()
        other_id = ids[index + delta] if index >= 0 and 0 <= index + delta < len(ids) else None
        other = self.store.article(other_id) if other_id else None
        if other is None:
            self._cannot("there is no article there to merge with")
            return
        first, second = (other, self.article) if delta < 0 else (self.article, other)
        self._restructure(lambda: restructure.merge(first, second), first.id)

    def split_at_caret(self) -> None:
        if self.article:
            article, caret = self.article, self.caret()
            self._restructure(lambda: restructure.split(article, caret), None)

    def edit_title(self, title: str, subtitle: str) -> None:
        if self.article:
            article = self.article
            self._restructure(lambda: restructure.retitle(article, title, subtitle), article.id)

    def _restructure(self, build, open_after: int | None) -> None:
        try:
            op = build()
        except restructure.RestructureError as problem:
            self._cannot(str(problem))
            return
        changes = self.apply(op, reload=False)
        if changes is None:
            return
        if open_after is None:  # a split: show the new part, whose title the reviewer may want to edit
            open_after = changes.applied.article_ids()[-1]
        self.open_article(open_after)

    def _cannot(self, message: str) -> None:
        from .text import restructure_problem

        self.error.emit(restructure_problem(message))

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
        span = applied.added_span()
        if span is not None:
            self.set_focus(span)

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
        if span is None:
            return
        changes = self.apply(editing.move_boundary(self.article, span, edge, delta))
        last = self.last_correction
        if changes is not None and isinstance(last, O.AddEntity) and last.entity.id == span.id:
            # the span just added was widened or narrowed: P offers the new text, not the old
            self._offer(O.AddEntity(changes.applied.article_id, changes.applied.new))

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
    # Both the count behind the offer and the batch itself are worked out in a worker with
    # its own connection: they grow with the project, key handlers must not.
    def _offer(self, applied) -> None:
        phrase = applied.repeat_phrase()
        self.last_correction = applied if phrase else None
        self.offer_changed.emit("", 0)
        if phrase is None:
            return
        path, correction = self.store.path, applied

        def count(progress, cancelled):
            with Store(path) as store:
                current = store.article(correction.article_id)  # the rest of this article counts too
                here = 1 if current is not None and editing.repeat_correction(correction, [current]) else 0
                return store.correction_reach(*phrase, exclude=correction.article_id) + here

        run_task(count, lambda reach: self._offer_counted(correction, phrase, reach), lambda *_: None)

    def _offer_counted(self, correction, phrase, reach: int) -> None:
        if correction is self.last_correction:  # not overtaken by a newer correction
            self.offer_changed.emit("\t".join(phrase), reach)

    def repeat_last_correction(self) -> None:
        correction = self.last_correction
        self.last_correction = None
        self.offer_changed.emit("", 0)
        if correction is None:
            return
        path, reviewer = self.store.path, self.reviewer

        def build_and_apply(progress, cancelled):
            with Store(path) as store:
                phrase = correction.repeat_phrase()
                others = store.articles_containing(phrase[2], ("pending",), exclude=correction.article_id)
                current = store.article(correction.article_id)  # the rest of this article too
                batch = editing.repeat_correction(correction, [current, *others] if current else others)
                return store.apply(batch, reviewer) if batch else None

        run_task(build_and_apply, self._repeated, lambda message, _details: self.error.emit(refused_text(message)))

    def _repeated(self, changes) -> None:
        if self.closed:
            return
        if changes is not None:
            self.publish(changes)
        self.repeated.emit(len(changes.article_ids) if changes else 0)


def _kind(span) -> str:
    from ..core.types import Entity

    return "entity" if isinstance(span, Entity) else "metric"
