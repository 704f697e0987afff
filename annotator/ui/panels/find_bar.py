"""Find in the article (`/`, like vim or a browser's find): type a string and the next match
after the caret is selected as you type; Enter goes back to the text with the match still
selected, so a label key labels it at once; F3 / Shift+F3 select the next / previous match
(wrapping around); Esc closes the bar."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from .. import text as T


class FindField(QLineEdit):
    closed = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.closed.emit()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.returnPressed.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, view: QPlainTextEdit, parent=None):
        super().__init__(parent)
        self.view = view
        self.field = FindField()
        self.field.setPlaceholderText(T.find_placeholder())
        self.field.setClearButtonEnabled(True)
        self.note = QLabel()
        self.note.setTextFormat(Qt.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(QLabel("/"))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.note)
        self.origin = 0  # where the search started (Qt position): typing refines from there
        self.field.textEdited.connect(lambda _text: self._find_from(self.origin))
        self.field.returnPressed.connect(self.close_bar)
        self.field.closed.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        cursor = self.view.textCursor()
        self.origin = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        self.show()
        self.field.setFocus(Qt.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self._find_from(self.origin)

    def close_bar(self) -> None:
        self.view.setFocus(Qt.ShortcutFocusReason)  # first: hiding the field would hand focus on
        self.hide()

    def find_next(self, backward: bool = False) -> bool:
        """The next (previous) match after (before) the current selection, wrapping around."""
        if not self.field.text():
            self.open_bar()
            return False
        cursor = self.view.textCursor()
        start = cursor.selectionStart() - 1 if backward else (cursor.selectionEnd() if cursor.hasSelection() else cursor.position())
        return self._find_from(max(start, 0), backward)

    def _find_from(self, position: int, backward: bool = False) -> bool:
        query = self.field.text()
        document = self.view.document()
        if not query:
            self.note.setText("")
            return False
        flags = QTextDocument.FindBackward if backward else QTextDocument.FindFlag(0)
        found = document.find(query, position, flags)
        if found.isNull():  # wrap around
            wrapped = QTextCursor(document)
            wrapped.movePosition(QTextCursor.End if backward else QTextCursor.Start)
            found = document.find(query, wrapped, flags)
        if found.isNull():
            self.note.setText(T.find_none())
            return False
        self.note.setText("")
        self.view.setTextCursor(found)
        self.view.centerCursor()
        return True
