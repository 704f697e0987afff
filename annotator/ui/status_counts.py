"""Articles per status for the status bar, kept up to date from each Changes value instead of
counted again, and counted in a worker on large projects (a query over every article takes
tenths of a second at 100k articles: never before the first article is shown)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ..store import Store
from .tasks import pool, run_task


class StatusCounts(QObject):
    def __init__(self, store: Store, parent: QObject, counted: Callable[[], None]):
        super().__init__(parent)
        self.store = store
        self.counts: dict[str, int] | None = None  # None: to be counted at the next refresh
        self._counted = counted  # asks for a refresh once a worker's count is in
        self.counting, self._changes = False, 0  # a count in a worker; changes seen since it began

    def apply(self, changes) -> None:
        """Move the counts by the transaction's status moves; rows that came or went (an
        import, a merge or split, an undone import) make them counted again."""
        if changes.status_moves or changes.kind == "import" or changes.articles:
            self._changes += 1
        if changes.kind == "import" or changes.articles or self.counts is None:
            self.counts = None
        else:
            for old, new in changes.status_moves:
                self.counts[old] = self.counts.get(old, 0) - 1
                self.counts[new] = self.counts.get(new, 0) + 1

    def forget(self) -> None:
        """The queue was reloaded from outside (an import into the open project)."""
        self.counts, self._changes = None, self._changes + 1

    def current(self) -> dict[str, int] | None:
        """The counts, counting them first where they are unknown: at once on a small
        project, in a worker on a large one (None until it answers)."""
        if self.counts is None:
            if self.store.large:
                self._count_in_worker()
            else:
                self.counts = self.store.status_counts()
        return self.counts

    def _count_in_worker(self) -> None:
        """Counted on a connection of the worker's own; counts that a change overtook while
        they were read are counted again."""
        if self.counting:
            return
        self.counting, asked, path = True, self._changes, self.store.path

        def job(progress, cancelled):
            with Store(path, check=False) as store:
                return store.status_counts()

        def counted(counts: dict[str, int]) -> None:
            self.counting = False
            if asked == self._changes:
                self.counts = counts
            self._counted()

        def failed(*_) -> None:
            self.counting = False

        run_task(job, counted, failed, parent=self.parent(), in_pool=pool("queue"))
