"""The one edit path (issue 12): every operation type, applied then undone, leaves the
project exactly as it was; an operation built from a view another window has since
changed is refused (saying what changed and who changed it), in one process and across
two; undo and redo are checked the same way."""
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core import editing
from annotator.core import ops as O
from annotator.core.types import ArticleDraft, Entity, Label, Metric
from annotator.store import Conflict, SourceRecord, Store

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO)}
TEXT = "怀化市洪江区湘丰茶业新建厂房，投资5.31亿元，带动就业300人。长沙市开福区也有新厂。"


def _project(path: Path) -> int:
    with Store(path) as store:
        start = TEXT.index("5.31亿元")
        jobs = TEXT.index("300人")
        draft = ArticleDraft(
            TEXT, title="新闻",
            entities=(Entity(0, 3, "LOC", "怀化市"), Entity(6, 10, "ORG", "湘丰茶业"),
                      Entity(TEXT.index("长沙市"), TEXT.index("长沙市") + 3, "LOC", "长沙市")),
            metrics=(Metric(start, start + 6, "5.31亿元", Decimal("531000000"), "元", indicator="投资"),
                     Metric(jobs, jobs + 4, "300人", Decimal("300"), "人")),
        )
        (article_id,) = store.import_source(SourceRecord("a.txt", "sha-a", TEXT), [draft]).article_ids
    return article_id


def stored_state(store: Store) -> dict:
    """Everything an edit may touch, as the tables hold it."""
    tables = {
        "entities": 'SELECT id, article_id, start, "end", label, text, origin FROM entities ORDER BY id',
        "metrics": "SELECT * FROM metrics ORDER BY id",
        "articles": "SELECT id, status, reviewer, proposed FROM articles ORDER BY id",
        "labels": "SELECT * FROM labels ORDER BY name",
    }
    return {name: store.db.execute(sql).fetchall() for name, sql in tables.items()}


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.sqlite"
    return path, _project(path)


# --- apply, then the inverse: exactly as before -------------------------------------------


def _ops(draw, store: Store, article_id: int):
    """An operation of a type drawn at random, built from the article as stored (as the app
    builds them)."""
    article = store.article(article_id)
    labels = store.labels()
    kind = draw(st.sampled_from(["add_entity", "remove_entity", "update_entity", "add_metric", "remove_metric",
                                 "update_metric", "status", "add_label", "update_label", "delete_label",
                                 "reextract", "batch"]))
    if kind in ("add_entity", "batch"):
        start = draw(st.integers(0, len(TEXT) - 2))
        end = draw(st.integers(start + 1, min(len(TEXT), start + 6)))
        op = editing.label_selection(article, start, end, draw(st.sampled_from(["PER", "LOC", "ORG"])))
        if kind == "batch" and op is not None:
            others = [e for e in article.entities if not any(getattr(leaf, "entity", None) == e for leaf in op.leaves())]
            op = O.Batch((op, O.SetStatus(article_id, article.status, "accepted", "", "ann"),
                          *[O.RemoveEntity(article_id, e) for e in others[:1]]), "Several")
        return op
    if kind == "remove_entity" and article.entities:
        return editing.delete(article, draw(st.sampled_from(article.entities)))
    if kind == "update_entity" and article.entities:
        entity = draw(st.sampled_from(article.entities))
        if draw(st.booleans()):
            return editing.relabel(article, entity, draw(st.sampled_from(["PER", "LOC", "ORG"])))
        return editing.move_boundary(article, entity, draw(st.sampled_from(["start", "end"])), draw(st.sampled_from([-1, 1])))
    if kind == "add_metric":
        start = draw(st.integers(0, len(TEXT) - 2))
        return editing.metric_for_selection(article, start, start + draw(st.integers(1, 4)))
    if kind == "remove_metric" and article.metrics:
        return editing.delete(article, draw(st.sampled_from(article.metrics)))
    if kind == "update_metric" and article.metrics:
        metric = draw(st.sampled_from(article.metrics))
        field = draw(st.sampled_from(["value", "unit", "indicator", "approx", "period"]))
        new = {"value": Decimal(draw(st.integers(0, 10**12))), "unit": draw(st.sampled_from(["元", "人", "个"])),
               "indicator": draw(st.text("投资产值就业", max_size=4)), "approx": not metric.approx,
               "period": draw(st.sampled_from(["", "2023年", "上半年"]))}[field]
        return O.UpdateMetric(article_id, metric, replace(metric, **{field: new}))
    if kind == "status":
        return O.SetStatus(article_id, article.status, draw(st.sampled_from(["accepted", "rejected", "skipped"])),
                           article.reviewer, "ann")
    if kind == "add_label":
        return O.AddLabel(Label(draw(st.sampled_from(["PRODUCT", "EVENT"])), "entity", "#123456", "", 9))
    if kind == "update_label":
        label = draw(st.sampled_from([l for l in labels if l.kind == "entity"]))
        return O.UpdateLabel(label, replace(label, name=label.name + "X") if draw(st.booleans())
                             else replace(label, colour="#abcdef", shortcut=""))
    if kind == "delete_label":
        label = draw(st.sampled_from([l for l in labels if l.kind == "entity"]))
        return O.delete_label(label, store.label_uses(label.name))
    if kind == "reextract":
        found = (Entity(TEXT.index("洪江区"), TEXT.index("洪江区") + 3, "LOC", "洪江区"),)
        return store.reextract_op([article_id], lambda text: (found, ()))[0]
    return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_operation_then_its_inverse_restores_the_stored_state_exactly(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.sqlite"
        article_id = _project(path)
        with Store(path) as store:
            for _ in range(data.draw(st.integers(0, 2))):  # start from a state edits made, too
                earlier = _ops(data.draw, store, article_id)
                if earlier is not None:
                    try:
                        store.apply(earlier, "ann")
                    except Conflict:  # e.g. re-extraction to a label just renamed: refused, fine
                        pass
            op = _ops(data.draw, store, article_id)
            if op is None:
                return
            before = stored_state(store)
            try:
                changes = store.apply(op, "ann")
            except Conflict:
                assert stored_state(store) == before
                return
            store.apply(changes.applied.inverse(), "ann")
            assert stored_state(store) == before
            store.undo("ann")  # undo of the inverse: the edit again
            store.undo("ann")  # and undo of the edit: back again
            assert stored_state(store) == before


# --- stale edits are refused: one process, two windows ------------------------------------


def _two_windows(path: Path):
    return Store(path), Store(path)


def _refused(store: Store, op, *words: str) -> str:
    before = stored_state(store)
    with pytest.raises(Conflict) as refused:
        store.apply(op, "ann")
    assert stored_state(store) == before  # nothing written
    message = str(refused.value)
    for word in words:
        assert word in message
    return message


def test_a_stale_edit_of_one_metric_field_keeps_the_other_windows_change(project):
    path, article_id = project
    mine, other = _two_windows(path)
    shown = mine.article(article_id).metrics[0]
    theirs = replace(other.article(article_id).metrics[0], value=Decimal("532000000"), start=shown.start, end=shown.end)
    other.apply(O.UpdateMetric(article_id, shown, theirs), "bob")
    _refused(mine, O.UpdateMetric(article_id, shown, replace(shown, indicator="总投资")), "532000000", "bob")
    assert mine.article(article_id).metrics[0].value == Decimal("532000000")


def test_a_stale_delete_of_a_span_the_other_window_relabelled_is_refused(project):
    path, article_id = project
    mine, other = _two_windows(path)
    shown = mine.article(article_id).entities[0]
    other.apply(editing.relabel(other.article(article_id), shown, "ORG"), "bob")
    _refused(mine, editing.delete(mine.article(article_id), shown), "LOC → ORG", "bob")
    assert mine.article(article_id).entities[0].label == "ORG"


def test_a_stale_status_change_is_refused(project):
    path, article_id = project
    mine, other = _two_windows(path)
    shown = mine.article(article_id)
    other.apply(O.SetStatus(article_id, "pending", "rejected", "", "bob"), "bob")
    _refused(mine, O.SetStatus(article_id, shown.status, "accepted", "", "ann"), "rejected", "bob")
    assert mine.article(article_id).status == "rejected"


@pytest.mark.parametrize("case", ["metric", "status", "added entity"])
def test_undo_never_overwrites_a_later_change_of_the_other_window(project, case):
    path, article_id = project
    mine, other = _two_windows(path)
    article = mine.article(article_id)
    if case == "metric":
        metric = article.metrics[0]
        mine.apply(O.UpdateMetric(article_id, metric, replace(metric, unit="美元")), "ann")
        now = other.article(article_id).metrics[0]
        other.apply(O.UpdateMetric(article_id, now, replace(now, indicator="新投资")), "bob")
    elif case == "status":
        mine.apply(O.SetStatus(article_id, "pending", "accepted", "", "ann"), "ann")
        other.apply(O.SetStatus(article_id, "accepted", "rejected", "ann", "bob"), "bob")
    else:
        start = TEXT.index("洪江区")
        added = mine.apply(O.AddEntity(article_id, Entity(start, start + 3, "LOC", "洪江区", "human")), "ann").applied
        other.apply(O.UpdateEntity(article_id, added.entity, replace(added.entity, label="ORG")), "bob")
    after_theirs = stored_state(other)
    with pytest.raises(Conflict, match="can no longer be undone.*bob"):
        mine.undo("ann")
    assert stored_state(mine) == after_theirs
    assert mine.undo_name("ann") is None  # the impossible step left the list


def test_the_same_selection_labelled_in_both_windows_is_stored_once(project):
    path, article_id = project
    mine, other = _two_windows(path)
    start = TEXT.index("洪江区")
    op_mine = editing.label_selection(mine.article(article_id), start, start + 3, "LOC")
    op_theirs = editing.label_selection(other.article(article_id), start, start + 3, "LOC")
    other.apply(op_theirs, "bob")
    _refused(mine, op_mine, "already labelled LOC", "bob")
    overlapping = editing.label_selection(mine.article(article_id), start + 1, start + 3, "LOC")
    assert overlapping is not None  # from a fresh view the overlap is replaced (the rule)...
    stale = O.AddEntity(article_id, Entity(start + 1, start + 3, "LOC", "江区", "human"))
    _refused(mine, stale, "overlap")  # ...but a stale view cannot create one
    mine.apply(overlapping, "ann")
    assert [(e.start, e.text) for e in mine.article(article_id).entities if e.start >= start - 1][:1] == [(start + 1, "江区")]


def test_relabelling_to_a_label_the_other_window_renamed_is_refused_clearly(project):
    path, article_id = project
    mine, other = _two_windows(path)
    entity = mine.article(article_id).entities[0]
    per = next(l for l in other.labels() if l.name == "PER")
    other.apply(O.UpdateLabel(per, replace(per, name="PERSON")), "bob")
    message = _refused(mine, editing.relabel(mine.article(article_id), entity, "PER"), "PER no longer exists")
    assert "FOREIGN KEY" not in message


def test_redo_is_checked_too(project):
    path, article_id = project
    mine, other = _two_windows(path)
    mine.apply(O.SetStatus(article_id, "pending", "accepted", "", "ann"), "ann")
    mine.undo("ann")
    other.apply(O.SetStatus(article_id, "pending", "skipped", "", "bob"), "bob")
    with pytest.raises(Conflict, match="can no longer be redone.*skipped"):
        mine.redo("ann")
    assert mine.article(article_id).status == "skipped" and mine.redo_name("ann") is None


# --- across two processes ------------------------------------------------------------------

RELABEL_FIRST_ENTITY = """
import sys
from annotator.core import editing
from annotator.store import Store
with Store(sys.argv[1]) as store:
    article = store.article(int(sys.argv[2]))
    store.apply(editing.relabel(article, article.entities[0], "PER"), "bob")
"""


def test_a_stale_edit_is_refused_across_two_processes(project):
    path, article_id = project
    with Store(path) as mine:
        shown = mine.article(article_id)
        subprocess.run([sys.executable, "-c", RELABEL_FIRST_ENTITY, str(path), str(article_id)], check=True, env=ENV)
        _refused(mine, editing.relabel(shown, shown.entities[0], "ORG"), "LOC → PER", "bob")
        _refused(mine, editing.delete(shown, shown.entities[0]), "bob")
        assert mine.article(article_id).entities[0].label == "PER"


# --- labels and re-extraction go through the path -----------------------------------------


def test_deleting_a_label_deletes_its_spans_and_one_undo_brings_all_back(project):
    path, article_id = project
    with Store(path) as store:
        before = stored_state(store)
        loc = next(l for l in store.labels() if l.name == "LOC")
        store.apply(O.delete_label(loc, store.label_uses("LOC")), "ann")
        assert "LOC" not in {l.name for l in store.labels()}
        assert {e.label for e in store.article(article_id).entities} == {"ORG"}
        assert store.undo_name("ann") == "Delete label"
        store.undo("ann")
        assert stored_state(store) == before


def test_a_label_deletion_is_refused_if_the_label_gained_spans_meanwhile(project):
    path, article_id = project
    mine, other = _two_windows(path)
    loc = next(l for l in mine.labels() if l.name == "LOC")
    asked = O.delete_label(loc, mine.label_uses("LOC"))
    start = TEXT.index("洪江区")
    other.apply(O.AddEntity(article_id, Entity(start, start + 3, "LOC", "洪江区", "human")), "bob")
    _refused(mine, asked, "given to 1 more spans")


def test_re_extraction_is_one_undoable_step_that_keeps_human_spans(project):
    path, article_id = project
    with Store(path) as store:
        article = store.article(article_id)
        start = TEXT.index("洪江区")
        store.apply(O.AddEntity(article_id, Entity(start, start + 3, "LOC", "洪江区", "human")), "ann")
        before = stored_state(store)
        found = [Entity(start, start + 3, "ORG", "洪江区"), Entity(TEXT.index("开福区"), TEXT.index("开福区") + 3, "LOC", "开福区")]
        store.reextract([article_id], lambda text: (found, []), "ann")
        after = store.article(article_id)
        assert {(e.text, e.origin) for e in after.entities} == {("洪江区", "human"), ("开福区", "auto")}
        assert after.metrics == tuple(m for m in article.metrics if m.origin != "auto")
        assert store.undo_name("ann") == "Re-extract"
        store.undo("ann")
        assert stored_state(store) == before
