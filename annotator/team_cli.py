"""The team subcommands: assign, merge, agreement; and extract, for archives on Dask."""
from __future__ import annotations

import sys
from pathlib import Path

from .paths import reviewer_name


def cmd_assign(args) -> int:
    from .team import assign

    reviewers = args.reviewers.split(",")
    done = assign(Path(args.project), reviewers, Path(args.out), overlap=args.overlap, seed=args.seed,
                  actor=reviewer_name())
    for name, path in done.files.items():
        print(f"{name}: {done.counts[name]} articles -> {path}")
    print(f"{done.shared} articles given to two reviewers (for agreement)")
    return 0


def cmd_merge(args) -> int:
    from .team import merge

    report = merge([Path(p) for p in args.files], Path(args.into), actor=reviewer_name())
    if report.started_from:
        print(f"{args.into}: a new team file, started as a copy of {report.started_from}")
    for problem in report.refused:
        print(f"problem: {problem}", file=sys.stderr)
    for result in report.merged:
        states = ", ".join(f"{state} {n}" for state, n in sorted(result.states.items()))
        kept = f"; {result.kept_curated} already curated, kept" if result.kept_curated else ""
        print(f"{result.reviewer}: {result.articles} articles merged ({states}){kept}")
    outcomes = report.outcomes
    print(f"team file {args.into}: " + ", ".join(f"{state} {n}" for state, n in sorted(outcomes.items()))
          + (f"; {outcomes.get('disagreed', 0)} articles to curate" if outcomes.get("disagreed") else ""))
    return 1 if report.refused and not report.merged else 0


def cmd_agreement(args) -> int:
    from .core.agreement import agreement
    from .io.agreement_report import format_agreement, write_html
    from .team import collect_versions

    versions, problems = collect_versions([Path(p) for p in args.files])
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if len(versions) < 2:
        print("annotator: agreement needs the versions of at least two reviewers", file=sys.stderr)
        return 1
    figures = agreement(versions)
    print(format_agreement(figures))
    if args.html:
        write_html(figures, Path(args.html))
        print(f"report -> {args.html}")
    return 0


def cmd_extract(args) -> int:
    from .archive import DaskMissing, extract_archive
    from .cli import _open_store, _progress_printer

    if not args.dask:
        print("annotator: extract runs on Dask: add --dask (pip install 'annotator[dask]'); "
              "without Dask, `annotator import` extracts in its own worker processes", file=sys.stderr)
        return 2
    lexicon = None
    if args.project:
        with _open_store(args.project, create=False) as store:
            lexicon = store.lexicon()  # what reviewers taught this project, passed to every task
    try:
        report = extract_archive([Path(p) for p in args.pages], Path(args.out), scheduler=args.scheduler,
                                 partitions=args.partitions, workers=args.workers, lexicon=lexicon,
                                 one_article=args.one_article, progress=_progress_printer())
    except DaskMissing as error:
        print(f"annotator: {error}", file=sys.stderr)
        return 1
    print(f"{report.pages} pages ({report.failed} refused, listed in the shards) -> {len(report.shards)} shards "
          f"in {args.out} on {report.workers} workers; import them with `annotator import {args.out}/*.jsonl`")
    return 0


def add_team_commands(sub) -> None:
    p = sub.add_parser("assign", help="split a project among reviewers: one project file each")
    p.add_argument("project")
    p.add_argument("--reviewers", required=True, help="comma-separated names, e.g. alice,bob,chen")
    p.add_argument("--overlap", type=float, default=0.1, help="share of articles given to two reviewers (default 0.1)")
    p.add_argument("--seed", type=int, default=0, help="seed of the split (same seed, same split)")
    p.add_argument("--out", required=True, help="folder for the reviewer files")
    p.set_defaults(run=cmd_assign)

    p = sub.add_parser("merge", help="bring reviewers' files back into one team file")
    p.add_argument("files", nargs="+")
    p.add_argument("--into", required=True, help="the team file (created if missing)")
    p.set_defaults(run=cmd_merge)

    p = sub.add_parser("agreement", help="span F1 and Cohen's kappa between reviewers")
    p.add_argument("files", nargs="+", help="reviewer files and/or a team file")
    p.add_argument("--html", help="also write an HTML report with plots")
    p.set_defaults(run=cmd_agreement)

    p = sub.add_parser("extract", help="pre-extract many pages on Dask into shards for `import`")
    p.add_argument("pages", nargs="+")
    p.add_argument("--dask", action="store_true", help="run on Dask (the only engine; pip install 'annotator[dask]')")
    p.add_argument("--scheduler", help="address of a dask.distributed scheduler (default: a local cluster)")
    p.add_argument("--partitions", type=int, help="number of partitions = shards (default: ~200 pages each)")
    p.add_argument("--workers", type=int, help="worker processes of the local cluster (default: every core)")
    p.add_argument("--one-article", action="store_true", help="each file is one article, not a page")
    p.add_argument("--project", help="use this project's learned names (lexicon), as its own import would")
    p.add_argument("--out", required=True, help="folder for the shards (must not hold shards yet)")
    p.set_defaults(run=cmd_extract)
