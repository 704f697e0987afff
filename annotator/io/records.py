"""Reading JSON record files whatever their container, and the strict field checks every
JSON reader shares.

Containers: JSON lines (a record per line), a JSON array (Label Studio's exports, with a
record per element, named by its index and the line it starts on), or one or more JSON
objects written across lines (a single pretty-printed task or example). A damaged array is
read up to the damage: the records before it are kept and the damage is named by line.

Fields: offsets are whole numbers (not 3.5, not `Infinity`, not "3"), flags are true or
false (not "no"), labels are text, strings hold no lone surrogates (SQLite and every
UTF-8 file refuse them), ids are whole numbers or text. A failed check raises
`RecordError` with words a reader can act on; the reader turns it into a Problem with
the file and line, and the other records go on.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from .decoding import record_lines
from .problems import Problem


class RecordError(ValueError):
    """A record that cannot be imported; the message says why."""


@dataclass(frozen=True)
class Located:
    """A record and where it is: its line, and its index (from 1) when in a JSON array."""

    record: object
    line: int
    index: int | None = None

    @property
    def number(self) -> int:
        """The record's position in its file: the index in an array, else the line."""
        return self.index if self.index is not None else self.line

    def where(self) -> str:
        return f"record {self.index}: " if self.index is not None else ""


# NaN and Infinity (which Python's json accepts) become Decimals that every check refuses
_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=Decimal)
_SPACE = re.compile(r"[ \t\n\r]*")


def _loads(line: str):
    return _DECODER.decode(line)


def container(text: str) -> str:
    """"array", "objects" (JSON written across lines) or "lines" (JSON lines)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if stripped.startswith("["):
        # a JSON-lines file may start with a line that is an array: then more lines follow it
        one_line_value = _parses(first) and rest.strip()
        return "lines" if one_line_value or (first != "[" and not text.rstrip().endswith("]")) else "array"
    if first == "{" or (first.startswith("{") and not _parses(first) and _starts_pretty(stripped)):
        return "objects"
    return "lines"


def _parses(line: str) -> bool:
    try:
        _loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _starts_pretty(text: str) -> bool:
    """`{"key": value,` then a line break: an object written across lines, not a broken line."""
    try:
        _DECODER.raw_decode(text)
        return True  # the whole first value parses although its first line does not
    except (ValueError, RecursionError):
        return False


def json_records(text: str, name: str) -> Iterator[Located | Problem]:
    """Every record of a JSON record file, or a Problem (file and line) where one is broken."""
    kind = container(text)
    if kind == "lines":
        yield from _lines(text, name)
        return
    values = _values(text, name, array=kind == "array")
    first = next(values, None)
    opening = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip()
    if isinstance(first, Problem) and "\n" in text.strip() and opening not in ("[", "{"):
        yield from _lines(text, name)  # not one JSON value after all (a damaged first line): line by line
        return
    if first is not None:
        yield first
    yield from values


def _lines(text: str, name: str) -> Iterator[Located | Problem]:
    for number, line in enumerate(record_lines(text), start=1):
        if not line.strip():
            continue
        try:
            yield Located(_loads(line), number)
        except json.JSONDecodeError as error:
            yield Problem(name, number, f"broken JSON ({error.msg} at column {error.colno})")
        except RecursionError:
            yield Problem(name, number, "broken JSON (nested too deeply)")
        except RecordError as error:
            yield Problem(name, number, f"unusable record: {error}")


class _LineCounter:
    def __init__(self, text: str):
        self.text, self.position, self.line = text, 0, 1

    def at(self, position: int) -> int:
        if position >= self.position:
            self.line += self.text.count("\n", self.position, position)
        else:
            self.line -= self.text.count("\n", position, self.position)
        self.position = position
        return self.line


def _values(text: str, name: str, array: bool) -> Iterator[Located | Problem]:
    """Elements of one JSON array, or a run of JSON values, decoded one at a time so that a
    damaged record is named by its line and the ones before it are kept."""
    lines = _LineCounter(text)
    position = _SPACE.match(text, text.index("[") + 1 if array else 0).end()
    index = 0
    while True:
        if array and text.startswith("]", position):
            rest = _SPACE.match(text, position + 1).end()
            if rest < len(text):
                yield Problem(name, lines.at(rest), "text after the end of the JSON array was not read")
            return
        if position >= len(text):
            if array:
                yield Problem(name, lines.at(position), "the file ends inside the JSON array (a cut copy?); "
                              "the records before were read")
            return
        index += 1
        line = lines.at(position)
        try:
            value, end = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as error:
            yield Problem(name, lines.at(error.pos), f"record {index}: broken JSON ({error.msg}); "
                          "the rest of the file was not read")
            return
        except RecursionError:
            yield Problem(name, line, f"record {index}: broken JSON (nested too deeply); the rest of the file was not read")
            return
        except RecordError as error:
            yield Problem(name, line, f"record {index}: {error}; the rest of the file was not read")
            return
        yield Located(value, line, index if array else (index if index > 1 or _more(text, end) else None))
        position = _SPACE.match(text, end).end()
        if array:
            if text.startswith(",", position):
                position = _SPACE.match(text, position + 1).end()
            elif not text.startswith("]", position) and position < len(text):
                yield Problem(name, lines.at(position), f"after record {index}: expected ',' or ']'; "
                              "the rest of the file was not read")
                return


def _more(text: str, end: int) -> bool:
    return _SPACE.match(text, end).end() < len(text)


def sample_records(text: str, tries: int = 20) -> list[dict]:
    """The JSON objects among the file's first few records."""
    found = []
    for count, item in enumerate(json_records(text, ""), start=1):
        if isinstance(item, Located) and isinstance(item.record, dict):
            found.append(item.record)
        if count >= tries:
            break
    return found


def first_record(text: str, tries: int = 20) -> dict | None:
    """The first record that is a JSON object (looking at a few), or None."""
    sample = sample_records(text, tries)
    return sample[0] if sample else None


def looks_like_json(text: str) -> bool:
    """A file that starts like JSON, or whose lines mostly do (a JSON-lines file whose first
    line is damaged), is records, never page text."""
    if text.lstrip("\ufeff \t\r\n")[:1] in ("[", "{"):
        return True
    lines = [line.lstrip() for line in text[:100_000].splitlines() if line.strip()][:20]
    return len(lines) >= 2 and sum(1 for line in lines if line.startswith("{")) * 2 >= len(lines)


# --- strict fields --------------------------------------------------------------------

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value, what: str) -> str:
    """A string without lone surrogates (which no UTF-8 file or SQLite text can hold)."""
    if not isinstance(value, str):
        raise RecordError(f"{what} is not text ({_shown(value)})")
    found = _LONE_SURROGATE.search(value)
    if found:
        raise RecordError(f"{what} holds a lone surrogate (U+{ord(found.group()):04X} at character "
                          f"{found.start()}), which is not a character")
    return value


def optional_text(value, what: str) -> str:
    return "" if value is None else clean_text(value, what)


def whole_number(value, what: str) -> int:
    """An offset or count: a JSON integer (3; not 3.5, 3.0, "3", true or Infinity)."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
            raise RecordError(f"{what} {value} is written as a decimal; offsets are whole numbers")
        raise RecordError(f"{what} {_shown(value)} is not a whole number")
    return value


def flag(value, what: str, default: bool = False) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise RecordError(f"{what} {_shown(value)} is not true or false")
    return value


def record_id(value, what: str = "id"):
    """An id as a file gives it: a whole number or text (None when absent)."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str):
        return clean_text(value, what)
    raise RecordError(f"{what} {_shown(value)} is not a whole number or text")


def label_list(value, what: str = "labels") -> list[str]:
    """Label Studio's `labels`: a list of label names (a bare "LOC" is not three labels)."""
    if not isinstance(value, list):
        raise RecordError(f"{what} {_shown(value)} is not a list of label names")
    return [clean_text(label, "a label") for label in value]


def json_safe(value, what: str = "meta"):
    """Metadata as the project stores it (JSON): decimals become numbers, and text must be
    real characters. Raises RecordError for what JSON cannot hold."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise RecordError(f"{what} holds {value}, which JSON cannot hold")
        return int(value) if value == value.to_integral_value() and abs(value) < 2**63 else float(value)
    if isinstance(value, str):
        return clean_text(value, what)
    if isinstance(value, dict):
        return {clean_text(key, f"a key of {what}"): json_safe(item, f"{what}.{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [json_safe(item, what) for item in value]
    return value


def _shown(value) -> str:
    text = repr(value) if not isinstance(value, Decimal) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."
