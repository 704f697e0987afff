"""Is this file an annotator project? Recognised positively before anything writes to it:
SQLite's application_id (stamped by every migration, so on every project at schema 6 or later), or, for older files, the
tables and columns our migrations create for the file's user_version. Anything else is
refused untouched: no journal-mode switch, no index, no backup, no stamp."""
from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from .errors import NotOurs, ProjectDamaged, SchemaTooNew

APPLICATION_ID = 0x414E5452  # "ANTR" in the file header (offset 68)
_CORE_TABLES = {"sources", "articles", "entities", "metrics", "labels", "history"}


def recognise(conn: sqlite3.Connection, path: Path, max_version: int, create: bool) -> bool:
    """Raise unless `conn`'s file is ours. Returns True when the file is empty and will
    become a new project (only allowed with `create`)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):
        raise NotOurs(f"{path}: this SQLite file belongs to another program (application id {app_id:#x}), "
                      "it is not an annotator project. It was not changed.")
    tables = _tables(conn)
    if app_id == 0 and version == 0 and not tables:
        if create:
            return True
        raise NotOurs(f"{path}: this file is empty, it is not an annotator project yet. It was not changed "
                      "(`annotator import ... --project` or the app's New project make one).")
    if version > max_version and (app_id == APPLICATION_ID or _CORE_TABLES <= set(tables)):
        raise SchemaTooNew(
            f"{path}: this project was made by a newer annotator (schema version {version}); "
            f"this version understands up to schema version {max_version}. It was not changed."
        )
    if app_id == APPLICATION_ID or (1 <= version <= max_version and _has_schema_of(tables, version)):
        return False
    raise NotOurs(f"{path}: this SQLite file belongs to another program, it is not an annotator "
                  "project. It was not changed.")


def check_damage(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick_check (every page read, no index cross-checks): refuse a damaged file
    before anything is written to it, and say how to get the work out."""
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        rows = [str(error)]
    if rows != ["ok"]:
        raise ProjectDamaged(damaged_message(path, rows[0]))


def damage_in_file(path: Path) -> str | None:
    """check_damage on a read-only connection of its own (any thread): the message, or None."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return damaged_message(path, str(error))
    try:
        check_damage(conn, path)
    except ProjectDamaged as error:
        return str(error)
    finally:
        conn.close()
    return None


def damaged_message(path: Path, problem: str) -> str:
    return (f"{path}: the project file is damaged (SQLite: {_printable(problem)}). Nothing was written to it. "
            f"Save what can still be read into a new project: `annotator salvage {path} --into NEW.sqlite`; "
            f"older whole copies: `annotator backups --project {path}`.")


def _printable(text: str) -> str:
    text = text.split(" with text ")[0]  # Python's decoding error quotes the damaged bytes themselves
    return "".join(c if c.isprintable() else "?" for c in text)[:200]


def _tables(conn: sqlite3.Connection) -> dict[str, set[str]]:
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")]
    return {name: {row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", [name])} for name in names}


def _has_schema_of(tables: dict[str, set[str]], version: int) -> bool:
    """Every table and column our migrations made up to `version` is there (extra ones are
    allowed: a migration that meets a stray table fails and says so)."""
    return all(name in tables and columns <= tables[name] for name, columns in _expected(version).items())


@functools.lru_cache(maxsize=None)
def _expected(version: int) -> dict[str, frozenset[str]]:
    from .migrations import MIGRATIONS

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in MIGRATIONS[:version]:
            step(conn)
        return {name: frozenset(columns) for name, columns in _tables(conn).items()}
    finally:
        conn.close()
