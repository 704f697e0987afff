"""The desktop app driven from the keyboard, on a real project file."""
from decimal import Decimal

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from annotator.core.types import ArticleDraft, Metric  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

FIRST = "第一篇\n𠮷野家😀在怀化市洪江区开店，完成投资5.31亿元。"
SECOND = "第二篇\n长沙市开福区新建学校三所，投入资金2300余万元。"
THIRD = "第三篇\n株洲市芦淞区服饰产业年产值超过600亿元。"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "review.sqlite"
    with Store(path) as store:
        start = FIRST.index("5.31")
        metric = Metric(start, start + 6, "5.31亿元", Decimal("531000000"), "元")
        drafts = [ArticleDraft(FIRST, title="第一篇", metrics=(metric,)), ArticleDraft(SECOND, title="第二篇"),
                  ArticleDraft(THIRD, title="第三篇")]
        store.import_source(SourceRecord("page.txt", "sha-page", "\n".join([FIRST, SECOND, THIRD])), drafts)
    return path


@pytest.fixture
def open_window(review_window, project):
    return lambda: review_window(project)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


def select(window, start: int, end: int) -> None:
    """Select Python indices [start, end) in the article text, as a reader dragging would."""
    view = window.panels.article.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(start))
    cursor.setPosition(view.offsets.to_qt(end), QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)


def key(qtbot, window, k, modifiers=Qt.NoModifier):
    """A key press, after the event loop has run (as between a reader's key presses): the
    window refreshes once per turn of the loop."""
    QApplication.processEvents()
    qtbot.keyClick(window.panels.article.text, k, modifiers)
    QApplication.processEvents()


def test_label_adjust_delete_and_accept_from_the_keyboard(qtbot, open_window):
    window = open_window()
    article = window.session.article
    assert article.text.startswith("第一篇\n𠮷野家😀")
    start = article.text.index("怀化市")
    select(window, start, start + 3)
    key(qtbot, window, Qt.Key_2)  # LOC
    (entity,) = window.store.article(article.id).entities
    assert (entity.label, entity.text, entity.start) == ("LOC", "怀化市", start)
    assert window.session.focus == ("entity", entity.id)

    for _ in range(3):
        key(qtbot, window, Qt.Key_Right, Qt.ControlModifier | Qt.ShiftModifier)  # grow the end
    (entity,) = window.store.article(article.id).entities
    assert entity.text == "怀化市洪江区"

    key(qtbot, window, Qt.Key_1)  # relabel the focused span
    assert window.store.article(article.id).entities[0].label == "PER"
    key(qtbot, window, Qt.Key_Delete)
    assert window.store.article(article.id).entities == ()

    key(qtbot, window, Qt.Key_A)
    assert window.store.article(article.id).status == "accepted"
    assert window.session.article.text.startswith("第二篇")


def test_offsets_after_characters_beyond_the_bmp(qtbot, open_window):
    window = open_window()
    article = window.session.article
    start = article.text.index("野家")
    select(window, start, start + 2)
    key(qtbot, window, Qt.Key_3)
    (entity,) = window.store.article(article.id).entities
    assert entity.text == "野家" and article.text[entity.start:entity.end] == "野家"
    view = window.panels.article.text
    view.set_focused(entity)
    assert view.textCursor().position() == start + 1  # 𠮷 is two UTF-16 units before it


def test_metric_value_edited_in_the_table_and_bad_value_refused(qtbot, open_window, warnings):
    from annotator.ui.panels.metric_panel import Column

    window = open_window()
    model = window.metric_model
    model.setData(model.index(0, Column.VALUE), "5.32亿", Qt.EditRole)
    assert window.store.article(window.session.article.id).metrics[0].value == Decimal("532000000")
    model.setData(model.index(0, Column.VALUE), "五点三", Qt.EditRole)
    qtbot.waitUntil(lambda: bool(warnings))  # shown once the editor has closed
    assert "五点三" in warnings[-1]
    assert window.store.article(window.session.article.id).metrics[0].value == Decimal("532000000")


def test_undo_goes_back_across_articles_and_changes_survive_a_restart(qtbot, open_window):
    window = open_window()
    first = window.session.article
    start = first.text.index("洪江区")
    select(window, start, start + 3)
    key(qtbot, window, Qt.Key_2)
    key(qtbot, window, Qt.Key_A)  # accept first -> on second
    key(qtbot, window, Qt.Key_X)  # reject second -> on third
    assert window.session.article.text.startswith("第三篇")
    key(qtbot, window, Qt.Key_Z, Qt.ControlModifier)  # undo the reject: back on the second
    assert window.session.article.text.startswith("第二篇")
    assert window.session.article.status == "pending"
    key(qtbot, window, Qt.Key_Z, Qt.ControlModifier)  # undo the accept: back on the first
    assert window.session.article.id == first.id and window.session.article.status == "pending"
    key(qtbot, window, Qt.Key_Z, Qt.ShiftModifier | Qt.ControlModifier)  # redo the accept
    assert window.store.article(first.id).status == "accepted"
    window.close()
    window.store.close()

    again = open_window()
    restored = again.store.article(first.id)
    assert restored.status == "accepted" and restored.entities[0].text == "洪江区"
    assert again.store.undo_name("tester") == "Set status"


def test_review_keys_do_not_fire_while_typing_in_the_search_box(qtbot, open_window):
    window = open_window()
    first = window.session.article
    search = window.panels.queue.search
    search.setFocus()
    qtbot.keyClicks(search, "ax")
    assert search.text() == "ax"
    assert window.store.article(first.id).status == "pending"


def test_search_filters_the_queue(qtbot, open_window):
    window = open_window()
    window.panels.queue.search.setText("开福区")
    qtbot.keyClick(window.panels.queue.search, Qt.Key_Return)
    assert len(window.queue_model.ids) == 1


def test_repeat_a_correction_in_all_pending_articles(qtbot, open_window):
    window = open_window()
    with Store(window.store.path) as other:
        other.import_source(SourceRecord("more.txt", "sha-more", "x"),
                            [ArticleDraft("怀化市的另一篇报道提到怀化市。"), ArticleDraft("这里没有地名。")])
    article = window.session.article
    start = article.text.index("怀化市")
    select(window, start, start + 3)
    key(qtbot, window, Qt.Key_2)
    qtbot.waitUntil(lambda: "P" in window.panels.article.offer.text())  # counted in a worker
    assert window.panels.article.offer.isVisible()
    key(qtbot, window, Qt.Key_P)
    qtbot.waitUntil(lambda: "Correction repeated" in window.statusBar().currentMessage())  # applied in a worker
    repeated = [a for a in map(window.store.article, window.store.article_ids()) if a.text.startswith("怀化市的")]
    assert [e.text for e in repeated[0].entities] == ["怀化市", "怀化市"]
    key(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert window.store.article(repeated[0].id).entities == ()


def test_keymap_has_no_clashes_and_every_action_a_handler(qtbot, open_window):
    from annotator.ui import keymap

    window = open_window()
    assert keymap.problems({}, window._handlers()) == []
    assert keymap.problems({"review.accept": ["X"]}) != []
    assert keymap.problems({"no.such.action": ["F9"]}) != []


def test_m_marks_a_metric_with_value_and_unit_prefilled(qtbot, open_window):
    window = open_window()
    window.session.step(1)
    article = window.session.article
    second_start = article.text.index("2300余万元")
    select(window, second_start, second_start + len("2300余万元"))
    key(qtbot, window, Qt.Key_M)
    (metric,) = [m for m in window.store.article(article.id).metrics if m.origin == "human"]
    assert (metric.text, metric.value, metric.unit, metric.approx) == ("2300余万元", Decimal("23000000"), "元", True)
