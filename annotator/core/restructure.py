"""Fixing a split by hand (issue 17): merge an article with its neighbour, split one at the
caret's line, edit its title and subtitle. Each is one `RestructureArticles` operation: the
articles as the reviewer saw them (`old`) and as they become (`new`), spans carried along.
Its check compares `old` with what is stored; applied, it records each old article's whole
row, so that its inverse brings a merged-away article back with its id, status and place."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from decimal import Decimal

from .op_base import Invalid, Op, Stale, Touches
from .types import Article, Entity, Metric

# columns the states set; the others (source, position, status, ...) come from the stored row
_WRITTEN = ("id", "text", "title", "subtitle", "content_hash", "updated_at")


class RestructureError(ValueError):
    """The fix cannot be made (says why, for the status bar)."""


def entity_dict(entity: Entity) -> dict:
    return asdict(entity)


def metric_dict(metric: Metric) -> dict:
    data = asdict(metric)
    for key in ("value", "value_high"):
        data[key] = None if data[key] is None else str(data[key])
    return data


def _entities(state: dict) -> list[Entity]:
    return [Entity(**e) for e in state["entities"]]


def _metrics(state: dict) -> list[Metric]:
    out = []
    for data in state["metrics"]:
        data = dict(data)
        for key in ("value", "value_high"):
            data[key] = None if data[key] is None else Decimal(data[key])
        out.append(Metric(**data))
    return out


def state(article: Article, **changes) -> dict:
    """What the reviewer sees of an article, as JSON-ready data."""
    values = {"id": article.id, "text": article.text, "title": article.title, "subtitle": article.subtitle,
              "entities": [entity_dict(e) for e in article.entities], "metrics": [metric_dict(m) for m in article.metrics]}
    values.update(changes)
    return values


def dumps(states: list[dict]) -> str:
    return json.dumps(states, ensure_ascii=False, sort_keys=True)


def _span_set(entities, metrics) -> tuple[list, list]:
    """Spans compared as sets, whatever order they were read or written in."""
    def canonical(spans):
        return sorted(json.dumps({k: v for k, v in span.items() if k != "confidence"}, sort_keys=True, ensure_ascii=False)
                      for span in spans)

    return canonical(entity_dict(e) for e in entities), canonical(metric_dict(m) for m in metrics)


@dataclass(frozen=True)
class RestructureArticles(Op):
    """Articles replaced as a whole: merged, split, retitled (built by the functions below)."""

    article_id: int
    old: str  # JSON list of article states, as the reviewer saw them
    new: str  # JSON list of states they become; a state without id is a new article
    label: str = "Restructure articles"

    @property
    def name(self) -> str:  # type: ignore[override]
        return self.label

    def check(self, stored):
        for seen in json.loads(self.old):
            row = stored.article_row(seen["id"])
            if row is None:
                raise Stale(f"article {seen['id']} is no longer in the project", seen["id"])
            changed = [key for key in ("text", "title", "subtitle") if row[key] != seen[key]]
            now = _span_set(stored.entities(seen["id"]), stored.metrics(seen["id"]))
            if now != _span_set(_entities(seen), _metrics(seen)):
                changed.append("spans")
            if changed:
                raise Stale(f"article {seen['id']} was changed since it was shown ({', '.join(changed)})", seen["id"])

    def apply(self, stored):
        old, new = json.loads(self.old), json.loads(self.new)
        rows = {seen["id"]: stored.article_row(seen["id"]) for seen in old}
        kept = {s.get("id") for s in new}
        for seen in old:
            for entity in stored.entities(seen["id"]):
                stored.delete_entity(seen["id"], entity.id)
            for metric in stored.metrics(seen["id"]):
                stored.delete_metric(seen["id"], metric.id)
            if seen["id"] not in kept:
                stored.delete_article(seen["id"])
        written = [self._write(stored, target, rows) for target in new]
        recorded = [dict(seen, row=rows[seen["id"]]) for seen in old]
        return replace(self, old=dumps(recorded), new=dumps(written))

    @staticmethod
    def _write(stored, target: dict, rows: dict) -> dict:
        row = target.get("row") or rows.get(target.get("id"))  # an article brought back, or kept
        template = row or rows.get(target.get("copy_of"))  # a new part takes its source's place
        if template is None:
            raise Invalid("a new article needs the article it was split from")
        columns = {key: value for key, value in template.items() if key not in _WRITTEN}
        if row is None:
            columns.update(status="pending", reviewer="")  # a new part: nobody reviewed it yet
            if "queue_place" in template:  # the queue shows it right after its source article
                columns["queue_place"] = stored.queue_place_after(template["id"])
        columns.update(text=target["text"], title=target["title"], subtitle=target["subtitle"])
        article_id = stored.write_article(target.get("id"), columns)
        entities = [stored.insert_entity(article_id, e) for e in _entities(target)]
        metrics = [stored.insert_metric(article_id, m) for m in _metrics(target)]
        written = {key: value for key, value in target.items() if key != "row"}
        written.update(id=article_id, entities=[entity_dict(e) for e in entities],
                       metrics=[metric_dict(m) for m in metrics])
        return written

    def inverse(self):
        return replace(self, old=self.new, new=self.old)

    def touches(self):
        ids = {s["id"] for s in json.loads(self.old) + json.loads(self.new) if s.get("id") is not None}
        return Touches(frozenset(ids), entities=True, metrics=True, status=True, articles=True)

    def article_ids(self) -> list[int]:
        """Ids of the articles it leaves, in order (an applied op has the new ones)."""
        return [s["id"] for s in json.loads(self.new)]


def merge(first: Article, second: Article) -> RestructureArticles:
    """`second` appended to `first` (after a line break), its spans shifted; `second` goes."""
    if first.source and second.source and first.source != second.source:
        raise RestructureError("the two articles come from different files")
    shift = len(first.text) + 1
    merged = state(first, text=first.text + "\n" + second.text)
    merged["entities"] += [entity_dict(replace(e, start=e.start + shift, end=e.end + shift, id=None))
                           for e in second.entities]
    merged["metrics"] += [metric_dict(replace(m, start=m.start + shift, end=m.end + shift, id=None))
                          for m in second.metrics]
    return RestructureArticles(first.id, dumps([state(first), state(second)]), dumps([merged]), "Merge articles")


def split(article: Article, offset: int) -> RestructureArticles:
    """The article cut at the start of the line holding `offset`: the part from there on
    becomes a new article titled by its first line."""
    text = article.text
    cut = text.rfind("\n", 0, offset) + 1  # a split never cuts a line
    head, tail = text[:cut].rstrip("\n"), text[cut:]
    if not head.strip() or not tail.strip():
        raise RestructureError("put the caret on a line inside the article, below its first line")
    if any(s.start < cut and s.end > len(head) for s in (*article.entities, *article.metrics)):
        raise RestructureError("a span crosses the caret's line")

    def before(spans, as_dict):
        return [as_dict(s) for s in spans if s.end <= len(head)]

    def after(spans, as_dict):
        return [as_dict(replace(s, start=s.start - cut, end=s.end - cut, id=None)) for s in spans if s.start >= cut]

    first = state(article, text=head, entities=before(article.entities, entity_dict),
                  metrics=before(article.metrics, metric_dict))
    second = {"id": None, "copy_of": article.id, "text": tail, "title": tail.split("\n", 1)[0].strip(), "subtitle": "",
              "entities": after(article.entities, entity_dict), "metrics": after(article.metrics, metric_dict)}
    return RestructureArticles(article.id, dumps([state(article)]), dumps([first, second]), "Split article")


def retitle(article: Article, title: str, subtitle: str) -> RestructureArticles | None:
    """New title and subtitle; None when nothing changes. Where the text opens with the
    old headline lines (as the splitter writes it), they are rewritten too, so the article
    reads as retitled: spans after them move with the text, spans inside them stay only
    where the new lines hold the same words at the same place."""
    title, subtitle = title.strip(), subtitle.strip()
    if (title, subtitle) == (article.title, article.subtitle):
        return None
    old_lines = [line for line in (article.title, article.subtitle) if line]
    lines = article.text.split("\n")
    if not old_lines or lines[: len(old_lines)] != old_lines:
        return RestructureArticles(article.id, dumps([state(article)]),
                                   dumps([state(article, title=title, subtitle=subtitle)]), "Edit title")
    old_header = "\n".join(old_lines)
    new_header = "\n".join(line for line in (title, subtitle) if line)
    rest = article.text[len(old_header):]
    if not new_header:
        rest = rest.lstrip("\n")
    text = new_header + rest
    shift = len(text) - len(article.text)

    def moved(spans, as_dict):
        kept = []
        for span in spans:
            if span.start >= len(old_header):
                kept.append(as_dict(replace(span, start=span.start + shift, end=span.end + shift)))
            elif span.end <= len(new_header) and text[span.start:span.end] == span.text:
                kept.append(as_dict(span))
        return kept

    new = state(article, text=text, title=title, subtitle=subtitle,
                entities=moved(article.entities, entity_dict), metrics=moved(article.metrics, metric_dict))
    return RestructureArticles(article.id, dumps([state(article)]), dumps([new]), "Edit title")
