"""Moving and locking meetings as undoable commands (the services run on ``ctx.runner``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.core.changes import Changes
from app.services import b2b_grid as service
from app.services.b2b_grid import Position
from app.services.database import Store
from ui.context import AppContext
from ui.errors import user_message
from ui.undo import ServiceCommand, run_then_push


def refusal_text(exc: BaseException) -> str:
    """Why a move was refused, for the coordinator (a MoveRefused is worded like any
    other error of the actions)."""
    return user_message(exc)


class MoveCommand(ServiceCommand):
    """A move (or the swap it made): undo moves the meeting back, which swaps back too."""

    def __init__(
        self, ctx: AppContext, text: str, meeting_id: int, target: Position, previous: Position
    ) -> None:
        super().__init__(ctx, text)
        self._id, self._target, self._previous = meeting_id, target, previous

    def _redo_job(self, store: Store) -> Changes:
        t = self._target
        return service.move_meeting(store, self._id, t.start_utc, t.table_id).changes

    def _undo_job(self, store: Store) -> Changes:
        p = self._previous
        return service.move_meeting(store, self._id, p.start_utc, p.table_id).changes


class LockCommand(ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, meeting_id: int, locked: bool) -> None:
        super().__init__(ctx, text)
        self._id, self._locked = meeting_id, locked

    def _redo_job(self, store: Store) -> Changes:
        return service.set_locked(store, self._id, self._locked).changes

    def _undo_job(self, store: Store) -> Changes:
        return service.set_locked(store, self._id, not self._locked).changes


def move_meeting(
    ctx: AppContext,
    meeting_id: int,
    start_utc: datetime,
    table_id: int,
    text: str,
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Move on the worker; once done, push the command that undoes it and announce it."""
    target = Position(table_id, start_utc)
    run_then_push(
        ctx,
        lambda store: service.move_meeting(store, meeting_id, start_utc, table_id),
        # Dropped where it was: nothing changed, nothing to undo.
        lambda moved: (
            MoveCommand(ctx, text, meeting_id, target, moved.previous)
            if moved.changes.b2b
            else None
        ),
        lambda moved: moved.changes,
        on_error,
        initiator,
    )


def set_locked(
    ctx: AppContext,
    meeting_id: int,
    locked: bool,
    text: str,
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Lock or unlock on the worker; once done, push the command that undoes it."""
    run_then_push(
        ctx,
        lambda store: service.set_locked(store, meeting_id, locked),
        lambda result: (
            None if result.previous == locked else LockCommand(ctx, text, meeting_id, locked)
        ),
        lambda result: result.changes,
        on_error,
        initiator,
    )
