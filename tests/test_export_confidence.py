"""A proposal's confidence leaves the project with it: native JSONL carries it per proposed
entity, Label Studio per region and per prediction (its Data Manager sorts tasks by the
prediction's score), and the shards of `extract` keep it for the import that reads them."""
import json

from annotator.cli import main
from annotator.core import ops as O
from annotator.core.types import Entity
from annotator.io.importer import import_paths, prepare_file
from annotator.io.shards import page_line, read_shard, write_shard
from annotator.store import Store

PAGE = "标题\n怀化市洪江区委书记李卫华在湘江集团调研。蓝天行动的代表出席。\n"


def _project(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    project = tmp_path / "p.sqlite"
    with Store(project) as store:
        import_paths(store, [page])
        (article_id,) = store.article_ids()
        text = store.article(article_id).text
        start = text.index("蓝天行动")  # no rule proposes it: the reviewer adds it
        store.apply(O.AddEntity(article_id, Entity(start, start + 4, "ORG", "蓝天行动", "human")), "ann")
    return project


def test_native_jsonl_gives_each_proposal_its_confidence(tmp_path):
    project = _project(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["export", str(out), "--format", "jsonl", "--project", str(project)]) == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    proposals = [e for e in record["entities"] if e["origin"] == "auto"]
    assert proposals and all(0 < e["confidence"] <= 1 for e in proposals)
    human = [e for e in record["entities"] if e["origin"] == "human"]
    assert human and all("confidence" not in e for e in human)


def test_label_studio_predictions_carry_scores(tmp_path):
    project = _project(tmp_path)
    out = tmp_path / "tasks.json"
    assert main(["export", str(out), "--format", "label-studio", "--include-unreviewed",
                 "--project", str(project)]) == 0
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    (prediction,) = task["predictions"]
    scores = [region["score"] for region in prediction["result"] if "score" in region]
    assert scores and prediction["score"] == min(scores)
    unscored = [region["value"]["text"] for region in prediction["result"] if "score" not in region]
    assert "蓝天行动" in unscored  # the reviewer's own span has no model score


def test_shards_keep_the_confidence_of_proposals(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    prepared = prepare_file(page)
    proposed = {(e.start, e.label): e.confidence for d in prepared.drafts for e in d.entities}
    assert proposed and all(value is not None for value in proposed.values())
    shard = tmp_path / "part.shard.jsonl"
    write_shard(shard, [page_line(prepared)], None)
    (back,) = list(read_shard(shard))
    assert {(e.start, e.label): e.confidence for d in back.drafts for e in d.entities} == \
        {key: round(value, 4) for key, value in proposed.items()}
