"""Character tokens as spaCy's Chinese tokenizer makes them with its default segmenter
("char", what `spacy.blank("zh")` uses, offline, no jieba or pkuseg model needed):

- every character that is not whitespace is a token;
- one plain space (U+0020) right after a token is that token's trailing whitespace
  (`ws`/`whitespace_`), not a token;
- any other run of whitespace (a line break, several spaces, a full-width space) is one
  token of its own.

The spacy-jsonl and .spacy exports use these tokens, so a consumer that tokenizes the text
with `spacy.blank("zh")` gets the same tokens and the same token indices. Articles are
long, so the work is done per run of non-space characters with C-level string and list
operations, never per character in Python.
"""
from __future__ import annotations

import json
from bisect import bisect_right


def whitespace_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of whitespace: the characters str.isspace() accepts, as
    spaCy tests them. Found through `str.split()` (C), about five times faster than a
    regular expression's scan: between two words only whitespace, so each word is found
    right where the run before it ends."""
    runs = []
    position = 0
    find = text.find
    for word in text.split():
        start = find(word, position)
        if start > position:
            runs.append((position, start))
        position = start + len(word)
    if position < len(text):
        runs.append((position, len(text)))
    return runs


class _JsonBytes(dict):
    """Character (or whitespace run) -> the UTF-8 bytes of its JSON string literal without
    the quotes, computed once per distinct character."""

    def __missing__(self, chars: str) -> bytes:
        literal = self[chars] = json.dumps(chars, ensure_ascii=False)[1:-1].encode("utf-8")
        return literal


_JSON = _JsonBytes()
# The token `{"text":"字","start":12,"end":13,"id":12,"ws":false}` is written as the
# character's bytes, then `","start":12,"end":13,"id":` (by position), then
# `12,"ws":false},{"text":"` (by token id: it opens the next token). Until the first space
# is left out of the tokens, a token's id is its position: one ready-made piece does both.
_AT: list[bytes] = []
_ID_NO_WS: list[bytes] = []
_AT_ID: list[bytes] = []
_OPEN = b'{"text":"'
_NO_WS_END = b'false},' + _OPEN
_WS_END = b'true},' + _OPEN


def _pieces_up_to(size: int) -> None:
    for i in range(len(_AT), size + 1):
        _AT.append(b'","start":%d,"end":%d,"id":' % (i, i + 1))
        _ID_NO_WS.append(b'%d,"ws":' % i + _NO_WS_END)
        _AT_ID.append(_AT[i] + _ID_NO_WS[i])


def _one_char_tokens(text: str, start: int, end: int, first_id: int) -> list[bytes]:
    """The pieces of the tokens of text[start:end], one per character (slice assignment
    keeps the loop in C)."""
    count = end - start
    if first_id == start:
        pieces = [b""] * (2 * count)
        pieces[0::2] = map(_JSON.__getitem__, text[start:end])
        pieces[1::2] = _AT_ID[start:end]
        return pieces
    pieces = [b""] * (3 * count)
    pieces[0::3] = map(_JSON.__getitem__, text[start:end])
    pieces[1::3] = _AT[start:end]
    pieces[2::3] = _ID_NO_WS[first_id:first_id + count]
    return pieces


class CharTokens:
    """The tokens of one text: boundaries, token indices, and the token list as JSON or as
    (words, spaces) for a spaCy Doc."""

    def __init__(self, text: str):
        self.text = text
        # per whitespace run: (start, end, absorbed, start of its whitespace token or None)
        self.runs = []
        removed = 0  # characters before a position that start no token
        self._run_starts, self._removed_after = [], []
        # offsets no span may start or end at (inside a whitespace run), and where each
        # whitespace token ends -> where it starts
        self._bad_starts, self._bad_ends, self._space_token_ending = set(), set(), {}
        for start, end in whitespace_runs(text):
            absorbed = start > 0 and text[start] == " "
            if end - start == 1:  # most runs: a line break (a token), or a space a token carries
                if absorbed:
                    self.runs.append((start, end, True, None))
                    removed += 1
                    self._bad_starts.add(start)
                    self._bad_ends.add(end)
                else:
                    self.runs.append((start, end, False, start))
                    self._space_token_ending[end] = start
            else:  # the rest of a longer run is one whitespace token
                token_start = start + absorbed
                self.runs.append((start, end, absorbed, token_start))
                removed += end - start - 1
                self._bad_starts.update(range(start, end))
                self._bad_starts.discard(token_start)
                self._bad_ends.update(range(start + 1, end))
                self._space_token_ending[end] = token_start
            self._run_starts.append(start)
            self._removed_after.append(removed)

    def __len__(self) -> int:
        return len(self.text) - (self._removed_after[-1] if self.runs else 0)

    def aligned(self, start: int, end: int) -> bool:
        """Whether a span starts on a token's first character and ends on a token's last."""
        return start not in self._bad_starts and end not in self._bad_ends

    def index(self, start: int) -> int:
        """Index of the token that starts at `start` (an aligned offset)."""
        if not self.runs:
            return start
        run = bisect_right(self._run_starts, start) - 1
        if run < 0:
            return start
        run_start, run_end, absorbed, token_start = self.runs[run]
        if start < run_end:  # the whitespace token of this run
            before = self._removed_after[run - 1] if run else 0
            return start - before - absorbed
        return start - self._removed_after[run]

    def last_index(self, end: int) -> int:
        """Index of the token that ends at `end` (Prodigy's inclusive `token_end`)."""
        token_start = self._space_token_ending.get(end)
        return self.index(end - 1 if token_start is None else token_start)

    def token_at(self) -> list[int]:
        """The index of the token at each position (a carried space: the token carrying
        it), built from ranges per run: for an aligned span, `token_at[start]` is
        `index(start)` and `token_at[end - 1]` is `last_index(end)`, without a search each."""
        at: list[int] = []
        token = position = 0
        for start, end, absorbed, token_start in self.runs:
            at += range(token, token + start - position)
            token += start - position
            if absorbed:
                at.append(token - 1)
            if token_start is not None:
                at += [token] * (end - token_start)
                token += 1
            position = end
        at += range(token, token + len(self.text) - position)
        return at

    def segments(self):
        """(start, end, kind) in text order: kind "chars" for a run of one-character tokens,
        "space" for a whitespace token, "absorbed" for the space a token carries."""
        position = 0
        for start, end, absorbed, token_start in self.runs:
            if start > position:
                yield position, start, "chars"
            if absorbed:
                yield start, start + 1, "absorbed"
            if token_start is not None:
                yield token_start, end, "space"
            position = end
        if position < len(self.text):
            yield position, len(self.text), "chars"

    def words_and_spaces(self) -> tuple[list[str], list[bool]]:
        text = self.text
        if not self.runs:
            return list(text), [False] * len(text)
        words: list[str] = []
        spaces: list[bool] = []
        for start, end, kind in self.segments():
            if kind == "chars":
                words.extend(text[start:end])
                spaces.extend([False] * (end - start))
            elif kind == "absorbed":
                spaces[-1] = True
            else:
                words.append(text[start:end])
                spaces.append(False)
        return words, spaces

    def json_bytes(self) -> bytes:
        """The Prodigy token list `[{"text","start","end","id","ws"}, ...]` as compact JSON
        in UTF-8 (what the file holds: no text to encode afterwards)."""
        text = self.text
        if not text:
            return b"[]"
        _pieces_up_to(len(text) + 1)
        pieces: list[bytes] = []
        token = 0
        for start, end, kind in self.segments():
            if kind == "chars":
                pieces += _one_char_tokens(text, start, end, token)
                token += end - start
            elif kind == "absorbed":  # the token before carries this space
                pieces[-1] = pieces[-1][: -len(_NO_WS_END)] + _WS_END
            else:
                pieces += [_JSON[text[start:end]], b'","start":%d,"end":%d,"id":' % (start, end), _ID_NO_WS[token]]
                token += 1
        # the last piece opens a token that does not come: close the list after it instead
        pieces[-1] = pieces[-1][: -len(_OPEN) - 1]
        return b"[" + _OPEN + b"".join(pieces) + b"]"
