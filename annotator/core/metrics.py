"""Metric finder (baseline: Arabic number + multiplier + unit)."""
from __future__ import annotations

import re
from decimal import Decimal

from .types import Metric

_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000)}
_PATTERN = re.compile(r"(\d+(?:\.\d+)?)(余|多)?(万|亿|千)?(元|人|个|家|支|亩|公里|平方米|吨|户|项|次|名|条|%)")


def find_metrics(text: str) -> list[Metric]:
    found = []
    for match in _PATTERN.finditer(text):
        value = Decimal(match.group(1)) * _MULTIPLIERS.get(match.group(3) or "", Decimal(1))
        found.append(Metric(match.start(), match.end(), match.group(0), value.normalize() if value == value.to_integral() else value,
                            match.group(4), bool(match.group(2))))
    return found
