"""The project file. `Store` speaks in domain terms; every SQL statement lives in this
package. One Store (one connection) per thread."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from ..core.extraction import Lexicon
from ..core import ops as O
from ..core.types import Article, ArticleDraft, Entity, Label
from . import backups, edits, imports, learned, proposals, queries
from .connection import ProjectDamaged, StoreError, Transactions, connect
from .identity import check_damage
from .migrations import SCHEMA_VERSION, migrate, version_of
from .queries import ArticleFilter, QueueRow


REFRESH_AHEAD = 30  # pending articles refreshed after each training, ahead of the reviewer
LEARNING_ACTOR = "learning"  # history entries written by the background learner

class Store:
    def __init__(self, path: Path | str, *, create: bool = True, check: bool = True):
        """`create`: an absent or empty file becomes a new project (else refused); `check`:
        SQLite's quick_check first (a damaged file is refused before anything is written)."""
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such project file")
        _refuse_read_only(self.path)
        # quick_check reads every page (~2 s per GB on an idle machine): small files are
        # checked before anything else, large ones before their first write (and by the app
        # in a worker), so opening a 100k-article project stays fast.
        # large: whole-file work (quick_check, counting every article) goes to workers
        self.large = _file_bytes(self.path) > CHECK_ON_OPEN_BYTES
        check_now = check and not self.large
        self.db = connect(self.path, max_version=SCHEMA_VERSION, create=create, check=check_now)
        self.verified = check_now or not check
        self._worker_check: threading.Event | None = None  # set once check_in_worker has its verdict
        self._worker_problem: str | None = None
        self.tx = Transactions(self.db, on_commit=self._back_up_if_due, before_write=self.verify)
        self._backed_up = (0, time.monotonic())  # (commits, when) of the last backup
        # the app sets this: its backups are written by a thread of their own (back_up_in_background)
        self.background_backups = False
        self._backup_thread: threading.Thread | None = None
        self.backup_problem = ""
        try:
            if version_of(self.db.conn) < SCHEMA_VERSION and version_of(self.db.conn) > 0:
                self.verify()  # never migrate a damaged file
            self.backup = migrate(self.db.conn, self.path)
        except BaseException:
            self.db.conn.close()
            raise

    # -- lifecycle --------------------------------------------------------------------
    def close(self) -> None:
        """Closing after changes leaves a rolling backup (a full disk does not stop the close).
        With `background_backups` it is written by a thread of its own after the close
        returns; the process waits for it before it ends."""
        try:
            if self.tx.commits > self._backed_up[0]:
                if self.background_backups:
                    self.back_up_in_background()
                else:
                    self.back_up()
        except StoreError as error:
            self.backup_problem = str(error)
        finally:
            self.db.conn.close()

    def verify(self) -> None:
        """SQLite's quick_check, once per opening; raises ProjectDamaged (and keeps raising:
        nothing is written to a damaged file). After `deferred_check`, a write waits for the
        worker's verdict instead of reading the whole file a second time."""
        if self.verified:
            return
        if self._worker_check is not None:
            self._worker_check.wait()
            if self._worker_problem is not None:
                raise ProjectDamaged(self._worker_problem)
            self.verified = True
            return
        check_damage(self.db.conn, self.path)
        self.verified = True

    def deferred_check(self):
        """The opening check of a large project, to run in a worker thread: returns a
        function that runs quick_check on a connection of its own and returns what is
        damaged, or None. From now on a write waits for its verdict (verify)."""
        from .identity import damage_in_file

        if self.verified:
            return lambda: None
        done = self._worker_check = threading.Event()

        def check() -> str | None:
            try:
                self._worker_problem = damage_in_file(self.path)
            except BaseException as error:  # the check itself failed: the first write says so
                self._worker_problem = f"{self.path}: the project file could not be checked ({error})"
                raise
            finally:
                done.set()
            return self._worker_problem

        return check

    def back_up(self) -> Path | None:
        """A rolling backup now (store/backups.py); returns the copy written."""
        written = backups.write_backup(self.path, self.db.conn)
        self._backed_up = (self.tx.commits, time.monotonic())
        return written

    def back_up_in_background(self) -> threading.Thread:
        """A rolling backup written by a thread of its own, on a read-only connection of its
        own (SQLite's online backup in one step: a snapshot that the edits made meanwhile
        neither block nor restart, in WAL mode). The caller, the app's GUI thread, goes on at
        once. One after the other: a backup asked for while one is written follows it.
        Problems land in `backup_problem`."""
        previous, path = self._backup_thread, self.path

        def write() -> None:
            if previous is not None:
                previous.join()
            try:
                backups.write_backup(path)
            except StoreError as error:
                self.backup_problem = str(error)

        # not a daemon: a process that ends (the app closing) waits for a copy under way
        thread = self._backup_thread = threading.Thread(target=write, name="annotator-backup")
        self._backed_up = (self.tx.commits, time.monotonic())
        thread.start()
        return thread

    def wait_for_backup(self) -> None:
        """Until a backup under way in the background is written."""
        if self._backup_thread is not None:
            self._backup_thread.join()

    def _back_up_if_due(self) -> None:
        commits, when = self._backed_up
        if time.monotonic() - when >= backups.BACKUP_MINUTES * 60:
            if self.background_backups:
                if self._backup_thread is None or not self._backup_thread.is_alive():
                    self.back_up_in_background()
                return
            try:
                self.back_up()
            except StoreError as error:  # the edit is saved; the next chance will try again
                self.backup_problem = str(error)
                self._backed_up = (commits, time.monotonic())

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return version_of(self.db.conn)

    def integrity_problems(self) -> list[str]:
        rows = [row[0] for row in self.db.execute("PRAGMA integrity_check")]
        rows += [f"foreign key: {row}" for row in self.db.execute("PRAGMA foreign_key_check")]
        return [] if rows == ["ok"] else rows

    # -- reading ----------------------------------------------------------------------
    def article(self, article_id: int) -> Article | None:
        return queries.article(self.db, article_id)

    def article_ids(self, flt: ArticleFilter = ArticleFilter(), after: int = 0, limit: int | None = None,
                    offset: int = 0) -> list[int]:
        return queries.article_ids(self.db, flt, after, limit, offset)

    def queue_rows(self, ids: list[int]) -> dict[int, QueueRow]:
        return queries.queue_rows(self.db, ids)

    def iter_articles(self, statuses: tuple[str, ...] = (), batch: int = 500, limit: int | None = None):
        """Every article (in these statuses) with its spans, in id order, streamed: an
        ArticleStream, whose `rows()` are the same articles as plain rows."""
        return queries.iter_articles(self.db, statuses, batch, limit)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def is_empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def status_counts(self) -> dict[str, int]:
        return queries.status_counts(self.db)

    def span_counts(self) -> dict[tuple[str, str], int]:
        return queries.span_counts(self.db)

    def labels(self) -> list[Label]:
        return queries.labels(self.db)

    def lexicon(self) -> Lexicon:
        """Reviewers' edits, the names of reviewed articles (two characters or more: `中`
        alone would be proposed everywhere) and the trained model."""
        model, names, _, _ = learned.load(self.db)
        return Lexicon(queries.lexicon_counts(self.db), model, names)

    def extractor(self):
        from ..core.extraction import Extractor

        return Extractor(self.lexicon())

    def reviewed_since_training(self) -> int:
        """Accepted articles more (or fewer) than when the model was last trained."""
        _, _, articles, _ = learned.load(self.db)
        return abs(learned.reviewed_count(self.db)[0] - articles)

    def learning_is_stale(self) -> bool:
        """Reviewed articles or their spans changed since the model was trained."""
        _, _, articles, spans = learned.load(self.db)
        return learned.reviewed_count(self.db) != (articles, spans)

    def retrain(self, limit: int = 2000) -> tuple[int, int]:
        """Train the model on the newest reviewed articles (at most `limit`) and keep it with
        their names; returns (articles, spans) trained on. Runs off the review loop (the
        import worker, the command line); reading is quick, training takes seconds."""
        from ..core import learning
        from ..core.entities import find_entities

        articles = [learning.TrainingArticle(text, tuple(spans))
                    for text, spans in learned.training_articles(self.db, limit)]
        counted = learned.reviewed_count(self.db)
        names: dict[tuple[str, str], int] = {}
        for article in articles:
            for start, end, label in article.entities:
                if end - start >= 2:
                    key = (article.text[start:end], label)
                    names[key] = names.get(key, 0) + 1

        def propose(text):
            return [(e.start, e.end, e.label) for e in find_entities(text)]

        model = learning.train(articles, propose) if learning.available() else None
        with self.tx():
            learned.save(self.db, model, names, *counted)
        return len(articles), sum(len(a.entities) for a in articles)

    def with_status(self, ids: list[int], statuses: tuple[str, ...]) -> set[int]:
        """Which of these articles are in one of `statuses` (through the status index)."""
        if not ids or not statuses:
            return set()
        rows = self.db.execute(
            f"SELECT id FROM articles INDEXED BY articles_status WHERE status IN ({', '.join('?' for _ in statuses)}) "
            f"AND id IN ({', '.join('?' for _ in ids)})", [*statuses, *ids])
        return {row[0] for row in rows}

    def next_article_id(self, after_id: int, statuses: tuple[str, ...] = ("pending",),
                        flt: ArticleFilter = ArticleFilter()) -> int | None:
        return queries.next_article_id(self.db, after_id, statuses, flt)

    def history(self, article_id: int | None = None, limit: int = 200) -> list[dict]:
        return queries.history(self.db, article_id, limit)

    def articles_containing(self, text: str, statuses: tuple[str, ...] = ("pending",), exclude: int | None = None):
        """Articles in these statuses whose text contains `text` (for repeating a correction)."""
        ids = self.article_ids(ArticleFilter(statuses=statuses, query=text))
        return [a for a in map(self.article, ids) if a is not None and a.id != exclude and text in a.text]

    def correction_reach(self, verb: str, label: str, text: str, exclude: int | None = None) -> int:
        return queries.correction_reach(self.db, verb, label, text, exclude)

    def reviewed_pairs(self, statuses: tuple[str, ...] = ("accepted",)):
        return queries.reviewed_pairs(self.db, statuses)

    def auto_spans_by_source(self) -> dict[str, dict]:
        return queries.auto_spans_by_source(self.db)

    def source_names(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT name FROM sources ORDER BY id")]

    def project_meta(self) -> dict[str, str]:
        """The project's identity and, for a reviewer's file, whose it is (store/team.py)."""
        from .team import meta

        return meta(self.db)

    def assigned_reviewer(self) -> str:
        return self.project_meta().get("reviewer", "")

    def team_versions(self, article_id: int) -> list:
        """Every reviewer's version of the article, in a team file (annotator merge)."""
        from .team import versions_of

        return versions_of(self.db, article_id)

    def all_team_versions(self) -> dict:
        """reviewer -> content hash -> version, for agreement figures."""
        from .team import team_versions

        return team_versions(self.db)

    def is_team_file(self) -> bool:
        return self.db.execute("SELECT 1 FROM team_versions LIMIT 1").fetchone() is not None

    # -- writing ----------------------------------------------------------------------
    def import_source(self, source: imports.SourceRecord, drafts: list[ArticleDraft], actor: str = "") -> imports.ImportResult:
        return imports.import_source(self.db, self.tx, source, drafts, actor)

    def record_import(self, results: list[imports.ImportResult], actor: str = "") -> None:
        """An import finished: everything it added becomes one step of `actor`'s undo list."""
        imports.record_undo_step(self.db, self.tx, results, actor)

    def source_hashes(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT sha256 FROM sources")]

    def has_source(self, sha256: str) -> bool:
        return imports.has_source(self.db, sha256)

    def apply(self, op, actor: str) -> edits.Changes:
        return edits.apply_op(self.db, self.tx, op, actor)

    def undo(self, actor: str, progress=None, cancelled=None) -> edits.Changes | None:
        """`progress(done, total, text)` and `cancelled()` for a long step (an import's undo):
        cancelled, it raises core.ops.Cancelled and nothing is changed."""
        return edits.undo(self.db, self.tx, actor, progress, cancelled)

    def redo(self, actor: str, progress=None, cancelled=None) -> edits.Changes | None:
        return edits.redo(self.db, self.tx, actor, progress, cancelled)

    def next_step_is_import(self, actor: str, undoing: bool = True) -> bool:
        return edits.next_step_is_import(self.db, actor, undoing)

    def undo_name(self, actor: str) -> str | None:
        return edits.undo_name(self.db, actor)

    def redo_name(self, actor: str) -> str | None:
        return edits.redo_name(self.db, actor)

    def undo_redo_names(self, actor: str) -> tuple[str | None, str | None]:
        return edits.undo_redo_names(self.db, actor)

    def _proposed(self, article_id: int) -> str:
        return proposals.unpack(self.db.execute("SELECT proposed FROM articles WHERE id = ?", [article_id]).fetchone()[0])

    def reextract_op(self, article_ids: list[int], extract, progress=None) -> tuple[O.Reextract | None, int]:
        """What refreshing the proposals of these articles with `extract(text)` changes, as
        one operation (None if nothing), and in how many articles."""
        from ..core.editing import reextract_ops

        ops, changed = [], 0
        labels = {label.name for label in self.labels() if label.kind == "entity"}
        for done, article_id in enumerate(article_ids, start=1):
            article = self.article(article_id)
            if article is not None:
                entities, metrics = extract(article.text)
                entities = [e for e in entities if e.label in labels]  # not a label deleted meanwhile
                article_ops = reextract_ops(article, entities, metrics)
                proposed = self._proposed(article_id)
                proposed_now = imports.proposed_json(entities, metrics)
                if proposed_now != proposed:  # kept to measure review (`evaluate --reviewed`)
                    article_ops.append(O.SetProposed(article_id, proposed, proposed_now))
                ops += article_ops
                changed += bool(article_ops)
            if progress:
                progress(done)
        return (O.Reextract(tuple(ops)) if ops else None), changed

    def refresh_ahead(self, after: int, count: int = REFRESH_AHEAD, actor: str = LEARNING_ACTOR) -> int:
        """Refresh the proposals of the next `count` pending articles after `after` that nobody
        has touched (every span still as pre-extraction proposed it) with what was learned, so
        the reviewer meets them improved; one history entry under `actor`. Returns how many
        articles changed."""
        untouched = []
        for article_id in self.article_ids(ArticleFilter(statuses=("pending",)), after=after, limit=count * 3):
            article = self.article(article_id)
            if article is None or any(s.origin != "auto" for s in (*article.entities, *article.metrics)):
                continue
            proposed = self._proposed(article_id)
            if proposed != imports.proposed_json(article.entities, article.metrics):
                continue  # a reviewer removed a proposal: it must not come back
            untouched.append(article_id)
            if len(untouched) == count:
                break
        return self.reextract(untouched, self.extractor().extract, actor) if untouched else 0

    def reextract(self, article_ids: list[int], extract, actor: str, progress=None) -> int:
        """Refresh the proposals of these articles through the edit path: one history entry
        and one undo step for all, refused if an article's spans changed meanwhile. Returns
        how many articles changed."""
        op, changed = self.reextract_op(article_ids, extract, progress)
        if op is not None:
            self.apply(op, actor)
        return changed

    def article_ids_with_status(self, statuses: tuple[str, ...]) -> list[int]:
        return self.article_ids(ArticleFilter(statuses=statuses))

    def label_uses(self, name: str) -> list[tuple[int, Entity]]:
        """(article id, entity) of every entity carrying this label."""
        return edits.label_uses(self.db, name)

    def save_label(self, label: Label, old_name: str | None = None, actor: str = "") -> edits.Changes:
        """Add a label, or update one (renaming carries its spans along); through the edit
        path, so it is undoable and a stale change is refused."""
        if old_name is None:
            return self.apply(O.AddLabel(label), actor)
        old = next((l for l in self.labels() if l.name == old_name), None)
        if old is None:
            raise StoreError(f"there is no label {old_name}")
        return self.apply(O.UpdateLabel(old, label), actor)


CHECK_ON_OPEN_BYTES = 64 * 1024 * 1024


def _file_bytes(path: Path) -> int:
    total = 0
    for side in (path, path.with_name(path.name + "-wal")):
        try:
            total += side.stat().st_size
        except OSError:
            pass
    return total


def _refuse_read_only(path: Path) -> None:
    """Refuse before SQLite writes anything. A file without any write permission bit was
    marked read-only by someone: respected even by root, whom `os.access` always lets write.
    The folder must be writable too: WAL keeps two files beside the project."""
    if path.is_file():
        if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
            raise StoreError(f"{path}: the project file is read-only; nothing was changed. "
                             "Open a writable copy, or make the file writable")
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
        raise StoreError(f"{path}: the folder holding the project is read-only (the project keeps its "
                         "journal files beside it); copy the project to a writable folder")


__all__ = ["Store", "StoreError", "ArticleFilter", "SCHEMA_VERSION"]
