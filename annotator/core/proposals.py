"""The order in which a reviewer walks the proposed (pre-extracted, origin "auto") spans of
an article: the least certain first where spans carry a confidence, else reading order."""
from __future__ import annotations


def is_proposal(span) -> bool:
    return span.origin == "auto"


def walk_order(spans) -> list:
    """Proposals only, in walking order. A span without a confidence counts as certain."""
    proposals = [s for s in spans if is_proposal(s)]
    if any(getattr(s, "confidence", None) is not None for s in proposals):
        return sorted(proposals, key=lambda s: (_confidence(s), s.start, s.end))
    return sorted(proposals, key=lambda s: (s.start, s.end))


def _confidence(span) -> float:
    value = getattr(span, "confidence", None)
    return 1.0 if value is None else float(value)


def step(spans, current, delta: int = 1):
    """The proposal `delta` steps from `current` in walking order; from a span that is not a
    proposal (or none), the first proposal after it in reading order (the first of all
    when there is none after it). None when the article has no proposals left."""
    order = walk_order(spans)
    if not order:
        return None
    if current in order:
        index = order.index(current) + delta
        return order[index] if 0 <= index < len(order) else None
    if current is None:
        return order[0] if delta > 0 else order[-1]
    after = [s for s in order if (s.start, s.end) > (current.start, current.end)]
    before = [s for s in order if (s.start, s.end) < (current.start, current.end)]
    if delta > 0:
        return min(after, key=lambda s: (s.start, s.end), default=order[0])
    return max(before, key=lambda s: (s.start, s.end), default=order[-1])
