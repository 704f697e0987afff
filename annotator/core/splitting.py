"""Page -> articles.

A page holds several articles. Headlines come before their article on some pages and after
it on others (even on the same page); subtitles start with `——`; bylines (`(彭森滔 蒋 睿)`,
`肖洋桂 何志红 陈旻阳`) and photo credits (`彭红霞 摄`) sit around headlines; section
headings inside an article are short lines too, but must not start a new article.

The splitter works on the cleaned paragraphs: it classifies each one (body, heading,
subtitle, byline, caption), groups the non-body ones into runs, decides which runs are
article boundaries, and gives each boundary's headline to the article before or after it,
whichever shares more of its words.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .cleaning import LEDE, NEWS_OPENING, Paragraph, display_width, ends_sentence, paragraphs, squeeze_spaces
from .bylines import byline_body, byline_names, names_a_role, reads_as_name, pair_names
from .reassembly import dated_opening, is_open, join_plain_continuations, reassemble
from .shared_words import headline_affinity as _affinity
from .headline_places import headline_names_place
from .article_columns import cut_columns_apart, rejoin_uncut, resume_glued_columns, return_cut_columns, seams, settle_untitled
from .article_columns import swap_interleaved_columns
from .split_off import CAPTION_LINE as _CAPTION, SPLIT_OFF_RECALL, SPLIT_OFF_SOME_RECALL, split_off as _split_off, split_off_at_report
from .split_off import split_off_at_agency_line

from .headline_signs import BODY, HEADING, SUBTITLE, BYLINE, CAPTION
from .column_rests import wrapped_clause
from .headline_sides import choose_side, headings_of_the_text_below, two_headlines
from .headline_signs import (agency_line_inside, crosshead_pair, cut_before_report, headlines_after_cut_column,
                             headlines_before_agency_line, headlines_over_a_second_dateline)

HEADING_MAX_WIDTH = 36


@dataclass(frozen=True)
class Block:
    kind: str
    text: str  # what goes into the article text
    first_line: int
    names: tuple[str, ...] = ()  # for bylines and captions: the people credited


@dataclass
class PageArticle:
    title: str = ""
    subtitle: str = ""
    byline: str = ""
    header: list[str] = field(default_factory=list)  # byline lines before the body
    body: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)  # bylines and captions after the body
    first_line: int = 0
    # The page printed no headline for it: the title is its first words (not repeated in text).
    title_from_body: bool = False
    # Set under a headline and its byline that went to the text above: this text is the
    # opening of that article, which the page's columns put after its sections.
    opens_article_above: bool = False

    @property
    def text(self) -> str:
        title = "" if self.title_from_body else self.title
        lines = [title, self.subtitle, *self.header, *self.body, *self.footer]
        return "\n".join(line for line in lines if line)


def classify(paragraph: Paragraph) -> Block:
    text, raw = paragraph.text, paragraph.raw or paragraph.text
    if text.startswith("——"):
        return Block(SUBTITLE, text, paragraph.first_line)
    caption = _CAPTION.match(raw)
    if caption:
        tokens = caption.group("names").split()
        names = tuple(pair_names(tokens) or tokens)  # `彭 亮 摄` credits 彭亮
        shown = squeeze_spaces(caption.group("caption"))
        shown = f"{shown} {' '.join(names)} {caption.group('verb')}".strip()
        return Block(CAPTION, shown, paragraph.first_line, names)
    if paragraph.raw:
        names = byline_names(raw)
        if names:
            opening, closing = ("（", "）") if raw[:1] in "(（" else ("", "")
            if raw[:1] == "(":
                opening, closing = "(", ")"
            shown = " ".join([body] + names if (body := byline_body(raw)) else names)
            return Block(BYLINE, f"{opening}{shown}{closing}", paragraph.first_line, tuple(names))
    if (
        not LEDE.match(text)  # `今年，…公司坚持`: a paragraph's opening cut by the page, not a headline
        and not NEWS_OPENING.match(text)  # `本报讯（通讯员 胡 蝶 …）` set on a line of its own opens a report
        and not ends_sentence(text)
        and text[-1] not in "，、；"
        and not re.search("[。！？]", text)
        and display_width(text) <= HEADING_MAX_WIDTH
        and not wrapped_clause(paragraph)
    ):
        return Block(HEADING, text, paragraph.first_line)
    return Block(BODY, text, paragraph.first_line)


# A byline in brackets right after a paragraph's last sentence: `…达到67.5%。（陈静）`,
# `…走向全国。（记者杜佳琪通讯员龚乐）` (a byline the column wrapped joins the paragraph).
_END_BYLINE = re.compile(r"^(.*[。！？”])([（(][^（）()]{2,40}[)）])$")


def _end_bylines_apart(paragraphs_: list[Paragraph]) -> list[Paragraph]:
    """The byline closing a paragraph becomes a paragraph of its own: it ends the article."""
    result = []
    for paragraph in paragraphs_:
        match = _END_BYLINE.match(paragraph.text)
        names = byline_names(match.group(2)) if match else None
        # with a role or the writers' office the bracket is a byline even when its names are
        # words (`（通讯员 春 晓` / `凌 波）`, run together by the wrap: `春晓凌波`; `（…融媒体中心竹韵）`)
        if names and (all(reads_as_name(name) for name in names) or (
                (names_a_role(match.group(2)) or byline_body(match.group(2)))
                and all(2 <= len(name) <= 4 for name in names))):
            result.append(Paragraph(match.group(1), paragraph.first_line, paragraph.last_line))
            result.append(Paragraph(match.group(2), paragraph.last_line, paragraph.last_line, match.group(2)))
        else:
            result.append(paragraph)
    return result


@dataclass
class _Run:
    blocks: list[Block]
    boundary: bool = False

    @property
    def leading_bylines(self) -> list[Block]:
        """Bylines and photo credits that open the run: they close the article before."""
        out = []
        for block in self.blocks:
            if block.kind not in (BYLINE, CAPTION):
                break
            out.append(block)
        return out

    @property
    def core(self) -> list[Block]:
        lead = len(self.leading_bylines)
        core = self.blocks[lead:]
        while core and core[-1].kind == BYLINE:
            core = core[:-1]
        return core

    @property
    def trailing_bylines(self) -> list[Block]:
        lead = len(self.leading_bylines)
        tail = []
        for block in reversed(self.blocks[lead:]):
            if block.kind != BYLINE:
                break
            tail.insert(0, block)
        return tail


def _runs(blocks: list[Block]) -> list[_Run | Block]:
    """Bodies stay single blocks; consecutive non-body blocks become one run."""
    sequence: list[_Run | Block] = []
    for block in blocks:
        if block.kind == BODY:
            sequence.append(block)
        elif sequence and isinstance(sequence[-1], _Run):
            sequence[-1].blocks.append(block)
        else:
            sequence.append(_Run([block]))
    return sequence


def _is_boundary(run: _Run, at_edge: bool, is_title_like: Callable[[str], bool]) -> bool:
    kinds = {block.kind for block in run.blocks}
    # A photo caption alone is no boundary: photos sit inside articles too.
    if kinds & {SUBTITLE, BYLINE} or at_edge:
        return True
    if HEADING not in kinds:
        return False
    headings = [block.text for block in run.blocks if block.kind == HEADING]
    if crosshead_pair(headings):
        return False
    headline = "".join(headings)
    return display_width(headline) >= 8 and is_title_like(headline)


# How many blocks either side of a heading its article's text is looked for in.
NEAR_TEXT = 3


def _headlines_of_signed_runs(blocks: list[Block]) -> set[int]:
    """First lines of headings the page set in a run with a byline or a subtitle: they stay
    headlines when a resumed column takes part of the run back to its open end (the second
    of two stacked headlines, `“郴品”出山 冷链先行`, left after another article's text)."""
    found: set[int] = set()
    for item in _runs(blocks):
        if isinstance(item, _Run) and {block.kind for block in item.blocks} & {SUBTITLE, BYLINE}:
            found.update(block.first_line for block in item.blocks if block.kind == HEADING)
    return found


def _headline(core: list[Block]) -> tuple[str, str, list[str]]:
    headings = [b.text for b in core if b.kind == HEADING]
    subtitles = [b.text for b in core if b.kind == SUBTITLE]
    captions = [b.text for b in core if b.kind == CAPTION]
    title = headings[0] if headings else ""
    subtitle = subtitles[0] if subtitles else (headings[1] if len(headings) > 1 else "")
    # with a subtitle, every heading after the title is kept (a writers' line that reads as
    # no byline, `端木清 闻 笛 甯卓然`, was dropped from the article)
    extra = headings[1:] if subtitles else headings[2:]
    return title, subtitle, extra + captions


def split_page(text: str, is_title_like: Callable[[str], bool] | None = None) -> list[PageArticle]:
    """Split a cleaned-on-the-fly page into articles (title, subtitle, byline, body)."""
    names_place = is_title_like
    page_paragraphs = paragraphs(text)
    cut_paragraphs, cuts = cut_columns_apart(page_paragraphs)
    blocks = [classify(p) for p in _end_bylines_apart(join_plain_continuations(cut_paragraphs))]
    if not blocks:
        return []
    cut_headlines = (headlines_after_cut_column(blocks) | headlines_before_agency_line(blocks)
                     | headlines_over_a_second_dateline(blocks) | _headlines_of_signed_runs(blocks))
    blocks = reassemble(blocks, BODY, {HEADING, SUBTITLE}, {BYLINE, CAPTION}, CAPTION)
    sequence = _runs(blocks)
    for place, item in enumerate(sequence):
        if not isinstance(item, _Run):
            continue
        edge = item is sequence[0] or item is sequence[-1]
        near = sequence[max(0, place - NEAR_TEXT): place + NEAR_TEXT + 1]
        is_title_like = names_place or headline_names_place(
            "".join(block.text for block in near if isinstance(block, Block) and block.kind == BODY))
        item.boundary = _is_boundary(item, edge, is_title_like) or any(
            block.first_line in cut_headlines for block in item.blocks if block.kind == HEADING)

    # Segments: the bodies between boundary runs (section headings stay inside).
    segments: list[PageArticle] = [PageArticle(first_line=blocks[0].first_line)]
    boundaries: list[_Run] = []
    for item in sequence:
        if isinstance(item, _Run) and item.boundary:
            boundaries.append(item)
            segments.append(PageArticle(first_line=item.blocks[0].first_line))
        elif isinstance(item, _Run):
            segments[-1].body.extend(block.text for block in item.blocks)
        else:
            segments[-1].body.append(item.text)
    title_first = not isinstance(sequence[0], Block)
    tails: dict[int, list[PageArticle]] = {}
    for index, run in enumerate(boundaries):
        before, after = segments[index], segments[index + 1]
        if _signs_text_below(run, before, after):
            after.header.extend(block.text for block in run.blocks)
            after.byline = " ".join(name for block in run.blocks for name in block.names)
            continue
        for block in run.leading_bylines:
            before.footer.append(block.text)
            if block.kind == BYLINE:
                before.byline = before.byline or " ".join(block.names)
        for block in run.trailing_bylines:
            after.header.append(block.text)
            after.byline = after.byline or " ".join(block.names)
        core = run.core
        if not core:
            continue
        signed_untitled = not before.title and any(block.kind == BYLINE for block in run.leading_bylines)
        closing, opening = two_headlines(core, before, after, signed_untitled)
        if closing and before.body and not before.title:
            _give_headline(before, closing)
            core = opening
        elif closing and before.body:
            # The article before is titled from above: the closing headline belongs to a
            # second article in its text (headed below), cut off where its words begin. Two
            # headlines set one above the other say so already, so some of its words will do
            # (`校企共育“星沙工匠”` shares only `星沙` with its text).
            title, subtitle, extra = _headline(closing)
            tail = ((split_off_at_agency_line(before, title, subtitle, closing[0].first_line)
                     if agency_line_inside(before.body) else None)
                    or _split_off(before, title, subtitle, closing[0].first_line, SPLIT_OFF_SOME_RECALL)
                    or split_off_at_report(before, title, subtitle, closing[0].first_line))
            if tail is None:
                core = closing + opening
            else:
                tail.footer.extend(extra)
                tails.setdefault(id(before), []).append(tail)
                core = opening
        else:
            core = closing + opening
        if not core:
            continue
        title, subtitle, extra = _headline(core)
        following = boundaries[index + 1] if index + 1 < len(boundaries) else None
        after_headed_below = following is not None and any(b.kind == HEADING for b in following.core)
        target = choose_side(title + subtitle, before, after, title_first, after_headed_below)
        if target is before and not before.title:
            core, opening = headings_of_the_text_below(core, before, after)
            after.body[:0] = [block.text for block in opening]
            title, subtitle, extra = _headline(core)
        lean = _affinity(title + subtitle, before.body) - _affinity(title + subtitle, after.body)
        # A text headed with its writers' names and closed by other names, or one where a
        # column stops after a comma before a report's opening, holds two articles.
        second_byline = _second_byline(run, before) or cut_before_report(before.body) or agency_line_inside(before.body)
        if target is after and before.title and before.body and (lean >= BEFORE_AFFINITY or (second_byline and lean > 0)):
            # Its words are in the text above, which is already titled: a second article
            # there, headed after its body (`（陈静）` / `法庭搬进茶园…` below 石门县's court).
            # A text headed with its writers' names and closed by other names holds two
            # articles: then a headline word or two above is enough.
            tail = (split_off_at_agency_line(before, title, subtitle, core[0].first_line)
                    if second_byline and agency_line_inside(before.body) else None) or _split_off(
                before, title, subtitle, core[0].first_line, SPLIT_OFF_SOME_RECALL if second_byline else SPLIT_OFF_RECALL)
            if tail is not None:
                tail.footer.extend(extra)
                tails.setdefault(id(before), []).append(tail)
                continue
        if target.title:
            # Already titled from the other side: two articles ran together with no
            # headline between them (one headed above, the next below). Split where this
            # headline's words begin; failing that, where a report's second dateline opens
            # (a report has one, at its head: `本报讯…12月14日晚，…` / … / `12月13日，泸溪县…`)
            # with some of the headline's words after it and none before; else keep the
            # headline as text.
            tail = _split_off(target, title, subtitle, core[0].first_line) or (
                split_off_at_report(target, title, subtitle, core[0].first_line)
                if target.body and dated_opening(target.body[0]) else None)
            if tail is None:
                target.body.extend(line for line in (title, subtitle, *extra) if line)
            else:
                tail.footer.extend(extra)
                tails.setdefault(id(target), []).append(tail)
            continue
        target.title, target.subtitle = title, subtitle
        target.footer.extend(extra)
        target.header.extend(b.text for b in core if b.kind == BYLINE)
        if not target.byline:
            target.byline = " ".join(name for b in core if b.kind == BYLINE for name in b.names)
        if target is after:
            after.first_line = core[0].first_line
        elif run.trailing_bylines and after.header and not after.title:
            after.opens_article_above = True
    ordered = [piece for segment in segments for piece in (segment, *tails.get(id(segment), []))]
    articles = return_cut_columns([segment for segment in ordered if segment.body or segment.title])
    articles = swap_interleaved_columns(resume_glued_columns(articles, seams(page_paragraphs)))
    return rejoin_uncut(settle_untitled(articles), cuts)


# A headline whose words are this much more in the titled text above than in the text
# below closes a second article above rather than opening the one below.
BEFORE_AFFINITY = 0.3


def _signs_text_below(run: _Run, before: PageArticle, after: PageArticle) -> bool:
    """A byline alone between two texts, under one already signed at its head with other
    names, above a paragraph that opens a report (`今年来，…`): an article is signed once,
    so these names are the writers of the text below (`李秉钧 邝成刚 袁华秀` after 冷水江's
    last paragraph, above 永兴县's unheaded report), not a second byline of the text above."""
    if not before.header or not after.body or any(block.kind != BYLINE for block in run.blocks):
        return False
    signed = "".join(before.header)
    return not any(name in signed for block in run.blocks for name in block.names) and bool(
        LEDE.match(after.body[0]) or NEWS_OPENING.match(after.body[0]))


def _second_byline(run: _Run, before: PageArticle) -> bool:
    """The run opens with a byline (other names) under a text that already carries its
    writers' names at its head: an article is signed once, so the byline closes a second
    article inside that text (`舒 婷 向远航` under 沅陵's headline, `（记者 向 敏 …）` after
    the 溆浦 paragraphs that follow 沅陵's)."""
    if not before.header:
        return False
    signed = "".join(before.header)
    closing = [block for block in run.leading_bylines if block.kind == BYLINE]
    return bool(closing) and not any(name in signed for block in closing for name in block.names)


def _give_headline(article: PageArticle, core: list[Block]) -> None:
    title, subtitle, extra = _headline(core)
    article.title, article.subtitle = title, subtitle
    article.footer.extend(extra)


def split_single(text: str) -> list[PageArticle]:
    """`--one-article`: the whole file is one article; a leading heading is its title."""
    blocks = [classify(p) for p in paragraphs(text)]
    article = PageArticle(first_line=blocks[0].first_line if blocks else 1)
    rest = blocks
    if blocks and blocks[0].kind == HEADING:
        article.title, rest = blocks[0].text, blocks[1:]
        if rest and rest[0].kind == SUBTITLE:
            article.subtitle, rest = rest[0].text, rest[1:]
    for block in rest:
        if block.kind == BYLINE and not article.body:
            article.header.append(block.text)
            article.byline = article.byline or " ".join(block.names)
        else:
            article.body.append(block.text)
    return [article] if (article.body or article.title) else []
