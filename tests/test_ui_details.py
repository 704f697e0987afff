"""The smaller things a reviewer meets: article numbers in a filtered queue, the import
result, the cheat sheet, plain-text tooltips, plurals, Chinese key names and format
descriptions, the command line refusing an unknown command."""
import subprocess
import sys

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from annotator.core.ops import SetStatus  # noqa: E402
from annotator.store import ArticleFilter  # noqa: E402
from tests.test_ui_keys import press, project, stored, window  # noqa: E402,F401

REPO_ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent


def test_a_filtered_queue_keeps_article_numbers_and_the_article_shown_stays_inside(qtbot, window):
    queue = window.panels.queue
    queue.search.setText("株洲市")
    qtbot.keyClick(queue.search, Qt.Key_Return)
    third = window.store.article_ids()[2]
    assert window.queue_model.ids == [third]
    from annotator.ui.panels.article_list import Column

    assert window.queue_model.index(0, Column.NUMBER).data() == 3  # its number in the project, not 1
    assert window.session.article.id == third  # the first article is outside the filter: not shown
    qtbot.waitUntil(lambda: window.status.position.text() == "Article 3 (1 of 1 in the filter)")
    window.panels.article.text.setFocus()
    press(qtbot, Qt.Key_A)  # accepting moves to the next pending article *in the filter*: none left
    assert window.session.article.id == third


def test_accept_goes_to_the_next_pending_article_the_filter_shows(qtbot, window):
    first, second, third = window.store.article_ids()
    window.session.open_article(first)
    window._filter_changed(ArticleFilter(query="亿元。"))  # first and third
    assert window.queue_model.ids == [first, third]
    window.panels.article.text.setFocus()
    press(qtbot, Qt.Key_A)
    assert window.session.article.id == third


def test_accept_in_an_ordered_queue_looks_further_ahead_in_a_worker(qtbot, window, monkeypatch):
    # The key press looks through the next LOOK_AHEAD ids of the queue itself (one query,
    # whatever the project's size); when none is pending, a worker finds the next pending one.
    from annotator.ui import queue_ahead, session

    monkeypatch.setattr(queue_ahead, "LOOK_AHEAD", 1)
    monkeypatch.setattr(session, "LOOK_AHEAD", 1)
    window._filter_changed(ArticleFilter(order="certainty"))
    first, second, third = window.queue_model.ids
    window.store.apply(SetStatus(second, "pending", "accepted", "", "other"), "other")  # by another window
    window.session.open_article(first)
    window.panels.article.text.setFocus()
    press(qtbot, Qt.Key_A)
    qtbot.waitUntil(lambda: window.session.article.id == third)  # the accepted one skipped
    assert window.store.article(first).status == "accepted"


def test_import_from_the_app_shows_its_result(qtbot, window, tmp_path, monkeypatch):
    from annotator.ui.tasks import wait_for_tasks

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    page = tmp_path / "新页.txt"
    page.write_text("新的标题\n邵阳市大祥区今年新增企业120家。\n", encoding="utf-8")
    window.flows.import_files([str(page)])
    assert wait_for_tasks(60000)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[-1].startswith("1 article added, 0 duplicates skipped, 0 problems")
    window.flows.import_files([str(page)])
    assert wait_for_tasks(60000)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "0 articles added" in shown[-1] and "1 file was imported before" in shown[-1]
    assert shown[-1] in window.statusBar().currentMessage()


def test_cheat_sheet_names_the_labels_and_the_metric_cell_keys(qtbot, window):
    from annotator.ui.dialogs.cheatsheet import CheatSheet

    sheet = CheatSheet({}, window, window.store.labels())
    qtbot.addWidget(sheet)
    rows = [tuple(sheet.table.item(r, c).text() for c in range(3)) for r in range(sheet.table.rowCount())]
    assert ("1", "Label the selection, or relabel the focused span, as PER", "Span") in rows
    assert not any("label 4" in action or "{n}" in action for _keys, action, _where in rows)
    metric_rows = [action for keys, action, where in rows if where == "Metrics panel"]
    assert any("Edit the cell" in a for a in metric_rows) and any("Approx" in a for a in metric_rows)
    assert any(keys == "Ctrl+Shift+Right" for keys, _a, _w in rows)
    assert not any("Alt+Shift" in keys for keys, _a, _w in rows)  # taken by window managers


def test_the_queue_tooltip_is_plain_text(qtbot, window):
    from annotator.core.types import ArticleDraft
    from annotator.store import SourceRecord, Store

    with Store(window.store.path) as other:
        other.import_source(SourceRecord("x.txt", "sha-x", ""), [ArticleDraft(
            "<img src=file:///etc/passwd>标题\n正文。", title="<img src=file:///etc/passwd>标题")])
    window.queue_model.reload()
    from annotator.ui.panels.article_list import Column

    tip = window.queue_model.index(3, Column.TITLE).data(Qt.ToolTipRole)
    assert "<img" not in tip and "&lt;img src=file:///etc/passwd&gt;标题" in tip


def test_counts_of_one_are_singular():
    from annotator.ui import text as T

    assert T.imported(1, 1, 1) == "1 article added, 1 duplicate skipped, 1 problem"
    assert T.imported(2, 0, 3) == "2 articles added, 0 duplicates skipped, 3 problems"
    assert T.repeated(1).startswith("Correction repeated in 1 article ")
    assert "(1 article): press P" in T.offer("add", "LOC", "怀化市", 1)
    assert T.exported(1, "out.jsonl") == "1 article exported to out.jsonl"


def test_chinese_key_names_and_format_descriptions(qtbot):
    from annotator.io.export import FORMATS
    from annotator.ui import text as T
    from annotator.ui.app import install_translations

    install_translations(QApplication.instance(), "zh_CN")
    try:
        for key in ("PgUp", "PgDown", "Delete"):
            shown = QKeySequence(key).toString(QKeySequence.NativeText)
            assert not shown.isascii(), f"{key} shows as {shown} in the Chinese interface"
        for fmt in FORMATS.values():
            assert fmt.description and not T.format_description(fmt.description).isascii(), fmt.name
        assert QCoreApplication.translate("text", "Undone: %1") == "已撤销：%1"
    finally:
        for translator in QApplication.instance()._translators:
            QApplication.instance().removeTranslator(translator)


def test_an_unknown_command_is_refused_without_opening_the_app(tmp_path):
    result = subprocess.run([sys.executable, "-m", "annotator", "no-such-command"], capture_output=True, text=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(REPO_ROOT), "ANNOTATOR_HOME": str(tmp_path),
                                               "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=60)
    assert result.returncode == 2
    assert "'no-such-command' is not a command" in result.stderr and "import" in result.stderr


def test_a_one_or_two_character_search_fills_the_queue_from_a_worker(qtbot, window):
    """No index serves two characters: the scan runs off the GUI thread, then the first hit shows."""
    window.panels.queue.search.setText("株洲")
    qtbot.keyClick(window.panels.queue.search, Qt.Key_Return)
    third = window.store.article_ids()[2]
    qtbot.waitUntil(lambda: window.queue_model.complete)
    assert window.queue_model.ids == [third]
    qtbot.waitUntil(lambda: window.session.article is not None and window.session.article.id == third)


def test_a_search_with_more_hits_than_a_page_shows_the_first_page_then_the_rest(qtbot, tmp_path):
    from annotator.core.types import ArticleDraft
    from annotator.store import SourceRecord, Store
    from annotator.ui.main_window import MainWindow
    from annotator.ui.panels import article_list
    from annotator.ui.settings import Settings

    path = tmp_path / "many.sqlite"
    count = article_list.FIRST_PAGE + 40
    with Store(path) as store:
        store.import_source(SourceRecord("m.txt", "sha-m", ""), [ArticleDraft(f"第{n}篇：怀化市新闻。") for n in range(count)])
    window = MainWindow(Store(path), Settings(), "tester")
    qtbot.addWidget(window)
    window._filter_changed(ArticleFilter(query="怀化市"))
    assert len(window.queue_model.ids) == article_list.FIRST_PAGE and not window.queue_model.complete
    window._refresh_now()
    assert window.status.position.text().endswith(f"{article_list.FIRST_PAGE}+ in the filter)")
    qtbot.waitUntil(lambda: window.queue_model.complete)
    assert window.queue_model.ids == window.store.article_ids()
    qtbot.waitUntil(lambda: window.status.position.text() == f"Article 1 (1 of {count} in the filter)")
    window.close()
    window.store.close()


def test_p_also_labels_the_rest_of_the_current_article(qtbot, window):
    from PySide6.QtGui import QTextCursor

    article = window.session.article
    start = article.text.index("引进企业")
    view = window.panels.article.text
    # two more occurrences of a new name in this article, none elsewhere
    with __import__("annotator.store", fromlist=["Store"]).Store(window.store.path) as other:
        from annotator.store import texts  # the file keeps texts as store/texts.py packs them

        other.db.execute("UPDATE articles SET text = ? WHERE id = ?",
                         [texts.pack(article.text + "引进企业两次，引进企业。"), article.id])
    window.session.open_article(article.id)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(start))
    cursor.setPosition(view.offsets.to_qt(start + 4), QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)
    press(qtbot, Qt.Key_3)
    qtbot.waitUntil(lambda: "(1 article): press P" in window.panels.article.offer.text())  # counted in a worker
    press(qtbot, Qt.Key_P)
    qtbot.waitUntil(lambda: len([e for e in stored(window).entities if e.text == "引进企业"]) == 3)  # applied in a worker
    assert [e.start for e in stored(window).entities if e.text == "引进企业"] == \
        [i for i in range(len(stored(window).text)) if stored(window).text.startswith("引进企业", i)]
