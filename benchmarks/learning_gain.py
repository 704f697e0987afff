"""What reviewed work teaches, measured inside one labelled file: the records are dealt into
`--folds` parts; for each part, the others are imported as reviewed (status accepted) into a
fresh project, which trains the model as a user's import does, and the part is pre-extracted
with that project's extractor and with a fresh one. Not a test: it prints figures.

    python benchmarks/learning_gain.py LABELLED_FILE [--folds 2] [--format F] [--strict]

Use it to tune the learner on a file's records without touching a held-out file: the scores
are of records the model never saw (record i is in part i mod folds). Figures: entity F1
(exact; relaxed to this project's guide unless --strict) of the rules alone and with what was
learned, per label; the CPU seconds of training (the import's retrain) and the pre-extraction
milliseconds per 1,000 characters with and without the model, measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core.extraction import Extractor  # noqa: E402
from annotator.core.span_scoring import SpanScores, score_document  # noqa: E402
from annotator.core.types import ENTITY_LABELS  # noqa: E402
from annotator.io.importer import import_paths, prepare_file  # noqa: E402
from annotator.store import Store  # noqa: E402


def _reviewed_jsonl(drafts, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for draft in drafts:
            entities = [{"start": e.start, "end": e.end, "label": e.label, "text": e.text} for e in draft.entities]
            out.write(json.dumps({"text": draft.text, "status": "accepted", "entities": entities},
                                 ensure_ascii=False) + "\n")


def _score(drafts, extractor, relaxed: bool, scores: SpanScores) -> float:
    """Adds the drafts' scores; returns the CPU seconds pre-extraction took."""
    spent = 0.0
    for draft in drafts:
        gold = [(e.start, e.end, e.label) for e in draft.entities]
        started = time.process_time()
        found, _ = extractor.extract(draft.text)
        spent += time.process_time() - started
        predicted = [(e.start, e.end, e.label) for e in found if e.label in ENTITY_LABELS]
        scores.add(score_document(draft.text, gold, predicted, relaxed=relaxed))
    return spent


def _line(name: str, scores: SpanScores) -> str:
    table = scores.exact
    labels = " ".join(f"{label} {table[label].f1:.3f}" for label in ENTITY_LABELS if label in table)
    all_ = table["ALL"]
    return f"{name:<8} F1 {all_.f1:.3f} (P {all_.precision:.3f} R {all_.recall:.3f})  {labels}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", type=Path)
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--format", dest="fmt")
    parser.add_argument("--strict", action="store_true", help="score as the file's gold is written")
    args = parser.parse_args()
    drafts = [d for d in prepare_file(args.labelled, fmt=args.fmt, extract=False).drafts if d.text.strip()]
    if len(drafts) < 2 * args.folds:
        print(f"{args.labelled}: {len(drafts)} records are too few for {args.folds} folds")
        return 1
    relaxed = not args.strict
    rules, learned = SpanScores(), SpanScores()
    train_seconds, rules_seconds, learned_seconds, characters = [], 0.0, 0.0, 0
    fresh = Extractor()
    for fold in range(args.folds):
        held_out = drafts[fold::args.folds]
        reviewed = [d for i, d in enumerate(drafts) if i % args.folds != fold]
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "reviewed.jsonl"
            _reviewed_jsonl(reviewed, source)
            with Store(Path(tmp) / "p.sqlite") as store:
                started = time.process_time()
                report = import_paths(store, [source], jobs=1)
                train_seconds.append(time.process_time() - started)
                extractor = store.extractor()
                rules_seconds += _score(held_out, fresh, relaxed, rules)
                learned_seconds += _score(held_out, extractor, relaxed, learned)
        characters += sum(len(d.text) for d in held_out)
        print(f"fold {fold + 1}/{args.folds}: {len(reviewed)} reviewed records ({report.learned}), "
              f"{len(held_out)} held out", flush=True)
    how = "relaxed to this project's guide" if relaxed else "as written"
    print(f"{args.labelled.name}: {len(drafts)} records, {args.folds} folds, gold {how}")
    print(_line("rules", rules))
    print(_line("learned", learned))
    print(f"gain    {learned.exact['ALL'].f1 - rules.exact['ALL'].f1:+.3f}")
    print(f"import with training, CPU s per fold: {', '.join(f'{s:.1f}' for s in train_seconds)}")
    per_k = 1000 / max(characters, 1)
    print(f"pre-extraction CPU ms per 1,000 characters: rules {rules_seconds * per_k * 1000:.1f}, "
          f"with the model {learned_seconds * per_k * 1000:.1f} "
          f"(ratio {learned_seconds / max(rules_seconds, 1e-9):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
