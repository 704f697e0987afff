"""Test configuration: Qt runs offscreen, user data goes to a temporary folder, and the
brief's shared pages are found beside the repository (tests skip, saying why, without)."""
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ANNOTATOR_SHARED", REPO.parent / "shared"))


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("annotator-home")
    monkeypatch.setenv("ANNOTATOR_HOME", str(home))
    monkeypatch.setenv("ANNOTATOR_REVIEWER", "tester")
    return home


@pytest.fixture
def shared():
    if not (SHARED / "seeds").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip(f"the brief's shared pages are not at {SHARED} (set ANNOTATOR_SHARED to point at them)")
    return SHARED


@pytest.fixture
def seed_pages(shared):
    return sorted((shared / "seeds").glob("*.txt"))


@pytest.fixture
def store(tmp_path):
    from annotator.store import Store

    with Store(tmp_path / "project.sqlite") as opened:
        yield opened


@pytest.fixture
def score_against_gold(tmp_path):
    """Import pages through the real pipeline into a fresh project and score it against a
    folder of gold files: returns (overall, pages) from annotator.evaluation."""
    from annotator.evaluation import evaluate_gold
    from annotator.io.importer import import_paths
    from annotator.store import Store

    def score(pages, gold_dir):
        with Store(tmp_path / "gold-check.sqlite") as store:
            report = import_paths(store, pages)
            assert not report.problems, report.problems
            result = evaluate_gold(store, gold_dir)
        assert not result["missing"], result["missing"]
        return result["overall"], result["pages"]

    return score


@pytest.fixture
def review_window(qtbot):
    """Open the real main window on a project file, shown, active, the article text focused
    (as a reviewer finds it); windows are closed with their stores afterwards."""
    from annotator.store import Store
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    opened = []

    def open_window(path, reviewer: str = "tester"):
        from PySide6.QtWidgets import QApplication

        window = MainWindow(Store(path), Settings(), reviewer)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.panels.article.text.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.panels.article.text)
        opened.append(window)
        return window

    yield open_window
    import shiboken6

    for window in opened:
        if shiboken6.isValid(window):  # qtbot may have deleted it already
            window.close()
        window.store.close()
