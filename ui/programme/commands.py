"""Undo and redo of the programme's items: add, edit (a move or a resize is an edit), delete.

Each action runs first on the database worker; once it succeeded, its command is pushed
(see :mod:`ui.undo`). A deleted item comes back under its own id.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.services.database import Store
from app.services.programme import (
    ItemDraft,
    ItemSaved,
    add_item,
    delete_item,
    restore_item,
    update_item,
)
from ui.context import AppContext
from ui.undo import ServiceCommand, UndoFailed, run_then_push, translate

CHANGED = Changes(agenda=True)


class EditItemCommand(ServiceCommand):
    """An edit: undo writes the old draft back, redo the new one — each only over the item
    as the last step left it; someone else's change since refuses the step, in words."""

    def __init__(
        self, ctx: AppContext, text: str, item_id: int, old: ItemDraft, saved: Loaded[ItemDraft]
    ) -> None:
        super().__init__(ctx, text)
        self.item_id, self._old, self._new = item_id, old, saved.values
        self._version = saved.version

    def _redo_job(self, store: Store) -> Changes:
        return self._step(store, Loaded(self._old, self._version), self._new)

    def _undo_job(self, store: Store) -> Changes:
        return self._step(store, Loaded(self._new, self._version), self._old)

    def _step(self, store: Store, base: Loaded[ItemDraft], draft: ItemDraft) -> Changes:
        saved = update_item(store, self.item_id, draft, base=base, undoing=True)
        if saved.saved is not None:
            self._version = saved.saved.version
            if draft is self._new:
                self._new = saved.saved.values
            else:
                self._old = saved.saved.values
        return saved.changes


class AddItemCommand(ServiceCommand):
    """An addition: undo deletes the item, redo puts it back under the same id."""

    def __init__(self, ctx: AppContext, text: str, mission_id: int, item_id: int) -> None:
        super().__init__(ctx, text)
        self._mission_id, self.item_id = mission_id, item_id
        self._draft: ItemDraft | None = None

    def _undo_job(self, store: Store) -> Changes:
        self._draft = delete_item(store, self.item_id)
        return CHANGED

    def _redo_job(self, store: Store) -> Changes:
        if self._draft is None:
            raise UndoFailed(translate("Undo", "There is nothing to put back."))
        saved = restore_item(store, self._mission_id, self.item_id, self._draft)
        self.item_id = saved.item_id
        return saved.changes


class DeleteItemCommand(ServiceCommand):
    """A deletion: undo restores the item under its id, redo deletes it again."""

    def __init__(
        self, ctx: AppContext, text: str, mission_id: int, item_id: int, draft: ItemDraft
    ) -> None:
        super().__init__(ctx, text)
        self._mission_id, self.item_id, self._draft = mission_id, item_id, draft

    def _undo_job(self, store: Store) -> Changes:
        saved = restore_item(store, self._mission_id, self.item_id, self._draft)
        self.item_id = saved.item_id
        return saved.changes

    def _redo_job(self, store: Store) -> Changes:
        self._draft = delete_item(store, self.item_id)
        return CHANGED


def add(
    ctx: AppContext,
    mission_id: int,
    draft: ItemDraft,
    text: str,
    on_done: Callable[[ItemSaved], object],
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Add an item on the worker; once stored, push its command and announce it."""

    def command(saved: ItemSaved) -> AddItemCommand:
        on_done(saved)
        return AddItemCommand(ctx, text, mission_id, saved.item_id)

    run_then_push(
        ctx,
        lambda store: add_item(store, mission_id, draft),
        command,
        lambda saved: saved.changes,
        on_error,
        initiator,
    )


def edit(
    ctx: AppContext,
    item_id: int,
    old: ItemDraft,
    new: ItemDraft,
    text: str,
    on_done: Callable[[ItemSaved], object],
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Change an item on the worker; once stored, push its command and announce it."""

    def command(saved: ItemSaved) -> EditItemCommand:
        on_done(saved)
        return EditItemCommand(ctx, text, item_id, old, saved.saved or Loaded(new))

    run_then_push(
        ctx,
        lambda store: update_item(store, item_id, new, base=Loaded(old)),
        command,
        lambda saved: saved.changes,
        on_error,
        initiator,
    )


def delete(
    ctx: AppContext,
    mission_id: int,
    item_id: int,
    text: str,
    on_done: Callable[[ItemDraft], object],
    on_error: Callable[[BaseException], object],
    initiator: object | None = None,
) -> None:
    """Delete an item on the worker; once gone, push the command that puts it back."""

    def command(draft: ItemDraft) -> DeleteItemCommand:
        on_done(draft)
        return DeleteItemCommand(ctx, text, mission_id, item_id, draft)

    run_then_push(
        ctx,
        lambda store: delete_item(store, item_id),
        command,
        lambda _draft: CHANGED,
        on_error,
        initiator,
    )
