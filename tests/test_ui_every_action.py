"""Every action of the keymap has a behaviour test that presses one of its keys for real on
the widget that has the focus and checks what the reviewer would see. `PRESSED_IN` names,
for each action, the test that does it; `test_every_action_has_a_key_test` fails for an
action added to the keymap without one (or a test that does not press its key). The tests
below cover the actions no other test presses."""
import ast
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog  # noqa: E402

from annotator.core.types import Label  # noqa: E402
from annotator.ui.keymap import ACTIONS  # noqa: E402

from test_ui_keys import SECOND, press, project, stored  # noqa: E402,F401  (the fixture too)
from test_ui_review import select  # noqa: E402

TESTS = Path(__file__).parent
HERE = "test_ui_every_action.py"

PRESSED_IN = {
    **dict.fromkeys(("file.new", "file.open", "file.import", "file.export", "edit.labels", "help.cheatsheet"),
                     f"{HERE}::test_file_new_file_open_file_import_file_export_edit_labels_help_cheatsheet"),
    "file.quit": f"{HERE}::test_file_quit",
    "edit.undo": "test_ui_review.py::test_undo_goes_back_across_articles_and_changes_survive_a_restart",
    "edit.redo": f"{HERE}::test_edit_redo", "edit.search": f"{HERE}::test_edit_search",
    "review.accept": "test_ui_review.py::test_label_adjust_delete_and_accept_from_the_keyboard",
    "review.reject": "test_ui_review.py::test_undo_goes_back_across_articles_and_changes_survive_a_restart",
    **dict.fromkeys(("review.skip", "review.next", "review.prev"), f"{HERE}::test_review_skip_review_next_review_prev"),
    "review.goto": f"{HERE}::test_review_goto",
    "review.merge_prev": "test_ui_restructure.py::test_merge_into_the_previous_article",
    "review.merge_next": "test_ui_restructure.py::test_merge_with_the_next_article_and_undo",
    "review.split": "test_ui_restructure.py::test_split_at_the_caret_line_titles_the_new_part_and_undo_joins_again",
    "review.title": "test_ui_restructure.py::test_title_and_subtitle_edited_with_ctrl_t",
    "span.label_1": "test_ui_keys.py::test_the_proposal_walk_keeps_drops_and_relabels_one_key_each",
    "span.label_2": "test_ui_review.py::test_label_adjust_delete_and_accept_from_the_keyboard",
    "span.label_3": "test_ui_keys.py::test_find_selects_the_match_and_a_label_key_labels_it",
    **{f"span.label_{n}": f"{HERE}::test_span_label_4_to_9" for n in range(4, 10)},
    "span.metric": "test_ui_review.py::test_m_marks_a_metric_with_value_and_unit_prefilled",
    "span.walk_next": "test_ui_keys.py::test_the_proposal_walk_keeps_drops_and_relabels_one_key_each",
    "span.walk_prev": f"{HERE}::test_span_walk_prev_and_span_prev",
    "span.keep": "test_ui_keys.py::test_the_proposal_walk_keeps_drops_and_relabels_one_key_each",
    "span.find": "test_ui_keys.py::test_find_selects_the_match_and_a_label_key_labels_it",
    "span.find_next": "test_ui_keys.py::test_f3_walks_the_matches_and_wraps_around",
    "span.find_prev": "test_ui_keys.py::test_f3_walks_the_matches_and_wraps_around",
    "span.next": "test_ui_keys.py::test_delete_after_tab_follows_reading_order_and_after_n_the_walk",
    "span.prev": f"{HERE}::test_span_walk_prev_and_span_prev",
    "span.delete": "test_ui_keys.py::test_the_proposal_walk_keeps_drops_and_relabels_one_key_each",
    **dict.fromkeys(("span.start_left", "span.start_right", "span.end_left"),
                     f"{HERE}::test_span_start_left_span_start_right_span_end_left"),
    "span.end_right": "test_ui_keys.py::test_widening_a_new_span_makes_p_offer_the_widened_text",
    "span.apply_all": "test_ui_details.py::test_p_also_labels_the_rest_of_the_current_article",
    "curate.take": "test_ui_curation.py::test_versions_side_by_side_and_taken_with_one_key",
    "curate.next": "test_ui_curation.py::test_versions_side_by_side_and_taken_with_one_key",
    "view.next_pane": "test_ui_keys.py::test_into_the_panels_and_back_to_the_article",
    "view.prev_pane": "test_ui_keys.py::test_into_the_panels_and_back_to_the_article",
    "view.metrics": "test_ui_keys.py::test_space_toggles_approx_in_the_metrics_panel_and_never_skips_the_article",
    "view.least_certain": "test_queue_certainty.py::test_ctrl_u_orders_the_queue_least_certain_first_and_accepting_follows_that_order",
}


def _presses(source: str, key: str) -> bool:
    """Whether a test's source presses `key` (a keymap sequence) as qtbot.keyClick does."""
    combination = QKeySequence(key)[0]
    name = Qt.Key(combination.key()).name
    if f'"{key}"' in source:
        return True
    modifiers = combination.keyboardModifiers()
    needed = [word for flag, word in ((Qt.ControlModifier, "ControlModifier"), (Qt.ShiftModifier, "ShiftModifier"),
                                      (Qt.AltModifier, "AltModifier")) if modifiers & flag]
    return f"Qt.{name}" in source and all(word in source for word in needed)


def _test_sources(module: str) -> dict[str, str]:
    source = (TESTS / module).read_text(encoding="utf-8")
    return {node.name: ast.get_source_segment(source, node) for node in ast.parse(source).body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")}


def test_every_action_has_a_key_test():
    missing, not_pressed = [], []
    for spec in ACTIONS:
        if not spec.keys:
            continue  # a menu item only (no key to press)
        where = PRESSED_IN.get(spec.id)
        if where is None:
            missing.append(spec.id)
            continue
        module, _, name = where.partition("::")
        tests = _test_sources(module)
        assert name in tests, f"{spec.id}: no test {where}"
        if not any(_presses(tests[name], key) for key in spec.keys):
            not_pressed.append(f"{spec.id} ({', '.join(spec.keys)}) in {where}")
    assert missing == [] and not_pressed == []


# -- the actions no other test presses (each test named after its action id) ----------------------
@pytest.fixture
def window(review_window, project):
    return review_window(project)


@pytest.fixture
def dialogs(monkeypatch):
    """Dialogs record that they were asked for instead of waiting for the reviewer."""
    asked = []
    monkeypatch.setattr(QDialog, "exec", lambda self: asked.append(type(self).__name__) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append("open") or ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: asked.append("import") or ([], ""))
    return asked


def _focus_text(qtbot, window):
    window.panels.article.text.setFocus()
    qtbot.waitUntil(window.panels.article.text.hasFocus)


def test_file_new_file_open_file_import_file_export_edit_labels_help_cheatsheet(qtbot, window, dialogs):
    asked_new = []
    window.new_requested.connect(lambda: asked_new.append(True))
    press(qtbot, Qt.Key_N, Qt.ControlModifier)
    assert asked_new == [True]
    for key, expected in ((Qt.Key_O, "open"), (Qt.Key_I, "import"), (Qt.Key_E, "ExportDialog"), (Qt.Key_L, "LabelManager")):
        _focus_text(qtbot, window)
        press(qtbot, key, Qt.ControlModifier)
        assert dialogs[-1] == expected
    _focus_text(qtbot, window)
    press(qtbot, Qt.Key_F1)
    assert dialogs[-1] == "CheatSheet"
    _focus_text(qtbot, window)
    press(qtbot, Qt.Key_Question)
    assert dialogs[-1] == "CheatSheet" and len(dialogs) == 6


def test_file_quit(qtbot, window):
    press(qtbot, Qt.Key_Q, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_edit_search(qtbot, window):
    press(qtbot, Qt.Key_F, Qt.ControlModifier)
    assert QApplication.focusWidget() is window.panels.queue.search
    for char in "第二篇":
        window.panels.queue.search.insert(char)
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.queue_model.complete)
    assert window.queue_model.ids == [2] and window.session.article.id == 2


def test_edit_redo(qtbot, window):
    press(qtbot, Qt.Key_A)  # accepted, on to article 2
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    assert window.store.article(1).status == "pending"
    press(qtbot, Qt.Key_Y, Qt.ControlModifier)
    assert window.store.article(1).status == "accepted"
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.store.article(1).status == "accepted"


def test_review_skip_review_next_review_prev(qtbot, window):
    press(qtbot, Qt.Key_Space)  # skipped, on to the next pending article
    assert window.store.article(1).status == "skipped" and window.session.article.id == 2
    press(qtbot, Qt.Key_PageDown)
    assert window.session.article.id == 3
    press(qtbot, Qt.Key_K)
    assert window.session.article.id == 2
    press(qtbot, Qt.Key_PageUp)
    assert window.session.article.id == 1
    press(qtbot, Qt.Key_J)
    assert window.session.article.id == 2


def test_review_goto(qtbot, window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (3, True))
    press(qtbot, Qt.Key_G)
    assert window.session.article.id == 3 and window.panels.article.text.toPlainText().startswith("第三篇")


def test_span_label_4_to_9(qtbot, window):
    """Number keys beyond the default labels label with the labels added to the project."""
    names = [f"L{n}" for n in range(4, 10)]
    for n, name in enumerate(names, start=4):
        window.store.save_label(Label(name, "entity", "#777777", str(n), n))
    window.events.labels_changed.emit()
    phrase = "新建学校三所"
    press(qtbot, Qt.Key_J)  # article 2: no spans there yet
    keys = (Qt.Key_4, Qt.Key_5, Qt.Key_6, Qt.Key_7, Qt.Key_8, Qt.Key_9)
    for n, key in enumerate(keys):
        start = SECOND.index(phrase) + n  # one character each, left to right
        select(window, start, start + 1)
        press(qtbot, key)
    labelled = {e.text: e.label for e in stored(window).entities if e.label in names}
    assert labelled == dict(zip(phrase[:6], names))


def test_span_walk_prev_and_span_prev(qtbot, window):
    press(qtbot, Qt.Key_N)
    press(qtbot, Qt.Key_N)
    second = window.session._focused_span()
    press(qtbot, Qt.Key_N)
    press(qtbot, Qt.Key_N, Qt.ShiftModifier)  # back to the one before
    assert window.session._focused_span() == second
    press(qtbot, Qt.Key_Tab)
    after = window.session._focused_span()
    press(qtbot, Qt.Key_Backtab, Qt.ShiftModifier)  # Shift+Tab
    assert window.session._focused_span() != after and window.session._focused_span().start < after.start


def test_span_start_left_span_start_right_span_end_left(qtbot, window):
    press(qtbot, Qt.Key_J)  # article 2: no spans there yet
    start = SECOND.index("开福区")
    select(window, start, start + 3)
    press(qtbot, Qt.Key_3)
    focused = window.session._focused_span()
    assert (focused.start, focused.end) == (start, start + 3)
    press(qtbot, Qt.Key_Left, Qt.AltModifier)
    press(qtbot, Qt.Key_Right, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session._focused_span().text == SECOND[start - 1:start + 4]
    press(qtbot, Qt.Key_Right, Qt.AltModifier)
    press(qtbot, Qt.Key_Left, Qt.ControlModifier | Qt.ShiftModifier)
    span = window.session._focused_span()
    assert (span.start, span.end, span.text) == (start, start + 3, "开福区")
    assert any(e.start == start and e.end == start + 3 for e in stored(window).entities)


def test_the_walk_message_goes_when_the_next_article_opens(qtbot, window):
    bar = window.statusBar()
    for _ in range(12):  # past the last proposal of article 1
        press(qtbot, Qt.Key_Y)
    assert "A" in bar.currentMessage() and window.session.article.id == 1
    press(qtbot, Qt.Key_N)  # nothing left: it says so again
    said = bar.currentMessage()
    assert said
    press(qtbot, Qt.Key_A)
    assert window.session.article.id == 2 and bar.currentMessage() != said
