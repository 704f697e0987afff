"""Export writers of two checkouts timed in one process, alternately (A B, then B A, ...),
best of N each, on the same articles held in memory: the after/before ratio per format.
On a busy machine this is steadier than two runs of bench_export.py; run it with the same
tree twice (A A) to see the noise. Not a test: it prints figures.

    python benchmarks/bench_export_ab.py BEFORE_TREE AFTER_TREE PROJECT.sqlite \
        [--formats jsonl,doccano] [--articles 1000] [--repeat 15]

(BEFORE_TREE: e.g. `git archive <commit> | tar -x -C /tmp/before`; PROJECT: one made by
bench_export.py, which both trees can open.)
"""
from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from pathlib import Path


def load(root: str):
    """FORMATS and Store of the checkout at `root` (a fresh import of the package)."""
    for name in [m for m in sys.modules if m == "annotator" or m.startswith("annotator.")]:
        del sys.modules[name]
    sys.path.insert(0, root)
    try:
        return importlib.import_module("annotator.io.export").FORMATS, importlib.import_module("annotator.store").Store
    finally:
        sys.path.remove(root)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("project", type=Path)
    parser.add_argument("--formats", default="jsonl,spacy-jsonl,spacy,doccano,label-studio,conll")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    before, store = load(args.before)
    after, _ = load(args.after)
    with store(args.project, create=False) as opened:
        articles = [article for _, article in zip(range(args.articles), opened.iter_articles())]
    folder = Path(tempfile.mkdtemp(prefix="bench-export-ab-"))
    print(f"{len(articles)} articles, best of {args.repeat} each")
    print(f"{'format':<13}{'before a/s':>11}{'after a/s':>11}{'after/before':>14}")
    for name in args.formats.split(","):
        best = {"before": float("inf"), "after": float("inf")}
        sides = [("before", before), ("after", after)]
        for turn in range(args.repeat):
            for side, formats in sides if turn % 2 == 0 else sides[::-1]:
                out = folder / f"{side}{formats[name].suffix}"
                started = time.perf_counter()
                formats[name].write(out, iter(articles))
                best[side] = min(best[side], time.perf_counter() - started)
                out.unlink()
        print(f"{name:<13}{len(articles) / best['before']:>11.0f}{len(articles) / best['after']:>11.0f}"
              f"{best['before'] / best['after']:>14.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
