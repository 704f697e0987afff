"""Which texts of a page share words (docs/adr/0005): character pairs of Han characters,
weighted by how few of the page's pieces use them, and the share of a headline's pairs a body
uses. Used to decide which article a piece, a column or a headline belongs to.
"""
from __future__ import annotations

import functools
import math
import operator
import re
from collections import defaultdict


def character_pairs(text: str) -> set[str]:
    """The pairs of neighbouring Han characters (punctuation, digits and spaces left out)."""
    han = _NOT_HAN.sub("", text)
    return set(map(operator.add, han, han[1:]))


@functools.lru_cache(maxsize=256)
def _body_pairs(text: str) -> frozenset[str]:
    """A body's pairs, asked for once per headline next to it."""
    return frozenset(character_pairs(text))


def headline_affinity(headline: str, body: list[str]) -> float:
    """Share of the headline's character pairs that the body uses."""
    wanted = character_pairs(headline)
    if not wanted or not body:
        return 0.0
    return len(wanted & _body_pairs("".join(body))) / len(wanted)


_NOT_HAN = re.compile("[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


class Vocabulary:
    """Character pairs of each piece, weighted by how few pieces of the page use them:
    `常宁`, `油茶` tell articles apart, `发展`, `企业` do not."""

    def __init__(self, texts: list[str]):
        self.pairs = [character_pairs(text) for text in texts]
        # pair -> the pieces using it: shares of one piece with all others in one pass
        self.users: defaultdict[str, list[int]] = defaultdict(list)
        for number, pairs in enumerate(self.pairs):
            for pair in pairs:
                self.users[pair].append(number)
        total = len(texts)
        # by how many pieces use a pair; weights are looked up only for the pieces asked about
        self._by_count = [0.0, *(math.log((1 + total) / count) for count in range(1, total + 1))]
        self._shares: dict[int, dict[int, float]] = {}

    def weight(self, pair: str) -> float:
        return self._by_count[len(self.users[pair])]

    def shares(self, piece: int) -> dict[int, float]:
        """Share (0..1, by weight) of the piece's pairs that each other piece uses too
        (pieces sharing none are left out)."""
        if piece not in self._shares:
            by_count, users = self._by_count, self.users
            weights = [(by_count[len(users[pair])], users[pair]) for pair in self.pairs[piece]]
            mass = sum(weight for weight, _ in weights)
            found: dict[int, float] = {}
            for weight, using in weights:
                for other in using:
                    if other != piece:
                        found[other] = found.get(other, 0.0) + weight
            self._shares[piece] = {other: value / mass for other, value in found.items()} if mass else {}
        return self._shares[piece]

    def shared(self, piece: int, other: int) -> float:
        """Share (0..1, by weight) of the piece's pairs that the other piece uses too."""
        return self.shares(piece).get(other, 0.0)
