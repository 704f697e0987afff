"""File > Backups…: the project's rolling backups, newest first; back up now, or choose one
to put back in the project's place (the app then reopens the project)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from ...store import backups


class BackupsDialog(QDialog):
    def __init__(self, project: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = Path(project)
        self.chosen: backups.Backup | None = None
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("A copy of the project is kept on closing after changes and every %1 minutes "
                          "during work, the newest %2 in %3.").replace("%1", str(backups.BACKUP_MINUTES))
                       .replace("%2", str(backups.depth())).replace("%3", str(backups.folder_for(self.project))))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.list = QListWidget()
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        buttons.addButton(self.now_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.refresh()

    def refresh(self) -> None:
        self.found = backups.list_backups(self.project)
        self.list.clear()
        self.list.addItems([backup.label() for backup in self.found])
        if self.found:
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.found))

    def back_up_now(self) -> None:
        """Written by a worker on a connection of its own: the app stays responsive."""
        from ..tasks import run_task

        def done(_) -> None:
            self.now_button.setEnabled(True)
            self.refresh()

        def failed(message: str, details: str) -> None:
            self.now_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Backups"), message)
            self.refresh()

        self.now_button.setEnabled(False)
        run_task(lambda progress, cancelled: backups.write_backup(self.project), done, failed, parent=self,
                 label=self.tr("Backing up…"))

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        backup = self.found[row]
        question = self.tr("Put the backup of %1 in the project's place? The current file is kept beside it.").replace(
            "%1", backup.label().split("  ")[0])
        if QMessageBox.question(self, self.tr("Backups"), question) == QMessageBox.Yes:
            self.chosen = backup
            self.accept()
