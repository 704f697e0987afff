"""A page that comes out of PDF extraction as one line of 100,000 characters (issue 15):
it imports as one article whose proposals are those its parts get on their own, with
offsets that hold; jieba is handed bounded pieces cut at punctuation."""
import re
from pathlib import Path

from annotator.core import tokenize
from annotator.core.extraction import Extractor, Lexicon
from annotator.io.importer import import_paths
from annotator.store import Store

SAMPLE = sorted((Path(__file__).resolve().parent.parent / "resources" / "sample").glob("*.txt"))


def _long_line(length: int = 100_000) -> tuple[str, list[tuple[int, str]]]:
    """The sample pages' lines, spaces and line breaks taken out, joined until `length`."""
    parts = [re.sub(r"\s+", "", line) for page in SAMPLE for line in page.read_text(encoding="utf-8").splitlines()]
    parts = [part for part in parts if part]
    text, placed = "", []
    while len(text) < length:
        for part in parts:
            placed.append((len(text), part))
            text += part
            if len(text) >= length:
                break
    return text, placed


def test_a_one_line_page_of_100k_characters_imports_with_the_proposals_of_its_parts(tmp_path):
    text, placed = _long_line()
    page = tmp_path / "one-line.txt"
    page.write_text(text, encoding="utf-8")
    with Store(tmp_path / "p.sqlite") as store:
        report = import_paths(store, [page])
        articles = list(store.iter_articles())
    assert report.problems == [] and report.added == 1
    article, = articles
    assert article.text == text
    spans = [*article.entities, *article.metrics]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    found = {(s.start, s.end, getattr(s, "label", "METRIC")) for s in spans}
    extractor = Extractor(Lexicon())
    expected = set()
    for offset, part in placed:
        entities, metrics = extractor.extract(part)
        expected |= {(e.start + offset, e.end + offset, e.label) for e in entities}
        expected |= {(m.start + offset, m.end + offset, "METRIC") for m in metrics}
    # the whole line gives its parts' proposals (a few differ where a part's neighbours
    # now stand beside it, as on a page with its line breaks)
    assert len(expected & found) >= 0.85 * len(expected)


def test_jieba_gets_bounded_pieces_and_the_same_words():
    text, _ = _long_line(30_000)
    pieces = list(tokenize.pieces(text))
    assert "".join(pieces) == text and max(map(len, pieces)) <= tokenize.PIECE and len(pieces) > 1
    assert tokenize.words(text) == list(tokenize.jieba().cut(text))  # cut only where jieba starts afresh
    unbroken = "怀化市洪江区" * 1000  # no punctuation at all: cut at the bound, nothing lost
    assert "".join(tokenize.words(unbroken)) == unbroken
    assert max(map(len, tokenize.pieces(unbroken))) == tokenize.PIECE
