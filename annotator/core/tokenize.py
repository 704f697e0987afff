"""The only door to jieba: loaded lazily (its dictionary takes about a second), quietly."""
from __future__ import annotations

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


def words(text: str) -> list[str]:
    return list(jieba().cut(text))


def is_loaded() -> bool:
    return _loaded
