"""Schema versions. `PRAGMA user_version` holds the version; each migration moves the file
one step, and all the steps of one opening run in a single transaction. Before migrating an
existing file a backup copy is written beside it (SQLite's online backup, so the copy is
consistent)."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from . import texts
from .errors import SchemaTooNew, StoreError
from .identity import APPLICATION_ID

DEFAULT_LABELS = [
    # name, kind, colour, shortcut, position
    ("PER", "entity", "#e45756", "1", 1),
    ("LOC", "entity", "#4c78a8", "2", 2),
    ("ORG", "entity", "#54a24b", "3", 3),
    ("METRIC", "metric", "#f2a541", "M", 4),
]

_V1 = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL UNIQUE,
    encoding TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'page',
    imported_at TEXT NOT NULL,
    raw_text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE labels (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'metric')),
    colour TEXT NOT NULL,
    shortcut TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources(id),
    position INTEGER NOT NULL DEFAULT 0,
    source_line INTEGER,
    title TEXT NOT NULL DEFAULT '',
    subtitle TEXT NOT NULL DEFAULT '',
    byline TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'skipped')),
    reviewer TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX articles_status ON articles(status, id);
CREATE INDEX articles_source ON articles(source_id, position);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
    text TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('auto', 'human', 'import')),
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX entities_article ON entities(article_id, start);
CREATE INDEX entities_label ON entities(label, article_id);
CREATE TABLE metrics (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,            -- exact decimal as text: 5.31亿元 is '531000000'
    value_high TEXT,       -- the high end of a range (3至5个), else NULL
    unit TEXT NOT NULL DEFAULT '',
    approx INTEGER NOT NULL DEFAULT 0,
    indicator TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    numeral TEXT NOT NULL DEFAULT 'arabic',
    origin TEXT NOT NULL CHECK (origin IN ('auto', 'human', 'import')),
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX metrics_article ON metrics(article_id, start);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,        -- edit | undo | redo | import
    name TEXT NOT NULL,        -- what the undo menu and audit trail show
    article_id INTEGER,
    op TEXT NOT NULL           -- the operation as JSON: before and after values
);
CREATE INDEX history_article ON history(article_id, id);
CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _split(_V1):
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO labels (name, kind, colour, shortcut, position) VALUES (?, ?, ?, ?, ?)", DEFAULT_LABELS
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Full-text search that works for Chinese: FTS5's trigram tokenizer matches any
    substring of three or more characters (shorter queries fall back to LIKE)."""
    _create_search_index(conn)


def _v3(conn: sqlite3.Connection) -> None:
    """Undo that survives a restart, and the lexicon learned from review."""
    conn.execute(
        "CREATE TABLE undo_stack (position INTEGER PRIMARY KEY, actor TEXT NOT NULL, "
        "history_id INTEGER NOT NULL REFERENCES history(id), state TEXT NOT NULL CHECK (state IN ('done', 'undone')))"
    )
    conn.execute("CREATE INDEX undo_stack_actor ON undo_stack(actor, state, position)")
    conn.execute(
        "CREATE TABLE lexicon (text TEXT NOT NULL, label TEXT NOT NULL, accepted INTEGER NOT NULL DEFAULT 0, "
        "removed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (text, label))"
    )


def _v4(conn: sqlite3.Connection) -> None:
    """Keep what pre-extraction proposed for each article, so `evaluate --reviewed` can
    measure how much reviewers changed. Existing articles get their current auto spans."""
    conn.execute("ALTER TABLE articles ADD COLUMN proposed TEXT NOT NULL DEFAULT '[]'")
    conn.execute(
        "UPDATE articles SET proposed = (SELECT coalesce(json_group_array(json_array(label, start, \"end\")), '[]') "
        "FROM (SELECT label, start, \"end\" FROM entities e WHERE e.article_id = articles.id AND e.origin = 'auto' "
        "UNION ALL SELECT 'METRIC', start, \"end\" FROM metrics m WHERE m.article_id = articles.id AND m.origin = 'auto'))"
    )


def _v5(conn: sqlite3.Connection) -> None:
    """A slim index of article ids: the review queue lists 100k ids in ~40 ms from it,
    instead of walking the table pages that hold the article text (~300 ms)."""
    conn.execute("CREATE INDEX articles_order ON articles(id)")


def _v6(conn: sqlite3.Connection) -> None:
    """What reviewed articles taught: the trained model (annotator/core/learning.py) and the
    names it was trained on, one row per kind of learner."""
    conn.execute(
        "CREATE TABLE learned (name TEXT PRIMARY KEY, model BLOB, names TEXT NOT NULL DEFAULT '[]', "
        "articles INTEGER NOT NULL DEFAULT 0, spans INTEGER NOT NULL DEFAULT 0, trained_at TEXT NOT NULL DEFAULT '')"
    )


def _v7(conn: sqlite3.Connection) -> None:
    """Teams: the project's identity (shared by the reviewer files cut from it) and whose
    file it is; in a team file every reviewer's version of an article and what the merge
    concluded (agreed / disagreed -> curation)."""
    conn.execute("CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO project_meta (key, value) VALUES ('project_id', lower(hex(randomblob(16))))")
    conn.execute(
        "CREATE TABLE team_versions (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
        "reviewer TEXT NOT NULL, status TEXT NOT NULL, entities TEXT NOT NULL, metrics TEXT NOT NULL, "
        "updated_at TEXT NOT NULL, PRIMARY KEY (article_id, reviewer))"
    )
    conn.execute(
        "CREATE TABLE team_merges (assignment TEXT NOT NULL, reviewer TEXT NOT NULL, revision INTEGER NOT NULL, "
        "file TEXT NOT NULL, merged_at TEXT NOT NULL, articles INTEGER NOT NULL, PRIMARY KEY (assignment, reviewer))"
    )
    conn.execute(
        "CREATE TABLE team_outcomes (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
        "state TEXT NOT NULL CHECK (state IN ('single', 'unreviewed', 'agreed', 'disagreed', 'curated')))"
    )
    conn.execute("CREATE INDEX team_outcomes_state ON team_outcomes(state, article_id)")


def _v8(conn: sqlite3.Connection) -> None:
    """How sure pre-extraction was of each proposed entity (0..1; NULL for reviewers' and
    imported spans): the proposal walk and the queue take the least certain first."""
    conn.execute("ALTER TABLE entities ADD COLUMN confidence REAL")


def _v9(conn: sqlite3.Connection) -> None:
    """A search index a seventh the size (docs/adr/0004-search.md): the trigram index keeps
    only which articles hold each trigram (detail=none, no column sizes), not where. It
    answers GLOB substring queries; SQLite checks each candidate against the article text."""
    for trigger in ("insert", "delete", "update"):
        conn.execute(f"DROP TRIGGER IF EXISTS articles_fts_{trigger}")
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    _create_search_index(conn, "detail='none', columnsize=0")


def _v10(conn: sqlite3.Connection) -> None:
    """The queue can list the least certain articles first: each article keeps the lowest
    confidence of its proposed (auto) entities, NULL when none carries one. Triggers on the
    entities keep it up to date whichever path writes them (import, edits, undo, merges),
    and an index in the queue's order (pending first, least certain first, then by number)
    lets the queue read its first page without sorting 100k articles."""
    conn.execute("ALTER TABLE articles ADD COLUMN certainty REAL")
    conn.execute(
        f"UPDATE articles SET certainty = {_LOWEST.format(article='articles.id')} "
        "WHERE id IN (SELECT article_id FROM entities WHERE origin = 'auto' AND confidence IS NOT NULL)")
    for statement in _CERTAINTY_TRIGGERS:
        conn.execute(statement)
    # the status last: a status filter is checked in the index, without reading the article
    conn.execute(f"CREATE INDEX articles_certainty ON articles({CERTAINTY_ORDER.format(table='')}, status)")


# the queue's order by certainty; the same expressions in ORDER BY let SQLite walk the index
CERTAINTY_ORDER = "{table}status <> 'pending', coalesce({table}certainty, 2), {table}id"
_LOWEST = "(SELECT min(confidence) FROM entities WHERE article_id = {article} AND origin = 'auto')"
_PROPOSAL = "{row}.origin = 'auto' AND {row}.confidence IS NOT NULL"
_CERTAINTY_TRIGGERS = (
    # a new proposal can only lower the article's certainty: no need to look at the others
    f"CREATE TRIGGER entities_certainty_insert AFTER INSERT ON entities WHEN {_PROPOSAL.format(row='new')} BEGIN "
    "UPDATE articles SET certainty = new.confidence WHERE id = new.article_id "
    "AND (certainty IS NULL OR certainty > new.confidence); END",
    # only the removal of the least certain one changes it
    f"CREATE TRIGGER entities_certainty_delete AFTER DELETE ON entities WHEN {_PROPOSAL.format(row='old')} BEGIN "
    f"UPDATE articles SET certainty = {_LOWEST.format(article='old.article_id')} WHERE id = old.article_id "
    "AND certainty >= old.confidence; END",
    # kept (origin human), moved to another article (a merge or split), confidence changed
    "CREATE TRIGGER entities_certainty_update AFTER UPDATE OF origin, confidence, article_id ON entities "
    f"WHEN ({_PROPOSAL.format(row='old')}) OR ({_PROPOSAL.format(row='new')}) BEGIN "
    f"UPDATE articles SET certainty = {_LOWEST.format(article='old.article_id')} WHERE id = old.article_id; "
    f"UPDATE articles SET certainty = {_LOWEST.format(article='new.article_id')} "
    "WHERE id = new.article_id AND new.article_id <> old.article_id; END",
)


def _v11(conn: sqlite3.Connection) -> None:
    """Two-character searches from the trigram index (docs/adr/0004-search.md): a two-character
    string occurs where a trigram starts with it, or at the very end of a title or text. The
    index's vocabulary lists the trigrams that start with it; two small indexes on the last two
    characters of titles and texts find the rest."""
    conn.execute("CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, row)")
    for column in ("title", "text"):  # the text's is a column of its own since v15
        conn.execute(f"CREATE INDEX articles_{column}_tail ON articles({TAIL.format(column=column)})")


TAIL = "substr({column}, -2)"  # the same expression in queries lets SQLite use the index


def tail(column: str, table: str = "") -> str:
    """What the tail index of `column` holds, as queries name it (`table`: "a." or ""). Since
    v15 the text's last two characters are a column of their own, `text_tail`, kept by
    triggers: an index on an expression of `article_text` could not even be checked
    (`PRAGMA integrity_check`) by a connection without that function, such as the sqlite3 shell."""
    return f"{table}text_tail" if column == "text" else TAIL.format(column=table + column)


def _v12(conn: sqlite3.Connection) -> None:
    """The place of each article in the queue's number order (issue 17): its id, except for
    a part a reviewer split off, which takes a place right after the article it was split
    from (store/edits.py `queue_place_after`) instead of going to the end of the queue."""
    conn.execute("ALTER TABLE articles ADD COLUMN queue_place REAL")
    conn.execute("UPDATE articles SET queue_place = id")
    conn.execute("CREATE INDEX articles_queue_place ON articles(queue_place, id)")
    # imports and every other insert leave it out: the article's id is its place
    conn.execute("CREATE TRIGGER articles_queue_place AFTER INSERT ON articles WHEN new.queue_place IS NULL "
                 "BEGIN UPDATE articles SET queue_place = new.id WHERE id = new.id; END")


def _v13(conn: sqlite3.Connection) -> None:
    """The next pending article in queue order by an index (A and P): with only
    articles_status (status, id), SQLite read every pending article and sorted them by
    queue_place for each A (0.5-0.9 s on the 100k-article project)."""
    conn.execute("CREATE INDEX articles_status_queue ON articles(status, queue_place, id)")


def _v14(conn: sqlite3.Connection) -> None:
    """A leaner file (issue 15; figures in docs/reliability.md): what pre-extraction
    proposed is kept compressed (store/proposals.py), and the index of spans by label goes:
    nothing the reviewer waits for reads it (the label manager's count and a label's
    removal scan the spans instead, once per such edit)."""
    from . import proposals

    last = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    for first in range(0, last + 1, 5000):
        rows = conn.execute("SELECT id, proposed FROM articles WHERE id >= ? AND id < ? AND typeof(proposed) = 'text'",
                            [first, first + 5000]).fetchall()
        conn.executemany("UPDATE articles SET proposed = ? WHERE id = ?",
                         [(proposals.pack(proposed), article_id) for article_id, proposed in rows])
    conn.execute("DROP INDEX IF EXISTS entities_label")


def _v15(conn: sqlite3.Connection) -> None:
    """A leaner file (issue 15, docs/adr/0004-search.md): article texts mostly of Chinese are
    kept as UTF-16 (store/texts.py), two bytes a character instead of three. The search
    index reads its content through a view that gives the characters (`article_texts`), its
    triggers hand it the characters, and the tail index takes the text's last two characters
    through the same function. The index is rebuilt from the view: the same trigrams."""
    for trigger in ("insert", "delete", "update"):
        conn.execute(f"DROP TRIGGER IF EXISTS articles_fts_{trigger}")
    conn.execute("DROP TABLE IF EXISTS articles_fts_terms")
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    conn.execute("DROP INDEX IF EXISTS articles_text_tail")
    conn.execute("ALTER TABLE articles ADD COLUMN text_tail TEXT")
    last = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    for first in range(0, last + 1, 5000):
        rows = conn.execute("SELECT id, text FROM articles WHERE id >= ? AND id < ?", [first, first + 5000]).fetchall()
        conn.executemany("UPDATE articles SET text = ?, text_tail = ? WHERE id = ?",
                         [(texts.pack(texts.unpack(text)), texts.unpack(text)[-2:], article_id) for article_id, text in rows])
    conn.execute(f"CREATE VIEW article_texts (id, title, text) AS SELECT id, title, {texts.plain('text')} FROM articles")
    _create_search_index(conn, "detail='none', columnsize=0", content="article_texts", text=texts.plain("{row}.text"))
    conn.execute("CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, row)")
    conn.execute("CREATE INDEX articles_text_tail ON articles(text_tail)")
    tail_of_new = TAIL.format(column=texts.plain("new.text"))
    # an import gives the tail with the row (no second write of every new article); every
    # other insert leaves it out (edits.py drops it from recorded rows) and gets it here
    conn.execute("CREATE TRIGGER articles_text_tail_insert AFTER INSERT ON articles WHEN new.text_tail IS NULL "
                 f"BEGIN UPDATE articles SET text_tail = {tail_of_new} WHERE id = new.id; END")
    conn.execute("CREATE TRIGGER articles_text_tail_update AFTER UPDATE OF text ON articles BEGIN "
                 f"UPDATE articles SET text_tail = {tail_of_new} WHERE id = new.id; END")


def _create_search_index(conn: sqlite3.Connection, options: str = "", content: str = "articles",
                         text: str = "{row}.text") -> None:
    """The trigram index over `content` (a table or view with id, title, text); `text`: what
    the triggers on the articles hand it as a row's text."""
    conn.execute(
        f"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='{content}', "
        f"content_rowid='id', tokenize='trigram'{', ' + options if options else ''})"
    )
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    new, old = text.format(row="new"), text.format(row="old")
    conn.execute(
        "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
        f"INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, {new}); END"
    )
    conn.execute(
        "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
        f"INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, {old}); END"
    )
    conn.execute(
        "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
        f"INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, {old}); "
        f"INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, {new}); END"
    )


MIGRATIONS = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11, _v12, _v13, _v14, _v15]
SCHEMA_VERSION = len(MIGRATIONS)


def _split(script: str) -> list[str]:
    """Statements of a script; trigger bodies keep their inner semicolons."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and (not joined.upper().startswith("CREATE TRIGGER") or joined.endswith("END;")):
            statements.append(joined)
            current = []
    return statements


def version_of(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix}")


def _write_backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the file before migrating; no migration without one. It is
    written under a temporary name and renamed when whole, so a crash never leaves a
    half copy that looks like a backup."""
    backup = backup_path(path, version)
    partial = backup.with_name(backup.name + ".part")
    try:
        target_conn = sqlite3.connect(str(partial))
        try:
            with target_conn:
                conn.backup(target_conn)
        finally:
            target_conn.close()
        os.replace(partial, backup)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"{path}: this project (schema version {version}) needs updating, but the backup copy "
            f"{backup.name} could not be written ({error}); nothing was changed. Free some disk space "
            "or copy the project to a writable folder"
        ) from error
    return backup


def migrate(conn: sqlite3.Connection, path: Path | None, target: int = SCHEMA_VERSION) -> Path | None:
    """Bring the file to `target`; returns the backup written, if any."""
    current = version_of(conn)
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"{path}: this project was made by a newer annotator (schema version {current}); "
            f"this version understands up to schema version {SCHEMA_VERSION}. It was not changed."
        )
    if current >= target:
        return None
    backup = _write_backup(conn, path, current) if current > 0 and path is not None else None
    # All steps in one transaction: a failure leaves the file exactly as it was.
    try:
        conn.execute("BEGIN IMMEDIATE")
        for version in range(current, target):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # ours from now on, recognised at sight
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
            conn.execute("ROLLBACK")
        raise StoreError(
            f"{path}: migration to schema version {target} failed ({error}); "
            f"the project is unchanged at version {version_of(conn)}"
        ) from error
    # v15 rewrites every article in place: the space it frees is left inside the pages, not
    # on the free list (181 MiB of 538 on the 100k project), and only a VACUUM gives it back
    _compact(conn, always=0 < current < REWRITES_ARTICLES <= target)
    return backup


COMPACT_FREE_BYTES = 64 * 1024 * 1024
REWRITES_ARTICLES = 15  # the version whose step rewrites every article


def _compact(conn: sqlite3.Connection, always: bool = False) -> None:
    """Give back the space a migration freed (v9 frees ~600 MB of search index on a 100k
    project). VACUUM is atomic like any transaction; if it cannot run (disk too full for
    the copy it makes) the project is simply left at its size."""
    free = conn.execute("PRAGMA freelist_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    if always or free >= COMPACT_FREE_BYTES:
        try:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
