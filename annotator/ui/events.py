"""One signal hub: every applied change is published here, with who initiated it, so each
panel refreshes only what it shows (Anki's OpChanges, simplified)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    changes_applied = Signal(object, object)  # (store.Changes, initiator or None)
    article_changed = Signal(object)  # the current core.Article (or None)
    focus_changed = Signal(object)  # the focused span: ("entity"|"metric", id) or None
    queue_changed = Signal()  # articles added, filter changed: the queue must re-read ids
    busy_changed = Signal(bool)
    labels_changed = Signal()
