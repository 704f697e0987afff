"""What the main window keeps between runs: its geometry and toolbar state, the splitters'
sizes, the queue's filter and the last article shown. Read once when the window opens,
written when it closes (the last article also every few seconds, so a killed app comes
back close to where the reviewer was)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter

from ..store import Store
from .panels.article_list import ArticleList, QueueModel
from .settings import Settings

REMEMBER_EVERY_MS = 3000  # a settings write costs ~1 ms of GUI time: not at every step


class WindowState(QObject):
    def __init__(self, window: QMainWindow, settings: Settings, splitters: dict[str, QSplitter]):
        super().__init__(window)
        self.window, self.settings, self.splitters = window, settings, splitters
        self._last_article: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=REMEMBER_EVERY_MS)
        self._timer.timeout.connect(self._remember_article)

    def restore_layout(self) -> None:
        for key, restore in (("window/geometry", self.window.restoreGeometry),
                             ("window/state", self.window.restoreState),
                             *((key, splitter.restoreState) for key, splitter in self.splitters.items())):
            value = self.settings.get(key)
            if value:
                restore(value)

    def restore_queue(self, queue: ArticleList, model: QueueModel, store: Store) -> int | None:
        """Put the saved filter back; the article to open first: the last one shown if it
        is still there, else the queue's first."""
        queue.restore_filter(self.settings.get("filter/statuses"), self.settings.get("filter/label"),
                             self.settings.get("filter/query"), self.settings.get("filter/order"))
        model.set_filter(queue.current_filter())
        last = self.settings.get("last_article")
        # the queue may still be reading beyond its first page: the last article is opened if it exists
        known = model.index_of(last) >= 0 if model.complete else store.article(last) is not None
        return last if last and known else (model.ids[0] if model.ids else None)

    def article_shown(self, article_id: int) -> None:
        self._last_article = article_id
        if not self._timer.isActive():
            self._timer.start()

    def save(self) -> None:
        """On closing: the last article and the layout."""
        self._timer.stop()
        self._remember_article()
        self.settings.set("window/geometry", bytes(self.window.saveGeometry()))
        self.settings.set("window/state", bytes(self.window.saveState()))
        for key, splitter in self.splitters.items():
            self.settings.set(key, bytes(splitter.saveState()))

    def _remember_article(self) -> None:
        if self._last_article is not None:
            self.settings.set("last_article", self._last_article, sync=False)
