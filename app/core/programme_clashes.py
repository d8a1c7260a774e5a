"""Clashes in a mission's programme, found where they happen: a participant in two items at
once, a B2B meeting during an item a participant attends, a travel time between two venues
longer than the gap between consecutive commitments, an interpreter needed in two places.

A pure function of the mission's record (:func:`programme_clashes`): the Programme page draws
each clash on its items, the CLI lists them.

Who is where, when:
- a programme item that holds people (not free time: :attr:`ItemRecord.holds_people`) holds
  its audience (:meth:`MissionRecord.attendees_of`), at its venue;
- a B2B meeting that is not cancelled holds the people seated at it (when it names nobody,
  every delegate of its two organisations) and its interpreter, at its session's venue.

An interpreter who attends an item during their meeting is caught by the meeting's clash
when the item is where the meeting is (or a venue is not known), and is an
:attr:`ClashKind.INTERPRETER_TWO_PLACES` clash when the item is at another venue: one clash
per situation, never two. Travel is checked only where both venues and the time from one
to the other are known (MissionRecord.travel, per direction).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.common.timezones import to_local
from app.common.wording import FALLBACK, Message, listed
from app.core import programme_messages as pm
from app.core.language import format_date, format_span, format_time, person_name
from app.core.mission_record import (
    ItemRecord,
    MeetingRecord,
    MissionRecord,
    SessionRecord,
    audience_includes,
)
from app.core.names import Names
from app.model.enums import Audience, DocumentLanguage, MeetingStatus

NAMES_SHOWN = 3  # a clash names this many people, then "and N more"


class ClashKind(StrEnum):
    PERSON_TWO_ITEMS = "person_two_items"
    MEETING_DURING_ITEM = "meeting_during_item"
    TRAVEL_TOO_SHORT = "travel_too_short"
    INTERPRETER_TWO_PLACES = "interpreter_two_places"


@dataclass(frozen=True)
class Clash:
    """One clash: what it involves, when (UTC), and what to tell the coordinator."""

    kind: ClashKind
    item_ids: tuple[int, ...]  # the programme items involved
    meeting_ids: tuple[int, ...]  # the B2B meetings involved
    session_ids: tuple[int, ...]  # the B2B sessions involved (travel to or from one)
    participant_ids: tuple[int, ...]  # who is caught
    start_utc: datetime  # where it happens on the timeline
    end_utc: datetime
    message: Message  # worded in en/it/ja

    def text(self, lang: str = FALLBACK) -> str:
        return self.message.text(lang)

    @property
    def label(self) -> Message:
        """What its kind is called ("Travel too short"), worded per reader."""
        return KIND_LABELS[self.kind]()


KIND_LABELS = {
    ClashKind.PERSON_TWO_ITEMS: pm.KIND_PERSON_TWO_ITEMS,
    ClashKind.MEETING_DURING_ITEM: pm.KIND_MEETING_DURING_ITEM,
    ClashKind.TRAVEL_TOO_SHORT: pm.KIND_TRAVEL_TOO_SHORT,
    ClashKind.INTERPRETER_TWO_PLACES: pm.KIND_INTERPRETER_TWO_PLACES,
}


def programme_clashes(record: MissionRecord) -> tuple[Clash, ...]:
    """Every clash in ``record``'s programme, by start."""
    where = _Whereabouts(record)
    found = [
        *_people_in_two_items(where),
        *_meetings_during_items(where),
        *_interpreters_in_two_meetings(where),
        *_travel_too_short(where),
    ]
    return tuple(sorted(found, key=_order))


_KIND_ORDER = {kind: n for n, kind in enumerate(ClashKind)}


def _order(c: Clash) -> tuple[object, ...]:
    return (c.start_utc, c.end_utc, _KIND_ORDER[c.kind], c.item_ids, c.meeting_ids)


# --- who is where -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Commitment:
    """Somewhere a participant has to be: an item they attend or a meeting they sit at."""

    start: datetime
    end: datetime
    venue_id: int | None
    zone: str
    item: ItemRecord | None = None
    meeting: MeetingRecord | None = None

    @property
    def key(self) -> tuple[int, int]:
        if self.item is not None:
            return (0, self.item.id)
        assert self.meeting is not None
        return (1, self.meeting.id)


class _Whereabouts:
    """The record read once for the clashes: items that hold people and their audiences,
    meetings that take place and who they hold."""

    def __init__(self, record: MissionRecord) -> None:
        self.record = record
        self.items = sorted(
            (i for i in record.items if i.holds_people), key=lambda i: (i.start_utc, i.id)
        )
        self.audience = _audiences(record, self.items)
        self.sessions: dict[int, SessionRecord] = {b.id: b for b in record.sessions}
        self.meetings = sorted(
            (m for m in record.meetings if m.status is not MeetingStatus.CANCELLED),
            key=lambda m: (m.start_utc, m.id),
        )
        delegates = record.delegates()
        self.seated: dict[int, frozenset[int]] = {
            m.id: m.people
            or frozenset(
                p.id for org in (m.organisation_a, m.organisation_b) for p in delegates.get(org, ())
            )
            for m in self.meetings
        }
        self.interpreter: dict[int, int | None] = {
            m.id: _interpreter_person(record, m.interpreter_id) for m in self.meetings
        }
        self._words = _Words(record)

    def venue_of(self, m: MeetingRecord) -> int | None:
        b2b = self.sessions.get(m.session_id)
        return b2b.venue_id if b2b is not None else None

    def zone_of(self, m: MeetingRecord) -> str:
        b2b = self.sessions.get(m.session_id)
        return b2b.timezone if b2b is not None else self.record.zone

    def commitments(self) -> Mapping[int, list[_Commitment]]:
        """Each participant's commitments, by start."""
        out: dict[int, list[_Commitment]] = defaultdict(list)
        for item in self.items:
            c = _Commitment(item.start_utc, item.end_utc, item.venue_id, item.timezone, item=item)
            for pid in self.audience[item.id]:
                out[pid].append(c)
        for m in self.meetings:
            c = _Commitment(m.start_utc, m.end_utc, self.venue_of(m), self.zone_of(m), meeting=m)
            interp = self.interpreter[m.id]
            for pid in self.seated[m.id] | ({interp} if interp is not None else set()):
                out[pid].append(c)
        for row in out.values():
            row.sort(key=lambda c: (c.start, c.end, c.key))
        return out

    @property
    def words(self) -> _Words:
        return self._words


def _audiences(record: MissionRecord, items: Iterable[ItemRecord]) -> dict[int, frozenset[int]]:
    """Each item's audience (:meth:`MissionRecord.attendees_of`, with each person's delegation
    found once rather than once per item)."""
    people = [(p.id, record.delegation_of(p), p.organisation_id) for p in record.people.values()]
    everyone = frozenset(pid for pid, _, _ in people)
    return {
        i.id: everyone
        if i.audience is Audience.EVERYONE
        else frozenset(
            pid
            for pid, delegation, organisation in people
            if audience_includes(
                i.audience,
                i.audience_delegation_id,
                i.audience_organisation_id,
                i.attendees,
                person_id=pid,
                delegation_id=delegation,
                organisation_id=organisation,
            )
        )
        for i in items
    }


def _interpreter_person(record: MissionRecord, interpreter_id: int | None) -> int | None:
    if interpreter_id is None:
        return None
    interp = record.interpreters.get(interpreter_id)
    return interp.participant_id if interp is not None else None


def _overlap(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


# --- the four kinds ---------------------------------------------------------------------------


def _people_in_two_items(where: _Whereabouts) -> Iterable[Clash]:
    items, w = where.items, where.words
    for n, first in enumerate(items):
        for second in items[n + 1 :]:
            if second.start_utc >= first.end_utc:
                break  # by start: no later item overlaps ``first`` either
            both = where.audience[first.id] & where.audience[second.id]
            if not both:
                continue
            yield Clash(
                ClashKind.PERSON_TWO_ITEMS,
                (first.id, second.id),
                (),
                (),
                tuple(sorted(both)),
                max(first.start_utc, second.start_utc),
                min(first.end_utc, second.end_utc),
                pm.PERSON_TWO_ITEMS(
                    first=w.item(first),
                    first_when=w.period(first.start_utc, first.end_utc, first.timezone),
                    second=w.item(second),
                    second_when=w.period(second.start_utc, second.end_utc, second.timezone),
                    people=w.people(both),
                ),
            )


def _meetings_during_items(where: _Whereabouts) -> Iterable[Clash]:
    w = where.words
    for m in where.meetings:
        venue = where.venue_of(m)
        interp = where.interpreter[m.id]
        for item in where.items:
            if item.start_utc >= m.end_utc:
                break
            if not _overlap(m.start_utc, m.end_utc, item.start_utc, item.end_utc):
                continue
            audience = where.audience[item.id]
            caught = set(where.seated[m.id] & audience)
            elsewhere = venue is not None and item.venue_id is not None and venue != item.venue_id
            # the interpreter at the item too: a place apart when the item is elsewhere
            interp_elsewhere = None
            if interp is not None and interp in audience and interp not in caught:
                if elsewhere:
                    interp_elsewhere = interp
                else:
                    caught.add(interp)
            start, end = max(m.start_utc, item.start_utc), min(m.end_utc, item.end_utc)
            meeting_when = w.period(m.start_utc, m.end_utc, where.zone_of(m))
            item_when = w.period(item.start_utc, item.end_utc, item.timezone)
            if caught:
                yield Clash(
                    ClashKind.MEETING_DURING_ITEM,
                    (item.id,),
                    (m.id,),
                    (m.session_id,),
                    tuple(sorted(caught)),
                    start,
                    end,
                    pm.MEETING_DURING_ITEM(
                        meeting=w.meeting(m),
                        meeting_when=meeting_when,
                        item=w.item(item),
                        item_when=item_when,
                        people=w.people(caught),
                    ),
                )
            if interp_elsewhere is not None:
                assert venue is not None and item.venue_id is not None
                yield Clash(
                    ClashKind.INTERPRETER_TWO_PLACES,
                    (item.id,),
                    (m.id,),
                    (m.session_id,),
                    (interp_elsewhere,),
                    start,
                    end,
                    pm.INTERPRETER_AT_ITEM(
                        person=w.person(interp_elsewhere),
                        meeting=w.meeting(m),
                        meeting_when=meeting_when,
                        venue=w.venue(venue),
                        item=w.item(item),
                        item_when=item_when,
                        item_venue=w.venue(item.venue_id),
                    ),
                )


def _interpreters_in_two_meetings(where: _Whereabouts) -> Iterable[Clash]:
    w = where.words
    by_interpreter: dict[int, list[MeetingRecord]] = defaultdict(list)
    for m in where.meetings:  # by start
        interp = where.interpreter[m.id]
        if interp is not None:
            by_interpreter[interp].append(m)
    for interp, meetings in sorted(by_interpreter.items()):
        for n, first in enumerate(meetings):
            for second in meetings[n + 1 :]:
                if second.start_utc >= first.end_utc:
                    break
                yield Clash(
                    ClashKind.INTERPRETER_TWO_PLACES,
                    (),
                    (first.id, second.id),
                    tuple(sorted({first.session_id, second.session_id})),
                    (interp,),
                    max(first.start_utc, second.start_utc),
                    min(first.end_utc, second.end_utc),
                    pm.INTERPRETER_TWO_MEETINGS(
                        person=w.person(interp),
                        first=w.meeting(first),
                        first_when=w.period(first.start_utc, first.end_utc, where.zone_of(first)),
                        second=w.meeting(second),
                        second_when=w.period(
                            second.start_utc, second.end_utc, where.zone_of(second)
                        ),
                    ),
                )


def _travel_too_short(where: _Whereabouts) -> Iterable[Clash]:
    travel = where.record.travel
    if not travel:
        return
    caught: dict[tuple[tuple[int, int], tuple[int, int]], set[int]] = defaultdict(set)
    pairs: dict[tuple[tuple[int, int], tuple[int, int]], tuple[_Commitment, _Commitment]] = {}
    for pid, row in where.commitments().items():
        latest: _Commitment | None = None  # of the commitments so far, the one ending last
        for c in row:
            if latest is not None and c.start >= latest.end:  # overlaps are the other kinds'
                minutes = _minutes(travel, latest.venue_id, c.venue_id)
                if minutes is not None and (c.start - latest.end).total_seconds() < minutes * 60:
                    key = (latest.key, c.key)
                    caught[key].add(pid)
                    pairs[key] = (latest, c)
            if latest is None or c.end > latest.end:
                latest = c
    w = where.words
    for key, people in caught.items():
        before, after = pairs[key]
        assert before.venue_id is not None and after.venue_id is not None
        minutes = travel[(before.venue_id, after.venue_id)]
        pair = (before, after)
        yield Clash(
            ClashKind.TRAVEL_TOO_SHORT,
            tuple(c.item.id for c in pair if c.item is not None),
            tuple(c.meeting.id for c in pair if c.meeting is not None),
            tuple(sorted({c.meeting.session_id for c in pair if c.meeting is not None})),
            tuple(sorted(people)),
            before.end,
            after.start,
            pm.TRAVEL_TOO_SHORT(
                origin=w.venue(before.venue_id),
                destination=w.venue(after.venue_id),
                minutes=minutes,
                gap=int((after.start - before.end).total_seconds() // 60),
                first=w.commitment(before),
                end=format_time(to_local(before.end, before.zone)),
                second=w.commitment(after),
                start=format_time(to_local(after.start, after.zone)),
                people=w.people(people),
            ),
        )


def _minutes(
    travel: Mapping[tuple[int, int], int], origin: int | None, destination: int | None
) -> int | None:
    if origin is None or destination is None or origin == destination:
        return None
    return travel.get((origin, destination))


# --- the words --------------------------------------------------------------------------------

_LANGS = (DocumentLanguage.EN, DocumentLanguage.IT, DocumentLanguage.JA)


def _named(names: Names) -> Message:
    """A name in each reader's language (with the usual fallbacks)."""
    en, it, ja = (names.in_(lang) for lang in _LANGS)
    return pm.named(en=en, it=it, ja=ja)


def _period_text(start: datetime, end: datetime, zone: str, lang: DocumentLanguage) -> str:
    first, last = to_local(start, zone), to_local(end, zone)
    if first.date() == last.date():
        return f"{format_date(first.date(), lang, weekday=False)} {format_span(first, last)}"
    return (
        f"{format_date(first.date(), lang, weekday=False)} {format_time(first)} – "
        f"{format_date(last.date(), lang, weekday=False)} {format_time(last)}"
    )


class _Words:
    """The names and times a clash says, each as a message worded per reader."""

    def __init__(self, record: MissionRecord) -> None:
        self.record = record
        # a mission has few distinct periods (its items, its slots): each is worded once
        self._periods: dict[tuple[datetime, datetime, str], Message] = {}
        self._names: dict[tuple[str, int], Message] = {}  # ("person", id) …: once each

    def period(self, start: datetime, end: datetime, zone: str) -> Message:
        """'26 March 2028 10:00–11:30 CEST': wall times in ``zone``, with its abbreviation."""
        key = (start, end, zone)
        if key not in self._periods:
            en, it, ja = (_period_text(start, end, zone, lang) for lang in _LANGS)
            self._periods[key] = pm.named(en=en, it=it, ja=ja)
        return self._periods[key]

    def item(self, item: ItemRecord) -> Message:
        key = ("item", item.id)
        if key not in self._names:
            self._names[key] = pm.quoted(*(item.titles.in_(lang) for lang in _LANGS))
        return self._names[key]

    def meeting(self, m: MeetingRecord) -> Message:
        return pm.MEETING(
            a=self.organisation(m.organisation_a), b=self.organisation(m.organisation_b)
        )

    def commitment(self, c: _Commitment) -> Message:
        if c.item is not None:
            return self.item(c.item)
        assert c.meeting is not None
        return self.meeting(c.meeting)

    def organisation(self, org_id: int) -> Message:
        key = ("organisation", org_id)
        if key not in self._names:
            self._names[key] = self._organisation(org_id)
        return self._names[key]

    def _organisation(self, org_id: int) -> Message:
        org = self.record.organisations.get(org_id)
        if org is None:
            return pm.named(en=str(org_id), it=str(org_id), ja=str(org_id))
        return pm.named(en=org.name, it=org.name, ja=org.name_ja or org.name)

    def venue(self, venue_id: int) -> Message:
        venue = self.record.venues.get(venue_id)
        if venue is None:
            return pm.named(en=str(venue_id), it=str(venue_id), ja=str(venue_id))
        return _named(venue.names)

    def person(self, pid: int) -> Message:
        key = ("person", pid)
        if key not in self._names:
            self._names[key] = self._person(pid)
        return self._names[key]

    def _person(self, pid: int) -> Message:
        p = self.record.people.get(pid)
        if p is None:
            return pm.named(en=str(pid), it=str(pid), ja=str(pid))
        en, it, ja = (person_name(p.latin_name, p.kanji_name, lang) for lang in _LANGS)
        return pm.named(en=en, it=it, ja=ja)

    def people(self, ids: Iterable[int]) -> Message:
        """The first few people by name (family name, then given name), "and N more"."""
        people = self.record.people
        ordered = sorted(
            ids,
            key=lambda pid: (
                (people[pid].family_name.casefold(), people[pid].given_name.casefold(), pid)
                if pid in people
                else ("", "", pid)
            ),
        )
        shown = listed([self.person(pid) for pid in ordered[:NAMES_SHOWN]], pm.LIST_LINK)
        if len(ordered) > NAMES_SHOWN:
            return pm.AND_MORE(items=shown, count=len(ordered) - NAMES_SHOWN)
        return shown
