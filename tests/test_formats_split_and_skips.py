"""What an export leaves out and says so, the seeded split, and atomic writes."""
import json
from decimal import Decimal

import pytest
from test_formats_sample import OVERLAP, articles_of, export, make_project

from annotator.cli import main
from annotator.core.types import ArticleDraft, Entity, Metric
from annotator.io.export import FORMATS, parse_split, split_paths


@pytest.mark.parametrize("fmt", ["conll", "spacy"])
def test_overlapping_spans_skip_the_article_where_the_format_cannot_hold_them(tmp_path, fmt):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    project = make_project(tmp_path / "p.sqlite")
    result = export(project, fmt, tmp_path / "out")
    overlap_id = next(a.id for a in articles_of(project) if a.text == OVERLAP)
    assert int(result) == 3
    assert [s.article_id for s in result.skipped] == [overlap_id]
    assert "邵阳市投资" in result.skipped[0].reason and "overlaps" in result.skipped[0].reason


@pytest.mark.parametrize("fmt", ["jsonl", "spacy-jsonl", "doccano", "label-studio"])
def test_formats_that_hold_overlaps_keep_the_article(tmp_path, fmt):
    result = export(make_project(tmp_path / "p.sqlite"), fmt, tmp_path / "out")
    assert int(result) == 4 and result.skipped == ()


def test_a_span_whose_text_is_not_the_text_at_its_offsets_is_skipped_in_every_format(tmp_path):
    text = "怀化市洪江区的故事。"
    wrong = ArticleDraft(text, entities=(Entity(0, 3, "LOC", "洪江区"),))
    good = ArticleDraft("吉首大学。", entities=(Entity(0, 4, "ORG", "吉首大学"),))
    project = make_project(tmp_path / "p.sqlite", [wrong, good])
    for fmt in FORMATS:
        if fmt == "spacy":
            pytest.importorskip("spacy")
        result = export(project, fmt, tmp_path / f"out-{fmt}")
        assert int(result) == 1, fmt
        assert "洪江区" in result.skipped[0].reason and "怀化市" in result.skipped[0].reason


def test_a_span_starting_inside_a_whitespace_run_cannot_be_a_spacy_token_span(tmp_path):
    text = "甲   乙丙说。"  # 甲 carries one space; the other two are one whitespace token
    project = make_project(tmp_path / "p.sqlite", [ArticleDraft(text, entities=(Entity(3, 6, "PER", " 乙丙"),))])
    result = export(project, "spacy-jsonl", tmp_path / "out.jsonl")
    assert int(result) == 0 and "whitespace" in result.skipped[0].reason


def test_cli_prints_each_skipped_article_and_why(tmp_path, capsys):
    project = make_project(tmp_path / "p.sqlite")
    assert main(["export", str(tmp_path / "out.conll"), "--format", "conll", "--include-unreviewed",
                 "--project", str(project)]) == 0
    out, err = capsys.readouterr()
    assert "3 articles" in out and "1 skipped" in out
    assert "skipped: article" in err and "overlaps" in err


def _many(count: int) -> list[ArticleDraft]:
    drafts = []
    for n in range(count):
        text = f"第{n}篇：湖南长沙投资{n + 1}亿元。"
        start = text.index("长沙")
        metric_start = text.index("投资") + 2
        piece = f"{n + 1}亿元"
        drafts.append(ArticleDraft(text, status="accepted", entities=(Entity(start, start + 2, "LOC", "长沙"),), metrics=(
            Metric(metric_start, metric_start + len(piece), piece, Decimal(n + 1) * 100_000_000, "元"),)))
    return drafts


def _split_ids(project, out, seed: int, fmt: str = "jsonl") -> dict[str, list[int]]:
    assert main(["export", str(out), "--format", fmt, "--split", "train=0.8,dev=0.1,test=0.1",
                 "--seed", str(seed), "--project", str(project)]) == 0
    parts = {}
    for part, path in split_paths(out, parse_split("train=0.8,dev=0.1,test=0.1")).items():
        lines = path.read_text(encoding="utf-8").splitlines()
        parts[part] = [json.loads(line)["id"] if fmt == "jsonl" else json.loads(line)["meta"]["id"] for line in lines]
    return parts


def test_split_is_seeded_reproducible_disjoint_and_complete(tmp_path, capsys):
    project = make_project(tmp_path / "p.sqlite", _many(200))
    first = _split_ids(project, tmp_path / "a" / "data.jsonl", seed=7)
    again = _split_ids(project, tmp_path / "b" / "data.jsonl", seed=7)
    other = _split_ids(project, tmp_path / "c" / "data.jsonl", seed=8)
    assert first == again
    assert first != other
    every = [i for ids in first.values() for i in ids]
    assert sorted(every) == sorted(set(every)) == [a.id for a in articles_of(project)]
    assert 120 <= len(first["train"]) <= 190 and first["dev"] and first["test"]
    assert (tmp_path / "a" / "data.train.jsonl").exists() and (tmp_path / "a" / "data.test.jsonl").exists()


def test_split_follows_the_exported_id_so_a_reimported_project_splits_the_same(tmp_path, capsys):
    project = make_project(tmp_path / "p.sqlite", _many(60))
    main(["export", str(tmp_path / "all.jsonl"), "--format", "spacy-jsonl", "--project", str(project)])
    main(["import", str(tmp_path / "all.jsonl"), "--project", str(tmp_path / "again.sqlite")])
    before = _split_ids(project, tmp_path / "x" / "d.jsonl", seed=3, fmt="spacy-jsonl")
    after = _split_ids(tmp_path / "again.sqlite", tmp_path / "y" / "d.jsonl", seed=3, fmt="spacy-jsonl")
    assert before == after


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_failed_export_leaves_the_previous_file_whole(tmp_path, fmt):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    project = make_project(tmp_path / "p.sqlite")
    out = tmp_path / "out.data"
    out.write_text("the previous export", encoding="utf-8")

    def failing():
        yield from articles_of(project)[:2]
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        FORMATS[fmt].write(out, failing())
    assert out.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_progress_hears_every_article_handled(tmp_path):
    project = make_project(tmp_path / "p.sqlite", _many(1200))
    heard = []
    result = export(project, "doccano", tmp_path / "out.jsonl", progress=heard.append)
    assert int(result) == 1200 and heard[-1] == 1200 and heard == sorted(heard) and len(heard) >= 3


def test_spacy_format_without_spacy_says_how_to_get_it(tmp_path, monkeypatch, capsys):
    import sys

    project = make_project(tmp_path / "p.sqlite")
    monkeypatch.setitem(sys.modules, "spacy", None)  # as if it were not installed
    assert main(["export", str(tmp_path / "out.spacy"), "--format", "spacy", "--project", str(project)]) == 1
    assert 'pip install "annotator[spacy]"' in capsys.readouterr().err
    assert not (tmp_path / "out.spacy").exists()
