"""`conll`: character-level BIO, the usual shape for Chinese NER (MSRA, Weibo, Resume NER):

    -DOCSTART- O
    <blank line>
    怀 B-LOC
    化 I-LOC
    市 I-LOC
    ...
    。 O
    <blank line>          (end of a sentence)

One line per character with its tag, a blank line after each sentence, a `-DOCSTART- O`
line before each article (CoNLL-2003's document marker, which CoNLL readers skip).
Sentences end after 。！？ (with any closing quotes or brackets that follow) and at line
breaks, never inside a span. Whitespace has no line: a space or line break cannot be a
token of this format. Metrics are tagged B-METRIC/I-METRIC; the format has no room for their
normalized fields (an import reads value and unit from the span's text again) nor for
overlapping spans: an article with overlapping spans is skipped and reported.

Import: a `-DOCSTART-` line starts an article (a file without any takes each sentence as an
article); sentences are joined with nothing after 。！？ and with a line break otherwise,
so that exporting the import again gives the same file. Spaces inside a line and the
article's title do not come back.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from ..core.types import Article, ArticleDraft
from .atomic import atomic_writer
from .fmt_common import ExportResult, ExportSpan, ImportSpan, Progress, Skipped, checked, imported_draft
from .problems import Problem

NAME = "conll"
DOCSTART = "-DOCSTART- O\n\n"
_SENTENCE_END = re.compile(r"[。！？]+[”’」』）》)\"']*")
_LINE_BREAK = re.compile(r"\s*[\n\r\u2028\u2029]\s*")
_ENDS_SENTENCE = re.compile(r"[。！？][”’」』）》)\"']*$")


def sentence_breaks(text: str, spans: list[ExportSpan]) -> list[int]:
    """Positions a sentence ends before: after 。！？ and at line breaks, outside spans."""
    points = {m.end() for m in _SENTENCE_END.finditer(text)} | {m.start() for m in _LINE_BREAK.finditer(text)}
    starts = [s.start for s in spans]
    inside = set()
    for point in points:
        at = bisect_left(starts, point) - 1  # the last span starting before the point
        if at >= 0 and spans[at].end > point:
            inside.add(point)
    return sorted(points - inside)


class _Lines:
    """The article's lines, built a run of characters at a time."""

    def __init__(self):
        self.parts = [DOCSTART]
        self.open = False  # a sentence has characters not yet closed by a blank line

    def plain(self, piece: str) -> None:
        chars = "".join(piece.split())
        if chars:
            self.parts.append(" O\n".join(chars) + " O\n")
            self.open = True

    def span(self, piece: str, label: str) -> None:
        chars = "".join(piece.split())
        inside = f" I-{label}\n"
        self.parts.append(f"{chars[0]} B-{label}\n" + (inside.join(chars[1:]) + inside if len(chars) > 1 else ""))
        self.open = True

    def sentence_end(self) -> None:
        if self.open:
            self.parts.append("\n")
            self.open = False


def article_lines(text: str, spans: list[ExportSpan]) -> str:
    breaks = sentence_breaks(text, spans)
    lines = _Lines()
    position = 0
    for span in [*spans, None]:
        gap_end = len(text) if span is None else span.start
        first, last = bisect_left(breaks, position), bisect_right(breaks, gap_end)
        for point in breaks[first:last]:
            lines.plain(text[position:point])
            lines.sentence_end()
            position = point
        lines.plain(text[position:gap_end])
        if span is not None:
            lines.span(text[span.start:span.end], span.label)
            position = span.end
    lines.sentence_end()
    return "".join(lines.parts)


def _no_blank_span(article: Article, spans: list[ExportSpan]) -> str | None:
    for span in spans:
        if not span.text.split():
            return f"{span.label} span {span.start}-{span.end} is only whitespace, which has no line in CoNLL"
    return None


def write(path, articles: Iterable[Article], labels: set[str] | None = None,
          progress: Progress | None = None) -> ExportResult:
    skipped: list[Skipped] = []
    count = 0
    with atomic_writer(path) as handle:
        for article, spans in checked(articles, labels, skipped, overlaps=False, progress=progress,
                                      check=_no_blank_span):
            handle.write(article_lines(article.text, spans))
            count += 1
    return ExportResult(count, skipped)


# --- import ---------------------------------------------------------------------------

_TAGGED = re.compile(r"^\S+[ \t]+(?:O|[BIES]-\S+)$")


def looks_like(text: str) -> bool:
    lines = [line.strip() for line in text[:20_000].splitlines() if line.strip()][:20]
    tagged = [line for line in lines if not line.startswith("-DOCSTART-")]
    return bool(tagged) and all(_TAGGED.match(line) for line in tagged)


class _Article:
    def __init__(self, line: int):
        self.line = line
        self.text: list[str] = []
        self.length = 0
        self.spans: list[ImportSpan] = []
        self.sentence = False  # characters since the last sentence end
        self.open: tuple[int, str] | None = None  # start and label of the span being read

    def add(self, char: str, tag: str) -> None:
        kind, _, label = tag.partition("-")
        if kind in ("O", "B", "S") or (kind in ("I", "E") and (self.open is None or self.open[1] != label)):
            self.close()
            if kind != "O":
                self.open = (self.length, label)
        self.text.append(char)
        self.length += len(char)
        self.sentence = True
        if kind in ("S", "E"):
            self.close()

    def close(self) -> None:
        if self.open is not None:
            self.spans.append(ImportSpan(self.open[0], self.length, self.open[1]))
            self.open = None

    def end_sentence(self) -> None:
        self.close()
        if self.sentence and not _ENDS_SENTENCE.search(self.text[-1]):
            self.text.append("\n")
            self.length += 1
        self.sentence = False

    def draft(self) -> ArticleDraft:
        self.end_sentence()
        text = "".join(self.text)
        if text.endswith("\n"):
            text = text[:-1]
        return imported_draft(text, self.spans, position=self.line)


def read(text: str, name: str) -> Iterator[ArticleDraft | Problem]:
    by_document = re.search(r"^\s*-DOCSTART-", text, re.MULTILINE) is not None
    current: _Article | None = None
    broken = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("-DOCSTART-") or (not by_document and not stripped and current is not None):
            if current is not None and not broken and current.length:
                yield _finished(current, name)
            current, broken = (None, False) if not by_document else (_Article(number + 1), False)
            continue
        if not stripped:
            if current is not None:
                current.end_sentence()
            continue
        fields = stripped.split()
        if len(fields) != 2 or not (fields[1] == "O" or fields[1][:2] in ("B-", "I-", "E-", "S-")):
            if not broken:
                yield Problem(name, number, f"not a 'character TAG' line: {stripped[:40]!r}; its article is left out")
            broken = True
            continue
        if current is None:
            current = _Article(number)
        current.add(fields[0], fields[1])
    if current is not None and not broken and current.length:
        yield _finished(current, name)


def _finished(article: _Article, name: str) -> ArticleDraft | Problem:
    try:
        return article.draft()
    except ValueError as error:
        return Problem(name, article.line, f"unusable article: {error}")
