"""Checks on what reviewers type and files bring, before it reaches the project. Each
function returns a list of problems in words a reviewer can act on (empty: all is well),
so the label manager, the metrics editor and the importers give the same answers."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from decimal import Decimal, DecimalException, Inexact, Overflow, Subnormal, Underflow, localcontext

from .editing import parse_value
from .types import ArticleDraft

MAX_LABEL_LENGTH = 32
# A long feature is ~10,000 characters, a whole page ~30,000. Far beyond that, a "text" is
# a runaway line (a table dump, a file without line breaks) that nobody can review as one.
MAX_ARTICLE_CHARS = 200_000
# 10^24 元 is a million times the world's yearly output; no quantity in a news page is near
# it. The limits also keep a value's exact digits short: 1e999999999 would be a billion.
MAX_INTEGER_DIGITS = 24
MAX_DECIMALS = 12
RANGE_DASHES = ("–", "—", "~", "～", "至", "到")
_INVISIBLE = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def label_name_problems(name: str, taken: Iterable[str] = ()) -> list[str]:
    """A label name: short, visible, no spaces, not already used. Quotes and other
    punctuation are fine: names are stored as values, never spliced into SQL."""
    if not name or not name.strip():
        return ["a label needs a name"]
    problems = []
    if len(name) > MAX_LABEL_LENGTH:
        problems.append(f"a label name has at most {MAX_LABEL_LENGTH} characters (this one has {len(name)})")
    if any(ch.isspace() for ch in name):
        problems.append("a label name cannot contain spaces")
    hidden = sorted({f"U+{ord(ch):04X}" for ch in name if unicodedata.category(ch) in _INVISIBLE and not ch.isspace()})
    if hidden:
        problems.append(f"a label name cannot contain control or invisible characters ({', '.join(hidden[:3])})")
    if name in set(taken):
        problems.append(f"there is already a label named {name!r}")
    return problems


def value_problems(value: Decimal | None, what: str = "the value") -> list[str]:
    """A parsed metric value: finite, and of a size a news page can report. Reads the
    digits and exponent directly: context arithmetic on 1e999999999 would itself fail."""
    if value is None:
        return []
    if not value.is_finite():
        return [f"{what} is not a finite number"]
    if value.is_zero():
        return []
    _, digits, exponent = value.as_tuple()
    if value.adjusted() >= MAX_INTEGER_DIGITS:
        return [f"{what} is too large (more than {MAX_INTEGER_DIGITS} digits before the point)"]
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    if -(exponent + trailing_zeros) > MAX_DECIMALS:
        return [f"{what} has more than {MAX_DECIMALS} digits after the point"]
    return []


def split_range(text: str) -> tuple[str, str | None]:
    """`3–5`, `3至5`, `3~5` -> ("3", "5"); a single value -> (text, None). A leading minus
    sign is a sign, not a dash."""
    stripped = text.strip()
    for dash in RANGE_DASHES:
        low, found, high = stripped[1:].partition(dash)
        if found:
            return stripped[0] + low, high
    return stripped, None


def parsed_value(text: str) -> Decimal:
    """`parse_value`, with every failure as ValueError. Arithmetic that would round, or
    lose a tiny exponent to zero (1e-999999999), fails instead of changing the value."""
    with localcontext() as context:
        context.prec = 60
        for signal in (Overflow, Underflow, Subnormal, Inexact):
            context.traps[signal] = True
        try:
            return parse_value(text)
        except DecimalException:
            raise ValueError(f"{text.strip()!r} is out of the range of quantities this tool can hold") from None


def metric_value_problems(text: str) -> list[str]:
    """What a reviewer typed in the value cell: empty (no value), a number (`5.31亿`,
    `1,234`, `５２４１.５万`) or a range (`3–5`, `3至5`, `3~5`; low end first)."""
    return _read_metric_value(text)[0]


def parse_metric_value(text: str) -> tuple[Decimal | None, Decimal | None]:
    """(value, value_high) of what a reviewer typed; ValueError saying why when unusable."""
    problems, low, high = _read_metric_value(text)
    if problems:
        raise ValueError("; ".join(problems))
    return low, high


def _read_metric_value(text: str) -> tuple[list[str], Decimal | None, Decimal | None]:
    if not text.strip():
        return [], None, None
    low_text, high_text = split_range(text)
    parts = [("the value" if high_text is None else "the low end", low_text)]
    if high_text is not None:
        parts.append(("the high end", high_text))
    problems, values = [], []
    for what, part in parts:
        if not part.strip():
            problems.append(f"{what} is missing")
            continue
        try:
            value = parsed_value(part)
        except ValueError as error:
            problems.append(f"{what}: {error} (write digits, e.g. 5.31亿 or 1,234)")
            continue
        found = value_problems(value, what)
        problems += found
        values.append(value)
    if not problems and len(values) == 2 and values[0] > values[1]:
        problems.append("the low end of the range is above its high end")
    if problems:
        return problems, None, None
    return [], values[0], values[1] if len(values) == 2 else None


def draft_problems(draft: ArticleDraft) -> list[str]:
    """What keeps an imported article out of the project: a runaway length, unusable label
    names, metric values out of bounds (span offsets are checked by the readers)."""
    if len(draft.text) > MAX_ARTICLE_CHARS:
        return [f"the article has {len(draft.text):,} characters, more than one article can hold "
                f"({MAX_ARTICLE_CHARS:,}): is a line break missing? Split the text and import it again"]
    problems = []
    for label in sorted({entity.label for entity in draft.entities}):
        problems += [f"label {label[:40]!r}: {problem}" for problem in label_name_problems(label)]
    for metric in draft.metrics:
        for value, what in ((metric.value, "value"), (metric.value_high, "value_high")):
            problems += [f"metric {metric.text[:20]!r}: {p}" for p in value_problems(value, f"its {what}")]
    return problems
