"""How an article's proposals (`articles.proposed`, what pre-extraction proposed) are kept in
the file. The store hands out and takes the JSON text `[[label, start, end], ...]`; in the
file a list longer than a few spans is zlib-compressed (a BLOB, about a third of the JSON:
the column took 90 MB of a 100k-article project as text, issue 15). Text is still read as
it is: the empty list and rows written before schema v14."""
from __future__ import annotations

import zlib

KEEP_AS_TEXT = 64  # characters; shorter lists would not get smaller compressed


def pack(proposed: str) -> str | bytes:
    if len(proposed) < KEEP_AS_TEXT:
        return proposed
    return zlib.compress(proposed.encode("utf-8"), 9)


def unpack(stored: str | bytes | None) -> str | None:
    if stored is None or isinstance(stored, str):
        return stored
    return zlib.decompress(stored).decode("utf-8")
