"""About: version, project file, data folder, and the licences of bundled data."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from ... import __version__
from ...core.resources import resource_path
from ...paths import data_dir
from ..settings import Settings
from .cheatsheet import CheatSheet

BUNDLED_DATA = [
    ("Administrative divisions of China (resources/gazetteer)",
     "modood/Administrative-divisions-of-China, from the National Bureau of Statistics' 2023 codes; WTFPL"),
    ("jieba dictionary", "fxsjy/jieba; MIT"),
    ("Sample pages (resources/sample)", "Hunan regional newspaper pages, bundled as sample input"),
    ("Qt / PySide6", "The Qt Company; LGPLv3"),
    ("Application icon (resources/icons)", "drawn for annotator; MIT"),
]
# The desktop bundle carries the interpreter and PyInstaller's start-up code too.
FROZEN_RUNTIME = [
    ("Python", "Python Software Foundation License"),
    ("PyInstaller bootloader", "GPLv2 with the bootloader exception (applications may use any licence)"),
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
            *[f"• {name}: {licence}" for name, licence in (FROZEN_RUNTIME if getattr(sys, "frozen", False) else [])],
        ]
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "hicolor", "64x64", "apps", "annotator.png"))).pixmap(64, 64))
        label = QLabel("\n".join(lines))
        label.setTextFormat(Qt.PlainText)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        # the cheat sheet's own title, so its translation serves here too
        shortcuts = buttons.addButton(QCoreApplication.translate("CheatSheet", "Keyboard shortcuts"),
                                      QDialogButtonBox.ActionRole)
        shortcuts.clicked.connect(lambda: self.shortcuts_dialog().exec())
        icon.setAlignment(Qt.AlignTop)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch()
        layout.addWidget(buttons)
        self.label, self.shortcuts_button = label, shortcuts

    def shortcuts_dialog(self) -> CheatSheet:
        """The cheat sheet with the user's own key changes (Help → Keyboard shortcuts, F1)."""
        return CheatSheet(Settings().get("keys/overrides"), self)
