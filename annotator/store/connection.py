"""Opening the project file: WAL, foreign keys, a busy timeout, explicit transactions."""
from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from . import texts
from .errors import Conflict, NotOurs, ProjectDamaged, ProjectInUse, SchemaTooNew, StoreError  # noqa: F401 (re-exported)

BUSY_TIMEOUT_MS = 10_000


def synchronous_mode() -> str:
    """NORMAL, SQLite's advice for WAL: a commit is in the -wal file before the call
    returns, so a crash or a kill of the app loses nothing committed; the -wal file is
    flushed to the disk at each checkpoint, not at each commit (an fsync at every key press
    cost ten times the rest of saving it on the 100k-article project). Only a power cut or an OS crash can
    take back the last commits. `ANNOTATOR_SYNCHRONOUS=full` flushes at every commit."""
    return "FULL" if os.environ.get("ANNOTATOR_SYNCHRONOUS", "").strip().lower() == "full" else "NORMAL"


def connect(path: Path | str, *, readonly: bool = False, max_version: int | None = None,
            create: bool = True, check: bool = True) -> sqlite_utils.Database:
    """Open a project file. Before anything can write to it (even the journal mode), the file
    is recognised as ours (identity.recognise) and, with `check`, found undamaged."""
    from .identity import check_damage, recognise
    from .migrations import SCHEMA_VERSION

    path = Path(path)
    if path.is_dir():
        raise NotOurs(f"{path}: this is a folder, not a project file. Give the path of a .sqlite file.")
    conn = None
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        texts.register(conn)  # the search index and its checks read the texts through it
        conn.execute("PRAGMA foreign_keys = ON")
        new = recognise(conn, path, SCHEMA_VERSION if max_version is None else max_version, create)
        if check and not new:
            check_damage(conn, path)
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"{path}: could not switch the project file to WAL mode ({mode})")
            conn.execute(f"PRAGMA synchronous = {synchronous_mode()}")
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        raise StoreError(f"{path}: cannot open the project file: {error}{_open_hint(error)}") from error
    except BaseException:
        if conn is not None:
            conn.close()  # before anything touches the file
        raise
    # no sqlite-utils plugins: finding them scans every installed package's metadata (a
    # tenth of a second or more at each start) and they could add functions to our connection
    return sqlite_utils.Database(conn, execute_plugins=False)


def _open_hint(error: sqlite3.Error) -> str:
    """What the user can do about an open that failed (SQLite's own words are terse)."""
    name = _error_name(error)
    if name.startswith("SQLITE_NOTADB"):
        return " (this is not an annotator project, or the file is damaged)"
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_FULL")):
        return (" (the project needs to write beside the file: check that its folder exists, can be "
                "written to, and that the disk is not full)")
    return ""


class Transactions:
    """`with tx():` runs one IMMEDIATE transaction; nested uses join the outer one.

    sqlite-utils' own write helpers open `with conn:` blocks that would commit an outer
    transaction early, so all writes in a transaction go through `db.execute`.
    """

    def __init__(self, db: sqlite_utils.Database, on_commit=None, before_write=None):
        self.db = db
        self.before_write = before_write
        self.depth = 0
        self.commits = 0
        self.on_commit = on_commit

    @contextlib.contextmanager
    def __call__(self):
        if self.depth:
            self.depth += 1
            try:
                yield
            finally:
                self.depth -= 1
            return
        conn = self.db.conn
        if self.before_write is not None:
            self.before_write()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _explain(error) from error
        self.depth = 1
        try:
            yield
        except sqlite3.Error as error:  # a write the file refused (disk full, read-only, ...)
            _rollback(conn)
            raise _explain(error) from error
        except BaseException:
            _rollback(conn)
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                _rollback(conn)
                raise _explain(error) from error
            self.commits += 1
            if self.on_commit is not None:
                self.on_commit()
        finally:
            self.depth = 0


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo an open transaction. After a disk-full or I/O error SQLite has often rolled back
    already, and a second ROLLBACK would raise and hide the error the user needs to see."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _error_name(error: sqlite3.Error) -> str:
    return getattr(error, "sqlite_errorname", "") or ""  # Python 3.11+


def _explain(error: sqlite3.Error) -> StoreError:
    text, name = str(error), _error_name(error)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return ProjectDamaged(f"the project file is damaged ({text}); nothing was changed. Close it and save what "
                              "can still be read: `annotator salvage PROJECT --into NEW.sqlite`")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return ProjectInUse("the project file is busy: another window or command is writing to it; try again")
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return StoreError("the project file is read-only; nothing was changed")
    if name.startswith("SQLITE_FULL") or "full" in text:
        return StoreError("the disk is full; nothing was changed")
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return StoreError("the project file could not be written (disk I/O error: is the disk full or "
                          "was it removed?); nothing was changed")
    return StoreError(f"the project file refused the change: {text}")
