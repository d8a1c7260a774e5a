"""Reuse last year's set-up: copy a mission's venues, travel times, delegations, B2B sessions
(breaks, tables, delegations taking part) and interpreters (with their breaks) into a new
mission, dates shifted.

Every time moves by the same number of days and keeps its wall-clock time in its own zone:
a session at 10:00 in Rome stays at 10:00 in Rome even when the shift crosses a change of
daylight saving time (the UTC instant moves by a day more or less an hour). Participants
(other than the interpreters), organisations, requests, meetings and the programme are not
copied: they are this year's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.timezones import NonexistentLocalTime, to_local, to_utc
from app.common.wording import Message
from app.model import (
    B2BBreak,
    B2BSession,
    B2BTable,
    Delegation,
    Interpreter,
    InterpreterSession,
    Mission,
    Participant,
    SessionDelegation,
    Unavailability,
    Venue,
    VenueTravel,
)
from app.services import setup_messages as msg
from app.services.missions import MissionDraft, add_mission
from app.store import Store


@dataclass(frozen=True)
class ReusePreview:
    """What a copy would make: counts, and the new mission's dates."""

    source_id: int
    source_name: str
    start_date: date
    end_date: date
    shift_days: int
    venues: int
    travel_times: int
    delegations: int
    sessions: int
    breaks: int
    tables: int
    interpreters: int


def shift_instant(instant: datetime, zone: str, days: int) -> datetime:
    """``instant`` moved by ``days`` local days in ``zone``, keeping its wall-clock time
    (raises :class:`NonexistentLocalTime` when that time does not exist on the new day)."""
    local = to_local(instant, zone).replace(tzinfo=None)
    return to_utc(local + timedelta(days=days), zone)


def preview_reuse(store: Store, source_id: int, start_date: date) -> ReusePreview:
    """What :func:`copy_mission` would copy from ``source_id`` to a mission starting then."""
    with store.session() as session:
        source = _source(session, source_id)
        shift = (start_date - source.start_date).days
        end = _end(source, shift)
        sessions = _sessions(session, source_id)
        return ReusePreview(
            source_id=source.id,
            source_name=source.name,
            start_date=start_date,
            end_date=end,
            shift_days=shift,
            venues=len(source.venues),
            travel_times=len(_travel(session, source_id)),
            delegations=len(source.delegations),
            sessions=len(sessions),
            breaks=sum(len(s.breaks) for s in sessions),
            tables=sum(len(s.tables) for s in sessions),
            interpreters=len(source.interpreters),
        )


def copy_mission(
    store: Store,
    source_id: int,
    start_date: date,
    *,
    name: str | None = None,
    name_it: str | None = None,
    name_ja: str | None = None,
) -> int:
    """Make a new mission starting on ``start_date`` with ``source_id``'s set-up; returns
    its id. All or nothing: a time that cannot be shifted refuses the whole copy."""
    with store.session() as session:
        source = _source(session, source_id)
        shift = (start_date - source.start_date).days
        draft = MissionDraft(
            name=source.name if name is None else name,
            name_it=source.name_it if name is None and name_it is None else name_it,
            name_ja=source.name_ja if name is None and name_ja is None else name_ja,
            host_city=source.host_city,
            timezone=source.timezone,
            start_date=start_date,
            end_date=_end(source, shift),
            organiser=source.organiser,
        )
        mission = add_mission(session, draft)
        mission.organiser_email = source.organiser_email
        new_id = mission.id

        venues: dict[int, int] = {}
        for v in sorted(source.venues, key=lambda v: v.id):
            copy = Venue(
                mission_id=new_id,
                name=v.name,
                name_it=v.name_it,
                name_ja=v.name_ja,
                address=v.address,
                address_ja=v.address_ja,
                city=v.city,
                timezone=v.timezone,
            )
            session.add(copy)
            session.flush()
            venues[v.id] = copy.id
        for t in _travel(session, source_id):
            session.add(
                VenueTravel(
                    mission_id=new_id,
                    from_venue_id=venues[t.from_venue_id],
                    to_venue_id=venues[t.to_venue_id],
                    minutes=t.minutes,
                )
            )

        delegations: dict[int, int] = {}
        heads: dict[int, int] = {}  # new delegation -> old head
        for dl in sorted(source.delegations, key=lambda d: d.id):
            new_delegation = Delegation(
                mission_id=new_id,
                side=dl.side,
                name=dl.name,
                name_it=dl.name_it,
                name_ja=dl.name_ja,
            )
            session.add(new_delegation)
            session.flush()
            delegations[dl.id] = new_delegation.id
            if dl.head_id is not None:
                heads[new_delegation.id] = dl.head_id

        sessions: dict[int, int] = {}
        for s in _sessions(session, source_id):
            what = msg.SESSION_NAMED(name=s.name)
            new_session = B2BSession(
                mission_id=new_id,
                name=s.name,
                name_it=s.name_it,
                name_ja=s.name_ja,
                venue_id=venues.get(s.venue_id) if s.venue_id is not None else None,
                start_utc=_shift(s.start_utc, s.timezone, shift, what),
                end_utc=_shift(s.end_utc, s.timezone, shift, what),
                timezone=s.timezone,
                slot_minutes=s.slot_minutes,
            )
            new_session.breaks = [
                B2BBreak(
                    start_utc=_shift(b.start_utc, s.timezone, shift, what),
                    end_utc=_shift(b.end_utc, s.timezone, shift, what),
                    label=b.label,
                    label_it=b.label_it,
                    label_ja=b.label_ja,
                )
                for b in s.breaks
            ]
            new_session.tables = [B2BTable(name=t.name, position=t.position) for t in s.tables]
            new_session.delegation_links = [
                SessionDelegation(delegation_id=delegations[link.delegation_id])
                for link in s.delegation_links
            ]
            session.add(new_session)
            session.flush()
            sessions[s.id] = new_session.id

        people: dict[int, int] = {}
        for interpreter in sorted(source.interpreters, key=lambda i: i.id):
            person = _copy_person(interpreter.participant, new_id, delegations)
            # their breaks (unavailability), at the same local times in the mission's zone
            what = msg.INTERPRETER_NAMED(name=interpreter.participant.latin_name())
            person.unavailability = [
                Unavailability(
                    start_utc=_shift(u.start_utc, source.timezone, shift, what),
                    end_utc=_shift(u.end_utc, source.timezone, shift, what),
                    reason=u.reason,
                )
                for u in interpreter.participant.unavailability
            ]
            session.add(person)
            session.flush()
            people[interpreter.participant_id] = person.id
            copy_interpreter = Interpreter(
                mission_id=new_id, participant_id=person.id, notes=interpreter.notes
            )
            copy_interpreter.session_links = [
                InterpreterSession(session_id=sessions[link.session_id])
                for link in interpreter.session_links
            ]
            session.add(copy_interpreter)
        session.flush()
        for delegation_id, old_head in heads.items():
            if old_head in people:  # a head who was not an interpreter is this year's choice
                session.get_one(Delegation, delegation_id).head_id = people[old_head]
        return new_id


# --- inside ----------------------------------------------------------------------------------


def _source(session: Session, source_id: int) -> Mission:
    mission = session.get(Mission, source_id)
    if mission is None:
        raise UserError(msg.MISSION_NOT_FOUND(mission=source_id))
    return mission


def _end(source: Mission, shift: int) -> date:
    try:
        return source.end_date + timedelta(days=shift)
    except OverflowError:
        raise UserError(msg.REUSE_DATE_OUT_OF_RANGE(day=(source.start_date).isoformat())) from None


def _sessions(session: Session, mission_id: int) -> list[B2BSession]:
    return list(
        session.scalars(
            select(B2BSession)
            .where(B2BSession.mission_id == mission_id)
            .order_by(B2BSession.start_utc, B2BSession.id)
        )
    )


def _travel(session: Session, mission_id: int) -> list[VenueTravel]:
    return list(
        session.scalars(
            select(VenueTravel).where(VenueTravel.mission_id == mission_id).order_by(VenueTravel.id)
        )
    )


def _shift(instant: datetime, zone: str, days: int, what: Message) -> datetime:
    try:
        return shift_instant(instant, zone, days)
    except NonexistentLocalTime:
        local = to_local(instant, zone).replace(tzinfo=None) + timedelta(days=days)
        raise UserError(
            msg.REUSE_NONEXISTENT_TIME(what=what, time=f"{local:%Y-%m-%d %H:%M}", zone=zone)
        ) from None
    except OverflowError:
        raise UserError(msg.REUSE_DATE_OUT_OF_RANGE(day=f"{instant:%Y-%m-%d}")) from None


def _copy_person(p: Participant, mission_id: int, delegations: dict[int, int]) -> Participant:
    """An interpreter's participant row in the new mission (the organisations are not
    copied, so the person has none; their delegation is the copy of theirs)."""
    person = Participant(
        mission_id=mission_id,
        organisation_id=None,
        delegation_id=delegations.get(p.delegation_id) if p.delegation_id is not None else None,
        given_name=p.given_name,
        family_name=p.family_name,
        given_name_kanji=p.given_name_kanji,
        family_name_kanji=p.family_name_kanji,
        given_name_kana=p.given_name_kana,
        family_name_kana=p.family_name_kana,
        name_order=p.name_order,
        title=p.title,
        title_ja=p.title_ja,
        document_language=p.document_language,
        badge_category=p.badge_category,
        email=p.email,
        phone=p.phone,
        consent=p.consent,
        consent_at=p.consent_at,
        notes=p.notes,
    )
    person.languages = list(p.languages)
    return person
