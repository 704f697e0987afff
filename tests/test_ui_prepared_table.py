"""The tag tables' next rows are drawn while the reviewer reads (ui/panels/prepared_table.py):
after A the tables paint those pictures. What the reviewer sees must not change: the same
pixels as the rows drawn the ordinary way, and the ordinary drawing again as soon as the
table shows anything the picture does not (a selected row, another window's change)."""
from dataclasses import replace

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core import ops as O  # noqa: E402
from annotator.store import Store  # noqa: E402
from tests.test_ui_prepared_text import _wait_prepared, project, steady_caret  # noqa: E402,F401


def _tables(window):
    return window.panels.entities, window.panels.metrics


def _pictures(window):
    """What each tag table shows: its cells and its vertical scroll bar."""
    QApplication.processEvents()
    return [(table.viewport().grab().toImage(), table.verticalScrollBar().grab().toImage()) for table in _tables(window)]


def _wait_table_pictures(qtbot, window):
    _wait_prepared(qtbot, window)
    qtbot.waitUntil(lambda: all(table._next_picture is not None for table in _tables(window)), timeout=3000)


def _drawn_the_ordinary_way(window, article_id):
    window.next_article._timer.stop()
    for table in _tables(window):
        table._next_picture = None
    window.session.open_article(article_id)
    window.next_article._timer.stop()
    assert all(table._picture is None for table in _tables(window))
    return _pictures(window)


def test_the_tables_after_a_look_exactly_as_drawn_the_ordinary_way(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1200, 800)
    reference = _drawn_the_ordinary_way(window, 2)
    metrics = window.panels.metrics
    assert metrics.verticalScrollBar().maximum() > 0  # more metric rows than fit: the scroll bar shows a handle

    window.session.open_article(1)
    _wait_table_pictures(qtbot, window)
    qtbot.keyClick(window.panels.article.text, Qt.Key_A)
    assert window.session.article.id == 2
    assert all(table._picture is not None for table in _tables(window))  # the pictures are what is painted
    assert metrics.verticalScrollBar().picture is not None
    assert _pictures(window) == reference

    # Tab focuses the first span: its row is selected, and the table is drawn as usual again.
    qtbot.keyClick(window.panels.article.text, Qt.Key_Tab)
    QApplication.processEvents()
    entities = window.panels.entities
    assert entities.selectionModel().hasSelection() and entities._picture is None
    selected = _pictures(window)[0][0]
    window.session.set_focus(None)
    _drawn_the_ordinary_way(window, 2)
    window.session.set_focus(window.store.article(2).entities[0])
    assert _pictures(window)[0][0] == selected


def test_rows_another_window_changed_after_they_were_drawn_are_drawn_as_stored(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1200, 800)
    window.session.open_article(1)
    _wait_table_pictures(qtbot, window)
    with Store(project) as other:  # another window changes a metric of article 2 meanwhile
        metric = other.article(2).metrics[0]
        other.apply(O.UpdateMetric(2, metric, replace(metric, unit="万元", origin="human")), "other")
    qtbot.keyClick(window.panels.article.text, Qt.Key_A)
    assert window.session.article.id == 2
    assert window.panels.metrics._picture is None
    assert window.metric_model.item(0, 2).text() == "万元"
    shown = _pictures(window)
    assert shown == _drawn_the_ordinary_way(window, 2)


def test_a_window_resized_after_the_drawing_draws_the_tables_as_usual(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1200, 800)
    window.session.open_article(1)
    _wait_table_pictures(qtbot, window)
    window.resize(1000, 700)
    QApplication.processEvents()
    qtbot.keyClick(window.panels.article.text, Qt.Key_A)
    assert window.session.article.id == 2
    assert all(table._picture is None for table in _tables(window))
    assert _pictures(window) == _drawn_the_ordinary_way(window, 2)


def test_the_texts_scroll_bar_after_a_is_drawn_as_it_draws_itself(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1200, 800)
    text = window.panels.article.text
    bar = text.verticalScrollBar()
    window.session.open_article(1)
    _wait_prepared(qtbot, window)
    qtbot.keyClick(text, Qt.Key_A)
    assert window.session.article.id == 2
    QApplication.processEvents()
    assert bar.picture is not None and bar.maximum() > 0  # the picture of the prepared scroll bar is painted
    pictured = bar.grab().toImage()
    bar.picture = None
    assert bar.grab().toImage() == pictured  # the scroll bar drawn by the style, in the same state

    window.session.open_article(1)
    _wait_prepared(qtbot, window)
    qtbot.keyClick(text, Qt.Key_A)
    QApplication.processEvents()
    assert bar.picture is not None
    bar.setValue(3)  # scrolled: drawn as usual from then on
    bar.grab()
    assert bar.picture is None
