"""The spacy-jsonl token list and the spans' token indices, made with numpy when it is
installed (the spacy and test extras bring it; so does sqlite-utils' environment in most
installs). Without numpy, `fmt_tokens.CharTokens` makes the same bytes in pure Python; the
app bundle leaves numpy out and uses that.

An article has about 1,300 one-character tokens, and its token list is about 75 KB of
JSON. The pure-Python writer joins two ready-made byte pieces per token, and making that
list of pieces (a 1-character string per character, looked up by hash) is most of its
cost. Here every piece has a fixed width, padded with 0xFF (never a byte of UTF-8): a token
is one row of a numpy record array whose three fields are gathered from tables, by code
point (the character's JSON literal), by position (`"start":i,"end":i+1,"id":`) and by
token index (`k,"ws":false},{"text":"`). The rows' bytes, with the padding deleted by one
`bytes.translate`, are the token list.
"""
from __future__ import annotations

import json

from .fmt_tokens import CharTokens

PAD = b"\xff"
_CHAR_WIDTH = 8  # the longest JSON literal of one character is 6 bytes (\u001f)
_OPEN = b'{"text":"'
_FIRST = b"[" + _OPEN


def numpy_or_none():
    try:
        import numpy
    except ImportError:
        return None
    return numpy


class _Tables:
    """Fixed-width pieces shared by every article of a process, grown with the longest
    text; a character's piece is made the first time it is met."""

    def __init__(self, numpy):
        self.numpy = numpy
        self.chars = numpy.zeros(0x110000, dtype=f"V{_CHAR_WIDTH}")  # zeros: not made yet (pages untouched)
        self.made = numpy.zeros(0x110000, dtype=bool)
        self.size = 0

    def _table(self, pieces: list[bytes], width: int):
        flat = b"".join(piece.ljust(width, PAD) for piece in pieces)
        return self.numpy.frombuffer(flat, dtype=f"V{width}")

    def grow(self, size: int) -> None:
        if size <= self.size:
            return
        size = max(size, 2 * self.size, 4096)
        positions = range(size)
        at = [b'","start":%d,"end":%d,"id":' % (i, i + 1) for i in positions]
        self.at = self._table(at, len(at[-1]))
        no_ws = [b'%d,"ws":false},' % i + _OPEN for i in positions]
        width = len(no_ws[-1])
        self.no_ws = self._table(no_ws, width)
        self.ws = self._table([b'%d,"ws":true},' % i + _OPEN for i in positions], width)
        self.id_width = width
        self.size = size

    def learn(self, points) -> None:
        numpy = self.numpy
        for point in numpy.unique(points[~self.made[points]]).tolist():
            literal = json.dumps(chr(point), ensure_ascii=False)[1:-1].encode("utf-8")
            self.chars[point] = literal.ljust(_CHAR_WIDTH, PAD)
            self.made[point] = True


_tables: _Tables | None = None


def tables(numpy) -> _Tables:
    global _tables
    if _tables is None:
        _tables = _Tables(numpy)
    return _tables


class TokenArrays:
    """The tokens of one text (`CharTokens`) as arrays: where each token starts, the token
    at each position, which tokens carry a space, which are whitespace runs of several
    characters."""

    def __init__(self, tokens: CharTokens, numpy):
        self.numpy = numpy
        self.text = text = tokens.text
        self.tables = tables(numpy)
        self.tables.grow(len(text) + 1)
        self.points = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
        removed: list[int] = []  # positions that start no token
        carriers: list[int] = []  # positions of tokens followed by the space they carry
        self.long_tokens: list[tuple[int, int]] = []  # (start, end) of whitespace tokens of several characters
        for start, end, absorbed, token_start in tokens.runs:
            if end - start == 1 and not absorbed:  # a one-character whitespace token, as any character
                continue
            if absorbed:
                carriers.append(start - 1)
            if token_start is None:  # a carried space
                removed.append(start)
            else:
                removed += range(start, token_start)
                removed += range(token_start + 1, end)
                if end - token_start > 1:
                    self.long_tokens.append((token_start, end))
        if not removed:
            self.starts = self.token_at = None
            self.carrier_tokens = carriers
        else:
            keep = numpy.ones(len(text), dtype=bool)
            keep[removed] = False
            self.starts = numpy.flatnonzero(keep)
            self.token_at = numpy.cumsum(keep) - 1  # a carried space: the token carrying it
            self.carrier_tokens = self.token_at[carriers] if carriers else []
        self.count = len(text) if self.starts is None else len(self.starts)

    def indices(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """Token indices of aligned spans: of the token each starts at, and of the token
        each ends in (Prodigy's inclusive `token_end`)."""
        if self.token_at is None:
            return starts, [end - 1 for end in ends]
        take = self.token_at.take
        return take(starts).tolist(), take([end - 1 for end in ends]).tolist()

    def json_parts(self) -> list[bytes | bytearray]:
        """The token list `[{"text","start","end","id","ws"}, ...]` as compact UTF-8 JSON,
        in parts to be written one after the other (same bytes as `CharTokens.json_bytes`)."""
        if not self.text:
            return [b"[]"]
        numpy, tables, count = self.numpy, self.tables, self.count
        width = tables.id_width
        row_type = numpy.dtype([("text", f"V{_CHAR_WIDTH}"), ("at", tables.at.dtype), ("id", f"V{width}")])
        # the rows live in a bytearray, so the padding is deleted from them where they are:
        # `tobytes` copied an article's 100 KB of rows once more
        buffer = bytearray(count * row_type.itemsize)
        rows = numpy.frombuffer(buffer, dtype=row_type)
        points = self.points if self.starts is None else self.points[self.starts]
        if not tables.made[points].all():
            tables.learn(points)
        rows["text"] = tables.chars[points]
        rows["at"] = tables.at[:count] if self.starts is None else tables.at[self.starts]
        rows["id"] = tables.no_ws[:count]
        if len(self.carrier_tokens):
            rows["id"][self.carrier_tokens] = tables.ws[self.carrier_tokens]
        last = bytes(rows["id"][count - 1]).rstrip(PAD)
        rows["id"][count - 1] = last[:-len(_OPEN) - 1].ljust(width, PAD)  # no token opens after the last
        parts = [_FIRST]
        if not self.long_tokens:  # most articles
            return [_FIRST, buffer.translate(None, PAD), b"]"]
        done = 0
        for start, end in self.long_tokens:  # rare: their text and offsets do not fit a row
            row = int(self.token_at[start])
            rows["text"][row] = PAD * _CHAR_WIDTH  # all padding
            rows["at"][row] = PAD * tables.at.dtype.itemsize
            parts.append(rows[done:row].tobytes().translate(None, PAD))
            parts.append(json.dumps(self.text[start:end], ensure_ascii=False)[1:-1].encode("utf-8")
                         + b'","start":%d,"end":%d,"id":' % (start, end))
            done = row
        parts.append(rows[done:].tobytes().translate(None, PAD))
        parts.append(b"]")
        return parts

    def json_bytes(self) -> bytes:
        return b"".join(self.json_parts())
