"""Cleaning of text extracted from PDF newspaper pages.

The extraction keeps the column's hard line breaks, sometimes adds a blank line after every
line, and pads characters with spaces (`武 陵 区`). Cleaning joins the lines of a paragraph,
keeps real paragraph breaks, and removes every space that touches a CJK character or CJK
punctuation, keeping spaces between Latin words. Nothing else is rewritten: full-width
characters stay full-width, so the reviewer reads what the paper printed.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Han ideographs (BMP and the supplementary planes: rare characters in names exist there).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# CJK punctuation, full-width forms, and the quotes/dashes/ellipsis Chinese text uses.
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2022\u25cf"
CJK_CLASS = f"[{_HAN}{_CJK_PUNCT}]"
HAN_RE = re.compile(f"[{_HAN}]")

_SPACES = " \t\u00a0\u3000\u2002\u2003\u2009\u200a"
_SPACE_RUN = f"[{_SPACES}]+"
_SPACE_BEFORE_CJK = re.compile(f"{_SPACE_RUN}(?={CJK_CLASS})")
_SPACE_AFTER_CJK = re.compile(f"(?<={CJK_CLASS}){_SPACE_RUN}")
_INNER_SPACES = re.compile(_SPACE_RUN)
# Characters a reader cannot see that PDF extraction leaves behind: zero-width ones split
# names invisibly, control and direction-override characters garble the display.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Wider than any newspaper column: the extraction wrote one paragraph per line.
WHOLE_PARAGRAPH_LINES = 40
MIN_COLUMN = 8  # narrower than any column: short lines of a hand-written file
FINAL_PUNCT = "。！？!?…"
# A closing quote or bracket after final punctuation still ends the sentence: `……。”`
_SENTENCE_END = re.compile(f"[{FINAL_PUNCT}][”’」』）)]*$")
# Punctuation after which a line cannot end a paragraph.
_CONTINUES = "，、；：,;:（(《〈“‘「『—-"


def squeeze_spaces(line: str) -> str:
    """Remove spaces that touch CJK characters or punctuation; collapse the rest."""
    line = _INVISIBLE.sub("", line)
    line = _SPACE_BEFORE_CJK.sub("", line)
    line = _SPACE_AFTER_CJK.sub("", line)
    return _INNER_SPACES.sub(" ", line).strip()


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


_COMPRESSIBLE = set("，、。；：！？“”‘’（）《》〈〉「」『』【】")


def display_width(text: str) -> float:
    """Width in em as the column sets it: ideographs 1, ASCII 0.5, and CJK punctuation
    0.6 because typesetters compress it (a line rich in `“、”` holds more characters)."""
    return sum(map(_char_width, text))


@functools.lru_cache(maxsize=8192)
def _char_width(char: str) -> float:
    if char in _COMPRESSIBLE:
        return 0.6
    if unicodedata.east_asian_width(char) in "WF" or char in "—…":
        return 1.0
    return 0.5


# A bracketed note after a sentence's end closes the paragraph: `…67.5%。（陈静）`, `（完）`.
_NOTE_AFTER_SENTENCE = re.compile(f"[{FINAL_PUNCT}]”?[（(][^（）()]{{1,24}}[)）]$")


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


@dataclass(frozen=True)
class Line:
    text: str  # spaces touching CJK removed
    raw: str  # inner spaces kept (collapsed): bylines need them (`李 彬` is one name)
    number: int  # 1-based line number in the raw page
    width: float
    gap: int = 0  # blank lines before it


@dataclass(frozen=True)
class Paragraph:
    text: str
    first_line: int
    last_line: int
    raw: str = ""  # set for single-line paragraphs: the line with its inner spaces
    # Where a line ending in a comma was joined with a line opening a report (`…开起了民宿，` /
    # `11月30日，在祁阳市…`): offsets into text where a column may have been cut (column_cuts).
    cuts: tuple[int, ...] = ()
    # Where a line stopping mid-word or mid-phrase (no punctuation) was joined with the next:
    # a column cut at full width looks the same (the splitter checks the page's words).
    seams: tuple[int, ...] = ()


def raw_lines(text: str) -> list[Line]:
    lines = []
    blank = 0
    for number, raw in enumerate(normalize_newlines(text).split("\n"), start=1):
        squeezed = squeeze_spaces(raw)
        if not squeezed:
            blank += 1
            continue
        spaced = _INNER_SPACES.sub(" ", _INVISIBLE.sub("", raw)).strip()
        width = display_width(squeezed) + _PADDED_WIDTH * len(_DIGIT_PADDING.findall(spaced))
        lines.extend(_split_trailing_byline(Line(squeezed, spaced, number, width, blank)))
        blank = 0
    return lines


# The spaces a page sets around numbers in Chinese text (`达到 8.6 万亩`) take room in the
# column: without them a line holding numbers looks shorter than its column, like a
# paragraph's last line.
_DIGIT_PADDING = re.compile(f"(?<=[0-9%])[{_SPACES}](?={CJK_CLASS})|(?<={CJK_CLASS})[{_SPACES}](?=[0-9])")
_PADDED_WIDTH = 0.5


def _usual_gap(lines: list[Line]) -> int:
    """How many blank lines the page usually puts between two lines (0, or 1 when the
    extraction adds a blank line after every line)."""
    counts: dict[int, int] = {}
    for line in lines[1:]:
        counts[line.gap] = counts.get(line.gap, 0) + 1
    return max(counts, key=lambda gap: (counts[gap], -gap)) if counts else 0


def _column_widths(lines: list[Line], radius: int = 12) -> list[float]:
    """Typical line width around each line: the column it was set in."""
    widths = [line.width for line in lines]
    result = []
    for index in range(len(lines)):
        # The upper part of the window: short lines (paragraph ends, headings) are many.
        window = sorted(widths[max(0, index - radius): index + radius + 1])
        result.append(window[int(0.7 * (len(window) - 1))])
    return result


# A byline, a photo credit or a subtitle never joins its neighbours.
_PHOTO_CREDIT = re.compile(r"\s(摄|摄影|供图)[)）]?$")
_PAREN_NAMES = re.compile(r"^[（(][^（）()]{2,40}[)）]$")


def _standalone(line: Line) -> bool:
    return bool(
        _PHOTO_CREDIT.search(line.raw)
        or (_PAREN_NAMES.match(line.raw) and " " in line.raw)
        or line.text.startswith("——")
    )


_TRAILING_BYLINE = re.compile(r"^(.*[。！？”])\s*([（(][^（）()]{2,40}[)）])$")


def _split_trailing_byline(line: Line) -> list[Line]:
    """`……硬件设施。 （郑丹枚 李 彬）` -> the sentence, then the byline on its own line."""
    match = _TRAILING_BYLINE.match(line.raw)
    if not match or " " not in match.group(2).strip("()（） "):
        return [line]
    head, byline = squeeze_spaces(match.group(1)), match.group(2)
    return [
        Line(head, match.group(1).strip(), line.number, display_width(head), line.gap),
        Line(squeeze_spaces(byline), byline, line.number, display_width(byline)),
    ]


def paragraphs(text: str) -> list[Paragraph]:
    """Join hard-wrapped lines into paragraphs.

    A line ends its paragraph when it ends a sentence, when it is clearly shorter than the
    column it was set in (a heading, a title, the last line of a paragraph), or when it or
    the next line is a byline, photo credit or subtitle, or when a wider gap than the page's
    usual one follows it (the extraction marks vertical space with blank lines). A line ending
    in a comma, an enumeration mark or an opening bracket, and a line before one that starts
    with closing punctuation (`”`, `，`: the column cut them off the sentence), continue.
    """
    lines = raw_lines(text)
    if not lines:
        return []
    columns = _column_widths(lines)
    usual_gap = _usual_gap(lines)
    result: list[Paragraph] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            joined = current[0].text
            cuts, seams = [], []
            for previous, nxt in zip(current, current[1:]):
                joined += _joiner(previous.text, nxt.text)
                if _may_cut_column(previous, nxt):
                    cuts.append(len(joined))
                elif previous.text[-1].isdigit() or HAN_RE.match(previous.text[-1]):
                    seams.append(len(joined))
                joined += nxt.text
            raw = current[0].raw if len(current) == 1 else ""
            result.append(Paragraph(joined, current[0].number, current[-1].number, raw, tuple(cuts), tuple(seams)))
            current.clear()

    for index, line in enumerate(lines):
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if _standalone(line):
            flush()
            current.append(line)
            flush()
            continue
        first = not current
        current.append(line)
        after_next = lines[index + 2] if index + 2 < len(lines) else None
        if nxt is None or (nxt.gap > usual_gap and not _starts_closed(nxt)) or _ends_paragraph(line, nxt, columns[index], first) or (
            first and _two_headlines(line, nxt, after_next)
        ) or _headline_next(nxt, after_next) or _headline_before_report(current, nxt, after_next):
            flush()
    flush()
    return result


# How news paragraphs open: a time phrase and a comma (`近日，`, `2022年，`, `12月13日，`).
LEDE = re.compile(
    r"^(?:近日|日前|近期|近年来|今年以来|今年来|去年以来|今年|去年|目前|截至[^，。]{1,8}"
    r"|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来)?|\d{1,2}月\d{1,2}日(?:[上下]午|晚)?)，"
)


# How a news report opens: the agency line or the date of the event (`本报讯（记者…）`,
# `12月5日，`). After a column cut (`…1.2万户果农，`) a line opening like this on a line of its
# own starts another article's column, not the rest of the sentence.
NEWS_OPENING = re.compile(r"^(?:本报讯|本报[^，。]{1,8}电|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?，)")

# A feature opens with the season and the time of day (`深秋的傍晚，`, `冬日的清晨，`) or the
# season alone (`初冬时节，`): no sentence of running text goes on with it.
SEASON_OPENING = re.compile(
    r"^(?:[\u3400-\u9fff]{2,4}时节|(?:[初仲深隆暮]?[春夏秋冬]|[春夏秋冬][日季天])的"
    r"(?:清晨|早晨|上午|中午|午后|下午|傍晚|黄昏|夜晚|深夜))，"
)


# A paragraph's first line is indented by two characters; measured without its indent (and
# with compressed punctuation) it is at least one em shorter than its column.
_INDENT = 1.0


def _opens_report(line: Line, nxt: Line, column: float) -> bool:
    """`…果农，` / `12月4日，醴陵市…`: the next line opens a report (its own paragraph: a
    line of a page set one paragraph per line, or a first line set short by its indent),
    so the column cut after `line` is no sentence going on."""
    if not NEWS_OPENING.match(nxt.text) or ends_sentence(line.text):
        return False
    if column > WHOLE_PARAGRAPH_LINES:
        return True
    return nxt.width <= column - _INDENT and not ends_sentence(nxt.text)


# A line ending in a comma this far short of its column is no line of running text (those
# fill their column): the column was cut there.
_CUT_SHORT = 0.6


def _column_cut(line: Line, nxt: Line, column: float) -> bool:
    """`…获得一等奖，` set short (not a paragraph's first line: a crosshead wraps after its
    comma too), then an indented first line (`“这出《目连救母》…`): the article's column
    stops after a comma and another paragraph begins; the cut article goes on further down
    the page."""
    return (
        MIN_COLUMN <= column <= WHOLE_PARAGRAPH_LINES and line.text[-1] in "，、"
        and line.width < _CUT_SHORT * column and nxt.width <= column - _INDENT and not ends_sentence(nxt.text)
    )


# A date the line break cut after its month or year: `…（记者黄蓉）12 月` / `7 日，嘉禾县…`.
_DATE_HEAD = re.compile(r"\d[年月]$")
_DATE_TAIL = re.compile(r"^\d{1,2}[月日号]")
# the break after a date's first number, before its unit (`…（通讯员 游 子 苗 青）12` / `月 12 日，`)
_DATE_UNIT_TAIL = re.compile(r"^[年月]\d{1,2}[月日号]")


def _may_cut_column(line: Line, nxt: Line) -> bool:
    """A line ending in a comma joined with a line that opens a report (`本报讯…`, `11月30日，`):
    on a page set without first-line indents, a column cut there looks like a date inside
    a sentence (`…得到了解决，` / `12月17日，银行…`); only the page's other articles tell."""
    return line.text[-1] in "，、" and bool(NEWS_OPENING.match(nxt.text))


def cuts_number(left: str, right: str) -> bool:
    """The break between `left` and `right` falls inside a number or a date."""
    if not left or not right:
        return False
    if left[-1].isdigit() and right[0].isdigit():
        return True
    if left[-1].isdigit() and _DATE_UNIT_TAIL.match(right):
        return True
    return bool(_DATE_HEAD.search(left) and _DATE_TAIL.match(right))


def _overfull(line: Line, column: float) -> bool:
    """Wider than its column: a headline or banner set across columns."""
    return line.width > column + max(2.5, 0.2 * column)


# A line cannot start with these: the sentence above goes on.
_CLOSING_START = "，。、；：！？）》〉」』”’,;:!?)"


def _starts_closed(line: Line) -> bool:
    return line.text[0] in _CLOSING_START


def _bracket_open(text: str) -> bool:
    """The line leaves a bracket open (`…集群。（记者方晓婷通讯员`)."""
    opened = max(text.rfind("（"), text.rfind("("))
    return opened >= 0 and opened > max(text.rfind("）"), text.rfind(")"))


def _closes_bracket(text: str) -> bool:
    """The line closes a bracket opened above it (`胡 斌）`, `罗佳怡）`)."""
    closing = [n for n in (text.find("）"), text.find(")")) if n >= 0]
    opening = [n for n in (text.find("（"), text.find("(")) if n >= 0]
    return bool(closing) and (not opening or min(closing) < min(opening))


def _ends_paragraph(line: Line, nxt: Line, column: float, first: bool) -> bool:
    if _starts_closed(nxt) and not _standalone(nxt):
        return False
    if _bracket_open(line.text) and _closes_bracket(nxt.text) and not _standalone(nxt):
        return False  # a bracketed byline or note the column wrapped goes on below
    if _standalone(nxt) or ends_sentence(line.text) or _NOTE_AFTER_SENTENCE.search(line.text):
        return True
    if cuts_number(line.text, nxt.text):
        return False  # a number or date cut by the line break (`3` / `00多盒`, `12月` / `7日，`)
    if _opens_report(line, nxt, column):
        return True
    if _overfull(line, column) or _overfull(nxt, column):
        return True
    if not first and _column_cut(line, nxt, column):
        return True
    if line.text[-1] in _CONTINUES:
        return False
    if not MIN_COLUMN <= column <= WHOLE_PARAGRAPH_LINES:
        return True  # not set in newspaper columns: each line is a paragraph
    # The first line of a paragraph is indented by two characters, so it is set shorter
    # than the column; a heading is shorter still.
    tolerance = max(1.5, 0.12 * column)
    if first and (LEDE.match(nxt.text) or SEASON_OPENING.match(nxt.text)):
        return True  # a line of its own before `近日，…`: a headline, however long
    if first:
        # A heading followed by an indented first line: both are short.
        next_is_first_line = nxt.width < column - tolerance and not ends_sentence(nxt.text)
        return line.width < column - 2 - max(1.5, 0.1 * column) or (
            next_is_first_line and line.width < column - tolerance
        ) or _heading_before_quote(line, nxt, column)
    return line.width < column - tolerance


def _heading_before_quote(line: Line, nxt: Line, column: float) -> bool:
    """`北湖区：家庭医生上门 健康服务到家` set at the column's width, then an indented line
    opening a quotation (`“血压比上个月稳定多了，…`): a line of its own without clause
    punctuation before a paragraph that opens with a quote is a heading, however long. (A
    line of running text that stops before a quote ends in `：` or holds a clause mark.)"""
    return (
        nxt.text[0] == "“" and nxt.width <= column - _INDENT and not ends_sentence(nxt.text)
        and not _CLAUSE_PUNCT.search(line.text) and line.text[-1] not in "：:“"
    )


_ANY_PUNCT = re.compile("[，、。；：！？,.;:!?]")


def _two_headlines(line: Line, nxt: Line, after_next: Line | None) -> bool:
    """Two lines without punctuation before a subtitle: one article's headline set after
    its body, then the next article's headline (the subtitle's), unless the break cuts a
    word (`…让园区经` / `济更显活力` is one headline wrapped)."""
    if after_next is None or not after_next.text.startswith("——"):
        return False
    if _ANY_PUNCT.search(line.text) or _ANY_PUNCT.search(nxt.text) or min(line.width, nxt.width) < 6:
        return False
    from .reassembly import word_across  # jieba, only for this rare layout

    return not word_across(line.text, nxt.text)


def _headline_next(nxt: Line, after_next: Line | None) -> bool:
    """The line before a subtitle is a headline (a line without punctuation, or only
    quotes/colons as headlines have them), whatever the line above it ends with."""
    return (
        after_next is not None and after_next.text.startswith("——")
        and not re.search("[，、。；！？]", nxt.text) and not nxt.text.startswith("——")
    )


# Punctuation a headline does not hold (quotes, colons and dashes it may).
_CLAUSE_PUNCT = re.compile("[，、。；！？,;!?]")
_HEADLINE_MAX = 36


def _headline_before_report(lines: list[Line], nxt: Line, after_next: Line | None) -> bool:
    """`…种植剑麻、腰果等作物4.5万亩，` / `湘企锂电池材料“出海”提速` / `“明年一季度的订单…”12月9日，`:
    a column of running text cut after a comma, then a line without clause punctuation,
    then a report's opening. The short line is the next article's headline, not the rest of
    the sentence (that goes on further down the page). The line above must be running text
    (a clause mark before its end, on this line or an earlier one of the paragraph: a narrow
    column's last line may hold none, `贸订单同比增长36.2%，`): a crosshead wraps after its
    comma too (`突出延链补链，`), on its first line."""
    so_far = "".join(line.text for line in lines)
    if after_next is None or so_far[-1] not in "，、" or not _CLAUSE_PUNCT.search(so_far[:-1]):
        return False
    if _CLAUSE_PUNCT.search(nxt.text) or nxt.width > _HEADLINE_MAX or nxt.text[0] in _CLOSING_START:
        return False
    from .reassembly import opens_report  # it builds on this module's openings

    return opens_report(after_next.text) and not opens_report(nxt.text)


def _joiner(left: str, right: str) -> str:
    """A space survives a line break only between two Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha():
        return " "
    return ""


def clean_text(text: str) -> str:
    """Clean a whole text (an article body): paragraphs joined by single newlines, no line
    break left inside a sentence (reassembly.join_sentences)."""
    from .reassembly import join_sentences  # it builds on this module's paragraphs

    return "\n".join(p.text for p in join_sentences(paragraphs(text)))
