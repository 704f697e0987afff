"""The Entities panel: the current article's entities grouped by label (label order, then
reading order), each with its text, label and origin. The label cell is editable in place;
edits go through the session as operations and come back as Changes."""
from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView

from ...core.types import Article
from .. import text as T
from .span_model import SpanTableModel


class Column(IntEnum):
    TEXT = 0
    LABEL = 1
    ORIGIN = 2


class EntityModel(SpanTableModel):
    columns = Column
    column_title = staticmethod(T.entity_column)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: list = []
        self.colours: dict[str, str] = {}

    def set_labels(self, labels) -> None:
        self.labels = [label for label in labels if label.kind == "entity"]
        self.colours = {label.name: label.colour for label in self.labels}
        self.layoutChanged.emit()

    def set_article(self, article: Article | None) -> None:
        """Grouped by label (in label order), then in reading order."""
        order = {label.name: index for index, label in enumerate(self.labels)}
        entities = article.entities if article else ()
        self.set_rows(sorted(entities, key=lambda e: (order.get(e.label, len(order)), e.label, e.start)))

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemIsEditable if index.column() == Column.LABEL else flags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        entity = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole or role == Qt.EditRole:
            if column == Column.ORIGIN:
                return T.origin_name(entity.origin)
            return entity.text if column == Column.TEXT else entity.label
        if role == Qt.DecorationRole and column == Column.LABEL:
            colour = self.colours.get(entity.label)
            return QColor(colour) if colour else None
        if role == Qt.UserRole:
            return entity
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or index.column() != Column.LABEL:
            return False
        old = self.rows[index.row()]
        if value and value != old.label:
            self.edit_requested.emit(old, replace(old, label=value, origin="human"))
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


class EntityPanel(QTableView):
    span_selected = Signal(object)

    def __init__(self, model: EntityModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(Column.LABEL, LabelDelegate(model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(Column.TEXT, QHeaderView.Stretch)
        self.clicked.connect(lambda index: self.span_selected.emit(model.rows[index.row()]))

    def show_focus(self, focus) -> None:
        row = self.model().row_of(focus[1]) if focus and focus[0] == "entity" else -1
        if row >= 0:
            self.selectRow(row)
            self.scrollTo(self.model().index(row, 0))
        else:
            self.clearSelection()
