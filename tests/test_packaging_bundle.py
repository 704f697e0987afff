"""The PyInstaller bundle, built by packaging/build.sh and run headless through
`annotator selftest` (opens a project in the real window, imports a sample page, exports it).
Minutes of work: deselected by default, run with
    python -m pytest -m pyinstaller tests/test_packaging_bundle.py
ANNOTATOR_BUNDLE=dist/annotator reuses a bundle built before instead of building one."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import __version__

pytestmark = [pytest.mark.pyinstaller,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh builds the Linux bundle")]

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("ANNOTATOR_BUNDLE")
    if given:
        return Path(given).resolve()
    dist = tmp_path_factory.mktemp("bundle-dist")
    env = {**os.environ, "DIST_DIR": str(dist), "WORK_DIR": str(tmp_path_factory.mktemp("bundle-work"))}
    result = subprocess.run(["bash", str(REPO / "packaging" / "build.sh")], capture_output=True, text=True,
                            env=env, timeout=1800)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return dist / "annotator"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "ANNOTATOR_"))}
    # TMPDIR: jieba caches its parsed dictionary in the temp folder, which would hide a lost dict.txt
    (tmp_path / "tmp").mkdir(exist_ok=True)
    env.update(ANNOTATOR_HOME=str(tmp_path / "home"), ANNOTATOR_REVIEWER="tester", TMPDIR=str(tmp_path / "tmp"),
               **extra)
    return env


def _selftest(executable: Path, out: Path, env: dict, prefix: list[str] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, str(executable), "selftest", str(out)], capture_output=True, text=True,
                          env=env, timeout=600)


def test_bundle_runs_the_selftest_offscreen(bundle, tmp_path):
    result = _selftest(bundle / "annotator", tmp_path / "out", _env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest passed" in result.stdout
    assert "FAIL" not in result.stdout


def test_bundle_opens_its_window_on_x11(bundle, tmp_path):
    """The xcb plugin and the X11 libraries the bundle carries, under a virtual X server."""
    xvfb_run = shutil.which("xvfb-run")
    if not xvfb_run:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    result = _selftest(bundle / "annotator", tmp_path / "out", _env(tmp_path), prefix=[xvfb_run, "-a"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(platform xcb)" in result.stdout


def test_bundle_command_line_imports_and_exports(bundle, tmp_path):
    env = _env(tmp_path)
    run = lambda *args: subprocess.run([str(bundle / "annotator"), *args], capture_output=True, text=True,  # noqa: E731
                                       env=env, timeout=300, check=True).stdout
    assert run("--version").strip() == f"annotator {__version__}"
    project, out = tmp_path / "p.sqlite", tmp_path / "out.jsonl"
    added = int(run("sample", "--project", str(project)).split("sample corpus: ")[1].split()[0])
    run("export", str(out), "--project", str(project))
    assert len([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]) == added > 0


@pytest.mark.parametrize("lost, complaint", [
    ("_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so", "platform plugin is missing"),
    ("_internal/jieba/dict.txt", "FAIL"),
    ("_internal/annotator/resources/translations/annotator_zh_CN.qm", "FAIL  the Chinese interface translation"),
])
def test_selftest_fails_when_a_file_is_missing(bundle, tmp_path, lost, complaint):
    """The smoke test is only worth something if a broken bundle fails it: a hard-linked
    copy of the bundle without one file."""
    broken = tmp_path / "broken"
    subprocess.run(["cp", "-al", str(bundle), str(broken)], check=True)
    (broken / lost).unlink()
    result = _selftest(broken / "annotator", tmp_path / "out", _env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode != 0
    assert complaint in result.stdout + result.stderr


def test_bundle_installs_into_a_users_menu(bundle, tmp_path):
    validate = shutil.which("desktop-file-validate")
    env = {**_env(tmp_path), "HOME": str(tmp_path / "user"), "XDG_DATA_HOME": str(tmp_path / "user" / "share")}
    subprocess.run(["sh", str(bundle / "install.sh")], check=True, env=env, capture_output=True, timeout=120)
    entry = tmp_path / "user" / "share" / "applications" / "annotator.desktop"
    installed = tmp_path / "user" / ".local" / "lib" / "annotator" / "annotator"
    assert f"Exec={installed} %f" in entry.read_text(encoding="utf-8")
    if validate:
        subprocess.run([validate, str(entry)], check=True)
    version = subprocess.run([str(tmp_path / "user" / ".local" / "bin" / "annotator"), "--version"],
                             capture_output=True, text=True, env=env, check=True).stdout
    assert version.strip() == f"annotator {__version__}"
