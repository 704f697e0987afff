"""Damaged project files (issue 15): found on opening (SQLite's quick_check), explained,
never written to, and what they still hold can be saved into a new project, from the CLI
(`annotator salvage`) and from the app."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.io.importer import import_paths
from annotator.store import ArticleFilter, ProjectDamaged, Store

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO)}
SAMPLE = sorted((REPO / "resources" / "sample").glob("*.txt"))


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True, text=True, env=ENV, timeout=180)


def _project(path: Path) -> int:
    with Store(path) as store:
        import_paths(store, SAMPLE)
        count = store.count()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself, as after a clean close
    conn.close()
    return count


def _flip_page_header(path: Path, table: str = "articles") -> None:
    """Garble the b-tree header of one leaf page of `table` (a bad sector, a stray write)."""
    conn = sqlite3.connect(path)
    pages = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table])]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (pages[len(pages) // 2] - 1) * size
    for offset in range(start + 3, start + 12):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "project.sqlite"
    count = _project(path)
    _flip_page_header(path)
    return path, count


def test_a_damaged_project_is_refused_on_opening_and_never_written(damaged, tmp_path):
    path, _ = damaged
    before = path.read_bytes()
    with pytest.raises(ProjectDamaged, match="damaged.*annotator salvage"):
        Store(path)
    for command in (["stats"], ["export", str(tmp_path / "out.jsonl")], ["import", str(SAMPLE[0])]):
        result = _cli(*command, "--project", str(path))
        assert result.returncode == 1 and "damaged" in result.stderr and "salvage" in result.stderr
        assert "Traceback" not in result.stderr
        assert path.read_bytes() == before
    assert not (tmp_path / "out.jsonl").exists()


def test_damaged_text_that_the_opening_check_cannot_see_gives_a_message_not_a_traceback(tmp_path):
    path = tmp_path / "project.sqlite"
    _project(path)
    with Store(path) as store:
        text = store.article(store.article_ids()[3]).text
    needle = text[:12].encode("utf-8")  # a leading byte turned into one UTF-8 never uses
    data = path.read_bytes()
    assert needle in data
    path.write_bytes(data.replace(needle, b"\xff" + needle[1:]))
    result = _cli("export", str(tmp_path / "out.jsonl"), "--project", str(path))
    assert result.returncode == 1 and "damaged" in result.stderr and "salvage" in result.stderr
    assert "Traceback" not in result.stderr and "\ufffd" not in result.stderr


def test_salvage_copies_what_can_be_read_into_a_new_project(damaged, tmp_path):
    path, count = damaged
    before = path.read_bytes()
    into = tmp_path / "saved.sqlite"
    result = _cli("salvage", str(path), "--into", str(into))
    assert result.returncode == 0, result.stderr
    assert "unreadable: articles" in result.stdout
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["project.sqlite", "saved.sqlite"]
    with Store(into) as store:
        assert store.integrity_problems() == []
        saved = list(store.iter_articles())
        assert 0 < len(saved) < count
        for article in saved:  # every span kept still fits its text
            for span in (*article.entities, *article.metrics):
                assert article.text[span.start:span.end] == span.text
        phrase = saved[-1].text[5:11]  # the search index was filled for the copied articles
        assert saved[-1].id in store.article_ids(ArticleFilter(query=phrase))
    # salvage never writes over an existing project
    again = _cli("salvage", str(path), "--into", str(into))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_the_app_offers_to_salvage_a_damaged_project(qtbot, damaged, tmp_path, monkeypatch):
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from annotator.ui.app import Application
    from annotator.ui.tasks import wait_for_tasks
    from annotator.ui.settings import Settings

    path, count = damaged
    asked, into = [], tmp_path / "rescued.sqlite"
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(into), ""))
    app = Application(QApplication.instance(), Settings())
    window = app.open(path)
    qtbot.addWidget(window)
    assert asked and "damaged" in asked[0]
    assert window is not None and window.store.path == into and 0 < window.store.count() < count
    assert wait_for_tasks(60000)
    qtbot.wait(50)
    window.close()
    window.store.close()


def test_a_large_damaged_project_opens_for_reading_but_is_never_written(damaged, monkeypatch):
    """Large files are checked before their first write, not on opening (that stays fast)."""
    from annotator.core.types import ArticleDraft
    from annotator.store import SourceRecord
    from annotator.store import store as store_module

    path, _ = damaged
    before = path.read_bytes()
    monkeypatch.setattr(store_module, "CHECK_ON_OPEN_BYTES", 1024)
    store = Store(path)
    try:
        assert not store.verified
        for _ in range(2):  # refused every time, not only the first
            with pytest.raises(ProjectDamaged, match="salvage"):
                store.import_source(SourceRecord("new.txt", "new", ""), [ArticleDraft("怀化市洪江区新闻")])
    finally:
        store.close()
    assert path.read_bytes() == before


def test_the_app_checks_a_large_project_in_a_worker_and_offers_salvage(qtbot, damaged, tmp_path, monkeypatch):
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from annotator.store import store as store_module
    from annotator.ui.app import Application
    from annotator.ui.settings import Settings
    from annotator.ui.tasks import wait_for_tasks

    path, _ = damaged
    monkeypatch.setattr(store_module, "CHECK_ON_OPEN_BYTES", 1024)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.No)
    app = Application(QApplication.instance(), Settings())
    try:
        window = app.open(path)
    except Exception:  # reading the damaged part while showing the first article
        window = None
    if window is not None:
        qtbot.addWidget(window)
    assert wait_for_tasks(60000)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "damaged" in asked[0] and app.window is None


def test_a_write_during_the_worker_check_waits_for_its_verdict(damaged, monkeypatch):
    """The app checks a large project in a worker; an edit made before it is done waits for
    that check (and is refused when it finds damage) instead of running a second one."""
    import threading

    from annotator.core.types import ArticleDraft
    from annotator.store import SourceRecord
    from annotator.store import identity
    from annotator.store import store as store_module

    path, _ = damaged
    before = path.read_bytes()
    monkeypatch.setattr(store_module, "CHECK_ON_OPEN_BYTES", 1024)
    checks, worker_done = [], threading.Event()
    real_check = identity.check_damage
    spy = lambda *a: (checks.append(1), real_check(*a))[1]  # noqa: E731
    monkeypatch.setattr(identity, "check_damage", spy)
    monkeypatch.setattr(store_module, "check_damage", spy)
    store = Store(path)
    try:
        check = store.deferred_check()
        worker = threading.Thread(target=lambda: (worker_done.wait(), check()))
        worker.start()
        writing = threading.Timer(0.2, worker_done.set)  # the worker starts after the write is asked for
        writing.start()
        with pytest.raises(ProjectDamaged, match="salvage"):
            store.import_source(SourceRecord("new.txt", "new", ""), [ArticleDraft("怀化市洪江区新闻")])
        worker.join()
        assert len(checks) == 1  # the worker's: the write did not read the whole file again
        with pytest.raises(ProjectDamaged):  # and still refused later
            store.import_source(SourceRecord("new.txt", "new", ""), [ArticleDraft("怀化市洪江区新闻")])
    finally:
        store.close()
    assert path.read_bytes() == before


def test_a_write_after_a_clean_worker_check_is_saved(tmp_path, monkeypatch):
    from annotator.core.types import ArticleDraft
    from annotator.store import SourceRecord
    from annotator.store import store as store_module

    path = tmp_path / "project.sqlite"
    count = _project(path)
    monkeypatch.setattr(store_module, "CHECK_ON_OPEN_BYTES", 1024)
    with Store(path) as store:
        assert store.large and not store.verified
        assert store.deferred_check()() is None
        store.import_source(SourceRecord("new.txt", "new", ""), [ArticleDraft("怀化市洪江区新闻")])
    with Store(path) as store:
        assert store.count() == count + 1
