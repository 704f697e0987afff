"""Opening files that are not what they seem, and crashing while a project is migrated
(issue 7): a file that is not an annotator project is refused and left byte-identical; a
process killed during a migration leaves the project at the old version or the new one,
never between, and never a half backup that looks whole."""
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.store import SCHEMA_VERSION, Store, StoreError

sys.path.insert(0, str(Path(__file__).parent))

from test_reliability_store import ENV, _old_project, _rows  # noqa: E402


def test_another_programs_sqlite_file_is_refused_and_not_changed(tmp_path):
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="belongs to another program"):
        Store(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"\xe6\xb9\x98\xe6\xbd\xad\xe5\x8e\xbf\n" * 200, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_no_database_is_refused_and_not_changed(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not an annotator project, or the file is damaged"):
        Store(path)
    assert path.read_bytes() == content


OPEN = """
import sys
from annotator.store import Store
print("opening", flush=True)
Store(sys.argv[1]).close()
print("opened", flush=True)
"""


def test_a_kill_during_migration_leaves_the_old_version_or_the_new_one(tmp_path):
    path = tmp_path / "old.sqlite"
    _old_project(path, 3, articles=15_000)
    _, articles, entities, _ = _rows(path)
    # Kill within the time a whole migration takes on this machine (measured on a copy), so
    # the kills land during the migration whether the machine is idle or loaded.
    copy = tmp_path / "copy" / "old.sqlite"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    timing = subprocess.Popen([sys.executable, "-c", OPEN, str(copy)], stdout=subprocess.PIPE, text=True, env=ENV)
    assert timing.stdout.readline().strip() == "opening"
    started = time.perf_counter()
    assert timing.stdout.readline().strip() == "opened"
    migration = time.perf_counter() - started
    timing.wait()
    chance = random.Random(3)
    outcomes = []
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-c", OPEN, str(path)], stdout=subprocess.PIPE, text=True, env=ENV)
        assert child.stdout.readline().strip() == "opening"
        time.sleep(chance.uniform(0.0, 0.8 * migration))
        child.send_signal(signal.SIGKILL)
        outcomes.append(child.wait() == -signal.SIGKILL)
        version, now_articles, now_entities, integrity = _rows(path)
        assert integrity == "ok" and version in (3, SCHEMA_VERSION)
        assert (now_articles, now_entities) == (articles, entities)
        columns = {row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(articles)")}
        assert ("proposed" in columns) == (version == SCHEMA_VERSION)  # the v4 step only with v5
        for backup in tmp_path.glob("*-backup-*.sqlite"):  # a backup under its name is whole
            assert _rows(backup) == (3, articles, entities, "ok")
    assert any(outcomes)  # at least one kill landed while the file was being opened
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION and store.count() == len(articles)
