"""The dashboard: the figures of the chambers' report, live. The same :class:`MissionFigures`
as the PDF and the .xlsx (``app.services.report``), read on the database worker and drawn
here: the headline numbers, requests to held meetings and why not, participants and outcomes
by sector, the sector-pair matrix, interpreters' utilisation, the most promising pairs and
the previous mission beside this one. Every change to the mission, another desk's included
(live updates), reloads it; the widgets change their numbers in place, without a blink.
"Write the report…" writes the PDF (and the .xlsx) off the UI thread, with a Cancel."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.model.enums import DocumentLanguage
from app.services.database import Store
from app.services.report import (
    MissionFigures,
    ReportWritten,
    load_figures,
    words,
    write_report,
)
from ui.cancel import CancelFlag
from ui.context import AppContext
from ui.dashboard.bars import BarChart
from ui.dashboard.headline import HeadlineFigures
from ui.dashboard.matrix import MatrixTable
from ui.dashboard.report_dialog import ReportChoice, ReportDialog
from ui.dashboard.tables import TextTable
from ui.dashboard.view import DashboardView, promising_headings, say, view_of
from ui.errors import failure_text
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language
from ui.pages.base import Page

FIGURES = "figures"  # the key under which a hidden page holds its reload
CANCEL_AFTER_MS = 400  # the report's progress and Cancel show when it takes longer than this


class OrEmpty(QStackedWidget):
    """A widget, or in its place a sentence saying why there is nothing to show."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_content(self, shown: bool, empty_text: str = "") -> None:
        self.empty.setText(empty_text)
        self.setCurrentWidget(self.content if shown else self.empty)
        self.updateGeometry()

    # as tall as what it shows: one line for the sentence, not the chart it stands for
    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()

    def empty_text(self) -> str:
        """The sentence shown in place of the content ("" while the content shows)."""
        return self.empty.text() if self.currentWidget() is self.empty else ""


class DashboardPage(Page):
    """The mission's figures, live; ``figures`` is what it shows (None before the first
    load), ``view`` how it words them."""

    page_id = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.figures: MissionFigures | None = None
        self.view: DashboardView | None = None
        self._language = ""  # the language the figures are shown in
        self._loaded = False
        self._running = False
        self._again = False
        self._report: CancelFlag | None = None
        self.written: list[Path] = []  # the files the last report wrote

        self.write_button = QPushButton(self.tr("Write the report…"), self)
        self.write_button.setObjectName("writeReport")
        self.write_button.clicked.connect(self.ask_report)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the writer counts no steps
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_report)
        self.cancel_button.hide()
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(CANCEL_AFTER_MS)
        self._slow.timeout.connect(self._show_progress)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("dashboardMessage")
        self.open_button = QPushButton(self.tr("Open the report"), self)
        self.open_button.clicked.connect(self.open_written)
        self.open_button.hide()

        language = current_language()
        self.headline = HeadlineFigures(self)
        self.funnel = BarChart(self)
        self.not_scheduled = BarChart(self, empty_text=self.tr("None"))
        self.not_held = BarChart(self, empty_text=self.tr("None"))
        self.participants = BarChart(self)
        self.outcomes = BarChart(self)
        self.matrix = MatrixTable(self)
        self.interpreters = BarChart(self)
        self.promising = TextTable(promising_headings(language), self)
        self.comparison = TextTable(
            [
                say(words.FIGURE, language),
                say(words.THIS_MISSION, language),
                say(words.PREVIOUS_MISSION, language),
                self.tr("Change"),
            ],
            self,
        )
        funnel = QWidget(self)
        funnel_layout = QVBoxLayout(funnel)
        funnel_layout.setContentsMargins(0, 0, 0, 0)
        funnel_layout.addWidget(self.funnel)
        funnel_layout.addWidget(QLabel(say(words.S_NOT_SCHEDULED, language), funnel))
        funnel_layout.addWidget(self.not_scheduled)
        funnel_layout.addWidget(QLabel(say(words.S_NOT_HELD, language), funnel))
        funnel_layout.addWidget(self.not_held)
        self.funnel_box = OrEmpty(funnel, self)
        self.participants_box = OrEmpty(self.participants, self)
        self.outcomes_box = OrEmpty(self.outcomes, self)
        self.matrix_box = OrEmpty(self.matrix, self)
        self.interpreters_box = OrEmpty(self.interpreters, self)
        self.promising_box = OrEmpty(self.promising, self)
        self.comparison_box = OrEmpty(self.comparison, self)
        self.comparison_group = QGroupBox(say(words.S_COMPARISON, language), self)
        self._build_layout(language)

        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(lambda _id: self._mission_changed())
        self._mission_changed()

    def _build_layout(self, language: str) -> None:
        top = QHBoxLayout()
        top.addWidget(self.write_button)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.message, 1)
        top.addWidget(self.open_button)

        def group(title: str, widget: QWidget) -> QGroupBox:
            box = QGroupBox(title, self)
            inside = QVBoxLayout(box)
            inside.addWidget(widget)
            inside.addStretch(1)  # at the top of a box as tall as its neighbour
            return box

        QVBoxLayout(self.comparison_group).addWidget(self.comparison_box)
        grid = QGridLayout()
        participants = f"{say(words.PARTICIPANTS, language)} · {say(words.S_BY_SECTOR, language)}"
        grid.addWidget(group(say(words.S_FUNNEL, language), self.funnel_box), 0, 0)
        grid.addWidget(group(participants, self.participants_box), 0, 1)
        grid.addWidget(group(say(words.S_OUTCOMES, language), self.outcomes_box), 1, 0)
        grid.addWidget(group(say(words.S_INTERPRETERS, language), self.interpreters_box), 1, 1)
        # the tables across the page: a column each for twelve sectors, or for five names
        grid.addWidget(group(say(words.S_SECTOR_PAIRS, language), self.matrix_box), 2, 0, 1, 2)
        grid.addWidget(group(say(words.S_PROMISING, language), self.promising_box), 3, 0, 1, 2)
        grid.addWidget(self.comparison_group, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(self.headline)
        inner.addLayout(grid)
        inner.addStretch(1)
        self.figures_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    # --- Page ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Dashboard")

    def ready(self) -> bool:
        return self._loaded and not self._running and self._report is None

    def is_writing(self) -> bool:
        return self._report is not None

    # --- loading ---------------------------------------------------------------------------

    def _on_bus_changed(self, _changes: Changes, _initiator: object) -> None:
        # Every kind of change moves a figure (the programme too: an interpreter at a visit
        # is not available for meetings), and outcomes and follow-ups may come under any
        # flag: read them all again, once, when the page is seen.
        self.when_shown(FIGURES, self.reload)

    def _mission_changed(self) -> None:
        self._loaded = False
        self.when_shown(FIGURES, self.reload)

    def reload(self) -> None:
        """Read the figures again (one load at a time; one more after it if asked meanwhile:
        a burst of another desk's changes is one or two loads, not one each)."""
        if self._running:
            self._again = True
            return
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:  # no figures of another database left shown
            self.figures, self.view, self._language = None, None, ""
            self.figures_area.hide()
            self.write_button.setEnabled(False)
            self._loaded = True
            return
        self._running, self._again = True, False
        self.ctx.runner.run(
            partial(_load, store, mission_id),
            on_done=partial(self._loaded_figures, mission_id),
            on_error=self._load_failed,
        )

    def _loaded_figures(self, mission_id: int, figures: MissionFigures) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        if mission_id == self.ctx.mission_id:
            self.show_figures(figures)
            self._loaded = True
        if self._again or mission_id != self.ctx.mission_id:
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        self._loaded = True
        self._say(self.tr("Could not read the figures: {reason}").format(reason=failure_text(exc)))
        if self._again:
            self.reload()

    def show_figures(self, figures: MissionFigures) -> None:
        """Show ``figures``: numbers change in place (no widget is rebuilt while the sectors
        and the interpreters stay the same), painted once when all are set."""
        language = current_language()
        if figures == self.figures and language == self._language:
            return  # a change elsewhere that moved no figure: nothing to redo or repaint
        view = view_of(figures, language)
        self.figures, self.view, self._language = figures, view, language
        self.figures_area.show()
        if not self.is_writing():
            self.write_button.setEnabled(True)
        nothing_scheduled = self.tr("Nothing scheduled yet")
        no_outcomes = self.tr("No outcomes recorded yet")
        self.setUpdatesEnabled(False)
        try:
            self.headline.set_figures(list(view.headline))
            self.funnel.set_chart(view.funnel)
            self.not_scheduled.set_chart(view.not_scheduled)
            self.not_held.set_chart(view.not_held)
            self.funnel_box.show_content(
                view.requested > 0 or view.scheduled > 0, self.tr("No meetings requested yet")
            )
            self.participants.set_chart(view.participants)
            self.participants_box.show_content(
                not self.participants.is_empty(), self.tr("No participants yet")
            )
            self.outcomes.set_chart(view.outcomes)
            self.outcomes_box.show_content(
                view.answers > 0, nothing_scheduled if view.scheduled == 0 else no_outcomes
            )
            self.matrix.set_matrix(view.matrix)
            self.matrix_box.show_content(view.scheduled > 0, nothing_scheduled)
            self.interpreters.set_chart(view.interpreters)
            self.interpreters_box.show_content(
                bool(view.interpreters.rows) and view.scheduled > 0,
                nothing_scheduled if view.interpreters.rows else self.tr("No interpreters yet"),
            )
            self.promising.set_rows(view.promising)
            self.promising_box.show_content(
                bool(view.promising), nothing_scheduled if view.scheduled == 0 else no_outcomes
            )
            self.comparison.set_rows(view.comparison)
            self.comparison_box.show_content(
                view.previous is not None, self.tr("No earlier mission to compare with")
            )
            if view.previous is not None:
                self.comparison.setHorizontalHeaderItem(2, QTableWidgetItem(view.previous))
        finally:
            self.setUpdatesEnabled(True)

    # --- the report ------------------------------------------------------------------------

    def ask_report(self) -> None:
        """Ask where and in which language, then write."""
        if self.ctx.store is None or self.ctx.mission_id is None or self.is_writing():
            return
        dialog = ReportDialog(self.ctx.paths.documents_dir, current_language(), self)
        if dialog.exec() and (choice := dialog.choice()) is not None:
            self.write_report(choice)

    def write_report(self, choice: ReportChoice) -> None:
        """Write the report ``choice`` describes off the UI thread; Cancel after a moment."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None or self.is_writing():
            return
        cancel = CancelFlag()
        self._report = cancel
        self.write_button.setEnabled(False)
        self.open_button.hide()
        self._say(self.tr("Writing the report…"))
        self._slow.start()
        self.ctx.runner.run(
            partial(_write, store, mission_id, choice, cancel),
            on_done=self._written,
            on_error=self._write_failed,
            cancel=cancel.request,
        )

    def cancel_report(self) -> None:
        if self._report is not None:
            self._report.request()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping…"))

    def _show_progress(self) -> None:
        if self._report is not None:
            self.progress.show()
            self.cancel_button.setEnabled(True)
            self.cancel_button.show()

    def _done_writing(self) -> None:
        self._report = None
        self._slow.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self.write_button.setEnabled(True)

    def _written(self, written: ReportWritten) -> None:
        if not shiboken6.isValid(self):
            return
        self._done_writing()
        self.written = [p for p in (written.pdf, written.xlsx) if p is not None]
        text = self.tr("Written: {files}").format(files=", ".join(str(p) for p in self.written))
        if written.nothing_scheduled:
            text += " " + self.tr("(nothing is scheduled yet: the meeting figures are zero)")
        self._say(text)
        self.open_button.show()

    def open_written(self) -> None:
        """Open the report just written in the PDF viewer of the system."""
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0])))

    def _write_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._done_writing()
        self.written = []
        if isinstance(exc, ReportCancelled):
            self._say(self.tr("Cancelled: no report was written."), error=True)
            return
        self._say(
            self.tr("Could not write the report: {reason}").format(reason=failure_text(exc)),
            error=True,
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)


def _load(store: Store, mission_id: int) -> MissionFigures:
    return load_figures(store, mission_id)


class ReportCancelled(Exception):
    """The coordinator cancelled the report before it was written (nothing was)."""


def _write(
    store: Store, mission_id: int, choice: ReportChoice, cancel: CancelFlag
) -> ReportWritten:
    """On the database worker: the report service reads the mission once and writes the
    PDF (and the .xlsx). Under a second on the large demo, so a Cancel stops it only while
    it waits behind the pages' loads; once begun, it finishes (atomic files, never half)."""
    if cancel():
        raise ReportCancelled
    return write_report(
        store, mission_id, choice.pdf, DocumentLanguage(choice.language), xlsx=choice.xlsx
    )
