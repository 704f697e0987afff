"""Opening the project file: WAL, foreign keys, a busy timeout, explicit transactions."""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """A project file problem a user can act on; the message says what and where."""


class Conflict(StoreError):
    """An edit no longer fits the project: another window changed what it touches."""


class ProjectInUse(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


def connect(path: Path | str, *, readonly: bool = False, max_version: int | None = None) -> sqlite_utils.Database:
    path = Path(path)
    conn = None
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if max_version is not None and version > max_version:
            conn.close()  # before anything (even the journal mode) touches the file
            raise SchemaTooNew(
                f"{path}: this project was made by a newer annotator (schema version {version}); "
                f"this version understands up to schema version {max_version}. It was not changed."
            )
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            conn.close()  # another program's database: adding our tables to it would damage it
            raise StoreError(f"{path}: this SQLite file belongs to another program, it is not an annotator "
                             "project. It was not changed.")
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                conn.close()
                raise StoreError(f"{path}: could not switch the project file to WAL mode ({mode})")
            # FULL: a committed edit is on disk before the call returns.
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        raise StoreError(f"{path}: cannot open the project file: {error}{_open_hint(error)}") from error
    return sqlite_utils.Database(conn)


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

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.depth = 0

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
