"""The long kill test: many SIGKILLs of a reviewer process and of `annotator import`
working on one project, each followed by the checks in harness.py. Seeded: the same seed
kills at the same moments (the machine's speed decides what is in flight then).

    python tests/stress/run_kills.py                 # 30 rounds, about 60 kills, ~1-2 minutes
    python tests/stress/run_kills.py --rounds 100 --seed 7
    python tests/stress/run_kills.py --pages 4       # some page files too: pre-extraction runs

Exit status 0 when nothing was lost; otherwise each problem is printed.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import KillTest  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Kill the reviewer and the importer again and again; check the project.")
    parser.add_argument("--rounds", type=int, default=30, help="rounds; each kills up to two processes")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--pages", type=int, default=0, help="page files (with pre-extraction) per batch of 20")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kill-test-") as temporary:
        workdir = args.keep or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        test = KillTest(workdir, args.seed, pages=args.pages)
        summary = test.run(args.rounds, log=lambda line: print(line, flush=True))
    print(f"seed {args.seed}: {summary.line()}")
    for problem in summary.problems:
        print(f"LOST OR DAMAGED: {problem}")
    return 1 if summary.problems else 0


if __name__ == "__main__":
    sys.exit(main())
