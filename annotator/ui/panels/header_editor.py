"""Ctrl+T, or a double click on the headline: the article's title and subtitle edited in
place, in two line edits laid over the header lines of the text. Enter saves both (one
undoable step, see core/restructure.py), Esc or leaving the editor puts the text back as it
was; Tab goes from the title to the subtitle."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPlainTextEdit


class HeaderEditor(QFrame):
    """Two line edits over the top of a text view's viewport (where the title and
    subtitle lines are), shown only while editing."""

    edited = Signal(str, str)  # title, subtitle

    def __init__(self, text_view: QPlainTextEdit):
        super().__init__(text_view.viewport())
        self.view = text_view
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.title_edit, self.subtitle_edit = QLineEdit(self), QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.subtitle_edit.setObjectName("subtitle")
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.subtitle_edit.setPlaceholderText(self.tr("Subtitle (——…), empty for none"))
        font = text_view.font()
        font.setBold(True)
        self.title_edit.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title_edit, 3)
        layout.addWidget(self.subtitle_edit, 2)
        for edit in (self.title_edit, self.subtitle_edit):
            edit.returnPressed.connect(self._save)
            edit.installEventFilter(self)
        self.hide()

    def open(self, title: str, subtitle: str) -> None:
        self.title_edit.setText(title)
        self.subtitle_edit.setText(subtitle)
        self.setGeometry(0, 0, self.view.viewport().width(), self.sizeHint().height())
        self.show()
        self.raise_()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def is_open(self) -> bool:
        return self.isVisible()

    def cancel(self) -> None:
        if self.isVisible():
            self.hide()
            self.view.setFocus()

    def _save(self) -> None:
        title, subtitle = self.title_edit.text().strip(), self.subtitle_edit.text().strip()
        self.hide()
        self.view.setFocus()
        self.edited.emit(title, subtitle)

    # Keys the editor takes although the window binds them (Tab walks the spans).
    _OWN_KEYS = (Qt.Key_Escape, Qt.Key_Tab, Qt.Key_Backtab)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.ShortcutOverride and event.key() in self._OWN_KEYS:
            event.accept()  # deliver it as a key press here, not as the window's shortcut
            return True
        if event.type() == QEvent.KeyPress and event.key() == Qt.Key_Escape:
            self.cancel()
            return True
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Tab, Qt.Key_Backtab):
            other = self.subtitle_edit if watched is self.title_edit else self.title_edit
            other.setFocus(Qt.TabFocusReason)
            other.selectAll()
            return True
        if event.type() == QEvent.FocusOut:
            # Leaving the editor (a click elsewhere, another window) drops the edit; moving
            # between its two fields does not. Decided once focus has settled.
            QTimer.singleShot(0, self._cancel_unless_focused)
        return False

    def _cancel_unless_focused(self) -> None:
        focused = self.focusWidget() if self.isVisible() else None
        if self.isVisible() and not (focused is not None and focused.hasFocus()):
            self.hide()


def header_line_at(view: QPlainTextEdit, position: int, lines: int) -> bool:
    """Whether a text position lies in one of the first `lines` blocks (the header)."""
    block = view.document().findBlock(position)
    return block.isValid() and block.blockNumber() < lines

