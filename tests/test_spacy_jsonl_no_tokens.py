"""`export --format spacy-jsonl --no-tokens`: records without the token list, for readers that
tokenize the text themselves; the same articles, spans and answers as the full records."""
import json

import pytest
from test_formats_sample import articles_of, export, make_project, reimport

from annotator.cli import main


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_records_without_tokens_hold_the_same_spans_and_fields_as_the_full_ones(tmp_path):
    project = make_project(tmp_path / "p.sqlite")
    full = export(project, "spacy-jsonl", tmp_path / "full.jsonl")
    lean = export(project, "spacy-jsonl", tmp_path / "lean.jsonl", tokens=False)
    assert int(lean) == int(full) == 4 and lean.skipped == full.skipped
    for with_tokens, without in zip(_records(tmp_path / "full.jsonl"), _records(tmp_path / "lean.jsonl")):
        assert "tokens" not in without and all("token_start" not in s and "token_end" not in s for s in without["spans"])
        del with_tokens["tokens"]
        for span in with_tokens["spans"]:
            del span["token_start"], span["token_end"]
        assert without == with_tokens
    assert (tmp_path / "lean.jsonl").stat().st_size < (tmp_path / "full.jsonl").stat().st_size / 2


def test_spacy_blank_zh_finds_every_span_of_a_record_without_tokens(tmp_path):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")  # what a reader that tokenizes the text (Prodigy with blank:zh) makes
    project = make_project(tmp_path / "p.sqlite")
    export(project, "spacy-jsonl", tmp_path / "lean.jsonl", tokens=False)
    for record in _records(tmp_path / "lean.jsonl"):
        doc = nlp(record["text"])
        assert all(doc.char_span(s["start"], s["end"]) is not None for s in record["spans"])


def test_a_record_without_tokens_imports_back_to_the_same_spans(tmp_path):
    project = make_project(tmp_path / "p.sqlite")
    export(project, "spacy-jsonl", tmp_path / "lean.jsonl", tokens=False)
    _, again = reimport(tmp_path / "lean.jsonl", tmp_path / "again.sqlite")
    originals = articles_of(project)
    assert [a.text for a in again] == [a.text for a in originals]
    for back, original in zip(again, originals):
        assert {(e.start, e.end, e.label) for e in back.entities} == {(e.start, e.end, e.label) for e in original.entities}
        assert {(m.start, m.end, m.value) for m in back.metrics} == {(m.start, m.end, m.value) for m in original.metrics}


def test_the_command_leaves_tokens_out_of_spacy_jsonl_only(tmp_path, capsys):
    project = make_project(tmp_path / "p.sqlite")
    out = tmp_path / "lean.jsonl"
    assert main(["export", str(out), "--format", "spacy-jsonl", "--no-tokens", "--include-unreviewed",
                 "--project", str(project)]) == 0
    assert len(_records(out)) == 4 and all("tokens" not in r for r in _records(out))
    assert main(["export", str(tmp_path / "x.conll"), "--format", "conll", "--no-tokens", "--project", str(project)]) != 0
    assert "conll has no token list to leave out" in capsys.readouterr().err
    assert not (tmp_path / "x.conll").exists()


def test_the_export_dialog_offers_the_choice_for_spacy_jsonl_only(qtbot, tmp_path):
    from annotator.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("spacy-jsonl"))
    assert not dialog.no_tokens.isHidden() and dialog.request().tokens
    dialog.no_tokens.setChecked(True)
    assert dialog.request().tokens is False
    dialog.format.setCurrentIndex(dialog.format.findData("conll"))
    assert dialog.no_tokens.isHidden() and dialog.request().tokens
