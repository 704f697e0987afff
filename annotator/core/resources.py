"""Where the bundled resources live: `annotator/resources` in an installed wheel or a
PyInstaller bundle, the repository's top-level `resources/` in a source checkout."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    candidates = [package / "resources", package.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "annotator" / "resources")
    for candidate in candidates:
        if (candidate / "gazetteer").is_dir():
            return candidate
    raise FileNotFoundError("annotator's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
