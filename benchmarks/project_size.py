"""Where the bytes of a project file go: every table and index (SQLite's dbstat: pages, the
bytes they hold, the bytes left unused in them) and the columns of the articles table.
Read-only; not a test. Needs an SQLite built with dbstat (Python's usually is).

    python benchmarks/project_size.py PROJECT.sqlite [--top 15]
"""
from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

MIB = 2**20
ARTICLE_COLUMNS = ("title", "subtitle", "byline", "text", "content_hash", "meta", "proposed", "updated_at")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--top", type=int, default=15, help="how many tables and indexes to list")
    args = parser.parse_args(argv)
    conn = sqlite3.connect(f"file:{args.project}?mode=ro", uri=True)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    pages, free = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "freelist_count"))
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"{args.project}: schema v{version}, {articles:,} articles, {pages * page / 1e6:,.0f} MB "
          f"({pages:,} pages of {page} bytes, {free:,} free)")
    print(f"{'table or index':<32}{'MiB':>9}{'unused MiB':>12}{'leaf cells':>12}")
    for name, size, unused, cells in conn.execute(
            "SELECT name, sum(pgsize), sum(unused), sum(CASE WHEN pagetype = 'leaf' THEN ncell END) "
            "FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT ?", [args.top]):
        print(f"{name:<32}{size / MIB:>9.1f}{unused / MIB:>12.1f}{cells or 0:>12,}")
    print("articles' columns (MiB as stored; since schema v15 a text mostly of Chinese in UTF-16):")
    sums = conn.execute("SELECT " + ", ".join(f"sum(length(CAST({c} AS BLOB)))" for c in ARTICLE_COLUMNS)
                        + " FROM articles").fetchone()
    print("  " + ", ".join(f"{c} {(s or 0) / MIB:.1f}" for c, s in zip(ARTICLE_COLUMNS, sums)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
