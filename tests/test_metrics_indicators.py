"""Metric indicators and periods: how agreement with gold is counted (scoring.shares_half) and
the rules that keep an indicator to what is measured."""
import pytest

from annotator.core.metrics import find_metrics
from annotator.core.scoring import score_page, shares_half


def indicators(sentence):
    return [(m.text, m.indicator) for m in find_metrics(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("今年，全县选派84支驻村工作队。", [("84支", "驻村工作队")]),
    ("通过3.6万名网格员收集群众诉求。", [("3.6万名", "网格员")]),
    ("建成3个“智慧农业”示范区。", [("3个", "“智慧农业”示范区")]),
    ("帮助12家外贸企业获得贷款1.5亿元。", [("12家", "外贸企业"), ("1.5亿元", "获得贷款")]),
])
def test_a_count_written_before_a_noun_names_that_noun(sentence, expected):
    assert indicators(sentence) == expected


def test_a_figure_closing_its_clause_takes_the_words_before():
    assert indicators("全县完成投资5.31亿元，同比增长12%。") == [("5.31亿元", "完成投资"), ("12%", "同比增长")]


def test_a_duration_names_the_action_after_it():
    assert indicators("仅用2个工作日完成了审批手续。") == [("2个工作日", "完成了审批手续")]
    assert indicators("窗口提前15天办结全部申请。") == [("15天", "办结全部申请")]


def test_after_de_the_noun_counts_only_when_the_words_before_say_little():
    assert indicators("该镇建成300平方米的文化广场。") == [("300平方米", "文化广场")]
    assert indicators("每名网格员服务对象不超过50户的标准已落实。") == [("50户", "每名网格员服务对象")]


def test_an_amount_does_not_count_the_place_after_it():
    assert indicators("企业投入800万元新建污水管网。") == [("800万元", "企业投入")]


def test_an_enumeration_keeps_its_last_item():
    assert indicators("全年开展技能培训、岗位推介200余场。") == [("200余场", "岗位推介")]


def test_no_digits_of_a_neighbouring_number_but_words_with_digits_stay():
    assert indicators("全市2023届毕业生就业3871人。") == [("3871人", "毕业生就业")]
    assert indicators("建成5G基站120个。") == [("120个", "建成5G基站")]


@pytest.mark.parametrize("sentence, expected", [
    ("长沙县新增市场主体1.2万户。", "新增市场主体"),  # a place
    ("华容县农商银行发放贷款3亿元。", "发放贷款"),  # a body: a place-like word and a body's ending
    ("该公司有员工860人。", "员工"),  # a generic subject and 有
    ("全县有茶园面积12万亩。", "茶园面积"),
    ("我们种植油茶40亩。", "种植油茶"),  # a pronoun
    ("民政局为困难群众发放救助金80万元。", "发放救助金"),  # the one it is done for
    ("县城至机场快速路已完成投资3.6亿元。", "完成投资"),  # the predicate after 已
    ("城镇新增就业800人。", "城镇新增就业"),  # a generic place word is part of what is measured
    ("农村居民人均可支配收入18500元。", "农村居民人均可支配收入"),
])
def test_the_subject_is_not_the_indicator(sentence, expected):
    assert [indicator for _, indicator in indicators(sentence)] == [expected]


def test_a_figure_right_after_another_measures_the_same_thing():
    assert indicators("政府收回闲置土地2宗30亩。") == [("2宗", "政府收回闲置土地"), ("30亩", "政府收回闲置土地")]
    assert indicators("派有工作队的村达36个、占63.5%。")[1] == ("63.5%", "派有工作队的村")


def test_the_indicator_reaches_around_a_period_inside_the_clause():
    metric = find_metrics("其中，村集体每年3万元。")[0]
    assert (metric.indicator, metric.period) == ("村集体", "每年")


def test_an_indicator_never_crosses_another_metric_or_ends_in_punctuation():
    assert indicators("开展培训12期400人次，覆盖驻村工作队、") == [("12期", "开展培训"), ("400人次", "开展培训")]
    assert indicators("共派出230名驻村工作队员、80名第一书记。") == [("230名", "驻村工作队员"), ("80名", "第一书记")]


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


def test_quantities_in_chinese_numerals_are_borderline_as_the_guide_says():
    gold = {"metrics": [{"text": "64家", "value": 64, "unit": "家"}, {"text": "两个月", "value": 2, "unit": "个月"}]}
    proposed = [("64家", 64, "家"), ("三年", 3, "年"), ("5天", 5, "天")]
    page = score_page("p", gold, [], [], proposed)
    # 三年 proposed and 两个月 missed count for nothing; 5天 is a plain false positive
    assert (page.metrics.tp, page.metrics.fp, page.metrics.fn) == (1, 1, 0)
    assert page.errors["metric_fp"] == ["5天"]


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
