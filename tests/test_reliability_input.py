"""Hostile and odd input (issue 7): every file of tests/data/bad/ is imported in a batch
between two good files. A bad file or line is reported with its file name (and line), the
good files and the good lines are imported, and the project still opens clean."""
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.types import ArticleDraft, Label, span_problems
from annotator.io.importer import import_paths
from annotator.store import ArticleFilter, SourceRecord, Store

BAD = Path(__file__).parent / "data" / "bad"
GOOD_BEFORE = "益阳市赫山区今年新增就业1200人。\n"
GOOD_AFTER = "张家界市永定区新建游客中心一座。\n"

# file -> the problems it must produce: (line or None, words the message must hold)
REFUSED = {
    "empty.txt": [(None, "empty")],
    "blank.txt": [(None, "empty")],
    "binary.txt": [(None, "binary")],
    "nul-byte.txt": [(None, "binary")],
    "damaged-utf8.txt": [(2, "not valid UTF-8")],
}
PARTLY = {
    "one-broken-line.jsonl": [(2, "broken JSON")],
    "bad-spans.jsonl": [(2, "outside the text"), (3, "the text there is"), (4, "outside the text"),
                        (5, "outside the text"), (6, "abc"), (7, "too large"), (8, "not a finite number")],
    "label-names.jsonl": [(2, "needs a name"), (3, "at most 32"), (4, "invisible"), (5, "spaces")],
    "damaged-utf8.jsonl": [(2, "not valid UTF-8")],
}
CLEAN = ["gb18030.txt", "utf16-bom.txt", "utf16le-nobom.txt", "utf16be-nobom.txt", "mixed-line-endings.txt",
         "rich-text.txt", "rich-text.jsonl", "control-chars.txt", "astral.txt", "astral.jsonl",
         "line-separators.jsonl", "湖南日报 第3版 (副本).txt"]


def _batch(tmp_path, *bad_files: Path) -> list[Path]:
    before, after = tmp_path / "good-before.txt", tmp_path / "good-after.txt"
    before.write_text(GOOD_BEFORE, encoding="utf-8")
    after.write_text(GOOD_AFTER, encoding="utf-8")
    return [before, *bad_files, after]


def _import(tmp_path, *bad_files: Path):
    project = tmp_path / "project.sqlite"
    with Store(project) as store:
        report = import_paths(store, _batch(tmp_path, *bad_files))
    return project, report


def _texts(project) -> list[str]:
    with Store(project) as store:
        return [article.text for article in store.iter_articles()]


def _assert_project_sound(project) -> None:
    with Store(project, create=False) as store:
        assert store.integrity_problems() == []
        for article in store.iter_articles():
            assert span_problems(article.text, article.entities + article.metrics) == []


def _assert_good_files_imported(project) -> None:
    texts = "\n".join(_texts(project))
    assert GOOD_BEFORE.strip() in texts and GOOD_AFTER.strip() in texts


def _assert_problems(report, name: str, expected) -> None:
    found = [(p.line, p.message) for p in report.problems if p.file == name]
    for line, words in expected:
        assert any(found_line == line and words in message for found_line, message in found), (line, words, found)
    assert len([p for p in found if p[0] is not None]) == len([e for e in expected if e[0] is not None])


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_file_that_cannot_be_used_is_refused_by_name_and_the_batch_goes_on(tmp_path, name):
    project, report = _import(tmp_path, BAD / name)
    _assert_problems(report, name, REFUSED[name])
    assert name not in {result.source_name for result in report.results}
    assert len(_texts(project)) == 2
    _assert_good_files_imported(project)
    _assert_project_sound(project)


@pytest.mark.parametrize("name", sorted(PARTLY))
def test_bad_lines_are_reported_by_number_and_the_good_lines_imported(tmp_path, name):
    project, report = _import(tmp_path, BAD / name)
    _assert_problems(report, name, PARTLY[name])
    (result,) = [r for r in report.results if r.source_name == name]
    record_lines = [line for line in (BAD / name).read_bytes().splitlines() if line.strip()]
    assert result.added == len(record_lines) - len(PARTLY[name])
    _assert_good_files_imported(project)
    _assert_project_sound(project)


@pytest.mark.parametrize("name", CLEAN)
def test_odd_but_valid_files_import_without_problems(tmp_path, name):
    project, report = _import(tmp_path, BAD / name)
    assert report.problems == []
    articles = len((BAD / name).read_bytes().splitlines()) if name.endswith(".jsonl") else 1  # short pages
    assert report.added == 2 + articles
    _assert_good_files_imported(project)
    _assert_project_sound(project)


@pytest.mark.parametrize("name, encoding, words", [
    ("gb18030.txt", "gb18030", "𠮷野家在邵阳市大祥区开店"),
    ("utf16-bom.txt", "utf-16", "长沙市开福区投入资金2300余万元"),
    ("utf16le-nobom.txt", "utf-16-le", "衡阳市雁峰区完成投资3.5亿元"),
    ("utf16be-nobom.txt", "utf-16-be", "岳阳市君山区新建学校三所"),
])
def test_encodings_are_recognised_from_the_bytes(tmp_path, name, encoding, words):
    assert (BAD / name).read_bytes().decode(encoding).lstrip("\ufeff").startswith(words)
    project, report = _import(tmp_path, BAD / name)
    (result,) = [r for r in report.results if r.source_name == name]
    assert any(words in text for text in _texts(project))
    with Store(project) as store:
        stored = store.db.execute("SELECT encoding FROM sources WHERE name = ?", [name]).fetchone()[0]
    assert stored.replace("_", "-").startswith(encoding.split("-le")[0].split("-be")[0])


def test_mixed_line_endings_leave_no_carriage_return(tmp_path):
    project, _ = _import(tmp_path, BAD / "mixed-line-endings.txt")
    (text,) = [t for t in _texts(project) if "常德市" in t]
    assert "\r" not in text and "投资4000万元" in text and "益阳市赫山区新增就业1200人" in text


def test_markup_is_kept_as_literal_text(tmp_path):
    project, _ = _import(tmp_path, BAD / "rich-text.txt", BAD / "rich-text.jsonl")
    texts = _texts(project)
    assert any('<img src="file:///etc/passwd">' in t and "<b>湘潭县</b>" in t and "&amp;" in t for t in texts)
    with Store(project) as store:
        (article_id,) = store.article_ids(ArticleFilter(query="onerror"))
        article = store.article(article_id)
    assert article.entities[0].text == "<b>怀化市</b>" and article.text.startswith("<b>怀化市</b><img src=x")


def test_characters_beyond_the_bmp_keep_spans_on_their_text(tmp_path):
    project, report = _import(tmp_path, BAD / "astral.jsonl", BAD / "astral.txt")
    assert report.problems == []
    with Store(project) as store:
        articles = [store.article(i) for i in store.article_ids()]
    (record,) = [a for a in articles if a.text.startswith("😀🇨🇳")]
    assert {(e.text, e.label) for e in record.entities} == {("𠮷野家", "ORG"), ("怀化市洪江区", "LOC")}
    (metric,) = record.metrics
    assert metric.text == "😀5.31亿元" and record.text[metric.start:metric.end] == metric.text
    (page,) = [a for a in articles if a.text.startswith("😀🎉")]
    assert any(e.text.startswith("怀化市") and page.text[e.start:e.end] == e.text for e in page.entities)  # found after two emoji and a CJK Ext-B char (怀化市洪江区: longest name)


def test_separators_inside_json_strings_do_not_break_a_record(tmp_path):
    project, report = _import(tmp_path, BAD / "line-separators.jsonl")
    assert report.problems == []
    assert any("\u2028" in t and "\u0085" in t for t in _texts(project))


def test_control_and_zero_width_characters_do_not_shift_spans(tmp_path):
    project, report = _import(tmp_path, BAD / "control-chars.txt")
    assert report.problems == []
    (text,) = [t for t in _texts(project) if "娄底市" in t]
    assert "\u200b" not in text  # zero-width spaces are cleaned away; spans are checked by _assert_project_sound
    _assert_project_sound(project)


def test_label_names_with_quotes_and_sql_characters_round_trip(tmp_path):
    project, report = _import(tmp_path, BAD / "label-names.jsonl")
    strange = ["O'Brien\";DROP_TABLE_labels;--", "%_*[]\\"]
    with Store(project) as store:
        names = [label.name for label in store.labels()]
        assert all(name in names for name in strange)
        assert "" not in names and not any(len(name) > 32 for name in names)
        assert store.count() == 2 + 2
        store.save_label(Label("'; DELETE FROM articles; --", "entity", "#123456"))
        assert store.count() == 4
        for name in strange:
            assert len(store.article_ids(ArticleFilter(label=name))) == 1
        for query in ['"', "'", "%", "_", '"; DROP', "NEAR(a b)", "* OR 1", "--"]:
            store.article_ids(ArticleFilter(query=query))  # a search never fails on punctuation


def test_a_file_name_with_spaces_and_chinese_is_named_in_problems(tmp_path):
    odd = tmp_path / "湖南日报 第3版 (副本) 空.txt"
    odd.write_bytes(b"")
    project, report = _import(tmp_path, BAD / "湖南日报 第3版 (副本).txt", odd)
    assert [str(p) for p in report.problems] == ["湖南日报 第3版 (副本) 空.txt: the file is empty"]
    with Store(project) as store:
        assert "湖南日报 第3版 (副本).txt" in store.source_names()


def test_json_nested_too_deeply_is_a_broken_line_not_a_crash(tmp_path):
    deep = tmp_path / "deep.jsonl"
    deep.write_text(json.dumps({"text": "邵阳市。"}, ensure_ascii=False) + "\n" + "[" * 100_000 + "\n",
                    encoding="utf-8")
    project, report = _import(tmp_path, deep)
    assert [(p.file, p.line) for p in report.problems] == [("deep.jsonl", 2)]
    assert len(_texts(project)) == 3


def test_an_extremely_long_line_is_refused_by_line_and_the_rest_imported(tmp_path):
    runaway = "湘潭县完成27项民生实事，株洲市芦淞区投资5亿元。" * 12_000  # ~300,000 characters, no break
    page = tmp_path / "no-line-breaks.txt"
    page.write_text(runaway + "\n", encoding="utf-8")
    records = tmp_path / "long.jsonl"
    records.write_text(json.dumps({"text": runaway, "entities": [], "metrics": []}, ensure_ascii=False) + "\n"
                       + json.dumps({"text": "岳阳市。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    project, report = _import(tmp_path, page, records)
    problems = {(p.file, p.line): p.message for p in report.problems}
    assert "characters" in problems[("long.jsonl", 1)]
    assert any(file == "no-line-breaks.txt" and "characters" in message for (file, _), message in problems.items())
    assert sorted(len(t) for t in _texts(project)) == sorted([len("岳阳市。"), *map(len, (GOOD_BEFORE.strip(), GOOD_AFTER.strip()))])


def test_a_file_that_is_not_there_or_is_a_folder_is_named(tmp_path):
    folder = tmp_path / "a folder.txt"
    folder.mkdir()
    project, report = _import(tmp_path, tmp_path / "missing.txt", folder)
    assert {p.file for p in report.problems} == {"missing.txt", "a folder.txt"}
    _assert_good_files_imported(project)


def test_cli_imports_the_whole_bad_corpus_and_names_every_problem(tmp_path):
    corpus = tmp_path / "bad corpus"
    shutil.copytree(BAD, corpus)
    project = tmp_path / "cli.sqlite"
    run = subprocess.run([sys.executable, "-m", "annotator", "import", *map(str, sorted(corpus.iterdir())),
                          "--project", str(project)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("problem: ")]
    expected = sum(len(v) for v in PARTLY.values()) + sum(len(v) for v in REFUSED.values())
    assert len(lines) == expected
    assert "problem: bad-spans.jsonl:7: " in run.stderr and "problem: damaged-utf8.txt:2: " in run.stderr
    assert f"{expected} problems" in run.stdout
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(DISTINCT name) FROM sources").fetchone()[0] == len(CLEAN) + len(PARTLY)
    conn.close()


def test_the_store_refuses_a_span_that_does_not_fit_even_from_code(store):
    """Not only the importer: the store itself checks offsets against the text."""
    from annotator.core import ops as O
    from annotator.core.types import Entity
    from annotator.store import StoreError

    text = "😀怀化市"
    (article_id,) = store.import_source(SourceRecord("x", "x", text), [ArticleDraft(text)]).article_ids
    for entity in (Entity(1, 4, "LOC", "化市"), Entity(2, 9, "LOC", "化市"), Entity(-1, 2, "LOC", "😀")):
        with pytest.raises(StoreError):
            store.apply(O.AddEntity(article_id, entity), "tester")
    assert store.article(article_id).entities == ()
