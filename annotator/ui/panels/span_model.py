"""What the Entities and Metrics tables share: rows of frozen spans of the current article,
a named column enum, and header texts; edits are requested by signal, never applied here."""
from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView


# Qt's enum members are looked up lazily by PySide6 (about 30 µs for `Qt.DisplayRole`), and
# data() runs for every cell and role on every repaint: the roles as plain ints, once.
DISPLAY, EDIT, DECORATION, ALIGN, CHECK, USER = (int(r) for r in (
    Qt.DisplayRole, Qt.EditRole, Qt.DecorationRole, Qt.TextAlignmentRole, Qt.CheckStateRole, Qt.UserRole))
HORIZONTAL = Qt.Horizontal
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


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
        if int(role) == DISPLAY and orientation == HORIZONTAL:
            return type(self).column_title(self.columns(section).name.lower())
        return None


class OwnKeysTable(QTableView):
    """A tag panel's table: the keys in `OWN_KEYS`, pressed without a modifier, are the
    table's own (taken at ShortcutOverride, before the window's review shortcuts: Space
    toggles Approx. there instead of skipping the article)."""

    OWN_KEYS: tuple = ()

    def event(self, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and event.key() in self.OWN_KEYS \
                and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            event.accept()
            return True
        return super().event(event)
