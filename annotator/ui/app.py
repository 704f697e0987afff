"""Starting the desktop app: language, reviewer name, which project to open (the one given,
else the last one, else a default project seeded with the sample corpus), and swapping
windows when another project is opened. The window appears before jieba's dictionary is
loaded; that happens in a worker."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .. import __version__
from ..core import tokenize
from ..core.resources import resource_path
from ..paths import default_project, sample_corpus
from ..store import ProjectDamaged, Store, StoreError
from . import text as T
from .dialogs.prompts import ask_reviewer
from .main_window import MainWindow
from .settings import Settings
from .tasks import run_task, wait_for_tasks


def install_translations(app: QApplication, language: str) -> str:
    """Load the interface language: the setting, or the system's. Returns the locale used."""
    locale = QLocale.system().name() if language in ("", "system") else language
    translators = []
    if locale.startswith("zh"):
        # Qt asks the translator installed last first: ours, so that the few key names we
        # translate (PgUp, PgDown, Del, which Qt's own table leaves in English) win.
        qt_base = QTranslator(app)
        if qt_base.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            translators.append(qt_base)
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "annotator_zh_CN.qm"))):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    app._translators = translators  # keep them alive
    return locale


class Application:
    def __init__(self, qt_app: QApplication, settings: Settings):
        self.qt_app, self.settings = qt_app, settings
        self.window: MainWindow | None = None

    def reviewer(self) -> str:
        name = os.environ.get("ANNOTATOR_REVIEWER") or self.settings.get("reviewer")
        if not name:
            name = ask_reviewer(None) or os.environ.get("USER") or "reviewer"
            self.settings.set("reviewer", name)
        return name

    def open(self, path: Path) -> MainWindow | None:
        try:
            store = Store(path)
        except ProjectDamaged as error:
            return self.offer_salvage(path, str(error))
        except StoreError as error:
            QMessageBox.critical(self.window, T.error_title(), T.cannot_open(str(error)))
            return None
        if self.window is not None:
            self.window.close()
            self.window.store.close()
        # a reviewer's file (annotator assign) says whose it is: their edits are recorded as theirs
        window = MainWindow(store, self.settings, store.assigned_reviewer() or self.reviewer())
        window.open_requested.connect(lambda p: self.open(Path(p)))
        window.new_requested.connect(self.new_project)
        window.restore_requested.connect(lambda backup: self.restore(path, Path(backup)))
        self.window = window
        self.settings.remember_project(str(path))
        window.show()
        if not store.verified:  # a large project: checked in a worker, writes wait for it
            self._verify_in_worker(window)
        if store.backup:
            QMessageBox.information(window, T.error_title(), T.migrated(str(store.backup)))
        if path == default_project() and store.is_empty():
            window.flows.run_import([str(p) for p in sample_corpus()], T.loading_sample())
        return window

    def _verify_in_worker(self, window: MainWindow) -> None:
        store = window.store

        def checked(problem: str | None) -> None:
            if problem is not None and self.window is window:  # damaged: stop working in it, offer the way out
                window.close()  # its store stays open for pending views, and refuses every write
                self.window = None
                self.offer_salvage(store.path, problem)

        check = store.deferred_check()  # on a connection of its own; an edit made meanwhile waits for it
        run_task(lambda progress, cancelled: check(), checked, parent=window)

    def offer_salvage(self, path: Path, message: str) -> MainWindow | None:
        """A damaged project is not opened; what it still holds can go into a new one."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from ..store.salvage import salvage

        answer = QMessageBox.question(self.window, T.error_title(), T.damaged(message),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer != QMessageBox.Yes:
            return None
        suggested = str(path.with_name(f"{path.stem}-salvaged{path.suffix or '.sqlite'}"))
        target, _ = QFileDialog.getSaveFileName(self.window, T.salvage_title(), suggested, T.project_filter())
        if not target:
            return None
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            report = salvage(path, Path(target))
        except StoreError as error:
            QMessageBox.critical(self.window, T.error_title(), str(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        QMessageBox.information(self.window, T.salvage_title(), T.salvaged(report.summary(), target))
        return self.open(Path(target))

    def restore(self, path: Path, backup_path: Path) -> MainWindow | None:
        """Close the project, put the backup in its place (the replaced file is kept beside
        it), open it again."""
        from ..store import backups

        if self.window is not None:
            self.window.close()
            self.window.store.close()
            self.window.store.wait_for_backup()  # its closing copy reads the file that is moved aside
            self.window = None
        try:
            backup = next(b for b in backups.list_backups(path) if b.path == backup_path)
            aside = backups.restore(path, backup)
        except (StopIteration, StoreError) as error:
            QMessageBox.critical(None, T.error_title(), str(error) or str(backup_path))
            return self.open(path)
        window = self.open(path)
        if window is not None and aside is not None:
            window.statusBar().showMessage(T.restored(backup_path.name, str(aside)), 15000)
        return window

    def new_project(self) -> None:
        start = str(self.window.project_path.parent if self.window else Path.home())
        path, _ = QFileDialog.getSaveFileName(self.window, T.new_title(), start, T.project_filter())
        if path:
            self.open(Path(path) if Path(path).suffix else Path(path + ".sqlite"))


def project_to_open(argv: list[str], settings: Settings) -> Path:
    if argv:
        return Path(argv[0]).expanduser().resolve()
    last = settings.get("last_project")
    if last and Path(last).exists():
        return Path(last)
    return default_project()


def preload_dictionary(window: MainWindow) -> None:
    window.statusBar().showMessage(T.jieba_loading())
    run_task(lambda progress, cancelled: tokenize.jieba(),
             lambda _result: window.statusBar().showMessage(T.jieba_ready(), 3000), parent=window)


def create_app(argv: list[str]) -> tuple[QApplication, Application]:
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    qt_app.setApplicationName("annotator")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("annotator")  # Wayland matches the window to annotator.desktop (its icon)
    icon = QIcon()
    for png in resource_path("icons", "hicolor").glob("*/apps/annotator.png"):
        icon.addFile(str(png))
    qt_app.setWindowIcon(icon)
    settings = Settings()
    install_translations(qt_app, settings.get("language"))
    return qt_app, Application(qt_app, settings)


def run_app(argv: list[str]) -> int:
    qt_app, app = create_app(argv)
    window = app.open(project_to_open(argv, app.settings))
    if window is None:
        window = app.open(default_project())
    if window is None:
        return 1
    preload_dictionary(window)
    code = qt_app.exec()
    wait_for_tasks()
    if app.window is not None:
        app.window.store.close()  # closing after changes leaves a rolling backup
    return code
