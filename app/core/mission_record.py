"""One mission read once: the read model every export and every view of a mission starts from.

:func:`load_mission` reads a mission, in one read-only transaction that sees one consistent
state of the database, into a :class:`MissionRecord`: plain frozen values (no ORM object),
times as UTC instants beside their IANA zone names, as stored. What each reader needs is a
pure function of the record — the documents' :class:`~app.core.agenda_data.MissionData`, the
calendars, the publication snapshot of the mission as it is now, the scheduler's problem, the
B2B grid — so one export never sees a mission that changed between two of its reads.

An action that writes reads the record inside its own transaction with :func:`read_mission`
(publishing, storing a scheduler run): what it checks is what it writes against.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core import messages as msg
from app.core.errors import NotFound
from app.core.names import NamedInThree, Names
from app.core.slots import SlotDef, session_slots
from app.model import (
    AgendaAttendee,
    AgendaItem,
    B2BSession,
    Delegation,
    Interpreter,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Publication,
    Venue,
    VenueTravel,
)
from app.model.enums import (
    AgendaKind,
    Audience,
    BadgeCategory,
    DocumentLanguage,
    InterpreterNeed,
    MeetingStatus,
    NameOrder,
    Side,
)
from app.store import Store

Period = tuple[datetime, datetime]  # UTC start, end


@dataclass(frozen=True)
class MissionFacts(NamedInThree):
    id: int
    name: str  # English (the fallback)
    name_ja: str | None
    host_city: str
    timezone: str
    organiser: str
    organiser_email: str | None
    created_at: datetime  # UTC
    name_it: str | None = None
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class DelegationRecord(NamedInThree):
    id: int
    name: str  # English (the fallback)
    side: Side | None
    name_it: str | None = None
    name_ja: str | None = None
    head_id: int | None = None  # the head of delegation, a participant


@dataclass(frozen=True)
class OrganisationRecord:
    id: int
    name: str
    name_ja: str | None
    name_kana: str | None
    profile: str
    profile_ja: str | None
    delegation_id: int | None
    side: Side | None  # its delegation's
    parallel_meetings: int
    max_meetings: int | None


@dataclass(frozen=True)
class PersonRecord:
    """A participant (an interpreter is one too)."""

    id: int
    family_name: str
    given_name: str
    latin_name: str  # in the person's own order
    kanji_name: str | None
    kana_name: str | None
    name_order: NameOrder
    title: str
    title_ja: str | None
    organisation_id: int | None
    own_delegation_id: int | None  # the person's own delegation, if set
    document_language: DocumentLanguage
    badge_category: BadgeCategory
    email: str | None
    phone: str | None
    consent: bool  # to share their e-mail and phone (badges' vCards)
    languages: tuple[str, ...]  # most fluent first
    unavailable: tuple[Period, ...]
    check_in_token: str = ""  # the secret of the badge's check-in code (since 0012)


@dataclass(frozen=True)
class VenueRecord(NamedInThree):
    id: int
    name: str  # Latin script (English, the fallback)
    name_ja: str | None
    address: str
    address_ja: str | None
    city: str
    name_it: str | None = None
    timezone: str = "UTC"


@dataclass(frozen=True)
class ItemRecord:
    """A programme item."""

    id: int
    kind: AgendaKind
    title: str  # English
    title_it: str | None
    title_ja: str | None
    description: str
    venue_id: int | None
    start_utc: datetime
    end_utc: datetime
    timezone: str
    audience: Audience
    audience_delegation_id: int | None
    attendees: frozenset[int]  # named participants, for audience "participants"
    description_it: str | None = None
    description_ja: str | None = None
    audience_organisation_id: int | None = None  # for audience "organisation"

    @property
    def titles(self) -> Names:
        return Names(self.title, self.title_it, self.title_ja)

    @property
    def descriptions(self) -> Names:
        """The description in each language ("" in English when none is written)."""
        return Names(self.description, self.description_it, self.description_ja)

    @property
    def holds_people(self) -> bool:
        """Whether its audience is busy during it (free time and older B2B entries are not)."""
        return self.kind not in (AgendaKind.FREE, AgendaKind.B2B)


@dataclass(frozen=True)
class TableRecord:
    id: int
    name: str
    position: int


@dataclass(frozen=True)
class BreakRecord:
    """A break of a B2B session (a coffee break): documents print it as a row."""

    id: int
    start_utc: datetime
    end_utc: datetime
    label: str  # English; "" for the plain word "Break"
    label_it: str | None = None
    label_ja: str | None = None


@dataclass(frozen=True)
class SessionRecord(NamedInThree):
    """A B2B session, with its slots as they follow from its window, slot length and breaks."""

    id: int
    name: str  # English (the fallback)
    venue_id: int | None
    start_utc: datetime
    end_utc: datetime
    timezone: str
    slots: tuple[SlotDef, ...]
    tables: tuple[TableRecord, ...]  # by position, then id
    name_it: str | None = None
    name_ja: str | None = None
    slot_minutes: int = 20
    breaks: tuple[BreakRecord, ...] = ()  # by start
    delegation_ids: frozenset[int] = frozenset()  # who takes part; empty: every delegation

    def takes_part(self, delegation_id: int | None) -> bool:
        """Whether a delegation (None: an organisation without one) meets in this session."""
        return not self.delegation_ids or delegation_id in self.delegation_ids


@dataclass(frozen=True)
class InterpreterRecord:
    id: int
    participant_id: int
    session_ids: frozenset[int] = frozenset()  # the sessions they work; empty: every one

    def works(self, session_id: int) -> bool:
        return not self.session_ids or session_id in self.session_ids


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    organisation_a: int
    organisation_b: int
    session_id: int
    table_id: int
    start_utc: datetime
    end_utc: datetime
    status: MeetingStatus
    locked: bool
    interpreter_id: int | None
    request_id: int | None
    people: frozenset[int]  # the participants named at it (none: all the delegates)
    # marked on site (schema 0012): the note, when it was marked; the row's version
    status_note: str = ""
    status_at: datetime | None = None
    version: int | None = None


@dataclass(frozen=True)
class RequestRecord:
    id: int
    requester: int
    requested: int
    priority: int
    no_thanks: bool
    mandatory: bool
    interpreter_need: InterpreterNeed


@dataclass(frozen=True)
class PublicationRecord:
    id: int
    number: int
    published_at: datetime  # UTC
    published_by: str
    note: str
    snapshot: str  # the frozen schedule and programme, as JSON


@dataclass(frozen=True)
class MissionRecord:
    """A mission and everything in it, as read at one moment. Every collection is in id
    order (readers sort as they print)."""

    mission: MissionFacts
    delegations: Mapping[int, DelegationRecord]
    organisations: Mapping[int, OrganisationRecord]
    people: Mapping[int, PersonRecord]
    venues: Mapping[int, VenueRecord]
    items: tuple[ItemRecord, ...]
    sessions: tuple[SessionRecord, ...]  # by start, then id
    interpreters: Mapping[int, InterpreterRecord]
    meetings: tuple[MeetingRecord, ...]  # cancelled ones included
    requests: tuple[RequestRecord, ...]
    publications: tuple[PublicationRecord, ...]  # by number, oldest first
    # minutes from one venue to another, by (from, to) venue id
    travel: Mapping[tuple[int, int], int] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def id(self) -> int:
        return self.mission.id

    @property
    def zone(self) -> str:
        return self.mission.timezone

    @property
    def latest_publication(self) -> PublicationRecord | None:
        return self.publications[-1] if self.publications else None

    def delegation_of(self, person: PersonRecord) -> int | None:
        """The person's own delegation, else their organisation's."""
        if person.own_delegation_id is not None or person.organisation_id is None:
            return person.own_delegation_id
        org = self.organisations.get(person.organisation_id)
        return org.delegation_id if org is not None else None

    def attends(self, item: ItemRecord, person: PersonRecord) -> bool:
        """Whether ``person`` is in the audience of the programme item ``item``."""
        return audience_includes(
            item.audience,
            item.audience_delegation_id,
            item.audience_organisation_id,
            item.attendees,
            person_id=person.id,
            delegation_id=self.delegation_of(person),
            organisation_id=person.organisation_id,
        )

    def attendees_of(self, item: ItemRecord) -> frozenset[int]:
        """The participant ids in the audience of ``item``."""
        return frozenset(p.id for p in self.people.values() if self.attends(item, p))

    def busy_periods(self, person: PersonRecord) -> tuple[Period, ...]:
        """When ``person`` cannot meet: their unavailability, and the programme items they
        attend that hold their audience (not free time): the scheduler keeps B2B meetings
        out of both."""
        held = tuple(
            (i.start_utc, i.end_utc)
            for i in self.items
            if i.holds_people and self.attends(i, person)
        )
        return person.unavailable + held

    def side_of(self, person: PersonRecord) -> Side | None:
        """The side of the person's own delegation, else of their organisation's."""
        if person.own_delegation_id is not None:
            own = self.delegations.get(person.own_delegation_id)
            return own.side if own is not None else None
        org = self.organisations.get(person.organisation_id) if person.organisation_id else None
        return org.side if org is not None else None

    def delegates(self) -> Mapping[int, tuple[PersonRecord, ...]]:
        """Each organisation's participants, in id order."""
        out: dict[int, list[PersonRecord]] = defaultdict(list)
        for person in self.people.values():
            if person.organisation_id is not None:
                out[person.organisation_id].append(person)
        return MappingProxyType({k: tuple(v) for k, v in out.items()})


# --- who is away when -------------------------------------------------------------------------


def audience_includes(
    audience: Audience,
    audience_delegation_id: int | None,
    audience_organisation_id: int | None,
    attendees: frozenset[int],
    *,
    person_id: int,
    delegation_id: int | None,
    organisation_id: int | None,
) -> bool:
    """Whether a person (their id, their delegation — own, else their organisation's — and
    their organisation) is in an item's audience: the one rule every reader applies."""
    if audience is Audience.EVERYONE:
        return True
    if audience is Audience.DELEGATION:
        return delegation_id is not None and delegation_id == audience_delegation_id
    if audience is Audience.ORGANISATION:
        return organisation_id is not None and organisation_id == audience_organisation_id
    return person_id in attendees


def overlaps(slot: SlotDef, start: datetime, end: datetime) -> bool:
    return slot.start_utc < end and start < slot.end_utc


def away_slots(
    slots: Iterable[SlotDef], people: Iterable[PersonRecord], record: MissionRecord | None = None
) -> frozenset[str]:
    """The slots in which every one of ``people`` is unavailable (with ``record``: or at a
    programme item they attend, :meth:`MissionRecord.busy_periods`): a team (an
    organisation's delegates) or an interpreter is away only then. Nobody: away in no slot."""
    slots = list(slots)
    periods = [record.busy_periods(p) if record else p.unavailable for p in people]
    sets = [
        {x.id for x in slots if any(overlaps(x, start, end) for start, end in busy)}
        for busy in periods
    ]
    return frozenset(set.intersection(*sets)) if sets else frozenset()


# --- reading ----------------------------------------------------------------------------------


def load_mission(store: Store, mission_id: int) -> MissionRecord:
    """Read ``mission_id`` in one consistent read-only transaction; :class:`NotFound` if the
    database has no such mission."""
    with store.snapshot() as s:
        return read_mission(s, mission_id)


def read_mission(s: Session, mission_id: int) -> MissionRecord:
    """Read ``mission_id`` inside the caller's session (an action's own transaction)."""
    mission = s.get(Mission, mission_id)
    if mission is None:
        raise NotFound(msg.NO_MISSION(mission=mission_id))
    facts = MissionFacts(
        id=mission.id,
        name=mission.name,
        name_ja=mission.name_ja,
        host_city=mission.host_city,
        timezone=mission.timezone,
        organiser=mission.organiser,
        organiser_email=mission.organiser_email,
        created_at=mission.created_at,
        name_it=mission.name_it,
        start_date=mission.start_date,
        end_date=mission.end_date,
    )
    delegations = {
        d.id: DelegationRecord(d.id, d.name, d.side, d.name_it, d.name_ja, d.head_id)
        for d in s.scalars(
            select(Delegation).where(Delegation.mission_id == mission_id).order_by(Delegation.id)
        )
    }
    return MissionRecord(
        mission=facts,
        delegations=MappingProxyType(delegations),
        organisations=MappingProxyType(_organisations(s, mission_id, delegations)),
        people=MappingProxyType(_people(s, mission_id)),
        venues=MappingProxyType(_venues(s, mission_id)),
        items=_items(s, mission_id),
        sessions=_sessions(s, mission_id),
        interpreters=MappingProxyType(
            {
                i.id: InterpreterRecord(
                    i.id, i.participant_id, frozenset(link.session_id for link in i.session_links)
                )
                for i in s.scalars(
                    select(Interpreter)
                    .where(Interpreter.mission_id == mission_id)
                    .options(selectinload(Interpreter.session_links))
                    .order_by(Interpreter.id)
                )
            }
        ),
        meetings=_meetings(s, mission_id),
        requests=tuple(
            RequestRecord(
                r.id,
                r.requester_id,
                r.requested_id,
                r.priority,
                r.no_thanks,
                r.mandatory,
                r.interpreter_need,
            )
            for r in s.scalars(
                select(MeetingRequest)
                .where(MeetingRequest.mission_id == mission_id)
                .order_by(MeetingRequest.id)
            )
        ),
        publications=tuple(
            PublicationRecord(p.id, p.number, p.published_at, p.published_by, p.note, p.snapshot)
            for p in s.scalars(
                select(Publication)
                .where(Publication.mission_id == mission_id)
                .order_by(Publication.number)
            )
        ),
        travel=MappingProxyType(
            {
                (t.from_venue_id, t.to_venue_id): t.minutes
                for t in s.scalars(select(VenueTravel).where(VenueTravel.mission_id == mission_id))
            }
        ),
    )


def _organisations(
    s: Session, mission_id: int, delegations: Mapping[int, DelegationRecord]
) -> dict[int, OrganisationRecord]:
    rows = s.scalars(
        select(Organisation).where(Organisation.mission_id == mission_id).order_by(Organisation.id)
    )
    out = {}
    for o in rows:
        delegation = delegations.get(o.delegation_id) if o.delegation_id is not None else None
        out[o.id] = OrganisationRecord(
            id=o.id,
            name=o.name,
            name_ja=o.name_ja,
            name_kana=o.name_kana,
            profile=o.profile,
            profile_ja=o.profile_ja,
            delegation_id=o.delegation_id,
            side=delegation.side if delegation is not None else None,
            parallel_meetings=o.parallel_meetings,
            max_meetings=o.max_meetings,
        )
    return out


def _people(s: Session, mission_id: int) -> dict[int, PersonRecord]:
    rows = s.scalars(
        select(Participant)
        .where(Participant.mission_id == mission_id)
        .options(selectinload(Participant.language_links), selectinload(Participant.unavailability))
        .order_by(Participant.id)
    )
    return {
        p.id: PersonRecord(
            id=p.id,
            family_name=p.family_name,
            given_name=p.given_name,
            latin_name=p.latin_name(),
            kanji_name=p.kanji_name(),
            kana_name=p.kana_name(),
            name_order=p.name_order,
            title=p.title,
            title_ja=p.title_ja,
            organisation_id=p.organisation_id,
            own_delegation_id=p.delegation_id,
            document_language=p.document_language,
            badge_category=p.badge_category,
            email=p.email,
            phone=p.phone,
            consent=p.consent,
            languages=tuple(p.languages),
            unavailable=tuple(
                (u.start_utc, u.end_utc) for u in sorted(p.unavailability, key=lambda u: u.id)
            ),
            check_in_token=p.check_in_token,
        )
        for p in rows
    }


def _venues(s: Session, mission_id: int) -> dict[int, VenueRecord]:
    rows = s.scalars(select(Venue).where(Venue.mission_id == mission_id).order_by(Venue.id))
    return {
        v.id: VenueRecord(
            v.id, v.name, v.name_ja, v.address, v.address_ja, v.city, v.name_it, v.timezone
        )
        for v in rows
    }


def _items(s: Session, mission_id: int) -> tuple[ItemRecord, ...]:
    named: dict[int, set[int]] = defaultdict(set)
    for item_id, pid in s.execute(
        select(AgendaAttendee.agenda_item_id, AgendaAttendee.participant_id)
        .join(AgendaItem, AgendaItem.id == AgendaAttendee.agenda_item_id)
        .where(AgendaItem.mission_id == mission_id)
    ):
        named[item_id].add(pid)
    rows = s.scalars(
        select(AgendaItem).where(AgendaItem.mission_id == mission_id).order_by(AgendaItem.id)
    )
    return tuple(
        ItemRecord(
            id=i.id,
            kind=i.kind,
            title=i.title,
            title_it=i.title_it,
            title_ja=i.title_ja,
            description=i.description or "",
            venue_id=i.venue_id,
            start_utc=i.start_utc,
            end_utc=i.end_utc,
            timezone=i.timezone,
            audience=i.audience,
            audience_delegation_id=i.audience_delegation_id,
            attendees=frozenset(named.get(i.id, ())),
            description_it=i.description_it,
            description_ja=i.description_ja,
            audience_organisation_id=i.audience_organisation_id,
        )
        for i in rows
    )


def _sessions(s: Session, mission_id: int) -> tuple[SessionRecord, ...]:
    rows = s.scalars(
        select(B2BSession)
        .where(B2BSession.mission_id == mission_id)
        .options(
            selectinload(B2BSession.breaks),
            selectinload(B2BSession.tables),
            selectinload(B2BSession.delegation_links),
        )
        .order_by(B2BSession.start_utc, B2BSession.id)
    )
    return tuple(
        SessionRecord(
            id=b.id,
            name=b.name,
            venue_id=b.venue_id,
            start_utc=b.start_utc,
            end_utc=b.end_utc,
            timezone=b.timezone,
            slots=tuple(session_slots(b)),
            tables=tuple(
                TableRecord(t.id, t.name, t.position)
                for t in sorted(b.tables, key=lambda t: (t.position, t.id))
            ),
            name_it=b.name_it,
            name_ja=b.name_ja,
            slot_minutes=b.slot_minutes,
            breaks=tuple(
                BreakRecord(x.id, x.start_utc, x.end_utc, x.label, x.label_it, x.label_ja)
                for x in sorted(b.breaks, key=lambda x: (x.start_utc, x.id))
            ),
            delegation_ids=frozenset(link.delegation_id for link in b.delegation_links),
        )
        for b in rows
    )


def _meetings(s: Session, mission_id: int) -> tuple[MeetingRecord, ...]:
    people: dict[int, set[int]] = defaultdict(set)
    for meeting_id, pid in s.execute(
        select(MeetingParticipant.meeting_id, MeetingParticipant.participant_id)
        .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
        .where(Meeting.mission_id == mission_id)
    ):
        people[meeting_id].add(pid)
    rows = s.scalars(select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id))
    return tuple(
        MeetingRecord(
            id=m.id,
            organisation_a=m.organisation_a_id,
            organisation_b=m.organisation_b_id,
            session_id=m.session_id,
            table_id=m.table_id,
            start_utc=m.start_utc,
            end_utc=m.end_utc,
            status=m.status,
            locked=m.locked,
            interpreter_id=m.interpreter_id,
            request_id=m.request_id,
            people=frozenset(people.get(m.id, ())),
            status_note=m.status_note or "",
            status_at=m.status_at,
            version=m.row_version,
        )
        for m in rows
    )
