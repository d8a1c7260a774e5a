"""The undoable steps of the Outcomes page: an answer recorded or cleared, a follow-up added,
edited, marked done or deleted; each calls :mod:`app.services.outcomes` or
:mod:`app.services.follow_ups` on the database worker."""

from __future__ import annotations

from collections.abc import Callable

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.model.enums import MeetingSide, Outcome
from app.services import follow_ups as fu
from app.services import outcomes as service
from app.services.database import Store
from app.services.follow_ups import FollowUpData, FollowUpSaved
from app.services.outcomes import OutcomeSaved, OutcomeValues
from ui.context import AppContext
from ui.undo import ServiceCommand, run_then_push


class OutcomeCommand(ServiceCommand):
    """An answer: undo writes back what was there, redo the answer given; each only over
    what the last step left (someone else's answer since refuses it, worded)."""

    def __init__(self, ctx: AppContext, text: str, done: OutcomeSaved, mission_id: int) -> None:
        super().__init__(ctx, text)
        self._id, self._side, self._mission = done.meeting_id, done.side, mission_id
        self._previous, self._values = done.previous, done.values

    def _redo_job(self, store: Store) -> Changes:
        return self._step(store, self._previous, self._values)

    def _undo_job(self, store: Store) -> Changes:
        return self._step(store, self._values, self._previous)

    def _step(self, store: Store, now: OutcomeValues, then: OutcomeValues) -> Changes:
        service.put_back_outcome(
            store, self._id, self._side, then, base=Loaded(now), mission_id=self._mission
        )
        return service.CHANGED


def record_answer(
    ctx: AppContext,
    meeting_id: int,
    side: MeetingSide,
    outcome: Outcome | None,
    note: str,
    base: Loaded[OutcomeValues],
    text: str,
    on_error: Callable[[BaseException], object],
    on_done: Callable[[OutcomeSaved], object] | None = None,
    initiator: object | None = None,
) -> None:
    """Record (``outcome`` None: clear) on the worker; once done, push the step undoing it."""
    mission_id = ctx.mission_id
    if mission_id is None:
        return

    def job(store: Store) -> OutcomeSaved:
        if outcome is None:
            return service.clear_outcome(store, meeting_id, side, base=base, mission_id=mission_id)
        return service.record_outcome(
            store, meeting_id, side, outcome, note, base=base, mission_id=mission_id
        )

    def command(done: OutcomeSaved) -> OutcomeCommand | None:
        if on_done is not None:
            on_done(done)
        return OutcomeCommand(ctx, text, done, mission_id) if done.changes.b2b else None

    run_then_push(ctx, job, command, lambda done: done.changes, on_error, initiator)


class FollowUpCommand(ServiceCommand):
    """A follow-up added (undo deletes it), edited or marked (undo writes the values back),
    or deleted (undo adds it again, under a new id)."""

    def __init__(self, ctx: AppContext, text: str, done: FollowUpSaved, mission_id: int) -> None:
        super().__init__(ctx, text)
        self._mission = mission_id
        self._id = done.follow_up_id
        self._before = done.previous
        self._after = done.saved.values if done.saved is not None else None

    def _redo_job(self, store: Store) -> Changes:
        return self._go(store, self._before, self._after)

    def _undo_job(self, store: Store) -> Changes:
        return self._go(store, self._after, self._before)

    def _go(self, store: Store, now: FollowUpData | None, then: FollowUpData | None) -> Changes:
        if then is None:  # it goes away
            fu.delete_follow_up(store, self._id)
        elif now is None:  # it comes (back)
            self._id = fu.add_follow_up(store, self._mission, then).follow_up_id
        else:
            fu.edit_follow_up(store, self._id, then, base=Loaded(now), undoing=True)
        return fu.CHANGED


def follow_up_step(
    ctx: AppContext,
    job: Callable[[Store, int], FollowUpSaved],
    text: str,
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Run a follow-up action on the worker; once done, push the step that undoes it."""
    mission_id = ctx.mission_id
    if mission_id is None:
        return
    run_then_push(
        ctx,
        lambda store: job(store, mission_id),
        lambda done: FollowUpCommand(ctx, text, done, mission_id) if done.changes.b2b else None,
        lambda done: done.changes,
        on_error,
        initiator,
    )
