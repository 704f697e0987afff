"""Which side of a boundary run a headline belongs to (used by `splitting.split_page`): the
article before it (a headline set after its body) or the one after; where a run holds two
articles' headlines, which lines close the text above and which open the text below."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .cleaning import display_width
from .headline_signs import HEADING, SUBTITLE
from .shared_words import headline_affinity as _affinity

if TYPE_CHECKING:
    from .splitting import Block, PageArticle


def headings_of_the_text_below(core: list[Block], before: PageArticle,
                                after: PageArticle) -> tuple[list[Block], list[Block]]:
    """A headline set after its article's body closes that article, but the headings the
    page set under it without a subtitle line, each sharing more words with the text below
    than with the text above, head the text below: a series banner and its first section's
    heading (`安化县水利局…` / `奋进新征程·高质量发展看（四）冷水江` / `强化监测、分类帮扶——
    消除返贫致贫风险`, over 冷水江's sections), not the closing headline's subtitle or a line after
    its byline. Returns (the closing headline's blocks, the headings below)."""
    if not after.body or any(block.kind == SUBTITLE for block in core):
        return core, []
    start = len(core)
    while start > 1 and core[start - 1].kind == HEADING and (
            _affinity(core[start - 1].text, after.body) > _affinity(core[start - 1].text, before.body)):
        start -= 1
    if not any(block.kind == HEADING for block in core[:start]):
        return core, []
    return core[:start], core[start:]


def two_headlines(core: list[Block], before: PageArticle, after: PageArticle,
                   signed_untitled: bool = False) -> tuple[list[Block], list[Block]]:
    """Where a run holds two articles' headlines, the one closing the article before (set
    after its body) and the one opening the article after. Returns (the earlier headline,
    the rest); the first is empty when the run holds one headline.

    - A subtitle stays with the headline just above it; headings before that headline are
      another article's (`…撑起群众致富伞` / `双牌县林下经济…` / `——双牌县…`), and a
      heading after the subtitle opens the next article (`…展新颜` / `——汝城县…` / `宜章…`).
    - Two headings without a subtitle are two headlines when the first shares more words
      with the text before and the second with the text after (`桂东县入选…` after the
      桂东县 paragraphs, `东江湖“冷水鱼”…` before the 东江湖 ones); else one headline in
      two lines. Below a byline that closes a text without a headline (`signed_untitled`),
      the first may share as much with the text below as with the text above."""
    for index, block in enumerate(core):
        if block.kind != SUBTITLE:
            continue
        if index >= 2 and core[index - 1].kind == HEADING and any(b.kind == HEADING for b in core[: index - 1]):
            return core[: index - 1], core[index - 1:]
        later = [n for n in range(index + 1, len(core)) if core[n].kind == HEADING]
        if later and any(b.kind == HEADING for b in core[:index]):
            return core[: later[0]], core[later[0]:]
        return [], core
    headings = [n for n, block in enumerate(core) if block.kind == HEADING]
    if len(headings) == 2 and before.body and after.body:
        first, second = core[headings[0]].text, core[headings[1]].text
        first_above, first_below = _affinity(first, before.body), _affinity(first, after.body)
        # below a byline closing an untitled text, the first may weigh alike on both sides
        first_leans_above = first_above > first_below or (signed_untitled and first_above == first_below > 0)
        if min(display_width(first), display_width(second)) >= 6 and (
            first_leans_above and _affinity(second, after.body) > _affinity(second, before.body)
        ):
            return core[: headings[1]], core[headings[1]:]
    return [], core


def choose_side(headline: str, before: PageArticle, after: PageArticle, title_first: bool,
                 after_headed_below: bool = False) -> PageArticle:
    if not before.body and not before.title:
        return after
    if not after.body and not after.header:
        return before
    if before.title:
        return after
    score_before, score_after = _affinity(headline, before.body), _affinity(headline, after.body)
    if abs(score_before - score_after) < 0.1:
        if after_headed_below and score_before > score_after:
            # The text below has its own headline after it; this one's words lean above,
            # where the text would otherwise stay without a headline.
            return before
        return after if title_first else before
    return before if score_before > score_after else after
