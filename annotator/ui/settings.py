"""Settings declared as data (labelme's SETTINGS): defaults here, only the user's changes
stored, in an INI file in the annotator data folder (so tests and portable installs are
isolated by ANNOTATOR_HOME). Window geometry and splitters are stored there too."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ..paths import data_dir


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    kind: type


SETTINGS = {
    s.key: s
    for s in (
        Setting("reviewer", "", str),
        Setting("language", "system", str),  # system | en | zh_CN
        Setting("last_project", "", str),
        Setting("recent_projects", [], list),
        Setting("last_article", 0, int),
        Setting("filter/statuses", [], list),
        Setting("filter/label", "", str),
        Setting("filter/query", "", str),
        Setting("filter/order", "", str),  # "" by number | certainty
        Setting("window/geometry", None, bytes),
        Setting("window/state", None, bytes),
        Setting("window/splitter", None, bytes),
        Setting("window/side_splitter", None, bytes),
        Setting("keys/overrides", {}, dict),  # action id -> list of key sequences
    )
}

MAX_RECENT = 8


class Settings:
    def __init__(self, path=None):
        self._qt = QSettings(str(path or data_dir() / "settings.ini"), QSettings.IniFormat)

    def get(self, key: str):
        setting = SETTINGS[key]
        value = self._qt.value(key, setting.default)
        if value is None:
            return setting.default
        if setting.kind is int:
            return int(value)
        if setting.kind is list:
            return list(value) if isinstance(value, (list, tuple)) else ([value] if value else [])
        if setting.kind is bytes:
            return bytes(value) if value else None
        return value

    def set(self, key: str, value, sync: bool = True) -> None:
        """Store a setting; `sync=False` for frequent ones (Qt writes them soon after)."""
        if key not in SETTINGS:
            raise KeyError(key)
        if value == SETTINGS[key].default:
            self._qt.remove(key)
        else:
            self._qt.setValue(key, value)
        if sync:
            self._qt.sync()

    def remember_project(self, path: str) -> None:
        recent = [p for p in self.get("recent_projects") if p != path]
        self.set("recent_projects", [path, *recent][:MAX_RECENT])
        self.set("last_project", path)
