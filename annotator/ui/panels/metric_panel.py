"""The Metrics table: text, value, unit, approx, indicator, period, every cell but the
text editable in place. A value must parse (`5.31亿` is accepted and stored exactly as
531000000); a bad one is refused with a message and nothing is saved. Units come from a
list or are typed freely."""
from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView

from ...core.validation import parse_metric_value
from ...core.types import Article, Metric
from ...store.rows import decimal_text
from .. import text as T
from .span_model import SpanTableModel

COMMON_UNITS = ["", "元", "%", "个百分点", "人", "人次", "个", "家", "户", "名", "项", "次", "条", "支", "套", "笔",
                "亩", "公顷", "平方米", "公里", "米", "吨", "千瓦时", "辆", "件", "所", "座", "天", "年", "个月"]


class Column(IntEnum):
    TEXT = 0
    VALUE = 1
    UNIT = 2
    APPROX = 3
    INDICATOR = 4
    PERIOD = 5


def value_text(metric: Metric) -> str:
    text = decimal_text(metric.value) or ""
    if metric.value_high is not None:
        text += "–" + decimal_text(metric.value_high)
    return text


class MetricModel(SpanTableModel):
    refused = Signal(str)
    columns = Column
    column_title = staticmethod(T.metric_column)

    def set_article(self, article: Article | None) -> None:
        self.set_rows(article.metrics if article else ())

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == Column.APPROX:
            return flags | Qt.ItemIsUserCheckable
        if index.column() != Column.TEXT:
            return flags | Qt.ItemIsEditable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        # Called for every visible cell on every repaint: plain ints and tuples, no enums.
        if not index.isValid():
            return None
        metric = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole or role == Qt.EditRole:
            if column == Column.APPROX:
                return None
            return (metric.text, value_text(metric), metric.unit, None, metric.indicator, metric.period)[column]
        if role == Qt.CheckStateRole and column == Column.APPROX:
            return Qt.Checked if metric.approx else Qt.Unchecked
        if role == Qt.TextAlignmentRole and column == Column.VALUE:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return metric
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        old = self.rows[index.row()]
        column = Column(index.column())
        new = self._changed(old, column, value, role)
        if new is not None and new != old:
            self.edit_requested.emit(old, new)
        return False  # rows change when the store's Changes come back

    def _changed(self, old: Metric, column: Column, value, role) -> Metric | None:
        if column == Column.APPROX and role == Qt.CheckStateRole:
            return replace(old, approx=Qt.CheckState(value) == Qt.Checked, origin="human")
        if role != Qt.EditRole:
            return None
        text = str(value).strip()
        if column == Column.VALUE:
            try:
                low, high = parse_metric_value(text)  # `5.31亿`, a range `3–5`, or empty
            except ValueError:
                self.refused.emit(T.value_not_a_number(text))
                return None
            return replace(old, value=low, value_high=high, origin="human")
        field = {Column.UNIT: "unit", Column.INDICATOR: "indicator", Column.PERIOD: "period"}.get(column)
        return replace(old, **{field: text}, origin="human") if field else None


class UnitDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItems(COMMON_UNITS)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data(Qt.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.EditRole)


class MetricPanel(QTableView):
    span_selected = Signal(object)

    def __init__(self, model: MetricModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(Column.UNIT, UnitDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        # No "any key" editing: single-letter review keys must keep working in this table.
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.SelectedClicked)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(Column.INDICATOR, QHeaderView.Stretch)
        self.clicked.connect(lambda index: self.span_selected.emit(model.rows[index.row()]))

    def show_focus(self, focus) -> None:
        row = self.model().row_of(focus[1]) if focus and focus[0] == "metric" else -1
        if row >= 0:
            self.setCurrentIndex(self.model().index(row, Column.VALUE))
            self.scrollTo(self.model().index(row, 0))
        else:
            self.clearSelection()
