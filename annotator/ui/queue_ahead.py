"""The next pending article of a searched or certainty-ordered queue, whose ids (in the
queue's order) the queue model holds: a key press looks through the next LOOK_AHEAD of them
(one indexed query, whatever the project's size); when none of those is pending, a worker
looks through the rest with its own connection."""
from __future__ import annotations

from pathlib import Path

from ..store import Store

LOOK_AHEAD = 500  # ids of a searched or ordered queue that a key press looks through itself
FURTHER_AHEAD = object()  # none among those: the rest is for a worker


def rotated(ids: list[int], at: int, start: int, count: int) -> list[int]:
    """Positions start .. start+count of the queue's ids read from the one after `at` on,
    wrapping around to the first (and ending with `at` itself); from the first for at < 0."""
    if at < 0:
        return ids[start:start + count]
    total = len(ids)
    return [ids[(at + 1 + n) % total] for n in range(min(start, total), min(start + count, total))]


def first_pending_further(path: Path, ids: list[int], at: int) -> int | None:
    """In a worker: the first pending article after the first LOOK_AHEAD ids ahead of `at`."""
    with Store(path, check=False) as store:
        for start in range(LOOK_AHEAD, len(ids), LOOK_AHEAD):
            chunk = rotated(ids, at, start, LOOK_AHEAD)
            pending = store.with_status(chunk, ("pending",))
            found = next((i for i in chunk if i in pending), None)
            if found is not None:
                return found
    return None
