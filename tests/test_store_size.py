"""The project file stays lean (issue 15, schema v14): what pre-extraction proposed is kept
compressed and spans carry no index by label, while `evaluate --reviewed` reads the same
proposals as before, older files included."""
import json
import sqlite3
from pathlib import Path

from annotator.core.types import ArticleDraft, Entity
from annotator.store import SourceRecord, Store
from annotator.store.migrations import MIGRATIONS

SENTENCE = "怀化市洪江区今年完成投资，湖南省委书记在长沙调研。"
PLACES = [(0, 3, "LOC"), (3, 6, "LOC"), (15, 17, "LOC"), (19, 21, "LOC")]


def _pages_in_use(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_count").fetchone()[0] - conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()


def _v13_project(path: Path, articles: int) -> dict[int, list]:
    """A project as annotator left it at schema v13: proposals as JSON text, 40 per article."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:13]:
        step(conn)
    conn.execute("PRAGMA user_version = 13")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO sources (name, sha256, imported_at) VALUES ('old.txt', 'x', '2023-01-01')")
    proposed = {}
    for number in range(1, articles + 1):
        text = SENTENCE * 10 + f"（{number}）"
        spans = [[label, start + 25 * n, end + 25 * n] for n in range(10) for start, end, label in PLACES]
        proposed[number] = spans
        conn.execute("INSERT INTO articles (source_id, title, text, content_hash, status, updated_at, proposed) "
                     "VALUES (1, '旧', ?, ?, 'accepted', '2023', ?)", [text, f"h{number}", json.dumps(spans)])
        conn.executemany('INSERT INTO entities (article_id, start, "end", label, text, origin) VALUES (?, ?, ?, ?, ?, ?)',
                         [(number, s, e, label, text[s:e], "auto") for label, s, e in spans])
    conn.execute("COMMIT")
    conn.close()
    return proposed


def test_an_older_project_reads_the_same_proposals_in_less_space(tmp_path):
    path = tmp_path / "v13.sqlite"
    proposed = _v13_project(path, articles=400)
    before = _pages_in_use(path)
    with Store(path) as store:
        assert {article_id: spans for article_id, spans, _final in store.reviewed_pairs()} == proposed
        labels = {row[0] for row in store.db.execute("SELECT label FROM entities")}
        assert labels == {"LOC"} and store.label_uses("LOC")[0][1].text == "怀化市"
    after = _pages_in_use(path)
    assert after < 0.9 * before, (before, after)  # 0.99 before v14


def test_proposals_written_now_come_back_as_proposed(tmp_path):
    text = SENTENCE * 10
    entities = [Entity(start + 25 * n, end + 25 * n, label, text[start + 25 * n:end + 25 * n], "auto")
                for n in range(10) for start, end, label in PLACES]
    with Store(tmp_path / "p.sqlite") as store:
        store.import_source(SourceRecord("a.txt", "a", text), [
            ArticleDraft(text=text, entities=entities, status="accepted"),
            ArticleDraft(text="没有地名。", status="accepted"),
        ])
        pairs = {article_id: spans for article_id, spans, _final in store.reviewed_pairs()}
    assert pairs == {1: [[e.label, e.start, e.end] for e in entities], 2: []}


def test_a_merge_undone_and_redone_keeps_what_was_proposed(tmp_path):
    """A merge records whole article rows in history and its undo writes them back (so does
    an import's undo): the proposals come back as they were."""
    from annotator.core import restructure as R

    text = SENTENCE * 10
    entities = [Entity(start + 25 * n, end + 25 * n, label, text[start + 25 * n:end + 25 * n], "auto")
                for n in range(10) for start, end, label in PLACES]
    second = "第二篇：" + text
    with Store(tmp_path / "p.sqlite") as store:
        store.import_source(SourceRecord("a.txt", "a", text), [
            ArticleDraft(text=text, entities=entities, status="accepted"),
            ArticleDraft(text=second, entities=[Entity(e.start + 4, e.end + 4, e.label, e.text, "auto") for e in entities],
                         status="accepted"),
        ])
        before = {article_id: spans for article_id, spans, _final in store.reviewed_pairs()}
        store.apply(R.merge(store.article(1), store.article(2)), "tester")
        store.undo("tester")
        assert {article_id: spans for article_id, spans, _final in store.reviewed_pairs()} == before
        store.redo("tester")
        store.undo("tester")
        assert {article_id: spans for article_id, spans, _final in store.reviewed_pairs()} == before
