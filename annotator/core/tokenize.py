"""The only door to jieba: loaded lazily (its dictionary takes about a second), quietly."""
from __future__ import annotations

import functools
import logging
import threading

_lock = threading.Lock()
_loaded = False


def jieba():
    """Return the initialised jieba module (thread-safe, loads once)."""
    global _loaded
    import jieba as _jieba

    if not _loaded:
        with _lock:
            if not _loaded:
                _jieba.setLogLevel(logging.WARNING)
                _jieba.initialize()
                _loaded = True
    return _jieba


def posseg(text: str) -> list[tuple[str, str]]:
    jieba()
    import jieba.posseg as pseg

    return [(pair.word, pair.flag) for pair in pseg.cut(text)]


# jieba is handed bounded pieces: a page extracted as one huge line (100,000 characters, no
# line breaks) is cut where a sentence or clause ends. jieba itself starts afresh at every
# punctuation mark, so a cut after one changes no word; only a stretch of PIECE characters
# without any is cut at that length.
PIECE = 2000
_BREAKS = frozenset("。！？；，、：\n\r\t !?;,:")


def pieces(text: str, size: int = PIECE):
    """`text` in consecutive pieces of at most `size` characters, each ending just after a
    punctuation mark or a space where there is one."""
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = next((i + 1 for i in range(end - 1, start + size // 2, -1) if text[i] in _BREAKS), end)
        yield text[start:cut]
        start = cut
    if start < len(text):
        yield text[start:]


def cut(text: str):
    """jieba's plain cut of `text`, one bounded piece at a time."""
    dt = jieba()
    for piece in pieces(text):
        yield from dt.cut(piece)


def words(text: str) -> list[str]:
    return list(cut(text))


@functools.lru_cache(maxsize=4)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """Words with the part of speech jieba's dictionary gives them, "" for a word its HMM
    guessed (often a name). One plain cut: about five times faster than `posseg`, which
    also runs a part-of-speech HMM over every unknown stretch. The last few texts are
    remembered: the entity rules and the learned model read the same cut."""
    table = _tag_table()
    return tuple((word, table.get(word, "")) for word in cut(text))


def frequency(word: str) -> int:
    """How often jieba's dictionary has seen `word` (0 when it is not a dictionary word)."""
    return jieba().dt.FREQ.get(word) or 0


def dictionary_tag(word: str) -> str:
    """jieba's part-of-speech tag for a dictionary word ("" when it has none)."""
    return _tag_table().get(word, "")


def dictionary_tags() -> dict[str, str]:
    """Every dictionary word with its part-of-speech tag (read-only)."""
    return _tag_table()


def tables() -> tuple[dict[str, int], dict[str, str]]:
    """jieba's dictionary as two tables (loads jieba once): word and word prefix -> frequency
    (0 for a prefix that is no word), word -> part-of-speech tag."""
    return jieba().dt.FREQ, _tag_table()


def _tag_table() -> dict[str, str]:
    jieba()
    import jieba.posseg as pseg

    return pseg.dt.word_tag_tab


def is_loaded() -> bool:
    return _loaded
