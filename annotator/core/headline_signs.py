"""Signs in the layout that a heading is an article's headline, or that a text holds a
second article, whatever the headline's words say (used by `splitting.split_page`).

A heading that names no place reads as a crosshead inside an article; these signs say it is
a boundary all the same: what stands right before or after it on the page.
"""
from __future__ import annotations

import re

from .cleaning import display_width
from .reassembly import dated_opening, is_open, opens_report_after_cut

BODY, HEADING, SUBTITLE, BYLINE, CAPTION = "body", "heading", "subtitle", "byline", "caption"

# The agency line that opens a report (`本报讯（记者…）`, `本报长沙12月3日电`).
AGENCY_LINE = re.compile(r"^(?:本报讯|本报[^，。]{1,8}电)")

# Narrower than this (in em), a heading is a crosshead's label, not a headline.
_HEADLINE_MIN_WIDTH = 8


def headlines_after_cut_column(blocks: list) -> set[int]:
    """Headings set between a column cut mid-sentence and a dated report opening
    (`…4.5万亩，` / `湘企锂电池材料“出海”提速` / `“明年一季度的订单…”12月9日，`): the next
    article's headline even when it names no place. A crosshead follows a finished
    paragraph (`公平之道：…` / `7月7日下午，…` inside a feature), so both signs are needed.
    Returns their first lines (looked at before the pieces are put back together)."""
    return {
        block.first_line for n, block in enumerate(blocks[1:-1], start=1)
        if block.kind == HEADING and display_width(block.text) >= _HEADLINE_MIN_WIDTH
        and blocks[n - 1].kind == BODY and is_open(blocks[n - 1].text)
        and blocks[n + 1].kind == BODY and dated_opening(blocks[n + 1].text)
    }


def headlines_before_agency_line(blocks: list) -> set[int]:
    """Headings right above an agency line (`一片竹林起纷争 法官上门解心结` /
    `本报讯（通讯员 梁 栋）“多亏…`): a report opens there, and a report has one agency line,
    at its head; a crosshead stands above a section of the same article, never above
    `本报讯`. (A dated paragraph is not enough: features put crossheads above dated
    anecdotes, `公平之道：…` / `7月7日下午，…`.) Returns their first lines."""
    return {
        block.first_line for block, nxt in zip(blocks, blocks[1:])
        if block.kind == HEADING and display_width(block.text) >= _HEADLINE_MIN_WIDTH
        and nxt.kind == BODY and AGENCY_LINE.match(nxt.text)
    }


def cut_before_report(body: list[str]) -> bool:
    """`…120余公斤，` / `初冬时节，冷水滩区…`: a column stops mid-sentence before another
    report opens, so the text holds a second article."""
    return any(opens_report_after_cut(body[k - 1], body[k]) for k in range(1, len(body)))


def agency_line_inside(body: list[str]) -> bool:
    """`…总产量达到9.5亿斤。` / `本报讯（记者 康 宁 通讯员 雷子墨）`: an agency line after the
    text's first paragraph opens a second report (an article has one, at its head)."""
    return any(AGENCY_LINE.match(body[k]) and not is_open(body[k - 1]) for k in range(1, len(body)))


def crosshead_pair(headings: list[str]) -> bool:
    """Two or more headings stacked, each narrower than a headline (`外商点赞` / `“岳阳速度”`,
    `一块田` / `一年收两季`): a feature's crosshead set on two short lines, whatever place it
    names. A headline runs on one line of its own, seven characters and more."""
    return len(headings) > 1 and all(display_width(text) < _HEADLINE_MIN_WIDTH for text in headings)


def headlines_over_a_second_dateline(blocks: list) -> set[int]:
    """Headings after a report that opened with its agency line, right above a dated
    paragraph (`本报讯（通讯员 …）12月11日，…` … `…超过5000人次。` / `家庭医生上门 山村老人安心` /
    `12月12日，…`): a report carries one dateline, at its head, so the dated paragraph opens
    the next report and the heading is its headline even when it names no place. (A
    feature's crossheads stand above dated anecdotes, but a feature opens without an agency
    line.) Returns their first lines."""
    found = set()
    for n in range(1, len(blocks) - 1):
        block, above, below = blocks[n], blocks[n - 1], blocks[n + 1]
        if not (block.kind == HEADING and display_width(block.text) >= _HEADLINE_MIN_WIDTH
                and above.kind == BODY and not is_open(above.text)
                and below.kind == BODY and dated_opening(below.text)):
            continue
        start = n - 1
        while start > 0 and blocks[start - 1].kind in (BODY, CAPTION):
            start -= 1
        if start > 0 and blocks[start - 1].kind == HEADING and AGENCY_LINE.match(blocks[start].text):
            found.add(block.first_line)
    return found
