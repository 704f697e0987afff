"""Cutting a second article off a titled text where a headline's words begin (docs/adr/0005):
a headline set after its body whose text the page ran into an article headed above, or two
articles run together with no headline between them. Works on splitting.PageArticle objects.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .bylines import byline_names
from .cleaning import ends_sentence
from .headline_signs import AGENCY_LINE
from .reassembly import dated_opening, is_open, opens_report, opens_report_after_cut
from .shared_words import character_pairs as _bigrams

if TYPE_CHECKING:
    from .splitting import PageArticle

# A photo caption: the words, the photographers' names, then 摄/摄影/供图.
CAPTION_LINE = re.compile(
    r"^[（(]?(?P<caption>.*?)\s*(?P<names>(?:[\u3400-\u9fff·]{1,4}\s+)+)(?P<verb>摄|摄影|供图)[)）]?$"
)

# A headline's character pairs that the split-off part must hold (`荷塘区…惠民生` and a body
# about 荷塘区): below it the headline stays text rather than cutting an article blindly.
SPLIT_OFF_RECALL = 0.25
# Between cuts the headline's words weigh alike, the one before a report's opening
# (`“孩子现在能自己吃奶了……”12月9日，`) wins, the first of them (an article's own
# paragraphs open with `近年来，` too).
OPENING_TIE_BREAK = 0.01
# How much better (headline words after the cut minus before, plus the same for the
# article's own headline the other way round) the best cut must be.
SPLIT_OFF_MARGIN = 0.3


# With the evidence of a second byline the split-off part need only hold some of the
# headline's pairs (headlines as short as `梨花深处游人来` share one pair with their text).
SPLIT_OFF_SOME_RECALL = 0.1


def split_off(article: PageArticle, title: str, subtitle: str, line: int,
               min_recall: float = SPLIT_OFF_RECALL) -> PageArticle | None:
    """Cut `article` before the paragraph from which on the body holds the headline's words
    far more than before it (and the article's own headline's words less); the part after
    gets the headline and the article's footer. Cuts are at sentence ends, after a caption
    or a byline too."""
    wanted = _bigrams(title + subtitle)
    own = _bigrams(article.title + article.subtitle) - wanted
    body = article.body
    if not wanted or len(body) < 2:
        return None

    # Where each headline pair first and last occurs: the recall on either side of every
    # cut in one pass over the body.
    first_seen: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    for number, paragraph in enumerate(body):
        for pair in _bigrams(paragraph) & (wanted | own):
            first_seen.setdefault(pair, number)
            last_seen[pair] = number

    def recall(pairs: set[str], k: int, after: bool) -> float:
        if not pairs:
            return 0.0
        seen = sum(1 for p in pairs if p in first_seen and (last_seen[p] >= k if after else first_seen[p] < k))
        return seen / len(pairs)

    best, cut = 0.0, 0
    for k in range(1, len(body)):
        if not (ends_sentence(body[k - 1]) or CAPTION_LINE.match(body[k - 1]) or byline_names(body[k - 1])
                or opens_report_after_cut(body[k - 1], body[k])):
            continue
        after = recall(wanted, k, True)
        score = after - recall(wanted, k, False) + recall(own, k, False) - recall(own, k, True)
        score += OPENING_TIE_BREAK * (1 - k / len(body)) if _opening_at(body, k) else 0.0
        if after >= min_recall and score >= best:
            best, cut = score, k
    if not cut or best < SPLIT_OFF_MARGIN:
        return None
    return _cut_off(article, title, subtitle, line, cut)


def split_off_at_report(article: PageArticle, title: str, subtitle: str, line: int) -> PageArticle | None:
    """Where two headlines set one above the other say that the titled text above holds a
    second article but split_off finds no cut by the words (a feature's headline shares few
    of its body's words: `芙蓉：“放心消费”点亮城市烟火气` three of 23 pairs): cut before the
    last report opening with a dateline in the text (`本报讯…`, `12月10日，`, `“……”12月10日，`)
    that follows a finished sentence, when some of the headline's pairs are after it and
    none before."""
    wanted, body = _bigrams(title + subtitle), article.body
    if not wanted:
        return None
    for k in range(len(body) - 1, 0, -1):
        if is_open(body[k - 1]) or not dated_opening(body[k]):
            continue
        after = wanted & _bigrams("".join(body[k:]))
        # some: one pair will do for a long headline too (`专家下沉 山里人看病不再难` shares
        # only `专家` of its 11 with its text); none before is the evidence
        if after and not wanted & _bigrams("".join(body[:k])):
            return _cut_off(article, title, subtitle, line, k)
        return None
    return None


def split_off_at_agency_line(article: PageArticle, title: str, subtitle: str, line: int) -> PageArticle | None:
    """A titled text holding an agency line after a finished sentence (`…橘农增收。` /
    `本报讯（记者 晨 光 通讯员 闻 竹）`) holds a second report, which opens there: cut before the
    last such line when the headline's words are more after it than before and at least
    some (SPLIT_OFF_SOME_RECALL) after. The words alone can pick an earlier cut where a pair
    recurs by chance (`县新` in `石门县新建` for `澧县新材料…`)."""
    wanted, body = _bigrams(title + subtitle), article.body
    cut = next((k for k in range(len(body) - 1, 0, -1) if AGENCY_LINE.match(body[k]) and not is_open(body[k - 1])), 0)
    if not wanted or not cut:
        return None
    after, before = wanted & _bigrams("".join(body[cut:])), wanted & _bigrams("".join(body[:cut]))
    if len(after) < SPLIT_OFF_SOME_RECALL * len(wanted) or len(after) <= len(before):
        return None
    return _cut_off(article, title, subtitle, line, cut)


def _cut_off(article: PageArticle, title: str, subtitle: str, line: int, cut: int) -> PageArticle:
    """The part of `article` from body[cut] on, with the headline and the footer."""
    body = article.body
    tail = replace(article, title=title, subtitle=subtitle, header=[], body=body[cut:], footer=article.footer,
                   first_line=line, byline="", title_from_body=False)
    article.body, article.footer = body[:cut], []
    while len(article.body) > 1 and CAPTION_LINE.match(article.body[-1]):
        article.footer.insert(0, article.body.pop())  # its photo's caption closes it
    credited = [names for text in tail.footer if (names := byline_names(text))]
    tail.byline = " ".join(credited[0]) if credited else ""
    if not article.header:  # its byline came from the footer, which went with the tail
        article.byline = ""
    return tail


# A paragraph that is one quotation, whole (`“侗家的油茶，一喝就忘不了！”`).
_WHOLE_QUOTE = re.compile(r"^“[^“”]+[。！？…]”$")


def _opening_at(body: list[str], k: int) -> bool:
    """A report opens at body[k]: its opening words (`12月6日，…`), or a quotation on its own
    right before them, as reports lead with a voice (`“侗家的油茶，一喝就忘不了！”` /
    `12月6日，在…`): the quote is the first paragraph of the report, not the last of the text
    above."""
    if opens_report(body[k]):
        return True
    return bool(_WHOLE_QUOTE.match(body[k])) and k + 1 < len(body) and opens_report(body[k + 1])
