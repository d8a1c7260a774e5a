"""What calendars need beyond the agendas' :class:`MissionData`: the organising chamber, the
mission's creation time (part of every UID) and the cancelled meetings.

The agendas leave cancelled meetings out; a calendar must list them (STATUS:CANCELLED) so that
a client that imported the meeting before strikes it out instead of keeping it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.agenda_data import MeetingInfo, MissionData, meeting_infos, mission_data
from app.core.mission_record import MissionRecord, load_mission
from app.core.text import clean
from app.store import Store


@dataclass(frozen=True)
class CalendarData:
    """One mission as calendars see it."""

    data: MissionData
    organiser: str  # the organising chamber's name ("" when unknown)
    organiser_email: str | None
    created_at: datetime  # UTC; tells apart two missions that got the same id in turn
    cancelled: tuple[MeetingInfo, ...]  # by start, table, id


def calendar_data(record: MissionRecord) -> CalendarData:
    """The mission in ``record`` as calendars see it."""
    facts = record.mission
    return CalendarData(
        data=mission_data(record),
        organiser=clean(facts.organiser),
        organiser_email=clean(facts.organiser_email) or None,
        created_at=facts.created_at,
        cancelled=meeting_infos(record, record.zone, cancelled=True),
    )


def load_calendar_data(store: Store, mission_id: int) -> CalendarData:
    """Read ``mission_id`` for calendars (a :class:`NotFound` if there is no such mission)."""
    return calendar_data(load_mission(store, mission_id))
