"""Page -> articles, measured against the gold titles."""
import json

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


def test_lines_that_are_not_bylines():
    assert byline_names("主要领导带头服务") is None
    assert byline_names("再聚磅礴之力 再赋澎湃之能") is None
    assert byline_names("盛 等 企 业 与 高 校 合 作 共") is None


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
