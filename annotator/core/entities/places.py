"""Place names (LOC).

- Divisions from the gazetteer, full names and short forms. A short form that is also an
  ordinary word (a district's `武陵`, `洞口`, a distant county's `合作`) counts only when the
  division's full name is in the same article.
- Places the gazetteer lacks, read leftwards from a suffix (resources/dictionaries/
  place_suffixes.txt): villages and communities (`岚水江村`, `北正社区`), villager groups
  right after a village (`合兴祥组`), mountains and waters (`雪峰山`), zones and estates
  named by a place or a name (`浏阳经开区`, `横冲工业小区`).
- Chains: a place followed by a smaller one is one name (`怀化市洪江区`, `桂阳县太和镇长乐村`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import tokenize
from ..gazetteer import LEVELS, Gazetteer, Mention
from .dictionaries import dictionaries
from .place_openings import (after_everyday_opening, misread_first_character, numeral_opened,
                             opened_by_function_character, word_after_township)
from .spans import MEDIUM, STRONG, Candidate
from .tokens import PROPER, PUNCT, UNKNOWN, VERB, TokenView, conjunction_after_name, is_han

_COUNTY_LEVEL = LEVELS["county"]
SUFFIX_LEVELS = {"township": 4, "village": 5, "group": 6, "nature": 5, "zone": 5}
_MAX_NAME = {"township": 4, "village": 4, "group": 3, "nature": 4, "zone": 8}
HUNAN = "湖南省"
DISTANT_COMMON_WORD = 300
_PLACE_TAGS = ("ns", "nr", "nz", "j")  # a distant county's short form seen this often by jieba is a word


@dataclass
class Places:
    candidates: list[Candidate]  # LOC proposals
    anchors: dict[int, int]  # end offset -> start offset of the longest place ending there
    aliases: dict[str, str]  # names read from a suffix, to find again alone (云峰村 of 江南镇云峰村)

    def add(self, candidates: list[Candidate]) -> None:
        """Places found by another source, as candidates and as anchors of names after them."""
        self.candidates += candidates
        for candidate in candidates:
            _add_anchor(self.anchors, candidate.start, candidate.end)


def find_places(view: TokenView, gazetteer: Gazetteer) -> Places:
    text = view.text
    mentions = gazetteer.mentions(text)
    trusted = _trusted(mentions, gazetteer, view)
    candidates = [Candidate(m.start, _region_end(view, m.end), "LOC", STRONG, LEVELS[m.division.level])
                  for m in mentions if trusted(m)]
    anchors: dict[int, int] = {}
    for candidate in candidates:
        _add_anchor(anchors, candidate.start, candidate.end)
    # untrusted short forms still name a zone after them (洞口工业区)
    weak = bytearray(len(text) + 1)
    pieces = {}  # end -> start of a short form (no level suffix) that could name a village
    for m in mentions:
        if not trusted(m) and gazetteer.province_of(m.division) == HUNAN:
            weak[m.start:m.end] = b"\x01" * (m.end - m.start)
        if m.form != "full" and text[m.end - 1] not in "省市县区州":
            pieces[m.end] = m.start
    aliases: dict[str, str] = {}
    for m in mentions:
        if m.division.level == "township" and m.form == "full" and trusted(m):
            _township_stem(m.division.name, aliases)
    covered = bytearray(len(text) + 1)  # a suffix inside a trusted division's name is no suffix (资福镇)
    for candidate in candidates:
        covered[candidate.start:candidate.end] = b"\x01" * candidate.length
    for match in dictionaries().place_suffix_re.finditer(text):
        if covered[match.start()] and match.end() <= len(text) and covered[match.end() - 1]:
            continue
        kind = dictionaries().place_suffixes[match.group()]
        found = _suffix_place(view, match.start(), match.end(), kind, anchors, weak, pieces)
        if found:
            candidates.append(found)
            _add_anchor(anchors, found.start, found.end)
            if kind in ("village", "nature"):
                aliases[text[found.start:found.end]] = "LOC"
                own = _own_name(anchors, found, match.start())
                if kind == "village" and own < match.start() - 1:
                    aliases[text[own:found.end]] = "LOC"  # 沙洲村 of 汝城县文明瑶族乡沙洲村, named alone later
    for match in dictionaries().places_natural_re.finditer(text):
        if view.is_start[match.start()] and not covered[match.start()]:
            candidates.append(Candidate(match.start(), match.end(), "LOC", STRONG, SUFFIX_LEVELS["nature"]))
    candidates += _chains(candidates)
    for chain in candidates:
        _add_anchor(anchors, chain.start, chain.end)
    return Places(candidates, anchors, aliases)


_DIRECTIONS = ("东北", "西北", "东南", "西南", "东", "南", "西", "北")


def _ends_natural(text: str, end: int) -> bool:
    suffixes = dictionaries().place_suffixes
    return any(suffixes.get(text[end - k:end]) == "nature" for k in (1, 2))


def _own_name(anchors: dict[int, int], found: Candidate, suffix_start: int) -> int:
    """Where a chained village's own name starts: after the last place inside the chain."""
    inner = [end for end in anchors if found.start < end <= suffix_start and end != found.end]
    return max(inner) if inner else found.start


def own_names(text: str, places: Places) -> set[str]:
    """The own names of places read from a suffix: 枫香冲 of 杉山镇枫香冲村, 金洞 of
    永州市金洞管理区. A body named after the place uses them bare (枫香冲果蔬专业合作社,
    金洞竹业发展服务中心)."""
    suffixes = dictionaries().place_suffixes
    names = set()
    for candidate in places.candidates:
        span = text[candidate.start:candidate.end]
        suffix = next((k for k in range(min(len(span) - 1, 7), 0, -1) if span[-k:] in suffixes), 0)
        if not suffix or (suffixes[span[-suffix:]] not in ("township", "village") and span[-suffix:] != "管理区"):
            continue  # a zone's or a mountain's name is a brand or a word (黄桃产业园)
        own = _own_name(places.anchors, candidate, candidate.end - suffix)
        name = text[own:candidate.end - suffix]
        if 2 <= len(name) <= 4 and is_han(name) and not _generic(name):
            names.add(name)
    return names


def _region_end(view: TokenView, end: int) -> int:
    """湘西北, 湘东南: a division's short form and a direction that jieba reads as one name
    name a region."""
    if view.is_start[end] or view.kind_at(end) != PROPER:
        return end
    rest = view.text[end:view.word_end(end)]
    return view.word_end(end) if rest in _DIRECTIONS else end


def _add_anchor(anchors: dict[int, int], start: int, end: int) -> None:
    if end not in anchors or anchors[end] > start:
        anchors[end] = start
    # a place right before this one extends it (郴州 + 桂阳县)
    if start in anchors and anchors[start] < anchors[end]:
        anchors[end] = anchors[start]


def _trusted(mentions: list[Mention], gazetteer: Gazetteer, view: TokenView):
    text = view.text
    present = {m.division.name for m in mentions if m.form == "full"}
    stop = dictionaries().place_stopwords

    def trusted(mention: Mention) -> bool:
        name = text[mention.start:mention.end]
        if mention.form == "full":
            if conjunction_after_name(text, mention.start) and gazetteer.province_of(mention.division) != HUNAN:
                return False  # 人民医院和县中医医院: 和 joins two bodies, it opens no county (和县)
            return name not in stop and _edges_clear(view, mention.start, mention.start)  # not 范县 in 示范县
        if not _edges_clear(view, mention.start, mention.end):
            return False  # 新乡 in 新乡村振兴
        if mention.division.name in present:
            return True
        if mention.form == "district" or name in stop:
            return False
        if mention.division.level == "province" or gazetteer.province_of(mention.division) == HUNAN:
            return True
        if _one_word_after_place_cue(view, mention.start, mention.end):
            return True  # 在大连主持, 从格尔木到拉萨: jieba's tag (大连/d, 合肥/n) is no reason to doubt it
        if mention.division.level == "county":
            return False  # a distant county is rarely named by its short form in these papers
        return tokenize.dictionary_tag(name).startswith(_PLACE_TAGS) or tokenize.frequency(name) < DISTANT_COMMON_WORD

    return trusted


_PLACE_CUES = ("在", "到", "赴", "从", "抵达", "前往", "来自", "飞抵", "回到", "途经", "位于")
COMMON_SHORT_FORM = 5000  # 大同 (a word of its own this often) stays doubtful even after 在


def _one_word_after_place_cue(view: TokenView, start: int, end: int) -> bool:
    if not view.is_start[start] or not view.is_start[end] or view.word_end(start) != end:
        return False
    before = view.token_index(start) - 1
    return before >= 0 and view.words[before] in _PLACE_CUES and \
        tokenize.frequency(view.text[start:end]) < COMMON_SHORT_FORM


def _edges_clear(view: TokenView, start: int, end: int) -> bool:
    """Neither edge cuts into a common word (a cut into a guessed word or into a proper
    name such as 浙江大学 is fine)."""
    return all(view.is_start[edge] or view.kind_at(edge) in (UNKNOWN, PROPER) for edge in {start, end})


def _suffix_place(view: TokenView, start: int, end: int, kind: str, anchors: dict[int, int],
                  weak: bytearray, pieces: dict[int, int]) -> Candidate | None:
    text = view.text
    if end - start == 1 and (_suffix_opens_word(view, start, end) or not view.aligned(start, end)) \
            and not (kind == "group" and text.startswith("组长", end)) \
            and not (kind == "village" and view.words[view.token_index(start)] == "村村"):  # 石枧塘/村村/部
        return None  # 湖南, 村民: a one-character suffix inside a word; not 竹山组/组组长 (its head)
    level = SUFFIX_LEVELS[kind]
    if kind == "zone":
        return _zone(view, start, end, anchors, weak)
    allow = (lambda index: _inside_place_name(view, index)) if kind in ("township", "village") else None
    name_start, anchor, bounded = view.read_name(start, _MAX_NAME[kind], anchors, allow=allow)
    if name_start == start and start in pieces and kind in ("township", "village"):
        # 眉山村: a place's short form can be the village's own name
        name_start = pieces[start]
        anchor = anchors.get(name_start)
    if name_start == start and kind == "village":
        name_start, anchor = word_after_township(view, start, anchors, name_start, anchor)
    if kind in ("village", "township") and name_start < start:
        name_start, anchor = numeral_opened(view, name_start, start, anchors, name_start, anchor)
    if anchor is None and (start - name_start >= 3 or kind == "nature") and opened_by_function_character(text, name_start):
        name_start += 1  # 在岚溪村, 11月岩坨村: jieba's guessed word took the preposition or the month along
    if anchor is None and kind in ("township", "village"):
        name_start = after_everyday_opening(view, name_start, start)
        name_start, anchor = misread_first_character(view, name_start, anchors, anchor)
    name = text[name_start:start]
    if not bounded and anchor is None:
        return None
    if kind == "group":
        return _group(view, name_start, start, end, anchor)
    if kind == "nature":
        if name_start == start and anchor is not None and end - start > 1:
            return Candidate(anchor, end, "LOC", MEDIUM, level)  # 白鹭湖 + 水库
        return _nature(view, name_start, start, end, anchor is not None)
    if kind in ("village", "township") and name_start == start and anchor is not None and _ends_natural(text, start):
        return Candidate(anchor, end, "LOC", MEDIUM, level)  # 白鹭洲 + 村, 天子山 + 街道: named after the islet, the mountain
    if len(name) < 2 or _generic(name) or _word_across_suffix(view, start):
        return None
    if anchor is None and not (view.has_brand(name_start, start) or _after_punctuation(view, name_start)):
        return None
    if text[name_start:end] in dictionaries().place_stopwords:
        return None
    return Candidate(name_start, end, "LOC", MEDIUM, level)


_MOST_AFTER_NAMING_PLACE = 6  # 资兴市/外贸保障房/小区: a zone's own name after the place that names it is short


_TOWNSHIP_SUFFIX = re.compile(r"(?:镇|乡|街道|苏木)$")


def _township_stem(name: str, aliases: dict[str, str]) -> None:
    """`城头山镇` is the town named after 城头山, its site or mountain: the bare 城头山 elsewhere
    in the article is that place too, unless it is a word (`新华` of 新华镇 is not)."""
    stem = _TOWNSHIP_SUFFIX.sub("", name)
    if stem != name and len(stem) >= 3 and is_han(stem) and tokenize.frequency(stem) == 0:
        aliases.setdefault(stem, "LOC")


def _zone(view: TokenView, start: int, end: int, anchors: dict[int, int], weak: bytearray) -> Candidate | None:
    """A zone or estate is named by the place before it (浏阳经开区, 湘阴渡化工片区) or by a
    name (横冲工业小区); a short form too common to be a place on its own still names a
    zone (洞口工业区)."""
    def allow(index: int) -> bool:
        return view.can_be_inside_name(index) or (view.kinds[index] == VERB and len(view.words[index]) == 1)

    name_start, anchor, bounded = view.read_name(start, _MAX_NAME["zone"], anchors, allow)
    # a 管理区 (金洞管理区, 屈原管理区) is governed as a county: the towns and villages after it
    # are its own, one chain with it
    level = _COUNTY_LEVEL if view.text[start:end] == "管理区" else SUFFIX_LEVELS["zone"]
    if anchor is not None:
        if start - name_start > _MOST_AFTER_NAMING_PLACE or _clause_inside(view.text, name_start, start):
            return None  # 辰河/高腔唱响黄溪口/古镇: a clause, not a name, between the place and the suffix
        return Candidate(anchor, end, "LOC", MEDIUM, level)
    if not bounded:
        return None
    named_by_place = weak.find(1, name_start, start)
    if named_by_place != -1:
        place_end = named_by_place
        while place_end < start and weak[place_end]:
            place_end += 1
        if start - place_end > _MOST_AFTER_NAMING_PLACE or _clause_inside(view.text, place_end, start):
            return None  # 辰河/高腔唱响黄溪口/古镇: a clause, not a name, between the place and the suffix
        name_start = named_by_place
    elif _proper_name_before(view, start):
        name_start = view.word_start(start - 1)  # 柏林园区: jieba's proper name, however common
    else:
        name_start = view.brand_start(name_start, start)
    if name_start >= start or _generic(view.text[name_start:start]):
        return None
    return Candidate(name_start, end, "LOC", MEDIUM, level)


def _clause_inside(text: str, start: int, end: int) -> bool:
    """`安乡县/农业农村局在/示范区`: a preposition between the place and the zone's suffix makes
    a sentence of them, whatever word jieba glued it into."""
    return any(ch in _CLAUSE_PREPOSITIONS for ch in text[start:end])


_CLAUSE_PREPOSITIONS = frozenset("在从把被")


def _proper_name_before(view: TokenView, start: int) -> bool:
    if start == 0 or not view.is_start[start]:
        return False
    index = view.token_index(start - 1)
    before = view.starts[index]
    return view.tags[index][:2] in ("ns", "nr") and len(view.words[index]) >= 2 and \
        (before == 0 or view.kind_at(before - 1) in (PUNCT, "func", VERB))


def _after_punctuation(view: TokenView, position: int) -> bool:
    return position == 0 or view.kind_at(position - 1) == PUNCT


def _suffix_opens_word(view: TokenView, start: int, end: int) -> bool:
    """`湖南`, `村民`, `镇域`: the suffix starts a dictionary word that runs past it."""
    if not view.is_start[start]:
        return False
    index = view.token_index(start)
    return view.starts[index + 1] > end and view.kinds[index] != UNKNOWN


def _word_across_suffix(view: TokenView, start: int) -> bool:
    """`农村`, `乡村`, `城镇`: the name's last character and the suffix are one common word."""
    index = view.token_index(start - 1)
    return view.starts[index + 1] > start and view.kinds[index] not in (UNKNOWN, PROPER)


def _village_ends_at(view: TokenView, position: int) -> bool:
    return view.text[:position].endswith(("村", "社区", "居委会"))


def _inside_place_name(view: TokenView, index: int) -> bool:
    """冲, a hollow between hills, names many Hunan places (桃花冲街道, 枫香冲村); jieba reads it
    as the verb."""
    return view.can_be_inside_name(index) or view.words[index] == "冲"


_GROUP_NUMBER = re.compile(r"[一二三四五六七八九十0-9]{1,3}组")


def _group(view: TokenView, name_start: int, start: int, end: int, anchor: int | None) -> Candidate | None:
    """A villager group right after its village: 植木桥村合兴祥组, 枫树冲村七组."""
    text = view.text
    numbered = _GROUP_NUMBER.search(text, max(0, start - 3), end)
    if numbered and numbered.end() == end and _village_ends_at(view, numbered.start()):
        return Candidate(numbered.start(), end, "LOC", MEDIUM, SUFFIX_LEVELS["group"])
    if name_start == start and start:  # 荷叶塘村竹山组: a name read as a place (竹山) names the group
        name_start = view.starts[view.token_of[start - 1]]
    if anchor is None or not _village_ends_at(view, name_start) or not 2 <= start - name_start <= 3:
        return None
    return Candidate(name_start, end, "LOC", MEDIUM, SUFFIX_LEVELS["group"])


def _nature(view: TokenView, name_start: int, start: int, end: int, anchored: bool) -> Candidate | None:
    """Mountains, waters and parks. After a one-character suffix (山, 江, 湖 ...) only a
    name jieba reads as proper or does not know (湘江, 雪峰山, 渌江); 金山, 江山 are words."""
    text = view.text
    name = text[name_start:start]
    if not name or _generic(name) or text[name_start:end] in dictionaries().place_stopwords:
        return None
    if end - start > 1:
        return Candidate(name_start, end, "LOC", MEDIUM, SUFFIX_LEVELS["nature"]) \
            if anchored or view.has_brand(name_start, start) else None
    if not (view.is_start[name_start] and view.is_start[end]):
        return None
    if not view.is_start[start] and view.word_start(start) > name_start:
        return None  # 云溪/长江: the suffix ends a proper word (长江), which is the name; nothing before it joins
    first, last = view.token_index(name_start), view.token_index(end - 1)
    if any(view.kinds[i] not in (UNKNOWN, PROPER) for i in range(first, last + 1)):
        return None
    one_name = first == last and view.tags[first].startswith("ns")  # 湘江/ns; not 梅山/nr, a tea brand
    guessed = first != last and all(view.kinds[i] == UNKNOWN for i in range(first, last + 1))  # 渌 江
    if len(name) < 2 and not (one_name or guessed):
        return None
    return Candidate(name_start, end, "LOC", MEDIUM, SUFFIX_LEVELS["nature"])


_LEVEL_CHARACTERS = frozenset("省市县区州镇乡村")
_VERB_BEFORE_SUFFIX = frozenset("驻到进离在入回返下出去来赴住留")  # 驻村, 到村: not names


def _generic(name: str) -> bool:
    generic = dictionaries().place_generic
    if name in generic or name[-1] in _VERB_BEFORE_SUFFIX or name.endswith(("化", "性", "型")) or name[0] in "这该每各此其":  # not 那: Zhuang place names open with it
        return True
    if len(name) > 2 and name[0] in "全该本" and name[1] in _LEVEL_CHARACTERS:
        return True  # 全县/各乡镇, 本市/城区: a reference to the whole county opens no name
    return any(name[:k] in generic and name[k:] in generic for k in range(1, len(name)))


def _chains(candidates: list[Candidate]) -> list[Candidate]:
    """Each place followed directly by a smaller one, joined, as far as the chain goes."""
    by_start: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_start.setdefault(candidate.start, []).append(candidate)
    chains = []
    for first in sorted(candidates, key=lambda c: c.start):
        current = first
        while True:
            following = [c for c in by_start.get(current.end, ()) if c.level > current.level]
            if not following:
                break
            nxt = max(following, key=lambda c: c.length)
            current = Candidate(first.start, nxt.end, "LOC", MEDIUM, nxt.level)
        if current is not first:
            chains.append(current)
    return chains
