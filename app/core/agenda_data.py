"""What agendas, sheets and calendars print of a mission: :class:`MissionData`, a pure
function of the mission's record (:mod:`app.core.mission_record`, read once).

No ORM object reaches this module: the renderers (and a background thread) get plain values.
Text is cleaned for reportlab; times are aware datetimes in the mission's zone. The
per-person and per-table views are pure functions of :class:`MissionData`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from app.common.timezones import to_local
from app.core import messages as msg
from app.core.clock_changes import ClockWarning, MissionClocks, clocks_of
from app.core.errors import NotFound
from app.core.language import break_names
from app.core.mission_record import (
    BreakRecord,
    DelegationRecord,
    MissionRecord,
    OrganisationRecord,
    PersonRecord,
    SessionRecord,
    VenueRecord,
    audience_includes,
    load_mission,
)
from app.core.names import NamedInThree, Names
from app.core.text import clean
from app.model.enums import AgendaKind, Audience, DocumentLanguage, MeetingStatus
from app.store import Store

# --- the records -----------------------------------------------------------------------------
# Every name a delegate reads (mission, venue, session, delegation, break) carries its forms in
# English, Italian and Japanese as ``names`` (:class:`~app.core.names.Names`); a renderer asks
# ``x.names.in_(lang)`` for the reader's language and gets the fallback when a form is missing.
# That is the one place the choice is made: no renderer picks a column by language itself.


@dataclass(frozen=True)
class MissionInfo(NamedInThree):
    id: int
    name: str  # English (the fallback)
    name_ja: str | None
    host_city: str
    timezone: str
    name_it: str | None = None


@dataclass(frozen=True)
class DelegationInfo(NamedInThree):
    id: int
    name: str  # English (the fallback)
    name_it: str | None = None
    name_ja: str | None = None


@dataclass(frozen=True)
class PublicationInfo:
    number: int
    published_at: datetime  # in the mission zone


@dataclass(frozen=True)
class Person:
    id: int
    latin: str  # in the person's own order
    family: str  # Latin script
    given: str
    kanji: str | None
    kana: str | None
    title: str
    title_ja: str | None
    organisation_id: int | None
    delegation_id: int | None  # the person's own, else their organisation's
    language: DocumentLanguage

    @property
    def sort_key(self) -> tuple[str, int]:
        return (self.latin.casefold(), self.id)


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    name: str
    name_ja: str | None
    name_kana: str | None
    profile: str
    profile_ja: str | None
    delegation_id: int | None

    def profile_in(self, lang: DocumentLanguage) -> str:
        """The short profile in the reader's language where there is one, else in English."""
        if lang is DocumentLanguage.JA and self.profile_ja:
            return self.profile_ja
        return self.profile


@dataclass(frozen=True)
class VenueInfo(NamedInThree):
    id: int
    name: str  # Latin script (English, the fallback)
    name_ja: str | None
    address: str
    address_ja: str | None
    city: str
    name_it: str | None = None

    def address_in(self, lang: DocumentLanguage) -> str:
        """The address in Japanese script for a Japanese reader where there is one."""
        return self.address_ja if lang is DocumentLanguage.JA and self.address_ja else self.address


@dataclass(frozen=True)
class ProgrammeItem:
    id: int
    title: str  # English
    title_it: str | None
    title_ja: str | None
    description: str
    venue_id: int | None
    start: datetime  # in the mission zone
    end: datetime
    audience: Audience
    audience_delegation_id: int | None
    attendees: frozenset[int]  # participant ids, for audience "participants"
    description_it: str | None = None
    description_ja: str | None = None
    audience_organisation_id: int | None = None  # for audience "organisation"
    kind: AgendaKind = AgendaKind.OTHER
    timezone: str = "UTC"  # the zone the item is shown in (its venue's)

    @property
    def titles(self) -> Names:
        return Names(self.title, self.title_it, self.title_ja)

    @property
    def descriptions(self) -> Names:
        """The description in each language: ``descriptions.in_(lang)`` falls back to the
        English one ("" when none is written at all)."""
        return Names(self.description, self.description_it, self.description_ja)

    def title_in(self, lang: DocumentLanguage) -> str:
        return self.titles.in_(lang)

    def is_for(self, person: Person) -> bool:
        return audience_includes(
            self.audience,
            self.audience_delegation_id,
            self.audience_organisation_id,
            self.attendees,
            person_id=person.id,
            delegation_id=person.delegation_id,
            organisation_id=person.organisation_id,
        )


@dataclass(frozen=True)
class Slot:
    index: int
    start: datetime  # in the mission zone
    end: datetime


@dataclass(frozen=True)
class Table:
    id: int
    name: str


@dataclass(frozen=True)
class BreakInfo:
    """A break of a B2B session (a coffee break): documents print it as a row at its time."""

    session_id: int
    start: datetime  # in the mission zone
    end: datetime
    label: str  # English; "" when the coordinator wrote none
    label_it: str | None = None
    label_ja: str | None = None

    @property
    def names(self) -> Names:
        """The label in each language (:func:`~app.core.language.break_names`: "Pausa caffè"
        / "コーヒーブレイク" / "Coffee break" when the coordinator wrote none)."""
        return break_names(self.label, self.label_it, self.label_ja)


@dataclass(frozen=True)
class SessionInfo(NamedInThree):
    id: int
    name: str  # English (the fallback)
    venue_id: int | None
    start: datetime
    end: datetime
    slots: tuple[Slot, ...]
    tables: tuple[Table, ...]
    name_it: str | None = None
    name_ja: str | None = None
    breaks: tuple[BreakInfo, ...] = ()  # by start


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    session_id: int
    table_id: int
    table: str
    start: datetime  # in the mission zone
    end: datetime
    organisation_a: int
    organisation_b: int
    people: frozenset[int]  # who sits at it (participant ids, both sides)
    interpreter: int | None  # the interpreter's participant id

    def counterpart_of(self, organisation_id: int) -> int:
        if organisation_id == self.organisation_a:
            return self.organisation_b
        return self.organisation_a


@dataclass(frozen=True)
class MissionData:
    """Everything documents need about one mission."""

    mission: MissionInfo
    publication: PublicationInfo | None
    people: Mapping[int, Person]
    organisations: Mapping[int, OrganisationInfo]
    venues: Mapping[int, VenueInfo]
    items: tuple[ProgrammeItem, ...]  # by start
    sessions: tuple[SessionInfo, ...]  # by start
    meetings: tuple[MeetingInfo, ...]  # by start, then table; cancelled ones left out
    by_organisation: Mapping[int, tuple[Person, ...]]  # delegates by name
    delegations: Mapping[int, DelegationInfo] = field(default_factory=dict)
    clocks: MissionClocks | None = None  # its daylight-saving changes

    def clock_warnings(self, delegation_id: int | None) -> tuple[ClockWarning, ...]:
        """The clock changes a reader of ``delegation_id`` is warned of, by day
        (:mod:`app.core.clock_changes`)."""
        return self.clocks.warnings_for(delegation_id) if self.clocks is not None else ()

    @property
    def is_empty(self) -> bool:
        return not self.items and not self.meetings

    def delegates(self, organisation_id: int) -> tuple[Person, ...]:
        return self.by_organisation.get(organisation_id, ())

    def session(self, session_id: int) -> SessionInfo | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def breaks_of(self, meetings: tuple[MeetingInfo, ...]) -> tuple[BreakInfo, ...]:
        """The breaks that fall between the first and the last of these meetings of each
        session, by start: the reader sees a coffee break as a row among their meetings
        rather than as a silent gap (one before their first meeting or after their last
        is not theirs to mind)."""
        spans: dict[int, tuple[datetime, datetime]] = {}
        for m in meetings:
            first, last = spans.get(m.session_id, (m.start, m.end))
            spans[m.session_id] = (min(first, m.start), max(last, m.end))
        found = [
            b
            for s in self.sessions
            if s.id in spans
            for b in s.breaks
            if spans[s.id][0] <= b.start and b.end <= spans[s.id][1]
        ]
        return tuple(sorted(found, key=lambda b: (b.start, b.end)))


# --- the views -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonalMeeting:
    meeting: MeetingInfo
    own_organisation: OrganisationInfo  # for an interpreter: side A
    counterpart: OrganisationInfo
    counterpart_people: tuple[Person, ...]
    own_people: tuple[Person, ...]  # the reader's colleagues at the table (not the reader)
    interpreter: Person | None
    interpreting: bool = False  # the reader is this meeting's interpreter


@dataclass(frozen=True)
class PersonalAgenda:
    person: Person
    organisation: OrganisationInfo | None
    items: tuple[ProgrammeItem, ...]
    meetings: tuple[PersonalMeeting, ...]
    venues: tuple[VenueInfo, ...]  # of the items and meetings shown, in order of first use
    breaks: tuple[BreakInfo, ...] = ()  # between its meetings (MissionData.breaks_of)


def _people_at(data: MissionData, meeting: MeetingInfo, organisation_id: int) -> tuple[Person, ...]:
    """The organisation's people at the meeting: the named ones, or all its delegates when
    the meeting names nobody (a meeting entered by hand)."""
    named = [
        data.people[p]
        for p in meeting.people
        if p in data.people and data.people[p].organisation_id == organisation_id
    ]
    if not meeting.people:
        return data.delegates(organisation_id)
    return tuple(sorted(named, key=lambda p: p.sort_key))


def _sits_at(data: MissionData, meeting: MeetingInfo, person: Person) -> bool:
    if meeting.people:
        return person.id in meeting.people
    return person.organisation_id in (meeting.organisation_a, meeting.organisation_b)


def _venues_of(
    data: MissionData, items: tuple[ProgrammeItem, ...], meetings: tuple[MeetingInfo, ...]
) -> tuple[VenueInfo, ...]:
    session_venue = {s.id: s.venue_id for s in data.sessions}
    ids = [i.venue_id for i in items] + [session_venue.get(m.session_id) for m in meetings]
    seen = dict.fromkeys(v for v in ids if v is not None and v in data.venues)
    return tuple(data.venues[v] for v in seen)


def personal_meetings(
    data: MissionData, person: Person, meetings: tuple[MeetingInfo, ...] | None = None
) -> tuple[PersonalMeeting, ...]:
    """``person``'s meetings seen from their side (an interpreter sees both sides)."""
    out = []
    for m in data.meetings if meetings is None else meetings:
        interpreter = data.people.get(m.interpreter) if m.interpreter is not None else None
        interpreting = False
        if person.organisation_id is not None and _sits_at(data, m, person):
            own_id = person.organisation_id
            other_id = m.counterpart_of(own_id)
            own = tuple(p for p in _people_at(data, m, own_id) if p.id != person.id)
        elif m.interpreter == person.id:
            # An interpreter reads the meeting as "side A with side B".
            own_id, other_id = m.organisation_a, m.organisation_b
            own, interpreting = _people_at(data, m, own_id), True
        else:
            continue
        out.append(
            PersonalMeeting(
                meeting=m,
                own_organisation=data.organisations[own_id],
                counterpart=data.organisations[other_id],
                counterpart_people=_people_at(data, m, other_id),
                own_people=own,
                interpreter=interpreter,
                interpreting=interpreting,
            )
        )
    return tuple(out)


def personal_agenda(data: MissionData, participant_id: int) -> PersonalAgenda:
    """The programme items ``participant_id`` attends and their B2B meetings."""
    person = data.people.get(participant_id)
    if person is None:
        raise NotFound(msg.PARTICIPANT_NOT_IN_MISSION(participant=participant_id))
    items = tuple(i for i in data.items if i.is_for(person))
    meetings = personal_meetings(data, person)
    org = data.organisations.get(person.organisation_id) if person.organisation_id else None
    seen = tuple(p.meeting for p in meetings)
    return PersonalAgenda(
        person, org, items, meetings, _venues_of(data, items, seen), data.breaks_of(seen)
    )


@dataclass(frozen=True)
class TableSheet:
    """Who sits at one table of one session, slot by slot (None: the table is free)."""

    session: SessionInfo
    table: Table
    rows: tuple[tuple[Slot, MeetingInfo | None], ...]


def _slot_of(session: SessionInfo, meeting: MeetingInfo) -> Slot | None:
    return next((s for s in session.slots if s.start == meeting.start), None)


def table_sheets(data: MissionData) -> tuple[TableSheet, ...]:
    """One sheet per table and session, including tables nobody sits at."""
    at: dict[tuple[int, datetime], MeetingInfo] = {(m.table_id, m.start): m for m in data.meetings}
    return tuple(
        TableSheet(session, table, tuple((s, at.get((table.id, s.start))) for s in session.slots))
        for session in data.sessions
        for table in session.tables
    )


@dataclass(frozen=True)
class GridView:
    """One session as slots × tables; ``cells[(slot index, table id)]``."""

    session: SessionInfo
    cells: Mapping[tuple[int, int], MeetingInfo]


def master_grid(data: MissionData) -> tuple[GridView, ...]:
    out = []
    for session in data.sessions:
        cells: dict[tuple[int, int], MeetingInfo] = {}
        for m in data.meetings:
            if m.session_id != session.id:
                continue
            slot = _slot_of(session, m)
            if slot is not None:
                cells[(slot.index, m.table_id)] = m
        out.append(GridView(session, dict(cells)))
    return tuple(out)


@dataclass(frozen=True)
class OrganisationAgenda:
    organisation: OrganisationInfo
    delegates: tuple[Person, ...]
    language: DocumentLanguage  # the one most of its delegates read
    items: tuple[ProgrammeItem, ...]  # attended by at least one delegate
    meetings: tuple[PersonalMeeting, ...]  # seen from the organisation's side
    venues: tuple[VenueInfo, ...]
    breaks: tuple[BreakInfo, ...] = ()  # between its meetings (MissionData.breaks_of)


def organisation_agenda(data: MissionData, organisation_id: int) -> OrganisationAgenda:
    """All the delegates' programme and the organisation's meetings, with who goes to each."""
    org = data.organisations.get(organisation_id)
    if org is None:
        raise NotFound(msg.ORGANISATION_NOT_IN_MISSION(organisation=organisation_id))
    delegates = data.delegates(organisation_id)
    counts: dict[DocumentLanguage, int] = defaultdict(int)
    for p in delegates:
        counts[p.language] += 1
    language = max(counts, key=lambda k: counts[k]) if counts else DocumentLanguage.EN
    items = tuple(i for i in data.items if any(i.is_for(p) for p in delegates))
    meetings = []
    for m in data.meetings:
        if organisation_id not in (m.organisation_a, m.organisation_b):
            continue
        other = m.counterpart_of(organisation_id)
        meetings.append(
            PersonalMeeting(
                meeting=m,
                own_organisation=org,
                counterpart=data.organisations[other],
                counterpart_people=_people_at(data, m, other),
                own_people=_people_at(data, m, organisation_id),
                interpreter=data.people.get(m.interpreter) if m.interpreter else None,
            )
        )
    seen = tuple(p.meeting for p in meetings)
    venues = _venues_of(data, items, seen)
    return OrganisationAgenda(
        org, delegates, language, items, tuple(meetings), venues, data.breaks_of(seen)
    )


# --- from the mission record ------------------------------------------------------------------


def load_mission_data(store: Store, mission_id: int) -> MissionData:
    """Read ``mission_id`` for documents (a :class:`NotFound` if there is no such mission)."""
    return mission_data(load_mission(store, mission_id))


def mission_data(record: MissionRecord) -> MissionData:
    """What documents print of the mission in ``record``: text cleaned for reportlab, times in
    the mission's zone, cancelled meetings left out."""
    zone = record.zone
    facts = record.mission
    info = MissionInfo(
        facts.id,
        clean(facts.name),
        clean(facts.name_ja) or None,
        clean(facts.host_city),
        zone,
        clean(facts.name_it) or None,
    )
    people = {p.id: _person(record, p) for p in record.people.values()}
    by_organisation: dict[int, list[Person]] = defaultdict(list)
    for p in sorted(people.values(), key=lambda p: p.sort_key):
        if p.organisation_id is not None:
            by_organisation[p.organisation_id].append(p)
    latest = record.latest_publication
    return MissionData(
        mission=info,
        publication=(
            PublicationInfo(latest.number, to_local(latest.published_at, zone))
            if latest is not None
            else None
        ),
        people=people,
        organisations={o.id: _organisation(o) for o in record.organisations.values()},
        venues={v.id: _venue(v) for v in record.venues.values()},
        items=_items(record, zone),
        sessions=_sessions(record, zone),
        meetings=meeting_infos(record, zone),
        by_organisation={k: tuple(v) for k, v in by_organisation.items()},
        delegations={d.id: _delegation(d) for d in record.delegations.values()},
        clocks=clocks_of(record),
    )


def _delegation(d: DelegationRecord) -> DelegationInfo:
    return DelegationInfo(d.id, clean(d.name), clean(d.name_it) or None, clean(d.name_ja) or None)


def _person(record: MissionRecord, p: PersonRecord) -> Person:
    return Person(
        id=p.id,
        latin=clean(p.latin_name),
        family=clean(p.family_name),
        given=clean(p.given_name),
        kanji=clean(p.kanji_name) or None,
        kana=clean(p.kana_name) or None,
        title=clean(p.title),
        title_ja=clean(p.title_ja) or None,
        organisation_id=p.organisation_id,
        delegation_id=record.delegation_of(p),
        language=p.document_language,
    )


def _organisation(o: OrganisationRecord) -> OrganisationInfo:
    return OrganisationInfo(
        id=o.id,
        name=clean(o.name),
        name_ja=clean(o.name_ja) or None,
        name_kana=clean(o.name_kana) or None,
        profile=clean(o.profile, one_line=False),
        profile_ja=clean(o.profile_ja, one_line=False) or None,
        delegation_id=o.delegation_id,
    )


def _venue(v: VenueRecord) -> VenueInfo:
    return VenueInfo(
        id=v.id,
        name=clean(v.name),
        name_ja=clean(v.name_ja) or None,
        address=clean(v.address, one_line=False),
        address_ja=clean(v.address_ja, one_line=False) or None,
        city=clean(v.city),
        name_it=clean(v.name_it) or None,
    )


def _items(record: MissionRecord, zone: str) -> tuple[ProgrammeItem, ...]:
    return tuple(
        ProgrammeItem(
            id=i.id,
            title=clean(i.title),
            title_it=clean(i.title_it) or None,
            title_ja=clean(i.title_ja) or None,
            description=clean(i.description, one_line=False),
            venue_id=i.venue_id,
            start=to_local(i.start_utc, zone),
            end=to_local(i.end_utc, zone),
            audience=i.audience,
            audience_delegation_id=i.audience_delegation_id,
            attendees=i.attendees,
            description_it=clean(i.description_it, one_line=False) or None,
            description_ja=clean(i.description_ja, one_line=False) or None,
            audience_organisation_id=i.audience_organisation_id,
            kind=i.kind,
            timezone=i.timezone,
        )
        for i in sorted(record.items, key=lambda i: (i.start_utc, i.id))
    )


def _sessions(record: MissionRecord, zone: str) -> tuple[SessionInfo, ...]:
    return tuple(_session(b, zone) for b in record.sessions)


def _session(b: SessionRecord, zone: str) -> SessionInfo:
    return SessionInfo(
        id=b.id,
        name=clean(b.name),
        venue_id=b.venue_id,
        start=to_local(b.start_utc, zone),
        end=to_local(b.end_utc, zone),
        slots=tuple(
            Slot(d.index, to_local(d.start_utc, zone), to_local(d.end_utc, zone)) for d in b.slots
        ),
        tables=tuple(Table(t.id, clean(t.name)) for t in b.tables),
        name_it=clean(b.name_it) or None,
        name_ja=clean(b.name_ja) or None,
        breaks=tuple(_break(b.id, x, zone) for x in b.breaks),
    )


def _break(session_id: int, x: BreakRecord, zone: str) -> BreakInfo:
    return BreakInfo(
        session_id=session_id,
        start=to_local(x.start_utc, zone),
        end=to_local(x.end_utc, zone),
        label=clean(x.label),
        label_it=clean(x.label_it) or None,
        label_ja=clean(x.label_ja) or None,
    )


def meeting_infos(
    record: MissionRecord, zone: str, *, cancelled: bool = False
) -> tuple[MeetingInfo, ...]:
    """The mission's meetings in ``zone`` by start, table and id: those that take place, or
    (``cancelled``) the cancelled ones, which the calendars list as cancelled."""
    interpreter_person = {i.id: i.participant_id for i in record.interpreters.values()}
    table_names = {t.id: t.name for b in record.sessions for t in b.tables}
    chosen = [m for m in record.meetings if (m.status is MeetingStatus.CANCELLED) == cancelled]
    return tuple(
        MeetingInfo(
            id=m.id,
            session_id=m.session_id,
            table_id=m.table_id,
            table=clean(table_names.get(m.table_id, "?")),
            start=to_local(m.start_utc, zone),
            end=to_local(m.end_utc, zone),
            organisation_a=m.organisation_a,
            organisation_b=m.organisation_b,
            people=m.people,
            interpreter=interpreter_person.get(m.interpreter_id) if m.interpreter_id else None,
        )
        for m in sorted(chosen, key=lambda m: (m.start_utc, m.table_id, m.id))
    )
