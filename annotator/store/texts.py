"""How an article's text (`articles.text`) is kept in the file since schema v15 (issue 15,
docs/adr/0004-search.md). The store hands out and takes Python strings; in the file a text
is UTF-16LE bytes (a BLOB) when that is shorter than its UTF-8: two bytes a Chinese
character instead of three, about 30% of the column (441 MiB as UTF-8 on the 100k-article
project). A text mostly of ASCII stays UTF-8 text, as every row written before v15 did.

Unlike zlib (half the size, but inflating a text cost a third of a bare read of the
article and its spans, which every export pays), decoding UTF-16 costs what decoding the
UTF-8 did. SQL that needs the characters (the search index's content, its checks, the
two-character tail index, `instr`) reads `article_text(text)`, a function every connection
of the store registers (`register`)."""
from __future__ import annotations

import sqlite3

SQL_FUNCTION = "article_text"


def pack(text: str) -> str | bytes:
    data = text.encode("utf-16-le")
    # shorter when more of the characters lie outside ASCII than in it (2 bytes each against 3)
    return data if len(data) < len(text.encode("utf-8")) else text


def unpack(stored: str | bytes | None) -> str | None:
    if stored is None or isinstance(stored, str):
        return stored
    return stored.decode("utf-16-le")


def unpack_damaged(stored: str | bytes | None) -> str | None:
    """As `unpack`, for a damaged file's rows (salvage): what cannot be decoded is marked."""
    if isinstance(stored, bytes):
        return stored.decode("utf-16-le", "replace")
    return stored


def plain(column: str) -> str:
    """SQL for the characters of a stored text column (`plain("a.text")`)."""
    return f"{SQL_FUNCTION}({column})"


def register(conn: sqlite3.Connection) -> None:
    # deterministic: SQLite may use it in an index (the text's last two characters)
    conn.create_function(SQL_FUNCTION, 1, unpack, deterministic=True)
