"""Files written by the peer tools themselves (../shared/peer-exports, read in place): every
task comes back, with its status as the peer left it and its spans at the right offsets;
the peers' own sample files are read or refused with file and line, never page text."""
import collections

import pytest

from annotator.cli import main
from annotator.io.importer import ImportOptions, import_paths, parse_label_map, prepare_file
from annotator.store import Store


@pytest.fixture
def peers(shared):
    folder = shared / "peer-exports"
    if not folder.is_dir():
        pytest.skip(f"the peers' exports are not at {folder}")
    return folder


def _all_peer_files(folder):
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "README.md")


def _imported(path, tmp_path, name="p.sqlite", options=ImportOptions()):
    with Store(tmp_path / name) as store:
        report = import_paths(store, [path], options=options)
        articles = list(store.iter_articles())
    return report, articles


def _by_text(articles):
    return {a.text: (a.status, a.title, {(e.start, e.end, e.label, e.text) for e in a.entities},
                     {(m.start, m.end, m.text, m.value, m.unit, m.approx) for m in a.metrics}) for a in articles}



def test_every_peer_file_is_read_or_refused_by_line_never_page_text(peers):
    files = _all_peer_files(peers)
    assert len(files) >= 24
    for path in files:
        prepared = prepare_file(path)
        assert prepared.kind not in ("page", "article"), f"{path.name} was taken as page text"
        assert prepared.drafts or prepared.problems, path.name
        assert all(problem.file == path.name for problem in prepared.problems)
        assert not prepared.problems or any(problem.line for problem in prepared.problems), path.name
        assert all(draft.title != "[" for draft in prepared.drafts)


@pytest.mark.parametrize("name", ["label-studio-1.23-export-all-tasks.json", "label-studio-1.23-export-reviewed.json"])
def test_label_studio_exports_bring_back_what_doccano_brings_back(peers, tmp_path, name):
    """Both peers started from the same annotator export: the doccano export keeps every
    article, status and span (UTF-16 offsets converted), so it is the reference."""
    _, reference = _imported(peers / "doccano-1.8-export-all.jsonl", tmp_path, "doccano.sqlite")
    report, articles = _imported(peers / name, tmp_path)
    assert report.problems == []
    expected = _by_text(reference)
    got = _by_text(articles)
    assert set(got) <= set(expected)
    # reviewed articles: the very spans; pending ones of a full export: proposals made again by
    # the current pre-extraction (the ids in the file do not carry the regions)
    assert all(got[text] == expected[text] for text in got if got[text][0] != "pending" or "all-tasks" not in name)
    assert all(got[text][:2] == expected[text][:2] for text in got)
    statuses = collections.Counter(a.status for a in articles)
    if "all-tasks" in name:  # prediction ids only: the pending tasks' proposals are made again
        assert len(articles) == 22 and statuses == {"accepted": 10, "pending": 10, "rejected": 1, "skipped": 1}
        assert all(a.entities or a.metrics for a in articles if a.status == "pending")
    else:
        assert len(articles) == 12 and statuses == {"accepted": 10, "rejected": 1, "skipped": 1}


def test_astral_articles_keep_their_offsets(peers, tmp_path):
    _, articles = _imported(peers / "label-studio-1.23-export-all-tasks.json", tmp_path)
    astral = [a for a in articles if any(ord(ch) > 0xFFFF for ch in a.text)]
    assert len(astral) == 2
    for article in astral:
        spans = list(article.entities) + list(article.metrics)
        assert spans and all(article.text[s.start:s.end] == s.text for s in spans)
        assert any(any(ord(ch) > 0xFFFF for ch in article.text[:s.start]) for s in spans)


def test_a_task_annotated_in_label_studio_comes_back_accepted_with_the_reviewers_regions(peers, tmp_path):
    import json

    tasks = json.loads((peers / "label-studio-1.23-export-after-annotating.json").read_text(encoding="utf-8"))
    annotated = next(t for t in tasks if t["meta"]["status"] == "pending")
    regions = {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in annotated["annotations"][0]["result"]}
    _, articles = _imported(peers / "label-studio-1.23-export-after-annotating.json", tmp_path)
    article = next(a for a in articles if a.text == annotated["data"]["text"])
    assert article.status == "accepted"
    spans = {(e.start, e.end, e.label) for e in article.entities} | {(m.start, m.end, "METRIC") for m in article.metrics}
    assert spans == regions


def test_json_min_export_is_read_as_reviewed_tasks(peers, tmp_path):
    report, articles = _imported(peers / "label-studio-1.23-export-json-min.json", tmp_path)
    assert report.problems == [] and len(articles) == 12
    assert {a.status for a in articles} == {"accepted"}
    assert all(a.entities or a.metrics for a in articles) and sum(bool(a.title) for a in articles) == 9


def test_doccano_approved_export_comes_back_reviewed_when_the_import_says_so(peers, tmp_path, capsys):
    path = peers / "doccano-1.8-export-approved.jsonl"
    _, plain = _imported(path, tmp_path, "plain.sqlite")
    assert [a.status for a in plain] == ["pending"]
    project = tmp_path / "reviewed.sqlite"
    assert main(["import", str(path), "--reviewed", "--project", str(project)]) == 0
    with Store(project) as store:
        articles = list(store.iter_articles())
    assert [a.status for a in articles] == ["accepted"] and articles[0].entities == plain[0].entities


def test_a_label_map_renames_doccano_labels_and_can_drop_one(peers, tmp_path):
    path = peers / "fixtures" / "dc_data_export_pipeline_examples_sequence_labeling_example.jsonl"
    options = ImportOptions(label_map=parse_label_map("PERSON=PER, MISC="))
    _, articles = _imported(path, tmp_path, options=options)
    labels = {(e.text, e.label) for a in articles for e in a.entities}
    assert labels == {("EU", "ORG"), ("Peter Blackburn", "PER"), ("Obama", "PER")}


def test_a_label_map_that_would_make_a_metric_or_a_bad_name_is_refused():
    for spec in ("PERSON=METRIC", "METRIC=PER", "PERSON=A B", "PERSON"):
        with pytest.raises(ValueError):
            parse_label_map(spec)


def test_label_studio_fixtures(peers, tmp_path):
    fixtures = peers / "fixtures"
    expected = {
        "ls_multi_annotators.json": ("accepted", {("李明", "PER"), ("长沙市", "LOC")}),  # the first was cancelled
        "ls_old_utf16.json": ("accepted", {("𠮷野家", "ORG"), ("长沙市", "LOC")}),
        "ls_predictions_zh.json": ("pending", {("𠮷野家", "ORG"), ("长沙市", "LOC")}),
        "ls_template_ner_single_object.json": ("accepted", {("Florida", "LOC"), ("Ain't no telling", "MISC"),
                                                            ("Hendrix", "PER"), ("London", "LOC")}),
        "ls_content_key.json": ("accepted", {("Florida", "LOC"), ("Ain't no telling", "MISC"),
                                             ("Hendrix", "PER"), ("London", "LOC")}),
    }
    for name, (status, spans) in expected.items():
        report, articles = _imported(fixtures / name, tmp_path, f"{name}.sqlite")
        assert report.problems == [], name
        assert [a.status for a in articles] == [status], name
        assert {(e.text, e.label) for e in articles[0].entities} == spans, name


def test_conll_fixtures_keep_words_apart_and_read_every_tag_scheme(peers, tmp_path):
    fixtures = peers / "fixtures"
    expected = {
        "dc_data_import_tests_data_sequence_labeling_example.conll": ["JAPAN GET", "Nadim Ladki"],
        "conll2003_sample.txt": ["EU rejects German call to boycott British lamb .\nPeter Blackburn"],
        "zh_bioes.char.bmes": ["李明在长沙市工作", "京城"],
        "zh_bio_tab.txt": ["李明在长沙市。"],
    }
    for name, texts in expected.items():
        report, articles = _imported(fixtures / name, tmp_path, f"{name}.sqlite")
        assert report.problems == [], name
        assert sorted(a.text for a in articles) == sorted(texts), name
    _, articles = _imported(fixtures / "conll2003_sample.txt", tmp_path, "again.sqlite")
    assert {(e.text, e.label) for e in articles[0].entities} == {
        ("EU", "ORG"), ("German", "MISC"), ("British", "MISC"), ("Peter Blackburn", "PER")}
    _, articles = _imported(fixtures / "zh_bioes.char.bmes", tmp_path, "bmes.sqlite")
    assert {(e.text, e.label) for a in articles for e in a.entities} == {("李明", "PER"), ("长沙市", "LOC"), ("京", "LOC")}


def test_doccano_fixtures(peers, tmp_path):
    fixtures = peers / "fixtures"
    report, articles = _imported(fixtures / "dc_data_import_tests_data_sequence_labeling_example.jsonl", tmp_path)
    assert [(p.line, "text" in p.message) for p in report.problems] == [(3, True)]  # the record without text
    assert sorted(a.text for a in articles) == ["exampleA", "exampleB"]
    for name in ("dc_data_export_pipeline_examples_relation_extraction_example.jsonl",  # one object across lines
                 "dc_data_import_tests_data_relation_extraction_example.jsonl"):
        report, articles = _imported(fixtures / name, tmp_path, f"{name}.sqlite")
        assert report.problems == [], name
        assert {(e.text, e.label) for e in articles[0].entities} == {
            ("Google", "ORG"), ("September 4, 1998", "DATE"), ("Larry Page", "PERSON"), ("Sergey Brin", "PERSON")}
    report, articles = _imported(fixtures / "dc_data_import_pipeline_examples_sequence_labeling_example.jsonl",
                                 tmp_path, "columns.sqlite")
    assert articles == [] and [p.line for p in report.problems[:3]] == [1, 2, 3]
    assert "column_data" in report.problems[0].message
