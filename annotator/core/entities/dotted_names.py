"""Foreign names whose parts a middle dot joins (PER, or LOC where the words around say
so): `科菲·安南`, `颂猜·西里瓦`, `阿依古丽·买买提`, `基普罗普·切鲁约特`.

jieba cuts such names unevenly: a Thai given name into characters, a first or last syllable
into a word of its own or onto the preposition after it, a Uyghur family part read as a
noun. Each part is widened over those pieces, then every part must read as a name.
"""
from __future__ import annotations

import re

from .. import tokenize
from .lexical import TRANSLITERATION, foreign_label
from .spans import MEDIUM, Candidate
from .tokens import FUNCTION, PUNCT, UNKNOWN, TokenView, is_han

_NAME_DOT = re.compile(r"[·•．・]")


def dotted_names(view: TokenView) -> list[Candidate]:
    """`科菲·安南`, `约翰·普雷斯科特`: parts of a foreign name joined by a middle dot are one
    name when the words on both sides read as names (jieba's person or place tags, words it
    does not know, or transliteration characters)."""
    text, found = view.text, []
    for dot in _NAME_DOT.finditer(text):
        at = dot.start()
        if at == 0 or at + 1 >= len(text) or not (is_han(text[at - 1]) and is_han(text[at + 1])):
            continue
        if found and found[-1].end > at:
            continue  # a later dot of a name already read
        start = _widen_left(view, view.word_start(at - 1), at)
        end = _widen_right(view, view.word_end(at + 1), at + 1)
        while end + 1 < len(text) and _NAME_DOT.match(text, end) and is_han(text[end + 1]):
            end = view.word_end(end + 1)
        end = _last_syllable_cut_off(view, end)
        parts = _NAME_DOT.split(text[start:end])
        if all(_name_part(view, text.find(part, start), part) for part in parts):
            found.append(Candidate(start, end, foreign_label(text, start, end), MEDIUM))
    return found


_DOTTED_PART = 4  # a part read over single characters is at most this long (颂猜)


def _single_character(view: TokenView, index: int) -> bool:
    word = view.words[index]
    return len(word) == 1 and is_han(word) and view.kinds[index] not in (FUNCTION, PUNCT)


def _widen_left(view: TokenView, start: int, dot: int) -> int:
    """颂/v 猜/v ·西里瓦: jieba cuts a Thai given name into characters; they are one part."""
    while start > 0 and dot - start < _DOTTED_PART and _single_character(view, view.token_index(start)):
        before = view.token_index(start - 1)
        if not _single_character(view, before):
            break
        start = view.starts[before]
    text = view.text
    if 0 < start and dot - start < _DOTTED_PART + 2 and _single_character(view, view.token_index(start - 1)):
        before, part = view.token_index(start - 1), view.token_index(start)
        if all(ch in TRANSLITERATION for ch in text[start - 1:dot]) or \
                (view.tags[before].startswith("nr") and view.tags[part] == "nrt"):
            start -= 1  # 基/a 普罗普·, 朱/nr 莉娅/nrt·: the part's first syllable read as a word of its own
    return start


_GLUED_AFTER_NAME = frozenset("以在为从向对把被将于和与的是")


def _widen_right(view: TokenView, end: int, part_start: int) -> int:
    """猜· 西/f 里瓦/nrt: a part cut after one character goes on over a transliterated word;
    ·切鲁约/特以: its last syllable glued to the preposition after it."""
    text = view.text
    if end + 1 < len(text) and view.is_start[end] and view.word_end(end) == end + 2 and text[end] in TRANSLITERATION \
            and text[end + 1] in _GLUED_AFTER_NAME and all(ch in TRANSLITERATION for ch in text[part_start:end]):
        return end + 1
    if end - part_start != 1 or end >= len(view.text) or not view.is_start[end]:
        return end
    index = view.token_index(end)
    word = view.words[index]
    if len(word) + 1 <= _DOTTED_PART and (view.tags[index] == "nrt" or all(ch in TRANSLITERATION for ch in word)):
        return end + len(word)
    return end


def _last_syllable_cut_off(view: TokenView, end: int) -> int:
    """·买合木/ 提/v 还: jieba cut the family part's last syllable off as a one-character
    verb; a word it did not know, then a transliteration character standing alone, is one part."""
    text = view.text
    if end >= len(text) or not view.is_start[end] or view.word_end(end) != end + 1 or text[end] not in TRANSLITERATION:
        return end
    index = view.token_index(end - 1)
    if view.kinds[index] != UNKNOWN or not 2 <= len(view.words[index]) <= 3 or view.starts[index] == 0 \
            or not _NAME_DOT.match(text, view.starts[index] - 1):
        return end
    return end + 1


def _name_part(view: TokenView, start: int, part: str) -> bool:
    if not part or len(part) > 6:
        return False
    if all(ch in TRANSLITERATION for ch in part):
        return True
    index = view.token_index(start)
    if len(view.words[index]) == 1 and view.tags[index].startswith("nr") and index + 1 < len(view.words) \
            and view.words[index] + view.words[index + 1] == part and view.tags[index + 1] == "nrt":
        return True  # 朱/nr 莉娅/nrt
    if view.words[index] != part and len(part) <= _DOTTED_PART and \
            all(_single_character(view, view.token_index(i)) for i in range(start, start + len(part))):
        return True  # 颂猜: single characters read as one part
    if view.words[index] == part[:-1] and view.kinds[index] == UNKNOWN and part[-1] in TRANSLITERATION:
        return True  # 买合木/提: the last syllable cut off (_last_syllable_cut_off)
    return view.words[index] == part and (view.tags[index].startswith(("nr", "ns")) or view.kinds[index] == UNKNOWN
                                          or _rare_after_name(view, index))


_RARE_FAMILY_WORD = 1000  # 买买提/n (272) can be a family part; 主义 (31000) cannot


def _rare_after_name(view: TokenView, index: int) -> bool:
    """阿依古丽/nr·买买提/n: after a dotted given name, the family part may be a word jieba
    tags as a noun but has seldom seen."""
    return index >= 2 and view.words[index - 1] in ("·", "•", "・") and view.tags[index - 2].startswith("nr") \
        and tokenize.frequency(view.words[index]) < _RARE_FAMILY_WORD
