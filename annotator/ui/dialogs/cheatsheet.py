"""The keyboard cheat sheet (F1 or ?), generated from the keymap table: the label keys name
the project's labels; the keys of the Metrics and Entities panels and of the find bar follow."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from .. import text as T
from ..keymap import ACTIONS, MENUS, keys_for


def rows_for(overrides: dict, labels=()) -> list[tuple[str, str, str]]:
    """(keys, action, menu or panel) for every bound key."""
    by_key = {label.shortcut: label for label in labels if label.shortcut}
    menu_titles = {key: QCoreApplication.translate("keymap", title).replace("&", "") for key, title in MENUS}
    rows = []
    for spec in ACTIONS:
        keys = keys_for(spec, overrides)
        if not keys:
            continue
        text = spec.display_text(QCoreApplication.translate)
        if spec.id.startswith("span.label_") and labels:
            label = by_key.get(spec.arg)
            if label is None:
                continue  # a number key without a label does nothing
            text = T.label_key(label.name)
        shown = ", ".join(QKeySequence(k).toString(QKeySequence.NativeText) for k in keys)
        rows.append((shown, text, menu_titles.get(spec.menu, "")))
    return rows + T.panel_keys()


class CheatSheet(QDialog):
    def __init__(self, overrides: dict, parent=None, labels=()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = rows_for(overrides, labels)
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Menu")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemIsEnabled)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(720, 640)
