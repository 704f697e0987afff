"""Numerals: Arabic digits (with thousands separators and full-width forms), multipliers
(万, 亿, 千, 百万, 万亿, ...) and Chinese numerals (parsed with cn2an). Values are exact
Decimals; nothing here goes through float.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# Full-width digits and signs map one character to one character, so a normalised copy of
# a text keeps every offset of the original.
_FULL_WIDTH = {ord("０") + i: ord("0") + i for i in range(10)}
_FULL_WIDTH.update({ord("．"): ord("."), ord("％"): ord("%"), ord("﹪"): ord("%"),
                    ord("－"): ord("-"), ord("～"): ord("~"), ord("＋"): ord("+"),
                    ord("／"): ord("/"), ord("："): ord(":")})
_FULL_WIDTH.update({ord(c): ord(c) - 0xFEE0 for c in "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"})
_FULL_WIDTH.update({ord(c): ord(c) - 0xFEE0 for c in "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"})

MULTIPLIERS = {
    "万亿": Decimal(10) ** 12,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,
    "十亿": Decimal(10) ** 9,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "百": Decimal(10) ** 2,
}

_LONGEST_FIRST = sorted(MULTIPLIERS, key=len, reverse=True)

# An Arabic number: 1,234,567 (ASCII commas between groups of three) or plain digits, with
# an optional decimal part.
ARABIC_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

CHINESE_DIGITS = "零〇一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿"
_PAIR = re.compile("([一二三四五六七八])([二三四五六七八九])")


_NEEDS_TRANSLATION = re.compile("[" + "".join(sorted(chr(c) for c in _FULL_WIDTH)) + "]")


def normalise_digits(text: str) -> str:
    """Full-width digits, point, percent sign and Latin letters as ASCII (same length)."""
    if _NEEDS_TRANSLATION.search(text) is None:  # most texts: a C scan instead of a rebuild
        return text
    return text.translate(_FULL_WIDTH)


def exact(value: Decimal) -> Decimal:
    """Integral values without a fractional part (5.31亿 -> 531000000, not 531000000.00),
    others without trailing zeros; never in exponent notation."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def parse_quantity(text: str) -> Decimal:
    """A quantity as a reviewer types it or an article writes it: `531000000`, `5.31亿`,
    `3千亿`, `1,234`, `５２４１.５万`, `五十`. The one value parser: extraction reads numbers
    with `parse_arabic`/`parse_chinese` below and the metric cells with this, over the same
    multiplier table. Raises ValueError when it is not one number."""
    cleaned = normalise_digits(text.strip()).replace(" ", "").replace(",", "")
    try:
        if not Decimal(cleaned).is_finite():  # NaN, Infinity: Decimal reads them, a quantity is neither
            raise ValueError(f"{text.strip()!r} is not a finite number")
    except InvalidOperation:
        pass
    multiplier = next((word for word in _LONGEST_FIRST if cleaned.endswith(word) and len(cleaned) > len(word)), "")
    digits = cleaned[: len(cleaned) - len(multiplier)]
    if any(ch.isdigit() for ch in digits):
        try:
            number = Decimal(digits)
        except InvalidOperation:
            raise ValueError(f"{text.strip()!r} is not a number") from None
        if number.is_finite():
            return parse_arabic(digits, multiplier)  # out-of-range arithmetic raises DecimalException
    if cleaned and all(ch in CHINESE_NUMERAL_CHARS for ch in cleaned):
        read = parse_chinese(cleaned)
        if read is not None and read[1] is None:
            return read[0]
    raise ValueError(f"{text.strip()!r} is not a number")


def parse_arabic(digits: str, multiplier: str = "") -> Decimal:
    """`1,234.5` with multiplier `万` -> 12345000 (digits may be full-width)."""
    number = Decimal(normalise_digits(digits).replace(",", ""))
    return exact(number * MULTIPLIERS.get(multiplier, Decimal(1)))


@lru_cache(maxsize=4096)
def parse_chinese(numeral: str) -> tuple[Decimal, Decimal | None] | None:
    """A Chinese numeral as (low, high): `五十` -> (50, None); an approximate pair of
    neighbouring digits gives a range: `七八十万` -> (700000, 800000), `三四` -> (3, 4).
    None when it is not a number cn2an can read."""
    pair = _PAIR.search(numeral)
    if pair and "零一二三四五六七八九".index(pair.group(2)) == "零一二三四五六七八九".index(pair.group(1)) + 1:
        low = _cn2an(numeral[:pair.start()] + pair.group(1) + numeral[pair.end():])
        high = _cn2an(numeral[:pair.start()] + pair.group(2) + numeral[pair.end():])
        return (low, high) if low is not None and high is not None else None
    value = _cn2an(numeral)
    return None if value is None else (value, None)


def _cn2an(numeral: str) -> Decimal | None:
    import cn2an  # imported on first use: it takes a third of a second

    if numeral == "百":
        return Decimal(100)
    try:
        value = cn2an.cn2an(numeral, "strict")
    except (ValueError, KeyError, IndexError):
        try:
            value = cn2an.cn2an(numeral, "smart")  # colloquial forms such as 一万二
        except (ValueError, KeyError, IndexError):
            return None
    return exact(Decimal(str(value)))
