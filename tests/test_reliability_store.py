"""The project file under stress (issue 7): schema migrations, read-only files, a full disk,
and two processes on one project. Disk full is real: a child process runs with a file-size
limit (RLIMIT_FSIZE, SIGXFSZ ignored) so the kernel refuses the writes; SQLite's own page
limit (max_page_count) gives the same answer without a child."""
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.core import ops as O
from annotator.core.types import ArticleDraft
from annotator.io.importer import import_paths
from annotator.store import SCHEMA_VERSION, ProjectInUse, SchemaTooNew, SourceRecord, Store, StoreError
from annotator.store import texts
from annotator.store.identity import APPLICATION_ID
from annotator.store.migrations import MIGRATIONS

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "stress"))

from harness import EDITOR, import_problems, make_project, replay_problems, snapshot, write_batch  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(REPO)}
TEXT = "怀化市洪江区今年完成投资5.31亿元，新建学校三所。"


def _old_project(path: Path, version: int, articles: int = 3) -> None:
    """A project as an older annotator left it: schema `version`, some reviewed work."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:version]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO sources (name, sha256, imported_at) VALUES ('old.txt', 'x', '2023-01-01')")
    for number in range(articles):
        text = f"第{number}篇：{TEXT}"
        conn.execute("INSERT INTO articles (source_id, title, text, content_hash, status, updated_at) "
                     "VALUES (1, '旧', ?, ?, 'accepted', '2023')", [text, f"h{number}"])
        conn.execute("INSERT INTO entities (article_id, start, \"end\", label, text, origin) "
                     "VALUES (?, 4, 10, 'LOC', '怀化市洪江区', 'human')", [number + 1])
    conn.execute("COMMIT")
    conn.close()


def _rows(path: Path) -> tuple:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA user_version")
    except sqlite3.OperationalError:
        # a process killed while writing in WAL mode leaves a log that the next connection
        # must recover, and recovery needs write access (SQLITE_READONLY_RECOVERY): open as
        # the app would; uncommitted frames are dropped, nothing committed changes
        conn.close()
        conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                # since v15 a text mostly of Chinese is kept as UTF-16 bytes (store/texts.py)
                [(i, texts.unpack(text), status)
                 for i, text, status in conn.execute("SELECT id, text, status FROM articles ORDER BY id")],
                conn.execute("SELECT article_id, start, \"end\", label FROM entities ORDER BY id").fetchall(),
                conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


# --- migrations -------------------------------------------------------------------------


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_older_project_is_migrated_after_a_backup_that_holds_the_old_file(tmp_path, version):
    path = tmp_path / "old.sqlite"
    _old_project(path, version)
    before = _rows(path)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION and store.integrity_problems() == []
        backup = store.backup
        assert [(e.text, e.label) for e in store.article(1).entities] == [("怀化市洪江区", "LOC")]
    assert backup.parent == tmp_path and f".v{version}-backup-" in backup.name
    assert _rows(backup) == before  # the copy is the old project, whole and readable
    assert _rows(path)[1:] == before[1:]


def test_a_v11_project_keeps_its_queue_order_and_splits_go_after_their_article(tmp_path):
    """Schema v12 gives every article a place in the queue (its id); a split made after the
    migration puts the new part right after its article."""
    from annotator.core import restructure as R

    path = tmp_path / "v11.sqlite"
    _old_project(path, 11, articles=3)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM entities WHERE article_id = 1")
        conn.execute("UPDATE articles SET text = '洪江区念好三字经' || char(10) || text WHERE id = 1")
    conn.close()
    with Store(path) as store:
        assert store.article_ids() == [1, 2, 3]
        article = store.article(1)
        store.apply(R.split(article, article.text.index("第")), "tester")
        assert store.article_ids() == [1, 4, 2, 3]
        # an import after the migration: its articles go to the end, in order
        store.import_source(SourceRecord("new.txt", "y", "新的一篇。"), [ArticleDraft("新的一篇。", title="新")])
        assert store.article_ids() == [1, 4, 2, 3, 5]


def test_a_newer_project_is_refused_naming_both_versions_and_left_byte_identical(tmp_path):
    for journal in ("delete", "wal"):
        path = tmp_path / f"future-{journal}.sqlite"
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute("CREATE TABLE future (x)")
        conn.execute("INSERT INTO future VALUES ('工作')")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a newer annotator's file
        conn.commit()
        conn.close()
        before = path.read_bytes()
        with pytest.raises(SchemaTooNew) as refused:
            Store(path)
        message = str(refused.value)
        assert f"schema version {SCHEMA_VERSION + 3}" in message and f"up to schema version {SCHEMA_VERSION}" in message
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []
    cli = subprocess.run([sys.executable, "-m", "annotator", "stats", "--project", str(path)],
                         capture_output=True, text=True, env=ENV, timeout=120)
    assert cli.returncode == 1 and f"schema version {SCHEMA_VERSION + 3}" in cli.stderr
    assert path.read_bytes() == before


def test_a_failed_migration_leaves_the_project_as_it_was(tmp_path):
    path = tmp_path / "conflict.sqlite"
    _old_project(path, 1)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE undo_stack (note TEXT)")  # a stray object that the v3 step also creates
    conn.execute("INSERT INTO undo_stack VALUES ('someone made this by hand')")
    conn.close()
    before = _rows(path)
    for _ in range(2):  # refused the same way each time: the first failure left nothing behind
        with pytest.raises(StoreError) as failed:
            Store(path)
        assert "migration to schema version" in str(failed.value) and "unchanged at version 1" in str(failed.value)
        assert _rows(path) == before
    conn = sqlite3.connect(path, isolation_level=None)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "articles_fts" not in names  # the v2 step that had succeeded was rolled back too
    conn.execute("BEGIN IMMEDIATE")  # and no connection was left holding the file
    conn.execute("ROLLBACK")
    conn.close()
    assert [p for p in tmp_path.iterdir() if "backup" in p.name]


def _child(script: str, *args: str, fsize: int | None = None, timeout=120):
    """Run `script` in a child process; with `fsize`, writing past that many bytes fails as
    on a full disk (the soft limit: the child may lift it again)."""
    def limits():
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, resource.RLIM_INFINITY))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script), *args], capture_output=True, text=True,
                          env=ENV, preexec_fn=limits, timeout=timeout)


def test_a_migration_that_cannot_write_its_backup_changes_nothing(tmp_path):
    path = tmp_path / "big-old.sqlite"
    _old_project(path, 3, articles=3000)
    before = _rows(path)
    result = _child("""
        import sys
        from annotator.store import Store, StoreError
        try:
            Store(sys.argv[1])
        except StoreError as error:
            print(error)
    """, str(path), fsize=path.stat().st_size // 2)
    assert "backup copy" in result.stdout and "nothing was changed" in result.stdout, result.stderr
    assert _rows(path) == before
    assert not [p for p in tmp_path.iterdir() if "backup" in p.name]  # no half-written copy left


# --- read-only --------------------------------------------------------------------------


def _project_with_work(path: Path) -> int:
    with Store(path) as store:
        (article_id,) = store.import_source(SourceRecord("a.txt", "sha-a", TEXT), [ArticleDraft(TEXT)]).article_ids
        store.apply(O.SetStatus(article_id, "pending", "accepted", "", "ann"), "ann")
    return article_id


def test_a_read_only_project_file_is_refused_untouched_even_for_root(tmp_path):
    path = tmp_path / "shared.sqlite"
    _project_with_work(path)
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="read-only; nothing was changed"):
        Store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.sqlite"]  # no journal files either
    cli = subprocess.run([sys.executable, "-m", "annotator", "stats", "--project", str(path)],
                         capture_output=True, text=True, env=ENV, timeout=120)
    assert cli.returncode == 1 and "read-only" in cli.stderr


def _open_and_edit_as(user: int | None, path: Path) -> str:
    """Open the project and change a status in a forked child running as `user` (the
    interpreter itself may sit where another user cannot run it); returns what it said."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read)
        try:
            if user is not None:
                os.setgid(user)
                os.setuid(user)
            with Store(path) as store:
                store.apply(O.SetStatus(1, "accepted", "rejected", "", "x"), "x")
            said = "wrote"
        except StoreError as error:
            said = str(error)
        except BaseException as error:  # noqa: BLE001 - reported to the parent, which fails the test
            said = f"unexpected {type(error).__name__}: {error}"
        os.write(write, said.encode("utf-8"))
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read().decode("utf-8")
    os.waitpid(pid, 0)
    return said


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX users")
def test_read_only_file_or_folder_for_an_ordinary_user(tmp_path):
    import shutil
    import tempfile

    nobody = 65534 if os.geteuid() == 0 else None  # root ignores permissions: ask as nobody
    folder = Path(tempfile.mkdtemp(prefix="annotator-ro-"))  # outside pytest's root-only folders
    try:
        folder.chmod(0o755)
        path = folder / "p.sqlite"
        _project_with_work(path)
        path.chmod(0o444)
        assert "the project file is read-only; nothing was changed" in _open_and_edit_as(nobody, path)
        path.chmod(0o666)
        folder.chmod(0o555)
        assert "folder holding the project is read-only" in _open_and_edit_as(nobody, path)
        folder.chmod(0o777)
        assert _open_and_edit_as(nobody, path) == "wrote"
        assert _rows(path)[1][0][2] == "rejected"
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_write_the_file_refuses_is_explained_and_changes_nothing(tmp_path):
    """SQLite's own refusal, as when the disk under an open project turns read-only."""
    from annotator.store.connection import Transactions, connect

    path = tmp_path / "p.sqlite"
    article_id = _project_with_work(path)
    store = Store(path)
    store.db.conn.close()
    store.db = connect(path, readonly=True)
    store.tx = Transactions(store.db)
    with pytest.raises(StoreError, match="read-only; nothing was changed"):
        store.apply(O.SetStatus(article_id, "accepted", "rejected", "", "ann"), "ann")
    with pytest.raises(StoreError, match="read-only"):
        store.import_source(SourceRecord("b.txt", "sha-b", "长沙市。"), [ArticleDraft("长沙市。")])
    store.close()
    assert _rows(path)[1][0][2] == "accepted"


# --- a full disk ------------------------------------------------------------------------

EDIT_UNTIL_FULL = """
    import resource, sys
    from annotator.core import ops as O
    from annotator.core.types import Metric
    from annotator.store import Store, StoreError

    store = Store(sys.argv[1])
    text = store.article(1).text
    taken = {(m.start, m.end) for m in store.article(1).metrics}
    extents = ((start, end) for start in range(len(text)) for end in range(start + 1, len(text) + 1)
               if (start, end) not in taken)  # the store refuses two metrics of one extent
    done = 0
    try:
        while True:
            start, end = next(extents)
            store.apply(O.AddMetric(1, Metric(start, end, text[start:end], None, origin="human")), "child")
            done += 1
            print("done", done, flush=True)
    except StoreError as error:
        print("refused:", error, flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))  # space again
    store.apply(O.SetStatus(1, "accepted", "rejected", "", "child"), "child")
    print("recovered", flush=True)
"""


def test_a_full_disk_refuses_the_edit_clearly_keeps_every_earlier_one_and_recovers(tmp_path):
    path = tmp_path / "p.sqlite"
    _project_with_work(path)
    result = _child(EDIT_UNTIL_FULL, str(path), fsize=512 * 1024)
    lines = result.stdout.splitlines()
    assert lines[-1] == "recovered", result.stderr[-2000:]
    (refused,) = [line for line in lines if line.startswith("refused:")]
    assert "disk" in refused and "nothing was changed" in refused
    done = int([line for line in lines if line.startswith("done")][-1].split()[1])
    assert done > 5
    with Store(path) as store:
        assert store.integrity_problems() == []
        human = [m for m in store.article(1).metrics if m.origin == "human"]
        assert len(human) == done  # every edit reported, not the refused one
        assert store.article(1).status == "rejected"
        assert [row["kind"] for row in store.history(1, limit=1000)].count("edit") == done + 2


def test_a_full_disk_during_a_cli_import_keeps_each_file_whole_or_out(tmp_path):
    project = tmp_path / "p.sqlite"
    make_project(project, tmp_path)
    batch = write_batch(tmp_path / "in", 0, 8, 120)
    size = project.stat().st_size
    cli = [sys.executable, "-m", "annotator", "import", *[str(b.path) for b in batch], "--project", str(project)]
    full = subprocess.run(cli, capture_output=True, text=True, env=ENV, timeout=300,
                          preexec_fn=lambda: (signal.signal(signal.SIGXFSZ, signal.SIG_IGN),
                                              resource.setrlimit(resource.RLIMIT_FSIZE, (size + 400_000, resource.RLIM_INFINITY))))
    problems = [line for line in full.stderr.splitlines() if line.startswith("problem: ")]
    # the files that did not fit are named; the undo step of those that did may not fit either
    refusals = [line for line in problems if not line.startswith("problem: (undo list): ")]
    assert refusals and all("not imported" in line and "disk" in line for line in refusals), full.stderr[-2000:]
    assert all("disk" in line for line in problems) and "Traceback" not in full.stderr
    with Store(project) as store:
        assert store.integrity_problems() == []
        problems, imported = import_problems(store, batch, set())
        assert problems == [] and 0 < imported < len(batch)
    again = subprocess.run(cli, capture_output=True, text=True, env=ENV, timeout=300)
    assert again.returncode == 0 and "problem" not in again.stderr
    with Store(project) as store:
        assert import_problems(store, batch, {b.path.name for b in batch}) == ([], len(batch))


def test_a_full_disk_reported_by_sqlite_keeps_the_batch_going(tmp_path):
    make_project(tmp_path / "p.sqlite", tmp_path)
    batch = write_batch(tmp_path / "in", 0, 6, 80)
    with Store(tmp_path / "p.sqlite") as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 60}")
        report = import_paths(store, [b.path for b in batch])
        full = [p for p in report.problems if "the disk is full; nothing was changed" in p.message]
        assert full and len(full) + len(report.results) == len(batch)
        assert import_problems(store, batch, {r.source_name for r in report.results})[0] == []
        store.db.execute("PRAGMA max_page_count = 1073741823")
        import_paths(store, [b.path for b in batch])
        assert import_problems(store, batch, set()) == ([], len(batch))
        assert store.integrity_problems() == []


def test_opening_a_project_on_a_full_disk_says_what_to_check(tmp_path):
    path = tmp_path / "p.sqlite"
    _project_with_work(path)
    before = path.read_bytes()
    result = _child("""
        import sys
        from annotator.store import Store, StoreError
        try:
            Store(sys.argv[1])
        except StoreError as error:
            print(error)
    """, str(path), fsize=4096)
    assert "cannot open the project file" in result.stdout and "disk is not full" in result.stdout, result.stderr
    assert path.read_bytes() == before
