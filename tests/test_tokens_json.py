"""The spacy-jsonl token list is made from ready-made UTF-8 pieces, in pure Python
(fmt_tokens) or from numpy tables (token_arrays, when numpy is installed): each must be
exactly what the standard library writes for the tokens `spacy.blank("zh")` makes, whatever
the whitespace (spaces a token carries, runs of them, line breaks, tabs, full-width spaces,
text that starts or ends with them) and characters JSON escapes."""
import json
import random

import pytest

from annotator.io.fmt_tokens import CharTokens


def pure_python(text: str) -> bytes:
    return CharTokens(text).json_bytes()


def with_numpy(text: str) -> bytes:
    numpy = pytest.importorskip("numpy")
    from annotator.io.token_arrays import TokenArrays

    return TokenArrays(CharTokens(text), numpy).json_bytes()


WRITERS = [pure_python, with_numpy]

TEXTS = [
    "", "字", " ", "   ", "\n", "怀化市", "怀化 市", "怀化  市\n\n", " 前导", "  前导两格", "结尾 ", "结尾\n",
    '引"号\\反斜', "制\t表", "全\u3000角", "a b c", "ab  \n cd", "GDP 增长 5.3%", "一\n\n二 \n三",
    "x" * 30 + " " + "怀" * 40 + "  " + "化" * 5,
    # long runs: three bytes a character in UTF-8, or as many bytes in all as if they were
    "怀化市洪江区的故事，“引号”和《书名号》。" * 3, "a😀😀" * 8, "😀😀a" * 8, "é" * 24 + "怀" * 4, "𠮷" * 20,
]


def spacy_tokens(nlp, text: str) -> list[dict]:
    return [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
            for t in nlp(text)]


def standard_json(tokens: list[dict]) -> bytes:
    return json.dumps(tokens, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("text", TEXTS)
def test_token_json_is_the_standard_encoding_of_spacys_tokens(text, writer):
    spacy = pytest.importorskip("spacy")
    expected = spacy_tokens(spacy.blank("zh"), text)
    written = writer(text)
    assert json.loads(written) == expected
    assert written == standard_json(expected)


@pytest.mark.parametrize("writer", WRITERS)
def test_token_json_of_a_long_text_after_a_shorter_one(writer):
    """The pieces are kept between articles and grow with the longest text."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    for text in ("短 文", "长" * 3000 + " 文" + "\n" * 3 + "尾", "长" * 9000 + "  \n"):
        assert writer(text) == standard_json(spacy_tokens(nlp, text))


# whitespace of every kind next to characters JSON escapes, beyond the BMP, in random texts
_ALPHABET = ["怀", "化", "a", "B", " ", " ", " ", "\n", "\t", "\r", "\u3000", "\x0b", "\x1c", '"', "\\", "😀", "𠮷",
             "\x1f", "é", "。"]
RANDOM_TEXTS = ["".join(random.Random(seed).choices(_ALPHABET, k=random.Random(-seed).randint(0, 40)))
                for seed in range(400)]


@pytest.mark.parametrize("writer", WRITERS)
def test_token_json_of_random_texts_is_spacys(writer):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    wrong = [text for text in RANDOM_TEXTS if writer(text) != standard_json(spacy_tokens(nlp, text))]
    assert wrong == []


def test_token_indices_from_arrays_are_spacys():
    """The spans' token_start/token_end with numpy: the token each span starts at and the one
    it ends in, as spaCy's `Doc.char_span` finds them, for every aligned span of short texts."""
    spacy = pytest.importorskip("spacy")
    numpy = pytest.importorskip("numpy")
    from annotator.io.token_arrays import TokenArrays

    nlp = spacy.blank("zh")
    checked = 0
    for text in TEXTS + RANDOM_TEXTS[:150]:
        doc = nlp(text)
        tokens = CharTokens(text)
        spans = [(start, end) for start in range(len(text)) for end in range(start + 1, len(text) + 1)
                 if tokens.aligned(start, end) and doc.char_span(start, end) is not None]
        if not spans:
            continue
        firsts, lasts = TokenArrays(tokens, numpy).indices([s for s, _ in spans], [e for _, e in spans])
        expected = [(doc.char_span(s, e).start, doc.char_span(s, e).end - 1) for s, e in spans]
        assert list(zip(firsts, lasts)) == expected, repr(text)
        checked += len(spans)
    assert checked > 1000


def test_whitespace_runs_are_the_runs_a_regular_expression_finds():
    import re

    from annotator.io.fmt_tokens import whitespace_runs

    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    texts = ["", " ", "怀", " 怀 ", "怀\u3000\u3000化\n", "a\x1cb", "ab ab  ab", *(f"{c}怀{c}化{c}{c}" for c in spaces)]
    for text in texts:
        assert whitespace_runs(text) == [m.span() for m in re.finditer(r"\s+", text)], repr(text)


def test_conll_sentences_end_at_the_line_breaks_a_regular_expression_finds():
    """CoNLL ends a sentence where a run of whitespace holding a line break starts; the
    writer finds them from the whitespace runs: the same points as the expression's scan,
    for every whitespace character beside every line break, inside and outside spans."""
    import re

    from annotator.io.fmt_common import ExportSpan
    from annotator.io.fmt_conll import sentence_breaks

    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    texts = ["", "\n", "怀化。\n\n市", "a \r\n b", *(f"怀{c}化{c}\n{c}市{brk}{c}{c}县{c}" for c in spaces for brk in "\n\r\u2028\u2029")]
    line_break = re.compile(r"\s*[\n\r\u2028\u2029]\s*")
    terminator = re.compile(r"[。！？](?:\s*[。！？])*(?:\s*[”’」』）》)\"'])*")
    for text in texts:
        for spans in ([], [ExportSpan(0, len(text), "LOC", text)] if text.strip() else []):
            points = {m.end() for m in terminator.finditer(text)} | {m.start() for m in line_break.finditer(text)}
            if spans:
                points = {p for p in points if not 0 < p < len(text)}
            assert sentence_breaks(text, spans) == sorted(points), repr(text)
