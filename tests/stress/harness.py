"""The kill test (issue 7): a reviewer process (edit_worker.py) and the `annotator import`
command work on one project while the parent kills them with SIGKILL at seeded random
moments. After every kill the parent reopens the project and checks that

- SQLite's integrity and foreign-key checks pass, and the project opens as the app opens it;
- every edit the reviewer reported done is there, plus at most the one in flight
  (`done` lines against the actor's history rows), and each article looks exactly as
  the reviewer last saw it;
- replaying the append-only history from the first snapshot rebuilds every edited
  article exactly (no lost write, no phantom write, no half of a batch);
- each input file is imported completely (its source, every article, its history row)
  or not at all, and every file the command reported done is there.

Used by tests/test_reliability_kill.py (a few kills) and tests/stress/run_kills.py (many).
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from annotator.core import ops as O  # noqa: E402
from annotator.io.importer import import_paths  # noqa: E402
from annotator.store import Store, content_hash  # noqa: E402
from edit_worker import article_for, digest  # noqa: E402

EDITOR = Path(__file__).with_name("edit_worker.py")
EDITOR_ACTOR, IMPORTER_ACTOR = "stress-editor", "stress-importer"
PLACES = ["怀化市洪江区", "长沙市开福区", "邵阳市大祥区", "株洲市芦淞区", "湘潭县", "益阳市赫山区", "岳阳市君山区"]


@dataclass
class BatchFile:
    path: Path
    sha256: str
    hashes: list[str]  # content hash of each article in the file


@dataclass
class Summary:
    rounds: int = 0
    kills: int = 0
    edits_saved: int = 0  # the reviewer's edits in the project after the last round
    in_flight_committed: int = 0  # killed after the commit, before `done` was printed
    imports_cut: int = 0  # importer kills that left files of the batch unimported
    files_imported: int = 0
    files_reported: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.rounds} rounds, {self.kills} kills, {self.edits_saved} edits saved ("
                f"{self.in_flight_committed} of them in flight: committed, not yet reported), {self.files_imported} files "
                f"imported ({self.files_reported} reported; {self.imports_cut} imports cut short), "
                f"{len(self.problems)} problems, {self.seconds:.0f} s")


def _record(text: str, with_spans: bool) -> str:
    record = {"text": text, "title": text[:8]}
    if with_spans:
        place = next(p for p in PLACES if p in text)
        start = text.index(place)
        record["entities"] = [{"start": start, "end": start + len(place), "label": "LOC", "text": place}]
        number = text.index("投资") + 2
        record["metrics"] = [{"start": number, "end": number + 4, "text": text[number:number + 4],
                              "value": int(text[number:number + 2]) * 10**8, "unit": "元"}]
    return json.dumps(record, ensure_ascii=False) + "\n"


def _article_text(tag: str, index: int) -> str:
    place = PLACES[index % len(PLACES)]
    return f"{tag}第{index}篇：{place}今年完成投资{10 + index % 80}亿元，新建学校{index % 9 + 1}所。" * 3


def make_project(project: Path, folder: Path, articles: int = 14) -> list[int]:
    """A project with articles for the reviewer to edit; returns their ids."""
    seed = folder / "to-review.jsonl"
    seed.write_text("".join(_record(_article_text("审", i), True) for i in range(articles)), encoding="utf-8")
    with Store(project) as store:
        report = import_paths(store, [seed], actor="setup")
        assert not report.problems, report.problems
        return [i for result in report.results for i in result.article_ids]


def write_batch(folder: Path, first: int, files: int, per_file: int, pages: int = 0) -> list[BatchFile]:
    """JSONL files carrying their spans (no extraction: the writes dominate), and optionally
    page files, whose import runs the full pre-extraction first."""
    folder.mkdir(parents=True, exist_ok=True)
    batch = []
    for number in range(first, first + files):
        texts = [_article_text(f"批{number}", i) for i in range(per_file)]
        is_page = number - first < pages
        path = folder / (f"page-{number:04d}.txt" if is_page else f"batch-{number:04d}.jsonl")
        body = "\n\n".join(texts) + "\n" if is_page else "".join(_record(t, True) for t in texts)
        path.write_text(body, encoding="utf-8")
        if is_page:  # the splitter decides what the articles are: ask the app's own reader
            from annotator.io.importer import PreparedFile, _read
            prepared = PreparedFile(path.name, str(path))
            _read(prepared, path, False, None)
            texts = [d.text for d in prepared.drafts]
        batch.append(BatchFile(path, hashlib.sha256(path.read_bytes()).hexdigest(), [content_hash(t) for t in texts]))
    return batch


def snapshot(project: Path, article_ids: list[int]) -> dict:
    with Store(project, create=False) as store:
        return {i: _state(store.article(i)) for i in article_ids}


def _state(article) -> dict:
    return {"status": article.status, "reviewer": article.reviewer,
            "entities": {e.id: (e.start, e.end, e.label, e.text, e.origin) for e in article.entities}}


def _replay(model: dict, leaf, problems: list[str], history_id: int) -> None:
    state = model.get(leaf.article_id)
    if state is None:
        return
    entities = state["entities"]
    if isinstance(leaf, O.AddEntity):
        e = leaf.entity
        if e.id in entities:
            problems.append(f"history {history_id}: entity {e.id} added twice")
        entities[e.id] = (e.start, e.end, e.label, e.text, e.origin)
    elif isinstance(leaf, O.RemoveEntity):
        if entities.pop(leaf.entity.id, None) is None:
            problems.append(f"history {history_id}: removes entity {leaf.entity.id}, which was not there")
    elif isinstance(leaf, O.UpdateEntity):
        old, new = leaf.old, leaf.new
        if entities.get(old.id, (None,) * 3)[:3] != (old.start, old.end, old.label):
            problems.append(f"history {history_id}: updates entity {old.id} from a state it was not in")
        entities[old.id] = (new.start, new.end, new.label, new.text, new.origin)
    elif isinstance(leaf, O.SetStatus):
        if state["status"] != leaf.old:
            problems.append(f"history {history_id}: status change from {leaf.old}, but it was {state['status']}")
        state["status"], state["reviewer"] = leaf.new, leaf.new_reviewer


def replay_problems(store: Store, initial: dict) -> list[str]:
    """Rebuild the edited articles from the first snapshot and the history; compare."""
    model = json.loads(json.dumps({str(k): v for k, v in initial.items()}))
    model = {int(k): {**v, "entities": {int(i): tuple(e) for i, e in v["entities"].items()}} for k, v in model.items()}
    problems: list[str] = []
    rows = store.db.execute("SELECT id, op FROM history WHERE kind != 'import' AND actor != 'setup' ORDER BY id")
    for history_id, op_json in rows:
        for leaf in O.flatten(O.op_from_json(op_json)):
            _replay(model, leaf, problems, history_id)
    for article_id, expected in model.items():
        actual = _state(store.article(article_id))
        if actual != expected:
            problems.append(f"article {article_id}: the project differs from its replayed history")
    return problems


def import_problems(store: Store, batch: list[BatchFile], reported: set[str]) -> tuple[list[str], int]:
    """Each file all or nothing; every reported file present. Returns (problems, files imported)."""
    problems, imported = [], 0
    for item in batch:
        row = store.db.execute("SELECT id FROM sources WHERE sha256 = ?", [item.sha256]).fetchone()
        marks = ",".join("?" * len(item.hashes))
        present = store.db.execute(f"SELECT count(*) FROM articles WHERE content_hash IN ({marks})",
                                   item.hashes).fetchone()[0]
        logged = store.db.execute("SELECT count(*) FROM history WHERE kind = 'import' AND name = ?",
                                  [f"Import {item.path.name}"]).fetchone()[0]
        if row is None:
            if present or logged:
                problems.append(f"{item.path.name}: {present} articles (of {len(item.hashes)}) without the file")
            if item.path.name in reported:
                problems.append(f"{item.path.name}: reported imported, but it is not in the project")
            continue
        imported += 1
        in_file = store.db.execute("SELECT count(*) FROM articles WHERE source_id = ?", [row[0]]).fetchone()[0]
        if (in_file, present, logged) != (len(item.hashes), len(item.hashes), 1):
            problems.append(f"{item.path.name}: half imported ({in_file}/{present} of {len(item.hashes)} "
                            f"articles, {logged} history rows)")
    return problems, imported


class _Lines(threading.Thread):
    """Collects a child's output lines as they come (a full pipe would stall the child)."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream, self.lines = stream, []

    def run(self) -> None:
        for raw in self.stream:
            if raw.endswith(b"\n"):  # a line cut by the kill was never reported
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))


def _spawn(args: list[str], env: dict) -> tuple[subprocess.Popen, _Lines, _Lines]:
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    readers = _Lines(child.stdout), _Lines(child.stderr)
    for reader in readers:
        reader.start()
    return child, *readers


class KillTest:
    def __init__(self, workdir: Path, seed: int, pages: int = 0, files_per_batch: int = 20, per_file: int = 150):
        self.workdir, self.random, self.pages = workdir, random.Random(seed), pages
        self.files_per_batch, self.per_file = files_per_batch, per_file
        self.project = workdir / "project.sqlite"
        self.article_ids = make_project(self.project, workdir)
        self.initial = snapshot(self.project, self.article_ids)
        self.digests = {}
        self.batch: list[BatchFile] = []
        self.reported_files: set[str] = set()
        self.edits_reported = 0
        self.summary = Summary()
        self.env = {**os.environ, "ANNOTATOR_REVIEWER": IMPORTER_ACTOR, "PYTHONPATH": str(REPO),
                    "ANNOTATOR_HOME": str(workdir / "home")}

    def pending(self) -> list[BatchFile]:
        with Store(self.project, create=False) as store:
            pending = [b for b in self.batch if not store.has_source(b.sha256)]
        if not pending:
            pending = write_batch(self.workdir / "in", len(self.batch), self.files_per_batch, self.per_file,
                                  self.pages)
            self.batch += pending
        return pending

    def round(self) -> None:
        files = self.pending()
        editor, editor_out, editor_err = _spawn(
            [sys.executable, str(EDITOR), str(self.project), "--actor", EDITOR_ACTOR,
             "--articles", ",".join(map(str, self.article_ids))], self.env)
        importer, _, importer_err = _spawn(
            [sys.executable, "-m", "annotator", "import", *[str(f.path) for f in files], "--project",
             str(self.project)], self.env)
        # Each is killed a random moment after it started working: the reviewer after it
        # says `ready`, the importer after its first file is written (before that it is
        # only starting Python). One that finishes first is not killed.
        pending = {editor: (editor_out, self.random.uniform(0.0, 0.6)),
                   importer: (importer_err, self.random.uniform(0.0, 0.5 if not self.pages else 3.0))}
        kill_at: dict = {}
        killed: set = set()
        deadline = time.monotonic() + 120
        while pending and time.monotonic() < deadline:
            for child, (reader, delay) in list(pending.items()):
                if child.poll() is not None:
                    del pending[child]
                elif child not in kill_at and reader.lines:
                    kill_at[child] = time.monotonic() + delay
                elif child in kill_at and time.monotonic() >= kill_at[child]:
                    child.send_signal(signal.SIGKILL)
                    self.summary.kills += 1
                    killed.add(child)
                    del pending[child]
            time.sleep(0.005)
        for child in pending:  # stuck past the deadline: a finding in itself
            self.summary.problems.append(f"round {self.summary.rounds + 1}: a child did not start working in time")
            child.kill()
        for child, readers in ((editor, (editor_out, editor_err)), (importer, (importer_err,))):
            child.wait()
            for reader in readers:
                reader.join(timeout=10)
        self.summary.rounds += 1
        self._collect(editor_out.lines, importer_err.lines, editor_err.lines)
        self.check()
        if importer in killed:
            with Store(self.project, create=False) as store:
                self.summary.imports_cut += any(not store.has_source(f.sha256) for f in files)

    def _collect(self, editor_lines: list[str], importer_lines: list[str], editor_errors: list[str]) -> None:
        for line in editor_lines:
            parts = line.split()
            if parts[0] == "done":
                self.edits_reported, article_id = int(parts[1]), int(parts[2])
                self.digests[article_id] = parts[3]
        if any("Traceback" in line for line in editor_errors):
            self.summary.problems.append("the editor failed: " + " | ".join(editor_errors[-3:]))
        for line in importer_lines:  # "3/12 batch-0003.jsonl" after each file is written
            head, _, name = line.partition(" ")
            if "/" in head and head.replace("/", "").isdigit() and name:
                self.reported_files.add(name)

    def check(self) -> None:
        problems = self.summary.problems
        with Store(self.project, create=False) as store:  # opens as the app does (and migrates)
            problems += [f"integrity: {p}" for p in store.integrity_problems()]
            done = store.db.execute("SELECT count(*) FROM history WHERE actor = ?", [EDITOR_ACTOR]).fetchone()[0]
            if not self.edits_reported <= done <= self.edits_reported + 1:
                problems.append(f"{self.edits_reported} edits reported done, {done} in the project")
            in_flight = article_for(done - 1, self.article_ids) if done > self.edits_reported else None
            for article_id, seen in self.digests.items():
                if article_id != in_flight and digest(store.article(article_id)) != seen:
                    problems.append(f"article {article_id} is not as the reviewer last saw it")
            if in_flight is not None:  # committed, never reported: what the next run starts from
                self.digests[in_flight] = digest(store.article(in_flight))
            problems += replay_problems(store, self.initial)
            found, imported = import_problems(store, self.batch, self.reported_files)
            problems += found
        self.summary.in_flight_committed += done - self.edits_reported
        self.edits_reported = done  # the next run resumes from the project's count
        self.summary.edits_saved = done
        self.summary.files_imported, self.summary.files_reported = imported, len(self.reported_files)

    def run(self, rounds: int, log=None) -> Summary:
        started = time.monotonic()
        for number in range(rounds):
            self.round()
            if log:
                log(f"round {number + 1}: {self.summary.line()}")
        self.summary.seconds = time.monotonic() - started
        return self.summary
