"""One icalendar ``Event`` per programme item and per B2B meeting, from small pure functions
(after Indico's ``generate_basic_component``): plain values in, an Event out, no database.

UIDs (see :func:`mission_key`, :func:`item_uid`, :func:`meeting_uids`):
- ``item-<item id>@mission-<mission id>-<mission created, UTC, to the µs>.ponte``
- ``meeting-<lower organisation id>-<higher organisation id>@mission-….ponte``

A meeting is named by the pair of organisations, not by its row id: the scheduler deletes and
re-inserts the unlocked meetings on every run, and SQLite hands the freed ids to whatever
pair comes next, so a row id would move one pair's UID to another pair. A pair meets once
per mission, so the pair is stable across re-scheduling (a moved meeting keeps its UID and an
update replaces the old entry). The mission's creation instant keeps two missions apart that
got the same id in turn (``ponte demo --replace`` deletes and re-creates them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Event, vCalAddress, vText

from app.core.agenda_data import (
    MeetingInfo,
    OrganisationInfo,
    Person,
    PersonalMeeting,
    ProgrammeItem,
    VenueInfo,
)
from app.core.clock_changes import ClockWarning
from app.core.language import Label, both_names, label, person_name
from app.core.text import clean
from app.model import DocumentLanguage

Lang = DocumentLanguage

# Lone surrogates cannot be encoded as UTF-8; ``clean`` already removes the control characters.
_SURROGATES = re.compile(r"[\ud800-\udfff\ufffe\uffff]")


def ics_text(text: str | None, *, one_line: bool = True) -> str:
    """``text`` safe for an iCalendar TEXT value: NFC, no control characters (NUL, ESC, U+2028
    are dropped or become spaces); line breaks become spaces when ``one_line``, else ``\\n``,
    which icalendar escapes as the two characters ``\\n`` so no value can start a new line."""
    return _SURROGATES.sub("", clean(text, one_line=one_line))


# --- UIDs ----------------------------------------------------------------------------------


def mission_key(mission_id: int, created_at: datetime) -> str:
    """'mission-2-20261125T172121505621Z': the right-hand side of every UID of one mission."""
    return f"mission-{mission_id}-{created_at:%Y%m%dT%H%M%S%f}Z"


def item_uid(key: str, item_key: str) -> str:
    """'item-12-v1@mission-….ponte' for the programme item of publication key "P12-v1": the
    key's version part keeps an item id that SQLite hands out again from inheriting a
    removed item's UID (see app.core.publications)."""
    return f"item-{item_key.removeprefix('P')}@{key}.ponte"


def clock_uid(key: str, warning: ClockWarning) -> str:
    """'clock-20280326T010000Z@mission-….ponte': one per change of clocks (its UTC instant),
    so a later publication updates the entry instead of adding a second one."""
    return f"clock-{warning.instant:%Y%m%dT%H%M%S}Z@{key}.ponte"


def default_item_key(item_id: int) -> str:
    """The publication key of an item never published ("P<id>-v1")."""
    return f"P{item_id}-v1"


def _pair(meeting: MeetingInfo) -> tuple[int, int]:
    a, b = meeting.organisation_a, meeting.organisation_b
    return (a, b) if a < b else (b, a)


def meeting_uids(
    key: str, live: Iterable[MeetingInfo], cancelled: Iterable[MeetingInfo]
) -> tuple[dict[int, str], tuple[MeetingInfo, ...]]:
    """The UID of each meeting (by meeting id) and the cancelled meetings worth listing.

    One UID per pair of organisations. A cancelled meeting of a pair that meets after all is
    left out: the live meeting carries the UID and updates the entry. Should a pair hold two
    live meetings (entered by hand), the one with the lowest id has the plain UID and the
    others ``-<meeting id>`` appended (then an id can only come back for the same pair).
    """
    uids: dict[int, str] = {}
    taken: set[tuple[int, int]] = set()
    for m in sorted(live, key=lambda m: m.id):
        lo, hi = _pair(m)
        base = f"meeting-{lo}-{hi}"
        uids[m.id] = (
            f"{base}@{key}.ponte" if (lo, hi) not in taken else f"{base}-{m.id}@{key}.ponte"
        )
        taken.add((lo, hi))
    kept: list[MeetingInfo] = []
    for m in sorted(cancelled, key=lambda m: -m.id):  # the latest cancellation of a pair
        pair = _pair(m)
        if pair in taken:
            continue
        taken.add(pair)
        uids[m.id] = f"meeting-{pair[0]}-{pair[1]}@{key}.ponte"
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.id))
    return uids, tuple(kept)


# --- the parts of an event -----------------------------------------------------------------


@dataclass(frozen=True)
class EventMeta:
    """What every event of one export shares, plus its own UID and SEQUENCE."""

    uid: str
    stamp: datetime  # DTSTAMP, UTC
    sequence: int
    organizer: vCalAddress


def organizer_address(name: str, email: str | None, fallback: str) -> vCalAddress:
    """``mailto:`` the organising chamber, CN its name (quotes dropped: a parameter value
    cannot hold them). ``fallback`` when the mission has no e-mail address."""
    address = vCalAddress(f"mailto:{ics_text(email or fallback).replace(' ', '')}")
    cn = ics_text(name).replace('"', "")
    if cn:
        address.params["CN"] = cn
    return address


def venue_name(venue: VenueInfo, lang: Lang) -> str:
    """The venue in the reader's language (English when that form is missing)."""
    return venue.names.in_(lang)


def venue_address(venue: VenueInfo, lang: Lang) -> str:
    text = venue.address_in(lang)
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def organisation_name(org: OrganisationInfo, lang: Lang) -> str:
    """'Hatcho Jozo (八丁醸造)', and '八丁醸造 (Hatcho Jozo)' for a Japanese reader."""
    if lang is Lang.JA and org.name_ja:
        return both_names(org.name_ja, org.name)
    return both_names(org.name, org.name_ja)


def people_names(people: Iterable[Person], lang: Lang) -> str:
    """'Sugiura Yuko (杉浦 裕子), Mario Rossi': each name in both scripts where it has two."""
    out = []
    for p in people:
        first = person_name(p.latin, p.kanji, lang)
        out.append(both_names(first, p.latin if first != p.latin else p.kanji))
    return ", ".join(out)


def _location(venue: VenueInfo | None, lang: Lang, table: str | None = None) -> str:
    parts = []
    if venue is not None:
        parts = [venue_name(venue, lang), venue_address(venue, lang)]
    text = ", ".join(p for p in parts if p)
    if table:
        text = (
            f"{text} – {label(Label.TABLE, lang)} {table}"
            if text
            else f"{label(Label.TABLE, lang)} {table}"
        )
    return text


def _event(
    meta: EventMeta,
    start: datetime,
    end: datetime,
    summary: str,
    location: str,
    description: str,
    *,
    cancelled: bool = False,
) -> Event:
    """The properties every event has. ``start``/``end`` are aware datetimes in the mission
    zone: icalendar writes them with ``TZID=<IANA name>``; the VTIMEZONE comes from
    :mod:`app.calendar.vtimezone`."""
    event = Event()
    event.add("uid", meta.uid)
    event.add("dtstamp", meta.stamp)
    event.add("sequence", meta.sequence)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", vText(ics_text(summary)))
    location = ics_text(location)
    if location:
        event.add("location", vText(location))
    description = ics_text(description, one_line=False)
    if description:
        event.add("description", vText(description))
    event.add("organizer", meta.organizer)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    # A cancelled meeting no longer blocks the time in the reader's free/busy.
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    return event


# --- the events ----------------------------------------------------------------------------


def programme_event(
    item: ProgrammeItem,
    venue: VenueInfo | None,
    lang: Lang,
    meta: EventMeta,
    *,
    cancelled: bool = False,
) -> Event:
    """A programme item: its title and description in ``lang``, the venue and its address
    (``cancelled``: struck out, for a reader no longer in its audience)."""
    description = item.descriptions.in_(lang)
    lines = [description] if description else []
    if venue is not None:
        lines += ["", f"{label(Label.VENUE, lang)}: {venue_name(venue, lang)}"]
        address = venue_address(venue, lang)
        if address:
            lines.append(address)
    summary = item.title_in(lang)
    if cancelled:
        summary = f"{label(Label.CANCELLED, lang)}: {summary}"
    return _event(
        meta,
        item.start,
        item.end,
        summary,
        _location(venue, lang),
        "\n".join(lines).strip("\n"),
        cancelled=cancelled,
    )


def meeting_event(
    seen: PersonalMeeting,
    venue: VenueInfo | None,
    lang: Lang,
    meta: EventMeta,
    *,
    cancelled: bool = False,
    neutral: bool = False,
    session: str | None = None,
) -> Event:
    """A B2B meeting seen from ``seen.own_organisation``: the counterpart in both scripts, its
    people, the session (its name in ``lang``, given by the caller), the table, the
    interpreter, the venue and the counterpart's profile.

    ``neutral`` (the whole mission's calendar) and an interpreter's view name both sides.
    """
    m = seen.meeting
    both_sides = neutral or seen.interpreting
    own, other = seen.own_organisation, seen.counterpart
    if both_sides:
        pair = f"{organisation_name(own, lang)} – {organisation_name(other, lang)}"
        prefix = label(Label.INTERPRETING, lang) if seen.interpreting else "B2B"
        summary = f"{prefix}: {pair}"
        lines = [f"{label(Label.WITH, lang)}: {pair}"]
        people = [*seen.own_people, *seen.counterpart_people]
    else:
        summary = f"B2B: {organisation_name(other, lang)}"
        lines = [f"{label(Label.WITH, lang)}: {organisation_name(other, lang)}"]
        people = list(seen.counterpart_people)
    if people:
        lines.append(f"{label(Label.DELEGATES, lang)}: {people_names(people, lang)}")
    if session:
        lines.append(f"{label(Label.SESSION, lang)}: {session}")
    lines.append(f"{label(Label.TABLE, lang)}: {m.table}")
    if seen.interpreter is not None:
        lines.append(f"{label(Label.INTERPRETER, lang)}: {people_names([seen.interpreter], lang)}")
    if venue is not None:
        lines.append(f"{label(Label.VENUE, lang)}: {venue_name(venue, lang)}")
        address = venue_address(venue, lang)
        if address:
            lines.append(address)
    profiles = [own, other] if both_sides else [other]
    for org in profiles:
        profile = org.profile_in(lang)
        if profile:
            lines += [
                "",
                f"{org.name_ja if lang is Lang.JA and org.name_ja else org.name}:",
                profile,
            ]
    if cancelled:
        # a client that ignores STATUS:CANCELLED on import still shows the event as cancelled
        summary = f"{label(Label.CANCELLED, lang)}: {summary}"
    return _event(
        meta,
        m.start,
        m.end,
        summary,
        _location(venue, lang, m.table),
        "\n".join(lines),
        cancelled=cancelled,
    )


EVENING = time(21, 0)  # when a reminder of tonight's change of clocks shows
REMINDER = timedelta(minutes=15)


def clock_moment(warning: ClockWarning) -> datetime:
    """When the calendar shows a change of clocks, in the mission's zone: at 21:00 on the
    evening before a change in the night (when a traveller sets the alarm for tomorrow's
    bus), else at the change itself (Rome's change seen from Nagoya, at 10:00 JST)."""
    zone = ZoneInfo(warning.zone)
    if warning.tonight:
        return datetime.combine(warning.day, EVENING, zone)
    return warning.instant.astimezone(zone)


def clock_event(warning: ClockWarning, lang: Lang, meta: EventMeta) -> Event:
    """A change of clocks as a short entry on its day (:func:`clock_moment`): its title and
    the whole warning in ``lang``. It takes no time (TRANSP:TRANSPARENT), so it never makes
    the reader look busy. A timed entry rather than an all-day one: all-day dates are read
    as floating dates by some clients and as UTC midnight by others (libical, ical.js)."""
    day: date = warning.day
    start = clock_moment(warning)
    event = _event(
        meta,
        start,
        start + REMINDER,
        warning.title(lang, on=day),
        "",
        warning.text(lang, on=day),
    )
    event["transp"] = "TRANSPARENT"
    return event
