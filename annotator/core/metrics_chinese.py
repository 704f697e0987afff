"""Quantities written in Chinese numerals (`五十天`, `两个`, `七八十万元`), parsed with cn2an
and marked numeral="chinese".

Chinese numerals are everywhere in ordinary words (一起, 统一, 第一, 一次性, 四处), so only
the forms that read as a count are proposed: a value of at least 2, not the bare 二 (counts
say 两; 二次/二期 are ordinals), not after 第/初/周 or 几/数 (几十个), not a reduplicated measure word (一条条),
not a digit-by-digit year (二〇二二年), not 三年来 (a period) or 三年前 (a point in time), not 十九届 (a session), not inside quoted names or book
titles, and not inside a set phrase (三番五次, 四处).

Policy (see `POLICIES`): by default only *informative* Chinese quantities are proposed: a
value of 10 or more (`三十二万户`, `一千余人`) or a unit of money, percent, time or age
(`七八十万元`, `五十天`, `百分之三十`). Small counts with a measure word (`两个`, `六项`,
`四个工作组`) are left out: the gold pages list them as optional at best, and a reviewer gains
nothing from confirming them (measured in benchmarks/chinese_numerals.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .metric_context import inside
from .numbers import CHINESE_NUMERAL_CHARS, parse_chinese
from .types import Metric
from .units import canonical_unit, kind_of, unit_pattern, unit_starts_a_word

SET_PHRASES = ("三番五次", "三天两头", "四处", "两口子", "两条腿", "一次性", "千家万户", "四面八方",
               "五台山", "三门峡", "七台河", "两头", "三五成群", "九牛一毛", "一五一十", "两手", "二十四节气")
_NOT_AFTER = "第初周期礼拜星号几数"
POLICIES = ("none", "informative", "all")
_HAS_DIGIT = re.compile("[一二两三四五六七八九十]")  # 千家, 万户, 百日: no digit, no count
_SPELLED_YEAR = re.compile("[零〇一二三四五六七八九]{3,}")  # 二〇二二年
INFORMATIVE_KINDS = ("money", "percent", "time", "year", "age")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile(
        rf"(?=[百{CHINESE_NUMERAL_CHARS}])(?<![{_NOT_AFTER}])(?:百分之(?P<percent>[{CHINESE_NUMERAL_CHARS}]+)"
        rf"|(?P<num>[{CHINESE_NUMERAL_CHARS}]+)(?P<approx_in>余|多)?(?P<unit>{unit_pattern()}))"
    )


def chinese_metrics(text: str, norm: str, guarded, policy: str = "informative") -> list[Metric]:
    if policy not in POLICIES:
        raise ValueError(f"unknown policy for Chinese numerals: {policy!r} (one of {', '.join(POLICIES)})")
    found = []
    if policy == "none":
        return found
    for match in _pattern().finditer(norm):
        numeral = match.group("percent") or match.group("num")
        parsed = parse_chinese(numeral) if _HAS_DIGIT.search(numeral) else None
        if parsed is None or _rejected(norm, match, numeral, parsed[0], guarded):
            continue
        unit = "%" if match.group("percent") else canonical_unit(match.group("unit"))
        if policy == "informative" and parsed[0] < 10 and kind_of(unit) not in INFORMATIVE_KINDS:
            continue
        approx = bool(match.group("approx_in")) or parsed[1] is not None or "多" in (match.group("unit") or "")
        found.append(Metric(match.start(), match.end(), text[match.start():match.end()], parsed[0], unit,
                            approx, value_high=parsed[1], numeral="chinese"))
    return found


def _rejected(norm: str, match: re.Match, numeral: str, value, guarded) -> bool:
    start, end = match.start(), match.end()
    unit = match.group("unit") or ""
    after = norm[end:end + 2]
    if value < 2 or numeral == "二" or inside(guarded, start, end):
        return True
    if unit and norm.startswith(unit[-1], end):
        return True  # 一条条, 两个个
    if unit == "年" and (_SPELLED_YEAR.fullmatch(numeral) or after.startswith(("来", "以来", "级", "制"))):
        return True
    if unit.startswith("周") and after.startswith("年") or unit_starts_a_word(unit, after):
        return True
    if kind_of(unit) in ("time", "year") and after[:1] in ("前", "后"):
        return True  # 三年前: a point in time
    if unit == "届":
        return True  # 十九届六中全会: a numbered session, not a count
    window = norm[max(0, start - 3):end + 3]
    return any(phrase in window and _covers(norm, phrase, start, end) for phrase in SET_PHRASES)


def _covers(norm: str, phrase: str, start: int, end: int) -> bool:
    position = norm.find(phrase, max(0, start - len(phrase)))
    return position != -1 and position < end and start < position + len(phrase)
