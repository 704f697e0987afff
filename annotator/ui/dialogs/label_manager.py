"""Label manager (Ctrl+L): add, rename, recolour, delete a label and set its key. Each
change is an operation of the one edit path (saved at once, undoable with Ctrl+Z, refused if
another window changed the label first); renaming carries the label's spans along, and
deleting a label deletes the spans that carry it, in the same undoable step."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from ...core import ops as O
from ...core.types import Label
from ...core.validation import label_name_problems

KEYS = [str(n) for n in range(1, 10)]



def name_problem(name: str, taken: set[str]) -> str | None:
    if not name.strip():
        return QCoreApplication.translate("LabelManager", "A label needs a name.")
    if len(name) > 32:
        return QCoreApplication.translate("LabelManager", "Keep label names to 32 characters or fewer.")
    if any(ch.isspace() for ch in name):
        return QCoreApplication.translate("LabelManager", "A label name cannot contain spaces.")
    if name in taken:
        return QCoreApplication.translate("LabelManager", "There is already a label with that name.")
    other = label_name_problems(name, taken)  # invisible characters and the like
    return other[0] if other else None


class LabelManager(QDialog):
    def __init__(self, store, apply, parent=None):
        """`apply(op)` is the review session's: it saves, records and publishes the change
        (None if it was refused, after saying why)."""
        super().__init__(parent)
        self.store, self.apply = store, apply
        self.setWindowTitle(self.tr("Labels"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Key")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Rename…"), self.rename),
                           (self.tr("Colour…"), self.recolour), (self.tr("Key…"), self.set_key),
                           (self.tr("Delete…"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()
        self.resize(420, 320)

    def reload(self) -> None:
        self.labels = self.store.labels()
        self.table.setRowCount(len(self.labels))
        for row, label in enumerate(self.labels):
            name = QTableWidgetItem(label.name)
            name.setBackground(QColor(label.colour))
            name.setForeground(QColor("white"))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(label.kind))
            self.table.setItem(row, 2, QTableWidgetItem(label.shortcut))

    def _current(self) -> Label | None:
        row = self.table.currentRow()
        return self.labels[row] if 0 <= row < len(self.labels) else None

    def _save(self, op) -> bool:
        changes = self.apply(op)
        self.reload()  # refused or not: show what is stored
        return changes is not None

    def _ask_name(self, title: str, current: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Label name:"), text=current)
        if not ok:
            return None
        problem = name_problem(name.strip(), {l.name for l in self.labels if l.name != current})
        if problem:
            QMessageBox.warning(self, title, problem)
            return None
        return name.strip()

    def add(self) -> None:
        name = self._ask_name(self.tr("Add label"))
        if name:
            used = {l.shortcut for l in self.labels}
            key = next((k for k in KEYS if k not in used), "")
            position = max((l.position for l in self.labels), default=0) + 1
            self._save(O.AddLabel(Label(name, "entity", QColor.fromHsv((position * 67) % 360, 160, 200).name(), key, position)))

    def rename(self) -> None:
        label = self._current()
        name = label and self._ask_name(self.tr("Rename label"), label.name)
        if label and name and name != label.name:
            self._save(O.UpdateLabel(label, replace(label, name=name)))

    def recolour(self) -> None:
        label = self._current()
        if label:
            colour = QColorDialog.getColor(QColor(label.colour), self, self.tr("Label colour"))
            if colour.isValid():
                self._save(O.UpdateLabel(label, replace(label, colour=colour.name())))

    def set_key(self) -> None:
        label = self._current()
        if not label or label.kind == "metric":
            return
        key, ok = QInputDialog.getItem(self, self.tr("Label key"), self.tr("Key (1–9):"), ["", *KEYS],
                                       max(0, (["", *KEYS]).index(label.shortcut) if label.shortcut in KEYS else 0), False)
        if not ok:
            return
        holder = next((l for l in self.labels if l.shortcut == key and key and l.name != label.name), None)
        edit = O.UpdateLabel(label, replace(label, shortcut=key))
        if holder:  # the key moves: the other label loses it, in the same step
            edit = O.Batch((O.UpdateLabel(holder, replace(holder, shortcut="")), edit), "Edit label")
        self._save(edit)

    def delete(self) -> None:
        """The rule: a label's spans go with it (asked first, with their number); one undo
        brings label and spans back. The metric label is not an entity label and stays."""
        label = self._current()
        if not label:
            return
        if label.kind == "metric":
            QMessageBox.information(self, self.windowTitle(), self.tr("The metric label cannot be deleted."))
            return
        uses = self.store.label_uses(label.name)
        question = self.tr("Delete the label %1?").replace("%1", label.name)
        if uses:
            question += "\n\n" + self.tr("%1 spans carry it; they are deleted too (Ctrl+Z brings everything back).").replace(
                "%1", f"{len(uses):,}")
        if QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.Yes:
            self._save(O.delete_label(label, uses))
