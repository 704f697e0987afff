"""Edges of names the rules used to misread: a preposition or a date's month glued to a
village by jieba's guess, a family part's last syllable cut off, pen names in bylines,
teams that represent a place."""
from annotator.core.entities import find_entities


def found(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in find_entities(text)}


def test_a_village_is_not_opened_by_a_preposition_or_a_month():
    names = found("在岚溪村，合作社建起冷库。今年1至11月岩坨村接待游客3万人次。")  # 在岚溪村/, 月岩/坨/村
    assert ("LOC", "岚溪村") in names and ("LOC", "岩坨村") in names
    assert not any(text.startswith(("在", "月")) for _, text in names)


def test_a_dotted_names_last_syllable_cut_off_by_jieba_stays_in_the_name():
    names = found("支教老师帕提古丽·买合木提还开设了舞蹈课。")
    assert ("PER", "帕提古丽·买合木提") in names


def test_pen_names_in_a_byline_are_persons_but_a_place_is_not():
    assert ("PER", "湘雨") in found("本报讯（记者武艺通讯员湘雨）12月5日，县里召开会议。")
    assert {("PER", "春晓"), ("PER", "凌波")} <= found("辣椒卖得更远。（通讯员春晓凌波）")
    assert not any(label == "PER" for label, _ in found("本报记者长沙报道"))


def test_a_places_representative_team_is_an_organisation():
    names = found("邵阳代表队和娄底代表队分别获得团体一等奖。")
    assert {("ORG", "邵阳代表队"), ("ORG", "娄底代表队")} <= names
