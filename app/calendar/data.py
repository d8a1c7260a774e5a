"""What calendars need beyond the agendas' :class:`MissionData`: the organising chamber, the
mission's creation time (part of every UID) and the cancelled meetings.

The agendas leave cancelled meetings out; a calendar must list them (STATUS:CANCELLED) so that
a client that imported the meeting before strikes it out instead of keeping it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core import messages as msg
from app.core.agenda_data import (
    MeetingInfo,
    MissionData,
    load_mission_data,
    mission_meetings,
)
from app.core.errors import NotFound
from app.core.text import clean
from app.model import Mission
from app.store import Store


@dataclass(frozen=True)
class CalendarData:
    """One mission as calendars see it."""

    data: MissionData
    organiser: str  # the organising chamber's name ("" when unknown)
    organiser_email: str | None
    created_at: datetime  # UTC; tells apart two missions that got the same id in turn
    cancelled: tuple[MeetingInfo, ...]  # by start, table, id


def load_calendar_data(store: Store, mission_id: int) -> CalendarData:
    """Read ``mission_id`` for calendars; a :class:`NotFound` if there is no such mission."""
    data = load_mission_data(store, mission_id)
    zone = data.mission.timezone
    with store.session() as s:
        mission = s.get(Mission, mission_id)
        if mission is None:  # deleted between the two reads
            raise NotFound(msg.NO_MISSION(mission=mission_id))
        organiser, email, created = mission.organiser, mission.organiser_email, mission.created_at
        cancelled = mission_meetings(s, mission_id, zone, cancelled=True)
    return CalendarData(
        data=data,
        organiser=clean(organiser),
        organiser_email=clean(email) or None,
        created_at=created,
        cancelled=cancelled,
    )
