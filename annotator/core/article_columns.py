"""Articles put back together once the headlines are placed (docs/adr/0005): a first column
the page set apart goes to the article it begins, and an article the page printed no
headline for joins the article it continues or stands alone, titled by its first words;
where the cleaning joined two articles' lines into one paragraph (a comma cut before a
report's opening, a column ending at full width mid-phrase), the page's words take them
apart again.

The articles are splitting.PageArticle objects (title, subtitle, header, body, footer,
byline, title_from_body), changed in place.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from . import tokenize
from .cleaning import HAN_RE, LEDE, NEWS_OPENING, Paragraph
from .reassembly import continuation_score, plainly_continues, word_across, is_open, opens_report, opens_report_after_cut
from .shared_words import Vocabulary, character_pairs, headline_affinity

if TYPE_CHECKING:
    from .splitting import PageArticle


# A headline that holds this much more of the column's pairs than of the report's claims
# the column whatever the texts share (a short rest shares few words).
RETURN_LEAN = 0.25


# With a headline that says nothing, the later article's text must share this much of the
# column's words, and this many times what the report shares.
TEXT_ALONE_SHARE = 0.1
TEXT_ALONE_RATIO = 4


def return_cut_columns(articles: list[PageArticle]) -> list[PageArticle]:
    """An article's first column that the page set apart from the rest of its text goes back
    to the later article it begins, joined with that article's first paragraph:

    - cut off after a comma at the head of another report's text (`…种养面积达到23万亩，` /
      `本报讯（…）12月7日，嘉禾县…`; the page goes on with that report, then with the cut
      article's headline-less rest further down). The later article takes it when its
      headline holds more of the column's words than of the report's (by RETURN_LEAN, or at
      all when its text shares at least twice as much of the column's words as the report
      does), and the report's own headline is no more in the column than in the report;
    - an article without a headline that stops mid-sentence (`…形成了从皮料加工到成品出`)
      while a later article's text starts with the rest of that sentence (`口的完整产业链。`:
      the break itself says so) and its headline shares the column's words.

    A text signed at its head starts there and is left alone. Articles left without text
    are dropped."""
    for number, article in enumerate(articles):
        if article.header or not article.body:
            continue
        body = article.body
        if article.title:
            cuts = [(0, cut) for cut in range(1, len(body)) if opens_report_after_cut(body[cut - 1], body[cut])]
            if not cuts and is_open(body[-1]):
                # a column at the end, from a report's opening on (`12月10日下午，…获得一等奖，`)
                cuts = [(start, len(body)) for start in range(len(body) - 1, 0, -1)
                        if not is_open(body[start - 1]) and opens_report(body[start])][:1]
        else:
            cuts = [(0, len(body))] if is_open(body[-1]) else []
        for start, cut in cuts:
            column = body[start:cut]
            home = _column_home(articles, number, column, body[:start] + body[cut:])
            if home is not None:
                home.body[:1] = [*column[:-1], column[-1] + home.body[0]]
                article.body = body[:start] + body[cut:]
                break
    return [article for article in articles if article.body or article.title]


def _column_home(articles: list[PageArticle], number: int, column: list[str], report: list[str]) -> PageArticle | None:
    """The later article that `column` (the start of articles[number]'s body, `report` the
    rest) begins, or None."""
    own = articles[number].title + articles[number].subtitle
    if report and headline_affinity(own, column) > headline_affinity(own, report):
        return None
    # Shares weighed over the page (words that many articles use tell nothing): the column
    # is text 0, the report 1, article n > number text n + 1.
    texts = [column, report, *(a.body for n, a in enumerate(articles) if n != number)]
    vocabulary = Vocabulary(["".join(text) for text in texts])
    home, best = None, 0.0
    for index in range(number + 1, len(articles)):
        candidate = articles[index]
        if not candidate.title or not candidate.body or LEDE.match(candidate.body[0]) or NEWS_OPENING.match(candidate.body[0]):
            continue
        going_on = continuation_score(column[-1], candidate.body[0])
        if going_on < 0 or (not report and going_on < 1):
            continue
        headline = candidate.title + candidate.subtitle
        lean = headline_affinity(headline, column) - headline_affinity(headline, report)
        share = vocabulary.shared(0, index + 1)
        reported = vocabulary.shared(0, 1)
        says_so = lean > 0 and (lean >= RETURN_LEAN or share >= 2 * reported)
        # A headline with none of the column's words nor the report's (`山里娃的“科创梦”`)
        # says nothing: the words the texts share decide, when they do by far.
        says_so = says_so or (lean == 0 and share >= TEXT_ALONE_SHARE and share >= TEXT_ALONE_RATIO * reported)
        if says_so and lean + share > best:
            home, best = candidate, lean + share
    return home


# Characters either side of a seam that find it again in an article's text.
_SEAM_CONTEXT = 6


def seams(paragraphs_: list[Paragraph]) -> list[tuple[str, str]]:
    """The text either side of each line break the cleaning joined mid-phrase."""
    return [(p.text[max(0, b - _SEAM_CONTEXT):b], p.text[b:b + _SEAM_CONTEXT]) for p in paragraphs_ for b in p.seams]


def cut_columns_apart(paragraphs_: list[Paragraph]) -> tuple[list[Paragraph], list[tuple[str, str]]]:
    """Paragraphs cut where a column may have ended (cleaning's `cuts`: a comma, then a
    report's opening), so the rules on paragraphs see the two texts; returns the halves
    too, to be joined again where no rule moved them apart (rejoin_uncut)."""
    result: list[Paragraph] = []
    halves: list[tuple[str, str]] = []
    for paragraph in paragraphs_:
        if not paragraph.cuts:
            result.append(paragraph)
            continue
        bounds = [0, *paragraph.cuts, len(paragraph.text)]
        parts = [paragraph.text[a:b] for a, b in zip(bounds, bounds[1:])]
        halves.extend(zip(parts, parts[1:]))
        result.extend(Paragraph(part, paragraph.first_line, paragraph.last_line) for part in parts)
    return result, halves


def rejoin_uncut(articles: list[PageArticle], halves: list[tuple[str, str]]) -> list[PageArticle]:
    """A paragraph cut apart by cut_columns_apart whose halves are still neighbours in one
    article was one paragraph after all (a date inside a sentence)."""
    if not halves:
        return articles
    for article in articles:
        body: list[str] = []
        for line in article.body:
            if body and any(body[-1].endswith(left) and line.startswith(right) for left, right in halves):
                body[-1] += line
            else:
                body.append(line)
        article.body = body
    return articles


def resume_glued_columns(articles: list[PageArticle], seams: list[tuple[str, str]]) -> list[PageArticle]:
    """A column cut after a comma before another report (`…1.2万户果农，` / `12月4日，醴陵市…`),
    the report's first column, then the cut article's rest set right after it at full width:
    the cleaning joined the report's last line (`…合同总投资`) and the rest's first
    (`年产黄桃5.2万吨，…`) into one paragraph, and the report's own rest (`86亿元。…`) stands
    under the next headline. Where a seam (a line break joined mid-phrase) in the report's
    text has the cut article's words after it and the next article's before it, the text
    after the seam goes on from the cut column and the text before it opens the next
    article."""
    if not seams:
        return articles
    for number, article in enumerate(articles[:-1]):
        following = articles[number + 1]
        if article.header or following.header or not following.body or opens_report(following.body[0]):
            continue
        body = article.body
        # a column of running text stopping after a comma (a crosshead before `近年来，…` is
        # no cut)
        cut = next((k for k in range(1, len(body)) if body[k - 1][-1] in "，、"
                    and opens_report_after_cut(body[k - 1], body[k])), None)
        if cut is None:
            continue
        found = _glued_seam(articles, number, cut, seams)
        if found is None:
            continue
        line, at = found
        head = [*body[cut:line], body[line][:at]]
        tail = [body[line][at:], *body[line + 1:]]
        article.body = [*body[:cut - 1], body[cut - 1] + tail[0], *tail[1:]]
        following.body = [*head[:-1], head[-1] + following.body[0], *following.body[1:]]
    return articles


_TIE = 1e-9


def _glued_seam(articles: list[PageArticle], number: int, cut: int,
                seams: list[tuple[str, str]]) -> tuple[int, int] | None:
    """Where (line, offset) in the report's text (body[cut:] of articles[number]) its first
    column ends and the cut article's rest begins, or None: the seam after which the words
    are the cut column's rather than the next article's, and before which they are the next
    article's (both sides must lean their way)."""
    article, following = articles[number], articles[number + 1]
    body = article.body
    # Each side with its headline: `祁阳“千名干部进千企”…` names the report's words.
    # (Texts, not word sets: only the report's text is cut into words.)
    column = article.title + article.subtitle + "".join(body[:cut])
    rest = following.title + following.subtitle + "".join(following.body)
    others = [a.text for n, a in enumerate(articles) if n not in (number, number + 1)]
    texts = [column, "".join(body[cut:]), rest, *others]

    def weight(word: str) -> float:
        # rare on the page and in the language: `黄桃`, `醴陵` tell articles apart, `局长`,
        # `亿元` do not (the column, the report and the next article counted apart: in one
        # article's text, the column's words would weigh more)
        used = sum(word in text for text in texts)
        return math.log((1 + len(texts)) / used) / (1 + math.log10(1 + tokenize.frequency(word)))

    def lean(words: set[str]) -> float:  # > 0: the words are the cut column's
        return sum(weight(w) * ((w in column) - (w in rest)) for w in words if (w in column) != (w in rest))

    places = sorted({(line, at + len(left)) for line in range(cut, len(body)) for left, right in seams
                     if (at := body[line].find(left + right)) >= 0})
    # The report's text in segments between the seams, cut into words once each.
    bounds = [(cut, 0), *places, (len(body) - 1, len(body[-1]))]
    segments = [_words(_between(body, start, end)) for start, end in zip(bounds, bounds[1:])]
    best, found = 0.0, None
    for number, (line, at) in enumerate(places, start=1):
        head = "".join(body[cut:line]) + body[line][:at]
        tail = body[line][at:] + "".join(body[line + 1:])
        if plainly_continues(head, tail) or word_across(head, tail) == 1.0:
            continue  # the seam cuts a word or a number: the column goes on here
        if continuation_score(body[cut - 1], tail) < 0 or continuation_score(head, following.body[0]) < 0:
            continue
        tail_lean, head_lean = lean(set().union(*segments[number:])), -lean(set().union(*segments[:number]))
        # Words shared by neither side (`上下游配套项目27个，合同总投资`) leave seams tied:
        # the later one wins, moving the least text.
        if tail_lean > 0 and head_lean > 0 and tail_lean + head_lean >= best - _TIE:
            best, found = max(best, tail_lean + head_lean), (line, at)
    return found


def _between(body: list[str], start: tuple[int, int], end: tuple[int, int]) -> str:
    """The text of body from (line, offset) `start` to `end`."""
    (first, begin), (last, stop) = start, end
    if first == last:
        return body[first][begin:stop]
    return body[first][begin:] + "".join(body[first + 1:last]) + body[last][:stop]


@functools.lru_cache(maxsize=512)
def _words(text: str) -> frozenset[str]:
    """The words of two characters and more (jieba's cut) that hold a Han character."""
    return frozenset(w for w in tokenize.cut(text) if len(w) > 1 and HAN_RE.search(w))


# How many times more words an interleaved column shares with the article it goes to than
# with the one the page set it in.
INTERLEAVE_RATIO = 3


def swap_interleaved_columns(articles: list[PageArticle]) -> list[PageArticle]:
    """Two articles whose columns the page interleaved, each in whole sentences: A's first
    paragraph, B's headline and first paragraph, A's rest and byline, then B's rest and
    byline with no headline (`12月8日，…交流会…` / `入境游客“湖南游”持续升温` / `“天门山太壮观
    了…”` / `据统计，香港是…交流会期间…` / byline / `湖南省文化和旅游厅…入境游客…` / byline).
    A ends without a byline (its end is elsewhere), B's text ends in one and an untitled text
    follows it. When B's last paragraphs share INTERLEAVE_RATIO times more of their words
    with A than with B's first ones, and the untitled text as much more with B's first
    paragraphs than with A, the last paragraphs and their byline go to A and the untitled
    text becomes B's rest. Shares are weighed over the page."""
    for number in range(1, len(articles) - 1):
        before, article, after = articles[number - 1], articles[number], articles[number + 1]
        if (after.title or not after.body or not article.title or not article.footer or len(article.body) < 2
                or not before.title or before.footer or not before.body):
            continue
        shares = _CutShares(before.body, after.body, [a.body for n, a in enumerate(articles) if abs(n - number) > 1])
        for cut in range(1, len(article.body)):
            head, tail = article.body[:cut], article.body[cut:]
            if shares.leans(head, tail):
                before.body.extend(tail)
                before.footer, before.byline = article.footer, article.byline
                article.body = head + after.header + after.body
                article.footer, article.byline = after.footer, after.byline
                after.body, after.header = [], []
                break
    return [article for article in articles if article.body or article.title]


class _CutShares:
    """The page's shares (as Vocabulary weighs them, texts: before, head, tail, after, the
    others) for every cut of the middle article into head and tail: the texts that stay the
    same are counted once, not again for each cut."""

    def __init__(self, before: list[str], after: list[str], others: list[list[str]]):
        self.before, self.after = character_pairs("".join(before)), character_pairs("".join(after))
        self.others: dict[str, int] = {}
        for text in others:
            for pair in character_pairs("".join(text)):
                self.others[pair] = self.others.get(pair, 0) + 1
        total = 4 + len(others)
        self.by_count = {count: math.log((1 + total) / count) for count in range(1, total + 1)}

    def leans(self, head: list[str], tail: list[str]) -> bool:
        """The tail shares INTERLEAVE_RATIO times more with the text before than with the
        head, and the text after as much more with the head than with the text before."""
        head_pairs, tail_pairs = character_pairs("".join(head)), character_pairs("".join(tail))
        if not tail_pairs & self.before or not self.after & head_pairs:
            return False  # a share of 0 leans nowhere

        def weight(pair: str) -> float:
            count = (self.others.get(pair, 0) + (pair in self.before) + (pair in head_pairs)
                     + (pair in tail_pairs) + (pair in self.after))
            return self.by_count[count]

        def shared(pairs: set[str], other: set[str]) -> float:
            # summed in the set's order, as Vocabulary.shares does: the same figures
            weights = [weight(pair) for pair in pairs]
            mass = sum(weights)
            return sum(w for pair, w in zip(pairs, weights) if pair in other) / mass if mass else 0.0

        tail_before = shared(tail_pairs, self.before)
        if not (tail_before > 0 and tail_before >= INTERLEAVE_RATIO * shared(tail_pairs, head_pairs)):
            return False
        after_head = shared(self.after, head_pairs)
        return after_head > 0 and after_head >= INTERLEAVE_RATIO * shared(self.after, self.before)


def settle_untitled(articles: list[PageArticle]) -> list[PageArticle]:
    """An article the page gave no headline is the rest of an article that stops
    mid-sentence (its first words continue that article's last ones, and it shares that
    article's words), or a column of its neighbour past a headline (it shares far more of
    its words with it than with any other article), or stands alone, titled by its first
    words."""
    if len(articles) < 2 or all(article.title for article in articles):
        for article in articles:
            _title_from_body(article)
        return articles
    vocabulary = Vocabulary([article.text for article in articles])
    number = {id(article): n for n, article in enumerate(articles)}
    result: list = []
    for index, article in enumerate(articles):
        if article.title or not result or not article.body:
            result.append(article)
            continue
        shares = {n: vocabulary.shared(index, n) for n in range(len(articles)) if n != index}
        most = max(shares.values(), default=0.0)
        rest_of = _open_end_continued(article, result, shares, number, most)
        if rest_of is not None:
            rest_of.body[-1] += article.body[0]
            _absorb(rest_of, replace(article, header=[], body=article.body[1:]))
            continue
        ranked = sorted(shares.values())
        runner_up = ranked[-2] if len(ranked) > 1 else 0.0
        if shares.get(index - 1) == most and most >= max(ABSORB_SHARE, 2 * runner_up) and articles[index - 1] is result[-1]:
            _absorb(result[-1], article)
            continue
        result.append(article)
    for article in result:
        _title_from_body(article)
    return result


def _open_end_continued(piece: PageArticle, before: list[PageArticle], shares: dict[int, float],
                        number: dict[int, int], most: float) -> PageArticle | None:
    """The earlier article whose last sentence the piece goes on with, if the words at the
    break and the words they share say so (as reassembly.continuation_score weighs them)."""
    if LEDE.match(piece.body[0]):
        return None
    best, chosen = 0.5, None
    for article in before:
        if not article.body or not is_open(article.body[-1]) or article.footer:
            continue
        score = continuation_score(article.body[-1], piece.body[0])
        score += 1.5 * (shares.get(number[id(article)], 0.0) / most if most else 0.0)
        if score > best:
            best, chosen = score, article
    return chosen


# Weighted share of words above which a piece without headline is its neighbour's column
# (pieces of one article share 0.15 and more on the seed pages, different articles < 0.1).
ABSORB_SHARE = 0.1


def _absorb(article: PageArticle, piece: PageArticle) -> None:
    if piece.opens_article_above:
        # its headline and byline were set above it: it is the article's opening
        article.header.extend(piece.header)
        article.body[:0] = piece.body
    else:
        article.body.extend([*piece.header, *piece.body])
    article.footer.extend(piece.footer)
    article.byline = article.byline or piece.byline


_FIRST_CLAUSE = re.compile(r"^(.+?)[，。！？；：]")
DERIVED_TITLE_MAX = 24


def _title_from_body(article: PageArticle) -> None:
    if article.title or not article.body:
        return
    first = article.body[0]
    clause = _FIRST_CLAUSE.match(first)
    if clause and LEDE.match(first) and len(clause.group(1)) < 8:
        # `今年来，永兴县将打造…`: the time phrase alone says nothing; take the next clause too
        clause = re.match(r"^(.+?[，].+?)[，。！？；：]", first) or clause
    title = clause.group(1) if clause else first
    article.title = title[:DERIVED_TITLE_MAX] + ("…" if len(title) > DERIVED_TITLE_MAX else "")
    article.title_from_body = True
