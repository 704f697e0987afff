"""Article texts kept as UTF-16 (issue 15, schema v15, store/texts.py): an older project
opens, migrates and keeps every text and span, takes less space, and its search finds what
Python's `in` finds; the file stays readable and checkable without the app's function."""
import sqlite3
from pathlib import Path

from annotator.core import restructure as R
from annotator.core.types import ArticleDraft, Entity
from annotator.store import SourceRecord, Store
from annotator.store.migrations import MIGRATIONS
from annotator.store.queries import ArticleFilter

SENTENCE = "怀化市洪江区今年完成投资，湖南省委书记在长沙调研。"
ASCII_TEXT = "Report 2024: GDP grew 5.2% in Huaihua (怀化)."


def _texts(number: int) -> str:
    return SENTENCE * 30 + f"第{number}篇" + ("沙漠" if number % 7 == 0 else "江区")


def _v14_project(path: Path, articles: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:14]:
        step(conn)
    conn.execute("PRAGMA user_version = 14")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO sources (name, sha256, imported_at) VALUES ('old.txt', 'x', '2023-01-01')")
    for number in range(1, articles + 1):
        text = ASCII_TEXT if number == 3 else _texts(number)
        conn.execute("INSERT INTO articles (source_id, title, text, content_hash, status, updated_at) "
                     "VALUES (1, ?, ?, ?, 'pending', '2023')", [f"标题{number}", text, f"h{number}"])
        if number != 3:
            conn.execute('INSERT INTO entities (article_id, start, "end", label, text, origin) '
                         "VALUES (?, 0, 3, 'LOC', '怀化市', 'auto')", [number])
    conn.execute("COMMIT")
    conn.close()


def _raw(path: Path):
    """What a connection without the app's function sees: the stored values and SQLite's
    own check of the whole file."""
    conn = sqlite3.connect(path)
    try:
        return (dict(conn.execute("SELECT id, text FROM articles")),
                conn.execute('SELECT article_id, start, "end", label, text FROM entities ORDER BY id').fetchall(),
                conn.execute("PRAGMA page_count").fetchone()[0] - conn.execute("PRAGMA freelist_count").fetchone()[0],
                conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _found(store: Store, query: str) -> list[int]:
    return store.article_ids(ArticleFilter(query=query))


def test_an_older_project_keeps_every_text_in_less_space_and_finds_the_same(tmp_path):
    path = tmp_path / "v14.sqlite"
    _v14_project(path, articles=300)
    texts_before, spans_before, pages_before, _ = _raw(path)
    with Store(path) as store:
        assert store.schema_version >= 15 and store.backup is not None
        assert {a.id: a.text for a in store.iter_articles()} == texts_before
        titles = {a.id: a.title for a in store.iter_articles()}
        for query in ("怀化市洪江区", "洪江区", "第7篇", "沙漠", "江区", "区今", "怀", "Huaihua", "5.2%", "篇沙"):
            expected = [i for i, text in texts_before.items() if query in text or query in titles[i]]
            assert _found(store, query) == expected, query
    stored, spans_after, pages_after, check = _raw(path)
    assert spans_after == spans_before and check == "ok"  # checkable by any SQLite, the shell too
    assert isinstance(stored[1], bytes) and stored[1].decode("utf-16-le") == texts_before[1]
    assert stored[3] == ASCII_TEXT  # mostly ASCII: UTF-8 is the shorter, kept as text
    assert pages_after < 0.85 * pages_before, (pages_before, pages_after)


def test_texts_written_by_imports_and_edits_are_found_by_their_last_characters(tmp_path):
    first, second = SENTENCE * 3 + "尾巴", "第二篇：" + SENTENCE + "末尾"
    with Store(tmp_path / "p.sqlite") as store:
        store.import_source(SourceRecord("a.txt", "a", ""), [
            ArticleDraft(text=first, entities=[Entity(0, 3, "LOC", "怀化市", "auto")]),
            ArticleDraft(text=second),
        ])
        assert _found(store, "尾巴") == [1] and _found(store, "末尾") == [2]
        store.apply(R.merge(store.article(1), store.article(2)), "tester")
        merged = store.article(1)
        assert merged.text == first + "\n" + second and merged.entities[0].text == "怀化市"
        assert _found(store, "末尾") == [1] and _found(store, "巴\n第") == [1] and _found(store, "尾巴") == [1]
        store.undo("tester")
        assert [store.article(1).text, store.article(2).text] == [first, second]
        assert _found(store, "末尾") == [2] and _found(store, "巴\n第") == []
    assert _raw(tmp_path / "p.sqlite")[3] == "ok"
