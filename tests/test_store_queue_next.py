"""Finding the next pending article (what A and P do) reads a few index entries, however
large the project: counted in SQLite's own steps, not timed."""
from annotator.core.types import ArticleDraft
from annotator.store import SourceRecord, Store


def _steps_to_next_pending(path, articles: int) -> int:
    with Store(path) as store:
        store.import_source(SourceRecord("a.txt", f"sha-{articles}", ""),
                            [ArticleDraft(f"第{n}篇，怀化市今年完成投资{n}亿元。") for n in range(1, articles + 1)])
        ids = store.article_ids()
        steps = [0]

        def count() -> int:
            steps[0] += 1
            return 0

        store.db.conn.set_progress_handler(count, 10)  # called every 10 virtual-machine steps
        assert store.next_article_id(ids[len(ids) // 2]) == ids[len(ids) // 2 + 1]
        store.db.conn.set_progress_handler(None, 10)
        return steps[0]


def test_the_next_pending_article_costs_the_same_in_a_small_and_a_large_project(tmp_path):
    small = _steps_to_next_pending(tmp_path / "small.sqlite", 100)
    large = _steps_to_next_pending(tmp_path / "large.sqlite", 3000)
    assert large <= small + 5, (small, large)  # a sort of every pending article grows with the project
