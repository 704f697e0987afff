"""What the Entities and Metrics tables share: rows of frozen spans of the current article,
a named column enum, and header texts; edits are requested by signal, never applied here."""
from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal


class SpanTableModel(QAbstractTableModel):
    edit_requested = Signal(object, object)  # old span, new span

    columns: type[IntEnum]
    column_title: Callable[[str], str]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        """New rows. When they are the same spans in the same order (an edit of a cell came
        back from the store) the rows change in place: a reset would close the editor being
        committed (Qt's "commitData called with an editor that does not belong to this view"),
        drop the current cell and take the keyboard focus out of the table."""
        rows = list(rows)
        if rows and [self.key(r) for r in rows] == [self.key(r) for r in self.rows]:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    @staticmethod
    def key(row):
        return row.id

    def row_of(self, span_id: int) -> int:
        return next((row for row, span in enumerate(self.rows) if span.id == span_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return type(self).column_title(self.columns(section).name.lower())
        return None
