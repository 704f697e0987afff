"""Time from process start until the main window is shown, for the PyInstaller bundle and
for `annotator` from a virtual environment, measured in the same run (alternating, so both
see the same machine load), plus the bundle's size. Not a test: figures for the notes.

    python packaging/measure_startup.py --bundle dist/annotator/annotator \
        --venv .venv/bin/annotator [--runs 7] [--xvfb]

Each run is `annotator selftest` (the real window on a new project), which prints the
seconds from the kernel's process start time to the shown window. The first run of each is
a warm-up (disk cache) and is not counted.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path


def start_to_window(command: str, xvfb: bool) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from process start to the shown window."""
    with tempfile.TemporaryDirectory(prefix="annotator-startup-") as out:
        env = {**os.environ, "ANNOTATOR_REVIEWER": "measure"}
        prefix = []
        if xvfb:
            env.pop("QT_QPA_PLATFORM", None)
            prefix = [shutil.which("xvfb-run") or "xvfb-run", "-a"]
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        result = subprocess.run([*prefix, command, "selftest", out], capture_output=True, text=True, env=env,
                                timeout=600)
        if result.returncode != 0:
            raise SystemExit(f"{command} selftest failed:\n{result.stdout}{result.stderr}")
        line = next(line for line in result.stdout.splitlines() if line.startswith("start-to-window:"))
        words = line.replace("(", " ").replace(")", " ").split()  # start-to-window: 0.81 s (cpu 0.74 s)
        return float(words[1]), float(words[4])


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", required=True, help="the bundle's executable (dist/annotator/annotator)")
    parser.add_argument("--venv", required=True, help="`annotator` of a virtual environment")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--xvfb", action="store_true", help="a real X11 window under xvfb-run, not offscreen")
    args = parser.parse_args()
    times: dict[str, list[tuple[float, float]]] = {"bundle": [], "venv": []}
    for run in range(args.runs + 1):
        for name, command in (("bundle", args.bundle), ("venv", args.venv)):
            measured = start_to_window(command, args.xvfb)
            if run:  # run 0 warms the disk cache
                times[name].append(measured)
    platform = "xcb under xvfb" if args.xvfb else "offscreen"
    for index, what in ((0, "wall clock"), (1, "CPU time")):
        bundle = statistics.median(t[index] for t in times["bundle"])
        venv = statistics.median(t[index] for t in times["venv"])
        print(f"start to window, {what} ({platform}, median of {args.runs}): bundle {bundle:.2f} s, "
              f"venv {venv:.2f} s, bundle/venv {bundle / venv:.2f}")
    for name in ("bundle", "venv"):
        print(f"  {name} runs (wall/cpu): {', '.join(f'{w:.2f}/{c:.2f}' for w, c in times[name])}")
    print(f"bundle size: {size_mb(Path(args.bundle).resolve().parent):.0f} MB (files, symlinks not counted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
