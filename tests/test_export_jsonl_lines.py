"""Native JSONL lines are built and checked in one pass (the export's hot loop): each line
must hold exactly the article's fields and spans, whatever labels are chosen."""
import json
from decimal import Decimal

import pytest
from test_formats_sample import articles_of, export, make_project, sample_drafts

from annotator.core.types import ArticleDraft, Entity, Metric

TEXT = "五十天内，怀化市投资三至五亿元。"


def _drafts():
    proposal = Entity(5, 8, "LOC", "怀化市", "auto", confidence=0.87654)
    made_theirs = Entity(0, 3, "ORG", "五十天", "human", confidence=0.5)  # a person's: no confidence written
    range_metric = Metric(10, 15, "三至五亿元", Decimal("300000000"), "元", value_high=Decimal("500000000.0"),
                          numeral="chinese", origin="auto")
    return [*sample_drafts(), ArticleDraft(TEXT, title="区间", status="accepted", entities=(proposal, made_theirs),
                                           metrics=(range_metric,))]


def _expected(article, labels):
    entities = []
    for e in article.entities:
        if labels is None or e.label in labels:
            record = {"start": e.start, "end": e.end, "label": e.label, "text": e.text, "origin": e.origin}
            if e.origin == "auto" and e.confidence is not None:
                record["confidence"] = Decimal(repr(round(e.confidence, 4)))
            entities.append(record)
    metrics = []
    for m in article.metrics if labels is None or "METRIC" in labels else ():
        record = {"start": m.start, "end": m.end, "text": m.text, "value": m.value, "unit": m.unit, "approx": m.approx,
                  "indicator": m.indicator, "period": m.period, "origin": m.origin}
        if m.value_high is not None:
            record["value_high"] = m.value_high
        if m.numeral != "arabic":
            record["numeral"] = m.numeral
        metrics.append(record)
    return {"id": article.id, "source": article.source, "title": article.title, "subtitle": article.subtitle,
            "byline": article.byline, "text": article.text, "status": article.status, "annotator": article.reviewer,
            "updated_at": article.updated_at, "entities": entities, "metrics": metrics}


@pytest.mark.parametrize("labels", [None, {"LOC"}, {"METRIC"}, {"PER", "ORG"}])
def test_every_line_holds_the_articles_fields_and_chosen_spans(tmp_path, labels):
    project = make_project(tmp_path / "p.sqlite", _drafts())
    result = export(project, "jsonl", tmp_path / "out.jsonl", labels=labels)
    lines = (tmp_path / "out.jsonl").read_bytes().decode("utf-8").splitlines()
    articles = articles_of(project)
    assert int(result) == len(lines) == len(articles) == 5 and result.skipped == ()
    for line, article in zip(lines, articles):
        assert json.loads(line, parse_float=Decimal) == _expected(article, labels)
    last = json.loads(lines[-1], parse_float=Decimal)
    if labels is None:  # exact digits: no exponent, no trailing zeros, as bare numbers
        assert '"value":300000000,' in lines[-1] and '"value_high":500000000,' in lines[-1]
        assert [e.get("confidence") for e in last["entities"]] == [None, Decimal("0.8765")]  # in offset order


def test_a_misfit_span_outside_the_chosen_labels_does_not_skip_its_article(tmp_path):
    wrong = ArticleDraft("怀化市洪江区的故事。", entities=(Entity(0, 3, "LOC", "洪江区"), Entity(3, 6, "ORG", "洪江区")))
    project = make_project(tmp_path / "p.sqlite", [wrong])
    kept = export(project, "jsonl", tmp_path / "org.jsonl", labels={"ORG"})
    left_out = export(project, "jsonl", tmp_path / "loc.jsonl", labels={"LOC"})
    assert (int(kept), kept.skipped) == (1, ())
    assert int(left_out) == 0 and "洪江区" in left_out.skipped[0].reason
    assert (tmp_path / "loc.jsonl").read_bytes() == b""


def _odd_values():
    """Values whose digits the store keeps in other forms than the plain whole numbers of most
    metrics, and a misfit span (its article is skipped)."""
    text = "增长-12.50%，约0.0000001吨，共0人，达100万元。"

    def at(quoted):
        return text.index(quoted), text.index(quoted) + len(quoted), quoted

    metrics = (
        Metric(*at("-12.50%"), Decimal("-12.50"), "%", approx=True, origin="auto"),
        Metric(*at("0.0000001吨"), Decimal("1E-7"), "吨"),
        Metric(*at("0人"), Decimal(0), "人", value_high=Decimal("1.0")),
        Metric(*at("100万元"), Decimal("1000000"), "元", numeral="mixed"),
    )
    start, end, quoted = at("万元")
    proposal = Entity(start, end, "LOC", quoted, "auto")  # a proposal without a confidence
    misfit = ArticleDraft("怀化市洪江区的故事。", entities=(Entity(0, 3, "LOC", "洪江区"),))
    return [ArticleDraft(text, metrics=metrics, entities=(proposal,)), misfit]


@pytest.mark.parametrize("labels", [None, {"LOC"}, {"METRIC"}, {"PER", "ORG"}, "zeros"])
def test_a_store_stream_is_written_from_its_rows_to_the_same_bytes_as_from_its_objects(tmp_path, labels):
    import sqlite3

    from annotator.io.jsonl import write_jsonl
    from annotator.store import Store

    project = make_project(tmp_path / "p.sqlite", [*_drafts(), *_odd_values()])
    if labels == "zeros":  # digits as another program (or an older version) may have stored them
        labels = None
        with sqlite3.connect(project) as conn:
            conn.execute("UPDATE metrics SET value = '0' || value WHERE value NOT LIKE '-%'")
    with Store(project, create=False) as store:
        stream = store.iter_articles()
        assert callable(stream.rows)  # the stream the export command hands over
        from_rows, from_objects = [], []
        written = write_jsonl(tmp_path / "rows.jsonl", stream, labels, skipped=from_rows)
        write_jsonl(tmp_path / "objects.jsonl", list(store.iter_articles()), labels, skipped=from_objects)
    assert (tmp_path / "rows.jsonl").read_bytes() == (tmp_path / "objects.jsonl").read_bytes()
    assert from_rows == from_objects and len(from_rows) == (labels is None or "LOC" in labels)
    assert written == 7 - len(from_rows)
    if labels is None:
        assert b'"value":-12.5,' in (tmp_path / "rows.jsonl").read_bytes()
        assert b'"value":0.0000001,' in (tmp_path / "rows.jsonl").read_bytes()
