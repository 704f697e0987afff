"""Opening a large project (issue 15): the counts per status are read by a worker, not
before the first article is shown, and stay right when edits overtake them."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.types import ArticleDraft  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

TEXTS = [f"第{n}篇\n怀化市洪江区新建学校{n}所。" for n in range(1, 6)]


@pytest.fixture
def large_project(tmp_path, monkeypatch):
    from annotator.store import store as store_module

    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        store.import_source(SourceRecord("page.txt", "sha", "\n".join(TEXTS)),
                            [ArticleDraft(text, title=text.split("\n")[0]) for text in TEXTS])
    monkeypatch.setattr(store_module, "CHECK_ON_OPEN_BYTES", 1024)  # this small file counts as large
    return path


def test_a_large_project_counts_its_statuses_in_a_worker(review_window, large_project, qtbot, monkeypatch):
    import threading

    from annotator.store import queries

    threads = []
    real = queries.status_counts
    monkeypatch.setattr(queries, "status_counts", lambda db: (threads.append(threading.current_thread()), real(db))[1])
    window = review_window(large_project)
    assert window.store.large and window.session.article is not None
    qtbot.waitUntil(lambda: window.status_counts.counts is not None, timeout=10000)
    assert window.status_counts.counts["pending"] == 5
    qtbot.waitUntil(lambda: "5" in window.status.counts.text())  # shown at the window's next refresh
    assert threads and threading.main_thread() not in threads


def test_counts_overtaken_by_an_edit_are_read_again(review_window, large_project, qtbot, monkeypatch):
    """An accept that lands while the worker counts: the count read before it is not shown."""
    import threading

    from annotator.store import queries

    real, accepted = queries.status_counts, threading.Event()

    def slow_count(db):
        counts = real(db)
        if threading.current_thread() is not threading.main_thread():
            accepted.wait(10)  # read before the accept, handed back after it
        return counts

    monkeypatch.setattr(queries, "status_counts", slow_count)
    window = review_window(large_project)
    window.session.set_status("accepted")
    QApplication.processEvents()
    accepted.set()
    qtbot.waitUntil(lambda: window.status_counts.counts is not None and not window.status_counts.counting, timeout=10000)
    assert window.status_counts.counts["accepted"] == 1 and window.status_counts.counts["pending"] == 4
    qtbot.waitUntil(lambda: "1" in window.status.counts.text() and "4" in window.status.counts.text())  # next refresh
