"""Kills (issue 7): a reviewer process and `annotator import` are killed with SIGKILL at
seeded random moments; after each kill the project must be sound, hold every edit reported
done (and at most the one in flight), and hold each file completely or not at all. A few
kills here; tests/stress/run_kills.py runs many. The checks themselves are tested first on
projects damaged on purpose, so a pass means something."""
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "stress"))

from harness import KillTest, import_problems, make_project, replay_problems, snapshot, write_batch  # noqa: E402

from annotator.core import ops as O  # noqa: E402
from annotator.store import Store  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


def test_seeded_kills_lose_nothing_but_the_edit_in_flight(tmp_path):
    test = KillTest(tmp_path, seed=7)
    summary = test.run(rounds=5)
    assert summary.problems == []
    assert summary.kills >= 5  # each round kills a working reviewer and, most rounds, the importer
    assert summary.edits_saved > 0 and summary.files_imported > 0


def test_the_history_check_sees_an_edit_made_behind_its_back(tmp_path):
    ids = make_project(tmp_path / "p.sqlite", tmp_path)
    initial = snapshot(tmp_path / "p.sqlite", ids)
    with Store(tmp_path / "p.sqlite") as store:
        article = store.article(ids[0])
        store.apply(O.SetStatus(ids[0], article.status, "accepted", "", "ann"), "ann")
        assert replay_problems(store, initial) == []
        store.db.execute("UPDATE entities SET label = 'PER' WHERE article_id = ?", [ids[1]])  # no history row
        assert replay_problems(store, initial) == [f"article {ids[1]}: the project differs from its replayed history"]


def test_the_import_check_sees_a_half_imported_file_and_a_reported_one_missing(tmp_path):
    make_project(tmp_path / "p.sqlite", tmp_path)
    batch = write_batch(tmp_path / "in", 0, 2, 5)
    with Store(tmp_path / "p.sqlite") as store:
        from annotator.io.importer import import_paths

        import_paths(store, [batch[0].path])
        assert import_problems(store, batch, {batch[0].path.name}) == ([], 1)
        problems, _ = import_problems(store, batch, {batch[1].path.name})
        assert problems == [f"{batch[1].path.name}: reported imported, but it is not in the project"]
        store.db.execute("DELETE FROM articles WHERE id = (SELECT max(id) FROM articles)")
        problems, _ = import_problems(store, batch, set())
        assert problems and "half imported" in problems[0]


def test_the_kill_check_sees_a_reported_edit_that_is_missing(tmp_path):
    test = KillTest(tmp_path, seed=1)
    test.edits_reported = 3  # the reviewer "saw" three edits the project does not have
    test.check()
    assert test.summary.problems == ["3 edits reported done, 0 in the project"]


def test_a_killed_project_is_a_sound_sqlite_file_for_other_tools(tmp_path):
    test = KillTest(tmp_path, seed=11)
    test.run(rounds=1)
    conn = sqlite3.connect(test.project)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM history").fetchone()[0] > 0
    conn.close()


def test_an_edit_reported_done_survives_a_kill_right_after_it(tmp_path):
    """synchronous = NORMAL (WAL): the commit is in the -wal file when apply returns, so a
    kill (no close, no checkpoint) loses nothing the reviewer saw saved."""
    import os
    import subprocess
    import textwrap

    path = tmp_path / "p.sqlite"
    ids = make_project(path, tmp_path)
    child = textwrap.dedent(f"""
        import os, signal
        from annotator.core import ops as O
        from annotator.store import Store
        store = Store({str(path)!r})
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        article = store.article({ids[0]})
        store.apply(O.SetStatus(article.id, article.status, "accepted", article.reviewer, "ann"), "ann")
        print("saved", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    env.pop("ANNOTATOR_SYNCHRONOUS", None)
    done = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL and done.stdout == "saved\n", done.stderr
    with Store(path) as store:
        assert store.article(ids[0]).status == "accepted"


def test_full_flushes_at_every_commit_when_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_SYNCHRONOUS", "full")
    with Store(tmp_path / "p.sqlite") as store:
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
