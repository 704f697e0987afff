"""The app around the review loop: first launch, settings kept between runs, import in a
worker, the label manager, the cheat sheet, the Chinese interface."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from annotator.core.types import ArticleDraft, Label  # noqa: E402
from annotator.store import ArticleFilter, SourceRecord, Store  # noqa: E402
from annotator.ui.tasks import wait_for_tasks  # noqa: E402


def _wait_for_workers(qtbot):
    assert wait_for_tasks(60000)
    qtbot.wait(50)  # deliver the finished signals queued on the GUI thread


@pytest.fixture
def application(qtbot, monkeypatch):
    from annotator.ui.app import Application
    from annotator.ui.settings import Settings

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: None)
    app = Application(QApplication.instance(), Settings())
    yield app
    _wait_for_workers(qtbot)
    if app.window is not None:
        import shiboken6

        if shiboken6.isValid(app.window):  # qtbot may have deleted the widget it was given already
            app.window.close()
        app.window.store.close()


def test_first_launch_opens_the_default_project_with_the_sample_pages(qtbot, application):
    from annotator.paths import default_project

    window = application.open(default_project())
    qtbot.addWidget(window)
    _wait_for_workers(qtbot)
    assert len(window.queue_model.ids) >= 15
    assert window.session.article is not None and window.session.article.entities


def test_filters_last_article_and_window_state_come_back(qtbot, application, tmp_path):
    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        store.import_source(SourceRecord("a.txt", "sha-a", ""), [ArticleDraft(f"第{n}篇，怀化市。") for n in range(1, 6)])
    window = application.open(path)
    qtbot.addWidget(window)
    window.session.goto(3)
    third = window.session.article.id
    window.panels.queue.search.setText("怀化市")
    qtbot.keyClick(window.panels.queue.search, Qt.Key_Return)
    window.resize(780, 560)  # within the offscreen screen, so the geometry comes back as is
    window.show()
    window.splitter.setSizes([230, 330, 200])
    saved_sizes = window.splitter.sizes()
    window.close()
    window.store.close()
    application.window = None

    again = application.open(path)
    qtbot.addWidget(again)
    assert again.panels.queue.search.text() == "怀化市"
    assert again.queue_model.filter == ArticleFilter((), "", "怀化市")
    assert again.session.article.id == third
    assert again.splitter.sizes() == saved_sizes
    assert str(path) in application.settings.get("recent_projects")


def test_import_in_a_worker_reports_bad_files_and_imports_the_rest(qtbot, application, tmp_path):
    path = tmp_path / "p.sqlite"
    window = application.open(path)
    qtbot.addWidget(window)
    good = tmp_path / "页面 一.txt"
    good.write_text("标题在这里\n怀化市洪江区今年完成投资5.31亿元。\n", encoding="gb18030")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    reports = []
    window.flows.imported.connect(reports.append)
    window.flows.run_import([str(good), str(empty)], "importing")
    _wait_for_workers(qtbot)
    (report,) = reports
    assert report.added == 1 and [p.file for p in report.problems] == ["empty.txt"]
    assert len(window.queue_model.ids) == 1
    assert "5.31亿元" in window.session.article.text


def test_a_label_added_in_the_manager_gets_the_next_number_key(qtbot, application, tmp_path):
    window = application.open(tmp_path / "p.sqlite")
    qtbot.addWidget(window)
    window.store.save_label(Label("PRODUCT", "entity", "#123456", "4", 9))
    window._labels_changed()
    with Store(window.store.path) as other:
        other.import_source(SourceRecord("a.txt", "sha-a", ""), [ArticleDraft("湘中制药生产的感冒灵颗粒。")])
    window.queue_model.reload()
    window.session.open_article(window.queue_model.ids[0])
    from PySide6.QtGui import QTextCursor

    view = window.panels.article.text
    cursor = QTextCursor(view.document())
    start = window.session.article.text.index("感冒灵颗粒")
    cursor.setPosition(start)
    cursor.setPosition(start + 5, QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)
    window.session.label_with_key("4")
    assert [(e.label, e.text) for e in window.store.article(window.session.article.id).entities] == [("PRODUCT", "感冒灵颗粒")]


def test_cheat_sheet_lists_every_key(qtbot):
    from annotator.ui.dialogs.cheatsheet import CheatSheet

    sheet = CheatSheet({})
    qtbot.addWidget(sheet)
    rows = [(sheet.table.item(r, 0).text(), sheet.table.item(r, 1).text()) for r in range(sheet.table.rowCount())]
    assert any(keys.startswith("A") and "Accept" in action for keys, action in rows)
    assert any("Ctrl+Z" in keys for keys, _ in rows)


def test_chinese_interface(qtbot, application, tmp_path):
    from annotator.ui.app import install_translations

    install_translations(QApplication.instance(), "zh_CN")
    try:
        assert QCoreApplication.translate("keymap", "&File") == "文件(&F)"
        window = application.open(tmp_path / "p.sqlite")
        qtbot.addWidget(window)
        assert [m.title() for m in window.menuBar().findChildren(type(window.menus["File"]))][:1] == ["文件(&F)"]
    finally:
        for translator in QApplication.instance()._translators:
            QApplication.instance().removeTranslator(translator)


def test_export_from_the_app_runs_in_a_worker_and_writes_each_split(qtbot, application, tmp_path):
    from annotator.ui.dialogs.export_dialog import ExportRequest
    from annotator.ui.flows import export_job
    from annotator.ui.tasks import run_task

    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        store.import_source(SourceRecord("a.txt", "sha-a", ""), [ArticleDraft(f"第{n}篇，怀化市。") for n in range(40)])
    window = application.open(path)
    qtbot.addWidget(window)
    results = []
    request = ExportRequest(tmp_path / "out.jsonl", "jsonl", ("pending",), "train=0.5,test=0.5", 7)
    run_task(export_job(path, request), results.append, parent=window)
    _wait_for_workers(qtbot)
    (written,) = results
    counts = {p.name: int(r) for p, r in written}
    assert set(counts) == {"out.train.jsonl", "out.test.jsonl"} and sum(counts.values()) == 40
    assert all((tmp_path / name).read_text(encoding="utf-8").count("\n") == n for name, n in counts.items())
