"""The queue beside the article: the current article's row is always in view, and the
queue scrolls a page at a time, not a row per key press (a jump per A repainted the whole
list at every step)."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.types import ArticleDraft  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402


def test_the_queue_keeps_the_current_row_in_view_and_scrolls_by_pages(qtbot, review_window, tmp_path):
    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        store.import_source(SourceRecord("a.txt", "sha-a", ""),
                            [ArticleDraft(f"第{n}篇，怀化市今年完成投资{n}亿元。") for n in range(1, 121)])
    window = review_window(path)
    table = window.panels.queue.table
    window.session.open_article(window.queue_model.ids[0])
    QApplication.processEvents()
    positions = []
    for _ in range(100):
        qtbot.keyClick(window.panels.article.text, Qt.Key_J)  # next article
        QApplication.processEvents()
        row = window.session.position()
        top = table.rowViewportPosition(row)
        assert 0 <= top and top + table.rowHeight(row) <= table.viewport().height(), row
        assert table.selectionModel().isRowSelected(row)
        positions.append(table.verticalScrollBar().value())
    assert window.session.position() == 100
    jumps = sum(1 for before, after in zip(positions, positions[1:]) if before != after)
    rows_in_view = table.viewport().height() // table.rowHeight(0)
    assert rows_in_view >= 5
    assert 1 <= jumps <= 100 // (rows_in_view - 3) + 1  # a page at a time (a row at a time: ~100 - rows_in_view)
