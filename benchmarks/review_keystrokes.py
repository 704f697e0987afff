"""Keystrokes to review the shared gold pages, replayed in the real app (offscreen Qt): the
proposal walk against the Tab-based loop.

    python benchmarks/review_keystrokes.py [--shared /work/shared]

Each seed page that has a gold file is imported with the real importer (cleaning, splitting,
pre-extraction). Each article is then reviewed twice, in two copies of the project, by a
reviewer who knows the gold (page-level sets of label/text and metric texts):

- a proposal whose label and text are in the gold (or its optional set) is kept; one whose text
  the gold labels differently is relabelled; any other is dropped;
- every occurrence of a gold name or metric text that no kept span covers is added.

Walk: N, then per proposal Y (keep), Delete (drop) or a label key and Y (relabel); an addition
is `/`, the text, Enter and the label key (or M), a further occurrence of the same text F3 and
the key. Tab loop (the keys before the walk and the find bar): Tab to each span, Delete or a
label key where needed; an addition moves the caret with arrow keys from where it is (Down
for 30 characters, a typical line, then Right) and selects with Shift+Right. Both end with A.

Every key of the walk and of the Tab loop's Tab/Delete/label presses is pressed for real on
the focused widget; the Tab loop's caret moves are counted, not pressed (hundreds per name),
and its selection is then made directly. A typed Chinese character counts as one key (an
input method needs more). Metric field edits (indicator, period) cost the same in both and
are not counted. The two runs must end with the same spans: the script checks it.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_HOME", tempfile.mkdtemp(prefix="annotator-keys-"))
os.environ.setdefault("ANNOTATOR_REVIEWER", "replay")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent, QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from annotator.core.types import Entity  # noqa: E402
from annotator.io.importer import import_paths  # noqa: E402
from annotator.store import Store  # noqa: E402
from annotator.ui.main_window import MainWindow  # noqa: E402
from annotator.ui.settings import Settings  # noqa: E402

LINE = 30  # characters per line at the default window width: one Down press


@dataclass
class Gold:
    entities: dict  # text -> label
    optional: set  # (label, text)
    metrics: set  # texts
    optional_metrics: set

    @classmethod
    def read(cls, path: Path) -> "Gold":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({e["text"]: e["label"] for e in data["entities"]},
                   {(e["label"], e["text"]) for e in data.get("optional_entities", [])},
                   {m["text"] for m in data["metrics"]}, {m["text"] for m in data.get("optional_metrics", [])})

    def verdict(self, span) -> str:
        """keep, drop, or the label to relabel to."""
        if not isinstance(span, Entity):
            return "keep" if span.text in self.metrics | self.optional_metrics else "drop"
        wanted = self.entities.get(span.text)
        if wanted == span.label or (span.label, span.text) in self.optional:
            return "keep"
        return wanted if wanted else "drop"

    def additions(self, text: str, kept) -> list[tuple[int, str, str]]:
        """(start, phrase, label or METRIC) for every gold occurrence no kept span covers."""
        wanted = [(phrase, label) for phrase, label in self.entities.items()] + [(m, "METRIC") for m in self.metrics]
        taken = [(s.start, s.end) for s in kept]
        found = []
        for phrase, label in sorted(wanted, key=lambda w: -len(w[0])):  # longer names first
            start = text.find(phrase)
            while start >= 0 and phrase:
                end = start + len(phrase)
                if not any(a < end and start < b for a, b in taken):
                    found.append((start, phrase, label))
                    taken.append((start, end))
                start = text.find(phrase, end)
        return sorted(found)


@dataclass
class Count:
    keys: int = 0
    by_kind: dict = field(default_factory=dict)

    def add(self, kind: str, n: int = 1) -> None:
        self.keys += n
        self.by_kind[kind] = self.by_kind.get(kind, 0) + n


class Reviewer:
    def __init__(self, window: MainWindow, count: Count):
        self.window, self.count = window, count
        self.digits = {label.name: label.shortcut for label in window.store.labels() if label.shortcut}

    def press(self, key, kind: str, modifiers=Qt.NoModifier) -> None:
        widget = QApplication.focusWidget() or self.window.panels.article.text
        QTest.keyClick(widget, key, modifiers)
        QApplication.processEvents()
        self.count.add(kind)

    def type_text(self, text: str) -> None:
        for char in text:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(QApplication.focusWidget(), event)
            self.count.add("typing")
        QApplication.processEvents()

    def label_key(self, label: str, kind: str) -> None:
        key = Qt.Key_M if label == "METRIC" else Qt.Key(ord(self.digits[label]))
        self.press(key, kind)

    def focused(self):
        return self.window.session._focused_span()


def walk_article(reviewer: Reviewer, gold: Gold) -> None:
    session = reviewer.window.session
    reviewer.press(Qt.Key_N, "walk")
    while (span := reviewer.focused()) is not None and span.origin == "auto":
        verdict = gold.verdict(span)
        if verdict == "keep":
            reviewer.press(Qt.Key_Y, "keep")
        elif verdict == "drop":
            reviewer.press(Qt.Key_Delete, "drop")
        else:
            reviewer.label_key(verdict, "relabel")
            reviewer.press(Qt.Key_Y, "relabel")
    article = session.article
    last_query = None
    additions = gold.additions(article.text, [*article.entities, *article.metrics])
    # one text after the other: its further occurrences are one F3 away
    for start, phrase, label in sorted(additions, key=lambda a: (a[1], a[0])):
        if phrase == last_query:
            reviewer.press(Qt.Key_F3, "add")
        else:
            reviewer.press(Qt.Key_Slash, "add")
            reviewer.type_text(phrase)
            reviewer.press(Qt.Key_Return, "add")
            last_query = phrase
        for _ in range(50):  # an occurrence someone labelled already comes first: F3 skips it
            if session.selection() == (start, start + len(phrase)):
                break
            reviewer.press(Qt.Key_F3, "add")
        assert session.selection() == (start, start + len(phrase)), (phrase, session.selection())
        reviewer.label_key(label, "add")


def tab_article(reviewer: Reviewer, gold: Gold) -> None:
    session = reviewer.window.session
    seen = set()
    reviewer.press(Qt.Key_Tab, "tab")
    while (span := reviewer.focused()) is not None and (type(span), span.id) not in seen:
        if span.origin != "auto":  # back at the start of the reviewed spans: every proposal visited
            seen.add((type(span), span.id))
            reviewer.press(Qt.Key_Tab, "tab")
            continue
        verdict = gold.verdict(span)
        if verdict == "drop":
            reviewer.press(Qt.Key_Delete, "drop")  # the next span takes the focus
            continue
        if verdict != "keep":
            reviewer.label_key(verdict, "relabel")
            span = reviewer.focused()
        seen.add((type(span), span.id))
        reviewer.press(Qt.Key_Tab, "tab")
    article = session.article
    caret = 0
    view = reviewer.window.panels.article.text
    for start, phrase, label in gold.additions(article.text, [*article.entities, *article.metrics]):
        distance = abs(start - caret)
        reviewer.count.add("caret", distance // LINE + distance % LINE + len(phrase))  # Down, Right, Shift+Right
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.offsets.to_qt(start))
        cursor.setPosition(view.offsets.to_qt(start + len(phrase)), QTextCursor.KeepAnchor)
        view.setTextCursor(cursor)
        reviewer.label_key(label, "add")
        caret = start + len(phrase)


def spans_of(store: Store) -> set:
    found = set()
    for article in store.iter_articles():
        found |= {(article.id, type(s).__name__, getattr(s, "label", "METRIC"), s.start, s.end)
                  for s in [*article.entities, *article.metrics]}
    return found


def review(project: Path, golds: dict, strategy) -> tuple[Count, set]:
    count = Count()
    window = MainWindow(Store(project), Settings(), "replay")
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    reviewer = Reviewer(window, count)
    for article_id in list(window.queue_model.ids):
        window.session.open_article(article_id)
        window.panels.article.text.setFocus()
        QApplication.processEvents()
        strategy(reviewer, golds[window.session.article.source])
        reviewer.press(Qt.Key_A, "accept")
    result = spans_of(window.store)
    window.close()
    window.store.close()
    return count, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = parser.parse_args()
    golds, seeds = {}, []
    for gold_path in sorted((args.shared / "gold").glob("*.json")):
        seed = args.shared / "seeds" / json.loads(gold_path.read_text(encoding="utf-8"))["seed"]
        if seed.is_file():
            golds[seed.name] = Gold.read(gold_path)
            seeds.append(seed)
    if not seeds:
        sys.exit(f"no gold pages with their seed pages under {args.shared}")
    app = QApplication.instance() or QApplication([])
    QMessageBox.information = lambda *a, **k: None  # noqa: E731 (no dialog in a replay)
    folder = Path(tempfile.mkdtemp(prefix="annotator-replay-"))
    with Store(folder / "walk.sqlite") as store:
        import_paths(store, seeds)
        articles = store.count()
        proposals = sum(len(a.entities) + len(a.metrics) for a in store.iter_articles())
    shutil.copy(folder / "walk.sqlite", folder / "tab.sqlite")
    walk, walked = review(folder / "walk.sqlite", golds, walk_article)
    tab, tabbed = review(folder / "tab.sqlite", golds, tab_article)
    print(f"{len(seeds)} gold pages, {articles} articles, {proposals} proposed spans")
    for name, count in (("proposal walk", walk), ("Tab loop", tab)):
        detail = ", ".join(f"{kind} {n}" for kind, n in sorted(count.by_kind.items()))
        print(f"{name}: {count.keys:,} keys ({count.keys / articles:.0f} per article; {detail})")
    print(f"walk / Tab loop: {walk.keys / tab.keys:.2f}")
    print("same spans at the end: " + ("yes" if walked == tabbed else f"NO ({len(walked ^ tabbed)} differ)"))
    app.quit()


if __name__ == "__main__":
    main()
