"""A scripted reviewer for the reliability tests (run as a child process).

It applies a long, deterministic series of edits through `Store.apply` and `Store.undo`,
the app's own path, and prints `done N ARTICLE DIGEST` after each edit returns: N edits
done by this actor, the article it touched and a digest of that article's state. It
resumes where the project says it stopped (this actor's history rows), so a killed run can
be started again. An edit refused because another process changed the span first is
re-read and tried again ("re-read on conflict"), and printed as `conflict N`.

    python tests/stress/edit_worker.py PROJECT --actor NAME --steps 500 --articles 1,2,3
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout without installing

from annotator.core import ops as O  # noqa: E402
from annotator.core import editing  # noqa: E402
from annotator.store import ProjectInUse, Store  # noqa: E402
from annotator.store.connection import Conflict  # noqa: E402

STATUS_CYCLE = ("accepted", "rejected", "skipped", "pending")
LABELS = ("LOC", "PER", "ORG")
BLOCK = 7  # edits per article in turn: add, add, status, relabel, batch add, remove, undo


def digest(article) -> str:
    spans = sorted((e.start, e.end, e.label, e.text, e.origin) for e in article.entities)
    return hashlib.sha1(repr((article.status, article.reviewer, spans)).encode("utf-8")).hexdigest()[:16]


def article_for(step: int, article_ids: list[int]) -> int:
    return article_ids[(step // BLOCK) % len(article_ids)]


def _label_ops(article, step: int, salt: int = 0) -> list:
    """Label two characters as the app's L key does (entities it overlaps are replaced in the
    same step; the store refuses overlapping or duplicate entities)."""
    start = (step * 7 + salt * 5) % max(1, len(article.text) - 3)
    for shift in range(len(article.text)):
        at = (start + shift) % max(1, len(article.text) - 1)
        for turn in range(3):
            op = editing.label_selection(article, at, at + 2, LABELS[(step + salt + turn) % 3])
            if op is not None:
                return op.leaves()
    return []


def _label_twice(article, step: int) -> O.Batch:
    """Two labellings in one step: the second is built on the article as the first leaves it."""
    first = _label_ops(article, step, 1)
    removed = {op.entity.id for op in first if isinstance(op, O.RemoveEntity)}
    removed |= {op.old.id for op in first if isinstance(op, O.UpdateEntity)}
    added = [op.entity for op in first if isinstance(op, O.AddEntity)]
    added += [op.new for op in first if isinstance(op, O.UpdateEntity)]
    after = replace(article, entities=tuple(e for e in article.entities if e.id not in removed) + tuple(added))
    return O.Batch(tuple(first + _label_ops(after, step, 2)), "Label twice")


def step_op(store: Store, step: int, article_ids: list[int], actor: str):
    """The edit of step `step`, built from the article as it is now (as the UI would).
    None means: undo this actor's last edit."""
    article_id = article_for(step, article_ids)
    article = store.article(article_id)
    humans = sorted((e for e in article.entities if e.origin == "human"), key=lambda e: e.id)
    kind = step % BLOCK
    if kind == 2:
        new = STATUS_CYCLE[(step // BLOCK) % len(STATUS_CYCLE)]
        return O.SetStatus(article_id, article.status, new, article.reviewer, actor)
    if kind == 3 and humans:
        old = humans[-1]
        return O.UpdateEntity(article_id, old, replace(old, label=LABELS[(LABELS.index(old.label) + 1) % 3]))
    if kind == 4:
        return _label_twice(article, step)
    if kind == 5 and humans:
        return O.RemoveEntity(article_id, humans[0])
    if kind == 6:
        return None
    return O.Batch(tuple(_label_ops(article, step)), "Label selection")


def edits_done(store: Store, actor: str) -> int:
    return store.db.execute("SELECT count(*) FROM history WHERE actor = ?", [actor]).fetchone()[0]


def run(project: Path, actor: str, steps: int, article_ids: list[int]) -> int:
    with Store(project, create=False) as store:
        step = edits_done(store, actor)
        print(f"ready {step}", flush=True)
        undo_refused = False
        while step < steps:
            try:
                op = step_op(store, step, article_ids, actor)
                if op is None and undo_refused:  # another reviewer changed what it would undo
                    op = O.Batch(tuple(_label_ops(store.article(article_for(step, article_ids)), step)),
                                 "Label selection")
                changes = store.undo(actor) if op is None else store.apply(op, actor)
            except ProjectInUse:
                print(f"busy {step}", flush=True)
                continue
            except Conflict:
                print(f"conflict {step}", flush=True)
                undo_refused = op is None
                continue
            undo_refused = False
            if changes is None:
                raise SystemExit(f"step {step}: nothing to undo")
            step += 1
            article_id = article_for(step - 1, article_ids)
            print(f"done {step} {article_id} {digest(store.article(article_id))}", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--actor", default="stress-editor")
    parser.add_argument("--steps", type=int, default=10**9)
    parser.add_argument("--articles", required=True, help="comma-separated article ids to edit")
    args = parser.parse_args(argv)
    return run(args.project, args.actor, args.steps, [int(i) for i in args.articles.split(",")])


if __name__ == "__main__":
    sys.exit(main())
