"""The pre-flight check: when Qt's platform plugin cannot load, the user is told which
package to install (Debian/Ubuntu, Fedora, Arch) instead of seeing Qt abort."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import platform_check as pc

REPO = Path(__file__).resolve().parent.parent

# What `ldd libqxcb.so` prints on a desktop without the xcb utility libraries.
LDD_WITHOUT_XCB_UTILS = """\
\tlinux-vdso.so.1 (0x00007ffd0b1f5000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f6c1c000000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms1.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f6c1b9d0000)
"""


def test_ldd_output_gives_each_missing_library_once():
    assert pc.parse_ldd(LDD_WITHOUT_XCB_UTILS) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms1.so.1"]


def test_advice_names_the_package_for_each_distribution():
    advice = pc.install_advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in advice
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" in advice
    assert "sudo pacman -S xcb-util-cursor xcb-util-wm xcb-util-keysyms" in advice


def test_advice_merges_libraries_of_one_package():
    advice = pc.install_advice(["libxcb-randr.so.0", "libxcb-shm.so.0"])
    assert "sudo dnf install libxcb\n" in advice + "\n"
    assert "sudo apt install libxcb-randr0 libxcb-shm0" in advice


def test_unknown_and_shipped_libraries_are_told_apart():
    advice = pc.install_advice(["libfoo-bar.so.3", "libQt6Gui.so.6"])
    assert "apt-file search" in advice and "libfoo-bar.so.3" in advice
    assert "reinstall annotator" in advice and "libQt6Gui.so.6" in advice
    assert "sudo apt install" not in advice


def test_every_table_entry_is_a_soname_with_three_package_names():
    for soname, packages in pc.LIBRARY_PACKAGES.items():
        assert soname.startswith("lib") and ".so." in soname
        assert all(name and " " not in name for name in packages)


def test_docs_list_every_package_the_check_can_name():
    install_md = (REPO / "docs" / "install.md").read_text(encoding="utf-8")
    for packages in pc.LIBRARY_PACKAGES.values():
        for name in packages:
            assert name in install_md, f"docs/install.md does not mention {name}"


@pytest.mark.parametrize("env, expected", [
    ({}, ["xcb"]),
    ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
    ({"XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "xcb"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"}, ["offscreen"]),
])
def test_platforms_follow_qts_choice(env, expected):
    assert pc.platforms_qt_will_try(env) == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux desktops")
def test_no_display_is_explained():
    message = pc.gui_problem({"PATH": os.environ.get("PATH", "")})
    assert message and "DISPLAY is not set" in message and "QT_QPA_PLATFORM=offscreen" in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux desktops")
def test_offscreen_platform_passes_here():
    assert pc.gui_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_import_error_of_a_qt_library_gets_the_same_advice():
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    message = pc.explain_import_error(error)
    assert "libEGL.so.1" in message and "sudo apt install libegl1" in message and "libglvnd" in message


FAKE_LIBRARY = "libannotator-test-missing.so.0"


@pytest.fixture
def fake_pyside(tmp_path) -> Path:
    """A PySide6 stand-in whose xcb plugin links a library that does not exist: the real
    loader (ldd) must find it missing. Importing this PySide6 would fail loudly."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    if not gcc or not sys.platform.startswith("linux"):
        pytest.skip("needs a C compiler on Linux to make a plugin with a missing dependency")
    stub_dir, source = tmp_path / "stub", tmp_path / "empty.c"
    stub_dir.mkdir()
    source.write_text("int annotator_test_symbol(void) { return 0; }\n")
    subprocess.run([gcc, "-shared", "-fPIC", f"-Wl,-soname,{FAKE_LIBRARY}", "-o", str(stub_dir / FAKE_LIBRARY),
                    str(source)], check=True)
    root = tmp_path / "site"
    platforms = root / "PySide6" / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (root / "PySide6" / "__init__.py").write_text("raise SystemExit('the fake PySide6 was imported')\n")
    subprocess.run([gcc, "-shared", "-fPIC", "-Wl,--no-as-needed", "-o", str(platforms / "libqxcb.so"), str(source),
                    f"-L{stub_dir}", f"-l:{FAKE_LIBRARY}"], check=True)
    shutil.rmtree(stub_dir)  # now nothing provides it
    return root


def test_plugin_with_a_missing_library_is_found_by_the_loader(fake_pyside):
    plugin = fake_pyside / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    assert pc.missing_libraries(plugin) == [FAKE_LIBRARY]


def _display_without_server() -> str:
    """An X display no server listens on (a real one would show the message in a dialog and wait)."""
    return next(f":{n}" for n in range(97, 200) if not os.path.exists(f"/tmp/.X11-unix/X{n}"))


def test_app_says_what_to_install_instead_of_starting_qt(fake_pyside, tmp_path):
    """`annotator` with no argument on an X11 desktop whose xcb plugin lacks a library:
    exit 1 with the install lines, and Qt is never imported."""
    script = (
        "import annotator.platform_check as pc\n"
        f"pc.LIBRARY_PACKAGES[{FAKE_LIBRARY!r}] = pc.Packages('deb-fake0', 'fedora-fake', 'arch-fake')\n"
        "from annotator.cli import main\n"
        "raise SystemExit(main([]))\n"
    )
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "ANNOTATOR_SKIP_PLATFORM_CHECK")}
    env.update(DISPLAY=_display_without_server(), PYTHONPATH=f"{fake_pyside}{os.pathsep}{REPO}", ANNOTATOR_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1, result.stdout + result.stderr
    assert FAKE_LIBRARY in result.stderr
    assert "sudo apt install deb-fake0" in result.stderr
    assert "sudo dnf install fedora-fake" in result.stderr and "sudo pacman -S arch-fake" in result.stderr
    assert "fake PySide6 was imported" not in result.stderr
