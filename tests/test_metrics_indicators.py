"""Metric indicators and periods: how agreement with gold is counted (scoring.shares_half) and
the rules that keep an indicator to what is measured."""
import pytest

from annotator.core.metrics import find_metrics
from annotator.core.scoring import score_page, shares_half


@pytest.mark.parametrize("proposed, gold, agrees", [
    ("择优选派驻村帮扶工作队", "择优选派驻村帮扶工作队", True),
    ("驻村帮扶工作队、", "驻村第一书记和工作队员", True),  # 驻村工作队: 5 of 7, punctuation not counted
    ("校以及中央、省在怀单位中择优选派", "择优选派驻村帮扶工作队", False),  # 4 of 15
    ("中石化益阳分公司提前", "节省工期", False),
    ("完成投资", "今年完成投资额", True),  # a shorter indicator inside the gold one
    ("", "完成投资", False),
    ("", "", True),
    ("今年", "", False),
])
def test_an_indicator_agrees_when_half_its_characters_are_in_the_gold_one(proposed, gold, agrees):
    assert shares_half(proposed, gold) is agrees


def test_each_gold_character_covers_one_proposed_character():
    assert not shares_half("工工工工", "工作")  # one 工 in the gold covers one of four
    assert shares_half("工作", "工工工工")  # the other direction: 工 is found, 作 is not: half


def test_the_page_score_counts_indicator_and_period_agreement():
    gold = {"metrics": [
        {"text": "8210人", "value": 8210, "unit": "人", "indicator": "城镇新增就业", "period": "截至11月底"},
        {"text": "574人", "value": 574, "unit": "人", "indicator": "新增农村劳动力转移就业", "period": "截至11月底"},
    ]}
    proposed = [("8210人", 8210, "人", "城镇新增就业", "截至11月底"), ("574人", 574, "人", "8210人", "")]
    page = score_page("p", gold, [], [], proposed)
    assert (page.matched_metrics, page.indicator_agreed, page.period_matched, page.period_agreed) == (2, 1, 2, 1)


def test_periods_are_not_scored_on_a_page_whose_gold_has_none():
    gold = {"metrics": [{"text": "64家", "value": 64, "unit": "家", "indicator": "企业"}]}
    page = score_page("p", gold, [], [], [("64家", 64, "家", "企业", "今年")])
    assert (page.indicator_agreed, page.period_matched) == (1, 0)


def test_the_evaluation_report_gives_indicator_and_period_agreement(tmp_path):
    from pathlib import Path

    from annotator.evaluation import evaluate_gold, format_report
    from annotator.io.importer import import_paths
    from annotator.store import Store

    pages = Path(__file__).parent / "data" / "indicators"
    with Store(tmp_path / "p.sqlite") as store:
        import_paths(store, sorted(pages.glob("*.txt")))
        report = format_report(evaluate_gold(store, pages))
    lines = report.splitlines()
    assert lines[0] == "page_d.txt"
    assert any(line.strip().startswith("indicator agreement 0.") or "indicator agreement 1.000" in line for line in lines)
    assert any(line.strip().startswith("period agreement ") and "/33)" in line for line in lines)
