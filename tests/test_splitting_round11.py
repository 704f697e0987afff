"""Page splitting, ADR 0005 addendum 11: layouts of blind16, blind17 and blind18 (each rule's
case written anew here; the pages themselves are checked whole at the end)."""
import pytest

from annotator.core.cleaning import paragraphs
from annotator.core.splitting import split_page
from test_splitting import BLIND_PAGES, _column, _whole_articles, classify_kind

# Lines longer than a column: a page set one paragraph per line.
_CUT = ["初冬时节，江边的一个村子里，柑橘挂满枝头，果农们忙着采摘装箱，城里来的游客们在果园里拍照打卡、采摘尝鲜。",
        "村里成立果蔬合作社，统一品种、统一技术、统一收购，今年还在村口建起了一座现代化的分拣中心和一座冷库，带动周边"]
_REPORT = ["本报讯（通讯员 林 溪）12月9日，湘江边的一所小学举办冬季运动会，六百多名学生参加跳绳、拔河等项目。",
           "学校今年新建了塑胶跑道和室内体育馆，每周开设体育课四节，孩子们的体质明显增强。"]


@pytest.mark.parametrize("rest", [
    "600多户农户增收。合作社还建起冷库，让橘子错峰上市，卖出了好价钱，果农们笑开了颜。",  # a count, 多 and its noun before the stop
    "35名，明年还将新招学徒20名，让更多年轻人在家门口学到手艺、找到工作。",  # a count and a comma
])
def test_a_column_stopping_before_its_count_goes_on_after_a_whole_report(rest):
    """`…带动周边` (or `…引进技术人员`), a headlined `本报讯` report, then a paragraph that
    opens with a bare count (`600多户农户增收。`, `35名，明年…`): no paragraph opens so, it is
    the rest of the cut sentence; the headline after it is the resumed article's (before,
    only a count with one to three characters and a full stop was read so)."""
    cut = _CUT
    lines = [*cut, "小学冬季运动会开幕", *_REPORT, rest, "（记者 宋 卓）", "江边村里橘子红"]
    by_title = {a.title: a.body for a in split_page("\n".join(lines))}
    assert "".join(by_title["江边村里橘子红"]) == "".join(cut) + rest
    assert "".join(by_title["小学冬季运动会开幕"]) == "".join(_REPORT).replace(" ", "")


def test_a_paragraph_opening_with_a_date_or_a_range_does_not_resume_a_cut_column():
    """The guard: `12月5日，…` and `1至11月，…` open paragraphs; they are no count finishing
    the sentence cut before the report, which stays where the page set it (untitled)."""
    cut = _CUT
    later = "1至11月，全县新建冷库36座，果蔬损耗率下降了一半，农产品卖得更远、卖得更好。"
    lines = [*cut, "小学冬季运动会开幕", *_REPORT, later, "（记者 宋 卓）", "冷库建到田间地头"]
    by_title = {a.title: a.body for a in split_page("\n".join(lines))}
    assert later not in "".join(by_title.get("江边村里橘子红", [])) and later in "".join(
        body for bodies in by_title.values() for body in bodies if body != "".join(cut))


_FEATURE = ["12月8日，常宁市的一个高山茶场里云雾在山腰间缓缓流动，茶农们正忙着给茶树修剪枝条和施用有机肥料，山脚下新修的产业路一直通到茶园的最高处。",
            "茶场负责人告诉记者，今年全场茶园面积达到三千多亩，干茶产量约八百吨，茶叶综合产值突破四亿元，茶场还与县里的茶叶合作社签订了保底收购协议并带动四百多户茶农种茶增收。"]
_QUOTE = ["“以前村里的老人看病要翻山越岭走几十里路，现在医生上门来了。”12月5日上午，在一个瑶族村里，乡卫生院的家庭医生蹲在八旬老人身旁一边收起血压计一边叮嘱老人按时吃药。",
          "今年以来，全区组建家庭医生签约服务团队八十多个，签约居民二十多万人，重点人群签约率超过八成，区人民医院与辖区十二家乡镇卫生院组建了医联体。"]


def test_a_headline_at_column_width_before_a_quote_opening_is_no_first_line():
    """`…突破四亿元。` / a headline set at (nearly) the column's width, no clause mark in it
    (`雁峰区：医生上门 服务到家`) / an indented line opening a quotation: the headline is a
    paragraph of its own (before, it was joined to the quote: too long for a heading by
    width, and the quote's first line set shorter than the indent rule expects)."""
    headline = "雁峰区：家庭医生上门 健康服务到家"
    lines = ["湘南茶场春意浓", *_column(_FEATURE), headline, *_column(_QUOTE)]
    texts = [p.text for p in paragraphs("\n".join(lines))]
    assert headline.replace(" ", "") in texts
    assert "".join(_QUOTE[:1]) in texts
    titles = [a.title.replace(" ", "") for a in split_page("\n".join(lines))]
    assert titles == ["湘南茶场春意浓", headline.replace(" ", "")]


def test_a_line_of_running_text_before_a_quote_still_joins_it():
    """The guard: a first line that stops before a quotation (`…村民们都说：`) or holds a
    clause mark is running text; the quote goes on in its paragraph."""
    paragraph = "在村口的小广场上，村民们都说：“路修好了，日子也越过越红火了，我们打心眼里高兴。”"
    lines = ["湘南茶场春意浓", *_column(_FEATURE), *_column([paragraph])]
    texts = [p.text for p in paragraphs("\n".join(lines))]
    assert paragraph in texts


def test_a_headline_naming_no_place_above_an_agency_line_opens_the_report():
    """A titled feature ends its last sentence, then a headline that names no place
    (`一桩旧怨化新谊 调解员登门解心结`) and `本报讯（通讯员 …）“…”`: an agency line opens a
    report, never a section of the text above, so the headline opens an article (before,
    a heading naming no place after a finished paragraph read as a crosshead)."""
    court = ["本报讯（通讯员 梁 木）“多亏调解员上门，我们两家又和好了。”12月11日，两户村民握手言和，一起持续三年的山林纠纷得到化解。",
             "今年以来，乡里设立调解工作室九个，化解矛盾纠纷三百多件。"]
    lines = ["中方葡萄酿出甜日子", *_FEATURE, "一桩旧怨化新谊 调解员登门解心结", *court]
    articles = split_page("\n".join(lines))
    assert [(a.title.replace(" ", ""), "".join(a.body)) for a in articles] == [
        ("中方葡萄酿出甜日子", "".join(_FEATURE)),
        ("一桩旧怨化新谊调解员登门解心结", "".join(court).replace(" ", "")),
    ]


def test_a_crosshead_above_a_dated_paragraph_stays_inside_its_feature():
    """The guard: a crosshead above a dated anecdote (no agency line) stays inside."""
    lines = ["中方葡萄酿出甜日子", *_FEATURE, "一桩旧怨化新谊", "12月11日，两户村民握手言和，一起持续三年的山林纠纷得到化解。"]
    (article,) = split_page("\n".join(lines))
    assert article.title == "中方葡萄酿出甜日子"


def test_a_headline_at_the_page_end_cuts_a_report_at_its_second_dateline():
    """`本报讯（…）12月14日晚，…` (titled above), then `12月13日，…` after a finished sentence:
    another report the page ran in, signed and headed after its body at the page's end
    (`苗寨里的洋学生`, which shares only `学生` with it). A report has one dateline, at its
    head: the headline takes the text from the second one on (before, it found no cut by
    its words and stayed in the report as a line of text)."""
    patrol = ["本报讯（记者 覃 山 通讯员 瞿 水）12月14日晚，一艘巡逻艇打着探照灯在河面上缓缓驶过，护渔队员们沿河巡查禁捕水域。",
              "护渔志愿者说：“鱼多了，白鹭也回来了，走再远的路也值。”"]
    village = ["12月13日，一个吊脚楼村寨迎来二十多名来自法国、日本的留学生，跟着手艺人学做扎染。",
               "村里有三十多户村民开办了民宿和扎染作坊，户均年收入达到八万多元。"]
    lines = ["护渔队夜巡守护一河碧水", *patrol, *village, "(彭 澄 谭 淼)", "苗寨里的洋学生"]
    articles = split_page("\n".join(lines))
    assert [(a.title, "".join(a.body)) for a in articles] == [
        ("护渔队夜巡守护一河碧水", "".join(patrol).replace(" ", "")),
        ("苗寨里的洋学生", "".join(village)),
    ]
    assert articles[1].byline == "彭澄 谭淼"


def test_a_feature_with_dated_paragraphs_keeps_a_headline_it_cannot_place():
    """The guard: a titled text that does not open with a dateline (a feature) keeps its
    dated paragraph; the stray headline stays text, as before."""
    feature = ["冬日的江边，护渔队员们沿河巡查禁捕水域。", "护渔志愿者说：“鱼多了，白鹭也回来了。”",
               "12月13日，队员们又在上游放流鱼苗二十万尾，沿岸村民也来帮忙。"]
    lines = ["护渔队夜巡守护一河碧水", *feature, "(彭 澄 谭 淼)", "苗寨里的洋学生"]
    articles = split_page("\n".join(lines))
    assert [a.title for a in articles] == ["护渔队夜巡守护一河碧水"]


def test_blind16_blind17_and_blind18_articles_come_out_whole():
    """blind16 (8/10 whole unseen: a column resumed at `1000多户…`), blind17 (3/10: a headline
    at column width before a quote, a headline naming no place above `本报讯`, a headline at
    the page end over a report's second dateline), blind18 (7/10: a column resumed at
    `46名，…`): every article whole."""
    for name in ("blind16", "blind17", "blind18"):
        whole = _whole_articles(BLIND_PAGES.parent / name)
        assert all(whole.values()), (name, [title for title, ok in whole.items() if not ok])


@pytest.mark.parametrize("blind_set", ["blind16", "blind17", "blind18"])
def test_no_line_break_is_left_inside_a_sentence_on_the_new_blind_pages(blind_set):
    from annotator.core.reassembly import is_open

    for page in sorted((BLIND_PAGES.parent / blind_set).glob("*.txt")):
        for article in split_page(page.read_text(encoding="utf-8")):
            body = [line for line in article.body if classify_kind(line) == "body"]
            assert [line[-10:] for line in body[:-1] if is_open(line)] == [], (page.name, article.title)


def test_a_wrapped_byline_with_a_role_and_names_that_are_words_closes_the_article():
    """`…卖得更远。（通讯员 春 晓` / `凌 波）`: the column wrapped the byline into the last
    paragraph, and its names are everyday words (春晓, 凌波), so they did not read as names
    and the byline stayed in the text. With a role (`通讯员`, `记者`) the bracket after the last
    sentence is a byline whatever its names look like, and four characters the wrap ran
    together without a two-character surname are two names when either half reads as one."""
    body = ["初冬时节，衡东县的一个村子里家家户户的院坝里晒满了红彤彤的辣椒，空气中弥漫着辣椒的香味。",
            "县农业农村局局长表示，下一步将建设辣椒冷链仓储和交易中心，让衡东辣椒卖得更远。"]
    lines = [*_column(body)]
    lines[-1] += "（通讯员 春 晓"
    lines += ["凌 波）", "衡东辣椒晒出红火日子"]
    (article,) = split_page("\n".join(lines))
    assert "".join(article.body) == "".join(body)
    assert article.byline == "春晓 凌波"  # four characters without a compound surname: two names
