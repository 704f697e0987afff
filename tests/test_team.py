"""Teams: a project split among reviewers, their files merged back (agreement accepted,
disagreement to curate, every version attributed), and bad merges refused."""
import shutil

import pytest

from annotator.cli import main
from annotator.core import ops as O
from annotator.core.types import ArticleDraft, Entity
from annotator.store import ArticleFilter, SourceRecord, Store, StoreError
from annotator.store import team as team_sql
from annotator.team import assign, collect_versions, merge

TEXT = "第{n}篇：长沙市湘丰公司在怀化市开会。"


def make_project(path, count=20):
    drafts = [ArticleDraft(TEXT.format(n=n), title=f"标题{n}", position=n,
                           entities=(Entity(len(f"第{n}篇："), len(f"第{n}篇：长沙市"), "LOC", "长沙市", "auto"),),
                           needs_extraction=()) for n in range(count)]
    with Store(path) as store:
        store.import_source(SourceRecord("page.txt", "sha-page", ""), drafts, "lead")
    return path


def texts_of(path):
    with Store(path, create=False) as store:
        return {a.text for a in store.iter_articles()}


def review(path, status="accepted", add=None, only=None):
    """The reviewer whose file it is sets a status (and adds a span) on their articles."""
    with Store(path, create=False) as store:
        who = store.assigned_reviewer()
        for article in list(store.iter_articles()):
            if only is not None and article.text not in only:
                continue
            if add:
                start = article.text.index(add[0])
                store.apply(O.AddEntity(article.id, Entity(start, start + len(add[0]), add[1], add[0], "human")), who)
            store.apply(O.SetStatus(article.id, article.status, status, article.reviewer, who), who)


def test_assign_gives_each_reviewer_a_file_with_a_shared_part(tmp_path):
    project = make_project(tmp_path / "paper.sqlite", 20)
    done = assign(project, ["alice", "bob", "chen"], tmp_path / "out", overlap=0.1, seed=3)
    sets = {name: texts_of(path) for name, path in done.files.items()}
    assert set().union(*sets.values()) == texts_of(project)
    assert sum(map(len, sets.values())) == 20 + 2  # 10 % of 20 articles given twice
    assert done.shared == 2
    with Store(project, create=False) as source:
        project_id = source.project_meta()["project_id"]
    for name, path in done.files.items():
        with Store(path, create=False) as store:
            assert store.assigned_reviewer() == name
            assert store.project_meta()["project_id"] == project_id
            assert all(a.entities for a in store.iter_articles())  # the proposals came along
    again = assign(project, ["alice", "bob", "chen"], tmp_path / "again", overlap=0.1, seed=3)
    assert {n: texts_of(p) for n, p in again.files.items()} == sets  # same seed, same split
    with pytest.raises(StoreError, match="already exists"):
        assign(project, ["alice", "bob"], tmp_path / "out")


def test_assign_refuses_bad_reviewer_lists(tmp_path):
    project = make_project(tmp_path / "paper.sqlite", 4)
    for reviewers, overlap, message in ((["a", "a"], 0.1, "twice"), (["a/b"], 0.0, "file name"),
                                        (["a"], 0.5, "two reviewers"), (["a", "b"], 1.5, "between 0 and 1")):
        with pytest.raises(ValueError, match=message):
            assign(project, reviewers, tmp_path / "out", overlap=overlap)
    assert not list((tmp_path / "out").glob("*.sqlite")) if (tmp_path / "out").exists() else True


def test_merge_accepts_agreement_marks_disagreement_and_keeps_every_version(tmp_path):
    project = make_project(tmp_path / "paper.sqlite", 10)
    done = assign(project, ["alice", "bob"], tmp_path / "out", overlap=0.4, seed=1)
    shared = texts_of(done.files["alice"]) & texts_of(done.files["bob"])
    assert len(shared) == 4
    disputed = sorted(shared)[:2]
    review(done.files["alice"], "accepted")
    review(done.files["bob"], "accepted", add=("怀化市", "LOC"), only=disputed)
    review(done.files["bob"], "accepted", only=set(texts_of(done.files["bob"])) - set(disputed))
    team = tmp_path / "team.sqlite"
    report = merge(list(done.files.values()), team)
    assert report.refused == []
    assert report.outcomes == {"single": 6, "agreed": 2, "disagreed": 2}
    with Store(team, create=False) as store:
        by_text = {a.text: a for a in store.iter_articles()}
        assert set(by_text) == texts_of(project)  # every article, none twice
        for text in shared - set(disputed):
            assert by_text[text].status == "accepted" and by_text[text].reviewer == "alice+bob"
        for text in disputed:
            article = by_text[text]
            assert article.status == "pending"  # to curate
            assert [e.text for e in article.entities] == ["长沙市"]  # what both agree on
        kept = team_sql.team_versions(store.db)
        assert len(kept["alice"]) + len(kept["bob"]) == 14
        bob = next(v for h, v in kept["bob"].items() if v.entities and len(v.entities) == 2)
        assert [e[0] for e in bob.entities] == ["LOC", "LOC"] and bob.entities[1][4] == "human"
        curate = store.article_ids(ArticleFilter(statuses=("pending",)))
        assert len(curate) == 2


def test_merge_refuses_another_project_a_second_copy_and_an_older_copy(tmp_path):
    project = make_project(tmp_path / "paper.sqlite", 6)
    done = assign(project, ["alice", "bob"], tmp_path / "out", overlap=0.5)
    other = assign(make_project(tmp_path / "other.sqlite", 6), ["alice"], tmp_path / "other", overlap=0.0)
    alice = done.files["alice"]
    old_copy = tmp_path / "alice-old.sqlite"
    shutil.copy(alice, old_copy)
    review(alice, "accepted")
    team = tmp_path / "team.sqlite"
    report = merge([alice, done.files["bob"], alice, other.files["alice"]], team)
    assert [r.reviewer for r in report.merged] == ["alice", "bob"]
    assert "already given" in report.refused[0]
    assert "another project" in report.refused[1]
    with Store(team, create=False) as store:
        before = (store.count(), store.status_counts())
    report = merge([alice, old_copy], team)
    assert report.merged == []
    assert "already merged" in report.refused[0] and "older copy" in report.refused[1]
    with Store(team, create=False) as store:
        assert (store.count(), store.status_counts()) == before  # nothing twice, nothing lost
    review(done.files["bob"], "rejected")  # bob goes on working and sends his file again
    report = merge([done.files["bob"]], team)
    assert [r.reviewer for r in report.merged] == ["bob"]
    with Store(team, create=False) as store:
        assert store.count() == 6
        assert len(team_sql.team_versions(store.db)["bob"]) == len(texts_of(done.files["bob"]))


def test_agreement_matches_a_case_computed_by_hand(tmp_path, capsys):
    """alice and bob share four articles.
    statuses: alice acc acc rej acc, bob acc rej rej acc -> p_o = 3/4; p_e = 3/4*1/2 + 1/4*1/2 = 1/2;
    kappa = (3/4 - 1/2) / (1 - 1/2) = 0.5.
    LOC spans: both keep 长沙市 in all four (4 both); alice adds 怀化市 on one article, bob on
    two (one of them the same): both 5, only alice 0, only bob 1 -> F1 = 10 / 11.
    ORG: bob alone marks 湘丰公司 once -> F1 = 0."""
    project = make_project(tmp_path / "paper.sqlite", 4)
    done = assign(project, ["alice", "bob"], tmp_path / "out", overlap=1.0)
    texts = sorted(texts_of(project))
    for status, picked in (("accepted", [0, 1, 3]), ("rejected", [2])):
        review(done.files["alice"], status, only={texts[i] for i in picked})
    for status, picked in (("accepted", [0, 3]), ("rejected", [1, 2])):
        review(done.files["bob"], status, only={texts[i] for i in picked})
    review(done.files["alice"], "accepted", add=("怀化市", "LOC"), only={texts[0]})
    review(done.files["bob"], "accepted", add=("怀化市", "LOC"), only={texts[0]})
    review(done.files["bob"], "accepted", add=("怀化市", "LOC"), only={texts[3]})
    review(done.files["bob"], "accepted", add=("湘丰公司", "ORG"), only={texts[3]})
    # the last three calls set status accepted again where it already was: statuses unchanged
    from annotator.core.agreement import agreement

    versions, problems = collect_versions(list(done.files.values()))
    assert problems == []
    (pair,) = agreement(versions).pairs
    assert (pair.shared, pair.reviewed) == (4, 4)
    assert pair.kappa == pytest.approx(0.5)
    assert pair.labels["LOC"].f1 == pytest.approx(10 / 11)
    assert pair.labels["ORG"].f1 == 0.0
    assert pair.overall.f1 == pytest.approx(10 / 12)
    merge(list(done.files.values()), tmp_path / "team.sqlite")
    from_team, _ = collect_versions([tmp_path / "team.sqlite"])
    assert agreement(from_team).pairs[0].kappa == pytest.approx(0.5)  # the team file keeps the versions
    html = tmp_path / "agreement.html"
    assert main(["agreement", *map(str, done.files.values()), "--html", str(html)]) == 0
    out = capsys.readouterr().out
    assert "kappa 0.500" in out and "F1 0.909" in out
    page = html.read_text(encoding="utf-8")
    assert page.count("<svg") == 2 and "0.909" in page


def test_cli_assign_and_merge(tmp_path, capsys):
    project = make_project(tmp_path / "paper.sqlite", 8)
    assert main(["assign", str(project), "--reviewers", "alice,bob", "--overlap", "0.25", "--out",
                 str(tmp_path / "out")]) == 0
    files = sorted(str(p) for p in (tmp_path / "out").glob("*.sqlite"))
    assert len(files) == 2
    assert main(["merge", *files, "--into", str(tmp_path / "team.sqlite")]) == 0
    assert "unreviewed 8" in capsys.readouterr().out
    assert main(["merge", *files, "--into", str(tmp_path / "team.sqlite")]) == 1
    assert "already merged" in capsys.readouterr().err


def test_a_reviewer_file_opens_in_the_app_as_its_reviewer(tmp_path, qtbot, monkeypatch):
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from annotator.ui.app import Application
    from annotator.ui.settings import Settings
    from annotator.ui.tasks import wait_for_tasks

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: None)
    done = assign(make_project(tmp_path / "paper.sqlite", 4), ["alice", "bob"], tmp_path / "out", overlap=0.0)
    app = Application(QApplication.instance(), Settings())
    window = app.open(done.files["bob"])
    qtbot.addWidget(window)
    try:
        assert window.session.reviewer == "bob"  # not the machine's reviewer (tester)
        first = window.session.article.id
        window.session.set_status("accepted")
        assert window.store.article(first).reviewer == "bob"
    finally:
        assert wait_for_tasks(60000)
        qtbot.wait(100)  # the focus refresh queued by the status change runs while the project is open
        window.close()
        window.store.close()


def test_a_curator_takes_a_version_per_article_or_per_span_undoably(tmp_path):
    from annotator.core.teamwork import differences, take_span, take_version

    project = make_project(tmp_path / "paper.sqlite", 2)
    done = assign(project, ["alice", "bob"], tmp_path / "out", overlap=1.0)
    review(done.files["alice"], "accepted")
    review(done.files["bob"], "rejected", add=("怀化市", "LOC"))
    team = tmp_path / "team.sqlite"
    assert merge(list(done.files.values()), team).outcomes == {"disagreed": 2}
    with Store(team, create=False) as store:
        first, second = store.article_ids()
        article = store.article(first)
        alice, bob = store.team_versions(first)
        assert (alice.reviewer, bob.reviewer) == ("alice", "bob")
        assert [sign for _, sign, _ in differences(article, bob)] == ["+"]  # bob's 怀化市 is not in the shared spans
        store.apply(take_version(article, bob, "lead"), "lead")
        taken = store.article(first)
        assert taken.status == "rejected" and sorted(e.text for e in taken.entities) == ["怀化市", "长沙市"]
        assert take_version(taken, bob, "lead") is None  # nothing left to take
        store.undo("lead")
        assert store.article(first).status == "pending" and len(store.article(first).entities) == 1
        other = store.article(second)
        index = next(i for i, sign, _ in differences(other, store.team_versions(second)[1]) if sign == "+")
        store.apply(take_span(other, store.team_versions(second)[1], index), "lead")
        assert sorted(e.text for e in store.article(second).entities) == ["怀化市", "长沙市"]
        assert store.article(second).status == "pending"  # a span taken; the status is the curator's to set
    review(done.files["alice"], "skipped")  # alice changes her mind and sends her file again
    report = merge([done.files["alice"]], team)
    assert report.merged[0].kept_curated == 1  # the article the curator edited stays as curated
    with Store(team, create=False) as store:
        assert sorted(e.text for e in store.article(second).entities) == ["怀化市", "长沙市"]


def test_a_new_team_file_starts_from_the_project_when_at_hand_and_from_the_files_without(tmp_path):
    project = make_project(tmp_path / "paper.sqlite", 6)
    done = assign(project, ["alice", "bob"], tmp_path / "out", overlap=0.5)
    review(done.files["alice"], "accepted")
    review(done.files["bob"], "accepted")
    with_project = merge(list(done.files.values()), tmp_path / "team-a.sqlite")
    assert with_project.started_from == project
    project.rename(tmp_path / "moved.sqlite")  # the lead's copy is elsewhere now
    without = merge(list(done.files.values()), tmp_path / "team-b.sqlite")
    assert without.started_from is None
    assert with_project.outcomes == without.outcomes == {"agreed": 3, "single": 3}
    results = []
    for name in ("team-a.sqlite", "team-b.sqlite"):
        with Store(tmp_path / name, create=False) as store:
            results.append(sorted((a.text, a.status, a.reviewer, tuple((e.label, e.start, e.end) for e in a.entities))
                                  for a in store.iter_articles()))
    assert results[0] == results[1]  # the same team file either way
