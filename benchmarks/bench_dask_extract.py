"""Pre-extraction on Dask: a local cluster of 2 worker processes against 1, same pages, same
partitions, in the same run; beside them the plain in-process loop (no Dask) as reference.

    python benchmarks/bench_dask_extract.py [--pages 40] [--partitions 8] [--seeds DIR]

Pages are the brief's seed pages (../shared/seeds) if present, else the bundled sample
pages, taken in turn until --pages. Cluster start-up and each worker's first load of the
dictionaries (jieba) are left out of the timed part and printed apart: they are paid once
per cluster, not per page. Target (issue 16): 2 workers >= 1.6x one worker on 2 cores.
The machine's load average is printed: other work on the cores lowers the ratio.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.archive import extract_on, extract_partition  # noqa: E402
from annotator.paths import sample_corpus  # noqa: E402


def page_list(count: int, seeds: Path | None) -> list[Path]:
    pool = sorted(seeds.glob("*.txt")) if seeds and seeds.is_dir() else sample_corpus()
    return [pool[i % len(pool)] for i in range(count)]


def timed_cluster(workers: int, pages: list[Path], partitions: int, out: Path) -> tuple[float, float]:
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        client.run(extract_partition, [str(pages[0])], None, False)  # every worker loads its dictionaries
        ready = time.perf_counter() - started
        started = time.perf_counter()
        report = extract_on(client, pages, out, partitions=partitions)
        elapsed = time.perf_counter() - started
    assert report.pages == len(pages)
    return ready, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2, choices=(1, 2), help="1: one run each; 2: 1,2,2,1 (best of two)")
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    args = parser.parse_args()
    pages = page_list(args.pages, args.seeds)
    print(f"{len(pages)} pages, {args.partitions} partitions, {os.cpu_count()} cores, "
          f"load average before: {os.getloadavg()[0]:.1f}")
    extract_partition([str(pages[0])], None, False)  # dictionaries loaded in this process too
    started = time.perf_counter()
    extract_partition([str(p) for p in pages], None, False)
    alone = time.perf_counter() - started
    print(f"in-process loop (reference): {alone:.1f} s ({alone / len(pages):.2f} s/page)")
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        # 1, 2, 2, 1: a change in the machine's load during the run hits both counts alike
        for run, workers in enumerate((1, 2, 2, 1)[: 2 * args.rounds]):
            out = Path(folder) / f"run{run}"
            ready, elapsed = timed_cluster(workers, pages, args.partitions, out)
            shutil.rmtree(out)
            times[workers] = min(times.get(workers, elapsed), elapsed)
            print(f"{workers} worker(s): {elapsed:.1f} s ({elapsed / len(pages):.2f} s/page, "
                  f"{alone / elapsed:.2f}x the in-process loop); cluster start + warm-up {ready:.1f} s; "
                  f"load average now {os.getloadavg()[0]:.1f}")
    speedup = times[1] / times[2]
    print(f"2 workers vs 1 (best runs): {speedup:.2f}x (target >= 1.6x: {'met' if speedup >= 1.6 else 'NOT met'})")


if __name__ == "__main__":
    main()
