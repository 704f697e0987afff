"""Curation: in a team file (annotator merge), the reviewers' versions of the current article
side by side with it: one row per reviewer (status, how many differences), under it what that
version has that the article has not (+) and the reverse (−). T takes the selected row: a
reviewer's row takes the whole version, a + row takes that span; V moves to the next row.
Hidden when the article has fewer than two versions."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ...core.teamwork import Version, differences
from .. import text as T

OP_NAMES = (QT_TRANSLATE_NOOP("ops", "Take version"), QT_TRANSLATE_NOOP("ops", "Take span"))  # the undo menu
VERSION_ROLE = Qt.UserRole
SPAN_ROLE = Qt.UserRole + 1


class VersionsPanel(QTreeWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.versions: list[Version] = []

    def show_article(self, article, versions: list[Version]) -> None:
        """Rows for these versions against the article as it is now; keeps the selected row."""
        kept = self.choice()
        self.clear()
        self.versions = list(versions) if article is not None and len(versions) >= 2 else []
        for number, version in enumerate(self.versions):
            rows = differences(article, version)
            top = QTreeWidgetItem([self.tr("%1 · %2 · %3 differences").replace("%1", version.reviewer)
                                   .replace("%2", T.status_name(version.status)).replace("%3", str(len(rows)))])
            top.setData(0, VERSION_ROLE, number)
            top.setData(0, SPAN_ROLE, -1)
            for index, sign, description in rows:
                child = QTreeWidgetItem([f"{'+' if sign == '+' else '−'} {description}"])
                child.setData(0, VERSION_ROLE, number)
                child.setData(0, SPAN_ROLE, index)
                top.addChild(child)
            self.addTopLevelItem(top)
        self.expandAll()
        self._select(kept)

    def has_versions(self) -> bool:
        return bool(self.versions)

    def choice(self) -> tuple[int, int] | None:
        """(version number, span index or -1 for the whole version) of the selected row."""
        item = self.currentItem()
        if item is None:
            return None
        return item.data(0, VERSION_ROLE), item.data(0, SPAN_ROLE)

    def select_next(self) -> None:
        items = self._items()
        if not items:
            return
        current = self.currentItem()
        position = items.index(current) + 1 if current in items else 0
        self.setCurrentItem(items[position % len(items)])

    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        for n in range(self.topLevelItemCount()):
            top = self.topLevelItem(n)
            items.append(top)
            items += [top.child(c) for c in range(top.childCount())]
        return items

    def _select(self, choice: tuple[int, int] | None) -> None:
        items = self._items()
        if not items:
            return
        if choice is not None:
            for item in items:
                if (item.data(0, VERSION_ROLE), item.data(0, SPAN_ROLE)) == choice:
                    self.setCurrentItem(item)
                    return
            for item in items:  # the span was taken: stay on that reviewer
                if item.data(0, VERSION_ROLE) == choice[0] and item.data(0, SPAN_ROLE) == -1:
                    self.setCurrentItem(item)
                    return
        self.setCurrentItem(items[0])
