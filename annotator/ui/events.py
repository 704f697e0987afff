"""One signal hub: every applied change is published here, with who initiated it, so each
panel refreshes only what it shows (Anki's OpChanges, simplified)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal


class AppEvents(QObject):
    changes_applied = Signal(object, object)  # (store.Changes, initiator or None)
    article_changed = Signal(object)  # the current core.Article (or None)
    focus_changed = Signal(object)  # the focused span: ("entity"|"metric", id) or None
    queue_changed = Signal()  # articles added, filter changed: the queue must re-read ids
    busy_changed = Signal(bool)
    labels_changed = Signal()


class OncePerTurn(QObject):
    """Runs `action` once for any number of requests made before the event loop gets to it,
    and before the window paints: the request is a posted event of high priority, which Qt
    delivers ahead of the paint request the same key press posted (a zero-time timer ran
    after the paint, and what it changed, the status bar, was painted in a second pass)."""

    _TYPE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, action: Callable[[], None], parent=None):
        super().__init__(parent)
        self._action, self._posted, self._stopped = action, False, False

    def request(self) -> None:
        if not self._posted and not self._stopped:
            self._posted = True
            QCoreApplication.postEvent(self, QEvent(self._TYPE), Qt.HighEventPriority.value)

    def isActive(self) -> bool:
        return self._posted

    def stop(self) -> None:
        """No more runs (the window closed); a request already posted does nothing."""
        self._stopped = True

    def event(self, event) -> bool:
        if event.type() != self._TYPE:
            return super().event(event)
        self._posted = False
        if not self._stopped:
            self._action()
        return True
