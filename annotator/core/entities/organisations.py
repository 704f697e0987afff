"""Organisation names (ORG).

- Names read leftwards from an organisation suffix (resources/dictionaries/
  org_suffixes.txt) up to a place or a known organisation before them, or to a boundary:
  `邵阳市发改委`, `湖南兴悦科技有限公司`, `国网益阳供电公司`, `长乐村党支部`. A body
  (局, 委, 政府 ...) needs its place (`武陵区委`; `市委`, `该局` alone are generic); a
  company or institution needs a place or a brand (a word jieba does not know, or a
  proper or rare one: `连泰鞋业有限公司`, `银都研究院`).
- Known national bodies and enterprises (org_known.txt), alone or opening a branch's name.
- A brand with a trade word and no suffix (`腾驰环保`, `湘窖酒业`: industry_words.txt).
- A company's brand names it elsewhere in the article (`湘中` after `邵阳市湘中制药有限公司`).
"""
from __future__ import annotations

import re

from .. import tokenize
from ..gazetteer import Gazetteer
from .dictionaries import dictionaries
from .places import Places, _add_anchor, _suffix_opens_word, own_names
from .spans import MEDIUM, STRONG, WEAK, Candidate
from .tokens import FUNCTION, UNKNOWN, VERB, TokenView, is_han

_MAX_NAME = {"company": 10, "institution": 10, "body": 10, "unit": 6}
_RARE_VERB = 300  # 终审 (65) can be in a name, 进驻 (721) is an action
_RARE_FUNCTION_WORD = 2000  # 自动化/l (956), 鼎新/d (15); not 进一步/d (10588)
_EMPTY_NAME_BODIES = frozenset(
    "委 党委 党工委 政府 人民政府 法院 人民法院 中级人民法院 检察院 人民检察院 政协 人大常委会 纪委 监委 "
    "纪委监委 总工会 残联 妇联 团委 科协 文联 侨联 工商联 组织部 宣传部 统战部 政法委 武装部 人武部 分局 总局 教委 "
    "省委 市委 县委 区委 州委 海关".split()
)
_LEVEL_COMMITTEES = frozenset("省委 市委 县委 区委 州委".split())
_PARTY_UNIT = re.compile(r"党组|党委|党支部|党总支")
_PARTY_TITLE = re.compile(r"书记|副书记|成员|委员")
_BRANCH_NOTE = re.compile(r"[(（]分公司[)）]")
_LOCAL_STATIONS = frozenset("派出所 司法所 财政所 供电所 法庭 人民法庭".split())
_NUMERAL_CHARACTERS = frozenset("一二三四五六七八九十")
_PREPOSITIONS = frozenset("以在为从向对把被将于")
_COMMON_WORD_WITH_SUFFIX = 1000  # 中小学/j (1032) holds 小学; not 科技大学/n, a suffix of its own
_NAMED_BY_PRODUCE = ("合作社", "联合社")
_DETERMINERS = frozenset("这那该每各此其本")
_SCHOOLS = ("学校", "中学", "小学", "幼儿园")
_NOT_AFTER_BRAND = tuple("产业 行业 领域 产品 技术 设备 市场 企业 品牌 类 型".split())  # 富硒农业品牌: a kind


def find_organisations(view: TokenView, places: Places) -> tuple[list[Candidate], dict[str, str]]:
    text = view.text
    known = [(m.start(), m.end()) for m in dictionaries().org_known_re.finditer(text) if view.aligned(m.start(), m.end())]
    candidates = [Candidate(start, end, "ORG", STRONG) for start, end in known]
    anchors: dict[int, int] = {}
    spans = sorted([(start, end) for end, start in places.anchors.items()] + known)
    for start, end in spans:
        _add_anchor(anchors, start, end)
    for start in _nation_words(view):
        _add_anchor(anchors, start, start + 2)  # 国家 opens national bodies: 国家林业和草原局
    own_names_at = _own_place_names(view, places)
    aliases: dict[str, str] = {}
    suffixes = dictionaries().org_suffixes
    organisation_ends: set[int] = set()
    for match in dictionaries().org_suffix_re.finditer(text):
        start, end = _aligned_suffix(view, match.start(), match.end(), suffixes)
        if start in organisation_ends and _PARTY_UNIT.fullmatch(text[start:end]) and _PARTY_TITLE.match(text, end):
            continue  # …有限公司党委书记: the company is the name, 党委书记 the title
        found = _suffixed(view, start, end, suffixes[text[start:end]], anchors, aliases, organisation_ends,
                          places.anchors, own_names_at)
        if found:
            candidates.append(found)
            organisation_ends.add(found.end)
            _add_anchor(anchors, found.start, found.end)  # 吉首大学 opens 吉首大学…学院
    candidates += _brand_with_trade(view, anchors, aliases, places.anchors)
    return candidates, aliases


def _own_place_names(view: TokenView, places: Places) -> dict[int, int]:
    """Where a place's own name stands bare, on word bounds (金洞 of 金洞管理区): end -> start."""
    text, found = view.text, {}
    for name in own_names(text, places):
        at = text.find(name)
        while at != -1:
            if view.aligned(at, at + len(name)):
                found[at + len(name)] = at
            at = text.find(name, at + 1)
    return found


def _suffixed(view: TokenView, start: int, end: int, kind: str, anchors: dict[int, int],
              aliases: dict[str, str], organisation_ends: set[int], place_ends: dict[int, int],
              own_names_at: dict[int, int]) -> Candidate | None:
    text = view.text
    suffix = text[start:end]
    glued_to_title = bool(dictionaries().title_re.match(text, end))  # 卫健/局局长: the title follows the suffix
    if (end - start == 1 and _suffix_opens_word(view, start, end) and not glued_to_title) or not view.aligned(start, end):
        return None
    if text[end:end + 1] in ("了", "着", "过") and view.is_start[end] and view.word_end(end) == end + 1:
        return None  # 向秀兰学会/了 几句韩语: the suffix is a verb that takes its particle (not 人社局/了解)
    holder = view.token_index(start)
    if not view.is_start[start] and view.tags[holder] == "j" and tokenize.frequency(view.words[holder]) >= _COMMON_WORD_WITH_SUFFIX:
        return None  # 改扩建/中小学: 小学 inside 中小学, a common word, names no school
    if suffix in _LEVEL_COMMITTEES and start + 1 in anchors:
        return Candidate(anchors[start + 1], end, "ORG", MEDIUM)  # 武陵区 + 区委 = 武陵区委
    name_start, anchor, bounded = _read_name(view, start, end, kind, anchors, place_ends, own_names_at)
    if _PARTY_UNIT.fullmatch(suffix) and name_start < start and _PARTY_TITLE.match(text, end):
        return None  # 武陵区人社局党组书记: the bureau is the name, 党组书记 the title
    if name_start in organisation_ends and name_start < start and _what_a_body_does(view, name_start):
        return None  # …锦石乡人民政府/配套/建设/游客服务中心: the government builds the centre
    if anchor is not None and _opens_with_glued_preposition(view, name_start):
        return None  # 资阳区/以区/人民医院: 资阳区 takes 区人民医院 as its instrument, it is no name
    if kind == "unit" and suffix == "实验室" and text[:name_start].endswith(_SCHOOLS):
        return None  # …实验学校科学实验室: a school's laboratory is a room, not a unit
    if kind == "unit":  # 湖南农业大学茶学系: a department right after its organisation
        department = suffix.endswith("科")  # 长沙县人民医院儿科: a hospital's department
        if name_start not in organisation_ends or not (end - start >= 3 or 1 <= start - name_start or department) \
                or start - name_start > _MAX_NAME["unit"]:
            return None
        anchor = anchors[name_start]
    elif kind == "body":
        if anchor is None and suffix in _LOCAL_STATIONS and bounded:
            # 桂溪湾派出所, 注滋口法庭: a station named by its town or quarter, which no gazetteer lists
            name_start = view.brand_start(name_start, start)
            if not 2 <= start - name_start <= 4 or text[name_start:start] in dictionaries().org_generic:
                return None
        elif anchor is None:
            return None
        elif not _body_name_ok(text, text[name_start:start], suffix, name_start) \
                and anchors.get(name_start) not in organisation_ends:
            return None  # but 长沙市公安局交通警察支队 + 芙蓉 + 大队: a unit named by its place
    elif anchor is None:
        # no place before it: the name must hold a brand, and starts with it
        name_start = view.brand_start(name_start, start)
        if not bounded or start - name_start < 2 or text[name_start:start] in dictionaries().org_generic:
            return None
    if kind == "company" and name_start < start and not suffix.endswith(_NAMED_BY_PRODUCE):
        # not after a place's own name (大塘湾 民宿); a co-operative is named by its produce
        # (瑶山苦茶专业合作社: 苦茶 is the tea, not the co-operative)
        if name_start not in own_names_at:
            _learn_brand(view, name_start, start, aliases, place_ends)
    place_start = anchors.get(name_start)  # the place right before the suffix, if any
    if kind == "body" and place_start in organisation_ends and name_start - place_start >= 2:
        aliases.setdefault(text[place_start:end], "ORG")  # 雨花分局 of 长沙市公安局雨花分局, alone later
    begin = anchor if anchor is not None else name_start
    if text[begin] in _DETERMINERS:
        return None  # 这所学校, 该公司: a reference, not a name
    return Candidate(_sender(text, begin, anchors), _extended_end(text, end), "ORG", MEDIUM)


def _read_name(view: TokenView, start: int, end: int, kind: str, anchors: dict[int, int],
               place_ends: dict[int, int], own_names_at: dict[int, int]) -> tuple[int, int | None, bool]:
    """The name before a suffix: over name words (and a numeral right before a school's or
    hospital's suffix: 湘雅二医院, 长郡一中); where that finds no place or organisation before
    it, through one misread word, then through trade verbs."""
    def inside(index: int) -> bool:
        return view.can_be_inside_name(index) or (kind == "institution" and view.starts[index + 1] == start
                                                  and view.words[index] in _NUMERAL_CHARACTERS)

    reading = view.read_name(start, _MAX_NAME[kind], anchors, allow=inside, nested=True)
    if reading[1] is None and kind != "unit":
        reading = _through_misread(view, start, _MAX_NAME[kind], anchors, reading, place_ends)
    if reading[1] is None and kind != "unit" and end - start >= 2:
        reading = _through_trade_verbs(view, start, _MAX_NAME[kind], anchors, place_ends, reading)
    if reading[1] is None and kind != "unit" and own_names_at:
        # 娄星区枫香冲/v果蔬专业合作社, 金洞竹业发展服务中心: a body named after a village or an
        # area of the article opens with that place's own name
        with_own_names = dict(anchors)
        for own_end, own_start in own_names_at.items():
            _add_anchor(with_own_names, own_start, own_end)  # 娄星区 + 枫香冲
        bare = view.read_name(start, _MAX_NAME[kind], with_own_names, nested=True)
        if bare[1] is not None:
            return bare
    return reading


def _opens_with_glued_preposition(view: TokenView, start: int) -> bool:
    """jieba's guess may glue a preposition to the next character (以区 of 资阳区以区人民医院为龙头)."""
    if start >= len(view.text) or not view.is_start[start]:
        return False
    index = view.token_index(start)
    return view.kinds[index] == UNKNOWN and len(view.words[index]) == 2 and view.words[index][0] in _PREPOSITIONS


def _aligned_suffix(view: TokenView, start: int, end: int, suffixes: dict[str, str]) -> tuple[int, int]:
    """The longest suffix may begin inside one of jieba's words (科技股份/有限公司 of
    湖南恒锐五金科技股份有限公司): then a shorter suffix ending there that begins where a word
    does is the suffix (有限公司), and the word belongs to the name."""
    if view.aligned(start, end):
        return start, end
    for shorter in range(start + 1, end):
        if view.text[shorter:end] in suffixes and view.is_start[shorter] and view.aligned(shorter, end):
            return shorter, end
    return start, end


def _nation_words(view: TokenView) -> list[int]:
    return [view.starts[i] for i, word in enumerate(view.words) if word == "国家"]


def _sender(text: str, start: int, anchors: dict[int, int]) -> int:
    """A body stationed elsewhere is named by who sent it: `中国驻美国大使馆`,
    `湖南省驻北京办事处` are one name each, opened by the place before 驻."""
    if start and text[start - 1] == "驻" and start - 1 in anchors:
        return anchors[start - 1]
    return start


_ACTION_TAGS = frozenset("a ad d v p c".split())


def _what_a_body_does(view: TokenView, position: int) -> bool:
    """Right after an organisation, an adjective, adverb or verb begins what it does; a unit
    of it opens with a noun (…公安局/森林/警察/大队)."""
    return view.is_start[position] and view.tags[view.token_index(position)] in _ACTION_TAGS


def _through_misread(view: TokenView, start: int, max_length: int, anchors: dict[int, int], plain,
                     place_ends: dict[int, int]):
    """jieba reads some words of a name as verbs or adverbs (终审 of 香港特区终审法院, 鼎新 of
    湖南金鼎新材料科技有限公司 cut 金/鼎新, 自动化 of …大学自动化学院): one rare such word may
    be inside the name when a place or an organisation opens it; an everyday action or adverb
    (举办, 进驻, 进一步) ends the name."""
    used = []

    def inside(index: int) -> bool:
        if view.can_be_inside_name(index):
            return True
        word = view.words[index]
        kind = view.kinds[index]
        if not used and _misread_opening(view, index, anchors):
            used.append(index)
            return True
        if used or kind not in (VERB, FUNCTION) or not 2 <= len(word) <= 3 or not is_han(word) or \
                tokenize.frequency(word) >= (_RARE_VERB if kind == VERB else _RARE_FUNCTION_WORD):
            return False
        if kind == VERB and view.starts[index] in anchors and view.starts[index] not in place_ends:
            return False  # …职业技术学院/共建/电子信息产业学院: what the body before does
        used.append(index)
        return True

    through = view.read_name(start, max_length, anchors, allow=inside, nested=True)
    return through if through[1] is not None else plain


def _misread_opening(view: TokenView, index: int, anchors: dict[int, int]) -> bool:
    """`…芙蓉分局/定/王台/市场监督管理所`: jieba reads the first character of a name it does
    not know as a verb; right after an organisation or a place, before an unknown word, it
    opens the unit's name."""
    return view.kinds[index] == VERB and len(view.words[index]) == 1 and view.starts[index] in anchors \
        and index + 1 < len(view.words) and view.kinds[index + 1] == UNKNOWN


def _through_trade_verbs(view: TokenView, start: int, max_length: int, anchors: dict[int, int],
                         place_ends: dict[int, int], plain):
    """A firm or an institution often names its trade with verbs or set phrases
    (湖南嘉禾精工铸造有限公司, …金泰再生资源有限公司, 君山区农技推广中心). Between a place and
    a suffix of two or more characters, such words may be inside the name when a noun or a
    brand comes first: a verb right after the place is the sentence's (湖南打造物流中心), and
    after an organisation it is what the organisation does (…税务局派员进驻园区政务服务中心)."""
    text = view.text
    trade_words: list[int] = []

    def inside(index: int) -> bool:
        if view.can_be_inside_name(index):
            return True
        word, tag = view.words[index], view.tags[index]
        if len(trade_words) >= 2 or len(word) < 2 or not is_han(word) or tag not in ("v", "vn", "l"):
            return False
        trade_words.append(index)
        return True

    name_start, anchor, bounded = view.read_name(start, max_length, anchors, allow=inside, nested=True)
    # the first word after the place (洞庭湖/区 ends inside jieba's 洞庭湖区: the word after it)
    first_word = view.token_index(name_start) + (not view.is_start[name_start]) if name_start < start else None
    if anchor is None or name_start not in place_ends or not trade_words \
            or not text[name_start:start] or first_word >= min(trade_words):
        return plain
    return name_start, anchor, bounded


def _body_name_ok(text: str, name: str, suffix: str, name_start: int) -> bool:
    if not name:
        if suffix == "委":
            return text[name_start - 1:name_start] in "省市县区州"
        return suffix in _EMPTY_NAME_BODIES or len(suffix) >= 3
    return len(name) >= 2 or len(suffix) >= 2


def _extended_end(text: str, end: int) -> int:
    """`…局党组` is the bureau's Party group (but `…局党组书记` is a title), and
    `…烟草专卖局(分公司)` names the bureau together with its company."""
    note = _BRANCH_NOTE.match(text, end)
    if note:
        return note.end()
    party = _PARTY_UNIT.match(text, end)
    if party and not _PARTY_TITLE.match(text, party.end()):
        return party.end()
    return end


# trades whose usual short form is not their first two characters
_TRADE_SHORT_FORMS = {"电子商务": "电商", "房地产": "地产"}


def _learn_brand(view: TokenView, start: int, end: int, aliases: dict[str, str], place_ends: dict[int, int]) -> None:
    """`湘中制药` in `邵阳市湘中制药有限公司`: `湘中` and `湘中制药` name the company too."""
    name = view.text[start:end]
    trade = dictionaries().industry_re.search(name)
    brand = name[:trade.start()] if trade else name
    if len(brand) < 2 or not is_han(brand) or not view.has_brand(start, start + len(brand)):
        return
    if _mostly_a_place(brand):
        return  # 湘西 of 湘西旅游集团 stays a place
    if _names_a_place(view.text, brand, place_ends):
        return
    aliases.setdefault(brand, "ORG")
    if trade and trade.start() > 0:
        aliases.setdefault(name[:trade.end()], "ORG")
        if trade.end() - trade.start() >= 3:
            aliases.setdefault(brand + trade.group()[:2], "ORG")  # 郴宇新材: the trade's first two characters
        if trade.group() in _TRADE_SHORT_FORMS:
            aliases.setdefault(brand + _TRADE_SHORT_FORMS[trade.group()], "ORG")  # 莲乡电商


def _mostly_a_place(brand: str) -> bool:
    """湘西 (of 湘西旅游集团), 浏阳河 (of 浏阳河酒业): a place, or a place and one character, is
    not a brand of its own; 松阳湖港务 is, though 松阳 is a county far away."""
    mentions = Gazetteer.default().mentions(brand)
    return any(m.start == 0 and len(brand) - m.end <= 1 for m in mentions) or \
        any(m.end - m.start >= len(brand) - 1 for m in mentions)


def _names_a_place(text: str, brand: str, place_ends: dict[int, int]) -> bool:
    """黄岩 of 怀化黄岩文旅开发有限公司 names a place after its county in the same article
    (鹤城区黄岩旅游度假区): alone it is that place, not the firm. Not 海利 of 海利化工园, a zone
    named after the firm."""
    return any(brand in text[place_start + 1:place_end] for place_end, place_start in place_ends.items())


def _brand_with_trade(view: TokenView, anchors: dict[int, int], aliases: dict[str, str],
                      place_ends: dict[int, int]) -> list[Candidate]:
    text, found = view.text, []
    for match in dictionaries().brand_trade_re.finditer(text):
        start, end = match.start(), match.end()
        if not (view.is_start[start] and view.is_start[end]):
            continue
        following = view.words[view.token_index(end)] if end < len(text) else ""
        if following.startswith(_NOT_AFTER_BRAND):
            continue
        name_start, anchor, bounded = view.read_name(start, 4, anchors)
        brand = text[name_start:start]
        if brand[:1] in _DETERMINERS or len(brand) < 2 or not bounded or not _all_brand(view, name_start, start) or \
                brand in dictionaries().org_generic:
            continue  # 冷链物流: a generic word, not a brand, before the trade
        if not _names_a_place(text, brand, place_ends):
            aliases.setdefault(brand, "ORG")
        found.append(Candidate(anchor if anchor is not None else name_start, end, "ORG", WEAK))
    return found


def _all_brand(view: TokenView, start: int, end: int) -> bool:
    first, last = view.token_index(start), view.token_index(end - 1)
    return view.starts[first] == start and all(view.is_brand(i) for i in range(first, last + 1))
