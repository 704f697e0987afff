"""Names general news gives bare, without the cues the regional rules read (lexical.py)."""
from annotator.core.entities import find_entities


def found(text):
    return {(e.label, e.text) for e in find_entities(text)}


def test_countries_territories_and_world_cities():
    names = found("中国和美国代表在伦敦会谈，香港特区政府派员出席。")
    assert {("LOC", "中国"), ("LOC", "美国"), ("LOC", "伦敦")} <= names


def test_a_people_or_a_language_is_not_the_place():
    assert ("LOC", "美国") not in found("几名美国人在场。")


def test_a_country_anchors_an_organisation_and_a_team():
    names = found("中国新闻学院的学生观看了中国女队的比赛。")
    assert ("ORG", "中国新闻学院") in names and ("ORG", "中国女队") in names


def test_international_bodies_are_organisations():
    names = found("联合国和欧盟发表声明，东盟表示欢迎。")
    assert {("ORG", "联合国"), ("ORG", "欧盟"), ("ORG", "东盟")} <= names
    assert ("LOC", "欧盟") not in names


def test_a_well_known_person_inside_a_longer_word():
    assert ("PER", "邓小平") in found("学习邓小平理论，坚定信心。")


def test_a_transliterated_name_without_a_cue():
    assert ("PER", "克林顿") in found("克林顿今天抵达。")


def test_everyday_words_with_a_surname_shape_are_not_names():
    names = found("今天有雷阵雨，万人空巷。")
    assert not {label for label, _ in names} & {"PER"}


def test_a_body_whose_name_jieba_reads_as_a_verb():
    # 终审 is a verb to jieba; the place before it makes 终审法院 a named court
    assert ("ORG", "澳门特区终审法院") in found("澳门特区终审法院院长出席会议。")


def test_an_everyday_action_ends_a_bodys_name():
    names = found("浏阳近期举办人才交流会。")
    assert not any(label == "ORG" and "举办" in text for label, text in names)


def test_organisations_jieba_knows_by_name():
    assert ("ORG", "中华全国总工会") in found("中华全国总工会发出通知。")
    # a generic body jieba also lists is no name
    assert not {label for label, _ in found("几家上市公司参加。")} & {"ORG"}


def test_a_foreign_name_in_parts_joined_by_a_dot_is_one_name():
    names = found("英国首相约翰·史密斯将于下月访华。")
    assert ("PER", "约翰·史密斯") in names and ("PER", "史密斯") not in names


def test_the_place_of_a_dateline():
    assert ("LOC", "长沙") in found("新华社长沙３月５日电（记者王军）今天召开会议。")


def test_a_name_after_a_national_post():
    assert ("PER", "李建华") in found("国务院副总理李建华出席。")


def test_a_company_name_jieba_cuts_into_an_adverb():
    # jieba cuts 金/鼎新/材料: 鼎新 is an adverb to it, but the place before makes it a name
    assert ("ORG", "湖南金鼎新材料科技有限公司") in found("走进湖南金鼎新材料科技有限公司的车间。")


def test_a_school_of_a_university():
    assert ("ORG", "湘潭大学自动化学院") in found("湘潭大学自动化学院的学生参加比赛。")


def test_a_country_before_a_word_of_its_own_is_the_place():
    assert ("LOC", "中国") in found("他研究中国文学史多年。")
    assert ("LOC", "中国") not in found("他说中文。")


def test_foreign_places_jieba_knows():
    assert ("LOC", "蒙特利尔") in found("代表团抵达蒙特利尔。")


def test_a_transliterated_name_that_only_a_place_can_be():
    names = found("演习检验了南斯拉夫军队的能力，克里姆林宫内的树被刮倒。")
    assert {("LOC", "南斯拉夫"), ("LOC", "克里姆林宫")} <= names
    assert not {label for label, _ in names} & {"PER"}


def test_a_multiplier_after_a_number_is_no_surname():
    assert not {label for label, _ in found("全县共有15万人参加，十万人观看。")} & {"PER"}


def test_bodies_and_works_named_by_their_place():
    names = found("郴州分局和怀化市教委的干部走访了长沙污水处理厂。")
    assert {("ORG", "郴州分局"), ("ORG", "怀化市教委"), ("ORG", "长沙污水处理厂")} <= names
    assert not {label for label, _ in found("建起一座座农产品加工厂。")} & {"ORG"}


def test_newspapers_in_title_marks_and_club_teams():
    names = found("《湘潭晚报》报道，株洲鑫达队战胜了长沙金德队。")
    assert {("ORG", "湘潭晚报"), ("ORG", "株洲鑫达队"), ("ORG", "长沙金德队")} <= names
    assert not {label for label, _ in found("会上审议了《政府工作报告》。")} & {"ORG"}


def test_authors_in_brackets_after_their_works():
    names = found("收入《湘西民歌考》（向华明）、《沅水船工号子》（田小英、杨青）等论文。")
    assert {("PER", "向华明"), ("PER", "田小英"), ("PER", "杨青")} <= names
    assert not {label for label, _ in found("出版了《湖南通史》（中华书局）。")} & {"PER"}


def test_a_mission_abroad_is_named_by_who_sent_it():
    assert ("ORG", "中国驻美国大使馆") in found("中国驻美国大使馆发言人刘鹏宇表示，")
    assert ("ORG", "湖南省驻北京办事处") in found("湖南省驻北京办事处组织老乡座谈。")


def test_national_bodies_with_and_inside_their_name():
    assert ("ORG", "国家林业和草原局") in found("国家林业和草原局表示，三北工程进展顺利。")
    assert not found("来自30多个国家和地区的代表出席。") & {("ORG", "国家和地区")}


def test_works_exchanges_and_federations_end_an_organisation():
    names = found("株洲电力机车厂、香港交易所和湖南省慈善总会的代表")
    assert {("ORG", "株洲电力机车厂"), ("ORG", "香港交易所"), ("ORG", "湖南省慈善总会")} <= names
    assert not {label for label, _ in found("一座座农产品加工厂拔地而起，企业购地建厂。")} & {"ORG"}


def test_a_name_jieba_reads_whole_may_hold_a_character_that_usually_ends_one():
    # 在 and 向 end a name as a rule (王东在家), but not when jieba read the whole name as one
    assert ("PER", "李在明") in found("韩国总统李在明当天在首尔主持会议。")
    assert ("PER", "徐向前") in found("叶剑英、聂荣臻、徐向前、罗荣桓出席。")
    assert ("PER", "王东") in found("村民王东在家养鸡。")


def test_a_photo_credit_in_brackets_after_the_agency():
    assert ("PER", "姚大伟") in found("（新华社发 姚大伟 摄）")


def test_world_capitals_and_cities_beyond_the_time_zone_list():
    names = found("伊维拉在日内瓦表示，国际法院设在海牙，代表团随后前往华盛顿。")
    assert {("LOC", "日内瓦"), ("LOC", "海牙"), ("LOC", "华盛顿")} <= names


def test_a_distant_city_jieba_mistags_is_a_place_after_a_place_word():
    # jieba tags 大连 as an adverb and 合肥 as a noun; after 在/从/到 they are the cities
    assert ("LOC", "大连") in found("江泽民在大连主持召开座谈会。")
    assert ("LOC", "格尔木") in found("从格尔木到拉萨只需十几个小时。")
    assert not {label for label, _ in found("他在大同小异的方案中选了一个。")} & {"LOC"}


def test_a_places_product_in_a_list_is_not_a_place():
    names = found("来自泰国的榴莲、越南的咖啡，安化黑茶、炎陵黄桃等成为爆款。")
    assert {("LOC", "泰国"), ("LOC", "越南"), ("LOC", "安化"), ("LOC", "炎陵")} <= names
    assert not names & {("LOC", "榴莲"), ("LOC", "黑茶")}
    assert found("浏阳、醴陵、攸县三地") == {("LOC", "浏阳"), ("LOC", "醴陵"), ("LOC", "攸县")}


def test_generic_village_nicknames_and_guests_are_not_places():
    assert not found("从“空壳村”到“明星村”，来宾们纷纷举杯。")


def test_news_agencies_abroad_and_short_or_former_country_names():
    names = found("据韩联社报道，美联社、法新社和路透社记者在印尼采访，前苏联解体后……")
    assert {("ORG", "韩联社"), ("ORG", "美联社"), ("ORG", "法新社"), ("ORG", "路透社"), ("LOC", "印尼"),
            ("LOC", "前苏联")} <= names
    assert ("ORG", "太平洋保险公司") in found("太平洋保险公司理赔")
