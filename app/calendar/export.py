"""A mission's calendars as they are exported: the mission read now, with its publications'
keys and the SEQUENCE each entry carries (what changed since the last publication already
counts), so every export — ponte ics, the Documents page, the e-mails — agrees."""

from __future__ import annotations

from datetime import datetime

from app.calendar.data import load_calendar_data
from app.calendar.ics import CalendarWriter
from app.core.publications import current_keys, pending_sequences
from app.store import Store


def mission_calendars(
    store: Store, mission_id: int, *, stamp: datetime | None = None
) -> CalendarWriter:
    """The writer of ``mission_id``'s .ics files (NotFound / PublicationError if the
    mission cannot be read)."""
    cal = load_calendar_data(store, mission_id)
    return CalendarWriter(
        cal,
        stamp=stamp,
        sequences=pending_sequences(store, mission_id),
        item_keys=current_keys(store, mission_id).items,
    )
