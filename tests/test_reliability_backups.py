"""Rolling backups (issue 15): a whole copy of the project in the data folder on closing
after changes and every so often during work, kept N deep, listed and restorable from the
CLI; the file a restore replaces is kept beside it."""
import os
import subprocess
import sys
from pathlib import Path

from annotator.core import ops as O
from annotator.core.types import ArticleDraft
from annotator.store import SourceRecord, Store, backups

REPO = Path(__file__).resolve().parent.parent


def _add(store, text):
    return store.import_source(SourceRecord(f"{text}.txt", text, ""), [ArticleDraft(text, title=text)]).article_ids[0]


def _titles(path):
    with Store(path, create=False) as store:
        return [a.title for a in store.iter_articles()]


def test_closing_after_changes_leaves_a_backup_kept_n_deep(tmp_path, monkeypatch, isolated_home):
    monkeypatch.setenv("ANNOTATOR_BACKUPS", "3")
    path = tmp_path / "p.sqlite"
    with Store(path):
        pass  # nothing changed: no backup
    assert backups.list_backups(path) == []
    for n in range(5):
        with Store(path) as store:
            _add(store, f"第{n}篇怀化新闻")
    found = backups.list_backups(path)
    assert len(found) == 3 and all(b.path.is_relative_to(isolated_home) for b in found)
    assert _titles(found[0].path) == [f"第{n}篇怀化新闻" for n in range(5)]  # newest first, whole
    assert _titles(found[2].path) == [f"第{n}篇怀化新闻" for n in range(3)]
    assert not list(found[0].path.parent.glob("*.part"))


def test_a_backup_is_written_during_work_every_so_often(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite"
    store = Store(path)
    try:
        monkeypatch.setattr(backups, "BACKUP_MINUTES", 0)
        article_id = _add(store, "怀化市洪江区")
        store.apply(O.SetStatus(article_id, "pending", "accepted"), "tester")
        found = backups.list_backups(path)
        assert found  # while the project is still open
        with Store(found[0].path, create=False) as copy:
            assert copy.article(article_id).status == "accepted"
    finally:
        store.close()


def test_backups_are_listed_and_restored_from_the_cli(tmp_path, isolated_home):
    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        _add(store, "第一篇")
    with Store(path) as store:
        _add(store, "第二篇")
    env = {**os.environ, "PYTHONPATH": str(REPO), "ANNOTATOR_HOME": str(isolated_home)}

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "annotator", "backups", "--project", str(path), *args],
                              capture_output=True, text=True, env=env, timeout=120)

    listing = cli()
    assert listing.returncode == 0
    lines = [line for line in listing.stdout.splitlines() if line.strip()[:1].isdigit()]
    assert len(lines) == 2 and lines[0].split()[0] == "1"
    restored = cli("--restore", "2")  # the older one: only the first article
    assert restored.returncode == 0, restored.stderr
    assert _titles(path) == ["第一篇"]
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name and p.suffix == ".sqlite"]
    assert len(kept) == 1 and _titles(kept[0]) == ["第一篇", "第二篇"]
    missing = cli("--restore", "9")
    assert missing.returncode == 1 and "no backup" in missing.stderr and "Traceback" not in missing.stderr


def test_the_app_lists_backups_and_restores_one(qtbot, tmp_path, monkeypatch):
    import pytest

    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from annotator.ui.app import Application
    from annotator.ui.dialogs.backups import BackupsDialog
    from annotator.ui.settings import Settings
    from annotator.ui.tasks import wait_for_tasks

    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        _add(store, "第一篇")
    with Store(path) as store:
        _add(store, "第二篇")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)

    def choose_the_older(dialog):
        assert dialog.list.count() == 2
        dialog.list.setCurrentRow(1)
        dialog.restore_selected()
        return QDialog.Accepted

    monkeypatch.setattr(BackupsDialog, "exec", choose_the_older)
    app = Application(QApplication.instance(), Settings())
    window = app.open(path)
    qtbot.addWidget(window)
    assert window.store.count() == 2
    window.actions_["file.backups"].trigger()
    assert app.window is not window and app.window.store.count() == 1
    assert [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert wait_for_tasks(60000)
    qtbot.wait(50)
    app.window.close()
    app.window.store.close()


def test_the_app_backs_up_in_a_thread_of_its_own_while_edits_go_on(qtbot, tmp_path, monkeypatch):
    """A periodic backup of a large project takes seconds: the window's store writes it in
    a thread of its own, so the edit that made it due returns at once and more edits can
    follow while it is written; the copy holds the edit."""
    import threading

    import pytest

    pytest.importorskip("PySide6")
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        first, second = _add(store, "怀化市洪江区"), _add(store, "长沙市开福区")
    release, writers = threading.Event(), []
    real_write = backups.write_backup

    def held_write(project, conn=None):
        writers.append(threading.current_thread())
        release.wait(30)  # the copy takes its time
        return real_write(project, conn)

    monkeypatch.setattr(backups, "write_backup", held_write)
    window = MainWindow(Store(path), Settings(), "tester")
    qtbot.addWidget(window)
    store = window.store
    try:
        monkeypatch.setattr(backups, "BACKUP_MINUTES", 0)
        store.apply(O.SetStatus(first, "pending", "accepted"), "tester")  # the backup is due: it starts
        store.apply(O.SetStatus(second, "pending", "rejected"), "tester")  # while the copy is held
        qtbot.waitUntil(lambda: bool(writers), timeout=10000)
        assert threading.main_thread() not in writers
        assert store.article(second).status == "rejected"
        release.set()
        store.wait_for_backup()
        newest = backups.list_backups(path)[0]
        with Store(newest.path, create=False) as copy:
            assert copy.article(first).status == "accepted"
        assert store.backup_problem == ""
    finally:
        release.set()
        window.close()
        store.close()
        store.wait_for_backup()
