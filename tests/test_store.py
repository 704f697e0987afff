"""The project file: schema, migrations, edits, undo, history, lexicon, search."""
import sqlite3
from decimal import Decimal

import pytest

from annotator.core import ops as O
from annotator.core.types import ArticleDraft, Entity, Metric
from annotator.store import SCHEMA_VERSION, ArticleFilter, SchemaTooNew, SourceRecord, Store, StoreError
from annotator.store.migrations import MIGRATIONS

TEXT = "𠮷野家在怀化市洪江区开店，完成投资5.31亿元。"


def _add_article(store, text=TEXT, entities=(), metrics=(), name="a.txt"):
    result = store.import_source(SourceRecord(name, name * 3, text), [ArticleDraft(text, title="标题", entities=entities, metrics=metrics)])
    return result.article_ids[0]


def test_new_project_is_wal_with_foreign_keys_and_labels(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version == SCHEMA_VERSION
    assert [label.name for label in store.labels()] == ["PER", "LOC", "ORG", "METRIC"]


def test_metric_value_round_trips_exactly(store):
    start = TEXT.index("5.31")
    metric = Metric(start, start + 6, "5.31亿元", Decimal("5.31") * Decimal(100_000_000), "元")
    article_id = _add_article(store, metrics=(metric,))
    (stored,) = store.article(article_id).metrics
    assert stored.value == Decimal("531000000") and str(stored.value) == "531000000"
    raw = store.db.execute("SELECT value FROM metrics").fetchone()[0]
    assert raw == "531000000"


def test_reimporting_the_same_file_or_article_adds_nothing(store):
    _add_article(store)
    again = store.import_source(SourceRecord("a.txt", "a.txt" * 3, TEXT), [ArticleDraft(TEXT)])
    assert again.already_imported and again.added == 0
    other_file = store.import_source(SourceRecord("b.txt", "other-hash", TEXT), [ArticleDraft(TEXT)])
    assert other_file.added == 0 and other_file.duplicates == 1
    assert store.count() == 1


def test_edit_undo_redo_and_history(store):
    article_id = _add_article(store)
    start = TEXT.index("怀化市")
    changes = store.apply(O.AddEntity(article_id, Entity(start, start + 6, "LOC", "怀化市洪江区", "human")), "ann")
    added = changes.applied.entity
    assert added.id is not None and store.article(article_id).entities == (added,)
    moved = Entity(start, start + 3, "LOC", "怀化市", "human", added.id)
    store.apply(O.UpdateEntity(article_id, added, moved), "ann")
    store.apply(O.SetStatus(article_id, "pending", "accepted", "", "ann"), "ann")
    assert store.article(article_id).status == "accepted"
    assert store.undo_name("ann") == "Set status"
    store.undo("ann")
    assert store.article(article_id).status == "pending"
    store.undo("ann")
    assert store.article(article_id).entities[0].text == "怀化市洪江区"
    store.redo("ann")
    assert store.article(article_id).entities[0].text == "怀化市"
    kinds = [row["kind"] for row in store.history(article_id)]
    assert kinds == ["redo", "undo", "undo", "edit", "edit", "edit"]
    with pytest.raises(sqlite3.DatabaseError):
        store.db.execute("DELETE FROM history")


def test_undo_survives_reopening(tmp_path):
    path = tmp_path / "p.sqlite"
    with Store(path) as store:
        article_id = _add_article(store)
        store.apply(O.SetStatus(article_id, "pending", "rejected", "", "ann"), "ann")
    with Store(path) as store:
        assert store.undo_name("ann") == "Set status"
        changes = store.undo("ann")
        assert changes.focus_article == article_id
        assert store.article(article_id).status == "pending"


def test_a_span_that_does_not_match_the_text_is_refused(store):
    article_id = _add_article(store)
    with pytest.raises(StoreError):
        store.apply(O.AddEntity(article_id, Entity(0, 3, "LOC", "怀化市")), "ann")
    assert store.article(article_id).entities == ()


def test_offsets_count_code_points_beyond_the_bmp(store):
    article_id = _add_article(store)
    start = TEXT.index("怀化市")
    assert start == 4  # 𠮷 is one Python character (two UTF-16 units)
    store.apply(O.AddEntity(article_id, Entity(start, start + 3, "LOC", "怀化市", "human")), "ann")
    assert store.article(article_id).entities[0].start == 4


def test_lexicon_learns_from_accepts_and_removals(store):
    article_id = _add_article(store, entities=(Entity(4, 7, "LOC", "怀化市"), Entity(0, 3, "ORG", "𠮷野家")))
    article = store.article(article_id)
    store.apply(O.RemoveEntity(article_id, article.entities[0]), "ann")
    store.apply(O.SetStatus(article_id, "pending", "accepted", "", "ann"), "ann")
    lexicon = store.lexicon()
    assert lexicon.counts[("𠮷野家", "ORG")] == (0, 1)
    assert lexicon.counts[("怀化市", "LOC")] == (1, 0)
    store.undo("ann")
    assert store.lexicon().counts[("怀化市", "LOC")] == (0, 0)


def test_full_text_search_in_chinese(store):
    _add_article(store)
    _add_article(store, "长沙市开福区新建学校三所。", name="b.txt")
    assert len(store.article_ids(ArticleFilter(query="洪江区"))) == 1
    assert len(store.article_ids(ArticleFilter(query="长沙"))) == 1  # two characters: LIKE fallback
    assert len(store.article_ids(ArticleFilter(query="不存在的词"))) == 0
    assert len(store.article_ids(ArticleFilter(statuses=("pending",)))) == 2


def test_file_made_by_version_1_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO sources (name, sha256, imported_at) VALUES ('old.txt', 'x', '2023-01-01')")
    conn.execute("INSERT INTO articles (source_id, title, text, content_hash, updated_at) VALUES (1, '怀化', '怀化市洪江区的故事。', 'h', '2023')")
    conn.execute("INSERT INTO entities (article_id, start, \"end\", label, text, origin) VALUES (1, 0, 6, 'LOC', '怀化市洪江区', 'auto')")
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.backup is not None and store.backup.exists()
        assert store.article(1).entities[0].text == "怀化市洪江区"
        assert store.article_ids(ArticleFilter(query="洪江区")) == [1]
        assert list(store.reviewed_pairs(("pending",)))[0][1] == [["LOC", 0, 6]]
    backup = sqlite3.connect(store.backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1


def test_newer_project_is_refused_and_untouched(tmp_path):
    from annotator.store.identity import APPLICATION_ID

    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # as every annotator since v6 stamps it
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as raised:
        Store(path)
    assert str(SCHEMA_VERSION + 5) in str(raised.value) and str(SCHEMA_VERSION) in str(raised.value)
    assert path.read_bytes() == before


def test_label_rename_carries_spans(store):
    from annotator.core.types import Label

    article_id = _add_article(store, entities=(Entity(4, 7, "LOC", "怀化市"),))
    store.save_label(Label("PLACE", "entity", "#123456", "2", 2), old_name="LOC")
    assert store.article(article_id).entities[0].label == "PLACE"


def test_an_undo_step_another_window_made_impossible_leaves_the_list(tmp_path):
    from annotator.store.connection import Conflict

    path = tmp_path / "p.sqlite"
    with Store(path) as mine, Store(path) as other:
        article_id = _add_article(mine)
        start = TEXT.index("怀化市")
        mine.apply(O.SetStatus(article_id, "pending", "skipped", "", "ann"), "ann")
        added = mine.apply(O.AddEntity(article_id, Entity(start, start + 3, "LOC", "怀化市", "human")), "ann").applied
        other.apply(O.RemoveEntity(article_id, added.entity), "bob")
        with pytest.raises(Conflict):
            mine.undo("ann")
        assert mine.undo_name("ann") == "Set status"
        mine.undo("ann")
        assert mine.article(article_id).status == "pending"


def test_a_nul_character_in_a_search_or_a_repeated_correction_finds_nothing_and_raises_nothing(store):
    from annotator.store import ArticleFilter

    article_id = _add_article(store)
    text = store.article(article_id).text
    assert store.article_ids(ArticleFilter(query=text[:6])) == [article_id]
    for query in (text[:3] + "\x00" + text[3:6], "\x00", text[:1] + "\x00", '"\x00"'):
        assert store.article_ids(ArticleFilter(query=query)) == []
        assert store.articles_containing(query) == []


def test_spans_read_back_equal_the_spans_written_field_for_field(store):
    """Spans are built from rows without the dataclass __init__ (speed): same values, same
    equality and hashing, still frozen."""
    import dataclasses

    entity = Entity(0, 3, "LOC", TEXT[:3], "human", confidence=None)
    metric = Metric(12, 19, TEXT[12:19], Decimal("531000000"), "元", True, "投资", "今年", "human", Decimal("6e8"), "arabic")
    article_id = _add_article(store, entities=(entity,), metrics=(metric,))
    article = store.article(article_id)
    (read_entity,), (read_metric,) = article.entities, article.metrics
    assert read_entity == dataclasses.replace(entity, id=read_entity.id)
    assert read_metric == dataclasses.replace(metric, id=read_metric.id, value_high=Decimal("600000000"))
    assert hash(read_entity) == hash(dataclasses.replace(entity, id=read_entity.id))
    assert list(store.iter_articles())[0].metrics == (read_metric,)
    with pytest.raises(dataclasses.FrozenInstanceError):
        read_metric.start = 1
