"""How fast the app opens a large project and moves between articles (offscreen Qt).

    python benchmarks/make_big_project.py /tmp/big.sqlite        # once: 100k articles
    python benchmarks/bench_ui.py /tmp/big.sqlite

Reports, with the absolute times: opening (window built, first article shown) and moving to
the next article (J), each against the bare store read of one article in the same run.
Targets from the brief: first article well under 2 s, next article well under 100 ms.
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


def main(path: str, moves: int = 200) -> None:
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

    reads = []
    with Store(path) as other:
        for article_id in window.queue_model.ids[:moves]:
            before = time.perf_counter()
            other.article(article_id)
            reads.append(time.perf_counter() - before)
    read = statistics.median(reads)
    step = statistics.median(steps)
    print(f"articles in project: {total:,}")
    print(f"open to first article: {opened * 1000:.0f} ms")
    print(f"next article: median {step * 1000:.1f} ms, p95 {sorted(steps)[int(0.95 * len(steps))] * 1000:.1f} ms "
          f"({step / read:.1f}x the bare store read of one article, {read * 1000:.2f} ms)")
    window.close()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1])
