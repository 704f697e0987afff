"""One-line plain-text labels whose text changes at every article (the article's header line,
the status bar's position and "Saved" notes) without laying the window out again.

A QLabel asks its parent's layout to run again whenever its text changes; the status bar and
the article pane then relaid out and repainted whole areas of the window (the legend chips,
the splitter, the size grip) at each A. Qt skips that request for a widget whose minimum
and maximum sizes are equal, so these labels keep a fixed size: the status bar's grow when a
text needs more room (and never shrink, so the bar does not move back and forth), the
header's width follows its pane (a long header is cut off)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QLabel):
    """A plain-text label of fixed size that only grows (status bar widgets)."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)  # article data is never rich text
        self.setText(text)

    def setText(self, text: str) -> None:
        if text == self.text():
            return  # nothing to repaint
        margin = 2 * self.margin() + self.contentsMargins().left() + self.contentsMargins().right()
        width = self.fontMetrics().horizontalAdvance(text) + margin + 2
        height = max(self.fontMetrics().height() + 2 * self.margin(), self.minimumHeight())
        if width > self.minimumWidth() or height != self.maximumHeight():
            self.setFixedSize(max(width, self.minimumWidth()), height)  # grows: one relayout
        super().setText(text)


class HeaderLine(QWidget):
    """A one-line plain-text label as wide as its pane (a long text is cut off). The label
    inside is of fixed size, set from this box's resizes, so a new text only repaints it."""

    def __init__(self, colour: str = "", parent=None):
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.PlainText)
        if colour:
            palette = self._label.palette()
            palette.setColor(QPalette.WindowText, QColor(colour))
            self._label.setPalette(palette)
        height = self._label.fontMetrics().height() + 2
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self._label.setFixedSize(0, height)

    def resizeEvent(self, event) -> None:
        self._label.setFixedSize(self.width(), self.height())
        super().resizeEvent(event)

    def text(self) -> str:
        return self._label.text()

    def setText(self, text: str) -> None:
        if text != self._label.text():
            self._label.setText(text)
