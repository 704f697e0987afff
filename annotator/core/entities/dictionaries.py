"""The word lists behind the entity rules, read once from `resources/dictionaries/`
(see the README there for what each holds and where it comes from)."""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from ..resources import resource_path


logger = logging.getLogger(__name__)


def _lines(name: str) -> list[list[str]]:
    """The list's rows; a missing or damaged list is reported once and read as empty, so
    proposals come from the rules and lists that remain."""
    path = resource_path("dictionaries", name)
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        logger.warning("the word list %s cannot be read (%s): pre-extraction goes on without it; "
                       "reinstall annotator to restore it", path, error)
        return []
    rows = []
    for line in content.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split())
    return rows


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in _lines(name))


def _kinds(name: str) -> dict[str, str]:
    return {row[0]: row[1] for row in _lines(name)}


def longest_first(words) -> re.Pattern:
    """A regex matching any of `words`, the longest where several start at one place."""
    words = sorted(words, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) if words else r"(?!)")  # (?!) matches nothing


@dataclass(frozen=True)
class Dictionaries:
    surnames: dict[str, str]  # surname -> "common" | "rare"
    titles: frozenset[str]
    followers: frozenset[str]
    person_stopwords: frozenset[str]
    org_suffixes: dict[str, str]  # suffix -> company | institution | body
    org_known: dict[str, str]  # name -> body | prefix
    industry: dict[str, str]  # trade word -> "brand" (makes a name with a brand alone) | "name"
    name_inner: frozenset[str]
    place_suffixes: dict[str, str]  # suffix -> township | village | group | nature | zone
    place_stopwords: frozenset[str]
    place_generic: frozenset[str]
    places_natural: frozenset[str]
    org_generic: frozenset[str]
    tibetan_name_parts: frozenset[str]
    mongolian_name_parts: frozenset[str]

    @functools.cached_property
    def title_re(self) -> re.Pattern:
        return longest_first(self.titles)

    @functools.cached_property
    def follower_re(self) -> re.Pattern:
        return longest_first(self.followers)

    @functools.cached_property
    def org_suffix_re(self) -> re.Pattern:
        # the numbered institutions as one branch: hundreds of literal alternatives slow every search
        listed = [suffix for suffix in self.org_suffixes if suffix not in _NUMBERED]
        return re.compile(_NUMBERED_RE + "|" + longest_first(listed).pattern)

    @functools.cached_property
    def org_known_re(self) -> re.Pattern:
        return longest_first(self.org_known)

    @functools.cached_property
    def place_suffix_re(self) -> re.Pattern:
        return longest_first(self.place_suffixes)

    @functools.cached_property
    def places_natural_re(self) -> re.Pattern:
        return longest_first(self.places_natural)

    @functools.cached_property
    def industry_re(self) -> re.Pattern:
        return longest_first(self.industry)

    @functools.cached_property
    def brand_trade_re(self) -> re.Pattern:
        return longest_first(word for word, kind in self.industry.items() if kind == "brand")


_DIGITS = "一二三四五六七八九"
_NUMBERED_KINDS = ("中学", "小学", "初级中学", "高级中学", "人民医院")


def _chinese_ordinal(number: int) -> str:
    """11 -> 十一, 15 -> 十五, 20 -> 二十, 35 -> 三十五 (as schools and hospitals are numbered)."""
    tens, ones = divmod(number, 10)
    return (_DIGITS[tens - 1] if tens > 1 else "") + "十" + (_DIGITS[ones - 1] if ones else "")


def _numbered_institutions() -> dict[str, str]:
    """第十一中学 … 第九十九人民医院: numbered schools and hospitals past the tenth (the first ten,
    and their short forms 一中 …, are listed in org_suffixes.txt)."""
    return {f"第{_chinese_ordinal(n)}{kind}": "institution" for n in range(11, 100) for kind in _NUMBERED_KINDS}


_NUMBERED = _numbered_institutions()
_NUMBERED_RE = "第[二三四五六七八九]?十[一二三四五六七八九](?:初级中学|高级中学|人民医院|中学|小学)|第[二三四五六七八九]十(?:初级中学|高级中学|人民医院|中学|小学)"


@functools.lru_cache(maxsize=1)
def dictionaries() -> Dictionaries:
    return Dictionaries(
        surnames=_kinds("surnames.txt"),
        titles=_words("person_titles.txt"),
        followers=_words("person_followers.txt"),
        person_stopwords=_words("person_stopwords.txt"),
        org_suffixes={**_NUMBERED, **_kinds("org_suffixes.txt")},
        org_known=_kinds("org_known.txt"),
        industry=_kinds("industry_words.txt"),
        name_inner=_words("name_inner_words.txt"),
        place_suffixes=_kinds("place_suffixes.txt"),
        place_stopwords=_words("place_stopwords.txt"),
        place_generic=_words("place_generic_words.txt"),
        places_natural=_words("places_natural.txt"),
        org_generic=_words("org_generic_words.txt"),
        tibetan_name_parts=_words("tibetan_name_parts.txt"),
        mongolian_name_parts=_words("mongolian_name_parts.txt"),
    )
