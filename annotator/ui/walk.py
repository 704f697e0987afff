"""The proposal walk: N steps to the next proposed span (centred in the article, with the
lines around it), Y keeps it (it becomes the reviewer's) and steps on, Delete drops it and
steps on, a label key relabels it. An article of 40 proposals takes about 40 keys."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from ..core import editing, proposals
from ..core import ops as O
from ..core.types import Entity
from . import text as T


class ProposalWalk(QObject):
    message = Signal(str)

    def __init__(self, session):
        super().__init__()
        self.session = session
        self.active = False  # N or Y moved the focus last: Delete steps on in walking order
        self.shown, self.shown_for = "", None  # the last message and its article: taken back on another one

    def stop(self) -> None:
        """The reviewer moved on otherwise (Tab, a click): Delete follows reading order again."""
        self.active = False

    def _left(self) -> int:
        return len(proposals.walk_order(self.session.spans()))

    def _show(self, span) -> None:
        if span is None:
            self.shown = T.walk_done()
        else:
            self.session.set_focus(span)
            self.shown = T.walk_at(span.label if isinstance(span, Entity) else "METRIC", span.text, self._left())
        self.shown_for = self.session.article.id if self.session.article else None
        self.message.emit(self.shown)

    def is_stale(self, article, current_message: str) -> bool:
        """Whether the status bar still shows what the walk said of another article."""
        return bool(self.shown) and current_message == self.shown and (article is None or article.id != self.shown_for)

    def step(self, delta: int = 1) -> None:
        if self.session.article is None:
            return
        self.active = True
        self._show(proposals.step(self.session.spans(), self.session._focused_span(), delta))

    def keep(self) -> None:
        """Y: the focused proposal becomes the reviewer's span; then the next proposal."""
        session, span = self.session, self.session._focused_span()
        if session.article is None:
            return
        if span is None or not proposals.is_proposal(span):
            self.step(1)
            return
        self.active = True
        following = proposals.step(session.spans(), span, 1)
        if session.apply(confirm(session.article, span)) is not None:
            self._show(_same_span(session.spans(), following))

    def drop(self) -> None:
        """Delete: during the walk a proposal is removed and the walk moves to the next
        proposal; otherwise the focus moves to the span after it in reading order (Tab's)."""
        session, span = self.session, self.session._focused_span()
        if span is None:
            return
        if not (self.active and proposals.is_proposal(span)):
            session.delete_focused()
            return
        following = proposals.step(session.spans(), span, 1)
        if session.apply(editing.delete(session.article, span), correction=True) is not None:
            self._show(_same_span(session.spans(), following))


def confirm(article, span):
    """The proposal as the reviewer's own: same extent, label and value, origin human."""
    new = replace(span, origin="human")
    return O.UpdateEntity(article.id, span, new) if isinstance(span, Entity) else O.UpdateMetric(article.id, span, new)


def _same_span(spans, wanted):
    """`wanted` as it is after a reload (same id)."""
    if wanted is None:
        return None
    return next((s for s in spans if s.id == wanted.id and type(s) is type(wanted)), None)
