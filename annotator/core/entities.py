"""Entity finder (baseline: jieba's person/place/organisation tags)."""
from __future__ import annotations

from .tokenize import posseg
from .types import Entity

_TAGS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}


def find_entities(text: str) -> list[Entity]:
    found, offset = [], 0
    for word, flag in posseg(text):
        label = _TAGS.get(flag)
        if label and len(word) >= 2:
            found.append(Entity(offset, offset + len(word), label, word))
        offset += len(word)
    return found
