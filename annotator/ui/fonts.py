"""A Chinese font first. The articles, the tag tables and the queue are Chinese text; with a
Latin-only font in front (the default of an English desktop, and of Qt's offscreen platform)
Qt looks for a fallback font for every character it lays out, about a fifth of the painting
time of moving to the next article (benchmarks/bench_ui.py). Latin text is drawn by the
Chinese font too (these families carry Latin glyphs)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

CHINESE_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei",
                    "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                    "Droid Sans Fallback")


def chinese_first(font: QFont) -> QFont:
    """`font` with the first installed Chinese family in front of its own (unchanged when
    none is installed or one leads already)."""
    installed = set(QFontDatabase.families())
    chosen = next((family for family in CHINESE_FAMILIES if family in installed), None)
    if chosen is None or font.families()[:1] == [chosen] or font.family() in CHINESE_FAMILIES:
        return font
    result = QFont(font)
    result.setFamilies([chosen, *[family for family in font.families() if family != chosen]])
    return result


def use_chinese_font(app: QApplication) -> None:
    app.setFont(chinese_first(app.font()))
