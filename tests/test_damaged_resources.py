"""A missing or damaged word list or gazetteer: one warning naming the file, and proposals
from what remains (the import goes on, nothing is lost)."""
import logging
import shutil

from annotator.core import resources


def _reload_lists():
    import importlib

    from annotator.core.gazetteer import Gazetteer

    lists = importlib.import_module("annotator.core.entities.dictionaries")
    lexical = importlib.import_module("annotator.core.entities.lexical")

    lists.dictionaries.cache_clear()
    lexical.world_places.cache_clear()
    lexical._world_re.cache_clear()
    Gazetteer.default.cache_clear()


def test_missing_and_damaged_lists_leave_the_rest_working(tmp_path, monkeypatch, caplog):
    from annotator.core.extraction import Extractor

    copy = tmp_path / "resources"
    shutil.copytree(resources.resources_dir(), copy)
    (copy / "dictionaries" / "person_titles.txt").unlink()
    (copy / "gazetteer" / "divisions.tsv").write_bytes(b"\xff\xfe\x00broken")
    monkeypatch.setattr(resources, "resources_dir", lambda: copy)
    _reload_lists()
    try:
        with caplog.at_level(logging.WARNING):
            entities, metrics = Extractor().extract("美国代表在伦敦发言，投资5.31亿元。")
        assert "person_titles.txt" in caplog.text and "divisions.tsv" in caplog.text
        assert ("LOC", "美国") in {(e.label, e.text) for e in entities}  # the world list still works
        assert [m.text for m in metrics] == ["5.31亿元"]
    finally:
        monkeypatch.undo()
        _reload_lists()
