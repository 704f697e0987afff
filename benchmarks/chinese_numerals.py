"""How many Chinese-numeral quantities each policy of `metrics_chinese` proposes on gold
pages, and how a reviewer would judge them: in the gold metrics (accept), in the optional
metrics (borderline: either way), or not in the gold at all (the reviewer has to remove it).

    python benchmarks/chinese_numerals.py /work/shared/gold /work/shared/seeds [GOLD SEEDS ...]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from annotator.core.metric_context import guarded_spans
from annotator.core.metrics_chinese import POLICIES, chinese_metrics
from annotator.core.numbers import normalise_digits
from annotator.io.decoding import decode
from annotator.io.pages import page_drafts


def judge(gold_dir: Path, pages_dir: Path, policy: str) -> tuple[Counter, list[str]]:
    counts, removed = Counter(), []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        page = pages_dir / (gold.get("seed") or gold_file.with_suffix(".txt").name)
        wanted = {m["text"] for m in gold.get("metrics", [])}
        borderline = {m["text"] for m in gold.get("optional_metrics", [])}
        texts = set()
        for draft in page_drafts(decode(page.read_bytes(), page.name).text):
            norm = normalise_digits(draft.text)
            texts |= {m.text for m in chinese_metrics(draft.text, norm, guarded_spans(norm), policy)}
        for text in texts:  # the gold is written as distinct texts per page
            verdict = "gold" if text in wanted else "optional" if text in borderline else "not in gold"
            counts[verdict] += 1
            if verdict == "not in gold":
                removed.append(f"{page.name}: {text}")
    return counts, removed


def main(argv: list[str]) -> int:
    pairs = [(Path(argv[i]), Path(argv[i + 1])) for i in range(0, len(argv) - 1, 2)]
    if not pairs:
        print(__doc__)
        return 2
    for policy in POLICIES:
        total, removed = Counter(), []
        for gold_dir, pages_dir in pairs:
            counts, bad = judge(gold_dir, pages_dir, policy)
            total.update(counts)
            removed += bad
        print(f"{policy:<12} proposed {sum(total.values()):3d}: gold {total['gold']}, optional "
              f"{total['optional']}, not in gold {total['not in gold']}  {', '.join(removed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
