"""Roads and avenues (LOC): `解放西路`, `芙蓉中路`, `五一大道`.

A city's road is a named place that no gazetteer lists. Its name has two characters and
often a direction (`解放/西路`, `芙蓉/中路`: jieba reads the directional road as one place
word); an avenue or a main street (`大道`, `大街`) follows a name jieba reads as proper, a
place, or one of the words Chinese cities name their roads after. A bare `路` or `街` after
a word is too often no road (思路, 出路, 一条街) and is left to the reviewer.
"""
from __future__ import annotations

from .places import Places
from .spans import MEDIUM, Candidate
from .tokens import PROPER, PUNCT, UNKNOWN, TokenView, is_han

_DIRECTIONAL_ROADS = frozenset("东路 西路 南路 北路 中路".split())
_AVENUES = frozenset("大道 大街".split())
# what cities commonly name their roads after: dates of the revolution and the republic,
# civic words, founders (general knowledge of Chinese street naming)
_ROAD_NAME_WORDS = frozenset("五一 八一 七一 五四 人民 解放 建设 中山 迎宾 滨江 沿江 环城 友谊 新华 光明 胜利 和平 "
                             "文化 体育 工业 开发 世纪 东风 红旗 长征 劳动".split())
# words that sit before 大道 in a sentence without naming a road (康庄大道 is one word)
_NOT_ROAD_NAMES = frozenset("这条 一条 那条 宽阔 笔直 发展 致富 幸福".split())
_LEVEL = 5  # as a village or a natural place: below the district it runs through


def roads(view: TokenView, places: Places) -> list[Candidate]:
    text, found = view.text, []
    place_ends = places.anchors
    for index in range(1, len(view.words)):
        word = view.words[index]
        if word not in _DIRECTIONAL_ROADS and word not in _AVENUES:
            continue
        before = index - 1
        name = view.words[before]
        start = view.starts[before]
        if len(name) != 2 or not is_han(name) or view.kinds[before] == PUNCT:
            continue
        if word in _AVENUES and not (name in _ROAD_NAME_WORDS or view.kinds[before] in (PROPER, UNKNOWN)
                                     or start + 2 in place_ends) or name in _NOT_ROAD_NAMES:
            continue
        found.append(Candidate(start, view.starts[index] + len(word), "LOC", MEDIUM, _LEVEL))
    return found
