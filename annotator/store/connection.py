"""Opening the project file: WAL, foreign keys, a busy timeout, explicit transactions."""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """A project file problem a user can act on; the message says what and where."""


class ProjectInUse(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


def connect(path: Path | str, *, readonly: bool = False, max_version: int | None = None) -> sqlite_utils.Database:
    path = Path(path)
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
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"{path}: could not switch the project file to WAL mode ({mode})")
            # FULL: a committed edit is on disk before the call returns.
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot open the project file: {error}") from error
    return sqlite_utils.Database(conn)


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
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                conn.execute("ROLLBACK")
                raise _explain(error) from error
        finally:
            self.depth = 0


def _explain(error: sqlite3.Error) -> StoreError:
    text = str(error)
    if "locked" in text or "busy" in text:
        return ProjectInUse("the project file is busy: another window or command is writing to it; try again")
    if "readonly" in text or "read-only" in text:
        return StoreError("the project file is read-only; nothing was changed")
    if "full" in text:
        return StoreError("the disk is full; nothing was changed")
    return StoreError(f"the project file refused the change: {text}")
