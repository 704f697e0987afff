"""The edit path seen from the app (issue 12): a refused edit says what changed and who,
and the view shows the other window's work; one press of A saves, shows the next article
once and refreshes the window once; label deletion goes through the path and one Ctrl+Z
brings it back; bad key overrides are dropped with one warning; keys can be remapped."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from annotator.core import editing  # noqa: E402
from annotator.core.types import ArticleDraft, Entity  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

TEXTS = ["第一篇\n怀化市洪江区新建学校三所。", "第二篇\n长沙市开福区新建医院。", "第三篇\n株洲市芦淞区服饰产业。"]


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        drafts = [ArticleDraft(text, title=text.split("\n")[0], entities=(Entity(4, 7, "LOC", text[4:7]),)) for text in TEXTS]
        store.import_source(SourceRecord("page.txt", "sha", "\n".join(TEXTS)), drafts)
    return path


@pytest.fixture
def window(qtbot, project):
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    made = MainWindow(Store(project), Settings(), "ann")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    QApplication.processEvents()
    yield made
    made.close()
    made.store.close()


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


def test_a_refused_edit_says_what_changed_and_who_and_the_view_shows_it(window, warnings):
    article = window.session.article
    entity = article.entities[0]
    with Store(window.store.path) as other:  # the other window relabels the span first
        other.apply(editing.relabel(other.article(article.id), entity, "ORG"), "bob")
    window.session.set_focus(entity)
    window.session.delete_focused()  # this window still shows it as LOC
    assert len(warnings) == 1
    assert "Not saved" in warnings[0] and "LOC → ORG" in warnings[0] and "bob" in warnings[0]
    assert [e.label for e in window.session.article.entities] == ["ORG"]  # reloaded
    assert [e.label for e in window.store.article(article.id).entities] == ["ORG"]  # not deleted


def test_accepting_saves_shows_the_next_article_once_and_refreshes_once(window, monkeypatch):
    first = window.session.article
    shown, refreshes = [], []
    window.events.article_changed.connect(shown.append)
    names = window.store.undo_redo_names
    monkeypatch.setattr(window.store, "undo_redo_names", lambda actor: (refreshes.append(1), names(actor))[1])
    window.session.set_status("accepted")
    QApplication.processEvents()
    assert window.store.article(first.id).status == "accepted"
    assert [a.id for a in shown] == [window.session.article.id] and window.session.article.id != first.id
    assert len(refreshes) == 1
    assert "accepted 1" in window.status.counts.text()  # kept up to date without recounting
    window.session.undo()
    QApplication.processEvents()
    assert "accepted 0" in window.status.counts.text() and window.session.article.id == first.id


def test_deleting_a_label_in_the_label_manager_takes_its_spans_and_ctrl_z_brings_them_back(window, monkeypatch):
    from annotator.ui.dialogs.label_manager import LabelManager

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)
    dialog = LabelManager(window.store, window.session.apply, window)
    dialog.table.setCurrentCell([l.name for l in dialog.labels].index("LOC"), 0)
    dialog.delete()
    QApplication.processEvents()
    assert "LOC" not in {l.name for l in window.store.labels()}
    assert window.session.article.entities == ()  # the view took the change
    assert window.actions_["edit.undo"].text().endswith("Delete label")
    window.session.undo()
    QApplication.processEvents()
    assert "LOC" in {l.name for l in window.store.labels()}
    assert [e.text for e in window.session.article.entities] == ["怀化市"]


def test_bad_key_overrides_are_dropped_with_one_warning(qtbot, project):
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    settings = Settings()
    settings.set("keys/overrides", {"review.accept": ["J"], "no.such.action": ["Q"], "review.reject": ["R"]})
    window = MainWindow(Store(project), settings, "ann")
    qtbot.addWidget(window)
    QApplication.processEvents()
    try:
        shortcuts = {a: [k.toString() for k in window.actions_[a].shortcuts()] for a in ("review.accept", "review.reject")}
        assert shortcuts == {"review.accept": ["A", "Ctrl+Return"], "review.reject": ["R"]}  # the clash dropped
        message = window.statusBar().currentMessage()
        assert "review.accept" in message and "no.such.action" in message
    finally:
        window.store.close()


def test_keys_are_remapped_in_the_settings_dialog_and_clashes_refused(window):
    from annotator.ui.dialogs.key_settings import KeySettings
    from annotator.ui.keymap import ACTIONS

    dialog = KeySettings(window.actions_.overrides, window)
    row = [spec.id for spec in ACTIONS].index("review.skip")
    dialog.table.item(row, 1).setText("S")
    assert dialog.overrides() == {"review.skip": ["S"]}
    dialog.table.item(row, 1).setText("J")  # next article's key
    dialog.accept()
    assert dialog.result() != KeySettings.Accepted and "review.next" in dialog.problem.text()
    dialog.table.item(row, 1).setText("S")
    dialog.accept()
    assert dialog.result() == KeySettings.Accepted
    window.actions_.set_keys(dialog.overrides())
    assert [k.toString() for k in window.actions_["review.skip"].shortcuts()] == ["S"]
    assert Qt.Key_S  # the key exists on every keyboard layout Qt knows
