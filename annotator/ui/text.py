"""Every user-visible message, one function each with named arguments (Anki's `tr.*`
without the code generation). They go through Qt's translation, so pyside6-lupdate
collects them into resources/translations/annotator_zh_CN.ts."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("text", text)


def status_name(status: str) -> str:
    return {
        "pending": _tr("pending"), "accepted": _tr("accepted"),
        "rejected": _tr("rejected"), "skipped": _tr("skipped"),
    }.get(status, status)


def origin_name(origin: str) -> str:
    return {"auto": _tr("auto"), "human": _tr("human"), "import": _tr("import")}.get(origin, origin)


def queue_column(name: str) -> str:
    return {
        "title": _tr("Title"), "source": _tr("Source"), "status": _tr("Status"),
        "entities": _tr("Entities"), "metrics": _tr("Metrics"),
    }[name]


def entity_column(name: str) -> str:
    return {"text": _tr("Text"), "label": _tr("Label"), "origin": _tr("Origin")}[name]


def metric_column(name: str) -> str:
    return {
        "text": _tr("Text"), "value": _tr("Value"), "unit": _tr("Unit"), "approx": _tr("Approx."),
        "indicator": _tr("Indicator"), "period": _tr("Period"),
    }[name]


def all_statuses() -> str:
    return _tr("All statuses")


def all_labels() -> str:
    return _tr("All labels")


def search_placeholder() -> str:
    return _tr("Search title and text (Ctrl+F)")


def position(current: int, total: int) -> str:
    return _tr("Article %1 / %2").replace("%1", f"{current:,}" if current else "–").replace("%2", f"{total:,}")


def status_counts(counts: dict) -> str:
    return "  ".join(f"{status_name(k)} {v:,}" for k, v in counts.items())


def reviewer(name: str) -> str:
    return _tr("Reviewer: %1").replace("%1", name)


def saved(what: str) -> str:
    return _tr("Saved: %1").replace("%1", QCoreApplication.translate("ops", what))


def no_article() -> str:
    return _tr("No article. Import pages with Ctrl+I, or change the filter.")


def article_header(source: str, position: int, status: str, reviewer_name: str) -> str:
    text = _tr("%1 · article %2 · %3").replace("%1", source or "–").replace("%2", str(position + 1))
    text = text.replace("%3", status_name(status))
    if reviewer_name:
        text += " · " + _tr("by %1").replace("%1", reviewer_name)
    return text


def offer(verb: str, label: str, phrase: str, count: int) -> str:
    template = _tr("Also add %1 “%2” in %3 pending articles: press P") if verb == "add" else _tr(
        "Also remove %1 “%2” from %3 pending articles: press P")
    return template.replace("%1", label).replace("%2", phrase).replace("%3", f"{count:,}")


def repeated(count: int) -> str:
    return _tr("Correction repeated in %1 articles (Ctrl+Z undoes it)").replace("%1", f"{count:,}")


def ask_reviewer_title() -> str:
    return _tr("Who is reviewing?")


def ask_reviewer_text() -> str:
    return _tr("Your name is recorded with every change you make:")


def goto_title() -> str:
    return _tr("Go to article")


def goto_text(total: int) -> str:
    return _tr("Article number (1–%1):").replace("%1", f"{total:,}")


def error_title() -> str:
    return _tr("annotator")


def value_not_a_number(value: str) -> str:
    return _tr("“%1” is not a number. Write digits, e.g. 531000000 or 5.31亿.").replace("%1", value)


def import_title() -> str:
    return _tr("Import files")


def import_filter() -> str:
    return _tr("Pages and records (*.txt *.jsonl *.json *.conll *.tsv);;All files (*)")


def importing() -> str:
    return _tr("Importing…")


def imported(added: int, duplicates: int, problems: int) -> str:
    return _tr("%1 articles added, %2 duplicates skipped, %3 problems").replace("%1", f"{added:,}").replace(
        "%2", f"{duplicates:,}").replace("%3", f"{problems:,}")


def import_problems(details: str) -> str:
    return _tr("Some input could not be imported; the rest was:\n\n%1").replace("%1", details)


def exporting() -> str:
    return _tr("Exporting…")


def exported(count: int, path: str) -> str:
    return _tr("%1 articles exported to %2").replace("%1", f"{count:,}").replace("%2", path)


def loading_sample() -> str:
    return _tr("Setting up your first project with the sample pages…")


def open_title() -> str:
    return _tr("Open project")


def new_title() -> str:
    return _tr("New project")


def project_filter() -> str:
    return _tr("annotator projects (*.sqlite *.db);;All files (*)")


def cannot_open(message: str) -> str:
    return _tr("The project could not be opened:\n%1").replace("%1", message)


def migrated(backup: str) -> str:
    return _tr("The project was upgraded to this version; a backup of the old file is at %1").replace("%1", backup)


def language_title() -> str:
    return _tr("Language")


def language_text() -> str:
    return _tr("Language of the interface (applies at the next start):")


def language_names() -> dict[str, str]:
    return {"system": _tr("System language"), "en": "English", "zh_CN": "中文（简体）"}


def jieba_loading() -> str:
    return _tr("Loading the Chinese dictionary…")


def jieba_ready() -> str:
    return _tr("Dictionary ready")
