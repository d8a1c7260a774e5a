"""One B2B meeting as the side panel of the grid shows it: both organisations, the people who
sit at the table, when (in the session's zone) and where, the interpreter, and the requests
that asked for it with their priority."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from app.common.timezones import to_local
from app.core import messages as msg
from app.core.errors import gone
from app.core.language import both_names
from app.core.names import Names
from app.model import Meeting, MeetingRequest, Organisation, Participant
from app.store import Store


@dataclass(frozen=True)
class DetailOrganisation:
    id: int
    name: str
    name_ja: str | None
    people: tuple[str, ...]  # "Mario Rossi" or "Tanaka Hiroshi (田中 博)"


@dataclass(frozen=True)
class DetailRequest:
    requester_id: int  # one of the meeting's two organisations
    requested_id: int
    priority: int  # 1 (nice to have) … 5 (essential)
    mandatory: bool


@dataclass(frozen=True)
class MeetingDetails:
    id: int
    organisations: tuple[DetailOrganisation, DetailOrganisation]
    session_names: Names  # en/it/ja
    start_local: datetime  # aware, in the session's zone
    end_local: datetime
    table: str
    interpreter: str | None
    locked: bool
    requests: tuple[DetailRequest, ...]  # both directions, when both asked


def _person(p: Participant) -> str:
    return both_names(p.latin_name(), p.kanji_name())


def meeting_details(store: Store, meeting_id: int) -> MeetingDetails:
    """Everything the side panel shows of meeting ``meeting_id``."""
    with store.session() as s:
        m = s.scalars(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.participant_links),
                selectinload(Meeting.session),
                selectinload(Meeting.table),
                selectinload(Meeting.interpreter),
            )
        ).one_or_none()
        if m is None:
            raise gone(msg.MEETING, meeting_id)
        named = [link.participant for link in m.participant_links]

        def organisation(org: Organisation) -> DetailOrganisation:
            people = [p for p in named if p.organisation_id == org.id]
            if not named:  # not stored with the meeting: the organisation's people
                people = list(
                    s.scalars(
                        select(Participant)
                        .where(Participant.organisation_id == org.id)
                        .order_by(Participant.id)
                    )
                )
            return DetailOrganisation(
                org.id, org.name, org.name_ja, tuple(_person(p) for p in people)
            )

        a, b = m.organisation_a, m.organisation_b
        requests = s.scalars(
            select(MeetingRequest).where(
                MeetingRequest.no_thanks.is_(False),
                or_(
                    (MeetingRequest.requester_id == a.id) & (MeetingRequest.requested_id == b.id),
                    (MeetingRequest.requester_id == b.id) & (MeetingRequest.requested_id == a.id),
                ),
            )
        ).all()
        interpreter = m.interpreter.participant if m.interpreter is not None else None
        zone = m.session.timezone
        return MeetingDetails(
            id=m.id,
            organisations=(organisation(a), organisation(b)),
            session_names=Names(m.session.name, m.session.name_it, m.session.name_ja),
            start_local=to_local(m.start_utc, zone),
            end_local=to_local(m.end_utc, zone),
            table=m.table.name,
            interpreter=_person(interpreter) if interpreter is not None else None,
            locked=m.locked,
            requests=tuple(
                DetailRequest(r.requester_id, r.requested_id, r.priority, r.mandatory)
                for r in sorted(requests, key=lambda r: -r.priority)
            ),
        )
