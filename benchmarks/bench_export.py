"""Export speed of every format on a synthetic project, against a bare sqlite3 read of every
article and every span (plain tuples, no objects) in the same run. Not a test: it prints figures.

    python benchmarks/bench_export.py [--project P.sqlite] [--articles 100000] [--formats jsonl,conll]
                                      [--limit N]

The project is built once (and reused while it has enough articles) from the seed pages:
they go through the real importer (cleaning, splitting, extraction), then their articles
are repeated through the Store with a numbered last line, so every copy has its own
content hash, the same spans and a status taken in turn from the four statuses.

Targets (issue 15): native jsonl >= 10,000 articles/s and every format >= 5,000/s, where
the bare read runs at 21,000/s: jsonl within 2.1x of the bare read's time, every format within
4.2x; at most 300 MB resident while exporting (the "peak MB" column: the process's peak so
far). "x bare" and "x CPU" are the export's wall and CPU time over those of a bare read made
right before it; "import s" is the CPU time of importing the format's own dependency (spaCy
for the DocBin, about a second once per export: a fixed cost that weighs on a --limit run
and hardly on the 100k project), included in "x CPU" and left out of "x CPU w/o". The figures depend on the machine (shared machines: compare the ratios, which are taken
in the same run); the line "python loop" gives a reference to compare machines by.
"""
from __future__ import annotations

import argparse
import os
import resource
import sqlite3
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


def _clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(started: tuple[float, float]) -> tuple[float, float]:
    """(wall, CPU) seconds: on a shared machine the CPU seconds are the steadier ratio."""
    wall, cpu = _clocks()
    return wall - started[0], cpu - started[1]


def bare_sqlite_read(project: Path, limit: int | None) -> tuple[int, tuple[float, float]]:
    """Every article and every span as plain rows, in the order an export reads them. The
    texts come as stored: since schema v15 mostly UTF-16 bytes, which the store decodes."""
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    last = limit if limit is not None else 2**62
    started = _clocks()
    count = sum(1 for _ in conn.execute(
        "SELECT id, text, title, subtitle, byline, source_id, position, status, reviewer, updated_at, meta "
        "FROM articles WHERE id <= ? ORDER BY id", [last]))
    for table in ("entities", "metrics"):
        for _ in conn.execute(f'SELECT * FROM {table} WHERE article_id <= ? ORDER BY article_id, start, "end", id', [last]):
            pass
    seconds = _since(started)
    conn.close()
    return count, seconds


def store_read(project: Path, limit: int | None) -> tuple[int, tuple[float, float]]:
    with Store(project, create=False) as store:
        started = _clocks()
        count = sum(1 for _ in store.iter_articles(limit=limit))
        return count, _since(started)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


NO_TOKENS = "/no-tokens"  # e.g. spacy-jsonl/no-tokens: `export --no-tokens`


def _import_dependencies(name: str) -> float:
    """CPU seconds of importing what the format needs beyond the standard library (spaCy for
    the DocBin: about a second, once per export; 0 when it was imported already)."""
    started = time.process_time()
    if name == "spacy":
        from annotator.io.fmt_spacy import spacy_modules

        spacy_modules()
    return time.process_time() - started


def timed_export(project: Path, name: str, folder: Path, limit: int | None) -> tuple[int, int, tuple, int, float]:
    options = {"tokens": False} if name.endswith(NO_TOKENS) else {}
    fmt = FORMATS[name.removesuffix(NO_TOKENS)]
    out = folder / f"bench{fmt.suffix}"
    with Store(project, create=False) as store:
        started = _clocks()
        imports = _import_dependencies(fmt.name)  # timed with the export, as a user waits for it
        result = fmt.write(out, store.iter_articles(limit=limit), **options)  # as the export command passes them
        seconds = _since(started)
    size = out.stat().st_size
    out.unlink()
    return int(result), len(result.skipped), seconds, size, imports


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", type=Path, default=Path(tempfile.gettempdir()) / "annotator-bench-export.sqlite")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seeds", type=Path, default=Path(os.environ.get("ANNOTATOR_SHARED", REPO.parent / "shared")) / "seeds")
    every = [name for fmt in FORMATS.values() for name in ([fmt.name, fmt.name + NO_TOKENS] if fmt.leaves_out_tokens else [fmt.name])]
    parser.add_argument("--formats", default=",".join(every), help="comma-separated; default: all (and spacy-jsonl/no-tokens)")
    parser.add_argument("--out", type=Path, default=None, help="folder to write in (files are deleted after timing)")
    parser.add_argument("--limit", type=int, default=None, help="read and export only the first N articles")
    args = parser.parse_args(argv)

    have = 0
    if args.project.exists():
        with Store(args.project, create=False) as store:
            have = store.count()
    if have < args.articles:
        build(args.project, args.articles, args.seeds)
    print(f"python loop: {python_loop_ns():.0f} ns per iteration")
    count, (read_wall, read_cpu) = bare_sqlite_read(args.project, args.limit)
    print(f"bare sqlite3 read: {count} articles and their spans in {read_wall:.1f} s = "
          f"{count / read_wall:,.0f} articles/s ({count / read_cpu:,.0f} per CPU second)")
    _, (wall, cpu) = store_read(args.project, args.limit)
    print(f"Store.iter_articles: {count / wall:,.0f} articles/s ({wall / read_wall:.2f}x the bare read's time, "
          f"{cpu / read_cpu:.2f}x its CPU time)")
    with tempfile.TemporaryDirectory(prefix="bench-export-", dir=args.out or args.project.parent) as folder:
        print(f"{'format':<24}{'articles/s':>12}{'x bare':>8}{'x CPU':>7}{'seconds':>9}{'MB':>7}{'skipped':>9}{'peak MB':>9}"
              f"{'import s':>10}{'x CPU w/o':>11}")
        for name in args.formats.split(","):
            # the reference is read again right before each format: on a shared machine the
            # load changes within a run, and a ratio to a reference taken minutes earlier drifts
            _, (read_wall, read_cpu) = bare_sqlite_read(args.project, args.limit)
            written, skipped, (wall, cpu), size, imports = timed_export(args.project, name, Path(folder), args.limit)
            print(f"{name:<24}{written / wall:>12,.0f}{wall / read_wall:>8.2f}{cpu / read_cpu:>7.2f}{wall:>9.1f}"
                  f"{size / 2**20:>7.0f}{skipped:>9}{peak_mb():>9.0f}{imports:>10.1f}{(cpu - imports) / read_cpu:>11.2f}",
                  flush=True)
    _, (again, again_cpu) = bare_sqlite_read(args.project, args.limit)
    print(f"bare sqlite3 read at the end: {count / again:,.0f} articles/s, {count / again_cpu:,.0f} per CPU second "
          "(each format's ratios use the read made right before it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
