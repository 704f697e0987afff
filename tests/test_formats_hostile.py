"""A generated hostile corpus (seeded): well-formed records of every import format with
hostile mutations mixed in (floats and Infinity where whole numbers go, lone surrogates,
strings for lists, "no" for false, inverted ranges, METRIC entities, quoted text that
disagrees with the offsets, broken structure and syntax). One import of the whole corpus:
no traceback, every bad record named by its file and line (and record index in a JSON
array), every good record imported, and the project file passes integrity_check."""
import json
import random
import re
import sqlite3

import pytest

from annotator.io.importer import import_paths
from annotator.store import Store

SEED = 20261201
MUTATIONS_PER_FORMAT = 1000
RECORDS_PER_FILE = 40
BAD_PER_FILE = 20
RAW = "@@raw:"


def raw(token: str) -> str:
    """A JSON token json.dumps cannot write (1e400, NaN): replaced after dumping."""
    return RAW + token


def dumps(record) -> str:
    text = json.dumps(record, ensure_ascii=True)  # lone surrogates become \\ud800 escapes
    return re.sub(r'"@@raw:([^"]*)"', r"\1", text)


def base_text(tag: str, n: int) -> tuple[str, int, str, int]:
    text = f"第{tag}号{n}篇：长沙市完成{n + 2}项工程。"
    return text, text.index("长沙市"), f"{n + 2}项", text.index(f"{n + 2}项")


def fields(n):
    return {"value": n + 2, "unit": "项", "approx": False, "indicator": "工程", "period": ""}


def native(tag, n):
    text, loc, piece, at = base_text(tag, n)
    return {"id": n, "source": "s.txt", "title": "标题", "text": text, "status": "accepted", "meta": {},
            "entities": [{"start": loc, "end": loc + 3, "label": "LOC", "text": "长沙市"}],
            "metrics": [{"start": at, "end": at + len(piece), "text": piece, **fields(n)}]}


def doccano(tag, n):
    text, loc, piece, at = base_text(tag, n)
    return {"id": n, "text": text, "label": [[loc, loc + 3, "LOC"], [at, at + len(piece), "METRIC"]], "source": "s.txt",
            "title": "标题", "status": "accepted", "metrics": [{"start": at, "end": at + len(piece), **fields(n)}]}


def label_studio(tag, n):
    text, loc, piece, at = base_text(tag, n)
    region = lambda rid, s, e, quoted, label: {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",  # noqa: E731
                                                "value": {"start": s, "end": e, "text": quoted, "labels": [label]}}
    return {"data": {"text": text, "title": "标题"},
            "annotations": [{"result": [region("s0", loc, loc + 3, "长沙市", "LOC"),
                                        region("s1", at, at + len(piece), piece, "METRIC")]}],
            "meta": {"id": n, "source": "s.txt", "status": "accepted", "metrics": {"s1": fields(n)}}}


def spacy_jsonl(tag, n):
    text, loc, piece, at = base_text(tag, n)
    return {"text": text, "spans": [{"start": loc, "end": loc + 3, "label": "LOC"},
                                    {"start": at, "end": at + len(piece), "label": "METRIC", "metric": fields(n)}],
            "answer": "accept", "meta": {"id": n, "source": "s.txt", "title": "标题"}}


# where each format keeps a field: (path to the entity's start, end, label, the record id, source, title,
# a metric's fields object)
PATHS = {
    "jsonl": dict(start=("entities", 0, "start"), end=("entities", 0, "end"), label=("entities", 0, "label"),
                  id=("id",), source=("source",), title=("title",), metric=("metrics", 0), text=("text",)),
    "doccano": dict(start=("label", 0, 0), end=("label", 0, 1), label=("label", 0, 2), id=("id",), source=("source",),
                    title=("title",), metric=("metrics", 0), text=("text",)),
    "label-studio": dict(start=("annotations", 0, "result", 0, "value", "start"),
                         end=("annotations", 0, "result", 0, "value", "end"),
                         label=("annotations", 0, "result", 0, "value", "labels", 0), id=("meta", "id"),
                         source=("meta", "source"), title=("data", "title"), metric=("meta", "metrics", "s1"),
                         text=("data", "text")),
    "spacy-jsonl": dict(start=("spans", 0, "start"), end=("spans", 0, "end"), label=("spans", 0, "label"),
                        id=("meta", "id"), source=("meta", "source"), title=("meta", "title"),
                        metric=("spans", 1, "metric"), text=("text",)),
}
MAKERS = {"jsonl": native, "doccano": doccano, "label-studio": label_studio, "spacy-jsonl": spacy_jsonl}

BAD_NUMBERS = [1.5, raw("3.0"), "3", True, None, -1, 10**30, raw("Infinity"), raw("-Infinity"), raw("NaN"),
               raw("1e400"), [3], {"n": 3}]
SURROGATES = ["\ud800", "a\udc00b", "\udfff长"]


def _set(record, path, value):
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _get(record, path):
    for key in path:
        record = record[key]
    return record


def mutations(fmt: str):
    """(name, bad?, change(record)) for one format."""
    p = PATHS[fmt]
    found = []
    for value in BAD_NUMBERS:
        found.append((f"start={value!r}", True, lambda r, v=value: _set(r, p["start"], v)))
        found.append((f"end={value!r}", True, lambda r, v=value: _set(r, p["end"], v)))
    found.append(("start>end", True, lambda r: (_set(r, p["start"], 9), _set(r, p["end"], 2))))
    for value in SURROGATES:
        found.append((f"text+{value!r}", True, lambda r, v=value: _set(r, p["text"], _get(r, p["text"]) + v)))
        found.append((f"title={value!r}", True, lambda r, v=value: _set(r, p["title"], v)))
        found.append((f"id={value!r}", True, lambda r, v=value: _set(r, p["id"], v)))
        found.append((f"unit={value!r}", True, lambda r, v=value: _get(r, p["metric"]).update(unit=v)))
        found.append((f"label={value!r}", True, lambda r, v=value: _set(r, p["label"], v)))
    for value in (1.5, raw("1e400"), [1], {"a": 1}, True):
        found.append((f"id={value!r}", True, lambda r, v=value: _set(r, p["id"], v)))
    for value in (2.5, ["x"], 7):
        found.append((f"source={value!r}", True, lambda r, v=value: _set(r, p["source"], v)))
    for value in (7, ["t"]):
        found.append((f"title={value!r}", True, lambda r, v=value: _set(r, p["title"], v)))
    for value in (5, "", "   ", None, ["x"]):
        found.append((f"text={value!r}", True, lambda r, v=value: _set(r, p["text"], v)))
    for value in ("", "A B", "X\u200bY", "L" * 40, 5):
        found.append((f"label={value!r}", True, lambda r, v=value: _set(r, p["label"], v)))
    for value in ("no", 1, "true"):
        found.append((f"approx={value!r}", True, lambda r, v=value: _get(r, p["metric"]).update(approx=v)))
    for value in ("abc", raw("Infinity"), raw("NaN"), raw("1e400"), True):
        found.append((f"value={value!r}", True, lambda r, v=value: _get(r, p["metric"]).update(value=v)))
    found.append(("value_high<value", True, lambda r: _get(r, p["metric"]).update(value_high=1)))
    found.append(("metric fields not an object", True, lambda r: _set(r, p["metric"], "x") if fmt in (
        "label-studio", "spacy-jsonl") else _set(r, p["metric"], ["x"])))
    found.append(("unit=5", True, lambda r: _get(r, p["metric"]).update(unit=5)))
    # harmless: kept
    found.append(("approx absent", False, lambda r: _get(r, p["metric"]).pop("approx")))
    found.append(("title absent", False, lambda r: _set(r, p["title"], None)))
    found.append(("value_high above", False, lambda r: _get(r, p["metric"]).update(value_high=10**6)))
    found.append(("id text", False, lambda r: _set(r, p["id"], "a-7")))
    if fmt == "jsonl":
        found.append(("meta float", False, lambda r: r.update(meta={"score": raw("0.93"), "n": [raw("1.5")]})))
        found.append(("meta Infinity", True, lambda r: r.update(meta={"score": raw("Infinity")})))
        found.append(("meta not an object", True, lambda r: r.update(meta="x")))
        found.append(("METRIC entity", True, lambda r: _set(r, p["label"], "METRIC")))
        found.append(("quoted text disagrees", True, lambda r: r["entities"][0].update(text="株洲市")))
        found.append(("entities not a list", True, lambda r: r.update(entities={"start": 1})))
        found.append(("status unknown", True, lambda r: r.update(status="done")))
    if fmt == "doccano":
        found.append(("label a string", True, lambda r: r.update(label="LOC")))
        found.append(("label pair", True, lambda r: r["label"].__setitem__(0, [1, 2])))
        found.append(("status unknown", True, lambda r: r.update(status="done")))
        found.append(("meta float", False, lambda r: r.update(score=raw("0.5"))))
    if fmt == "label-studio":
        found.append(('"labels": "LOC"', True, lambda r: _set(r, p["label"][:-1], "LOC")))
        found.append(("region text disagrees", True, lambda r: r["annotations"][0]["result"][0]["value"].update(text="株洲市")))
        found.append(("annotations a string", True, lambda r: r.update(annotations="x")))
        found.append(("data a string", True, lambda r: r.update(data="x")))
        found.append(("was_cancelled no", True, lambda r: r["annotations"][0].update(was_cancelled="no")))
        found.append(("prediction ids", False, lambda r: r.update(annotations=[], predictions=[3])))
        found.append(("meta score float", False, lambda r: r["meta"].update(score=raw("0.5"))))
    if fmt == "spacy-jsonl":
        found.append(("answer unknown", True, lambda r: r.update(answer="maybe")))
        found.append(("spans a string", True, lambda r: r.update(spans="x")))
        found.append(("meta a string", True, lambda r: r.update(meta="x")))
    if fmt != "label-studio":  # lines of their own: damage to one line leaves the others readable
        found.append(("not an object", True, "[1, 2]"))
        found.append(("null", True, "null"))
        found.append(("cut line", True, lambda r: None))
        found.append(("garbage", True, "{{{not json"))
        found.append(("nested too deep", True, "[" * 100_000 + "]" * 100_000))
    return found


def _json_file(fmt, tag, rng, mutation_list):
    """A file of RECORDS_PER_FILE records, BAD_PER_FILE of them mutated; returns its text
    and per record (line, index or None, bad?, text of a good record)."""
    lines, expected = [], []
    mutated = set(rng.sample(range(RECORDS_PER_FILE), BAD_PER_FILE))
    for n in range(RECORDS_PER_FILE):
        record = MAKERS[fmt](tag, n)
        good_text = _get(record, PATHS[fmt]["text"])
        bad, name = False, ""
        if n in mutated:
            name, bad, change = mutation_list[rng.randrange(len(mutation_list))]
            if isinstance(change, str):
                line = change
            elif name == "cut line":
                full = dumps(record)
                line = full[: rng.randrange(1, len(full) - 1)]
            else:
                change(record)
                line = dumps(record)
                good_text = _get(record, PATHS[fmt]["text"]) if not bad else None
        else:
            line = dumps(record)
        lines.append(line)
        expected.append((n + 1 if fmt != "label-studio" else n + 2, n + 1 if fmt == "label-studio" else None, bad,
                         None if bad else good_text, name))
    if fmt == "label-studio":
        return "[\n" + ",\n".join(lines) + "\n]\n", expected
    return "\n".join(lines) + "\n", expected


CONLL_BAD = ["长 X", "长 B-", "长", "长 B-LOC extra", "长\tI-", "长 O O O x-LOC", "B-LOC", "长 B-A\u200bB",
             "长 B-" + "L" * 40]


def _conll_file(tag, rng):
    out, expected = ["-DOCSTART- -X- O O", ""], []
    line = 3
    mutated = set(rng.sample(range(RECORDS_PER_FILE), BAD_PER_FILE))
    for n in range(RECORDS_PER_FILE):
        text, loc, piece, at = base_text(tag, n)
        tags = ["O"] * len(text)
        tags[loc:loc + 3] = ["B-LOC", "I-LOC", "I-LOC"]
        rows = [f"{ch} {t}" for ch, t in zip(text, tags)]
        bad = n in mutated
        if bad:
            rows[rng.randrange(len(rows))] = CONLL_BAD[rng.randrange(len(CONLL_BAD))]
        first = line
        out += rows + ["", "-DOCSTART- -X- O O", ""]
        line += len(rows) + 3
        expected.append(((first - 1, first + len(rows)), None, bad, None if bad else text, "odd line" if bad else ""))
    return "\n".join(out) + "\n", expected


SPACY_MUTATIONS = [
    ("id=1.5", True, lambda info, doc: info.update(id=1.5)),
    ("id=inf", True, lambda info, doc: info.update(id=float("inf"))),
    ("id=[1]", True, lambda info, doc: info.update(id=[1])),
    ("source=2.5", True, lambda info, doc: info.update(source=2.5)),
    ("title=7", True, lambda info, doc: info.update(title=7)),
    ("status=done", True, lambda info, doc: info.update(status="done")),
    ("metrics a string", True, lambda info, doc: info.update(metrics="x")),
    ("approx=no", True, lambda info, doc: info["metrics"][0].update(approx="no")),
    ("value=abc", True, lambda info, doc: info["metrics"][0].update(value="abc")),
    ("value=NaN", True, lambda info, doc: info["metrics"][0].update(value=float("nan"))),
    ("value_high<value", True, lambda info, doc: info["metrics"][0].update(value_high="1")),
    ("unit=5", True, lambda info, doc: info["metrics"][0].update(unit=5)),
    ("user data a string", True, lambda info, doc: doc.user_data.update(annotator="x")),
    ("label with a space", True, lambda info, doc: _relabel(doc, "A B")),
    ("label too long", True, lambda info, doc: _relabel(doc, "L" * 40)),
    ("title absent", False, lambda info, doc: info.pop("title")),
    ("approx absent", False, lambda info, doc: info["metrics"][0].pop("approx")),
    ("id text", False, lambda info, doc: info.update(id="a-7")),
]


def _relabel(doc, label):
    from spacy.tokens import Span

    first = doc.ents[0]
    doc.ents = [Span(doc, first.start, first.end, label=label), *doc.ents[1:]]


def _spacy_file(nlp, tag, rng):
    """A DocBin (spaCy's own writer) of RECORDS_PER_FILE docs, BAD_PER_FILE with hostile
    user data or labels: expected per doc (None, doc number, bad?, text, mutation)."""
    from spacy.tokens import DocBin

    docs, expected = DocBin(store_user_data=True), []
    mutated = set(rng.sample(range(RECORDS_PER_FILE), BAD_PER_FILE))
    for n in range(RECORDS_PER_FILE):
        text, loc, piece, at = base_text(tag, n)
        doc = nlp.make_doc(text)
        doc.ents = [doc.char_span(loc, loc + 3, label="LOC"), doc.char_span(at, at + len(piece), label="METRIC")]
        info = {"id": n, "source": "s.txt", "title": "标题", "status": "accepted",
                "metrics": [{"start": at, "end": at + len(piece), "value": str(n + 2), "unit": "项", "approx": False}]}
        doc.user_data["annotator"] = info
        bad, name = False, ""
        if n in mutated:
            name, bad, change = SPACY_MUTATIONS[rng.randrange(len(SPACY_MUTATIONS))]
            change(info, doc)
        docs.add(doc)
        expected.append((None, n + 1, bad, None if bad else text, name))
    return docs.to_bytes(), expected


def _damaged(data: bytes, rng) -> bytes:
    """A copy cut short, or with a few bytes changed."""
    if rng.random() < 0.3:
        return data[: rng.randrange(2, len(data))]
    damaged = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        damaged[rng.randrange(2, len(damaged))] = rng.randrange(256)
    return bytes(damaged)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    rng = random.Random(SEED)
    files = {}
    counts = {}
    for fmt in [*MAKERS, "conll"]:
        count = 0
        number = 0
        mutation_list = mutations(fmt) if fmt != "conll" else None
        while count < MUTATIONS_PER_FORMAT:
            tag = f"{fmt}{number}"
            if fmt == "conll":
                text, expected = _conll_file(tag, rng)
            else:
                text, expected = _json_file(fmt, tag, rng, mutation_list)
            path = folder / f"{fmt}-{number:03d}.{'json' if fmt == 'label-studio' else 'conll' if fmt == 'conll' else 'jsonl'}"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            files[path] = (fmt, expected)
            count += BAD_PER_FILE
            number += 1
        counts[fmt] = count
    damaged = []
    try:
        import spacy
    except ImportError:
        spacy = None
    if spacy is not None:
        nlp = spacy.blank("zh")
        count = 0
        while count < MUTATIONS_PER_FORMAT:
            data, expected = _spacy_file(nlp, f"spacy{count}", rng)
            path = folder / f"spacy-{count:04d}.spacy"
            path.write_bytes(data)
            files[path] = ("spacy", expected)
            count += BAD_PER_FILE
        for number in range(100):  # and damaged copies of the last one: refused or read, never a traceback
            path = folder / f"damaged-{number:03d}.spacy"
            path.write_bytes(_damaged(data, rng))
            damaged.append(path)
            count += 1
        counts["spacy"] = count
    project = folder / "hostile.sqlite"
    with Store(project) as store:
        report = import_paths(store, [*files, *damaged], jobs=1)
        texts = {a.text for a in store.iter_articles()}
    return files, counts, report, texts, project, damaged


def test_the_corpus_has_a_thousand_mutations_of_every_format(corpus):
    _, counts, *_ = corpus
    assert set(counts) >= {"jsonl", "doccano", "label-studio", "spacy-jsonl", "conll"}
    assert min(counts.values()) >= MUTATIONS_PER_FORMAT


def test_no_file_is_refused_whole_or_read_with_a_traceback(corpus):
    files, _, report, _, _, damaged = corpus
    text_files = {path.name for path, (fmt, _) in files.items() if fmt != "spacy"}
    assert not [p for p in report.problems if p.file in text_files and p.line is None]
    assert not [p for p in report.problems if "could not be read" in p.message]
    spacy_files = {path.name for path, (fmt, _) in files.items() if fmt == "spacy"}
    assert all(p.message.startswith("doc ") for p in report.problems if p.file in spacy_files)


def test_a_damaged_spacy_file_is_refused_by_name_or_read_never_a_traceback(corpus):
    *_, report, _, _, damaged = corpus
    if not damaged:
        pytest.skip("spaCy is not installed: no .spacy files in the corpus")
    by_file = {}
    for problem in report.problems:
        by_file.setdefault(problem.file, []).append(problem.message)
    imported = {r.source_name for r in report.results}
    for path in damaged:
        assert path.name in imported or path.name in by_file, path.name
        assert not any("could not be read" in message for message in by_file.get(path.name, []))


def test_every_bad_record_is_named_by_file_and_line_and_every_good_one_is_kept(corpus):
    files, _, report, texts, _, _ = corpus
    by_file = {}
    for problem in report.problems:
        by_file.setdefault(problem.file, []).append(problem)
    missed, lost, blamed = [], [], []
    for path, (fmt, expected) in files.items():
        problems = by_file.get(path.name, [])
        for line, index, bad, text, mutation in expected:
            if fmt == "conll":
                named = [p for p in problems if line[0] <= p.line <= line[1]]
            elif fmt == "spacy":
                named = [p for p in problems if p.message.startswith(f"doc {index}:")]
            else:
                named = [p for p in problems if p.line == line and (index is None or f"record {index}:" in p.message)]
            if bad and not named:
                missed.append((path.name, line, mutation))
            if not bad and named:
                blamed.append((path.name, line, mutation, named[0].message))
            if not bad and text not in texts:
                lost.append((path.name, line, mutation))
    assert (missed, blamed, lost) == ([], [], [])


def test_the_project_file_is_sound_after_the_hostile_import(corpus):
    project = corpus[4]
    connection = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
