"""Pre-extraction behind one small interface: `Extractor.extract(text) -> (entities, metrics)`.

The entity and metric finders live in their own modules; this one composes them and applies
what reviewers taught the project (the lexicon).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .types import Entity, Metric


@dataclass
class Lexicon:
    """What reviewers decided, by (text, label): counts of accepts/adds and of removals;
    and `model`, the bytes of the model trained on reviewed articles (core/learning.py)."""

    counts: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    model: bytes | None = None
    # names of reviewed articles, by (text, label), with how many articles had them: proposed
    # only where nothing else is (an override measured worse on held-out news: ADR 0006)
    names: dict[tuple[str, str], int] = field(default_factory=dict)

    def proposed(self) -> list[tuple[str, str]]:
        return [key for key, (accepted, removed) in self.counts.items() if accepted > removed]

    def suppressed(self, text: str, label: str) -> bool:
        accepted, removed = self.counts.get((text, label), (0, 0))
        return removed > accepted


class Extractor:
    """Rules, then the project's learned model where there is one (its spans first, the
    rules' where it has none), then the built-in model (core/builtin_model.py: in the gaps,
    and in place of spans it is surer of), then the lexicon's exact names over all."""

    def __init__(self, lexicon: Lexicon | None = None, *, builtin_model: bool = True):
        self.lexicon = lexicon or Lexicon()
        self.builtin_model = builtin_model
        self._model = None
        self._model_loaded = False

    def extract(self, text: str) -> tuple[list[Entity], list[Metric]]:
        from .entities import find_entities
        from .metrics import find_metrics

        rules = entities = find_entities(text)
        model = self.learned_model()
        if model is not None:
            from .learning import model_first

            entities = model_first(text, rules, model)
        if self.builtin_model:
            from .builtin_model import base_model

            builtin = base_model()
            if builtin is not None:
                from .learning import model_fills

                entities = model_fills(text, entities, builtin, rules)
        entities = apply_lexicon(text, entities, self.lexicon)
        entities = fill_names(text, entities, self.lexicon)
        return entities, find_metrics(text)

    def learned_model(self):
        if not self._model_loaded:
            self._model_loaded = True
            if self.lexicon.model:
                from .learning import load_model

                self._model = load_model(self.lexicon.model)
        return self._model


def fill_names(text: str, entities: list[Entity], lexicon: Lexicon) -> list[Entity]:
    """Names of reviewed articles where nothing is proposed yet, longest first."""
    if not lexicon.names:
        return entities
    taken = bytearray(len(text))
    for e in entities:
        taken[e.start:e.end] = b"\x01" * (e.end - e.start)
    added = []
    for (phrase, label), seen in sorted(lexicon.names.items(), key=lambda item: -len(item[0][0])):
        if len(phrase) < 2 or lexicon.suppressed(phrase, label):
            continue
        start = text.find(phrase)
        while start != -1:
            end = start + len(phrase)
            if taken.find(1, start, end) == -1:
                added.append(Entity(start, end, label, phrase, "auto", confidence=round(seen / (seen + 1), 3)))
                taken[start:end] = b"\x01" * (end - start)
            start = text.find(phrase, end)
    return sorted(entities + added, key=lambda e: (e.start, e.end)) if added else entities


def apply_lexicon(text: str, entities: list[Entity], lexicon: Lexicon) -> list[Entity]:
    """Drop what reviewers removed; propose what they accepted or added elsewhere. A learned
    name wins over a rule's guess that overlaps it (`湘丰茶业` over `湘丰`)."""
    taken = [False] * len(text)
    learned = []
    for phrase, label in sorted(lexicon.proposed(), key=lambda item: -len(item[0])):
        start = text.find(phrase)
        while start != -1:
            end = start + len(phrase)
            if not any(taken[start:end]):
                accepted, removed = lexicon.counts.get((phrase, label), (1, 0))
                learned.append(Entity(start, end, label, phrase, "auto", confidence=round(accepted / (accepted + removed + 1), 3)))
                taken[start:end] = [True] * (end - start)
            start = text.find(phrase, end)
    kept = [
        e for e in entities
        if not lexicon.suppressed(e.text, e.label) and not any(taken[e.start:e.end])
    ]
    return sorted(kept + learned, key=lambda e: (e.start, e.end))
