"""How fast the app opens a large project and moves between articles (offscreen Qt).

    python benchmarks/make_big_project.py /tmp/big.sqlite        # once: 100k articles
    python benchmarks/bench_ui.py /tmp/big.sqlite

Reports, with the absolute times: opening (window built, first article shown), moving to
the next article (J), and accepting an article (A: the status saved to disk, the next
pending article shown, the window refreshed), each against the bare store read of one
article in the same run. Targets: first article well under 2 s, next article well under
100 ms; accepting: median <= 15 ms, p95 <= 40 ms (issue 12).

The project file is changed (articles get accepted); the accepts are undone at the end.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_HOME", tempfile.mkdtemp(prefix="annotator-bench-"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.store import Store  # noqa: E402
from annotator.ui.main_window import MainWindow  # noqa: E402
from annotator.ui.settings import Settings  # noqa: E402


def _summary(times: list[float], read: float) -> str:
    median = statistics.median(times)
    p95 = sorted(times)[int(0.95 * len(times))]
    return (f"median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms "
            f"({median / read:.1f}x the bare store read of one article, {read * 1000:.2f} ms)")


def main(path: str, moves: int = 200, accepts: int = 200) -> None:
    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    store = Store(path)
    window = MainWindow(store, Settings(), "bench")
    window.show()
    app.processEvents()
    opened = time.perf_counter() - started
    assert window.session.article is not None
    total = len(window.queue_model.ids)

    steps = []
    for _ in range(moves):
        before = time.perf_counter()
        window.session.step(1)
        app.processEvents()
        steps.append(time.perf_counter() - before)

    window.session.next_pending()
    app.processEvents()
    accepted, accept_times = [], []
    for _ in range(accepts):
        article = window.session.article
        if article is None or article.status != "pending":
            break
        before = time.perf_counter()
        window.session.set_status("accepted")  # what A does
        app.processEvents()  # the one refresh of this turn of the event loop
        accept_times.append(time.perf_counter() - before)
        accepted.append(article.id)
        assert window.store.article(article.id).status == "accepted" and window.session.article.id != article.id

    reads = []
    with Store(path) as other:
        for article_id in window.queue_model.ids[:moves]:
            before = time.perf_counter()
            other.article(article_id)
            reads.append(time.perf_counter() - before)
    read = statistics.median(reads)
    print(f"articles in project: {total:,}")
    print(f"open to first article: {opened * 1000:.0f} ms")
    print(f"next article (J): {_summary(steps, read)}")
    if accept_times:
        print(f"accept (A: saved, next article shown): {_summary(accept_times, read)}  [target: median <= 15 ms, p95 <= 40 ms]")
    for _ in accepted:  # leave the project as it was
        window.store.undo("bench")
    window.close()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1])
