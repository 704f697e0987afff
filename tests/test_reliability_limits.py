"""Huge files (issue 7): an oversized file is refused with a message naming it, memory
stays bounded while that happens, and the rest of the batch is imported. The big files are
written at test time in a temporary folder; the import runs in a child process whose peak
resident memory (getrusage) is compared before and after."""
import json
import subprocess
import sys
import textwrap

import pytest

from annotator.io.importer import MAX_PAGE_BYTES, MAX_RECORDS_BYTES

MB = 2**20
LINE = ("湘潭县完成27项民生实事，株洲市芦淞区投资5亿元。" * 10 + "\n").encode("utf-8")

CHILD = textwrap.dedent("""
    import json, resource, sys
    from annotator.io.importer import import_paths
    from annotator.store import Store

    store = Store(sys.argv[1])
    # a small page first: jieba's dictionary (~90 MB) loads now, so the growth is the file's doing
    warm = import_paths(store, [sys.argv[2]])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = import_paths(store, sys.argv[3:])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"growth_mb": (after - before) / 1024, "added": warm.added + report.added,
                      "problems": [[p.file, p.line, p.message] for p in report.problems]}))
""")


def _write_page(path, megabytes: float) -> int:
    count = int(megabytes * MB) // len(LINE) + 1
    with open(path, "wb") as handle:
        for _ in range(count):
            handle.write(LINE)
    return path.stat().st_size


def _import_in_child(tmp_path, *paths) -> dict:
    good = tmp_path / "good.txt"
    good.write_text("益阳市赫山区今年新增就业1200人。\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "p.sqlite"), str(good), *map(str, paths)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_a_100_mb_page_is_refused_without_being_read(tmp_path):
    page = tmp_path / "整版 100MB.txt"
    size = _write_page(page, 100)
    assert size > MAX_RECORDS_BYTES
    result = _import_in_child(tmp_path, page)
    (problem,) = result["problems"]
    assert problem[0] == "整版 100MB.txt" and "100 MB" in problem[2] and "split" in problem[2]
    assert result["added"] == 1  # the good file of the same batch
    assert result["growth_mb"] < 16, result


def test_a_page_too_large_to_be_a_page_is_refused_in_bounded_memory(tmp_path):
    page = tmp_path / "big-page.txt"
    size = _write_page(page, 40)
    assert MAX_PAGE_BYTES < size < MAX_RECORDS_BYTES  # read (it could be JSONL), then refused
    result = _import_in_child(tmp_path, page)
    (problem,) = result["problems"]
    assert problem[0] == "big-page.txt" and "too large to be a page" in problem[2]
    assert result["added"] == 1
    assert result["growth_mb"] < 3.5 * size / MB, result  # the bytes, the text, one working copy


@pytest.mark.parametrize("megabytes", [3])
def test_a_large_record_file_is_imported_in_memory_proportional_to_it(tmp_path, megabytes):
    records = tmp_path / "many.jsonl"
    text = "湘潭县完成27项民生实事，株洲市芦淞区投资5亿元。" * 8
    with open(records, "w", encoding="utf-8") as handle:
        number = 0
        while handle.tell() < megabytes * MB:
            body = f"第{number}篇。{text}"
            handle.write(json.dumps({"text": body, "entities": [], "metrics": []}, ensure_ascii=False) + "\n")
            number += 1
    result = _import_in_child(tmp_path, records)
    assert result["problems"] == [] and result["added"] == number + 1
    assert result["growth_mb"] < 8 * megabytes + 16, result
