"""Export (Ctrl+E): format, statuses, optional split; the file is written in a worker."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QWidget,
)

from ...io.export import FORMATS, TRAINING_FORMATS
from .. import text as T


@dataclass(frozen=True)
class ExportRequest:
    path: Path
    format: str
    statuses: tuple[str, ...]
    split: str
    seed: int
    tokens: bool = True  # spacy-jsonl: with the token list


class ExportDialog(QDialog):
    def __init__(self, default_dir: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox()
        for fmt in FORMATS.values():
            self.format.addItem(f"{fmt.name}: {T.format_description(fmt.description)}" if fmt.description else fmt.name,
                                fmt.name)
        self.statuses = {status: QCheckBox(T.status_name(status)) for status in ("accepted", "pending", "rejected", "skipped")}
        self.statuses["accepted"].setChecked(True)
        status_row = QWidget()
        status_layout = QHBoxLayout(status_row)
        status_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.statuses.values():
            status_layout.addWidget(box)
        self.training_note = QLabel(self.tr("Training data: a model takes these spans as gold, so only accepted "
                                            "articles go in unless you tick others"))
        self.training_note.setWordWrap(True)
        self.no_tokens = QCheckBox(self.tr("Leave out the token list (for tools that tokenize the text "
                                           "themselves, such as Prodigy: a tenth of the size, much faster)"))
        self.split = QLineEdit()
        self.split.setPlaceholderText("train=0.8,dev=0.1,test=0.1")
        self.seed = QSpinBox()
        self.seed.setRange(0, 10**6)
        self.path = QLineEdit(str(default_dir / "export.jsonl"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path, 1)
        path_layout.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Articles"), status_row)
        form.addRow(self.training_note)
        form.addRow(self.no_tokens)
        form.addRow(self.tr("Split (optional)"), self.split)
        form.addRow(self.tr("Split seed"), self.seed)
        form.addRow(self.tr("File"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._suffix)
        self._suffix()

    def _suffix(self) -> None:
        fmt = FORMATS[self.format.currentData()]
        training = fmt.name in TRAINING_FORMATS
        self.training_note.setVisible(training)
        self.no_tokens.setVisible(fmt.leaves_out_tokens)
        if training:  # back to the training default: reviewed articles only
            for status, box in self.statuses.items():
                box.setChecked(status == "accepted")
        path = Path(self.path.text() or "export")
        self.path.setText(str(path.with_suffix(fmt.suffix)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text())
        if path:
            self.path.setText(path)

    def request(self) -> ExportRequest:
        statuses = tuple(status for status, box in self.statuses.items() if box.isChecked())
        fmt = FORMATS[self.format.currentData()]
        return ExportRequest(Path(self.path.text()), fmt.name, statuses, self.split.text().strip(), self.seed.value(),
                             tokens=not (fmt.leaves_out_tokens and self.no_tokens.isChecked()))
