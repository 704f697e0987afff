"""Generate a large project from the seed pages, for speed checks of the app and exports.

    python benchmarks/make_big_project.py OUT.sqlite [--articles 100000] [--seeds DIR]

The seed pages are imported with the real importer (cleaning, splitting, extraction); their
articles are then repeated, each copy numbered in a last line so that content hashes
differ, with the same spans (offsets are unchanged: the number is appended at the end).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from annotator.core.types import ArticleDraft
from annotator.io.importer import import_paths
from annotator.store import SourceRecord, Store

REPO = Path(__file__).resolve().parent.parent
BATCH = 5000


def template_articles(seeds: Path) -> list:
    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "template.sqlite") as store:
            import_paths(store, sorted(seeds.glob("*.txt")))
            return list(store.iter_articles())


def make(out: Path, count: int, seeds: Path) -> None:
    templates = template_articles(seeds)
    started = time.perf_counter()
    with Store(out) as store:
        made = 0
        while made < count:
            drafts = []
            for n in range(made, min(count, made + BATCH)):
                article = templates[n % len(templates)]
                drafts.append(ArticleDraft(
                    text=f"{article.text}\n（副本 {n + 1}）", title=article.title, subtitle=article.subtitle,
                    byline=article.byline, position=n, entities=article.entities, metrics=article.metrics,
                ))
            store.import_source(SourceRecord(f"synthetic-{made // BATCH:04d}.txt", f"synthetic-{out.name}-{made}", ""), drafts)
            made += len(drafts)
            print(f"{made} articles", flush=True)
    print(f"{count} articles in {time.perf_counter() - started:.1f} s -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seeds", type=Path, default=REPO / "resources" / "sample")
    args = parser.parse_args()
    make(args.out, args.articles, args.seeds)


if __name__ == "__main__":
    main()
