"""Domain types. Offsets are Python string indices into the cleaned article text."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

STATUSES = ("pending", "accepted", "rejected", "skipped")
ORIGINS = ("auto", "human", "import")
ENTITY_LABELS = ("PER", "LOC", "ORG")
METRIC_LABEL = "METRIC"


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str
    origin: str = "auto"
    id: int | None = None
    # how sure pre-extraction was (0..1), None where unknown or made by a person; not part of
    # an entity's identity
    confidence: float | None = field(default=None, compare=False)

    def moved(self, start: int, end: int, article_text: str) -> "Entity":
        return replace(self, start=start, end=end, text=article_text[start:end])


@dataclass(frozen=True)
class Metric:
    """A quantity written in the article.

    `value` is exact (Decimal, multiplier applied). A range such as `3至5个` is one metric
    whose `value` is the low end and `value_high` the high end. `numeral` says whether the
    digits were Arabic or Chinese (`五十天`), so reviewers and exports can tell them apart.
    """

    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str = ""
    approx: bool = False
    indicator: str = ""
    period: str = ""
    origin: str = "auto"
    value_high: Decimal | None = None
    numeral: str = "arabic"
    id: int | None = None


@dataclass(frozen=True)
class Article:
    id: int | None
    text: str
    title: str = ""
    subtitle: str = ""
    byline: str = ""
    source: str = ""
    position: int = 0
    status: str = "pending"
    reviewer: str = ""
    updated_at: str = ""
    meta: dict = field(default_factory=dict, compare=False)
    entities: tuple[Entity, ...] = ()
    metrics: tuple[Metric, ...] = ()


@dataclass(frozen=True)
class ArticleDraft:
    """An article as an importer produces it, before the store gives it an id."""

    text: str
    title: str = ""
    subtitle: str = ""
    byline: str = ""
    position: int = 0
    meta: dict = field(default_factory=dict, compare=False)
    entities: tuple[Entity, ...] = ()
    metrics: tuple[Metric, ...] = ()
    status: str = "pending"
    source_line: int | None = None
    # which kinds of span pre-extraction should still fill in (an import may bring its own)
    needs_extraction: tuple[str, ...] = ("entities", "metrics")


@dataclass(frozen=True)
class Label:
    name: str
    kind: str  # "entity" | "metric"
    colour: str
    shortcut: str = ""
    position: int = 0


def span_problems(text: str, spans) -> list[str]:
    """Why these spans do not fit `text` (empty list when all is well)."""
    problems = []
    for span in spans:
        if not (0 <= span.start < span.end <= len(text)):
            problems.append(f"span {span.start}-{span.end} is outside the text (length {len(text)})")
        elif text[span.start:span.end] != span.text:
            problems.append(
                f"span {span.start}-{span.end} says {span.text!r} but the text there is "
                f"{text[span.start:span.end]!r}"
            )
    return problems
