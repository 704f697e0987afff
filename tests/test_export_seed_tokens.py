"""The spacy-jsonl export of a real project (the seed pages through the importer): the
numpy writer of the token list gives the pure-Python writer's file byte for byte, and every
line's token list is what the standard library writes for the tokens `spacy.blank("zh")`
makes of the line's text."""
import json

import pytest

from annotator.io import fmt_spacy_jsonl
from annotator.io.importer import import_paths
from annotator.store import Store


@pytest.fixture
def seed_project(tmp_path, seed_pages):
    path = tmp_path / "seeds.sqlite"
    with Store(path) as store:
        report = import_paths(store, seed_pages)
        assert not report.problems, report.problems
        assert store.count() > 10
    return path


def _export(project, path):
    with Store(project, create=False) as store:
        result = fmt_spacy_jsonl.write(path, store.iter_articles())
    return path.read_bytes(), [str(s) for s in result.skipped], int(result)


def test_seed_pages_spacy_jsonl_is_the_same_file_either_way(tmp_path, seed_project, monkeypatch):
    pytest.importorskip("numpy")
    fast = _export(seed_project, tmp_path / "numpy.jsonl")
    monkeypatch.setattr(fmt_spacy_jsonl, "numpy_or_none", lambda: None)  # as where numpy is not installed
    plain = _export(seed_project, tmp_path / "plain.jsonl")
    assert fast == plain
    assert fast[2] > 10


def test_seed_pages_token_lists_are_spacys_tokens_in_standard_json(tmp_path, seed_project):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    data, _, count = _export(seed_project, tmp_path / "numpy.jsonl")
    lines = data.splitlines()
    assert len(lines) == count
    for line in lines:
        record = json.loads(line)
        expected = [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
                    for t in nlp(record["text"])]
        assert record["tokens"] == expected
        written = line[line.index(b',"tokens":') + len(b',"tokens":'):-1]
        assert written == json.dumps(expected, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        for span in record["spans"]:
            assert expected[span["token_start"]]["start"] == span["start"]
            assert expected[span["token_end"]]["end"] == span["end"]
