"""`annotator selftest OUTDIR`: the packaged app's smoke test (hidden from --help).

It goes through what a user's first minutes need, with the real window: the platform
plugin loads, a new project opens in MainWindow, a bundled sample page is imported through
the window's import flow (jieba's dictionary, the gazetteer, cn2an), the first article is on
screen, the project exports to JSONL, the Chinese translation and the window icon load.
Any missing file or plugin shows up as a failed check and exit code 1. It also prints the
time from process start until the main window was shown, the figure compared between the
PyInstaller bundle and the virtual environment (packaging/README.md).

Run headless with QT_QPA_PLATFORM=offscreen (the default here when no display is set).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

_STARTED = time.monotonic()


def seconds_since_process_start() -> float:
    """From the kernel's start time of this process (Linux), so interpreter start-up and the
    bundle's unpacking count too; elsewhere from when this module was imported."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _STARTED


class Checks:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def expect(self, ok: bool, what: str) -> bool:
        print(("ok    " if ok else "FAIL  ") + what, flush=True)
        if not ok:
            self.failures.append(what)
        return ok


def _prepare_environment(out: Path) -> None:
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["ANNOTATOR_HOME"] = str(out / "home")  # the user's settings stay untouched
    os.environ.setdefault("ANNOTATOR_REVIEWER", "selftest")


def _wait_for(task, timeout_s: float = 120.0):
    """Run the event loop until a run_task task has ended; its result, or None when it
    failed or timed out."""
    from PySide6.QtCore import QEventLoop, QTimer

    from . import tasks

    results = []
    loop = QEventLoop()
    task.done.connect(lambda result: (results.append(result), loop.quit()))
    poll = QTimer()
    poll.timeout.connect(lambda: None if task in tasks._running else loop.quit())  # failed: no done signal
    poll.start(100)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    poll.stop()
    return results[0] if results else None


def _dismiss_dialogs(checks: Checks):
    """An error box would wait for a click forever: close each one and count it as a failure."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

    def close_modal() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not isinstance(dialog, QProgressDialog):  # progress is expected
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            checks.expect(False, f"no dialog interrupts the work (got: {text!r})")
            dialog.close()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(200)
    return timer


def _qt_messages(collected: list[str]) -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, context, message):
        if kind != QtMsgType.QtDebugMsg:
            collected.append(message)
            print(f"qt: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def run(out: Path) -> int:
    from ..platform_check import gui_problem

    out.mkdir(parents=True, exist_ok=True)
    _prepare_environment(out)
    problem = gui_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    checks, qt_messages = Checks(), []
    _qt_messages(qt_messages)
    from .app import create_app

    qt_app, app = create_app([])
    dismisser = _dismiss_dialogs(checks)  # noqa: F841 (kept alive until the end)
    window = app.open(out / "selftest.sqlite")
    if not checks.expect(window is not None, "a new project opens in the main window"):
        return 1
    qt_app.processEvents()
    shown_after = seconds_since_process_start()
    cpu_until_shown = sum(os.times()[:2])  # this process's CPU seconds: steadier than the clock on a busy machine
    checks.expect(window.isVisible(), f"main window shown {shown_after:.2f} s after process start "
                                      f"(platform {qt_app.platformName()})")
    _check_resources(checks, qt_app)
    _import_and_export(checks, window, out)
    loading_errors = [m for m in qt_messages if "cannot load" in m.lower() or "could not load" in m.lower()]
    checks.expect(not loading_errors, "Qt loaded every plugin it asked for" +
                  (f": {loading_errors}" if loading_errors else ""))
    window.close()
    window.store.close()
    from .tasks import wait_for_tasks

    wait_for_tasks()
    print(f"start-to-window: {shown_after:.2f} s (cpu {cpu_until_shown:.2f} s)")
    print("selftest " + ("passed" if not checks.failures else f"FAILED: {len(checks.failures)} check(s)"))
    return 1 if checks.failures else 0


def _check_resources(checks: Checks, qt_app) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ..core.resources import resource_path

    ours = QTranslator()
    checks.expect(ours.load(str(resource_path("translations", "annotator_zh_CN.qm"))),
                  "the Chinese interface translation loads")
    qt_base = QTranslator()
    checks.expect(qt_base.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)),
                  "Qt's own Chinese translation (dialog buttons) loads")
    icon = qt_app.windowIcon()
    checks.expect(not icon.isNull() and bool(icon.availableSizes()), "the window icon is set")


def _import_and_export(checks: Checks, window, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ..core import numbers, tokenize
    from ..paths import sample_corpus
    from .dialogs.export_dialog import ExportRequest
    from .flows import export_job
    from .tasks import run_task

    pages = sample_corpus()
    if not checks.expect(bool(pages), f"the sample corpus is bundled ({len(pages)} pages)"):
        return
    report = _wait_for(window.flows.run_import([str(pages[0])], "selftest import"))
    added = report.added if report else 0
    checks.expect(added > 0 and not report.problems, f"a sample page imports through the window ({added} articles)")
    QApplication.processEvents()
    article = window.session.article
    shown = window.panels.article.text.toPlainText()
    checks.expect(article is not None and bool(shown) and shown == article.text,
                  "the first article is shown in the article view")
    checks.expect(len(tokenize.words("湖南省长沙市人民政府")) > 1, "jieba's dictionary loads and segments")
    checks.expect(numbers.parse_chinese("五十") == (50, None), "cn2an reads Chinese numerals (its config loads)")
    target = out / "selftest-export.jsonl"
    request = ExportRequest(path=target, format="jsonl", statuses=(), split="", seed=0)
    written = _wait_for(run_task(export_job(window.store.path, request), parent=window))
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()] if target.exists() else []
    checks.expect(bool(written) and len(records) == added, f"the project exports to JSONL ({len(records)} records)")
    spans = sum(len(record.get("entities", [])) + len(record.get("metrics", [])) for record in records)
    checks.expect(spans > 0, f"the export holds pre-extracted spans ({spans})")


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: annotator selftest OUTDIR  (opens the app offscreen, imports a sample page, exports it)",
              file=sys.stderr)
        return 2
    return run(Path(argv[0]).expanduser().resolve())
