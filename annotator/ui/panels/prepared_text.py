"""The next article, prepared while the reviewer reads the one on screen.

Most of what pressing A costs is Qt setting the next text, laying out its lines and drawing
its glyphs (a few microseconds per Chinese character on the GUI thread). The article A will
show is known: the next pending one. So after an article is shown and the event loop is idle,
its document is built (text, paragraph spacing, header, span colours) and the first screen of
it is drawn into a picture, as the text view would draw it. When A then shows that article,
and it is still the same (text, title, spans and colours compared with what the store returns
at that moment), the view takes the document and paints the picture instead of drawing the
text. The picture is used until anything it shows changes (a scroll, a selection, a focused
span, a resize); from then on the view paints as usual.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QSize, QTimer
import shiboken6
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from ...core.types import Article
from ..utf16 import OffsetMap


@dataclass
class PreparedText:
    look: tuple  # what the document shows (look_of): used only while this is unchanged
    document: QTextDocument
    formatted: dict  # block number -> the span ranges set on its layout
    header_lines: int
    offsets: OffsetMap
    image: QImage | None  # the first screen, or None when it cannot be drawn exactly
    layout_owner: QPlainTextEdit | None = None  # gave the layout its width (lay_out_for)
    size: QSize | None = None  # the viewport's size it was laid out for: shown only at that size
    scroll_bar: tuple | None = None  # (picture, look) of the vertical scroll bar with this document

    def discard(self) -> None:
        """Not shown after all: the document and its layout's owner go."""
        self.release_layout()
        self.document.deleteLater()

    def release_layout(self) -> None:
        """The view that took the document owns its layout from now on (and rewraps it on
        resizes): the throwaway that laid it out is deleted."""
        if self.layout_owner is not None:
            shiboken6.delete(self.layout_owner)
            self.layout_owner = None


def look_of(article: Article, colours: dict[str, QColor]) -> tuple:
    """Everything of an article and the label colours that its text view shows."""
    return (article.id, article.text, article.title, article.subtitle, article.entities, article.metrics,
            tuple(sorted((name, colour.rgba()) for name, colour in colours.items())))


def render_top(document: QTextDocument, size: QSize, ratio: float, palette: QPalette) -> QImage | None:
    """The top of `document` as a QPlainTextEdit viewport of `size` paints it when scrolled
    to the top, without a caret or a selection: the base colour, then each block's layout
    from the document margin down until the viewport is full. None for a fractional device
    pixel ratio, where a picture would not land on the same pixels."""
    if ratio != int(ratio) or size.isEmpty():
        return None
    layout = document.documentLayout()
    image = QImage(size * int(ratio), QImage.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(palette.color(QPalette.Base))
    painter = QPainter(image)
    painter.setPen(palette.color(QPalette.Text))
    offset = QPointF(0, document.documentMargin())
    block = document.firstBlock()
    while block.isValid() and offset.y() <= size.height():
        height = layout.blockBoundingRect(block).height()  # lays the block out
        block.layout().draw(painter, offset)
        offset.setY(offset.y() + height)
        block = block.next()
    painter.end()
    return image


def lay_out_for(document: QTextDocument, size: QSize) -> QPlainTextEdit:
    """Lay `document` out as a QPlainTextEdit viewport of `size` would: its width, and the
    last screen of it (what the view measures for its scroll bar when it takes a document).
    A plain-text layout takes its width only from a QPlainTextEdit it is set on (the call is
    private): a throwaway, never shown, kept until the view has taken the document (the view
    then leaves the width as it is, instead of laying every block out again), and deleted
    then (PreparedText.release_layout), so that the view owns the layout and rewraps it on
    every resize."""
    setter = QPlainTextEdit()
    setter.viewport().resize(size)
    setter.setDocument(document)
    layout, height, block = document.documentLayout(), 0.0, document.lastBlock()
    while block.isValid() and height < size.height():
        height += layout.blockBoundingRect(block).height()
        block = block.previous()
    return setter


def scroll_range(document: QTextDocument, height: int) -> tuple[int, int]:
    """The vertical scroll bar's maximum and page step (in lines) of a QPlainTextEdit whose
    viewport is `height` pixels high, showing `document` as laid out now: the lines of the
    last screen, counted from the end as QPlainTextEdit counts them for its scroll bar."""
    layout, block = document.documentLayout(), document.lastBlock()
    visible, y, from_bottom = height - document.documentMargin() - 1, 0.0, 0
    while block.isValid():
        if not block.isVisible():
            block = block.previous()
            continue
        y += layout.blockBoundingRect(block).height()
        lines = block.layout().lineCount()
        if y > visible:
            line = 0
            while line < lines and block.layout().lineAt(line).naturalTextRect().top() < y - visible:
                line += 1
            from_bottom += lines - line
            break
        from_bottom += lines
        block = block.previous()
    return max(0, document.lineCount() - from_bottom), from_bottom


class NextArticle(QObject):
    """Prepares the article A would show next, once the event loop has been idle for
    `delay_ms` after an article was shown (a held key or quick presses never wait for it)."""

    def __init__(self, parent, following: Callable[[], Article | None], prepare: Callable[[Article], None],
                 delay_ms: int = 40):
        super().__init__(parent)
        self.following, self._prepare = following, prepare
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._run)

    def article_shown(self) -> None:
        self._timer.start()

    def _run(self) -> None:
        article = self.following()
        if article is not None:
            self._prepare(article)
