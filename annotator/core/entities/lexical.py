"""Names that need no cue around them: what jieba's dictionary knows as a name, the world's
places, Chinese names jieba guessed as one unknown word, and transliterated foreign names.

The regional rules (places.py, organisations.py, persons.py) read names from their suffixes
and cues; general news also names countries, national figures and foreign people bare
(`中国`, `邓小平`, `戴安娜`). These candidates are WEAK (the rules' longer, cued readings
win where they overlap) except for the world's places, which are as sure as the gazetteer.
Why each filter exists, with figures: docs/adr/0006-pre-extraction-sources.md.
"""
from __future__ import annotations

import functools
import re

from .. import tokenize
from .dictionaries import dictionaries, longest_first
from .spans import MEDIUM, STRONG, WEAK, Candidate
from .tokens import BUILDING_VERBS, PROPER, UNKNOWN, TokenView, conjunction_after_name, is_han

# jieba's dictionary tags many everyday words as names (文明/nr, 城市/ns, 满意度/ns)
COMMON_PERSON_WORD = 30
KNOWN_PERSON = 100  # a name jieba's dictionary has seen this often is a well-known person
GIVEN_NAME_WORD = 100
COMMON_ORG_WORD = 100
# characters of transliterated foreign names (Xinhua's transliteration tables use few)
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴芭拜班邦保鲍贝本比彼毕波伯勃博布查达戴丹道德迪蒂丁东杜多厄恩法范菲费芬丰"
    "佛弗福富盖甘冈戈格葛贡古瓜哈海汉豪赫亨胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱兰朗"
    "劳勒雷黎里利莉丽列林琳隆卢鲁路伦罗洛马玛迈麦曼梅蒙米密明缪莫姆穆纳娜奈南内尼涅努诺欧帕潘"
    "佩彭皮普奇齐契恰乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐特提图托瓦万旺威韦"
    "维温沃乌伍西希谢辛休雅亚扬耶伊因尤于约泽扎詹赞珍兹佐顿逊夫娃茨瑞蕾黛尔"
)
# a given name does not end with a building, a unit, a product, a contest or a document (陈列馆/nr,
# 黄贡椒, 许可证/nr)
_NOT_A_NAME_END = frozenset("馆厂站院局所村镇县市省区街路桥楼园场店社队部处室科椒鸭鱼猪茶米粉酒菜瓜果赛证卡费")  # 马拉松赛, 许可证
_NUMERALS = frozenset("〇一二三四五六七八九十百千万亿两")  # 二十大 is a congress
_NOT_FOREIGN_NEXT = frozenset("人族语文式裔籍")  # 德国人, 英语: a people or a language, not a name


@functools.lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    from .dictionaries import _words

    return _words("world_places.txt") | _words("world_cities.txt")


@functools.lru_cache(maxsize=1)
def world_territories() -> frozenset[str]:
    from .dictionaries import _words

    return _words("world_territories.txt")


@functools.lru_cache(maxsize=1)
def _world_re() -> re.Pattern:
    return longest_first(world_places())


def lexical_candidates(view: TokenView) -> list[Candidate]:
    return _tagged_words(view) + _foreign_names(view) + _known_people(view) + _dateline_places(view) + \
        media_titles(view)


# a news dateline: the agency or 本报, the place it was filed from, the date, 电/讯
_DATELINE = re.compile(r"(?:本报|新华社|中新社|新华网|人民网|央视网|记者)([\u3400-\u9fff]{2,6}?)"
                       r"(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日(?:电|讯)")


def _dateline_places(view: TokenView) -> list[Candidate]:
    """`新华社福州４月８日电`, `本报波恩6月2日电`: the word between the agency and the date
    is the place the report was filed from."""
    found = []
    for match in _DATELINE.finditer(view.text):
        start, end = match.span(1)
        if view.is_start[start] and view.is_start[end]:
            found.append(Candidate(start, end, "LOC", MEDIUM, 2))
    return found


@functools.lru_cache(maxsize=1)
def _known_people_re() -> re.Pattern | None:
    """People jieba's dictionary knows well enough to have seen often (`邓小平`, `毛泽东`),
    to find them also inside a longer word (`邓小平理论`, `毛泽东思想`)."""
    tags = tokenize.dictionary_tags()
    names = [word for word, tag in tags.items()
             if tag == "nr" and tokenize.frequency(word) >= KNOWN_PERSON and _three_character_name(word)]
    return longest_first(names) if names else None


def _known_people(view: TokenView) -> list[Candidate]:
    pattern = _known_people_re()
    if pattern is None:
        return []
    return [Candidate(m.start(), m.end(), "PER", WEAK) for m in pattern.finditer(view.text)
            if view.is_start[m.start()]]


_SPORT = r"(?:[男女]子?)?(?:排球|足球|篮球|乒乓球|羽毛球|网球|冰球|手球|水球|游泳|田径|体操|举重|跳水|射击|代表)?"
_TEAM = re.compile(rf"(?:国家)?{_SPORT}队(?![员伍长列形])")


# a sponsor's or club's name, then the sport (`株洲云龙飞鹰篮球队`)
_CLUB_TEAM = re.compile(rf"([\u3400-\u9fff]{{2,4}}?){_SPORT}队(?![员伍长列形])")
# after a body's or a firm's name only 队 itself makes the team (`华岳制药队`): not 大队, 车队
_BODY_TEAM = re.compile(rf"{_SPORT}队(?![员伍长列形])")


def teams_of_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A firm's or a body's team (`明湖电子队前锋`, `华岳制药队`): the organisation found
    before `队` is the team's name, and the team is the entity."""
    extended = []
    for index, candidate in enumerate(chosen):
        match = _BODY_TEAM.match(text, candidate.end) if candidate.label == "ORG" else None
        following = chosen[index + 1].start if index + 1 < len(chosen) else len(text)
        if match and match.end() <= following:
            candidate = Candidate(candidate.start, match.end(), "ORG", candidate.strength)
        extended.append(candidate)
    return extended


def teams(view: TokenView, places) -> list[Candidate]:
    """A country's or a place's team (`中国队`, `中国男队`, `印尼女子排球队`), also with its
    sponsor's name (`延边敖东队`: a name jieba does not know between the place and 队)."""
    text, found = view.text, []
    for end, start in places.anchors.items():
        match = _TEAM.match(text, end)
        if match:
            found.append(Candidate(start, match.end(), "ORG", STRONG))
            continue
        club = _CLUB_TEAM.match(text, end)
        if club and view.has_brand(end, club.end(1)) and _all_name_words(view, end, club.end(1)):
            found.append(Candidate(start, club.end(), "ORG", MEDIUM))
    return found


def _all_name_words(view: TokenView, start: int, end: int) -> bool:
    index = view.token_index(start)
    while index < len(view.words) and view.starts[index] < end:
        if not view.can_be_inside_name(index):
            return False
        index += 1
    return True


# a newspaper or magazine named in title marks (`《人民日报》`, `《朝日新闻》`)
_MEDIA_TITLE = re.compile(r"《([\u3400-\u9fff]{1,10}?(?:日报|晚报|时报|早报|周报|商报|报|新闻|周刊|杂志|画报))》")


def media_titles(view: TokenView) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), "ORG", MEDIUM) for m in _MEDIA_TITLE.finditer(view.text)]


# what a country's national body or delegation ends with (`美国能源部`, `英国议会`,
# `日本代表团`); read only right after a country, where they cannot be a company's department
_NATIONAL_BODY = re.compile(r"(?:前)?([\u3400-\u9fff]{0,8}?)(部|署|局|委员会|议会|国会|众议院|参议院|内阁|政府|代表团|"
                            r"使馆|大使馆|领事馆|通讯社|足协|海军|陆军|空军|国防军|警方|央行|中央银行)"
                            r"(?!员)(?!(?!部长|局长|署长)[\u3400-\u9fff][长员])")  # 国会议员: a title; 财政部长: the ministry and its head


_REGION_PART = frozenset("东南西北中大全")


def _joining(view: TokenView, position: int, name_start: int) -> bool:
    """One 和 inside a ministry's name (`投资贸易和工业部`), not opening it."""
    index = view.token_index(position)
    return view.words[index] == "和" and view.starts[index] > name_start


def national_bodies(view: TokenView, places) -> list[Candidate]:
    """A country's ministry, parliament, government or delegation."""
    text, found = view.text, []
    for candidate in places.candidates:
        if candidate.level != 1 or candidate.end >= len(text):
            continue
        match = _NATIONAL_BODY.match(text, candidate.end)
        if not match or text[candidate.end] == "前":
            continue
        name = match.group(1)
        if match.group(2) == "部" and (not name or all(ch in _REGION_PART for ch in name)):
            continue  # 华北中南部, 华南大部: a part of the region, not a ministry
        if name and not all(view.can_be_inside_name(view.token_index(i)) or _joining(view, i, match.start(1))
                            for i in range(match.start(1), match.end(1))):
            continue
        end = match.end()
        if end < len(text) and not view.is_start[end] and not (text[end] == "长" and view.word_end(end) == end + 1):
            continue  # inside a word, unless the word is the body's head (财政部长/n)
        found.append(Candidate(candidate.start, match.end(), "ORG", MEDIUM))
    return found


def _a_people_or_language(view: TokenView, end: int) -> bool:
    """`美国人`, `中文`: the character after the name makes a people or a language of it, not
    when it opens a word of its own (`中国 文学史`, `中国 人民`)."""
    text = view.text
    if end >= len(text) or text[end] not in _NOT_FOREIGN_NEXT:
        return False
    return not view.is_start[end] or view.word_end(end) == end + 1


def world_candidates(view: TokenView) -> list[Candidate]:
    """Countries, territories and world cities (CLDR), where jieba's words allow it."""
    text, found = view.text, []
    territories = world_territories()
    for match in _world_re().finditer(text):
        start, end = match.span()
        if not view.is_start[start] and view.kind_at(start) != UNKNOWN:
            continue
        if _a_people_or_language(view, end):
            continue  # 美国人, 英语
        if found and found[-1].end == start and _opens_chain(text, found[-1]) and match.group() not in territories:
            # 韩国首尔, 法国巴黎: a country and its city are one chain, as 湖南省长沙市 is; two
            # countries side by side are two places (肯尼亚坦桑尼亚, 香港澳门)
            found[-1] = Candidate(found[-1].start, end, "LOC", STRONG, 1)
            continue
        found.append(Candidate(start, end, "LOC", STRONG, 1))
    return [_with_city_after(view, candidate, territories) for candidate in found]


_COMMON_CITY_WORD = 300  # 三国/ns (1063) is a word; 清州/ns (18), 台中市/ns (17) are cities


def _opens_chain(text: str, candidate: Candidate) -> bool:
    return candidate.length >= 2 and text[candidate.start:candidate.end] in world_territories()


def _with_city_after(view: TokenView, candidate: Candidate, territories: frozenset[str]) -> Candidate:
    """A country or territory followed by a place jieba knows (`韩国 清州/ns`, `台湾 台中市/ns`)
    or a transliterated name (`匈牙利 德布勒森/nrt`) that is no country itself: one chain."""
    end = candidate.end
    if not _opens_chain(view.text, candidate) or end >= len(view.text) or not view.is_start[end]:
        return candidate
    index = view.token_index(end)
    word, tag = view.words[index], view.tags[index]
    if len(word) < 2 or word in territories or word in world_places() or not is_han(word) or \
            word[0] in _NUMERALS or tokenize.frequency(word) >= _COMMON_CITY_WORD:
        return candidate  # 日本 三国/ns: a common word, not a city
    if tag == "ns" or (tag == "nrt" and all(ch in TRANSLITERATION for ch in word)):
        return Candidate(candidate.start, end + len(word), "LOC", STRONG, 1)
    return candidate


def _tagged_words(view: TokenView) -> list[Candidate]:
    words = dictionaries()
    found = []
    for index, word in enumerate(view.words):
        if len(word) < 2 or not is_han(word):
            continue
        tag = view.tags[index]
        start = view.starts[index]
        end = start + len(word)
        frequency = tokenize.frequency(word)
        following = view.text[end] if end < len(view.text) else ""
        if following in _NOT_FOREIGN_NEXT:
            continue
        if tag in ("nr", "nrfg") and _three_character_name(word):
            found.append(Candidate(start, end, "PER", WEAK))
        elif tag.startswith("nr") and len(word) >= 3 and word[-1] not in _NOT_FOREIGN_NEXT and word[-1] != "赛" and \
                word[0] not in _NUMERALS and word not in words.person_stopwords and \
                (tag == "nrt" or all(ch in TRANSLITERATION for ch in word)):  # 克林顿/nr, 戴安娜
            found.append(Candidate(start, end, foreign_label(view.text, start, end, person_word=True), WEAK))
        elif not tag and view.kinds[index] == UNKNOWN and _three_character_name(word) and not _quoted(view.text, start, end):
            found.append(Candidate(start, end, "PER", WEAK))  # not “石韵轩”工作室: a quoted word names a brand or a house
        elif tag == "ns" and word[-1] in _DIVISION_END and 2 <= len(word) <= 5 and word[0] not in _DETERMINERS and \
                word not in words.place_stopwords and \
                word[:-1] not in _NOT_A_DIVISION_NAME and not conjunction_after_name(view.text, start):  # 巢县: a county the gazetteer no longer has
            found.append(Candidate(start, end, "LOC", WEAK, 3))
        elif tag == "ns" and len(word) >= 3 and all(ch in _FOREIGN_PLACE_CHARACTERS for ch in word):
            found.append(Candidate(start, end, "LOC", WEAK, 2))  # 蒙特利尔, 伊斯兰堡: a foreign place jieba knows
        elif tag == "nt" and _named_organisation(word) and not _after_level_alone(view, index) and \
                not _a_session(view, index):
            found.append(Candidate(start, end, "ORG", WEAK))
    return found


def _quoted(text: str, start: int, end: int) -> bool:
    return 0 < start and end < len(text) and text[start - 1] in "“\"「『" and text[end] in "”\"」』"


_FOREIGN_PLACE_CHARACTERS = TRANSLITERATION | frozenset("堡圣")
_DIVISION_END = frozenset("省市县州旗镇乡")
_DETERMINERS = frozenset("这那该每各此其本全")  # 各乡镇/ns: every township, no name
# 锦旗, 国旗, 党旗, 红旗: flags, not banners (旗, a division of Inner Mongolia)
_NOT_A_DIVISION_NAME = frozenset("全 本 该 各 此 邻 外 某 同 我 新 老 大 小 上 下 城 乡 县 市 省 锦 国 党 红 彩 团 队 军".split()) \
    | BUILDING_VERBS
# what an organisation's name ends with: 委员会, 大学, 银行, 出版社, 公司, 队 ...
_ORG_WORD_END = frozenset("会院局司队部府社团行委军党所馆校厅联报协厂站办盟处室台组署")


def _a_session(view: TokenView, index: int) -> bool:
    """`临澧县第十八届人民代表大会第四次会议`: after 第…届 the body's name is one session's."""
    return index > 0 and view.words[index - 1].startswith("第") and view.words[index - 1].endswith("届")


def _after_level_alone(view: TokenView, index: int) -> bool:
    """`县中医医院`: a body named by its level alone is a generic reference."""
    if index == 0:
        return False
    before = view.words[index - 1]
    if conjunction_after_name(view.text, view.starts[index - 1]) and before[1:] in _LEVELS:
        return True  # 人民医院和县/ns 中医医院: 和 joins two bodies, 县 is the level
    # 产生/县/人大常委会: after a common word (even one jieba tags wrongly) 县 is no place's last character
    return before in _LEVELS and \
        (index == 1 or not is_han(view.words[index - 2][-1:]) or view.kinds[index - 2] not in (PROPER, UNKNOWN))


_LEVELS = frozenset("省 市 县 区 州 镇 乡".split())


def _named_organisation(word: str) -> bool:
    """A word jieba's dictionary tags as an organisation that has a name's shape: it ends as
    organisations do and is more than a generic body (`农学院`, `上市公司`)."""
    if len(word) < 4 or word[-1] not in _ORG_WORD_END or word.endswith(("教室", "展室")):
        return False  # 音乐教室/nt: a room
    generic = dictionaries().org_generic
    return not any(word.startswith(g) for g in generic if len(g) >= 2)


def _three_character_name(word: str) -> bool:
    """A surname and a two-character given name that is no common word (`邓/小平`, `钱/其琛`;
    not `雷/阵雨`). Two-character names are left to the cued rules: bare, too many everyday
    words have their shape (`万人`, `晋级`)."""
    from .persons import _NOT_IN_GIVEN_NAME

    surnames = dictionaries().surnames
    if len(word) != 3 or surnames.get(word[0]) != "common" or word in dictionaries().person_stopwords:
        return False
    given = word[1:]
    if any(ch in _NOT_IN_GIVEN_NAME or ch in _NUMERALS for ch in given) or word[-1] in _NOT_A_NAME_END:
        return False
    # 小平, 其琛 are no words; 阵雨 of 雷阵雨 is one
    return tokenize.frequency(given) < GIVEN_NAME_WORD and not tokenize.dictionary_tag(given).startswith(("n", "v", "a"))


def _foreign_names(view: TokenView) -> list[Candidate]:
    """Three or more transliteration characters in a row that jieba does not know as a word
    (`扎琳娜`, `毕加索`); a middle dot joins the parts (`约翰·史密斯`)."""
    text, found = view.text, []
    position = 0
    while position < len(text):
        if text[position] not in TRANSLITERATION:
            position += 1
            continue
        end = position
        while end < len(text) and (text[end] in TRANSLITERATION or
                                   (text[end] in "·•" and end + 1 < len(text) and text[end + 1] in TRANSLITERATION)):
            end += 1
        if end - position >= 3 and view.is_start[position] and view.is_start[end] \
                and tokenize.frequency(text[position:end]) == 0 and not _known_words_only(view, position, end) \
                and (end >= len(text) or text[end] not in _NOT_FOREIGN_NEXT):
            found.append(Candidate(position, end, foreign_label(text, position, end), WEAK))
        position = end + 1
    return found


_BEFORE_A_PLACE = frozenset("在到赴抵往去于自从至经")
_PLACE_AFTER = frozenset("市州省岛港湾河湖山城镇村县区")


# what follows a country or a city, never a person: `南斯拉夫军队`, `阿拉伯国家`, `…以东`
_PLACE_CONTEXT_AFTER = re.compile(r"军队|国家|方面|政府|当局|境内|以东|以西|以南|以北|一带|地区|首都|人民|总统|议会|外交部")
_PLACE_CONTEXT_BEFORE = ("抵达", "访问", "前往", "来自", "首都", "城市", "港口", "位于")
_PLACE_END = frozenset("宫堡港湾岛")  # 克里姆林宫, 汉堡


def foreign_label(text: str, start: int, end: int, person_word: bool = False) -> str:
    """A transliterated name after `在`/`赴`/`抵达`, before a place word, or followed by what
    only a country or city has (`…军队`, `…以东`) is a place. `person_word`: jieba's
    dictionary knows it as a person, so a head of state after it is that person's title
    (`克林顿总统`), where after an unknown name it is the country's (`马拉维总统`)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before in _BEFORE_A_PLACE or text[max(0, start - 2):start] in _PLACE_CONTEXT_BEFORE or after in _PLACE_AFTER:
        return "LOC"
    context = _PLACE_CONTEXT_AFTER.match(text, end)
    if text[end - 1] in _PLACE_END or (context and not (person_word and context.group() in _HEAD_OF_STATE)):
        return "LOC"
    return "PER"


_HEAD_OF_STATE = frozenset(("总统",))


def _known_words_only(view: TokenView, start: int, end: int) -> bool:
    """Made of common dictionary words (`亚洲 国家`, `美丽 乡村`): ordinary text."""
    index = view.token_index(start)
    while index < len(view.words) and view.starts[index] < end:
        word = view.words[index]
        if len(word) == 1 or view.kinds[index] == UNKNOWN or tokenize.frequency(word) < 50:
            return False
        index += 1
    return True
