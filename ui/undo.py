"""Undo and redo of edits, as QUndoCommands that call the services through ``ctx.runner``.

An action runs first (so that a validation error never leaves a command on the stack); once
it succeeded, its command is pushed and that first ``redo()`` does nothing. Later undo/redo
calls run on the database worker and announce what changed on ``ctx.bus``. A step that fails
(say, an e-mail was taken meanwhile) reaches ``ctx.runner.failed`` as :class:`UndoFailed`,
whose text is written for the coordinator.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.core.errors import NotFound
from app.core.row_snapshots import Created, Deleted, Snapshot, Updated
from app.services.database import Store
from ui.context import AppContext
from ui.errors import failure_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds calls named "translate"

D = TypeVar("D")
R = TypeVar("R")


class UpdateService(Protocol[D]):
    """An update service: new values saved over the version they were loaded from."""

    def __call__(
        self, store: Store, record_id: int, data: D, /, *, base: Loaded[D], undoing: bool = False
    ) -> Updated[D]: ...


@dataclass(frozen=True)
class RecordOps(Generic[D]):
    """The services for one kind of record, as the editor and the commands need them."""

    get: Callable[[Store, int], D]
    load: Callable[[Store, int], Loaded[D]]  # values and version: an editor's base
    create: Callable[[Store, int, D], Created]
    update: UpdateService[D]
    delete: Callable[[Store, int], Deleted]
    restore: Callable[[Store, Snapshot], Changes]


class UndoFailed(Exception):
    """An undo or redo could not be done; ``str()`` is the message for the coordinator."""


class ServiceCommand(QUndoCommand):
    """Runs ``_redo_job`` / ``_undo_job`` on the worker (skipping the first redo: done already)."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._store = ctx.store  # undo belongs to the database the action was done in
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._run(self._redo_job)

    def undo(self) -> None:
        self._run(self._undo_job)

    def _redo_job(self, store: Store) -> Changes:
        raise NotImplementedError

    def _undo_job(self, store: Store) -> Changes:
        raise NotImplementedError

    def _run(self, job: Callable[[Store], Changes]) -> None:
        ctx, store = self._ctx, self._store
        if store is None or ctx.store is not store:
            self._failed(
                UndoFailed(translate("Undo", "The database this was done in is no longer open."))
            )
            return
        ctx.runner.run(lambda: job(store), on_done=self._announce, on_error=self._failed)

    def _announce(self, changes: Changes) -> None:
        self._ctx.bus.announce(changes, None)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            reason = translate("Undo", "It was changed or deleted meanwhile.")
        elif isinstance(exc, UndoFailed):
            reason = str(exc)
        else:
            reason = failure_text(exc)
        message = translate("Undo", "Could not undo or redo “{action}”: {reason}").format(
            action=self.text(), reason=reason
        )
        # Show the truth again: views reload whatever the failed step may have touched.
        self._ctx.bus.announce(Changes.everything(), None)
        self._ctx.runner.failed.emit(UndoFailed(message))


class EditCommand(ServiceCommand, Generic[D]):
    """An update: undo writes the old values back, redo the new ones — each only over the
    version the last step left. When someone else changed the record since, the step is
    refused (their change is not overwritten) and says so."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        ops: RecordOps[D],
        record_id: int,
        old: D,
        saved: Loaded[D],
    ) -> None:
        super().__init__(ctx, text)
        self._ops, self._id, self._old, self._new = ops, record_id, old, saved.values
        self._version = saved.version  # the record's version after the last step done

    def _redo_job(self, store: Store) -> Changes:
        return self._step(store, Loaded(self._old, self._version), self._new)

    def _undo_job(self, store: Store) -> Changes:
        return self._step(store, Loaded(self._new, self._version), self._old)

    def _step(self, store: Store, base: Loaded[D], values: D) -> Changes:
        # Runs on the worker; the next step runs after it on the same thread.
        updated = self._ops.update(store, self._id, values, base=base, undoing=True)
        if updated.saved is not None:
            self._version = updated.saved.version
        return updated.changes


class CreateCommand(ServiceCommand, Generic[D]):
    """An addition: undo deletes the record, redo puts it back with the same id. The undo is
    refused when someone else changed the record since it was added (``version``): deleting
    it would take their changes with it."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        ops: RecordOps[D],
        record_id: int,
        version: int | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self._ops, self._id, self._version = ops, record_id, version
        self._snapshot: Snapshot | None = None

    def _undo_job(self, store: Store) -> Changes:
        # Runs on the worker; the next job (a redo) runs after it on the same thread.
        _refuse_if_moved(self._ops, store, self._id, self._version)
        deleted = self._ops.delete(store, self._id)
        self._snapshot = deleted.snapshot
        return deleted.changes

    def _redo_job(self, store: Store) -> Changes:
        if self._snapshot is None:
            raise UndoFailed(translate("Undo", "There is nothing to put back."))
        changes = self._ops.restore(store, self._snapshot)
        self._version = _version_of(self._ops, store, self._id)
        return changes


class DeleteCommand(ServiceCommand, Generic[D]):
    """A deletion: undo restores the snapshot (same ids, with dependants), redo deletes again
    (refused when someone else changed the record after the undo put it back)."""

    def __init__(
        self, ctx: AppContext, text: str, ops: RecordOps[D], record_id: int, snapshot: Snapshot
    ) -> None:
        super().__init__(ctx, text)
        self._ops, self._id, self._snapshot = ops, record_id, snapshot
        self._version: int | None = None

    def _undo_job(self, store: Store) -> Changes:
        changes = self._ops.restore(store, self._snapshot)
        self._version = _version_of(self._ops, store, self._id)
        return changes

    def _redo_job(self, store: Store) -> Changes:
        _refuse_if_moved(self._ops, store, self._id, self._version)
        deleted = self._ops.delete(store, self._id)
        self._snapshot = deleted.snapshot
        return deleted.changes


def _version_of(ops: RecordOps[D], store: Store, record_id: int) -> int | None:
    """The record's version now (None: this kind has no loader, e.g. a period)."""
    try:
        return ops.load(store, record_id).version
    except NotImplementedError:
        return None


def _refuse_if_moved(ops: RecordOps[D], store: Store, record_id: int, version: int | None) -> None:
    """Refuse a delete by undo or redo of a record someone else changed since this step."""
    if version is None:
        return
    if ops.load(store, record_id).version != version:
        raise UndoFailed(
            translate(
                "Undo",
                "Someone else changed it after this step; deleting it now would delete "
                "their changes too, so nothing was written.",
            )
        )


def run_then_push(
    ctx: AppContext,
    job: Callable[[Store], R],
    command: Callable[[R], QUndoCommand | None],
    changes: Callable[[R], Changes],
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Run ``job`` on the worker; once it succeeded, push ``command(result)`` (None: nothing
    happened, nothing to undo) and announce ``changes(result)``."""
    store = ctx.store
    if store is None:
        return

    def done(result: R) -> None:
        undo = command(result)
        if undo is None:
            return
        ctx.undo.push(undo)
        ctx.bus.announce(changes(result), initiator)

    ctx.runner.run(lambda: job(store), on_done=done, on_error=on_error)


def delete_record(
    ctx: AppContext,
    ops: RecordOps[D],
    record_id: int,
    text: str,
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Delete on the worker; once done, push the command that undoes it and announce it."""
    run_then_push(
        ctx,
        lambda store: ops.delete(store, record_id),
        lambda deleted: DeleteCommand(ctx, text, ops, record_id, deleted.snapshot),
        lambda deleted: deleted.changes,
        on_error,
        initiator,
    )
