"""Worker processes that end with the process that started them. A killed `annotator
import --jobs N` must not leave its workers (and, through them, multiprocessing's resource
tracker, which ends when the last process holding its pipe does) running for minutes."""
from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def end_with_parent(parent: int) -> None:
    """A pool initializer: watch the parent pid; once it is gone (the worker was re-parented)
    end at once, without waiting for the job in hand."""
    def watch() -> None:
        while True:
            time.sleep(POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()
