"""The run panel: schedule the mission in the background, with progress, bound and cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services.b2b_grid import ScheduleBlocker
from app.services.schedule_runs import RunSummary
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

T = TypeVar("T")
DEFAULT_TIME_LIMIT_S = 60


class _Dropped(Exception):
    """Another database was opened while the scheduler ran: its answer is not stored."""


class _ProgressRelay(QObject):
    """Emitted from the solver's thread; the queued connection lands on the UI thread."""

    progress = Signal(str, float, object, object)  # phase, fraction, best, bound


class RunPanel(QWidget):
    """ "Schedule", a time limit, a progress bar, "Cancel" and what the last run found."""

    finished = Signal(object)  # the ScheduleOutcome
    running_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.solve: Solve | None = None  # tests put a stand-in here; None: the real solver
        self.control: Control | None = None
        self.last: ScheduleOutcome | None = None
        self._mission_id: int | None = None  # of the running (or last) run
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._on_progress)

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
        self.result.setWordWrap(True)
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
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Starting…"))
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Scheduling…"))
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
            "gaps": self.tr("Shortening idle gaps"),
            "done": self.tr("Finishing"),
        }
        return labels.get(phase, phase)

    def _on_progress(self, phase: str, fraction: float, best: object, bound: object) -> None:
        if self.control is None:
            return
        label = self.phase_label(phase)
        numbers = isinstance(best, int | float), isinstance(bound, int | float)
        if phase == "gaps" and numbers[0]:
            # breaks are minimised: the bound is a floor, and may be unknown yet
            text = (
                self.tr("{phase}: {best:g} idle gaps, at least {bound:g}")
                if numbers[1]
                else self.tr("{phase}: {best:g} idle gaps")
            )
            self.progress.setFormat(text.format(phase=label, best=best, bound=bound))
        elif all(numbers):
            self.progress.setFormat(
                self.tr("{phase}: {best:g} of at most {bound:g}").format(
                    phase=label, best=best, bound=bound
                )
            )
        else:
            self.progress.setFormat(label)
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _finish(self) -> None:
        self.control = None
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
            self.result.setText(self.describe(outcome))
            self.finished.emit(outcome)
        if outcome.changes.b2b:
            self.ctx.bus.announce(outcome.changes, self)

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, _Dropped):
            self.result.setText(self.tr("Another database was opened; the schedule was dropped."))
            return
        self.progress.setFormat(self.tr("Failed"))
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(
            self.tr("Could not schedule: {reason}").format(reason=failure_text(exc))
        )

    def describe(self, outcome: ScheduleOutcome) -> str:
        """Status, weight against the upper bound, breaks, what was stored."""
        schedule = outcome.schedule
        if schedule.status is Status.INFEASIBLE:
            reasons = "; ".join(reason_text(u) for u in schedule.unscheduled[:3])
            return self.tr("Infeasible: nothing was changed. {reasons}").format(reasons=reasons)
        return self._figures(outcome.run)

    def show_last_run(self, run: RunSummary | None) -> None:
        """The mission's last stored run, when this window has not run the scheduler yet."""
        if self.is_running() or self.last is not None:
            return
        if run is None:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("The scheduler has not run on this mission yet."))
            return
        when = f"{run.finished_at.astimezone():%Y-%m-%d %H:%M %Z}"  # this computer's time
        if run.status == Status.INFEASIBLE.value:
            text = self.tr("Infeasible: nothing was changed.")
        else:
            text = self._figures(run)
        self.result.setStyleSheet(ERROR_STYLE if run.status == Status.INFEASIBLE.value else "")
        self.result.setText(self.tr("Last run, {when}: {figures}").format(when=when, figures=text))

    def _figures(self, run: RunSummary) -> str:
        bound, weight = run.upper_bound, run.weight
        if run.status == Status.OPTIMAL.value:
            status = self.tr("Optimal")
        elif bound and weight >= bound - 1e-6:
            status = self.tr("Best meetings chosen; idle gaps not proven minimal in time")
        else:
            status = self.tr("Best found in time")
        if bound and weight >= bound - 1e-6:
            value = self.tr(
                "weight {weight} = upper bound: the selection is proven optimal"
            ).format(weight=weight)
        elif bound:
            value = self.tr("weight {weight} of upper bound {bound:g} ({share:.1%})").format(
                weight=weight, bound=bound, share=weight / bound
            )
        else:
            value = self.tr("weight {weight}").format(weight=weight)
        return self.tr(
            "{status}: {value}; {breaks} idle gaps; {stored} meetings stored, "
            "{unscheduled} requests unscheduled ({seconds:.1f} s)"
        ).format(
            status=status,
            value=value,
            breaks=run.breaks,
            stored=run.stored,
            unscheduled=run.unscheduled_count,
            seconds=run.solve_seconds,
        )
