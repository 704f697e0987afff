"""Metric finder: every form of the annotation guide, the non-metrics, Chinese numerals,
indicator and period. Sentences are from the seed pages or written in their style."""
from decimal import Decimal

import pytest

from annotator.core.metrics import find_metrics
from annotator.core.numbers import parse_arabic, parse_chinese
from annotator.core.types import span_problems
from annotator.core.units import unit_kinds


def only(text, **options):
    found = find_metrics(text, **options)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def texts(text, **options):
    return [m.text for m in find_metrics(text, **options)]


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("完成投资5.31亿元", "5.31亿元", "531000000", "元"),
    ("完成年度投资计划的132.75%", "132.75%", "132.75", "%"),
    ("城镇新增就业8210人", "8210人", "8210", "人"),
    ("创业培训1.3万人", "1.3万人", "13000", "人"),
    ("发放金额5241.5万。", "5241.5万", "52415000", ""),
    ("总面积13.6852公顷", "13.6852公顷", "13.6852", "公顷"),
    ("总面积367857.7平方米", "367857.7平方米", "367857.7", "平方米"),
    ("净增09家", "09家", "9", "家"),
    ("每月补贴3千元", "3千元", "3000", "元"),
    ("年产能2百万吨", "2百万吨", "2000000", "吨"),
    ("全省金融业总资产10.5万亿元", "10.5万亿元", "10500000000000", "元"),
    ("争取中省补助资金28.5亿，", "28.5亿", "2850000000", ""),
    ("提高2.3个百分点", "2.3个百分点", "2.3", "个百分点"),
    ("全长3千米", "3千米", "3", "千米"),
    ("年发电量3.6亿千瓦时", "3.6亿千瓦时", "360000000", "千瓦时"),
    ("增长了1.5倍", "1.5倍", "1.5", "倍"),
    ("租金每月6元/平方米", "6元/平方米", "6", "元/平方米"),
    ("人均3.2万元/年", "3.2万元/年", "32000", "元/年"),
    ("仅用2个工作日就完成了拨付", "2个工作日", "2", "个工作日"),
    ("提供不低于8个月的康复训练", "8个月", "8", "个月"),
    ("收集发布131家次用人单位", "131家次", "131", "家次"),
    ("走访大客户138人次", "138人次", "138", "人次"),
    ("今年93岁的李明秀", "93岁", "93", "岁"),
    ("连续3年增长", "3年", "3", "年"),
    ("不到20分钟便修复故障", "20分钟", "20", "分钟"),
    ("PM2.5平均浓度为35微克/立方米", "35微克/立方米", "35", "微克/立方米"),
])
def test_value_and_unit_are_exact(sentence, span, value, unit):
    metric = only(sentence)
    assert (metric.text, metric.unit) == (span, unit)
    assert metric.value == Decimal(value) and str(metric.value) == value  # exact, no exponent
    assert metric.numeral == "arabic" and metric.origin == "auto"


@pytest.mark.parametrize("unit", sorted(u for u in unit_kinds() if u != "年"))
def test_every_unit_of_the_dictionary_follows_a_number(unit):
    metric = only(f"共计37{unit}，")
    assert (metric.text, metric.unit, metric.value) == (f"37{unit}", unit, Decimal(37))


def test_measure_words_of_the_brief():
    sentence = ("84支队伍、230名书记、63个村、5宗用地、122笔贷款、28件案件、6场活动、390期培训班、"
                "261套住宅、53项事权、38条示范带、91家企业、4.2万户、500亩、16.5公里、300吨、8次、3起")
    found = find_metrics(sentence)
    assert [m.unit for m in found] == ["支", "名", "个", "宗", "笔", "件", "场", "期", "套", "项", "条", "家",
                                       "户", "亩", "公里", "吨", "次", "起"]


def test_thousands_separators_and_full_width_digits():
    assert only("聘用养护员1,050名").value == Decimal(1050)
    assert only("技工贸总收入1,035.6亿元").value == Decimal("103560000000")
    metric = only("高新技术企业５６８家，")
    assert (metric.text, metric.value, metric.unit) == ("５６８家", Decimal(568), "家")
    assert only("投资５．３１亿元").value == Decimal(531000000)
    assert only("占比１２％").unit == "%"
    assert parse_arabic("１,２34.50") == Decimal("1234.5")


@pytest.mark.parametrize("sentence, span, value, approx", [
    ("区财政累计投入2300余万元", "2300余万元", "23000000", True),
    ("处理小山塘水16万余立方", "16万余立方", "160000", True),
    ("减免租金52万余元", "52万余元", "520000", True),
    ("4600多名乡村创业者", "4600多名", "4600", True),
    ("全产业链从业人员近30万人", "30万人", "300000", True),
    ("中标金额约2.35亿元", "2.35亿元", "235000000", True),
    ("企业年产值超5000万元", "5000万元", "50000000", True),
    ("一线工人超过6万人", "6万人", "60000", True),
    ("产值突破6亿元", "6亿元", "600000000", True),
    ("处置率达55%以上", "55%", "55", True),
    ("平均缩短3天左右", "3天", "3", True),
    ("我种烟30多年", "30多年", "30", True),
    ("住了1年多", "1年", "1", True),
    ("等了3个多月", "3个多月", "3", True),
    ("不超过50人的标准", "50人", "50", False),
    ("监察大队共约谈271家", "271家", "271", False),
    ("最近3天", "3天", "3", False),
])
def test_approximation_inside_and_around_the_span(sentence, span, value, approx):
    metric = only(sentence)
    assert (metric.text, metric.value, metric.approx) == (span, Decimal(value), approx)


def test_approximate_values_are_the_number_written():
    assert only("投入2300余万元").value == Decimal(23000000)
    assert only("1800多万元").value == Decimal(18000000)
    assert only("3个多月").unit == "个月"


@pytest.mark.parametrize("sentence, span, low, high, unit", [
    ("3至5个乡镇", "3至5个", "3", "5", "个"),
    ("票价下调10-15%", "10-15%", "10", "15", "%"),
    ("增幅10%-15%", "10%-15%", "10", "15", "%"),
    ("补贴3至5万元", "3至5万元", "30000", "50000", "元"),
    ("奖励5000至1万元", "5000至1万元", "5000", "10000", "元"),
    ("投资3亿元—5亿元", "3亿元—5亿元", "300000000", "500000000", "元"),
    ("0—6岁儿童", "0—6岁", "0", "6", "岁"),
    ("发放4至6元/平方米", "4至6元/平方米", "4", "6", "元/平方米"),
    ("工期2～3年", "2～3年", "2", "3", "年"),
])
def test_a_range_is_one_metric_with_low_and_high(sentence, span, low, high, unit):
    metric = only(sentence)
    assert (metric.text, metric.unit) == (span, unit)
    assert (metric.value, metric.value_high) == (Decimal(low), Decimal(high))


def test_single_values_have_no_high_end():
    assert only("新增就业8210人").value_high is None


@pytest.mark.parametrize("sentence", [
    "工作日历提前进入2023年。", "5月19日，市本级召开会议", "截至11月底，", "1至10月，", "1—10月，",
    "2019年至2022年，", "11月29日晚，", "晚8时，", "8:30开始", "成功举办2022年度大赛", "2023届毕业生",
    "2021-2025年规划", "二〇二二年", "2023年1至9月", "比三年前高", "3年前", "10天后开业",
])
def test_dates_and_times_are_not_metrics(sentence):
    assert find_metrics(sentence) == []


@pytest.mark.parametrize("sentence", [
    "第二轮驻村帮扶", "居全省第8位", "第3标段", "分别排全省第2位、第4位", "进入全国前10名",
    "第十届", "第1至3标段",
])
def test_ordinals_and_ranks_are_not_metrics(sentence):
    assert find_metrics(sentence) == []


@pytest.mark.parametrize("sentence", [
    "新政发〔2022〕15号", "出台《怀化市关心关爱驻村干部12条措施》", "《2022年第三批次建设用地项目》",
    "对标“三高四新”战略", "“1+1+N”养护模式", "1+1+N模式", "实施“7531”工程", "6·18电商节期间",
    "10·15疫情", "提供“311”服务", "推行“100%回访”制度", "推广“5种模式”",
    "在3号站台乘坐G1234次列车", "K9次列车", "地铁1号线", "咨询电话0738-3512345", "拨打12345热线",
    "建成5G基站", "G60科创走廊", "打造100亿级产业", "建党100周年", "7×24小时",
    "联合3部门开展", "住在2号楼3单元", "从5方面入手", "高标准农田建设10年规划", "实施三年行动计划",
])
def test_codes_names_slogans_and_numbers_in_titles_are_not_metrics(sentence):
    assert find_metrics(sentence) == []


def test_figures_inside_a_quoted_speech_are_metrics():
    speech = "“公司采取‘公司+合作社+家庭农场+农户’的经营模式，带动7个村206户451人稳定增收。”"
    assert texts(speech) == ["7个", "206户", "451人"]


def test_after_a_multiplier_a_unit_that_starts_a_word_is_left_out():
    metric = only("新增1.2万个体工商户")
    assert (metric.text, metric.value, metric.unit) == ("1.2万", Decimal(12000), "")
    assert only("引进资金3亿人民币").text == "3亿"
    assert only("惠及50万人民群众").text == "50万人"


def test_a_measure_word_before_a_noun_is_still_a_unit():
    assert texts("其中有8项目标任务超额完成，3个多功能厅") == ["8项", "3个"]
    assert only("3个多功能厅").approx is False


def test_figures_around_a_slogan_are_metrics():
    assert texts("1至10月，邵阳市6个省“三高四新”重大项目完成年度投资计划的115.8%") == ["6个", "115.8%"]


def test_four_digit_years_with_approximation_or_history_are_durations():
    assert texts("拥有2000多年历史") == ["2000多年"]
    assert texts("拥有120余年采矿工业历史") == ["120余年"]
    assert texts("有2000年历史") == ["2000年"]


def test_negative_figures_keep_their_sign():
    metric = only("同比增长-2.5%")
    assert (metric.text, metric.value) == ("-2.5%", Decimal("-2.5"))


@pytest.mark.parametrize("sentence, span, value, high, unit, approx", [
    ("施工队伍奋战五十天", "五十天", "50", None, "天", False),
    ("每年投入七八十万元用于奖励", "七八十万元", "700000", "800000", "元", True),
    ("市场主体增加到三十二万户", "三十二万户", "320000", None, "户", False),
    ("比去年增加一千余人", "一千余人", "1000", None, "人", True),
    ("占比达到百分之三十", "百分之三十", "30", None, "%", False),
    ("用时两年", "两年", "2", None, "年", False),
])
def test_chinese_numeral_quantities_are_parsed_and_marked(sentence, span, value, high, unit, approx):
    metric = only(sentence)
    assert (metric.text, metric.unit, metric.approx, metric.numeral) == (span, unit, approx, "chinese")
    assert metric.value == Decimal(value)
    assert metric.value_high == (None if high is None else Decimal(high))


def test_small_chinese_counts_are_proposed_only_when_asked():
    sentence = "利用就业和劳动监察两个办事大厅，下设四个工作组，施工安装仅仅一天时间"
    assert texts(sentence) == []
    assert texts(sentence, chinese="all") == ["两个", "四个"]
    assert texts("施工队伍奋战五十天", chinese="none") == []


@pytest.mark.parametrize("sentence", [
    "三年来共扶持初创企业", "党的十九届六中全会", "第二轮帮扶", "一条条道路", "二〇二二年", "几十个村",
    "三番五次", "四处奔走", "二次创业", "统一个标准", "二十四节气",
])
def test_chinese_numerals_in_words_periods_and_ordinals_are_not_metrics(sentence):
    assert texts(sentence, chinese="all") == []


def test_cn2an_reads_the_numerals():
    assert parse_chinese("五十") == (Decimal(50), None)
    assert parse_chinese("两万五") == (Decimal(25000), None)
    assert parse_chinese("三四") == (Decimal(3), Decimal(4))
    assert parse_chinese("十几") is None


def test_indicator_and_period_of_a_sentence():
    found = find_metrics("截至11月底，武陵区城镇新增就业8210人，新增农村劳动力转移就业574人；开展职业培训1481人。")
    assert [m.period for m in found] == ["截至11月底"] * 3
    assert found[0].indicator.endswith("城镇新增就业")
    assert [m.indicator for m in found[1:]] == ["新增农村劳动力转移就业", "开展职业培训"]


def test_period_opening_a_paragraph_reaches_its_later_sentences():
    found = find_metrics("2022年，全区受理欠薪案件251起。非立案处理劳资纠纷88起。\n目前已打造2家调解组织。")
    assert [(m.text, m.period) for m in found] == [("251起", "2022年"), ("88起", "2022年"), ("2家", "目前")]


def test_a_year_that_is_only_compared_with_is_not_the_period():
    metric = only("2022年，该行业工伤事故赔付资金相较2020年下降22.11%。")
    assert (metric.period, metric.indicator) == ("2022年", "该行业工伤事故赔付资金相较2020年下降"[-16:])


def test_indicators_between_figures_and_after_a_leading_figure():
    found = find_metrics("全市上轮工作队中，提拔重用313人、职级晋升443人、职称评聘372人。")
    assert [m.indicator for m in found] == ["提拔重用", "职级晋升", "职称评聘"]
    assert only("从129个市直机关事业单位、市属企业中选派").indicator == "市直机关事业单位"
    metric = only("今年1至10月，全县完成投资5.31亿元。")
    assert (metric.indicator, metric.period) == ("完成投资", "今年1至10月")


def test_event_dates_and_frequencies_stay_in_their_place():
    assert only("12月1日，人社局召开会议，新增就业8210人。").period == ""
    found = find_metrics("每周开展1次集中自学；举办专场招聘会，参加企业33家。")
    assert [(m.text, m.period) for m in found] == [("1次", "每周"), ("33家", "")]


def test_a_reviewers_selection_is_read_whatever_the_finder_would_propose():
    from annotator.core.metrics import read_selection

    assert (read_selection("两个").value, read_selection("两个").numeral) == (Decimal(2), "chinese")
    assert (read_selection("2023年").value, read_selection("2023年").unit) == (Decimal(2023), "年")
    assert read_selection("近30万人").value == Decimal(300000)
    assert read_selection("若干") is None


def test_spans_fit_the_text_and_do_not_overlap(seed_pages):
    from annotator.io.decoding import decode
    from annotator.io.pages import page_drafts

    for page in seed_pages:
        for draft in page_drafts(decode(page.read_bytes(), page.name).text):
            found = find_metrics(draft.text, chinese="all")
            assert span_problems(draft.text, found) == []
            assert all(a.end <= b.start for a, b in zip(found, found[1:])), page.name


def test_offsets_count_characters_beyond_the_basic_plane():
    text = "𠀀𠀁村新增就业8210人"
    metric = only(text)
    assert text[metric.start:metric.end] == "8210人" and metric.start == 7


@pytest.mark.parametrize("written, value, in_text", [
    ("3千亿", "300000000000", True), ("5.31亿", "531000000", True), ("１,２００万", "12000000", True),
    ("五十", "50", False), ("12.", "12", False)])
def test_extraction_and_the_metric_cell_read_a_value_alike(written, value, in_text):
    """One value parser: what extraction reads in an article, the metric cell accepts typed."""
    from annotator.core.metrics import find_metrics
    from annotator.core.validation import parse_metric_value

    assert parse_metric_value(written) == (Decimal(value), None)
    if in_text:
        (found,) = find_metrics(f"全年完成投资{written}元。")
        assert found.value == Decimal(value)


def test_a_verbs_到_is_not_part_of_the_period_and_a_description_since_an_era_is_no_period():
    assert [(m.text, m.period) for m in find_metrics("收入从去年的18万元提高到今年的52万元。")] == \
        [("18万元", "去年"), ("52万元", "今年")]
    assert [m.period for m in find_metrics("馆里陈列着宋元以来的陶器230余件。")] == [""]
    assert [m.period for m in find_metrics("到今年底，全县建成高标准农田5万亩。")] == ["到今年底"]


def test_an_event_since_this_year_is_one_period():
    assert [m.period for m in find_metrics("今年入冬以来，保护区监测到越冬水鸟11.8万只。")] == ["今年入冬以来"]
    assert [m.period for m in find_metrics("试运营以来，景区接待游客3万人次。")] == ["试运营以来"]


def test_a_season_or_a_holiday_of_the_year_is_the_period():
    assert [m.period for m in find_metrics("今年春茶季，干茶均价每公斤达到960元。")] == ["今年春茶季"]
    assert [m.period for m in find_metrics("今年春节期间，景区接待游客3万人次。")] == ["今年春节期间"]
    assert [m.period for m in find_metrics("今年，全县新增企业120家。")] == ["今年"]
