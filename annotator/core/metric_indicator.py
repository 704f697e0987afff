"""The indicator of a metric: what is measured, in the article's words.

Two places can name it. A count written before the thing it counts names it AFTER the unit:
`选派84支驻村帮扶工作队` -> 驻村帮扶工作队, `通过3.6万名居民代表` -> 居民代表, `5000万元的产业
发展基金` -> 产业发展基金. That noun phrase (by jieba's dictionary tags) ends at a verb, a
preposition, an adverb, the next figure or the clause. A duration names the action that
follows it, verbs included (`仅用2个工作日完成了资金拨付手续`). Otherwise (the figure ends its
clause: `完成投资5.31亿元，`) the words BEFORE the number, within its clause and after the
previous metric and the period, are the indicator, cleaned:

- an enumeration keeps only its last item (`交流学习、走村观摩` -> 走村观摩);
- a neighbouring figure is cut off (`企业14家、…`): no digits of another quantity;
- the subject is dropped from the start: a place or organisation (`浏阳市`, `中石化益阳分公司`),
  a pronoun, a generic body (`全市`, `公司`), and a 有/拥有 after it (`公司有员工` -> 员工);
- copulas and words of approximation are dropped from the end (达, 为, 共, 超过, 约).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .tokenize import tables
from .units import kind_of, unit_pattern

INDICATOR_MAX = 16
AFTER_MAX = 14
_LEADING = re.compile(r"^(?:[、，,和及与并且以而]|全市|全县|全区|全省|全州|全镇|全乡|该市|该县|该区|该镇|该局"
                      r"|其中|同时|此外|另有|通过|经过|还|已经|已|均)+")
_TRAILING = re.compile(r"(?:达到|达|为|是|约|将近|接近|近|超过|超|逾|突破|共计|共有|共|了|高达|多达|仅|只有|占|至|到"
                       r"|合计|总计|不低于|不超过|不到|不足|由|从|[、，,和及与的])+$")
# Tags of words a counted noun phrase may start with and run over: nouns, names, places,
# abbreviations, verbal and adjectival nouns, unknown words ("": a run of single characters).
_NOUN_TAGS = ("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "vn", "an", "j", "s", "l", "")
_NOT_COUNTED = ("以上", "以下", "左右", "上下", "有余", "以内", "之内", "以来", "来", "后", "前", "内", "多", "余",
                "其中", "同比", "比", "较", "占", "是", "次")
_SUFFIX_TAGS = ("zg", "k", "g")  # one character closing a noun: 员, 者, 户
_MODIFIER_TAGS = ("b",)  # 主要经济指标: may open the phrase
_NAME_TAGS = ("ns", "nt", "nr", "nrt", "nz", "")  # a token of a proper name (or one jieba guessed)
# Generic bodies and pronouns that open a clause as its subject.
_SUBJECT_WORDS = ("公司", "全市", "全县", "全区", "全省", "全州", "全镇", "全乡", "该市", "该县", "该区", "该镇",
                  "我市", "我县", "我区", "该局", "该公司", "市委", "县委", "区委", "市政府", "县政府", "区政府",
                  "市委市政府", "县委县政府", "县残联", "市残联", "我", "我们", "他", "他们", "她", "其", "该", "这里")
# How names of places and bodies end: a name ending so is the subject, not what is measured.
_SUBJECT_ENDINGS = ("省", "市", "县", "区", "州", "镇", "乡", "村", "街道", "社区", "局", "委", "办", "厅", "公司",
                    "集团", "银行", "中心", "医院", "大学", "学院", "法院", "检察院", "协会", "合作社", "分公司", "管委会")
_HAVE = ("有", "拥有", "共有", "现有", "已有", "建有", "在", "从", "共")
_DONE = ("已", "已经", "累计", "共计", "先后")  # 连接线已完成路基土石方: the predicate starts here
_FOR = ("为", "给", "向", "对", "替", "由")
_QUOTES = "“”‘’\"「」《》"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGIT_RUN = re.compile(r"\d[\d.,]*(?![\d.,A-Za-z])")  # not 5G, 4K: those are words


def indicator(norm: str, left: int, metric, clause_end: int, next_start: int,
              period: tuple[int, int] | None = None, previous=None) -> str:
    """`left`: where the words before may start (clause start or the previous metric's end);
    `period`: the span of a period phrase between `left` and the number, left out;
    `clause_end`: where the clause after the metric ends; `next_start`: the next metric;
    `previous`: the previous metric with its indicator (a figure right after another one,
    `1宗18亩`, `达367个、占63.5%`, measures the same thing)."""
    kind = kind_of(metric.unit)
    limit = min(clause_end, next_start, metric.end + AFTER_MAX + 6)
    if previous is not None and previous.indicator and left == previous.end:
        counted = norm.find(previous.indicator, previous.end, metric.start)
        if counted != -1 and not _HAN.search(norm, previous.end, counted):  # 12家外贸企业获得贷款1.5亿元
            left = counted + len(previous.indicator)
    before_text = norm[left:metric.start]
    if period is not None and left <= period[0] and period[1] <= metric.start:
        before_text = norm[period[1]:metric.start]
        if len(_before(before_text)) < 2:  # 平均每队每年27万元: the words around the period
            before_text = norm[left:period[0]] + before_text
    before = _before(before_text)
    after = _after(norm[metric.end:limit], kind, len(_HAN.findall(before)))
    if after:
        return after
    if len(before) >= 2:
        return before[-INDICATOR_MAX:]
    if previous is not None and previous.indicator and metric.start - previous.end <= 3:
        return previous.indicator
    return _opening(norm[metric.end:min(clause_end, next_start)])


def _after(text: str, kind: str, before_length: int) -> str:
    """The noun phrase the figure counts (or, for a duration, the action it takes), or ""."""
    if text.startswith("的"):
        if before_length >= 3:
            return ""  # 不超过50人的标准: the figure describes the noun; it measures what is before
        text = text.lstrip("的")
    if not text or not (_HAN.match(text) or text[0] in "“‘\"「"):
        return ""
    if text.startswith(_NOT_COUNTED):
        return ""
    words = _words(text)
    if kind in ("money", "percent") and words[0][1] in ("ns", "nt", "nr", "nrt"):
        return ""  # 投资1300余万元新建…: an amount does not count a place or a person
    if kind in ("time", "year"):
        while words and words[0][1].startswith(("d", "c")):  # 就能办完: the adverb is not the action
            words = words[1:]
        phrase = "".join(word for word, _ in _until_enumeration(words))
        return phrase[:AFTER_MAX] if len(phrase) >= 2 and _HAN.match(phrase) else ""
    if words[0][0] not in _QUOTES and words[0][1] not in _NOUN_TAGS + _MODIFIER_TAGS:
        return ""
    phrase, open_quote = [], False
    for word, tag in _until_enumeration(words):
        if word in _QUOTES:
            open_quote = word in "“‘\"「《" and not open_quote
            phrase.append(word)
            continue
        suffix = phrase and len(word) == 1 and tag in _SUFFIX_TAGS  # 网格 + 员
        if not open_quote and not suffix and (tag not in _NOUN_TAGS or not _HAN.match(word)):
            break
        phrase.append(word)
    result = _balanced("".join(phrase))
    return result[:AFTER_MAX] if len(_HAN.findall(result)) >= 2 else ""


def _words(text: str) -> list[tuple[str, str]]:
    """Words of a short phrase with jieba's dictionary tags: at each point the longest
    dictionary word (found through jieba's prefix table, as jieba builds its word graph), and
    a run of single characters joined into one untagged word, as jieba's HMM mostly guesses
    them (驻村, 送课). A jieba cut has a large fixed cost per call; this is ten times cheaper
    for the few characters around a figure and gives the same words there in most cases."""
    frequencies, tags = tables()
    words, singles, position, length = [], "", 0, len(text)
    while position < length:
        end, probe = position + 1, position + 1
        while probe <= length and text[position:probe] in frequencies:
            if frequencies[text[position:probe]]:
                end = probe
            probe += 1
        word = text[position:end]
        if end - position == 1 and _HAN.match(word):
            singles += word
        else:
            if singles:
                words.append((singles, tags.get(singles, "") if len(singles) == 1 else ""))
                singles = ""
            words.append((word, tags.get(word, "")))
        position = end
    if singles:
        words.append((singles, tags.get(singles, "") if len(singles) == 1 else ""))
    return words


def _balanced(phrase: str) -> str:
    """Without a quotation mark that is not closed (or opened) inside the phrase."""
    for opening, closing in ("“”", "‘’", "「」", "《》"):
        if phrase.count(opening) != phrase.count(closing):
            phrase = phrase.replace(opening, "").replace(closing, "")
    return phrase.strip('"') if phrase.count('"') % 2 else phrase


def _until_enumeration(words):
    for word, tag in words:
        if word in "、，,；;。" or word[0].isdigit():
            return
        yield word, tag


def _before(text: str) -> str:
    if "、" in text:
        last = text.rsplit("、", 1)[1]
        if len(_HAN.findall(last)) >= 2:
            text = last
    text = _after_last_figure(text)
    text = _TRAILING.sub("", _LEADING.sub("", text))
    return _balanced(_TRAILING.sub("", _without_subject(text)))


def _after_last_figure(text: str) -> str:
    """Cut off a neighbouring figure and its unit (`企业14家、过10亿元` -> 过); a date's digits
    (`相较2020年下降`) stay."""
    runs = list(_DIGIT_RUN.finditer(text))
    if not runs:
        return text
    last = runs[-1]
    rest = text[last.end():]
    if rest[:1] in ("年", "月", "日", "号", "时", "%"):
        if rest[:1] != "%":
            return text
    unit = _unit_start().match(rest)
    return rest[unit.end():] if unit else rest


@lru_cache(maxsize=1)
def _unit_start() -> re.Pattern:
    return re.compile(rf"(?:[万亿千百]+)?(?:{unit_pattern()})?")


def _without_subject(text: str) -> str:
    """Drop a subject at the start (a place, an organisation, a pronoun, a generic body) and a
    有/为 after it, when words remain."""
    if len(text) < 4:
        return text
    words = _words(text)
    index = _subject_length(words)
    if index < len(words) - 1 and words[index][0] in _HAVE:
        index += 1
    else:
        done = next((i for i, (word, _) in enumerate(words[1:-1], 1) if word in _DONE), None)
        if done is not None and len(_HAN.findall("".join(w for w, _ in words[done + 1:]))) >= 2:
            index = done + 1
    words = _after_beneficiary(words[index:])
    rest = "".join(word for word, _ in words)
    return rest if len(_HAN.findall(rest)) >= 2 else text


def _subject_length(words) -> int:
    """How many words at the start are the subject: the longest run (of at most five words,
    not all of them) that is a generic body or pronoun, or ends in a name: a name-like word
    of three characters or more with the ending of a place or body (武陵区), or such an
    ending after a name-like word (中石化益阳 + 分公司). Not 城镇, not 农村居民."""
    found = 0
    for length in range(1, min(6, len(words))):
        run = words[:length]
        text = "".join(word for word, _ in run)
        last, tag = run[-1]
        ends_a_name = (len(last) >= 3 and tag in _NAME_TAGS and last.endswith(_SUBJECT_ENDINGS)) or (
            length > 1 and last in _SUBJECT_ENDINGS and any(t in _NAME_TAGS for _, t in run[:-1]))
        if text in _SUBJECT_WORDS or ends_a_name:
            found = length
    return found


def _after_beneficiary(words):
    """`为流动党员送课`, `给万兴农业发放贷款`: the action after the one it is done for."""
    for index, (word, tag) in enumerate(words[:-1]):
        if word in _FOR and tag.startswith("p"):
            for later in range(index + 2, len(words)):
                if words[later][1].startswith("v") and words[later][1] != "vn" or words[later][1] == "" and later == len(words) - 1:
                    if len(_HAN.findall("".join(w for w, _ in words[later:]))) >= 2:
                        return words[later:]
                    break
            break
    return words


def _opening(text: str) -> str:
    """A figure opening its clause (`129个市直机关…`) with no noun after it found: the words after."""
    text = re.sub(r"^(?:以上|以下|左右|上下|有余|以内|的)+", "", text)
    cut = re.search(r"[、的等和及与]", text)
    return (text[:cut.start()] if cut else text)[:12]
