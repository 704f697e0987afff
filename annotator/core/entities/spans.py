"""Candidate spans from the rule families, and how they become a flat entity list:
longest first, then the stronger rule; then every other mention of a name found once, and
the neighbours of a found name in a list (`晶讯、长隆、金业`) are proposed too."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import tokenize
from ..types import Entity
from .tokens import TokenView, is_han

STRONG, MEDIUM, WEAK = 3, 2, 1
CREDITED = 4  # a name in a byline or credit: there a word is a person (`（…融媒体中心 米兰 舒文婷）`, not Milan)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    strength: int = MEDIUM
    level: int = 0  # places: 1 province .. 6 villager group; 0 when it does not apply

    @property
    def length(self) -> int:
        return self.end - self.start


def resolve(candidates: list[Candidate], length: int) -> list[Candidate]:
    """Non-overlapping choice: the longest span wins, then the stronger rule, then the
    earlier one."""
    taken = bytearray(length)
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (-c.length, -c.strength, c.start)):
        if taken.find(1, candidate.start, candidate.end) == -1:
            taken[candidate.start:candidate.end] = b"\x01" * candidate.length
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def occurrences(text: str, chosen: list[Candidate], aliases: dict[str, str]) -> list[Candidate]:
    """Every further mention of a chosen name (and of aliases such as a company's brand)
    where nothing else was chosen."""
    names = {text[c.start:c.end]: c.label for c in chosen if c.length >= 2}
    for alias, label in aliases.items():
        names.setdefault(alias, label)
    if not names:
        return []
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return [Candidate(m.start(), m.end(), names[m.group()], 0) for m in pattern.finditer(text)]


_LIST_SEPARATOR = "、"


def list_neighbours(view: TokenView, chosen: list[Candidate], accept) -> list[Candidate]:
    """Items of a 、-separated list next to a chosen name get its label when they have the
    shape of a name (`accept(label, item)`): `燕子岩、罐岭、横冲等道路`, `雄风、腾驰、贵研`."""
    text = view.text
    found = []
    name_ends = {entity.end for entity in chosen}
    for entity in chosen:
        if entity.end < len(text) and text[entity.end] == _LIST_SEPARATOR:
            found += _items_after(view, entity, accept)
        if entity.start > 0 and text[entity.start - 1] == _LIST_SEPARATOR:
            found += _items_before(view, entity, accept, name_ends)
    return found


_LAST_ITEM = "和及与"


def _items_after(view: TokenView, entity: Candidate, accept) -> list[Candidate]:
    """Items after a name: 、-separated, and for people the last one after 和/及/与."""
    text, found, position = view.text, [], entity.end
    while position < len(text) and (text[position] == _LIST_SEPARATOR or
                                    (entity.label == "PER" and found and text[position] in _LAST_ITEM)):
        start = end = position + 1
        index = view.token_index(start) if start < len(text) else len(view.words)
        while index < len(view.words) and view.can_be_inside_name(index) and view.starts[index + 1] - start <= 6:
            end = view.starts[index + 1]
            index += 1
        if entity.label == "PER" and end - start >= 3 and text[end - 1] == "等" and view.word_start(end - 1) < end - 1:
            end -= 1  # 林子/涵等: jieba glued the list's 等 to the last name
        item = text[start:end]
        closed = _closes_item(text, end) or (entity.label == "PER" and view.kind_at(end) in ("func", "verb"))
        if not item or not is_han(item) or not closed or not accept(entity.label, item, start, view):
            break
        found.append(Candidate(start, end, entity.label, 0))
        position = end
    return found


def _closes_item(text: str, end: int) -> bool:
    """A list item ends at the next 、, at 等/和/及/与, at a count or at punctuation."""
    return end >= len(text) or text[end] in "、等和及与" or not is_han(text[end])


def _items_before(view: TokenView, entity: Candidate, accept, name_ends: set[int]) -> list[Candidate]:
    text, found, end = view.text, [], entity.start - 1
    while end > 0 and text[end] == _LIST_SEPARATOR:
        start = end
        index = view.token_index(end - 1)
        while index >= 0 and view.can_be_inside_name(index) and end - view.starts[index] <= 6:
            start = view.starts[index]
            index -= 1
        item = text[start:end]
        opens_list = start > 0 and text[start - 1] != _LIST_SEPARATOR
        if opens_list and not _short_name(view, entity.label, start, end):
            break  # the list's first item, read back to a verb: only a short name
        if opens_list and entity.label != "PER" and (text[start - 1] == "的" or start in name_ends):
            break  # 泰国的榴莲、越南的咖啡, 安化黑茶、炎陵黄桃: a place's product, not a place
        if not item or not is_han(item) or not accept(entity.label, item, start, view):
            break
        found.append(Candidate(start, end, entity.label, 0))
        end = start - 1
    return found


FIRST_ITEM_COMMON_WORD = 200  # 雄风 may open a list of companies; 蓝图 may not


def _short_name(view: TokenView, label: str, start: int, end: int) -> bool:
    """The first item of a list has no 、 before it: a name short and distinctive enough."""
    if end - start > 4 or view.token_index(end - 1) - view.token_index(start) > 1:
        return False
    if label == "PER" or view.has_brand(start, end):
        return True
    return label == "ORG" and view.token_index(start) == view.token_index(end - 1) and \
        tokenize.frequency(view.text[start:end]) < FIRST_ITEM_COMMON_WORD


# How often a proposal of each rule strength is right: precision measured with
# benchmarks/calibrate_confidence.py, between the project's own pages (0.7-1.0) and general
# news scored strictly (0.54-0.88), on 2026-12-01
CONFIDENCE = {STRONG: 0.9, MEDIUM: 0.8, WEAK: 0.7, 0: 0.75}


def to_entities(text: str, chosen: list[Candidate]) -> list[Entity]:
    return [Entity(c.start, c.end, c.label, text[c.start:c.end], "auto", confidence=CONFIDENCE.get(c.strength))
            for c in chosen]
