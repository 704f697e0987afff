"""Reviewing in the app teaches the model in the background: after enough accepted articles
the window trains it in a child process, says so, and the review goes on meanwhile."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from annotator.core import learning  # noqa: E402
from annotator.core.types import ArticleDraft, Entity  # noqa: E402
from annotator.store import SourceRecord, Store  # noqa: E402

pytestmark = pytest.mark.skipif(not learning.available(), reason="python-crfsuite is not installed")


def _article(i: int) -> ArticleDraft:
    text = f"第{i}篇\n欧阳明德在长沙市会见了蓝天行动的代表，湘江集团董事长李卫华陪同。"
    spans = [("欧阳明德", "PER"), ("长沙市", "LOC"), ("蓝天行动", "ORG"), ("湘江集团", "ORG"), ("李卫华", "PER")]
    entities = tuple(Entity(text.index(s), text.index(s) + len(s), label, s, "human") for s, label in spans)
    return ArticleDraft(text, title=f"第{i}篇", entities=entities, needs_extraction=())


def test_accepting_articles_trains_the_model_in_the_background(qtbot, tmp_path, review_window):
    path = tmp_path / "learn.sqlite"
    count = 12
    with Store(path) as store:
        unreviewed = [ArticleDraft(f"第{i}篇\n欧阳明德在长沙市会见了蓝天行动的代表。", title=f"第{i}篇", needs_extraction=())
                      for i in range(count, count + 3)]  # pending, no proposals yet: refreshed after training
        store.import_source(SourceRecord("page.txt", "sha-learn", "x"), [_article(i) for i in range(count)] + unreviewed)
    window = review_window(path)
    with qtbot.waitSignal(window.flows.learned, timeout=180_000) as learned:
        for _ in range(count):
            qtbot.keyClick(window.panels.article.text, Qt.Key_A)
            qtbot.wait(50)
    articles, spans, refreshed = learned.args[0]
    assert window.store.status_counts()["accepted"] >= articles >= window.flows.RETRAIN_EVERY
    assert spans == 5 * articles
    assert refreshed >= 1  # untouched pending articles ahead got the learned proposals
    last = window.store.article_ids()[-1]
    assert ("ORG", "蓝天行动") in {(e.label, e.text) for e in window.store.article(last).entities}
    assert "Learned from" in window.status.saved.text() or "学习" in window.status.saved.text()
    with Store(path) as store:
        assert store.lexicon().model  # kept in the project file
