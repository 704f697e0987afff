"""What reviewed work teaches beyond exact strings: a character CRF (CRFsuite, through
python-crfsuite) trained on the entity spans of reviewed articles.

Each character is described by itself and its neighbours, by where it stands in jieba's word
and that word's dictionary tag, and by what the rules proposed there (so the model learns
where the rules are right, and what they miss in this team's material). Training takes
seconds for a few hundred articles and runs off the review loop (the command line after an
import, a worker thread in the app); the model is bytes that the project file keeps.

The model's spans fill only what the rules and the lexicon left empty, and each carries the
model's confidence (the mean marginal probability of its labels).
"""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import tokenize
from .types import ENTITY_LABELS, Entity

logger = logging.getLogger(__name__)

MIN_TRAINING_SPANS = 20  # fewer reviewed spans teach the model nothing it can generalise
MIN_CONFIDENCE = 0.5
MAX_ARTICLE_CHARACTERS = 20000  # longer texts are cut for training: the model learns local context


def available() -> bool:
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class TrainingArticle:
    text: str
    entities: tuple[tuple[int, int, str], ...]  # start, end, label


def _tags(text: str, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * len(text)
    for start, end, label in spans:
        if label not in ENTITY_LABELS or not (0 <= start < end <= len(text)):
            continue
        tags[start] = "B-" + label
        for position in range(start + 1, end):
            tags[position] = "I-" + label
    return tags


def features(text: str, proposed: Sequence[tuple[int, int, str]]) -> list[list[str]]:
    """Per character: the character and its neighbours, its place in jieba's word, the
    word's tag and length, and the rules' proposal there. Built column by column (each
    feature for the whole text at once, then zipped into rows), 12% faster than a row at a
    time: the built-in model reads every imported character."""
    n = len(text)
    word_position = [""] * n
    word_tag = [""] * n
    word_text = [""] * n
    offset = 0
    for word, tag in tokenize.tagged(text):
        size = len(word)
        if size == 1:
            word_position[offset] = "S"
        else:
            word_position[offset:offset + size] = ["B"] + ["M"] * (size - 2) + ["E"]
        word_tag[offset:offset + size] = [tag or "?"] * size
        word_text[offset:offset + size] = [word if size <= 4 else ""] * size
        offset += size
    surnames = _surnames()
    rule = _tags(text, proposed)
    padded = "\x02\x02" + text + "\x03\x03"
    at = range(2, n + 2)
    is_surname = ["1" if ch in surnames else "0" for ch in text]
    columns = (
        ["c=" + padded[j] for j in at], ["c-1=" + padded[j - 1] for j in at], ["c+1=" + padded[j + 1] for j in at],
        ["c-2=" + padded[j - 2] for j in at], ["c+2=" + padded[j + 2] for j in at],
        ["b-1=" + padded[j - 1:j + 1] for j in at], ["b+1=" + padded[j:j + 2] for j in at],
        ["w=" + w for w in word_position], ["t=" + t for t in word_tag],
        ["wt=" + w + t for w, t in zip(word_position, word_tag)],
        ["r=" + r for r in rule], ["r-1=" + r for r in ["^", *rule[:-1]]], ["r+1=" + r for r in [*rule[1:], "$"]],
        ["word=" + w for w in word_text], ["s=" + x for x in is_surname], ["s-1=" + x for x in ["0", *is_surname[:-1]]],
    )
    return [list(row) for row in zip(*columns)] if n else []


def _surnames() -> frozenset[str]:
    from .entities.dictionaries import dictionaries

    return frozenset(name for name in dictionaries().surnames if len(name) == 1)


def train(articles: Iterable[TrainingArticle], propose, *, iterations: int = 100) -> bytes | None:
    """A model from reviewed articles, or None when they hold too few spans. `propose(text)`
    gives the rules' spans, the same function `predict` will be given."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    spans = 0
    for article in articles:
        text = article.text[:MAX_ARTICLE_CHARACTERS]
        gold = [s for s in article.entities if s[1] <= len(text)]
        if not text.strip():
            continue
        trainer.append(features(text, propose(text)), _tags(text, gold))
        spans += len(gold)
    if spans < MIN_TRAINING_SPANS:
        return None
    # chosen on two-fold splits of the news sets' tuning halves (benchmarks/learning_gain.py):
    # F1 +0.006 (MSRA) and +0.005 (People's Daily) over c1 0.05, c2 0.01, 60 iterations
    trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    handle, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(handle)
    try:
        trainer.train(path)
        with open(path, "rb") as model:
            return model.read()
    finally:
        os.unlink(path)


class LearnedModel:
    """A trained model, loaded once; `spans(text, proposed)` gives its entity spans."""

    def __init__(self, data: bytes):
        import pycrfsuite

        handle, self._path = tempfile.mkstemp(suffix=".crfsuite")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(self._path)

    def __del__(self):
        try:
            self._tagger.close()
            os.unlink(self._path)
        except (AttributeError, OSError):
            pass

    def spans(self, text: str, proposed: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str, float]]:
        if not text:
            return []
        tags = self._tagger.tag(features(text, proposed))
        found = []
        start = None
        for i, tag in enumerate(tags + ["O"]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == label):
                confidence = sum(self._tagger.marginal(tags[k], k) for k in range(start, i)) / (i - start)
                if i - start >= 2 and confidence >= MIN_CONFIDENCE:
                    found.append((start, i, label, confidence))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, label = i, tag[2:]
        return found


def load_model(data: bytes) -> LearnedModel | None:
    """The model, or None with a warning when it cannot be used (python-crfsuite missing,
    bytes damaged): proposals then come from the rules and the lexicon alone."""
    if not available():
        logger.warning("python-crfsuite is not installed: proposals come from the rules and the lexicon only")
        return None
    try:
        return LearnedModel(data)
    except (OSError, ValueError, RuntimeError) as error:
        logger.warning("the learned model cannot be read (%s): proposals come from the rules and the lexicon only; "
                       "run `annotator learn` to train it again", error)
        return None


_OPENING, _CLOSING = "(（《“‘「【[", ")）》”’」】]"


def _contradicts_rules(text: str, start: int, end: int, rules: list[Entity]) -> bool:
    """A model span the rules' own spans there should win over: two or more rule spans side
    by side that it runs together (浏阳浏阳, 横冲工业小区燕子岩), or a bracket it opens
    or closes without its partner (…专卖局(分公司). Both were the model's errors on
    regional pages after training on a dozen reviewed ones; neither lowered F1 on news."""
    span = text[start:end]
    if sum(span.count(c) for c in _OPENING) != sum(span.count(c) for c in _CLOSING):
        return True
    inside = [e for e in rules if start <= e.start and e.end <= end]
    if len(inside) < 2:
        return False
    covered = bytearray(end - start)
    for e in inside:
        covered[e.start - start:e.end - start] = b"\x01" * (e.end - e.start)
    return covered.find(0) == -1


def model_first(text: str, entities: list[Entity], model: LearnedModel) -> list[Entity]:
    """The model's spans (it saw the rules' proposals as features and learned where they
    hold), then the rules' spans where the model found nothing. Measured on held-out
    halves of news sets: better than adding the model's spans only where the rules have
    none (docs/adr/0006-pre-extraction-sources.md). A model span that runs the rules'
    names together or breaks a bracket pair is left out, so the rules' spans stand."""
    proposed = [(e.start, e.end, e.label) for e in entities]
    taken = bytearray(len(text))
    chosen = []
    for start, end, label, confidence in model.spans(text, proposed):
        if _contradicts_rules(text, start, end, entities):
            continue
        chosen.append(Entity(start, end, label, text[start:end], "auto", confidence=round(confidence, 3)))
        taken[start:end] = b"\x01" * (end - start)
    chosen += [e for e in entities if taken.find(1, e.start, e.end) == -1]
    return sorted(chosen, key=lambda e: (e.start, e.end))


BASE_MIN_CONFIDENCE = 0.85  # the built-in model's spans below this cost the regional pages more than they gave news
BASE_OVERRIDE_CONFIDENCE = 0.9  # surer than this, its span replaces the rules' spans it overlaps
_EVERYDAY_WORD = 300  # seen this often, a word jieba tags as a name is still a word (博士生/nr)
COMMON_WORD = 30  # a dictionary word seen this often is a word, whatever jieba tags it (关怀/nr, 索道/nr)
_PROPER = frozenset("nr nrt nrfg ns nt nz j".split())
_LEVEL_ONLY = frozenset("省市县区州镇乡村")
_GLUED_PREPOSITIONS = frozenset("由在从对与将被把为")  # not 向, 于, 和, 自: they open names (向阳村, 于都)
_NOT_A_NAME_OPENING = frozenset("vpcudry")  # jieba's tags of verbs, prepositions, conjunctions, particles, adverbs, pronouns


def model_fills(text: str, entities: list[Entity], model: LearnedModel,
                rules: list[Entity] | None = None) -> list[Entity]:
    """How the built-in model (trained on written news and regional pages) is combined: its
    spans go where the rules proposed nothing (confidence 0.85 or more), and replace the
    rules' spans they overlap where it is surer (0.9 or more), unless that would cut a
    longer rule span down (永兴银都集团 -> 银都集团) or run rule names together. Every span
    must look like what its label names (`_plausible`). Taking all its spans first cost the
    real pages 0.06 F1; filling gaps only left the runaway bodies and cut place chains of
    unseen regional pages in place (ADR 0006, fifth addendum).
    `rules`: the rules' own spans, the features the model was trained with (default
    `entities`)."""
    rules = entities if rules is None else rules
    proposed = [(e.start, e.end, e.label) for e in rules]
    words = None
    chosen = []
    for start, end, label, confidence in model.spans(text, proposed):
        if confidence < BASE_MIN_CONFIDENCE:
            continue
        overlapping = [e for e in entities if e.start < end and start < e.end]
        if any((e.start, e.end, e.label) == (start, end, label) for e in overlapping):
            continue  # the rules said the same
        if overlapping and (confidence < BASE_OVERRIDE_CONFIDENCE or _contradicts_rules(text, start, end, rules)
                            or any(e.start <= start and end <= e.end and e.end - e.start > end - start for e in overlapping)):
            continue
        words = _word_bounds(text) if words is None else words
        if _plausible(text, start, end, label, words):
            chosen.append(Entity(start, end, label, text[start:end], "auto", confidence=round(confidence, 3)))
    if not chosen:
        return entities
    taken = bytearray(len(text))
    for e in chosen:
        taken[e.start:e.end] = b"\x01" * (e.end - e.start)
    kept = [e for e in entities if taken.find(1, e.start, e.end) == -1]
    return sorted(kept + chosen, key=lambda e: (e.start, e.end))


def _reduplicated(span: str) -> bool:
    """方方正正, 高高兴兴: an AABB word describes, it names no one."""
    return len(span) == 4 and span[0] == span[1] and span[2] == span[3]


def _word_bounds(text: str) -> dict[int, tuple[int, str]]:
    """Where each of jieba's words starts: its end and its tag."""
    bounds, offset = {}, 0
    for word, tag in tokenize.tagged(text):
        bounds[offset] = (offset + len(word), tag)
        offset += len(word)
    return bounds


def _plausible(text: str, start: int, end: int, label: str, words: dict[int, tuple[int, str]]) -> bool:
    """A gap-filling span must look like its label: not one everyday word (关怀, 康养 in a
    list), not an anonymised 李某; a person opening with a surname or written in
    transliteration characters; a place or body ending as one does, or one proper word."""
    from .entities import after_a_figure
    from .entities.dictionaries import dictionaries
    from .entities.lexical import TRANSLITERATION
    from .entities.tokens import BUILDING_VERBS

    span = text[start:end]
    if not (span[0].isalnum() and span[-1].isalnum()):
        return False  # 川· of 川·立派: a name neither opens nor ends with a mark
    first_end, first_tag = words.get(start, (None, ""))
    one_word = first_end == end
    tag = tokenize.dictionary_tag(span) if one_word else ""
    frequent = one_word and tokenize.frequency(span) >= COMMON_WORD
    d = dictionaries()
    if label == "PER":
        if frequent or span.endswith("某") or _reduplicated(span):
            return False
        if after_a_figure(text, start):
            return False  # 112.6万标箱: after a figure 万 is its multiplier
        if len(span) >= 3 and tokenize.frequency(text[end - 1:end + 1]) >= _EVERYDAY_WORD:
            return False  # 盘金凤一/早: its last character begins the next word (一早)
        opening = tokenize.frequency(text[start:first_end]) if first_end is not None and first_end - start > 2 else 0
        if opening >= COMMON_WORD and (not first_tag.startswith("nr") or opening >= _EVERYDAY_WORD):
            return False  # 马拉松赛, 博士生阿依古丽: a common word opens it, no surname does
        if "·" in span or all(c in TRANSLITERATION for c in span):
            return True
        if span[:2] in d.surnames:
            return len(span) <= 4  # 东方晓岚, not 东方晓岚正/蹲: two characters at most after the surname
        if len(span) > 3:
            return False  # 龙秀禾学: two characters at most after a one-character surname
        # a rare surname opening two characters is more often a word (扶弱 in a slogan)
        return span[0] in d.surnames and (len(span) > 2 or d.surnames[span[0]] != "rare")
    if span in d.place_stopwords:
        return False  # 满意度/ns: jieba's place tag on an everyday word
    if span[0] in _GLUED_PREPOSITIONS and tokenize.frequency(span[:2]) == 0:
        return False  # 由国网/益阳供电公司: jieba glued the preposition to the name's first word
    if label == "ORG" and span[0] in _LEVEL_ONLY:
        return False  # 市工信局, 县水利局: a body named by its level alone is generic
    if span[:2] in BUILDING_VERBS:
        return False  # 新建县人民医院: build the county hospital
    if not one_word and first_end is not None and first_tag[:1] in _NOT_A_NAME_OPENING and first_tag != "vn":
        return False  # 完成县人民医院: a sentence's verb or particle before a body or a place
    if one_word and tag in _PROPER:
        return True
    if frequent:
        return False
    suffixes = d.org_suffixes if label == "ORG" else d.place_suffixes
    return any(span.endswith(suffix) and len(span) > len(suffix) and span[:-len(suffix)] not in d.place_generic
               and span[:-len(suffix)] not in d.org_generic for suffix in suffixes)
