"""Opening a project and the queue's first page of searches, at the store (no Qt): what the
file's layout decides, apart from drawing. Not a test: it prints medians.

    PYTHONPATH=. python benchmarks/bench_store_search.py PROJECT.sqlite [--runs 7] [--queries 怀化市,洪江区,怀化,洪江,沙漠]

"open": a Store opened on the file (the deferred whole-file check left out, as the app
defers it) and its first article read with its spans. Each query: the first 500 ids
(`article_ids(..., limit=500)`, what the queue shows at once) and every hit. The file is
only read (the first opening may migrate it to this checkout's schema: run it once first).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.store import Store  # noqa: E402
from annotator.store.queries import ArticleFilter  # noqa: E402

PAGE = 500


def _median_ms(run, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--queries", default="怀化市,洪江区,怀化,洪江,沙漠")
    args = parser.parse_args(argv)

    def open_first():
        with Store(args.project, create=False, check=False) as store:
            first = store.article_ids(limit=1)
            return store.article(first[0]) if first else None

    with Store(args.project, create=False, check=False) as store:
        print(f"{args.project}: schema v{store.schema_version}, {args.project.stat().st_size / 1e6:,.0f} MB")
    ms, article = _median_ms(open_first, args.runs)
    print(f"open and read the first article: {ms:.1f} ms (median of {args.runs}; "
          f"{len(article.entities) if article else 0} entities)")
    with Store(args.project, create=False, check=False) as store:
        for query in args.queries.split(","):
            flt = ArticleFilter(query=query)
            page_ms, page = _median_ms(lambda: store.article_ids(flt, limit=PAGE), args.runs)
            all_ms, hits = _median_ms(lambda: store.article_ids(flt), max(1, args.runs // 2))
            print(f"{query}: first page {page_ms:.1f} ms ({len(page)} ids), all {len(hits):,} hits {all_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
