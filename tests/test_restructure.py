"""Merge, split and retitle as store operations (issue 17): checked against what is stored,
recorded in the history, undone and redone exactly, spans carried along."""
import pytest

from annotator.core import ops as O
from annotator.core import restructure as R
from annotator.core.types import ArticleDraft, Entity
from annotator.store import SourceRecord, StoreError

FIRST = "洪江区念好三字经\n怀化市洪江区积极推进自然资源高质量发展，"
SECOND = "闲置土地处置率达到百分之百。\n绥宁县推进高标准农田建设\n绥宁县抓实各项举措。"


def entity(text, label, needle):
    start = text.index(needle)
    return Entity(start, start + len(needle), label, needle, "human")


@pytest.fixture
def two(store):
    drafts = [ArticleDraft(FIRST, title="洪江区念好三字经", entities=(entity(FIRST, "LOC", "怀化市洪江区"),)),
              ArticleDraft(SECOND, title="闲置土地处置率达到百分之百", entities=(entity(SECOND, "LOC", "绥宁县"),))]
    store.import_source(SourceRecord("page.txt", "sha", FIRST + "\n" + SECOND), drafts)
    return [store.article(i) for i in store.article_ids()]


def test_merge_undo_redo_bring_back_the_same_articles(store, two):
    first, _ = two
    store.apply(O.SetStatus(two[1].id, "pending", "accepted", "", "ann"), "ann")
    second = store.article(two[1].id)
    store.apply(R.merge(first, second), "tester")
    merged = store.article(first.id)
    assert store.article_ids() == [first.id] and merged.text == FIRST + "\n" + SECOND
    assert {e.text for e in merged.entities} == {"怀化市洪江区", "绥宁县"}
    assert all(merged.text[e.start:e.end] == e.text for e in merged.entities)
    store.undo("tester")
    assert store.article_ids() == [first.id, second.id]
    back = store.article(second.id)
    assert (back.text, back.title, back.entities[0].text) == (SECOND, second.title, "绥宁县")
    assert (back.id, back.status, back.reviewer, back.position, back.source) == \
        (second.id, "accepted", "ann", second.position, second.source)
    store.redo("tester")
    assert store.article_ids() == [first.id]
    assert [entry["name"] for entry in store.history(limit=3)][:1] == ["Merge articles"]


def test_a_stale_merge_is_refused(store, two):
    first, second = two
    store.apply(O.RemoveEntity(second.id, second.entities[0]), "other window")
    with pytest.raises(StoreError, match="was changed since it was shown"):
        store.apply(R.merge(first, second), "tester")
    assert store.article_ids() == [first.id, second.id]
    store.apply(R.retitle(first, "新标题", ""), "other window")
    with pytest.raises(StoreError, match=r"was changed since it was shown \(text, title"):
        store.apply(R.merge(first, store.article(second.id)), "tester")


def test_split_keeps_spans_on_their_side_and_refuses_a_cut_through_one(store, two):
    _, second = two
    line = SECOND.index("绥宁县推进")
    store.apply(R.split(second, line + 4), "tester")
    head, tail = (store.article(i) for i in store.article_ids()[1:])
    assert head.text == "闲置土地处置率达到百分之百。" and head.entities == ()
    assert tail.title == "绥宁县推进高标准农田建设" and tail.status == "pending"
    assert [(e.text, tail.text[e.start:e.end]) for e in tail.entities] == [("绥宁县", "绥宁县")]
    with pytest.raises(R.RestructureError):
        R.split(second, 3)  # on the first line


def test_retitle_is_one_undoable_step(store, two):
    first, _ = two
    store.apply(R.retitle(first, "念好“三字经”打好组合拳", "洪江区自然资源工作成效显著"), "tester")
    retitled = store.article(first.id)
    assert (retitled.title, retitled.subtitle) == ("念好“三字经”打好组合拳", "洪江区自然资源工作成效显著")
    # the headline lines at the top of the text say so too; the spans below moved with it
    assert retitled.text == "念好“三字经”打好组合拳\n洪江区自然资源工作成效显著\n怀化市洪江区积极推进自然资源高质量发展，"
    assert [(e.text, retitled.text[e.start:e.end]) for e in retitled.entities] == [("怀化市洪江区", "怀化市洪江区")]
    assert store.undo_name("tester") == "Edit title"
    store.undo("tester")
    assert (store.article(first.id).title, store.article(first.id).text) == ("洪江区念好三字经", FIRST)
    assert store.article(first.id).entities[0].start == FIRST.index("怀化市洪江区")
    assert R.retitle(first, first.title, first.subtitle) is None


def test_a_split_off_part_comes_right_after_its_article_in_the_queue(store):
    """The queue (number order) and "next article" show the new part right after the article
    it was split from, not at the end; undo, redo and a merge back keep the order."""
    text = "洪江区念好三字经\n怀化市洪江区积极推进自然资源高质量发展。\n闲置土地处置率达到百分之百。\n县里还盘活了存量土地。"
    drafts = [ArticleDraft(text, title="洪江区念好三字经"), ArticleDraft(SECOND, title="闲置土地处置率达到百分之百")]
    store.import_source(SourceRecord("page.txt", "sha", text + "\n" + SECOND), drafts)
    first, second = store.article_ids()
    store.apply(R.split(store.article(first), text.index("县里还")), "tester")
    (part,) = [i for i in store.article_ids() if i not in (first, second)]
    assert store.article_ids() == [first, part, second]
    assert store.next_article_id(first) == part and store.next_article_id(part) == second
    # a second split of the first article goes between it and the part split off before
    store.apply(R.split(store.article(first), text.index("闲置")), "tester")
    (newer,) = [i for i in store.article_ids() if i not in (first, second, part)]
    assert store.article_ids() == [first, newer, part, second]
    store.undo("tester")
    assert store.article_ids() == [first, part, second]
    store.redo("tester")
    (redone,) = [i for i in store.article_ids() if i not in (first, second, part)]
    assert store.article_ids() == [first, redone, part, second]
    store.apply(R.merge(store.article(part), store.article(second)), "tester")
    assert store.article_ids() == [first, redone, part]
    store.undo("tester")
    assert store.article_ids() == [first, redone, part, second]
    assert store.article(second).text == SECOND
