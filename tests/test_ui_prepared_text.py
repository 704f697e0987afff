"""The next article is prepared while the reviewer reads the current one (its document and a
picture of its first screen, ui/panels/prepared_text.py), so that A only swaps it in. What
the reviewer sees must not change: the same pixels as the article drawn the ordinary way,
spans in their colours (also after a character outside the BMP), the text rewrapped when the
window narrows, and an article changed in the meantime shown as it is stored now."""
from dataclasses import replace
from decimal import Decimal

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core import ops as O  # noqa: E402
from annotator.core.types import ArticleDraft, Entity, Metric  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

PARAGRAPH = "怀化市洪江区在长沙市开会，怀化市代表发言，完成投资5.31亿元，增长12%，新建学校3所，道路𠮷祥路改造完成。"


def _draft(title: str, paragraphs: int) -> ArticleDraft:
    text = title + "\n" + "\n".join([PARAGRAPH] * paragraphs)
    entities, metrics = [], []
    for start in range(len(title) + 1, len(text), len(PARAGRAPH) + 1):
        for phrase, label in (("怀化市", "LOC"), ("长沙市", "LOC"), ("𠮷祥路", "LOC")):
            at = text.index(phrase, start)
            entities.append(Entity(at, at + len(phrase), label, phrase, "import"))
        at = text.index("5.31亿元", start)
        metrics.append(Metric(at, at + 6, "5.31亿元", Decimal("531000000"), "元", origin="import"))
    return ArticleDraft(text, title=title, entities=tuple(entities), metrics=tuple(metrics), needs_extraction=())


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "prepared.sqlite"
    drafts = [_draft(f"第{n}篇报道", 30 + n) for n in range(1, 5)]
    with Store(path) as store:
        store.import_source(SourceRecord("page.txt", "sha-prepared", "\n".join(d.text for d in drafts)), drafts)
    return path


@pytest.fixture(autouse=True)
def steady_caret():
    """A caret that does not blink: two pictures of the same view are comparable."""
    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)
    yield
    QApplication.setCursorFlashTime(flash)


def _picture(window):
    QApplication.processEvents()
    return window.panels.article.text.viewport().grab().toImage()


def _wait_prepared(qtbot, window):
    text = window.panels.article.text
    qtbot.waitUntil(lambda: text.prepared is not None, timeout=3000)
    return text.prepared


def _drawn_the_ordinary_way(qtbot, window, article_id):
    """The article shown with nothing prepared: the reference picture."""
    text = window.panels.article.text
    window.next_article._timer.stop()
    text.prepared = None
    window.session.open_article(article_id)
    window.next_article._timer.stop()
    assert text._picture is None
    return _picture(window)


def test_the_prepared_next_article_looks_exactly_as_drawn_the_ordinary_way(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1200, 800)
    text = window.panels.article.text
    reference = _drawn_the_ordinary_way(qtbot, window, 2)

    window.session.open_article(1)  # article 1 on screen; A would show article 2
    prepared = _wait_prepared(qtbot, window)
    assert prepared.look[0] == 2
    qtbot.keyClick(text, Qt.Key_A)
    assert window.session.article.id == 2 and window.store.article(1).status == "accepted"
    assert text.document() is prepared.document and text._picture is not None  # the picture is what is painted
    assert _picture(window) == reference
    assert text.toPlainText() == window.store.article(2).text

    # Keys work on the swapped-in document as on any: Tab focuses the first span (the picture
    # gives way to ordinary painting, the focused span outlined), the caret maps to Python indices.
    qtbot.keyClick(text, Qt.Key_Tab)
    QApplication.processEvents()
    first = window.session._focused_span()
    assert first is not None and (first.start, first.text) == (len("第2篇报道") + 1, "怀化市")
    assert text._picture is None
    focused = _picture(window)
    window.session.set_focus(None)
    _drawn_the_ordinary_way(qtbot, window, 2)
    window.session.set_focus(first)
    assert _picture(window) == focused


def test_spans_after_a_character_outside_the_bmp_are_coloured_in_the_prepared_picture(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1200, 800)
    text = window.panels.article.text
    window.session.open_article(1)
    prepared = _wait_prepared(qtbot, window)
    article = window.store.article(2)
    after_astral = next(e for e in article.entities if e.text == "𠮷祥路")
    start_qt = prepared.offsets.to_qt(after_astral.start)
    assert start_qt == after_astral.start + len([c for c in article.text[:after_astral.start] if ord(c) > 0xFFFF])
    block = prepared.document.findBlock(start_qt)
    ranges = [(r.start + block.position(), r.length) for r in block.layout().formats()]
    assert (start_qt, 4) in ranges  # 𠮷 counts two UTF-16 units: 𠮷祥路 is 4 of them
    qtbot.keyClick(text, Qt.Key_A)
    assert text.document() is prepared.document
    assert text.spans == [*article.entities, *article.metrics]


def test_an_article_changed_after_it_was_prepared_is_shown_as_stored(qtbot, review_window, project):
    window = review_window(project)
    text = window.panels.article.text
    window.session.open_article(1)
    prepared = _wait_prepared(qtbot, window)
    with Store(project) as other:  # another window relabels a span of article 2 meanwhile
        article = other.article(2)
        entity = article.entities[0]
        other.apply(O.UpdateEntity(2, entity, replace(entity, label="ORG", origin="human")), "other")
    qtbot.keyClick(text, Qt.Key_A)
    assert window.session.article.id == 2
    assert text.document() is not prepared.document and text._picture is None
    assert text.spans[0].label == "ORG"
    first_block = text.document().findBlock(text.offsets.to_qt(entity.start))
    colours = {r.format.background().color().name() for r in first_block.layout().formats()}
    assert window.panels.article.colours["ORG"].name() in colours


def test_a_prepared_article_rewraps_when_the_window_narrows(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1400, 800)
    text = window.panels.article.text
    window.session.open_article(1)
    prepared = _wait_prepared(qtbot, window)
    qtbot.keyClick(text, Qt.Key_A)
    assert text.document() is prepared.document
    QApplication.processEvents()
    window.resize(900, 800)
    QApplication.processEvents()
    _assert_second_paragraph_wraps_inside(text)
    assert text._picture is None  # resized: painted the ordinary way


def test_an_article_prepared_before_the_window_was_resized_is_laid_out_for_the_new_width(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1400, 800)
    text = window.panels.article.text
    window.session.open_article(1)
    prepared = _wait_prepared(qtbot, window)
    window.resize(900, 800)  # narrower after the article was prepared
    QApplication.processEvents()
    qtbot.keyClick(text, Qt.Key_A)
    assert window.session.article.id == 2 and text.document() is not prepared.document
    _assert_second_paragraph_wraps_inside(text)


def _assert_second_paragraph_wraps_inside(text):
    """After a repaint, the article's second paragraph is on several lines, none wider than the view."""
    text.viewport().repaint()
    width = text.viewport().width()
    layout = text.document().findBlockByNumber(1).layout()
    assert layout.lineCount() > 1
    assert all(layout.lineAt(n).naturalTextWidth() <= width for n in range(layout.lineCount()))
