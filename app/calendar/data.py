"""What calendars need beyond the agendas' :class:`MissionData`: the organising chamber, the
mission's creation time (part of every UID) and the cancelled meetings.

The agendas leave cancelled meetings out; a calendar must list them (STATUS:CANCELLED) so that
a client that imported the meeting before strikes it out instead of keeping it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.documents.agenda_data import MeetingInfo, MissionData, load_mission_data
from app.documents.errors import DocumentError
from app.documents.text import clean
from app.model import B2BTable, Interpreter, Meeting, MeetingParticipant, MeetingStatus, Mission
from app.store import Store
from app.timezones import to_local


@dataclass(frozen=True)
class CalendarData:
    """One mission as calendars see it."""

    data: MissionData
    organiser: str  # the organising chamber's name ("" when unknown)
    organiser_email: str | None
    created_at: datetime  # UTC; tells apart two missions that got the same id in turn
    cancelled: tuple[MeetingInfo, ...]  # by start, then id


def load_calendar_data(store: Store, mission_id: int) -> CalendarData:
    """Read ``mission_id`` for calendars; a :class:`DocumentError` if there is no such mission."""
    data = load_mission_data(store, mission_id)
    zone = data.mission.timezone
    with store.session() as s:
        mission = s.get(Mission, mission_id)
        if mission is None:  # deleted between the two reads
            raise DocumentError(f"There is no mission {mission_id} in this database.")
        organiser, email, created = mission.organiser, mission.organiser_email, mission.created_at
        rows = s.scalars(
            select(Meeting)
            .where(Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.CANCELLED)
            .order_by(Meeting.start_utc, Meeting.id)
        ).all()
        ids = [m.id for m in rows]
        people: dict[int, set[int]] = defaultdict(set)
        tables: dict[int, str] = {}
        interpreters: dict[int, int] = {}
        if ids:
            for meeting_id, pid in s.execute(
                select(MeetingParticipant.meeting_id, MeetingParticipant.participant_id).where(
                    MeetingParticipant.meeting_id.in_(ids)
                )
            ):
                people[meeting_id].add(pid)
            table_ids = {m.table_id for m in rows}
            tables = {
                tid: name
                for tid, name in s.execute(
                    select(B2BTable.id, B2BTable.name).where(B2BTable.id.in_(table_ids))
                )
            }
            interpreters = {
                iid: pid
                for iid, pid in s.execute(
                    select(Interpreter.id, Interpreter.participant_id).where(
                        Interpreter.mission_id == mission_id
                    )
                )
            }
        cancelled = tuple(
            MeetingInfo(
                id=m.id,
                session_id=m.session_id,
                table_id=m.table_id,
                table=clean(tables.get(m.table_id, "?")),
                start=to_local(m.start_utc, zone),
                end=to_local(m.end_utc, zone),
                organisation_a=m.organisation_a_id,
                organisation_b=m.organisation_b_id,
                people=frozenset(people.get(m.id, ())),
                interpreter=interpreters.get(m.interpreter_id) if m.interpreter_id else None,
            )
            for m in rows
        )
    return CalendarData(
        data=data,
        organiser=clean(organiser),
        organiser_email=clean(email) or None,
        created_at=created,
        cancelled=cancelled,
    )
