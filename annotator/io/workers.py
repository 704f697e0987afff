"""Worker processes that end with the process that started them. A killed `annotator
import --jobs N` must not leave its workers (and, through them, multiprocessing's resource
tracker, which ends when the last process holding its pipe does) running for minutes."""
from __future__ import annotations

import multiprocessing
import os
import threading

POLL_SECONDS = 0.5


def end_with_parent(parent: int | None) -> None:
    """A pool initializer: once the parent is gone, end at once, without waiting for the
    job in hand. Two signs, so that it works everywhere: multiprocessing's parent sentinel
    (a pipe on POSIX, the parent's process handle on Windows: ready when the parent ends,
    however it ended) and, on POSIX, being re-parented (getppid changes from `parent`;
    None watches the sentinel alone)."""
    watched = multiprocessing.parent_process()  # None when not started by multiprocessing

    def gone() -> bool:
        if watched is not None:
            watched.join(POLL_SECONDS)  # returns early when the parent ends
            if not watched.is_alive():
                return True
        else:
            threading.Event().wait(POLL_SECONDS)
        return parent is not None and os.getppid() != parent

    def watch() -> None:
        while not gone():
            pass
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()
