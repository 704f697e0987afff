"""Refresh the zh_CN translation: collect the strings from the sources (pyside6-lupdate),
fill them from zh_CN.tsv (context, English source, Chinese), compile the .qm (lrelease).

    python resources/translations/update.py

Prints every string that has no translation yet; add it to zh_CN.tsv and run again.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TS = HERE / "annotator_zh_CN.ts"
QM = HERE / "annotator_zh_CN.qm"
TABLE = HERE / "zh_CN.tsv"


def load_table() -> dict[tuple[str, str], str]:
    table = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, target = line.split("\t")
            table[(context, source.replace("\\n", "\n"))] = target.replace("\\n", "\n")
    return table


def fill(ts_text: str, table: dict) -> tuple[str, list]:
    missing = []

    def context_block(match: re.Match) -> str:
        block = match.group(0)
        context = re.search(r"<name>(.*?)</name>", block).group(1)

        def message(msg: re.Match) -> str:
            source = html.unescape(re.search(r"<source>(.*?)</source>", msg.group(0), re.S).group(1))
            target = table.get((context, source))
            if target is None:
                missing.append((context, source))
                return msg.group(0)
            return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>",
                          f"<translation>{html.escape(target, quote=False)}</translation>", msg.group(0), flags=re.S)

        return re.sub(r"<message>.*?</message>", message, block, flags=re.S)

    return re.sub(r"<context>.*?</context>", context_block, ts_text, flags=re.S), missing


def main() -> int:
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in (REPO / "annotator" / "ui").rglob("*.py"))
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    filled, missing = fill(TS.read_text(encoding="utf-8"), load_table())
    TS.write_text(filled, encoding="utf-8")
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    for context, source in missing:
        print(f"missing translation: {context}\t{source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
