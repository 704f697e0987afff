"""Small questions asked in one line: reviewer name, interface language, article number."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from .. import text as T


def ask_reviewer(parent: QWidget | None, current: str = "") -> str | None:
    name, ok = QInputDialog.getText(parent, T.ask_reviewer_title(), T.ask_reviewer_text(), text=current)
    return name.strip() if ok and name.strip() else None


def ask_language(parent: QWidget | None, current: str) -> str | None:
    names = T.language_names()
    codes = list(names)
    index = codes.index(current) if current in codes else 0
    choice, ok = QInputDialog.getItem(parent, T.language_title(), T.language_text(), list(names.values()), index, False)
    return codes[list(names.values()).index(choice)] if ok else None


def ask_article_number(parent: QWidget | None, total: int, current: int) -> int | None:
    number, ok = QInputDialog.getInt(parent, T.goto_title(), T.goto_text(total), max(1, current), 1, total)
    return number if ok else None
