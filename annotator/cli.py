"""The `annotator` command. With no argument (or a project file) it opens the desktop app;
the subcommands work without Qt: import, export, stats, evaluate."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .paths import default_project, reviewer_name, sample_corpus

COMMANDS = ("import", "export", "stats", "evaluate", "learn", "reextract", "sample", "salvage", "backups", "selftest", "assign", "merge",
            "agreement", "extract")


def _progress_printer(stream=sys.stderr):
    tty = stream.isatty()

    def show(done: int, total: int, name: str) -> None:
        if tty:
            width = 30
            filled = int(width * done / max(total, 1))
            stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:<40}")
            if done == total:
                stream.write("\n")
        elif name:
            stream.write(f"{done}/{total} {name}\n")
        stream.flush()

    return show


def _open_store(project: str | None, create: bool = True):
    from .store import Store

    return Store(Path(project) if project else default_project(), create=create)


def cmd_import(args) -> int:
    from .io.importer import ImportOptions, import_paths, parse_label_map

    paths = [Path(p) for p in args.paths]
    options = ImportOptions(reviewed=args.reviewed, label_map=parse_label_map(args.label_map or ""))
    with _open_store(args.project) as store:
        report = import_paths(
            store, paths, one_article=args.one_article, actor=reviewer_name(), jobs=args.jobs,
            progress=_progress_printer(), fmt=args.format, options=options,
        )
        for problem in report.problems:
            print(f"problem: {problem}", file=sys.stderr)
        skipped = len(report.already_imported)
        print(f"{report.added} articles added, {report.duplicates} duplicates skipped, "
              f"{skipped} files already imported, {len(report.problems)} problems -> {store.path}")
        if report.learned:
            print(f"learned from {report.learned[0]} reviewed articles ({report.learned[1]} entity spans)")
        return 1 if report.problems and not report.results else 0


def cmd_export(args) -> int:
    from .core.types import STATUSES
    from .io.export import default_statuses, export_articles

    if args.status:
        statuses = tuple(s for s in args.status.split(",") if s)
        unknown = [s for s in statuses if s not in STATUSES]
        if unknown:
            raise ValueError(f"unknown status {unknown[0]!r}; choose from {', '.join(STATUSES)}")
    else:
        statuses = () if args.include_unreviewed else default_statuses(args.format)
    labels = set(args.label.split(",")) if args.label else None
    if args.format == "label-studio" and Path(args.out).suffix.lower() != ".json":
        print(f"note: Label Studio's importer takes only .json files (and a few others), not "
              f"{Path(args.out).suffix or 'a file without an extension'}: name the file .json", file=sys.stderr)
    with _open_store(args.project, create=False) as store:
        if statuses and not args.status:
            left = {status: n for status, n in store.status_counts().items() if status not in statuses and n}
            print(f"note: {args.format} is training data, so only {', '.join(statuses)} articles are exported"
                  + (f" ({', '.join(f'{n} {s}' for s, n in left.items())} left out)" if left else "")
                  + "; --include-unreviewed or --status to take others", file=sys.stderr)
        written = export_articles(lambda: store.iter_articles(statuses), Path(args.out), args.format, labels=labels,
                                  split=args.split or "", seed=args.seed, progress_for=_export_progress,
                                  tokens=not args.no_tokens)
    for path, result in written:
        _print_export(result, path)
    return 0


def _export_progress(path: Path, stream=sys.stderr):
    if not stream.isatty():
        return None

    def show(done: int) -> None:
        stream.write(f"\r{path.name}: {done} articles")
        stream.flush()

    return show


def _print_export(result, path: Path) -> None:
    """The count, and every article the format could not hold, with the reason."""
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    skipped = getattr(result, "skipped", ())
    for item in skipped:
        print(f"skipped: {item}", file=sys.stderr)
    for note in getattr(result, "notes", ()):
        print(f"note: {note}", file=sys.stderr)
    print(f"{int(result)} articles -> {path}" + (f" ({len(skipped)} skipped, listed above)" if skipped else ""))


def cmd_stats(args) -> int:
    with _open_store(args.project, create=False) as store:
        print(f"project: {store.path}")
        counts = store.status_counts()
        print(f"articles: {sum(counts.values())} (" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")")
        spans = store.span_counts()
        for label in sorted({label for label, _ in spans}):
            by_origin = {origin: n for (lab, origin), n in spans.items() if lab == label}
            detail = ", ".join(f"{origin} {n}" for origin, n in sorted(by_origin.items()))
            print(f"{label:>7}: {sum(by_origin.values())} ({detail})")
    return 0


def cmd_evaluate(args) -> int:
    from .evaluation import evaluate_gold, evaluate_reviewed, format_report

    if args.gold and Path(args.gold).is_file():
        return _evaluate_file(args)
    with _open_store(args.project, create=False) as store:
        if args.reviewed:
            print(format_report(evaluate_reviewed(store)))
        else:
            if not args.gold:
                print("give the folder of gold files, or --reviewed", file=sys.stderr)
                return 2
            print(format_report(evaluate_gold(store, Path(args.gold))))
    return 0


def _evaluate_file(args) -> int:
    """A labelled file: the extractor (with what the project learned, given --project) is
    scored against the file's own spans."""
    from .core.extraction import Extractor
    from .evaluation import evaluate_file, format_file_report

    if args.project:
        with _open_store(args.project, create=False) as store:
            extractor = Extractor(store.lexicon(), builtin_model=not args.rules_only)
    else:
        extractor = Extractor(builtin_model=not args.rules_only)
    for relaxed in ((False, True) if args.relaxed else (False,)):
        report = evaluate_file(Path(args.gold), extractor, relaxed=relaxed, fmt=args.format)
        print(format_file_report(report, examples=args.examples))
    return 0


def cmd_learn(args) -> int:
    """Train the model on the project's reviewed articles now."""
    with _open_store(args.project, create=False) as store:
        articles, spans = store.retrain(limit=args.limit)
        print(f"learned from {articles} reviewed articles ({spans} entity spans) -> {store.path}")
    return 0


def cmd_reextract(args) -> int:
    """Pre-extract again the articles in these statuses: proposals (auto spans) are replaced
    by what the extractor and what it learned propose now; reviewers' spans stay."""
    statuses = tuple(s for s in args.status.split(",") if s)
    with _open_store(args.project, create=False) as store:
        extractor = store.extractor()
        ids = store.article_ids_with_status(statuses)
        changed = store.reextract(ids, extractor.extract, reviewer_name(), progress=_count_printer(len(ids)))
        print(f"{len(ids)} articles pre-extracted again, {changed} with new proposals -> {store.path}")
    return 0


def _count_printer(total: int, stream=sys.stderr):
    def show(done: int) -> None:
        if stream.isatty():
            stream.write(f"\r{done}/{total}")
            if done == total:
                stream.write("\n")
            stream.flush()

    return show


def cmd_sample(args) -> int:
    """Import the bundled sample corpus into the project and print its stats."""
    from .io.importer import import_paths

    with _open_store(args.project) as store:
        report = import_paths(store, sample_corpus(), actor=reviewer_name())
        print(f"sample corpus: {report.added} articles added")
    return cmd_stats(args)


def cmd_salvage(args) -> int:
    """Copy what a damaged project still holds into a new project (the damaged one is only read)."""
    from .store.salvage import salvage

    report = salvage(Path(args.broken), Path(args.into))
    print(f"{Path(args.broken).name}: {report.summary()} -> {args.into}")
    return 0


def cmd_backups(args) -> int:
    """List the project's rolling backups (newest first), or put one back in its place."""
    from .store import backups

    project = Path(args.project) if args.project else default_project()
    if args.restore:
        chosen = backups.find_backup(project, args.restore)
        aside = backups.restore(project, chosen)
        print(f"restored {chosen.path.name} -> {project}")
        if aside:
            print(f"the file it replaced was kept as {aside}")
        return 0
    found = backups.list_backups(project)
    print(f"backups of {project} in {backups.folder_for(project)} (kept {backups.depth()} deep):")
    for number, backup in enumerate(found, start=1):
        print(f"{number:>3}  {backup.label()}")
    if not found:
        print("  none yet: one is written when the project is closed after changes, and every "
              f"{backups.BACKUP_MINUTES} minutes during work")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annotator", description=__doc__)
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command")

    def project_arg(p):
        p.add_argument("--project", help=f"project file (default: {default_project()})")

    p = sub.add_parser("import", help="import pages (.txt) or records (.jsonl and other formats)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--one-article", action="store_true", help="each file is one article, not a page")
    p.add_argument("--format", help="force the input format (page, jsonl, ...); default: by content")
    p.add_argument("--reviewed", action="store_true",
                   help="the records were reviewed in another tool (e.g. doccano's approved-only export): "
                        "import pending ones as accepted")
    p.add_argument("--label-map", metavar="MAP",
                   help="rename the file's labels, e.g. PERSON=PER,GPE=LOC,MISC= (empty: leave those spans out)")
    p.add_argument("--jobs", type=int, default=None,
                   help="worker processes for reading and extraction (default: every core for large batches)")
    project_arg(p)
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("export", help="export labelled articles")
    p.add_argument("out")
    p.add_argument("--format", default="jsonl")
    p.add_argument("--status", help="comma-separated statuses to include (default: all; accepted only for "
                                    "the training formats spacy, spacy-jsonl, conll)")
    p.add_argument("--include-unreviewed", action="store_true",
                   help="training formats: take every article, pending ones with their machine spans")
    p.add_argument("--label", help="comma-separated labels to include (default: all)")
    p.add_argument("--split", help="e.g. train=0.8,dev=0.1,test=0.1: one file per part")
    p.add_argument("--seed", type=int, default=0, help="seed of the split (same seed, same split)")
    p.add_argument("--no-tokens", action="store_true",
                   help="spacy-jsonl: leave out the token list and the spans' token indices (for readers that "
                        "tokenize the text themselves, e.g. Prodigy's recipes; much smaller and faster)")
    project_arg(p)
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("stats", help="articles per status, spans per label and origin")
    project_arg(p)
    p.set_defaults(run=cmd_stats)

    p = sub.add_parser("evaluate", help="score pre-extraction against gold files or reviewed articles")
    p.add_argument("gold", nargs="?", help="folder of gold .json files, or a labelled file (JSONL, doccano, "
                   "spaCy JSONL, Label Studio, CoNLL) whose spans are the gold")
    p.add_argument("--reviewed", action="store_true", help="auto spans vs reviewers' final spans")
    p.add_argument("--relaxed", action="store_true",
                   help="labelled file: also score with other guides' differences relaxed (abbreviations, "
                        "meetings, split place chains)")
    p.add_argument("--format", help="labelled file: force its format (default: by content)")
    p.add_argument("--examples", type=int, default=0, help="labelled file: list the N most frequent errors")
    p.add_argument("--rules-only", action="store_true",
                   help="labelled file: without the built-in model (the rules and what the project learned)")
    project_arg(p)
    p.set_defaults(run=cmd_evaluate)

    p = sub.add_parser("learn", help="train pre-extraction on the reviewed (accepted) articles now")
    p.add_argument("--limit", type=int, default=2000, help="train on at most this many newest reviewed articles")
    project_arg(p)
    p.set_defaults(run=cmd_learn)

    p = sub.add_parser("reextract", help="refresh proposals after the extractor or what it learned changed")
    p.add_argument("--status", default="pending", help="comma-separated statuses (default: pending)")
    project_arg(p)
    p.set_defaults(run=cmd_reextract)

    p = sub.add_parser("salvage", help="copy what a damaged project still holds into a new project")
    p.add_argument("broken", help="the damaged project file (only read)")
    p.add_argument("--into", required=True, help="the new project file to write")
    p.set_defaults(run=cmd_salvage)

    p = sub.add_parser("backups", help="list the project's rolling backups, or restore one")
    p.add_argument("--restore", metavar="N|NAME", help="put backup N (1 = newest) or NAME in the project's place")
    project_arg(p)
    p.set_defaults(run=cmd_backups)

    p = sub.add_parser("sample", help="import the bundled sample corpus and print stats")
    project_arg(p)
    p.set_defaults(run=cmd_sample)

    from .team_cli import add_team_commands

    add_team_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if argv and not _looks_like_project(argv[0]):
            print(f"annotator: '{argv[0]}' is not a command ({', '.join(c for c in COMMANDS if c != 'selftest')}) "
                  f"nor a project file (.sqlite or .db). See 'annotator --help'.", file=sys.stderr)
            return 2
        return gui_main(argv)
    if argv[0] == "selftest":  # hidden: the packaged app's smoke test (packaging/README.md)
        from .ui.selftest import main as selftest

        return selftest(argv[1:])
    args = build_parser().parse_args(argv)
    if not getattr(args, "run", None):
        return gui_main([])
    from .io.problems import InputError
    from .store import StoreError
    from .store.errors import Unreadable
    from .store.identity import damaged_message

    try:
        return args.run(args)
    except (StoreError, InputError, ValueError) as error:
        print(f"annotator: {error}", file=sys.stderr)
        return 1
    except Unreadable as error:  # damage that the check on opening cannot see (text, indexes)
        project = getattr(args, "project", None) or default_project()
        print(f"annotator: {damaged_message(Path(project), str(error))}", file=sys.stderr)
        return 1


def _looks_like_project(arg: str) -> bool:
    """What the app may open: an existing file, or a new project's name."""
    path = Path(arg).expanduser()
    return path.is_file() or path.suffix.lower() in (".sqlite", ".db", ".sqlite3")


def gui_main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from . import platform_check  # before Qt, whose missing-library errors abort without advice

    problem = platform_check.gui_problem()
    if not problem:
        try:
            from .ui.app import run_app
        except ImportError as error:
            problem = platform_check.explain_import_error(error)
    if problem:
        print(problem, file=sys.stderr)
        platform_check.show_without_qt(problem)
        return 1
    return run_app(argv)
