"""Meeting status on the day, as the window shows and marks it: a glyph and a colour for
each status (never colour alone), its words, the keys that mark it, and the undoable steps
that call :mod:`app.services.meeting_status` on the database worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.model.enums import MeetingStatus
from app.services import meeting_status as service
from app.services.database import Store
from app.services.meeting_status import MarksSaved, SheetMark, StatusMark, StatusSet, StatusValues
from ui.context import AppContext
from ui.undo import ServiceCommand, run_then_push

translate = QCoreApplication.translate
S = MeetingStatus

# The mark drawn on a meeting: a glyph that reads without colour, and a tint behind it.
GLYPHS: dict[MeetingStatus, str] = {
    S.HELD: "✓",
    S.NO_SHOW_A: "✗A",
    S.NO_SHOW_B: "✗B",
    S.NO_SHOW: "✗AB",
    S.CANCELLED: "⊘",
    S.SCHEDULED: "",
}
TINTS: dict[MeetingStatus, QColor] = {
    S.HELD: QColor("#d7efd9"),
    S.NO_SHOW_A: QColor("#ffe8b0"),
    S.NO_SHOW_B: QColor("#ffe8b0"),
    S.NO_SHOW: QColor("#ffd79a"),
    S.CANCELLED: QColor("#e2e2e2"),
}
INKS: dict[MeetingStatus, QColor] = {
    S.HELD: QColor("#1b6e2e"),
    S.NO_SHOW_A: QColor("#9a4a00"),
    S.NO_SHOW_B: QColor("#9a4a00"),
    S.NO_SHOW: QColor("#9a3000"),
    S.CANCELLED: QColor("#555555"),
}

# One key per status (the per-table view, the grid, the sheet entry).
KEYS: dict[int, MeetingStatus] = {
    Qt.Key.Key_H: S.HELD,
    Qt.Key.Key_A: S.NO_SHOW_A,
    Qt.Key.Key_B: S.NO_SHOW_B,
    Qt.Key.Key_N: S.NO_SHOW,
    Qt.Key.Key_C: S.CANCELLED,
    Qt.Key.Key_S: S.SCHEDULED,
}


def status_text(status: MeetingStatus, a: str = "A", b: str = "B") -> str:
    """The status in the window's language; a no-show names the side that missed it."""
    if status is S.HELD:
        return translate("MeetingStatus", "Held")
    if status is S.NO_SHOW_A:
        return translate("MeetingStatus", "{name} did not come").format(name=a)
    if status is S.NO_SHOW_B:
        return translate("MeetingStatus", "{name} did not come").format(name=b)
    if status is S.NO_SHOW:
        return translate("MeetingStatus", "Neither came")
    if status is S.CANCELLED:
        return translate("MeetingStatus", "Cancelled")
    return translate("MeetingStatus", "Scheduled")


def action_text(status: MeetingStatus) -> str:
    """What a menu entry marking ``status`` says (A and B: the meeting's two sides)."""
    return {
        S.HELD: translate("MeetingStatus", "Held"),
        S.NO_SHOW_A: translate("MeetingStatus", "A did not come"),
        S.NO_SHOW_B: translate("MeetingStatus", "B did not come"),
        S.NO_SHOW: translate("MeetingStatus", "Neither came"),
        S.CANCELLED: translate("MeetingStatus", "Cancelled (late)"),
        S.SCHEDULED: translate("MeetingStatus", "Back to scheduled"),
    }[status]


def labelled(status: MeetingStatus, a: str = "A", b: str = "B") -> str:
    """'✓ Held', '✗A Rossi did not come': glyph and words (the glyph alone for none)."""
    glyph = GLYPHS[status]
    return f"{glyph} {status_text(status, a, b)}" if glyph else status_text(status, a, b)


class StatusCommand(ServiceCommand):
    """A mark: undo puts back the status, note and time there were; redo the mark made.
    Each step only over the version the last one left (someone else's mark since refuses
    it, worded)."""

    def __init__(self, ctx: AppContext, text: str, done: StatusSet, mission_id: int) -> None:
        super().__init__(ctx, text)
        self._id, self._mission = done.meeting_id, mission_id
        self._previous, self._mark = done.previous, done.mark
        self._version = done.saved.version

    def _redo_job(self, store: Store) -> Changes:
        return self._step(store, self._previous, self._mark)

    def _undo_job(self, store: Store) -> Changes:
        return self._step(store, self._mark, self._previous)

    def _step(self, store: Store, now: StatusMark, then: StatusMark) -> Changes:
        base = Loaded(now.values, self._version)
        done = service.put_back_status(store, self._id, then, base=base, mission_id=self._mission)
        self._version = done.saved.version
        return service.CHANGED


class SheetCommand(ServiceCommand):
    """A sheet's marks saved together: undo puts every row back, redo marks them again."""

    def __init__(self, ctx: AppContext, text: str, saved: MarksSaved, mission_id: int) -> None:
        super().__init__(ctx, text)
        self._steps = [StatusCommand(ctx, text, done, mission_id) for done in saved.marks]

    def _redo_job(self, store: Store) -> Changes:
        for step in self._steps:
            step._redo_job(store)
        return service.CHANGED

    def _undo_job(self, store: Store) -> Changes:
        for step in reversed(self._steps):
            step._undo_job(store)
        return service.CHANGED


def mark_meeting(
    ctx: AppContext,
    meeting_id: int,
    status: MeetingStatus,
    note: str,
    base: Loaded[StatusValues],
    text: str,
    on_error: Callable[[BaseException], object],
    on_done: Callable[[StatusSet], object] | None = None,
    initiator: object | None = None,
) -> None:
    """Mark on the worker; once done, push the step that undoes it and announce it."""
    mission_id = ctx.mission_id
    if mission_id is None:
        return

    def command(done: StatusSet) -> StatusCommand | None:
        if on_done is not None:
            on_done(done)
        return StatusCommand(ctx, text, done, mission_id) if done.changes.b2b else None

    run_then_push(
        ctx,
        lambda store: service.set_meeting_status(
            store, meeting_id, status, note, base=base, mission_id=mission_id
        ),
        command,
        lambda done: done.changes,
        on_error,
        initiator,
    )


def mark_sheet(
    ctx: AppContext,
    marks: Sequence[SheetMark],
    text: str,
    on_error: Callable[[BaseException], object],
    on_done: Callable[[MarksSaved], object] | None = None,
    initiator: object | None = None,
) -> None:
    """A sheet's marks in one transaction on the worker, as one undoable step."""
    mission_id = ctx.mission_id
    if mission_id is None:
        return
    chosen = list(marks)

    def command(saved: MarksSaved) -> SheetCommand | None:
        if on_done is not None:
            on_done(saved)
        return SheetCommand(ctx, text, saved, mission_id) if saved.marks else None

    run_then_push(
        ctx,
        lambda store: service.mark_sheet(store, mission_id, chosen),
        command,
        lambda saved: saved.changes,
        on_error,
        initiator,
    )
