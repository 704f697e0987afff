"""Metric finder: quantities written with digits, in the shape of the annotation guide.

A metric span runs from the first digit to the end of the unit, with 余/多 inside it
(`2300余万元`, `16万余立方`); words of approximation outside it (近, 约, 超, 超过, 逾, 突破,
接近, 左右, 以上) only set `approx`. `value` is exact (Decimal) with the multiplier applied:
`5.31亿元` -> 531000000, unit `元`; a multiplier with no unit leaves the unit empty
(`5241.5万` -> 52415000, unit ``). Full-width digits and ASCII thousands separators are read
(`１２３人`, `1,234人`).

Ranges: `3至5个`, `10-15%`, `10%-15%`, `3至5万元` are ONE metric covering the whole range:
`value` is the low end and `value_high` the high end, both with the multiplier applied; a
low end written without a multiplier borrows the high end's (`3至5万元` -> 30000..50000)
unless that would make it larger than the high end (`5000至1万元` -> 5000..10000).

Not metrics: dates and clock times (`2023年`, `5月19日`, `1至10月`, `晚8时`: 月/日/时 are not
units, a four-digit number of years is a year), ordinals (`第2位`), numbers in book titles and
document numbers (`《…12条措施》`, `〔2022〕1号`), in short quoted names and slogans (`“7531”`,
`“5种模式”`), codes joined by `·`, `+` or letters (`6·18`, `1+1+N`, `G60`, `K9次列车`), bare numbers
without unit or multiplier, `前10个月` after a year (a period) and `3年前`, `10天后` (points in
time). Quantities written in Chinese
numerals are found by `metrics_chinese` (numeral="chinese").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .metric_context import add_context, guarded_spans, inside
from .numbers import ARABIC_NUMBER, normalise_digits, parse_arabic
from .types import Metric
from .units import canonical_unit, kind_of, multiplier_pattern, unit_pattern, unit_starts_a_word

RANGE_SEPARATORS = "至|到|~|-|—|–"
APPROX_BEFORE = ("超过", "将近", "接近", "大约", "突破", "约", "近", "超", "逾")
NOT_APPROX_BEFORE = ("不超过", "不超", "最近", "附近", "临近", "靠近", "就近")
APPROX_AFTER = ("左右", "以上", "上下", "有余")
CODE_JOINERS = "·•+/#№×"
_SIGN_AFTER = re.compile(r"[\u4e00-\u9fff:：(（]")  # a minus sign follows a word, not a number


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    num, mult, unit = ARABIC_NUMBER, multiplier_pattern(), unit_pattern()
    return re.compile(
        rf"(?=\d)(?<![\dA-Za-z.])(?<!\d,)"  # the look-ahead first: most positions fail it at once
        rf"(?:(?P<low>{num})(?P<low_mult>{mult})?(?P<low_unit>{unit})?(?P<sep>{RANGE_SEPARATORS})(?=\d))?"
        rf"(?P<num>{num})(?P<approx_in>余|多)?(?P<mult>{mult})?(?P<approx_in2>余|多)?(?P<unit>{unit})?"
    )


@lru_cache(maxsize=1)
def _single() -> re.Pattern:
    num, mult, unit = ARABIC_NUMBER, multiplier_pattern(), unit_pattern()
    return re.compile(rf"(?P<num>{num})(?P<approx_in>余|多)?(?P<mult>{mult})?(?P<approx_in2>余|多)?(?P<unit>{unit})?")


@lru_cache(maxsize=1)
def _without_unit() -> re.Pattern:
    num, mult = ARABIC_NUMBER, multiplier_pattern()
    return re.compile(rf"(?P<num>{num})(?P<approx_in>余|多)?(?P<mult>{mult})(?P<approx_in2>余|多)?(?P<unit>)")


def find_metrics(text: str, chinese: str = "informative") -> list[Metric]:
    """Metrics in `text`, sorted, not overlapping, origin "auto", with indicator and period.
    `chinese` is the policy for Chinese-numeral quantities: "none", "informative" or "all"
    (see metrics_chinese)."""
    norm = normalise_digits(text)
    guarded = guarded_spans(norm)
    found = list(_arabic_metrics(text, norm, guarded))
    if chinese != "none":
        from .metrics_chinese import chinese_metrics

        taken = [(m.start, m.end) for m in found]
        found += [m for m in chinese_metrics(text, norm, guarded, chinese) if not _overlaps(m, taken)]
    found.sort(key=lambda m: (m.start, m.end))
    return add_context(norm, found)


def read_selection(text: str) -> Metric | None:
    """The quantity in a span a reviewer marked (or a file brought without fields): the
    longest metric found with every Chinese-numeral form allowed, else the first number with
    whatever unit follows, even where the finder would not propose it (`2023年`)."""
    found = find_metrics(text, chinese="all")
    if found:
        return max(found, key=lambda m: m.end - m.start)
    match = _single().search(normalise_digits(text))
    if match is None:
        return None
    return _metric(text, normalise_digits(text), match)


def _overlaps(metric: Metric, taken: list[tuple[int, int]]) -> bool:
    return any(metric.start < end and start < metric.end for start, end in taken)


def _arabic_metrics(text: str, norm: str, guarded):
    position = 0
    pattern = _pattern()
    while True:
        match = pattern.search(norm, position)
        if match is None:
            return
        position = match.end()
        if match.group("low") is not None and not _range_fits(match):
            match = _single().match(norm, match.start())
            position = match.end()
        if match.group("mult") and _unit_is_a_word(norm, match):
            match = _without_unit().match(norm, match.start())  # 3亿人民币: 3亿, unit left implicit
            position = match.end()
        if _rejected(norm, match, guarded) is None:
            yield _metric(text, norm, match)


def _unit_is_a_word(norm: str, match: re.Match) -> bool:
    unit = match.group("unit")
    return bool(unit) and _group(match, "low") is None and unit_starts_a_word(unit, norm[match.end():match.end() + 3])


def _range_fits(match: re.Match) -> bool:
    low_unit, unit = match.group("low_unit"), match.group("unit")
    if low_unit and canonical_unit(low_unit) != canonical_unit(unit or ""):
        return False
    return bool(unit or match.group("mult"))


def _group(match: re.Match, name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _rejected(norm: str, match: re.Match, guarded) -> str | None:
    """Why this number is not a metric (None when it is one)."""
    start, end = match.start(), match.end()
    unit, mult, num = match.group("unit") or "", match.group("mult"), match.group("num")
    first = _group(match, "low") or num
    before, after = norm[max(0, start - 3):start], norm[end:end + 3]
    if not unit and not mult:
        return "bare number"
    if before.endswith("第"):
        return "ordinal"
    if inside(guarded, start, end):
        return "in a name, title or document number"
    if (before and before[-1] in CODE_JOINERS) or norm[start + len(first):start + len(first) + 1] in ("·", "•", "+"):
        return "code"
    if first.startswith("0") and len(first) >= 3 and "." not in first:
        return "code with a leading zero"
    if _is_year(num, unit, mult, match, after) or _is_year(_group(match, "low"), _group(match, "low_unit") or "", None, match, after):
        return "date"
    if unit.startswith("周") and after.startswith("年"):
        return "anniversary"
    if unit_starts_a_word(unit, after):
        return "the unit is the start of a word (3部门)"
    if unit.startswith("年") and after[:1] in ("级", "制"):
        return "school year"
    if unit == "次" and after.startswith(("列车", "动车", "航班", "高铁", "班车")):
        return "train or flight number"
    if not unit and after.startswith("级"):
        return "scale of an industry (千亿级)"
    if kind_of(unit) in ("time", "year") and after[:1] in ("前", "后"):
        return "a point in time (3年前, 10天后)"
    if unit == "个月" and before.endswith("年前"):
        return "period (今年前10个月)"
    if unit in ("名", "位", "强") and before.endswith("前"):
        return "rank (进入前10名)"
    return None


def _is_year(num: str | None, unit: str, mult, match: re.Match, after: str) -> bool:
    """A four-digit number before 年 (or 届/级/版/年度) is a year, not a number of years."""
    if not num or mult or len(num) != 4 or num[0] not in "12" or not num.isdigit():
        return False
    if match.group("approx_in") or match.group("approx_in2"):
        return False
    if unit == "年":
        return not after.startswith(("历史", "之久"))
    return unit in ("届", "级", "版")


def _metric(text: str, norm: str, match: re.Match) -> Metric:
    unit = canonical_unit(match.group("unit") or "")
    mult = match.group("mult") or ""
    value = parse_arabic(match.group("num"), mult)
    start, end = match.start(), match.end()
    value_high = None
    low = _group(match, "low")
    if low is not None:
        value_high = value
        low_mult = match.group("low_mult") or ""
        value = parse_arabic(low, low_mult)
        if not low_mult and mult and parse_arabic(low, mult) <= value_high:
            value = parse_arabic(low, mult)
    if norm[start - 1:start] in ("-", "−") and start >= 2 and _SIGN_AFTER.match(norm, start - 2):
        start, value = start - 1, -value
    approx = _approx(norm, start, end, match, unit)
    return Metric(start, end, text[start:end], value, unit, approx, value_high=value_high)


def _approx(norm: str, start: int, end: int, match: re.Match, unit: str) -> bool:
    if match.group("approx_in") or match.group("approx_in2") or "多" in (match.group("unit") or ""):
        return True
    before = norm[max(0, start - 3):start]
    if before.endswith(APPROX_BEFORE) and not before.endswith(NOT_APPROX_BEFORE):
        return True
    after = norm[end:end + 2]
    if after.startswith(APPROX_AFTER):
        return True
    return kind_of(unit) in ("time", "year", "age") and after[:1] in ("多", "余")
