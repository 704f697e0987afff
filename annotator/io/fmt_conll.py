"""`conll`: character-level BIO, the usual shape for Chinese NER (MSRA, Weibo, Resume NER):

    -DOCSTART- -X- O O
    <blank line>
    怀 B-LOC
    化 I-LOC
    市 I-LOC
    ...
    。 O
    <blank line>          (end of a sentence)

One line per character with its tag, a blank line after each sentence, a `-DOCSTART- -X- O O`
line before each article (CoNLL-2003's document marker as spaCy's `convert` splits
documents at; CoNLL readers skip it).
Sentences end after 。！？ (with any closing quotes or brackets that follow) and at line
breaks, never inside a span. Whitespace has no line: a space or line break cannot be a
token of this format. Metrics are tagged B-METRIC/I-METRIC; the format has no room for their
normalized fields (an import reads value and unit from the span's text again) nor for
overlapping spans: an article with overlapping spans is skipped and reported.

Import: a `-DOCSTART-` line starts an article (a file without any takes each sentence as an
article); sentences are joined with nothing after 。！？ (unless the next one starts with
one, or with a closing mark) and with a line break otherwise, so that exporting the import
again gives the same file. Spaces inside a line and the article's title do not come back.
Also read: CoNLL-2003's four columns (the token first, the NER tag last), tabs, BIOES and
BMES tags (M- is I-), and word-level files (tokens of several characters: words joined
with a space, sentences with a line break). A line that is not `token ... TAG` is named
with its number and its article (or sentence, in a file without `-DOCSTART-`) left out.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from ..core.types import Article, ArticleDraft
from .fmt_common import ExportResult, ExportSpan, ImportSpan, Progress, imported_draft, write_records
from .fmt_tokens import whitespace_runs
from .problems import Problem

NAME = "conll"
DOCSTART = "-DOCSTART- -X- O O\n\n"  # the marker spaCy's `convert` splits documents at
_TERMINATORS = "。！？"
_CLOSERS = "”’」』）》)\"'"
# whitespace inside the run does not matter: CoNLL drops it, and an import must split alike
_SENTENCE_END = re.compile(rf"[{_TERMINATORS}](?:\s*[{_TERMINATORS}])*(?:\s*[{_CLOSERS}])*")
_LINE_BREAKS = "\n\r\u2028\u2029"


def _line_break_points(text: str, blank: list[tuple[int, int]]) -> set[int]:
    r"""Where each run of whitespace holding a line break starts (the matches of
    `\s*[\n\r\u2028\u2029]\s*`, found from the runs the writer has anyway: that expression's
    scan tried `\s*` at every character of the article)."""
    points = set()
    for start, end in blank:
        if end - start == 1:
            if text[start] in _LINE_BREAKS:
                points.add(start)
        elif any(mark in text[start:end] for mark in _LINE_BREAKS):
            points.add(start)
    return points


def sentence_breaks(text: str, spans: list[ExportSpan], blank: list[tuple[int, int]] | None = None) -> list[int]:
    """Positions a sentence ends before: after 。！？ and at line breaks, outside spans.
    `blank`: the text's `whitespace_runs`, when the caller has them."""
    if blank is None:
        blank = whitespace_runs(text)
    points = {m.end() for m in _SENTENCE_END.finditer(text)} | _line_break_points(text, blank)
    starts = [s.start for s in spans]
    inside = set()
    for point in points:
        at = bisect_left(starts, point) - 1  # the last span starting before the point
        if at >= 0 and spans[at].end > point:
            inside.add(point)
    return sorted(points - inside)


def article_lines(text: str, spans: list[ExportSpan]) -> str:
    """Every character with its tag, made with list slicing and one join (articles are
    long): a tag ends its line, and ends the sentence too where one ends after it."""
    tags = [" O\n"] * len(text)
    for span in spans:
        first = span.start + len(span.text) - len(span.text.lstrip())  # the B on a visible character
        tags[first] = f" B-{span.label}\n"
        tags[first + 1:span.end] = [f" I-{span.label}\n"] * (span.end - first - 1)
    blank = whitespace_runs(text)
    sentence_ends = {_last_visible(text, point, blank) for point in sentence_breaks(text, spans, blank)}
    sentence_ends.add(len(text.rstrip()) - 1)
    for index in sentence_ends:
        if index >= 0:
            tags[index] += "\n"
    pieces = [""] * (2 * len(text))
    pieces[0::2] = text
    pieces[1::2] = tags
    for start, end in blank:  # whitespace has no line
        pieces[2 * start:2 * end] = [""] * (2 * (end - start))
    return DOCSTART + "".join(pieces)


def _last_visible(text: str, point: int, blank: list[tuple[int, int]]) -> int:
    """The last character before `point` that is not whitespace (-1 if none)."""
    index = point - 1
    if index >= 0 and text[index].isspace():
        run = bisect_right(blank, (index, len(text) + 1)) - 1
        index = blank[run][0] - 1
    return index


def _no_blank_span(article: Article, spans: list[ExportSpan]) -> str | None:
    for span in spans:
        if not span.text.split():
            return f"{span.label} span {span.start}-{span.end} is only whitespace, which has no line in CoNLL"
    return None


def write(path, articles: Iterable[Article], labels: set[str] | None = None,
          progress: Progress | None = None) -> ExportResult:
    return write_records(path, articles, labels, progress, lambda article, spans: article_lines(article.text, spans),
                         overlaps=False, check=_no_blank_span)


# --- import ---------------------------------------------------------------------------

# a token and its tag last, with any columns between (CoNLL-2003: word POS chunk NER)
_TAGGED = re.compile(r"^\S+(?:[ \t]+\S+)*[ \t]+(?:O|[BIESM]-\S+)$")
_SAMPLE_LINES = 200


def _tag_lines(text: str) -> list[str]:
    lines = []
    for line in text[:50_000].splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("-DOCSTART-"):
            lines.append(stripped)
            if len(lines) >= _SAMPLE_LINES:
                break
    return lines


def looks_like(text: str) -> bool:
    """Mostly `token ... TAG` lines: a tagged file even with an odd line (which the reader
    names); a page of prose has hardly any line ending in O or B-XXX."""
    lines = _tag_lines(text)
    tagged = sum(1 for line in lines if _TAGGED.match(line))
    return bool(lines) and tagged >= max(1, 0.8 * len(lines))


def _word_level(text: str) -> bool:
    """Tokens of several characters (English CoNLL-2003, doccano's sample): words, joined
    with spaces on import; a character file has one character per line."""
    tokens = [line.split()[0] for line in _tag_lines(text) if _TAGGED.match(line)]
    return sum(1 for token in tokens if len(token) > 1) > 0.1 * max(1, len(tokens))


class _Article:
    """An article read back. Character files: sentences are joined with nothing where the
    export split after 。！？ (the next sentence starting with neither a terminator nor a
    closing quote), and with a line break otherwise, so that the export splits the text at
    the same places. Word files: words are joined with a space, sentences with a line break."""

    def __init__(self, line: int, word_level: bool = False):
        self.line = line
        self.word_level = word_level
        self.text: list[str] = []
        self.length = 0
        self.spans: list[ImportSpan] = []
        self.sentence = False  # characters since the last sentence end
        self.break_pending = False  # a sentence ended; the separator waits for the next character
        self.after_terminator = False  # the text so far ends with 。！？ and closing marks
        self.open: tuple[int, str] | None = None  # start and label of the span being read

    def _separate(self, separator: str) -> None:
        self.text.append(separator)
        self.length += len(separator)

    def add(self, token: str, tag: str) -> None:
        kind, _, label = tag.partition("-")
        kind = "I" if kind == "M" else kind  # BMES: M(iddle) is I(nside)
        continues = kind in ("I", "E") and self.open is not None and self.open[1] == label
        if self.break_pending:
            if self.word_level or not self.after_terminator or token[0] in _TERMINATORS or token[0] in _CLOSERS:
                self._separate("\n")
            self.break_pending = self.after_terminator = False
        elif self.word_level and self.sentence:
            if not continues:
                self.close()  # a span ends on its last word, not on the space after it
            self._separate(" ")
        if not continues:
            self.close()
            if kind != "O":
                self.open = (self.length, label)
        self.text.append(token)
        self.length += len(token)
        self.sentence = True
        for c in token:
            self.after_terminator = c in _TERMINATORS or (self.after_terminator and c in _CLOSERS)
        if kind in ("S", "E"):
            self.close()

    def close(self) -> None:
        if self.open is not None:
            self.spans.append(ImportSpan(self.open[0], self.length, self.open[1]))
            self.open = None

    def end_sentence(self) -> None:
        self.close()
        self.break_pending = self.break_pending or self.sentence
        self.sentence = False

    def draft(self) -> ArticleDraft:
        self.close()
        return imported_draft("".join(self.text), self.spans, position=self.line)


def _tag_of(fields: list[str]) -> str | None:
    tag = fields[-1]
    if tag == "O" or (tag[:2] in ("B-", "I-", "E-", "S-", "M-") and len(tag) > 2):
        return tag
    return None


def read(text: str, name: str) -> Iterator[ArticleDraft | Problem]:
    by_document = re.search(r"^\s*-DOCSTART-", text, re.MULTILINE) is not None
    word_level = _word_level(text)
    current: _Article | None = None
    broken = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("-DOCSTART-") or (not by_document and not stripped and current is not None):
            if current is not None and not broken and current.length:
                yield _finished(current, name)
            current, broken = (None, False) if not by_document else (_Article(number + 1, word_level), False)
            continue
        if not stripped:
            if current is not None:
                current.end_sentence()
            continue
        fields = stripped.split()
        tag = _tag_of(fields) if len(fields) >= 2 else None
        if tag is None:
            if not broken:
                yield Problem(name, number, f"not a 'token TAG' line: {stripped[:40]!r}; its "
                              f"{'article' if by_document else 'sentence'} is left out")
            broken = True
            continue
        if current is None:
            current = _Article(number, word_level)
        current.add(fields[0], tag)
    if current is not None and not broken and current.length:
        yield _finished(current, name)


def _finished(article: _Article, name: str) -> ArticleDraft | Problem:
    try:
        return article.draft()
    except ValueError as error:
        return Problem(name, article.line, f"unusable article: {error}")
