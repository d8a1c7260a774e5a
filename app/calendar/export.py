"""A mission's calendars as they are exported: the mission read now, with its publications'
keys and the SEQUENCE each entry carries (what changed since the last publication already
counts), so every export — ponte ics, the Documents page, the e-mails — agrees. The mission
is read once, in one transaction, for all of it."""

from __future__ import annotations

from datetime import datetime

from app.calendar.data import calendar_data
from app.calendar.ics import CalendarWriter
from app.core.mission_record import MissionRecord, load_mission
from app.core.publications import current_keys_of, pending_sequences_of, withdrawn_items_of
from app.store import Store


def mission_calendars(
    store: Store, mission_id: int, *, stamp: datetime | None = None
) -> CalendarWriter:
    """The writer of ``mission_id``'s .ics files (NotFound / PublicationError if the mission
    cannot be read)."""
    return calendars_of(load_mission(store, mission_id), stamp=stamp)


def calendars_of(record: MissionRecord, *, stamp: datetime | None = None) -> CalendarWriter:
    """The writer of the .ics files of the mission in ``record``."""
    return CalendarWriter(
        calendar_data(record),
        stamp=stamp,
        sequences=pending_sequences_of(record),
        item_keys=current_keys_of(record).items,
        withdrawn=withdrawn_items_of(record),
    )
