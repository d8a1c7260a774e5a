"""The programme booklet: the whole programme of a mission in one PDF for the welcome pack,
in two languages side by side (Italian | Japanese by default).

A title block (the mission in both languages, host city, dates), then day by day every
programme item and B2B session: its time in its own venue's zone with the zone's abbreviation
(JST, CET/CEST) in a column of its own, then kind, title, venue, audience and description once
in each language, in two aligned columns. At the end the venues with their names in both
languages and their addresses in Latin script and in Japanese.

Laid out with the house's small flow (:mod:`app.documents.text_layout`), as the agendas are.
:func:`booklet_source` reads what the booklet needs from a mission record; :func:`booklet_pdf`
only draws.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby

from reportlab.lib.units import mm

from app.common.timezones import to_local
from app.core.agenda_data import MissionData, SessionInfo, VenueInfo, mission_data
from app.core.clock_changes import ClockWarning
from app.core.language import (
    Label,
    city_name,
    format_date,
    format_span,
    label,
    venues_label,
)
from app.core.mission_record import MissionRecord
from app.core.names import Names
from app.documents.agendas import name_of, organisation_name
from app.documents.page import ACCENT, GREY, SHADE, PageFrame, version_line
from app.documents.text_layout import (
    SUBTITLE,
    TITLE,
    Cell,
    Flow,
    Span,
    Style,
    Whole,
    cell,
    listing,
)
from app.model.enums import AgendaKind, Audience, DocumentLanguage

Lang = DocumentLanguage
LanguagePair = tuple[DocumentLanguage, DocumentLanguage]
DEFAULT_PAIR: LanguagePair = (Lang.IT, Lang.JA)

# --- what the booklet reads -------------------------------------------------------------------


@dataclass(frozen=True)
class SessionSetUp:
    """What the booklet needs of a B2B session beyond :class:`SessionInfo`."""

    zone: str  # its venue's zone, as set up
    delegation_ids: frozenset[int]  # who meets in it; empty: every delegation
    slot_minutes: int


@dataclass(frozen=True)
class BookletSource:
    """The mission as documents read it, plus the sessions' zones and the mission's dates."""

    data: MissionData
    sessions: Mapping[int, SessionSetUp]
    first_day: date | None
    last_day: date | None

    @property
    def is_empty(self) -> bool:
        """Nothing to print: no programme item and no B2B session."""
        return not self.data.items and not self.data.sessions


def booklet_source(record: MissionRecord) -> BookletSource:
    """What the booklet prints of ``record`` (read once)."""
    return BookletSource(
        data=mission_data(record),
        sessions={
            s.id: SessionSetUp(s.timezone, s.delegation_ids, s.slot_minutes)
            for s in record.sessions
        },
        first_day=record.mission.start_date,
        last_day=record.mission.end_date,
    )


# --- the rows: programme items and B2B sessions alike ----------------------------------------

_KINDS: dict[AgendaKind, Label] = {
    AgendaKind.PLENARY: Label.KIND_PLENARY,
    AgendaKind.COMPANY_VISIT: Label.KIND_VISIT,
    AgendaKind.SIGNING_CEREMONY: Label.KIND_CEREMONY,
    AgendaKind.DINNER: Label.KIND_MEAL,
    AgendaKind.TRANSFER: Label.KIND_TRANSFER,
    AgendaKind.OTHER: Label.KIND_OTHER,
    AgendaKind.FREE: Label.KIND_FREE,
    AgendaKind.B2B: Label.KIND_B2B,
}


@dataclass(frozen=True)
class Entry:
    """One row of the booklet, in its venue's zone."""

    start: datetime
    end: datetime
    kind: AgendaKind
    titles: Names
    descriptions: Names
    venue_id: int | None
    audience: Audience
    delegation_ids: tuple[int, ...] = ()
    organisation_id: int | None = None
    attendees: frozenset[int] = frozenset()


def _three(make: Callable[[DocumentLanguage], str]) -> Names:
    """Names built by calling ``make(lang)`` for each language."""
    return Names(make(Lang.EN), make(Lang.IT), make(Lang.JA))


def _session_entry(session: SessionInfo, setup: SessionSetUp | None, fallback_zone: str) -> Entry:
    zone = setup.zone if setup is not None else fallback_zone
    minutes = setup.slot_minutes if setup is not None else 0
    if session.slots:
        first = session.slots[0]
        minutes = round((first.end - first.start).total_seconds() / 60)

    def note(lang: DocumentLanguage) -> str:
        lines = [label(Label.B2B_SESSION_NOTE, lang, tables=len(session.tables), minutes=minutes)]
        lines += [
            f"{b.names.in_(lang)} {format_span(to_local(b.start, zone), to_local(b.end, zone))}"
            for b in session.breaks
        ]
        return "\n".join(lines)

    delegations = tuple(sorted(setup.delegation_ids)) if setup is not None else ()
    return Entry(
        start=to_local(session.start, zone),
        end=to_local(session.end, zone),
        kind=AgendaKind.B2B,
        titles=session.names,
        descriptions=_three(note),
        venue_id=session.venue_id,
        audience=Audience.DELEGATION if delegations else Audience.EVERYONE,
        delegation_ids=delegations,
    )


def entries(source: BookletSource) -> tuple[Entry, ...]:
    """Every programme item and B2B session, by local day and then by start. An item of the
    older kind "B2B" that overlaps a session is left out: the session, as set up, is that
    block (the older data carried it twice)."""
    data = source.data
    zone = data.mission.timezone
    sessions = [_session_entry(s, source.sessions.get(s.id), zone) for s in data.sessions]
    out = list(sessions)
    for item in data.items:
        if item.kind is AgendaKind.B2B and any(
            s.start < item.end and item.start < s.end for s in sessions
        ):
            continue
        out.append(
            Entry(
                start=to_local(item.start, item.timezone),
                end=to_local(item.end, item.timezone),
                kind=item.kind,
                titles=item.titles,
                descriptions=item.descriptions,
                venue_id=item.venue_id,
                audience=item.audience,
                delegation_ids=(
                    (item.audience_delegation_id,) if item.audience_delegation_id else ()
                ),
                organisation_id=item.audience_organisation_id,
                attendees=item.attendees,
            )
        )
    return tuple(sorted(out, key=lambda e: (e.start.date(), e.start, e.end)))


def audience_names(entry: Entry, data: MissionData, lang: DocumentLanguage) -> tuple[str, ...]:
    """Who the entry is for, in ``lang``: everyone, the delegation(s), the organisation's
    delegates, or the named participants by name; () for free time (it holds nobody)."""
    if entry.kind is AgendaKind.FREE:
        return ()
    if entry.audience is Audience.DELEGATION:
        found = [data.delegations.get(d) for d in entry.delegation_ids]
        names = tuple(d.names.in_(lang) for d in found if d is not None)
        return names or (label(Label.EVERYONE, lang),)
    if entry.audience is Audience.ORGANISATION and entry.organisation_id is not None:
        org = data.organisations.get(entry.organisation_id)
        if org is not None:
            return (label(Label.DELEGATES_OF, lang, organisation=organisation_name(org, lang)),)
    if entry.audience is Audience.PARTICIPANTS:
        people = sorted(
            (data.people[p] for p in entry.attendees if p in data.people), key=lambda p: p.sort_key
        )
        return tuple(name_of(p, lang) for p in people)
    return (label(Label.EVERYONE, lang),)


def venues_of(source: BookletSource, rows: Sequence[Entry]) -> tuple[VenueInfo, ...]:
    """The venues the programme uses, in order of first use."""
    venues = source.data.venues
    seen = dict.fromkeys(e.venue_id for e in rows if e.venue_id is not None)
    return tuple(venues[v] for v in seen if v in venues)


def day_warnings(
    warnings: Sequence[ClockWarning], days: Sequence[date]
) -> dict[date, tuple[ClockWarning, ...]]:
    """Each change of clocks under the day it belongs to (the evening before a change in
    the night: :mod:`app.core.clock_changes`), or, when the programme has nothing that day,
    under the next day it has (the last, failing that): the note names its date then."""
    out: dict[date, list[ClockWarning]] = {}
    for w in warnings:
        later = [d for d in days if d >= w.day]
        day = later[0] if later else (days[-1] if days else w.day)
        out.setdefault(day, []).append(w)
    return {d: tuple(ws) for d, ws in out.items()}


# --- drawing ----------------------------------------------------------------------------------

HEADING = Style(13, bold=True, colour=ACCENT)
DAY = Style(10.5, bold=True)
KIND = Style(7.5, bold=True, colour=ACCENT)
ITEM_TITLE = Style(9.5, bold=True)
TIME = Style(9, bold=True)
DETAIL = Style(8.5)
NOTE = Style(8, colour=GREY)
CLOCKS = Style(8, bold=True, colour=ACCENT)
PAD = 3.0
TIME_WIDTH = 32 * mm


class _Columns:
    """The x positions of the three columns: time | left language | right language."""

    def __init__(self, flow: Flow) -> None:
        self.time_x = flow.left
        self.lang_width = (flow.usable - TIME_WIDTH) / 2
        self.left_x = flow.left + TIME_WIDTH
        self.right_x = self.left_x + self.lang_width

    def x(self, column: int) -> float:
        return self.left_x if column == 0 else self.right_x


def _entry_spans(entry: Entry, data: MissionData, lang: DocumentLanguage) -> list[Span]:
    spans = [KIND.span(label(_KINDS[entry.kind], lang)), ITEM_TITLE.span(entry.titles.in_(lang))]
    venue = data.venues.get(entry.venue_id) if entry.venue_id is not None else None
    if venue is not None:
        spans.append(DETAIL.span(Whole(venue.names.in_(lang))))
    who = audience_names(entry, data, lang)
    if who:
        # no name (a Japanese one least of all) is cut inside while it fits on a line
        prefix = label(Label.FOR, lang, who="").rstrip()
        names = listing(who, "、" if lang is Lang.JA else ", ")
        spans.append(DETAIL.joined([prefix + " ", *names]))
    description = entry.descriptions.in_(lang)
    if description:
        spans.append(NOTE.span(description))
    return spans


def _draw_day(flow: Flow, cols: _Columns, day: date, rows: Sequence[Entry],
              data: MissionData, pair: LanguagePair,
              changes: Sequence[ClockWarning] = ()) -> None:  # fmt: skip
    """A day: its heading in both languages (with any change of the clocks) stays with its
    first row and repeats, said as continued, at the top of each page the day runs onto."""

    def heading(again: bool) -> list[Cell]:
        def day_in(lang: DocumentLanguage) -> str:
            text = format_date(day, lang)
            return label(Label.CONTINUED, lang, heading=text) if again else text

        return [
            cell(cols.time_x, TIME_WIDTH, []),
            *(cell(cols.x(i), cols.lang_width, [
                DAY.span(day_in(lang)),
                *(CLOCKS.span(c.text(lang, on=day)) for c in changes),
            ]) for i, lang in enumerate(pair)),
        ]  # fmt: skip

    head, head_again = heading(False), heading(True)
    cells: list[list[Cell]] = [
        [
            cell(cols.time_x, TIME_WIDTH, [TIME.span(format_span(e.start, e.end))]),
            *(
                cell(cols.x(i), cols.lang_width, _entry_spans(e, data, lang))
                for i, lang in enumerate(pair)
            ),
        ]
        for e in rows
    ]
    heights = [max(c.height for c in r) + 2 * PAD for r in cells]
    head_height = max(c.height for c in head) + 2 * PAD
    flow.space(4)
    flow.ensure(head_height + heights[0])
    flow.draw_row(head, head_height, shade=True, pad=PAD, tint=SHADE)
    for r, h in zip(cells, heights, strict=True):
        if not flow.room(h):
            flow.ensure(h)  # a new page: the day's heading again on top
            again_height = max(c.height for c in head_again) + 2 * PAD
            flow.draw_row(head_again, again_height, shade=True, pad=PAD, tint=SHADE)
        flow.draw_row(r, h, shade=False, pad=PAD)


def _dates(source: BookletSource, rows: Sequence[Entry], lang: DocumentLanguage) -> str:
    first = source.first_day or (rows[0].start.date() if rows else None)
    last = source.last_day or (max(e.end for e in rows).date() if rows else None)
    if first is None or last is None:
        return ""
    if first == last:
        return format_date(first, lang, weekday=False)
    return f"{format_date(first, lang, weekday=False)} – {format_date(last, lang, weekday=False)}"


def _title_block(flow: Flow, source: BookletSource, rows: Sequence[Entry],
                 pair: LanguagePair) -> None:  # fmt: skip
    mission = source.data.mission
    cols = _Columns(flow)
    edges = (flow.left, cols.right_x, flow.right)  # the right half over the right column
    cells = [
        cell(
            edges[i],
            edges[i + 1] - edges[i],
            [
                SUBTITLE.span(label(Label.BOOKLET, lang)),
                TITLE.span(mission.names.in_(lang)),
                SUBTITLE.span(
                    " · ".join(
                        x
                        for x in (city_name(mission.host_city, lang), _dates(source, rows, lang))
                        if x
                    )
                ),
            ],
            pad=0 if i == 0 else PAD,
        )
        for i, lang in enumerate(pair)
    ]
    height = max(c.height for c in cells)
    flow.draw_row(cells, height + 2, shade=False, pad=0)
    flow.space(4)


def _venues(flow: Flow, cols: _Columns, venues: Sequence[VenueInfo],
            pair: LanguagePair) -> None:  # fmt: skip
    if not venues:
        return
    heading = " · ".join(dict.fromkeys(venues_label(len(venues), lang) for lang in pair))
    flow.text(HEADING.span(heading), before=12, after=3, keep=40)
    for number, venue in enumerate(venues, start=1):
        columns = []
        for i, lang in enumerate(pair):
            spans = [
                ITEM_TITLE.span(Whole(venue.names.in_(lang))),
                DETAIL.span(venue.address_in(lang)),
            ]
            if i == 1 and Lang.JA not in pair and venue.address_ja:
                spans.append(DETAIL.span(venue.address_ja))  # for a taxi in Japan
            columns.append(cell(cols.x(i), cols.lang_width, spans))
        flow.row([cell(cols.time_x, TIME_WIDTH, [TIME.span(str(number))]), *columns], pad=PAD)


def _frame(source: BookletSource, pair: LanguagePair) -> PageFrame:
    left, right = pair
    names = source.data.mission.names
    mission = " · ".join(dict.fromkeys((names.in_(left), names.in_(right))))
    return PageFrame(
        title=label(Label.BOOKLET, left),
        reader=label(Label.BOOKLET, right),
        mission=mission,
        version=version_line(source.data, left),
        zone_note=label(Label.TIMES_AT_VENUES, left),
        lang=left,
    )


def booklet_pdf(source: BookletSource, pair: LanguagePair = DEFAULT_PAIR) -> bytes:
    """The booklet of ``source`` with ``pair[0]`` in the left column, ``pair[1]`` in the right."""
    rows = entries(source)
    flow = Flow(_frame(source, pair))
    cols = _Columns(flow)
    _title_block(flow, source, rows, pair)
    days = [(day, list(group)) for day, group in groupby(rows, key=lambda e: e.start.date())]
    # Told to everyone: the booklet is the same for both delegations.
    notes = day_warnings(source.data.clock_warnings(None), [day for day, _ in days])
    for day, day_rows in days:
        _draw_day(flow, cols, day, day_rows, source.data, pair, notes.get(day, ()))
    _venues(flow, cols, venues_of(source, rows), pair)
    return flow.finish()
