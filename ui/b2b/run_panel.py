"""The run panel: schedule the mission in the background, with progress, bound and cancel."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services.b2b_grid import ScheduleBlocker
from app.services.gap_floor import GAPS_PHASE, floor_of, is_proven_minimal
from app.services.schedule_runs import RunSummary
from app.services.schedule_summary import run_summary, solver_figures
from app.services.scheduling import (
    Control,
    ScheduleOutcome,
    Solve,
    Status,
    schedule_mission,
)
from ui.b2b.lists import reason_text
from ui.context import AppContext
from ui.errors import failure_text
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language
from ui.pages.send_panel import stamp

T = TypeVar("T")
DEFAULT_TIME_LIMIT_S = 60
TICK_MS = 250  # how often the bar moves between the gap phase's reports


class _Dropped(Exception):
    """Another database was opened while the scheduler ran: its answer is not stored."""


class _ProgressRelay(QObject):
    """Emitted from the solver's thread; the queued connection lands on the UI thread."""

    progress = Signal(str, float, object, object)  # phase, fraction, best, bound


class RunPanel(QWidget):
    """ "Schedule", a time limit, a progress bar, "Cancel" and what the last run found."""

    finished = Signal(object)  # the ScheduleOutcome
    running_changed = Signal(bool)
    why_requested = Signal()  # "see why": show the requests that could not be placed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.solve: Solve | None = None  # tests put a stand-in here; None: the real solver
        self.control: Control | None = None
        self.last: ScheduleOutcome | None = None
        self._mission_id: int | None = None  # of the running (or last) run
        self._relay = _ProgressRelay(self)
        # queued: the solver's thread never touches a widget; its reports wait their turn
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._phase: str | None = None  # the running solver's phase, as last reported
        # the phase's last report: its share of the time used, when it came, the time left then
        self._anchor: tuple[float, float, float] | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)

        self.run_button = QPushButton(self.tr("Schedule"), self)
        self.run_button.setToolTip(
            self.tr("Place the most valuable meetings; locked meetings stay where they are.")
        )
        self.time_limit = QSpinBox(self)
        self.time_limit.setRange(1, 3600)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT_S)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(self.tr("The solver returns its best schedule by then."))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.result = QLabel(self)
        self.result.setObjectName("schedule_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.linkActivated.connect(lambda _link: self.why_requested.emit())
        # Why Schedule cannot run yet (no session, no organisations, no requests), shown in
        # place of a failure after the click.
        self.reason = QLabel(self)
        self.reason.setObjectName("schedule_reason")
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.blocker: ScheduleBlocker | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.run_button)
        layout.addWidget(QLabel(self.tr("Time limit:"), self))
        layout.addWidget(self.time_limit)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.result, 2)
        layout.addWidget(self.reason, 2)

        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.update_enabled()

    def show_result(self, text: str, *, html: str | None = None, tooltip: str = "") -> None:
        """What the last run found, as plain ``text`` (or ``html`` with a link in it)."""
        self.result.setText(html if html is not None else escape(text))
        self.result.setToolTip(tooltip)

    def result_text(self) -> str:
        """The result line as the coordinator reads it (without markup)."""
        return QTextDocumentFragment.fromHtml(self.result.text()).toPlainText()

    def reset(self) -> None:
        """Another mission was opened: nothing of the last run's progress or result is left."""
        self.last = None
        self._forget_phase()
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.result.setStyleSheet("")
        self.show_result("")
        self.update_enabled()

    def _forget_phase(self) -> None:
        self._ticker.stop()
        self._phase = None
        self._anchor = None

    def is_running(self) -> bool:
        return self.control is not None

    def update_enabled(self) -> None:
        open_ = self.ctx.store is not None and self.ctx.mission_id is not None
        blocked = self.blocker is not None and not self.is_running()
        self.run_button.setEnabled(open_ and not self.is_running() and not blocked)
        self.cancel_button.setEnabled(self.is_running())
        text = self.blocker_text(self.blocker) if open_ and blocked and self.blocker else ""
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
        self.result.setVisible(not text)
        self.run_button.setToolTip(
            text
            or self.tr("Place the most valuable meetings; locked meetings stay where they are.")
        )

    def set_blocker(self, blocker: ScheduleBlocker | None) -> None:
        """What the mission lacks before scheduling (None: it can run)."""
        self.blocker = blocker
        self.update_enabled()

    def blocker_text(self, blocker: ScheduleBlocker) -> str:
        return {
            ScheduleBlocker.NO_SESSION: self.tr(
                "Cannot schedule yet: the mission has no B2B session. Add one on the Sessions page."
            ),
            ScheduleBlocker.NO_ORGANISATIONS: self.tr(
                "Cannot schedule yet: the mission has no organisations. Add or import them."
            ),
            ScheduleBlocker.NO_REQUESTS: self.tr(
                "Cannot schedule yet: there are no meeting requests. Enter or import them."
            ),
        }[blocker]

    def start(self) -> None:
        """Run ``ponte schedule``'s own action on the compute worker; its reading and storing
        go through the database worker, so the pages' loads never wait behind the solver."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None or self.is_running():
            return
        limit = float(self.time_limit.value())
        control = Control(time_limit_s=limit, progress=self._relay.progress.emit)
        self.control = control
        self._mission_id = mission_id
        self._forget_phase()
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Starting…"))
        self.result.setStyleSheet("")
        self.show_result(self.tr("Scheduling…"))
        self.update_enabled()
        self.running_changed.emit(True)
        ctx, solve = self.ctx, self.solve

        def in_database(job: Callable[[], T]) -> T:
            # The window is closing, or another database was opened meanwhile: drop it.
            if ctx.compute.closing or ctx.store is not store:
                raise _Dropped()
            return ctx.runner.call(job)

        self.ctx.compute.run(
            lambda: schedule_mission(
                store,
                mission_id,
                time_limit_s=limit,
                control=control,
                solve=solve,
                in_database=in_database,
            ),
            on_done=self._on_done,
            on_error=self._on_error,
            cancel=control.cancel,
        )

    def cancel(self) -> None:
        """Ask the solver to stop; it returns (and stores) the best schedule found so far."""
        if self.control is not None:
            self.control.cancel()
            self.progress.setFormat(self.tr("Stopping…"))
            self.cancel_button.setEnabled(False)

    def phase_label(self, phase: str) -> str:
        """The solver's phase, for the coordinator (unknown phases are shown as they come)."""
        labels = {
            "selection": self.tr("Choosing meetings"),
            "tables": self.tr("Assigning tables"),
            GAPS_PHASE: self.tr("Shortening idle gaps"),
            "done": self.tr("Finishing"),
        }
        return labels.get(phase, phase)

    def _on_progress(self, phase: str, fraction: float, best: object, bound: object) -> None:
        """A report of the solver's (sent from its thread, queued here): the phase, its share
        of the time used, and its best and bound so far."""
        if self.control is None or self._mission_id != self.ctx.mission_id:
            return  # not running, or running for a mission no longer open
        if phase != self._phase:
            self._phase = phase
            self.progress.setValue(0)
        # the gap phase reports only when it improves: in between, the bar moves on from here
        self._anchor = (
            max(0.0, min(1.0, fraction)),
            self.control.elapsed(),
            self.control.remaining(),
        )
        label = self.phase_label(phase)
        if phase == GAPS_PHASE and isinstance(best, int | float):
            # the bar names the phase; its best and floor have the room of the result line
            self.show_result(self.gaps_text(best, floor_of(bound)))
            self.progress.setFormat(label)
        elif isinstance(best, int | float) and isinstance(bound, int | float):
            self.progress.setFormat(
                self.tr("{phase}: {best:g} of at most {bound:g}").format(
                    phase=label, best=best, bound=bound
                )
            )
        else:
            self.progress.setFormat(label)
        self._advance(fraction)
        if phase == GAPS_PHASE and not self._ticker.isActive():
            self._ticker.start()

    def gaps_text(self, best: float, floor: int | None) -> str:
        """The gap phase so far: its best number of idle gaps and the floor it proved, "proven
        minimal" only when the best reaches the floor."""
        count = round(best)
        if is_proven_minimal(best, floor):
            return self.tr("Idle gaps: {count}, proven minimal.").format(count=count)
        if floor:  # a floor of nothing says nothing
            return self.tr("Idle gaps: best so far {count}, cannot be fewer than {floor}.").format(
                count=count, floor=floor
            )
        return self.tr("Idle gaps: best so far {count}.").format(count=count)

    def _advance(self, fraction: float) -> None:
        """The bar to ``fraction`` of the phase, never back within it."""
        value = int(max(0.0, min(1.0, fraction)) * 1000)
        self.progress.setValue(max(value, self.progress.value()))

    def _tick(self) -> None:
        """Between the gap phase's reports: the last report's share of the time used, moved
        on by the time used since (the rest of the bar stands for the time left then)."""
        control, anchor = self.control, self._anchor
        if control is None or anchor is None or self._phase != GAPS_PHASE:
            self._ticker.stop()
            return
        fraction, then, left = anchor
        since = (control.elapsed() - then) / left if left > 0 else 1.0
        share = fraction + (1.0 - fraction) * min(1.0, since)
        self._advance(min(share, 0.99))  # done only when the solver says so

    def _finish(self) -> None:
        self.control = None
        self._forget_phase()
        self.update_enabled()
        self.running_changed.emit(False)

    def _on_done(self, outcome: ScheduleOutcome) -> None:
        cancelled = self.control is not None and self.control.cancelled
        self._finish()
        # Another mission may have been opened meanwhile: then this result is not shown.
        if self._mission_id == self.ctx.mission_id:
            self.last = outcome
            self.progress.setValue(1000)
            self.progress.setFormat(self.tr("Cancelled") if cancelled else self.tr("Done"))
            infeasible = outcome.schedule.status is Status.INFEASIBLE
            self.result.setStyleSheet(ERROR_STYLE if infeasible else "")
            if infeasible:
                self.show_result(self.describe(outcome))
            else:
                self._show_run(outcome.run)
            self.finished.emit(outcome)
        if outcome.changes.b2b:
            self.ctx.bus.announce(outcome.changes, self)

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, _Dropped):
            self.show_result(self.tr("Another database was opened; the schedule was dropped."))
            return
        self.progress.setFormat(self.tr("Failed"))
        self.result.setStyleSheet(ERROR_STYLE)
        self.show_result(self.tr("Could not schedule: {reason}").format(reason=failure_text(exc)))

    def describe(self, outcome: ScheduleOutcome) -> str:
        """The run as plain text: the coordinator's summary (or why nothing was changed)."""
        schedule = outcome.schedule
        if schedule.status is Status.INFEASIBLE:
            reasons = "; ".join(reason_text(u) for u in schedule.unscheduled[:3])
            return self.tr("Infeasible: nothing was changed. {reasons}").format(reasons=reasons)
        return QTextDocumentFragment.fromHtml(self._run_html(outcome.run)).toPlainText()

    def show_last_run(self, run: RunSummary | None, zone: str | None = None) -> None:
        """The mission's last stored run, when this window has not run the scheduler yet;
        dated as the Publish page dates versions: in the mission's ``zone`` with its
        abbreviation ("2027-10-04 18:12 JST")."""
        if self.is_running() or self.last is not None:
            return
        if run is None:
            self.result.setStyleSheet("")
            self.show_result(self.tr("The scheduler has not run on this mission yet."))
            return
        when = stamp(run.finished_at, zone)
        infeasible = run.status == Status.INFEASIBLE.value
        self.result.setStyleSheet(ERROR_STYLE if infeasible else "")
        if infeasible:
            self.show_result(
                self.tr("Last run, {when}: {figures}").format(
                    when=when, figures=self.tr("Infeasible: nothing was changed.")
                )
            )
            return
        self._show_run(run, when=when)

    def _show_run(self, run: RunSummary, when: str | None = None) -> None:
        html = self._run_html(run)
        if when is not None:
            html = escape(self.tr("Last run, {when}: {figures}")).format(
                when=escape(when), figures=html
            )
        self.show_result("", html=html, tooltip=solver_figures(run).text(current_language()))

    def _run_html(self, run: RunSummary) -> str:
        """ "All 205 best meetings placed; 85 requests could not be placed — see why. No one
        waits between meetings." with "see why" a link to the unscheduled requests."""
        lang = current_language()
        words = run_summary(run)
        summary = escape(words.placed.text(lang))
        if words.left:
            see_why = self.tr("see why")
            link = f'<a href="unscheduled">{escape(see_why)}</a>'
            first = escape(self.tr("{summary} — {link}.")).format(summary=summary, link=link)
        else:
            first = escape(self.tr("{summary}.")).format(summary=summary)
        space = "" if lang == "ja" else " "  # Japanese sentences follow on without a space
        return f"{first}{space}{escape(words.idle_gaps.text(lang))}"
