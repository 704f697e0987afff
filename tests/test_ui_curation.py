"""Curation in the app: a team file shows the reviewers' versions of a disagreed article
beside it; V walks the rows, T takes a whole version or one span, Ctrl+Z undoes it."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.store import Store  # noqa: E402
from annotator.team import assign, merge  # noqa: E402
from test_team import make_project, review  # noqa: E402  (tests/ is on the path: no package)


@pytest.fixture
def team_window(qtbot, tmp_path, review_window):
    done = assign(make_project(tmp_path / "paper.sqlite", 2), ["alice", "bob"], tmp_path / "out", overlap=1.0)
    review(done.files["alice"], "accepted")
    review(done.files["bob"], "rejected", add=("怀化市", "LOC"))
    merge(list(done.files.values()), tmp_path / "team.sqlite")
    yield review_window(tmp_path / "team.sqlite", "lead")
    qtbot.wait(100)


def press(qtbot, key, modifiers=Qt.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    QApplication.processEvents()


def rows(window):
    panel = window.versions
    return [panel.topLevelItem(n).text(0) for n in range(panel.topLevelItemCount())]


def test_versions_side_by_side_and_taken_with_one_key(qtbot, team_window):
    window = team_window
    assert window.versions_box.isVisible()
    assert [r.split(" · ")[0] for r in rows(window)] == ["alice", "bob"]
    article = window.session.article
    assert article.status == "pending" and [e.text for e in article.entities] == ["长沙市"]
    assert window.versions.choice() == (0, -1)  # the first reviewer's row to begin with
    press(qtbot, Qt.Key_V)  # bob's row
    assert window.versions.choice() == (1, -1)
    press(qtbot, Qt.Key_T)
    taken = window.store.article(article.id)
    assert taken.status == "rejected" and sorted(e.text for e in taken.entities) == ["怀化市", "长沙市"]
    assert taken.reviewer == "lead"  # the curator decided
    window.session.open_article(article.id)
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    undone = window.store.article(article.id)
    assert undone.status == "pending" and [e.text for e in undone.entities] == ["长沙市"]


def test_one_span_of_a_version_taken(qtbot, team_window):
    window = team_window
    article = window.session.article
    for _ in range(2):  # from alice's row: bob's, then bob's + 怀化市
        press(qtbot, Qt.Key_V)
    version, span = window.versions.choice()
    assert version == 1 and span >= 0
    press(qtbot, Qt.Key_T)
    taken = window.store.article(article.id)
    assert sorted(e.text for e in taken.entities) == ["怀化市", "长沙市"] and taken.status == "pending"


def test_an_ordinary_project_shows_no_versions(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    window = MainWindow(Store(make_project(tmp_path / "paper.sqlite", 2)), Settings(), "tester")
    qtbot.addWidget(window)
    try:
        assert not window.versions_box.isVisibleTo(window) and not window.actions_["curate.take"].isEnabled()
    finally:
        window.close()
        window.store.close()


def test_agreement_figures_in_the_app(qtbot, team_window, monkeypatch):
    from annotator.ui.dialogs.agreement_dialog import AgreementDialog

    shown = []
    monkeypatch.setattr(AgreementDialog, "exec", lambda dialog: shown.append(dialog))
    assert team_window.actions_["view.agreement"].isEnabled()
    team_window.actions_["view.agreement"].trigger()
    (dialog,) = shown
    pair = [dialog.pairs.item(0, c).text() for c in range(dialog.pairs.columnCount())]
    headers = [dialog.pairs.horizontalHeaderItem(c).text() for c in range(dialog.pairs.columnCount())]
    # alice accepted both articles, bob rejected both and added 怀化市 to each: statuses never
    # agree (kappa 0: both gave one status to everything, p_e = 0); LOC: 2 both, 2 only bob -> 4/6
    assert pair[:4] == ["alice / bob", "2", "2", "0.000"]
    assert pair[headers.index("F1 LOC")] == "0.667"


def _statements_at_accept(qtbot, window) -> list[str]:
    """The SQL the window's own connection runs while A saves and shows the next article."""
    statements: list[str] = []
    window.store.db.conn.set_trace_callback(statements.append)
    try:
        press(qtbot, Qt.Key_A)
    finally:
        window.store.db.conn.set_trace_callback(None)
    return statements


def test_a_file_that_is_no_team_file_reads_no_versions_at_accept(qtbot, tmp_path, review_window):
    window = review_window(make_project(tmp_path / "paper.sqlite", 3))
    window.panels.article.text.setFocus()
    first = window.session.article.id
    statements = _statements_at_accept(qtbot, window)
    assert window.session.article.id != first and window.store.article(first).status == "accepted"
    assert statements and not [s for s in statements if "team_versions" in s]
    assert not window.versions_box.isVisible()


def test_a_team_file_reads_the_next_articles_versions_at_accept(qtbot, team_window):
    window = team_window
    first = window.session.article.id
    statements = _statements_at_accept(qtbot, window)
    assert window.session.article.id != first
    assert [s for s in statements if "FROM team_versions" in s]
