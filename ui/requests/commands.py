"""Request edits as undoable steps: each write reports the pairs it changed, with their values
before and after, and undo writes the "before" back (:mod:`app.services.requests`)."""

from __future__ import annotations

from collections.abc import Callable

from app.core.changes import Changes
from app.services import requests as service
from app.services.database import Store
from app.services.requests import RequestEdit, RequestsWritten
from ui.context import AppContext
from ui.undo import ServiceCommand, run_then_push


class RequestsCommand(ServiceCommand):
    """Undo writes back what the edits found; redo writes what they wrote."""

    def __init__(
        self, ctx: AppContext, text: str, mission_id: int, edits: tuple[RequestEdit, ...]
    ) -> None:
        super().__init__(ctx, text)
        self._mission_id, self._edits = mission_id, edits

    def _redo_job(self, store: Store) -> Changes:
        return service.redo_edits(store, self._mission_id, self._edits).changes

    def _undo_job(self, store: Store) -> Changes:
        return service.undo_edits(store, self._mission_id, self._edits).changes


def run_edit(
    ctx: AppContext,
    job: Callable[[Store, int], RequestsWritten],
    text: str,
    on_done: Callable[[RequestsWritten], object],
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Run ``job(store, mission_id)`` on the worker; if it changed something, push the step
    that undoes it, show it (``on_done``) and announce it."""
    mission_id = ctx.mission_id
    if mission_id is None:
        return

    def command(written: RequestsWritten) -> RequestsCommand | None:
        on_done(written)
        if not written.changed:
            return None
        return RequestsCommand(ctx, text, mission_id, written.edits)

    run_then_push(
        ctx,
        lambda store: job(store, mission_id),
        command,
        lambda written: written.changes,
        on_error,
        initiator,
    )
