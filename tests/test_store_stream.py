"""Streaming a project for export (issue 15): three merged ordered scans give every article
its own spans, in id order, for any status filter; the objects are complete."""
import dataclasses

from decimal import Decimal

from annotator.core import ops as O
from annotator.core.types import Article, ArticleDraft, Entity, Metric
from annotator.store import SourceRecord, Store


def _project(path):
    store = Store(path)
    drafts = []
    for n in range(12):
        text = f"怀化市洪江区新建学校3所。第{n}篇"
        entities = (Entity(0, 3, "LOC", "怀化市"),) if n % 3 else ()  # some articles have none
        metrics = (Metric(10, 12, "3所", Decimal(3), "所"),) if n % 2 else ()
        drafts.append(ArticleDraft(text, title=f"第{n}篇", entities=entities, metrics=metrics,
                                   status=("pending", "accepted")[n % 2], needs_extraction=()))
    store.import_source(SourceRecord("page.txt", "sha", ""), drafts)
    return store


def test_every_article_comes_with_its_own_spans_for_any_status_filter(tmp_path):
    store = _project(tmp_path / "p.sqlite")
    try:
        ids = store.article_ids()
        # a span added later to an early article has a higher id than every other span
        early = store.article(ids[1])
        store.apply(O.AddEntity(early.id, Entity(3, 6, "LOC", early.text[3:6], "human")), "tester")
        for statuses in [(), ("accepted",), ("pending",), ("accepted", "pending"), ("rejected",)]:
            streamed = list(store.iter_articles(statuses, batch=5))
            expected = [store.article(i) for i in ids]
            expected = [a for a in expected if not statuses or a.status in statuses]
            assert streamed == expected
            assert [(a.entities, a.metrics) for a in streamed] == [(a.entities, a.metrics) for a in expected]
    finally:
        store.close()


def test_streamed_objects_have_every_field_of_their_type(tmp_path):
    """They are built without the dataclasses' __init__ (speed): a field added to a type must
    be filled there too."""
    store = _project(tmp_path / "p.sqlite")
    try:
        article = next(a for a in store.iter_articles() if a.entities and a.metrics)
        for value, kind in [(article, Article), (article.entities[0], Entity), (article.metrics[0], Metric)]:
            assert set(vars(value)) == {f.name for f in dataclasses.fields(kind)}
    finally:
        store.close()
