"""Page splitting, ADR 0005 addendum 15: layouts of blind26 and blind27 (each rule's case
written anew here; the pages themselves are checked whole at the end)."""
from pathlib import Path

import pytest

from annotator.core.cleaning import paragraphs
from annotator.core.splitting import split_page
from test_splitting import _whole_articles
from test_splitting_round14 import _narrow, _page

DATA = Path(__file__).parent / "data"
WIDTH = 18


def _by_title(lines: list[str]) -> dict[str, str]:
    return {a.title: "".join(a.body).replace(" ", "") for a in split_page(_page(lines))}


_PARK = ["东湖：老厂房变身城市书房",
         *_narrow(["12月16日上午，东湖区的老纺织厂里，一座由厂房改造的城市书房正式开放，市民们排队入馆借书。",
                   "书房面积1200平方米，藏书3万册，每天开放12个小时，今年还将举办读书分享会20场。"])]
# a report signed in its agency line, its first column cut after a comma; the column's last
# line (`贸订单同比增长12.5%，`) holds no clause mark of its own
_CANNERY_OPENING = "12月15日，在城北工业园的一家食品厂里，工人们把罐头装车，发往东南亚。厂长介绍，今年出口罐头3200吨，外贸订单同比增长12.5%，"
_CANNERY_REST = ["销售额达到2.4亿元。城北工业园管委会负责人说，园区今年新引进食品项目6个。",
                 "这家罐头厂成立于2015年，主要生产水果罐头，厂里的罐头目前已进入东南亚的8个国家。"]
_CLINIC_HEADLINE = "河口镇卫生院开设康复科"
_CLINIC = ["本报讯（通讯员 夏 雨）12月12日，河口镇卫生院康复科正式开诊，科室设床位20张。",
           "科室主任说，开诊首周已接诊腰腿痛患者60余人次，明年还将为全镇老人开展康复筛查。"]
_CANNERY_HEADLINE = "城北罐头“罐”装出海"
_RESERVOIR = [*_narrow(["12月10日，山口村的小水库完成除险加固，水库蓄水量增加到80万立方米，下游农田灌溉有了保障。",
                        "今年全县完成小水库除险加固15座，受益农田2.6万亩。"]),
              "（县融媒体中心 山 石）", "小水库除险加固保灌溉"]


assert len(_CANNERY_OPENING.split("外贸")[0]) + 1 == 3 * WIDTH  # the last line starts at `贸`


def _cannery_page() -> list[str]:
    return [*_PARK, "本报讯（记者 江 帆 通讯员 林 木）", *_narrow([_CANNERY_OPENING]),
            _CLINIC_HEADLINE, *_narrow(_CLINIC), *_narrow(_CANNERY_REST), _CANNERY_HEADLINE, *_RESERVOIR]


def test_a_headline_between_a_column_cut_after_a_comma_and_an_agency_line_is_its_own_paragraph():
    """`…今年出口罐头3200吨，外` (the column's width) / `贸订单同比增长12.5%，` / `河口镇卫生院开设康复科` /
    `本报讯（通讯员 …）…`: the column's last line holds no clause mark before its comma, but the
    paragraph it ends does, so it is running text cut after a clause and the short line
    below, before a report's opening, is the next article's headline (it was read as the
    rest of the sentence)."""
    texts = [p.text for p in paragraphs(_page(_cannery_page()))]
    assert _CLINIC_HEADLINE in texts
    assert any(text.endswith("12.5%，") for text in texts)


def test_an_unsigned_reports_headline_after_its_body_takes_back_its_cut_column():
    """The report signed in its agency line (`本报讯（记者 …）`), its column cut after a comma,
    the clinic's whole report set between, then the report's rest (`销售额达到2.4亿元。…`, no
    word or figure at the break says so) and its headline after it. Without a byline at
    the rest's end, the headline says another article ends there when its words are the cut
    report's rather than those of the text below it: the rest goes back by its words."""
    by_title = _by_title(_cannery_page())
    assert set(by_title) == {_PARK[0], _CANNERY_HEADLINE, _CLINIC_HEADLINE, "小水库除险加固保灌溉"}
    assert by_title[_CANNERY_HEADLINE] == "本报讯（记者江帆通讯员林木）" + _CANNERY_OPENING + "".join(_CANNERY_REST)
    assert by_title[_CLINIC_HEADLINE] == "".join(_CLINIC).replace(" ", "")


def test_blind26_articles_come_out_whole():
    """blind26 (scored unseen at main 829dbc8: 8 for 10, 7/10 whole): page qa's report signed
    in its agency line, its column cut after a comma before the hospital's headline and
    report, and its rest and headline after them, comes out whole, and so does the hospital's."""
    whole = _whole_articles(DATA / "blind26")
    assert all(whole.values()), [title for title, ok in whole.items() if not ok]


_WETLAND = ["城西湿地迎来越冬候鸟",
            "本报讯（通讯员 白 露）12月11日，在城西湿地公园，成群的白鹭在浅滩上觅食，不少市民带着孩子来观鸟。",
            "今年以来，城西区投入资金1500万元修复湿地，公园周末日均游客超过3000人次。"]
_VISITS = ["乡村医生上门 独居老人放心",
           "12月12日，河湾镇卫生院的医生来到山背村，为78岁的独居老人测血压、送药品。",
           "今年卫生院组建家庭医生团队9支，为全镇1.8万名村民提供签约服务。",
           "（记者 林 泉）"]


def test_a_heading_after_a_report_opened_by_its_agency_line_heads_the_next_dated_report():
    """A report that opened with `本报讯（…）12月11日，…` and ended with a finished sentence,
    then a heading naming no place (`乡村医生上门 独居老人放心`), then `12月12日，…`: a
    report has one dateline, at its head, so the heading is the next report's headline (it
    was read as a crosshead and the two reports were one)."""
    by_title = _by_title([*_WETLAND, *_VISITS])
    assert set(by_title) == {_WETLAND[0], "乡村医生上门独居老人放心"}
    assert by_title[_WETLAND[0]] == "".join(_WETLAND[1:]).replace(" ", "")
    assert by_title["乡村医生上门独居老人放心"].startswith("12月12日，")


def test_a_crosshead_above_a_dated_anecdote_in_a_feature_without_agency_line_stays_inside():
    """The same heading inside a feature that opens with a scene, not with an agency line:
    features put crossheads above dated anecdotes, so it stays a crosshead."""
    feature = ["城西湿地迎来越冬候鸟",
               "初冬时节，城西湿地公园里，成群的白鹭在浅滩上觅食，不少市民带着孩子来观鸟。",
               "今年以来，城西区投入资金1500万元修复湿地，公园周末日均游客超过3000人次。"]
    by_title = _by_title([*feature, *_VISITS])
    assert set(by_title) == {feature[0]}


def test_blind27_articles_come_out_whole():
    """blind27 (scored unseen at main 829dbc8: 8 for 10, 5/10 whole): page ra's court report,
    signed in its agency line and cut mid-word (`…并补偿邓某青苗`) before the interchange's
    headlined report, takes back its rest and its headline; page rb's health-centre report,
    headed by words that name no place after the wetland report, is an article of its own."""
    whole = _whole_articles(DATA / "blind27")
    assert all(whole.values()), [title for title, ok in whole.items() if not ok]


def test_a_wrapped_byline_opening_with_the_writers_office_closes_the_article_whatever_its_names():
    """`…天天都来这里吃饭。（河湾镇融媒体` / `中心 溪 流）`: the wrap joins the byline to the last
    paragraph, and its names (`溪流`) are an everyday word; the office opening the bracket
    (`…融媒体中心`, like a role) says it is the byline: it leaves the text and signs the
    article."""
    canteen = ["河湾社区食堂开门迎客",
               *_narrow(["12月9日中午，河湾社区的长者食堂里坐满了老人，一荤两素一汤，80岁以上老人每餐只需6元。",
                         "“饭菜软和。”居民邹大妈说，她和老伴几乎天天都来这里吃饭。（河湾镇融媒体"]),
               "中心 溪 流）"]
    articles = split_page(_page(canteen))
    assert [a.title for a in articles] == [canteen[0]]
    assert "".join(articles[0].body).endswith("天天都来这里吃饭。")
    assert articles[0].byline == "溪流"
