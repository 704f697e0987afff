"""Long work off the GUI thread: `run_task(fn, ...)`. `fn(progress, is_cancelled)` runs in
a worker thread (with its own Store connection if it needs one: never the GUI's); results
come back to the GUI thread by signal. A progress dialog appears only if the work takes
longer than half a second, and its Cancel sets the flag `fn` polls."""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_PROGRESS_AFTER_MS = 500


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)


class _Runnable(QRunnable):
    def __init__(self, fn, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self.cancel.is_set)
        except Exception as error:  # shown to the user on the GUI thread
            self.signals.failed.emit(str(error), traceback.format_exc())
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """A running task; keeps its signals alive until it ends."""

    done = Signal(object)

    def __init__(self, parent: QObject | None):
        super().__init__(parent)
        self.cancel_flag = threading.Event()
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self.cancel_flag.set()


_running: set[Task] = set()


_pools: dict[str, QThreadPool] = {}


def pool(name: str, threads: int = 2) -> QThreadPool:
    """A pool of its own for short work that must not queue behind long tasks (an import, a
    backup, training) in the global pool, which has one thread per core."""
    if name not in _pools:
        _pools[name] = QThreadPool()
        _pools[name].setMaxThreadCount(threads)
    return _pools[name]


def run_task(fn: Callable, on_done: Callable | None = None, on_error: Callable | None = None, *,
             parent: QWidget | None = None, label: str | None = None, cancellable: bool = False,
             in_pool: QThreadPool | None = None) -> Task:
    task = Task(parent)
    signals = _Signals(task)
    _running.add(task)
    timer = QTimer(task)
    timer.setSingleShot(True)

    def show_dialog() -> None:
        if label is None or task not in _running:
            return
        dialog = QProgressDialog(label, QCoreApplication.translate("text", "Cancel") if cancellable else None, 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(0)
        if cancellable:
            dialog.canceled.connect(task.cancel)
        task.dialog = dialog
        dialog.show()

    def on_progress(done: int, total: int, text: str) -> None:
        if task.dialog is not None:
            task.dialog.setMaximum(total)
            task.dialog.setValue(done)
            if text:
                task.dialog.setLabelText(f"{label}\n{text}")

    def finish() -> None:
        timer.stop()
        _running.discard(task)
        if task.dialog is not None:
            task.dialog.reset()
            task.dialog.deleteLater()

    def on_finished(result) -> None:
        finish()
        if on_done:
            on_done(result)
        task.done.emit(result)

    def on_failed(message: str, details: str) -> None:
        finish()
        if on_error:
            on_error(message, details)

    signals.progress.connect(on_progress)
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    timer.timeout.connect(show_dialog)
    timer.start(SHOW_PROGRESS_AFTER_MS)
    (in_pool or QThreadPool.globalInstance()).start(_Runnable(fn, signals, task.cancel_flag))
    return task


def wait_for_tasks(timeout_ms: int = 30000) -> bool:
    """For shutdown and tests: wait until every worker has finished."""
    return all([QThreadPool.globalInstance().waitForDone(timeout_ms),
                *(own.waitForDone(timeout_ms) for own in _pools.values())])
