"""Search over a lean index (issue 15, schema v9): the trigram index keeps only which
articles hold each trigram, and still finds any substring of three or more characters,
exactly (no match from trigrams that are not adjacent), in titles and texts, with GLOB's
own characters taken literally; an older project is migrated to it after a backup."""
import sqlite3
import sys
from pathlib import Path

from annotator.core.types import ArticleDraft
from annotator.store import ArticleFilter, SourceRecord, Store

sys.path.insert(0, str(Path(__file__).parent))

from test_reliability_store import _old_project, _rows  # noqa: E402

TEXTS = ["怀化市洪江区今年完成投资5.31亿元", "洪江区的学校*三所?新建[一期]", "今年怀化市完成任务"]


def _ids(store, query):
    return store.article_ids(ArticleFilter(query=query))


def test_search_finds_exact_substrings_of_titles_and_texts(tmp_path):
    with Store(tmp_path / "p.sqlite") as store:
        result = store.import_source(SourceRecord("a.txt", "a", ""), [
            ArticleDraft(text, title=f"第{n}篇报道标题") for n, text in enumerate(TEXTS)])
        first, second, third = result.article_ids
        assert _ids(store, "洪江区") == [first, second]
        assert _ids(store, "区今年完成") == [first]
        assert _ids(store, "今年怀化市") == [third]
        assert _ids(store, "怀化市今年") == []  # both trigram sets present in article 1, not adjacent
        assert _ids(store, "学校*三所?") == [second] and _ids(store, "校*三") == [second]
        assert _ids(store, "学*所") == [] and _ids(store, "[一期]") == [second]
        assert _ids(store, "第2篇报道") == [third]  # titles too
        # the index follows edits of the text
        store.db.execute("UPDATE articles SET text = '全新的内容在这里' WHERE id = ?", [third])
        assert _ids(store, "今年怀化市") == [] and _ids(store, "全新的内容") == [third]


def test_an_older_project_gets_the_lean_index_after_a_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    _old_project(path, 8, articles=400)
    before = _rows(path)
    old_index = _index_bytes(path)
    with Store(path) as store:
        assert store.backup is not None and ".v8-backup-" in store.backup.name
        assert _ids(store, "第17篇：怀化") == [18]
        assert len(_ids(store, "洪江区今年")) == 400
    assert _rows(store.backup) == before
    assert _index_bytes(path) * 2 < old_index  # ~6x smaller on real pages (docs/adr/0004-search.md)


def _index_bytes(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'").fetchone()[0]
    finally:
        conn.close()
