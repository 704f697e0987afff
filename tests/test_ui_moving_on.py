"""What A (and J) leave the window doing: the tag tables show the next article's rows as
stored (built while the reviewer read, or filled in place), texts that change at every
article do not lay the window out again, and the status bar is brought up to date in the
same paint as the text."""
from dataclasses import replace

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core import ops as O  # noqa: E402
from annotator.store import Store  # noqa: E402
from annotator.ui.panels.entity_panel import Column, group_entities  # noqa: E402
from annotator.ui.tasks import wait_for_tasks  # noqa: E402
from tests.test_ui_prepared_text import _wait_prepared, project  # noqa: E402,F401


def _entity_rows(window):
    model = window.entity_model
    return [(model.item(n, Column.TEXT).text(), model.item(n, Column.LABEL).text(), model.item(n, Column.COUNT).text())
            for n in range(model.rowCount())]


def _stored_rows(window, article_id):
    labels = {label.name: n for n, label in enumerate(window.entity_model.labels)}
    return [(g.text, g.label, f"×{len(g.mentions)}") for g in group_entities(window.store.article(article_id).entities, labels)]


def test_the_tag_tables_put_in_the_rows_built_while_the_reviewer_read(qtbot, review_window, project):
    window = review_window(project)
    text = window.panels.article.text
    window.session.open_article(1)
    _wait_prepared(qtbot, window)
    prepared_item = window.entity_model.twin.item(0, 0)
    qtbot.keyClick(text, Qt.Key_A)
    assert window.session.article.id == 2
    assert window.entity_model.item(0, 0) is prepared_item  # put in, not filled cell by cell
    assert _entity_rows(window) == _stored_rows(window, 2)
    metrics = window.metric_model
    assert metrics.rowCount() == len(window.store.article(2).metrics) and metrics.item(0, 0).text() == "5.31亿元"


def test_rows_built_before_another_window_changed_the_article_are_not_shown(qtbot, review_window, project):
    window = review_window(project)
    window.session.open_article(1)
    _wait_prepared(qtbot, window)
    with Store(project) as other:  # another window relabels a span of article 2 meanwhile
        entity = other.article(2).entities[0]
        other.apply(O.UpdateEntity(2, entity, replace(entity, label="ORG", origin="human")), "other")
    qtbot.keyClick(window.panels.article.text, Qt.Key_A)
    assert window.session.article.id == 2
    rows = _entity_rows(window)
    assert rows == _stored_rows(window, 2) and (entity.text, "ORG", "×1") in rows


def test_moving_on_without_a_prepared_article_fills_the_tables_with_its_rows(qtbot, review_window, project):
    window = review_window(project)
    for article_id in (1, 3, 2, 4):  # J, G: nothing prepared for these
        window.next_article._timer.stop()
        window.session.open_article(article_id)
        assert _entity_rows(window) == _stored_rows(window, article_id)


class _LayoutRequests(QObject):
    def __init__(self, widgets):
        super().__init__()
        self.widgets, self.count, self.seen = widgets, 0, []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.LayoutRequest and watched in self.widgets:
            self.count += 1
            self.seen.append(type(watched).__name__)
        return False


def test_a_new_header_or_status_text_lays_nothing_out_again(qtbot, review_window, project):
    window = review_window(project)
    assert wait_for_tasks()  # the counts per status are in (their label has grown to them)
    qtbot.wait(100)
    bar, pane = window.statusBar(), window.panels.article
    window.status.position.setText("Article 100,000 (100,000 of 100,000 in the filter)")  # the widest yet: it grows
    window.status.saved.setText("Saved: Set status")
    pane.header.setText("page.txt · article 100,000 · pending")
    qtbot.wait(50)  # the bar laid out once for the wider texts
    requests = _LayoutRequests({bar, pane, window.splitter, window})
    QApplication.instance().installEventFilter(requests)
    try:
        for number in (2, 3, 4):
            window.status.position.setText(f"Article {number} ({number} of 4)")
            window.status.saved.setText("Saved: Set status" if number % 2 else "")
            pane.header.setText(f"page.txt · article {number} · accepted · by someone with a rather long name")
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(requests)
    assert requests.count == 0, requests.seen
    assert window.status.position.text() == "Article 4 (4 of 4)"
    assert pane.header.text().startswith("page.txt · article 4")
    assert window.status.position.width() >= window.status.position.fontMetrics().horizontalAdvance("Article 4 (4 of 4)")


class _StatusAtFirstPaint(QObject):
    def __init__(self, window):
        super().__init__()
        self.window, self.seen = window, None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint and watched is self.window.panels.article.text.viewport() and self.seen is None:
            self.seen = self.window.status.position.text()
        return False


def test_the_status_bar_is_up_to_date_when_the_next_text_is_first_painted(qtbot, review_window, project):
    window = review_window(project)
    window.session.open_article(1)
    QApplication.processEvents()
    watcher = _StatusAtFirstPaint(window)
    QApplication.instance().installEventFilter(watcher)
    try:
        qtbot.keyClick(window.panels.article.text, Qt.Key_A)
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert window.session.article.id == 2
    assert watcher.seen is not None and watcher.seen.startswith("Article 2 (2 of 4")
