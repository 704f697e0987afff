"""Offsets at the view's edge. The store counts Python characters (code points); Qt's text
widgets count UTF-16 code units, in which a character beyond the BMP (`𠮷`, most emoji)
takes two. Every offset crossing into or out of a Qt widget goes through here."""
from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets for one text; free when the text has no astral characters."""

    def __init__(self, text: str):
        self.text = text
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]  # one C scan per article

    def to_qt(self, index: int) -> int:
        """Python index -> UTF-16 position."""
        return index + bisect_left(self._astral, index)

    def to_py(self, position: int) -> int:
        """UTF-16 position -> Python index (a position inside a surrogate pair rounds down)."""
        if not self._astral:
            return position
        # the last index whose UTF-16 position is at or before `position`
        low, high = 0, len(self.text) + 1
        while low < high:
            mid = (low + high) // 2
            if self.to_qt(mid) <= position:
                low = mid + 1
            else:
                high = mid
        index = low - 1
        return max(0, min(index, len(self.text)))

    def qt_length(self) -> int:
        return len(self.text) + len(self._astral)
