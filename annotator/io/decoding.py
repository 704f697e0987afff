"""Turning bytes into text: the encoding is detected from the content (BOMs, strict
UTF-8, then charset-normalizer's statistical detection), never from the file name."""
from __future__ import annotations

import codecs
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
    best = from_bytes(data[:1_000_000], cp_isolation=_CANDIDATES).best()
    if best is None:
        raise InputError(name, "the text encoding could not be recognised (tried UTF-8, GB18030, Big5, UTF-16)")
    return best.encoding


def decode(data: bytes, name: str) -> Decoded:
    encoding = detect_encoding(data, name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(name, f"bytes that are not valid {encoding} at byte {error.start}", line) from error
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(name, "the file holds no text")
    if _control_ratio(text) > 0.1:
        raise InputError(name, "this looks like a binary file (many control characters), not text")
    return Decoded(text, _canonical(encoding))


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def _canonical(encoding: str) -> str:
    return codecs.lookup(encoding).name
