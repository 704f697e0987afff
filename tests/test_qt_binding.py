"""The Qt binding must not corrupt Python's reference counts: PySide6 6.12.0 dropped a
reference to None on every call of a void method, which aborts a long review session on
Python < 3.12 ("Fatal Python error: none_dealloc")."""
import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_alive(qtbot):
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("怀化市洪江区" * 20)
    cursor = QTextCursor(editor.document())
    char_format = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        cursor.setPosition(3)
        char_format.setBackground(QColor("#4c78a8"))
        editor.setExtraSelections([])
    assert sys.getrefcount(None) >= before - 100
