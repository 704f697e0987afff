"""Teams: split a project among reviewers (`assign`), bring their files back into one team
file (`merge`), and gather every reviewer's versions for `agreement`. A project file is one
person's; SQLite must not be shared over a network folder, so the team works through files."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .core.teamwork import Version, check_reviewers, plan_assignment
from .store import Store, StoreError
from .store import team as team_sql
from .store.rows import now


@dataclass
class Assignment:
    files: dict[str, Path]
    counts: dict[str, int]
    shared: int


def reviewer_file_name(project: Path, reviewer: str) -> str:
    return f"{project.stem}.{reviewer}{project.suffix or '.sqlite'}"


def assign(project: Path, reviewers: list[str], out: Path, *, overlap: float = 0.1, seed: int = 0,
           actor: str = "") -> Assignment:
    """One project file per reviewer in `out`, each with its share of the articles (a share
    `overlap` also given to a second reviewer). Existing files are never overwritten."""
    reviewers = check_reviewers(reviewers, overlap)
    out.mkdir(parents=True, exist_ok=True)
    targets = {name: out / reviewer_file_name(project, name) for name in reviewers}
    existing = [str(p) for p in targets.values() if p.exists()]
    if existing:
        raise StoreError(f"{existing[0]} already exists (a reviewer's work?); nothing was written. "
                         "Choose another --out folder or move the old files away")
    with Store(project, create=False) as source:
        source_meta = team_sql.meta(source.db)
        if source_meta.get("reviewer"):
            raise StoreError(f"{project} is {source_meta['reviewer']}'s reviewer file; assign from the project "
                             "it was cut from (or merge it into a team file first)")
        hashes = team_sql.content_hashes(source.db)
    if not hashes:
        raise StoreError(f"{project} has no articles to assign")
    plan = plan_assignment(hashes, reviewers, overlap, seed)
    assignment = team_sql.new_assignment_id()
    counts = {}
    for name, path in targets.items():
        values = {"project_id": source_meta["project_id"], "reviewer": name, "assignment": assignment,
                  "assigned_from": str(project), "assigned_at": now()}
        partial = path.with_name(path.name + ".part")
        partial.unlink(missing_ok=True)
        with Store(partial) as target:
            counts[name] = team_sql.copy_articles(target, project, plan[name], values, actor)
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)  # whole or not at all: a half-copied file never looks like a reviewer's
    shared = sum(counts.values()) - len(hashes)
    return Assignment(targets, counts, shared)


@dataclass
class MergeReport:
    merged: list[team_sql.MergeResult] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one clear sentence per file left out
    outcomes: dict[str, int] = field(default_factory=dict)
    started_from: Path | None = None  # the project a new team file was copied from


def _start_from_project(files: list[Path], into: Path) -> Path | None:
    """A new team file starts as a copy of the project the reviewer files were cut from,
    when it is at hand and still that project: its articles and their search index come
    whole (indexing 1,000 articles again is most of a merge's time). Otherwise it starts
    empty and the articles come from the reviewer files."""
    for path in files:
        try:
            with Store(path, create=False) as reviewer:
                meta = team_sql.meta(reviewer.db)
        except StoreError:
            continue
        source = Path(meta.get("assigned_from", ""))
        if not meta.get("reviewer") or not source.is_file() or source.resolve() == into.resolve():
            continue
        try:
            with Store(source, create=False) as project:
                if team_sql.meta(project.db).get("project_id") != meta.get("project_id"):
                    return None
                team_sql.copy_project(project, into)
                return source
        except StoreError:
            return None
    return None


def merge(files: list[Path], into: Path, *, actor: str = "") -> MergeReport:
    """Every reviewer file into the team file `into`. A file of another project, one given
    or merged before, or an older copy than the one merged, is left out with a message;
    the others are merged (each in its own transaction)."""
    report = MergeReport()
    seen: dict[tuple[str, str], Path] = {}
    if not into.exists():
        report.started_from = _start_from_project(files, into)
    with Store(into) as team:
        team_meta = team_sql.meta(team.db)
        if team_meta.get("reviewer"):
            raise StoreError(f"{into} is {team_meta['reviewer']}'s reviewer file, not a team file; "
                             "merge into a new file (--into team.sqlite)")
        project_id = None if team_sql.team_is_empty(team.db) else team_meta["project_id"]
        for path in files:
            if path.resolve() == into.resolve():
                report.refused.append(f"{path}: this is the team file itself; left out")
                continue
            try:
                with Store(path, create=False) as reviewer_store:
                    header = team_sql.read_reviewer_file(reviewer_store, with_articles=False)
                    problem = _refusal(path, header, project_id, seen, team)
                    if problem:
                        report.refused.append(problem)
                        continue
                    found = team_sql.read_reviewer_file(reviewer_store)
            except StoreError as error:
                report.refused.append(f"{path}: not merged: {error}")
                continue
            if project_id is None:
                project_id = header.meta["project_id"]
                team_sql.set_meta(team.db, {"project_id": project_id})
            seen[(header.meta.get("assignment", ""), header.reviewer)] = path
            report.merged.append(team_sql.merge_file(team, found, actor))
        report.outcomes = team_sql.outcome_counts(team.db)
    return report


def _refusal(path: Path, header: team_sql.ReviewerFile, project_id: str | None, seen: dict, team) -> str:
    if not header.reviewer:
        return (f"{path}: not a reviewer's file (it does not say whose it is); make reviewer files with "
                "`annotator assign`; nothing merged from it")
    if project_id is not None and header.meta.get("project_id") != project_id:
        return (f"{path}: {header.reviewer}'s file belongs to another project (project id "
                f"{header.meta.get('project_id', '?')[:8]}, the team file's is {project_id[:8]}); nothing merged from it")
    key = (header.meta.get("assignment", ""), header.reviewer)
    if key in seen:
        return f"{path}: {header.reviewer}'s file was already given as {seen[key]}; merged once only"
    earlier = team_sql.merged_revision(team.db, *key)
    if earlier:
        revision, file, merged_at = earlier
        if header.revision == revision:
            return (f"{path}: {header.reviewer}'s file was already merged on {merged_at} ({file}) and has not "
                    "changed since; nothing merged twice")
        if header.revision < revision:
            return (f"{path}: an older copy of {header.reviewer}'s file (revision {header.revision}) than the one "
                    f"merged on {merged_at} (revision {revision}, {file}); nothing merged from it, nothing lost")
    return ""


def collect_versions(files: list[Path]) -> tuple[dict[str, dict[str, Version]], list[str]]:
    """reviewer -> content hash -> version, from reviewer files and/or team files (a team
    file holds every merged reviewer's versions); plus one message per file left out."""
    versions: dict[str, dict[str, Version]] = {}
    problems: list[str] = []
    project_ids: dict[str, Path] = {}
    for path in files:
        try:
            with Store(path, create=False) as store:
                meta = team_sql.meta(store.db)
                if project_ids and meta.get("project_id") not in project_ids:
                    problems.append(f"{path}: belongs to another project than {next(iter(project_ids.values()))}; "
                                    "left out")
                    continue
                project_ids.setdefault(meta.get("project_id", ""), path)
                if meta.get("reviewer"):
                    found = team_sql.read_reviewer_file(store)
                    if found.reviewer in versions:
                        problems.append(f"{path}: a second file of {found.reviewer}; left out")
                        continue
                    versions[found.reviewer] = {a.content_hash: a.version for a in found.articles}
                else:
                    kept = team_sql.team_versions(store.db)
                    if not kept:
                        problems.append(f"{path}: neither a reviewer's file nor a team file with merged versions; "
                                        "left out")
                    for reviewer, by_hash in kept.items():
                        versions.setdefault(reviewer, {}).update(by_hash)
        except StoreError as error:
            problems.append(f"{path}: left out: {error}")
    return versions, problems
