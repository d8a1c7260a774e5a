"""A mission's data as plain tables for a spreadsheet: participants, organisations, meeting
requests and the B2B schedule, read in one pass; no ORM object leaves this module.

Columns are in a fixed, documented order with English headers (``*_COLUMNS`` below); a new
column is added at the end of its table so that formulas and imports keyed on positions
keep working. Times are wall times in the mission's zone, with the zone shown beside them.
Booleans are "yes" / "no". Text is kept as entered (NFC, without the control characters a
spreadsheet file cannot hold); formula injection is the writers' job (``cells.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.common.timezones import to_local
from app.core import messages as core_msg
from app.exporting import messages as msg
from app.exporting.errors import ExportError
from app.model import (
    B2BSession,
    B2BTable,
    Delegation,
    Interpreter,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
)
from app.store import Store


class Kind(StrEnum):
    """How a column's cells are written: as text, a number, a date cell, a date-and-time
    cell (a wall time in the mission's zone) or yes/no."""

    TEXT = "text"
    INTEGER = "integer"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"


Cell = str | int | float | bool | date | datetime | None


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Sheet:
    """One table: ``name`` is the .xlsx sheet's (and the ``--what`` word's) name."""

    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)


T, N, D, DT, B = Kind.TEXT, Kind.INTEGER, Kind.DATE, Kind.DATETIME, Kind.BOOLEAN

PARTICIPANT_COLUMNS: tuple[Column, ...] = (
    Column("ID", N),
    Column("Family name"),
    Column("Given name"),
    Column("Family name (kanji)"),
    Column("Given name (kanji)"),
    Column("Family name (kana)"),
    Column("Given name (kana)"),
    Column("Name order"),  # given_first | family_first
    Column("Organisation ID", N),
    Column("Organisation"),
    Column("Organisation (Japanese)"),
    Column("Delegation"),
    Column("Side"),  # turin | nagoya
    Column("Title"),
    Column("Title (Japanese)"),
    Column("Document language"),  # it | ja | en
    Column("Badge category"),
    Column("Languages"),  # ISO 639-1 codes, most fluent first: "ja, en"
    Column("E-mail"),
    Column("Phone"),
    Column("Consent", B),
    Column("Consent date", D),  # in the mission's zone
    Column("Interpreter", B),
    Column("Notes"),
)

ORGANISATION_COLUMNS: tuple[Column, ...] = (
    Column("ID", N),
    Column("Name"),
    Column("Name (kanji)"),
    Column("Name (kana)"),
    Column("Side"),
    Column("Delegation"),
    Column("City"),
    Column("Sectors"),  # "automotive, aerospace"
    Column("Website"),
    Column("Profile"),
    Column("Profile (Japanese)"),
    Column("Max meetings", N),
    Column("Parallel meetings", N),
    Column("Participants", N),
    Column("Requests made", N),
    Column("Requests received", N),
    Column("Meetings", N),  # not cancelled
)

REQUEST_COLUMNS: tuple[Column, ...] = (
    Column("ID", N),
    Column("From ID", N),
    Column("From"),
    Column("From (Japanese)"),
    Column("To ID", N),
    Column("To"),
    Column("To (Japanese)"),
    Column("Priority", N),  # 1 (nice to have) … 5 (essential)
    Column("No thanks", B),
    Column("Mandatory", B),
    Column("Interpreter need"),  # auto | required | none
    Column("Mutual", B),  # the other side asked too
    Column("Scheduled", B),  # the pair has a meeting that is not cancelled
    Column("Requested on", D),  # in the mission's zone
    Column("Note"),
)

SCHEDULE_COLUMNS: tuple[Column, ...] = (
    Column("Meeting ID", N),
    Column("Session"),
    Column("Date", D),
    Column("Start", DT),  # wall time in the zone of the next column
    Column("End", DT),
    Column("Time zone"),  # "JST (Asia/Tokyo)"; CET/CEST shows the side of a DST change
    Column("Start (UTC)"),  # ISO 8601, for machines
    Column("Table"),
    Column("Organisation A ID", N),
    Column("Organisation A"),
    Column("Organisation A (Japanese)"),
    Column("People A"),
    Column("Organisation B ID", N),
    Column("Organisation B"),
    Column("Organisation B (Japanese)"),
    Column("People B"),
    Column("Interpreter"),
    Column("Status"),  # scheduled | held | no_show | cancelled
    Column("Locked", B),
)

# --what word → sheet name, in the order of an all-in-one workbook.
WHATS: Mapping[str, str] = {
    "participants": "Participants",
    "organisations": "Organisations",
    "requests": "Requests",
    "schedule": "Schedule",
}

# Characters an .xlsx file (XML 1.0) cannot hold, and the invisible ones that only confuse.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def text(value: str | None) -> str:
    """A stored text as a cell holds it: NFC, line breaks as ``\\n``, no control characters
    but tab and line feed; otherwise exactly as entered (not trimmed)."""
    if not value:
        return ""
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", value)


def _opt(value: str | None) -> str | None:
    return text(value) or None


def export_sheets(store: Store, mission_id: int, whats: Sequence[str]) -> tuple[Sheet, ...]:
    """The tables named by ``whats`` (keys of :data:`WHATS`) for one mission, read in one
    transaction so that they agree with each other."""
    unknown = [w for w in whats if w not in WHATS]
    if unknown:
        raise ExportError(msg.UNKNOWN_EXPORT(what=unknown[0], choices=", ".join(WHATS)))
    with store.session() as s:
        mission = s.get(Mission, mission_id)
        if mission is None:
            raise ExportError(core_msg.NO_MISSION(mission=mission_id))
        readers = {
            "participants": _participants,
            "organisations": _organisations,
            "requests": _requests,
            "schedule": _schedule,
        }
        return tuple(readers[w](s, mission) for w in whats)


def _local_date(instant: datetime | None, zone: str) -> date | None:
    return to_local(instant, zone).date() if instant is not None else None


def _delegations(s: Session, mission_id: int) -> dict[int, Delegation]:
    return {
        d.id: d for d in s.scalars(select(Delegation).where(Delegation.mission_id == mission_id))
    }


def _organisation_rows(s: Session, mission_id: int) -> dict[int, Organisation]:
    rows = s.scalars(
        select(Organisation)
        .where(Organisation.mission_id == mission_id)
        .options(selectinload(Organisation.sector_links))
    )
    return {o.id: o for o in rows}


def _participants(s: Session, mission: Mission) -> Sheet:
    delegations = _delegations(s, mission.id)
    organisations = _organisation_rows(s, mission.id)
    interpreters = set(
        s.scalars(select(Interpreter.participant_id).where(Interpreter.mission_id == mission.id))
    )
    people = s.scalars(
        select(Participant)
        .where(Participant.mission_id == mission.id)
        .options(selectinload(Participant.language_links))
    ).all()
    rows = []
    for p in sorted(
        people, key=lambda p: (p.family_name.casefold(), p.given_name.casefold(), p.id)
    ):
        org = organisations.get(p.organisation_id) if p.organisation_id is not None else None
        delegation_id = p.delegation_id
        if delegation_id is None and org is not None:
            delegation_id = org.delegation_id
        delegation = delegations.get(delegation_id) if delegation_id is not None else None
        rows.append(
            (
                p.id,
                text(p.family_name),
                text(p.given_name),
                _opt(p.family_name_kanji),
                _opt(p.given_name_kanji),
                _opt(p.family_name_kana),
                _opt(p.given_name_kana),
                p.name_order.value,
                p.organisation_id,
                text(org.name) if org else None,
                _opt(org.name_ja) if org else None,
                text(delegation.name) if delegation else None,
                delegation.side.value if delegation else None,
                text(p.title),
                _opt(p.title_ja),
                p.document_language.value,
                p.badge_category.value,
                ", ".join(link.language for link in p.language_links),
                _opt(p.email),
                _opt(p.phone),
                p.consent,
                _local_date(p.consent_at, mission.timezone),
                p.id in interpreters,
                text(p.notes),
            )
        )
    return Sheet(WHATS["participants"], PARTICIPANT_COLUMNS, tuple(rows))


def _organisations(s: Session, mission: Mission) -> Sheet:
    delegations = _delegations(s, mission.id)
    organisations = _organisation_rows(s, mission.id)
    people: dict[int, int] = defaultdict(int)
    for org_id in s.scalars(
        select(Participant.organisation_id).where(Participant.mission_id == mission.id)
    ):
        if org_id is not None:
            people[org_id] += 1
    made: dict[int, int] = defaultdict(int)
    received: dict[int, int] = defaultdict(int)
    for requester, requested in s.execute(
        select(MeetingRequest.requester_id, MeetingRequest.requested_id).where(
            MeetingRequest.mission_id == mission.id
        )
    ):
        made[requester] += 1
        received[requested] += 1
    meetings: dict[int, int] = defaultdict(int)
    for a, b in s.execute(
        select(Meeting.organisation_a_id, Meeting.organisation_b_id).where(
            Meeting.mission_id == mission.id, Meeting.status != MeetingStatus.CANCELLED
        )
    ):
        meetings[a] += 1
        meetings[b] += 1
    rows = []
    for o in sorted(organisations.values(), key=lambda o: (o.name.casefold(), o.id)):
        delegation = delegations.get(o.delegation_id) if o.delegation_id is not None else None
        rows.append(
            (
                o.id,
                text(o.name),
                _opt(o.name_ja),
                _opt(o.name_kana),
                delegation.side.value if delegation else None,
                text(delegation.name) if delegation else None,
                text(o.city),
                ", ".join(link.sector.value for link in o.sector_links),
                _opt(o.website),
                text(o.profile),
                _opt(o.profile_ja),
                o.max_meetings,
                o.parallel_meetings,
                people.get(o.id, 0),
                made.get(o.id, 0),
                received.get(o.id, 0),
                meetings.get(o.id, 0),
            )
        )
    return Sheet(WHATS["organisations"], ORGANISATION_COLUMNS, tuple(rows))


def _requests(s: Session, mission: Mission) -> Sheet:
    organisations = _organisation_rows(s, mission.id)
    requests = s.scalars(
        select(MeetingRequest).where(MeetingRequest.mission_id == mission.id)
    ).all()
    asked = {(r.requester_id, r.requested_id) for r in requests if not r.no_thanks}
    met = {
        frozenset(pair)
        for pair in s.execute(
            select(Meeting.organisation_a_id, Meeting.organisation_b_id).where(
                Meeting.mission_id == mission.id, Meeting.status != MeetingStatus.CANCELLED
            )
        ).all()
    }

    def name(org_id: int) -> str:
        return text(organisations[org_id].name)

    rows = []
    for r in sorted(
        requests, key=lambda r: (name(r.requester_id).casefold(), name(r.requested_id), r.id)
    ):
        a, b = organisations[r.requester_id], organisations[r.requested_id]
        rows.append(
            (
                r.id,
                a.id,
                text(a.name),
                _opt(a.name_ja),
                b.id,
                text(b.name),
                _opt(b.name_ja),
                r.priority,
                r.no_thanks,
                r.mandatory,
                r.interpreter_need.value,
                not r.no_thanks and (r.requested_id, r.requester_id) in asked,
                frozenset((a.id, b.id)) in met,
                _local_date(r.created_at, mission.timezone),
                text(r.note),
            )
        )
    return Sheet(WHATS["requests"], REQUEST_COLUMNS, tuple(rows))


def zone_label(local: datetime, zone: str) -> str:
    """'JST (Asia/Tokyo)': the abbreviation in force at that time, and the zone's name."""
    return f"{local.tzname()} ({zone})"


def _schedule(s: Session, mission: Mission) -> Sheet:
    zone = mission.timezone
    organisations = _organisation_rows(s, mission.id)
    people = {
        p.id: p for p in s.scalars(select(Participant).where(Participant.mission_id == mission.id))
    }
    delegates: dict[int, list[Participant]] = defaultdict(list)
    for p in people.values():
        if p.organisation_id is not None:
            delegates[p.organisation_id].append(p)
    seated: dict[int, set[int]] = defaultdict(set)
    for meeting_id, pid in s.execute(
        select(MeetingParticipant.meeting_id, MeetingParticipant.participant_id)
        .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
        .where(Meeting.mission_id == mission.id)
    ):
        seated[meeting_id].add(pid)
    interpreter_person = dict(
        s.execute(
            select(Interpreter.id, Interpreter.participant_id).where(
                Interpreter.mission_id == mission.id
            )
        ).all()
    )
    sessions = dict(
        s.execute(
            select(B2BSession.id, B2BSession.name).where(B2BSession.mission_id == mission.id)
        ).all()
    )
    tables = {
        t.id: t
        for t in s.scalars(
            select(B2BTable)
            .join(B2BSession, B2BSession.id == B2BTable.session_id)
            .where(B2BSession.mission_id == mission.id)
        )
    }

    def names_at(meeting_id: int, org_id: int) -> str:
        """The organisation's people at the meeting: those named, or (none named, as for a
        meeting entered by hand) all its delegates, as the agendas list them."""
        ids = seated.get(meeting_id)
        chosen = (
            [people[i] for i in ids if i in people and people[i].organisation_id == org_id]
            if ids
            else delegates.get(org_id, [])
        )
        ordered = sorted(chosen, key=lambda p: (p.latin_name().casefold(), p.id))
        return "; ".join(text(p.latin_name()) for p in ordered)

    meetings = s.scalars(select(Meeting).where(Meeting.mission_id == mission.id)).all()

    def order(m: Meeting) -> tuple[datetime, int, int]:
        table = tables.get(m.table_id)
        return (m.start_utc, table.position if table else 0, m.id)

    rows = []
    for m in sorted(meetings, key=order):
        start, end = to_local(m.start_utc, zone), to_local(m.end_utc, zone)
        a, b = organisations[m.organisation_a_id], organisations[m.organisation_b_id]
        interpreter = (
            people.get(interpreter_person.get(m.interpreter_id, -1))
            if m.interpreter_id is not None
            else None
        )
        table = tables.get(m.table_id)
        rows.append(
            (
                m.id,
                text(sessions.get(m.session_id, "")),
                start.date(),
                start.replace(tzinfo=None),
                end.replace(tzinfo=None),
                zone_label(start, zone),
                m.start_utc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                text(table.name) if table else None,
                a.id,
                text(a.name),
                _opt(a.name_ja),
                names_at(m.id, a.id),
                b.id,
                text(b.name),
                _opt(b.name_ja),
                names_at(m.id, b.id),
                text(interpreter.latin_name()) if interpreter else None,
                m.status.value,
                m.locked,
            )
        )
    return Sheet(WHATS["schedule"], SCHEDULE_COLUMNS, tuple(rows))
