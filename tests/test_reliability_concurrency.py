"""Two processes on one project (issue 7): two reviewers editing at once, or the import
command running while a reviewer edits, both work and no write is lost (WAL, a busy
timeout, an edit refused when its span changed elsewhere); a writer held up longer than the
timeout is told clearly that the project is in use, and nothing is half-written."""
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.core import ops as O
from annotator.store import ProjectInUse, Store, StoreError

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "stress"))

from harness import EDITOR, import_problems, make_project, replay_problems, snapshot, write_batch  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def _editor(project: Path, actor: str, steps: int, ids: list[int]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(EDITOR), str(project), "--actor", actor, "--steps", str(steps),
                             "--articles", ",".join(map(str, ids))], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV)


def _finish(child: subprocess.Popen) -> list[str]:
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err[-2000:]
    return out.splitlines()


def _edits(store: Store, actor: str) -> int:
    return store.db.execute("SELECT count(*) FROM history WHERE actor = ?", [actor]).fetchone()[0]


def test_two_reviewers_in_two_processes_lose_no_write(tmp_path):
    project = tmp_path / "p.sqlite"
    ids = make_project(project, tmp_path, articles=4)  # few articles: the two often meet on one
    initial = snapshot(project, ids)
    first, second = _editor(project, "ann", 210, ids), _editor(project, "bob", 210, ids)
    lines = _finish(first) + _finish(second)
    assert sum(line.startswith("done") for line in lines) == 420
    with Store(project) as store:
        assert _edits(store, "ann") == 210 and _edits(store, "bob") == 210
        assert replay_problems(store, initial) == []  # the history rebuilds every article exactly
        assert store.integrity_problems() == []


def test_the_import_command_runs_while_a_reviewer_edits(tmp_path):
    project = tmp_path / "p.sqlite"
    ids = make_project(project, tmp_path)
    initial = snapshot(project, ids)
    batch = write_batch(tmp_path / "in", 0, 12, 150)
    editor = _editor(project, "ann", 400, ids)
    cli = subprocess.run([sys.executable, "-m", "annotator", "import", *[str(b.path) for b in batch],
                          "--project", str(project)], capture_output=True, text=True, env=ENV, timeout=300)
    lines = _finish(editor)
    assert cli.returncode == 0 and "problem" not in cli.stderr, cli.stderr[-2000:]
    assert f"{12 * 150} articles added" in cli.stdout
    assert sum(line.startswith("done") for line in lines) == 400
    with Store(project) as store:
        assert _edits(store, "ann") == 400
        assert replay_problems(store, initial) == []
        assert import_problems(store, batch, {b.path.name for b in batch}) == ([], len(batch))
        assert store.integrity_problems() == []


HOLD_THE_WRITE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()  # until the test says so
conn.execute("ROLLBACK")
"""


def test_a_project_another_process_keeps_busy_is_reported_in_use(tmp_path, monkeypatch):
    from annotator.io.importer import import_paths
    from annotator.store import connection

    project = tmp_path / "p.sqlite"
    ids = make_project(project, tmp_path)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)  # the real wait is 10 s
    store = Store(project)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_WRITE_LOCK, str(project)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert holder.stdout.readline().strip() == "holding"
        article = store.article(ids[0])
        with pytest.raises(ProjectInUse, match="another window or command is writing"):
            store.apply(O.SetStatus(ids[0], article.status, "accepted", "", "ann"), "ann")
        (waiting,) = write_batch(tmp_path / "in", 0, 1, 5)
        report = import_paths(store, [waiting.path])
        assert [p.message for p in report.problems] == [
            "not imported: the project file is busy: another window or command is writing to it; try again"]
        assert store.article(ids[0]).status == article.status  # nothing half-written
    finally:
        holder.communicate("\n", timeout=30)
    store.apply(O.SetStatus(ids[0], article.status, "accepted", "", "ann"), "ann")  # and then it works
    assert store.article(ids[0]).status == "accepted"
    store.close()


REMOVE_FIRST_ENTITY = """
import sys
from annotator.core import ops as O
from annotator.store import Store
with Store(sys.argv[1]) as store:
    article = store.article(int(sys.argv[2]))
    store.apply(O.RemoveEntity(article.id, article.entities[0]), "bob")
"""


def test_an_edit_of_a_span_another_process_removed_is_refused_not_misapplied(tmp_path):
    project = tmp_path / "p.sqlite"
    ids = make_project(project, tmp_path)
    with Store(project) as store:
        shown = store.article(ids[0])  # what this window shows
        entity = shown.entities[0]
        subprocess.run([sys.executable, "-c", REMOVE_FIRST_ENTITY, str(project), str(ids[0])], check=True, env=ENV)
        relabel = O.UpdateEntity(ids[0], entity, replace(entity, label="ORG"))
        with pytest.raises(StoreError, match="no longer in the article.*by bob"):
            store.apply(relabel, "ann")
        with pytest.raises(StoreError, match="no longer in the article.*by bob"):
            store.apply(O.RemoveEntity(ids[0], entity), "ann")
        now = store.article(ids[0])
        assert entity.id not in {e.id for e in now.entities} and len(now.entities) == len(shown.entities) - 1
        assert _edits(store, "ann") == 0
