"""Import speed: the whole pipeline (decode, clean, split, extract entities and metrics, store
into a fresh project) against bare `jieba.posseg.cut` over the same articles, in the same run.
Not a test: it prints figures.

    python benchmarks/bench_import.py [--seeds DIR] [--mb 2] [--jobs 2] [--repeat 2] [--no-breakdown]
                                      [--learned REVIEWED.jsonl]

The seed pages are repeated until the page files hold about `--mb` MB (UTF-8). Each copy gets
a different pair of CJK characters at every 。 so that no article is a duplicate of another (the
store skips duplicates by content hash, which would flatter the pipeline), placed before the 。
so that sentence ends stay where they are. One-time loads
(jieba's dictionary, gazetteer, units) happen before any timing, for both sides.

Figures: characters per second of the page text for the pipeline with 1 and with `--jobs`
processes, posseg's characters per second over the cleaned article texts of the same pages,
the ratio posseg time / pipeline time (target >= 1.0: the pipeline at least as fast as bare
posseg), the multi-process speed-up, and where the single-process time goes. posseg without
its HMM (no guessing of unknown words) is timed too, as a yardstick for the entity finder.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core import tokenize  # noqa: E402
from annotator.core.extraction import Extractor  # noqa: E402
from annotator.core.metrics import find_metrics  # noqa: E402
from annotator.io.decoding import decode  # noqa: E402
from annotator.io.importer import import_paths, prepare_file  # noqa: E402
from annotator.io.pages import page_drafts  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

MARKERS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"


def make_pages(seeds: Path, folder: Path, megabytes: float) -> list[Path]:
    originals = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))]
    if not originals:
        raise SystemExit(f"no .txt pages in {seeds}")
    paths, size, copy = [], 0, 0
    while size < megabytes * 1_000_000:
        for stem, text in originals:
            marker = MARKERS[copy % len(MARKERS)] + MARKERS[copy // len(MARKERS) % len(MARKERS)]
            path = folder / f"{stem}-{copy:03d}.txt"
            # before the 。, not after it: a line must still end its sentence where the page's
            # does, or the splitter sees every paragraph as cut and weighs every pair of pieces
            path.write_text(text.replace("。", marker + "。"), encoding="utf-8")
            paths.append(path)
            size += path.stat().st_size
        copy += 1
    return paths


def warm_up() -> None:
    tokenize.jieba()
    Extractor().extract("截至11月底，怀化市洪江区新增就业8210人，奋战五十天，彭红霞表示。")


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def timed_cpu(work) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): on a shared machine the CPU time of
    single-process work is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def posseg_time(texts: list[str], hmm: bool = True) -> tuple[float, float]:
    import jieba.posseg as pseg

    def run():
        for text in texts:
            for _ in pseg.cut(text, HMM=hmm):
                pass

    return timed_cpu(run)


def pipeline_time(paths: list[Path], folder: Path, jobs: int, learned: Path | None = None) -> tuple[float, float]:
    project = folder / f"bench-{jobs}.sqlite"
    with Store(project) as store:
        if learned is not None:  # reviewed articles first: the timed import runs with the trained model
            import_paths(store, [learned])
            if not store.lexicon().model:
                raise SystemExit(f"{learned} trained no model (it needs accepted articles with entity spans)")
        elapsed = timed_cpu(lambda: import_paths(store, paths, jobs=jobs))
        articles = store.count()
    project.unlink()
    if articles == 0:
        raise SystemExit("nothing was imported")
    return elapsed


def best(measure, repeat: int) -> tuple[float, float]:
    """Fastest of `repeat` runs (wall, cpu): the run least disturbed by other work."""
    runs = [measure() for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def breakdown(paths: list[Path], texts: list[str], folder: Path) -> dict[str, float]:
    from annotator.core.cleaning import paragraphs
    from annotator.core.entities import find_entities

    raw = [p.read_bytes() for p in paths]
    decoded = [decode(data, "p.txt").text for data in raw]
    parts = {
        "decode": timed(lambda: [decode(data, "p.txt") for data in raw]),
        "clean (paragraphs)": timed(lambda: [paragraphs(text) for text in decoded]),
    }
    # Splitting cleans on its way; its own share (classifying, reassembling pieces,
    # titles) is the difference.
    parts["split into articles"] = max(0.0, timed(lambda: [page_drafts(text) for text in decoded])
                                       - parts["clean (paragraphs)"])
    parts |= {
        "entities": timed(lambda: [find_entities(text) for text in texts]),
        "metrics": timed(lambda: [find_metrics(text) for text in texts]),
    }
    prepared = [prepare_file(path) for path in paths]
    with Store(folder / "store-only.sqlite") as store:
        parts["store (write only)"] = timed(lambda: [
            store.import_source(SourceRecord(p.name, p.sha256, p.raw_text, p.encoding, p.kind, p.path), p.drafts)
            for p in prepared])
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=REPO / "resources" / "sample")
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the fastest counts")
    parser.add_argument("--no-breakdown", action="store_true")
    parser.add_argument("--learned", type=Path, help="a labelled file of reviewed (accepted) articles: the "
                        "pipeline is timed with the model trained on it, as in a project that has learned")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = make_pages(args.seeds, folder, args.mb)
        page_chars = sum(len(decode(p.read_bytes(), p.name).text) for p in paths)
        texts = [d.text for p in paths for d in page_drafts(decode(p.read_bytes(), p.name).text)]
        article_chars = sum(map(len, texts))
        print(f"{len(paths)} page files, {sum(p.stat().st_size for p in paths) / 1e6:.2f} MB, "
              f"{page_chars:,} characters ({article_chars:,} in {len(texts)} cleaned articles)")
        warm_up()

        reference = best(lambda: posseg_time(texts), args.repeat)
        single = best(lambda: pipeline_time(paths, folder, 1, args.learned), args.repeat)
        multi = best(lambda: pipeline_time(paths, folder, args.jobs, args.learned), args.repeat)
        without_hmm = posseg_time(texts, hmm=False)
        print(f"{'':27}{'wall':>8}  {'chars/s':>10}  {'CPU':>8}  (best of {args.repeat})")
        for name, (wall, cpu), chars in (("jieba.posseg.cut alone", reference, article_chars),
                                          ("(posseg.cut, HMM=False)", without_hmm, article_chars),
                                          ("pipeline, 1 process", single, page_chars),
                                          (f"pipeline, {args.jobs} processes", multi, page_chars)):
            print(f"{name:<27}{wall:7.2f}s  {chars / wall:10,.0f}  {cpu:7.2f}s")
        print(f"ratio posseg / pipeline, 1 process: {reference[0] / single[0]:.2f} wall, "
              f"{reference[1] / single[1]:.2f} CPU  (target >= 1.0)")
        print(f"ratio posseg / pipeline, {args.jobs} processes: {reference[0] / multi[0]:.2f} wall")
        print(f"speed-up {args.jobs} processes vs 1: {single[0] / multi[0]:.2f}x wall "
              f"(the CPU column of a multi-process run counts only the parent)")
        if not args.no_breakdown:
            parts = breakdown(paths, texts, folder)
            total = sum(parts.values())
            print("where the single-process time goes (each stage timed alone):")
            for stage, seconds in parts.items():
                print(f"  {stage:<22} {seconds:7.2f} s  {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
