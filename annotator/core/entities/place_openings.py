"""Where a place's name read leftwards from its suffix really opens: jieba's guessed words
take a preposition, a month, an everyday word or the next name's first character along, and
split a numeral or a two-character name off (`在岚溪村`, `江永县/允/山镇`, `十八/洞村`,
`导子镇沿江村`). Used by places.py."""
from __future__ import annotations

from .. import tokenize
from .tokens import PROPER, PUNCT, VERB, TokenView, is_han


def misread_first_character(view: TokenView, name_start: int, anchors: dict[int, int], anchor):
    """`江永县/允/山镇`, `所城镇/月/塘湾村`: right after a place jieba reads the next name's first
    character as a verb or a numeral word; between the place and the rest of the name it opens
    the name."""
    if name_start == 0 or not view.is_start[name_start]:
        return name_start, anchor
    before = view.token_index(name_start - 1)
    verb_start = view.starts[before]
    misread = view.kinds[before] == VERB or (view.tags[before] == "m" and view.words[before] not in _CHINESE_NUMERALS)
    if len(view.words[before]) == 1 and misread and is_han(view.words[before]) and verb_start in anchors:
        return verb_start, anchors[verb_start]
    return name_start, anchor


_EVERYDAY_OPENING = 1000  # a word jieba has seen this often opens no town's name (战胜/嘉树/乡)


def after_everyday_opening(view: TokenView, name_start: int, start: int) -> int:
    """A name read over two words or more does not open with an everyday word that jieba
    does not tag as proper: that word is the sentence's (`以86比79战胜嘉树乡队`)."""
    if not view.is_start[name_start]:
        return name_start
    index = view.token_index(name_start)
    second = view.starts[index + 1]
    if second >= start or view.kinds[index] == PROPER or tokenize.frequency(view.words[index]) < _EVERYDAY_OPENING:
        return name_start
    return second


_PREPOSITIONS_BEFORE_PLACES = frozenset("在从于赴")


def opened_by_function_character(text: str, position: int) -> bool:
    """A preposition, or the 月/日 of a date right before, opens no place name."""
    opening = text[position]
    return opening in _PREPOSITIONS_BEFORE_PLACES or (
        opening in "月日" and position > 0 and text[position - 1].isdigit())


_CHINESE_NUMERALS = frozenset("一二三四五六七八九十百千两")
_MEASURE_WORDS = frozenset("个座家处片批名所条户")


def numeral_opened(view: TokenView, name_start: int, start: int, anchors: dict[int, int],
                    plain_start: int, plain_anchor):
    """`十八洞村`, `八一镇`: a village or town whose name opens with a numeral jieba reads
    apart (十八/洞村). Not a count of villages (`两个村`, `三座镇`): no measure word after
    it, and no digit, 第 or another numeral before it."""
    text = view.text
    index = view.token_index(name_start) - 1
    if index < 0:
        return plain_start, plain_anchor
    numeral_start = view.starts[index]
    numeral = view.words[index]
    before = text[numeral_start - 1] if numeral_start else ""
    if not numeral or any(c not in _CHINESE_NUMERALS for c in numeral) or text[name_start] in _MEASURE_WORDS \
            or before.isdigit() or before == "第" or before in _CHINESE_NUMERALS:
        return plain_start, plain_anchor
    return numeral_start, anchors.get(numeral_start)


def word_after_township(view: TokenView, start: int, anchors: dict[int, int], name_start: int,
                         anchor: int | None) -> tuple[int, int | None]:
    """`导子镇沿江村`: right after a place, a two-character word before 村 is the village's
    name whatever jieba reads it as (沿江 is a function word to it)."""
    if start < 2:
        return name_start, anchor
    word_start = view.word_start(start - 1)
    index = view.token_index(word_start)
    if start - word_start == 2 and word_start in anchors and view.kinds[index] not in (PUNCT, "num") \
            and is_han(view.words[index]):
        return word_start, anchors[word_start]
    return name_start, anchor
