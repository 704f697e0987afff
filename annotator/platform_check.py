"""Before Qt starts: can its platform plugin load on this machine?

Qt's xcb plugin (X11) links about twenty system libraries that a fresh desktop may lack
(libxcb-cursor0 since Qt 6.5). When one is missing, Qt prints a plugin error and aborts
the process, which tells a newsroom user nothing. This check runs first, without importing
Qt: it asks `ldd` which libraries of the plugin are not found (or, without ldd, tries to
load the known ones with ctypes) and names the package to install on Debian/Ubuntu, Fedora
and Arch. Package names come from each distribution's package file lists
(packages.debian.org, packages.fedoraproject.org, archlinux.org/packages).
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple


class Packages(NamedTuple):
    debian: str
    fedora: str
    arch: str


DISTRIBUTIONS = (("Debian/Ubuntu", "sudo apt install"), ("Fedora", "sudo dnf install"), ("Arch", "sudo pacman -S"))


def _xcb(debian: str) -> Packages:
    """The core libxcb extensions: one package each on Debian, all in libxcb elsewhere."""
    return Packages(debian, "libxcb", "libxcb")


LIBRARY_PACKAGES: dict[str, Packages] = {
    "libxcb-cursor.so.0": Packages("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": Packages("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-image.so.0": Packages("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-keysyms.so.1": Packages("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": Packages("libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    "libxcb-util.so.1": Packages("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb.so.1": _xcb("libxcb1"),
    "libxcb-glx.so.0": _xcb("libxcb-glx0"),
    "libxcb-randr.so.0": _xcb("libxcb-randr0"),
    "libxcb-render.so.0": _xcb("libxcb-render0"),
    "libxcb-shape.so.0": _xcb("libxcb-shape0"),
    "libxcb-shm.so.0": _xcb("libxcb-shm0"),
    "libxcb-sync.so.1": _xcb("libxcb-sync1"),
    "libxcb-xfixes.so.0": _xcb("libxcb-xfixes0"),
    "libxcb-xinerama.so.0": _xcb("libxcb-xinerama0"),
    "libxcb-xinput.so.0": _xcb("libxcb-xinput0"),
    "libxcb-xkb.so.1": _xcb("libxcb-xkb1"),
    "libxkbcommon-x11.so.0": Packages("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libxkbcommon.so.0": Packages("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libX11-xcb.so.1": Packages("libx11-xcb1", "libX11-xcb", "libx11"),
    "libX11.so.6": Packages("libx11-6", "libX11", "libx11"),
    "libXau.so.6": Packages("libxau6", "libXau", "libxau"),
    "libXdmcp.so.6": Packages("libxdmcp6", "libXdmcp", "libxdmcp"),
    "libEGL.so.1": Packages("libegl1", "libglvnd-egl", "libglvnd"),
    "libGL.so.1": Packages("libgl1", "libglvnd-glx", "libglvnd"),
    "libGLX.so.0": Packages("libglx0", "libglvnd-glx", "libglvnd"),
    "libGLdispatch.so.0": Packages("libglvnd0", "libglvnd", "libglvnd"),
    "libOpenGL.so.0": Packages("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libfontconfig.so.1": Packages("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": Packages("libfreetype6", "freetype", "freetype2"),
    "libpng16.so.16": Packages("libpng16-16", "libpng", "libpng"),
    "libdbus-1.so.3": Packages("libdbus-1-3", "dbus-libs", "dbus"),
    "libglib-2.0.so.0": Packages("libglib2.0-0", "glib2", "glib2"),
    "libgthread-2.0.so.0": Packages("libglib2.0-0", "glib2", "glib2"),
    "libwayland-client.so.0": Packages("libwayland-client0", "libwayland-client", "wayland"),
    "libwayland-cursor.so.0": Packages("libwayland-cursor0", "libwayland-cursor", "wayland"),
    "libwayland-egl.so.1": Packages("libwayland-egl1", "libwayland-egl", "wayland"),
}

# Qt's own libraries travel with PySide6 or the bundle: if one is missing, the installation is broken.
_SHIPPED = re.compile(r"^lib(Qt6|pyside6|shiboken6|icu)", re.IGNORECASE)
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_PLUGIN_DISPLAY = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}
KNOWN_PLATFORMS = ("xcb", "wayland", "offscreen", "minimal")


def platforms_qt_will_try(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt tries in order (its rule: QT_QPA_PLATFORM, else the session type)."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [entry.split(":")[0] for entry in chosen.split(";") if entry]
    if env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_file(platform: str) -> Path | None:
    """Where the platform plugin's shared library should be (found without importing Qt);
    None when PySide6 itself cannot be found (then its import error speaks)."""
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "PySide6")
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec and spec.submodule_search_locations:
        roots.extend(Path(location) for location in spec.submodule_search_locations)
    candidates = [root / "Qt" / "plugins" / "platforms" / f"libq{platform}.so" for root in roots if root.is_dir()]
    return next((c for c in candidates if c.is_file()), candidates[0] if candidates else None)


def parse_ldd(output: str) -> list[str]:
    """The libraries `ldd` reports as `not found`, each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def missing_libraries(library: Path) -> list[str]:
    """What the dynamic loader cannot find for `library` (and what it needs in turn)."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            result = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=20)
            return parse_ldd(result.stdout)
        except (OSError, subprocess.SubprocessError):
            pass
    return [name for name in LIBRARY_PACKAGES if not _loads(name)]


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def install_advice(missing: list[str]) -> str:
    """Which package provides each missing library, one install line per distribution."""
    known = [name for name in missing if name in LIBRARY_PACKAGES]
    shipped = [name for name in missing if _SHIPPED.match(name)]
    unknown = [name for name in missing if name not in known and name not in shipped]
    lines = []
    if known:
        for index, (distribution, command) in enumerate(DISTRIBUTIONS):
            packages = dict.fromkeys(LIBRARY_PACKAGES[name][index] for name in known)
            lines.append(f"  {distribution + ':':<15}{command} {' '.join(packages)}")
    if unknown:
        lines.append("  Not in annotator's list (find the package with `apt-file search NAME`, "
                     "`dnf provides '*/NAME'` or `pacman -F NAME`): " + ", ".join(unknown))
    if shipped:
        lines.append("  Part of annotator's own installation, which is incomplete: reinstall annotator ("
                     + ", ".join(shipped) + ")")
    return "\n".join(lines)


class Obstacle(NamedTuple):
    """Why one platform plugin Qt would try cannot work."""
    platform: str
    no_display: str = ""  # the unset variable
    lost_plugin: Path | None = None  # shipped with PySide6 but absent
    missing: tuple[str, ...] = ()  # system libraries the loader cannot find


def gui_problem(env: Mapping[str, str] | None = None) -> str | None:
    """Why the desktop app cannot start here, with what to install; None when it can (or
    when this platform is not one we can check: then Qt speaks for itself)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or env.get("ANNOTATOR_SKIP_PLATFORM_CHECK"):
        return None
    obstacles = []
    for platform in platforms_qt_will_try(env):
        obstacle = _obstacle(platform, env)
        if obstacle is None:
            return None
        obstacles.append(obstacle)
    return describe(obstacles) if obstacles else None


def _obstacle(platform: str, env: Mapping[str, str]) -> Obstacle | None:
    display = _PLUGIN_DISPLAY.get(platform)
    if display and not env.get(display):
        return Obstacle(platform, no_display=display)
    plugin = plugin_file(platform)
    if plugin is None:
        return None
    if not plugin.is_file():
        # one of Qt's own plugins lost from the installation; any other name is the user's
        # business, and Qt reports on it
        return Obstacle(platform, lost_plugin=plugin) if platform in KNOWN_PLATFORMS else None
    missing = missing_libraries(plugin)
    return Obstacle(platform, missing=tuple(missing)) if missing else None


def describe(obstacles: list[Obstacle]) -> str:
    lines = ["annotator: the desktop app cannot start here."]
    for obstacle in obstacles:
        if obstacle.missing:
            lines.append(f"Qt's {obstacle.platform} platform plugin needs system libraries that are not "
                         "installed: " + ", ".join(obstacle.missing))
            lines.append("Install them, then start annotator again:")
            lines.append(install_advice(list(obstacle.missing)))
        elif obstacle.lost_plugin:
            lines.append(f"Qt's {obstacle.platform} platform plugin is missing from this installation "
                         f"({obstacle.lost_plugin}): reinstall annotator.")
        else:
            lines.append(f"Qt's {obstacle.platform} platform: {obstacle.no_display} is not set "
                         "(no display to connect to).")
    if all(obstacle.no_display for obstacle in obstacles):
        lines.append("Start annotator from a desktop session; for a headless check use QT_QPA_PLATFORM=offscreen.")
    lines.append("The command-line subcommands (annotator import, export, stats, ...) work without a display. "
                 "Set ANNOTATOR_SKIP_PLATFORM_CHECK=1 to let Qt try anyway.")
    return "\n".join(lines)


def explain_import_error(error: ImportError) -> str:
    """Qt's modules fail to import when one of their own libraries is missing (libEGL, libGL,
    fontconfig...): the same advice as for the plugin."""
    match = re.search(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file", str(error))
    message = f"annotator: the desktop app cannot start: {error}"
    if match:
        message += "\nInstall the missing library:\n" + install_advice([match.group(1)])
    return message


def show_without_qt(message: str) -> None:
    """Started from the desktop menu, nobody reads stderr: try the desktop's own message box."""
    if sys.stderr is not None and sys.stderr.isatty():
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return
    for tool, args in (("zenity", ["--error", "--no-markup", "--text"]), ("kdialog", ["--error"]),
                       ("xmessage", ["-center"])):
        path = shutil.which(tool)
        if path:
            try:
                subprocess.run([path, *args, message], timeout=600, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return
