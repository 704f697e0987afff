"""The layers stay visible: Qt only in annotator/ui (and the GUI entry points), SQL only in
annotator/store, core free of both; modules stay readable in size."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "annotator"
CORE_ALLOWED = {"jieba", "cn2an", "pycrfsuite", "annotator"}  # pycrfsuite: the learned model (core/learning.py)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            names.add("annotator." + (node.module or ""))
    return names


def _modules(folder: str = ""):
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_qt_only_in_the_ui():
    offenders = [p for p in _modules() if "PySide6" in _imports(p) and "ui" not in p.relative_to(PACKAGE).parts]
    assert offenders == []


def test_sql_only_in_the_store():
    offenders = [p for p in _modules() if {"sqlite3", "sqlite_utils"} & _imports(p)
                 and p.relative_to(PACKAGE).parts[0] != "store"]
    assert offenders == []


def test_core_uses_only_the_standard_library_and_its_declared_dependencies():
    import sys

    for path in _modules("core"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top in CORE_ALLOWED or top in sys.stdlib_module_names, f"{path.name} imports {name}"
            assert not name.startswith(("annotator.ui", "annotator.store", "annotator.io")), f"{path.name} imports {name}"


def test_store_and_io_never_import_the_ui():
    for folder in ("store", "io"):
        for path in _modules(folder):
            assert not any(n.startswith("annotator.ui") or n == "PySide6" for n in _imports(path)), path.name


def test_modules_stay_under_the_hard_size_limit():
    too_long = [(p.name, n) for p in _modules() if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert too_long == []
