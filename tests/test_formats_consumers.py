"""Every exported file read by the tool it is meant for: spaCy (`spacy.blank("zh")`,
`Doc.char_span`, `DocBin`), seqeval for the CoNLL tags, and the offset conventions of
doccano (UTF-16 code units, as JavaScript counts) and Label Studio (code points)."""
import json
import zlib

import pytest
from test_formats_sample import OVERLAP, articles_of, export, make_project

from annotator.io.fmt_common import METRIC


def _expected(article):
    spans = [(e.start, e.end, e.label) for e in article.entities] + [(m.start, m.end, METRIC) for m in article.metrics]
    return sorted(spans)


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "p.sqlite")


def test_spacy_blank_zh_tokenizes_like_the_export_and_finds_every_span(tmp_path, project):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    export(project, "spacy-jsonl", tmp_path / "out.jsonl")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4
    for record, article in zip(records, articles_of(project)):
        doc = nlp(record["text"])
        assert [(t.text, t.idx, t.i, bool(t.whitespace_)) for t in doc] == [
            (t["text"], t["start"], t["id"], t["ws"]) for t in record["tokens"]]
        found = []
        for span in record["spans"]:
            char_span = doc.char_span(span["start"], span["end"], label=span["label"])
            assert char_span is not None, span
            assert (char_span.start, char_span.end - 1) == (span["token_start"], span["token_end"])
            found.append((char_span.start_char, char_span.end_char, char_span.label_))
        assert sorted(found) == _expected(article)


@pytest.mark.parametrize("compressor", ["isal", "zlib"])
def test_docbin_loads_with_every_span_as_doc_ents(tmp_path, project, compressor, monkeypatch):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    from annotator.io import fmt_spacy

    if compressor == "isal":  # the spacy extra's faster compressor of the same format
        pytest.importorskip("isal")
        assert type(fmt_spacy.compressor()).__module__.startswith("isal")
    else:  # the standard library's, without isal
        monkeypatch.setattr(fmt_spacy, "compressor", lambda: zlib.compressobj(fmt_spacy.COMPRESSION))
    nlp = spacy.blank("zh")
    result = export(project, "spacy", tmp_path / "train.spacy")
    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(nlp.vocab))
    articles = [a for a in articles_of(project) if a.text != OVERLAP]
    assert int(result) == len(docs) == len(articles) == 3
    for doc, article in zip(docs, articles):
        assert doc.text == article.text
        assert [t.text for t in doc] == [t.text for t in nlp(article.text)]
        assert sorted((e.start_char, e.end_char, e.label_) for e in doc.ents) == _expected(article)
        for start, end, label in _expected(article):
            assert nlp(article.text).char_span(start, end, label=label) is not None
        info = doc.user_data["annotator"]
        assert info["status"] == article.status and info["title"] == article.title
        assert {(m["start"], m["end"], m["value"]) for m in info["metrics"]} == {
            (m.start, m.end, str(m.value)) for m in article.metrics}


def test_docbin_label_filter_and_empty_export_load(tmp_path, project):
    pytest.importorskip("spacy")
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    from annotator.io import fmt_spacy

    result = export(project, "spacy", tmp_path / "per.spacy", labels={"PER"})
    docs = list(DocBin().from_disk(tmp_path / "per.spacy").get_docs(Vocab()))
    assert int(result) == len(docs) == 4 and not result.skipped  # no overlap left among PER spans
    assert {e.label_ for doc in docs for e in doc.ents} == {"PER"}
    assert int(fmt_spacy.write(tmp_path / "none.spacy", iter(()))) == 0
    assert list(DocBin().from_disk(tmp_path / "none.spacy").get_docs(Vocab())) == []


def _conll_documents(path):
    """[[sentence tokens]] per -DOCSTART- document, each token (char, tag)."""
    documents, sentence = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            documents.append([])
        elif not line.strip():
            if sentence:
                documents[-1].append(sentence)
            sentence = []
        else:
            char, tag = line.split(" ")
            sentence.append((char, tag))
    return documents


def test_seqeval_reads_the_conll_tags_back_into_the_spans(tmp_path, project):
    from seqeval.metrics.sequence_labeling import get_entities

    result = export(project, "conll", tmp_path / "out.conll")
    documents = _conll_documents(tmp_path / "out.conll")
    articles = [a for a in articles_of(project) if a.text != OVERLAP]
    assert int(result) == len(documents) == 3
    for document, article in zip(documents, articles):
        found = []
        for sentence in document:
            chars = [char for char, _ in sentence]
            for label, first, last in get_entities([tag for _, tag in sentence]):
                found.append((label, "".join(chars[first:last + 1])))
        expected = [(label, "".join(article.text[start:end].split())) for start, end, label in _expected(article)]
        assert sorted(found) == sorted(expected)
        assert "".join(c for s in document for c, _ in s) == "".join(article.text.split())


def test_conll_sentences_end_after_full_width_terminators(tmp_path, project):
    export(project, "conll", tmp_path / "out.conll")
    first = _conll_documents(tmp_path / "out.conll")[0]
    ends = ["".join(c for c, _ in sentence)[-3:] for sentence in first]
    assert ends == ["亿元！", "０人。", "好！”"]


def test_doccano_offsets_are_utf16_code_units(tmp_path, project):
    export(project, "doccano", tmp_path / "out.jsonl")
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0])
    units = record["text"].encode("utf-16-le")
    pieces = {units[2 * start:2 * end].decode("utf-16-le") for start, end, _ in record["label"]}
    assert {"怀化市洪江区", "5.31亿元", "罗集华"} <= pieces
    assert record["label"][0][0] == record["text"].index("怀化市洪江区") + 2  # 😀 and 𠮷 count two each


def test_label_studio_offsets_are_code_points_and_regions_carry_text(tmp_path, project):
    export(project, "label-studio", tmp_path / "tasks.json")
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    assert len(tasks) == 4
    first = tasks[0]
    assert "annotations" in first and "predictions" in tasks[1]  # accepted vs pending
    for region in first["annotations"][0]["result"]:
        value = region["value"]
        assert first["data"]["text"][value["start"]:value["end"]] == value["text"]
    metric_ids = {r["id"] for r in first["annotations"][0]["result"] if r["value"]["labels"] == [METRIC]}
    assert set(first["meta"]["metrics"]) == metric_ids
    assert tasks[3]["annotations"][0]["was_cancelled"] is True
