"""A file that looks structured is never page text: it is read, or refused with file and
line. And what comes out: spaCy's converter makes one document per exported article; the
import and export dialogs offer what the CLI does."""
import json
from pathlib import Path

import pytest
from test_formats_sample import export, make_project

from annotator.io.importer import import_paths, prepare_file
from annotator.store import Store


def _prepare(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return prepare_file(path)


def test_a_cut_label_studio_file_keeps_the_tasks_before_the_cut_and_names_its_line(tmp_path):
    export(make_project(tmp_path / "p.sqlite"), "label-studio", tmp_path / "full.json")
    text = (tmp_path / "full.json").read_text(encoding="utf-8")
    lines = text.splitlines()
    cut = "\n".join(lines[:3]) + "\n" + lines[3][: len(lines[3]) // 2]  # two tasks whole, the third cut
    prepared = _prepare(tmp_path, "cut.json", cut)
    assert prepared.kind == "label-studio" and len(prepared.drafts) == 2
    assert [(p.line, "record 3" in p.message) for p in prepared.problems] == [(4, True)]


def test_a_conll_file_with_one_odd_line_is_read_and_the_line_named(tmp_path):
    rows = ["-DOCSTART- -X- O O", "", "长 B-LOC", "沙 I-LOC", "好 O", "", "-DOCSTART- -X- O O", "",
            "株 B-LOC", "洲 I-LOC", "这一行不是标注", "好 O", ""]
    prepared = _prepare(tmp_path, "odd.conll", "\n".join(rows))
    assert prepared.kind == "conll"
    assert [d.text for d in prepared.drafts] == ["长沙好"]
    assert [p.line for p in prepared.problems] == [11] and "left out" in prepared.problems[0].message


def test_a_json_lines_file_whose_first_line_is_not_an_object_is_still_records(tmp_path):
    good = json.dumps({"text": "长沙市发布数据。", "entities": []}, ensure_ascii=False)
    for first in ("[1, 2]", "null", "{{{", "[" * 5000 + "]" * 5000):
        prepared = _prepare(tmp_path, "lines.jsonl", f"{first}\n{good}\n{good.replace('长沙', '株洲')}\n")
        assert prepared.kind == "jsonl", first[:10]
        assert len(prepared.drafts) == 2 and [p.line for p in prepared.problems] == [1], first[:10]


def test_a_single_pretty_printed_task_object_is_one_task(tmp_path):
    task = {"data": {"text": "李明在长沙市工作"}, "annotations": [{"result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 2, "text": "李明", "labels": ["PER"]}}]}]}
    prepared = _prepare(tmp_path, "one.json", json.dumps(task, ensure_ascii=False, indent=2))
    assert prepared.kind == "label-studio" and prepared.problems == []
    assert [(e.text, e.label) for e in prepared.drafts[0].entities] == [("李明", "PER")]


def test_label_studio_labels_as_a_string_or_a_disagreeing_region_is_refused_by_record(tmp_path):
    def task(text, value):
        return {"data": {"text": text}, "annotations": [{"result": [
            {"id": "r", "from_name": "label", "to_name": "text", "type": "labels", "value": value}]}]}

    tasks = [task("长沙市好", {"start": 0, "end": 3, "text": "长沙市", "labels": ["LOC"]}),
             task("株洲市好", {"start": 0, "end": 3, "text": "株洲市", "labels": "LOC"}),
             task("湘潭市好", {"start": 0, "end": 3, "text": "长沙市", "labels": ["LOC"]}),
             task("岳阳市好", {"start": 0, "end": 3.0, "text": "岳阳市", "labels": ["LOC"]})]
    text = "[\n" + ",\n".join(json.dumps(t, ensure_ascii=False) for t in tasks) + "\n]\n"
    prepared = _prepare(tmp_path, "tasks.json", text)
    assert [d.text for d in prepared.drafts] == ["长沙市好"]
    messages = {p.line: p.message for p in prepared.problems}
    assert set(messages) == {3, 4, 5}
    assert "record 2" in messages[3] and "not a list of label names" in messages[3]
    assert "record 3" in messages[4] and "says '长沙市'" in messages[4]
    assert "record 4" in messages[5] and "whole number" in messages[5]


def test_spacy_convert_makes_one_document_per_exported_article(tmp_path):
    pytest.importorskip("spacy")
    from spacy.training.converters import conll_ner_to_docs

    project = make_project(tmp_path / "p.sqlite")
    result = export(project, "conll", tmp_path / "out.conll")
    docs = list(conll_ner_to_docs((tmp_path / "out.conll").read_text(encoding="utf-8")))
    assert len(docs) == int(result)
    assert not any("-DOCSTART-" in doc.text for doc in docs)


def test_import_options_dialog_gives_reviewed_and_a_label_map(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialog

    from annotator.ui.dialogs.import_dialog import ImportOptionsDialog

    dialog = ImportOptionsDialog(2)
    qtbot.addWidget(dialog)
    dialog.reviewed.setChecked(True)
    dialog.label_map.setText("PERSON=PER, MISC=")
    dialog._accept()
    assert dialog.result() == QDialog.Accepted
    options = dialog.options()
    assert options.reviewed and options.label_map == (("PERSON", "PER"), ("MISC", ""))
    path = tmp_path / "dc.jsonl"
    path.write_text(json.dumps({"text": "Peter Blackburn", "label": [[0, 15, "PERSON"]]}) + "\n", encoding="utf-8")
    with Store(tmp_path / "p.sqlite") as store:
        import_paths(store, [path], options=options)
        [article] = list(store.iter_articles())
    assert article.status == "accepted" and [(e.text, e.label) for e in article.entities] == [("Peter Blackburn", "PER")]


def test_import_options_dialog_refuses_a_bad_label_map_in_words(qtbot):
    from PySide6.QtWidgets import QDialog

    from annotator.ui.dialogs.import_dialog import ImportOptionsDialog

    dialog = ImportOptionsDialog(1)
    qtbot.addWidget(dialog)
    dialog.label_map.setText("PERSON=METRIC")
    dialog._accept()
    assert dialog.result() != QDialog.Accepted and "METRIC" in dialog.problem.text()


def test_export_dialog_takes_accepted_articles_for_training_formats_and_says_why(qtbot, tmp_path):
    from annotator.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.statuses["pending"].setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("label-studio"))
    assert dialog.training_note.isHidden() and dialog.path.text().endswith(".json")
    dialog.format.setCurrentIndex(dialog.format.findData("conll"))
    assert not dialog.training_note.isHidden()
    assert dialog.request().statuses == ("accepted",)


def test_a_cut_pretty_printed_task_is_one_problem_not_one_per_line(tmp_path):
    task = {"data": {"text": "李明在长沙市工作"}, "annotations": [{"result": []}]}
    text = json.dumps(task, ensure_ascii=False, indent=2)
    prepared = _prepare(tmp_path, "cut.json", text[: len(text) - 12])
    assert prepared.drafts == [] and len([p for p in prepared.problems if p.line]) == 1


LS_FILES = Path(__file__).parent / "data" / "label-studio-1.23"


def _spans(article):
    return ({(e.start, e.end, e.label) for e in article.entities},
            {(m.start, m.end, m.value, m.value_high, m.unit, m.approx) for m in article.metrics})


def _articles(path, tmp_path):
    with Store(tmp_path / f"{path.stem}.sqlite") as store:
        report = import_paths(store, [path])
        return report, {a.text: a for a in store.iter_articles()}


def test_files_from_a_real_label_studio_come_back_with_the_work_done_there(tmp_path):
    """tests/data/label-studio-1.23/README.md says how a Label Studio 1.23.2 server made them."""
    _, ours = _articles(LS_FILES / "annotator-export.json", tmp_path)
    statuses = {text: a.status for text, a in ours.items()}
    pending = next(text for text, status in statuses.items() if status == "pending")

    report, full = _articles(LS_FILES / "all-tasks.json", tmp_path)
    assert report.problems == [] and {t: a.status for t, a in full.items()} == statuses
    for text, article in full.items():
        if text != pending:  # the pending task's predictions are ids: proposed again
            assert _spans(article) == _spans(ours[text])

    report, after = _articles(LS_FILES / "after-annotating.json", tmp_path)
    assert report.problems == [] and after[pending].status == "accepted"
    assert {(e.text, e.label) for e in after[pending].entities} == {("Hunan", "LOC"), ("湘西州", "LOC")}
    assert {m.text for m in after[pending].metrics} == {"3至5个", "2300余万元"}

    report, minimal = _articles(LS_FILES / "json-min-all-tasks.json", tmp_path)
    assert report.problems == [] and len(minimal) == 3  # the skipped (cancelled) task is not in JSON_MIN
    assert minimal[pending].status == "pending"
    assert {a.status for t, a in minimal.items() if t != pending} == {"accepted"}  # rejected cannot be told
