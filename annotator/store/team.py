"""Teams, the SQL part: cutting reviewer files out of a project, reading a reviewer's
versions back, and merging them into a team file. Articles are matched by content hash,
which every copy of a project shares."""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.teamwork import Version, merge_outcome
from .rows import now

META_KEYS = ("project_id", "reviewer", "assignment", "assigned_from", "assigned_at")


def meta(db) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM project_meta").fetchall())


def set_meta(db, values: dict[str, str]) -> None:
    db.conn.executemany("INSERT OR REPLACE INTO project_meta (key, value) VALUES (?, ?)", list(values.items()))


def revision(db) -> int:
    """Grows with every edit, undo and import: which of two copies of a file is newer."""
    return db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]


def content_hashes(db) -> list[str]:
    return [row[0] for row in db.execute("SELECT content_hash FROM articles ORDER BY id")]


# -- assign ---------------------------------------------------------------------------


def copy_articles(target, source_path: Path, hashes: list[str], values: dict[str, str], actor: str) -> int:
    """Fill the new project `target` (a Store) with the articles of `source_path` whose
    content hash is in `hashes`: text, spans, statuses, what was proposed, the labels and
    the learned lexicon, with the same ids. `values` go into its project meta."""
    db = target.db
    db.execute("ATTACH DATABASE ? AS src", [str(source_path)])
    try:
        with target.tx():
            db.execute("CREATE TEMP TABLE wanted (hash TEXT PRIMARY KEY)")
            db.conn.executemany("INSERT OR IGNORE INTO wanted (hash) VALUES (?)", [(h,) for h in hashes])
            db.execute("DELETE FROM main.labels")
            db.execute("INSERT INTO main.labels SELECT name, kind, colour, shortcut, position FROM src.labels")
            db.execute("INSERT INTO main.lexicon SELECT text, label, accepted, removed FROM src.lexicon")
            db.execute("INSERT INTO main.learned SELECT * FROM src.learned")  # the trained model too
            db.execute(
                "INSERT INTO main.sources (id, name, path, sha256, encoding, kind, imported_at, raw_text) "
                "SELECT id, name, path, sha256, encoding, kind, imported_at, raw_text FROM src.sources WHERE id IN "
                "(SELECT source_id FROM src.articles WHERE content_hash IN (SELECT hash FROM wanted))"
            )
            columns = ("id, source_id, position, source_line, title, subtitle, byline, text, content_hash, status, "
                       "reviewer, updated_at, meta, proposed")
            copied = db.execute(
                f"INSERT INTO main.articles ({columns}) SELECT {columns} FROM src.articles "
                "WHERE content_hash IN (SELECT hash FROM wanted) ORDER BY id"
            ).rowcount
            db.execute("INSERT INTO main.entities SELECT e.* FROM src.entities e "
                       "WHERE e.article_id IN (SELECT id FROM main.articles)")
            db.execute("INSERT INTO main.metrics SELECT m.* FROM src.metrics m "
                       "WHERE m.article_id IN (SELECT id FROM main.articles)")
            db.execute("DROP TABLE temp.wanted")
            set_meta(db, values)
            db.execute(
                "INSERT INTO history (at, actor, kind, name, article_id, op) VALUES (?, ?, 'import', ?, NULL, ?)",
                [now(), actor, f"Assigned {copied} articles to {values.get('reviewer', '')}",
                 json.dumps({"assignment": values.get("assignment"), "from": str(source_path), "articles": copied},
                            ensure_ascii=False)],
            )
    finally:
        db.execute("DETACH DATABASE src")
    return copied


def copy_project(store, target: Path) -> None:
    """A consistent copy of the whole project (SQLite's online backup), written under a
    temporary name and renamed when whole."""
    import sqlite3

    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(str(partial))
    try:
        with conn:
            store.db.conn.backup(conn)
    finally:
        conn.close()
    partial.rename(target)


# -- reading a reviewer's file ----------------------------------------------------------


@dataclass
class ArticleCopy:
    content_hash: str
    row: tuple  # position, source_line, title, subtitle, byline, text, meta, proposed
    source_sha: str | None
    version: Version


@dataclass
class ReviewerFile:
    path: Path
    meta: dict
    revision: int
    sources: dict[str, tuple] = field(default_factory=dict)  # sha256 -> source row
    labels: list[tuple] = field(default_factory=list)
    articles: list[ArticleCopy] = field(default_factory=list)

    @property
    def reviewer(self) -> str:
        return self.meta.get("reviewer", "")


def read_reviewer_file(store, with_articles: bool = True) -> ReviewerFile:
    db = store.db
    found = ReviewerFile(store.path, meta(db), revision(db))
    if not with_articles:
        return found
    reviewer = found.reviewer
    found.labels = db.execute("SELECT name, kind, colour, shortcut, position FROM labels").fetchall()
    source_rows = db.execute("SELECT id, name, path, sha256, encoding, kind, imported_at, raw_text FROM sources").fetchall()
    sha_of = {row[0]: row[3] for row in source_rows}
    found.sources = {row[3]: row[1:] for row in source_rows}
    entities = _grouped(db.execute('SELECT article_id, label, start, "end", text, origin FROM entities '
                                   'ORDER BY article_id, start, "end", label'))
    metrics = _grouped(db.execute('SELECT article_id, start, "end", text, value, value_high, unit, approx, indicator, '
                                  'period, numeral, origin FROM metrics ORDER BY article_id, start, "end"'))
    for row in db.execute("SELECT id, content_hash, source_id, position, source_line, title, subtitle, byline, text, "
                          "meta, proposed, status FROM articles ORDER BY id"):
        article_id, content_hash, source_id = row[:3]
        version = Version(reviewer, row[11], tuple(entities.get(article_id, ())), tuple(metrics.get(article_id, ())))
        found.articles.append(ArticleCopy(content_hash, row[3:11], sha_of.get(source_id), version))
    return found


def _grouped(rows: Iterable[tuple]) -> dict[int, list[tuple]]:
    grouped: dict[int, list[tuple]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(tuple(row[1:]))
    return grouped


def team_versions(db) -> dict[str, dict[str, Version]]:
    """Every reviewer's versions kept in a team file: reviewer -> content hash -> version."""
    found: dict[str, dict[str, Version]] = {}
    for content_hash, reviewer, status, entities, metrics in db.execute(
            "SELECT a.content_hash, v.reviewer, v.status, v.entities, v.metrics FROM team_versions v "
            "JOIN articles a ON a.id = v.article_id ORDER BY v.article_id"):
        found.setdefault(reviewer, {})[content_hash] = Version(
            reviewer, status, tuple(map(tuple, json.loads(entities))), tuple(map(tuple, json.loads(metrics))))
    return found


# -- merging ----------------------------------------------------------------------------


@dataclass
class MergeResult:
    reviewer: str
    articles: int = 0
    states: dict[str, int] = field(default_factory=dict)
    kept_curated: int = 0


def merged_revision(db, assignment: str, reviewer: str) -> tuple[int, str, str] | None:
    row = db.execute("SELECT revision, file, merged_at FROM team_merges WHERE assignment = ? AND reviewer = ?",
                     [assignment, reviewer]).fetchone()
    return tuple(row) if row else None


def team_is_empty(db) -> bool:
    return not db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() and \
        not db.execute("SELECT 1 FROM team_merges LIMIT 1").fetchone()


def merge_file(team, found: ReviewerFile, actor: str) -> MergeResult:
    """One reviewer's file into the team file, in one transaction: their versions replace
    what an earlier copy of the same file brought; every article they touched is settled
    again (agreed, disagreed, ...), except those a curator has already settled."""
    db = team.db
    result = MergeResult(found.reviewer, len(found.articles))
    with team.tx():
        db.conn.executemany("INSERT OR IGNORE INTO labels (name, kind, colour, shortcut, position) VALUES (?, ?, ?, ?, ?)",
                            found.labels)
        db.conn.executemany(
            "INSERT OR IGNORE INTO sources (name, path, sha256, encoding, kind, imported_at, raw_text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r[0], r[1], sha, r[3], r[4], r[5], r[6]) for sha, r in found.sources.items()])
        source_ids = dict(db.execute("SELECT sha256, id FROM sources").fetchall())
        stamp = now()
        db.conn.executemany(
            "INSERT OR IGNORE INTO articles (source_id, position, source_line, title, subtitle, byline, text, meta, "
            "proposed, content_hash, status, reviewer, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', ?)",
            [(source_ids.get(a.source_sha),) + tuple(a.row) + (a.content_hash, stamp) for a in found.articles])
        ids = dict(db.execute("SELECT content_hash, id FROM articles").fetchall())
        touched = [ids[a.content_hash] for a in found.articles]
        db.conn.executemany(
            "INSERT OR REPLACE INTO team_versions (article_id, reviewer, status, entities, metrics, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(ids[a.content_hash], found.reviewer, a.version.status, json.dumps(a.version.entities, ensure_ascii=False),
              json.dumps(a.version.metrics, ensure_ascii=False), stamp) for a in found.articles])
        result.states, result.kept_curated = _settle(db, touched, stamp)
        db.execute(
            "INSERT OR REPLACE INTO team_merges (assignment, reviewer, revision, file, merged_at, articles) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [found.meta.get("assignment", ""), found.reviewer, found.revision, str(found.path), stamp, len(touched)])
        db.execute(
            "INSERT INTO history (at, actor, kind, name, article_id, op) VALUES (?, ?, 'merge', ?, NULL, ?)",
            [stamp, actor, f"Merge {found.reviewer}'s file {found.path.name}", json.dumps(
                {"reviewer": found.reviewer, "assignment": found.meta.get("assignment", ""),
                 "revision": found.revision, "articles": len(touched), "states": result.states}, ensure_ascii=False)])
    return result


def _settle(db, article_ids: list[int], stamp: str) -> tuple[dict[str, int], int]:
    db.execute("CREATE TEMP TABLE IF NOT EXISTS settling (id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.settling")
    db.conn.executemany("INSERT OR IGNORE INTO temp.settling (id) VALUES (?)", [(i,) for i in article_ids])
    # an article with an edit in the team file that is not undone (a curator took a version) is settled
    # (only edits after the first merge: a team file may start as a copy of the project, whose
    # own earlier edits are no curator's)
    since = db.execute("SELECT coalesce((SELECT min(id) FROM history WHERE kind = 'merge'), "
                       "(SELECT coalesce(max(id), 0) + 1 FROM history))").fetchone()[0]
    curated = {row[0] for row in db.execute(
        "SELECT article_id FROM team_outcomes WHERE state = 'curated' AND article_id IN (SELECT id FROM temp.settling) "
        "UNION SELECT h.article_id FROM undo_stack u JOIN history h ON h.id = u.history_id "
        "WHERE u.state = 'done' AND h.id > ? AND h.article_id IN (SELECT id FROM temp.settling)", [since])}
    versions: dict[int, list[Version]] = {}
    for article_id, reviewer, status, entities, metrics in db.execute(
            "SELECT article_id, reviewer, status, entities, metrics FROM team_versions "
            "WHERE article_id IN (SELECT id FROM temp.settling)"):
        if article_id not in curated:
            versions.setdefault(article_id, []).append(Version(
                reviewer, status, tuple(map(tuple, json.loads(entities))), tuple(map(tuple, json.loads(metrics)))))
    states: dict[str, int] = {}
    status_rows, outcome_rows, entity_rows, metric_rows = [], [], [], []
    for article_id, found in versions.items():
        outcome = merge_outcome(found)
        states[outcome.state] = states.get(outcome.state, 0) + 1
        status_rows.append((outcome.status, outcome.reviewer, stamp, article_id))
        outcome_rows.append((article_id, outcome.state))
        entity_rows += [(article_id,) + tuple(e) for e in outcome.entities]
        metric_rows += [(article_id,) + tuple(m) for m in outcome.metrics]
    settled = [(i,) for i in versions]
    db.conn.executemany("DELETE FROM entities WHERE article_id = ?", settled)
    db.conn.executemany("DELETE FROM metrics WHERE article_id = ?", settled)
    db.conn.executemany("UPDATE articles SET status = ?, reviewer = ?, updated_at = ? WHERE id = ?", status_rows)
    db.conn.executemany('INSERT INTO entities (article_id, label, start, "end", text, origin) VALUES (?, ?, ?, ?, ?, ?)',
                        entity_rows)
    db.conn.executemany(
        'INSERT INTO metrics (article_id, start, "end", text, value, value_high, unit, approx, indicator, period, '
        "numeral, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", metric_rows)
    db.conn.executemany("INSERT OR REPLACE INTO team_outcomes (article_id, state) VALUES (?, ?)", outcome_rows)
    return states, len(curated)


def versions_of(db, article_id: int) -> list[Version]:
    """The reviewers' versions of one article in a team file (none elsewhere)."""
    return [Version(reviewer, status, tuple(map(tuple, json.loads(entities))), tuple(map(tuple, json.loads(metrics))))
            for reviewer, status, entities, metrics in db.execute(
                "SELECT reviewer, status, entities, metrics FROM team_versions WHERE article_id = ? ORDER BY reviewer",
                [article_id])]


def outcome_of(db, article_id: int) -> str:
    row = db.execute("SELECT state FROM team_outcomes WHERE article_id = ?", [article_id]).fetchone()
    return row[0] if row else ""


def outcome_counts(db) -> dict[str, int]:
    return dict(db.execute("SELECT state, count(*) FROM team_outcomes GROUP BY state").fetchall())


def new_assignment_id() -> str:
    return uuid.uuid4().hex
