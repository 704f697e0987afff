"""Page splitting, ADR 0005 addendum 14: layouts of blind23, blind24 and blind25 (each rule's
case written anew here; the pages themselves are checked whole at the end)."""
from pathlib import Path

import pytest

from annotator.core.splitting import split_page
from test_splitting import _whole_articles

DATA = Path(__file__).parent / "data"
WIDTH = 18


def _narrow(paragraphs: list[str], width: int = WIDTH) -> list[str]:
    """Paragraphs set in a narrow column without first-line indents, a line at a time."""
    return [paragraph[n:n + width] for paragraph in paragraphs for n in range(0, len(paragraph), width)]


def _page(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


_SCHOOL = ["本报讯（通讯员 孟 春）12月3日，城东的一所小学里，孩子们在新建的科学教室里做起了水培蔬菜实验。",
           "学校今年新建科学教室两间，开设科学兴趣课每周两节，参加课程的学生有260多名。"]


def _by_title(lines: list[str]) -> dict[str, str]:
    return {a.title: "".join(a.body).replace(" ", "") for a in split_page(_page(lines))}


def test_a_paragraph_the_column_stops_mid_clause_is_no_headline():
    """`…开通了上门服务预约热线，今年` (the column's full width) / `已为独居老人上门` (short):
    a paragraph with a comma inside whose line break falls mid-phrase is running text the
    column cut, not a headline (it became the title of the text below). The whole report
    set between is followed by the cut article's rest (`380余人次，…`), its byline and its
    headline: the rest and the headline go back to the open end."""
    opening = ["“大爷，今天血糖正常，饭后记得散步。”12月5日上午，社区医生来到河街，为独居老人测血糖。",
               "社区今年为辖区老人建立健康档案1800份，每月组织一次义诊，老人们在家门口就能看病。"]
    cut = "中心还开通了上门服务预约热线，今年已为独居老人上门"
    rest = ["380余人次，老人们的满意率从去年的80%提高到92%。"]
    lines = [*_narrow(["城东新建科学教室", *_SCHOOL]), *_narrow(opening), cut[:WIDTH], cut[WIDTH:],
             "桥头镇文化站迎来新书", *_narrow(["本报讯（通讯员 夏 至）12月6日，桥头镇文化站的图书室里新到了三千册图书，前来借书的村民排起了长队。",
                                         "文化站今年开展读书活动36场，借阅图书1.2万册次。"]),
             "（桥头镇宣传办 秋 水）", *_narrow(rest), "（记者 冬 青）", "社区医生上门 老人看病不出门"]
    by_title = _by_title(lines)
    assert set(by_title) == {"城东新建科学教室", "桥头镇文化站迎来新书", "社区医生上门老人看病不出门"}
    assert by_title["社区医生上门老人看病不出门"] == "".join([*opening, cut, *rest])
    assert by_title["桥头镇文化站迎来新书"].endswith("1.2万册次。")


def test_a_report_opening_with_a_scene_before_its_date_stands_between_a_column_and_its_rest():
    """`…家庭医生团队今年已上门服务` / a headline / `鼓声阵阵，龙舟竞发。12月7日，…`
    (a report opening with a short scene, then its date) / its byline / the rest
    (`460余户，…`) / byline / the cut article's headline: the report is whole between a
    column and its rest, as a report opening `本报讯…` is."""
    first = ["12月4日，南岭村的卫生室里，家庭医生正在为村民量血压，不少老人一早就来排队。",
             "村卫生室今年配齐了心电图机和血糖仪，村民常见病在村里就能诊治，家庭医生团队今年已上门服务"]
    report = ["鼓声阵阵，龙舟竞发。12月7日，江口镇的河面上，十二支龙舟队展开角逐，两岸观众为选手加油助威。",
              "江口镇今年举办民俗活动18场，吸引游客3.2万人次，带动农家乐增收200多万元。（江口镇宣传办 晓 峰）"]
    rest = ["460余户，村民的家庭医生签约率达到八成。"]
    lines = [*_narrow(["城东新建科学教室", *_SCHOOL]), *_narrow(first), "江口龙舟赛热闹非凡", *_narrow(report),
             *_narrow(rest), "（记者 冬 青）", "家庭医生进村 村民看病不出村"]
    by_title = _by_title(lines)
    assert set(by_title) == {"城东新建科学教室", "江口龙舟赛热闹非凡", "家庭医生进村村民看病不出村"}
    assert by_title["家庭医生进村村民看病不出村"] == "".join([*first, *rest])
    assert by_title["江口龙舟赛热闹非凡"].endswith("带动农家乐增收200多万元。")


def test_an_amount_opening_a_paragraph_finishes_the_sentence_the_column_cut_before_it():
    """`…村里的集体经济收入从去年的` / a headlined report, unsigned / `36万元增长到今年的58万元。…`
    / caption / byline / the cut article's headline: a paragraph does not open with an
    amount of money, so it is the cut sentence's rest, also where the clause goes on past
    the amount (only `46名，…`-like counts closing their clause were taken before)."""
    first = ["12月2日，北坡村的茶园里，村民们正在给茶树施冬肥，合作社的技术员在一旁指导。",
             "北坡村今年新开垦茶园300亩，茶叶合作社吸纳社员126户，村里的集体经济收入从去年的"]
    report = ["本报讯（通讯员 林 泉）连日来，城西的湿地公园里，成群的候鸟在浅滩上觅食，引来不少市民驻足观看。",
              "湿地公园今年补种水生植物40亩，新建观鸟亭两座，记录到越冬水鸟52种。"]
    rest = ["36万元增长到今年的58万元。社员们说，茶园就是大家的“绿色银行”。"]
    lines = [*_narrow(["城东新建科学教室", *_SCHOOL]), *_narrow(first), "城西湿地候鸟成群", *_narrow(report),
             *_narrow(rest), "村民在茶园里施肥。 林 泉 摄", "（记者 冬 青）", "北坡村茶园铺就致富路"]
    by_title = _by_title(lines)
    assert set(by_title) == {"城东新建科学教室", "城西湿地候鸟成群", "北坡村茶园铺就致富路"}
    assert by_title["北坡村茶园铺就致富路"] == "".join([*first, *rest])
    assert by_title["城西湿地候鸟成群"].endswith("记录到越冬水鸟52种。")


def test_a_headline_of_a_place_and_a_colon_below_an_open_end_is_not_joined_to_it():
    """A page set one paragraph per line: `…带动周边农户实现增` / `长沙：…` forms 增长 across the
    break, but a headline's form (a short place and a colon, no other clause mark) is no
    running text: the headline stays a headline, and the column's rest (`收300余万元。…`)
    goes back to the open end."""
    first = ["12月3日，河口镇的蔬菜基地里，工人们正在采收西兰花，一筐筐蔬菜被装上冷链车，当天就能运到省城的超市和农贸市场。",
             "基地今年种植西兰花800亩，产品销往广州、深圳等地，合作社通过订单收购带动周边农户实现增"]
    report = ["本报讯（记者 江 帆 通讯员 杜 若）12月5日，长沙的一家社区食堂开门迎客，老人们花十元钱就能吃上两荤一素，不少老人带着老伴一起来吃饭。",
              "社区今年建成老年食堂6家，每天为1200多名老人送餐，还组织志愿者为行动不便的老人送饭上门，老人们都竖起了大拇指。"]
    rest = "收300余万元。合作社负责人说，明年还将扩大种植面积。"
    lines = ["城东新建科学教室", *_SCHOOL, *first, "长沙：社区食堂暖了老人胃", *report, rest, "（记者 冬 青）",
             "河口镇西兰花走俏市场"]
    by_title = _by_title(lines)
    assert set(by_title) == {"城东新建科学教室", "长沙：社区食堂暖了老人胃", "河口镇西兰花走俏市场"}
    assert by_title["河口镇西兰花走俏市场"] == "".join([*first, rest])
    assert by_title["长沙：社区食堂暖了老人胃"].startswith("本报讯")


def test_a_crosshead_on_two_short_lines_stays_inside_its_feature_whatever_place_it_names():
    """`客商点赞` / `“株洲效率”` above a dated paragraph in a feature headed above (with a
    subtitle and writers' line): each line narrower than any headline, so a crosshead, not
    an article's headline, though it names a place."""
    feature = ["12月2日，株洲的一座物流园里，货车进进出出，工人们正在把一箱箱电子元件装上集装箱。",
               "物流园今年新建仓库3座，货物吞吐量达到120万吨，比去年增长两成。"]
    section = ["12月4日，一个外国客商代表团来到物流园参观，客商们对这里的通关速度赞不绝口。",
               "物流园负责人说，明年还将新开两条国际货运线路。"]
    lines = ["株洲：物流园里的“加速度”", "——株洲市建设现代物流枢纽纪实", "文 昊 冯 蕾", *_narrow(feature),
             "客商点赞", "“株洲效率”", *_narrow(section), *_narrow(["城东新建科学教室", *_SCHOOL])]
    articles = split_page(_page(lines))
    assert [a.title for a in articles] == ["株洲：物流园里的“加速度”", "城东新建科学教室"]
    assert "".join(articles[0].body).replace(" ", "").endswith("新开两条国际货运线路。")


def test_a_cut_articles_rest_after_an_unsigned_report_is_found_by_its_words():
    """`…村民在镇卫生院就能` / a headlined report (`本报讯…`, three finished paragraphs, no
    byline) / `拿到城里专家开的药方。…` / byline / the cut article's headline. Nothing at the
    break says where the rest begins, but the report is headed above and its text ends in a
    byline and a second headline: another article ends there. It begins at the paragraph
    from which on the words are the cut article's (twice and more what they share with the
    report), and takes the headline below along."""
    first = ["12月9日上午，山口镇卫生院的远程诊室里，一位村民的检查结果刚刚上传，县医院的专家就在屏幕上给出了诊断意见。",
             "去年以来，县医院与全县12家乡镇卫生院开通远程诊疗，专家每周轮流到卫生院坐诊，今年已远程诊疗1300余例，村民在镇卫生院就能"]
    report = ["本报讯（通讯员 柳 岸）12月10日，城南果园里的脐橙迎来采摘季，果农们忙着采果、分拣、装箱，一车车脐橙运往外地。",
              "果园今年种植脐橙2000亩，亩产达到3000公斤，果子通过电商平台销往全国各地。",
              "“今年的果子个大味甜，价钱也好。”果农周长贵说，他家种了30亩，一年收入十几万元。"]
    rest = ["拿到城里专家开的药方。县卫生健康局负责人说，明年将把远程诊疗延伸到全县所有村卫生室，让村民看病少跑路。"]
    lines = [*_narrow(["城东新建科学教室", *_SCHOOL]), "（城东区教育局 孟 夏）", *_narrow(first), "城南脐橙喜获丰收",
             *_narrow(report), *_narrow(rest), "（记者 冬 青）", "远程诊疗让村民看病不出镇"]
    by_title = _by_title(lines)
    assert set(by_title) == {"城东新建科学教室", "城南脐橙喜获丰收", "远程诊疗让村民看病不出镇"}
    assert by_title["远程诊疗让村民看病不出镇"] == "".join([*first, *rest])
    assert by_title["城南脐橙喜获丰收"].endswith("一年收入十几万元。")


@pytest.mark.parametrize("blind_set", ["blind23", "blind24"])
def test_blind23_and_blind24_articles_come_out_whole(blind_set):
    whole = _whole_articles(DATA / blind_set)
    assert all(whole.values()), [title for title, ok in whole.items() if not ok]


def test_blind25_articles_come_out_whole_but_for_a_gold_error():
    """Page pa's gold ends 上梧江's article a paragraph early (`…我就一直教下去。”`): the page
    builder (make_pages.py) sets `为让花棍舞传下去，…瑶族歌堂。` as its last paragraph, and the
    splitter keeps it there."""
    whole = _whole_articles(DATA / "blind25")
    assert [title for title, ok in whole.items() if not ok] == ["上梧江瑶乡花棍舞跳进课堂"]


def test_a_quotation_closed_at_a_line_end_and_who_said_it_are_one_sentence():
    """`…现在河里又有鱼了。”` at the end of a line / `住在河边的王大爷说。…`: the speaker's
    sentence finishes the quotation's, so no line break is left between them; a paragraph
    that opens with `X说，…` after a quotation is a paragraph of its own."""
    quote = "“以前河水又黑又臭，现在河里又有鱼了。”"
    speaker = "住在河边的王大爷说。今年区里清理河道垃圾200多吨，新建污水管网12公里。"
    other = "区环保分局局长说，明年还将在河边建设湿地公园两处，让河岸变成市民休闲的好去处。"
    page = _page(["城北河道重现清流", *_narrow(["本报讯（通讯员 何 清）12月3日，城北的河道边，一群白鹭在浅滩上觅食，市民们在岸边散步。", quote]),
                  *_narrow([speaker, quote, other])])
    [article] = split_page(page)
    assert [line.replace(" ", "") for line in article.body[1:]] == [quote + speaker, quote, other]
