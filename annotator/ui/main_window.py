"""The main window only wires parts together: queue (left), article (centre), tag panels
(right), actions from the keymap, status bar. Domain rules live in core, SQL in store,
edits in the ReviewSession."""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication, QDialog, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QVBoxLayout, QWidget,
)

from ..store import Store
from . import text as T
from .actions import Actions
from .dialogs.about import AboutDialog
from .dialogs.cheatsheet import CheatSheet
from .dialogs.label_manager import LabelManager
from .dialogs.prompts import ask_article_number, ask_language, ask_reviewer
from .events import AppEvents, OncePerTurn
from .flows import Flows
from .fonts import use_chinese_font
from .panels.article_list import ArticleList, QueueModel
from .panels.article_view import ArticleView
from .panels.entity_panel import EntityModel, EntityPanel
from .panels.metric_panel import MetricModel, MetricPanel
from .panels.prepared_text import NextArticle
from .panels.steady_label import SteadyLabel
from .panels.versions_panel import VersionsPanel
from .session import ReviewSession
from .settings import Settings
from .status_counts import StatusCounts
from .walk import ProposalWalk
from .window_state import WindowState


class Panels(NamedTuple):
    queue: ArticleList
    article: ArticleView
    entities: EntityPanel
    metrics: MetricPanel


class StatusWidgets(NamedTuple):
    position: QLabel
    counts: QLabel
    reviewer: QLabel
    saved: QLabel


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    header = QLabel(title)
    header.setStyleSheet("font-weight: bold;")
    layout.addWidget(header)
    layout.addWidget(widget)
    return box


class MainWindow(QMainWindow):
    open_requested = Signal(str)  # another project file: the app swaps windows
    new_requested = Signal()
    restore_requested = Signal(str)  # a backup to put in the project's place: the app reopens

    def __init__(self, store: Store, settings: Settings, reviewer: str):
        super().__init__()
        use_chinese_font(QApplication.instance())  # before any widget takes its font
        self.store, self.settings = store, settings
        store.background_backups = True  # seconds for a large project: never on the GUI thread
        self.setWindowTitle(f"annotator — {store.path.name}")
        self.resize(1400, 860)
        self.events = AppEvents(self)
        self._closed = False
        self._refresh_timer = OncePerTurn(self._refresh_now, self)  # one refresh per event-loop turn, before painting
        self._refresh_counts = False
        self.status_counts = StatusCounts(store, self, self.refresh)
        self.queue_model = QueueModel(store, self)
        self.session = ReviewSession(store, self.events, reviewer, self.queue_model)
        self.session.parent_widget = self
        self.entity_model, self.metric_model = EntityModel(self), MetricModel(self)
        self.panels = self._setup_panels()
        self.walk = ProposalWalk(self.session)
        self.next_article = NextArticle(self, self.session.article_after_accept, self._prepare_next)
        self.flows = Flows(self, store.path, lambda: self.session.reviewer)
        self.actions_ = Actions(self, self._handlers(), settings.get("keys/overrides"))
        self.menus = self.actions_.build_menus(self)
        if self.actions_.dropped:  # one warning, the app starts anyway
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(T.keys_dropped("; ".join(self.actions_.dropped)), 15000))
        self._setup_recent_menu()
        self.status = self._setup_status_bar()
        self._connect()
        self._set_labels()
        self.window_state = WindowState(self, settings, {"window/splitter": self.splitter,
                                                         "window/side_splitter": self.side})
        self.window_state.restore_layout()
        self.session.open_article(self.window_state.restore_queue(self.panels.queue, self.queue_model, store))
        QTimer.singleShot(0, self.panels.article.text.setFocus)
        self._refresh_counts = True
        self._refresh_now()  # the window opens with its actions in the right state

    # -- setup -------------------------------------------------------------------------
    def _setup_panels(self) -> Panels:
        labels = self.store.labels()
        panels = Panels(ArticleList(self.queue_model, labels), ArticleView(), EntityPanel(self.entity_model),
                        MetricPanel(self.metric_model))
        self.side = QSplitter(Qt.Vertical)
        self.side.addWidget(_titled(self.tr("Entities"), panels.entities))
        self.side.addWidget(_titled(self.tr("Metrics"), panels.metrics))
        self.versions = VersionsPanel()  # curation in a team file; hidden elsewhere
        self.versions_box = _titled(self.tr("Reviewers' versions (T takes, V next)"), self.versions)
        self.versions_box.hide()
        self.is_team_file = self.store.is_team_file()
        self.side.addWidget(self.versions_box)
        self.splitter = QSplitter(Qt.Horizontal)
        for widget in (panels.queue, panels.article, self.side):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([270, 610, 520])
        self.setCentralWidget(self.splitter)
        self.session.selection = panels.article.text.selection
        self.session.caret = panels.article.text.caret
        return panels

    def _setup_recent_menu(self) -> None:
        """File → Open recent: the projects opened before, newest first."""
        recent = QMenu(self.tr("Open recent"), self)
        for path in self.settings.get("recent_projects"):
            if path != str(self.store.path):
                recent.addAction(path, lambda p=path: self.open_requested.emit(p))
        recent.setEnabled(not recent.isEmpty())
        file_menu = self.menus["File"]
        file_menu.insertMenu(self.actions_["file.import"], recent)

    def _setup_status_bar(self) -> StatusWidgets:
        # steady: a new text at each A repaints the label without laying out the status bar
        widgets = StatusWidgets(SteadyLabel(), SteadyLabel(), SteadyLabel(T.reviewer(self.session.reviewer)), SteadyLabel())
        for widget in widgets:
            self.statusBar().addPermanentWidget(widget)
        return widgets

    def _handlers(self) -> dict:
        s = self.session
        handlers = {
            "file.new": self.new_requested.emit, "file.open": self._open_dialog,
            "file.import": self.flows.import_files, "file.export": self.flows.export,
            "file.backups": self._backups, "file.quit": self.close,
            "edit.undo": s.undo, "edit.redo": s.redo, "edit.search": self.panels.queue.focus_search,
            "edit.labels": self._label_manager, "edit.reviewer": self._ask_reviewer,
            "edit.language": self._ask_language, "edit.keys": self._key_settings,
            "review.accept": lambda: s.set_status("accepted"), "review.reject": lambda: s.set_status("rejected"),
            "review.skip": lambda: s.set_status("skipped"), "review.next": lambda: s.step(1),
            "review.prev": lambda: s.step(-1), "review.goto": self._goto, "review.reextract": self._reextract,
            "review.merge_prev": lambda: s.merge_with(-1), "review.merge_next": lambda: s.merge_with(1),
            "review.split": s.split_at_caret, "review.title": self._edit_title,
            "span.metric": s.mark_metric, "span.next": lambda: (self.walk.stop(), s.focus_step(1)),
            "span.prev": lambda: (self.walk.stop(), s.focus_step(-1)),
            "span.delete": self.walk.drop, "span.walk_next": lambda: self.walk.step(1),
            "span.walk_prev": lambda: self.walk.step(-1), "span.keep": self.walk.keep,
            "span.start_left": lambda: s.move_focused("start", -1), "span.start_right": lambda: s.move_focused("start", 1),
            "span.end_left": lambda: s.move_focused("end", -1), "span.end_right": lambda: s.move_focused("end", 1),
            "span.apply_all": s.repeat_last_correction,
            "span.find": self.panels.article.find_bar.open_bar,
            "span.find_next": lambda: self.panels.article.find_bar.find_next(),
            "span.find_prev": lambda: self.panels.article.find_bar.find_next(backward=True),
            "view.next_pane": lambda: self._cycle_pane(1), "view.prev_pane": lambda: self._cycle_pane(-1),
            "view.metrics": self.panels.metrics.enter, "view.least_certain": self.panels.queue.toggle_order,
            "curate.take": self._take_version, "curate.next": self.versions.select_next,
            "view.agreement": self._agreement,
            "help.cheatsheet": lambda: CheatSheet(self.actions_.overrides, self, self.store.labels()).exec(),
            "help.about": lambda: AboutDialog(str(self.store.path), self).exec(),
        }
        for n in range(1, 10):
            handlers[f"span.label_{n}"] = lambda key=str(n): s.label_with_key(key)
        return handlers

    def _connect(self) -> None:
        ev, s, p = self.events, self.session, self.panels
        ev.article_changed.connect(self._show_article)
        ev.focus_changed.connect(self._show_focus)
        ev.changes_applied.connect(self._changes_applied)
        p.queue.article_picked.connect(lambda article_id: (s.open_article(article_id), p.article.text.setFocus()))
        p.queue.filter_changed.connect(self._filter_changed)
        p.article.span_clicked.connect(lambda span: (self.walk.stop(), s.set_focus(span)))
        p.article.title_edited.connect(s.edit_title)
        p.entities.span_selected.connect(s.set_focus)
        p.metrics.span_selected.connect(s.set_focus)
        self.entity_model.relabel_requested.connect(s.relabel_mentions)
        self.metric_model.edit_requested.connect(s.edit_span)
        self.metric_model.refused.connect(lambda message: QMessageBox.warning(self, T.error_title(), message))
        s.error.connect(lambda message: QMessageBox.warning(self, T.error_title(), message))
        ev.changes_applied.connect(lambda changes, _initiator: self.status.saved.setText(T.saved(changes.name, changes.kind)))
        for panel in (p.entities, p.metrics):
            panel.leave_requested.connect(p.article.text.setFocus)
        s.offer_changed.connect(self._show_offer)
        self.walk.message.connect(lambda message: self.statusBar().showMessage(message, 10000))
        # "no proposals left: A accepts it" said of the article before is wrong for the next one
        ev.article_changed.connect(lambda article: self.walk.is_stale(article, self.statusBar().currentMessage())
                                   and self.statusBar().clearMessage())
        s.repeated.connect(self._repeated)
        s.note.connect(lambda message: self.statusBar().showMessage(message, 10000))
        ev.labels_changed.connect(self._labels_changed)
        p.article.text.selectionChanged.connect(lambda: self.refresh(counts=False))
        self.flows.imported.connect(self._imported)
        self.flows.learned.connect(lambda result: self.status.saved.setText(T.learned(*result)))
        self.queue_model.rowsInserted.connect(lambda *_: self._queue_grew())
        self.queue_model.loaded.connect(self._queue_grew)

    # -- reactions -----------------------------------------------------------------------
    def _show_article(self, article) -> None:
        position = self.session.position()
        self.panels.article.show_article(article, position)
        self.entity_model.set_article(article)
        self.metric_model.set_article(article)
        if self.is_team_file:  # elsewhere there are no versions to read (and the panel stays hidden)
            self.versions.show_article(article, self.store.team_versions(article.id) if article else [])
            self.versions_box.setVisible(self.versions.has_versions())
        self.panels.queue.show_current(article.id if article else None)
        if article:
            self.window_state.article_shown(article.id)
            self.next_article.article_shown()
        self.refresh(counts=False)

    def _prepare_next(self, article) -> None:
        """While the reviewer reads: what A would show next, built (prepared_text.py)."""
        self.panels.article.text.prepare(article)
        self.entity_model.prepare_article(article)
        self.metric_model.prepare_article(article)
        self.panels.entities.prepare_picture()
        self.panels.metrics.prepare_picture()

    def _show_focus(self, focus) -> None:
        span = self.session._focused_span()
        self.panels.article.set_focused(span)
        self.panels.entities.show_focus(focus)
        self.panels.metrics.show_focus(focus)
        self.refresh(counts=False)

    def _changes_applied(self, changes, initiator) -> None:
        """One Changes value per transaction; each part takes what concerns it."""
        if changes.articles:  # a merge, split or undone import: rows come and go
            self.queue_model.reload()
            if self.session.article is None and self.queue_model.ids:  # the article shown went
                self.session.open_article(self.queue_model.ids[0])
        else:
            self.queue_model.invalidate(changes.article_ids)
        if changes.labels:
            self.events.labels_changed.emit()
        self.status_counts.apply(changes)
        self.refresh(counts=bool(changes.status_moves) or changes.kind == "import" or changes.articles)
        if changes.status:
            shown = self.session.article
            self.flows.learn_when_due(refresh_after=shown.id if shown else None)

    def _show_offer(self, description: str, count: int) -> None:
        if not description or not count:
            self.panels.article.show_offer("")
        else:
            verb, label, phrase = description.split("\t")
            self.panels.article.show_offer(T.offer(verb, label, phrase, count))
        self.refresh()

    def _repeated(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(T.repeated(count), 8000)

    def _filter_changed(self, flt) -> None:
        self.settings.set("filter/statuses", list(flt.statuses))
        self.settings.set("filter/label", flt.label)
        self.settings.set("filter/query", flt.query)
        self.settings.set("filter/order", flt.order)
        self.queue_model.set_filter(flt)
        current = self.session.article.id if self.session.article else None
        if current is None or self.queue_model.index_of(current) < 0:  # the article shown stays inside the filter
            if self.queue_model.ids or self.queue_model.complete:
                self.session.open_article(self.queue_model.ids[0] if self.queue_model.ids else None)
            else:  # a short query still scanning: the first hit is shown when it comes
                self._open_first_when_loaded = True
        else:
            self.panels.queue.show_current(current)
        self.refresh(counts=False)

    def _queue_grew(self) -> None:
        """More ids of the queue came in from the worker."""
        if getattr(self, "_open_first_when_loaded", False) and self.queue_model.ids:
            self._open_first_when_loaded = False
            self.session.open_article(self.queue_model.ids[0])
        elif self.queue_model.complete and getattr(self, "_open_first_when_loaded", False):
            self._open_first_when_loaded = False
            self.session.open_article(None)
        if self.session.article:
            self.panels.queue.show_current(self.session.article.id)
        self.refresh(counts=False)

    def _imported(self, report) -> None:
        """An import into the open project: new articles (the queue re-reads its ids) and
        maybe new labels, published like any other change."""
        self._reload_queue()
        self.events.labels_changed.emit()

    def _reload_queue(self) -> None:
        self.status_counts.forget()
        self.queue_model.reload()
        if self.session.article is None and self.queue_model.ids:
            self.session.open_article(self.queue_model.ids[0])
        self.refresh()

    def _labels_changed(self) -> None:
        self._set_labels()
        article = self.session.article
        if article is not None:  # a rename or deletion changed its spans: read it again
            self.session.open_article(article.id, keep_focus=True)
        else:
            self._show_article(None)

    def _set_labels(self) -> None:
        labels = self.store.labels()
        self.panels.article.set_labels(labels)
        self.entity_model.set_labels(labels)
        self.panels.queue.set_labels(labels)

    def refresh(self, counts: bool = True) -> None:
        """Ask for the status bar and action states to be brought up to date: at most once
        per turn of the event loop, however many parts asked (the counts per status, a
        query over every article, only when statuses may have changed)."""
        if self._closed:
            return  # a worker's late answer after the window closed: its store may be closed too
        self._refresh_counts = self._refresh_counts or counts
        self._refresh_timer.request()

    def _refresh_now(self) -> None:
        if self._closed:
            return
        counts, self._refresh_counts = self._refresh_counts, False
        s = self.session
        total = len(self.queue_model.ids)
        self.status.position.setText(T.position(s.article.id if s.article else 0, s.position() + 1, total,
                                                self.queue_model.filter.filters(), self.queue_model.complete))
        if counts and self.status_counts.current() is not None:
            self.status.counts.setText(T.status_counts(self.status_counts.counts))
        undo_name, redo_name = self.store.undo_redo_names(s.reviewer)
        has_span = s._focused_span() is not None
        has_selection = s.article is not None and s.selection() is not None
        self.actions_.refresh({
            "article": s.article is not None, "span": has_span, "selection_or_span": has_span or has_selection,
            "undo": undo_name is not None, "redo": redo_name is not None, "last_edit": s.last_correction is not None,
            "versions": self.versions.has_versions(), "team": self.is_team_file,
        })
        self.actions_.set_undo_texts(undo_name, redo_name)

    def _take_version(self) -> None:
        """T: the selected reviewer's whole version, or the selected span of it (one undo step)."""
        from ..core.teamwork import take_span, take_version

        choice, article = self.versions.choice(), self.session.article
        if choice is None or article is None:
            return
        version = self.versions.versions[choice[0]]
        op = take_version(article, version, self.session.reviewer) if choice[1] < 0 else take_span(article, version, choice[1])
        self.session.apply(op)

    def _agreement(self) -> None:
        from ..core.agreement import agreement
        from .dialogs.agreement_dialog import AgreementDialog

        AgreementDialog(agreement(self.store.all_team_versions()), self).exec()

    def _cycle_pane(self, delta: int) -> None:
        """F6 / Shift+F6: article text, Entities, Metrics, around."""
        panes = [self.panels.article.text, self.panels.entities, self.panels.metrics]
        current = next((n for n, pane in enumerate(panes) if pane.hasFocus()), 0)
        target = panes[(current + delta) % len(panes)]
        if target is self.panels.article.text:
            target.setFocus(Qt.ShortcutFocusReason)
        else:
            target.enter()

    # -- dialogs ---------------------------------------------------------------------------
    def _goto(self) -> None:
        """G: an article number as the queue shows it (its number in the project)."""
        ids = self.queue_model.ids
        number = ids and ask_article_number(self, max(ids), self.session.article.id if self.session.article else ids[0])
        if not number:
            return
        if self.queue_model.index_of(number) >= 0:
            self.session.open_article(number)
        else:
            self.statusBar().showMessage(T.not_in_queue(number), 8000)

    def _edit_title(self) -> None:
        self.panels.article.edit_header()  # in place; saving calls session.edit_title

    def _reextract(self) -> None:
        if self.session.article is not None:
            article_id = self.session.article.id
            self.flows.reextract(article_id, self.session.reviewer,
                                 lambda changes: changes is not None and self.session.publish(changes))

    def _backups(self) -> None:
        from .dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.project_path, self)
        if dialog.exec() == QDialog.Accepted and dialog.chosen is not None:
            self.restore_requested.emit(str(dialog.chosen.path))

    def _label_manager(self) -> None:
        LabelManager(self.store, self.session.apply, self).exec()

    def _ask_reviewer(self) -> None:
        name = ask_reviewer(self, self.session.reviewer)
        if name:
            self.session.reviewer = name
            self.settings.set("reviewer", name)
            self.status.reviewer.setText(T.reviewer(name))
            self.refresh()

    def _key_settings(self) -> None:
        from .dialogs.key_settings import KeySettings

        dialog = KeySettings(self.actions_.overrides, self)
        if dialog.exec() == KeySettings.Accepted:
            self.actions_.set_keys(dialog.overrides())
            self.settings.set("keys/overrides", dialog.overrides())

    def _ask_language(self) -> None:
        language = ask_language(self, self.settings.get("language"))
        if language:
            self.settings.set("language", language)

    def _open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, T.open_title(), str(self.store.path.parent), T.project_filter())
        if path:
            self.open_requested.emit(path)

    def closeEvent(self, event) -> None:
        self._closed = self.session.closed = True
        self._refresh_timer.stop()
        self.window_state.save()
        super().closeEvent(event)

    @property
    def project_path(self) -> Path:
        return self.store.path
