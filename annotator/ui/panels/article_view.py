"""The article: its header, a legend of labels, and the text (plain text, read-only, never
interpreted as HTML) with spans highlighted in their label colours and the focused span
outlined. Offsets cross between Python indices and Qt's UTF-16 positions here only."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor, QFont, QPainter, QPaintEvent, QPen, QRegion, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPlainTextDocumentLayout, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...core.types import Article, Entity, Label
from .. import text as T
from ..utf16 import OffsetMap
from .find_bar import FindBar
from .header_editor import HeaderEditor, header_line_at
from .steady_label import HeaderLine
from .prepared_table import PicturedScrollBar, picture_of
from .prepared_text import PreparedText, lay_out_for, look_of, render_top, scroll_range


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)  # article data is never rich text
    return label


class SpanText(QPlainTextEdit):
    """Read-only text with highlighted spans; keyboard and mouse selection both work."""

    span_clicked = Signal(object)
    header_double_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.header_lines = 0  # title and subtitle lines at the top of the text
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self.offsets = OffsetMap("")
        self.spans: list = []
        self.focused = None
        self.colours: dict[str, QColor] = {}
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}  # (label, focused) -> format
        self._formatted: dict[int, tuple] = {}  # block number -> the span ranges set on its layout
        self.document().setUndoRedoEnabled(False)  # read-only: styling it keeps no undo steps
        # Always there: the viewport's size does not depend on the article's length, so a
        # prepared picture of the next article fits it (and no relayout when it toggles).
        self.setVerticalScrollBar(PicturedScrollBar(Qt.Vertical, self))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self._bar_twin: PicturedScrollBar | None = None  # draws the scroll bar of a prepared article
        self.prepared: PreparedText | None = None  # the article A is expected to show next
        self._picture = None  # (image, the state it shows) while the top of the text is that picture
        # when idle, as NextArticle: not inside the key press that swapped the document in
        self._lay_out_timer = QTimer(self, singleShot=True, interval=40)
        self._lay_out_timer.timeout.connect(self._lay_out_top)

    # Tab walks the spans (an action), not the focus chain.
    def focusNextPrevChild(self, next_child: bool) -> bool:
        return False

    def set_colours(self, colours: dict[str, QColor]) -> None:
        if colours is not self.colours:
            self.colours, self._formats, self._picture = colours, {}, None
            self._formatted = {number: None for number in self._formatted}  # every block again

    def show_article(self, article: Article | None, colours: dict[str, QColor]) -> None:
        self.set_colours(colours)
        prepared, self.prepared = self.prepared, None
        if prepared is not None and article is not None and prepared.look == look_of(article, colours) \
                and prepared.size == self.viewport().size():  # resized since: laid out for another width
            self._adopt(prepared, article)
            return
        if prepared is not None:
            prepared.discard()
        text = article.text if article else ""
        if text != self.toPlainText():
            self._set_text(text)
            self._formatted = {}  # new blocks, no formats yet
            self._space_paragraphs(self.document())
            self.header_lines = self._style_header(self.document(), article)
        self.offsets = OffsetMap(text)
        self.spans = [*article.entities, *article.metrics] if article else []
        self.refresh_highlights()

    # -- the next article, prepared while the reviewer reads this one -------------------
    def new_document(self) -> QTextDocument:
        """An empty document set up as this view's own (font, plain-text layout, no undo)."""
        document = QTextDocument(self)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(self.document().defaultFont())
        document.setDefaultTextOption(self.document().defaultTextOption())
        document.setDocumentMargin(self.document().documentMargin())
        document.setUndoRedoEnabled(False)
        return document

    def prepare(self, article: Article) -> None:
        """Build `article`'s document (text, spacing, header, span colours) and a picture of
        its first screen, as this view would paint it: showing it later is a swap of
        documents and one copy of pixels instead of setting, laying out and drawing the text
        (most of what A costs). Used only if the article is still the same when shown."""
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None
        document = self.new_document()
        document.setPlainText(article.text)
        self._space_paragraphs(document)
        header_lines = self._style_header(document, article)
        offsets = OffsetMap(article.text)
        formatted, _ = self._set_formats(document, [*article.entities, *article.metrics], offsets, None, {})
        viewport = self.viewport()
        owner = lay_out_for(document, viewport.size())
        image = render_top(document, viewport.size(), viewport.devicePixelRatioF(), viewport.palette())
        self.prepared = PreparedText(look_of(article, self.colours), document, formatted, header_lines, offsets, image,
                                     owner, viewport.size(), self._scroll_bar_picture(document))

    def _scroll_bar_picture(self, document: QTextDocument) -> tuple | None:
        """The scroll bar as it will be with the prepared document (its range and page as
        the view will work them out, scrolled to the top), drawn by a twin that is never on
        screen. Painted only while the view's scroll bar is in exactly that state."""
        bar, ratio = self.verticalScrollBar(), self.viewport().devicePixelRatioF()
        if ratio != int(ratio) or bar.size().isEmpty():
            return None
        if self._bar_twin is None:
            self._bar_twin = PicturedScrollBar(Qt.Vertical)
            self._bar_twin.setParent(self, Qt.Window)  # a window of its own, deleted with the view
            self._bar_twin.setAttribute(Qt.WA_DontShowOnScreen)
        twin = self._bar_twin
        twin.show()
        twin.resize(bar.size())
        maximum, page = scroll_range(document, self.viewport().height())
        twin.setRange(0, maximum)
        twin.setPageStep(page)
        twin.setSingleStep(bar.singleStep())
        twin.setValue(0)
        picture = picture_of(twin, ratio), twin.look()
        twin.hide()
        return picture

    def _adopt(self, prepared: PreparedText, article: Article) -> None:
        old = self.document()
        self.setDocument(prepared.document)
        prepared.release_layout()
        if shiboken6.isValid(old) and old.parent() is self:  # one prepared before (the first is Qt's own)
            old.deleteLater()
        self.setTextCursor(QTextCursor(prepared.document))
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self.header_lines, self.offsets, self._formatted = prepared.header_lines, prepared.offsets, prepared.formatted
        self.spans = [*article.entities, *article.metrics]
        self.focused = None
        self._picture = (prepared.image, self._picture_state()) if prepared.image is not None else None
        self.verticalScrollBar().picture = prepared.scroll_bar  # painted while its range and page are those drawn
        self.viewport().update()
        self._lay_out_timer.start()  # the top laid out once the picture is on screen and the loop idle

    def _lay_out_top(self) -> None:
        """Lay out the blocks on screen (the scroll bar's range then counts their lines), as
        the first ordinary paint would have."""
        document, layout = self.document(), self.document().documentLayout()
        height, block = 0.0, document.firstBlock()
        while block.isValid() and height <= self.viewport().height():
            height += layout.blockBoundingRect(block).height()
            block = block.next()

    def _picture_state(self) -> tuple:
        """What the prepared picture depends on; painting it is right while this is unchanged."""
        viewport, cursor = self.viewport(), self.textCursor()
        return (id(self.document()), self.document().revision(), viewport.size(), viewport.devicePixelRatioF(),
                self.verticalScrollBar().value(), self.horizontalScrollBar().value(), cursor.hasSelection(),
                self.focused is None, len(self.extraSelections()))

    def _set_text(self, text: str) -> None:
        """The document's own setPlainText, then the caret at the start and the view at the
        top, as QPlainTextEdit.setPlainText leaves them. That one also gives the whole new
        text the (empty) insertion format in a second pass: ~0.7 ms of each article shown."""
        self.document().setPlainText(text)
        self.setTextCursor(QTextCursor(self.document()))
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)

    def _space_paragraphs(self, document: QTextDocument) -> None:
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(self.fontMetrics().height() * 0.45)
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.Document)
        cursor.mergeBlockFormat(spacing)

    def _style_header(self, document: QTextDocument, article: Article | None) -> int:
        """The title and subtitle lines at the top in bold; how many there are."""
        if not article:
            return self.header_lines
        header_lines = [line for line in (article.title, article.subtitle) if line]
        block = document.firstBlock()
        count = 0
        for wanted in header_lines:
            if not block.isValid() or block.text() != wanted:
                break
            count += 1
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
            header = QTextCharFormat()
            header.setFontWeight(QFont.Bold)
            if wanted == article.title:
                header.setFontPointSize(self.font().pointSizeF() * 1.3)
            cursor.mergeCharFormat(header)
            block = block.next()
        return count

    def set_focused(self, span) -> None:
        if span is None and self.focused is None:
            return  # nothing to repaint (moving on to the next article: shown already)
        self.focused = span
        self.refresh_highlights()
        if span is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_qt(span.start))
            self.setTextCursor(cursor)
            self.show_with_context()

    def show_with_context(self) -> None:
        """Scroll so that the caret has a few lines of context above and below it: centred
        when it is off screen or near an edge, left alone when it is well inside."""
        margin = 3 * self.fontMetrics().height()
        rect, height = self.cursorRect(), self.viewport().height()
        if rect.top() < margin or rect.bottom() > height - margin:
            self.centerCursor()

    def refresh_highlights(self) -> None:
        """Span colours as formats of the text's own layout (what QSyntaxHighlighter does),
        not ExtraSelections: those cost a cursor (and a line layout) per span edge, and each
        one draws its lines' text again on every paint. Only the blocks whose spans or
        focus changed are laid out again."""
        self._formatted, changed = self._set_formats(self.document(), self.spans, self.offsets, self.focused,
                                                     self._formatted)
        if changed:
            self._picture = None
        self.viewport().update()

    def _set_formats(self, document: QTextDocument, spans, offsets: OffsetMap, focused, formatted: dict) -> tuple[dict, list]:
        """Set each block's span ranges on its layout where they differ from `formatted`
        (block number -> ranges set before); the new map, and the blocks changed."""
        wanted: dict[int, list[tuple[int, int, str, bool]]] = {}
        for span in spans:
            label = span.label if isinstance(span, Entity) else "METRIC"
            start, end = offsets.to_qt(span.start), offsets.to_qt(span.end)
            block = document.findBlock(start)
            while block.isValid() and block.position() < end:
                at = block.position()
                low, high = max(start, at), min(end, at + block.length() - 1)
                if high > low:
                    wanted.setdefault(block.blockNumber(), []).append((low - at, high - low, label, span == focused))
                block = block.next()
        changed = []
        for number in wanted.keys() | formatted.keys():
            ranges = tuple(wanted.get(number, ()))
            if formatted.get(number) == ranges:
                continue
            block = document.findBlockByNumber(number)
            if block.isValid():
                block.layout().setFormats([self._format_range(*r) for r in ranges])
                changed.append(block)
        # Laid out again: one or two blocks (the focus moved) at once, many (a new article)
        # lazily, when they are painted.
        if len(changed) <= 2:
            for block in changed:
                document.markContentsDirty(block.position(), block.length())
        else:
            first = min(block.position() for block in changed)
            document.markContentsDirty(first, max(block.position() + block.length() for block in changed) - first)
        return {number: tuple(ranges) for number, ranges in wanted.items()}, changed

    def _format_range(self, start: int, length: int, label: str, focused: bool) -> QTextLayout.FormatRange:
        key = (label, focused)
        char_format = self._formats.get(key)
        if char_format is None:
            colour = QColor(self.colours.get(label, QColor("#cccccc")))
            colour.setAlpha(230 if focused else 90)
            char_format = QTextCharFormat()
            char_format.setBackground(colour)
            if focused:
                char_format.setForeground(QColor("white"))
            self._formats[key] = char_format
        # Built apart and assigned whole: mutating a FormatRange's format in place trips a
        # reference-counting bug in PySide6 after many articles.
        format_range = QTextLayout.FormatRange()
        format_range.start, format_range.length, format_range.format = start, length, char_format
        return format_range

    def selection(self) -> tuple[int, int] | None:
        """The selected range in Python indices, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.to_py(cursor.selectionStart()), self.offsets.to_py(cursor.selectionEnd())

    def caret(self) -> int:
        """The caret's position in Python indices."""
        return self.offsets.to_py(self.textCursor().position())

    def span_at(self, position: int):
        index = self.offsets.to_py(position)
        inside = [s for s in self.spans if s.start <= index < s.end]
        return min(inside, key=lambda s: s.end - s.start, default=None)

    def mouseDoubleClickEvent(self, event) -> None:
        position = self.cursorForPosition(event.position().toPoint()).position()
        if header_line_at(self, position, self.header_lines):
            self.header_double_clicked.emit()  # edit the headline in place
            return
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            span = self.span_at(self.cursorForPosition(event.position().toPoint()).position())
            if span is not None:
                self.span_clicked.emit(span)

    def paintEvent(self, event) -> None:
        if self._picture is not None and self._picture[1] != self._picture_state():
            self._picture = None  # scrolled, selected, resized, restyled: drawn as usual from now on
        if self._picture is None:
            super().paintEvent(event)
        else:
            self._paint_picture(event)
        if self.focused is None:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(QColor("#202020"), 2))
        for rect in self._span_rects(self.focused):
            painter.drawRect(rect.adjusted(-1, -1, 1, 1))

    def _paint_picture(self, event) -> None:
        """The prepared picture of the text; the caret (when the view has the focus) drawn
        by Qt itself in its own small rectangle, so it blinks as usual."""
        caret = self.cursorRect().adjusted(-2, -2, 2, 2) & event.rect() if self.hasFocus() else QRect()
        if not caret.isEmpty():
            super().paintEvent(QPaintEvent(caret))
        painter = QPainter(self.viewport())
        painter.setClipRegion(QRegion(event.rect()).subtracted(QRegion(caret)))
        painter.drawImage(0, 0, self._picture[0])
        painter.end()

    def _span_rects(self, span) -> list[QRect]:
        """One rectangle per screen line the span covers (the focused span's outline)."""
        rects: list[QRect] = []
        cursor = QTextCursor(self.document())
        start, end = self.offsets.to_qt(span.start), self.offsets.to_qt(span.end)
        for position in range(start, end + 1):
            cursor.setPosition(position)
            rect = self.cursorRect(cursor)
            if rects and rects[-1].top() == rect.top():
                rects[-1] = rects[-1].united(rect)
            else:
                rects.append(rect)
        return rects


class ArticleView(QWidget):
    span_clicked = Signal(object)
    title_edited = Signal(str, str)  # the reviewer's new title and subtitle

    def __init__(self, parent=None):
        super().__init__(parent)
        # Its text changes with every article: it must not relayout the pane (steady_label.py).
        self.header = HeaderLine("#555")
        self.legend = QHBoxLayout()
        self.legend.setSpacing(6)
        self.text = SpanText()
        self.offer = _plain_label()
        self.offer.setStyleSheet("background: #fff3c4; padding: 4px;")
        self.offer.hide()
        self.find_bar = FindBar(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(self.legend)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.offer)
        self.text.span_clicked.connect(self.span_clicked)
        self.colours: dict[str, QColor] = {}
        self.article: Article | None = None
        self.header_editor = HeaderEditor(self.text)
        self.header_editor.edited.connect(self.title_edited)
        self.text.header_double_clicked.connect(self.edit_header)

    def set_labels(self, labels: list[Label]) -> None:
        self.colours = {label.name: QColor(label.colour) for label in labels}
        while self.legend.count():
            item = self.legend.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for label in labels:
            chip = _plain_label(f"{label.shortcut} {label.name}" if label.shortcut else label.name)
            colour = QColor(label.colour)
            chip.setStyleSheet(f"background: {colour.name()}; color: white; padding: 2px 6px; border-radius: 3px;")
            self.legend.addWidget(chip)
        self.legend.addStretch(1)
        self.text.set_colours(self.colours)
        self.text.refresh_highlights()

    def edit_header(self) -> None:
        """Ctrl+T or a double click on the headline: title and subtitle edited in place."""
        if self.article is not None:
            self.header_editor.open(self.article.title, self.article.subtitle)

    def show_article(self, article: Article | None, position: int) -> None:
        if article is None or self.article is None or article.id != self.article.id:
            self.header_editor.cancel()  # an edit is for the article it was opened on
        self.article = article
        if article is None:
            self.header.setText(T.no_article())
        else:
            self.header.setText(T.article_header(article.source, article.id, article.status, article.reviewer))
        self.text.show_article(article, self.colours)

    def set_focused(self, span) -> None:
        self.text.set_focused(span)

    def show_offer(self, message: str) -> None:
        self.offer.setText(message)
        self.offer.setVisible(bool(message))
