"""The built-in model (core/builtin_model.py): what a new project gets before any review."""
import importlib.util
import json
import logging
from pathlib import Path

import pytest

from annotator.core import builtin_model, learning
from annotator.core.entities import find_entities
from annotator.core.extraction import Extractor
from annotator.core.span_scoring import SpanScores, score_document

NEWS = Path(__file__).parent / "data" / "news-written"


def _build_script():
    path = Path(__file__).parent.parent / "resources" / "models" / "build_base_model.py"
    spec = importlib.util.spec_from_file_location("build_base_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_was_trained_on_the_current_material():
    build = _build_script()
    record = builtin_model.record()
    assert record.get("trained_on", [None])[0] == "tests/data/news-written/tune.jsonl"
    assert record.get("sha256") == builtin_model.digest(*build.training_files()), \
        "the training material changed: run python resources/models/build_base_model.py"
    assert builtin_model.base_model() is not None


def test_the_model_learns_only_from_sets_whose_readme_says_so():
    data = Path(__file__).parent / "data"
    for name in _build_script().REGIONAL_SETS:
        assert "**Trained on**" in (data / name / "README.md").read_text(encoding="utf-8"), name
    held_out = [folder.name for folder in data.glob("blind*")
                if (folder / "README.md").exists() and "**Trained on**" not in (folder / "README.md").read_text(encoding="utf-8")]
    assert not set(held_out) & set(_build_script().REGIONAL_SETS)  # kept to estimate unseen pages


def _scores(extractor, records):
    scores = SpanScores()
    for record in records:
        gold = [(e["start"], e["end"], e["label"]) for e in record["entities"]]
        found = [(e.start, e.end, e.label) for e in extractor.extract(record["text"])[0]]
        scores.add(score_document(record["text"], gold, found))
    return scores.exact["ALL"]


def test_on_news_it_never_saw_a_new_project_finds_more_than_the_rules_alone():
    with open(NEWS / "held.jsonl", encoding="utf-8") as lines:
        records = [json.loads(line) for _, line in zip(range(600), lines)]
    rules = _scores(Extractor(builtin_model=False), records)
    default = _scores(Extractor(), records)
    assert default.recall > rules.recall
    assert default.f1 > rules.f1


def test_it_fills_gaps_and_replaces_rule_spans_only_where_surer_and_never_shortens_one():
    with open(NEWS / "held.jsonl", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(200), lines)]
    added = 0
    for text in texts:
        rules = {(e.start, e.end, e.label) for e in find_entities(text)}
        combined = Extractor().extract(text)[0]
        new = [e for e in combined if (e.start, e.end, e.label) not in rules]
        for e in new:
            added += 1
            assert e.confidence >= learning.BASE_MIN_CONFIDENCE
            overlapped = [(s, t) for s, t, _ in rules if s < e.end and e.start < t]
            if overlapped:
                assert e.confidence >= learning.BASE_OVERRIDE_CONFIDENCE
                assert not any(s <= e.start and e.end <= t and t - s > e.end - e.start for s, t in overlapped)
        kept = {(e.start, e.end, e.label) for e in combined}
        for span in rules - kept:
            assert any(e.start < span[1] and span[0] < e.end for e in new), "a rule span went without a replacement"
    assert added > 0


@pytest.mark.parametrize("text, label", [
    ("激励、关怀、办公、分享", "PER"),  # an everyday word jieba tags as a name
    ("村民张某与李某因宅基地", "PER"),  # an anonymised name
    ("精准施策，正风赋能强队伍", "ORG"),  # a slogan with no organisation's ending
    ("会见了泰国总理川·立派。", "PER"),  # half of a dotted name
    ("投入资金4.2亿元，完成县人民医院的提质改造", "ORG"),  # the sentence's verb before a body
    ("建成创客实验室、人工智能实验室等功能室", "ORG"),  # a generic word before the suffix
    ("实验室里，博士生阿依古丽·买买提一直在做实验", "PER"),  # an everyday word jieba tags as a name opens it
    ("大大提升了满意度。", "LOC"),  # an everyday word jieba tags as a place
    ("平台由国网益阳供电公司自主研发", "ORG"),  # a preposition jieba glued to the name
    ("跟着老师龙秀禾学打苗鼓。", "PER"),  # three characters after a one-character surname
])
def test_spans_that_do_not_look_like_their_label_are_not_filled(text, label):
    for word in ("关怀", "李某", "正风赋能", "川·", "完成县人民医院", "人工智能实验室", "博士生阿依古丽·买买提",
                 "满意度", "由国网益阳供电公司", "龙秀禾学"):
        start = text.find(word)
        if start >= 0:
            bounds = learning._word_bounds(text)
            assert not learning._plausible(text, start, start + len(word), label, bounds)


def test_a_body_named_after_a_place_still_fills_a_gap():
    text = "岳阳县人民医院今年新建病房。"
    assert learning._plausible(text, 0, 7, "ORG", learning._word_bounds(text))


def test_without_the_model_file_the_rules_still_work(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(builtin_model, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    builtin_model.base_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            entities, _ = Extractor().extract("党委书记罗集华在怀化市调研。")
        assert {(e.label, e.text) for e in entities} == {("PER", "罗集华"), ("LOC", "怀化市")}
        assert "built-in model" in caplog.text
    finally:
        builtin_model.base_model.cache_clear()


def test_a_reduplicated_description_is_never_proposed_as_a_person():
    entities, _ = Extractor().extract("衡阳县集兵镇的高标准农田里，翻耕后的田块方方正正，机耕道直通田头。")
    assert not any(e.label == "PER" and e.text == "方方正正" for e in entities)

