"""Page -> articles, measured against the gold titles."""
import json
from pathlib import Path

import pytest

from annotator.core.entities import find_entities
from annotator.core.scoring import title_found
from annotator.core.splitting import BYLINE, byline_names, split_page, split_single


def test_bylines_pair_single_characters():
    assert byline_names("（云 贵 奉 樾 振 宁）") == ["云贵", "奉樾", "振宁"]
    assert byline_names("（郑丹枚 李 彬）") == ["郑丹枚", "李彬"]
    assert byline_names("肖洋桂 何志红 陈旻阳") == ["肖洋桂", "何志红", "陈旻阳"]
    assert byline_names("王 文") == ["王文"]
    assert byline_names("本报记者 张三") == ["张三"]
    assert byline_names("本报记者 张三 通讯员 李 四") == ["张三", "李四"]
    assert byline_names("文/图 王五") == ["王五"]
    assert byline_names("周 建 军") == ["周建军"]  # a three-character name padded like the line


def test_lines_that_are_not_bylines():
    assert byline_names("主要领导带头服务") is None
    assert byline_names("再聚磅礴之力 再赋澎湃之能") is None
    assert byline_names("盛 等 企 业 与 高 校 合 作 共") is None
    assert byline_names("新 时 代") is None  # three padded characters that are no name
    assert byline_names("龙头带动 链条延伸") is None  # a crosshead in two parts
    assert byline_names("产业兴旺 生活富裕") is None


def test_title_after_body_goes_to_the_article_before():
    page = (
        "近年来，绥宁县抓实各项举措，全面推动高标准农田建设提质加速。\n"
        "绥宁县把高标准农田建设规划统筹结合，整片推进高标准农田建设。\n"
        "（郑丹枚 李 彬）\n"
        "“三结合三着力三途径”\n"
        "绥宁县推进高标准农田建设\n"
        "王 文\n"
        "近日，浏阳市社区就业微市场正式运营，帮助28人实现就业。\n"
        "浏阳市大力推进基层公共就业服务平台建设。\n"
        "浏阳多措并举开展就业创业服务\n"
    )
    first, second = split_page(page)
    assert first.title == "“三结合三着力三途径”" and first.subtitle == "绥宁县推进高标准农田建设"
    assert first.byline == "郑丹枚 李彬"
    assert "绥宁县把高标准农田" in first.text and "浏阳" not in first.text
    assert second.title == "浏阳多措并举开展就业创业服务" and second.byline == "王文"
    assert second.text.startswith("浏阳多措并举开展就业创业服务\n王文\n近日")


def test_section_headings_do_not_start_articles():
    page = (
        "纾困“及时雨”，稳住经济盘\n——邵阳市深入推进“万名干部联万企”行动纪实\n肖洋桂 何志红 陈旻阳\n"
        "企之所盼，政之所向；企有所需，我有所为。\n主要领导带头服务\n11月29日晚，工人忙着加班加点。\n"
        "专业专攻精准施策\n坚持专业专攻，精准施策。\n"
    )
    (article,) = split_page(page)
    assert article.title == "纾困“及时雨”，稳住经济盘"
    assert article.subtitle.startswith("——邵阳市")
    assert "主要领导带头服务" in article.body and "专业专攻精准施策" in article.body


def test_one_article_mode_keeps_everything_together():
    (article,) = split_single("标题在这里\n第一段。\n小标题\n第二段。\n")
    assert article.title == "标题在这里"
    assert article.body == ["第一段。", "小标题", "第二段。"]


def test_seed_pages_titles_found(shared):
    """At least 80% of the gold titles must come out as article titles (issue 3)."""
    found = total = 0
    for gold_file in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        page = (shared / "seeds" / gold["seed"]).read_text(encoding="utf-8")
        titles = [article.title for article in split_page(page)]
        for expected in gold["articles"]:
            total += 1
            found += title_found(expected["title"], titles)
    assert total and found / total >= 0.8, f"{found}/{total} gold titles found"


def test_every_article_of_a_seed_page_has_text(seed_pages):
    for page in seed_pages:
        articles = split_page(page.read_text(encoding="utf-8"))
        assert len(articles) >= 3
        for article in articles:
            assert article.body, article.title


def test_photo_credit_pairs_spaced_names():
    from annotator.core.cleaning import Paragraph
    from annotator.core.splitting import CAPTION, classify

    block = classify(Paragraph("村民在田间收割晚稻。彭亮摄", 1, 1, "村民在田间收割晚稻。 彭 亮 摄"))
    assert block.kind == CAPTION and block.names == ("彭亮",)
    assert block.text == "村民在田间收割晚稻。 彭亮 摄"


# --- Reassembly (issue 17): pages set one paragraph per line, as on shared page 004.
# Headlines name real counties: a short line is a headline only when it names a place.

def test_an_article_cut_by_a_column_goes_on_after_another_articles_start():
    page = (
        "祁东县推进油茶产业发展\n"
        "近年来，祁东县把油茶产业作为主导产业，累计新造油茶林3万亩，按每亩补助300元至500元不\n"
        "新化县开展冬季消防安全检查\n"
        "12月5日，新化县消防救援大队深入乡镇开展冬季消防安全检查，排查隐患120处。今年，新化县消防救援大队坚持\n"
        "等的标准发放补贴，带动油茶种植户2000户增收。\n"
        "（张三 李四）\n"
    )
    articles = split_page(page)
    assert [a.title for a in articles] == ["祁东县推进油茶产业发展", "新化县开展冬季消防安全检查"]
    first, second = articles
    assert "按每亩补助300元至500元不等的标准发放补贴" in first.text  # one paragraph, no break
    assert first.byline == "张三 李四" and "油茶" not in second.text


def test_an_open_quote_finds_the_piece_that_closes_it():
    page = (
        "益阳石化公司提前完成全年目标\n"
        "益阳石化公司聚焦目标管理、做实门店经营、深耕品类运营、优化新兴业务，截至10月份基础品类完成年度计划的101%。\n"
        "“加完油顺便洗个车，节省了非常多的时间，真是方便多了。”益阳石化公司的老客户黄先生赞道。“加油\n"
        "茶陵县严塘镇抓好党员教育培训\n"
        "近年来，茶陵县严塘镇通过加强党员教育培训，组织党员学习政策和技术，引导党员齐心协力推动镇域经济高质量发展。同时\n"
        "送洗车”是益阳石化公司推行的新型油非互动模式，公司在全区建设了25个洗车网点，用优惠措施吸引有车一族。\n"
        "（王五）\n"
    )
    first, second = split_page(page)
    assert first.title == "益阳石化公司提前完成全年目标" and "“加油送洗车”是益阳石化公司" in first.text
    assert second.title == "茶陵县严塘镇抓好党员教育培训" and "洗车" not in second.text


def test_a_word_cut_by_a_narrow_column_is_not_a_headline():
    page = "永兴县重点推进雄\n风、腾驰、贵研、南铂、银\n盛 等 企 业 与 高 校 合 作 共\n建 。 今 年 来 创 建 省 级 研\n发中心1家。\n"
    (article,) = split_page("永兴县推进园区产业发展\n" + page)
    assert "合作共建。今年来创建省级研发中心1家。" in article.text


def test_an_article_without_a_headline_is_titled_by_its_first_words_once():
    page = (
        "桂东县织密住房保障网\n"
        "桂东县不断加大住房保障力度，通过租、补、免等多种方式织密住房保障网。\n"
        "（赵六 钱七）\n"
        "今年来，宜章县将打造“宜章县样板”定为一号工程，推进园区产业计划。\n"
        "宜章县聘请专家团队，高标准编制稀贵金属产业规划。\n"
    )
    first, second = split_page(page)
    assert first.title == "桂东县织密住房保障网"
    assert second.title == "今年来，宜章县将打造“宜章县样板”定为一号工程" and second.title_from_body
    assert second.text.count("宜章县将打造") == 1  # the title is not repeated in the text


def test_a_caption_and_byline_close_the_article_before_the_next_headline():
    page = (
        "新宁县一件事一次办\n"
        "今年以来，新宁县梳理出45项高频“一件事”，群众满意率达到99.6%。\n"
        "新宁县政务服务中心的工作人员正在办理业务。 陈 旭 摄\n"
        "（曾 锋 罗晓燕）\n"
        "汝城县农商银行润泽小微企业\n"
        "12月8日，汝城县农商银行为企业办理了200万元流动资金贷款。\n"
    )
    first, second = split_page(page)
    assert first.byline == "曾锋 罗晓燕" and "陈旭 摄" in first.text
    assert second.title == "汝城县农商银行润泽小微企业" and "曾锋" not in second.text


def test_a_subtitle_keeps_its_headline_when_two_headlines_meet():
    page = (
        "隆回县金银花种植面积达15.6万亩，年产干花1.2万吨，带动3.5万名群众增收。\n"
        "该县引进药企建设深加工生产线，让“一朵花”变成“一条链”。\n"
        "（蒋 涛 刘 婷）\n"
        "隆回县金银花撑起群众致富伞\n"
        "双牌县林下经济“绿”里淘“金”\n"
        "——双牌县发展林下经济助农增收纪实\n"
        "唐 慧 周志文\n"
        "走进双牌县五里牌镇，茂密的杉树林下，一朵朵灵芝长势喜人。\n"
    )
    first, second = split_page(page)
    assert first.title == "隆回县金银花撑起群众致富伞" and first.byline == "蒋涛 刘婷"
    assert second.title == "双牌县林下经济“绿”里淘“金”" and second.subtitle.startswith("——双牌县")
    assert second.byline == "唐慧 周志文"


def test_a_heading_after_a_subtitle_opens_the_next_article():
    page = (
        "近年来，汝城县文明瑶族乡发展红色旅游，游客人数逐年增长。\n"
        "（记者 张 伟）\n"
        "红色沙洲展新颜\n"
        "——汝城县文明瑶族乡发展红色旅游\n"
        "宜章脐橙喜获丰收\n"
        "（通讯员 李 强）\n"
        "11月20日，宜章县黄沙镇的脐橙基地里，果农们正忙着采摘脐橙。\n"
    )
    first, second = split_page(page)
    assert (first.title, first.subtitle) == ("红色沙洲展新颜", "——汝城县文明瑶族乡发展红色旅游")
    assert second.title == "宜章脐橙喜获丰收" and second.subtitle == "" and second.byline == "李强"
    assert "脐橙" not in first.text


def test_two_headlines_between_two_articles_go_each_to_its_own():
    page = (
        "北湖区“家门口”招聘会暖人心\n"
        "11月25日，北湖区冬季招聘会在社区广场举行，86家企业提供岗位4200个。\n"
        "近日，生态环境部公布示范区名单，桂东县入选国家生态文明建设示范区。\n"
        "桂东县森林覆盖率达84.3%，被誉为“天然氧吧”。\n"
        "（欧阳慧 黄 敏）\n"
        "桂东县入选国家生态文明建设示范区\n"
        "东江湖冷水鱼游出富民路\n"
        "近日，资兴市东江湖的冷水鱼养殖基地迎来捕捞季，东江湖冷水鱼今年预计产量1350吨。\n"
    )
    titles = [(a.title, a.subtitle) for a in split_page(page)]
    assert titles == [("北湖区“家门口”招聘会暖人心", ""), ("桂东县入选国家生态文明建设示范区", ""),
                      ("东江湖冷水鱼游出富民路", "")]
    first, second, third = split_page(page)
    assert second.text.startswith("桂东县入选") and "近日，生态环境部" in second.text and "生态环境部" not in first.text
    assert second.byline == "欧阳慧 黄敏"


def test_a_byline_wrapped_into_the_last_paragraph_still_ends_the_article():
    page = (
        "临澧县招商引资成效显著\n"
        "临澧县工业和信息化局局长表示，该县将围绕新材料产业链精准招商，让“临澧制造”走\n"
        "向全国。（记者 杜佳琪 通讯\n"
        "员 龚乐）\n"
        "退捕渔民上岸日子越过越甜\n"
        "清晨，汉寿县坡头镇的洞庭湖畔，退捕渔民正在螃蟹养殖塘里投放饵料。\n"
    )
    first, second = split_page(page)
    assert first.byline == "杜佳琪 龚乐" and first.text.endswith("走向全国。\n（杜佳琪 龚乐）")
    assert second.title == "退捕渔民上岸日子越过越甜"


def test_a_headline_below_a_closing_byline_whose_words_are_above_closes_a_second_article():
    page = (
        "退捕渔民上岸日子越过越甜\n"
        "清晨，汉寿县坡头镇的洞庭湖畔，退捕渔民正在螃蟹养殖塘里投放饵料。\n"
        "如今，不少退捕渔民成了护渔员，每天巡护湖面。\n"
        "近日，石门县人民法院把法庭搬进茶园，公开审理一起茶叶买卖纠纷，经法官调解当场达成协议。\n"
        "法院将继续开展“送法进茶园”活动，就地调解化解纠纷312件。（陈静）\n"
        "法庭搬进茶园调解化解纠纷\n"
        "11月以来，安乡县的万亩油菜基地进入播种期，今年全县计划种植油菜32万亩。\n"
        "（周洁）\n"
        "安乡县油菜播种忙\n"
    )
    titles = [a.title for a in split_page(page)]
    assert titles == ["退捕渔民上岸日子越过越甜", "法庭搬进茶园调解化解纠纷", "安乡县油菜播种忙"]
    first, second, third = split_page(page)
    assert second.text.split("\n")[1].startswith("近日，石门县") and second.byline == "陈静"
    assert "油菜" in third.text and "法庭" not in third.text



def _set_in_column(paragraph: str, width: int = 20) -> str:
    """A paragraph hard-wrapped at a fixed column width, as PDF extraction gives it."""
    return "\n".join(paragraph[i: i + width] for i in range(0, len(paragraph), width)) + "\n"


def test_a_byline_whose_names_the_column_put_on_the_next_line_ends_the_article():
    """`（记者 向阳 通讯员` / `杨帆）`: the bracket goes on below, the byline closes the
    article, and the headline below it (no place in it) heads the next one."""
    page = (
        _set_in_column("芷江侗族自治县的柑橘基地里，果农们正忙着采摘冰糖橙，今年全县柑橘产量达到28万吨，"
                       "带动果农人均增收4200元。（记者向阳通讯员杨帆）")
        + "冰糖橙甜了果农心\n"
        + _set_in_column("一座座新建的冷库里堆满了刚采收的蔬菜，合作社负责人说，冷库让菜价稳了下来。今年以来，"
                         "麻阳苗族自治县新建产地冷藏保鲜设施46座，库容达到3.2万吨。（通讯员舒婷滕建国）")
        + "冷库建到田间地头\n"
    )
    assert sum(line.count("（") > line.count("）") for line in page.split("\n")) == 2  # bylines cut by the column
    first, second = split_page(page)
    assert (first.title, first.byline) == ("冰糖橙甜了果农心", "向阳 杨帆")
    assert (second.title, second.byline) == ("冷库建到田间地头", "舒婷 滕建国")
    assert "冷库" not in first.text and "柑橘" not in second.text


def test_a_byline_opened_by_the_writers_office_ends_the_article():
    page = (
        "近日，麻阳苗族自治县人民医院的医生走进高村乡，为村民免费体检。\n"
        "今年以来，该院已开展义诊46场，服务群众1.2万人次。（麻阳苗族自治县委宣传部 滕 芳）\n"
        "医生进村送健康\n"
        "清晨，芷江侗族自治县的和平湖畔，游客们沿着栈道散步赏景。\n"
        "今年全县接待游客520万人次。\n"
        "（芷江县文旅广体局 杨 柳）\n"
        "和平湖畔游人多\n"
    )
    first, second = split_page(page)
    assert (first.title, first.byline) == ("医生进村送健康", "滕芳")
    assert (second.title, second.byline) == ("和平湖畔游人多", "杨柳")
    # the office stays in the article beside the names: it is an organisation to label
    assert first.text.endswith("（麻阳苗族自治县委宣传部 滕芳）")
    assert second.text.endswith("（芷江县文旅广体局 杨柳）")
    found = {(e.label, e.text) for e in find_entities(second.text)}
    assert {("ORG", "芷江县文旅广体局"), ("PER", "杨柳")} <= found


def test_two_names_run_together_in_a_bracketed_byline_are_two_names():
    assert byline_names("（通讯员舒婷滕建国）") == ["舒婷", "滕建国"]
    assert byline_names("（记者向阳通讯员杨帆）") == ["向阳", "杨帆"]
    assert byline_names("（麻阳苗族自治县委宣传部滕芳）") == ["滕芳"]
    assert byline_names("（国家统计局）") is None



def test_a_headline_whose_words_lean_above_heads_the_text_above_when_the_text_below_has_its_own():
    """On a page that opens headline-first, a headline below a closing byline and caption
    that shares few words with either side goes to the text above when the text below is
    headed after its body: else the text above stays without a headline."""
    page = (
        "安仁县春耕备耕忙\n"
        "——安仁县抓好农业生产见闻\n"
        "近日，安仁县的田野里，农机手正驾驶旋耕机翻耕土地。\n"
        "今年全县计划种植早稻32万亩。\n"
        "（记者 谭 林）\n"
        "走进产业园，一排排厂房整齐排列，工人们正忙着浇铸零件。\n"
        "园区负责人介绍，嘉禾县今年新引进企业12家，产值达到86亿元。\n"
        "（李 明）\n"
        "园区一角。 王 军 摄\n"
        "嘉禾钢花飞溅映红富民之路\n"
        "近日，临武县的通天山景区迎来赏秋游客。\n"
        "景区今年接待游客46万人次。\n"
        "（周 洁）\n"
        "通天山秋色醉游人\n"
    )
    titles = [(a.title, a.body[0][:5]) for a in split_page(page)]
    assert titles == [("安仁县春耕备耕忙", "近日，安仁"), ("嘉禾钢花飞溅映红富民之路", "走进产业园"), ("通天山秋色醉游人", "近日，临武")]


BLIND_PAGES = Path(__file__).parent / "data" / "blind"


@pytest.mark.parametrize("blind_set", ["blind", "blind2", "blind3", "blind4", "blind5", "blind6"])
def test_blind_pages_come_out_one_article_per_gold_article(score_against_gold, blind_set):
    """Issue 17's targets on the pages written blind (tests/data/blind*; each set was scored
    as an unseen estimate first, then tuned on): count within 10%, every headline found,
    >= 90% titled by a real headline, none untitled."""
    pages = BLIND_PAGES.parent / blind_set
    overall, _pages = score_against_gold(sorted(pages.glob("*.txt")), pages)
    assert abs(overall.articles - overall.titles_total) <= 0.1 * overall.titles_total
    assert overall.titles_found == overall.titles_total
    assert overall.articles_headlined >= 0.9 * overall.articles
    assert overall.articles_untitled == 0


def test_evaluate_reports_how_pages_were_split(score_against_gold, shared):
    """Issue 17's targets on the shared pages, as `annotator evaluate` reports them."""
    from annotator.evaluation import format_report

    overall, pages = score_against_gold(sorted((shared / "seeds").glob("*.txt")), shared / "gold")
    assert abs(overall.articles - overall.titles_total) <= 0.1 * overall.titles_total
    assert overall.titles_found == overall.titles_total
    assert overall.articles_headlined >= 0.9 * overall.articles
    assert overall.articles_untitled == 0
    report = format_report({"kind": "gold", "pages": pages, "overall": overall, "missing": []})
    assert f"articles {overall.articles} for {overall.titles_total} in the gold" in report
    assert f"titled by a gold headline {overall.articles_headlined / overall.articles:.3f}" in report


def test_no_article_of_the_shared_pages_starts_mid_sentence_or_breaks_one(shared):
    from annotator.core.reassembly import is_open

    for page in sorted((shared / "seeds").glob("*.txt")):
        for article in split_page(page.read_text(encoding="utf-8")):
            assert article.title, page.name
            body = [line for line in article.body if classify_kind(line) == "body"]
            assert body[0][0] not in "，。、；：”", (page.name, body[0][:20])
            # Paragraphs joined: a line break inside a sentence is left only at the very end
            # (an article the page itself cuts off).
            assert [line[-10:] for line in body[:-1] if is_open(line)] == [], page.name


def classify_kind(line: str) -> str:
    from annotator.core.cleaning import Paragraph
    from annotator.core.splitting import classify

    return classify(Paragraph(line, 0, 0)).kind


SPLITTING_PAGES = Path(__file__).parent / "data" / "splitting"


@pytest.mark.parametrize("gold_file", sorted(SPLITTING_PAGES.glob("*.json")), ids=lambda p: p.stem)
def test_pages_written_for_the_splitter_come_out_article_by_article(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    articles = split_page((SPLITTING_PAGES / gold["seed"]).read_text(encoding="utf-8"))
    assert [a.title for a in articles] == [g["title"] for g in gold["articles"]]
    for article, expected in zip(articles, gold["articles"]):
        assert article.subtitle == (expected["subtitle"] or "")
        body = [line for line in article.body if classify_kind(line) == "body"]
        assert body[0].startswith(expected["first"]), article.title
        assert body[-1].endswith(expected["last"]), article.title


def test_shared_words_of_pieces_weigh_distinctive_pairs_more():
    from annotator.core.shared_words import Vocabulary

    vocabulary = Vocabulary(["常宁油茶产业发展", "常宁油茶丰收", "企业发展壮大"])
    # 常宁/宁油/油茶 are used by two pieces, 发展 too, but the first piece shares three pairs with
    # the second and one with the third
    assert vocabulary.shared(0, 1) > vocabulary.shared(0, 2) > 0
    assert vocabulary.shares(0) == {1: vocabulary.shared(0, 1), 2: vocabulary.shared(0, 2)}
    assert vocabulary.shared(2, 1) == 0.0


def test_a_report_opening_after_a_column_cut_starts_the_article_headed_below_it():
    """保靖's column stops after a comma; 永顺's report opens (`本报讯…`), is headed after its
    body, and 保靖's article goes on below that headline."""
    page = (
        "保靖黄金茶迎来冬季管护期\n"
        "初冬时节，保靖县葫芦镇的黄金茶园里，茶农们正忙着修剪茶树、除草施肥，为明年春茶丰产打基础。保靖县黄金茶产业发展中心主任彭新华介绍，今年全县黄金茶园面积达到13.6万亩，\n"
        "本报讯（记者 彭 雯 通讯员 向 阳）12月4日，永顺县芙蓉镇的老司城遗址景区迎来一批研学学生。老司城遗址是世界文化遗产，今年景区接待游客86万人次。\n"
        "永顺县文旅局负责人田红梅说，该县正在打造“老司城—芙蓉镇—猛洞河”旅游精品线路，力争明年全县旅游综合收入突破80亿元。\n"
        "永顺老司城研学游持续升温\n"
        "茶叶产量达到5800吨，综合产值35亿元，带动4.5万名茶农增收。\n"
        "“冬季管护做得好，来年春茶才能品质高、产量高。”彭新华说，该中心组织40名技术人员深入茶园，开展冬季管护技术指导。\n"
        "(彭 玲)\n"
    )
    articles = {a.title: [line for line in a.body if classify_kind(line) == "body"] for a in split_page(page)}
    assert list(articles) == ["保靖黄金茶迎来冬季管护期", "永顺老司城研学游持续升温"]
    tea, visit = articles.values()
    assert tea[0].startswith("初冬时节") and "13.6万亩，茶叶产量达到5800吨" in "".join(tea)
    assert tea[-1].endswith("开展冬季管护技术指导。")
    assert visit[0].startswith("本报讯") and visit[-1].endswith("突破80亿元。")


def test_blind4_articles_around_captions_and_report_openings_come_out_whole():
    """blind4 (scored unseen first, then tuned on): the article with a photo caption between
    its paragraphs keeps the paragraph after the caption; the articles around a column cut
    followed by a report opening (`…13.6万亩，` / `本报讯…`) each get their own text."""
    whole = _whole_articles(BLIND_PAGES.parent / "blind4")
    assert whole["一颗油茶果富了一方人"] and whole["保靖黄金茶迎来冬季管护期"] and whole["永顺老司城研学游持续升温"]
    assert sum(whole.values()) >= 7, [title for title, ok in whole.items() if not ok]


def test_blind5_articles_come_out_whole():
    """blind5 (held out in round 4, tuned on in round 5): a second article inside a text
    signed at its head, two first columns cut before another report, a report opening whose
    date the line break cut (`12 月` / `7 日，`): every gold article comes out whole."""
    whole = _whole_articles(BLIND_PAGES.parent / "blind5")
    assert all(whole.values()), [title for title, ok in whole.items() if not ok]


def test_blind6_articles_come_out_whole():
    """blind6 (scored unseen first: 7/10 whole, then tuned on): a first column cut before
    another report whose headline shares little with it, and an untitled first column cut
    mid-word (`…到成品出` / `口的…`) with a whole article between: every article whole."""
    whole = _whole_articles(BLIND_PAGES.parent / "blind6")
    assert all(whole.values()), [title for title, ok in whole.items() if not ok]


def _whole_articles(pages: Path) -> dict[str, bool]:
    """Gold title -> whether the article with that title runs from the gold's first words to
    its last ones, with no other gold article's opening inside (titles compared without
    spaces: a headline in two parts, `夷望溪上 老电站…`, is one title)."""
    whole = {}
    for gold_file in sorted(pages.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        articles = split_page((pages / gold["seed"]).read_text(encoding="utf-8"))
        bodies = {a.title.replace(" ", ""): "".join(l for l in a.body if classify_kind(l) == "body") for a in articles}
        for expected in gold["articles"]:
            body = bodies.get(expected["title"].replace(" ", ""), "")
            others = [o["first"] for o in gold["articles"] if o is not expected and o["first"] in body]
            whole[expected["title"]] = body.startswith(expected["first"]) and body.endswith(expected["last"]) and not others
    return whole


def test_evaluate_counts_the_article_texts_that_come_out_whole(score_against_gold, tmp_path):
    """`annotator evaluate` says how many gold articles (with first/last words) came out as
    one article text from their first to their last words: one glued to the next is not."""
    from annotator.evaluation import format_report

    page = ("稻田里的小龙虾越冬\n初冬时节，君山区的稻田里一片忙碌，今年全区稻虾种养面积达到23万亩。\n（杨 洁）\n"
            "嘉禾铸造产业升级\n12月7日，嘉禾县铸造产业园内，生产线正满负荷运转，今年实现产值216亿元。\n")
    (tmp_path / "page_g.txt").write_text(page, encoding="utf-8")
    gold = {"seed": "page_g.txt", "articles": [
        {"title": "稻田里的小龙虾越冬", "subtitle": None, "first": "初冬时节，君山区", "last": "达到23万亩。"},
        {"title": "嘉禾铸造产业升级", "subtitle": None, "first": "12月7日，嘉禾县", "last": "实现产值216亿元。"}]}
    (tmp_path / "page_g.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    overall, pages = score_against_gold([tmp_path / "page_g.txt"], tmp_path)
    assert (overall.bodies_whole, overall.bodies_total) == (2, 2)
    assert "article texts whole 1.000 (2/2" in format_report({"kind": "gold", "pages": pages, "overall": overall, "missing": []})
    # an article that carries the next one's column, or lacks its end, is not whole
    from annotator.core.scoring import bodies_whole, cut_mid_sentence

    titles = ["稻田里的小龙虾越冬", "嘉禾铸造产业升级"]
    glued = ["稻田里的小龙虾越冬\n初冬时节，君山区的稻田里，达到23万亩。\n12月7日，嘉禾县铸造产业园内。", "嘉禾铸造产业升级\n实现产值216亿元。"]
    cut = ["稻田里的小龙虾越冬\n初冬时节，君山区的稻田里，达到23万亩。\n（杨洁）\n一幅照片。 王 五 摄", "嘉禾铸造产业升级\n12月7日，嘉禾县铸造产业园内，"]
    assert bodies_whole(gold["articles"], titles, glued) == (0, 2)
    assert bodies_whole(gold["articles"], titles, cut) == (1, 2)
    assert [cut_mid_sentence(text) for text in cut] == [False, True]  # `…产业园内，` stops mid-sentence
    assert overall.articles_cut == 0


def test_a_date_cut_by_the_line_break_stays_in_the_report_opening():
    """`本报讯（记者 周 明 通讯员 陈 刚）11 月` / `3 日，安化县…`: the report's first line
    (short: spaced names, then the month) and the day below it are one paragraph, not a
    headline-like line above the report."""
    from annotator.core.cleaning import clean_text

    page = (
        "益阳松木箱包出口忙\n"
        "初冬时节，益阳市赫山区的箱包产业园里，工人们\n"
        "正忙着赶制一批发往东南亚的订单。园区负责人介\n"
        "绍，今年园区箱包出口额达到 3.6 亿元，同比增\n"
        "长 21%。\n"
        "（刘 波）\n"
        "本报讯（记者 周 明 通讯员 陈 刚）11 月\n"
        "3 日，安化县黑茶产业园内，一条条自动化生产线\n"
        "正在加紧生产，一批批黑茶产品被发往全国各地。\n"
        "安化县是“中国黑茶之乡”。今年以来，全县黑茶\n"
        "综合产值达到 260 亿元，带动 36 万人增收。\n"
        "安化黑茶香飘四海\n"
    )
    first, second = split_page(page)
    assert second.title == "安化黑茶香飘四海"
    assert second.body[0].startswith("本报讯（记者周明通讯员陈刚）11月3日，安化县")
    assert "本报讯（记者周明通讯员陈刚）11月3日，安化县" in clean_text(page)


def test_a_byline_under_a_text_signed_at_its_head_closes_a_second_article():
    """An article carries its writers' names once: a text headed `王 静 李春华` and closed
    by other names (`（记者 刘 洋）`) holds a second article, whose headline below that
    byline shares only a word with it (`桃花`)."""
    page = (
        "安化黑茶走出深山\n"
        "——安化县做强黑茶产业纪实\n"
        "王 静 李春华\n"
        "11月5日，安化县江南镇的黑茶厂里，工人们正在压制茯砖茶。\n"
        "安化县今年黑茶综合产值达到260亿元，带动36万茶农增收。\n"
        "清明时节，桃源县桃花源镇的山坡上桃花盛开，游客络绎不绝。\n"
        "游客在桃花源镇赏花。 周 明 摄\n"
        "该镇今年举办赏花活动6场，接待游客18万人次，带动民宿收入900万元。\n"
        "（记者 刘 洋）\n"
        "桃花灼灼引客来\n"
        "11月8日，临澧县新安镇的蔬菜基地里，菜农们正在采收萝卜。今年全镇蔬菜种植面积达到2.6万亩。\n"
        "（周 洁）\n"
        "临澧萝卜丰收\n"
    )
    articles = {a.title: a for a in split_page(page)}
    assert list(articles) == ["安化黑茶走出深山", "桃花灼灼引客来", "临澧萝卜丰收"]
    tea, blossom, radish = articles.values()
    assert "桃花" not in "".join(tea.body) and tea.byline == "王静 李春华"
    assert blossom.body[0].startswith("清明时节") and blossom.body[-1].endswith("900万元。")
    assert blossom.byline == "刘洋"


def test_a_first_column_cut_before_another_report_goes_to_its_headline_below():
    """`…种养面积达到1.5万亩，` / `本报讯（…）11月20日，…`: the page puts a column of one
    article (its first, cut after a comma) at the head of another report's text, headed
    after its body; the rest of the cut article follows that headline, then its own
    headline. The column goes back to its article, joined with its rest."""
    page = (
        "初冬时节，南县的稻田里，养殖户们正在给甲鱼池加深水位、铺设保温棚膜。南县农业农村局负责人介绍，今年全县稻鳖综合种养面积达到1.5万亩，\n"
        "本报讯（记者 周 明）11月20日，沅江市的芦苇加工厂里，工人们正在把芦苇压制成环保板材，产品销往长三角地区。\n"
        "沅江市今年芦苇综合利用产值达到12亿元。\n"
        "沅江芦苇变身环保板材\n"
        "甲鱼年产量达到4200吨，产值9.8亿元，带动3000多户农户增收。\n"
        "（李 明）\n"
        "南县稻鳖种养收益高\n"
    )
    articles = {a.title: [line for line in a.body if classify_kind(line) == "body"] for a in split_page(page)}
    assert list(articles) == ["沅江芦苇变身环保板材", "南县稻鳖种养收益高"]
    reed, turtle = articles.values()
    assert reed[0].startswith("本报讯") and "稻鳖" not in "".join(reed)
    assert turtle[0].startswith("初冬时节") and "1.5万亩，甲鱼年产量" in turtle[0]


def test_a_cut_first_column_goes_to_the_article_whose_text_it_shares_when_the_headline_says_little():
    """The headline below (`小芥菜做成大产业`) shares one pair with the cut column (`芥菜`),
    but the text under it shares the column's words (华容县, 芥菜基地, 菜农) far more than
    the report the column sits in: the column goes to it."""
    page = (
        "初冬时节，华容县的芥菜基地里，菜农们正在抢收芥菜，一车车芥菜被运往县城的腌制加工厂。华容县农业农村局负责人说，今年全县芥菜种植面积达到12.6万亩，\n"
        "本报讯（记者 周 明）11月20日，沅江市的芦苇加工厂里，工人们正在把芦苇压制成环保板材，产品销往长三角地区。\n"
        "沅江市今年芦苇综合利用产值达到12亿元。\n"
        "沅江芦苇变身环保板材\n"
        "芥菜年加工量达到60万吨，华容县的芥菜腌制产品远销日本、韩国，全县芥菜基地带动2万多户菜农增收。\n"
        "（李 明）\n"
        "小芥菜做成大产业\n"
    )
    reed, mustard = split_page(page)
    assert reed.body[0].startswith("本报讯") and "芥菜" not in "".join(reed.body)
    assert mustard.title == "小芥菜做成大产业" and mustard.body[0].startswith("初冬时节，华容县")
    assert "12.6万亩，芥菜年加工量" in mustard.body[0]


def test_an_untitled_first_column_that_stops_mid_word_goes_to_the_article_that_finishes_the_word():
    """`…形成了从钢材下料到整机出` at the top of the page, another article (headline,
    subtitle, writers), then `口的完整产业链。…` under no headline of its own, the byline and
    the headline: the first column is that article's start (出口 across the break)."""
    page = (
        "“一台挖掘机从下料到总装要经过300多道工序。”11月9日，在汨罗市的湖南星邦工程机械有限公司，车间主任一边检查零件一边说。\n"
        "汨罗市是湘北承接产业转移的重要基地。近年来，该市引进工程机械配套企业36家，形成了从钢材下料到整机出\n"
        "临湘青砖茶走出国门\n"
        "——临湘市打造茶叶品牌见闻\n"
        "王 静 李春华\n"
        "冬日的临湘市羊楼司镇，茶厂里的工人们正在压制青砖茶。今年全市青砖茶产量达到2.6万吨。\n"
        "口的完整产业链。今年1至10月，汨罗市工程机械产业实现产值86亿元，带动就业1.6万人。\n"
        "（记者 刘 洋）\n"
        "汨罗工程机械“挖”出新天地\n"
    )
    tea, machines = split_page(page)
    assert tea.title == "临湘青砖茶走出国门" and "汨罗" not in "".join(tea.body)
    assert machines.title == "汨罗工程机械“挖”出新天地" and machines.body[0].startswith("“一台挖掘机")
    assert "到整机出口的完整产业链。" in machines.body[1]


@pytest.mark.parametrize("blind_set", ["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind14", "blind15"])
def test_no_line_break_is_left_inside_a_sentence_on_the_blind_pages(blind_set):
    """Issue 17's target: paragraphs joined, no body line of an article stops mid-sentence
    except its last (blind4's `…1.2万户果农，` / `年产黄桃…` interleave, joined at full width
    with another article's line, was the exception until ADR 0005 addendum 7)."""
    from annotator.core.reassembly import is_open

    for page in sorted((BLIND_PAGES.parent / blind_set).glob("*.txt")):
        for article in split_page(page.read_text(encoding="utf-8")):
            body = [line for line in article.body if classify_kind(line) == "body"]
            assert [line[-10:] for line in body[:-1] if is_open(line)] == [], (page.name, article.title)


def test_a_news_agency_line_set_on_its_own_opens_the_report_not_a_headline():
    """`本报讯（通讯员 …）` on a line of its own (a narrow column) is the report's opening:
    the headline above it opens that report, the one before closes the text above."""
    page = "\n\n".join([
        "12月3日，桃江县竹海村的竹编工坊里，村民们正在赶制一批出口订单。",
        "竹编工坊负责人说，今年工坊的竹编产品销往日本和韩国，带动村民在家门口就业。",
        "（记者 周 文 通讯员 李 明）",
        "竹编工坊订单忙",
        "安化黑茶园铺上新路",
        "本报讯（通讯员 胡 兵 邹小青）",
        "近日，记者从安化县获悉，该县今年新修黑茶园产业路42公里，茶农运茶下山不再肩挑背扛。",
    ])
    articles = split_page(page)
    by_title = {a.title: a for a in articles}
    assert set(by_title) == {"竹编工坊订单忙", "安化黑茶园铺上新路"}
    assert "".join(by_title["安化黑茶园铺上新路"].body).startswith("本报讯（通讯员胡兵邹小青）近日")
    assert by_title["竹编工坊订单忙"].body[0].startswith("12月3日，桃江县")


def _column(paragraphs: list[str], width: int = 19) -> list[str]:
    """Paragraphs set in a column `width` characters wide, first lines indented by two."""
    lines = []
    for paragraph in paragraphs:
        first = width - 2
        lines.append(paragraph[:first])
        for n in range(first, len(paragraph), width):
            piece = paragraph[n: n + width]
            if piece[0] in "，。、”":  # punctuation stays on the line above, as typeset
                lines[-1] += piece[0]
                piece = piece[1:]
            if piece:
                lines.append(piece)
    return lines


def test_a_column_cut_after_a_comma_before_another_article_goes_on_below_it():
    """`…获得一等奖，` set short, then another article opening with a quote and its date, its
    byline and headline, then the cut article's rest and its headline: the cut article comes
    out whole, the one between keeps its own text."""
    cut = "本月初，临武县第二中学的创客实验室里，学生们正在调试一台自己设计的智能浇花机器人。不久前，这件作品在全省青少年科技大赛上获奖，"
    between = [
        "“这出花鼓戏唱了几百年，今天唱给远方的客人听。”12月7日晚，嘉禾县塘村镇的古戏台上，老艺人一开嗓，台下的游客纷纷举起手机拍摄。",
        "塘村镇是传统村落，村里保存着明清古民居四十多栋，老屋改造成的民宿迎来了一批又一批游客，村民在家门口吃上了旅游饭。",
    ]
    rest = [
        "这也是学校第一次在国家级赛事中获奖。",
        "临武县第二中学组建科技社团，并与高校结对共建，每学期邀请教授来校开设科普讲座，学生们在省级科技竞赛中屡屡获奖。",
    ]
    lines = _column([cut]) + _column(between) + ["（嘉禾县融媒体中心 米 兰）", "古戏台唱响乡村游"]
    lines += _column(rest) + ["（记者 彭 媛）", "临武学子的科创梦"]
    by_title = {a.title: "".join(a.body) for a in split_page("\n".join(lines))}
    assert by_title["临武学子的科创梦"] == cut + "".join(rest)
    assert by_title["古戏台唱响乡村游"] == "".join(between)


def test_a_column_cut_mid_word_goes_on_after_a_whole_report_set_between():
    """`…新建的重症监护病` / a headlined `本报讯` report / `房设置床位30张。…`, then the cut
    article's byline and its headline set after it: the article comes out whole from its
    quoted opening on, the report between keeps its own text, the article above its own."""
    above = ["桃源县的茶园里，采茶工们正在抢收秋茶，今年全县茶叶种植面积达到十二万亩。", "这一做法被省农业农村厅作为典型经验在全省推广。"]
    opening = "“宝宝现在能自己喝奶了，真是太感谢医生了！”12月9日，在澧县人民医院儿科病房，刚出院的张女士向医护人员连声道谢。"
    cut = "近年来，医院与省城医院组建专科联盟，省城专家每周来院坐诊、查房，新建的儿童重症监护病"
    report = "本报讯（通讯员 廖 敏）12月11日，石门县冬季招聘会在县城举行，一百多家企业带来就业岗位四千余个，帮助群众在家门口稳定就业。"
    rest = ["房设置床位三十张，今年医院收治危重患儿一千余例。", "县卫健局负责人介绍，全县乡镇卫生院全部建成标准化儿科门诊，让群众在家门口就能看好病。"]
    lines = ["桃源茶园秋茶抢收忙"] + _column(above) + _column([opening, cut])
    lines += ["石门县冬季招聘会送岗上门"] + _column([report]) + _column(rest)
    lines += ["（记者 姚 琴）", "危重患儿在家门口得救"]
    by_title = {a.title: "".join(a.body) for a in split_page("\n".join(lines))}
    assert by_title["危重患儿在家门口得救"] == opening + cut + "".join(rest)
    assert by_title["石门县冬季招聘会送岗上门"] == report.replace(" ", "")
    assert by_title["桃源茶园秋茶抢收忙"] == "".join(above)


def test_a_headline_after_a_report_opened_past_a_comma_cut_closes_that_report():
    """A titled report, then another article's first column cut after a comma (`…120余公斤，`),
    a whole report opening `初冬时节，` with its byline and headline set after it (sharing one
    word pair with it), then the cut article's rest and its headline: three whole articles."""
    marathon = ["12月6日，湘阴县首届半程马拉松赛在樟树镇鸣枪开跑，来自各地的千名跑者在稻花香里的湖堤上奔跑。", "湘阴县文旅体育局负责人说，赛事期间全县酒店民宿入住率达到九成。"]
    fishing = "近日，汨罗市人民法院公开审理一起非法捕捞水产品案。两名被告人在禁渔期内驾驶船只进入汨罗江河段，使用电鱼工具非法捕捞鱼类120公斤，"
    dam = ["初冬时节，平江县石门山的水库除险加固工程现场，挖掘机来回穿梭，工人们正在加紧浇筑坝体防渗墙。", "平江县水利局局长介绍，工程建成后每年可增加供水能力一千二百万立方米。"]
    rest = ["对汨罗江的渔业资源造成了严重破坏。", "法院当庭宣判，判处被告人有期徒刑八个月，并判令其在汨罗江增殖放流鱼苗五万余尾。"]
    lines = ["千名跑者跑进稻花香里", *marathon, fishing, *dam, "（通讯员 陈 程）", "老水库强筋健骨迎新生"]
    lines += [*rest, "（记者 蒋 艳）", "电鱼毁汨罗江 公益诉讼判修复"]
    by_title = {a.title: "".join(a.body) for a in split_page("\n".join(lines))}
    assert by_title["千名跑者跑进稻花香里"] == "".join(marathon)
    assert by_title["老水库强筋健骨迎新生"] == "".join(dam)
    assert by_title["电鱼毁汨罗江公益诉讼判修复"] == fishing + "".join(rest)


def test_blind7_articles_come_out_whole():
    """blind7 (scored unseen first: 1/10 whole, then tuned on): columns cut mid-word and
    after a comma with a whole article between the halves, a news agency line on its own,
    headlines after their bodies: every article whole."""
    whole = _whole_articles(BLIND_PAGES.parent / "blind7")
    assert all(whole.values()), [title for title, ok in whole.items() if not ok]


def _full_width(paragraphs: list[str], width: float = 20.0) -> list[str]:
    """Paragraphs set in a column `width` em wide without first-line indents (blind3's pages):
    every line but a paragraph's last is as wide as the column."""
    from annotator.core.cleaning import display_width

    lines = []
    for paragraph in paragraphs:
        line = ""
        for char in paragraph:
            if display_width(line + char) > width and char not in "，。、”；":
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    return lines


def test_a_column_cut_after_a_comma_at_full_width_goes_on_after_a_whole_report():
    """No indents: `…覆盖九个乡镇，` ends a full line and `11月28日，宁乡市…` (another
    report, whole, with its byline and headline) starts the next one, so the cleaning joins
    them as a date inside a sentence; the cut article's rest under its headline further down
    says it was a column cut: both articles come out whole."""
    cut = ["12月2日，江永县粗石江镇的香柚基地里，果农们正忙着采摘香柚，一筐筐金黄的香柚堆满了田间地头。",
           "江永县农业农村局负责人介绍，全县香柚种植面积已经达到八万六千亩，覆盖九个乡镇，"]
    report = ["11月28日，宁乡市花明楼镇的炭河古城景区举办民俗文化节，游客们观看花鼓戏、品尝农家菜，景区当天接待游客两万余人次。",
              "宁乡市文旅局负责人说，今年以来全市乡村旅游接待游客超过一千万人次。"]
    rest = ["年产量达到十二万吨，产品销往广东、上海等地，带动两万多户果农增收。",
            "江永县还建成香柚冷链仓储中心三个，让香柚错季上市卖出好价钱。"]
    lines = _full_width(cut) + _full_width(report) + ["（记者 谢 芳）", "宁乡民俗文化节引客来"]
    lines += _full_width(rest) + ["（唐 波 李 敏）", "江永香柚丰收果农笑"]
    assert lines[4].endswith("覆盖九个乡镇，") and lines[5].startswith("11月28日")
    by_title = {a.title: a.body for a in split_page("\n".join(lines))}
    assert by_title["宁乡民俗文化节引客来"] == report
    assert by_title["江永香柚丰收果农笑"] == [cut[0], cut[1] + rest[0], rest[1]]


def test_a_date_after_a_comma_at_full_width_stays_in_its_sentence():
    """The same lines with nothing on the page going on from the comma: one paragraph, as
    the page printed it (a date inside a sentence)."""
    paragraph = "在邵阳市、大祥区相关职能部门协调下，公司的资金周转难题在一周之内得到了顺利解决，12月17日，银行向公司发放贷款一百万元，为企业发展提供动能。"
    lines = ["大祥区帮企业解难题"] + _full_width(["近日，邵阳市大祥区一家食品企业负责人来到区政务服务中心，送上一面锦旗。", paragraph])
    assert any(line.endswith("，") and lines[n + 1].startswith("12月17日") for n, line in enumerate(lines[:-1]))
    (article,) = split_page("\n".join(lines))
    assert article.body[-1] == paragraph


def test_a_report_column_glued_at_full_width_to_the_cut_articles_rest_is_taken_apart():
    """双牌's column stops after a comma; 冷水江's report opens and its column ends at full
    width mid-phrase (`…协议总投资`), and 双牌's rest goes on in the next line (`年产虎爪姜…`):
    the cleaning joins the two into one paragraph. The words either side of that line break
    (虎爪姜 after it, 冷水江/锑品 before) put the text after it back after the comma and the
    text before it at the head of 冷水江's rest (`三十八亿元。…`, under 双牌's headline)."""
    cut = ["12月3日，双牌县茶林镇的虎爪姜种植基地里，村民们正在采挖虎爪姜，一袋袋虎爪姜被装上货车运往加工厂。",
           "双牌县农业农村局负责人介绍，全县虎爪姜种植面积达到一万二千亩，覆盖八个乡镇，"]
    column = ["12月5日，冷水江市经济开发区的湖南锑都新材料有限公司车间里，一批锑合金产品正在打包，准备运往欧洲。",
              "冷水江是“世界锑都”，全市现有锑品企业四十余家。今年以来，冷水江市新引进锑品深加工项目十二个，涵盖锑化工等领域，协议总投资"]
    rest = "年产虎爪姜六千吨，综合产值三亿元。双牌县还建成虎爪姜烘干车间五个，让村民在家门口把姜卖出好价钱。"
    column_rest = "三十八亿元。冷水江市工信局负责人说，全市锑品产业今年实现产值一百二十亿元，产品出口到三十多个国家和地区。"
    lines = _full_width(cut) + _full_width(column) + _full_width([rest]) + ["（双牌县融媒体中心 何 琳）", "双牌虎爪姜采挖正当时"]
    lines += _full_width([column_rest]) + ["（记者 罗 斌 通讯员 曾 杰）", "冷水江锑品走俏海外"]
    assert any(line.endswith("协议总投资") and lines[n + 1].startswith("年产虎爪姜") for n, line in enumerate(lines))
    by_title = {a.title: a.body for a in split_page("\n".join(lines))}
    assert by_title["双牌虎爪姜采挖正当时"] == [cut[0], cut[1] + rest]
    assert by_title["冷水江锑品走俏海外"] == [column[0], column[1] + column_rest]


def test_blind3_and_blind4_articles_come_out_whole():
    """blind3 (宁远/祁阳, 武冈/新宁: comma cuts on pages without indents, a report's column
    glued at full width to the cut article's rest) and blind4 (炎陵/醴陵, glued at full
    width): every article whole."""
    for blind_set in ("blind3", "blind4"):
        whole = _whole_articles(BLIND_PAGES.parent / blind_set)
        assert all(whole.values()), (blind_set, [title for title, ok in whole.items() if not ok])


# A page set one paragraph per line (blind10 page n's layout): a report whose last column
# is cut after a comma, another article headed by a line naming no place, the cut
# report's rest after that article's byline, then a whole report headed after its body.
_DELEGATION = ["湖南农机企业组团参加东盟博览会", "——湘企农机产品走进东南亚市场",
               "本报讯（记者 王 川）11月20日至24日，湖南省农机企业代表团参加在南宁举行的中国—东盟博览会，展出插秧机、收割机等产品60余款，现场签约订单1.2亿元。"]
_DELEGATION_CUT = "在越南展区，湖南企业与当地经销商签订了三年合作协议，计划在湄公河三角洲建设农机服务站12个，"
_DELEGATION_REST = "每个服务站可为周边五千户农户提供维修和培训服务。据统计，今年前三季度湖南农机出口额同比增长26%。"
_NAVIGATION = ["“有了导航，一个人一天能种三百亩。”11月26日，在长沙经开区的生产车间里，技术员正在调试新下线的无人驾驶插秧机。",
               "企业负责人介绍，今年企业研发投入增长三成，智能农机销量同比翻了一番。"]
_FIELDS = ["11月25日，省农业农村厅在益阳举办高标准农田建设现场会，来自全省各市州的代表观摩了灌排工程和机耕道建设。",
           "会议提出，明年全省将新建高标准农田三百万亩，重点推进丘陵山区宜机化改造。"]
_PORT = "11月28日，记者从岳阳城陵矶港获悉，今年以来港口集装箱吞吐量突破一百万标箱，同比增长15%。"


def _page_with_a_column_cut_before_a_headline() -> str:
    return "\n".join([
        *_DELEGATION, _DELEGATION_CUT, "智能农机装上北斗导航", *_NAVIGATION, "(记者 李 泉 通讯员 周 敏)",
        _DELEGATION_REST, *_FIELDS, "(记者 陈 晨)", "全省高标准农田建设现场会召开", "岳阳港集装箱吞吐量创新高",
        _PORT, "(记者 赵 阳)",
    ])


def test_a_headline_set_below_a_column_cut_after_a_comma_is_no_rest_of_its_sentence():
    """`…建设农机服务站12个，` / `智能农机装上北斗导航` / `“有了导航，…”11月26日，…`: the line
    between the comma and a report's opening is the next article's headline; the cleaning
    keeps it a paragraph of its own (it joined it to the sentence above)."""
    from annotator.core.cleaning import paragraphs

    texts = [p.text for p in paragraphs(_page_with_a_column_cut_before_a_headline())]
    assert "智能农机装上北斗导航" in texts
    assert _DELEGATION_CUT in texts


def test_a_headline_naming_no_place_between_a_cut_column_and_a_dated_opening_opens_an_article():
    """A heading that names no place is an article's headline, not a crosshead, when the
    text above stops mid-sentence (its column was cut) and the paragraph below opens with a
    dateline: the article below is titled by it and the cut report comes out whole."""
    by_title = {a.title: "".join(a.body) for a in split_page(_page_with_a_column_cut_before_a_headline())}
    assert by_title["智能农机装上北斗导航"] == "".join(_NAVIGATION)
    assert by_title["湖南农机企业组团参加东盟博览会"].endswith(_DELEGATION_CUT + _DELEGATION_REST)


def test_a_report_after_the_rest_of_a_cut_column_stays_where_the_page_set_it():
    """The cut report's rest (after the other article's byline) goes back to its open end;
    the dated report after it (`11月25日，…`, headed after its body) is another article and
    stays in place with its own headline, and the headline below opens the last report."""
    by_title = {a.title: "".join(a.body) for a in split_page(_page_with_a_column_cut_before_a_headline())}
    assert by_title["全省高标准农田建设现场会召开"] == "".join(_FIELDS)
    assert by_title["岳阳港集装箱吞吐量创新高"] == _PORT
    assert "11月25日" not in by_title["湖南农机企业组团参加东盟博览会"]


def test_a_crosshead_whose_place_name_is_an_everyday_word_stays_inside_its_article():
    """`互助养老：` / `邻里守望暖人心` inside a signed article: 互助 is a county's short name
    (互助县) but also a word; a two-character place name makes a heading a headline only when
    the text around it names that place too, so the article is not cut at its crosshead."""
    first = ["12月3日上午，浏阳市集里街道的社区食堂里，老人们围坐在一起吃午饭，一荤两素一汤只要八元，行动不便的老人还能请志愿者送餐上门。",
             "“在家门口就能吃上热饭，儿女们在外地打工也放心。”今年七十九岁的刘大爷一边吃饭一边说。"]
    second = ["去年以来，浏阳市在城乡社区建设养老服务站六十个，组织身体健康的低龄老人结对照护高龄老人，每月上门探访两次，帮助老人打扫卫生、代购药品。",
              "全市已有三千多名老人参与结对，覆盖独居和空巢老人一万两千余人。"]
    third = ["浏阳市民政局负责人介绍，全市为独居老人免费安装呼叫设备五千余台，老人按下按钮，服务中心就会派人上门。明年全市将再建社区食堂二十个，让更多老人享受就近就便的养老服务。"]
    lines = ["浏阳市推进居家养老服务", "记者 周 文", *_column(first), "互助养老：", "邻里守望暖人心", *_column(second)]
    lines += ["智慧养老：", "一键呼叫有人应", *_column(third), "（通讯员 李 军）"]
    (article,) = split_page("\n".join(lines))
    assert article.title == "浏阳市推进居家养老服务"
    assert "互助养老：邻里守望暖人心" in article.body and "".join(article.body).endswith("".join(third))


def test_a_quotation_set_alone_before_a_dated_opening_leads_the_report_below():
    """A whole report headed above, then `“这个味道，一辈子都忘不了！”` on its own, then
    `12月6日上午，…` and the rest of a report whose headline is set after its body: the
    quotation is that report's first paragraph, not the last of the one above."""
    above = ["本报讯（记者 易 达）12月5日，桃江县首届竹文化节开幕，来自各地的游客走进竹海，体验竹编、品尝竹笋宴。",
             "桃江县文旅局负责人介绍，文化节期间将举办竹艺展销、竹林徒步等活动十余场。"]
    quote = "“这个味道，一辈子都忘不了！”"
    below = ["12月6日上午，在常德市武陵区的一家老字号米粉店里，店主正忙着给排队的食客下粉。",
             "近年来，武陵区把米粉产业作为富民产业来抓，全区米粉门店达到一千二百家，带动就业五千余人。"]
    lines = ["桃江竹文化节开幕", *_column(above), *_column([quote]), *_column(below), "（记者 宋 雨）", "武陵米粉香飘四方"]
    by_title = {a.title: "".join(a.body) for a in split_page("\n".join(lines))}
    assert by_title["桃江竹文化节开幕"] == "".join(above).replace(" ", "")
    assert by_title["武陵米粉香飘四方"] == quote + "".join(below)


def test_two_articles_whose_columns_the_page_interleaved_come_out_each_whole():
    """A's first paragraph, B's headline and first paragraph, A's second paragraph and byline,
    B's second paragraph and byline (one paragraph per line, every column ending a
    sentence): A's second paragraph shares its words with A, B's second with B, so each
    goes to its own article with the byline set after it; no untitled article is left."""
    fair = ["12月2日，湘赣边区域合作推介会在江西萍乡举行，来自湖南浏阳、醴陵和江西萍乡、宜春的二百余家企业参会，现场签约项目二十八个，总投资一百一十亿元。",
            "推介会上，两省边界县市签署了产业协作、交通互联和文旅共建等合作协议。萍乡市与醴陵市将共建陶瓷产业园，浏阳市与宜春市将联合开发烟花鞭炮新产品。"]
    tour = ["“没想到冬天的乡村也这么好玩！”12月3日，在平江县幕阜山景区，来自广州的游客在民宿里围炉煮茶，体验打糍粑。",
            "省文化和旅游厅负责人介绍，这次发布的十条冬季乡村旅游线路串联起全省六十多个旅游村，游客可以赏雪景、泡温泉、吃农家饭。今年以来，全省乡村旅游接待游客超过两亿人次。"]
    lines = ["湘赣边区域合作推介会在萍乡举行", fair[0], "湖南发布十条冬季乡村旅游线路", tour[0], fair[1], "(记者 孙 明)",
             tour[1], "(记者 刘 芳)"]
    articles = split_page("\n".join(lines))
    assert [(a.title, "".join(a.body), a.byline) for a in articles] == [
        ("湘赣边区域合作推介会在萍乡举行", "".join(fair), "孙明"),
        ("湖南发布十条冬季乡村旅游线路", "".join(tour), "刘芳"),
    ]


def test_blind10_articles_come_out_whole():
    """blind10 (scored unseen first: 3/10 whole, then tuned on): a headline between a comma
    cut and a report, a crosshead whose place name is a word, a quotation leading a report,
    interleaved columns: every article whole."""
    whole = _whole_articles(BLIND_PAGES.parent / "blind10")
    assert all(whole.values()), [title for title, ok in whole.items() if not ok]


def test_an_article_cut_off_at_its_headline_points_to_that_headline_line():
    """A closing headline that cuts a second article off a titled text: the part's source
    line (stored as articles.source_line, shown to the reviewer) is the headline's line
    number; it was the text of the body's last paragraph."""
    above = ["本报讯（记者 易 达）12月5日，桃江县首届竹文化节开幕，来自各地的游客走进竹海，体验竹编、品尝竹笋宴。",
             "桃江县文旅局负责人介绍，文化节期间将举办竹艺展销、竹林徒步等活动十余场。"]
    below = ["12月6日上午，在常德市武陵区的一家老字号米粉店里，店主正忙着给排队的食客下粉。",
             "近年来，武陵区把米粉产业作为富民产业来抓，全区米粉门店达到一千二百家，带动就业五千余人。"]
    lines = ["桃江竹文化节开幕", *_column(above), *_column(below), "（记者 宋 雨）", "武陵米粉香飘四方"]
    articles = split_page("\n".join(lines))
    assert [a.title for a in articles] == ["桃江竹文化节开幕", "武陵米粉香飘四方"]
    assert [a.first_line for a in articles] == [1, lines.index("武陵米粉香飘四方") + 1]


# Round 9 (ADR 0005 addendum 9): pages set one paragraph per line, tuned on blind9/blind11.
_LANES = ["12月3日晚，开福区的老街巷里灯火通明，游客沿着青石板路一路走一路看。",
          "街道负责人说，改造保留了老墙老树，新修的小游园成了居民散步的去处。"]
_WORKSHOP = ["“这台数控机床的加工误差不到一根头发丝的十分之一。”12月5日，在望城区一所职业学校的车间里，学生正在练习操作。",
             "学校与园区企业共建实训基地，今年已有八百余名学生在基地取得证书，成了企业抢着要的年轻工匠。"]
_BRIDGE = ["本报讯（记者 龙 飞 通讯员 石 磊）12月6日，浏阳河上的一座人行桥完成加固，桥面拓宽到六米，两岸居民出行更方便了。",
           "施工方介绍，加固工程历时四个月，全程没有中断通行。"]


def test_the_first_of_two_stacked_headlines_closes_a_second_article_inside_a_titled_feature():
    """A feature titled above (its headline shares few words with its text), a second article
    run into it from a quote and a date (`“……”12月5日，`), then its byline and two headlines
    one above the other: the first (sharing one word with its text) closes that second
    article, the second opens the report below."""
    lines = ["开福：老街巷里的“新风景”", "——开福区推进老旧街区改造纪实", "谭 明 欧阳雪", *_LANES, *_WORKSHOP,
             "（记者 简 宁）", "校企携手育工匠", "浏阳河人行桥完成加固", *_BRIDGE]
    articles = split_page("\n".join(lines))
    assert [(a.title, "".join(a.body)) for a in articles] == [
        ("开福：老街巷里的“新风景”", "".join(_LANES)),
        ("校企携手育工匠", "".join(_WORKSHOP)),
        ("浏阳河人行桥完成加固", "".join(_BRIDGE).replace(" ", "")),
    ]


_COURT = ["“没想到半个月就拿回了工钱。”12月8日，农民工老周和十几位工友一起来到天心区人民法院，把一面写着“司法为民”的锦旗送到法官手里。",
          "今年以来，法院在工地设立调解室，诉前化解欠薪纠纷三百余件，一审服判息"]
_COURT_REST = "诉率达到九成以上。法院还组织法官走进工地和工棚开展普法宣传，今年已举办讲座四十余场，发放宣传资料一万多份。"
_CONCERT = ["本报讯（通讯员 夏 雪）12月9日，湘江边的音乐广场举办冬日音乐会，来自省交响乐团的六十多名演奏员登台，两千多名市民在江风里听完了一场交响乐。"]
_FAIR = ["连日来，雨花区的年货市集人头攒动，本地腊味、糖果、米酒和手工艺品摆满了两百多个摊位，不少市民一买就是好几袋。"]


def test_a_resumed_column_takes_only_the_first_of_two_stacked_headlines_after_it():
    """`…一审服判息`, a headlined report, then `诉率达到…` (the cut word goes on), its byline
    and two headlines one above the other: the first is the resumed article's, the second
    opens the text below (before, the resumed article took both or neither)."""
    lines = [*_COURT, "江畔奏响冬日音乐会", *_CONCERT, _COURT_REST, "（记者 方 圆）",
             "工地调解室化解欠薪纠纷", "雨花年货市集开市", *_FAIR]
    articles = split_page("\n".join(lines))
    assert [(a.title, "".join(a.body)) for a in articles] == [
        ("工地调解室化解欠薪纠纷", "".join(_COURT) + _COURT_REST),
        ("江畔奏响冬日音乐会", "".join(_CONCERT).replace(" ", "")),
        ("雨花年货市集开市", "".join(_FAIR)),
    ]


def test_a_column_stopping_before_its_number_goes_on_after_a_whole_report_set_between():
    """`…带动每户增收`, a headlined `本报讯` report, then `2800元。…` (a quantity and a full
    stop: no paragraph opens so), a caption, the byline and the article's headline: the
    article comes out whole, its sentence in one paragraph."""
    cut = ["初冬时节，珠晖区的一个江边村里，柑橘挂满枝头，游客在果园里采摘拍照。",
           "村里成立果蔬合作社，吸纳村民务工八十余人，今年村集体经济收入达到五十万元，带动每户增收"]
    rest = "2800元。“在家门口就能挣钱。”村民笑着说。"
    report = ["本报讯（通讯员 阳 光）12月6日，南岳区的森林公园迎来研学团队，学生们跟着护林员认识珍稀树木。"]
    lines = [*cut, "森林公园迎来研学热", *report, rest, "村民在合作社的果园里采摘柑橘。 皮 越 摄",
             "（记者 宋 卓）", "江边村里橘子红"]
    articles = split_page("\n".join(lines))
    by_title = {a.title: a.body for a in articles}
    assert "".join(by_title["江边村里橘子红"]).startswith("".join(cut) + rest)
    assert by_title["森林公园迎来研学热"] == [report[0].replace(" ", "")]


def test_an_agency_line_inside_a_titled_text_and_a_district_headline_below_cut_off_the_report():
    """A feature titled above, then `本报讯（…）` on its own line and a report about a
    district's firm, then that report's headline set after it, naming the district by its
    short form (`蒸湘：…`; the report names 蒸湘区): the headline closes the report, which
    comes off the feature; the text below keeps its own headline."""
    feature = ["12月5日，衡南县的高标准农田里，旋耕机来回穿梭，机耕道直通田头。", "目前，一渠清水流进全县四十万亩高标准农田。"]
    report = ["本报讯（记者 康 宁 通讯员 雷 鸣）", "12月8日，在蒸湘区的一家机械公司总装车间，一批起重机正在调试，即将发往东南亚。",
              "今年以来，蒸湘区选派干部担任企业服务专员，帮助企业解决用工、融资等难题。"]
    village = ["初冬时节，江边的一个村子里，白墙黛瓦的民宿掩映在橘林之间。", "村里现有民宿二十家，今年接待游客八万人次。"]
    lines = ["衡南：一渠清水润良田", *_column(feature), report[0], *_column(report[1:]), "蒸湘：重工起重机走俏海外",
             *_column(village), "（记者 宋 卓）", "江畔民宿橘子红"]
    articles = split_page("\n".join(lines))
    assert [(a.title, "".join(a.body)) for a in articles] == [
        ("衡南：一渠清水润良田", "".join(feature)),
        ("蒸湘：重工起重机走俏海外", "".join(report).replace(" ", "")),
        ("江畔民宿橘子红", "".join(village)),
    ]


def test_blind9_blind11_blind12_blind14_and_blind15_articles_come_out_whole():
    """blind9 and blind11 (scored unseen once: 3/10 and 0/10 whole, then tuned on): stacked
    headlines closing articles inside titled texts, resumed columns, a district's short name
    as a headline; blind12 (5/10): a headline at column width before a season opening, the
    second of two stacked headlines left behind by a resumed column; blind14 (8/10): two
    stacked headlines below a signed untitled text; blind15 (9/10): a crosshead holding a
    place's short name that is an everyday word: every article whole."""
    for name in ("blind9", "blind11", "blind12", "blind14", "blind15"):
        whole = _whole_articles(BLIND_PAGES.parent / name)
        assert all(whole.values()), (name, [title for title, ok in whole.items() if not ok])



def test_a_heading_after_a_title_and_its_subtitle_is_not_dropped():
    page = ("攸县：油茶飘香富山乡\n——攸县推进油茶产业高质量发展纪实\n山 水 相 依 林 茶 共 生\n"
            "12月3日，攸县鸾山镇的油茶林里，村民们正在采摘油茶果。今年全县新造油茶林2.1万亩，"
            "油茶产业综合产值达到36亿元，带动3万余户农民增收。\n"
            "醴陵瓷器走俏海外市场\n本报讯（记者 李 明）12月5日，醴陵市一家陶瓷企业的展厅里，客商正在挑选产品。"
            "今年以来，全市陶瓷出口额同比增长18.6%，产品销往80多个国家和地区。\n")
    kept = "".join(a.title + a.subtitle + a.text for a in split_page(page))
    assert "山水相依林茶共生" in kept.replace(" ", "")


def test_a_headline_set_at_column_width_before_a_season_opening_is_no_first_line():
    """A report's headline set after its body in a narrow column, nearly as wide as the
    column, then the next article's opening with the season and the time of day
    (`深秋的傍晚，…`): the headline is a line of its own, not the start of that paragraph
    (before, the two were joined and the headline lost)."""
    report = ["本报讯（记者 向 东）12月3日，在岳塘区的一家电机公司装配车间，工人们正把一台台电机装箱发往外省。",
              "今年以来，岳塘区为园区企业解决用地、融资等问题一百余个，新引进项目二十个。"]
    village = ["深秋的傍晚，湘潭县一个村子的晒谷坪上，村民们正在跳广场舞，孩子们在一旁追逐嬉戏。",
               "村里今年新修文化广场两处，组建文艺队伍三支。"]
    headline = "岳塘区：一台电机“转”出产业新天地"
    lines = ["园区企业订单足", *_column(report, 18), headline, *_column(village, 18), "（记者 宋 卓）", "晒谷坪上舞步欢"]
    articles = split_page("\n".join(lines))
    assert headline in [a.title for a in articles]
    assert not any(headline in "".join(a.body) for a in articles)


def test_the_second_of_two_stacked_headlines_stays_a_headline_when_the_first_goes_back_with_its_column():
    """`…带动每户增收`, a headlined report, then `2800元。…`, a caption, the byline and two
    headlines one above the other: the rest goes back to its open end with the first
    headline; the second (naming no place) still opens the dated report below, which
    before stayed inside the report above as a crosshead."""
    cut = ["初冬时节，珠晖区的一个江边村里，柑橘挂满枝头，游客在果园里采摘拍照。",
           "村里成立果蔬合作社，吸纳村民务工八十余人，今年村集体经济收入达到五十万元，带动每户增收"]
    rest = "2800元。“在家门口就能挣钱。”村民笑着说。"
    report = ["本报讯（通讯员 阳 光）12月6日，南岳区的森林公园迎来研学团队，学生们跟着护林员认识珍稀树木。",
              "护林员介绍，公园今年接待研学学生一万余人次。"]
    market = ["12月9日，市里的农产品展销中心热闹非凡，腊肉、茶油、柑橘摆满了展台，市民们挑得起劲。",
              "展销会为期五天，预计成交额超过三千万元。"]
    lines = [*cut, "森林公园迎来研学热", *report, rest, "村民在合作社的果园里采摘柑橘。 皮 越 摄",
             "（记者 宋 卓）", "江边村里橘子红", "农产品展销会人气旺", *market, "（市融媒体中心 金 石）"]
    articles = split_page("\n".join(lines))
    by_title = {a.title: "".join(a.body) for a in articles}
    assert by_title["农产品展销会人气旺"] == "".join(market)
    assert by_title["森林公园迎来研学热"] == "".join(report).replace(" ", "")
    assert by_title["江边村里橘子红"].startswith("".join(cut) + rest)


def test_two_stacked_headlines_below_a_signed_untitled_text_are_two_when_the_first_weighs_alike():
    """An article set headline-after-body and signed (`（记者 …）`), then two headlines one
    above the other and a `本报讯` report: the first shares as many words with the report as
    with the text above (`不用`), the second only with the report. The text above takes the
    first (before, both went to the report as title and subtitle, the text above was titled
    by its first words)."""
    hospital = ["“以前复查要坐三个小时车去省城，现在不用出远门了。”12月8日，村民在卫生院做完复查后说。",
                "今年以来，县人民医院与卫生院组建医联体，专家每周下沉坐诊两次，来卫生院的病人多了一倍。"]
    court = ["本报讯（记者 石 坚）12月5日，法官来到村部开庭，调解一起排水沟纠纷，旁听的村民说不用跑县城了。",
             "今年以来，法庭在村部化解矛盾纠纷三百余起。"]
    lines = ["乡村民宿迎客来", "12月3日，山脚下的民宿里住满了游客，老板忙着端上腊肉和米酒。", "（记者 宋 卓）",
             *hospital, "（记者 闻 达）", "镇上看大病不用往外跑", "法官把法庭搬进村部", *court]
    articles = split_page("\n".join(lines))
    assert [(a.title, a.subtitle) for a in articles][1:] == [("镇上看大病不用往外跑", ""), ("法官把法庭搬进村部", "")]
    assert "".join(articles[1].body) == "".join(hospital)


def test_a_crosshead_whose_place_name_is_an_everyday_word_in_the_text_too_stays_inside():
    """`校地合作` / `把课堂搬进田野` inside a signed feature whose next paragraph says
    `签订合作协议`: 合作 is 合作市's short name, and the text holds it, but as a word; an
    everyday word counts as a place only when the text names the place in full, so the
    feature is not cut at its crosshead (before, its second half stood as an article)."""
    first = ["12月6日，韶山市一个村子的研学营地里，一百多名大学生正在听讲解员讲述革命先辈的故事，营地今年已接待研学团队一千余批次。"]
    second = ["今年3月，一所大学的马克思主义学院与市教育局签订合作协议，在村里设立实践教学基地，组织师生编写研学教材六册。",
              "学院院长说，学生们在这里一边听故事，一边跟着村民插秧、采茶。"]
    lines = ["韶山：红色研学热了乡村", "慕 白 何 畅", *_column(first), "校地合作", "把课堂搬进田野", *_column(second),
             "（记者 宋 卓）", "江畔民宿橘子红", *_column(["初冬时节，江边的一个村子里，白墙黛瓦的民宿掩映在橘林之间。"])]
    articles = split_page("\n".join(lines))
    assert [a.title for a in articles] == ["韶山：红色研学热了乡村", "江畔民宿橘子红"]
    assert "".join(articles[0].body).endswith("".join(second))
