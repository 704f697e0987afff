"""Ctrl+T: an article's title and subtitle, edited together (one undoable step)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget


class TitleDialog(QDialog):
    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Title and subtitle"))
        self.title_edit, self.subtitle_edit = QLineEdit(title), QLineEdit(subtitle)
        self.title_edit.setObjectName("title")
        self.subtitle_edit.setObjectName("subtitle")
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Subtitle"), self.subtitle_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title_edit.selectAll()

    def values(self) -> tuple[str, str]:
        return self.title_edit.text(), self.subtitle_edit.text()
