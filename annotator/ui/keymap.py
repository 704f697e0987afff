"""Every action of the app, in one table: id, text, default keys, scope, auto-repeat, when it
is enabled, menu. The QActions, the menus, the F1 cheat sheet and user key overrides are all
built from it; a test fails on a duplicate key within a scope or an action with no handler.

Scopes: "global" keys use a modifier or a function key and work everywhere; "review" keys
are single letters, digits and navigation keys for the review loop. Qt does not fire them
while a text field has focus (the field takes the key), so typing in the search box or a
metric cell never accepts an article.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    keys: tuple[str, ...] = ()
    scope: str = "global"
    repeat: bool = True
    enabled_when: str = "always"  # always | article | span | selection_or_span | undo | redo | last_edit
    menu: str = ""
    arg: str = ""  # fills {n} in the translated text

    def display_text(self, translate) -> str:
        return translate("keymap", self.text).replace("{n}", self.arg)


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("keymap", text)


_LABEL_KEYS = tuple(
    ActionSpec(f"span.label_{n}", _t("Label selection, or relabel the focused span, with label {n}"),
               (str(n),), "review", False, "selection_or_span", "Span", str(n))
    for n in range(1, 10)
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", _t("New project…"), ("Ctrl+N",), menu="File"),
    ActionSpec("file.open", _t("Open project…"), ("Ctrl+O",), menu="File"),
    ActionSpec("file.import", _t("Import files…"), ("Ctrl+I",), menu="File"),
    ActionSpec("file.export", _t("Export…"), ("Ctrl+E",), menu="File"),
    ActionSpec("file.quit", _t("Quit"), ("Ctrl+Q",), menu="File"),
    ActionSpec("edit.undo", _t("Undo"), ("Ctrl+Z",), repeat=False, enabled_when="undo", menu="Edit"),
    ActionSpec("edit.redo", _t("Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), repeat=False, enabled_when="redo", menu="Edit"),
    ActionSpec("edit.search", _t("Search articles"), ("Ctrl+F",), menu="Edit"),
    ActionSpec("edit.labels", _t("Labels…"), ("Ctrl+L",), menu="Edit"),
    ActionSpec("edit.reviewer", _t("Reviewer name…"), menu="Edit"),
    ActionSpec("edit.language", _t("Language…"), menu="Edit"),
    ActionSpec("review.accept", _t("Accept and go to the next pending article"), ("A", "Ctrl+Return"),
               "review", False, "article", "Review"),
    ActionSpec("review.reject", _t("Reject and go to the next pending article"), ("X",), "review", False,
               "article", "Review"),
    ActionSpec("review.skip", _t("Skip and go to the next pending article"), ("Space",), "review", False,
               "article", "Review"),
    ActionSpec("review.next", _t("Next article"), ("J", "PgDown"), "review", False, "article", "Review"),
    ActionSpec("review.prev", _t("Previous article"), ("K", "PgUp"), "review", False, "article", "Review"),
    ActionSpec("review.goto", _t("Go to article number…"), ("G",), "review", False, "article", "Review"),
    ActionSpec("review.reextract", _t("Re-run pre-extraction on this article"), (), "review", False,
               "article", "Review"),
    *_LABEL_KEYS,
    ActionSpec("span.metric", _t("Mark selection as a metric"), ("M",), "review", False, "selection_or_span", "Span"),
    ActionSpec("span.next", _t("Focus next span"), ("Tab",), "review", True, "article", "Span"),
    ActionSpec("span.prev", _t("Focus previous span"), ("Shift+Tab",), "review", True, "article", "Span"),
    ActionSpec("span.delete", _t("Delete focused span"), ("Delete", "Backspace"), "review", False, "span", "Span"),
    ActionSpec("span.start_left", _t("Move span start left"), ("Alt+Left",), "review", True, "span", "Span"),
    ActionSpec("span.start_right", _t("Move span start right"), ("Alt+Right",), "review", True, "span", "Span"),
    ActionSpec("span.end_left", _t("Move span end left"), ("Alt+Shift+Left",), "review", True, "span", "Span"),
    ActionSpec("span.end_right", _t("Move span end right"), ("Alt+Shift+Right",), "review", True, "span", "Span"),
    ActionSpec("span.apply_all", _t("Repeat the last correction in all pending articles"), ("P",), "review",
               False, "last_edit", "Span"),
    ActionSpec("help.cheatsheet", _t("Keyboard shortcuts"), ("F1", "?"), menu="Help"),
    ActionSpec("help.about", _t("About annotator"), menu="Help"),
)

MENUS = (
    ("File", QT_TRANSLATE_NOOP("keymap", "&File")),
    ("Edit", QT_TRANSLATE_NOOP("keymap", "&Edit")),
    ("Review", QT_TRANSLATE_NOOP("keymap", "&Review")),
    ("Span", QT_TRANSLATE_NOOP("keymap", "&Span")),
    ("Help", QT_TRANSLATE_NOOP("keymap", "&Help")),
)

BY_ID = {spec.id: spec for spec in ACTIONS}


def keys_for(spec: ActionSpec, overrides: dict) -> tuple[str, ...]:
    """The user's keys for an action (overrides stored by action id), else the defaults."""
    if spec.id in overrides:
        value = overrides[spec.id]
        return tuple(value) if isinstance(value, (list, tuple)) else (value,)
    return spec.keys


def problems(overrides: dict | None = None, handlers: dict | None = None) -> list[str]:
    """Duplicate keys in a scope (global keys clash with every scope), unknown override ids,
    actions without a handler."""
    overrides = overrides or {}
    found = [f"unknown action id in key overrides: {key}" for key in overrides if key not in BY_ID]
    seen: dict[tuple[str, str], str] = {}
    for spec in ACTIONS:
        for key in keys_for(spec, overrides):
            scopes = ("global", "review") if spec.scope == "global" else (spec.scope, "global")
            for scope in scopes:
                other = seen.get((scope, key.lower()))
                if other and other != spec.id:
                    found.append(f"key {key} is bound to both {other} and {spec.id}")
            seen[(spec.scope, key.lower())] = spec.id
    if handlers is not None:
        found += [f"no handler for action {spec.id}" for spec in ACTIONS if spec.id not in handlers]
    return sorted(set(found))
