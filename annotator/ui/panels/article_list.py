"""The queue: a lazy table model over the store (it holds only article ids and fetches rows
a page at a time into a cache that changes invalidate), and the list with its filters:
status, label, and full-text search (Ctrl+F), and its order: by article number, or the
least certain first (Ctrl+U; the Certainty column shows then)."""
from __future__ import annotations

import html
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from ...store import ArticleFilter, Store
from .. import text as T
from ..tasks import pool, run_task

PAGE = 200
STATUS_COLOURS = {"pending": "#808080", "accepted": "#2e7d32", "rejected": "#c62828", "skipped": "#b08900"}


FIRST_PAGE = 500  # ids read at once when the filter changes; the rest come from a worker


class Column(IntEnum):
    NUMBER = 0
    TITLE = 1
    SOURCE = 2
    STATUS = 3
    ENTITIES = 4
    METRICS = 5
    CERTAINTY = 6


_NUMBER, _TITLE, _SOURCE, _STATUS, _ENTITIES, _METRICS, _CERTAINTY = range(7)  # plain ints: data() runs per cell and role
_DISPLAY, _FOREGROUND, _TOOLTIP, _USER, _ALIGN = (int(r) for r in (Qt.DisplayRole, Qt.ForegroundRole, Qt.ToolTipRole,
                                                                   Qt.UserRole, Qt.TextAlignmentRole))
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
_HORIZONTAL = Qt.Horizontal


class QueueModel(QAbstractTableModel):
    """`ids` may be a first page while the rest is read (`complete` False, `loaded` when in):
    a search with 10,000 hits shows its first rows at once."""

    loaded = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.filter = ArticleFilter()
        self.ids: list[int] = []
        self.complete = True
        self._generation = 0
        self._position: dict[int, int] = {}
        self._titles: list[str] | None = None  # the header's, translated at first use
        self._cache: dict[int, object] = {}

    def set_filter(self, flt: ArticleFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        # a query of one or two characters has no index (the trigram index needs three):
        # it scans every article, so even its first page is read in the worker
        query = self.filter.query.strip()
        scan = bool(query) and (len(query) < 3 or "\x00" in query)
        # a search in certainty order sorts all its hits: read in the worker, in one go
        sorted_search = bool(query) and self.filter.order != ""
        self.beginResetModel()
        self.ids = [] if scan or sorted_search else self.store.article_ids(self.filter, limit=FIRST_PAGE)
        self._position = {article_id: row for row, article_id in enumerate(self.ids)}
        self._cache.clear()
        self.endResetModel()
        self.complete = not (scan or sorted_search) and len(self.ids) < FIRST_PAGE
        if not self.complete:
            self._fetch(self._generation, FIRST_PAGE if scan and not sorted_search else None)

    def _fetch(self, generation: int, limit: int | None) -> None:
        """The next ids after those the queue has: after the last id in number order, after
        the first len(ids) in certainty order."""
        path, flt = self.store.path, self.filter
        after = self.ids[-1] if self.ids and not flt.order else 0
        offset = len(self.ids) if flt.order else 0

        def job(progress, cancelled):
            # the window's own connection checked the file when it opened it (quick_check reads
            # every page: seconds on a 100k-article project)
            with Store(path, check=False) as store:
                return store.article_ids(flt, after=after, limit=limit, offset=offset)

        run_task(job, lambda ids: self._append(generation, ids, limit), lambda *_: None, parent=self,
                 in_pool=pool("queue"))

    def _append(self, generation: int, ids: list[int], limit: int | None) -> None:
        if generation != self._generation:
            return  # a newer filter took over
        if ids:
            first = len(self.ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self.ids.extend(ids)
            self._position.update((article_id, first + n) for n, article_id in enumerate(ids))
            self.endInsertRows()
        if limit is not None and len(ids) == limit:
            self._fetch(generation, None)
            return
        self.complete = True
        self.loaded.emit()

    def index_of(self, article_id: int) -> int:
        return self._position.get(article_id, -1)

    def invalidate(self, article_ids) -> None:
        """Rows whose counts or status changed are re-read the next time they are shown."""
        for article_id in article_ids:
            self._cache.pop(article_id, None)
            row = self.index_of(article_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _row(self, row: int):
        article_id = self.ids[row]
        if article_id not in self._cache:
            page_start = row - row % PAGE
            wanted = [i for i in self.ids[page_start: page_start + PAGE] if i not in self._cache]
            self._cache.update(self.store.queue_rows(wanted))
        return self._cache.get(article_id)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if int(role) == _DISPLAY and orientation == _HORIZONTAL:  # translated once, as the tag panels do
            titles = self._titles
            if titles is None:
                titles = self._titles = [T.queue_column(column.name.lower()) for column in Column]
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        role, column = int(role), index.column()
        if role not in (_DISPLAY, _FOREGROUND, _TOOLTIP, _USER, _ALIGN) or not index.isValid():
            return None
        if role == _DISPLAY and column == _NUMBER:
            return self.ids[index.row()]  # the article's number in the project, whatever the filter
        if role == _ALIGN:
            return _RIGHT if column in (_NUMBER, _ENTITIES, _METRICS, _CERTAINTY) else None
        row = self._row(index.row())
        if row is None:
            return None
        if role == _DISPLAY:
            if column == _TITLE:
                return row.title or row.preview
            if column == _STATUS:
                return T.status_name(row.status)
            if column == _CERTAINTY:  # the least certain proposal of the article; none: blank
                return "" if row.certainty is None else f"{row.certainty:.2f}"
            return row.source if column == _SOURCE else (row.entities if column == _ENTITIES else row.metrics)
        if role == _FOREGROUND:
            return QColor(STATUS_COLOURS.get(row.status, "#000000")) if column == _STATUS else None
        if role == _TOOLTIP:
            # Qt shows a tooltip that looks like HTML as rich text (and would load an
            # <img src=file://...> in a title): the title goes in escaped, as plain text.
            return "<p style='white-space:pre-wrap'>" + html.escape(row.title or row.preview) + "</p>" if column == _TITLE else None
        return row.id


class ArticleList(QWidget):
    """Filter bar over the queue table. Emits the id of the article the user picks."""

    article_picked = Signal(int)
    filter_changed = Signal(object)

    def __init__(self, model: QueueModel, labels, parent=None):
        super().__init__(parent)
        self.model = model
        self.status = QComboBox()
        self.status.addItem(T.all_statuses(), "")
        for status in ("pending", "accepted", "rejected", "skipped"):
            self.status.addItem(T.status_name(status), status)
        self.label = QComboBox()
        self.set_labels(labels)
        self.order = QComboBox()
        self.order.addItem(T.order_name(""), "")
        self.order.addItem(T.order_name("certainty"), "certainty")
        self.order.setToolTip(T.order_tooltip())
        self.search = QLineEdit()
        self.search.setPlaceholderText(T.search_placeholder())
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        # Fixed sizes: "resize to contents" would read every one of 100k rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().hide()  # the number column says which article a row is
        header = self.table.horizontalHeader()
        # The header neither marks nor follows the selected row: with whole rows selected, a
        # new current row repainted every header section (and asked the model for its titles)
        # at each A. Its own selection model keeps it out of the table's selection.
        header.setHighlightSections(False)
        header.setSelectionModel(QItemSelectionModel(model, header))
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.Stretch)
        for column, width in ((Column.NUMBER, 56), (Column.SOURCE, 120), (Column.STATUS, 64), (Column.ENTITIES, 48),
                              (Column.METRICS, 48), (Column.CERTAINTY, 56)):
            header.resizeSection(column, width)
        self.table.setColumnHidden(Column.SOURCE, True)
        self.table.setColumnHidden(Column.CERTAINTY, True)  # shown with the order by certainty
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.label)
        filters.addWidget(self.order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.status.currentIndexChanged.connect(self._emit_filter)
        self.label.currentIndexChanged.connect(self._emit_filter)
        self.order.currentIndexChanged.connect(self._emit_filter)
        self.search.returnPressed.connect(self._emit_filter)
        self.search.textChanged.connect(lambda text: None if text else self._emit_filter())
        self.table.clicked.connect(lambda index: self.article_picked.emit(model.ids[index.row()]))
        self.table.activated.connect(lambda index: self.article_picked.emit(model.ids[index.row()]))

    def set_labels(self, labels) -> None:
        current = self.label.currentData()
        self.label.blockSignals(True)
        self.label.clear()
        self.label.addItem(T.all_labels(), "")
        for label in labels:
            self.label.addItem(label.name, label.name)
        self.label.setCurrentIndex(max(0, self.label.findData(current)))
        self.label.blockSignals(False)

    def current_filter(self) -> ArticleFilter:
        status = self.status.currentData() or ""
        return ArticleFilter((status,) if status else (), self.label.currentData() or "", self.search.text().strip(),
                             self.order.currentData() or "")

    def restore_filter(self, statuses, label: str, query: str, order: str = "") -> None:
        widgets = (self.status, self.label, self.search, self.order)
        for widget in widgets:
            widget.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(statuses[0] if statuses else "")))
        self.label.setCurrentIndex(max(0, self.label.findData(label)))
        self.search.setText(query)
        self.order.setCurrentIndex(max(0, self.order.findData(order)))
        self._show_order()
        for widget in widgets:
            widget.blockSignals(False)

    def toggle_order(self) -> None:
        """Ctrl+U: least certain first, or back to article numbers."""
        self.order.setCurrentIndex(1 - self.order.currentIndex() if self.order.currentIndex() in (0, 1) else 0)

    def _show_order(self) -> None:
        self.table.setColumnHidden(Column.CERTAINTY, not self.order.currentData())

    def _emit_filter(self, *_):
        self._show_order()
        self.filter_changed.emit(self.current_filter())

    def show_current(self, article_id: int | None) -> None:
        row = self.model.index_of(article_id) if article_id else -1
        if row >= 0:
            self._bring_into_view(row)  # first: selecting scrolls to the row too, by a row
            self.table.selectRow(row)
        else:
            self.table.clearSelection()

    CONTEXT_ROWS = 2  # rows left in view above the current one when the queue scrolls to it

    def _bring_into_view(self, row: int) -> None:
        """Scroll only when the row is out of view, and then by a page: the row near the
        top, a couple of rows above it for context. Scrolled a row at a time (what
        scrollTo does), every A below the last row on screen repainted the whole queue."""
        table = self.table
        top = table.rowViewportPosition(row)
        if 0 <= top and top + table.rowHeight(row) <= table.viewport().height():
            return
        table.scrollTo(self.model.index(max(0, row - self.CONTEXT_ROWS), 0), QAbstractItemView.PositionAtTop)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
