"""Team → Agreement: the figures of `annotator agreement` for the open team file, per pair
of reviewers and per reviewer (span F1 per label, Cohen's kappa on statuses)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ...core.agreement import AgreementFigures


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


class AgreementDialog(QDialog):
    def __init__(self, figures: AgreementFigures, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement between reviewers"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        labels = figures.labels
        layout.addWidget(QLabel(self.tr("Over the articles both reviewers of a pair have reviewed; "
                                        "span F1: same label, same offsets.")))
        self.pairs = self._table(
            [self.tr("Pair"), self.tr("Shared"), self.tr("Reviewed by both"), self.tr("Status kappa")]
            + [self.tr("F1 %1").replace("%1", label) for label in labels] + [self.tr("F1 all")],
            [[f"{p.a} / {p.b}", str(p.shared), str(p.reviewed), _figure(p.kappa)]
             + [_figure(p.labels[label].f1) for label in labels] + [_figure(p.overall.f1)] for p in figures.pairs])
        layout.addWidget(self.pairs)
        layout.addWidget(QLabel(self.tr("Per reviewer: mean span F1 with the other reviewers")))
        per_reviewer = figures.per_reviewer()
        self.reviewers = self._table(
            [self.tr("Reviewer")] + [self.tr("F1 %1").replace("%1", label) for label in labels] + [self.tr("F1 all")],
            [[name] + [_figure(row[label]) for label in labels + ["all"]] for name, row in per_reviewer.items()])
        layout.addWidget(self.reviewers)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        return table
