"""A worker's answer that arrives after the window closed (counts, training, a search) asks
for a refresh; the project file is closed by then, and nothing may touch it."""
import pytest

pytest.importorskip("PySide6")

from annotator.core.types import ArticleDraft  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402


def test_a_refresh_asked_after_closing_touches_nothing(qtbot, tmp_path, review_window):
    path = tmp_path / "late.sqlite"
    with Store(path) as store:
        store.import_source(SourceRecord("page.txt", "sha-late", "x"), [ArticleDraft("第一篇\n正文。", title="第一篇")])
    window = review_window(path)
    window.close()
    window.store.close()
    window.refresh()  # as a late worker's done-callback does
    qtbot.wait(50)  # the event loop turns: pytest-qt fails the test on an exception raised in it
    assert not window._refresh_timer.isActive()


def test_a_repeat_correction_finished_after_closing_touches_nothing(qtbot, tmp_path, review_window):
    # the worker that applies a repeated correction answers on the GUI thread; the window and
    # its project file may be closed by then (seen when the machine was slow)
    path = tmp_path / "late-repeat.sqlite"
    with Store(path) as store:
        store.import_source(SourceRecord("page.txt", "sha-late-2", "x"), [ArticleDraft("第一篇\n正文。", title="第一篇")])
    window = review_window(path)
    session = window.session
    article_ids = [session.article.id] if session.article else []
    window.close()
    window.store.close()

    class Batch:  # what the worker hands back: a change that touched the article shown
        pass

    late = Batch()
    late.article_ids, late.name = set(article_ids), "repeat"
    session._repeated(late)
    session.publish(late)
    qtbot.wait(50)
