"""Everything Ponte holds about one participant, as a machine-readable JSON document: the
right to data portability (GDPR Art. 20) and, read by a person, the answer to an access
request (Art. 15).

What it holds: the person's own record (names in every script, contact details, consent,
notes, languages), their organisation and delegation, their unavailability, the meeting
requests of their organisation, the B2B meetings they sit at or interpret, the programme
items they attend, and the sent log's rows about them. Other people are never named: a
meeting lists the organisations, not who else sits at the table, and says whether an
interpreter is assigned, not who. Publication snapshots (frozen copies of the schedule in
``publication``) are not searched; the document says so in ``not_included``.

Times are UTC instants (ISO 8601, ``Z``) with the IANA zone they are shown in and the wall
time there. Keys come in a fixed order; lists are sorted; ``format_version`` changes when a
key changes meaning or goes away (added keys do not change it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.common.files import atomic_path
from app.common.timezones import to_local
from app.exporting import messages as msg
from app.exporting.errors import ExportError
from app.model import (
    AgendaAttendee,
    AgendaItem,
    Audience,
    B2BSession,
    B2BTable,
    Delegation,
    Interpreter,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    SentMessage,
    Unavailability,
    Venue,
)
from app.store import Store

FORMAT = "ponte-personal-data"
FORMAT_VERSION = 1

NOT_INCLUDED = (
    "Publication snapshots: each published version of the schedule keeps a frozen copy that "
    "may name this person; those copies are not searched by this export.",
    "Files written outside the database (badges, agendas, calendars, e-mail drafts, backups).",
)

Json = dict[str, Any]


def instant(value: datetime | None) -> str | None:
    """'2027-10-13T05:00:00Z'."""
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _when(start: datetime, end: datetime, zone: str) -> Json:
    return {
        "start_utc": instant(start),
        "end_utc": instant(end),
        "timezone": zone,
        "start_local": to_local(start, zone).isoformat(),
        "end_local": to_local(end, zone).isoformat(),
    }


def _organisation_ref(o: Organisation) -> Json:
    return {"id": o.id, "name": o.name, "name_ja": o.name_ja}


def personal_data(store: Store, participant_id: int, *, now: datetime | None = None) -> Json:
    """The JSON document (as a dict) of everything about ``participant_id``."""
    with store.session() as s:
        p = s.scalars(
            select(Participant)
            .where(Participant.id == participant_id)
            .options(selectinload(Participant.language_links))
        ).first()
        if p is None:
            raise ExportError(msg.NO_PARTICIPANT(participant=participant_id))
        mission = s.get(Mission, p.mission_id)
        assert mission is not None  # a participant belongs to a mission (foreign key)
        org = s.get(Organisation, p.organisation_id) if p.organisation_id is not None else None
        delegation_id = p.delegation_id
        if delegation_id is None and org is not None:
            delegation_id = org.delegation_id
        delegation = s.get(Delegation, delegation_id) if delegation_id is not None else None
        interpreter = s.scalars(
            select(Interpreter).where(Interpreter.participant_id == p.id)
        ).first()
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": instant(now or datetime.now(UTC)),
            "controller": {"organiser": mission.organiser, "email": mission.organiser_email},
            "mission": {
                "id": mission.id,
                "name": mission.name,
                "name_ja": mission.name_ja,
                "host_city": mission.host_city,
                "timezone": mission.timezone,
                "start_date": mission.start_date.isoformat(),
                "end_date": mission.end_date.isoformat(),
            },
            "participant": _person(p, interpreter),
            "organisation": _organisation(org, delegation),
            "delegation": _delegation(delegation, p.id),
            "unavailability": _unavailability(s, p.id, mission.timezone),
            "meeting_requests": _requests(s, org),
            "meetings": _meetings(s, p, interpreter, mission.timezone),
            "programme": _programme(s, p, delegation_id, mission),
            "sent_messages": _sent(s, p.id),
            "not_included": list(NOT_INCLUDED),
        }


def _person(p: Participant, interpreter: Interpreter | None) -> Json:
    return {
        "id": p.id,
        "family_name": p.family_name,
        "given_name": p.given_name,
        "family_name_kanji": p.family_name_kanji,
        "given_name_kanji": p.given_name_kanji,
        "family_name_kana": p.family_name_kana,
        "given_name_kana": p.given_name_kana,
        "name_order": p.name_order.value,
        "title": p.title,
        "title_ja": p.title_ja,
        "document_language": p.document_language.value,
        "badge_category": p.badge_category.value,
        "languages": [link.language for link in p.language_links],
        "email": p.email,
        "phone": p.phone,
        "consent": p.consent,
        "consent_at": instant(p.consent_at),
        "notes": p.notes,
        "interpreter": None if interpreter is None else {"notes": interpreter.notes},
    }


def _organisation(o: Organisation | None, delegation: Delegation | None) -> Json | None:
    if o is None:
        return None
    return {
        **_organisation_ref(o),
        "name_kana": o.name_kana,
        "city": o.city,
        "website": o.website,
        "side": delegation.side.value if delegation else None,
    }


def _delegation(d: Delegation | None, participant_id: int) -> Json | None:
    if d is None:
        return None
    return {
        "id": d.id,
        "name": d.name,
        "name_ja": d.name_ja,
        "side": d.side.value,
        "head": d.head_id == participant_id,
    }


def _unavailability(s: Session, participant_id: int, zone: str) -> list[Json]:
    rows = s.scalars(
        select(Unavailability)
        .where(Unavailability.participant_id == participant_id)
        .order_by(Unavailability.start_utc, Unavailability.id)
    )
    return [{"id": u.id, **_when(u.start_utc, u.end_utc, zone), "reason": u.reason} for u in rows]


def _requests(s: Session, org: Organisation | None) -> list[Json]:
    """The requests the person's organisation made or received: they decide whom the person
    meets. Organisations only; nobody else is named."""
    if org is None:
        return []
    rows = s.scalars(
        select(MeetingRequest)
        .where(or_(MeetingRequest.requester_id == org.id, MeetingRequest.requested_id == org.id))
        .options(selectinload(MeetingRequest.requester), selectinload(MeetingRequest.requested))
        .order_by(MeetingRequest.id)
    )
    return [
        {
            "id": r.id,
            "direction": "made" if r.requester_id == org.id else "received",
            "from": _organisation_ref(r.requester),
            "to": _organisation_ref(r.requested),
            "priority": r.priority,
            "no_thanks": r.no_thanks,
            "mandatory": r.mandatory,
            "interpreter_need": r.interpreter_need.value,
            "note": r.note,
            "created_at": instant(r.created_at),
        }
        for r in rows
    ]


def _meetings(s: Session, p: Participant, interpreter: Interpreter | None, zone: str) -> list[Json]:
    """The meetings the person sits at (named at it, or — none named — as a delegate of one
    of the two organisations, as the agendas read it) or interprets."""
    seated: dict[int, set[int]] = {}
    for meeting_id, pid in s.execute(
        select(MeetingParticipant.meeting_id, MeetingParticipant.participant_id)
        .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
        .where(Meeting.mission_id == p.mission_id)
    ):
        seated.setdefault(meeting_id, set()).add(pid)
    conditions = [MeetingParticipant.participant_id == p.id]
    if p.organisation_id is not None:
        conditions += [
            Meeting.organisation_a_id == p.organisation_id,
            Meeting.organisation_b_id == p.organisation_id,
        ]
    if interpreter is not None:
        conditions.append(Meeting.interpreter_id == interpreter.id)
    rows = s.scalars(
        select(Meeting)
        .outerjoin(
            MeetingParticipant,
            (MeetingParticipant.meeting_id == Meeting.id)
            & (MeetingParticipant.participant_id == p.id),
        )
        .where(Meeting.mission_id == p.mission_id, or_(*conditions))
        .options(
            selectinload(Meeting.organisation_a),
            selectinload(Meeting.organisation_b),
        )
        .order_by(Meeting.start_utc, Meeting.id)
    ).unique()
    sessions = dict(
        s.execute(
            select(B2BSession.id, B2BSession.name).where(B2BSession.mission_id == p.mission_id)
        ).all()
    )
    tables = dict(
        s.execute(
            select(B2BTable.id, B2BTable.name)
            .join(B2BSession, B2BSession.id == B2BTable.session_id)
            .where(B2BSession.mission_id == p.mission_id)
        ).all()
    )
    out = []
    for m in rows:
        named = seated.get(m.id, set())
        interpreting = interpreter is not None and m.interpreter_id == interpreter.id
        in_org = p.organisation_id in (m.organisation_a_id, m.organisation_b_id)
        sits = p.id in named or (not named and in_org)
        if not (sits or interpreting):
            continue  # their organisation's meeting, at which others were named
        if sits and not interpreting and p.organisation_id == m.organisation_b_id:
            own, other = m.organisation_b, m.organisation_a
        else:
            own, other = m.organisation_a, m.organisation_b
        out.append(
            {
                "id": m.id,
                "role": "interpreter" if interpreting else "delegate",
                "session": sessions.get(m.session_id),
                "table": tables.get(m.table_id),
                **_when(m.start_utc, m.end_utc, zone),
                "status": m.status.value,
                "organisation": _organisation_ref(own),
                "counterpart": _organisation_ref(other),
                "interpreter_assigned": m.interpreter_id is not None,
            }
        )
    return out


def _programme(
    s: Session, p: Participant, delegation_id: int | None, mission: Mission
) -> list[Json]:
    attending = set(
        s.scalars(
            select(AgendaAttendee.agenda_item_id).where(AgendaAttendee.participant_id == p.id)
        )
    )
    venues = {v.id: v for v in s.scalars(select(Venue).where(Venue.mission_id == mission.id))}
    items: Iterable[AgendaItem] = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.mission_id == mission.id)
        .order_by(AgendaItem.start_utc, AgendaItem.id)
    )
    out = []
    for i in items:
        if i.audience is Audience.DELEGATION and i.audience_delegation_id != delegation_id:
            continue
        if i.audience is Audience.PARTICIPANTS and i.id not in attending:
            continue
        if i.audience is Audience.ORGANISATION and i.audience_organisation_id != p.organisation_id:
            continue
        venue = venues.get(i.venue_id) if i.venue_id is not None else None
        out.append(
            {
                "id": i.id,
                "kind": i.kind.value,
                "title": i.title,
                "title_it": i.title_it,
                "title_ja": i.title_ja,
                **_when(i.start_utc, i.end_utc, i.timezone),
                "audience": i.audience.value,
                "venue": None
                if venue is None
                else {"name": venue.name, "name_ja": venue.name_ja, "city": venue.city},
            }
        )
    return out


def _sent(s: Session, participant_id: int) -> list[Json]:
    rows = s.scalars(
        select(SentMessage)
        .where(SentMessage.participant_id == participant_id)
        .order_by(SentMessage.at, SentMessage.id)
    )
    return [
        {
            "at": instant(m.at),
            "version": m.version,
            "address": m.address,
            "outcome": m.outcome,
            "detail": m.detail,
            "message_id": m.message_id,
            "sent_by": m.sent_by,
        }
        for m in rows
    ]


def dumps(document: Json) -> str:
    """The document as JSON text: UTF-8 as is (kanji stay kanji), indented, keys in order."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_personal_data(path: Path, document: Json) -> Path:
    """Write ``document`` to ``path`` atomically (readable by its owner only)."""
    with atomic_path(path) as temporary:
        temporary.write_text(dumps(document), encoding="utf-8")
    return path
