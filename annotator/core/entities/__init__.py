"""Entity pre-extraction: PER, LOC and ORG spans in a cleaned article text.

One jieba cut gives the words (`tokens.py`); the rule families propose candidates
(`places.py`, `organisations.py`, `persons.py`, each documented there); the longest
candidate wins where they overlap (`spans.py`); then every other mention of a chosen name
and the neighbours of a chosen name in a `、` list are proposed too.
"""
from __future__ import annotations

from .. import tokenize
from ..gazetteer import Gazetteer
from ..types import Entity
from .dictionaries import dictionaries
from .organisations import find_organisations
from .persons import accept_list_item, one_name_word, person_candidates
from .dotted_names import dotted_names
from .lexical import lexical_candidates, national_bodies, teams, teams_of_bodies, world_candidates
from .places import find_places
from .roads import roads
from .waters import onto_waters, waters
from .spans import Candidate, list_neighbours, occurrences, resolve, to_entities
from .tokens import TokenView, is_han

__all__ = ["after_a_figure", "find_entities"]

LIST_ITEM_COMMON_WORD = 500  # a list item jieba has seen this often is a word, not a name


def find_entities(text: str) -> list[Entity]:
    """Flat, non-overlapping, sorted entities with origin "auto"."""
    if not text.strip():
        return []
    view = TokenView(text)
    places = find_places(view, Gazetteer.default())
    places.add(world_candidates(view))  # 中国 anchors 中国新闻学院 as 怀化 anchors 怀化学院
    organisations, aliases = find_organisations(view, places)
    organisations += teams(view, places) + national_bodies(view, places)
    rivers = waters(view)
    people = [c for c in person_candidates(view) + lexical_candidates(view) + dotted_names(view)
              if not (c.label == "PER" and after_a_figure(text, c.start))]
    chosen = resolve(onto_waters(places.candidates, rivers) + rivers + organisations + roads(view, places)
                     + people, len(text))
    chosen = _places_named_after_people(view, chosen)
    mentions = occurrences(text, chosen, {**places.aliases, **aliases})
    chosen = _fill(_yield_to_longer_mentions(text, chosen, mentions), mentions, len(text))
    chosen = _fill(chosen, list_neighbours(view, chosen, _list_item), len(text))
    return to_entities(text, teams_of_bodies(text, chosen))


def after_a_figure(text: str, start: int) -> bool:
    """`112.6万标箱`: right after a figure, 万 or 千 is its multiplier, never a surname."""
    return start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".．")


# what a street, a house or a landmark named after a person ends with (高尔基大街, 毕加索旧居),
# and an institution named after one (乔治·梅森大学, 宋庆龄基金会)
_NAMED_AFTER_PEOPLE = {
    **dict.fromkeys("大街 街 路 大道 广场 故居 旧居 墓 陵园 公园 音乐厅 悬崖 大桥".split(), "LOC"),
    **dict.fromkeys("大学 学院 中学 小学 基金会 研究所 研究院 纪念馆 博物馆 医院".split(), "ORG"),
}
_SITES = frozenset("故居 旧居 旧址 遗址".split())


def _places_named_after_people(view: TokenView, chosen: list[Candidate]) -> list[Candidate]:
    """A person's name followed by the word for a street, a house, a landmark or an
    institution names that place or body (高尔基大街, 柴可夫斯基音乐厅, 乔治·梅森大学), not
    the person; any name followed by 旧址 or 遗址 names the site (红军医院旧址)."""
    text = view.text
    out = []
    for candidate in chosen:
        end = candidate.end
        person = candidate.label == "PER" or "·" in text[candidate.start:end]  # 乔治·梅森 read as a place
        if end < len(text) and view.is_start[end]:
            index = view.token_index(end)
            word = view.words[index]
            if person and word == "同志" and index + 1 < len(view.words) and view.words[index + 1] in _SITES:
                word, label = "同志" + view.words[index + 1], "LOC"  # 毛泽东同志故居
            elif word in _SITES:
                label = "LOC"  # 湘赣边界红军医院旧址: the site of a body, a person's house
            else:
                label = _NAMED_AFTER_PEOPLE.get(word) if person else None
            if label and not any(end <= c.start < end + len(word) for c in chosen):
                candidate = Candidate(candidate.start, end + len(word), label, candidate.strength, 5)
        out.append(candidate)
    return out


def _yield_to_longer_mentions(text: str, chosen: list[Candidate], mentions: list[Candidate]) -> list[Candidate]:
    """A name found once is that name at every mention: a shorter span inside another mention
    gives way, of any label inside a person (宁海, a county, in `在宁海燕看来` after
    `负责人宁海燕说`), of its own label inside a place or a body (沙洲 in a later `沙洲村`)."""
    longer = [m for m in mentions if m.length >= 3]
    if not longer:
        return chosen

    gazetteer = Gazetteer.default()

    def inside(c: Candidate, m: Candidate) -> bool:
        if not (m.start <= c.start and c.end <= m.end and c.length < m.length):
            return False
        # a place no gazetteer knows inside a firm's name gives way too (阳湖 in 松阳湖港务)
        return m.label == "PER" or m.label == c.label or (
            m.label == "ORG" and c.label == "LOC" and text[c.start:c.end] not in gazetteer)

    return [c for c in chosen if not any(inside(c, m) for m in longer)]


def _fill(chosen: list[Candidate], extra: list[Candidate], length: int) -> list[Candidate]:
    """Add the extra spans where nothing is chosen yet, longest first."""
    taken = bytearray(length)
    for candidate in chosen:
        taken[candidate.start:candidate.end] = b"\x01" * candidate.length
    added = []
    for candidate in sorted(extra, key=lambda c: (-c.length, c.start)):
        if taken.find(1, candidate.start, candidate.end) == -1:
            taken[candidate.start:candidate.end] = b"\x01" * candidate.length
            added.append(candidate)
    return sorted(chosen + added, key=lambda c: c.start)


def _list_item(label: str, item: str, start: int, view: TokenView) -> bool:
    if label == "PER":
        return accept_list_item(item, one_name_word(view, start, start + len(item)))
    words = dictionaries()
    if not (2 <= len(item) <= 6 and is_han(item)):
        return False
    if item in words.place_generic or item in words.place_stopwords or item in words.person_stopwords:
        return False
    if words.title_re.search(item) or words.org_suffix_re.search(item):
        return False  # 省委常委: a title, or a suffix the organisation rules found no name for
    return tokenize.frequency(item) < LIST_ITEM_COMMON_WORD
