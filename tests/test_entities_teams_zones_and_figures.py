"""Rules read from blind23-25 after their unseen scores: a firm's team, a club's team with its
sport, a multiplier that is no surname, zones named by a clause, references to a whole county,
credits that are words, a rare surname before a verb with 了, new body suffixes and a trade's
usual short form. The sentences are written here, not taken from the pages."""
from annotator.core import learning
from annotator.core.entities import find_entities
from annotator.core.metrics import find_metrics


def found(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in find_entities(text)}


def test_a_firms_team_is_the_organisation_not_the_firm_alone():
    names = found("决赛中，岳阳湘豪机电队以3比1击败鑫远物流队。湘豪机电队队长说，队员都是一线工人。")
    assert {("ORG", "岳阳湘豪机电队"), ("ORG", "鑫远物流队"), ("ORG", "湘豪机电队")} <= names
    assert ("ORG", "鑫远物流") not in names and ("ORG", "湘豪机电") not in names


def test_a_brigade_or_a_fleet_after_a_body_is_not_read_as_a_team():
    names = found("县公安局刑侦大队和湘运物流车队参加了演练。")
    assert not any(text.endswith(("大队队", "车队")) and label == "ORG" and text != "湘运物流车队"
                   for label, text in names)
    assert ("ORG", "湘运物流队") not in names


def test_a_clubs_team_keeps_its_sport():
    assert ("ORG", "衡阳雁城猎豹足球队") in found("衡阳雁城猎豹足球队客场取胜。")


def test_no_person_right_after_a_figure():
    assert not any(label == "PER" for label, _ in found("码头全年完成吞吐量86.4万标箱，同比增长9.1%。"))
    text = "吞吐量86.4万标箱"
    start = text.index("万")
    assert not learning._plausible(text, start, start + 3, "PER", learning._word_bounds(text))


def test_new_measure_words_make_metrics():
    figures = {m.text: m.unit for m in find_metrics(
        "全年完成吞吐量86.4万标箱，出口设备45台套，他打入2球，完成手术1200余例，卖出蜂蜜300罐。")}
    assert figures == {"86.4万标箱": "标箱", "45台套": "台套", "2球": "球", "1200余例": "例", "300罐": "罐"}


def test_a_clause_between_a_place_and_a_zone_suffix_makes_no_zone():
    assert ("ORG", "桃江县农业农村局") in found("桃江县农业农村局在示范区推广稻鱼共生。")
    assert not any(text.endswith("示范区") for _, text in found("桃江县农业农村局在示范区推广稻鱼共生。"))
    names = found("浏水花鼓唱响石门坎古镇")
    assert not any(text.endswith("古镇") for _, text in names)
    assert ("LOC", "郴州市机关保障房小区") in found("郴州市机关保障房小区有住户600户。")


def test_a_reference_to_the_whole_county_opens_no_place():
    names = found("技术员分片包干到全县各乡镇，本市城区也有服务点。")
    assert not any(text.startswith(("全县", "本市")) for _, text in names)


def test_a_correspondents_name_that_is_a_word_stands_in_a_closed_credit():
    assert ("PER", "华丽") in found("本报讯（通讯员华丽）12月3日，县里召开会议。")
    assert ("PER", "华丽") not in found("舞台布景十分华丽，观众称赞。")


def test_a_rare_surnames_name_after_a_role_ends_before_a_verb_with_le():
    assert ("PER", "米长青") in found("种粮大户米长青流转了撂荒地300亩。")  # jieba: 米/q 长青


def test_tan_is_a_surname():
    assert ("PER", "檀秋雨") in found("本报讯（记者高明通讯员檀秋雨）")


def test_bodies_named_by_new_suffixes():
    names = found("邵阳县防汛抗旱指挥部发布预警，益阳市群众艺术馆开设课程，老挝农业研究理事会派员参加，"
                  "株洲芦淞服装交易市场商户增加。")
    assert {("ORG", "邵阳县防汛抗旱指挥部"), ("ORG", "益阳市群众艺术馆"), ("ORG", "老挝农业研究理事会"),
            ("ORG", "株洲芦淞服装交易市场")} <= names
    assert not any(label == "ORG" and text.endswith("理事会") for label, text in found("村里成立了屋场建设理事会。"))


def test_zones_new_ports_and_science_cities_are_places():
    names = found("加快建设岳麓科学城和临湘新港区，南岭牧场游客增多。")
    assert {("LOC", "岳麓科学城"), ("LOC", "临湘新港区"), ("LOC", "南岭牧场")} <= names


def test_an_e_commerce_firm_is_named_by_brand_and_the_trades_short_form():
    names = found("合作社与郴州稻香电子商务有限公司合作直播。稻香电商负责人说，销量翻了一番。")
    assert ("ORG", "稻香电商") in names
    assert not any(text.endswith("电商") for _, text in found("发展农村电商和跨境电商，村级电商服务站50个。"))


def test_everyday_words_jieba_tags_as_places_are_not_places():
    names = found("沿河新建了步道，古镇游客增多。")
    assert ("LOC", "沿河") not in names and ("LOC", "古镇") not in names


def test_a_brand_holding_a_far_countys_short_form_still_names_the_firm():
    # 松阳 is a county in Zhejiang; 湘西 alone is a place, not the brand of 湘西旅游集团
    names = found("岳阳松阳湖港务有限公司扩建码头。松阳湖港务今年进出口货值预计超过300亿元。")
    assert ("ORG", "松阳湖港务") in names and ("LOC", "阳湖") not in names
    names = found("湘西旅游集团有限公司今年接待游客。湘西的风景很美。")
    assert ("LOC", "湘西") in names and ("ORG", "湘西") not in names


def test_a_plant_jieba_tags_as_a_foreign_name_is_no_person():
    assert not any(label == "PER" for label, _ in found("工人正将一株株造型罗汉松装车。"))


def test_a_preposition_glued_to_a_lake_opens_no_place():
    names = found("监测数据显示，目前在沅湖栖息的候鸟已超过2万只。")
    assert not any(text.startswith("在") for _, text in names)
    assert ("LOC", "洞庭湖") in found("游客在洞庭湖观鸟。")


def test_a_name_does_not_end_in_ze():
    assert not any(text.endswith("则") for _, text in found("代表钮彬则带来了建议。"))


def test_a_preposition_and_a_noun_after_a_role_are_no_name():
    assert not any(label == "PER" for label, _ in found("主播向网友介绍腊肉的做法。"))
    assert ("PER", "向前进") in found("村党支部书记向前进说，全村茶园面积达到800亩。")


def test_a_correspondent_signing_with_a_word_jieba_tags_as_a_place():
    assert ("PER", "朝霞") in found("本报讯（通讯员朝霞）12月6日，县里召开会议。")
    assert not any(label == "PER" for label, _ in found("本报讯（通讯员株洲）"))


def test_a_body_named_by_its_level_alone_or_one_session_of_a_congress_is_not_proposed():
    assert not any(label == "ORG" for label, _ in found("大会还将选举产生县人大常委会副主任2名。"))
    assert not any(label == "ORG" for label, _ in found("——桃江县第十七届人民代表大会第三次会议侧记"))
    assert ("ORG", "桃江县人大常委会") in found("桃江县人大常委会主任介绍了议案办理情况。")
