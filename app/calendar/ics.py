"""Whole .ics files: per participant, per organisation and for the whole mission.

``METHOD:PUBLISH`` with an ORGANIZER in every event (RFC 5546 requires one; libical checks),
PRODID, VERSION, CALSCALE, one RRULE-style VTIMEZONE for the mission zone.

Serialization is icalendar's, checked against what the clients need (tests):
CRLF line ends, folding at 75 octets that never splits a UTF-8 sequence, ``\\n ; , \\``
escaped in TEXT values. icalendar keeps control characters, so every text goes through
:func:`app.calendar.events.ics_text` first.

Speed: an event's bytes depend only on the item or meeting, the side it is seen from and the
language, so each is serialized once per export and reused by every file that lists it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import UTC, datetime

from icalendar import Calendar, vText

from app import __version__
from app.calendar.data import CalendarData
from app.calendar.events import (
    EventMeta,
    clock_event,
    clock_moment,
    clock_uid,
    default_item_key,
    ics_text,
    item_uid,
    meeting_event,
    meeting_uids,
    mission_key,
    organizer_address,
    programme_event,
)
from app.calendar.folding import component_to_ical
from app.calendar.vtimezone import vtimezone
from app.common.timezones import to_local
from app.core.agenda_data import (
    PersonalMeeting,
    ProgrammeItem,
    VenueInfo,
    organisation_agenda,
    personal_agenda,
    personal_meetings,
)
from app.core.language import person_name
from app.core.pairs import pair_key
from app.core.publications.snapshot import ItemEntry
from app.core.text import clean
from app.model import DocumentLanguage
from app.model.enums import Audience

Lang = DocumentLanguage

PRODID = f"-//Ponte//Ponte {__version__}//EN"
# RFC 2606 reserves .invalid: a mission without an e-mail address still gets a valid
# ORGANIZER, and no client can ever send a reply to it.
FALLBACK_ORGANIZER = "noreply@ponte.invalid"
_END = b"END:VCALENDAR\r\n"


class CalendarWriter:
    """Builds the .ics bytes of one mission; create one per export (it caches events)."""

    def __init__(
        self,
        cal: CalendarData,
        *,
        stamp: datetime | None = None,
        sequences: Mapping[str, int] | None = None,
        item_keys: Mapping[int, str] | None = None,
        withdrawn: Mapping[int, tuple[ItemEntry, ...]] | None = None,
    ) -> None:
        """``stamp``: DTSTAMP of every event (default: now). ``sequences``: SEQUENCE by
        publication key ("M3-17" for a pair's meeting, "P12-v1" for a programme item; from
        :func:`app.core.publications.pending_sequences`; default 0). ``item_keys``: the
        publication key of each programme item id (:func:`~app.core.publications.
        current_keys`; default "P<id>-v1"). ``withdrawn``: by participant, the published
        programme items they no longer attend (:func:`~app.core.publications.
        withdrawn_items_of`), listed cancelled in their calendar."""
        self.cal = cal
        self.data = cal.data
        self.stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.key = mission_key(self.data.mission.id, cal.created_at)
        self.uids, self.cancelled = meeting_uids(self.key, self.data.meetings, cal.cancelled)
        keys = item_keys or {}
        self.item_uids = {
            item.id: item_uid(self.key, keys.get(item.id, default_item_key(item.id)))
            for item in self.data.items
        }
        # SEQUENCE by UID: a meeting's UID names its pair, an item's its publication key
        published = sequences or {}
        self._published = published
        self._withdrawn = withdrawn or {}
        by_uid: dict[str, int] = {}
        for m in (*self.data.meetings, *self.cancelled):
            key = pair_key(m.organisation_a, m.organisation_b)
            by_uid[self.uids[m.id]] = published.get(key, 0)
        for item in self.data.items:
            item_key = keys.get(item.id, default_item_key(item.id))
            by_uid[self.item_uids[item.id]] = published.get(item_key, 0)
        self.sequences: Mapping[str, int] = by_uid
        self._cancelled_ids = frozenset(m.id for m in self.cancelled)
        self._cancelled_data = dataclasses.replace(self.data, meetings=self.cancelled)
        self.organizer = organizer_address(
            cal.organiser or self.data.mission.name, cal.organiser_email, FALLBACK_ORGANIZER
        )
        self._session_venue = {s.id: s.venue_id for s in self.data.sessions}
        self._sessions = {s.id: s for s in self.data.sessions}
        self._timezone = self._vtimezone()
        self._events: dict[tuple[object, ...], bytes] = {}

    # --- the parts ---

    def _vtimezone(self) -> bytes:
        moments = [i.start for i in self.data.items] + [i.end for i in self.data.items]
        moments += [m.start for m in (*self.data.meetings, *self.cancelled)]
        years = [d.year for d in moments] or [datetime.now(UTC).year]
        return vtimezone(self.data.mission.timezone, min(years), max(years)).to_ical()

    def _meta(self, uid: str) -> EventMeta:
        return EventMeta(uid, self.stamp, max(0, self.sequences.get(uid, 0)), self.organizer)

    def _item(self, item: ProgrammeItem, lang: Lang) -> bytes:
        key: tuple[object, ...] = ("item", item.id, lang)
        if key not in self._events:
            venue = self.data.venues.get(item.venue_id) if item.venue_id is not None else None
            meta = self._meta(self.item_uids[item.id])
            self._events[key] = component_to_ical(programme_event(item, venue, lang, meta))
        return self._events[key]

    def _withdrawn_item(self, entry: ItemEntry, lang: Lang) -> tuple[str, bytes]:
        """A published item a reader left (or that was removed), cancelled: its UID and bytes."""
        uid = item_uid(self.key, entry.key)
        key: tuple[object, ...] = ("withdrawn", entry.key, lang)
        if key not in self._events:
            zone = self.data.mission.timezone
            venue = None
            if entry.venue is not None:
                venue = self.data.venues.get(entry.venue.id) or VenueInfo(
                    entry.venue.id, clean(entry.venue.name), None, "", None, ""
                )
            item = ProgrammeItem(
                id=entry.id,
                title=clean(entry.title),
                title_it=clean(entry.title_it) or None,
                title_ja=clean(entry.title_ja) or None,
                description=clean(entry.description, one_line=False),
                venue_id=entry.venue.id if entry.venue is not None else None,
                start=to_local(entry.start_utc, zone),
                end=to_local(entry.end_utc, zone),
                audience=Audience.PARTICIPANTS,
                audience_delegation_id=None,
                attendees=frozenset(),
                description_it=clean(entry.description_it, one_line=False) or None,
                description_ja=clean(entry.description_ja, one_line=False) or None,
                timezone=entry.timezone,
            )
            meta = EventMeta(
                uid, self.stamp, max(0, self._published.get(entry.key, 0)), self.organizer
            )
            event = programme_event(item, venue, lang, meta, cancelled=True)
            self._events[key] = component_to_ical(event)
        return uid, self._events[key]

    def _meeting(self, seen: PersonalMeeting, lang: Lang, *, neutral: bool = False) -> bytes:
        m = seen.meeting
        key = ("meeting", m.id, seen.own_organisation.id, seen.interpreting, neutral, lang)
        if key not in self._events:
            venue_id = self._session_venue.get(m.session_id)
            venue = self.data.venues.get(venue_id) if venue_id is not None else None
            session = self._sessions.get(m.session_id)
            event = meeting_event(
                seen,
                venue,
                lang,
                self._meta(self.uids[m.id]),
                cancelled=m.id in self._cancelled_ids,
                neutral=neutral,
                session=session.names.in_(lang) if session is not None else None,
            )
            self._events[key] = component_to_ical(event)
        return self._events[key]

    def _clocks(self, delegation_id: int | None, lang: Lang) -> list[tuple[datetime, str, bytes]]:
        """The entries warning a reader of ``delegation_id`` of clock changes."""
        out = []
        for warning in self.data.clock_warnings(delegation_id):
            uid = clock_uid(self.key, warning)
            key: tuple[object, ...] = ("clock", warning, lang)
            if key not in self._events:
                self._events[key] = component_to_ical(clock_event(warning, lang, self._meta(uid)))
            out.append((clock_moment(warning), uid, self._events[key]))
        return out

    def _calendar(self, name: str, events: list[tuple[datetime, str, bytes]]) -> bytes:
        head = Calendar()
        head.add("prodid", PRODID)
        head.add("version", "2.0")
        head.add("calscale", "GREGORIAN")
        head.add("method", "PUBLISH")
        head.add("x-wr-calname", vText(ics_text(name)))
        opening = component_to_ical(head)
        events.sort(key=lambda e: (e[0], e[1]))
        body = b"".join(e[2] for e in events)
        return opening[: -len(_END)] + self._timezone + body + _END

    def _title(self, lang: Lang, who: str | None = None) -> str:
        """The calendar's name in the reader's client: the mission, then whose it is."""
        name = self.data.mission.names.in_(lang)
        return f"{name} – {who}" if who else name

    # --- the files ---

    def participant(self, participant_id: int) -> bytes:
        """The programme items and meetings of one participant, in their language."""
        agenda = personal_agenda(self.data, participant_id)
        person, lang = agenda.person, agenda.person.language
        events = [(i.start, self.item_uids[i.id], self._item(i, lang)) for i in agenda.items]
        for entry in self._withdrawn.get(participant_id, ()):
            uid, event = self._withdrawn_item(entry, lang)
            events.append((to_local(entry.start_utc, self.data.mission.timezone), uid, event))
        events += self._clocks(person.delegation_id, lang)
        gone = personal_meetings(self._cancelled_data, person, self.cancelled)
        for seen in (*agenda.meetings, *gone):
            events.append(
                (seen.meeting.start, self.uids[seen.meeting.id], self._meeting(seen, lang))
            )
        return self._calendar(
            self._title(lang, person_name(person.latin, person.kanji, lang)), events
        )

    def organisation(self, organisation_id: int) -> bytes:
        """Every item a delegate attends and the organisation's meetings, in the language
        most of its delegates read."""
        agenda = organisation_agenda(self.data, organisation_id)
        lang = agenda.language
        gone = organisation_agenda(self._cancelled_data, organisation_id).meetings
        events = [(i.start, self.item_uids[i.id], self._item(i, lang)) for i in agenda.items]
        events += self._clocks(agenda.organisation.delegation_id, lang)
        for seen in (*agenda.meetings, *gone):
            events.append(
                (seen.meeting.start, self.uids[seen.meeting.id], self._meeting(seen, lang))
            )
        org = agenda.organisation
        return self._calendar(
            self._title(lang, org.name_ja if lang is Lang.JA and org.name_ja else org.name), events
        )

    def mission(self, lang: Lang = Lang.EN) -> bytes:
        """Every programme item and every meeting, each meeting naming both sides."""
        events = [(i.start, self.item_uids[i.id], self._item(i, lang)) for i in self.data.items]
        events += self._clocks(None, lang)
        for data in (self.data, self._cancelled_data):
            for org_id in sorted(data.organisations):
                for seen in organisation_agenda(data, org_id).meetings:
                    if seen.meeting.organisation_a != org_id:
                        continue  # each meeting once, seen from side A
                    uid = self.uids[seen.meeting.id]
                    events.append(
                        (seen.meeting.start, uid, self._meeting(seen, lang, neutral=True))
                    )
        return self._calendar(self._title(lang), events)
