"""Gazetteer of Chinese administrative divisions.

Data: `resources/gazetteer/divisions.tsv`, built from modood/Administrative-divisions-of-China
(`dist/pcas.json`, WTFPL; the National Bureau of Statistics' 2023 division codes): every
province, prefecture and county of China and every township of Hunan.

Besides full names (`湘西土家族苗族自治州`, `怀化市`), short forms are accepted where the
papers use them: the name without its level suffix or ethnic designation (`湘西`, `湘西州`,
`麻阳`, `浏阳`). District short forms are kept apart (`district_shorts`) because many are
ordinary words (`天心`, `雨花`, `芙蓉`): the entity finder only trusts one when the
district's full name is in the same article. Townships only match in full (`茶庵铺镇`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .resources import resource_path

# China's 55 recognised ethnic minorities, as they appear in the names of autonomous
# divisions (湘西土家族苗族自治州, 新晃侗族自治县); "各族" for 各族自治县.
_ETHNIC_GROUPS = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
_ETHNIC = re.compile("(?:" + "|".join(sorted(_ETHNIC_GROUPS, key=len, reverse=True)) + ")族(?=(?:[^族]{1,5}族)*自治)")
_LEVEL_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "盟", "省", "市", "县", "州")
LEVELS = {"province": 1, "prefecture": 2, "county": 3, "township": 4}


@dataclass(frozen=True)
class Division:
    name: str
    level: str  # province | prefecture | county | township
    parent: str


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    division: Division
    form: str  # "full", "short" (safe short form) or "district" (district short form)

    @property
    def text_length(self) -> int:
        return self.end - self.start


class _Matcher:
    """Longest dictionary word at each position, left to right, without overlaps. Checks
    only the lengths that occur for a word's first character (a regex alternation of
    thousands of names is several times slower)."""

    def __init__(self, words):
        lengths: dict[str, set[int]] = {}
        for word in words:
            lengths.setdefault(word[0], set()).add(len(word))
        self.words = frozenset(words)
        self.lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}
        # no words (a damaged gazetteer): a pattern that matches nothing
        self.first = re.compile("[" + "".join(sorted(map(re.escape, lengths))) + "]" if lengths else r"(?!)")

    def scan(self, text: str) -> list[tuple[int, int]]:
        found, words, lengths = [], self.words, self.lengths
        resume, length = 0, len(text)
        for hit in self.first.finditer(text):
            index = hit.start()
            if index < resume:
                continue
            for size in lengths[text[index]]:
                if index + size <= length and text[index:index + size] in words:
                    found.append((index, index + size))
                    resume = index + size
                    break
        return found


class Gazetteer:
    def __init__(self, divisions: list[Division]):
        self.divisions = {d.name: d for d in divisions}
        self.names: dict[str, Division] = dict(self.divisions)
        for division in divisions:
            for short in _short_forms(division):
                self.names.setdefault(short, division)
        self.district_shorts: dict[str, Division] = {}
        for division in divisions:
            short = _district_short(division)
            if short and short not in self.names:
                self.district_shorts.setdefault(short, division)
        self._names = _Matcher(self.names)
        self._all = _Matcher([*self.names, *self.district_shorts])

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> "Gazetteer":
        path = resource_path("gazetteer", "divisions.tsv")
        try:
            rows = path.read_text(encoding="utf-8").splitlines()[1:]
            divisions = [Division(*row.split("\t")) for row in rows if row]
        except (OSError, UnicodeDecodeError, TypeError) as error:
            import logging

            logging.getLogger(__name__).warning(
                "the divisions gazetteer %s cannot be read (%s): places are found by their suffixes only; "
                "reinstall annotator to restore it", path, error)
            divisions = []
        return cls(divisions)

    def find(self, text: str) -> list[tuple[int, int, Division]]:
        """Non-overlapping mentions (full names and safe short forms), longest first at
        each position, left to right."""
        return [(start, end, self.names[text[start:end]]) for start, end in self._names.scan(text)]

    def mentions(self, text: str) -> list[Mention]:
        """Like `find`, with district short forms too, each saying which form it is."""
        found = []
        for start, end in self._all.scan(text):
            name = text[start:end]
            division = self.names.get(name)
            if division is None:
                found.append(Mention(start, end, self.district_shorts[name], "district"))
            else:
                found.append(Mention(start, end, division, "full" if name == division.name else "short"))
        return found

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def mentions_place(self, text: str) -> bool:
        return bool(self._names.scan(text))

    def province_of(self, division: Division) -> str:
        """The full name of the province a division lies in (itself for a province)."""
        seen = 0
        while division.parent and seen < 4:
            parent = self.divisions.get(division.parent)
            if parent is None:
                # townships name their county, which may share its name with another
                return division.parent if division.parent.endswith("省") else ""
            division, seen = parent, seen + 1
        return division.name


def _short_forms(division: Division) -> list[str]:
    if division.level == "township":
        return []
    name = division.name
    if name.endswith("管理区"):  # 怀化市洪江管理区 is called 洪江区
        return [name[len(division.parent):-3] + "区"] if name.startswith(division.parent) else []
    if division.level == "county" and name.endswith("区"):
        return []
    stem = _ETHNIC.sub("", name[2:])
    stem = name[:2] + stem  # the place's own name comes first (湘西, 新晃) and is kept
    forms = []
    for suffix in _LEVEL_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
            bare = stem[: -len(suffix)]
            forms.append(bare)
            if suffix == "自治州":
                forms.append(bare + "州")
            elif suffix == "自治县":
                forms.append(bare + "县")
            break
    return [form for form in forms if form != name]


def _district_short(division: Division) -> str:
    name = division.name
    if division.level != "county" or not name.endswith("区") or name.endswith("管理区"):
        return ""
    if name.endswith(("开发区", "示范区", "园区", "名胜区", "合作区", "试验区")) or len(name) < 3:
        return ""
    return name[:-1]
