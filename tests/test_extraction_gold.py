"""Entity extraction scored against gold annotation, through the real import pipeline into a
project file: the three shared pages (fixture `shared`) and seven pages written for these
tests (tests/data/extraction, with their own gold; see the README there). Targets from
issue 4: entity F1 >= 0.85 overall and >= 0.75 for each of PER, LOC and ORG. Only entity
figures are asserted here (metrics have tests/test_metrics_gold.py)."""
import json
from pathlib import Path

import pytest

from annotator.core.cleaning import clean_text

OWN_PAGES = Path(__file__).parent / "data" / "extraction"
OVERALL_F1 = 0.85
LABEL_F1 = 0.75
LABELS = ("PER", "LOC", "ORG")


def assert_targets(overall, pages):
    errors = {page.name: (page.errors["entity_fp"], page.errors["entity_fn"]) for page in pages}
    assert overall.entities["ALL"].f1 >= OVERALL_F1, errors
    for label in LABELS:
        assert overall.entities[label].tp > 0, label
        assert overall.entities[label].f1 >= LABEL_F1, (label, errors)


def test_entities_on_the_shared_gold_pages(score_against_gold, shared):
    overall, pages = score_against_gold(sorted((shared / "seeds").glob("*.txt")), shared / "gold")
    assert len(pages) == 3
    assert_targets(overall, pages)


def test_entities_on_pages_written_for_the_tests(score_against_gold):
    overall, pages = score_against_gold(sorted(OWN_PAGES.glob("*.txt")), OWN_PAGES)
    assert len(pages) == len(list(OWN_PAGES.glob("*.json"))) >= 7
    assert_targets(overall, pages)


@pytest.mark.parametrize("gold_file", sorted(OWN_PAGES.glob("*.json")), ids=lambda p: p.stem)
def test_own_gold_entities_are_in_their_page(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = clean_text(gold_file.with_suffix(".txt").read_text(encoding="utf-8"))
    spans = gold["entities"] + gold["optional_entities"] + gold["metrics"] + gold["optional_metrics"]
    assert [item["text"] for item in spans if item["text"] not in text] == []
    assert {item["label"] for item in gold["entities"]} == set(LABELS)
