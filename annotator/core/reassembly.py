"""Putting pieces of an article back together (docs/adr/0005-reassembling-split-articles.md).

PDF extraction reads a page column by column, and where columns of two articles meet, an
article's text can stop mid-sentence and go on further down the page, after the start of
another article (`…按人均住房建筑面积不超过13平方米发放4至6元/平方米不` … `等的租赁补贴，…`).
This module decides where a paragraph that stops mid-sentence goes on:

- next to it, when the break is plainly inside a sentence: the next paragraph starts with
  punctuation or with one character and punctuation (`务，还帮我…`, `建。今年来…`), a number
  is cut in two, or (on pages set one paragraph per line) a dictionary word only forms
  across the break (`民生实` / `事的办理`);
- elsewhere, when a piece of text that begins after a mid-sentence stop or after a byline
  (where an article ended) fits another open end better: a word jieba forms only across
  the break (`平方米不` + `等的`, `烟站党支部不` + `仅为我`), an open quote closed at the
  start of the piece (`“加油` + `免费洗车”是…`), and which article's words the piece shares.

The functions work on classified blocks (see splitting.py) and return them reordered, each
open end joined to its continuation in one paragraph, so no line break is left in a sentence.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from . import tokenize
from .cleaning import HAN_RE, LEDE, NEWS_OPENING, SEASON_OPENING, Paragraph, cuts_number, ends_sentence
from .column_rests import opens_with_amount, scene_then_date, signed_rest_by_words, speaker_of_quote
from .shared_words import Vocabulary, headline_affinity

# A paragraph cannot start with these: the text before the break goes on here.
_CLOSING = "，。、；：！？）》〉」』”’,.;:!?)"
# One character and punctuation: the tail of a word cut by the break (`务，`, `建。`).
_WORD_TAIL = re.compile(r"^[\u3400-\u9fff][，。、；：！？]")
# A paragraph that stops here has not finished its sentence (a closing quote or bracket
# after an unfinished clause is taken as finished: `…“履职清单”`).
_FINISHED_TAIL = "”’」』）)》"


def is_open(text: str) -> bool:
    """True when the paragraph stops mid-sentence."""
    return bool(text) and not ends_sentence(text) and text[-1] not in _FINISHED_TAIL


# How often jieba's dictionary must have seen a word that only the break cuts for it to
# count (rare entries such as 户户 in `农户` / `户均` form by chance).
_COMMON_WORD = 1000


def word_across(left: str, right: str) -> float:
    """How surely the break cuts a word in two: 1 when jieba, cutting the characters on both
    sides, makes a word across it (`党支部不` / `仅为我` gives 不仅), 0.5 when only a common
    dictionary word spans it (`平方米不` / `等的`: jieba prefers 平方米, but 不等 is a word), else 0."""
    return _word_across(left[-3:], right[:3])


@functools.lru_cache(maxsize=4096)
def _word_across(left: str, right: str) -> float:
    """word_across on the three characters either side (the cache key: a page asks about
    the same break for every candidate piece)."""
    if not left or not right or not HAN_RE.match(left[-1]) or not HAN_RE.match(right[0]):
        return 0.0
    for width in (2, 3):
        near_left, near_right = left[-width:], right[:width]
        position = 0
        for word in tokenize.jieba().cut(near_left + near_right, HMM=False):
            if position < len(near_left) < position + len(word):
                return 1.0
            position += len(word)
    for before in range(1, len(left) + 1):
        for after in range(1, len(right) + 1):
            word = left[-before:] + right[:after]
            if len(word) <= 4 and all(HAN_RE.match(c) for c in word) and tokenize.frequency(word) >= _COMMON_WORD:
                return 0.5
    return 0.0


def _quote_open(text: str) -> bool:
    return text.count("“") > text.count("”")


def _closes_quote(text: str) -> bool:
    """The piece closes a quote it did not open (`免费洗车”是…`)."""
    close, opening = text.find("”"), text.find("“")
    return close >= 0 and (opening < 0 or close < opening)


def plainly_continues(left: str, right: str) -> bool:
    """The break between two neighbouring paragraphs is inside a sentence, whatever else is
    on the page."""
    if not is_open(left) or not right:
        return False
    if right[0] in _CLOSING or _WORD_TAIL.match(right):
        return True
    return cuts_number(left, right)


_CLAUSE_MARK = re.compile("[，。；：！？]")


def opens_report_after_cut(left: str, right: str) -> bool:
    """`…13.6万亩，` / `本报讯（记者…）12月4日，…`: a column cut off mid-sentence, then a
    paragraph that opens a news report: another article begins here (the cut article goes
    on further down the page)."""
    return is_open(left) and opens_report(right)


def opens_report(text: str) -> bool:
    """The paragraph opens the way news reports do (`本报讯…`, `12月7日，`, `近日，`,
    `初冬时节，`, `“……”12月9日，`)."""
    return bool(NEWS_OPENING.match(text) or LEDE.match(text) or _other_opening(text))


def _other_opening(text: str) -> bool:
    """Other ways a report opens: a season (`初冬时节，`, `深秋的傍晚，`), or a quote and then
    the date (`“这出戏唱了几百年……”12月7日晚，`)."""
    return bool(SEASON_OPENING.match(text) or _QUOTE_THEN_DATE.match(text))


def dated_opening(text: str) -> bool:
    """The paragraph opens with a dateline (`本报讯…`, `12月9日，`) or a quote and then the
    date: the first paragraph of a report, not an article's later one."""
    return bool(NEWS_OPENING.match(text) or _QUOTE_THEN_DATE.match(text))


_QUOTE_THEN_DATE = re.compile(r"^“[^”]{2,80}”(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?，")


def join_plain_continuations(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Neighbouring paragraphs whose break is plainly inside a sentence become one: the
    signs of plainly_continues, a quotation and who said it (`…看到鱼了。”` / `粟大爷说。`), or
    running text (it has clause marks, so it is no headline) whose break cuts a word as
    jieba cuts it (`重点民生实` / `事的办理`)."""
    result: list[Paragraph] = []
    for paragraph in paragraphs:
        left = result[-1].text if result else ""
        running = is_open(left) and _CLAUSE_MARK.search(left) and not _TOPIC_HEADLINE.match(left)
        # (a headline's form below is no running text either: `…带动周边农户增` /
        # `雨湖区：排涝泵站“冬修”忙` forms 增雨 across the break)
        if result and (plainly_continues(left, paragraph.text) or speaker_of_quote(left, paragraph.text) or (
            running and not _TOPIC_HEADLINE.match(paragraph.text)
            and (word_across(left, paragraph.text) == 1.0 or _sentence_fragment(paragraph.text))
        )):
            previous = result.pop()
            paragraph = Paragraph(previous.text + paragraph.text, previous.first_line, paragraph.last_line)
        result.append(paragraph)
    return result


_RUNNING_TEXT = re.compile("[，。；！？]")
# A colon after a short place or topic with no other clause mark is a headline's form
# (`武陵源：民宿“留”住八方客`), not running text: the next line may start a headline of its
# own, whatever word the break forms (`客` / `官地坪…` gives 客官).
_TOPIC_HEADLINE = re.compile(r"^[\u3400-\u9fff]{2,6}：[^，。；！？：、]*$")
_CREDIT = re.compile(r"(?:\s|^)(?:摄|摄影|供图)[)）]?$|^[（(][^（）()]*[)）]$")


def join_sentences(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """For a text read as it stands (clean_text: an article body, a page in reading
    order): besides the plain continuations, a paragraph of running text that stops
    mid-sentence joins the next one when that is running text too and does not open a
    paragraph (`…重点为高校` / `毕业生、农民工…`, `…年产干花` / `1.2万吨，…`). Headlines,
    bylines and captions are never joined."""
    result: list[Paragraph] = []
    for paragraph in join_plain_continuations(paragraphs):
        left = result[-1].text if result else ""
        right = paragraph.text
        if (
            result and is_open(left) and _CLAUSE_MARK.search(left) and not _CREDIT.search(left)
            and _RUNNING_TEXT.search(right) and not _CREDIT.search(right) and not right.startswith("——")
            and continuation_score(left, right) >= 0
        ):
            previous = result.pop()
            paragraph = Paragraph(previous.text + right, previous.first_line, paragraph.last_line)
        result.append(paragraph)
    return result


def _sentence_fragment(text: str) -> bool:
    """A short line with a comma inside that stops mid-sentence: part of a narrow column
    (`加工企业5家，建成铂族`), not a headline."""
    return len(text) <= 20 and is_open(text) and bool(re.search("[，、]", text[1:-1]))


def continuation_score(left: str, right: str) -> float:
    """How well `right` continues `left` by their words at the break alone (0 = no sign
    either way, negative: it does not)."""
    score = 0.0
    if plainly_continues(left, right):
        score += 2
    score += 2 * word_across(left, right)
    if _quote_open(left):
        score += 2 if _closes_quote(right) else -1
    elif _closes_quote(right):
        score -= 2
    if LEDE.match(right) or NEWS_OPENING.match(right) or _other_opening(right):
        score -= 2  # `今年，…`, `12月8日，…`, `本报讯…`: how a new paragraph opens
    return score


@dataclass
class _Piece:
    indices: list[int]  # block indices, page order
    start_is_candidate: bool  # begins after a mid-sentence stop or after a byline
    # begins after a photo caption that follows a finished sentence: the photo sits inside
    # the article, so the piece goes elsewhere only when the break itself says so
    after_photo: bool = False


# How many pieces either side a continuation is looked for: columns of one article sit
# near each other on a page, and it keeps a long page's cost linear.
SEARCH_PIECES = 24


def reassemble(blocks: list, body: str, headline_kinds: set[str], credit_kinds: set[str],
               photo_kind: str | None = None) -> list:
    """Reorder blocks so that each piece of an article follows the open end it continues,
    and join each open end with its continuation into one block.

    `body` is the kind of running text; a block of `headline_kinds` opens an article, a
    block of `credit_kinds` (bylines, captions) can end one; `photo_kind` is the kind of
    photo captions among them."""
    resumed = _resumed_columns(blocks, body, headline_kinds, credit_kinds - {photo_kind})
    pieces = _pieces(blocks, body, headline_kinds, credit_kinds, photo_kind, resumed)
    # Pieces that end mid-sentence, by the index of that last body block.
    open_ends = {
        number: piece.indices[-1] for number, piece in enumerate(pieces)
        if blocks[piece.indices[-1]].kind == body and is_open(blocks[piece.indices[-1]].text)
    }
    candidates = [
        number for number, piece in enumerate(pieces)
        if piece.start_is_candidate and blocks[piece.indices[0]].kind == body
    ]
    if not open_ends or not candidates:
        return _join_open_ends(blocks, body)
    vocabulary = Vocabulary(["".join(blocks[i].text for i in piece.indices) for piece in pieces])
    scored = []
    for start in candidates:
        first = blocks[pieces[start].indices[0]].text
        # Shares are small in themselves (a piece is a few paragraphs); what counts is which
        # piece of the page the candidate shares most with.
        shares = vocabulary.shares(start)
        most = max(shares.values(), default=0.0)
        for end in range(max(0, start - SEARCH_PIECES), min(len(pieces), start + SEARCH_PIECES + 1)):
            end_index = open_ends.get(end)
            if end == start or end_index is None:
                continue
            score = continuation_score(blocks[end_index].text, first)
            if pieces[start].after_photo and score <= 0:
                continue
            score += 1.5 * (shares.get(end, 0.0) / most if most else 0.0)
            if end == start - 1:
                score += 0.5  # neighbours belong together unless something says otherwise
            scored.append((score, -abs(start - end), end, start))
    following: dict[int, int] = {}
    taken: set[int] = set()
    for score, _distance, end, start in sorted(scored, reverse=True):
        if score <= 0.5 and end != start - 1 or score <= 0:
            continue
        if end in following or start in taken or _reaches(following, start, end):
            continue
        following[end] = start
        taken.add(start)

    order: list[int] = []

    def emit(number: int) -> None:
        order.extend(pieces[number].indices)
        if number in following:
            emit(following[number])

    for number in range(len(pieces)):
        if number not in taken:
            emit(number)
    return _join_open_ends([blocks[i] for i in order], body)


def _reaches(following: dict[int, int], start: int, target: int) -> bool:
    """Would linking `target` -> `start` close a loop?"""
    current = start
    while current is not None:
        if current == target:
            return True
        current = following.get(current)
    return False


def _resumed_columns(blocks: list, body: str, headline_kinds: set[str],
                     byline_kinds: set[str] = frozenset()) -> dict[int, int]:
    """Columns an article resumes after a whole article set in between: an open end right
    before a headline (`…新建的新生儿重症监护病` / `苏仙区冬季招聘会…`) and a later
    paragraph that finishes its word (`房设置床位30张。`, a word jieba forms only across the
    break), or, for a column cut after a clause (`…增加了近三成，`), the paragraph right after
    the byline that signs the report set between (`转往县外就医的患者…`). The resumed text
    runs to the next headline, and takes that headline along when its words are in the
    resumed article rather than in the text after it (a headline set after its body).
    Returns {first block: block after the resumed text}."""
    resumed: dict[int, int] = {}
    heads = [n for n, block in enumerate(blocks) if block.kind in headline_kinds]
    for end, block in enumerate(blocks[:-1]):
        if block.kind != body or blocks[end + 1].kind not in headline_kinds or not is_open(block.text):
            continue
        report = next((n for n in range(end + 1, len(blocks)) if blocks[n].kind not in headline_kinds), len(blocks))
        if report == len(blocks) or blocks[report].kind != body or not (
                NEWS_OPENING.match(blocks[report].text) or scene_then_date(blocks[report].text)):
            continue  # only a whole report (`本报讯…`, `锣鼓铿锵，唱腔高亢。12月12日晚，`) set between the column and its rest
        start = next((start for start in range(report + 1, len(blocks)) if blocks[start].kind == body and start not in resumed and (
            word_across(block.text, blocks[start].text) == 1.0
            or _after_signed_report(blocks, block.text, report, start, body, byline_kinds, heads)
            # (a quantity right after an open end of its own goes on from that one: `…超过` / `1200亿元。`)
            or ((_QUANTITY_THEN_STOP.match(blocks[start].text) or opens_with_amount(blocks[start].text))
                and not is_open(blocks[start - 1].text))
        )), None)
        opened = max((n for n in heads if n < end), default=-1)
        if start is None:
            start = signed_rest_by_words(blocks, opened, end, report, body, byline_kinds, heads)
        if start is None or start in resumed:
            continue
        stop = next((n for n in heads if n > start), len(blocks))
        after_run = next((n for n in range(stop, len(blocks)) if blocks[n].kind not in headline_kinds), len(blocks))
        following = next((n for n in heads if n > after_run), len(blocks))
        headline = "".join(b.text for b in blocks[stop:after_run] if b.kind in headline_kinds)
        own = [b.text for b in blocks[opened + 1: end + 1] + blocks[start:stop] if b.kind == body]
        rest = [b.text for b in blocks[after_run:following] if b.kind == body]
        takes_headline = headline_affinity(headline, own) > headline_affinity(headline, rest)
        resumed[start] = after_run if takes_headline else stop
        if after_run - stop > 1 and blocks[stop].kind == blocks[stop + 1].kind:
            # two headlines one above the other (`“共享法庭”把纠纷化解在家门口` /
            # `岳阳南湖诗会…`): the first closes the resumed article when its words are
            # there and the second's are in the text after
            first, second = blocks[stop].text, blocks[stop + 1].text
            if (headline_affinity(first, own) > headline_affinity(first, rest)
                    and headline_affinity(second, rest) > headline_affinity(second, own)):
                resumed[start] = stop + 1
    return resumed


def _after_signed_report(blocks: list, end_text: str, report: int, start: int, body: str,
                         byline_kinds: set[str], heads: list[int]) -> bool:
    """`blocks[start]` is the first paragraph after the byline closing the report that opens
    at `report` (no headline between), and it goes on from `end_text`, the open end before
    that report's headline, cut after a clause mark: it opens no paragraph of its own."""
    return (
        end_text[-1] in _CLAUSE_CUT and start >= 2 and blocks[start - 1].kind in byline_kinds
        and blocks[start - 2].kind == body and not is_open(blocks[start - 2].text)
        and not any(report < n < start for n in heads) and not opens_report(blocks[start].text)
        and continuation_score(end_text, blocks[start].text) >= 0
    )


_CLAUSE_CUT = "，、；"


# A paragraph that starts with a quantity and ends its clause there (`3200元。“在家门口…`,
# `1000多户茶农增收。`, `46名，明年将…`) finishes a sentence that stopped before its number
# (`…带动村民户均增收`, `…带动周边`, `…引进研发人员`): no paragraph opens with a bare count.
# A date or a year opens paragraphs (`12月5日，`, `2006年…`), and a range (`1至11月，`)
# holds a second number: neither matches.
_QUANTITY_THEN_STOP = re.compile(r"^\d+(?:\.\d+)?[多余]?[万亿]?(?![年月日时点号])[\u3400-\u9fff]{1,8}[，。；]")


def _pieces(blocks: list, body: str, headline_kinds: set[str], credit_kinds: set[str],
            photo_kind: str | None = None, resumed: dict[int, int] | None = None) -> list[_Piece]:
    """Cut the page before each headline run and before each body block that follows a
    mid-sentence stop or a run of credits only (bylines, captions); a resumed column
    (_resumed_columns) is one piece."""
    resumed = resumed or {}
    pieces: list[_Piece] = []
    keep_until = 0
    for index, block in enumerate(blocks):
        previous = blocks[index - 1] if index else None
        if index in resumed:
            pieces.append(_Piece([index], True))
            keep_until = resumed[index]
        elif index < keep_until:
            pieces[-1].indices.append(index)
        elif previous is None or index == keep_until:
            pieces.append(_Piece([index], False))
        elif block.kind in headline_kinds and previous.kind not in headline_kinds:
            pieces.append(_Piece([index], False))
        elif block.kind == body and (
            (previous.kind == body and is_open(previous.text)) or _after_credits(blocks, index, body, credit_kinds)
        ):
            pieces.append(_Piece([index], True, _after_photo(blocks, index, body, photo_kind)))
        elif _report_inside_moving_piece(pieces[-1], blocks, index, body):
            pieces.append(_Piece([index], False))
        else:
            pieces[-1].indices.append(index)
    return pieces


def _report_inside_moving_piece(piece: _Piece, blocks: list, index: int, body: str) -> bool:
    """A report opens (`本报讯…`, `12月4日，…`) after a finished sentence inside a piece that
    may move to an open end elsewhere: the rest of the cut sentence ends before it, and the
    report is another article (set whole between the cut article's rest and its next
    headline), which stays where the page put it."""
    previous = blocks[index - 1]
    return (
        piece.start_is_candidate and blocks[index].kind == body and previous.kind == body
        and not is_open(previous.text) and bool(NEWS_OPENING.match(blocks[index].text))
    )


def _after_credits(blocks: list, index: int, body: str, credit_kinds: set[str]) -> bool:
    """The block follows a run of bylines/captions that itself follows running text."""
    back = index - 1
    while back >= 0 and blocks[back].kind in credit_kinds:
        back -= 1
    return back < index - 1 and back >= 0 and blocks[back].kind == body


def _after_photo(blocks: list, index: int, body: str, photo_kind: str | None) -> bool:
    """The block follows photo captions only, and they follow a finished sentence."""
    back = index - 1
    while back >= 0 and blocks[back].kind == photo_kind:
        back -= 1
    return back < index - 1 and back >= 0 and blocks[back].kind == body and not is_open(blocks[back].text)


def _join_open_ends(blocks: list, body: str) -> list:
    """Neighbouring body blocks where the first stops mid-sentence become one block."""
    result: list = []
    for block in blocks:
        previous = result[-1] if result else None
        if (
            previous is not None and previous.kind == body and block.kind == body
            and is_open(previous.text) and continuation_score(previous.text, block.text) >= 0
        ):
            result[-1] = replace(previous, text=previous.text + block.text)
            continue
        result.append(block)
    return result
