"""Units and measure words (resources/dictionaries/units.txt) and the regular-expression
pieces built from them: the unit alternation (longest first) and the multiplier alternation
that steps aside for units beginning with a multiplier character (3千米 is 3 km, not 3000 m).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .numbers import MULTIPLIERS
from .resources import resource_path

# A unit followed by one of these is a rate: 6元/平方米, 60公里/小时.
PER_UNITS = ("平方米", "立方米", "千瓦时", "公斤", "千克", "小时", "人次", "人", "月", "年", "天", "日",
             "吨", "亩", "斤", "次", "户", "个", "件", "米", "度", "台", "辆", "套", "间", "株", "头",
             "只", "㎡", "时", "秒", "kg", "km")


@lru_cache(maxsize=1)
def unit_kinds() -> dict[str, str]:
    """unit -> kind (money, percent, count, measure, time, age, year)."""
    kinds = {}
    path = resource_path("dictionaries", "units.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            unit, _, kind = line.partition("\t") if "\t" in line else line.partition(" ")
            kinds[unit.strip()] = kind.strip() or "count"
    return kinds


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    """Any unit, longest first; a unit may be a rate (元/平方米). Units starting with 个 may
    hold 多/余 after it (3个多月: unit 个月). ASCII units must not run into a word (5kg, not 5kgs)."""
    units = unit_kinds()
    ge_units = [u[1:] for u in units if u.startswith("个") and len(u) > 1]
    plain = _alternation(u for u in units if u.isascii() is False)
    ascii_units = _alternation(u for u in units if u.isascii())
    single = rf"(?:个(?:多|余)?(?:{_alternation(ge_units)})|{plain}|(?:{ascii_units})(?![A-Za-z]))"
    return rf"(?:{single})(?:/(?:{_alternation(PER_UNITS)}))?"


@lru_cache(maxsize=1)
def multiplier_pattern() -> str:
    """Multipliers, longest first; 千 before 米/克/瓦/伏 and 百 before 分点 are not multipliers."""
    units = unit_kinds()
    parts = []
    for word in sorted(MULTIPLIERS, key=len, reverse=True):
        clashes = [u[len(word):] for u in units if u.startswith(word) and len(u) > len(word)]
        guard = f"(?!{_alternation(clashes)})" if clashes else ""
        parts.append(re.escape(word) + guard)
    return "(?:" + "|".join(parts) + ")"


# A measure word that is really the first character of a word: 3部门 (three departments,
# not 3部), 2单元 (a flat number), 5方面, 3种植户, 10年规划 (the name of a plan); after a
# multiplier the number stands alone: 3亿人民币 -> 3亿, 1.2万个体工商户 -> 1.2万.
WORDS_AFTER_UNIT = {
    "部": ("门", "委"), "单": ("元", "位"), "方": ("面", "案", "式", "向", "法", "位"), "种": ("植",),
    "名": ("额", "单"), "年": ("规划", "计划", "行动", "攻坚"), "片": ("区",), "人": ("民币",), "个": ("体",),
}


def unit_starts_a_word(unit: str, after: str) -> bool:
    return after.startswith(WORDS_AFTER_UNIT.get(unit, ()))


def canonical_unit(unit_text: str) -> str:
    """The unit as stored: 多/余 inside `个多月` are approximation marks, not unit."""
    if unit_text.startswith("个") and len(unit_text) > 2 and unit_text[1] in "多余":
        return "个" + unit_text[2:]
    return unit_text


def kind_of(unit: str) -> str:
    base = unit.split("/", 1)[0]
    return unit_kinds().get(base, "count")
