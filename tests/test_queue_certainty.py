"""The queue least certain first (issue 13): each article's certainty is the lowest
confidence of its proposed entities, kept by the store whichever edit changes them; the
queue lists pending articles first, least certain first, and Ctrl+U switches to it and
back, kept across restarts."""
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.core import ops as O
from annotator.core.types import ArticleDraft, Entity
from annotator.store import ArticleFilter, SourceRecord, Store

sys.path.insert(0, str(Path(__file__).parent))

from test_reliability_store import _old_project  # noqa: E402

CERTAIN = ArticleFilter(order="certainty")


def _entity(text, phrase, confidence, label="LOC"):
    start = text.index(phrase)
    return Entity(start, start + len(phrase), label, phrase, "auto", confidence=confidence)


def _texts():
    return [f"第{n}篇\n怀化市洪江区今年完成投资，长沙市开福区新建学校{n}所。" for n in range(5)]


@pytest.fixture
def project(tmp_path):
    """Five articles: confidences (0.9, 0.5), (0.3, 0.8), none, (0.6), (0.95)."""
    path = tmp_path / "certainty.sqlite"
    texts = _texts()
    confidences = [(0.9, 0.5), (0.3, 0.8), (), (0.6,), (0.95,)]
    drafts = []
    for text, pair in zip(texts, confidences):
        entities = [_entity(text, phrase, c) for phrase, c in zip(("怀化市", "长沙市"), pair)]
        drafts.append(ArticleDraft(text, title=text.split("\n")[0], entities=tuple(entities)))
    with Store(path) as store:
        store.import_source(SourceRecord("page.txt", "sha", "\n".join(texts)), drafts)
    return path


def test_pending_articles_come_first_the_least_certain_first(project):
    with Store(project) as store:
        assert store.article_ids(CERTAIN) == [2, 1, 4, 5, 3]  # 0.3, 0.5, 0.6, 0.95, none
        assert store.article_ids(ArticleFilter()) == [1, 2, 3, 4, 5]
        store.apply(O.SetStatus(2, "pending", "accepted"), "r")
        assert store.article_ids(CERTAIN) == [1, 4, 5, 3, 2]  # reviewed ones after the pending ones
        assert store.article_ids(ArticleFilter(("pending",), order="certainty")) == [1, 4, 5, 3]
        assert store.article_ids(ArticleFilter(("accepted",), order="certainty")) == [2]
        assert store.article_ids(ArticleFilter(query="开福区", order="certainty")) == [1, 4, 5, 3, 2]
        # pages of the certainty order, as the queue reads them (first page, then the rest)
        assert store.article_ids(CERTAIN, limit=2) + store.article_ids(CERTAIN, offset=2) == [1, 4, 5, 3, 2]
        assert [store.queue_rows([i])[i].certainty for i in (1, 3)] == [0.5, None]


def test_certainty_follows_the_edits_that_change_the_proposals(project):
    with Store(project) as store:
        def certainty(article_id):
            return store.queue_rows([article_id])[article_id].certainty

        article = store.article(2)
        doubtful = next(e for e in article.entities if e.confidence == 0.3)
        store.apply(O.RemoveEntity(2, doubtful), "r")  # dropped: the other proposal is the least certain now
        assert certainty(2) == 0.8
        store.undo("r")
        assert certainty(2) == 0.3
        kept = next(e for e in store.article(2).entities if e.confidence == 0.3)
        store.apply(O.UpdateEntity(2, kept, replace(kept, origin="human")), "r")  # Y: no longer a proposal
        assert certainty(2) == 0.8
        text = store.article(3).text
        store.apply(O.AddEntity(3, _entity(text, "洪江区", 0.2)), "r")  # a new proposal (re-extraction)
        assert certainty(3) == 0.2 and store.article_ids(CERTAIN)[0] == 3
        store.apply(O.AddEntity(3, Entity(*_span(text, "开福区"), "LOC", "开福区", "human")), "r")
        assert certainty(3) == 0.2  # a reviewer's span has no confidence


def _span(text, phrase):
    start = text.index(phrase)
    return start, start + len(phrase)


def test_an_older_project_gets_its_certainties_when_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    _old_project(path, 9, articles=3)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO entities (article_id, start, \"end\", label, text, origin, confidence) "
                 "VALUES (3, 0, 2, 'LOC', '第2', 'auto', 0.4), (3, 0, 3, 'LOC', '第2篇', 'auto', 0.7)")
    conn.close()
    with Store(path) as store:
        assert store.backup is not None and ".v9-backup-" in store.backup.name
        assert store.queue_rows([3])[3].certainty == 0.4 and store.queue_rows([1])[1].certainty is None
        assert store.article_ids(ArticleFilter(order="certainty")) == [3, 1, 2]  # all reviewed: 0.4 first


def test_spans_moved_to_another_article_take_their_certainty_along(project):
    with Store(project) as store:  # what a merge does to the spans of the article merged in
        store.db.execute("UPDATE entities SET article_id = 1 WHERE article_id = 2")
        rows = store.queue_rows([1, 2])
        assert rows[1].certainty == 0.3 and rows[2].certainty is None


# -- the queue from the keyboard ---------------------------------------------------------------
def _press(qtbot, key, modifiers=None):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers or Qt.NoModifier)
    QApplication.processEvents()


def _queue_column(window, name):
    from annotator.ui.panels.article_list import Column

    model = window.queue_model
    return [model.data(model.index(row, Column[name])) for row in range(model.rowCount())]


def test_ctrl_u_orders_the_queue_least_certain_first_and_accepting_follows_that_order(qtbot, review_window, project):
    from PySide6.QtCore import Qt

    from annotator.ui.panels.article_list import Column

    window = review_window(project)
    table = window.panels.queue.table
    assert table.isColumnHidden(Column.CERTAINTY) and _queue_column(window, "NUMBER") == [1, 2, 3, 4, 5]
    _press(qtbot, Qt.Key_U, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.queue_model.complete)
    assert _queue_column(window, "NUMBER") == [2, 1, 4, 5, 3]
    assert _queue_column(window, "CERTAINTY") == ["0.30", "0.50", "0.60", "0.95", ""]
    assert not table.isColumnHidden(Column.CERTAINTY)
    assert window.panels.queue.order.currentData() == "certainty"
    window.session.open_article(2)
    window.panels.article.text.setFocus()
    qtbot.waitUntil(window.panels.article.text.hasFocus)
    _press(qtbot, Qt.Key_A)  # accepted: on to the next least certain, not the next number
    assert window.store.article(2).status == "accepted" and window.session.article.id == 1
    _press(qtbot, Qt.Key_A)
    assert window.session.article.id == 4
    assert _queue_column(window, "NUMBER") == [2, 1, 4, 5, 3]  # rows stay in place while reviewing
    window.close()

    again = review_window(project)  # the order is kept across restarts
    qtbot.waitUntil(lambda: again.queue_model.complete)
    assert again.panels.queue.order.currentData() == "certainty"
    assert _queue_column(again, "NUMBER") == [4, 5, 3, 2, 1]  # the reviewed ones now after the pending
    assert again.session.article.id == 4
    _press(qtbot, Qt.Key_U, Qt.ControlModifier)  # and back to article numbers
    assert _queue_column(again, "NUMBER") == [1, 2, 3, 4, 5] and again.panels.queue.table.isColumnHidden(Column.CERTAINTY)
