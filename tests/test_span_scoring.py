"""Mention-level scoring of labelled files (`annotator evaluate FILE`): exact and overlap
figures and the relaxations for other corpora's guides, checked on cases counted by hand."""
import json

from annotator.cli import main
from annotator.core.span_scoring import relax, score_document


def test_exact_and_overlap_counted_by_hand():
    text = "邓小平在北京会见了外宾。"
    gold = [(0, 3, "PER"), (4, 6, "LOC")]
    predicted = [(0, 3, "PER"), (4, 7, "LOC"), (9, 11, "ORG")]
    scores = score_document(text, gold, predicted)
    exact, overlap = scores.exact["ALL"], scores.overlap["ALL"]
    assert (exact.tp, exact.fp, exact.fn) == (1, 2, 1)
    assert overlap.precision == 2 / 3 and overlap.recall == 1.0
    assert ("LOC", "北京会") in scores.false_positives and ("LOC", "北京") in scores.false_negatives


def test_relaxed_gold_merges_a_split_place_chain_and_ignores_abbreviations_and_meetings():
    text = "江苏省如东县代表出席十五大，中美两国。"
    gold = [(0, 3, "LOC"), (3, 6, "LOC"), (10, 13, "ORG"), (14, 15, "LOC"), (15, 16, "LOC")]
    predicted = [(0, 6, "LOC")]
    merged, optional = relax(text, gold, predicted)
    assert (0, 6, "LOC") in merged and (0, 3, "LOC") not in merged
    assert {(10, 13, "ORG"), (14, 15, "LOC"), (15, 16, "LOC")} == set(optional)
    relaxed = score_document(text, gold, predicted, relaxed=True).exact["ALL"]
    strict = score_document(text, gold, predicted).exact["ALL"]
    assert (relaxed.tp, relaxed.fp, relaxed.fn) == (1, 0, 0)
    assert (strict.tp, strict.fp, strict.fn) == (0, 1, 5)


def test_evaluate_a_doccano_file_from_the_command_line(tmp_path, capsys):
    text = "记者在长沙市和株洲市调研。"
    record = {"text": text, "label": [[3, 6, "LOC"], [7, 10, "LOC"]]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--relaxed"]) == 0
    out = capsys.readouterr().out
    assert "1 records, gold as written" in out and "relaxed to this project's guide" in out
    loc = next(line for line in out.splitlines() if line.strip().startswith("LOC"))
    assert "tp 2, fp 0, fn 0" in loc
