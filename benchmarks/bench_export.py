"""Export speed of every format on a synthetic project, against the time to just read the
rows (Store.iter_articles) in the same run. Not a test: it prints figures.

    python benchmarks/bench_export.py [--project P.sqlite] [--articles 100000] [--formats jsonl,conll]

The project is built once (and reused while it has enough articles) from the seed pages:
they go through the real importer (cleaning, splitting, extraction), then their articles
are repeated through the Store with a numbered last line, so every copy has its own
content hash, the same spans and a status taken in turn from the four statuses.

Targets (issue 6): native jsonl >= 10,000 articles/s and within 3x of the bare read; no
format slower than 2,000 articles/s. The figures depend on the machine: the line
"python loop" gives a reference to compare machines by.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core.types import STATUSES, ArticleDraft  # noqa: E402
from annotator.io.export import FORMATS  # noqa: E402
from annotator.io.importer import import_paths  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

BATCH = 5000


def seed_templates(seeds: Path) -> list:
    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "seeds.sqlite") as store:
            import_paths(store, sorted(seeds.glob("*.txt")))
            return list(store.iter_articles())


def build(project: Path, count: int, seeds: Path) -> None:
    templates = seed_templates(seeds)
    started = time.perf_counter()
    with Store(project) as store:
        made = store.count()
        while made < count:
            drafts = [
                ArticleDraft(
                    text=f"{t.text}\n（副本 {n + 1}）", title=t.title, subtitle=t.subtitle, byline=t.byline,
                    position=n, entities=t.entities, metrics=t.metrics, status=STATUSES[n % len(STATUSES)],
                    needs_extraction=(),
                )
                for n in range(made, min(count, made + BATCH))
                for t in [templates[n % len(templates)]]
            ]
            store.import_source(SourceRecord(f"bench-{made // BATCH:04d}.txt", f"bench-{project.name}-{made}", ""), drafts)
            made += len(drafts)
            print(f"\rbuilding: {made} articles", end="", flush=True)
    print(f"\rbuilt {count} articles in {time.perf_counter() - started:.0f} s -> {project}")


def python_loop_ns() -> float:
    """ns per iteration of a plain Python loop: a yardstick for comparing machines."""
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return (time.perf_counter() - started) / 5_000_000 * 1e9


def bare_read(project: Path) -> tuple[int, float]:
    with Store(project, create=False) as store:
        started = time.perf_counter()
        count = sum(1 for _ in store.iter_articles())
        return count, time.perf_counter() - started


def timed_export(project: Path, name: str, folder: Path) -> tuple[int, int, float, int]:
    fmt = FORMATS[name]
    out = folder / f"bench{fmt.suffix}"
    with Store(project, create=False) as store:
        started = time.perf_counter()
        result = fmt.write(out, store.iter_articles())
        seconds = time.perf_counter() - started
    size = out.stat().st_size
    out.unlink()
    return int(result), len(result.skipped), seconds, size


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", type=Path, default=Path(tempfile.gettempdir()) / "annotator-bench-export.sqlite")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seeds", type=Path, default=Path(os.environ.get("ANNOTATOR_SHARED", REPO.parent / "shared")) / "seeds")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated; default: all")
    parser.add_argument("--out", type=Path, default=None, help="folder to write in (files are deleted after timing)")
    args = parser.parse_args(argv)

    have = 0
    if args.project.exists():
        with Store(args.project, create=False) as store:
            have = store.count()
    if have < args.articles:
        build(args.project, args.articles, args.seeds)
    print(f"python loop: {python_loop_ns():.0f} ns per iteration")
    count, read_seconds = bare_read(args.project)
    print(f"bare read (Store.iter_articles): {count} articles in {read_seconds:.1f} s = {count / read_seconds:,.0f} articles/s")
    with tempfile.TemporaryDirectory(prefix="bench-export-", dir=args.out or args.project.parent) as folder:
        print(f"{'format':<14}{'articles/s':>12}{'x bare read':>13}{'seconds':>9}{'MB':>9}{'skipped':>9}")
        for name in args.formats.split(","):
            written, skipped, seconds, size = timed_export(args.project, name, Path(folder))
            print(f"{name:<14}{written / seconds:>12,.0f}{seconds / read_seconds:>13.2f}{seconds:>9.1f}"
                  f"{size / 2**20:>9.0f}{skipped:>9}", flush=True)
    _, again = bare_read(args.project)
    print(f"bare read again: {count / again:,.0f} articles/s (the ratios use the first)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
