"""The mission's programme: read it with its sessions and clashes, and add, change, move,
delete and restore items, after checking what was typed.

The drafts and their checks (pure, field by field) are in :mod:`app.core.programme_items`
(the import of a programme uses them too); these are the actions, each all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session, selectinload

from app.core import programme_item_messages as item_msg
from app.core.conflicts import Loaded
from app.core.errors import gone
from app.core.mission_record import MissionRecord, load_mission, read_mission
from app.core.programme_clashes import Clash, programme_clashes
from app.core.programme_items import (
    KINDS,
    AmbiguousTime,
    ItemCheck,
    ItemDraft,
    ItemInvalid,
    ItemProblem,
    ItemRow,
    ItemSaved,
    check_item,
    checked,
    draft_of,
    item_rows,
    item_zone,
    write_item,
)
from app.core.records import refuse_if_changed
from app.model import AgendaItem
from app.store import Store


@dataclass(frozen=True)
class ProgrammeView:
    """What the Programme page shows: the mission as read (venues, sessions, people,
    delegations), its items, and the clashes among them."""

    record: MissionRecord
    items: tuple[ItemRow, ...]
    clashes: tuple[Clash, ...]


def load_programme(store: Store, mission_id: int) -> ProgrammeView:
    """The programme of ``mission_id``, read once."""
    record = load_mission(store, mission_id)
    return programme_view(record)


def programme_view(record: MissionRecord) -> ProgrammeView:
    return ProgrammeView(record, tuple(item_rows(record)), programme_clashes(record))


def check_draft(store: Store, mission_id: int, draft: ItemDraft) -> ItemCheck:
    """The problems of ``draft`` as the save would find them now (for a form as it is typed,
    when the page has no record at hand)."""
    return check_item(load_mission(store, mission_id), draft)


def add_item(store: Store, mission_id: int, draft: ItemDraft) -> ItemSaved:
    """Check and store a new item; raises :class:`ItemInvalid` (with any unanswered question
    about an hour shown twice as a problem)."""
    with store.session() as s:
        record = read_mission(s, mission_id)
        check = checked(record, draft)
        item = AgendaItem(mission_id=mission_id)
        write_item(s, item, draft.normalised(), check)
        s.add(item)
        s.flush()
        return ItemSaved(item.id)


def load_item(store: Store, item_id: int) -> Loaded[ItemDraft]:
    """An item as stored, with its version: the base an edit saves against."""
    with store.session() as s:
        item = _get(s, item_id)
        record = read_mission(s, item.mission_id)
        return Loaded(draft_of(next(i for i in record.items if i.id == item_id)), item.row_version)


def update_item(
    store: Store,
    item_id: int,
    draft: ItemDraft,
    *,
    base: Loaded[ItemDraft],
    undoing: bool = False,
) -> ItemSaved:
    """Change an item (its times, texts, venue or audience): all or nothing, over the item as
    the page showed it (``base``); a field someone else changed since refuses it with
    :class:`~app.core.conflicts.StaleRecord`. The result holds the item as stored after."""
    with store.session() as s:
        item = _get(s, item_id)
        record = read_mission(s, item.mission_id)
        check = checked(record, draft)
        theirs = draft_of(next(i for i in record.items if i.id == item_id))
        refuse_if_changed(s, item, base, theirs, _as_stored(draft), undoing=undoing)
        write_item(s, item, draft.normalised(), check)
        s.flush()
        after = read_mission(s, item.mission_id)
        saved = draft_of(next(i for i in after.items if i.id == item_id))
        return ItemSaved(item.id, saved=Loaded(saved, item.row_version))


def _as_stored(draft: ItemDraft) -> ItemDraft:
    """``draft`` as :func:`draft_of` gives a stored item back, field by field comparable."""
    d = draft.normalised()
    return replace(
        d,
        timezone=d.timezone if d.venue_id is None else None,
        start_later=d.start_later or None,
        end_later=d.end_later or None,
    )


def delete_item(store: Store, item_id: int) -> ItemDraft:
    """Delete an item; returns it as a draft, so that :func:`restore_item` can undo."""
    with store.session() as s:
        item = _get(s, item_id)
        record = read_mission(s, item.mission_id)
        stored = next(i for i in record.items if i.id == item_id)
        s.delete(item)
        return draft_of(stored)


def restore_item(store: Store, mission_id: int, item_id: int, draft: ItemDraft) -> ItemSaved:
    """Put a deleted item back under its own id (its calendar UID and its publication key
    follow the id), or under a new one if the id was taken meanwhile."""
    with store.session() as s:
        record = read_mission(s, mission_id)
        check = checked(record, draft)
        free = s.get(AgendaItem, item_id) is None
        item = AgendaItem(mission_id=mission_id, **({"id": item_id} if free else {}))
        write_item(s, item, draft.normalised(), check)
        s.add(item)
        s.flush()
        return ItemSaved(item.id)


def _get(s: Session, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id, options=[selectinload(AgendaItem.attendee_links)])
    if item is None:
        raise gone(item_msg.PROGRAMME_ITEM, item_id)
    return item


__all__ = [
    "KINDS",
    "AmbiguousTime",
    "Clash",
    "ItemCheck",
    "ItemDraft",
    "ItemInvalid",
    "ItemProblem",
    "ItemRow",
    "ItemSaved",
    "ProgrammeView",
    "add_item",
    "check_draft",
    "check_item",
    "delete_item",
    "draft_of",
    "item_zone",
    "load_item",
    "load_programme",
    "programme_view",
    "restore_item",
    "update_item",
]
