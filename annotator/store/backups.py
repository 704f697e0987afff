"""Rolling backups, as Anki keeps them: a whole copy of the project (SQLite's online backup
API, so consistent while the project is open) on closing after changes and every
`BACKUP_MINUTES` during work, kept `depth()` deep in the data folder, listed and restorable.
They are the answer to what no journal can undo: a -wal file deleted or cut short after a
crash, a damaged disk, a project overwritten by hand."""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import StoreError

BACKUP_MINUTES = 30
DEFAULT_DEPTH = 8
_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})\.sqlite$")


def depth() -> int:
    """How many backups each project keeps (`ANNOTATOR_BACKUPS`, 0 turns them off)."""
    try:
        return max(0, int(os.environ.get("ANNOTATOR_BACKUPS", DEFAULT_DEPTH)))
    except ValueError:
        return DEFAULT_DEPTH


def folder_for(project: Path) -> Path:
    """One folder per project file: its name and a short hash of its full path (two
    `project.sqlite` in different folders keep apart)."""
    from ..paths import data_dir

    project = Path(project).resolve()
    digest = hashlib.sha1(str(project).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{project.stem}-{digest}"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # UTC
    size: int

    def label(self) -> str:
        local = self.taken.astimezone()
        return f"{local:%Y-%m-%d %H:%M:%S}  {self.size / 2**20:.1f} MB  {self.path.name}"


def list_backups(project: Path) -> list[Backup]:
    """The project's backups, newest first."""
    found = []
    folder = folder_for(project)
    if folder.is_dir():
        for path in folder.glob("*.sqlite"):
            match = _STAMP.search(path.name)
            if match:
                taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=timezone.utc)
                found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def write_backup(project: Path, conn: sqlite3.Connection | None = None) -> Path | None:
    """Copy the project (through `conn`, or a read-only connection of its own, which any
    thread may use) and drop the oldest copies beyond the depth. Returns the new copy."""
    keep = depth()
    if keep == 0:
        return None
    project = Path(project)
    try:
        folder = folder_for(project)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{project}: no backup could be written: the data folder cannot be used ({error})") from error
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{project.stem}-{stamp}.sqlite"
    partial = target.with_name(target.name + ".part")
    own = conn is None
    source = sqlite3.connect(f"file:{project}?mode=ro", uri=True) if own else conn
    try:
        copy = sqlite3.connect(str(partial))
        try:
            # Through the caller's connection: in steps, its own writes in between are carried
            # into the copy. On a connection of our own, in one step: writes by other
            # connections would restart a stepped copy (a busy reviewer's, again and again);
            # one step reads one snapshot, which WAL lets them write beside.
            source.backup(copy, pages=-1 if own else 4096)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        os.replace(partial, target)  # whole or absent: never a half copy under a backup's name
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(f"{project}: the backup copy could not be written to {folder} ({error})") from error
    finally:
        if own:
            source.close()
    for old in list_backups(project)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def find_backup(project: Path, which: str) -> Backup:
    """A backup by its number in the list (1 = newest) or by its file name."""
    backups = list_backups(project)
    if which.isdigit() and 1 <= int(which) <= len(backups):
        return backups[int(which) - 1]
    for backup in backups:
        if which in (backup.path.name, str(backup.path)):
            return backup
    raise StoreError(f"{project}: no backup {which!r}; `annotator backups --project {project}` lists them")


def restore(project: Path, backup: Backup) -> Path | None:
    """Put `backup` in the project's place. The current file (with its -wal and -shm) is
    first moved aside beside it, so a restore can itself be undone; returns where it went.
    Close the project everywhere first: a window still holding it would write to the moved file."""
    project = Path(project)
    try:
        source = sqlite3.connect(f"file:{backup.path}?immutable=1", uri=True)
        problems = source.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{backup.path}: this backup cannot be read ({error}); nothing was changed") from error
    try:
        if problems != "ok":
            raise StoreError(f"{backup.path}: this backup is damaged ({problems}); nothing was changed")
        aside = None
        if project.exists():
            stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
            aside = project.with_name(f"{project.stem}.before-restore-{stamp}{project.suffix}")
            for suffix in ("", "-wal", "-shm"):
                side = Path(str(project) + suffix)
                if side.exists():
                    os.replace(side, Path(str(aside) + suffix))
        partial = project.with_name(project.name + ".restoring")
        target = sqlite3.connect(str(partial))
        try:
            source.backup(target)
        finally:
            target.close()
        os.replace(partial, project)
        return aside
    except OSError as error:
        raise StoreError(f"{project}: could not put the backup in place ({error})") from error
    finally:
        source.close()
