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


def test_rivers_named_by_a_rare_character_and_water_or_a_place_and_its_bank():
    assert ("LOC", "渫水") in found("天井坪村地处渫水河畔，平均海拔800米。")
    assert ("LOC", "涓水") in found("书院坐落在涓水岸边。")
    assert ("LOC", "华容河") in found("华容河畔的村民收割芥菜。")
    assert not any(label == "LOC" for label, _ in found("雨水河畔长满青草。"))


def test_units_named_as_such_and_what_a_body_does_after_its_name():
    names = found("安乡县公安局森林警察大队开展专项整治行动。法庭联合地灵乡人民调解委员会调解纠纷。"
                  "与明溪口镇护渔志愿服务队联合巡查。湘潭县锦石乡人民政府配套建设游客服务中心。")
    assert {("ORG", "安乡县公安局森林警察大队"), ("ORG", "地灵乡人民调解委员会"),
            ("ORG", "明溪口镇护渔志愿服务队"), ("ORG", "湘潭县锦石乡人民政府")} <= names
    assert not any(text.endswith("服务中心") for _, text in names)


def test_a_name_ends_before_a_verb_with_its_particle_and_at_a_speech_word_after_a_title():
    assert ("PER", "鲜于冰") in found("心血管内科主任鲜于冰带着3名医生来到卫生院坐诊。")
    assert ("PER", "成望舒") in found("峰锐装备总经理成望舒介绍，公司今年销售收割机4800台。")
    assert not any(label == "PER" for label, _ in found("社长成功说服了村民。"))


def test_a_verb_after_a_place_ends_inside_jiebas_word_and_environment_departments():
    names = found("全省法院已在洞庭湖区设立环境资源巡回法庭11个，将与湖南省生态环境厅建立机制。")
    assert ("ORG", "湖南省生态环境厅") in names
    assert not any("设立" in text for _, text in names)


def test_a_tibetan_name_glued_to_its_speech_word_and_a_korean_surname():
    assert ("PER", "德吉央宗") in found("支教团团长德吉央宗说，志愿者每周家访。")
    assert ("PER", "朴智妍") in found("来自韩国的留学生朴智妍专程赶来。")
    assert not any(label == "PER" for label, _ in found("他过着朴素的生活。"))


def test_a_town_opened_by_a_character_jieba_reads_as_a_verb_and_no_town_opened_by_an_everyday_word():
    names = found("公司与江永县允山镇棠下村香柚专业合作社签订协议。东富镇队以86比79战胜嘉树乡队夺得冠军。")
    assert ("ORG", "江永县允山镇棠下村香柚专业合作社") in names
    assert ("ORG", "嘉树乡队") in names
    assert not any(text.startswith(("山镇", "战胜")) for _, text in names)


def test_a_firms_human_resources_department_alone_is_no_name():
    names = found("舜韵电子人力资源部经理姚思琪说，长沙市人力资源和社会保障局帮助招工。")
    assert ("ORG", "人力资源部") not in names
    assert {("ORG", "舜韵电子"), ("ORG", "长沙市人力资源和社会保障局")} <= names


def test_a_two_character_surname_after_a_credits_first_name_and_more_rare_surnames():
    assert {("PER", "易帆"), ("PER", "巫马晓晴")} <= found("本报讯（通讯员易帆巫马晓晴）12月9日，湖滩上候鸟成群。")
    assert ("PER", "辜望舒") in found("保护站站长辜望舒介绍，今年候鸟增多。")
    assert ("PER", "亓伟") in found("峰林文旅董事长亓伟说，民宿入住率提高。")


def test_a_quoted_word_guessed_as_a_name_is_a_brand_not_a_person():
    names = found("在“石韵轩”工作室里，省级非遗代表性传承人禤国梁正在雕刻。")
    assert ("PER", "石韵轩") not in names


def test_a_village_opened_by_a_character_jieba_reads_as_a_numeral_and_a_river_section():
    names = found("在所城镇月塘湾村，护河员每天巡查。蓝山县所城镇的舜水河段水质达标。")
    assert ("LOC", "所城镇月塘湾村") in names and ("LOC", "舜水") in names


def test_every_township_is_no_place_a_verb_suffix_with_its_particle_is_no_body_and_volunteer_teams():
    names = found("溆浦县司法局还在各乡镇选聘法律明白人。长茂村农家乐老板向秀兰学会了几句韩语。"
                  "他退捕上岸后加入了近尾洲镇湘江巡护志愿队。")
    assert not any(text.startswith("各") or text.endswith("学会") for _, text in names)
    assert {("PER", "向秀兰"), ("ORG", "近尾洲镇湘江巡护志愿队")} <= names
    assert ("ORG", "浏阳人社局") in found("浏阳人社局了解企业困难后，立即与企业协商。")  # 了解, no particle


def test_a_trainees_role_in_a_credit_is_no_name():
    names = found("法庭已调解纠纷96起。\n(见习 伍珂)")
    assert ("PER", "伍珂") in names and ("PER", "见习") not in names
