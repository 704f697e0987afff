"""What the Entities and Metrics tables share: rows of frozen spans of the current article,
a named column enum, and header texts; edits are requested by signal, never applied here."""
from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from .prepared_table import PicturedScrollBar, PicturedTable


# Qt's enum members are looked up lazily by PySide6 (about 30 µs for `Qt.DisplayRole`): the
# roles as plain ints, once.
DISPLAY, EDIT, DECORATION, ALIGN, CHECK, USER = (int(r) for r in (
    Qt.DisplayRole, Qt.EditRole, Qt.DecorationRole, Qt.TextAlignmentRole, Qt.CheckStateRole, Qt.UserRole))
HORIZONTAL = Qt.Horizontal
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
READ_ONLY = Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemNeverHasChildren
EDITABLE = READ_ONLY | Qt.ItemIsEditable
CHECKABLE = READ_ONLY | Qt.ItemIsUserCheckable


class SpanTableModel(QStandardItemModel):
    """Rows (`rows`) and, beside each, its display texts worked out once (`cells`), held in
    Qt's own item model: painting a table asks the model for every visible cell's roles,
    flags and the row and column counts (about a thousand calls per article shown), and with
    the model in Python each was a call into Python. Here they stay in C++; Python runs when
    rows are set and when a cell is edited (setData, which only requests the edit).

    A new article's rows replace the old ones in place (rows changed, added or removed, never
    a reset: the header, its texts and the view's layout stay), and `replaced` tells the
    view to drop its current cell, selection and any open editor, as a reset would."""

    edit_requested = Signal(object, object)  # old span, new span
    replaced = Signal()  # the rows are other spans now
    rows_set = Signal()  # set_rows is done

    columns: type[IntEnum]
    column_title: Callable[[str], str]
    column_flags: tuple = ()  # per column: READ_ONLY, EDITABLE or CHECKABLE

    def __init__(self, parent=None):
        super().__init__(0, len(self.columns), parent)
        self.rows: list = []
        self.cells: list[tuple] = []  # per row, the display text of each column
        self._prepared: tuple | None = None  # (rows, cells, looks) for the next article, its items in `twin`
        self.twin: SpanTableModel | None = None  # holds the prepared rows' items (and a twin table draws them)
        self.prepared_token = 0  # counts the preparations
        self.shown_prepared: int | None = None  # the preparation whose rows are shown, if they are
        self._looks = 0  # bumped when what a cell shows besides its row changes (labels, colours)
        # the language is chosen at start: the titles are translated once
        self.setHorizontalHeaderLabels([type(self).column_title(column.name.lower()) for column in self.columns])

    def rows_of(self, article) -> list:
        """The rows an article (or None) shows."""
        raise NotImplementedError

    def cells_of(self, row) -> tuple:
        raise NotImplementedError

    def set_article(self, article) -> None:
        self.set_rows(self.rows_of(article))

    def prepare_article(self, article) -> None:
        self.prepare_rows(self.rows_of(article))

    def dress(self, row, column: int, item: QStandardItem) -> None:
        """What a cell shows besides its text (a colour, a check box, the alignment)."""

    def _new_row(self, row, cells: tuple) -> list[QStandardItem]:
        items = []
        for column, text in enumerate(cells):
            item = QStandardItem()
            item.setFlags(self.column_flags[column])
            self._fill(item, row, column, text)
            items.append(item)
        return items

    def _fill(self, item: QStandardItem, row, column: int, text) -> None:
        item.setData(text, DISPLAY)  # the edit role is the same in Qt's items
        item.setData(row, USER)
        self.dress(row, column, item)

    def prepare_rows(self, rows) -> None:
        """Build the items of rows the table is expected to show next (the next article's,
        while the reviewer reads): set_rows then puts them in instead of filling cells."""
        rows = list(rows)
        cells = [self.cells_of(row) for row in rows]
        if self.twin is None:
            self.twin = type(self)()
        twin = self.twin
        if twin.rowCount():
            twin.removeRows(0, twin.rowCount())
        for row, row_cells in zip(rows, cells):
            twin.appendRow(self._new_row(row, row_cells))
        self.prepared_token += 1
        self._prepared = (rows, cells, self._looks)

    def _take_prepared(self, rows: list, cells: list) -> bool:
        """Put the prepared items in when they show exactly `rows` and `cells`."""
        prepared, self._prepared = self._prepared, None
        if prepared is None or prepared[2] != self._looks or prepared[0] != rows or prepared[1] != cells:
            return False
        if self.rowCount():
            self.removeRows(0, self.rowCount())
        twin = self.twin
        for items in [twin.takeRow(0) for _ in range(twin.rowCount())]:
            self.appendRow(items)
        self.rows, self.cells = rows, cells
        self.shown_prepared = self.prepared_token
        self.replaced.emit()
        self.rows_set.emit()
        return True

    def set_rows(self, rows) -> None:
        """New rows. When they are the same spans in the same order (an edit of a cell came
        back from the store) only the cells that differ change, and the editor being
        committed, the current cell and the keyboard focus stay (a reset would close the
        editor: Qt's "commitData called with an editor that does not belong to this view")."""
        rows = list(rows)
        cells = [self.cells_of(row) for row in rows]
        same_spans = [self.key(r) for r in rows] == [self.key(r) for r in self.rows]
        if not same_spans and self._take_prepared(rows, cells):
            return
        self.shown_prepared = None
        old_count, new_count = len(self.rows), len(rows)
        if new_count < old_count:
            self.removeRows(new_count, old_count - new_count)
        changed = [n for n in range(min(old_count, new_count)) if cells[n] != self.cells[n] or rows[n] != self.rows[n]]
        if changed:
            # Quiet while the cells are filled, then one dataChanged over the rows changed:
            # each setData told the view apart (a few hundred per article), and the view
            # worked out a rectangle to repaint for each.
            self.blockSignals(True)
            try:
                for n in changed:
                    for column, text in enumerate(cells[n]):
                        self._fill(self.item(n, column), rows[n], column, text)
            finally:
                self.blockSignals(False)
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.columns) - 1))
        for n in range(old_count, new_count):
            self.appendRow(self._new_row(rows[n], cells[n]))
        self.rows, self.cells = rows, cells
        if not same_spans:
            self.replaced.emit()
        self.rows_set.emit()

    def refresh_cells(self) -> None:
        """The display texts again (labels or translations changed), every row repainted."""
        self._looks += 1
        self.cells = [self.cells_of(row) for row in self.rows]
        for n, row in enumerate(self.rows):
            self.set_cells(n)

    def set_cells(self, n: int) -> None:
        """Row `n`'s items from its row and cells."""
        for column, text in enumerate(self.cells[n]):
            self._fill(self.item(n, column), self.rows[n], column, text)

    @staticmethod
    def key(row):
        return row.id

    def row_of(self, span_id: int) -> int:
        return next((row for row, span in enumerate(self.rows) if span.id == span_id), -1)


class OwnKeysTable(PicturedTable, QTableView):
    """A tag panel's table: the keys in `OWN_KEYS`, pressed without a modifier, are the
    table's own (taken at ShortcutOverride, before the window's review shortcuts: Space
    toggles Approx. there instead of skipping the article). The next article's rows are
    drawn while the reviewer reads (prepared_table.py)."""

    OWN_KEYS: tuple = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.init_pictures()
        self.setVerticalScrollBar(PicturedScrollBar(Qt.Vertical, self))
        # Always there: a scroll bar that came and went with the number of rows resized the
        # viewport and the header, laying out and repainting the whole table at most articles.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.replaced.connect(self._rows_replaced)
        model.rows_set.connect(self._lay_out_now)
        self.watch_model(model)

    def _lay_out_now(self) -> None:
        """The rows laid out at once rather than on Qt's timer in a later turn of the event
        loop: the table is then painted once per article, not once before the layout (with
        the old scroll range) and again after it."""
        self.executeDelayedItemsLayout()
        self.adopt_picture()

    def paintEvent(self, event) -> None:
        if not self.paint_picture(event):
            super().paintEvent(event)

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
