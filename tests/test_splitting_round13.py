"""Page splitting, ADR 0005 addendum 13: two layouts of the shared page 002 (each rule's
case written anew here; the shared page itself is checked at the end)."""
from annotator.core.splitting import split_page

# One paragraph per line: lines longer than a column.
_HEADED = [
    "江北新区建起智慧养老服务中心",
    "——江北新区推进居家养老服务纪实",
    "周 明 吴晓岚",
    "12月6日，江北新区的智慧养老服务中心里，工作人员盯着屏幕上的呼叫信息，随时安排护理员上门为老人服务。",
    "中心今年为辖区3200名老人建立了健康档案，安装紧急呼叫设备1500台，上门服务1.8万人次。",
]
_UNHEADED = [
    "今年以来，南岭县把发展新能源产业作为头号工程，引进光伏组件和储能电池企业9家，产业园的总产值突破了80亿元。",
    "县里还组建了服务专班，为企业解决用地、用电和招工难题46个，帮助企业融资5.2亿元。",
]


def test_a_lone_byline_after_an_article_signed_at_its_head_signs_the_report_below():
    """An article headed with its writers' names (`周 明 吴晓岚`), then a byline alone with other
    names, then a report that opens (`今年以来，…`) with no headline on the page: an article is
    signed once, so the names are the report's writers, not a second byline at the end of
    the article above."""
    page = "\n".join([*_HEADED, "陈 岩 赵一鸣 何 青", *_UNHEADED])
    first, second = split_page(page)
    assert first.title == "江北新区建起智慧养老服务中心" and first.byline == "周明 吴晓岚"
    assert "陈岩" not in first.text and first.text.endswith("上门服务1.8万人次。")
    assert second.byline == "陈岩 赵一鸣 何青" and second.header == ["陈岩 赵一鸣 何青"]
    assert second.title.startswith("今年以来，南岭县") and second.body == _UNHEADED


def test_a_byline_after_an_article_signed_with_the_same_names_still_closes_it():
    """The names repeated at the end (or a report that does not open with a dated or timed
    lede) leave the byline where it was: closing the article above."""
    page = "\n".join([*_HEADED, "周 明 吴晓岚", *_UNHEADED])
    assert "周明 吴晓岚" in split_page(page)[0].text.split("\n")[-1]


_ORCHARD = [
    "12月10日，青石镇的柑橘园里，果农们忙着采摘柑橘，合作社的货车停在园边，一筐筐柑橘被装上车运往外地。",
    "青石镇今年种植柑橘6000亩，合作社带动农户320户，果农户均增收1.2万元，柑橘产业成了全镇的富民产业。",
]


def test_headings_under_a_headline_set_after_its_body_head_the_text_below():
    """A report closed by its byline and its headline (set after the body), then a series
    banner and a section heading over the next article's first section: those lines share
    their words with the text below, so they head it; they are not the closing headline's
    subtitle, nor lines left after the report's byline."""
    water = ["今年以来，河口县水务局推行用水报装“一次办”，企业和群众办理用水业务不再跑腿，报装时间缩短到两个工作日。",
             "水务局还在县政务中心设立了用水服务窗口，全年办理用水业务1.3万件，群众满意率达到99%。"]
    lines = [*water, "（孙 斌 钱 进）", "河口县水务局推行用水报装“一次办”",
             "乡村振兴看青石镇（三）", "发展特色种植、带动农户增收——柑橘园里采摘忙", *_ORCHARD,
             "青石镇绘就乡村振兴新画卷", "——青石镇多措并举推进乡村振兴", "罗 云 施 雨",
             "12月12日，冬日的阳光洒在青石镇的田野上，青石镇的村道四通八达，柑橘园和花园一样的小院连成一片。"]
    by_title = {a.title: a for a in split_page("\n".join(lines))}
    report = by_title["河口县水务局推行用水报装“一次办”"]
    assert report.subtitle == "" and report.text.endswith("（孙斌 钱进）")
    assert "青石镇" not in report.text
    town = by_title["青石镇绘就乡村振兴新画卷"]
    assert town.body[:3] == ["乡村振兴看青石镇（三）", "发展特色种植、带动农户增收——柑橘园里采摘忙", _ORCHARD[0]]


def test_shared_page_002_signs_yongxing_and_heads_lengshuijiang(shared):
    """The shared page 002: 安化's report ends with its byline (its headline takes no
    subtitle and no heading of the text below); the series banner and the first section's
    heading head 冷水江's article; the byline after 冷水江's last paragraph signs 永兴县's
    unheaded report. The page holds four articles (the gold lists the three with a headline)."""
    page = (shared / "seeds" / "002_3744eeed3519cd5e.txt").read_text(encoding="utf-8")
    articles = split_page(page)
    assert len(articles) == 4
    anhua, lengshuijiang, yongxing = articles[1:]
    assert anhua.subtitle == "" and anhua.text.split("\n")[-1] == "（夏伟胜 邓青）"
    assert lengshuijiang.header == ["李梅花 张翼飞 朱华美"] and lengshuijiang.body[0].startswith("12月13日，")
    assert "奋进新征程·高质量发展看（四）冷水江冷水江\n强化监测、分类帮扶——消除返贫致贫风险\n时至年底" in lengshuijiang.text
    assert "李秉钧" not in lengshuijiang.text
    assert yongxing.byline == "李秉钧 邝成刚 袁华秀" and yongxing.title_from_body


def test_the_text_under_a_headline_and_its_byline_opens_the_article_the_headline_went_to():
    """A feature's sections set first, then its headline, subtitle and byline, then its lede
    (the columns put the sections before the head): the headline's words are the sections',
    so it titles them, and the lede, sharing their words, joins them. The byline under the
    headline says the lede was set under it: it opens the article, before the sections."""
    report = ["本报讯（记者 黄 河）12月3日，城东新区的体育馆正式开放，市民可以在馆内打篮球、游泳和健身，每天开放12个小时。",
              "体育馆总投资2.3亿元，建有游泳池、篮球馆和健身房，还为老人和孩子开设了免费课程。"]
    sections = [
    "青石镇的柑橘园里，果农们忙着采摘柑橘，合作社的货车把柑橘运往外地，果农们的柑橘卖上了好价钱。",
                "青石镇今年种植柑橘6000亩，合作社带动果农320户，柑橘产业让果农户均增收1.2万元。"]
    lede = ["12月12日，冬日的阳光洒在青石镇的田野上，青石镇的村道四通八达，合作社的仓库里堆满了刚采摘的柑橘。",
            "这几年，青石镇的合作社带动果农种柑橘，柑橘园连成了片，果农们采摘柑橘、卖柑橘，户户增收。"]
    lines = ["城东新区体育馆开放", *report, "（通讯员 宋 雨）", *sections,
             "青石镇柑橘产业富了果农", "——青石镇发展柑橘产业带动果农增收", "罗晓云 施雨晴", *lede]
    articles = split_page("\n".join(lines))
    assert [a.title for a in articles] == ["城东新区体育馆开放", "青石镇柑橘产业富了果农"]
    town = articles[1]
    assert town.byline == "罗晓云 施雨晴" and town.header == ["罗晓云 施雨晴"]
    assert town.body == [*lede, *sections]
