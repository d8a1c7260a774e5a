"""The check-in page, for the registration desk: one large field that always has the focus
receives what a badge scanner types (or a name typed in either script), and each Enter is
answered at once, in order, in large type and colour; a name several people share gives a
short list to pick from with the arrow keys; Undo (Ctrl+Z) takes back the last check-in, of
exactly the person it names; the counts by side and delegation follow every scan and the
other desks' (live updates). A reader's account may check people in: nothing here is greyed
for it. The kiosk (:mod:`ui.check_in.kiosk`) shows the answers on a screen facing arrivals."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.services.check_in import (
    Arrival,
    ArrivalCount,
    ScanKind,
    ScanResult,
    arrival_counts,
    check_in_person,
    old_badge_codes,
    prepare_desk,
    scan,
    set_old_badge_codes,
    undo_check_in,
)
from app.services.database import Store
from app.services.missions import get_mission
from ui.check_in.answer_panel import AnswerPanel, where_from
from ui.check_in.counts_view import Counts, CountsView, moved
from ui.check_in.kiosk import KioskWindow
from ui.check_in.outcomes import Outcome, Tone, clock, outcome
from ui.check_in.scan_field import ScanField
from ui.check_in.scan_queue import Action, JobKind, ScanJob, ScanQueue
from ui.context import AppContext
from ui.errors import failure_text
from ui.i18n import current_language
from ui.pages.base import Page

RECENT = 50  # arrivals listed at this desk
COUNTS = "counts"  # the key under which a hidden page holds its reload of the counts
# The desk's own check-ins move the counts at once; the database's figures are read again
# once scanning pauses this long (and at once for other desks' changes).
RECONCILE_MS = 2000


@dataclass(frozen=True)
class _Counts:
    by_delegation: tuple[ArrivalCount, ...]
    by_side: tuple[ArrivalCount, ...]
    timezone: str | None
    old_codes: bool  # badges printed before the secret codes still check people in


def _fetch_counts(store: Store, mission_id: int, language: str) -> _Counts:
    by_delegation, by_side = arrival_counts(store, mission_id, language=language)
    mission = get_mission(store, mission_id)
    return _Counts(
        by_delegation,
        by_side,
        mission.timezone if mission is not None else None,
        old_badge_codes(store, mission_id),
    )


def person_line(person: Arrival, zone: str | None) -> str:
    """A person on one line of the lists: a tick and the time for those who have arrived,
    the names in both scripts, the organisation and delegation."""
    names = "  ".join(n for n in (person.latin_name, person.kanji_name) if n)
    when = clock(person.checked_in_at, zone)
    origin = where_from(person)
    line = f"✓ {when}  {names}" if when else names  # arrived, and when
    return f"{line} — {origin}" if origin else line


class CheckInPage(Page):
    """The desk. ``answer_shown(job, result)`` after each answer is on screen (tests and the
    benchmark measure from the Enter to it)."""

    page_id = "check_in"
    answer_shown = Signal(object, object)  # ScanJob, ScanResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._zone: str | None = None
        self._counts_running = False
        self._counts_again = False
        self._counts_loaded = False
        self._last_check_in: Arrival | None = None  # what Undo takes back (the button names it)
        self.kiosk: KioskWindow | None = None
        self._counts: Counts = ((), ())
        self._reconcile = QTimer(self)
        self._reconcile.setSingleShot(True)
        self._reconcile.setInterval(RECONCILE_MS)
        self._reconcile.timeout.connect(lambda: self.when_shown(COUNTS, self._load_counts))

        self.field = ScanField(self)
        self.field.setPlaceholderText(self.tr("Scan a badge, or type a name and press Enter"))
        self.answer = AnswerPanel(self)
        self.answer.setMinimumHeight(320)
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("candidates")
        self.candidates.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.candidates.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.candidates.setFont(font)
        self.candidates.itemDoubleClicked.connect(lambda _item: self._pick())
        self.candidates_hint = QLabel(
            self.tr("↑ ↓ to choose, Enter to check in, Esc to close"), self
        )
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoCheckIn")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_last)
        self.kiosk_button = QPushButton(self.tr("Kiosk screen (F11)"), self)
        self.kiosk_button.setObjectName("kioskButton")
        self.kiosk_button.setCheckable(True)
        self.kiosk_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kiosk_button.setToolTip(
            self.tr("Show each answer full screen on a second screen facing the arrivals")
        )
        self.kiosk_button.toggled.connect(self.set_kiosk)
        self.counts = CountsView(self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentArrivals")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setWordWrap(True)  # a whole line, names in both scripts, never scrolled
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.old_codes = QCheckBox(self.tr("Accept badges printed before the secret codes"), self)
        self.old_codes.setObjectName("oldBadgeCodes")
        self.old_codes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.old_codes.setToolTip(
            self.tr(
                "Old badges carry a code anyone could make up (PONTE:mission:participant). "
                "Accept them only until every badge is reprinted."
            )
        )
        self.old_codes.toggled.connect(self._set_old_codes)

        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.answer, 3)
        left.addWidget(self.candidates_hint)
        left.addWidget(self.candidates, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.kiosk_button)
        left.addLayout(buttons)
        left.addWidget(self.message)
        counts_box = QGroupBox(self.tr("Arrived / expected"), self)
        QVBoxLayout(counts_box).addWidget(self.counts)
        recent_box = QGroupBox(self.tr("Arrived at this desk"), self)
        QVBoxLayout(recent_box).addWidget(self.recent)
        right = QVBoxLayout()
        right.addWidget(counts_box)
        right.addWidget(recent_box, 1)
        right.addWidget(self.old_codes)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.queue = ScanQueue(ctx, self)
        self.queue.answered.connect(self._answered)
        self.queue.failed.connect(self._failed)
        self.field.submitted.connect(self.submit)
        self.field.moved.connect(self._move_candidate)
        self.field.escaped.connect(self._hide_candidates)
        self.field.undo_requested.connect(self.undo_last)
        kiosk_key = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        kiosk_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        kiosk_key.activated.connect(self.kiosk_button.toggle)
        ctx.bus.changed.connect(self._on_bus_changed)
        # a reader checks people in (the field stays); the mission's switch is an editor's
        ctx.bus.read_only_changed.connect(lambda ro: self.old_codes.setEnabled(not ro))
        self.old_codes.setEnabled(not ctx.read_only)
        ctx.bus.mission_changed.connect(lambda _id: self._mission_changed())
        self._mission_changed()

    def title(self) -> str:
        return self.tr("Check-in")

    def ready(self) -> bool:
        return self._counts_loaded and not self._counts_running and self.queue.pending() == 0

    def counts_settled(self) -> bool:
        """Whether the counts shown are the database's (read since the desk's last change)."""
        return self.ready() and not self._reconcile.isActive()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.setFocus()

    # --- scanning --------------------------------------------------------------------------

    def submit(self, text: str) -> ScanJob | None:
        """One Enter: a pick from the list shown (an empty line while it is), else a scan."""
        if self.ctx.store is None or self.ctx.mission_id is None:
            self.answer.show_answer(
                Outcome(self.tr("No mission open"), Tone.BAD, self.tr("Open a mission first.")),
                None,
            )
            return None
        current = self.candidates.currentItem()
        if not text.strip() and self.candidates.isVisible() and current is not None:
            return self._pick()
        language = current_language()
        return self._submit(
            JobKind.SCAN,
            lambda store, mission_id: scan(store, mission_id, text, language=language),
            text=text,
        )

    def _submit(self, kind: JobKind, action: Action, **details: object) -> ScanJob | None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return None
        return self.queue.submit(store, mission_id, kind, action, **details)

    def _pick(self) -> ScanJob | None:
        item = self.candidates.currentItem()
        participant_id = int(item.data(Qt.ItemDataRole.UserRole))
        language = current_language()
        self._hide_candidates()
        return self._submit(
            JobKind.PICK,
            lambda store, mission_id: check_in_person(
                store, mission_id, participant_id, language=language
            ),
            participant_id=participant_id,
        )

    def undo_last(self) -> ScanJob | None:
        """Take back the check-in the Undo button names (the last one shown at this desk)."""
        person = self._last_check_in
        if person is None:
            return None
        self._set_undoable(None)  # twice Ctrl+Z is one undo
        language = current_language()
        return self._submit(
            JobKind.UNDO,
            lambda store, mission_id: undo_check_in(
                store,
                mission_id,
                person.participant_id,
                language=language,
                made_at=person.checked_in_at,  # not another desk's check-in made since
            ),
            participant_id=person.participant_id,
        )

    # --- answers ---------------------------------------------------------------------------

    def _answered(self, job: ScanJob, result: ScanResult) -> None:
        if not shiboken6.isValid(self):
            return
        if job.mission_id != self.ctx.mission_id:  # scanned before another mission was opened
            self._show(outcome(result, None), result, job)
            return
        if job.kind is JobKind.UNDO:
            self._show(outcome(result, self._zone), result, job)
            if result.kind is ScanKind.UNDONE and result.person is not None:
                self._forget_recent(job.participant_id)
                self._changed(result.person, -1)
            return
        self._show(outcome(result, self._zone), result, job)
        if result.kind is ScanKind.NAMES:
            self._show_candidates(result.candidates)
        else:
            self._hide_candidates()
        if result.kind is ScanKind.CHECKED_IN and result.person is not None:
            self._set_undoable(result.person)
            self._add_recent(result.person)
            self._changed(result.person, 1)

    def _show(self, answer: Outcome, result: ScanResult, job: ScanJob) -> None:
        self.answer.show_answer(answer, result.person)
        if self.kiosk is not None:
            if job.kind is JobKind.UNDO:
                self.kiosk.show_idle()
            else:
                self.kiosk.show_result(result, current_language())
        self.message.clear()
        self._keep_focus()
        self.answer_shown.emit(job, result)

    def _failed(self, job: ScanJob, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        text = self.tr("Could not check in: {reason}").format(reason=failure_text(exc))
        self.answer.show_answer(Outcome(self.tr("Not recorded"), Tone.BAD, text), None)
        self._keep_focus()
        self.answer_shown.emit(job, None)

    def _keep_focus(self) -> None:
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or self.isAncestorOf(focused)):
            self.field.setFocus()

    def _set_undoable(self, person: Arrival | None) -> None:
        self._last_check_in = person
        if person is None:
            self.undo_button.setText(self.tr("Undo check-in (Ctrl+Z)"))
        else:
            names = " ".join(n for n in (person.latin_name, person.kanji_name) if n)
            self.undo_button.setText(self.tr("Undo check-in of {name} (Ctrl+Z)").format(name=names))
        self.undo_button.setEnabled(person is not None)

    # --- the list of people a name matched -------------------------------------------------

    def _show_candidates(self, people: tuple[Arrival, ...]) -> None:
        self.candidates.clear()
        for person in people:
            item = QListWidgetItem(person_line(person, self._zone))
            item.setData(Qt.ItemDataRole.UserRole, person.participant_id)
            self.candidates.addItem(item)
        self.candidates.setCurrentRow(0)
        self.candidates.show()
        self.candidates_hint.show()

    def _hide_candidates(self) -> None:
        self.candidates.clear()
        self.candidates.hide()
        self.candidates_hint.hide()

    def _move_candidate(self, step: int) -> None:
        if self.candidates.isVisible() and self.candidates.count():
            row = self.candidates.currentRow() + step
            self.candidates.setCurrentRow(max(0, min(row, self.candidates.count() - 1)))

    # --- this desk's arrivals --------------------------------------------------------------

    def _add_recent(self, person: Arrival) -> None:
        item = QListWidgetItem(person_line(person, self._zone))
        item.setData(Qt.ItemDataRole.UserRole, person.participant_id)
        self.recent.insertItem(0, item)
        while self.recent.count() > RECENT:
            self.recent.takeItem(self.recent.count() - 1)

    def _forget_recent(self, participant_id: int | None) -> None:
        for row in range(self.recent.count()):
            if self.recent.item(row).data(Qt.ItemDataRole.UserRole) == participant_id:
                self.recent.takeItem(row)
                return

    # --- the counts ------------------------------------------------------------------------

    def _changed(self, person: Arrival, step: int) -> None:
        """A check-in was recorded (``step`` 1) or taken back (-1): the counts here at once,
        the database's figures when scanning pauses, the other pages' lists."""
        self.ctx.bus.announce(Changes(participants=True), self)
        self._counts = moved(self._counts, person, step)
        self.counts.show_counts(*self._counts)
        self._reconcile.start()

    def _on_bus_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and (changes.participants or changes.missions):
            self.when_shown(COUNTS, self._load_counts)  # another desk's scans, an import

    def _mission_changed(self) -> None:
        self._zone = None
        self._set_undoable(None)
        self._hide_candidates()
        self.recent.clear()
        self.answer.clear(self.tr("Ready"))
        if self.kiosk is not None:
            self.kiosk.show_idle()
        self._counts_loaded = False
        self.when_shown(COUNTS, self._load_counts)
        self.when_shown("prepare", self._prepare)

    def _prepare(self) -> None:
        """Fold the mission's names on the worker before the first is typed (a scan queued
        meanwhile goes ahead of it)."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is not None and mission_id is not None:
            self.ctx.runner.run(
                lambda: prepare_desk(store, mission_id), on_error=lambda _exc: None
            )  # a failure here is said again by the first name typed

    def _load_counts(self) -> None:
        """Coalesced: one load at a time, and one more after it if asked meanwhile (a burst
        of other desks' changes is not one load each); scans go ahead of it on the worker."""
        if self._counts_running:
            self._counts_again = True
            return
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            self._counts = ((), ())
            self.counts.show_counts(*self._counts)
            self._counts_loaded = True
            return
        self._reconcile.stop()  # this load is the reconciling one
        self._counts_running, self._counts_again = True, False
        language = current_language()
        self.ctx.runner.run(
            lambda: _fetch_counts(store, mission_id, language),
            on_done=partial(self._counts_done, mission_id),
            on_error=self._counts_failed,
        )

    def _counts_done(self, mission_id: int, loaded: _Counts) -> None:
        if not shiboken6.isValid(self):
            return
        self._counts_running = False
        if mission_id == self.ctx.mission_id:
            self._zone = loaded.timezone
            with QSignalBlocker(self.old_codes):
                self.old_codes.setChecked(loaded.old_codes)
            self._counts = (loaded.by_delegation, loaded.by_side)
            self.counts.show_counts(*self._counts)
            self._counts_loaded = True
        if self._counts_again or mission_id != self.ctx.mission_id:
            self._load_counts()

    def _counts_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._counts_running = False
        self._counts_loaded = True
        self.message.setText(
            self.tr("Could not load the counts: {reason}").format(reason=failure_text(exc))
        )
        if self._counts_again:
            self._load_counts()

    def _set_old_codes(self, accepted: bool) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        self.ctx.runner.run(
            lambda: set_old_badge_codes(store, mission_id, accepted),
            on_done=lambda _none: self.ctx.bus.announce(Changes(missions=True), self),
            on_error=self._old_codes_failed,
        )

    def _old_codes_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.message.setText(
            self.tr("Could not change it: {reason}").format(reason=failure_text(exc))
        )
        self._load_counts()  # the switch as the database holds it

    # --- the kiosk -------------------------------------------------------------------------

    def set_kiosk(self, on: bool) -> None:
        """Open the kiosk (on a second screen when there is one) or close it."""
        if on and self.kiosk is None:
            self.kiosk = KioskWindow(self._forward_key, self.window())
            self.kiosk.closed.connect(self._kiosk_closed)
            self.kiosk.open_on_second_screen(self.window())
            self.field.setFocus()
        elif not on and self.kiosk is not None:
            self.kiosk.close()
        if self.kiosk_button.isChecked() != on:
            self.kiosk_button.setChecked(on)

    def _kiosk_closed(self) -> None:
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            kiosk.deleteLater()
        self.kiosk_button.setChecked(False)
        self.window().activateWindow()
        self.field.setFocus()

    def _forward_key(self, event: QKeyEvent) -> None:
        self.window().activateWindow()
        self.field.setFocus()
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        QCoreApplication.sendEvent(self.field, copy)
