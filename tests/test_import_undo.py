"""Undoing an import: one step takes back everything the import added (every file of it),
the files can then be imported again; refused, with nothing lost, once anyone has worked
on an imported article; in the window, Ctrl+Z after an import empties the queue of it."""
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


def test_an_undone_import_is_not_redone_but_says_how(project, pages):
    with Store(project) as store:
        import_paths(store, pages, actor="ann")
        store.undo("ann")
        assert store.redo_name("ann") == "Import"
        with pytest.raises(Conflict, match="import its files again"):
            store.redo("ann")
        assert store.redo_name("ann") is None and _texts(store) == ["旧文章"]


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
