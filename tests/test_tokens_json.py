"""The spacy-jsonl token list is made from ready-made UTF-8 pieces: it must be exactly what
the standard library writes for the tokens `spacy.blank("zh")` makes, whatever the
whitespace (spaces a token carries, runs of them, line breaks, tabs, full-width spaces,
text that starts or ends with them) and characters JSON escapes."""
import json

import pytest

from annotator.io.fmt_tokens import CharTokens

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


@pytest.mark.parametrize("text", TEXTS)
def test_token_json_is_the_standard_encoding_of_spacys_tokens(text):
    spacy = pytest.importorskip("spacy")
    expected = spacy_tokens(spacy.blank("zh"), text)
    written = CharTokens(text).json_bytes()
    assert json.loads(written) == expected
    assert written == json.dumps(expected, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_token_json_of_a_long_text_after_a_shorter_one():
    """The pieces are kept between articles and grow with the longest text."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    for text in ("短 文", "长" * 3000 + " 文" + "\n" * 3 + "尾"):
        assert json.loads(CharTokens(text).json_bytes()) == spacy_tokens(nlp, text)


def test_whitespace_runs_are_the_runs_a_regular_expression_finds():
    import re

    from annotator.io.fmt_tokens import whitespace_runs

    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    texts = ["", " ", "怀", " 怀 ", "怀\u3000\u3000化\n", "a\x1cb", "ab ab  ab", *(f"{c}怀{c}化{c}{c}" for c in spaces)]
    for text in texts:
        assert whitespace_runs(text) == [m.span() for m in re.finditer(r"\s+", text)], repr(text)
