"""Export -> import into a new project -> export gives the same file, in every format, and
the spans (with their metrics' normalized fields where the format has room) come back."""
import json
from decimal import Decimal

import pytest
from test_formats_sample import ASTRAL, LATIN, OVERLAP, articles_of, export, make_project, needs, reimport

from annotator.io.export import FORMATS

# formats that keep metric fields, statuses and titles; CoNLL keeps labels and text only
RICH = ["spacy-jsonl", "spacy", "doccano", "label-studio"]
NO_OVERLAPS = {"spacy", "conll"}


def _spans(article):
    entities = {(e.start, e.end, e.label, e.text) for e in article.entities}
    metrics = {(m.start, m.end, m.text, m.value, m.value_high, m.unit, m.approx, m.indicator, m.period, m.numeral)
               for m in article.metrics}
    return entities, metrics


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - {"jsonl"}))
def test_round_trip_gives_the_same_file(tmp_path, fmt):
    needs(fmt)
    first, second = tmp_path / "first.out", tmp_path / "second.out"
    export(make_project(tmp_path / "p.sqlite"), fmt, first)
    report, _ = reimport(first, tmp_path / "again.sqlite")
    assert report.problems == [] and report.added == (3 if fmt in NO_OVERLAPS else 4)
    export(tmp_path / "again.sqlite", fmt, second)
    assert second.read_bytes() == first.read_bytes()


@pytest.mark.parametrize("fmt", RICH)
def test_rich_formats_bring_back_text_status_spans_and_metric_fields(tmp_path, fmt):
    needs(fmt)
    project = make_project(tmp_path / "p.sqlite")
    export(project, fmt, tmp_path / "out")
    report, imported = reimport(tmp_path / "out", tmp_path / "again.sqlite")
    original = articles_of(project)
    kept = [a for a in original if fmt not in NO_OVERLAPS or a.text != OVERLAP]
    assert [(a.text, a.title, a.status) for a in imported] == [(a.text, a.title, a.status) for a in kept]
    for before, after in zip(kept, imported):
        assert _spans(after) == _spans(before)
        assert {e.origin for e in after.entities} | {m.origin for m in after.metrics} <= {"import"}
    values = {m.text: (m.value, m.value_high, m.approx) for a in imported for m in a.metrics}
    assert values["5.31亿元"] == (Decimal("531000000"), None, False)
    assert values["3至5个"] == (Decimal(3), Decimal(5), False)
    assert values["2300余万元"][2] is True


def test_conll_keeps_labels_and_text_and_reads_metric_values_again(tmp_path):
    project = make_project(tmp_path / "p.sqlite")
    export(project, "conll", tmp_path / "out.conll")
    _, imported = reimport(tmp_path / "out.conll", tmp_path / "again.sqlite")
    by_start = {a.text[:3]: a for a in imported}
    astral = by_start[ASTRAL[:3]]
    assert astral.text == ASTRAL.replace("\n", "")  # the break followed 。！？, so it joins with nothing
    assert {(e.label, e.text) for e in astral.entities} == {("LOC", "怀化市洪江区"), ("ORG", "湖南兴悦科技有限公司"), ("PER", "罗集华")}
    assert {(m.text, m.value, m.unit) for m in astral.metrics} >= {("5.31亿元", Decimal("531000000"), "元")}
    latin = by_start[LATIN.replace(" ", "")[:3]]
    assert "HunanDaily" in latin.text and ("ORG", "HunanDaily") in {(e.label, e.text) for e in latin.entities}
    assert all(a.status == "pending" for a in imported)


def test_native_jsonl_round_trip_keeps_everything_but_project_fields(tmp_path):
    project = make_project(tmp_path / "p.sqlite")
    export(project, "jsonl", tmp_path / "first.jsonl")
    reimport(tmp_path / "first.jsonl", tmp_path / "again.sqlite")
    export(tmp_path / "again.sqlite", "jsonl", tmp_path / "second.jsonl")

    def records(path):
        local = ("id", "source", "annotator", "updated_at")
        rows = [json.loads(line, parse_float=Decimal) for line in path.read_text(encoding="utf-8").splitlines()]
        for row in rows:
            for key in local:
                row.pop(key)
            for span in row["entities"] + row["metrics"]:
                assert span.pop("origin") in ("human", "auto", "import")
        return rows

    assert records(tmp_path / "second.jsonl") == records(tmp_path / "first.jsonl")


def test_label_studio_import_converts_offsets_of_old_utf16_versions(tmp_path):
    text = "😀𠮷在怀化市开店"
    start16 = len(text[:text.index("怀化市")].encode("utf-16-le")) // 2
    task = {"data": {"text": text}, "annotations": [{"result": [{
        "id": "a", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": start16, "end": start16 + 3, "text": "怀化市", "labels": ["LOC"]}}]}]}
    path = tmp_path / "old.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    report, (article,) = reimport(path, tmp_path / "p.sqlite")
    assert report.problems == [] and article.status == "accepted"
    assert [(e.start, e.end, e.text) for e in article.entities] == [(text.index("怀化市"), text.index("怀化市") + 3, "怀化市")]


def test_doccano_offset_inside_a_surrogate_pair_is_a_problem_with_its_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {"text": "𠮷野家在怀化市", "label": [[5, 8, "LOC"]]}
    bad = {"text": "𠮷野家", "label": [[1, 3, "ORG"]]}
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (good, bad)) + "\n", encoding="utf-8")
    report, articles = reimport(path, tmp_path / "p.sqlite")
    assert [(e.text, e.label) for a in articles for e in a.entities] == [("怀化市", "LOC")]
    assert [(p.line, "surrogate" in p.message) for p in report.problems] == [(2, True)]


@pytest.mark.parametrize("text", [
    "？\n。！好", "他说：“好！”\n“走。”", "甲！ ”乙\n丙", "据 Hunan Daily 报道。\n\n第二段", "好。。。 \u3000坏？"])
def test_conll_sentence_splits_survive_the_round_trip(text):
    from annotator.io import fmt_conll
    from annotator.io.fmt_common import ExportSpan

    first = fmt_conll.article_lines(text, [])
    (draft,) = fmt_conll.read(first, "x")
    assert fmt_conll.article_lines(draft.text, []) == first
    assert "".join(draft.text.split()) == "".join(text.split())
    start = text.index("好") if "好" in text else 0
    span = ExportSpan(start, start + 1, "PER", text[start])
    with_span = fmt_conll.article_lines(text, [span])
    (again,) = fmt_conll.read(with_span, "x")
    assert [(e.label, e.text) for e in again.entities] == [("PER", text[start])]


def test_label_studio_file_nested_too_deeply_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('[{"data": {"text": "好"}, "annotations": ' + "[" * 100_000, encoding="utf-8")
    report, articles = reimport(path, tmp_path / "p.sqlite")
    assert articles == [] and any("nested too deeply" in p.message for p in report.problems)
