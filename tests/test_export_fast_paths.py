"""The training formats have faster ways to write the same file (a project's plain rows
instead of Article objects; numpy tables for the token list when numpy is installed):
whichever way a file is made, a user gets the same bytes and the same list of skipped
articles, with values stored in odd forms, misfit spans and whitespace of every kind."""
import sqlite3
import zlib

import pytest
from test_export_jsonl_lines import _drafts, _odd_values
from test_formats_sample import make_project

from annotator.core.types import ArticleDraft, Entity
from annotator.io import fmt_spacy_jsonl
from annotator.io.export import FORMATS
from annotator.store import Store

# whitespace tokens of every kind around spans: carried spaces, runs, line breaks, full-width
WHITESPACE = "怀化 市  洪江区\n\n 故事\u3000\u3000结尾 \t\"引号\" \\ 𠮷 "


def whitespace_drafts() -> list[ArticleDraft]:
    def entity(quoted, label):
        start = WHITESPACE.index(quoted)
        return Entity(start, start + len(quoted), label, quoted)

    return [ArticleDraft(WHITESPACE, entities=(entity("怀化", "LOC"), entity("洪江区", "LOC"), entity("故事", "ORG"),
                                               entity("结尾", "PER"), entity('"引号"', "ORG"))),
            ArticleDraft("  " + WHITESPACE + "\n", entities=(Entity(1, 4, "LOC", " 怀化"),)),  # starts inside a run: skipped
            ArticleDraft("短", entities=(Entity(0, 1, "LOC", "短"),))]


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "p.sqlite", [*_drafts(), *_odd_values(), *whitespace_drafts()])


def _write(project, fmt, path, **options):
    with Store(project, create=False) as store:
        result = fmt.write(path, store.iter_articles(), **options)
    return path.read_bytes(), [str(s) for s in result.skipped]


@pytest.mark.parametrize("labels", [None, {"LOC", "ORG"}])
def test_spacy_jsonl_with_numpy_is_the_pure_python_file(tmp_path, project, labels, monkeypatch):
    pytest.importorskip("numpy")
    fast = _write(project, fmt_spacy_jsonl, tmp_path / "numpy.jsonl", labels=labels)
    monkeypatch.setattr(fmt_spacy_jsonl, "numpy_or_none", lambda: None)  # as where numpy is not installed
    plain = _write(project, fmt_spacy_jsonl, tmp_path / "plain.jsonl", labels=labels)
    assert fast == plain
    assert len(fast[1]) == 2 and b'"ws":true' in fast[0] and b'"text":"\\n\\n "' in fast[0]


def _content(fmt: str, path) -> bytes:
    data = path.read_bytes()
    return zlib.decompress(data) if fmt == "spacy" else data  # the DocBin's content: compressors differ


@pytest.mark.parametrize("labels", [None, {"LOC", "METRIC"}, {"PER", "ORG"}, "zeros"])
@pytest.mark.parametrize("fmt", ["spacy-jsonl", "spacy", "doccano", "label-studio", "conll"])
def test_a_project_stream_is_written_from_its_rows_as_from_its_objects(tmp_path, project, fmt, labels):
    """An export of a project reads its plain rows (no Entity or Metric objects); a list of
    articles (a split export's filter, a caller's own) is written from the objects."""
    if fmt == "spacy":
        pytest.importorskip("spacy")
    if labels == "zeros":  # digits as another program (or an older version) may have stored them
        labels = None
        with sqlite3.connect(project) as conn:
            conn.execute("UPDATE metrics SET value = '0' || value WHERE value NOT LIKE '-%'")
    write = FORMATS[fmt].write
    with Store(project, create=False) as store:
        stream = store.iter_articles()
        assert callable(stream.rows)  # what the export command hands over
        from_rows = write(tmp_path / f"rows{FORMATS[fmt].suffix}", stream, labels=labels)
        from_objects = write(tmp_path / f"objects{FORMATS[fmt].suffix}", list(store.iter_articles()), labels=labels)
    assert _content(fmt, tmp_path / f"rows{FORMATS[fmt].suffix}") == _content(fmt, tmp_path / f"objects{FORMATS[fmt].suffix}")
    assert from_rows.skipped == from_objects.skipped and from_rows.notes == from_objects.notes
    assert int(from_rows) == int(from_objects) > 0
    assert len(from_rows.skipped) >= (labels is None or "LOC" in labels)  # the misfit LOC span at least
