"""Linux desktop integration: the menu entry, the AppStream file and the icons, checked with
the distributions' own validators where installed (apt-get install desktop-file-utils
appstream) and by reading them otherwise."""
from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator import __version__

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / "annotator.desktop"
METAINFO = LINUX / "io.github.annotator.metainfo.xml"
ICONS = REPO / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (Debian/Ubuntu: apt-get install {package})")
    return path


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run([_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run([_tool("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_installed_command_with_our_icon():
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "annotator"
    assert entry["Icon"] == "annotator"
    assert (ICONS / "hicolor" / "48x48" / "apps" / f"{entry['Icon']}.png").is_file()
    # Wayland matches a window to its entry by the name Qt is given in create_app
    app_source = (REPO / "annotator" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{DESKTOP.stem}")' in app_source


def test_metainfo_names_the_desktop_entry_and_the_current_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == _desktop_entry()["Exec"].split()[0]
    releases = [release.get("version") for release in root.iter("release")]
    assert __version__ in releases, f"add a <release version=\"{__version__}\"> to {METAINFO.name}"


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", SIZES)
def test_icon_rendered_at_each_hicolor_size(size):
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "annotator.png"
    assert png.is_file(), "run: python packaging/render_icons.py"
    assert _png_size(png) == (size, size)


def test_rendered_icons_are_newer_than_their_svg_source():
    """A changed SVG needs `python packaging/render_icons.py` (mtimes from a fresh clone are
    equal, which passes)."""
    if os.environ.get("CI"):
        pytest.skip("a fresh clone's file times say nothing about render order")
    svg_time = (ICONS / "annotator.svg").stat().st_mtime
    stale = [s for s in SIZES if (ICONS / "hicolor" / f"{s}x{s}" / "apps" / "annotator.png").stat().st_mtime + 1 < svg_time]
    assert not stale, f"icons older than annotator.svg at sizes {stale}: run python packaging/render_icons.py"


def test_install_script_puts_the_app_in_a_users_menu(tmp_path):
    """packaging/linux/install.sh from a checkout, for an `annotator` on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "annotator"
    fake.write_text("#!/bin/sh\necho annotator\n")
    fake.chmod(0o755)
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "share"),
           "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(["sh", str(LINUX / "install.sh")], check=True, env=env, capture_output=True, timeout=60)
    installed = tmp_path / "share" / "applications" / "annotator.desktop"
    assert f"Exec={fake} %f" in installed.read_text(encoding="utf-8")
    assert (tmp_path / "share" / "icons" / "hicolor" / "512x512" / "apps" / "annotator.png").is_file()
    assert (tmp_path / "share" / "metainfo" / METAINFO.name).is_file()
    subprocess.run(["sh", str(LINUX / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True)
    assert not installed.exists()


def test_about_names_version_files_licences_and_leads_to_the_cheat_sheet(qtbot, tmp_path):
    from annotator.paths import data_dir
    from annotator.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(str(tmp_path / "project.sqlite"))
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    for expected in (__version__, str(tmp_path / "project.sqlite"), str(data_dir()), "WTFPL", "jieba"):
        assert expected in text
    assert dialog.shortcuts_button.text() == "Keyboard shortcuts"
    sheet = dialog.shortcuts_dialog()
    qtbot.addWidget(sheet)
    keys = {sheet.table.item(row, 0).text() for row in range(sheet.table.rowCount())}
    assert "F1" in ", ".join(keys)
