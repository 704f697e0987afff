"""Precision, recall and F1 of extracted spans, the way the gold files are written:
distinct (label, text) per page, optional items neither rewarded nor punished."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class PageScore:
    name: str
    entities: dict[str, PRF] = field(default_factory=dict)  # per label and "ALL"
    metrics: PRF = field(default_factory=PRF)
    value_correct: int = 0
    unit_correct: int = 0
    matched_metrics: int = 0
    titles_found: int = 0  # gold headlines that came out as an article's title
    titles_total: int = 0  # gold articles (headlines)
    articles: int = 0  # articles the splitter made
    articles_headlined: int = 0  # of those, titled by one of the gold headlines
    articles_untitled: int = 0
    bodies_whole: int = 0  # gold articles (with first/last words) whose article text is whole
    bodies_total: int = 0  # gold articles that give their first and last words
    articles_cut: int = 0  # articles whose text starts or ends mid-sentence
    indicator_agreed: int = 0  # matched metrics whose indicator shares_half with the gold one
    indicator_covered: int = 0  # ... and the other way round (the gold one's characters found)
    period_agreed: int = 0
    period_matched: int = 0  # matched metrics on pages whose gold annotates periods
    errors: dict[str, list] = field(default_factory=dict)  # fp / fn examples for the report


def score_set(predicted: set, gold: set, optional: set) -> tuple[PRF, list, list]:
    predicted = predicted - (optional - gold)
    tp = predicted & gold
    fp = sorted(predicted - gold)
    fn = sorted(gold - predicted)
    return PRF(len(tp), len(fp), len(fn)), fp, fn


def score_entities(predicted: set[tuple[str, str]], gold: set[tuple[str, str]],
                   optional: set[tuple[str, str]]) -> tuple[dict[str, PRF], list, list]:
    labels = sorted({label for label, _ in predicted | gold})
    result = {}
    for label in labels:
        result[label], _, _ = score_set(
            {p for p in predicted if p[0] == label}, {g for g in gold if g[0] == label},
            {o for o in optional if o[0] == label},
        )
    result["ALL"], fp, fn = score_set(predicted, gold, optional)
    return result, fp, fn


def normalise_title(title: str) -> str:
    return re.sub(r"\s", "", title or "")


def title_found(gold_title: str, titles: list[str]) -> bool:
    """A gold title is found when an article title equals it, or one contains the other
    and they differ by at most a fifth of the length (`浏阳浏阳…` for `浏阳…`)."""
    wanted = normalise_title(gold_title)
    for title in map(normalise_title, titles):
        if not title:
            continue
        if title == wanted:
            return True
        shorter, longer = sorted((title, wanted), key=len)
        if shorter in longer and len(shorter) >= 0.8 * len(longer):
            return True
    return False


_COUNTED = re.compile(r"\w")  # letters, digits, Han; punctuation and spaces do not count


_ARABIC_DIGIT = re.compile(r"[0-9０-９]")


def shares_half(proposed: str, gold: str) -> bool:
    """Whether at least half of the proposed text's characters are in the gold text: each
    gold character covers one proposed character (a multiset), only letters, digits and Han
    count. Two empty texts agree; an empty proposal never agrees with a non-empty gold.
    `shares_half(gold, proposed)` is the other direction (how much of the gold is covered)."""
    proposed_chars = Counter(_COUNTED.findall(proposed or ""))
    gold_chars = Counter(_COUNTED.findall(gold or ""))
    if not proposed_chars:
        return not gold_chars
    return 2 * sum((proposed_chars & gold_chars).values()) >= sum(proposed_chars.values())


def score_page(name: str, gold: dict, titles: list[str], entities: list[tuple[str, str]],
               metrics: list[tuple], texts: list[str] | None = None) -> PageScore:
    """`metrics`: (text, value, unit) or (text, value, unit, indicator, period) per proposed metric."""
    page = PageScore(name)
    gold_entities = {(e["label"], e["text"]) for e in gold.get("entities", [])}
    optional_entities = {(e["label"], e["text"]) for e in gold.get("optional_entities", [])}
    page.entities, fp, fn = score_entities(set(entities), gold_entities, optional_entities)
    page.errors["entity_fp"], page.errors["entity_fn"] = fp, fn

    gold_metrics = {m["text"]: m for m in gold.get("metrics", [])}
    optional_metrics = {m["text"] for m in gold.get("optional_metrics", [])}
    predicted_by_text: dict[str, tuple] = {}
    for text, value, unit, *context in metrics:
        predicted_by_text.setdefault(text, (value, unit, *context, "", "")[:4])
    # the guide: quantities written only in Chinese numerals (五十天) are borderline, accepted
    # either way: proposed and not in the gold, or in the gold and not proposed, they count for nothing
    borderline = {text for text in set(predicted_by_text) ^ set(gold_metrics) if not _ARABIC_DIGIT.search(text)}
    page.metrics, mfp, mfn = score_set(set(predicted_by_text), set(gold_metrics) - borderline,
                                       optional_metrics | borderline)
    page.errors["metric_fp"], page.errors["metric_fn"] = mfp, mfn
    periods_annotated = any("period" in m for m in gold.get("metrics", []))
    for text in set(predicted_by_text) & set(gold_metrics):
        value, unit, indicator, period = predicted_by_text[text]
        expected = gold_metrics[text]
        page.matched_metrics += 1
        page.value_correct += value is not None and Decimal(str(expected["value"])) == Decimal(value)
        page.unit_correct += (unit or "") == (expected.get("unit") or "")
        page.indicator_agreed += shares_half(indicator, expected.get("indicator", ""))
        page.indicator_covered += shares_half(expected.get("indicator", ""), indicator)
        if periods_annotated:
            page.period_matched += 1
            page.period_agreed += shares_half(period, expected.get("period") or "")
    gold_titles = [a["title"] for a in gold.get("articles", [])]
    page.titles_total = len(gold_titles)
    page.titles_found = sum(title_found(t, titles) for t in gold_titles)
    page.articles = len(titles)
    page.articles_headlined = sum(1 for t in titles if normalise_title(t) and any(title_found(g, [t]) for g in gold_titles))
    page.articles_untitled = sum(1 for t in titles if not normalise_title(t))
    if texts is not None:
        page.bodies_whole, page.bodies_total = bodies_whole(gold.get("articles", []), titles, texts)
        page.articles_cut = sum(cut_mid_sentence(text) for text in texts)
    return page


# Running text: a sentence end or a comma outside brackets (headlines and bylines have none).
_RUNNING = re.compile("[。！？，]")
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")
_CREDIT_LINE = re.compile(r"^[（(][^（）()]*[)）]$|(?:摄|摄影|供图)[)）]?$")


def bodies_whole(gold_articles: list[dict], titles: list[str], texts: list[str]) -> tuple[int, int]:
    """(whole, total) over the gold articles that give their `first` and `last` words: the
    article titled by the gold headline holds the body from those first words to those last
    ones, with only headline, subtitle and byline lines before them and only bylines and
    photo credits after, and no other gold article's first words inside."""
    given = [a for a in gold_articles if a.get("first") and a.get("last")]
    whole = 0
    for article in given:
        first, last = normalise_title(article["first"]), normalise_title(article["last"])
        others = [normalise_title(o["first"]) for o in given if o is not article]
        for title, text in zip(titles, texts):
            if title_found(article["title"], [title]) and _holds_whole(text, first, last, others):
                whole += 1
                break
    return whole, len(given)


_CLOSING_START = "，。、；：！？）》”’,;:!?)"


def cut_mid_sentence(text: str) -> bool:
    """The article's running text starts with punctuation that closes a sentence above it, or
    its last running line (bylines and photo credits after it aside) stops mid-sentence."""
    from .reassembly import is_open

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    running = [line for line in lines if _RUNNING.search(_BRACKETED.sub("", line))]
    while running and _CREDIT_LINE.search(running[-1]):
        running.pop()
    if not running:
        return False
    return running[0][0] in _CLOSING_START or is_open(running[-1])


def _holds_whole(text: str, first: str, last: str, others: list[str]) -> bool:
    lines = [normalise_title(line) for line in text.split("\n") if line.strip()]
    flat = "".join(lines)
    start, end = flat.find(first), flat.rfind(last)
    if start < 0 or end < start or any(other in flat for other in others):
        return False
    ends = [sum(map(len, lines[: n + 1])) for n in range(len(lines))]  # where each line ends in flat
    head = [line for line, stop in zip(lines, ends) if stop <= start]
    tail = [line for line, stop in zip(lines, ends) if stop - len(line) >= end + len(last)]
    return (not any(_RUNNING.search(_BRACKETED.sub("", line)) for line in head)
            and all(_CREDIT_LINE.search(line) for line in tail))


def total(pages: list[PageScore]) -> PageScore:
    overall = PageScore("overall")
    for page in pages:
        for label, prf in page.entities.items():
            overall.entities.setdefault(label, PRF()).add(prf)
        overall.metrics.add(page.metrics)
        overall.value_correct += page.value_correct
        overall.unit_correct += page.unit_correct
        overall.matched_metrics += page.matched_metrics
        overall.indicator_agreed += page.indicator_agreed
        overall.indicator_covered += page.indicator_covered
        overall.period_agreed += page.period_agreed
        overall.period_matched += page.period_matched
        overall.titles_found += page.titles_found
        overall.titles_total += page.titles_total
        overall.articles += page.articles
        overall.articles_headlined += page.articles_headlined
        overall.articles_untitled += page.articles_untitled
        overall.bodies_whole += page.bodies_whole
        overall.bodies_total += page.bodies_total
        overall.articles_cut += page.articles_cut
    return overall


def span_agreement(pairs) -> dict[str, PRF]:
    """Proposed vs final spans (exact label and offsets), per label: how much reviewers changed."""
    result: dict[str, PRF] = {}
    for _article_id, proposed, final in pairs:
        proposed_set = Counter(tuple(span) for span in proposed)
        final_set = Counter(tuple(span) for span in final)
        for label in {span[0] for span in list(proposed_set) + list(final_set)}:
            p = Counter({k: v for k, v in proposed_set.items() if k[0] == label})
            f = Counter({k: v for k, v in final_set.items() if k[0] == label})
            tp = sum((p & f).values())
            prf = PRF(tp, sum(p.values()) - tp, sum(f.values()) - tp)
            result.setdefault(label, PRF()).add(prf)
            result.setdefault("ALL", PRF()).add(prf)
    return result
