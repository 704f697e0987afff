"""Archives pre-extracted on Dask: the shards import without extracting again, give exactly
the proposals an in-process import gives, and a shard of another extractor version, or a
damaged one, is reported without losing the rest."""
import json
from pathlib import Path

import pytest

from annotator.archive import extract_partition
from annotator.core.extraction import Lexicon
from annotator.io.importer import import_paths
from annotator.io.shards import extractor_version, write_shard
from annotator.paths import sample_corpus
from annotator.store import Store


def proposals(path: Path) -> dict:
    """What a reviewer would see: per article text, its title and every span with origin."""
    with Store(path, create=False) as store:
        return {a.text: (a.title, a.status, sorted((e.start, e.end, e.label, e.text, e.origin) for e in a.entities),
                         sorted((m.start, m.end, m.text, str(m.value), m.unit, m.origin) for m in a.metrics))
                for a in store.iter_articles()}


def pages_with_a_bad_one(tmp_path) -> list[Path]:
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n\n", encoding="utf-8")
    return sample_corpus() + [bad]


def test_dask_on_a_local_cluster_proposes_exactly_what_an_import_does(tmp_path):
    pytest.importorskip("dask.bag", reason="Dask is not installed (pip install 'annotator[dask]')")
    pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'annotator[dask]')")
    from annotator.archive import extract_archive

    pages = pages_with_a_bad_one(tmp_path)
    report = extract_archive(pages, tmp_path / "shards", workers=2, partitions=2)
    assert (report.pages, report.failed, len(report.shards), report.workers) == (len(pages), 1, 2, 2)
    with Store(tmp_path / "from-shards.sqlite") as store:
        from_shards = import_paths(store, report.shards)
    with Store(tmp_path / "in-process.sqlite") as store:
        in_process = import_paths(store, pages, jobs=1)
    expected = proposals(tmp_path / "in-process.sqlite")
    assert len(expected) >= 15 and any(spans for _, _, spans, _ in expected.values())
    assert proposals(tmp_path / "from-shards.sqlite") == expected
    assert all(origin == "auto" for _, _, spans, _ in expected.values() for *_, origin in spans)
    assert [str(p) for p in from_shards.problems] == [str(p) for p in in_process.problems]  # the empty page, once


def test_extraction_is_a_pure_function_of_the_page_and_the_lexicon(tmp_path):
    page = sample_corpus()[0]
    learned = Lexicon({("驻村帮扶工作队", "ORG"): (3, 0)})  # taught by reviewers; the page names it
    first = extract_partition([str(page)], learned, False)
    assert extract_partition([str(page)], learned, False) == first
    assert extract_partition([str(page)], Lexicon(), False) != first
    shard_spans = [e for a in json.loads(first[0][1])["articles"] for e in a["entities"]]
    assert any(e["text"] == "驻村帮扶工作队" and e["origin"] == "auto" for e in shard_spans)
    write_shard(tmp_path / "shard-1.jsonl", [line for _, line in first], learned)
    with Store(tmp_path / "p.sqlite") as store:
        report = import_paths(store, [tmp_path / "shard-1.jsonl"])
        assert report.problems == [] and report.added >= 1
        again = import_paths(store, [tmp_path / "shard-1.jsonl"])
        assert again.added == 0 and again.already_imported  # nothing twice


def test_a_shard_of_another_extractor_version_is_reported_and_still_imported(tmp_path):
    lines = [line for _, line in extract_partition([str(p) for p in sample_corpus()], None, False)]
    shard = tmp_path / "shard-1.jsonl"
    write_shard(shard, lines, None)
    content = shard.read_text(encoding="utf-8").splitlines()
    header = json.loads(content[0])
    header["extractor"], header["package"] = "0.0.9+0123456789ab", "0.0.9"
    damaged = content[2][: len(content[2]) // 2]  # a line cut in half (a copy that broke off)
    shard.write_text("\n".join([json.dumps(header), content[1], damaged] + content[3:]) + "\n", encoding="utf-8")
    with Store(tmp_path / "p.sqlite") as store:
        report = import_paths(store, [shard])
        messages = [str(p) for p in report.problems]
        assert any("an older extractor version 0.0.9+0123456789ab" in m and extractor_version() in m for m in messages)
        assert any(m.startswith("shard-1.jsonl:3") and "damaged" in m for m in messages)
        assert len(report.results) == len(lines) - 1  # every page but the broken line
        assert store.count() == report.added > 0
        assert {o for (_, o) in store.span_counts()} == {"auto"}  # proposals stay proposals


def test_extract_without_dask_flag_explains_and_agreement_needs_two_reviewers(tmp_path, capsys):
    from annotator.cli import main

    assert main(["extract", str(sample_corpus()[0]), "--out", str(tmp_path / "shards")]) == 2
    assert "--dask" in capsys.readouterr().err
    with Store(tmp_path / "plain.sqlite") as store:
        import_paths(store, sample_corpus()[:1])
    assert main(["agreement", str(tmp_path / "plain.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "neither a reviewer's file nor a team file" in err and "at least two reviewers" in err
