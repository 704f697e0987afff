"""The queue's first page in number order on a big project: by place (schema v12/v13,
split-off parts after their article) against the id order it replaced, in the same run.

    python benchmarks/make_big_project.py /tmp/big.sqlite --articles 100000
    python benchmarks/bench_queue_order.py /tmp/big.sqlite

Opens the project through the store (which migrates it, after a backup copy) and times
`article_ids` for the pending queue's first page and `next_article_id` from the middle,
with the id-ordered query of schema v11 beside them as the reference."""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from annotator.store import ArticleFilter, Store

REFERENCE = "SELECT a.id FROM articles a WHERE a.status IN ('pending') AND a.id > ? ORDER BY a.id LIMIT 500"


def best(fn, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path)
    args = parser.parse_args()
    with Store(args.project, check=False) as store:
        middle = store.count() // 2
        pending = ArticleFilter(statuses=("pending",))
        reference = best(lambda: store.db.execute(REFERENCE, [0]).fetchall())
        first_page = best(lambda: store.article_ids(pending, limit=500))
        later_page = best(lambda: store.article_ids(pending, after=middle, limit=500))
        following = best(lambda: store.next_article_id(middle))
        print(f"{store.count():,} articles (best of 20)")
        print(f"reference (id order, v11 query)  {reference * 1000:8.2f} ms")
        for name, seconds in (("first page of the pending queue", first_page), ("a page from the middle", later_page),
                              ("next article from the middle", following)):
            print(f"{name:<33}{seconds * 1000:8.2f} ms  ratio to reference {seconds / reference:5.2f}")


if __name__ == "__main__":
    main()
