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
