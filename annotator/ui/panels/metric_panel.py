"""The Metrics table: text, value, unit, approx, indicator, period, every cell but the
text editable in place. A value must parse (`5.31亿` is accepted and stored exactly as
531000000); a bad one is refused with a message and nothing is saved. Units come from a
list or are typed freely."""
from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate

from ...core.validation import parse_metric_value
from ...core.types import Article, Metric
from ...store.rows import decimal_text
from .. import text as T
from .span_model import ALIGN, CHECK, CHECKABLE, EDITABLE, READ_ONLY, RIGHT, OwnKeysTable, SpanTableModel

COMMON_UNITS = ["", "元", "%", "个百分点", "人", "人次", "个", "家", "户", "名", "项", "次", "条", "支", "套", "笔",
                "亩", "公顷", "平方米", "公里", "米", "吨", "千瓦时", "辆", "件", "所", "座", "天", "年", "个月"]


class Column(IntEnum):
    TEXT = 0
    VALUE = 1
    UNIT = 2
    APPROX = 3
    INDICATOR = 4
    PERIOD = 5


_VALUE, _APPROX = int(Column.VALUE), int(Column.APPROX)
_CHECKED, _UNCHECKED = Qt.Checked.value, Qt.Unchecked.value


def value_text(metric: Metric) -> str:
    text = decimal_text(metric.value) or ""
    if metric.value_high is not None:
        text += "–" + decimal_text(metric.value_high)
    return text


class MetricModel(SpanTableModel):
    refused = Signal(str)
    columns = Column
    column_title = staticmethod(T.metric_column)
    column_flags = (READ_ONLY, EDITABLE, EDITABLE, CHECKABLE, EDITABLE, EDITABLE)  # all but the text

    def rows_of(self, article: Article | None) -> list[Metric]:
        return list(article.metrics) if article else []

    def cells_of(self, metric: Metric) -> tuple:
        return metric.text, value_text(metric), metric.unit, None, metric.indicator, metric.period

    def dress(self, metric: Metric, column: int, item) -> None:
        if column == _APPROX:
            item.setData(_CHECKED if metric.approx else _UNCHECKED, CHECK)
        elif column == _VALUE:
            item.setData(RIGHT, ALIGN)

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
                # after the editor has closed: a message box now would commit the editor twice
                QTimer.singleShot(0, lambda: self.refused.emit(T.value_not_a_number(text)))
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


class MetricPanel(OwnKeysTable):
    """Keyboard: arrows move between cells, F2 or Enter edits the cell, Space toggles Approx.
    of the row, Esc goes back to the article. Space and Enter are taken here before the
    window's review keys see them (Space would skip the article)."""

    span_selected = Signal(object)
    leave_requested = Signal()

    OWN_KEYS = (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter, Qt.Key_Escape, Qt.Key_F2)

    def __init__(self, model: MetricModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(Column.UNIT, UnitDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        # No "any key" editing: single-letter review keys must keep working in this table.
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.SelectedClicked)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setMinimumSectionSize(28)
        for column, width in ((Column.TEXT, 96), (Column.VALUE, 84), (Column.UNIT, 48), (Column.APPROX, 44),
                              (Column.PERIOD, 72)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.INDICATOR, QHeaderView.Stretch)
        self._showing_focus = False
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def _row_changed(self, current, previous) -> None:
        if current.isValid() and self.hasFocus() and not self._showing_focus and current.row() < len(self.model().rows):
            self.span_selected.emit(self.model().rows[current.row()])

    def show_focus(self, focus) -> None:
        """Follow the focused span; the column the reviewer is in stays where it is."""
        row = self.model().row_of(focus[1]) if focus and focus[0] == "metric" else -1
        if row < 0:
            self.clearSelection()
            return
        current = self.currentIndex()
        column = current.column() if current.isValid() else Column.VALUE
        index = self.model().index(row, column)
        if current != index:
            self._showing_focus = True
            try:
                self.setCurrentIndex(index)
            finally:
                self._showing_focus = False
        self.scrollTo(index)

    def enter(self) -> None:
        """Keyboard focus into the table, on the current cell (else the first value); the
        article shows that row's metric."""
        if not self.currentIndex().isValid() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, Column.VALUE))
        self.setFocus(Qt.ShortcutFocusReason)
        if self.currentIndex().isValid():
            self._row_changed(self.currentIndex(), None)

    def keyPressEvent(self, event) -> None:
        key, index = event.key(), self.currentIndex()
        if event.modifiers() not in (Qt.NoModifier, Qt.KeypadModifier) or key not in self.OWN_KEYS:
            super().keyPressEvent(event)
        elif key == Qt.Key_Escape:
            self.leave_requested.emit()
        elif not index.isValid():
            event.ignore()
        elif key == Qt.Key_Space or (key != Qt.Key_F2 and index.column() == Column.APPROX):
            self.toggle_approx(index.row())
        elif self.state() != QAbstractItemView.EditingState:
            self.edit(index)

    def toggle_approx(self, row: int) -> None:
        approx = self.model().index(row, Column.APPROX)
        checked = self.model().rows[row].approx
        self.model().setData(approx, Qt.Unchecked if checked else Qt.Checked, Qt.CheckStateRole)
