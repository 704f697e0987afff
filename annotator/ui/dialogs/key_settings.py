"""Keyboard shortcuts settings (Edit → Keyboard shortcuts…): one row per action of the
keymap table, its keys editable (comma-separated, e.g. `A, Ctrl+Return`). Saved as
overrides of the defaults; a key that clashes with another action's is refused, naming
both, before anything is saved."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ..keymap import ACTIONS, keys_for, problems


def _shown(keys) -> str:
    return ", ".join(keys)


def _parsed(text: str) -> list[str]:
    """Comma-separated keys, each in Qt's portable form (`ctrl+return` -> `Ctrl+Return`).
    A comma key itself is written `Comma`."""
    keys = []
    for part in text.split(","):
        part = part.strip()
        if part:
            portable = QKeySequence(part).toString(QKeySequence.PortableText)
            keys.append(portable or part)
    return keys


class KeySettings(QDialog):
    def __init__(self, overrides: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(ACTIONS), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for row, spec in enumerate(ACTIONS):
            name = QTableWidgetItem(spec.display_text(QCoreApplication.translate))
            name.setFlags(Qt.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(_shown(keys_for(spec, overrides))))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Separate several keys with commas. Review keys work while the article has the focus.")))
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def overrides(self) -> dict:
        """The keys that differ from the defaults, by action id."""
        found = {}
        for row, spec in enumerate(ACTIONS):
            keys = _parsed(self.table.item(row, 1).text())
            if keys != _parsed(_shown(spec.keys)):  # compared in one spelling (Delete = Del)
                found[spec.id] = keys
        return found

    def restore_defaults(self) -> None:
        for row, spec in enumerate(ACTIONS):
            self.table.item(row, 1).setText(_shown(spec.keys))

    def accept(self) -> None:
        clashes = problems(self.overrides())
        if clashes:
            self.problem.setText(self.tr("Not saved: %1").replace("%1", "; ".join(clashes)))
            return
        super().accept()
