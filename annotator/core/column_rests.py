"""Signs that a paragraph is running text a column cut off, not a headline, and where
that text goes on (docs/adr/0005, addendum 14)."""
from __future__ import annotations

import re
from functools import lru_cache

from .cleaning import Paragraph
from .shared_words import character_pairs, headline_affinity
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


# How many times more of its words the rest shares with the cut article than with the
# report it follows.
REST_LEAN = 2.0


def signed_rest_by_words(blocks: list, opened: int, end: int, report: int, body: str,
                         byline_kinds: set[str], heads: list[int]) -> int | None:
    """Where a cut article's rest begins inside the report set between its open end
    (blocks[end], headed at `opened`) and the next headline, when no word or figure at the
    break says so (`…群众在家门口就能` / … / `看上专家门诊。截至目前，…`): the report is headed
    above, yet its text ends in a byline and a second headline, so another article ends
    there. The rest starts at the paragraph after a finished one, opening nothing, from
    which on the text shares REST_LEAN times more of its words with the cut article than
    with the report before it; the headline below must lean to the cut article too."""
    from .reassembly import continuation_score, is_open, opens_report  # (reassembly imports this module)

    stop = next((n for n in heads if n > report), len(blocks))
    if stop == len(blocks):
        return None
    texts = lambda start, stop_: "".join(b.text for b in blocks[start:stop_] if b.kind == body)  # noqa: E731
    # the cut article's text: from the last headline or byline above its open end
    opened = max([opened, *(n for n in range(opened + 1, end) if blocks[n].kind in byline_kinds)])
    own_text = texts(opened + 1, end + 1)
    own = character_pairs(own_text)
    heading_set = set(heads)
    after_run = next((n for n in range(stop, len(blocks)) if n not in heading_set), len(blocks))
    headline = "".join(b.text for b in blocks[stop:after_run])
    if blocks[stop - 1].kind not in byline_kinds:
        # unsigned (a report signed in its agency line, `本报讯（记者…）`): the headline is
        # the cut article's, set after its body, only when its words are the cut article's
        # rather than those of the text below it (which it would head)
        below = texts(after_run, next((n for n in heads if n >= after_run), len(blocks)))
        if headline_affinity(headline, [own_text]) <= headline_affinity(headline, [below]):
            return None
    best, found = 0.0, None
    for start in range(report + 1, stop):
        if (blocks[start].kind != body or blocks[start - 1].kind != body or is_open(blocks[start - 1].text)
                or opens_report(blocks[start].text) or continuation_score(blocks[end].text, blocks[start].text) < 0):
            continue
        rest, before = character_pairs(texts(start, stop)), character_pairs(texts(report, start))
        if not rest:
            continue
        with_own, with_report = len(rest & own) / len(rest), len(rest & before) / len(rest)
        leans = headline_affinity(headline, [own_text]) > headline_affinity(headline, [texts(report, start)])
        if leans and with_own >= REST_LEAN * with_report and with_own - with_report > best:
            best, found = with_own - with_report, start
    return found


# Who said it, as a sentence of its own (`社员欧建军笑着说。`, `家住河街的李大爷说。`): no
# clause mark or quote before `说。`.
_SPEAKER_SENTENCE = re.compile(r"^[^，。！？；：“”「」（）()]{2,20}说。")


def speaker_of_quote(left: str, right: str) -> bool:
    """`…现在又能看到鱼了。”` / `家住德山街道的粟大爷说。…`: a quotation closed at the end of a
    line and the next opening with who said it, in a sentence of its own. The sentence runs
    across the break (a paragraph opens with `X说，…` but not with `X说。`)."""
    return left.endswith(("。”", "！”", "？”", "…”")) and bool(_SPEAKER_SENTENCE.match(right))
