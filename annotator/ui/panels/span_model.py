"""What the Entities and Metrics tables share: rows of frozen spans of the current article,
a named column enum, and header texts; edits are requested by signal, never applied here."""
from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView


# Qt's enum members are looked up lazily by PySide6 (about 30 µs for `Qt.DisplayRole`), and
# data() runs for every cell and role on every repaint: the roles as plain ints, once.
DISPLAY, EDIT, DECORATION, ALIGN, CHECK, USER = (int(r) for r in (
    Qt.DisplayRole, Qt.EditRole, Qt.DecorationRole, Qt.TextAlignmentRole, Qt.CheckStateRole, Qt.UserRole))
HORIZONTAL = Qt.Horizontal
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


class SpanTableModel(QAbstractTableModel):
    """Rows and, beside each, its display texts worked out once (`cells`): data() runs for
    every visible cell and role on every repaint, so it only looks them up. A new article's
    rows replace the old ones in place (rows changed, added or removed, never a reset: the
    header, its texts and the view's layout stay), and `replaced` tells the view to drop
    its current cell, selection and any open editor, as a reset would."""

    edit_requested = Signal(object, object)  # old span, new span
    replaced = Signal()  # the rows are other spans now
    rows_set = Signal()  # set_rows is done

    columns: type[IntEnum]
    column_title: Callable[[str], str]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.cells: list[tuple] = []  # per row, the display text of each column
        self._titles: list[str] | None = None  # the header's, translated at first use

    def cells_of(self, row) -> tuple:
        raise NotImplementedError

    def set_rows(self, rows) -> None:
        """New rows. When they are the same spans in the same order (an edit of a cell came
        back from the store) only the rows that differ are repainted, and the editor being
        committed, the current cell and the keyboard focus stay (a reset would close the
        editor: Qt's "commitData called with an editor that does not belong to this view")."""
        rows = list(rows)
        cells = [self.cells_of(row) for row in rows]
        same_spans = [self.key(r) for r in rows] == [self.key(r) for r in self.rows]
        old_count, new_count = len(self.rows), len(rows)
        if new_count < old_count:
            self.beginRemoveRows(QModelIndex(), new_count, old_count - 1)
            del self.rows[new_count:], self.cells[new_count:]
            self.endRemoveRows()
        elif new_count > old_count:
            self.beginInsertRows(QModelIndex(), old_count, new_count - 1)
            self.rows += rows[old_count:]
            self.cells += cells[old_count:]
            self.endInsertRows()
        differing = [n for n in range(min(old_count, new_count)) if cells[n] != self.cells[n] or rows[n] != self.rows[n]]
        self.rows, self.cells = rows, cells
        if differing:
            self.dataChanged.emit(self.index(differing[0], 0), self.index(differing[-1], len(self.columns) - 1))
        if not same_spans:
            self.replaced.emit()
        self.rows_set.emit()

    def refresh_cells(self) -> None:
        """The display texts again (labels or translations changed), every row repainted."""
        self.cells = [self.cells_of(row) for row in self.rows]
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

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
        # asked a hundred times per article shown (the header's size hints): the titles
        # are translated once (the language is chosen at start), not an enum and a
        # translation per call
        if int(role) == DISPLAY and orientation == HORIZONTAL:
            titles = self._titles
            if titles is None:
                titles = self._titles = [type(self).column_title(column.name.lower()) for column in self.columns]
            return titles[section] if 0 <= section < len(titles) else None
        return None


class OwnKeysTable(QTableView):
    """A tag panel's table: the keys in `OWN_KEYS`, pressed without a modifier, are the
    table's own (taken at ShortcutOverride, before the window's review shortcuts: Space
    toggles Approx. there instead of skipping the article)."""

    OWN_KEYS: tuple = ()

    def setModel(self, model) -> None:
        super().setModel(model)
        model.replaced.connect(self._rows_replaced)
        model.rows_set.connect(self._lay_out_now)

    def _lay_out_now(self) -> None:
        """The rows laid out at once rather than on Qt's timer in a later turn of the event
        loop: the table is then painted once per article, not once before the layout (with
        the old scroll range) and again after it."""
        self.executeDelayedItemsLayout()

    def _rows_replaced(self) -> None:
        """Other spans in the rows (another article): no current cell, no selection, no
        editor left open on a row that is now a different span."""
        if self.state() == QAbstractItemView.EditingState:
            self.reset()
        else:
            self.selectionModel().clear()

    def event(self, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and event.key() in self.OWN_KEYS \
                and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            event.accept()
            return True
        return super().event(event)
