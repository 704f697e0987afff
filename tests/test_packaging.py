"""The wheel and sdist that `python -m build` makes: everything the app needs at run time is
inside, and the wheel installed into a fresh virtual environment works as `annotator`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from annotator import __version__

REPO = Path(__file__).resolve().parent.parent


def _resource_files() -> list[str]:
    """Every file in resources/ that a checkout has (build scripts included: the wheel
    carries resources/ whole)."""
    return sorted(str(p.relative_to(REPO / "resources")).replace(os.sep, "/")
                  for p in (REPO / "resources").rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


@pytest.fixture(scope="session")
def dists(tmp_path_factory) -> dict[str, Path]:
    """`python -m build`: the sdist, then the wheel built from that sdist (so a file the sdist
    forgets is missing from the wheel too). ANNOTATOR_DIST_DIR reuses dists built earlier."""
    reuse = os.environ.get("ANNOTATOR_DIST_DIR")
    out = Path(reuse) if reuse else tmp_path_factory.mktemp("dist")
    if not reuse:
        result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    wheels, sdists = sorted(out.glob("annotator-*.whl")), sorted(out.glob("annotator-*.tar.gz"))
    assert wheels and sdists, f"no wheel or sdist in {out}"
    return {"wheel": wheels[-1], "sdist": sdists[-1]}


def test_wheel_carries_every_resource_under_the_package(dists):
    names = set(zipfile.ZipFile(dists["wheel"]).namelist())
    missing = [f for f in _resource_files() if f"annotator/resources/{f}" not in names]
    assert not missing, f"resources missing from the wheel: {missing}"
    for needed in ("gazetteer/divisions.tsv", "translations/annotator_zh_CN.qm", "icons/annotator.svg",
                   "icons/hicolor/256x256/apps/annotator.png"):
        assert f"annotator/resources/{needed}" in names
    assert sum(n.startswith("annotator/resources/sample/") and n.endswith(".txt") for n in names) >= 1


def test_wheel_has_the_code_and_both_commands(dists):
    wheel = zipfile.ZipFile(dists["wheel"])
    names = set(wheel.namelist())
    for module in ("annotator/cli.py", "annotator/platform_check.py", "annotator/ui/selftest.py",
                   "annotator/ui/app.py", "annotator/core/resources.py"):
        assert module in names
    entry_points = wheel.read(f"annotator-{__version__}.dist-info/entry_points.txt").decode()
    assert "annotator = annotator.cli:main" in entry_points
    assert "annotator-gui = annotator.cli:gui_main" in entry_points
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_sdist_can_rebuild_everything(dists):
    with tarfile.open(dists["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for needed in ("pyproject.toml", "README.md", "packaging/pyinstaller/annotator.spec", "packaging/build.sh",
                   "packaging/linux/annotator.desktop", "packaging/render_icons.py", "tests/test_packaging.py"):
        assert needed in names, needed
    missing = [f for f in _resource_files() if f"resources/{f}" not in names]
    assert not missing, f"resources missing from the sdist: {missing}"


def _fresh_venv(root: Path, wheel: Path) -> Path:
    """A new virtual environment holding the wheel; its dependencies come from this test
    environment's site-packages through a .pth file, so nothing is downloaded. Only
    directories listed in a .pth are added, their own .pth files are not read: this
    checkout's editable install stays out."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True, timeout=120)
    python = root / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "-q", str(wheel)], check=True, timeout=300)
    return root


def _run(command: list[str], env: dict, cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    assert result.returncode == 0, f"{command}: {result.stdout[-2000:]}{result.stderr[-2000:]}"
    return result


def test_installed_wheel_imports_and_exports_the_sample(dists, tmp_path):
    if sys.platform == "win32":
        pytest.skip("the fresh-venv check is written for POSIX paths (bin/)")
    venv = _fresh_venv(tmp_path / "venv", dists["wheel"])
    env = {**os.environ, "ANNOTATOR_HOME": str(tmp_path / "home"), "ANNOTATOR_REVIEWER": "tester"}
    env.pop("PYTHONPATH", None)
    annotator = str(venv / "bin" / "annotator")
    work = tmp_path / "work"  # not the checkout: its annotator/ must not be importable from the cwd
    work.mkdir()

    assert _run([annotator, "--version"], env, work).stdout.strip() == f"annotator {__version__}"
    where = _run([str(venv / "bin" / "python"), "-c",
                  "import annotator, annotator.core.resources as r; print(annotator.__file__); print(r.resources_dir())"],
                 env, work).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), f"not the installed copy: {where}"

    project, out = tmp_path / "p.sqlite", tmp_path / "out.jsonl"
    sample = _run([annotator, "sample", "--project", str(project)], env, work).stdout
    added = int(sample.split("sample corpus: ")[1].split()[0])
    assert added > 0
    exported = _run([annotator, "export", str(out), "--project", str(project)], env, work).stdout
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == added, exported
    assert sum(len(r["entities"]) for r in records) > 0, "pre-extraction found no entity in the sample"


@pytest.mark.slow
def test_wheel_installs_with_its_dependencies_from_the_index(dists, tmp_path):
    """What a user's `pip install annotator-….whl` does: dependencies resolved by pip (from
    its cache or the package index), in a venv that sees nothing of this environment."""
    if sys.platform == "win32":
        pytest.skip("the fresh-venv check is written for POSIX paths (bin/)")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(dists["wheel"])],
                   check=True, timeout=1800)
    env = {**os.environ, "ANNOTATOR_HOME": str(tmp_path / "home"), "ANNOTATOR_REVIEWER": "tester"}
    env.pop("PYTHONPATH", None)
    work = tmp_path / "work"
    work.mkdir()
    project = tmp_path / "p.sqlite"
    assert "sample corpus:" in _run([str(venv / "bin" / "annotator"), "sample", "--project", str(project)], env, work).stdout
    selftest = _run([str(venv / "bin" / "annotator"), "selftest", str(tmp_path / "selftest")],
                    {**env, "QT_QPA_PLATFORM": "offscreen"}, work)
    assert "selftest passed" in selftest.stdout


def _load_packaging_module(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", REPO / "packaging" / "pyinstaller" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("jieba/dict.txt", True),
    ("jieba/posseg/prob_emit.p", True),
    ("annotator/resources/gazetteer/divisions.tsv", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("jieba/analyse/idf.txt", False),
])
def test_bundle_trim_keeps_what_the_app_loads(dest, kept):
    trim = _load_packaging_module("trim")
    assert (trim.drop_reason(dest) is None) == kept


def test_bundle_stand_in_for_pkg_resources_opens_jieba_and_cn2an_data():
    """The bundle replaces pkg_resources with rthook_resource_stream.py: it must open the
    files jieba and cn2an ask for, as the real one does (checked in a clean interpreter)."""
    hook = REPO / "packaging" / "pyinstaller" / "rthook_resource_stream.py"
    script = (
        "import runpy, sys\n"
        f"runpy.run_path({str(hook)!r})\n"
        "import pkg_resources, jieba, cn2an, pathlib\n"
        "assert not hasattr(pkg_resources, 'working_set'), 'the real pkg_resources was loaded'\n"
        "data = pkg_resources.resource_stream('jieba._compat', 'dict.txt').read()\n"
        "assert data == (pathlib.Path(jieba.__file__).parent / 'dict.txt').read_bytes()\n"
        "print(cn2an.cn2an('一百二十三', 'strict'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "123"
