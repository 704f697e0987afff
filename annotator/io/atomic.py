"""Writes that never leave a half-written file: a temporary file beside the target, then
os.replace (atomic on POSIX and Windows).

- The new file gets the mode a plain `open()` would give it (0666 less the umask), or the
  mode of the file it replaces: mkstemp's private 0600 would otherwise stick to exports.
- A symlink is written through: the link stays, its target gets the new content.
- A full disk (or any other OS error) becomes a `WriteError` naming the file and saying
  that the previous file is unchanged.
- A killed export leaves its temporary file behind; the name carries the writer's process
  id, and the next write to the same target removes those whose process is gone.
"""
from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

PART_SUFFIX = ".part"
STALE_UNOWNED_SECONDS = 600  # a .part without a process id (older versions) that is this old


class WriteError(ValueError):
    """A file could not be written; the message names it. A ValueError, so the CLI prints it."""


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _target(path: Path) -> Path:
    """Where the bytes go: through any symlinks to the file they name."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _part_pattern(target: Path) -> re.Pattern:
    return re.compile(rf"^\.{re.escape(target.name)}\.(?:(\d+)-)?[A-Za-z0-9_]+{re.escape(PART_SUFFIX)}$")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True


def remove_stale_parts(target: Path) -> int:
    """Remove temporary files of earlier writes to `target` whose writer is gone; returns
    how many. Without a process id in the name (older versions) one is stale when old."""
    pattern = _part_pattern(target)
    removed = 0
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        pid = match.group(1)
        try:
            stale = (not _alive(int(pid))) if pid else now - entry.stat().st_mtime > STALE_UNOWNED_SECONDS
            if stale:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _new_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def _describe(error: OSError, target: Path) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "there is not enough space on the disk"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "writing there is not allowed"
    else:
        reason = error.strerror or str(error)
    return f"{target}: could not be written ({reason}); the previous file, if any, is unchanged"


@contextlib.contextmanager
def atomic_writer(path: Path | str, mode: str = "w", encoding: str | None = "utf-8"):
    target = _target(Path(path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(_describe(error, target)) from None
    remove_stale_parts(target)
    temp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{PART_SUFFIX}")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as error:
        raise WriteError(_describe(error, target)) from None
    try:
        kwargs = {"encoding": encoding, "newline": "\n"} if "b" not in mode else {}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _new_mode(target))
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError) and not isinstance(error, WriteError):
            raise WriteError(_describe(error, target)) from None
        raise
