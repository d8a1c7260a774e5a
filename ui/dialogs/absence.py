"""Mark a delegate absent, re-plan the rest of their day, see what changes, accept, and
prepare the updates for the people affected: one dialog, from the Participants page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common.timezones import to_local
from app.services.absence import (
    Absence,
    AbsenceChoice,
    absence_choice,
    mark_absent,
    undo_absence,
)
from app.services.absence_updates import Updates, write_updates
from app.services.replan import (
    DEFAULT_TIME_LIMIT_S,
    Accepted,
    MeetingMove,
    Place,
    Replan,
    accept_replan,
    replan,
)
from app.services.scheduling import Control, Solve
from ui.context import AppContext
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language

T = TypeVar("T")


class _Relay(QObject):
    """The solver's progress, from its thread to the UI thread (queued)."""

    progress = Signal(str, float, object, object)


class AbsenceDialog(QDialog):
    """Three steps on one page each: when and why; the re-plan running; its preview."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absenceDialog")
        self.ctx = ctx
        self.participant_id = participant_id
        self.solve: Solve | None = None  # tests may put a stand-in here
        self.now: datetime | None = None  # tests: the re-plan's "now" (None: the clock)
        self.time_limit_s = DEFAULT_TIME_LIMIT_S
        self.control: Control | None = None
        self.absence: Absence | None = None
        self.replan_result: Replan | None = None
        self.stored: Accepted | None = None
        self.updates: Updates | None = None
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.setWindowTitle(self.tr("Mark absent"))

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._when_page())
        self.pages.addWidget(self._running_page())
        self.pages.addWidget(self._preview_page())
        self.message = QLabel(self)
        self.message.setObjectName("absenceMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.resize(720, 520)
        store = ctx.store
        if store is not None:
            ctx.runner.run(
                lambda: absence_choice(store, participant_id),
                on_done=self._chosen,
                on_error=self._failed,
            )

    # --- the pages ---------------------------------------------------------------------------

    def _when_page(self) -> QWidget:
        page = QWidget(self)
        self.who = QLabel(page)
        self.who.setObjectName("absenceWho")
        self.whole_day = QRadioButton(self.tr("The whole day"), page)
        self.from_time = QRadioButton(self.tr("From a time to the end of the day"), page)
        self.whole_day.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.whole_day)
        group.addButton(self.from_time)
        self.day = QDateEdit(page)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit(QTime(9, 0), page)
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.from_time.toggled.connect(self.time.setEnabled)
        self.reason = QLineEdit(page)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. flight cancelled"))
        self.mark_button = QPushButton(self.tr("Mark absent and re-plan"), page)
        self.mark_button.setObjectName("markAbsentButton")
        self.mark_button.setEnabled(False)
        self.mark_button.clicked.connect(self.mark)
        close = QPushButton(self.tr("Close"), page)
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.who)
        form.addRow(self.whole_day)
        form.addRow(self.from_time)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("From:"), self.time)
        form.addRow(self.tr("Reason:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.mark_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget(self)
        self.running = QLabel(self.tr("Re-planning the rest of the day…"), page)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self.running)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setObjectName("replanSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(page)
        self.tree.setObjectName("replanPreview")
        self.tree.setHeaderLabels([self.tr("Meeting"), self.tr("Before"), self.tr("After")])
        self.tree.setColumnWidth(0, 330)
        self.accept_button = QPushButton(self.tr("Accept and publish"), page)
        self.accept_button.setObjectName("acceptReplanButton")
        self.accept_button.clicked.connect(self.accept_replan)
        self.decline_button = QPushButton(self.tr("Decline"), page)
        self.decline_button.clicked.connect(self.decline)
        self.updates_button = QPushButton(page)
        self.updates_button.setObjectName("prepareUpdatesButton")
        self.updates_button.hide()
        self.updates_button.clicked.connect(self.ask_updates_folder)
        self.undo_button = QPushButton(self.tr("Remove the absence"), page)
        self.undo_button.setObjectName("undoAbsenceButton")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout()
        row.addWidget(self.updates_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.decline_button)
        row.addWidget(self.accept_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        return page

    # --- step 1: when and why --------------------------------------------------------------

    def _chosen(self, choice: AbsenceChoice) -> None:
        self.choice = choice
        self.who.setText(self.tr("Who does not arrive: {name}").format(name=choice.name))
        if choice.first_day is not None and choice.last_day is not None:
            first = QDate(choice.first_day.year, choice.first_day.month, choice.first_day.day)
            last = QDate(choice.last_day.year, choice.last_day.month, choice.last_day.day)
            self.day.setDateRange(first, last)
            today = QDate.currentDate()
            self.day.setDate(today if first <= today <= last else first)
        self.mark_button.setEnabled(True)

    def mark(self) -> None:
        """Mark the absence, then re-plan."""
        store = self.ctx.store
        if store is None:
            return
        q = self.day.date()
        day = date(q.year(), q.month(), q.day())
        t = self.time.time()
        at = time(t.hour(), t.minute()) if self.from_time.isChecked() else None
        reason, pid = self.reason.text(), self.participant_id
        self.mark_button.setEnabled(False)
        self.message.setText("")
        self.ctx.runner.run(
            lambda: mark_absent(store, pid, day=day, from_time=at, reason=reason),
            on_done=self._marked,
            on_error=self._mark_failed,
        )

    def _mark_failed(self, exc: BaseException) -> None:
        self.mark_button.setEnabled(True)
        self._failed(exc)

    def _marked(self, absence: Absence) -> None:
        self.absence = absence
        self.ctx.bus.announce(absence.changes, self)
        self.start_replan()

    # --- step 2: the re-plan ---------------------------------------------------------------

    def start_replan(self) -> None:
        """The re-plan on the compute worker, its reading through the database worker, as
        the scheduler's own run: progress, cancel, dropped if another database is opened."""
        store, absence = self.ctx.store, self.absence
        if store is None or absence is None:
            return
        control = Control(time_limit_s=self.time_limit_s, progress=self._relay.progress.emit)
        self.control = control
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(1)
        ctx, solve, now, limit = self.ctx, self.solve, self.now, self.time_limit_s

        def in_database(job: Callable[[], T]) -> T:
            if ctx.compute.closing or ctx.store is not store:
                raise RuntimeError("another database was opened")
            return ctx.runner.call(job)

        self.ctx.compute.run(
            lambda: replan(
                store,
                absence.id,
                time_limit_s=limit,
                control=control,
                solve=solve,
                in_database=in_database,
                now=now,
            ),
            on_done=self._replanned,
            on_error=self._replan_failed,
            cancel=control.cancel,
        )

    def _on_progress(self, phase: str, fraction: float, best: object, bound: object) -> None:
        if self.control is not None:
            self.progress.setValue(max(self.progress.value(), int(fraction * 1000)))

    def cancel(self) -> None:
        """Stop the solver: its best re-plan so far is shown."""
        if self.control is not None:
            self.control.cancel()
            self.cancel_button.setEnabled(False)

    def _replan_failed(self, exc: BaseException) -> None:
        self.control = None
        self.pages.setCurrentIndex(0)
        self._failed(exc)

    def _replanned(self, result: Replan) -> None:
        self.control = None
        self.replan_result = result
        self.show_preview(result)
        self.pages.setCurrentIndex(2)

    # --- step 3: the preview, accept, updates ------------------------------------------------

    def show_preview(self, result: Replan) -> None:
        p = result.preview
        self.summary.setText(
            self.tr(
                "{name} absent from {since}. Nothing is stored until you accept. "
                "{people} other people's schedules change."
            ).format(name=p.absence.name, since=p.absence.since, people=len(p.affected))
        )
        self.tree.clear()
        groups = (
            (self.tr("Moved"), p.moved),
            (self.tr("Dropped"), p.dropped),
            (self.tr("Placed from the waiting list"), p.placed),
            (self.tr("Kept, without the absent person"), p.released),
        )
        for title, moves in groups:
            top = QTreeWidgetItem([f"{title} ({len(moves)})"])
            for move in moves:
                top.addChild(QTreeWidgetItem(self._row(move, p.timezone)))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        count = len(p.affected)
        people = QTreeWidgetItem([self.tr("People affected ({count})").format(count=count)])
        for _pid, name in p.affected:
            people.addChild(QTreeWidgetItem([name]))
        self.tree.addTopLevelItem(people)
        for column in (0, 1, 2):
            self.tree.resizeColumnToContents(column)
        self.accept_button.setEnabled(True)
        self.decline_button.setEnabled(True)

    @staticmethod
    def _row(move: MeetingMove, zone: str) -> list[str]:
        def at(place: Place | None) -> str:  # the zone is named in the summary above
            return f"{to_local(place.start_utc, zone):%Y-%m-%d %H:%M}" if place else "—"

        return [move.names(current_language()), at(move.before), at(move.after)]

    def accept_replan(self) -> None:
        """Store the re-plan and publish it."""
        store, result = self.ctx.store, self.replan_result
        if store is None or result is None:
            return
        self.accept_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        self.ctx.runner.run(
            lambda: accept_replan(store, result),
            on_done=self._accepted,
            on_error=self._accept_failed,
        )

    def _accept_failed(self, exc: BaseException) -> None:
        self.decline_button.setEnabled(True)
        self._failed(exc)

    def _accepted(self, accepted: Accepted) -> None:
        self.stored = accepted
        self.ctx.bus.announce(accepted.changes, self)
        if accepted.publication is None:
            self.message.setText(self.tr("Nothing changed; nothing was published."))
            return
        count = len(accepted.preview.affected)
        self.message.setText(
            self.tr("Stored and published as version {number}.").format(
                number=accepted.publication.number
            )
        )
        self.updates_button.setText(self.tr("Prepare updates for %n people…", "", count))
        self.updates_button.show()

    def decline(self) -> None:
        """Keep the absence, store nothing of the re-plan."""
        self.replan_result = None
        self.message.setText(self.tr("Nothing was re-planned; the absence stays marked."))
        self.accept_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        self.undo_button.show()

    def undo(self) -> None:
        """Take the absence back (the re-plan was declined: nothing else to undo)."""
        store, absence = self.ctx.store, self.absence
        if store is None or absence is None:
            return
        self.undo_button.setEnabled(False)
        self.ctx.runner.run(
            lambda: undo_absence(store, absence.participant_id, absence.id),
            on_done=self._undone,
            on_error=self._failed,
        )

    def _undone(self, absence: Absence) -> None:
        self.absence = None
        self.ctx.bus.announce(absence.changes, self)
        self.message.setText(
            self.tr("{name} is no longer marked absent.").format(name=absence.name)
        )

    def ask_updates_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the updates"), str(self.ctx.paths.documents_dir)
        )
        if folder:
            self.prepare_updates(Path(folder))

    def prepare_updates(self, folder: Path) -> None:
        """Each affected person's agenda, calendar and e-mail draft, into ``folder``."""
        store, absence = self.ctx.store, self.absence
        if store is None or absence is None:
            return
        self.updates_button.setEnabled(False)
        leave_out = (absence.participant_id,)
        self.ctx.runner.run(
            lambda: write_updates(store, absence.mission_id, folder, leave_out=leave_out),
            on_done=self._updates_written,
            on_error=self._failed,
        )

    def _updates_written(self, updates: Updates) -> None:
        self.updates = updates
        self.message.setText(
            self.tr("Wrote {files} files for {people} people into {folder}.").format(
                files=len(updates.paths), people=len(updates.people), folder=updates.folder
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(user_message(exc))
