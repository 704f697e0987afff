"""Metric extraction scored against gold annotation, through the real import pipeline into a
project file: the three shared pages (fixture `shared`) and three pages written for these
tests (tests/data/metrics, with their own gold). Targets from issue 4: metric span F1 >= 0.95,
value and unit accuracy >= 0.98 on matched metrics."""
from pathlib import Path

import pytest


OWN_PAGES = Path(__file__).parent / "data" / "metrics"
SPAN_F1 = 0.95
VALUE_UNIT_ACCURACY = 0.98


def assert_targets(overall, pages):
    errors = {page.name: (page.errors["metric_fp"], page.errors["metric_fn"]) for page in pages}
    assert overall.metrics.f1 >= SPAN_F1, errors
    assert overall.matched_metrics > 0
    assert overall.value_correct / overall.matched_metrics >= VALUE_UNIT_ACCURACY
    assert overall.unit_correct / overall.matched_metrics >= VALUE_UNIT_ACCURACY


def test_metrics_on_the_shared_gold_pages(score_against_gold, shared):
    overall, pages = score_against_gold(sorted((shared / "seeds").glob("*.txt")), shared / "gold")
    assert len(pages) == 3
    assert_targets(overall, pages)


def test_metrics_on_pages_written_for_the_tests(score_against_gold):
    overall, pages = score_against_gold(sorted(OWN_PAGES.glob("*.txt")), OWN_PAGES)
    assert len(pages) == 3
    assert_targets(overall, pages)


@pytest.mark.parametrize("name", ["page_a", "page_b", "page_c"])
def test_own_gold_spans_are_in_their_page(name):
    import json

    from annotator.core.cleaning import clean_text

    gold = json.loads((OWN_PAGES / f"{name}.json").read_text(encoding="utf-8"))
    text = clean_text((OWN_PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    missing = [m["text"] for m in gold["metrics"] + gold["optional_metrics"] if m["text"] not in text]
    assert missing == []
