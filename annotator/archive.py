"""Pre-extraction of a large archive on Dask (`annotator extract --dask`): cleaning,
splitting and extraction as a map over a Dask bag of page paths, one JSONL shard per
partition, for `annotator import` to take without extracting again.

Each task is a pure function of the page's bytes and the learned lexicon passed to it
(io.importer.prepare_data): the same page gives the same proposals on any worker, and the
same as an import in one process. Without an address a local cluster of worker processes
is started (and stopped) here; with `--scheduler ADDRESS` the same code runs on a
dask.distributed cluster, whose workers must see the page files under the same paths
(a shared folder) and run the same annotator version (the shard records which one).
"""
from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .core.extraction import Lexicon

PAGES_PER_SHARD = 200  # ~6 MB of pages: a shard is imported in one pass and stays small


class DaskMissing(RuntimeError):
    pass


def require_dask():
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as error:
        raise DaskMissing("annotator extract --dask needs Dask: pip install 'annotator[dask]' "
                          f"(missing: {error.name})") from error


def extract_partition(paths: list[str], lexicon: Lexicon | None, one_article: bool) -> list[tuple[bool, str]]:
    """One partition: every page read, cleaned, split and pre-extracted; (refused, shard
    line) per page back."""
    from .io.importer import PreparedFile, prepare_data
    from .io.problems import Problem
    from .io.shards import page_line

    lines = []
    for path in paths:
        name = Path(path).name
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            failed = PreparedFile(name, path, fatal=True)
            failed.problems.append(Problem(name, None, f"cannot read the file on the worker: {error.strerror}"))
            lines.append((True, page_line(failed)))
            continue
        prepared = prepare_data(name, path, data, one_article, lexicon)
        lines.append((prepared.fatal, page_line(prepared)))
    return lines


@dataclass
class ExtractReport:
    shards: list[Path] = field(default_factory=list)
    pages: int = 0
    failed: int = 0
    workers: int = 0


def default_partitions(pages: int, workers: int) -> int:
    return max(min(pages, 2 * workers), math.ceil(pages / PAGES_PER_SHARD))


def extract_archive(paths: list[Path], out: Path, *, scheduler: str | None = None, partitions: int | None = None,
                    workers: int | None = None, lexicon: Lexicon | None = None, one_article: bool = False,
                    progress: Callable[[int, int, str], None] | None = None) -> ExtractReport:
    require_dask()
    from distributed import Client, LocalCluster

    if not paths:
        raise ValueError("no pages to extract")
    _check_out(out)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # a free port: no clash with another cluster
        client = Client(cluster)
    try:
        return extract_on(client, paths, out, partitions=partitions, lexicon=lexicon, one_article=one_article,
                          progress=progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _check_out(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    existing = sorted(out.glob("shard-*.jsonl"))
    if existing:
        raise ValueError(f"{out} already holds shards ({existing[0].name}, ...); choose an empty --out folder")


def extract_on(client, paths: list[Path], out: Path, *, partitions: int | None = None, lexicon: Lexicon | None = None,
               one_article: bool = False, progress: Callable[[int, int, str], None] | None = None) -> ExtractReport:
    """The map over a bag of page paths on a running Dask client; one shard per partition,
    written here as partitions finish."""
    import dask.bag as bag
    from distributed import as_completed

    from .io.shards import write_shard

    _check_out(out)
    report = ExtractReport(workers=len(client.scheduler_info()["workers"]))
    partitions = partitions or default_partitions(len(paths), max(report.workers, 1))
    pages = bag.from_sequence([str(p) for p in paths], npartitions=min(partitions, len(paths)))
    parts = pages.map_partitions(extract_partition, lexicon, one_article).to_delayed()
    futures = client.compute(parts)
    index_of = {future.key: index for index, future in enumerate(futures)}
    width = len(str(len(futures)))
    for done, future in enumerate(as_completed(futures), start=1):
        results = future.result()
        shard = out / f"shard-{index_of[future.key] + 1:0{width}d}.jsonl"
        write_shard(shard, [line for _, line in results], lexicon)
        report.shards.append(shard)
        report.pages += len(results)
        report.failed += sum(refused for refused, _ in results)
        if progress:
            progress(done, len(futures), shard.name)
    report.shards.sort()
    return report
