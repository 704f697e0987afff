"""Export files as a user finds them: the mode their umask gives (or the mode of the file
they replace), a symlink written through, a full disk said in words with the old file
whole, no temporary litter from killed exports; training formats take reviewed articles
unless asked; doccano is warned about overlaps."""
import errno
import os
import signal
import stat
import subprocess
import sys
import time

import pytest
from test_formats_sample import export, make_project

from annotator.cli import main
from annotator.io.atomic import atomic_writer

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_export_gets_the_mode_the_umask_gives(tmp_path, umask_022):
    export(make_project(tmp_path / "p.sqlite"), "doccano", tmp_path / "out.jsonl")
    assert _mode(tmp_path / "out.jsonl") == 0o644
    os.umask(0o002)
    export(make_project(tmp_path / "q.sqlite"), "doccano", tmp_path / "shared.jsonl")
    assert _mode(tmp_path / "shared.jsonl") == 0o664


def test_re_exporting_keeps_the_mode_of_the_file_it_replaces(tmp_path, umask_022):
    out = tmp_path / "out.jsonl"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o664)
    export(make_project(tmp_path / "p.sqlite"), "label-studio", out)
    assert _mode(out) == 0o664 and out.read_text(encoding="utf-8").startswith("[")


def test_exporting_to_a_symlink_writes_through_to_its_target(tmp_path):
    target = tmp_path / "data" / "real.jsonl"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    export(make_project(tmp_path / "p.sqlite"), "doccano", link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8").startswith('{"id"')


def test_a_full_disk_is_said_in_words_and_the_old_file_survives(tmp_path, monkeypatch, capsys):
    project = make_project(tmp_path / "p.sqlite")
    out = tmp_path / "out.jsonl"
    out.write_text("the previous export", encoding="utf-8")

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)  # where a full disk shows up at the latest
    assert main(["export", str(out), "--format", "doccano", "--project", str(project)]) == 1
    err = capsys.readouterr().err
    assert "not enough space on the disk" in err and "unchanged" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


KILLED_WRITER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from annotator.io.atomic import atomic_writer
with atomic_writer(sys.argv[2]) as handle:
    handle.write("x" * 100000)
    handle.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def test_a_killed_export_leaves_no_part_file_once_the_next_export_runs(tmp_path):
    out = tmp_path / "out.jsonl"
    for _ in range(3):
        writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, REPO, str(out)], stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline().strip() == "writing"
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        # each new write first removes what the killed one before it left
        assert len([p for p in tmp_path.iterdir() if p.name.endswith(".part")]) == 1
    with atomic_writer(out) as handle:
        handle.write("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_a_running_export_keeps_its_part_file_while_another_writes(tmp_path):
    out = tmp_path / "out.jsonl"
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, REPO, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        with atomic_writer(out) as handle:
            handle.write("new")
        assert len([p for p in tmp_path.iterdir() if p.name.endswith(".part")]) == 1
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()


def test_an_old_part_file_without_a_process_id_is_cleaned_when_old(tmp_path):
    out = tmp_path / "out.jsonl"
    old = tmp_path / ".out.jsonl.k3j_9x2a.part"  # as earlier versions named them
    fresh = tmp_path / ".out.jsonl.ab12cd34.part"
    old.write_text("x")
    fresh.write_text("x")
    past = time.time() - 3600
    os.utime(old, (past, past))
    with atomic_writer(out) as handle:
        handle.write("new")
    assert not old.exists() and fresh.exists()


def _statuses_in(path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def test_training_formats_take_accepted_articles_unless_asked_and_say_so(tmp_path, capsys):
    from annotator.store import Store

    project = make_project(tmp_path / "p.sqlite")
    with Store(project) as store:
        counts = store.status_counts()
    assert main(["export", str(tmp_path / "train.jsonl"), "--format", "spacy-jsonl", "--project", str(project)]) == 0
    err = capsys.readouterr().err
    assert "only accepted articles" in err and "--include-unreviewed" in err
    assert _statuses_in(tmp_path / "train.jsonl") == counts.get("accepted", 0)
    assert main(["export", str(tmp_path / "all.jsonl"), "--format", "spacy-jsonl", "--include-unreviewed",
                 "--project", str(project)]) == 0
    assert _statuses_in(tmp_path / "all.jsonl") == sum(counts.values())
    assert main(["export", str(tmp_path / "peer.jsonl"), "--format", "doccano", "--project", str(project)]) == 0
    assert _statuses_in(tmp_path / "peer.jsonl") == sum(counts.values())  # a peer tool gets every article


def test_doccano_export_warns_about_overlapping_spans(tmp_path, capsys):
    project = make_project(tmp_path / "p.sqlite")  # one article has overlapping spans
    assert main(["export", str(tmp_path / "out.jsonl"), "--format", "doccano", "--project", str(project)]) == 0
    err = capsys.readouterr().err
    assert "note: 1 articles have overlapping spans" in err and "Allow overlapping entity" in err
    result = export(project, "doccano", tmp_path / "again.jsonl")
    assert len(result.notes) == 1 and int(result) == 4


def test_a_label_studio_export_not_named_json_is_told_to_be(tmp_path, capsys):
    project = make_project(tmp_path / "p.sqlite")
    assert main(["export", str(tmp_path / "out.label-studio"), "--format", "label-studio", "--project", str(project)]) == 0
    assert "name the file .json" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "out.json"), "--format", "label-studio", "--project", str(project)]) == 0
    assert "name the file .json" not in capsys.readouterr().err
