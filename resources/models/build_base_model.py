"""Train the built-in model (annotator/core/builtin_model.py) on the tune half of the news
written for this project and write news-base.crfsuite and news-base.json beside this script:

    python resources/models/build_base_model.py

The held half (tests/data/news-written/held.jsonl) is left out so that it still measures
general news the model never saw. Run it again after the tune half changes or the rules
change much (the model sees the rules' proposals as features); tests/test_builtin_model.py
fails while the recorded digest is stale."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from annotator.core import builtin_model, learning  # noqa: E402
from annotator.core.entities import find_entities  # noqa: E402

TRAINING = REPO / "tests" / "data" / "news-written" / "tune.jsonl"


def main() -> int:
    articles = []
    with open(TRAINING, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append(learning.TrainingArticle(
                record["text"], tuple((e["start"], e["end"], e["label"]) for e in record["entities"])))
    started = time.perf_counter()
    model = learning.train(articles, lambda text: [(e.start, e.end, e.label) for e in find_entities(text)])
    if model is None:
        print(f"{TRAINING} holds too few spans to train on", file=sys.stderr)
        return 1
    (HERE / builtin_model.MODEL_FILE).write_bytes(model)
    by_label = {label: sum(1 for a in articles for s in a.entities if s[2] == label) for label in ("PER", "LOC", "ORG")}
    (HERE / builtin_model.RECORD_FILE).write_text(json.dumps({
        "trained_on": "tests/data/news-written/tune.jsonl", "sha256": builtin_model.digest(TRAINING),
        "paragraphs": len(articles), "characters": sum(len(a.text) for a in articles), "spans": by_label,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(articles)} paragraphs in {time.perf_counter() - started:.0f} s; "
          f"{len(model) / 1e6:.1f} MB -> {HERE / builtin_model.MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
