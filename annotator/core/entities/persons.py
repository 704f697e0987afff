"""Person names (PER).

A name is a surname (resources/dictionaries/surnames.txt) and one or two more characters,
proposed only where something says it is a name:
- bylines and photo credits as the splitter writes them: a line of names separated by
  single spaces, in brackets or not (`（郑丹枚 李彬）`, `肖洋桂 何志红 陈旻阳`, `王文`), and a
  caption ending in `彭红霞 摄`;
- a title or role right before it (`党组书记元强`, `村民汪文菲`, `今年50岁的曾芸芳`);
- a speech or action word right after it (`何东强反映`, `汪文菲说`), or a title after it
  (`习近平总书记`).
Where the name ends (two or three characters) is decided by what follows it and by
where jieba's words start.
"""
from __future__ import annotations

import re

from .. import tokenize
from ..gazetteer import Gazetteer
from .dictionaries import dictionaries
from .spans import CREDITED, MEDIUM, Candidate
from .tokens import FUNCTION, PUNCT, UNKNOWN, VERB, TokenView, is_han

_HAN = r"\u3400-\u9fff"
# `(彭森滔 蒋睿)`, also after the writers' office: `（君山区委宣传部 杨洁）`
_BYLINE_LINE = re.compile(
    rf"^[（(]?(?:[{_HAN}]{{2,12}}(?:宣传部|办公室|中心|[局部委办站所院台社馆队处]) )?([{_HAN}]{{2,4}}(?: [{_HAN}]{{2,4}})*)[)）]?$")
_CAPTION = re.compile(rf"(?:^|\s|[（(])((?:[{_HAN}]{{2,4}} )*[{_HAN}]{{2,4}}) ?(?:摄|摄影|供图)[)）]?$")
_AGE = re.compile(r"\d+岁的")
# a short item's author in brackets after its last sentence: `…达到67.5%。（陈静）`
_END_BYLINE = re.compile(rf"[。！？”](?:[（(])([{_HAN}]{{2,4}}(?: [{_HAN}]{{2,4}})?)[)）](?=\n|$)")
# a work's author in brackets after its title, in a list of works: `《论晚清女作家》（张菊玲）、`
_WORK_AUTHOR = re.compile(rf"》[（(]([{_HAN}]{{2,4}}(?:、[{_HAN}]{{2,4}})?)[)）]")
# characters that end a name's right edge or cannot be inside a given name (摄 of a photo credit)
_NOT_IN_GIVEN_NAME = frozenset("的了是在和与及等为把被对从向于就也都还又说着过们个这那其之而或但并且该每各本年月日上下里内外摄则")
# what cannot be inside a name even when jieba reads the whole name as one word (李在明, 徐向前, 钱其琛)
_NEVER_IN_GIVEN_NAME = frozenset("的了是和与及等为把被对从于就也都还又说着过们个这那之而或但并且该每各")
COMMON_WORD = 60
GIVEN_NAME_WORD = 2000
EVERYDAY_CHARACTER = 20000
WORD_NOT_NAME = 500  # a word jieba has seen this often, opening a would-be name, is that word  # a given name that jieba reads as a word seen this often is a word


# a reporter's byline inside the running text: `记者江建国报道`, `本报记者苏宁、王军报道`,
# `（通讯员刘畅杨晨）`, and
# a dateline's bracket: `电（记者王子江 郑直）`, `（新华社记者 鲍昆山、聂鲁彬）`
# (read lazily: `记者温宪摄）` credits 温宪)
# (`记者高歌通讯员储思源`: the next role word ends the names too)
_REPORTER = re.compile(rf"(?:记者|通讯员) ?([{_HAN}]{{2,6}}?(?:[、 ][{_HAN}]{{2,6}}?)*)(?:报道|摄影|摄|采写|[)）]|(?=通讯员))")


def _reporters(text: str) -> list[Candidate]:
    from ..bylines import names_run_together

    found = []
    for match in _REPORTER.finditer(text):
        # `记者高歌通讯员储思源`: the spaces lost, the second role word separates the names
        for piece in _CREDIT_PIECE.finditer(match.group(1)):
            token, at = piece.group(), match.start(1) + piece.start()
            names = names_run_together(token)  # `通讯员刘畅杨晨`: two names the column joined
            for name in names:
                # either of two run-together names may have a surname the list lacks (毓青), and a
                # lone two-character name may be a pen name (湘雨)
                # a word that is also a name (文明, 高山, 朝霞/ns) is the correspondent's name where
                # the bracket closes right after it: `（通讯员 文 明）`, unless it is a real place
                closed = match.group(0)[-1] in ")）" and at + len(name) == match.end(1)
                surname = _surname_length(name) or int(len(name) == 2 and (
                    len(names) == 2 or _pen_name(name) or (closed and name not in Gazetteer.default())))
                if surname and len(name) <= surname + 2 and \
                        (name not in dictionaries().person_stopwords or (closed and _surname_length(name))) and \
                        not dictionaries().title_re.search(name):
                    found.append(Candidate(at, at + len(name), "PER", CREDITED))
                at += len(name)
    return found


def _pen_name(name: str) -> bool:
    """`（记者武艺通讯员湘雨）`: a correspondent often signs with a two-character pen name
    that opens with no surname; in a bracketed byline it is still a person, unless jieba
    knows it as a place (`记者长沙报道` names no one)."""
    return not tokenize.dictionary_tag(name).startswith("ns") and name not in dictionaries().place_generic


_CREDIT_PIECE = re.compile(r"(?:(?!记者|通讯员)[^、 ])+")


def person_candidates(view: TokenView) -> list[Candidate]:
    reporters = _reporters(view.text)
    found = _bylines(view.text) + _end_bylines(view.text) + reporters
    # a credit's names stand as read there (`通讯员刘畅杨晨`: 刘畅, 杨晨, not 刘畅杨 after the title)
    found += [c for c in _after_titles(view) if not any(r.start < c.end and c.start < r.end for r in reporters)]
    found += _before_followers(view)
    found += _names_without_surname(view)
    return found


def _names_without_surname(view: TokenView) -> list[Candidate]:
    """Tibetan and Mongolian names have no surname: two parts of one people's names
    (tibetan_name_parts.txt, mongolian_name_parts.txt) make a name where it stands on
    jieba's word bounds (次仁央宗, 萨仁高娃); one Mongolian part of three characters does
    after a title (理事长其木格)."""
    text, found = view.text, []
    title_ends = {m.end() for m in dictionaries().title_re.finditer(text)}
    for parts in (dictionaries().tibetan_name_parts, dictionaries().mongolian_name_parts):
        lengths = sorted({len(part) for part in parts}, reverse=True)
        for start in range(len(text) - 1):
            if not view.is_start[start]:
                continue
            for first in lengths:
                if text[start:start + first] not in parts:
                    continue
                whole = next((start + first + second for second in lengths
                              if text[start + first:start + first + second] in parts), None)
                if whole is None and first >= 3 and start in title_ends:
                    whole = start + first
                if whole is not None and (whole == len(text) or view.is_start[whole]
                                          or dictionaries().follower_re.match(text, whole)):  # 央宗说/
                    found.append(Candidate(start, whole, "PER", MEDIUM))
                    break
    return found


def _bylines(text: str) -> list[Candidate]:
    found = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        lead = offset + line.index(stripped) if stripped else offset
        match = _BYLINE_LINE.match(stripped)
        if match and (" " in match.group(1) or stripped[0] in "（(" or _lone_name(match.group(1))):
            found += _names_in(match.group(1), lead + match.start(1))
        else:
            caption = _CAPTION.search(stripped)
            if caption:
                found += _names_in(caption.group(1), lead + caption.start(1))
        offset += len(line) + 1
    return found


def _end_bylines(text: str) -> list[Candidate]:
    found = []
    for pattern in (_END_BYLINE, _WORK_AUTHOR):
        for match in pattern.finditer(text):
            names = match.group(1).replace("、", " ")
            if all(_surname_length(name) and name not in dictionaries().person_stopwords and
                   tokenize.frequency(name) < COMMON_WORD for name in names.split(" ")):
                found += _names_in(names, match.start(1))
    return found


def _phrase(name: str) -> bool:
    """Four characters of two everyday words (`龙头带动 链条延伸`: a two-part headline
    spaced like a byline), unless a two-character surname opens them."""
    if len(name) != 4 or _surname_length(name) == 2:
        return False
    return tokenize.frequency(name[:2]) >= COMMON_WORD and tokenize.frequency(name[2:]) >= COMMON_WORD


def _lone_name(word: str) -> bool:
    """A line holding one word is a byline when the word reads as a name, not a heading."""
    return len(word) <= 3 and _surname_length(word) > 0 and word not in dictionaries().person_stopwords \
        and tokenize.frequency(word) < COMMON_WORD


def _names_in(names: str, start: int) -> list[Candidate]:
    found = []
    for name in names.split(" "):
        if name not in dictionaries().titles and not _phrase(name):  # 记者, 通讯员 left in a byline
            found.append(Candidate(start, start + len(name), "PER", CREDITED))
        start += len(name) + 1
    return found


def _surname_length(text: str) -> int:
    surnames = dictionaries().surnames
    if text[:2] in surnames and len(text[:2]) == 2:
        return 2
    return 1 if text[:1] in surnames else 0


def _after_titles(view: TokenView) -> list[Candidate]:
    text, found = view.text, []
    starts = [m.end() for m in dictionaries().title_re.finditer(text)]
    starts += [m.end() for m in _AGE.finditer(text)]
    for start in starts:
        end = _name_end(view, start, cue_before=True)
        # 支教老师练习打腰鼓: a name cannot open with an everyday verb or adjective jieba reads
        # across it (练习); a noun can (书记黄金凤)
        if end and not _one_verb(view, start, end) and not _opens_with_action(view, start, end) and \
                not _preposition_then_word(view, start, end):
            found.append(Candidate(start, end, "PER", MEDIUM))
    return found


def _preposition_then_word(view: TokenView, start: int, end: int) -> bool:
    """`主播向网友介绍`: jieba reads the surname character as a preposition and the rest is an
    everyday noun, its object, not 向 and a given name (`书记向前进说` stays a name)."""
    surname = _surname_length(view.text[start:end])
    if not surname or not _read_as_function_word(view, start, surname) or not view.is_start[start + surname]:
        return False
    rest = view.token_index(start + surname)
    return view.starts[rest + 1] == end and view.tags[rest].startswith("n") and not view.tags[rest].startswith("nr") \
        and tokenize.frequency(view.words[rest]) >= WORD_NOT_NAME


def _one_verb(view: TokenView, start: int, end: int) -> bool:
    """`指导村民管护`: after a role word, one word jieba reads as a verb is what they do."""
    index = view.token_index(start)
    return view.starts[index] == start and view.starts[index + 1] == end and view.tags[index].startswith("v")


def _before_followers(view: TokenView) -> list[Candidate]:
    text, found = view.text, []
    for match in dictionaries().follower_re.finditer(text):
        end = match.start()
        for size in (3, 2, 4):
            start = end - size
            if start < 0 or not view.is_start[start] or not _left_edge(view, start):
                continue
            if size == 4 and _surname_length(text[start:start + 2]) != 2:
                continue
            if _opens_with_word(view, start, end):
                continue  # 田埂上介绍: a common word, not a surname, starts it
            if _preposition_then_word(view, start, end):
                continue
            if size == 2 and text[start - 1:start] == "的" and tokenize.frequency(text[start:end]):
                continue  # 热腾腾的米粉说: a word after 的 is what it describes
            if _name_end(view, start, cue_before=False, only=size) == end:
                found.append(Candidate(start, end, "PER", MEDIUM))
                break
    return found


def _opens_with_word(view: TokenView, start: int, end: int) -> bool:
    index = view.token_index(start)
    word_end = view.starts[index + 1]
    surname = _surname_length(view.text[start:end])
    return start + surname < word_end <= end and not view.tags[index].startswith("nr") and \
        tokenize.frequency(view.words[index]) >= WORD_NOT_NAME


def _opens_with_action(view: TokenView, start: int, end: int) -> bool:
    return _opens_with_word(view, start, end) and view.tags[view.token_index(start)][:1] in ("v", "a", "d")


_COUNTED = re.compile(r"[0-9０-９.．·〇一二三四五六七八九十百千两几数]")


def _left_edge(view: TokenView, start: int) -> bool:
    if start == 0:
        return True
    before = view.text[start - 1]
    if _COUNTED.match(before):
        return False  # 15万人参加, 数万人: a number's multiplier, not a surname
    return not is_han(before) or view.kind_at(start - 1) in (PUNCT, FUNCTION, VERB)


def _name_end(view: TokenView, start: int, cue_before: bool, only: int = 0) -> int:
    """Where a name starting at `start` ends, or 0 when no name starts there."""
    text = view.text
    surname = _surname_length(text[start:start + 2])
    if not surname:
        return 0
    family = text[start:start + surname]
    # a rare surname that is also an everyday word (和, 都, 于) needs jieba to read a name
    rare = dictionaries().surnames[family] == "rare" and tokenize.frequency(family) >= EVERYDAY_CHARACTER
    if rare and _read_as_function_word(view, start, surname):
        return 0  # 传承人和女书爱好者: jieba reads 和 as the conjunction here
    best, best_score, verb_cut = 0, 0, 0
    for size in ((only,) if only else (surname + 2, surname + 1)):
        end = start + size
        name = text[start:end]
        if end > len(text) or not (_plausible(name, surname, one_name_word(view, start, end))
                                   or _ends_in_he_before_speech(view, name, surname, end)):
            continue
        if size == surname + 2 and _last_character_takes_a_particle(view, end):
            verb_cut = end - 1 if cue_before else 0
            continue  # 鲜于冰/带着: jieba guessed 冰带, but 带 is the verb 着 follows
        # a speech word right after (总经理成望舒介绍, jieba's 成望/舒) marks where the name ends
        spoken = bool(dictionaries().follower_re.match(text, end)) or _acts_after(view, end)
        score = _right_edge_score(view, end) + _jieba_agrees(view, start, end) + spoken
        if rare and not _jieba_agrees(view, start, end, strict=True) and not (cue_before and spoken):
            continue  # 和后盾, 都盯上: a rare surname that is also a common word needs jieba's word
        if not cue_before and score < 2:
            continue
        if score > best_score:
            best, best_score = end, score
    if cue_before and not only and best == start + surname + 1 and _last_character_glued_on(view, best):
        return best + 1
    return best or verb_cut


_ASPECT_PARTICLES = frozenset(("uz", "ul", "ug"))  # 着, 了, 过


def _acts_after(view: TokenView, end: int) -> bool:
    """`种粮大户米长庚流转了…`: a verb with 着/了/过 right after marks the name's end as a
    speech word does."""
    if end >= len(view.text) or not view.is_start[end]:
        return False
    index = view.token_index(end)
    return view.tags[index].startswith("v") and index + 1 < len(view.words) and \
        view.tags[index + 1] in _ASPECT_PARTICLES


def _last_character_takes_a_particle(view: TokenView, end: int) -> bool:
    """The name's last character, inside a word jieba guessed, is a verb: 着/了/过 follows."""
    return end < len(view.text) and view.is_start[end] and not view.is_start[end - 1] \
        and view.kinds[view.token_index(end - 1)] == UNKNOWN and view.tags[view.token_index(end)] in _ASPECT_PARTICLES


def _last_character_glued_on(view: TokenView, end: int) -> bool:
    """`主任刘海波带着`: jieba reads 刘海 as a word and guesses 波带, an unknown word that is
    the name's last character glued to the next word (带). After a title the name is 刘海波."""
    if end >= len(view.text) or not view.is_start[end] or view.kinds[view.token_index(end)] != UNKNOWN:
        return False
    word = view.words[view.token_index(end)]
    rest = word[1:]
    return len(word) >= 2 and word[0] not in _NOT_IN_GIVEN_NAME and is_han(word) and \
        tokenize.frequency(rest) > 0 and tokenize.frequency(word) == 0


def _ends_in_he_before_speech(view: TokenView, name: str, surname: int, end: int) -> bool:
    """`严春和正在…`, `严春和笑着说`: a given name may end in 和 when a speech or action word
    follows it, where 和 cannot be the conjunction."""
    return len(name) == surname + 2 and name[-1] == "和" and _plausible(name[:-1] + "华", surname) and \
        bool(dictionaries().follower_re.match(view.text, end))


def _read_as_function_word(view: TokenView, start: int, surname: int) -> bool:
    if not view.is_start[start]:
        return False
    index = view.token_index(start)
    return len(view.words[index]) == surname and view.tags[index][:1] in ("c", "p")


def _plausible(name: str, surname: int, one_name_word: bool = False) -> bool:
    """`one_name_word`: jieba read exactly this as one word, unknown or tagged a name."""
    # jieba's word may run a name into the next word (卢拉在): its last character is checked as always
    inner = _NEVER_IN_GIVEN_NAME if one_name_word else _NOT_IN_GIVEN_NAME
    if not is_han(name) or any(ch in inner for ch in name[surname:-1]) or name[-1] in _NOT_IN_GIVEN_NAME:
        return False
    if name in dictionaries().person_stopwords or dictionaries().title_re.search(name, surname):
        return False
    frequency = tokenize.frequency(name)
    return frequency < COMMON_WORD or tokenize.dictionary_tag(name).startswith("nr")


def _right_edge_score(view: TokenView, end: int) -> int:
    text = view.text
    if end >= len(text) or not is_han(text[end]):
        return 3
    if dictionaries().follower_re.match(text, end) or dictionaries().title_re.match(text, end):
        return 3
    return 1 if view.is_start[end] else 0


def _jieba_agrees(view: TokenView, start: int, end: int, strict: bool = False) -> int:
    """1 when jieba's words split exactly at the name's edges and it made the name one
    unknown word, or a surname followed by a given name that is no common word
    (`李/明秀` agrees, `和/社会` does not)."""
    if not (view.is_start[start] and view.is_start[end]):
        return 0
    first = view.token_index(start)
    last = view.token_index(end - 1)
    if first == last:
        return 1 if _name_like(view, first) else 0
    surname = _surname_length(view.text[start:end])
    if last != first + 1 or len(view.words[first]) != surname:
        return 0
    given = view.words[last]
    if strict:
        return 1 if view.kinds[last] == UNKNOWN else 0
    return 1 if _name_like(view, last) or tokenize.frequency(given) < GIVEN_NAME_WORD else 0


def one_name_word(view: TokenView, start: int, end: int) -> bool:
    if not (view.is_start[start] and (end == len(view.text) or view.is_start[end])):
        return False
    index = view.token_index(start)
    return view.starts[index] == start and len(view.words[index]) == end - start and _name_like(view, index)


def _name_like(view: TokenView, index: int) -> bool:
    return view.kinds[index] == UNKNOWN or view.tags[index].startswith("nr") or \
        tokenize.frequency(view.words[index]) == 0


def accept_list_item(item: str, one_word: bool = False) -> bool:
    surname = _surname_length(item)
    return bool(surname) and 2 <= len(item) <= surname + 2 and _plausible(item, surname, one_word)
