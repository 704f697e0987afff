"""The article's words (one jieba cut) and what kind of word each is, by character offset.

The rules read names leftwards from a suffix (`…有限公司`, `…村`) or rightwards from a
title (`局长…`); these helpers say where words start and whether a word can be part of
a name.
"""
from __future__ import annotations

import re

from .. import tokenize
from .dictionaries import dictionaries

# kinds of word
PUNCT, NUMBER, FUNCTION, VERB, PROPER, UNKNOWN, WORD = "punct", "num", "func", "verb", "proper", "unknown", "word"

_FUNCTION_TAGS = frozenset(
    "p c u uj ul uz ud ug uv y e o r rr rz rg d dg df m mq q f k i l ad z".split()  # not h: 非 of 非物质文化遗产
)
_PROPER_TAGS = frozenset("ns nr nrt nrfg nz nt j".split())
_ORDINAL = re.compile("第[一二三四五六七八九十]+")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
_ALNUM = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
RARE_WORD = 60  # a dictionary word seen fewer times than this can be a brand (金业)
COMMON_PROPER = 1000  # jieba tags some common words as names (新建/ns, 四大/j)
COMMON_PROPER_NAME = 100
COMMON_CHARACTER = 50000  # 到, 是: too common to be part of a name jieba cut into characters
COMMON_TIME_WORD = 2000  # 今年, 目前: never inside a name; 春天 can be


class TokenView:
    def __init__(self, text: str):
        self.text = text
        self.words: list[str] = []
        self.tags: list[str] = []
        self.starts: list[int] = []
        self.token_of = [0] * (len(text) + 1)
        offset = 0
        for index, (word, tag) in enumerate(tokenize.tagged(text)):
            self.words.append(word)
            self.tags.append(tag)
            self.starts.append(offset)
            self.token_of[offset:offset + len(word)] = [index] * len(word)
            offset += len(word)
        self.token_of[len(text)] = len(self.words)
        self.starts.append(len(text))
        self.is_start = bytearray(len(text) + 1)
        for start in self.starts:
            self.is_start[start] = 1
        self.kinds = [self._kind(i) for i in range(len(self.words))]
        self._merge_single_characters()

    def _kind(self, index: int) -> str:
        word, tag = self.words[index], self.tags[index]
        if not _HAN.search(word):
            return NUMBER if _ALNUM.search(word) else PUNCT
        if word in dictionaries().name_inner or _ORDINAL.fullmatch(word):
            return WORD  # 第一 of 第一中学
        if not tag:
            return UNKNOWN
        if tag in _PROPER_TAGS:
            return PROPER
        if tag.startswith("v") and tag != "vn":
            return VERB
        if tag in _FUNCTION_TAGS or (tag in ("t", "tg") and tokenize.frequency(word) >= COMMON_TIME_WORD):
            return FUNCTION
        return WORD

    def _merge_single_characters(self) -> None:
        """jieba cuts names it does not know into single characters (南 铂, 洑 水): a run
        of two or more single characters that are not function words reads as unknown."""
        run: list[int] = []
        for index in range(len(self.words) + 1):
            single = index < len(self.words) and len(self.words[index]) == 1 and \
                self.kinds[index] in (WORD, PROPER, UNKNOWN, VERB) and \
                tokenize.frequency(self.words[index]) < COMMON_CHARACTER
            if single:
                run.append(index)
                continue
            if len(run) >= 2:
                for member in run:
                    self.kinds[member] = UNKNOWN
            run = []

    # -- by character offset ------------------------------------------------------------

    def token_index(self, position: int) -> int:
        return self.token_of[position]

    def word_start(self, position: int) -> int:
        return self.starts[self.token_of[position]]

    def word_end(self, position: int) -> int:
        index = self.token_of[position]
        return self.starts[index + 1]

    def kind_at(self, position: int) -> str:
        return self.kinds[self.token_of[position]] if position < len(self.text) else PUNCT

    def is_brand(self, index: int, end: int | None = None) -> bool:
        """A word that can carry a name: unknown to jieba, proper, or rare (not a trade
        word such as 纸业, which any company of the trade may use). With `end`, only the
        word's part before `end` is judged (`纸业` of `纸业公司`)."""
        kind, word = self.kinds[index], self.words[index]
        if end is not None and end < self.starts[index + 1]:
            word = self.text[self.starts[index]:end]
            if kind == WORD:
                kind = UNKNOWN if tokenize.frequency(word) == 0 else WORD
        if word in dictionaries().industry or (len(word) >= 2 and word.endswith("族")) or word[:-1] in BUILDING_VERBS:
            return False  # 侗族文化展示馆: a people's name is no brand; 新建县/ns 人民医院: build the hospital
        frequency = tokenize.frequency(word)
        # jieba tags many common words as person names (蓝图/nr, 苗木/nr): trust nr less
        common = COMMON_PROPER_NAME if self.tags[index].startswith("nr") else COMMON_PROPER
        if kind == UNKNOWN or (kind == PROPER and frequency < common):
            return True
        return kind == WORD and 0 < frequency < RARE_WORD and self.tags[index].startswith("n")

    def has_brand(self, start: int, end: int) -> bool:
        return self.brand_start(start, end) < end

    def brand_start(self, start: int, end: int) -> int:
        """Where the first word that can carry a name begins (`新建横冲…` -> `横冲…`)."""
        if start >= end:
            return end
        index = self.token_of[start]
        while index < len(self.words) and self.starts[index] < end:
            if self.is_brand(index, end):
                return max(start, self.starts[index])
            index += 1
        return end

    def can_be_inside_name(self, index: int) -> bool:
        return self.kinds[index] in (WORD, PROPER, UNKNOWN)

    def aligned(self, start: int, end: int) -> bool:
        """The span starts and ends where jieba's words do, or cuts only into words jieba
        guessed (`溪村`, `社局`): a suffix inside a dictionary word (`联合社会`) is no suffix."""
        words = dictionaries()
        if end - start == 1 and any(self.text[end - k:end] in words.titles for k in (2, 3, 4)):
            return False  # 委 of 常委, 员 of 委员: the tail of a title
        starts_well = self.is_start[start] or self.word_end(start) == end or self.kind_at(start) in (UNKNOWN, PROPER)
        # jieba glues a title to the name before it (局局长, 协会会长, 市委常委)
        ends_well = self.is_start[end] or self.kind_at(end - 1) == UNKNOWN or bool(words.title_re.match(self.text, end)) \
            or self.text[end:self.word_end(end - 1)] in _MEMBERS  # 协会会员: and its members
        return starts_well and ends_well

    def read_name(self, end: int, max_length: int, anchors: dict[int, int], allow=None,
                  nested: bool = False) -> tuple[int, int | None, bool]:
        """Read a name leftwards from `end` over words that can be inside a name.

        Returns (start, anchor_start, bounded): the name's start, the start of a known
        place or organisation right before it if there is one (`anchors` maps end offsets
        to start offsets), and whether the reading stopped at a boundary (punctuation, a
        function word, a verb) rather than at `max_length`.

        `nested` (organisations): one 和/与/及 may be inside the name when a place or an
        organisation lies beyond it (吉首大学旅游与管理工程学院), and a brand between two
        places belongs to the name (湖南华菱涟源钢铁有限公司).
        """
        allow = allow or self.can_be_inside_name
        position, conjunction = end, None
        while position > 0:
            anchor = self._anchor_ending_in(position, anchors)
            if anchor is not None:
                at, begins = anchor
                return at, self._beyond(begins, anchors, direct=at == end) if nested else begins, True
            index = self.token_of[position - 1]
            token_start = self.starts[index]
            if conjunction_after_name(self.text, token_start) and len(self.words[index]) > 1:
                return token_start + 1, None, True  # 人民医院 和县/ns 中医医院: two bodies
            if self.words[index] in _JOINING_WORDS:
                return position, None, True  # …刑事侦查大队 会同/n 横市派出所: two bodies acting together
            if not allow(index):
                if nested and conjunction is None and self.words[index] in _CONJUNCTIONS \
                        and token_start not in anchors:  # not 财政局和合作银行: two names
                    conjunction, position = position, token_start
                    continue
                return conjunction or position, None, True
            if end - token_start > max_length:
                return (conjunction, None, True) if conjunction else (position, None, False)
            position = token_start
        return position, None, True

    def _anchor_ending_in(self, position: int, anchors: dict[int, int]) -> tuple[int, int] | None:
        """An anchor ending at `position` or inside the word before it: (its end, its start)."""
        if position in anchors:
            return position, anchors[position]
        token_start = self.starts[self.token_of[position - 1]]
        for inner in range(position - 1, token_start, -1):
            if inner in anchors:
                return inner, anchors[inner]
        return None

    def _beyond(self, start: int, anchors: dict[int, int], direct: bool = False) -> int:
        """A brand of up to four characters between this anchor and another one before it
        joins them (湖南 华菱 涟源); an organisation right before this anchor opens a unit
        named by it (长沙市公安局交通警察支队 + 芙蓉 + 大队)."""
        if direct and start in anchors and anchors[start] < start:
            return anchors[start]  # only a unit named by the place alone (not …公安局 会同 横市派出所)
        position = start
        while position > 0 and start - position <= 4:
            index = self.token_of[position - 1]
            if not self.is_brand(index):
                break
            position = self.starts[index]
            if position in anchors and position < start:
                return anchors[position]
        return start


_CONJUNCTIONS = frozenset("和与及")
_JOINING_WORDS = frozenset("会同 联合 协同 携手 配合".split())  # 会同 is also a county's short form
# 新建县人民医院, 新建镇卫生院: build the county hospital
BUILDING_VERBS = frozenset("新建 扩建 改建 组建 筹建 兴建 创建 援建 共建".split())
_MEMBERS = frozenset("会员 成员 职工 员工 党员 干部 代表 队员 团员 社员 病房".split())  # and a department's ward
_NAME_ENDS = frozenset("院局会司所校厂站馆社队委办部厅处中县市区镇乡村")


def conjunction_after_name(text: str, start: int) -> bool:
    """和/与/及 right after what ends a body's or a place's name joins two names."""
    return text[start] in _CONJUNCTIONS and start > 0 and text[start - 1] in _NAME_ENDS


def is_han(text: str) -> bool:
    return bool(text) and all(_HAN.match(ch) for ch in text)
