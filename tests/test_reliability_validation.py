"""What the label manager and the metrics editor accept (issue 7): the checks in
annotator.core.validation, which the UI and the importers share."""
from decimal import Decimal

import pytest

from annotator.core.validation import (
    MAX_ARTICLE_CHARS, MAX_LABEL_LENGTH, draft_problems, label_name_problems, metric_value_problems,
    parse_metric_value, value_problems,
)
from annotator.core.types import ArticleDraft, Entity, Metric


@pytest.mark.parametrize("name", ["PER", "地名", "O'Brien\";DROP_TABLE_labels;--", "%_*[]\\", "<b>", "X" * MAX_LABEL_LENGTH])
def test_label_names_with_punctuation_are_accepted(name):
    assert label_name_problems(name) == []


@pytest.mark.parametrize("name, words", [
    ("", "needs a name"), ("   ", "needs a name"), ("\t\n", "needs a name"),
    ("X" * (MAX_LABEL_LENGTH + 1), f"at most {MAX_LABEL_LENGTH}"),
    ("两 词", "spaces"), ("LOC\u3000", "spaces"),
    ("LO\u200bC", "U+200B"), ("A\x00B", "U+0000"), ("\u202eLOC", "U+202E"), ("A\ufeffB", "U+FEFF"),
])
def test_label_names_that_would_confuse_are_refused(name, words):
    problems = label_name_problems(name)
    assert problems and any(words in p for p in problems), problems


def test_a_label_name_already_used_is_refused():
    assert label_name_problems("LOC", taken=["PER", "LOC"]) == ["there is already a label named 'LOC'"]
    assert label_name_problems("loc", taken=["PER", "LOC"]) == []


@pytest.mark.parametrize("text, value, high", [
    ("", None, None), ("   ", None, None),
    ("531000000", Decimal("531000000"), None), ("5.31亿", Decimal("531000000"), None),
    ("1,234", Decimal("1234"), None), ("５２４１.５万", Decimal("52415000"), None),
    ("3–5", Decimal(3), Decimal(5)), ("3至5", Decimal(3), Decimal(5)), ("3~5", Decimal(3), Decimal(5)),
    ("-3~5", Decimal(-3), Decimal(5)), ("0.5", Decimal("0.5"), None),
])
def test_typed_values_and_ranges_are_read_exactly(text, value, high):
    assert metric_value_problems(text) == []
    assert parse_metric_value(text) == (value, high)


@pytest.mark.parametrize("text, words", [
    ("abc", "not a number"), ("NaN", "not a finite number"), ("Infinity", "not a finite number"),
    ("1e999999999", "out of the range"), ("1e-999999999", "out of the range"),
    ("9" * 30, "too large"), ("0.0000000000001", "more than 12 digits after the point"),
    ("5–3", "low end of the range is above"), ("3–", "high end is missing"), ("'; DROP TABLE metrics; --", "not a number"),
])
def test_typed_values_that_cannot_be_held_are_refused_with_a_reason(text, words):
    problems = metric_value_problems(text)
    assert problems and any(words in p for p in problems), problems
    with pytest.raises(ValueError, match=words.split()[0]):
        parse_metric_value(text)


def test_value_checks_never_build_the_digits_of_a_huge_exponent():
    assert value_problems(Decimal("1E+999999999"))  # answered from the exponent, instantly
    assert value_problems(Decimal("1E-999999999"))
    assert value_problems(Decimal("1.50000000000000000000")) == []  # trailing zeros are not decimals
    assert value_problems(Decimal("0E-50")) == []


def test_an_imported_article_is_refused_for_a_runaway_length_bad_labels_or_values():
    text = "怀化市洪江区完成投资5.31亿元。"
    fine = ArticleDraft(text, entities=(Entity(0, 3, "LOC", "怀化市"),),
                        metrics=(Metric(10, 16, "5.31亿元", Decimal("531000000"), "元"),))
    assert draft_problems(fine) == []
    assert "more than one article can hold" in draft_problems(ArticleDraft("字" * (MAX_ARTICLE_CHARS + 1)))[0]
    assert "needs a name" in draft_problems(ArticleDraft(text, entities=(Entity(0, 3, "", "怀化市"),)))[0]
    huge = ArticleDraft(text, metrics=(Metric(10, 16, "5.31亿元", Decimal("1E+400"), "元"),))
    assert "too large" in draft_problems(huge)[0]
