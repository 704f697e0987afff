"""The queue: a lazy table model over the store (it holds only article ids and fetches rows
a page at a time into a cache that changes invalidate), and the list with its filters:
status, label, and full-text search (Ctrl+F)."""
from __future__ import annotations

import html
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from ...store import ArticleFilter, Store
from .. import text as T

PAGE = 200
STATUS_COLOURS = {"pending": "#808080", "accepted": "#2e7d32", "rejected": "#c62828", "skipped": "#b08900"}


class Column(IntEnum):
    TITLE = 0
    SOURCE = 1
    STATUS = 2
    ENTITIES = 3
    METRICS = 4


class QueueModel(QAbstractTableModel):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.filter = ArticleFilter()
        self.ids: list[int] = []
        self._position: dict[int, int] = {}
        self._cache: dict[int, object] = {}

    def set_filter(self, flt: ArticleFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = self.store.article_ids(self.filter)
        self._position = {article_id: row for row, article_id in enumerate(self.ids)}
        self._cache.clear()
        self.endResetModel()

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
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return T.queue_column(Column(section).name.lower())
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            # the article's number in the project (its id), the same whatever the filter
            return self.ids[section] if section < len(self.ids) else None
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.DisplayRole:
            return {
                Column.TITLE: row.title or row.preview,
                Column.SOURCE: row.source,
                Column.STATUS: T.status_name(row.status),
                Column.ENTITIES: row.entities,
                Column.METRICS: row.metrics,
            }[column]
        if role == Qt.ForegroundRole and column == Column.STATUS:
            return QColor(STATUS_COLOURS.get(row.status, "#000000"))
        if role == Qt.ToolTipRole and column == Column.TITLE:
            # Qt shows a tooltip that looks like HTML as rich text (and would load an
            # <img src=file://...> in a title): the title goes in escaped, as plain text.
            return "<p style='white-space:pre-wrap'>" + html.escape(row.title or row.preview) + "</p>"
        if role == Qt.UserRole:
            return row.id
        return None


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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.Stretch)
        for column, width in ((Column.SOURCE, 120), (Column.STATUS, 64), (Column.ENTITIES, 48), (Column.METRICS, 48)):
            header.resizeSection(column, width)
        self.table.setColumnHidden(Column.SOURCE, True)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.status.currentIndexChanged.connect(self._emit_filter)
        self.label.currentIndexChanged.connect(self._emit_filter)
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
        return ArticleFilter((status,) if status else (), self.label.currentData() or "", self.search.text().strip())

    def restore_filter(self, statuses, label: str, query: str) -> None:
        for widget in (self.status, self.label, self.search):
            widget.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(statuses[0] if statuses else "")))
        self.label.setCurrentIndex(max(0, self.label.findData(label)))
        self.search.setText(query)
        for widget in (self.status, self.label, self.search):
            widget.blockSignals(False)

    def _emit_filter(self, *_):
        self.filter_changed.emit(self.current_filter())

    def show_current(self, article_id: int | None) -> None:
        row = self.model.index_of(article_id) if article_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
