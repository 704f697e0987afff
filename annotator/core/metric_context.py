"""What surrounds a metric: the guarded stretches where digits are names, not quantities
(short quotations, book titles, document numbers), and a cheap reading of the indicator
(what is measured) and the period (the time the figure covers).

Indicator: see metric_indicator (the noun phrase a count is written before, else the words
before the number within its clause, after the previous metric and the period). Period: the last
time phrase earlier in the same sentence (`截至11月底`, `2022年`, `今年1至10月`, `目前`,
`2019年以来`), skipping years that are only compared with (`相较2020年`) and event dates
(`5月19日`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .metric_indicator import indicator as _indicator
from .types import Metric

# A quotation of at most 16 characters with no sentence punctuation is a name or slogan
# (“三高四新”, “311”服务, “5种模式”); longer ones are speech, whose figures count.
_GUARDS = re.compile(
    r"(?=[“‘\"「《〔\[])(?:“[^“”\n，。；！？,;!?]{1,16}”|‘[^‘’\n，。；！？]{1,16}’|\"[^\"\n，。；！？]{1,16}\""
    r"|「[^「」\n，。；！？]{1,16}」|《[^《》\n]{1,60}》|〔[^〔〕\n]{1,12}〕|\[[^\[\]\n]{1,12}\])"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n（）()]")

_YEAR = r"(?:\d{4}|[今去前明当])年"
_MONTHS = (r"(?:\d{1,2}(?:至|到|-|—|–|~)\d{1,2}月份?|前\d{1,2}个月|前[一二三四五六七八九十]{1,2}个月"
           r"|[上下]半年|前[一二三]季度|第?[一二三四]季度|\d{1,2}月(?:份|底|末|初|上旬|中旬|下旬)?)")
# The look-ahead lets the engine skip, in one test, the positions where no period can start
# (most of the text): seven times faster than trying every alternative everywhere.
_PERIOD = re.compile(
    r"(?=[截到\d今去前明当上下第一二三四近过这两五六七八九十目现每全年])(?:"
    rf"(?:截[至止]|到)(?:目前|当前|现在|今年底|去年底|年底|年末|{_YEAR}(?:{_MONTHS})?(?:\d{{1,2}}日)?|{_MONTHS}(?:\d{{1,2}}日)?)"
    rf"|{_YEAR}(?:至|到|-|—){_YEAR}"
    rf"|{_YEAR}(?:[春夏秋冬][茶粮耕播收]?季|(?:春节|国庆|汛期|旺季|淡季)(?:期间)?)"  # 今年春茶季, 今年春节期间
    rf"|{_YEAR}度?(?:{_MONTHS})?(?:以来|来)?"
    rf"|{_MONTHS}(?:以来|来)?"
    r"|(?:近|过去|这)?(?:\d{1,2}|[两三四五六七八九十]{1,2})年(?:来|以来)"
    r"|近年来|近期|目前|当前|现阶段|每年|每月|每周|每天|全年|年内)"
)
_SINCE = re.compile(r"(?:[自从](?=[\u4e00-\u9fff]{2,3}以来))?[\u4e00-\u9fff]{2,3}以来")  # 试运营以来
_UP_TO_SINCE = re.compile(r"[^；;。！？!?\n]+?以来")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SEGMENT_END = re.compile(r"[；;。！？!?\n]")
SENTENCE_OPENING = 8  # a period this close to a sentence (paragraph) start covers all of it
_COMPARED = ("较", "比", "相较", "相比", "同比", "与", "于", "和")
_DAY = re.compile(r"\d{1,2}[日号]")


def guarded_spans(norm: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _GUARDS.finditer(norm)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def add_context(norm: str, metrics: list[Metric]) -> list[Metric]:
    if not metrics:
        return metrics
    sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(norm)]
    clause_starts = [0] + [m.end() for m in _CLAUSE_END.finditer(norm)]
    periods = [(m, _scope_end(norm, m, sentence_starts)) for m in _periods(norm) if _is_period(norm, m)]
    period_ends = [m.end() for m, _ in periods]
    result, previous_end = [], 0
    for number, metric in enumerate(metrics):
        clause = clause_starts[bisect.bisect_right(clause_starts, metric.start) - 1]
        period = _period_before(periods, period_ends, metric.start)
        left = max(clause, previous_end)
        index = bisect.bisect_right(clause_starts, metric.end)
        clause_end = clause_starts[index] - 1 if index < len(clause_starts) else len(norm)
        next_start = metrics[number + 1].start if number + 1 < len(metrics) else len(norm)
        period_span = (period.start(), period.end()) if period is not None else None
        indicator = _indicator(norm, left, metric, clause_end, next_start, period_span,
                               result[-1] if result else None)
        result.append(replace(metric, indicator=indicator, period=period.group(0) if period else ""))
        previous_end = metric.end
    return result


def _periods(norm: str) -> list[re.Match]:
    """Time phrases in order; `…以来` after an event (试运营以来) where no other phrase ends."""
    found = []
    for match in _PERIOD.finditer(norm):
        if match.group(0).startswith("到") and match.start() and _HAN.match(norm, match.start() - 1):
            # 增加到今年的71万元: 到 completes the verb before it; the period is 今年
            match = _PERIOD.match(norm, match.start() + 1)
            if match is None:
                continue
        found.append(match)
    ends = {m.end() for m in found}
    position = norm.find("以来")
    while position != -1:
        if position + 2 not in ends:
            since = _SINCE.match(norm, _since_start(norm, position))
            if since is not None and since.end() == position + 2 and not norm.startswith("的", position + 2):
                # 今年入冬以来: the event's phrase began inside the year before it; they are one period
                year = next((m for m in found if m.start() < since.start() < m.end()), None)
                if year is not None:
                    found.remove(year)
                    since = _UP_TO_SINCE.match(norm, year.start())
                found.append(since)  # not 陈列着明清以来的傩面具: a description of the things
        position = norm.find("以来", position + 2)
    return sorted(found, key=lambda m: m.start())


def _since_start(norm: str, position: int) -> int:
    start = position
    while start > position - 3 and start > 0 and _HAN.match(norm, start - 1):
        start -= 1
    if start > 0 and norm[start - 1] in "自从":
        start -= 1
    return start


def _is_period(norm: str, match: re.Match) -> bool:
    text, after = match.group(0), norm[match.end():match.end() + 3]
    if text.startswith(("截", "到")):
        return True
    if norm[max(0, match.start() - 2):match.start()].endswith(_COMPARED):
        return False
    if text.endswith("年度") and not _CLAUSE_END.match(after):
        return False  # 2022年度创新创业大赛: the name of an event
    return not _DAY.match(after)


def _scope_end(norm: str, match: re.Match, sentence_starts: list[int]) -> int:
    """How far a period reaches: 每年 its clause; a period opening its paragraph the whole
    paragraph (`2022年，…。…。`); 截至… or a period opening its sentence the sentence; any
    other the rest of its semicolon-separated part. A later period takes over."""
    start = match.start()
    index = bisect.bisect_right(sentence_starts, start)
    sentence_end = sentence_starts[index] if index < len(sentence_starts) else len(norm)
    if match.group(0).startswith("每"):
        found = _CLAUSE_END.search(norm, match.end())
        return min(found.end() if found else len(norm), sentence_end)
    if start - (norm.rfind("\n", 0, start) + 1) <= SENTENCE_OPENING:
        paragraph_end = norm.find("\n", start)
        return len(norm) if paragraph_end == -1 else paragraph_end
    if match.group(0).startswith("截") or start - sentence_starts[index - 1] <= SENTENCE_OPENING:
        return sentence_end
    found = _SEGMENT_END.search(norm, match.end())
    return min(found.end() if found else len(norm), sentence_end)


def _period_before(periods, period_ends, start: int):
    index = bisect.bisect_right(period_ends, start) - 1
    while index >= 0:
        match, scope_end = periods[index]
        if scope_end > start:
            return match
        if match.start() < start - 400:
            return None
        index -= 1
    return None
