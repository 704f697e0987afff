"""File work that runs in a worker thread with a cancellable progress dialog: importing,
exporting, seeding a new project with the sample corpus. Workers open their own Store on
the project file (one connection per thread); results come back as queue reloads."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..io.export import export_articles, parse_split
from ..io.importer import ImportOptions, import_paths
from ..store import Store
from . import text as T
from .dialogs.export_dialog import ExportDialog, ExportRequest
from .dialogs.import_dialog import ImportOptionsDialog
from .tasks import run_task


def import_job(project: Path, paths: list[str], actor: str, options: ImportOptions = ImportOptions()):
    def job(progress, cancelled):
        with Store(project) as store:
            return import_paths(store, paths, actor=actor, progress=progress, cancelled=cancelled,
                                train_in_child=True, options=options)

    return job


def export_job(project: Path, request: ExportRequest):
    def job(progress, cancelled):
        with Store(project) as store:
            return export_articles(
                lambda: store.iter_articles(request.statuses), request.path, request.format,
                split=request.split, seed=request.seed, tokens=request.tokens,
                progress_for=lambda path: lambda done: progress(done, 0, path.name),
            )

    return job


class Flows(QObject):
    imported = Signal(object)  # ImportReport
    learned = Signal(object)  # (articles, spans) the model was trained on, articles refreshed with it

    def __init__(self, parent: QWidget, project: Path, actor: Callable[[], str]):
        super().__init__(parent)
        self.parent_widget, self.project, self.actor = parent, project, actor
        self._learning, self._status_changes = False, 0

    def import_files(self, paths: list[str] | None = None) -> None:
        options = ImportOptions()
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self.parent_widget, T.import_title(), str(Path.home()), T.import_filter())
            if not paths:
                return
            dialog = ImportOptionsDialog(len(paths), self.parent_widget)
            if dialog.exec() != QDialog.Accepted:
                return
            options = dialog.options()
        if paths:
            self.run_import(paths, T.importing(), options, announce=True)

    def run_import(self, paths: list[str], label: str, options: ImportOptions = ImportOptions(), announce: bool = False):
        """`announce`: the reviewer asked for this import, so its result is shown in a box
        (added, duplicates skipped, problems); it is always in the status bar."""
        return run_task(import_job(self.project, list(paths), self.actor(), options),
                        lambda report: self._import_done(report, announce), self._failed,
                        parent=self.parent_widget, label=label, cancellable=True)

    def _import_done(self, report, announce: bool = False) -> None:
        self.imported.emit(report)
        message = T.imported(report.added, report.duplicates, len(report.problems))
        if report.already_imported:
            message += "; " + T.files_already_imported(len(report.already_imported))
        self.parent_widget.statusBar().showMessage(message, 15000)
        if report.problems:
            details = "\n".join(str(p) for p in report.problems[:30])
            QMessageBox.warning(self.parent_widget, T.import_title(), message + "\n\n" + T.import_problems(details))
        elif announce:
            QMessageBox.information(self.parent_widget, T.import_title(), message)

    RETRAIN_EVERY = 10  # accepted articles since the last training

    def learn_when_due(self, refresh_after: int | None = None) -> None:
        """After reviews, train the model again in the background (a child process, so the
        review loop never waits); later imports and re-extraction use it, and the untouched
        pending articles after `refresh_after` (the one on screen) are refreshed with it."""
        # Whether enough was reviewed is asked of the project (other windows review too), but
        # only every RETRAIN_EVERY-th status change here: a worker opening the project after
        # every A competes with the window for the processor.
        self._status_changes += 1
        if self._learning or (self._status_changes - 1) % self.RETRAIN_EVERY:
            return
        self._learning = True
        project = self.project

        def job(progress, cancelled):
            from ..store.learned import retrain_in_child_process

            with Store(project) as store:
                due = store.reviewed_since_training() >= self.RETRAIN_EVERY
            return retrain_in_child_process(project, refresh_after=refresh_after) if due else None

        def done(result) -> None:
            self._learning = False
            if result:
                self.learned.emit(result)

        def failed(message: str, details: str) -> None:
            self._learning = False  # learning is a bonus: the review goes on; the log has the reason
            import logging

            logging.getLogger(__name__).warning("training on reviewed articles failed: %s\n%s", message, details)

        run_task(job, done, failed, parent=self.parent_widget)

    def reextract(self, article_id: int, actor: str, on_done: Callable) -> None:
        """Pre-extraction needs jieba (maybe still loading): it runs in a worker, and its
        result goes through the edit path (one undoable step, refused if the article's
        auto spans changed meanwhile); `on_done` gets the Changes to publish (None: nothing new)."""
        project = self.project

        def job(progress, cancelled):
            with Store(project) as store:
                op, _ = store.reextract_op([article_id], store.extractor().extract)
                return store.apply(op, actor) if op is not None else None

        run_task(job, on_done, self._failed, parent=self.parent_widget)

    def export(self) -> None:
        dialog = ExportDialog(self.project.parent, self.parent_widget)
        if dialog.exec() != QDialog.Accepted:
            return
        request = dialog.request()
        try:
            if request.split:
                parse_split(request.split)
        except ValueError as error:
            QMessageBox.warning(self.parent_widget, T.error_title(), str(error))
            return
        run_task(export_job(self.project, request), self._export_done, self._failed,
                 parent=self.parent_widget, label=T.exporting(), cancellable=False)

    def _export_done(self, written) -> None:
        messages = [T.exported(int(result), str(path)) for path, result in written]
        skipped = [str(item) for _path, result in written for item in getattr(result, "skipped", ())]
        notes = [note for _path, result in written for note in getattr(result, "notes", ())]
        self.parent_widget.statusBar().showMessage("; ".join(messages), 8000)
        if skipped:
            QMessageBox.information(self.parent_widget, T.error_title(), T.export_skipped("\n".join(skipped[:30])))
        if notes:
            QMessageBox.information(self.parent_widget, T.export_title(), "\n\n".join(notes))

    def _failed(self, message: str, details: str) -> None:
        QMessageBox.warning(self.parent_widget, T.error_title(), message)
