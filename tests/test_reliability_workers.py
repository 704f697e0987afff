"""A killed `annotator import --jobs 2` (issue 15): its worker processes and multiprocessing's
resource tracker end with it instead of running on."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO)}

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killing_a_parallel_import_ends_its_workers_and_the_resource_tracker(tmp_path, sig):
    sample = sorted((REPO / "resources" / "sample").glob("*.txt"))
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(60):  # distinct pages (a number line each), enough for a long import
        page = sample[n % len(sample)]
        (pages / f"{n:03d}-{page.name}").write_text(page.read_text(encoding="utf-8") + f"\n第{n}版\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-m", "annotator", "import", *map(str, sorted(pages.iterdir())),
                               "--jobs", "2", "--project", str(tmp_path / "p.sqlite")],
                              env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    helpers: set[int] = set()
    while time.monotonic() < deadline and len(helpers) < 3:  # two workers and the resource tracker
        helpers |= _children(parent.pid)
        time.sleep(0.1)
    assert len(helpers) >= 3, "the import did not start its workers"
    time.sleep(1.0)  # the workers are at work
    parent.send_signal(sig)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(map(_alive, helpers)):
        time.sleep(0.2)
    left = [pid for pid in helpers if _alive(pid)]
    for pid in left:  # do not leave them behind for the rest of the test run
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_workers_end_with_their_parent_through_its_sentinel_alone(tmp_path):
    """The sign Windows has (no re-parenting there): multiprocessing's parent sentinel."""
    script = tmp_path / "parent.py"
    script.write_text(
        "import multiprocessing, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from annotator.io.workers import end_with_parent\n"
        "if __name__ == '__main__':\n"
        "    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context('spawn'),\n"
        "                               initializer=end_with_parent, initargs=(None,))\n"
        "    jobs = [pool.submit(time.sleep, 300) for _ in range(2)]\n"
        "    time.sleep(300)\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        workers |= {pid for pid in _children(parent.pid) if b"spawn_main" in _cmdline(pid)}
        time.sleep(0.1)
    assert len(workers) >= 2, "the pool did not start its workers"
    time.sleep(1.0)  # the watch threads are running
    assert all(map(_alive, workers))  # at work while their parent lives
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(map(_alive, workers)):
        time.sleep(0.2)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
