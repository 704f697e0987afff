"""Import files into a project: decode, clean, split, pre-extract, then one transaction per
file. A bad file (or a bad JSONL line) is reported with its name and line and skipped; the
rest is imported. With `jobs > 1` the reading and extraction run in worker processes and
the results are written by this process alone (SQLite has one writer)."""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from itertools import chain
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..core.extraction import Extractor, Lexicon
from ..core.types import ArticleDraft
from ..core.validation import draft_problems
from .decoding import decode
from .formats import detect_binary_reader, detect_reader
from .pages import page_drafts
from .problems import InputError, Problem
from .workers import end_with_parent

MAX_PAGE_BYTES = 8 * 1024 * 1024  # a real page is ~30 KB; more is not a page
MAX_RECORDS_BYTES = 64 * 1024 * 1024  # JSONL and other record files
MAX_RAW_KEPT = 16 * 1024 * 1024  # larger originals are not copied into the project

Progress = Callable[[int, int, str], None]


@dataclass
class PreparedFile:
    name: str
    path: str
    sha256: str = ""
    encoding: str = ""
    kind: str = "page"
    raw_text: str = ""
    drafts: list[ArticleDraft] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fatal: bool = False


@dataclass
class ImportReport:
    results: list = field(default_factory=list)  # store.ImportResult per imported file
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    learned: tuple[int, int] | None = None  # (articles, spans) the model was trained on after the import

    @property
    def added(self) -> int:
        return sum(r.added for r in self.results)

    @property
    def duplicates(self) -> int:
        return sum(r.duplicates for r in self.results)

    @property
    def already_imported(self) -> list[str]:
        return [r.source_name for r in self.results if r.already_imported]


@dataclass(frozen=True)
class ImportOptions:
    """What the person importing says about the files: `reviewed` marks their pending
    records as accepted (a peer's "approved only" export carries no mark of its own);
    `label_map` renames labels ({"PERSON": "PER"}; to "" drops the label's spans)."""

    reviewed: bool = False
    label_map: tuple[tuple[str, str], ...] = ()


def parse_label_map(spec: str) -> tuple[tuple[str, str], ...]:
    """`PERSON=PER,GPE=LOC,MISC=` -> (("PERSON", "PER"), ...); an empty target drops the label."""
    from ..core.types import METRIC_LABEL
    from ..core.validation import label_name_problems

    pairs = []
    for item in (part.strip() for part in spec.replace("\n", ",").split(",")):
        if not item:
            continue
        source, found, target = (side.strip() for side in item.partition("="))
        if not found or not source:
            raise ValueError(f"label map item {item!r} is not FILE_LABEL=OUR_LABEL")
        if METRIC_LABEL in (source, target):
            raise ValueError(f"label map item {item!r}: METRIC spans are metrics; only entity labels can be renamed")
        if target and (problems := label_name_problems(target)):
            raise ValueError(f"label map item {item!r}: {problems[0]}")
        pairs.append((source, target))
    return tuple(pairs)


def adjusted(draft: ArticleDraft, options: ImportOptions) -> ArticleDraft:
    if options.label_map:
        mapping = dict(options.label_map)
        entities, seen = [], set()
        for entity in draft.entities:
            label = mapping.get(entity.label, entity.label)
            if label and (entity.start, entity.end, label) not in seen:
                seen.add((entity.start, entity.end, label))
                entities.append(replace(entity, label=label))
        draft = replace(draft, entities=tuple(entities))
    if options.reviewed and draft.status == "pending":
        draft = replace(draft, status="accepted")
    return draft


def prepare_file(path: str | Path, one_article: bool = False, lexicon: Lexicon | None = None,
                 fmt: str | None = None, known: frozenset[str] = frozenset(), extract: bool = True,
                 options: ImportOptions = ImportOptions()) -> PreparedFile:
    """Everything but the database write; safe to run in a worker process. A file whose
    hash is in `known` (already in the project) is read but not pre-extracted again, and
    `extract=False` reads a file as it is (`annotator evaluate` on a labelled file)."""
    path = Path(path)
    prepared = PreparedFile(path.name, str(path))
    if _guarded(prepared, lambda: _read(prepared, path, one_article, fmt, options)) and extract \
            and prepared.sha256 not in known:
        _extract(prepared.drafts, Extractor(lexicon))
    return prepared


def _guarded(prepared: PreparedFile, read) -> bool:
    """Run a reading step; a bad file becomes a problem of its own, and False."""
    try:
        read()
    except InputError as error:
        prepared.problems.append(error.problem)
        prepared.fatal = True
        return False
    except (RecursionError, MemoryError, TypeError, KeyError, IndexError, AttributeError, ValueError,
            OverflowError, UnicodeError) as error:
        # a reader tripped over input it did not foresee: this file is refused, the batch goes on
        prepared.problems.append(Problem(prepared.name, None, f"could not be read ({type(error).__name__}: {error})"))
        prepared.fatal, prepared.drafts = True, []
        return False
    return True


def _read(prepared: PreparedFile, path: Path, one_article: bool, fmt: str | None, options: ImportOptions) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(prepared.name, f"cannot read the file: {error.strerror}") from error
    if path.is_dir():
        raise InputError(prepared.name, "this is a folder, not a file")
    if size > MAX_RECORDS_BYTES:
        raise InputError(prepared.name, f"the file is {size / 2**20:.0f} MB; the limit is "
                         f"{MAX_RECORDS_BYTES // 2**20} MB per file: split it into smaller files")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(prepared.name, f"cannot read the file: {error.strerror}") from error
    _read_data(prepared, data, one_article, fmt, options)


def prepare_data(name: str, path: str, data: bytes, one_article: bool = False, lexicon: Lexicon | None = None,
                 fmt: str | None = None, options: ImportOptions = ImportOptions()) -> PreparedFile:
    """`prepare_file` on bytes already read: a pure function of the page's bytes and the
    learned lexicon (what `annotator extract --dask` maps over an archive)."""
    prepared = PreparedFile(name, path)

    def read() -> None:
        if len(data) > MAX_RECORDS_BYTES:
            raise InputError(name, f"the file is {len(data) / 2**20:.0f} MB; the limit is "
                             f"{MAX_RECORDS_BYTES // 2**20} MB per file: split it into smaller files")
        _read_data(prepared, data, one_article, fmt, options)

    if _guarded(prepared, read):
        _extract(prepared.drafts, Extractor(lexicon))
    return prepared


def _read_data(prepared: PreparedFile, data: bytes, one_article: bool, fmt: str | None,
               options: ImportOptions = ImportOptions()) -> None:
    size = len(data)
    prepared.sha256 = hashlib.sha256(data).hexdigest()
    binary = detect_binary_reader(data, fmt)
    if binary is not None:  # e.g. a .spacy DocBin: read from the bytes, no text decoding
        prepared.kind, prepared.encoding = binary.name, "binary"
        _take_records(prepared, binary.read(data, prepared.name), options)
        return
    decoded = decode(data, prepared.name)
    prepared.encoding = decoded.encoding
    prepared.raw_text = decoded.text if len(data) <= MAX_RAW_KEPT else ""
    reader = detect_reader(decoded.text, fmt)
    if decoded.bad_lines:
        _damaged_lines(prepared, decoded.bad_lines, is_page=reader is None)
    if reader is None:
        if size > MAX_PAGE_BYTES:
            raise InputError(prepared.name, f"a {size / 2**20:.0f} MB text is too large to be a page "
                             f"(limit {MAX_PAGE_BYTES // 2**20} MB); split it, or import it as JSONL")
        prepared.kind = "article" if one_article else "page"
        drafts = page_drafts(decoded.text, one_article)
        if not drafts:
            raise InputError(prepared.name, "no article text was found in the file")
        _take_records(prepared, drafts)
        return
    prepared.kind = reader.name
    _take_records(prepared, reader.read(decoded.text, prepared.name), options)


def _damaged_lines(prepared: PreparedFile, lines: tuple[int, ...], is_page: bool) -> None:
    """A page with a damaged line is refused (a gap would change its articles); in a record
    file only the damaged lines are left out."""
    message = "bytes that are not valid UTF-8 (a damaged copy?)"
    if is_page:
        raise InputError(prepared.name, f"{message}: the page was not imported; fix the line or save "
                         "the file again as UTF-8", lines[0])
    prepared.problems += [Problem(prepared.name, line, f"{message}; the line was skipped") for line in lines]


def _take_records(prepared: PreparedFile, items, options: ImportOptions = ImportOptions()) -> None:
    for item in items:
        if isinstance(item, Problem):
            prepared.problems.append(item)
            continue
        item = adjusted(item, options)
        if problems := draft_problems(item):
            prepared.problems.append(Problem(prepared.name, item.source_line, "; ".join(problems[:3])))
        else:
            prepared.drafts.append(item)
    if not prepared.drafts:
        raise InputError(prepared.name, "no usable record in the file" + (
            f" ({len(prepared.problems)} lines had problems)" if prepared.problems else ""))


def _extract(drafts: list[ArticleDraft], extractor: Extractor) -> None:
    for index, draft in enumerate(drafts):
        if not draft.needs_extraction:
            continue
        entities, metrics = extractor.extract(draft.text)
        drafts[index] = replace(
            draft,
            entities=draft.entities + (tuple(entities) if "entities" in draft.needs_extraction else ()),
            metrics=draft.metrics + (tuple(metrics) if "metrics" in draft.needs_extraction else ()),
        )


def import_paths(store, paths: Iterable[str | Path], *, one_article: bool = False, actor: str = "",
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                 jobs: int | None = None, fmt: str | None = None, train_in_child: bool = False,
                 options: ImportOptions = ImportOptions()) -> ImportReport:
    from ..store import SourceRecord, StoreError

    from . import shards

    paths = [Path(p) for p in paths]
    # pre-extracted shards (annotator extract) bring their proposals: nothing to extract again
    shard_paths = [p for p in paths if fmt in (None, "shard") and shards.is_shard(p)]
    paths = [p for p in paths if p not in shard_paths]
    report = ImportReport()
    lexicon = store.lexicon()
    total = len(paths) + shards.page_count(shard_paths)
    if progress:
        progress(0, total, "")
    known = frozenset(store.source_hashes())
    jobs = auto_jobs(paths) if jobs is None else jobs
    everything = chain(shards.shard_pages(shard_paths, lexicon, report.problems),
                       _prepared(paths, one_article, lexicon, jobs, fmt, known, options))
    for done, prepared in enumerate(everything, start=1):
        if cancelled and cancelled():
            report.cancelled = True
            break
        report.problems.extend(prepared.problems)
        if not prepared.fatal:
            source = SourceRecord(prepared.name, prepared.sha256, prepared.raw_text, prepared.encoding,
                                  prepared.kind, prepared.path)
            try:
                report.results.append(store.import_source(source, prepared.drafts, actor))
            except StoreError as error:
                report.problems.append(Problem(prepared.name, None, f"not imported: {error}"))
        if progress:
            progress(done, total, prepared.name)
    try:
        store.record_import(report.results, actor)  # one undo step, also when cancelled part way
    except StoreError as error:  # the files are in, each whole: only the one step to take them back is missing
        report.problems.append(Problem("(undo list)", None, f"imported, but not recorded as one undo step: {error}"))
        return report
    if report.added and not report.cancelled and store.learning_is_stale():
        # reviewed articles came in: later proposals learn from them (a window trains in a
        # child process, whose training cannot hold up its event loop)
        try:
            if train_in_child:
                from ..store.learned import retrain_in_child_process

                report.learned = retrain_in_child_process(store.path)
            else:
                report.learned = store.retrain()
        except StoreError as error:  # learning is a bonus: the next import or review tries again
            report.problems.append(Problem("(learning)", None, f"imported; learning from it was left for later: {error}"))
    return report


AUTO_PARALLEL_BYTES = 4 * 1024 * 1024  # below this, starting worker processes costs more than it saves


def auto_jobs(paths: list[Path]) -> int:
    """Worker processes for a batch: every core (up to 4) once the batch is large."""
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    cores = os.cpu_count() or 1
    return min(cores, 4) if total >= AUTO_PARALLEL_BYTES and len(paths) > 1 else 1


def _prepared(paths: list[Path], one_article: bool, lexicon: Lexicon, jobs: int, fmt: str | None,
              known: frozenset[str], options: ImportOptions):
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield prepare_file(path, one_article, lexicon, fmt, known, options=options)
        return
    # "spawn": safe from a threaded process (the app's worker thread), and the same on every OS.
    # At most 2 files per worker are ahead of the writer, so memory stays bounded.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                             initializer=end_with_parent, initargs=(os.getpid(),)) as pool:
        pending: deque = deque()
        upcoming = iter(paths)
        try:
            for path in upcoming:
                pending.append(pool.submit(prepare_file, path, one_article, lexicon, fmt, known, options=options))
                if len(pending) >= 2 * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
