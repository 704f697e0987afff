"""Import options, asked after the files are chosen: whether the records were reviewed in
another tool, and how to rename the file's labels (doccano's PERSON is our PER)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ...io.importer import ImportOptions, parse_label_map


class ImportOptionsDialog(QDialog):
    def __init__(self, file_count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.reviewed = QCheckBox(self.tr("Reviewed in another tool: import pending records as accepted"))
        self.reviewed.setToolTip(self.tr("For an export of reviewed work only, e.g. doccano's approved examples. "
                                         "Pages are always pending."))
        self.label_map = QLineEdit()
        self.label_map.setPlaceholderText("PERSON=PER, GPE=LOC, MISC=")
        self.label_map.setToolTip(self.tr("Rename the file's labels to the project's; an empty name leaves those spans out"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Files to import: %1").replace("%1", str(file_count))))
        form.addRow(self.reviewed)
        form.addRow(self.tr("Rename labels"), self.label_map)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        try:
            parse_label_map(self.label_map.text())
        except ValueError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.accept()

    def options(self) -> ImportOptions:
        return ImportOptions(reviewed=self.reviewed.isChecked(), label_map=parse_label_map(self.label_map.text()))
