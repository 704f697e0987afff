"""The Chinese interface is complete: every string the UI code marks for translation is in
the committed .ts with a finished translation, and the compiled .qm gives it back."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "annotator_zh_CN.ts"


def _messages(ts_text: str) -> dict[tuple[str, str], str | None]:
    found = {}
    for context in re.findall(r"<context>(.*?)</context>", ts_text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        for message in re.findall(r"<message>(.*?)</message>", context, re.S):
            source = re.search(r"<source>(.*?)</source>", message, re.S).group(1)
            translation = re.search(r"<translation([^>]*)>(.*?)</translation>", message, re.S)
            finished = translation and "unfinished" not in translation.group(1) and translation.group(2).strip()
            found[(name, source)] = translation.group(2) if finished else None
    return found


def test_every_committed_string_is_translated():
    untranslated = [key for key, value in _messages(TS.read_text(encoding="utf-8")).items() if value is None]
    assert untranslated == []


def test_no_ui_string_is_missing_from_the_translation(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "annotator" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate) if lupdate.exists() else "pyside6-lupdate", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = set(_messages(fresh.read_text(encoding="utf-8"))) - set(_messages(TS.read_text(encoding="utf-8")))
    assert missing == set(), "run resources/translations/update.py after adding to zh_CN.tsv"


def test_compiled_translation_loads(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    assert translator.translate("keymap", "Accept and go to the next pending article") == "通过并转到下一篇待审文章"
