"""The keyboard cheat sheet (F1 or ?), generated from the keymap table."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..keymap import ACTIONS, MENUS, keys_for


class CheatSheet(QDialog):
    def __init__(self, overrides: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [spec for spec in ACTIONS if keys_for(spec, overrides)]
        menu_titles = {key: QCoreApplication.translate("keymap", title).replace("&", "") for key, title in MENUS}
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Menu")])
        for row, spec in enumerate(rows):
            keys = ", ".join(QKeySequence(k).toString(QKeySequence.NativeText) for k in keys_for(spec, overrides))
            for column, value in enumerate((keys, spec.display_text(QCoreApplication.translate),
                                            menu_titles.get(spec.menu, ""))):
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
        self.resize(640, 560)
