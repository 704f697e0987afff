"""Getting the work out of a damaged project file: every row SQLite can still read is copied
into a new project, ids kept. The damaged file is opened read-only and never written.

Rows are read by rowid range, so damage in one part of a table costs only the rows stored
there; spans are kept only when they still fit their article's text."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import texts as stored_texts
from .errors import StoreError
from .rows import now

CHUNK = 500
# copied in this order (what rows refer to comes first); undo stacks are not carried over
TABLES = ("labels", "sources", "articles", "entities", "metrics", "lexicon", "history")


@dataclass
class SalvageReport:
    copied: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # rowid ranges lost
    dropped_spans: int = 0  # spans whose article was lost or whose text no longer fits

    def summary(self) -> str:
        parts = [f"{self.copied.get(t, 0)} {t}" for t in ("articles", "entities", "metrics", "sources", "history")]
        text = "copied " + ", ".join(parts)
        lost = [f"{table} rowids {', '.join(f'{a}-{b}' if a != b else str(a) for a, b in ranges[:10])}"
                + (" ..." if len(ranges) > 10 else "") for table, ranges in self.unreadable.items() if ranges]
        if lost:
            text += "; unreadable: " + "; ".join(lost)
        if self.dropped_spans:
            text += f"; {self.dropped_spans} spans left out (their article was lost or their text no longer fits)"
        return text


def salvage(broken: Path, into: Path, progress: Callable[[str, int], None] | None = None) -> SalvageReport:
    from .store import Store

    broken, into = Path(broken), Path(into)
    if into.exists() and into.stat().st_size:
        raise StoreError(f"{into}: already exists; salvage writes into a new project file")
    if into.resolve() == broken.resolve():
        raise StoreError(f"{into}: salvage writes into a new file, never into the damaged one")
    source = _open_read_only(broken)
    report = SalvageReport()
    try:
        with Store(into) as target:
            conn = target.db.conn
            wanted = {table: _columns(conn, table) for table in TABLES}
            with target.tx():
                conn.execute("DELETE FROM labels")  # the damaged project's own labels replace the defaults
                kept: dict[str, set] = {"articles": set(), "sources": set(), "labels": set()}
                texts: dict[int, str] = {}
                for table in TABLES:
                    columns = [c for c in wanted[table] if c in _readable_columns(source, table)]
                    if not columns:
                        continue
                    count = 0
                    insert = (f"INSERT OR IGNORE INTO {table} ({', '.join(_q(c) for c in columns)}) "
                              f"VALUES ({', '.join('?' for _ in columns)})")
                    for row in _read_rows(source, table, columns, report):
                        record = dict(zip(columns, row))
                        if not _keep(table, record, kept, texts, conn, report):
                            continue
                        conn.execute(insert, row if table != "articles" else [record[c] for c in columns])
                        count += 1
                        if progress and count % 5000 == 0:
                            progress(table, count)
                    report.copied[table] = count
                conn.execute("INSERT INTO history (at, actor, kind, name, article_id, op) VALUES (?, 'salvage', "
                             "'import', ?, NULL, '{}')", [now(), f"Salvaged from {broken.name}"])
    finally:
        source.close()
    return report


def _q(column: str) -> str:
    return f'"{column}"'


def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise StoreError(f"{path}: no such project file")
    # Without a -wal beside it everything is in the file itself: `immutable` reads it without
    # even creating the -shm/-wal side files. With one, read-only mode still reads its commits.
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size else "immutable=1"
    try:
        conn = sqlite3.connect(f"file:{path}?{mode}", uri=True, isolation_level=None)
        conn.text_factory = lambda data: data.decode("utf-8", "replace")  # damaged text is kept, marked
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: nothing can be read from this file ({error})") from error
    return conn


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", [table])]


def _readable_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    try:
        return set(_columns(conn, table))
    except sqlite3.DatabaseError:
        return set()


def _read_rows(conn: sqlite3.Connection, table: str, columns: list[str], report: SalvageReport):
    """Rows in rowid order, a range at a time; a range that fails is probed row by row."""
    select = f"SELECT {', '.join(_q(c) for c in columns)} FROM {table}"
    top = _max_rowid(conn, table)
    lost = report.unreadable.setdefault(table, [])
    low = 0 if table != "labels" else None
    if low is None:  # labels: keyed by name, a handful of rows
        try:
            yield from conn.execute(select).fetchall()
        except sqlite3.DatabaseError:
            lost.append((0, 0))
        return
    while low <= top:
        high = low + CHUNK
        try:
            rows = conn.execute(f"{select} WHERE rowid >= ? AND rowid < ? ORDER BY rowid", [low, high]).fetchall()
        except sqlite3.DatabaseError:
            rows = []
            for rowid in range(low, high):
                try:
                    row = conn.execute(f"{select} WHERE rowid = ?", [rowid]).fetchone()
                except sqlite3.DatabaseError:
                    if lost and lost[-1][1] == rowid - 1:
                        lost[-1] = (lost[-1][0], rowid)
                    else:
                        lost.append((rowid, rowid))
                    continue
                if row is not None:
                    rows.append(row)
        yield from rows
        low = high


def _max_rowid(conn: sqlite3.Connection, table: str) -> int:
    try:
        return conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        # the right edge of the table is damaged: look as far as the file could hold rows
        return conn.execute("PRAGMA page_count").fetchone()[0] * 64


def _article_text(conn, cache: dict, article_id: int) -> str | None:
    """The copied article's text (spans arrive roughly in article order: a small cache)."""
    if article_id not in cache:
        if len(cache) > 256:
            cache.clear()
        row = conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        cache[article_id] = stored_texts.unpack(row[0]) if row else None
    return cache[article_id]


def _keep(table: str, record: dict, kept: dict, texts: dict, conn, report: SalvageReport) -> bool:
    """Whether a row still makes sense in the new project (what it refers to was saved)."""
    if table == "labels":
        kept["labels"].add(record["name"])
    elif table == "sources":
        kept["sources"].add(record["id"])
    elif table == "articles":
        if record.get("source_id") not in kept["sources"]:
            record["source_id"] = None
        kept["articles"].add(record["id"])
        # as the new project keeps it; a damaged UTF-16 text is kept with its bad bytes marked
        record["text"] = stored_texts.pack(stored_texts.unpack_damaged(record["text"]) or "")
        if "text_tail" in record:  # the new project's trigger takes it from the text as kept
            record["text_tail"] = None
    elif table in ("entities", "metrics"):
        text = _article_text(conn, texts, record["article_id"]) if record["article_id"] in kept["articles"] else None
        start, end = record["start"], record["end"]
        if text is None or not (0 <= start < end <= len(text)) or text[start:end] != record["text"]:
            report.dropped_spans += 1
            return False
        if table == "entities" and record["label"] not in kept["labels"]:
            conn.execute("INSERT INTO labels (name, kind, colour) VALUES (?, 'entity', '#bab0ac')", [record["label"]])
            kept["labels"].add(record["label"])
    return True
