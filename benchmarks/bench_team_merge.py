"""Merge speed: three reviewers' files of a 1,000-article project into a new team file.

    python benchmarks/bench_team_merge.py [--articles 1000] [--reviewers 3] [--overlap 0.1]

The project is built from the bundled sample pages (real importer: cleaning, splitting,
extraction), their articles repeated with a numbered last line so every copy has its own
content hash. `annotator assign` cuts the reviewer files; each reviewer then accepts every
article, through the real edit path, removing the first entity of every third one (so the
shared articles give both agreements and disagreements). Only the merge is timed; beside it
the time to just read the three files' rows (the reference, same run).

Target (issue 16): 1,000 articles x 3 reviewers merged in <= 10 s.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core import ops as O  # noqa: E402
from annotator.core.types import ArticleDraft  # noqa: E402
from annotator.io.importer import import_paths  # noqa: E402
from annotator.paths import sample_corpus  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402
from annotator.store import team as team_sql  # noqa: E402
from annotator.team import assign, merge  # noqa: E402


def build_project(path: Path, articles: int) -> None:
    with Store(path.with_name("template.sqlite")) as template:
        import_paths(template, sample_corpus())
        templates = list(template.iter_articles())
    drafts = []
    for n in range(articles):
        base = templates[n % len(templates)]
        drafts.append(ArticleDraft(f"{base.text}\n（{n}）", title=base.title, position=n, needs_extraction=(),
                                   entities=tuple(replace(e, id=None) for e in base.entities),
                                   metrics=tuple(replace(m, id=None) for m in base.metrics)))
    with Store(path) as store:
        store.import_source(SourceRecord("bench", "bench-sha", ""), drafts, "bench")


def review(path: Path) -> int:
    edits = 0
    with Store(path, create=False) as store:
        who = store.assigned_reviewer()
        for index, article in enumerate(list(store.iter_articles())):
            if index % 3 == 0 and article.entities:
                store.apply(O.RemoveEntity(article.id, article.entities[0]), who)
                edits += 1
            store.apply(O.SetStatus(article.id, article.status, "accepted", article.reviewer, who), who)
            edits += 1
    return edits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--reviewers", type=int, default=3)
    parser.add_argument("--overlap", type=float, default=0.1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        project = folder / "paper.sqlite"
        started = time.perf_counter()
        build_project(project, args.articles)
        names = [f"reviewer{i + 1}" for i in range(args.reviewers)]
        done = assign(project, names, folder / "out", overlap=args.overlap, seed=1)
        edits = sum(review(path) for path in done.files.values())
        print(f"setup: {args.articles} articles, {args.reviewers} reviewer files ({done.shared} shared), "
              f"{edits} edits in {time.perf_counter() - started:.1f} s")
        files = list(done.files.values())
        started = time.perf_counter()
        for path in files:
            with Store(path, create=False) as store:
                team_sql.read_reviewer_file(store)
        read = time.perf_counter() - started
        started = time.perf_counter()
        report = merge(files, folder / "team.sqlite")
        merged = time.perf_counter() - started
        print(f"load average (2-core machine shared with other work): {os.getloadavg()[0]:.1f}")
        print(f"outcomes: {report.outcomes}; refused: {len(report.refused)}")
        print(f"read the {len(files)} files' rows (reference): {read:.2f} s")
        print(f"merge into a new team file: {merged:.2f} s ({merged / read:.1f}x the bare read); "
              f"target <= 10 s: {'met' if merged <= 10 else 'NOT met'}")


if __name__ == "__main__":
    main()
