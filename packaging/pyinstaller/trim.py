"""What the bundle leaves out, as data the spec applies to PyInstaller's collected files.

PySide6's hooks collect every plugin family QtGui might load and Qt's translations for
every language; the app uses QtCore/QtGui/QtWidgets only, draws PNG icons (built into
QtGui), and speaks English or Chinese. Each rule says why a file is not needed.
`ANNOTATOR_BUNDLE_FULL=1 packaging/build.sh` builds without these rules, to measure them.
"""
from __future__ import annotations

import posixpath
import re

# Python modules nothing in the app imports at run time (PyInstaller follows optional imports).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3", "test", "unittest.test",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL", "PySide6.QtSvg",
    "PySide6.QtDBus", "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtXml", "PySide6.QtTest",
    "PySide6.QtConcurrent",
    "jieba.analyse",  # keyword extraction; the app only segments and tags
    "jieba.lac_small",  # paddle mode, never enabled
    "numpy", "paddle", "IPython", "sqlite_utils.cli",
    "readline",  # line editing for interactive prompts (pulls libreadline, libtinfo)
    # replaced by rthook_resource_stream.py: jieba and cn2an only need resource_stream
    "pkg_resources", "setuptools", "_distutils_hack", "distutils",
]

# (pattern on the destination path inside the bundle, why it can go)
DROPPED_FILES = [
    (r"PySide6/Qt/plugins/platforms/libq(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay)\.so",
     "platforms for kiosks and framebuffers; desktops use xcb or wayland, tests offscreen"),
    (r"PySide6/Qt/plugins/(egldeviceintegrations|generic)/", "input and EGL devices for eglfs only"),
    (r"PySide6/Qt/plugins/xcbglintegrations/", "OpenGL on X11: the widgets paint with the raster engine"),
    (r"PySide6/Qt/plugins/wayland-graphics-integration-(client|server)/",
     "OpenGL buffers on Wayland: raster windows use shared memory"),
    (r"PySide6/Qt/plugins/imageformats/", "the app's only images are PNG, which QtGui reads itself"),
    (r"PySide6/Qt/plugins/iconengines/", "SVG theme icons: the app uses no themed icons"),
    (r"PySide6/Qt/plugins/platformthemes/libqgtk3\.so",
     "the GTK theme drags GTK 3 in; the portal theme gives native file dialogs"),
    (r"PySide6/Qt/plugins/(tls|networkinformation|sqldrivers|printsupport|qmltooling|designer)/",
     "network, SQL drivers, printing, QML: not used"),
    (r"PySide6/Qt/translations/(?!(qtbase_zh_CN|qt_zh_CN)\.qm$)", "Qt's own strings in languages the app does not offer"),
    (r"^jieba/(analyse|lac_small)/", "jieba data for keyword extraction and paddle mode"),
]

_COMPILED = [(re.compile(pattern), why) for pattern, why in DROPPED_FILES]


def drop_reason(dest: str) -> str | None:
    """Why the file that lands at `dest` in the bundle is left out, or None to keep it."""
    path = dest.replace("\\", "/")
    for pattern, why in _COMPILED:
        if pattern.search(path):
            return why
    return None


UNNEEDED_LIBRARIES = "libraries only the left-out plugins needed (GTK, cairo, pango, Qt Network/OpenGL/Svg...)"


def trimmed(entries, report: dict[str, int] | None = None):
    """PyInstaller TOC entries (dest, source, kind) without the dropped ones; `report`
    gathers the bytes left out per reason."""
    import os

    kept = []
    for entry in entries:
        why = drop_reason(entry[0])
        if why is None:
            kept.append(entry)
        elif report is not None:
            size = os.path.getsize(entry[1]) if entry[1] and os.path.isfile(entry[1]) else 0
            report[why] = report.get(why, 0) + size
    return kept


def _is_root(dest: str, kind: str) -> bool:
    """Loaded by name at run time (the bootloader, Python's import, Qt's plugin loader), so
    kept on its own account; every other library is kept only if a root needs it."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return (kind == "EXTENSION" or "/plugins/" in dest.replace("\\", "/") or ".abi3.so" in name
            or ".cpython-" in name or name.startswith("libpython"))


def without_unneeded_libraries(binaries, datas, report: dict[str, int] | None = None):
    """Drop the shared libraries that no kept extension module or plugin links any more
    (PyInstaller collected them for the plugins `trimmed` removed), and the symlinks to them.
    Linux: reads the dependencies with ldd through PyInstaller's bindepend."""
    import os

    from PyInstaller.depend import bindepend

    needed: set[str] = set()
    for dest, source, kind in binaries:
        if kind != "SYMLINK" and _is_root(dest, kind):
            needed.update(os.path.basename(name) for name, _ in bindepend.get_imports(source))

    def keep(entry) -> bool:
        dest, source, kind = entry
        if kind == "SYMLINK" or _is_root(dest, kind) or not _is_shared_library(dest):
            return True
        return os.path.basename(dest) in needed

    kept_binaries = []
    for entry in binaries:
        if keep(entry):
            kept_binaries.append(entry)
        elif report is not None:
            report[UNNEEDED_LIBRARIES] = report.get(UNNEEDED_LIBRARIES, 0) + os.path.getsize(entry[1])
    present = {entry[0].replace("\\", "/") for entry in kept_binaries} | {entry[0].replace("\\", "/") for entry in datas}

    def symlink_ok(entry) -> bool:
        if entry[2] != "SYMLINK":
            return True
        dest, target = entry[0].replace("\\", "/"), entry[1].replace("\\", "/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest), target)) in present

    return [e for e in kept_binaries if symlink_ok(e)], [e for e in datas if symlink_ok(e)]


def _is_shared_library(dest: str) -> bool:
    return re.search(r"\.so(\.[0-9.]+)?$", dest) is not None
