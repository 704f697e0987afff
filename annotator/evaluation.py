"""`annotator evaluate`: scores the project's auto spans against gold files, or against
what reviewers accepted. Imports nothing; reads the project only."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from .core.scoring import PageScore, score_page, span_agreement, total


def evaluate_gold(store, gold_dir: Path) -> dict:
    pages_by_source = store.auto_spans_by_source()
    pages = []
    missing = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        source = gold.get("seed") or gold_file.with_suffix(".txt").name
        page = pages_by_source.get(source)
        if page is None:
            missing.append(source)
            continue
        metrics = [(text, None if value is None else Decimal(value), unit) for text, value, unit in page["metrics"]]
        pages.append(score_page(source, gold, page["titles"], page["entities"], metrics))
    return {"kind": "gold", "pages": pages, "overall": total(pages), "missing": missing}


def evaluate_reviewed(store) -> dict:
    pairs = list(store.reviewed_pairs())
    return {"kind": "reviewed", "articles": len(pairs), "labels": span_agreement(pairs)}


def _line(name: str, prf) -> str:
    return f"  {name:<8} P {prf.precision:6.3f}  R {prf.recall:6.3f}  F1 {prf.f1:6.3f}  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"


def _page_lines(page: PageScore) -> list[str]:
    lines = [f"{page.name}"]
    for label in sorted(page.entities, key=lambda l: (l == "ALL", l)):
        lines.append(_line(label, page.entities[label]))
    lines.append(_line("METRIC", page.metrics))
    if page.matched_metrics:
        lines.append(f"  value accuracy {page.value_correct / page.matched_metrics:.3f}, "
                     f"unit accuracy {page.unit_correct / page.matched_metrics:.3f} "
                     f"on {page.matched_metrics} matched metrics")
    if page.titles_total:
        lines.append(f"  title recall {page.titles_found / page.titles_total:.3f} "
                     f"({page.titles_found}/{page.titles_total})")
    return lines


def format_report(report: dict) -> str:
    if report["kind"] == "reviewed":
        lines = [f"auto spans vs reviewers' final spans in {report['articles']} accepted articles"]
        for label in sorted(report["labels"], key=lambda l: (l == "ALL", l)):
            lines.append(_line(label, report["labels"][label]))
        return "\n".join(lines)
    lines = []
    for page in report["pages"]:
        lines += _page_lines(page)
    lines += _page_lines(report["overall"])
    if report["missing"]:
        lines.append("gold pages not in the project (import them first): " + ", ".join(report["missing"]))
    return "\n".join(lines)
