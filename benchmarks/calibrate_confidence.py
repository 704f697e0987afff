"""How often a proposed entity of each confidence value is right: the precision per value on
labelled files (general news) and on the project's own gold pages. The values in
annotator/core/entities/spans.py (CONFIDENCE) are set from this. Not a test: it prints.

    python benchmarks/calibrate_confidence.py [LABELLED.jsonl ...]

Own pages are scored by (label, text) as their gold is written; labelled files by position.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core.cleaning import clean_text  # noqa: E402
from annotator.core.extraction import Extractor  # noqa: E402
from annotator.io.importer import prepare_file  # noqa: E402


def by_value(pairs):
    table = defaultdict(lambda: [0, 0])
    for confidence, right in pairs:
        table[confidence][0] += right
        table[confidence][1] += 1
    return table


def own_pages(folder: Path, extractor: Extractor):
    for gold_file in sorted(folder.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        wanted = {(e["label"], e["text"]) for e in gold["entities"]}
        optional = {(e["label"], e["text"]) for e in gold["optional_entities"]}
        text = clean_text(gold_file.with_suffix(".txt").read_text(encoding="utf-8"))
        for entity in extractor.extract(text)[0]:
            if (entity.label, entity.text) not in optional:
                yield entity.confidence, (entity.label, entity.text) in wanted


def labelled(path: Path, extractor: Extractor):
    for draft in prepare_file(path, extract=False).drafts:
        gold = {(e.start, e.end, e.label) for e in draft.entities}
        for entity in extractor.extract(draft.text)[0]:
            yield entity.confidence, (entity.start, entity.end, entity.label) in gold


def main() -> None:
    extractor = Extractor()
    sets = {"own pages": own_pages(REPO / "tests" / "data" / "extraction", extractor)}
    for name in sys.argv[1:]:
        sets[Path(name).name] = labelled(Path(name), extractor)
    for name, pairs in sets.items():
        print(name)
        for confidence, (right, total) in sorted(by_value(pairs).items(), key=lambda item: item[0] or 0):
            print(f"  confidence {confidence}: precision {right / total:.3f} ({right}/{total})")


if __name__ == "__main__":
    main()
