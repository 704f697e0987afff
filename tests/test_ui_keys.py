"""Every key of the review loop pressed for real (qtbot.keyClick on the widget that has the
keyboard focus), on a real project file: the Metrics and Entities panels, the find bar, the
proposal walk."""
from decimal import Decimal

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from annotator.core.types import ArticleDraft, Entity, Metric  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

FIRST = "第一篇\n怀化市洪江区开店，完成投资5.31亿元。怀化市鹤城区新增就业1200余人，怀化市还引进企业3家。"
SECOND = "第二篇\n长沙市开福区新建学校三所，投入资金2300余万元。"
THIRD = "第三篇\n株洲市芦淞区服饰产业年产值超过600亿元。"


def _metric(text, phrase, value, unit, approx=False):
    start = text.index(phrase)
    return Metric(start, start + len(phrase), phrase, Decimal(value), unit, approx)


def _mentions(text, phrase, label, origin="auto"):
    found, start = [], text.find(phrase)
    while start >= 0:
        found.append(Entity(start, start + len(phrase), label, phrase, origin))
        start = text.find(phrase, start + 1)
    return found


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "keys.sqlite"
    with Store(path) as store:
        metrics = (_metric(FIRST, "5.31亿元", "531000000", "元"), _metric(FIRST, "1200余人", "1200", "人", True),
                   _metric(FIRST, "3家", "3", "家"))
        entities = (*_mentions(FIRST, "怀化市", "LOC"), *_mentions(FIRST, "洪江区", "LOC"), *_mentions(FIRST, "鹤城区", "ORG"))
        drafts = [ArticleDraft(FIRST, title="第一篇", metrics=metrics, entities=entities),
                  ArticleDraft(SECOND, title="第二篇"), ArticleDraft(THIRD, title="第三篇")]
        store.import_source(SourceRecord("page.txt", "sha-page", "\n".join([FIRST, SECOND, THIRD])), drafts)
    return path


@pytest.fixture
def window(review_window, project):
    return review_window(project)


def press(qtbot, key, modifiers=Qt.NoModifier, text=None):
    """A key pressed on whatever widget has the keyboard focus, as a reviewer would."""
    QApplication.processEvents()  # the window refreshes once per turn of the event loop
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifiers)
    QApplication.processEvents()  # an editor commits on Enter through a queued call


def type_text(qtbot, text):
    """Typing into the focused widget; Chinese arrives as an input method commits it."""
    widget = QApplication.focusWidget()
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def stored(window):
    return window.store.article(window.session.article.id)


# -- the Metrics panel -----------------------------------------------------------------------
def test_metric_cells_edited_from_the_keyboard_and_focus_stays_in_the_table(qtbot, window, qtlog):
    from annotator.ui.panels.metric_panel import Column

    metrics = window.panels.metrics
    press(qtbot, Qt.Key_M, Qt.ControlModifier)
    assert QApplication.focusWidget() is metrics
    assert (metrics.currentIndex().row(), metrics.currentIndex().column()) == (0, Column.VALUE)
    for _ in range(3):
        press(qtbot, Qt.Key_Right)  # Value -> Unit -> Approx -> Indicator
    assert metrics.currentIndex().column() == Column.INDICATOR
    press(qtbot, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not metrics and metrics.isAncestorOf(editor)
    type_text(qtbot, "固定资产投资")
    press(qtbot, Qt.Key_Return)
    assert stored(window).metrics[0].indicator == "固定资产投资"
    assert stored(window).metrics[0].unit == "元"  # nothing went into the Unit cell
    assert QApplication.focusWidget() is metrics, "focus left the table after the commit"
    assert metrics.currentIndex().column() == Column.INDICATOR

    press(qtbot, Qt.Key_Right)  # Period, edited with Enter this time
    press(qtbot, Qt.Key_Return)
    type_text(qtbot, "2022年")
    press(qtbot, Qt.Key_Return)
    assert stored(window).metrics[0].period == "2022年"

    press(qtbot, Qt.Key_Down)  # second metric; its Value cell by Home + Right
    press(qtbot, Qt.Key_Home)
    press(qtbot, Qt.Key_Right)
    press(qtbot, Qt.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    type_text(qtbot, "1300")
    press(qtbot, Qt.Key_Return)
    assert stored(window).metrics[1].value == Decimal("1300")
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_space_toggles_approx_in_the_metrics_panel_and_never_skips_the_article(qtbot, window):
    from annotator.ui.panels.metric_panel import Column

    article = window.session.article
    press(qtbot, Qt.Key_M, Qt.ControlModifier)
    press(qtbot, Qt.Key_Right)
    press(qtbot, Qt.Key_Right)  # the Approx. cell
    assert window.panels.metrics.currentIndex().column() == Column.APPROX
    press(qtbot, Qt.Key_Space)
    assert window.session.article.id == article.id and stored(window).status == "pending"
    assert stored(window).metrics[0].approx is True
    press(qtbot, Qt.Key_Return)  # Enter on the check box toggles too
    assert stored(window).metrics[0].approx is False
    press(qtbot, Qt.Key_Down)
    press(qtbot, Qt.Key_Space)
    assert stored(window).metrics[1].approx is False  # was approximate (1200余人)
    assert QApplication.focusWidget() is window.panels.metrics


def test_into_the_panels_and_back_to_the_article(qtbot, window):
    text, entities, metrics = window.panels.article.text, window.panels.entities, window.panels.metrics
    press(qtbot, Qt.Key_F6)
    assert QApplication.focusWidget() is entities
    press(qtbot, Qt.Key_F6)
    assert QApplication.focusWidget() is metrics
    press(qtbot, Qt.Key_F6)
    assert QApplication.focusWidget() is text
    press(qtbot, Qt.Key_F6, Qt.ShiftModifier)
    assert QApplication.focusWidget() is metrics
    press(qtbot, Qt.Key_Escape)
    assert QApplication.focusWidget() is text
    press(qtbot, Qt.Key_F6)
    press(qtbot, Qt.Key_Escape)
    assert QApplication.focusWidget() is text


def test_every_metric_column_is_on_screen_at_the_default_window_size(qtbot, window):
    from annotator.ui.panels.metric_panel import Column

    metrics = window.panels.metrics
    right_edges = {c: metrics.columnViewportPosition(c) + metrics.columnWidth(c) for c in Column}
    assert max(right_edges.values()) <= metrics.viewport().width()
    assert metrics.columnWidth(Column.INDICATOR) >= metrics.columnWidth(Column.UNIT)
    assert metrics.columnWidth(Column.PERIOD) >= metrics.columnWidth(Column.UNIT)


def test_a_click_on_a_cell_then_f2_edits_that_cell(qtbot, window):
    from annotator.ui.panels.metric_panel import Column

    metrics = window.panels.metrics
    index = metrics.model().index(1, Column.INDICATOR)
    qtbot.mouseClick(metrics.viewport(), Qt.LeftButton, pos=metrics.visualRect(index).center())
    assert metrics.currentIndex() == index
    press(qtbot, Qt.Key_F2)
    type_text(qtbot, "新增就业")
    press(qtbot, Qt.Key_Return)
    assert stored(window).metrics[1].indicator == "新增就业"
    assert stored(window).metrics[1].value == Decimal("1200")


# -- the Entities panel ----------------------------------------------------------------------
def test_entities_are_grouped_with_a_count_and_every_mention_is_reachable(qtbot, window):
    model = window.entity_model
    rows = [(g.label, g.text, len(g.mentions)) for g in model.rows]
    assert rows == [("LOC", "怀化市", 3), ("LOC", "洪江区", 1), ("ORG", "鹤城区", 1)]
    press(qtbot, Qt.Key_F6)
    assert QApplication.focusWidget() is window.panels.entities
    starts = [window.session._focused_span().start]  # entering the panel shows the first mention
    assert model.index(0, 2).data() == "1/3"
    for _ in range(2):
        press(qtbot, Qt.Key_Return)
        starts.append(window.session._focused_span().start)
    text = window.session.article.text
    assert [text[s:s + 3] for s in starts] == ["怀化市"] * 3 and len(set(starts)) == 3
    assert model.index(0, 2).data() == "3/3"
    press(qtbot, Qt.Key_Space)  # around again; Space never skips the article here
    assert window.session._focused_span().start == starts[0]
    assert stored(window).status == "pending"
    press(qtbot, Qt.Key_Down)
    assert window.session._focused_span().text == "洪江区"


def test_relabelling_a_row_relabels_every_mention_in_one_undo_step(qtbot, window):
    window.panels.entities.enter()
    model = window.entity_model
    model.setData(model.index(0, 1), "ORG", Qt.EditRole)
    assert sorted({(e.text, e.label) for e in stored(window).entities}) == [("怀化市", "ORG"), ("洪江区", "LOC"), ("鹤城区", "ORG")]
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    assert [e.label for e in stored(window).entities if e.text == "怀化市"] == ["LOC"] * 3
    assert window.status.saved.text().startswith("Undone")


# -- find in the article -------------------------------------------------------------------
def test_find_selects_the_match_and_a_label_key_labels_it(qtbot, window):
    text = window.panels.article.text
    press(qtbot, Qt.Key_Slash)
    field = window.panels.article.find_bar.field
    assert QApplication.focusWidget() is field
    type_text(qtbot, "引进企业")
    press(qtbot, Qt.Key_Return)
    assert QApplication.focusWidget() is text
    start = window.session.article.text.index("引进企业")
    assert window.session.selection() == (start, start + 4)
    press(qtbot, Qt.Key_3)
    assert ("ORG", "引进企业", start) in [(e.label, e.text, e.start) for e in stored(window).entities]


def test_f3_walks_the_matches_and_wraps_around(qtbot, window):
    article_text = window.session.article.text
    starts = [i for i in range(len(article_text)) if article_text.startswith("怀化市", i)]
    press(qtbot, Qt.Key_Slash)
    type_text(qtbot, "怀化市")
    assert window.session.selection() == (starts[0], starts[0] + 3)  # found while typing
    press(qtbot, Qt.Key_Return)
    found = []
    for _ in range(3):
        press(qtbot, Qt.Key_F3)
        found.append(window.session.selection()[0])
    assert found == [starts[1], starts[2], starts[0]]
    press(qtbot, Qt.Key_F3, Qt.ShiftModifier)
    assert window.session.selection()[0] == starts[2]
    press(qtbot, Qt.Key_Slash)
    press(qtbot, Qt.Key_Escape)
    assert QApplication.focusWidget() is window.panels.article.text
    assert not window.panels.article.find_bar.isVisible()


# -- the proposal walk ----------------------------------------------------------------------
def proposals_left(window):
    return sorted((s.start, s.text) for s in [*stored(window).entities, *stored(window).metrics] if s.origin == "auto")


def test_the_proposal_walk_keeps_drops_and_relabels_one_key_each(qtbot, window):
    article = stored(window)
    walk = sorted([*article.entities, *article.metrics], key=lambda s: (s.start, s.end))
    assert len(walk) == 8
    press(qtbot, Qt.Key_N)
    assert window.session._focused_span() == walk[0]
    keys = 1
    # keep, keep, drop, keep, relabel (+ keep), keep, drop, keep
    plan = [Qt.Key_Y, Qt.Key_Y, Qt.Key_Delete, Qt.Key_Y, Qt.Key_1, Qt.Key_Y, Qt.Key_Y, Qt.Key_Backspace, Qt.Key_Y]
    for k in plan:
        press(qtbot, k)
        keys += 1
    assert proposals_left(window) == []
    final = stored(window)
    assert len(final.entities) + len(final.metrics) == 6
    assert [e.label for e in final.entities if e.start == walk[4].start] == ["PER"]
    assert keys == len(walk) + 2  # one key per proposal, one to start, one for the relabel
    assert "A accepts" in window.statusBar().currentMessage()
    assert final.status == "pending" and window.session.article.id == article.id


def test_the_walk_centres_a_proposal_deep_in_a_long_article(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    text = "标题\n" + "".join(f"第{n}段，这里没有要标注的内容。\n" for n in range(200)) + "最后在怀化市。"
    start = text.index("怀化市")
    path = tmp_path / "long.sqlite"
    with Store(path) as store:
        store.import_source(SourceRecord("long.txt", "sha-long", text),
                            [ArticleDraft(text, entities=(Entity(start, start + 3, "LOC", "怀化市"),))])
    window = MainWindow(Store(path), Settings(), "tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.panels.article.text
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    press(qtbot, Qt.Key_N)
    rect = view.cursorRect()
    assert 0 < rect.top() and rect.bottom() < view.viewport().height()
    assert window.session._focused_span().text == "怀化市"
    window.close()
    window.store.close()


# -- every key of the keymap -----------------------------------------------------------------
@pytest.fixture
def no_dialogs(monkeypatch):
    """Dialogs some keys open return at once (their own tests are elsewhere)."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)


def _press_sequence(qtbot, sequence: str) -> None:
    from PySide6.QtGui import QKeySequence

    combination = QKeySequence(sequence)[0]
    press(qtbot, combination.key(), combination.keyboardModifiers())


def _triggered_by(qtbot, window, spec, key) -> bool:
    action = window.actions_[spec.id]
    qtbot.wait(20)  # let the window's coalesced refresh of action states run first
    action.setEnabled(True)  # the state the action needs is not the point here: the key reaching it is
    fired = []
    action.triggered.connect(lambda *_: fired.append(spec.id))
    try:
        _press_sequence(qtbot, key)
    finally:
        action.triggered.disconnect()
        action.triggered.connect(lambda checked=False, handler=window._handlers()[spec.id]: handler())
    return bool(fired)


def test_every_key_of_the_keymap_reaches_its_action_from_the_article(qtbot, window, no_dialogs):
    from annotator.ui.keymap import ACTIONS

    text = window.panels.article.text
    missed = []
    for spec in sorted(ACTIONS, key=lambda s: s.id == "file.quit"):  # quitting last
        for key in spec.keys:
            window.panels.article.find_bar.hide()
            text.setFocus()
            qtbot.waitUntil(text.hasFocus)
            if not _triggered_by(qtbot, window, spec, key):
                missed.append(f"{key} ({spec.id})")
    assert missed == []
    assert not window.isVisible()  # Ctrl+Q, pressed last, closed the window


def test_review_keys_work_in_the_metrics_panel_except_the_ones_it_takes(qtbot, window, no_dialogs):
    from annotator.ui.keymap import ACTIONS

    metrics = window.panels.metrics
    taken = {"Space", "Return", "Enter", "Esc", "F2"}
    missed, leaked = [], []
    for spec in ACTIONS:
        if spec.id == "file.quit":
            continue
        for key in spec.keys:
            window.panels.article.find_bar.hide()
            metrics.enter()
            qtbot.waitUntil(metrics.hasFocus)
            fired = _triggered_by(qtbot, window, spec, key)
            if key in taken and fired:
                leaked.append(f"{key} ({spec.id})")
            elif key not in taken and not fired:
                missed.append(f"{key} ({spec.id})")
    assert leaked == [] and missed == []


def test_review_keys_do_not_fire_while_typing_in_the_find_bar(qtbot, window):
    article = window.session.article
    press(qtbot, Qt.Key_Slash)
    for key in (Qt.Key_A, Qt.Key_X, Qt.Key_J, Qt.Key_N, Qt.Key_Y, Qt.Key_1, Qt.Key_Space):
        press(qtbot, key)
    assert window.panels.article.find_bar.field.text() == "axjny1 "
    assert stored(window).status == "pending" and window.session.article.id == article.id
    assert stored(window).entities == article.entities


def test_widening_a_new_span_makes_p_offer_the_widened_text(qtbot, window):
    with Store(window.store.path) as other:
        other.import_source(SourceRecord("more.txt", "sha-more", ""), [ArticleDraft("又引进企业两家。")])
    press(qtbot, Qt.Key_Slash)
    type_text(qtbot, "引进")
    press(qtbot, Qt.Key_Return)
    press(qtbot, Qt.Key_3)
    for _ in range(2):
        press(qtbot, Qt.Key_Right, Qt.ControlModifier | Qt.ShiftModifier)  # the end, two characters on
    assert window.session._focused_span().text == "引进企业"
    qtbot.waitUntil(lambda: "“引进企业”" in window.panels.article.offer.text())  # counted in a worker


def test_delete_after_tab_follows_reading_order_and_after_n_the_walk(qtbot, window):
    spans = window.session.spans()
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Delete)  # Tab's loop: the span after it in reading order takes the focus
    assert window.session._focused_span() == spans[1]
    press(qtbot, Qt.Key_N)
    assert window.session._focused_span() == spans[2]  # the walk goes on from the focused span
    press(qtbot, Qt.Key_Delete)
    assert window.session._focused_span() == spans[3]
