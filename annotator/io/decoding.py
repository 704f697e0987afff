"""Turning bytes into text: the encoding is detected from the content (BOMs, strict
UTF-8, then charset-normalizer's statistical detection), never from the file name."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from .problems import InputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Encodings a Chinese newsroom's files come in; GB18030 is a superset of GBK and GB2312.
_CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be"]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    # UTF-8 lines with damaged bytes: left empty in `text` (numbering kept), for the reader to report
    bad_lines: tuple[int, ...] = ()


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAK_BYTES = re.compile(rb"(\r\n|\r|\n)")


def record_lines(text: str) -> list[str]:
    """Lines of a JSON-lines file. Only CR/LF end a record: JSON escapes them inside strings,
    but leaves U+2028, U+0085 and friends raw, which `str.splitlines` would also split at."""
    lines = _LINE_BREAK.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" not in sample:
        return False
    # UTF-16 without a BOM has a NUL in every other byte of ASCII text, binaries elsewhere.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return not (odd > len(sample) * 0.2 and even == 0 or even > len(sample) * 0.2 and odd == 0)


def _utf16_guess(data: bytes) -> str | None:
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > even * 4 and odd > len(sample) * 0.05:
        return "utf-16-le"
    if even > odd * 4 and even > len(sample) * 0.05:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    if not data.strip():
        raise InputError(name, "the file is empty")
    utf16 = _utf16_by_content(data)  # Chinese UTF-16 has few NUL bytes: judge by the characters
    if utf16:
        return utf16
    if _looks_binary(data):
        raise InputError(name, "this is a binary file, not text")
    utf16 = _utf16_guess(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and len(data) > 4:  # a sample cut inside a character
            return "utf-8"
        if _damaged_utf8(data):  # a few damaged lines: `decode` reports them by number
            return "utf-8"
    best = from_bytes(data[:1_000_000], cp_isolation=_CANDIDATES).best()
    if best is None:
        raise InputError(name, "the text encoding could not be recognised (tried UTF-8, GB18030, Big5, UTF-16)")
    return best.encoding


def decode(data: bytes, name: str) -> Decoded:
    encoding = detect_encoding(data, name)
    bad_lines: tuple[int, ...] = ()
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding != "utf-8":
            line = data[: error.start].count(b"\n") + 1
            raise InputError(name, f"bytes that are not valid {encoding} at byte {error.start}", line) from error
        text, bad_lines = _utf8_without_bad_lines(data)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(name, "the file holds no text")
    if _control_ratio(text) > 0.1:
        raise InputError(name, "this looks like a binary file (many control characters), not text")
    return Decoded(text, _canonical(encoding), bad_lines)


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def _canonical(encoding: str) -> str:
    return codecs.lookup(encoding).name


def _utf16_by_content(data: bytes) -> str | None:
    """UTF-16 without a BOM, told by its characters: read the right way round, a Chinese
    text is ideographs, CJK punctuation and ASCII; the wrong way round (or a file in another
    encoding read as UTF-16) it is unpaired surrogates, Hangul, Yi, control codes."""
    if len(data) % 2 or len(data) < 16 or _valid_utf8(data[:65536]):
        return None
    sample = data[:8192]
    scores = {encoding: _plausible_share(sample, encoding) for encoding in ("utf-16-le", "utf-16-be")}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 0.9 else None


def _valid_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(sample) - 3  # only the cut at the sample's end
    return True


def _plausible_share(sample: bytes, encoding: str) -> float:
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not just a pair cut at the sample's end
            return 0.0
        text = sample[: error.start].decode(encoding)
    return sum(map(_plausible_char, text)) / max(1, len(text))


def _plausible_char(ch: str) -> bool:
    code = ord(ch)
    return (
        0x20 <= code < 0x7F or ch in "\t\n\r" or 0x4E00 <= code <= 0x9FFF or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF or 0x2010 <= code <= 0x205E or 0x3400 <= code <= 0x4DBF
    )


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged lines (a bad copy, a cut), not another encoding: lines that
    decode and hold multi-byte characters far outnumber the ones that do not."""
    good_multibyte = bad = 0
    for line in data.split(b"\n"):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
            if bad > 100:
                return False
            continue
        good_multibyte += not line.isascii()
    return bad > 0 and good_multibyte >= 2 * bad


def _utf8_without_bad_lines(data: bytes) -> tuple[str, tuple[int, ...]]:
    """Decode line by line; a damaged line becomes empty, keeping the numbering."""
    parts = _LINE_BREAK_BYTES.split(data)  # line, break, line, break, ..., line
    texts, bad = [], []
    for index, part in enumerate(parts):
        try:
            texts.append(part.decode("utf-8"))
        except UnicodeDecodeError:
            bad.append(index // 2 + 1)
            texts.append("")
    return "".join(texts), tuple(bad)
