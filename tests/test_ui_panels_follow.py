"""What the reviewer sees change when moving on: the tag panels list the new article's spans
(no row, current cell or open editor left over from the article before), and the article
text shows each span in its label's colour, the focused one stronger."""
from decimal import Decimal

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

from annotator.core.types import ArticleDraft, Entity, Metric  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

MANY = "怀化市洪江区在长沙市开会，怀化市代表发言，完成投资5.31亿元，增长12%，新建学校3所。"
FEW = "株洲市芦淞区服饰产业兴旺，产值600亿元。"
NONE = "今天天气很好，大家都出门了，街上很热闹。"


def _entity(text: str, phrase: str, label: str, occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Entity(start, start + len(phrase), label, phrase, "import")


def _metric(text: str, phrase: str, value: str, unit: str) -> Metric:
    start = text.index(phrase)
    return Metric(start, start + len(phrase), phrase, Decimal(value), unit, origin="import")


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "follow.sqlite"
    many = ArticleDraft(MANY, entities=(
        _entity(MANY, "怀化市", "LOC"), _entity(MANY, "洪江区", "LOC"), _entity(MANY, "长沙市", "LOC"),
        _entity(MANY, "怀化市", "LOC", 1)), metrics=(
        _metric(MANY, "5.31亿元", "531000000", "元"), _metric(MANY, "12%", "12", "%"), _metric(MANY, "3所", "3", "所")),
        needs_extraction=())
    few = ArticleDraft(FEW, entities=(_entity(FEW, "株洲市芦淞区", "LOC"),),
                       metrics=(_metric(FEW, "600亿元", "60000000000", "元"),), needs_extraction=())
    none = ArticleDraft(NONE, needs_extraction=())
    with Store(path) as store:
        store.import_source(SourceRecord("page.txt", "sha-follow", "\n".join([MANY, FEW, NONE])), [many, few, none])
    return path


def key(qtbot, window, k, modifiers=Qt.NoModifier):
    QApplication.processEvents()
    qtbot.keyClick(window.panels.article.text, k, modifiers)
    QApplication.processEvents()


def shown(model) -> list[tuple]:
    """The table as it reads on screen: every cell's text."""
    return [tuple(model.index(row, column).data() for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def test_panels_list_each_article_as_the_reviewer_moves_on(qtbot, review_window, project):
    window = review_window(project)
    entities, metrics = window.entity_model, window.metric_model
    assert window.session.article.text == MANY
    assert [row[:3] for row in shown(entities)] == [("怀化市", "LOC", "×2"), ("洪江区", "LOC", "×1"), ("长沙市", "LOC", "×1")]
    assert [row[:3] for row in shown(metrics)] == [("5.31亿元", "531000000", "元"), ("12%", "12", "%"), ("3所", "3", "所")]

    window.panels.metrics.enter()  # the reviewer was in the Metrics table, on the first value
    window.panels.metrics.setCurrentIndex(metrics.index(0, 1))
    window.panels.article.text.setFocus()
    key(qtbot, window, Qt.Key_J)
    assert window.session.article.text == FEW
    assert [row[:3] for row in shown(entities)] == [("株洲市芦淞区", "LOC", "×1")]
    assert [row[:3] for row in shown(metrics)] == [("600亿元", "60000000000", "元")]
    assert not window.panels.metrics.currentIndex().isValid()  # no cell left over from the article before

    key(qtbot, window, Qt.Key_J)
    assert window.session.article.text == NONE
    assert shown(entities) == [] and shown(metrics) == []

    key(qtbot, window, Qt.Key_K)
    key(qtbot, window, Qt.Key_K)  # back to the first: every row is there again
    assert [row[:3] for row in shown(entities)] == [("怀化市", "LOC", "×2"), ("洪江区", "LOC", "×1"), ("长沙市", "LOC", "×1")]
    assert len(shown(metrics)) == 3
    assert not window.panels.entities.selectionModel().hasSelection()


def test_an_open_cell_editor_closes_when_the_article_changes(qtbot, review_window, project):
    window = review_window(project)
    table, model = window.panels.metrics, window.metric_model
    table.enter()
    table.setCurrentIndex(model.index(0, 2))  # the unit of 5.31亿元
    qtbot.keyClick(table, Qt.Key_F2)
    assert table.state() == QAbstractItemView.EditingState
    window.session.step(1)  # the article changes under the editor (another window's change, a worker)
    QApplication.processEvents()
    assert table.state() != QAbstractItemView.EditingState
    assert [row[:3] for row in shown(model)] == [("600亿元", "60000000000", "元")]
    assert window.store.article(1).metrics[0].unit == "元"  # nothing was written by the closed editor


def test_focus_count_follows_tab_in_the_entities_table(qtbot, review_window, project):
    window = review_window(project)
    key(qtbot, window, Qt.Key_Tab)  # the first span in reading order: 怀化市, mention 1 of 2
    assert window.entity_model.index(0, 2).data() == "1/2"
    for _ in range(3):  # 洪江区, 长沙市, then the second 怀化市
        key(qtbot, window, Qt.Key_Tab)
    assert window.entity_model.index(0, 2).data() == "2/2"
    key(qtbot, window, Qt.Key_Tab)  # on to a metric: the count reads ×2 again
    assert window.entity_model.index(0, 2).data() == "×2"


def _tint(colour: str, alpha: int) -> QColor:
    """The label colour at `alpha` over the white page."""
    base = QColor(colour)
    mix = lambda c: round((c * alpha + 255 * (255 - alpha)) / 255)  # noqa: E731
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()))


def _share_painted(window, start: int, end: int, colour: QColor) -> float:
    """How much of the box of text [start, end) is painted in `colour` (within a few levels)."""
    view = window.panels.article.text
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.offsets.to_qt(end))
    right = view.cursorRect(cursor)
    assert left.top() == right.top(), "the test phrase must sit on one line"
    ratio = image.devicePixelRatio()
    hits = total = 0
    for x in range(left.right() + 2, right.left() - 1):
        for y in range(left.top() + 1, left.bottom()):
            pixel = image.pixelColor(QPoint(int(x * ratio), int(y * ratio)))
            total += 1
            hits += max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                        abs(pixel.blue() - colour.blue())) <= 6
    return hits / max(total, 1)


def test_spans_are_painted_in_their_label_colours(qtbot, review_window, project):
    window = review_window(project)
    window.resize(1400, 860)
    QApplication.processEvents()
    colour = {label.name: label.colour for label in window.store.labels()}
    start = MANY.index("长沙市")
    loc = _tint(colour["LOC"], 90)
    assert _share_painted(window, start, start + 3, loc) > 0.3
    between = MANY.index("在")  # no span on 在
    assert _share_painted(window, between, between + 1, loc) < 0.05

    key(qtbot, window, Qt.Key_Tab)  # focus on the first 怀化市: stronger colour there, 长沙市 unchanged
    assert _share_painted(window, 0, 3, _tint(colour["LOC"], 230)) > 0.3
    assert _share_painted(window, start, start + 3, loc) > 0.3

    key(qtbot, window, Qt.Key_J)
    key(qtbot, window, Qt.Key_J)  # an article without spans: no colour left over
    assert window.session.article.text == NONE
    assert _share_painted(window, 0, 6, loc) < 0.05
    assert _share_painted(window, 0, 6, _tint(colour["LOC"], 230)) < 0.05


def test_chinese_text_is_drawn_with_a_chinese_font(qtbot, review_window, project):
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from annotator.ui.fonts import CHINESE_FAMILIES

    if not set(CHINESE_FAMILIES) & set(QFontDatabase.families()):
        pytest.skip("no Chinese font installed (Debian: apt-get install fonts-noto-cjk)")
    window = review_window(project)
    for widget in (window.panels.article.text, window.panels.entities, window.panels.metrics, window.panels.queue):
        assert QFontInfo(widget.font()).family() in CHINESE_FAMILIES
