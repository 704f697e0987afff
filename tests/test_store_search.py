"""Search over a lean index (issue 15, schema v9): the trigram index keeps only which
articles hold each trigram, and still finds any substring of three or more characters,
exactly (no match from trigrams that are not adjacent), in titles and texts, with GLOB's
own characters taken literally; an older project is migrated to it after a backup."""
import sqlite3
import sys
from pathlib import Path

import pytest

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


PAIR_TEXTS = ["怀化市洪江区今年完成投资", "记者 张三\n报道洪江", "Abc \"q\" 的ab", "长沙", "今年怀化"]


@pytest.mark.parametrize("terms", [2000, 1])
def test_two_character_searches_find_exactly_what_the_text_holds(tmp_path, monkeypatch, terms):
    """Served by the trigram index's vocabulary and the tail indexes (schema v11): every pair
    of characters of the texts and titles, ends included, and pairs that occur nowhere; the
    same when a pair starts too many trigrams and the texts are scanned instead."""
    from annotator.store import queries

    monkeypatch.setattr(queries, "MAX_PAIR_TERMS", terms)
    with Store(tmp_path / "p.sqlite") as store:
        titles = [f"标题{n}" if n != 3 else "长沙会议" for n in range(len(PAIR_TEXTS))]
        ids = store.import_source(SourceRecord("a.txt", "a", ""), [
            ArticleDraft(text, title=title) for text, title in zip(PAIR_TEXTS, titles)]).article_ids
        store.db.execute("UPDATE articles SET status = 'accepted' WHERE id = ?", [ids[1]])
        pairs = {text[i:i + 2] for text in PAIR_TEXTS + titles for i in range(len(text) - 1)}
        pairs |= {"AB", "aB", "洪区", "沙长", '""'}
        for pair in sorted(pairs):
            expected = [i for i, text, title in zip(ids, PAIR_TEXTS, titles) if pair in text or pair in title]
            assert _ids(store, pair) == expected, pair
            pending = [i for i in expected if i != ids[1]]
            assert store.article_ids(ArticleFilter(("pending",), query=pair)) == pending, pair
            assert store.article_ids(ArticleFilter(query=pair), limit=1) == expected[:1], pair
        assert _ids(store, "洪江") == [ids[0], ids[1]]  # at the end of a text
        assert _ids(store, "会议") == [ids[3]]  # at the end of a title only
        assert _ids(store, "ab") == [ids[2]] and _ids(store, "Ab") == [ids[2]] and _ids(store, "AB") == []
