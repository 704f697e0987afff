"""Files that are not annotator projects (issue 15): another program's SQLite file is
recognised as such even when it has a table named `articles` and a plausible user_version,
and is left exactly as it was (no WAL switch, no index, no backup, no stamp); an empty file is
not made into a project by commands that only read; a folder is named as a folder."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store import Store, StoreError

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def _cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True, text=True,
                          env=ENV, timeout=timeout)


def _other_program(path: Path, user_version: int) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, headline TEXT, body TEXT)")
    conn.execute("INSERT INTO articles (headline, body) VALUES ('晚报', '怀化市今日晴')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path.read_bytes()


def _untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before  # byte-identical: journal mode (header bytes 18-19), version, schema
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no backup, no -wal, no -shm


@pytest.mark.parametrize("user_version", [2, 4, 5])
def test_another_programs_file_with_an_articles_table_is_refused_untouched(tmp_path, user_version):
    path = tmp_path / "news.sqlite"
    before = _other_program(path, user_version)
    with pytest.raises(StoreError, match="belongs to another program"):
        Store(path)
    _untouched(path, before)
    for command in (["stats"], ["export", str(tmp_path.parent / f"out-{user_version}.jsonl")],
                    ["import", str(REPO / "resources" / "sample" / sorted(os.listdir(REPO / "resources" / "sample"))[0])]):
        result = _cli(*command, "--project", str(path))
        assert result.returncode == 1, result
        assert "belongs to another program" in result.stderr and "Traceback" not in result.stderr
        _untouched(path, before)


def test_the_app_refuses_another_programs_file_with_a_message(qtbot, tmp_path, monkeypatch):
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from annotator.ui.app import Application
    from annotator.ui.settings import Settings

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: shown.append(text))
    path = tmp_path / "news.sqlite"
    before = _other_program(path, 4)
    assert Application(QApplication.instance(), Settings()).open(path) is None
    assert len(shown) == 1 and "belongs to another program" in shown[0]
    _untouched(path, before)


def test_an_empty_file_is_not_made_a_project_by_stats_or_export(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    for command in (["stats"], ["export", str(tmp_path.parent / "empty-out.jsonl")]):
        result = _cli(*command, "--project", str(path))
        assert result.returncode == 1 and "empty" in result.stderr and "Traceback" not in result.stderr
        assert path.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]
    with pytest.raises(StoreError, match="empty"):
        Store(path, create=False)
    # commands that make projects still may
    page = REPO / "resources" / "sample" / sorted(os.listdir(REPO / "resources" / "sample"))[0]
    assert _cli("import", str(page), "--project", str(path)).returncode == 0
    assert "articles:" in _cli("stats", "--project", str(path)).stdout


def test_a_folder_named_like_a_project_is_called_a_folder(tmp_path):
    folder = tmp_path / "x.sqlite"
    folder.mkdir()
    for command in (["stats"], ["import", str(REPO / "resources" / "sample")]):
        result = _cli(*command, "--project", str(folder))
        assert result.returncode == 1 and "is a folder, not a project file" in result.stderr
        assert "write beside" not in result.stderr and "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []


def test_our_projects_carry_the_application_id_and_old_ones_are_still_recognised(tmp_path):
    from annotator.store.identity import APPLICATION_ID

    with Store(tmp_path / "new.sqlite"):
        pass
    header = (tmp_path / "new.sqlite").read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    sys.path.insert(0, str(REPO / "tests"))
    from test_reliability_store import _old_project

    old = tmp_path / "old.sqlite"
    _old_project(old, 4)  # made before the stamp existed: recognised by its tables
    with Store(old) as store:
        assert store.count() == 3
