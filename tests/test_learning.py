"""What reviewers teach the project: the lexicon proposes what they accepted or added and
drops what they removed; `evaluate --reviewed` measures how much they changed."""
from annotator.core import ops as O
from annotator.core.extraction import Extractor, Lexicon, apply_lexicon
from annotator.core.types import Entity
from annotator.evaluation import evaluate_reviewed
from annotator.io.importer import import_paths


def test_lexicon_proposes_accepted_and_drops_removed():
    text = "芙蓉镇的茶叶合作社与湘丰茶业签约。"
    lexicon = Lexicon({("湘丰茶业", "ORG"): (2, 0), ("芙蓉镇", "LOC"): (0, 3)})
    found = [Entity(0, 3, "LOC", "芙蓉镇")]
    result = apply_lexicon(text, found, lexicon)
    assert [(e.label, e.text) for e in result] == [("ORG", "湘丰茶业")]
    assert all(text[e.start:e.end] == e.text for e in result)


def test_review_changes_the_next_import(tmp_path, store):
    first = tmp_path / "first.txt"
    first.write_text("标题一\n湘丰茶业在长沙县开设新厂，带动就业300人。\n", encoding="utf-8")
    import_paths(store, [first])
    (article_id,) = store.article_ids()
    article = store.article(article_id)
    start = article.text.index("湘丰茶业")
    if (start, start + 4, "ORG") not in {(e.start, e.end, e.label) for e in article.entities}:
        store.apply(O.AddEntity(article_id, Entity(start, start + 4, "ORG", "湘丰茶业", "human")), "ann")
    for entity in store.article(article_id).entities:
        if entity.text != "湘丰茶业":
            store.apply(O.RemoveEntity(article_id, entity), "ann")
            removed = entity
    store.apply(O.SetStatus(article_id, "pending", "accepted", "", "ann"), "ann")

    second = tmp_path / "second.txt"
    second.write_text(f"标题二\n湘丰茶业扩大生产，{removed.text}表示欢迎。\n", encoding="utf-8")
    import_paths(store, [second])
    new_id = max(store.article_ids())
    proposed = {(e.label, e.text) for e in store.article(new_id).entities}
    assert ("ORG", "湘丰茶业") in proposed
    assert (removed.label, removed.text) not in proposed


def test_evaluate_reviewed_measures_the_corrections(tmp_path, store):
    page = tmp_path / "page.txt"
    page.write_text("标题\n怀化市洪江区今年完成投资5.31亿元，新增就业8210人。\n", encoding="utf-8")
    import_paths(store, [page])
    (article_id,) = store.article_ids()
    article = store.article(article_id)
    auto_metrics = len(article.metrics)
    assert auto_metrics == 2
    store.apply(O.RemoveMetric(article_id, article.metrics[0]), "ann")
    store.apply(O.SetStatus(article_id, "pending", "accepted", "", "ann"), "ann")
    report = evaluate_reviewed(store)
    metric = report["labels"]["METRIC"]
    assert (metric.tp, metric.fp, metric.fn) == (1, 1, 0)
    assert report["articles"] == 1


def test_extractor_uses_the_lexicon_it_is_given():
    lexicon = Lexicon({("湘丰茶业", "ORG"): (1, 0)})
    entities, _ = Extractor(lexicon).extract("湘丰茶业今年产值增长。")
    assert ("ORG", "湘丰茶业") in {(e.label, e.text) for e in entities}
