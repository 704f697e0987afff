"""About: version, project file, data folder, and the licences of bundled data."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ... import __version__
from ...paths import data_dir

BUNDLED_DATA = [
    ("Administrative divisions of China (resources/gazetteer)",
     "modood/Administrative-divisions-of-China, from the National Bureau of Statistics' 2023 codes; WTFPL"),
    ("jieba dictionary", "fxsjy/jieba; MIT"),
    ("Sample pages (resources/sample)", "Hunan regional newspaper pages, bundled as sample input"),
    ("Qt / PySide6", "The Qt Company; LGPLv3"),
]


class AboutDialog(QDialog):
    def __init__(self, project_path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About annotator"))
        lines = [
            self.tr("annotator %1").replace("%1", __version__),
            self.tr("Project file: %1").replace("%1", project_path),
            self.tr("Data folder: %1").replace("%1", str(data_dir())),
            "",
            self.tr("Bundled data and licences:"),
            *[f"• {name}: {licence}" for name, licence in BUNDLED_DATA],
        ]
        label = QLabel("\n".join(lines))
        label.setTextFormat(Qt.PlainText)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.label = label
