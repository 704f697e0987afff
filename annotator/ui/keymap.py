"""Every action of the app, in one table: id, text, default keys, scope, auto-repeat, when it
is enabled, menu. The QActions, the menus, the F1 cheat sheet and user key overrides are all
built from it; a test fails on a duplicate key within a scope or an action with no handler.

Default keys avoid what window managers take before the app sees it (openbox, GNOME, KDE,
Xfce: Alt+Shift+arrows send the window to another desktop, Ctrl+Alt+arrows switch desktops,
Super+anything, Alt+Tab, Alt+Space, Alt+F4).

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
    enabled_when: str = "always"  # always | article | span | selection_or_span | undo | redo | last_edit | versions | team
    menu: str = ""
    arg: str = ""  # fills {n} in the translated text

    def display_text(self, translate) -> str:
        return translate("keymap", self.text).replace("{n}", self.arg)


_LABEL_KEYS = tuple(
    ActionSpec(f"span.label_{n}", QT_TRANSLATE_NOOP("keymap", "Label selection, or relabel the focused span, with label {n}"),
               (str(n),), "review", False, "selection_or_span", "Span", str(n))
    for n in range(1, 10)
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", QT_TRANSLATE_NOOP("keymap", "New project…"), ("Ctrl+N",), menu="File"),
    ActionSpec("file.open", QT_TRANSLATE_NOOP("keymap", "Open project…"), ("Ctrl+O",), menu="File"),
    ActionSpec("file.import", QT_TRANSLATE_NOOP("keymap", "Import files…"), ("Ctrl+I",), menu="File"),
    ActionSpec("file.export", QT_TRANSLATE_NOOP("keymap", "Export…"), ("Ctrl+E",), menu="File"),
    ActionSpec("file.backups", QT_TRANSLATE_NOOP("keymap", "Backups…"), (), menu="File"),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("keymap", "Quit"), ("Ctrl+Q",), menu="File"),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("keymap", "Undo"), ("Ctrl+Z",), repeat=False, enabled_when="undo", menu="Edit"),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("keymap", "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), repeat=False, enabled_when="redo", menu="Edit"),
    ActionSpec("edit.search", QT_TRANSLATE_NOOP("keymap", "Search articles"), ("Ctrl+F",), menu="Edit"),
    ActionSpec("edit.labels", QT_TRANSLATE_NOOP("keymap", "Labels…"), ("Ctrl+L",), menu="Edit"),
    ActionSpec("edit.reviewer", QT_TRANSLATE_NOOP("keymap", "Reviewer name…"), menu="Edit"),
    ActionSpec("edit.language", QT_TRANSLATE_NOOP("keymap", "Language…"), menu="Edit"),
    ActionSpec("edit.keys", QT_TRANSLATE_NOOP("keymap", "Keyboard shortcuts…"), menu="Edit"),
    ActionSpec("review.accept", QT_TRANSLATE_NOOP("keymap", "Accept and go to the next pending article"), ("A", "Ctrl+Return"),
               "review", False, "article", "Review"),
    ActionSpec("review.reject", QT_TRANSLATE_NOOP("keymap", "Reject and go to the next pending article"), ("X",), "review", False,
               "article", "Review"),
    ActionSpec("review.skip", QT_TRANSLATE_NOOP("keymap", "Skip and go to the next pending article"), ("Space",), "review", False,
               "article", "Review"),
    ActionSpec("review.next", QT_TRANSLATE_NOOP("keymap", "Next article"), ("J", "PgDown"), "review", False, "article", "Review"),
    ActionSpec("review.prev", QT_TRANSLATE_NOOP("keymap", "Previous article"), ("K", "PgUp"), "review", False, "article", "Review"),
    ActionSpec("review.goto", QT_TRANSLATE_NOOP("keymap", "Go to article number…"), ("G",), "review", False, "article", "Review"),
    ActionSpec("review.reextract", QT_TRANSLATE_NOOP("keymap", "Re-run pre-extraction on this article"), (), "review", False,
               "article", "Review"),
    # fixing a page's split (issue 17); not Alt+Shift+arrows, which window managers take
    ActionSpec("review.merge_prev", QT_TRANSLATE_NOOP("keymap", "Merge this article into the previous one"),
               ("Ctrl+Shift+Up",), "review", False, "article", "Review"),
    ActionSpec("review.merge_next", QT_TRANSLATE_NOOP("keymap", "Merge the next article into this one"),
               ("Ctrl+Shift+Down",), "review", False, "article", "Review"),
    ActionSpec("review.split", QT_TRANSLATE_NOOP("keymap", "Split the article at the caret's line (the new part is titled by that line)"),
               ("Ctrl+Shift+Return",), "review", False, "article", "Review"),
    ActionSpec("review.title", QT_TRANSLATE_NOOP("keymap", "Edit title and subtitle in place"), ("Ctrl+T",), "global", False,
               "article", "Review"),
    *_LABEL_KEYS,
    ActionSpec("span.metric", QT_TRANSLATE_NOOP("keymap", "Mark selection as a metric"), ("M",), "review", False, "selection_or_span", "Span"),
    ActionSpec("span.walk_next", QT_TRANSLATE_NOOP("keymap", "Next proposed span (the proposal walk)"), ("N",), "review", True,
               "article", "Span"),
    ActionSpec("span.walk_prev", QT_TRANSLATE_NOOP("keymap", "Previous proposed span"), ("Shift+N",), "review", True, "article", "Span"),
    ActionSpec("span.keep", QT_TRANSLATE_NOOP("keymap", "Keep the proposed span and go to the next one"), ("Y",), "review", False,
               "article", "Span"),
    ActionSpec("span.find", QT_TRANSLATE_NOOP("keymap", "Find in this article (Enter selects the match for a label key)"), ("/",),
               "review", False, "article", "Span"),
    ActionSpec("span.find_next", QT_TRANSLATE_NOOP("keymap", "Select the next match of the find"), ("F3",), enabled_when="article",
               menu="Span"),
    ActionSpec("span.find_prev", QT_TRANSLATE_NOOP("keymap", "Select the previous match of the find"), ("Shift+F3",),
               enabled_when="article", menu="Span"),
    ActionSpec("span.next", QT_TRANSLATE_NOOP("keymap", "Focus next span"), ("Tab",), "review", True, "article", "Span"),
    ActionSpec("span.prev", QT_TRANSLATE_NOOP("keymap", "Focus previous span"), ("Shift+Tab",), "review", True, "article", "Span"),
    ActionSpec("span.delete", QT_TRANSLATE_NOOP("keymap", "Delete focused span"), ("Delete", "Backspace"), "review", False, "span", "Span"),  # a proposal: then the next one
    ActionSpec("span.start_left", QT_TRANSLATE_NOOP("keymap", "Move span start left"), ("Alt+Left",), "review", True, "span", "Span"),
    ActionSpec("span.start_right", QT_TRANSLATE_NOOP("keymap", "Move span start right"), ("Alt+Right",), "review", True, "span", "Span"),
    ActionSpec("span.end_left", QT_TRANSLATE_NOOP("keymap", "Move span end left"), ("Ctrl+Shift+Left",), "review", True, "span", "Span"),
    ActionSpec("span.end_right", QT_TRANSLATE_NOOP("keymap", "Move span end right"), ("Ctrl+Shift+Right",), "review", True, "span", "Span"),
    ActionSpec("span.apply_all", QT_TRANSLATE_NOOP("keymap", "Repeat the last correction in the rest of this article and in all pending articles"), ("P",), "review",
               False, "last_edit", "Span"),
    ActionSpec("curate.take", QT_TRANSLATE_NOOP("keymap", "Take the selected reviewer's version (or span) in a team file"), ("T",),
               "review", False, "versions", "Review"),
    ActionSpec("curate.next", QT_TRANSLATE_NOOP("keymap", "Next row of the reviewers' versions"), ("V",), "review", True,
               "versions", "Review"),
    ActionSpec("view.agreement", QT_TRANSLATE_NOOP("keymap", "Agreement between reviewers (team file)…"), (),
               enabled_when="team", menu="View"),
    ActionSpec("view.next_pane", QT_TRANSLATE_NOOP("keymap", "Next panel (article, entities, metrics)"), ("F6",), menu="View"),
    ActionSpec("view.prev_pane", QT_TRANSLATE_NOOP("keymap", "Previous panel"), ("Shift+F6",), menu="View"),
    ActionSpec("view.metrics", QT_TRANSLATE_NOOP("keymap", "Metrics panel: arrows move, F2 or Enter edits, Space toggles Approx., Esc returns"),
               ("Ctrl+M",), menu="View"),
    ActionSpec("view.least_certain", QT_TRANSLATE_NOOP("keymap", "Queue order: least certain first, or by number"),
               ("Ctrl+U",), menu="View"),
    ActionSpec("help.cheatsheet", QT_TRANSLATE_NOOP("keymap", "Keyboard shortcuts"), ("F1", "?"), menu="Help"),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("keymap", "About annotator"), menu="Help"),
)

MENUS = (
    ("File", QT_TRANSLATE_NOOP("keymap", "&File")),
    ("Edit", QT_TRANSLATE_NOOP("keymap", "&Edit")),
    ("Review", QT_TRANSLATE_NOOP("keymap", "&Review")),
    ("Span", QT_TRANSLATE_NOOP("keymap", "&Span")),
    ("View", QT_TRANSLATE_NOOP("keymap", "&View")),
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


def usable_overrides(overrides) -> tuple[dict, list[str]]:
    """The user's key overrides that can be used, and why each other one was dropped (an
    unknown action, a value that is not a list of keys, a key another action has): a
    clashing override never stops the app from starting."""
    kept: dict = {}
    dropped: list[str] = []
    for action_id, value in (overrides or {}).items() if isinstance(overrides, dict) else ():
        keys = [value] if isinstance(value, str) else value
        if action_id not in BY_ID:
            dropped.append(f"unknown action {action_id}")
        elif not isinstance(keys, (list, tuple)) or not all(isinstance(k, str) for k in keys):
            dropped.append(f"{action_id}: {value!r} is not a list of keys")
        elif clashes := problems({**kept, action_id: list(keys)}):
            dropped.append(f"{action_id}: " + "; ".join(clashes))
        else:
            kept[action_id] = list(keys)
    return kept, dropped
