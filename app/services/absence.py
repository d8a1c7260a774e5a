"""A delegate who does not arrive: marked absent on the day, and the mark undone.

An absence is an :class:`~app.model.Unavailability` with ``absent`` set: the person cannot
meet from its start to the end of that day in the mission's zone (the whole day, or from a
time). The scheduler reads it as any unavailability; :mod:`app.services.replan` re-plans the
rest of the day around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.timezones import NonexistentLocalTime, format_local, to_utc
from app.core.changes import Changes
from app.model import Mission, Participant, Unavailability
from app.services import absence_messages as msg
from app.store import Store

__all__ = [
    "Absence",
    "AbsenceChoice",
    "AbsenceError",
    "absence_choice",
    "get_absence",
    "list_absences",
    "mark_absent",
    "undo_absence",
]

REASON_LIMIT = 200  # the column's length


class AbsenceError(UserError):
    """An absence that cannot be marked or undone as asked."""


@dataclass(frozen=True)
class Absence:
    """A marked absence: who, from when to when (UTC), why, in which mission."""

    id: int
    mission_id: int
    participant_id: int
    name: str  # Latin script, the person's own order
    start_utc: datetime
    end_utc: datetime
    reason: str
    timezone: str  # the mission's

    @property
    def changes(self) -> Changes:
        """An absence changes a person's availability and, through it, the B2B grid."""
        return Changes(participants=True, b2b=True)

    @property
    def since(self) -> str:
        """'2027-10-13 14:00' in the mission's zone."""
        return format_local(self.start_utc, self.timezone)


def mark_absent(
    store: Store,
    participant_id: int,
    *,
    day: date,
    from_time: time | None = None,
    reason: str = "",
    mission_id: int | None = None,
) -> Absence:
    """Mark ``participant_id`` absent for the whole ``day`` (in the mission's zone), or from
    ``from_time`` that day to its end. Refused, worded: an unknown person, a person of another
    mission than ``mission_id``, a day outside the mission, a time the clocks skip, an
    absence that overlaps one already marked."""
    reason = reason.strip()
    if len(reason) > REASON_LIMIT:
        raise AbsenceError(msg.REASON_TOO_LONG(limit=REASON_LIMIT))
    with store.session(write=True) as s:
        person, mission = _person_and_mission(s, participant_id)
        name = person.latin_name()
        if mission_id is not None and person.mission_id != mission_id:
            asked = s.get(Mission, mission_id)
            raise AbsenceError(
                msg.OTHER_MISSION(
                    name=name,
                    other=mission.name,
                    mission=asked.name if asked is not None else str(mission_id),
                )
            )
        first, last = mission.start_date, mission.end_date or mission.start_date
        if first is None or last is None:
            raise AbsenceError(msg.NO_DAYS())
        if not first <= day <= last:
            raise AbsenceError(msg.OUTSIDE_MISSION(day=day, first=first, last=last))
        zone = mission.timezone
        start = _instant(day, from_time or time(0, 0), zone)
        end = _instant(day + timedelta(days=1), time(0, 0), zone)
        for u in s.scalars(
            select(Unavailability).where(
                Unavailability.participant_id == participant_id,
                Unavailability.absent.is_(True),
            )
        ):
            if u.start_utc < end and start < u.end_utc:
                raise AbsenceError(
                    msg.OVERLAPS(
                        name=name,
                        since=format_local(u.start_utc, zone),
                        until=format_local(u.end_utc, zone),
                    )
                )
        row = Unavailability(
            participant_id=participant_id,
            start_utc=start,
            end_utc=end,
            reason=reason or msg.DEFAULT_REASON().text(person.document_language.value),
            absent=True,
        )
        s.add(row)
        s.flush()
        return Absence(row.id, mission.id, participant_id, name, start, end, row.reason, zone)


def _instant(day: date, at: time, zone: str) -> datetime:
    try:
        return to_utc(datetime.combine(day, at), zone)
    except NonexistentLocalTime as exc:
        raise AbsenceError(msg.SKIPPED_TIME(time=f"{at:%H:%M}", zone=zone)) from exc


def _person_and_mission(s: Session, participant_id: int) -> tuple[Participant, Mission]:
    """The participant and their mission; refused in words when there is no such person."""
    person = s.get(Participant, participant_id)
    if person is None:
        raise AbsenceError(msg.NO_PARTICIPANT(participant=participant_id))
    mission = s.get(Mission, person.mission_id)
    assert mission is not None  # a participant's mission is there (cascade)
    return person, mission


def list_absences(store: Store, participant_id: int) -> list[Absence]:
    """The participant's marked absences, earliest first."""
    with store.session() as s:
        person, mission = _person_and_mission(s, participant_id)
        rows = s.scalars(
            select(Unavailability)
            .where(
                Unavailability.participant_id == participant_id,
                Unavailability.absent.is_(True),
            )
            .order_by(Unavailability.start_utc, Unavailability.id)
        )
        return [_absence(u, person, mission) for u in rows]


def undo_absence(store: Store, participant_id: int, absence_id: int | None = None) -> Absence:
    """Remove an absence of the participant (``absence_id``, else their latest one). Their
    meetings stay as the re-plan left them: re-plan again to use the time."""
    with store.session(write=True) as s:
        person, mission = _person_and_mission(s, participant_id)
        query = select(Unavailability).where(
            Unavailability.participant_id == participant_id, Unavailability.absent.is_(True)
        )
        if absence_id is not None:
            row = s.scalars(query.where(Unavailability.id == absence_id)).first()
            if row is None:
                raise AbsenceError(msg.NO_ABSENCE(absence=absence_id))
        else:
            row = s.scalars(query.order_by(Unavailability.start_utc.desc())).first()
            if row is None:
                raise AbsenceError(msg.NONE_MARKED(name=person.latin_name()))
        gone = _absence(row, person, mission)
        s.delete(row)
        return gone


def _absence(u: Unavailability, person: Participant, mission: Mission) -> Absence:
    return Absence(
        u.id,
        mission.id,
        person.id,
        person.latin_name(),
        u.start_utc,
        u.end_utc,
        u.reason,
        mission.timezone,
    )


def get_absence(store: Store, absence_id: int) -> Absence:
    """One marked absence by its id."""
    with store.session() as s:
        row = s.get(Unavailability, absence_id)
        if row is None or not row.absent:
            raise AbsenceError(msg.NO_ABSENCE(absence=absence_id))
        person = row.participant
        mission = s.get(Mission, person.mission_id)
        assert mission is not None
        return _absence(row, person, mission)


@dataclass(frozen=True)
class AbsenceChoice:
    """What the window offers when marking someone absent: who, and the mission's days."""

    participant_id: int
    name: str
    first_day: date | None
    last_day: date | None
    timezone: str


def absence_choice(store: Store, participant_id: int) -> AbsenceChoice:
    """The participant's name and their mission's days (for the dialog's date field)."""
    with store.session() as s:
        person, mission = _person_and_mission(s, participant_id)
        return AbsenceChoice(
            person.id,
            person.latin_name(),
            mission.start_date,
            mission.end_date or mission.start_date,
            mission.timezone,
        )
