"""Cleaning on lines taken from the seed pages."""
from pathlib import Path

import pytest

from annotator.core.cleaning import clean_text, paragraphs, squeeze_spaces


def test_spaces_padded_between_cjk_are_removed():
    assert squeeze_spaces("11 月 底 ，武 陵 区 城 镇 新 增 就 业 8210") == "11月底，武陵区城镇新增就业8210"
    assert squeeze_spaces("择优选派 84 支驻村帮扶工作队") == "择优选派84支驻村帮扶工作队"


def test_spaces_between_latin_words_are_kept():
    assert squeeze_spaces("采用 Deep Learning 模型") == "采用Deep Learning模型"
    assert squeeze_spaces("GDP  growth   rate") == "GDP growth rate"


def test_full_width_text_is_not_converted():
    line = "同比增长 12.96%；实现（ＡＢＣ）１２３"
    assert squeeze_spaces(line) == "同比增长12.96%；实现（ＡＢＣ）１２３"


def test_invisible_and_control_characters_are_removed():
    assert squeeze_spaces("怀\u200b化市") == "怀化市"
    assert squeeze_spaces("洪江\u202e区\x07\x1b") == "洪江区"


def test_hard_wrapped_lines_join_and_paragraphs_stay():
    page = (
        "今年以来，怀化市聚焦驻村帮扶工\n\n作队作风转变和能力提升，以“纠问题、\n\n"
        "转作风、增才干、提效能”为重点，扎实\n\n开展活动。\n\n"
        "乡村振兴，关键在人。习近平总书\n\n记在湖南考察时指出，要继续选派驻\n\n村第一书记。\n"
    )
    assert clean_text(page) == (
        "今年以来，怀化市聚焦驻村帮扶工作队作风转变和能力提升，以“纠问题、转作风、增才干、提效能”为重点，扎实开展活动。\n"
        "乡村振兴，关键在人。习近平总书记在湖南考察时指出，要继续选派驻村第一书记。"
    )


def test_windows_and_old_mac_line_endings():
    assert clean_text("第一段。\r\n第二段。\r第三段。") == "第一段。\n第二段。\n第三段。"


def test_byline_at_the_end_of_a_line_becomes_its_own_paragraph():
    found = paragraphs("高标准农田硬件设施。 （郑丹枚 李 彬）\n")
    assert [p.text for p in found] == ["高标准农田硬件设施。", "（郑丹枚李彬）"]
    assert found[1].raw == "（郑丹枚 李 彬）"


def test_seed_page_cleaning_keeps_every_character(seed_pages):
    """Cleaning removes only whitespace: the non-space characters are all still there."""
    for page in seed_pages:
        raw = page.read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        assert "".join(raw.split()) == "".join(cleaned.split()), page.name
        assert " 月" not in cleaned and "武 陵" not in cleaned


def test_a_number_cut_by_a_line_break_is_joined():
    page = "公司每月生产药品3\n00多盒，销往全国各地的医院和药店，深受好评。\n"
    assert clean_text(page) == "公司每月生产药品300多盒，销往全国各地的医院和药店，深受好评。"


def test_a_headline_before_a_dated_lede_stands_alone_even_at_full_width():
    page = ("上午，邓晓玲的茶叶摊前人来人往，\n一上午就卖出银针茶三百多盒。\n岳阳县一中学子获全国物理竞赛金牌\n"
            "近日，第四十届全国中学生物理竞\n赛决赛成绩公布，岳阳县一中的\n两名学子获得金牌，为湖南争光。\n")
    assert clean_text(page).split("\n") == [
        "上午，邓晓玲的茶叶摊前人来人往，一上午就卖出银针茶三百多盒。", "岳阳县一中学子获全国物理竞赛金牌",
        "近日，第四十届全国中学生物理竞赛决赛成绩公布，岳阳县一中的两名学子获得金牌，为湖南争光。"]


def test_a_closing_quote_the_column_pushed_to_its_own_line_stays_in_the_sentence():
    page = ("队长熊建国说：“今年湖里的鱼多\n了，江豚也多次现身，这是大家共\n同守护的成果。\n”\n"
            "近日，县法院开展巡回审判，公开审\n理一起茶叶买卖合同纠纷案。\n")
    assert clean_text(page).split("\n") == [
        "队长熊建国说：“今年湖里的鱼多了，江豚也多次现身，这是大家共同守护的成果。”",
        "近日，县法院开展巡回审判，公开审理一起茶叶买卖合同纠纷案。"]


def test_a_wider_gap_than_the_page_usually_leaves_ends_a_paragraph():
    # Blank line after every line; three blank lines between two headlines set one above the other.
    page = "千年古镇“活”起来 文旅产业“火”起来\n\n\n\n梯田迎来“丰收季”\n\n10月中旬，新化县水车镇的梯田层层金黄。\n"
    assert clean_text(page).split("\n") == [
        "千年古镇“活”起来文旅产业“火”起来", "梯田迎来“丰收季”", "10月中旬，新化县水车镇的梯田层层金黄。"]


def test_a_paragraph_cut_mid_sentence_joins_the_running_text_after_it():
    page = ("今年以来，县人社局实施就业优先政策，重点为高校\n毕业生、农民工提供岗位，全年新增就业\n"
            "（记者 张 三）\n"
            "县农业农村局组织农技人员，年产干花\n1.2万吨。\n岳阳县推进高标准农田建设\n"
            "近日，县里召开会议。\n")
    lines = clean_text(page).split("\n")
    assert "今年以来，县人社局实施就业优先政策，重点为高校毕业生、农民工提供岗位，全年新增就业" in lines
    assert "县农业农村局组织农技人员，年产干花1.2万吨。" in lines
    assert "（记者张三）" in lines and "岳阳县推进高标准农田建设" in lines  # bylines and headlines stay lines


def _breaks_inside_sentences(text: str) -> list[str]:
    """What a reader would flag: a line that stops mid-sentence although it is running text
    (not a headline, byline or caption) and the text goes on below, or a line that starts
    with punctuation closing the sentence above."""
    import re

    from annotator.core.cleaning import Paragraph
    from annotator.core.reassembly import is_open
    from annotator.core.splitting import BODY, classify

    lines = text.split("\n")
    found = []
    for left, right in zip(lines, lines[1:]):
        running = classify(Paragraph(left, 0, 0)).kind == BODY and not re.search("(摄|供图)$", left)
        if (running and is_open(left)) or right[:1] in "，。、；：！？）》”’":
            found.append(f"{left[-10:]}|{right[:10]}")
    return found


PAGES = Path(__file__).parent / "data"


@pytest.mark.parametrize("page", sorted((PAGES / "blind").glob("*.txt")) + sorted((PAGES / "extraction").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_no_line_break_is_left_inside_a_sentence_of_a_cleaned_page(page):
    assert _breaks_inside_sentences(clean_text(page.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("folder", ["blind", "splitting", "extraction"])
def test_no_line_break_is_left_inside_a_sentence_of_an_article(folder):
    from annotator.core.splitting import split_page

    for page in sorted((PAGES / folder).glob("*.txt")):
        for article in split_page(page.read_text(encoding="utf-8")):
            # the very last line may stop mid-sentence: a page can cut an article off
            assert _breaks_inside_sentences(article.text) == [], (page.name, article.title)


def test_a_column_cut_after_a_comma_does_not_run_into_the_next_reports_dated_opening():
    # Narrow columns: 炎陵's column ends after a comma; the next line is the indented first line
    # of another report (`12 月 4 日，…`). A date after a comma inside a sentence is set at full
    # width and stays in its sentence.
    page = (
        "攸县黄桃是国家地理标志保护产品。\n目前，全县黄桃种植面积达到 8.6 万\n亩，覆盖 10 个乡镇 1.2 万户果农，\n"
        "12 月 4 日，醴陵市经济开发区的\n湖南华瓷科技有限公司展厅里，一批釉\n下五彩瓷正在打包，准备发往迪拜。\n"
        "在邵阳市、大祥区相关职能部门协\n调下，公司的资金难题得到了解决，\n12 月 17 日，银行向公司发放贷款 100\n万元，为企业发展提供动能。\n"
    )
    assert clean_text(page).split("\n") == [
        "攸县黄桃是国家地理标志保护产品。",
        "目前，全县黄桃种植面积达到8.6万亩，覆盖10个乡镇1.2万户果农，",
        "12月4日，醴陵市经济开发区的湖南华瓷科技有限公司展厅里，一批釉下五彩瓷正在打包，准备发往迪拜。",
        "在邵阳市、大祥区相关职能部门协调下，公司的资金难题得到了解决，12月17日，银行向公司发放贷款100万元，为企业发展提供动能。",
    ]


def test_a_paragraph_per_line_page_keeps_a_report_opening_after_a_cut_apart():
    page = (
        "初冬时节，保靖县葫芦镇的黄金茶园里，茶农们正忙着修剪茶树、除草施肥，为明年春茶丰产打基础。保靖县黄金茶产业发展中心主任彭新华介绍，今年全县黄金茶园面积达到13.6万亩，\n"
        "本报讯（记者 彭 雯 通讯员 向 阳）12月4日，永顺县芙蓉镇的老司城遗址景区迎来一批研学学生，今年景区接待游客86万人次，同比增长两成以上，带动周边村民增收。\n"
    )
    first, second = clean_text(page).split("\n")
    assert first.endswith("13.6万亩，") and second.startswith("本报讯（记者彭雯通讯员向阳）12月4日")


def test_lines_padded_around_numbers_are_as_wide_as_their_column():
    # `植油茶 3200 亩、茶叶 1500 亩，今年` is set as wide as the column; without its spaces it
    # looks like a paragraph's last line, and the paragraph would end mid-sentence after it.
    page = ("初冬时节，攸县网岭镇罗家坪村的油茶\n林里，村民们正忙着采摘油茶果和修剪\n茶树，田间地头到处是一派丰收景象。\n"
            "村党支部书记谭建国告诉记者，全村种\n植油茶 3200 亩、茶叶 1500 亩，今年\n鲜果产量预计达到 1100 吨，按现在的\n"
            "收购价算，村民人均可增收 4600 元。\n")
    assert [p.text for p in paragraphs(page)] == [
        "初冬时节，攸县网岭镇罗家坪村的油茶林里，村民们正忙着采摘油茶果和修剪茶树，田间地头到处是一派丰收景象。",
        "村党支部书记谭建国告诉记者，全村种植油茶3200亩、茶叶1500亩，今年鲜果产量预计达到1100吨，按现在的收购价算，村民人均可增收4600元。"]
