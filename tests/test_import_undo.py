"""Undoing an import: one step takes back everything the import added (every file of it),
the files can then be imported again; refused, with nothing lost, once anyone has worked
on an imported article; redo puts it back exactly as it was. In the window, Ctrl+Z after
an import runs in a worker behind the cancellable progress dialog and empties the queue of
it; Ctrl+Y brings it back; a cancelled undo changes nothing."""
import sqlite3

import pytest

from annotator.io.importer import import_paths
from annotator.store import Conflict, Store


def _page(folder, name: str, body: str):
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture
def pages(tmp_path):
    return [_page(tmp_path, "一.txt", "第一篇\n邵阳市大祥区今年新增企业120家。\n"),
            _page(tmp_path, "二.txt", "第二篇\n长沙市开福区新建学校3所，投入资金2300万元。\n")]


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "project.sqlite"
    with Store(path) as store:
        import_paths(store, [_page(tmp_path, "旧.txt", "旧文章\n株洲市芦淞区服饰产业年产值超过600亿元。\n")], actor="ann")
        store.undo("ann")  # the first import, taken back and brought in again: a step like any
        import_paths(store, [tmp_path / "旧.txt"], actor="ann")
    return path


def _texts(store: Store) -> list[str]:
    return sorted(store.article(i).text.splitlines()[0] for i in store.article_ids())


def test_one_undo_takes_back_a_whole_import_and_the_files_import_again(project, pages):
    with Store(project) as store:
        report = import_paths(store, pages, actor="ann")
        assert report.added == 2 and _texts(store) == ["旧文章", "第一篇", "第二篇"]
        assert store.undo_name("ann") == "Import"
        changes = store.undo("ann")
        assert changes.articles and _texts(store) == ["旧文章"]
        assert store.status_counts().get("pending") == 1
        again = import_paths(store, pages, actor="ann")  # not "imported before": the files are free again
        assert again.added == 2 and not any(r.already_imported for r in again.results)
        assert _texts(store) == ["旧文章", "第一篇", "第二篇"]


def _rows(path) -> dict:
    """Every row an import writes, ids included (history and undo list aside)."""
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("sources", "articles", "entities", "metrics")}
    finally:
        conn.close()


def test_redo_puts_an_undone_import_back_exactly_and_undo_takes_it_again(project, pages):
    with Store(project) as store:
        import_paths(store, pages, actor="ann")
    imported = _rows(project)
    assert len(imported["articles"]) == 3 and imported["entities"] and imported["metrics"]
    with Store(project) as store:
        store.undo("ann")
        assert _texts(store) == ["旧文章"] and store.redo_name("ann") == "Import"
    with Store(project) as store:  # a restart between undo and redo: the rows are kept in the project
        changes = store.redo("ann")
        assert changes.articles and changes.kind == "redo"
        assert store.undo_name("ann") == "Import" and store.redo_name("ann") is None
    assert _rows(project) == imported  # same articles, spans and file records, same ids
    with Store(project) as store:
        store.undo("ann")
        assert _texts(store) == ["旧文章"]
        store.redo("ann")
        assert _texts(store) == ["旧文章", "第一篇", "第二篇"]
        assert next(store.article(i) for i in store.article_ids() if "大祥区" in store.article(i).text).entities
    assert _rows(project) == imported


def test_redo_is_refused_once_the_files_were_imported_again(project, pages):
    with Store(project) as store:
        import_paths(store, pages, actor="ann")
        store.undo("ann")
        import_paths(store, pages, actor="bob")  # someone imported the same files meanwhile
        with pytest.raises(Conflict, match="was imported again since"):
            store.redo("ann")
        assert store.redo_name("ann") is None
        assert _texts(store) == ["旧文章", "第一篇", "第二篇"]  # bob's import stands, nothing twice


def test_a_cancelled_undo_of_an_import_changes_nothing(project, pages):
    from annotator.core.ops import Cancelled

    with Store(project) as store:
        import_paths(store, pages, actor="ann")
    before = _rows(project)
    with Store(project) as store:
        with pytest.raises(Cancelled):
            store.undo("ann", cancelled=lambda: True)
        assert store.undo_name("ann") == "Import"  # still there to undo
    assert _rows(project) == before


def test_undo_is_refused_once_an_imported_article_was_reviewed(project, pages):
    from annotator.core import ops as O

    with Store(project) as store:
        import_paths(store, pages, actor="ann")
    with Store(project) as other:  # another window accepts one of the new articles
        article = next(other.article(i) for i in other.article_ids() if other.article(i).text.startswith("第二篇"))
        other.apply(O.SetStatus(article.id, "pending", "accepted", "", "bob"), "bob")
    with Store(project) as store:
        with pytest.raises(Conflict, match=f"article {article.id} of the import was changed since"):
            store.undo("ann")
        assert _texts(store) == ["旧文章", "第一篇", "第二篇"]  # nothing of the import, nor bob's work, is lost
        assert store.article(article.id).status == "accepted"


def test_ctrl_z_after_an_import_in_the_window(qtbot, review_window, project, pages):
    pytest.importorskip("PySide6")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = review_window(project, reviewer="ann")
    with qtbot.waitSignal(window.flows.imported, timeout=60_000):
        window.flows.run_import([str(p) for p in pages], "importing")
    qtbot.waitUntil(lambda: len(window.queue_model.ids) == 3)
    window.session.open_article(window.queue_model.ids[-1])  # looking at one of the new articles
    window.panels.article.text.setFocus()
    QApplication.processEvents()
    assert window.actions_["edit.undo"].text().endswith("Import")
    qtbot.keyClick(window.panels.article.text, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: len(window.queue_model.ids) == 1)
    assert window.session.article is not None and window.session.article.text.startswith("旧文章")
    qtbot.waitUntil(lambda: window.status.counts.text().startswith("pending 1 "))  # counted again


def test_ctrl_z_and_ctrl_y_of_an_import_run_in_a_worker_and_cancel_leaves_it(qtbot, review_window, project, pages):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = review_window(project, reviewer="ann")
    with qtbot.waitSignal(window.flows.imported, timeout=60_000):
        window.flows.run_import([str(p) for p in pages], "importing")
    qtbot.waitUntil(lambda: len(window.queue_model.ids) == 3)
    text = window.panels.article.text
    text.setFocus()
    QApplication.processEvents()

    # Cancelled: another window holds the project while the worker waits, the reviewer stops it
    with Store(project) as other:
        other.db.conn.execute("BEGIN IMMEDIATE")
        qtbot.keyClick(text, Qt.Key_Z, Qt.ControlModifier)
        assert window.session.step_task is not None
        window.session.step_task.cancel()
        other.db.conn.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not window.session._stepping, timeout=30_000)
    QApplication.processEvents()
    assert window.statusBar().currentMessage().startswith("Stopped")
    assert len(window.queue_model.ids) == 3 and window.actions_["edit.undo"].text().endswith("Import")

    qtbot.keyClick(text, Qt.Key_Z, Qt.ControlModifier)  # the key handler returns at once ...
    assert window.session._stepping
    qtbot.waitUntil(lambda: len(window.queue_model.ids) == 1, timeout=30_000)  # ... the worker takes it back
    qtbot.waitUntil(lambda: window.actions_["edit.redo"].text().endswith("Import"))
    text.setFocus()
    qtbot.keyClick(text, Qt.Key_Y, Qt.ControlModifier)
    qtbot.waitUntil(lambda: len(window.queue_model.ids) == 3, timeout=30_000)
    with Store(project) as store:
        assert _texts(store) == ["旧文章", "第一篇", "第二篇"]
    qtbot.waitUntil(lambda: window.status.counts.text().startswith("pending 3 "))
