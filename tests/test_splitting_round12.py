"""Page splitting, ADR 0005 addendum 12: layouts of blind13, blind19 and blind20 (each rule's
case written anew here; the pages themselves are checked whole at the end)."""
from pathlib import Path

import pytest

from annotator.core.splitting import split_page
from test_splitting import _column, _whole_articles

DATA = Path(__file__).parent / "data"

# Lines longer than a column: a page set one paragraph per line.
_FEATURE = [
    "湘江：一座古镇的新生",
    "记者 程 远 欧阳可",
    "12月3日，湘江边的古镇上，青石板路刚刚修缮一新，游客们沿着老街参观古戏台、品尝米粉，镇上的老人坐在门口晒太阳。",
    "镇里今年投入资金800万元，修缮老街店铺46间，引进文创企业12家，古镇接待游客的人数比去年增加了三成。",
]
_SECOND_REPORT = [
    "本报讯（记者 白 帆 通讯员 郑 朗）",
    "12月5日，城南的新能源电池工厂里，一条自动化生产线正在调试，工厂负责人介绍，新线投产后每年可生产电池模组3万套。",
    "工厂今年招收技术工人260名，与职业学校合办订单班两个，电池模组销往东南亚和欧洲的十多个国家。",
]


def test_a_headline_with_a_place_and_a_colon_is_not_joined_to_the_headline_below():
    """`城南：电池工厂迎来远方客` / `人工智能课走进乡村小学` (a page set one paragraph per line):
    the break forms a word (`客人`), but a line whose only clause mark is the colon after a
    short place is a headline, not running text, so the two stacked headlines stay two: the
    first closes the report above it (inside the feature titled above), the second opens
    the text below."""
    school = ["本报讯（通讯员 秋 实）12月8日，山脚下的一所乡村小学里，孩子们第一次上起了人工智能课，编程机器人在教室里跑来跑去。",
              "学校今年新建了智慧教室两间，每周开设人工智能课两节，城里的老师还定期来校上课。"]
    lines = [*_FEATURE, *_SECOND_REPORT, "城南：电池工厂迎来远方客", "人工智能课走进乡村小学", *school]
    by_title = {a.title: a.body for a in split_page("\n".join(lines))}
    assert set(by_title) == {"湘江：一座古镇的新生", "城南：电池工厂迎来远方客", "人工智能课走进乡村小学"}
    assert by_title["城南：电池工厂迎来远方客"][0].startswith("本报讯")
    assert "".join(by_title["人工智能课走进乡村小学"]) == "".join(school).replace(" ", "")


_OPENING = ["本报讯（通讯员 石 青）12月2日，河西的农业产业园里，蔬菜大棚一座连着一座，工人们正在采收黄瓜和番茄。",
            "产业园今年种植蔬菜3000亩，产量达到1.2万吨，蔬菜通过冷链车运往广州和深圳。"]
_CUT_REPORT = ["“以前看病要坐两个小时的车，现在专家每周都来镇上坐诊。”12月4日，在山区的一个乡镇卫生院里，村民拉着医生的手说。",
               "去年以来，县人民医院与全县18个乡镇卫生院组建医共体，下派医生52名，卫生院今年的门诊量达到4.6万人次，住院患者比去年增加了近两成，"]
_MIDDLE = ["茶叶搭上中欧班列",
           "12月6日，茶叶公司的仓库里，工人们正在把一箱箱红茶装上货车，这批茶叶将通过中欧班列运往欧洲，公司今年出口茶叶300吨。",
           "县里今年新建标准化茶园5000亩，培训茶农1200人次，茶叶产值突破20亿元。（记者 林 岚 通讯员 孟 夏）"]
_REST = "转到县外就医的病人从去年的400人减少到今年的150人，医共体还为卫生院统一配送药品1000多种，村民在家门口就能买到常用药。"


@pytest.mark.parametrize("headline", [
    "专家坐诊到乡镇 村民看病不用愁",  # its words are in the cut report's text: split_off finds the cut
    "专家进山 山里人就医不再远路迢迢",  # one pair (`专家`) of 14: the cut before the report's dateline
])
def test_a_column_cut_after_a_comma_resumes_after_a_signed_report_and_takes_its_headline(headline):
    """`…住院患者比去年增加了近两成，` / a headlined report set whole, signed
    (`（记者 林 岚 通讯员 孟 夏）`) / `转到县外就医的病人…` / byline / the cut report's headline at
    the page's end. The rest follows the signed report's byline, so it is a column resumed
    after a whole article (as a word cut by the break was before, addendum 6): it goes back
    to its open end and takes the headline after it along; the headline then cuts the cut
    report off the text above at its dateline (a quote, then `12月4日，`), also when it shares
    one pair of its words with that text."""
    lines = ["河西蔬菜销往大湾区", *_OPENING, *_CUT_REPORT, *_MIDDLE, _REST, "（县融媒体中心 方 舟）", headline]
    by_title = {a.title: a.body for a in split_page("\n".join(lines))}
    assert set(by_title) == {"河西蔬菜销往大湾区", "茶叶搭上中欧班列", headline.replace(" ", "")}
    assert "".join(by_title["河西蔬菜销往大湾区"]) == "".join(_OPENING).replace(" ", "")
    assert "".join(by_title[headline.replace(" ", "")]) == "".join(_CUT_REPORT) + _REST
    assert "转到县外" not in "".join(by_title["茶叶搭上中欧班列"])


def test_an_agency_line_cut_after_the_date_number_stays_with_its_report():
    """`本报讯（通讯员 江 雪 林 风）12` / `月 10 日，…` in a narrow column: the break falls between a
    date's number and its unit, so the two lines are one paragraph (the agency line was a
    paragraph of its own, read as a headline and taken as the article's title)."""
    first = _column(["冬日里的江边，几百只白鹭在浅滩上觅食，观鸟的市民拿着相机守候了一个上午。",
                     "今年入冬以来，湿地保护站记录到越冬水鸟86种、3.6万只，比去年增加了两成。"])
    report = ["本报讯（通讯员 江 雪 林 风）12", "月 10 日，城西的体育公园里，一场市民马拉松鸣枪开跑，来自",
              "全市的3000名跑者参赛。赛道全长21公里，沿途设置补给站8个。"]
    lines = ["江边湿地迎来越冬候鸟", *first, "城西市民马拉松开跑", *report, "（记者 陶 然）"]
    articles = split_page("\n".join(lines))
    assert [a.title for a in articles] == ["江边湿地迎来越冬候鸟", "城西市民马拉松开跑"]
    assert articles[1].body[0].startswith("本报讯（通讯员江雪林风）12月10日，城西")


def test_an_agency_line_inside_a_titled_feature_is_where_the_report_below_its_headline_begins():
    """A feature headed above, then `本报讯（记者 白 帆 通讯员 郑 朗）` after its finished text,
    a report, and the report's headline after its body: the headline cuts the report off at
    its agency line, even where a pair of its words (`陵新` in `炎陵新开民宿`) recurs in the
    feature's last section by chance, which made the words alone cut before that section."""
    feature = ["炎陵：一座古镇的新生",
               "记者 程 远 欧阳可",
               "12月3日，炎陵县的古镇上，青石板路刚刚修缮一新，游客们沿着老街参观古戏台、品尝米粉，镇上的老人坐在门口晒太阳。",
               "镇里今年投入资金800万元，修缮老街店铺46间，引进文创企业12家，古镇接待游客的人数比去年增加了三成。",
               "老街新貌", "让古镇“活”起来",
               "今年以来，炎陵新开民宿18家，节假日一房难求，带动周边村民就业600多人。"]
    report = ["本报讯（记者 白 帆 通讯员 郑 朗）",
              "12月5日，茶陵县的新能源电池工厂里，一条自动化生产线正在调试，工厂负责人介绍，新线投产后每年可生产电池模组3万套。",
              "工厂今年招收技术工人260名，与职业学校合办订单班两个，电池模组销往东南亚和欧洲的十多个国家。"]
    lake = ["醴陵新修环湖步道", "12月9日，醴陵市新修的环湖步道正式开放，步道全长12公里，沿途设置观景台6处，市民纷纷前来散步健身。"]
    lines = [*feature, *report, "茶陵新能源电池模组走向海外", *lake]
    by_title = {a.title: a.body for a in split_page("\n".join(lines))}
    assert set(by_title) == {"炎陵：一座古镇的新生", "茶陵新能源电池模组走向海外", "醴陵新修环湖步道"}
    assert by_title["茶陵新能源电池模组走向海外"][0].startswith("本报讯")
    assert by_title["炎陵：一座古镇的新生"][-1].startswith("今年以来，炎陵新开民宿")


@pytest.mark.parametrize("blind_set", ["blind19", "blind20"])
def test_blind19_and_blind20_articles_come_out_whole(blind_set):
    whole = _whole_articles(DATA / blind_set)
    assert all(whole.values()), [title for title, ok in whole.items() if not ok]
