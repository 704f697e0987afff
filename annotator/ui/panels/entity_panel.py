"""The Entities panel: one row per (label, text) with the number of mentions (怀化市 ×5 is
one row), grouped by label in label order, then by first mention. Enter, Space or a click
on a row shows its next mention in the article (the count then reads "2/5"), so every
mention is reachable. The label cell is editable in place and relabels every mention of
the row in one operation; edits come back from the store as Changes."""
from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate

from ...core.types import Article, Entity
from .. import text as T
from .span_model import ALIGN, DECORATION, DISPLAY, EDITABLE, READ_ONLY, RIGHT, OwnKeysTable, SpanTableModel


class Column(IntEnum):
    TEXT = 0
    LABEL = 1
    COUNT = 2
    ORIGIN = 3


_TEXT, _LABEL, _COUNT, _ORIGIN = (int(c) for c in Column)


class EntityGroup(NamedTuple):
    label: str
    text: str
    mentions: tuple[Entity, ...]  # in reading order

    @property
    def origin(self) -> str:
        origins = {e.origin for e in self.mentions}
        return origins.pop() if len(origins) == 1 else "mixed"


def group_entities(entities, label_order: dict[str, int]) -> list[EntityGroup]:
    groups: dict[tuple[str, str], list[Entity]] = {}
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        groups.setdefault((entity.label, entity.text), []).append(entity)
    rows = [EntityGroup(label, text, tuple(mentions)) for (label, text), mentions in groups.items()]
    return sorted(rows, key=lambda g: (label_order.get(g.label, len(label_order)), g.label, g.mentions[0].start))


class EntityModel(SpanTableModel):
    relabel_requested = Signal(object, str)  # the mentions, the new label
    columns = Column
    column_title = staticmethod(T.entity_column)
    column_flags = (READ_ONLY, EDITABLE, READ_ONLY, READ_ONLY)  # the label is edited in place

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: list = []
        self.colours: dict[str, QColor] = {}
        self.focused_id: int | None = None

    @staticmethod
    def key(row):
        return tuple(e.id for e in row.mentions)

    def set_labels(self, labels) -> None:
        self.labels = [label for label in labels if label.kind == "entity"]
        self.colours = {label.name: QColor(label.colour) for label in self.labels}
        self.refresh_cells()

    def cells_of(self, group: EntityGroup) -> tuple:
        ids = [e.id for e in group.mentions]
        count = f"{ids.index(self.focused_id) + 1}/{len(ids)}" if self.focused_id in ids else f"×{len(ids)}"
        return group.text, group.label, count, T.origin_name(group.origin)

    def dress(self, group: EntityGroup, column: int, item) -> None:
        if column == _LABEL:
            item.setData(self.colours.get(group.label), DECORATION)
        elif column == _COUNT:
            item.setData(RIGHT, ALIGN)

    def rows_of(self, article: Article | None) -> list[EntityGroup]:
        order = {label.name: index for index, label in enumerate(self.labels)}
        return group_entities(article.entities if article else (), order)

    def row_of(self, span_id: int) -> int:
        return next((row for row, group in enumerate(self.rows) if any(e.id == span_id for e in group.mentions)), -1)

    def set_focused(self, span_id: int | None) -> None:
        """The focused mention: its row's count shows which mention it is."""
        changed = {self.row_of(i) for i in (self.focused_id, span_id) if i is not None} - {-1}
        self.focused_id = span_id
        for row in changed:
            self.cells[row] = self.cells_of(self.rows[row])
            self.item(row, _COUNT).setData(self.cells[row][_COUNT], DISPLAY)

    def next_mention(self, row: int) -> Entity:
        """The mention after the focused one in this row (the first when focus is elsewhere)."""
        mentions = self.rows[row].mentions
        ids = [e.id for e in mentions]
        at = ids.index(self.focused_id) if self.focused_id in ids else -1
        return mentions[(at + 1) % len(mentions)]

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or index.column() != Column.LABEL:
            return False
        group = self.rows[index.row()]
        if value and value != group.label:
            self.relabel_requested.emit(group.mentions, value)
        return False  # the store is the source of truth: the row changes when Changes arrive


class LabelDelegate(QStyledItemDelegate):
    def __init__(self, model: EntityModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for label in self.model.labels:
            editor.addItem(label.name)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data(Qt.EditRole))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.EditRole)


class EntityPanel(OwnKeysTable):
    """Keyboard: Up/Down between rows (the article shows the row's first mention), Enter or
    Space the next mention, F2 edits the label, Esc goes back to the article."""

    span_selected = Signal(object)
    leave_requested = Signal()

    OWN_KEYS = (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter, Qt.Key_Escape)

    def __init__(self, model: EntityModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(Column.LABEL, LabelDelegate(model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.TEXT, QHeaderView.Stretch)
        for column, width in ((Column.LABEL, 72), (Column.COUNT, 64), (Column.ORIGIN, 56)):
            header.resizeSection(column, width)
        self._showing_focus = False
        self.clicked.connect(lambda index: self.show_next_mention(index.row()))
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def _row_changed(self, current, previous) -> None:
        if current.isValid() and self.hasFocus() and not self._showing_focus and current.row() < len(self.model().rows):
            self.span_selected.emit(self.model().rows[current.row()].mentions[0])

    def show_next_mention(self, row: int) -> None:
        if 0 <= row < len(self.model().rows):
            self.span_selected.emit(self.model().next_mention(row))

    def show_focus(self, focus) -> None:
        span_id = focus[1] if focus and focus[0] == "entity" else None
        self.model().set_focused(span_id)
        row = self.model().row_of(span_id) if span_id is not None else -1
        if row < 0:
            self.clearSelection()
            return
        if self.currentIndex().row() != row:
            self._showing_focus = True
            try:
                self.setCurrentIndex(self.model().index(row, Column.TEXT))
            finally:
                self._showing_focus = False
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))

    def enter(self) -> None:
        """Keyboard focus into the table, on the current row (else the first); the article
        shows that row's mention."""
        model = self.model()
        if not self.currentIndex().isValid() and model.rowCount():
            self.setCurrentIndex(model.index(0, Column.TEXT))
        self.setFocus(Qt.ShortcutFocusReason)
        current = self.currentIndex()
        if current.isValid() and model.row_of(model.focused_id or -1) != current.row():
            self._row_changed(current, None)

    def keyPressEvent(self, event) -> None:
        if event.modifiers() not in (Qt.NoModifier, Qt.KeypadModifier) or event.key() not in self.OWN_KEYS:
            super().keyPressEvent(event)
        elif event.key() == Qt.Key_Escape:
            self.leave_requested.emit()
        elif self.state() != QAbstractItemView.EditingState:
            self.show_next_mention(self.currentIndex().row())
