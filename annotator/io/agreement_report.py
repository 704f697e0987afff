"""Agreement figures as text (the terminal) and as one self-contained HTML page whose plots
are inline SVG drawn here: no plotting library, opens in any browser, offline."""
from __future__ import annotations

from html import escape
from pathlib import Path

from ..core.agreement import AgreementFigures
from .atomic import atomic_writer

PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b", "#9d755d"]


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_agreement(figures: AgreementFigures) -> str:
    lines = []
    for pair in figures.pairs:
        lines.append(f"{pair.a} / {pair.b}: {pair.shared} shared articles, {pair.reviewed} reviewed by both; "
                     f"status kappa {_figure(pair.kappa)} (same status {_figure(pair.observed)})")
        for label, figure in list(pair.labels.items()) + [("all", pair.overall)]:
            lines.append(f"  {label:>7}: F1 {_figure(figure.f1)}  (both {figure.both}, only {pair.a} {figure.only_a}, "
                         f"only {pair.b} {figure.only_b})")
    lines.append("per reviewer (mean F1 with the others): " + ", ".join(figures.labels + ["all"]))
    for name, row in figures.per_reviewer().items():
        lines.append(f"  {name}: " + "  ".join(_figure(row[label]) for label in figures.labels + ["all"]))
    return "\n".join(lines)


def bar_chart(title: str, groups: list[str], series: list[tuple[str, list[float | None]]]) -> str:
    """Grouped bars on a 0..1 scale: one group per label, one bar per series."""
    width, height, left, bottom, top = 640, 260, 44, 40, 30
    plot_w, plot_h = width - left - 150, height - bottom - top
    group_w = plot_w / max(len(groups), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
             f'<text x="{left}" y="18" font-size="14" font-weight="bold">{escape(title)}</text>']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{tick:g}</text>')
    for g, group in enumerate(groups):
        x0 = left + g * group_w + group_w * 0.1
        parts.append(f'<text x="{x0 + group_w * 0.4:.1f}" y="{top + plot_h + 16}" font-size="12" '
                     f'text-anchor="middle">{escape(group)}</text>')
        for s, (name, values) in enumerate(series):
            value = values[g]
            x = x0 + s * bar_w
            if value is None:
                parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h - 4}" font-size="9" '
                             f'text-anchor="middle">n/a</text>')
                continue
            h = plot_h * max(0.0, min(1.0, value))
            parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w * 0.9:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[s % len(PALETTE)]}"><title>{escape(name)} {escape(group)}: '
                         f'{value:.3f}</title></rect>')
    for s, (name, _) in enumerate(series):
        y = top + 14 * s
        parts.append(f'<rect x="{left + plot_w + 12}" y="{y}" width="10" height="10" fill="{PALETTE[s % len(PALETTE)]}"/>'
                     f'<text x="{left + plot_w + 27}" y="{y + 9}" font-size="11">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def html_report(figures: AgreementFigures) -> str:
    groups = figures.labels + ["all"]
    by_pair = [(f"{p.a} / {p.b}", [p.labels[label].f1 for label in figures.labels] + [p.overall.f1])
               for p in figures.pairs]
    per_reviewer = figures.per_reviewer()
    by_reviewer = [(name, [row[label] for label in groups]) for name, row in per_reviewer.items()]
    rows = "".join(
        f"<tr><td>{escape(p.a)} / {escape(p.b)}</td><td>{p.shared}</td><td>{p.reviewed}</td>"
        f"<td>{_figure(p.kappa)}</td>" + "".join(f"<td>{_figure(p.labels[label].f1)}</td>" for label in figures.labels)
        + f"<td>{_figure(p.overall.f1)}</td></tr>" for p in figures.pairs)
    head = "".join(f"<th>F1 {escape(label)}</th>" for label in groups)
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Agreement</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}</style></head><body>"
        f"<h1>Agreement between {len(figures.reviewers)} reviewers</h1>"
        "<p>Span F1 per label (same label, same offsets) and Cohen's kappa on statuses, over the articles "
        "both reviewers of a pair have reviewed.</p>"
        f"<table><tr><th>pair</th><th>shared</th><th>reviewed by both</th><th>status kappa</th>{head}</tr>{rows}</table>"
        f"<h2>Per label, per pair</h2>{bar_chart('Span F1 per label and pair', groups, by_pair)}"
        f"<h2>Per reviewer</h2>{bar_chart('Mean span F1 with the other reviewers', groups, by_reviewer)}"
        "</body></html>\n"
    )


def write_html(figures: AgreementFigures, path: Path) -> None:
    with atomic_writer(path) as handle:
        handle.write(html_report(figures))
