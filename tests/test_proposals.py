"""The order of the proposal walk (pure core: no Qt, no database)."""
from dataclasses import dataclass

from annotator.core import proposals
from annotator.core.types import Entity, Metric


def test_reading_order_without_confidence_and_reviewed_spans_left_out():
    spans = [Entity(10, 13, "LOC", "怀化市"), Entity(0, 3, "PER", "李彬"), Entity(5, 8, "ORG", "县政府", "human"),
             Metric(20, 24, "3家", None)]
    assert [s.start for s in proposals.walk_order(spans)] == [0, 10, 20]
    human = spans[2]
    assert proposals.step(spans, human, 1).start == 10  # from a reviewed span: the next proposal after it
    assert proposals.step(spans, human, -1).start == 0
    assert proposals.step(spans, spans[3], 1) is None  # the last one: the walk is done
    assert proposals.step(spans, None, 1).start == 0


@dataclass(frozen=True)
class Scored:
    start: int
    end: int
    origin: str = "auto"
    confidence: float | None = None


def test_least_certain_first_where_spans_carry_a_confidence():
    spans = [Scored(0, 2, confidence=0.9), Scored(3, 5, confidence=0.2), Scored(6, 8), Scored(9, 11, confidence=0.5)]
    assert [s.start for s in proposals.walk_order(spans)] == [3, 9, 0, 6]
    assert proposals.step(spans, spans[1], 1).start == 9
