"""The tag tables' next rows drawn while the reviewer reads, as prepared_text.py does for the
text: painting a table's cells costs the style's drawing of every visible cell (~40 µs a
cell, 2-4 ms a table per article), and its scroll bar about 1 ms more when the number of
rows changes its range.

A twin of the table (the same class, never on screen, as large as the table and with its
column widths) is given the prepared rows and drawn into two pictures: its cells and its
vertical scroll bar. When A puts those rows into the real table, the table paints the
pictures instead, as long as everything they show is what the table would draw itself:
the same rows (any later change of the model drops them), viewport size, column widths and
scroll positions, and nothing only the table on screen can have (the keyboard focus, a
current cell or a selection, an open editor, the mouse over it). Otherwise, and from the
first such change on, it paints as usual.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QScrollBar, QWidget

_LOOK_CHANGES = (QEvent.PaletteChange, QEvent.FontChange, QEvent.StyleChange, QEvent.EnabledChange)


def picture_of(widget: QWidget, ratio: float) -> QImage:
    """`widget` drawn as it paints itself on screen, at device pixel ratio `ratio`."""
    image = QImage(widget.size() * int(ratio), QImage.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(widget.palette().color(QPalette.Base))
    widget.render(image)
    return image


class PicturedScrollBar(QScrollBar):
    """A scroll bar that paints a picture of itself taken from a twin while it is in the
    state the picture shows (range, page, position, size; not pressed, no mouse over it)."""

    def __init__(self, orientation, parent=None):
        super().__init__(orientation, parent)
        self.picture: tuple[QImage, tuple] | None = None

    def look(self) -> tuple:
        return (self.size(), self.minimum(), self.maximum(), self.pageStep(), self.value(), self.isSliderDown(),
                self.underMouse(), self.isEnabled(), self.devicePixelRatioF())

    def paintEvent(self, event) -> None:
        picture = self.picture
        if picture is not None and picture[1] != self.look():
            picture = self.picture = None  # scrolled, pointed at, resized: drawn as usual from now on
        if picture is None:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.drawImage(0, 0, picture[0])
        painter.end()

    def changeEvent(self, event) -> None:
        if event.type() in _LOOK_CHANGES:
            self.picture = None
        super().changeEvent(event)


class TablePicture(NamedTuple):
    token: int  # which prepared rows it shows (SpanTableModel.prepared_token)
    look: tuple  # the table's look (PicturedTable.look) the picture is exact for
    cells: QImage
    scroll_bar: QImage
    scroll_bar_look: tuple


class PicturedTable:
    """What a tag table (span_model.OwnKeysTable) mixes in to paint its prepared rows from
    pictures. The table must use a PicturedScrollBar and call `adopt_picture` when its
    model has set its rows."""

    def init_pictures(self) -> None:
        self._picture: TablePicture | None = None  # painted while the table looks as it shows
        self._next_picture: TablePicture | None = None  # of the rows prepared for the next article
        self._twin = None

    def watch_model(self, model) -> None:
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(self._drop_picture)

    def _drop_picture(self, *_) -> None:
        self._picture = None

    def look(self) -> tuple:
        """Everything of the table's state that its cells' drawing depends on besides the rows."""
        viewport, header = self.viewport(), self.horizontalHeader()
        bar = self.verticalScrollBar()
        return (viewport.size(), tuple(header.sectionSize(n) for n in range(header.count())),
                bar.minimum(), bar.maximum(), bar.value(), self.horizontalScrollBar().value(),
                viewport.devicePixelRatioF(), self.hasFocus(), self.currentIndex().isValid(),
                self.selectionModel().hasSelection(), self.state() == QAbstractItemView.EditingState,
                viewport.underMouse(), self.isEnabled())

    def prepare_picture(self) -> None:
        """The twin shows the model's prepared rows (SpanTableModel.prepare_rows) at this
        table's size and column widths; its cells and scroll bar are drawn into pictures."""
        self._next_picture = None
        model = self.model()
        ratio = self.viewport().devicePixelRatioF()
        if model.twin is None or not self.isVisible() or self.viewport().size().isEmpty() or ratio != int(ratio):
            return  # on a fractional pixel ratio a picture would not land on the same pixels
        twin = self._twin
        if twin is None:
            twin = self._twin = type(self)(model.twin)
            twin.setParent(self, Qt.Window)  # a window of its own, deleted with the table
            twin.setAttribute(Qt.WA_DontShowOnScreen)  # laid out and drawn, never on screen
        twin.show()
        twin.resize(self.size())
        header, twin_header = self.horizontalHeader(), twin.horizontalHeader()
        for section in range(header.count()):
            twin_header.resizeSection(section, header.sectionSize(section))
        twin.executeDelayedItemsLayout()
        # the scroll bars that come and go with the new rows lay the twin out again in a later
        # turn of the event loop (a posted LayoutRequest): done now, as it will be on screen
        QCoreApplication.sendPostedEvents(twin, QEvent.LayoutRequest)
        bar = twin.verticalScrollBar()
        self._next_picture = TablePicture(model.prepared_token, twin.look(), picture_of(twin.viewport(), ratio),
                                          picture_of(bar, ratio), bar.look())
        # hidden until the next preparation: when A takes its rows, a twin still shown would
        # lay out and paint its emptied table in the key press
        twin.hide()

    def adopt_picture(self) -> None:
        """The rows are set: paint the pictures when they show exactly these rows, laid out so."""
        model, picture = self.model(), self._next_picture
        self._picture = self.verticalScrollBar().picture = None
        if model._prepared is None:  # the prepared rows were put in, or passed over
            self._next_picture = None
        if picture is None or picture.token != model.shown_prepared or picture.look != self.look():
            return
        self._picture = picture
        self.verticalScrollBar().picture = (picture.scroll_bar, picture.scroll_bar_look)

    def paint_picture(self, event) -> bool:
        """True when the cells were painted from the picture."""
        picture = self._picture
        if picture is not None and picture.look != self.look():
            picture = self._picture = None  # focused, selected, scrolled, resized: drawn as usual from now on
        if picture is None:
            return False
        painter = QPainter(self.viewport())
        painter.drawImage(0, 0, picture.cells)
        painter.end()
        return True
