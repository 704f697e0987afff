"""QActions built from the keymap table: one helper makes every action, menus are lists,
and `refresh(state)` evaluates every action's enabled_when at once."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .keymap import ACTIONS, MENUS, keys_for, problems, usable_overrides


class Actions:
    def __init__(self, window: QMainWindow, handlers: dict[str, Callable], overrides: dict):
        missing = problems({}, handlers)  # a programming error, not the user's
        if missing:
            raise ValueError("keymap problems: " + "; ".join(missing))
        # the user's overrides that clash or make no sense are dropped (`dropped` says why)
        overrides, self.dropped = usable_overrides(overrides)
        self.by_id: dict[str, QAction] = {}
        self.specs = {spec.id: spec for spec in ACTIONS}
        for spec in ACTIONS:
            action = QAction(spec.display_text(QCoreApplication.translate), window)
            action.setShortcutContext(Qt.WindowShortcut)
            action.setAutoRepeat(spec.repeat)
            action.triggered.connect(lambda checked=False, handler=handlers[spec.id]: handler())
            window.addAction(action)  # shortcuts work even for actions not in a menu
            self.by_id[spec.id] = action
        self.set_keys(overrides)

    def set_keys(self, overrides: dict) -> None:
        """Bind every action to its keys (the defaults, or the user's overrides)."""
        self.overrides = dict(overrides)
        for spec in ACTIONS:
            action = self.by_id[spec.id]
            keys = [QKeySequence(k) for k in keys_for(spec, overrides)]
            action.setShortcuts(keys)
            text = spec.display_text(QCoreApplication.translate)
            action.setToolTip(f"{text} ({keys[0].toString(QKeySequence.NativeText)})" if keys else text)

    def __getitem__(self, action_id: str) -> QAction:
        return self.by_id[action_id]

    def build_menus(self, window: QMainWindow) -> dict[str, QMenu]:
        menus = {}
        for key, title in MENUS:
            menu = window.menuBar().addMenu(QCoreApplication.translate("keymap", title))
            for spec in ACTIONS:
                if spec.menu == key:
                    menu.addAction(self.by_id[spec.id])
            menus[key] = menu
        return menus

    def refresh(self, state: dict[str, bool]) -> None:
        """`state` says which conditions hold now (article, span, undo, ...)."""
        for action_id, action in self.by_id.items():
            condition = self.specs[action_id].enabled_when
            action.setEnabled(condition == "always" or state.get(condition, False))

    def set_undo_texts(self, undo_name: str | None, redo_name: str | None) -> None:
        undo, redo = self.by_id["edit.undo"], self.by_id["edit.redo"]
        base_undo = QCoreApplication.translate("keymap", "Undo")
        base_redo = QCoreApplication.translate("keymap", "Redo")
        undo.setText(f"{base_undo} {QCoreApplication.translate('ops', undo_name)}" if undo_name else base_undo)
        redo.setText(f"{base_redo} {QCoreApplication.translate('ops', redo_name)}" if redo_name else base_redo)
