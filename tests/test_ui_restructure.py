"""Fixing a page's split from the keyboard (issue 17): merge with the previous or next
article, split at the caret's line, edit title and subtitle; each one undoable step, with
the spans carried along, on a real project file."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from annotator.core.types import ArticleDraft, Entity  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

FIRST = "资兴市织密住房保障网\n资兴市不断加大住房保障力度，按人均住房面积发放4至6元/平方米不"
SECOND = "等的租赁补贴，谢名香成为首批受益者。\n桂阳县烟叶丰收\n桂阳县太和镇长乐村的烟农彭卫华笑着说。"


def entity(text: str, label: str, needle: str) -> Entity:
    start = text.index(needle)
    return Entity(start, start + len(needle), label, needle, "human")


@pytest.fixture
def window(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    path = tmp_path / "split.sqlite"
    with Store(path) as store:
        drafts = [
            ArticleDraft(FIRST, title="资兴市织密住房保障网", entities=(entity(FIRST, "LOC", "资兴市"),)),
            ArticleDraft(SECOND, title="等的租赁补贴", entities=(entity(SECOND, "PER", "谢名香"), entity(SECOND, "PER", "彭卫华"))),
        ]
        store.import_source(SourceRecord("page.txt", "sha-page", FIRST + "\n" + SECOND), drafts)
    opened = MainWindow(Store(path), Settings(), "tester")
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    opened.panels.article.text.setFocus()
    yield opened
    opened.store.close()


def key(qtbot, window, k, modifiers=Qt.NoModifier):
    qtbot.keyClick(window.panels.article.text, k, modifiers)
    qtbot.wait(20)  # the window's coalesced refresh (action states) runs before the next key


def caret_at(window, index: int) -> None:
    view = window.panels.article.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(index))
    view.setTextCursor(cursor)


def spans_in_place(article) -> bool:
    return all(article.text[e.start:e.end] == e.text for e in article.entities)


def test_merge_with_the_next_article_and_undo(qtbot, window):
    first = window.session.article
    assert first.text == FIRST and len(window.store.article_ids()) == 2
    key(qtbot, window, Qt.Key_Down, Qt.ControlModifier | Qt.ShiftModifier)
    merged = window.store.article(first.id)
    assert merged.text == FIRST + "\n" + SECOND and len(window.store.article_ids()) == 1
    assert sorted(e.text for e in merged.entities) == ["彭卫华", "谢名香", "资兴市"] and spans_in_place(merged)
    assert window.session.article.id == first.id
    assert window.store.undo_name("tester") == "Merge articles"
    key(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert len(window.store.article_ids()) == 2
    assert list(window.queue_model.ids) == window.store.article_ids()  # the queue shows it again
    assert window.store.article(first.id).text == FIRST
    second = window.store.article(window.store.article_ids()[1])
    assert second.text == SECOND and second.title == "等的租赁补贴" and spans_in_place(second)


def test_merge_into_the_previous_article(qtbot, window):
    first = window.session.article
    key(qtbot, window, Qt.Key_J)  # to the second article
    assert window.session.article.text == SECOND
    key(qtbot, window, Qt.Key_Up, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session.article.id == first.id
    assert window.session.article.text.endswith("平方米不\n" + SECOND)


def test_split_at_the_caret_line_titles_the_new_part_and_undo_joins_again(qtbot, window):
    key(qtbot, window, Qt.Key_J)
    second = window.session.article
    caret_at(window, SECOND.index("桂阳县烟叶丰收") + 2)
    key(qtbot, window, Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)
    ids = window.store.article_ids()
    assert len(ids) == 3
    head, tail = window.store.article(second.id), window.store.article(ids[-1])
    assert head.text == "等的租赁补贴，谢名香成为首批受益者。" and [e.text for e in head.entities] == ["谢名香"]
    assert tail.title == "桂阳县烟叶丰收" and tail.text.startswith("桂阳县烟叶丰收\n")
    assert [e.text for e in tail.entities] == ["彭卫华"] and spans_in_place(tail)
    assert window.session.article.id == tail.id  # the new part is shown
    key(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert window.store.article_ids() == ids[:2] and window.store.article(second.id).text == SECOND


def test_a_part_split_off_shows_in_the_queue_right_after_its_article(qtbot, window):
    """Splitting the first article puts the new part second in the queue list (not after the
    page's last article), and J from the first article goes to it."""
    first = window.session.article
    second_id = window.store.article_ids()[1]
    caret_at(window, FIRST.index("资兴市不断"))
    key(qtbot, window, Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)
    part = window.session.article
    assert part.id not in (first.id, second_id)
    qtbot.waitUntil(lambda: list(window.queue_model.ids) == [first.id, part.id, second_id])
    key(qtbot, window, Qt.Key_K)  # back to the article it came from
    assert window.session.article.id == first.id
    key(qtbot, window, Qt.Key_J)
    assert window.session.article.id == part.id


def test_title_and_subtitle_edited_with_ctrl_t(qtbot, window):
    """Ctrl+T opens the headline for editing in place, over the header lines of the text;
    the reviewer types, Tab goes to the subtitle, Enter saves both as one undoable step."""
    article = window.session.article
    editor = window.panels.article.header_editor
    key(qtbot, window, Qt.Key_T, Qt.ControlModifier)
    assert editor.isVisible() and editor.title_edit.hasFocus()
    assert editor.parent() is window.panels.article.text.viewport() and editor.y() == 0  # on the header line
    assert (editor.title_edit.text(), editor.subtitle_edit.text()) == ("资兴市织密住房保障网", "")
    editor.title_edit.insert("资兴市织密贫困群众住房保障网")  # what the input method commits, over the selected title
    qtbot.keyClick(editor.title_edit, Qt.Key_Tab)
    assert editor.subtitle_edit.hasFocus()
    editor.subtitle_edit.insert("——资兴市推进住房保障")
    qtbot.keyClick(editor.subtitle_edit, Qt.Key_Return)
    qtbot.wait(20)
    assert not editor.isVisible() and window.panels.article.text.hasFocus()
    stored = window.store.article(article.id)
    assert (stored.title, stored.subtitle) == ("资兴市织密贫困群众住房保障网", "——资兴市推进住房保障")
    qtbot.waitUntil(lambda: window.panels.article.text.toPlainText().startswith(
        "资兴市织密贫困群众住房保障网\n——资兴市推进住房保障\n"))
    key(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert window.store.article(article.id).title == "资兴市织密住房保障网"


def test_a_double_click_on_the_headline_edits_it_and_esc_leaves_it_as_it_was(qtbot, window):
    article = window.session.article
    view, editor = window.panels.article.text, window.panels.article.header_editor
    before = len(window.store.history(article.id))
    headline = view.cursorRect(QTextCursor(view.document().firstBlock())).center()
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=headline)
    assert editor.isVisible() and editor.title_edit.text() == "资兴市织密住房保障网"
    editor.title_edit.insert("别的标题")
    qtbot.keyClick(editor.title_edit, Qt.Key_Escape)
    assert not editor.isVisible() and view.hasFocus()
    assert window.store.article(article.id).title == "资兴市织密住房保障网"
    assert len(window.store.history(article.id)) == before  # nothing recorded


def test_a_split_on_the_first_line_is_refused_with_a_message(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: messages.append(args[2]))
    caret_at(window, 2)  # on the first line: nothing above to keep
    key(qtbot, window, Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(window.store.article_ids()) == 2 and messages
