"""Train the built-in model (annotator/core/builtin_model.py) and write news-base.crfsuite and
news-base.json beside this script:

    python resources/models/build_base_model.py

It learns from two kinds of material written and marked for this project:
- the tune half of the written news (tests/data/news-written/tune.jsonl); the held half is
  left out so that it still measures general news the model never saw;
- regional pages: the blind page sets in REGIONAL_SETS, split into articles by the importer's
  own splitting, every gold entity text marked where it occurs (longest first). Only sets that
  were scored unseen first and then tuned on are listed; sets kept to estimate unseen pages
  (blind21 and later ones, see their READMEs) must not be added. They count twice: they are a
  tenth of the news in characters.

Run it again after the training material changes or the rules change much (the model sees
the rules' proposals as features); tests/test_builtin_model.py fails while the recorded digest
is stale."""
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
from annotator.core.splitting import split_page  # noqa: E402

NEWS = REPO / "tests" / "data" / "news-written" / "tune.jsonl"
REGIONAL_SETS = ("blind", "blind2", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
                 "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19",
                 "blind20", "blind23", "blind24", "blind25")
REGIONAL_WEIGHT = 2


def training_files() -> list[Path]:
    """What the model learns from, in a fixed order (the recorded digest covers them all)."""
    files = [NEWS]
    for name in REGIONAL_SETS:
        files += sorted((REPO / "tests" / "data" / name).glob("page_*.txt"))
        files += sorted((REPO / "tests" / "data" / name).glob("page_*.json"))
    return files


def news_articles() -> list[learning.TrainingArticle]:
    articles = []
    with open(NEWS, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append(learning.TrainingArticle(
                record["text"], tuple((e["start"], e["end"], e["label"]) for e in record["entities"])))
    return articles


def marked(text: str, gold: dict[str, str]) -> tuple[tuple[int, int, str], ...]:
    """Every occurrence of a gold text, longest first, none overlapping another."""
    taken = bytearray(len(text))
    spans = []
    for name in sorted(gold, key=len, reverse=True):
        at = text.find(name)
        while at != -1:
            if taken.find(1, at, at + len(name)) == -1:
                taken[at:at + len(name)] = b"\x01" * len(name)
                spans.append((at, at + len(name), gold[name]))
            at = text.find(name, at + 1)
    return tuple(sorted(spans))


def regional_articles() -> list[learning.TrainingArticle]:
    articles = []
    for name in REGIONAL_SETS:
        folder = REPO / "tests" / "data" / name
        gold: dict[str, str] = {}
        for path in sorted(folder.glob("page_*.json")):
            gold.update({e["text"]: e["label"] for e in json.loads(path.read_text(encoding="utf-8"))["entities"]})
        for page in sorted(folder.glob("page_*.txt")):
            for article in split_page(page.read_text(encoding="utf-8")):
                articles.append(learning.TrainingArticle(article.text, marked(article.text, gold)))
    return articles


def main() -> int:
    news, regional = news_articles(), regional_articles()
    articles = news + regional * REGIONAL_WEIGHT
    started = time.perf_counter()
    model = learning.train(articles, lambda text: [(e.start, e.end, e.label) for e in find_entities(text)])
    if model is None:
        print("the training material holds too few spans to train on", file=sys.stderr)
        return 1
    (HERE / builtin_model.MODEL_FILE).write_bytes(model)
    spans = {label: sum(1 for a in news + regional for s in a.entities if s[2] == label) for label in ("PER", "LOC", "ORG")}
    (HERE / builtin_model.RECORD_FILE).write_text(json.dumps({
        "trained_on": [str(NEWS.relative_to(REPO))] + [f"tests/data/{name}" for name in REGIONAL_SETS],
        "sha256": builtin_model.digest(*training_files()),
        "news_paragraphs": len(news), "regional_articles": len(regional), "regional_weight": REGIONAL_WEIGHT,
        "characters": sum(len(a.text) for a in news + regional), "spans": spans,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(news)} news paragraphs and {len(regional)} regional articles in "
          f"{time.perf_counter() - started:.0f} s; {len(model) / 1e6:.1f} MB -> {HERE / builtin_model.MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
