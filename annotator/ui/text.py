"""Every user-visible message, one function each with named arguments (Anki's `tr.*`
without the code generation). They go through Qt's translation, so pyside6-lupdate
collects them into resources/translations/annotator_zh_CN.ts."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


# Names of operations, as the undo menu and the status bar show them.
OP_NAMES = (
    QT_TRANSLATE_NOOP("ops", "Add entity"), QT_TRANSLATE_NOOP("ops", "Remove entity"),
    QT_TRANSLATE_NOOP("ops", "Edit entity"), QT_TRANSLATE_NOOP("ops", "Add metric"),
    QT_TRANSLATE_NOOP("ops", "Remove metric"), QT_TRANSLATE_NOOP("ops", "Edit metric"),
    QT_TRANSLATE_NOOP("ops", "Set status"), QT_TRANSLATE_NOOP("ops", "Batch edit"),
    QT_TRANSLATE_NOOP("ops", "Label selection"), QT_TRANSLATE_NOOP("ops", "Label everywhere"),
    QT_TRANSLATE_NOOP("ops", "Remove everywhere"), QT_TRANSLATE_NOOP("ops", "Re-extract"),
    QT_TRANSLATE_NOOP("ops", "Add label"), QT_TRANSLATE_NOOP("ops", "Edit label"),
    QT_TRANSLATE_NOOP("ops", "Delete label"),
    QT_TRANSLATE_NOOP("ops", "Merge articles"), QT_TRANSLATE_NOOP("ops", "Split article"),
    QT_TRANSLATE_NOOP("ops", "Edit title"), QT_TRANSLATE_NOOP("ops", "Import"),
)

# Why a merge or split cannot be made (core/restructure.py says it in English).
RESTRUCTURE_PROBLEMS = (
    QT_TRANSLATE_NOOP("restructure", "the two articles come from different files"),
    QT_TRANSLATE_NOOP("restructure", "put the caret on a line inside the article, below its first line"),
    QT_TRANSLATE_NOOP("restructure", "a span crosses the caret's line"),
    QT_TRANSLATE_NOOP("restructure", "there is no article there to merge with"),
)


def restructure_problem(message: str) -> str:
    return QCoreApplication.translate("restructure", message)


# Key names Qt's own Chinese translation leaves in English (QKeySequence asks context QShortcut).
KEY_NAMES = (QT_TRANSLATE_NOOP("QShortcut", "PgUp"), QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
             QT_TRANSLATE_NOOP("QShortcut", "Del"), QT_TRANSLATE_NOOP("QShortcut", "Esc"),
             QT_TRANSLATE_NOOP("QShortcut", "Enter"))

# The export formats' descriptions (annotator.io.export.FORMATS, which has no Qt), translated here.
FORMAT_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("formats", "native JSONL, one article per line"),
    QT_TRANSLATE_NOOP("formats", "Prodigy / spaCy JSONL with tokens"),
    QT_TRANSLATE_NOOP("formats", "spaCy DocBin for spacy train (needs spaCy)"),
    QT_TRANSLATE_NOOP("formats", "doccano sequence labeling JSONL"),
    QT_TRANSLATE_NOOP("formats", "Label Studio JSON tasks"),
    QT_TRANSLATE_NOOP("formats", "character-level BIO (CoNLL)"),
)


def format_description(description: str) -> str:
    return QCoreApplication.translate("formats", description)


def _count(count: int, one: str, many: str) -> str:
    """English needs the singular for 1 ("1 article"); the source text says which is which."""
    return (one if count == 1 else many).replace("%n", f"{count:,}")


def status_name(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("text", "pending"), "accepted": QCoreApplication.translate("text", "accepted"),
        "rejected": QCoreApplication.translate("text", "rejected"), "skipped": QCoreApplication.translate("text", "skipped"),
    }.get(status, status)


def origin_name(origin: str) -> str:
    return {"auto": QCoreApplication.translate("text", "auto"), "human": QCoreApplication.translate("text", "human"),
            "import": QCoreApplication.translate("text", "import"), "mixed": QCoreApplication.translate("text", "mixed")}.get(origin, origin)


def queue_column(name: str) -> str:
    return {
        "number": QCoreApplication.translate("text", "No."), "title": QCoreApplication.translate("text", "Title"), "source": QCoreApplication.translate("text", "Source"), "status": QCoreApplication.translate("text", "Status"),
        "entities": QCoreApplication.translate("text", "Entities"), "metrics": QCoreApplication.translate("text", "Metrics"),
        "certainty": QCoreApplication.translate("text", "Certainty"),
    }[name]


def order_name(order: str) -> str:
    return {"": QCoreApplication.translate("text", "By number"),
            "certainty": QCoreApplication.translate("text", "Least certain first")}[order]


def order_tooltip() -> str:
    return QCoreApplication.translate(
        "text", "Order of the queue (Ctrl+U): by article number (a part split off comes right after its article), "
        "or pending articles first with the least certain "
        "first (the lowest confidence of their proposed entities)")


def entity_column(name: str) -> str:
    return {"text": QCoreApplication.translate("text", "Text"), "label": QCoreApplication.translate("text", "Label"),
            "count": QCoreApplication.translate("text", "Mentions"), "origin": QCoreApplication.translate("text", "Origin")}[name]


def metric_column(name: str) -> str:
    return {
        "text": QCoreApplication.translate("text", "Text"), "value": QCoreApplication.translate("text", "Value"), "unit": QCoreApplication.translate("text", "Unit"), "approx": QCoreApplication.translate("text", "Approx."),
        "indicator": QCoreApplication.translate("text", "Indicator"), "period": QCoreApplication.translate("text", "Period"),
    }[name]


def all_statuses() -> str:
    return QCoreApplication.translate("text", "All statuses")


def all_labels() -> str:
    return QCoreApplication.translate("text", "All labels")


def search_placeholder() -> str:
    return QCoreApplication.translate("text", "Search title and text (Ctrl+F)")


def position(number: int, current: int, total: int, filtered: bool = False, complete: bool = True) -> str:
    """The status bar: the article's number in the project, and where it is in the queue
    (`total` is a lower bound while the queue is still being read)."""
    total_text = f"{total:,}" if complete else f"{total:,}+"
    if not number:
        return QCoreApplication.translate("text", "No article (%1 in the queue)").replace("%1", total_text)
    template = QCoreApplication.translate("text", "Article %1 (%2 of %3 in the filter)") if filtered else \
        QCoreApplication.translate("text", "Article %1 (%2 of %3)")
    return template.replace("%1", f"{number:,}").replace("%2", f"{current:,}" if current else "–").replace("%3", total_text)


def not_in_queue(number: int) -> str:
    return QCoreApplication.translate("text", "Article %1 is not in the queue (change the filter to see it)").replace("%1", f"{number:,}")


def status_counts(counts: dict) -> str:
    return "  ".join(f"{status_name(k)} {v:,}" for k, v in counts.items())


def reviewer(name: str) -> str:
    return QCoreApplication.translate("text", "Reviewer: %1").replace("%1", name)


def saved(what: str, kind: str = "edit") -> str:
    """The status bar after an edit, an undo or a redo (each saved at once)."""
    template = {"undo": QCoreApplication.translate("text", "Undone: %1"),
                "redo": QCoreApplication.translate("text", "Redone: %1")}.get(kind) or QCoreApplication.translate("text", "Saved: %1")
    return template.replace("%1", QCoreApplication.translate("ops", what))


def refused_text(problem: str) -> str:
    return QCoreApplication.translate("text", "Not saved: %1.\n\nThe article now shows what is stored; nothing else was changed.").replace("%1", problem)


def keys_dropped(why: str) -> str:
    return QCoreApplication.translate("text", "Some of your keyboard shortcuts were not used (Edit → Keyboard shortcuts… to fix them): %1").replace("%1", why)


def no_article() -> str:
    return QCoreApplication.translate("text", "No article. Import pages with Ctrl+I, or change the filter.")


def article_header(source: str, number: int, status: str, reviewer_name: str) -> str:
    text = QCoreApplication.translate("text", "%1 · article %2 · %3").replace("%1", source or "–").replace("%2", f"{number:,}")
    text = text.replace("%3", status_name(status))
    if reviewer_name:
        text += " · " + QCoreApplication.translate("text", "by %1").replace("%1", reviewer_name)
    return text


def offer(verb: str, label: str, phrase: str, count: int) -> str:
    """P's offer: `count` articles (this one if the phrase occurs again, and pending ones)."""
    if verb == "add":
        template = _count(count, QCoreApplication.translate("text", "Also add %1 “%2” wherever else it occurs (%n article): press P"),
                          QCoreApplication.translate("text", "Also add %1 “%2” wherever else it occurs (%n articles): press P"))
    else:
        template = _count(count, QCoreApplication.translate("text", "Also remove %1 “%2” wherever else it is labelled (%n article): press P"),
                          QCoreApplication.translate("text", "Also remove %1 “%2” wherever else it is labelled (%n articles): press P"))
    return template.replace("%1", label).replace("%2", phrase)


def repeated(count: int) -> str:
    return _count(count, QCoreApplication.translate("text", "Correction repeated in %n article (Ctrl+Z undoes it)"),
                  QCoreApplication.translate("text", "Correction repeated in %n articles (Ctrl+Z undoes it)"))


def ask_reviewer_title() -> str:
    return QCoreApplication.translate("text", "Who is reviewing?")


def ask_reviewer_text() -> str:
    return QCoreApplication.translate("text", "Your name is recorded with every change you make:")


def goto_title() -> str:
    return QCoreApplication.translate("text", "Go to article")


def goto_text(total: int) -> str:
    return QCoreApplication.translate("text", "Article number (1–%1):").replace("%1", f"{total:,}")


def error_title() -> str:
    return QCoreApplication.translate("text", "annotator")


def value_not_a_number(value: str) -> str:
    return QCoreApplication.translate("text", "“%1” is not a number. Write digits, e.g. 531000000 or 5.31亿.").replace("%1", value)


def import_title() -> str:
    return QCoreApplication.translate("text", "Import files")


def import_filter() -> str:
    return QCoreApplication.translate("text", "Pages and records (*.txt *.jsonl *.json *.conll *.tsv);;All files (*)")


def importing() -> str:
    return QCoreApplication.translate("text", "Importing…")


def imported(added: int, duplicates: int, problems: int) -> str:
    return ", ".join((
        _count(added, QCoreApplication.translate("text", "%n article added"), QCoreApplication.translate("text", "%n articles added")),
        _count(duplicates, QCoreApplication.translate("text", "%n duplicate skipped"), QCoreApplication.translate("text", "%n duplicates skipped")),
        _count(problems, QCoreApplication.translate("text", "%n problem"), QCoreApplication.translate("text", "%n problems")),
    ))


def files_already_imported(count: int) -> str:
    return _count(count, QCoreApplication.translate("text", "%n file was imported before"),
                  QCoreApplication.translate("text", "%n files were imported before"))


def learned(articles: int, spans: int, refreshed: int = 0) -> str:
    text = QCoreApplication.translate("text", "Learned from %1 reviewed articles (%2 spans): new proposals use it").replace(
        "%1", f"{articles:,}").replace("%2", f"{spans:,}")
    if refreshed:
        text += " " + QCoreApplication.translate("text", "(the next %1 pending articles were refreshed with it)").replace(
            "%1", f"{refreshed:,}")
    return text


def import_problems(details: str) -> str:
    return QCoreApplication.translate("text", "Some input could not be imported; the rest was:\n\n%1").replace("%1", details)


def undoing_import() -> str:
    return QCoreApplication.translate("text", "Taking back the import…")


def redoing_import() -> str:
    return QCoreApplication.translate("text", "Putting the import back…")


def history_step_stopped() -> str:
    return QCoreApplication.translate("text", "Stopped: nothing was changed.")


def exporting() -> str:
    return QCoreApplication.translate("text", "Exporting…")


def exported(count: int, path: str) -> str:
    return _count(count, QCoreApplication.translate("text", "%n article exported to %2"),
                  QCoreApplication.translate("text", "%n articles exported to %2")).replace("%2", path)


def export_title() -> str:
    return QCoreApplication.translate("text", "Export")


def export_skipped(details: str) -> str:
    return QCoreApplication.translate("text", "Some articles could not be written in this format and were left out:\n\n%1").replace("%1", details)


def loading_sample() -> str:
    return QCoreApplication.translate("text", "Setting up your first project with the sample pages…")


def open_title() -> str:
    return QCoreApplication.translate("text", "Open project")


def new_title() -> str:
    return QCoreApplication.translate("text", "New project")


def project_filter() -> str:
    return QCoreApplication.translate("text", "annotator projects (*.sqlite *.db);;All files (*)")


def cannot_open(message: str) -> str:
    return QCoreApplication.translate("text", "The project could not be opened:\n%1").replace("%1", message)


def damaged(message: str) -> str:
    return QCoreApplication.translate("text", "%1\n\nSave what can still be read into a new project?").replace("%1", message)


def salvage_title() -> str:
    return QCoreApplication.translate("text", "Save what can be read into a new project")


def salvaged(summary: str, path: str) -> str:
    return QCoreApplication.translate("text", "Saved into %2: %1").replace("%1", summary).replace("%2", path)


def restored(backup: str, aside: str) -> str:
    return QCoreApplication.translate("text", "Restored %1; the file it replaced is kept as %2").replace("%1", backup).replace("%2", aside)


def migrated(backup: str) -> str:
    return QCoreApplication.translate("text", "The project was upgraded to this version; a backup of the old file is at %1").replace("%1", backup)


def language_title() -> str:
    return QCoreApplication.translate("text", "Language")


def language_text() -> str:
    return QCoreApplication.translate("text", "Language of the interface (applies at the next start):")


def language_names() -> dict[str, str]:
    return {"system": QCoreApplication.translate("text", "System language"), "en": "English", "zh_CN": "中文（简体）"}


def jieba_loading() -> str:
    return QCoreApplication.translate("text", "Loading the Chinese dictionary…")


def jieba_ready() -> str:
    return QCoreApplication.translate("text", "Dictionary ready")


def find_placeholder() -> str:
    return QCoreApplication.translate("text", "Find in this article: Enter selects the match, then a label key labels it; F3 next; Esc closes")


def find_none() -> str:
    return QCoreApplication.translate("text", "not found")


def walk_at(label: str, phrase: str, left: int) -> str:
    return QCoreApplication.translate("text", "Proposal %1 “%2”: Y keeps, Delete drops, a label key relabels, N skips (%3 left)").replace(
        "%1", label).replace("%2", phrase).replace("%3", f"{left:,}")


def walk_done() -> str:
    return QCoreApplication.translate("text", "No proposals left in this article: A accepts it")


def label_key(label: str) -> str:
    return QCoreApplication.translate("text", "Label the selection, or relabel the focused span, as %1").replace("%1", label)


def panel_keys() -> list[tuple[str, str, str]]:
    """Keys that belong to one panel (not window actions), for the cheat sheet: keys, what
    they do, where."""
    metrics, entities, find = QCoreApplication.translate("text", "Metrics panel"), QCoreApplication.translate("text", "Entities panel"), QCoreApplication.translate("text", "Find bar")
    return [
        ("← → ↑ ↓", QCoreApplication.translate("text", "Move between cells (Value, Unit, Approx., Indicator, Period)"), metrics),
        ("F2, " + QCoreApplication.translate("QShortcut", "Enter"), QCoreApplication.translate("text", "Edit the cell; Enter again saves it, Esc cancels"), metrics),
        (QCoreApplication.translate("QShortcut", "Space"), QCoreApplication.translate("text", "Toggle Approx. of the metric"), metrics),
        (QCoreApplication.translate("QShortcut", "Esc"), QCoreApplication.translate("text", "Back to the article"), metrics + ", " + entities),
        ("↑ ↓", QCoreApplication.translate("text", "Rows: label and text, with the number of mentions"), entities),
        (QCoreApplication.translate("QShortcut", "Enter") + ", " + QCoreApplication.translate("QShortcut", "Space"), QCoreApplication.translate("text", "Show the next mention in the article"), entities),
        ("F2", QCoreApplication.translate("text", "Change the label of every mention of the row"), entities),
        (QCoreApplication.translate("QShortcut", "Enter"), QCoreApplication.translate("text", "Select the match and go back to the article (then a label key)"), find),
    ]
