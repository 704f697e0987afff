"""Signs that a paragraph is running text a column cut off, not a headline, and where
that text goes on (docs/adr/0005, addendum 14)."""
from __future__ import annotations

import re
from functools import lru_cache

from .cleaning import Paragraph
from .units import unit_kinds

_INNER_CLAUSE_MARK = re.compile("[，、；]")


def wrapped_clause(paragraph: Paragraph) -> bool:
    """The paragraph holds a clause mark and a line break inside a clause (a line that
    filled the column and stopped mid-phrase, `中心还开通了预约转诊绿色通道，今年已` /
    `向上级医院转诊患者`): running text that the column stopped mid-sentence, not a
    headline. A crosshead set on two lines breaks after its clause (`突出延链补链，` /
    `让企业项目更有潜力`, `强化监测、分类帮扶——` / `消除返贫致贫风险`)."""
    return bool(paragraph.seams) and bool(_INNER_CLAUSE_MARK.search(paragraph.text[:-1]))


# One or two short phrases, then the date (`锣鼓铿锵，唱腔高亢。12月12日晚，`): a report's
# opening set as a scene before its dateline.
_SCENE_THEN_DATE = re.compile(r"^(?:[\u3400-\u9fff]{2,8}[，。]){1,2}(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def scene_then_date(text: str) -> bool:
    """The paragraph opens a report with a short scene, then its date."""
    return bool(_SCENE_THEN_DATE.match(text))


def _measure_units() -> str:
    units = [unit for unit, kind in unit_kinds().items() if kind in ("money", "measure", "percent")]
    return "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))


@lru_cache(maxsize=1)
def _amount_opening() -> re.Pattern:
    return re.compile(rf"^\d+(?:\.\d+)?[多余]?[万亿]?(?:{_measure_units()})")


def opens_with_amount(text: str) -> bool:
    """The paragraph starts with an amount of money or a measure (`42万元增长到今年的75万元。`,
    `3.6公里，…`): no paragraph opens with a bare figure, so it finishes a sentence the
    column cut before its number (`…村集体经济收入从去年的`). Dates and years are no
    amount."""
    return bool(_amount_opening().match(text))
