"""Rivers whose names jieba cuts across (LOC): `孙/水河`, `舞/水河`, `永乐/江从`, `永乐/江畔`.

Many Hunan rivers are named `X水` (沅水, 资水, 舞水, 孙水) and written `X水河`; jieba reads the
common word 水河 and leaves the first character alone. A river's `江` is glued to the word
after it when that is a preposition or the word for its bank (`江从`, `江畔`). The rule
families in places.py need the suffix on a word boundary, so these are read here.
"""
from __future__ import annotations

from .spans import MEDIUM, Candidate
from .tokens import FUNCTION, PROPER, PUNCT, UNKNOWN, TokenView, is_han

_LEVEL = 5  # as a natural place
_BANK_OR_PREPOSITION = frozenset("畔边岸从自流经")
_BEFORE_WATER = frozenset([PUNCT, FUNCTION])


def waters(view: TokenView) -> list[Candidate]:
    text, found = view.text, []
    for index, word in enumerate(view.words):
        start = view.starts[index]
        if word == "水河" and index and len(view.words[index - 1]) == 1 and is_han(view.words[index - 1]) \
                and view.kinds[index - 1] not in _BEFORE_WATER:
            found.append(Candidate(start - 1, start + 2, "LOC", MEDIUM, _LEVEL))  # 孙 + 水河
        elif len(word) == 2 and word[0] == "江" and word[1] in _BANK_OR_PREPOSITION and index:
            name = view.words[index - 1]
            if 2 <= len(name) <= 3 and is_han(name) and view.kinds[index - 1] in (PROPER, UNKNOWN) \
                    and view.tags[index - 1].startswith("ns"):
                found.append(Candidate(start - len(name), start + 1, "LOC", MEDIUM, _LEVEL))  # 永乐 + 江
        elif word == "水" and index and index + 1 < len(view.words) and view.words[index + 1] in _BANKS \
                and _rare_single_character(view, index - 1):
            found.append(Candidate(start - 1, start + 1, "LOC", MEDIUM, _LEVEL))  # 渫/g 水/n 河畔
        elif word in ("河畔", "河边") and index and 2 <= len(view.words[index - 1]) <= 3 \
                and view.kinds[index - 1] in (PROPER, UNKNOWN) and view.tags[index - 1][:2] in ("ns", "nr"):
            name = view.words[index - 1]
            found.append(Candidate(start - len(name), start + 1, "LOC", MEDIUM, _LEVEL))  # 华容/nr 河畔
    return found


_BANKS = frozenset("河畔 岸边 畔 边 两岸 沿岸 流域 之滨 河 河段 沿线".split())
_RARE_CHARACTER = 2000  # a character jieba has seen alone less often than this (渫), or tags as a morpheme (涓/z), names a river


def _rare_single_character(view: TokenView, index: int) -> bool:
    from .. import tokenize

    word = view.words[index]
    if len(word) != 1 or not is_han(word):
        return False
    if view.tags[index] in ("g", "z"):
        return True
    return view.kinds[index] not in _BEFORE_WATER and tokenize.frequency(word) < _RARE_CHARACTER


def onto_waters(candidates: list[Candidate], rivers: list[Candidate]) -> list[Candidate]:
    """A place read from inside a river's name starts with the river (舞 + 水河风光带: the
    zone is 舞水河风光带, not 水河风光带)."""
    starts = {river.start + 1: river for river in rivers if river.length == 3}
    out = []
    for candidate in candidates:
        river = starts.get(candidate.start)
        if river is not None and candidate.label == "LOC" and candidate.end > river.end:
            candidate = Candidate(river.start, candidate.end, "LOC", candidate.strength, candidate.level)
        out.append(candidate)
    return out
