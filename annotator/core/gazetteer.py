"""Gazetteer of Chinese administrative divisions.

Data: `resources/gazetteer/divisions.tsv`, built from modood/Administrative-divisions-of-China
(`dist/pcas.json`, WTFPL; the National Bureau of Statistics' 2023 division codes): every
province, prefecture and county of China and every township of Hunan.

Besides full names (`湘西土家族苗族自治州`, `怀化市`), short forms are accepted where the
papers use them: the name without its level suffix or ethnic designation (`湘西`, `湘西州`,
`麻阳`, `浏阳`). District short forms are left out because many are ordinary words
(`天心`, `雨花`, `芙蓉`); townships only match in full (`茶庵铺镇`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .resources import resource_path

_ETHNIC = re.compile(r"(?:[\u4e00-\u9fff]{1,3}族)+(?=自治)")
_LEVEL_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "盟", "省", "市", "县", "州")


@dataclass(frozen=True)
class Division:
    name: str
    level: str  # province | prefecture | county | township
    parent: str


class Gazetteer:
    def __init__(self, divisions: list[Division]):
        self.divisions = {d.name: d for d in divisions}
        self.names: dict[str, Division] = dict(self.divisions)
        for division in divisions:
            for short in _short_forms(division):
                self.names.setdefault(short, division)
        self._by_first: dict[str, list[str]] = {}
        for name in sorted(self.names, key=len, reverse=True):
            self._by_first.setdefault(name[0], []).append(name)

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> "Gazetteer":
        path = resource_path("gazetteer", "divisions.tsv")
        rows = path.read_text(encoding="utf-8").splitlines()[1:]
        return cls([Division(*row.split("\t")) for row in rows if row])

    def find(self, text: str) -> list[tuple[int, int, Division]]:
        """Non-overlapping mentions, longest first at each position, left to right."""
        found = []
        index = 0
        while index < len(text):
            for name in self._by_first.get(text[index], ()):
                if text.startswith(name, index):
                    found.append((index, index + len(name), self.names[name]))
                    index += len(name)
                    break
            else:
                index += 1
        return found

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def mentions_place(self, text: str) -> bool:
        return bool(self.find(text))


def _short_forms(division: Division) -> list[str]:
    if division.level == "township":
        return []
    name = division.name
    if division.level == "county" and name.endswith("区"):
        return []
    if name.endswith("管理区"):  # 怀化市洪江管理区 is called 洪江区
        return [name[len(division.parent):-3] + "区"] if name.startswith(division.parent) else []
    stem = _ETHNIC.sub("", name)
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
