"""Import -> export through the real importer, CLI and project file."""
import json
import subprocess
import sys
from decimal import Decimal

from annotator.io.importer import import_paths
from annotator.io.jsonl import write_jsonl
from annotator.store import Store


def _export(store, path):
    write_jsonl(path, store.iter_articles())
    return [json.loads(line, parse_float=Decimal) for line in path.read_text(encoding="utf-8").splitlines()]


def test_pages_round_trip_with_offsets_that_hold(tmp_path, seed_pages):
    with Store(tmp_path / "p.sqlite") as store:
        report = import_paths(store, seed_pages)
        assert report.added >= 15 and not report.problems
        records = _export(store, tmp_path / "out.jsonl")
    assert len(records) == report.added
    for record in records:
        assert record["source"].endswith(".txt") and record["status"] == "pending"
        for span in record["entities"] + record["metrics"]:
            assert record["text"][span["start"]:span["end"]] == span["text"]
        for metric in record["metrics"]:
            assert isinstance(metric["value"], Decimal) or metric["value"] is None or isinstance(metric["value"], int)
    raw = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert "怀化市" in raw and "\\u" not in raw  # UTF-8, not ASCII-escaped


def test_reimporting_adds_nothing(tmp_path, seed_pages):
    with Store(tmp_path / "p.sqlite") as store:
        first = import_paths(store, seed_pages)
        again = import_paths(store, seed_pages)
        assert again.added == 0 and sorted(again.already_imported) == sorted(p.name for p in seed_pages)
        copy = tmp_path / "copy-with-other-name.txt"
        copy.write_bytes(seed_pages[0].read_bytes() + b"\n")  # a different file, the same articles
        third = import_paths(store, [copy])
        assert third.added == 0 and third.duplicates > 0
        assert store.count() == first.added


def test_exported_jsonl_imports_back_with_spans_and_exact_values(tmp_path, seed_pages):
    with Store(tmp_path / "a.sqlite") as store:
        import_paths(store, seed_pages[:1])
        first = _export(store, tmp_path / "a.jsonl")
    with Store(tmp_path / "b.sqlite") as store:
        report = import_paths(store, [tmp_path / "a.jsonl"])
        assert report.added == len(first) and not report.problems
        second = _export(store, tmp_path / "b.jsonl")
    for before, after in zip(first, second):
        assert after["text"] == before["text"] and after["title"] == before["title"]
        assert [(e["start"], e["end"], e["label"]) for e in after["entities"]] == [
            (e["start"], e["end"], e["label"]) for e in before["entities"]]
        assert [m["value"] for m in after["metrics"]] == [m["value"] for m in before["metrics"]]
        assert {e["origin"] for e in after["entities"]} <= {"import"}


def test_bad_files_are_reported_by_name_and_line_and_the_rest_is_imported(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("怀化市洪江区今年完成投资5.31亿元。\n", encoding="utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("邵阳市大祥区新增就业8210人。\n".encode("gb18030"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("长沙市开福区投入资金2300余万元。\n".encode("utf-16"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"text": "湘潭县完成27项民生实事。"}, ensure_ascii=False) + "\n"
        + "{broken json\n"
        + json.dumps({"text": "株洲市芦淞区。", "entities": [{"start": 0, "end": 9, "label": "LOC"}]}, ensure_ascii=False) + "\n"
        + json.dumps({"text": "益阳市赫山区。"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "p.sqlite") as store:
        report = import_paths(store, [good, gbk, utf16, empty, binary, records])
        texts = [a.text for a in store.iter_articles()]
    problems = {(p.file, p.line) for p in report.problems}
    assert ("empty.txt", None) in problems and ("picture.txt", None) in problems
    assert ("records.jsonl", 2) in problems and ("records.jsonl", 3) in problems
    assert report.added == 5
    assert any("8210人" in t for t in texts) and any("2300余万元" in t for t in texts)
    encodings = {r.source_name for r in report.results}
    assert {"good.txt", "gbk.txt", "utf16.txt", "records.jsonl"} <= encodings


def test_cli_import_export_and_stats(tmp_path, seed_pages):
    project = tmp_path / "cli.sqlite"
    run = lambda *args: subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True, text=True,
                                       timeout=300)
    imported = run("import", *map(str, seed_pages), "--project", str(project))
    assert imported.returncode == 0, imported.stderr
    assert "articles added" in imported.stdout
    stats = run("stats", "--project", str(project))
    assert "pending" in stats.stdout and "LOC" in stats.stdout
    out = tmp_path / "accepted.jsonl"
    exported = run("export", str(out), "--status", "accepted", "--project", str(project))
    assert exported.returncode == 0 and out.read_text(encoding="utf-8") == ""
    missing = run("stats", "--project", str(tmp_path / "nope.sqlite"))
    assert missing.returncode == 1 and "no such project file" in missing.stderr


def test_two_worker_processes_import_the_same_as_one(tmp_path, seed_pages):
    from annotator.io.importer import AUTO_PARALLEL_BYTES, auto_jobs

    with Store(tmp_path / "one.sqlite") as one, Store(tmp_path / "two.sqlite") as two:
        import_paths(one, seed_pages, jobs=1)
        report = import_paths(two, seed_pages, jobs=2)
        assert report.added == one.count() and not report.problems
        serial = [(a.title, a.text, a.entities, a.metrics) for a in one.iter_articles()]
        parallel = [(a.title, a.text, a.entities, a.metrics) for a in two.iter_articles()]
        strip = lambda rows: [(t, x, [(e.start, e.end, e.label) for e in es], [(m.start, m.end, m.value) for m in ms])
                              for t, x, es, ms in rows]
        assert strip(serial) == strip(parallel)
    assert auto_jobs(seed_pages) == 1  # three pages: not worth starting processes
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * AUTO_PARALLEL_BYTES)
    assert auto_jobs([big, seed_pages[0]]) >= min(2, __import__("os").cpu_count() or 1)
