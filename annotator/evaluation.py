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
        metrics = [(text, None if value is None else Decimal(value), unit, *context)
                   for text, value, unit, *context in page["metrics"]]
        pages.append(score_page(source, gold, page["titles"], page["entities"], metrics, page["texts"]))
    return {"kind": "gold", "pages": pages, "overall": total(pages), "missing": missing}


def evaluate_reviewed(store) -> dict:
    pairs = list(store.reviewed_pairs())
    return {"kind": "reviewed", "articles": len(pairs), "labels": span_agreement(pairs)}


def _line(name: str, prf) -> str:
    return f"  {name:<8} P {prf.precision:6.3f}  R {prf.recall:6.3f}  F1 {prf.f1:6.3f}  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"


def reviewer_edits(page: PageScore) -> tuple[int, int]:
    """(edits, gold items): every wrong or missing span is one edit, and so is every matched
    metric whose value or unit is wrong."""
    entities, metrics = page.entities.get("ALL"), page.metrics
    items = (entities.tp + entities.fn if entities else 0) + metrics.tp + metrics.fn
    edits = (entities.fp + entities.fn if entities else 0) + metrics.fp + metrics.fn
    edits += (page.matched_metrics - page.value_correct) + (page.matched_metrics - page.unit_correct)
    return edits, items


def _page_lines(page: PageScore) -> list[str]:
    lines = [f"{page.name}"]
    for label in sorted(page.entities, key=lambda l: (l == "ALL", l)):
        lines.append(_line(label, page.entities[label]))
    lines.append(_line("METRIC", page.metrics))
    if page.matched_metrics:
        lines.append(f"  value accuracy {page.value_correct / page.matched_metrics:.3f}, "
                     f"unit accuracy {page.unit_correct / page.matched_metrics:.3f} "
                     f"on {page.matched_metrics} matched metrics")
        lines.append(f"  indicator agreement {page.indicator_agreed / page.matched_metrics:.3f} "
                     f"({page.indicator_agreed}/{page.matched_metrics}; gold indicator covered "
                     f"{page.indicator_covered / page.matched_metrics:.3f})")
    if page.period_matched:
        lines.append(f"  period agreement {page.period_agreed / page.period_matched:.3f} "
                     f"({page.period_agreed}/{page.period_matched})")
    edits, items = reviewer_edits(page)
    if items:
        lines.append(f"  reviewer edits {edits} for {items} gold items ({edits / items:.1%}): spans to remove or "
                     "add, and values or units to fix")
    if page.titles_total:
        lines.extend(_split_lines(page))
    return lines


def _split_lines(page: PageScore) -> list[str]:
    """How the page was split into articles, against the gold's article list."""
    off = (page.articles - page.titles_total) / page.titles_total
    headlined = page.articles_headlined / page.articles if page.articles else 0.0
    lines = [
        f"  articles {page.articles} for {page.titles_total} in the gold ({off:+.0%})",
        f"  title recall {page.titles_found / page.titles_total:.3f} ({page.titles_found}/{page.titles_total})",
        f"  titled by a gold headline {headlined:.3f} ({page.articles_headlined}/{page.articles})",
    ]
    if page.articles_untitled:
        lines.append(f"  articles without a title {page.articles_untitled}")
    if page.bodies_total:
        lines.append(f"  article texts whole {page.bodies_whole / page.bodies_total:.3f} "
                     f"({page.bodies_whole}/{page.bodies_total}: from the gold's first to its last words, "
                     "no other article's opening inside)")
    if page.articles_cut:
        lines.append(f"  articles starting or ending mid-sentence {page.articles_cut}")
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


def evaluate_file(path: Path, extractor, *, relaxed: bool = False, fmt: str | None = None,
                  progress=None) -> dict:
    """Pre-extraction against a labelled file (native JSONL, doccano, spaCy JSONL, Label
    Studio, CoNLL): every record's text is extracted afresh and its entity spans are the gold."""
    from .core.span_scoring import SpanScores, score_document
    from .core.types import ENTITY_LABELS
    from .io.importer import prepare_file

    prepared = prepare_file(path, fmt=fmt, extract=False)
    overall = SpanScores()
    for done, draft in enumerate(prepared.drafts, start=1):
        gold = [(e.start, e.end, e.label) for e in draft.entities]
        found, _ = extractor.extract(draft.text)
        predicted = [(e.start, e.end, e.label) for e in found if e.label in ENTITY_LABELS]
        overall.add(score_document(draft.text, gold, predicted, relaxed=relaxed))
        if progress:
            progress(done, len(prepared.drafts))
    return {"kind": "file", "name": prepared.name, "scores": overall, "relaxed": relaxed,
            "problems": prepared.problems}


def format_file_report(report: dict, examples: int = 0) -> str:
    from collections import Counter

    scores = report["scores"]
    how = "relaxed to this project's guide" if report["relaxed"] else "as written"
    lines = [f"{report['name']}: {scores.documents} records, gold {how}"]
    for kind, table in (("exact", scores.exact), ("overlap", scores.overlap)):
        lines.append(f" {kind}")
        for label in sorted(table, key=lambda l: (l == "ALL", l)):
            lines.append(_line(label, table[label]))
    for problem in report["problems"]:
        lines.append(f"problem: {problem}")
    if examples:
        for name, items in (("most frequent false positives", scores.false_positives),
                            ("most frequent misses", scores.false_negatives)):
            common = Counter(items).most_common(examples)
            lines.append(f" {name}: " + ", ".join(f"{label}:{text}×{n}" for (label, text), n in common))
    return "\n".join(lines)
