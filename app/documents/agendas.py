"""Personal agendas (one per participant, in their document language) and organisation agendas
(one per company, all its delegates): their sections (programme, B2B meetings, venues) and how
names are printed in them.

Agendas are laid out by a small flow of their own (:class:`~app.documents.text_layout.Flow`)
rather than by platypus: 500 agendas must take seconds, and an agenda is only headings and
rows of wrapped text. A renderer only draws: everything it prints comes from
:mod:`app.core.agenda_data`. Writing many agendas is :mod:`app.documents.batch`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import groupby
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm

from app.core.agenda_data import (
    BreakInfo,
    MissionData,
    OrganisationAgenda,
    OrganisationInfo,
    Person,
    PersonalAgenda,
    PersonalMeeting,
    ProgrammeItem,
    VenueInfo,
)
from app.core.clock_changes import ClockWarning
from app.core.language import (
    Label,
    both_names,
    format_date,
    format_span,
    label,
    person_name,
    venues_label,
)
from app.documents.page import ACCENT, GREY, delegation_name, frame_for, mission_name
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
from app.model import DocumentLanguage

Lang = DocumentLanguage


# --- names -----------------------------------------------------------------------------------


def name_of(person: Person, lang: DocumentLanguage) -> Whole:
    """'鳥居 信之 (Torii Nobuyuki)' for a Japanese reader, 'Torii Nobuyuki (鳥居 信之)' else;
    a :class:`Whole`: no line breaks inside it ("山 / 本 真由美")."""
    primary = person_name(person.latin, person.kanji, lang)
    return Whole(both_names(primary, person.latin if primary != person.latin else person.kanji))


def organisation_name(org: OrganisationInfo, lang: DocumentLanguage) -> Whole:
    """Both scripts, the reader's first: 'Hatcho Jozo (八丁醸造)' / '八丁醸造 (Hatcho Jozo)'."""
    if lang is Lang.JA and org.name_ja:
        return Whole(both_names(org.name_ja, org.name))
    return Whole(both_names(org.name, org.name_ja))


def _people_line(people: Sequence[Person], lang: DocumentLanguage) -> list[str | Whole]:
    """The names with commas between them, each kept whole (for :meth:`Span.joined`)."""
    return listing(name_of(p, lang) for p in people)


def _short(profile: str, limit: int = 260) -> str:
    """A short profile: the first ``limit`` characters, cut at a sentence or word end."""
    profile = " ".join(profile.split())
    if len(profile) <= limit:
        return profile
    cut = profile[:limit]
    for mark in ("。", ". "):
        end = cut.rfind(mark)
        if end > limit // 2:
            return cut[: end + 1].strip()
    return cut.rsplit(" ", 1)[0] + "…"


# --- the sections both agendas share ---------------------------------------------------------

HEADING = Style(13, bold=True, colour=ACCENT)
DAY = Style(10.5, bold=True)
BODY = Style(9.5)
CELL = 9.0
SMALL = 7.5


def _start(x: Any) -> Any:
    return x.meeting.start if isinstance(x, PersonalMeeting) else x.start


def _by_day(things: Iterable[Any]) -> list[tuple[date, list[Any]]]:
    """Items, meetings or breaks grouped by their local start day (they arrive sorted by
    start)."""
    return [(d, list(group)) for d, group in groupby(things, key=lambda x: _start(x).date())]


def _venue_name(venue: VenueInfo, lang: DocumentLanguage) -> str:
    return venue.names.in_(lang)


def venue_heading(venue: VenueInfo, lang: DocumentLanguage) -> str:
    """The venue in the reader's language, then in the other script a taxi driver reads:
    'Camera di commercio di Nagoya (名古屋商工会議所)', '名古屋商工会議所 (Nagoya Chamber …)'."""
    primary = venue.names.in_(lang)
    japanese = venue.names.written(Lang.JA)
    return both_names(primary, venue.names.en if japanese == primary else japanese)


# A clock change: a highlighted line under the day's heading, in both sections.
HIGHLIGHT = colors.HexColor("#ffe8a3")
HIGHLIGHT_INK = colors.HexColor("#5c3d00")
Notes = dict[date, list[str]]


def clock_notes(warnings: Sequence[ClockWarning], days: Iterable[date],
                lang: DocumentLanguage) -> Notes:  # fmt: skip
    """Each warning under the first of the reader's ``days`` on or after its own day (the
    last one when none is): under its own day it says "tonight", under another the date."""
    shown = sorted(set(days))
    notes: Notes = {}
    for w in warnings:
        if not shown:
            continue
        day = next((d for d in shown if d >= w.day), shown[-1])
        notes.setdefault(day, []).append(w.text(lang, on=day))
    return notes


def _days_of(items: Sequence[ProgrammeItem], meetings: Sequence[PersonalMeeting]) -> set[date]:
    return {i.start.date() for i in items} | {m.meeting.start.date() for m in meetings}


def _notes_block(flow: Flow, notes: Sequence[str], *, keep: float = 0, pad: float = 3) -> None:
    """The clock warnings of a day, each a line on a highlight."""
    cells = [cell(flow.left, flow.usable, [Span(n, CELL, bold=True, colour=HIGHLIGHT_INK)])
             for n in notes]  # fmt: skip
    for i, c in enumerate(cells):
        height = c.height + 2 * pad
        flow.ensure(height + (keep if i == len(cells) - 1 else 0))
        flow.draw_row([c], height, shade=True, pad=pad, tint=HIGHLIGHT)


def _day_table(flow: Flow, heading: Span, notes: Sequence[str], head: Sequence[Cell] | None,
               rows: Sequence[Sequence[Cell]], lang: DocumentLanguage,
               shaded: frozenset[int] = frozenset()) -> None:  # fmt: skip
    """A day's table, its clock warnings (if any) between its heading and its rows; on each
    page it runs onto, the heading again, said as continued, over the column heads."""
    again = dataclasses.replace(
        heading, text=label(Label.CONTINUED, lang, heading=heading.text), whole=()
    )
    if not notes:
        flow.table(heading, head, rows, shaded=shaded, again=again)
        return
    first = max((c.height for c in rows[0]), default=0) + 6 if rows else 0
    head_height = max((c.height for c in head), default=0) + 6 if head else 0
    flow.text(heading, before=6, after=3, keep=24 * len(notes) + head_height + first)
    _notes_block(flow, notes, keep=head_height + first)
    flow.table(None, head, rows, shaded=shaded, again=again)


def _programme(flow: Flow, items: Sequence[ProgrammeItem], data: MissionData,
               lang: DocumentLanguage, notes: Notes | None = None) -> None:  # fmt: skip
    flow.text(HEADING.span(label(Label.PROGRAMME, lang)), before=10, after=2, keep=40)
    if not items:
        flow.text(BODY.span(label(Label.NO_PROGRAMME, lang)))
        return
    time_w = 34 * mm
    x0, x1 = flow.left, flow.left + time_w
    for day, day_items in _by_day(items):
        rows = []
        for item in day_items:
            what = [Span(item.title_in(lang), CELL, bold=True)]
            venue = data.venues.get(item.venue_id) if item.venue_id else None
            if venue is not None:
                what.append(Span(_venue_name(venue, lang), SMALL, colour=GREY))
            description = item.descriptions.in_(lang)  # the reader's, else English
            if description:
                what.append(Span(description, SMALL, colour=GREY))
            rows.append([
                cell(x0, time_w, [Span(format_span(item.start, item.end), CELL)]),
                cell(x1, flow.usable - time_w, what),
            ])  # fmt: skip
        day_heading = DAY.span(format_date(day, lang))
        _day_table(flow, day_heading, (notes or {}).get(day, []), None, rows, lang)


def _counterpart(pm: PersonalMeeting, lang: DocumentLanguage, *, own_people: bool) -> list[Span]:
    spans: list[Span] = []
    if pm.interpreting:
        spans.append(Span(label(Label.INTERPRETING, lang), SMALL, colour=GREY))
        spans.append(Span(organisation_name(pm.own_organisation, lang), CELL, bold=True))
        if pm.own_people:
            spans.append(Span.joined(_people_line(pm.own_people, lang), CELL))
    spans.append(Span(organisation_name(pm.counterpart, lang), CELL, bold=True))
    if pm.counterpart.name_kana:
        spans.append(Span(pm.counterpart.name_kana, SMALL, colour=GREY))
    if pm.counterpart_people:
        spans.append(Span.joined(_people_line(pm.counterpart_people, lang), CELL))
    if own_people and pm.own_people:
        who = _people_line(pm.own_people, lang)
        spans.append(Span.joined([f"{label(Label.DELEGATES, lang)}: ", *who], CELL))
    profile = pm.counterpart.profile_in(lang)
    if profile and not pm.interpreting:
        spans.append(Span(_short(profile), SMALL, colour=GREY))
    return spans


def _day_heading(day: date, day_meetings: Sequence[Any], data: MissionData,
                 lang: DocumentLanguage) -> str:  # fmt: skip
    """'giovedì 14 ottobre 2027 · Sessione B2B 2': the day and its sessions, in order."""
    ids = dict.fromkeys(
        x.meeting.session_id for x in day_meetings if isinstance(x, PersonalMeeting)
    )
    found = [data.session(i) for i in ids]
    names = [s.names.in_(lang) for s in found if s is not None]
    return " · ".join([format_date(day, lang), *names])


def _meetings(flow: Flow, meetings: Sequence[PersonalMeeting], data: MissionData,
              lang: DocumentLanguage, *, own_people: bool,
              breaks: Sequence[BreakInfo] = (), notes: Notes | None = None) -> None:  # fmt: skip
    flow.text(HEADING.span(label(Label.B2B_MEETINGS, lang)), before=10, after=2, keep=40)
    if not meetings:
        flow.text(BODY.span(label(Label.NO_MEETINGS, lang)))
        return
    widths = [30 * mm, 18 * mm, flow.usable - 86 * mm, 38 * mm]
    xs = [flow.left + sum(widths[:i]) for i in range(len(widths))]
    head = [
        cell(x, w, [Span(label(key, lang), CELL, bold=True)])
        for x, w, key in zip(
            xs, widths, (Label.TIME, Label.TABLE, Label.WITH, Label.INTERPRETER), strict=True
        )
    ]
    # A session's break is a row at its time among the meetings, not a silent gap.
    timeline = sorted([*meetings, *breaks], key=lambda x: (_start(x), isinstance(x, BreakInfo)))
    for day, day_meetings in _by_day(timeline):
        rows: list[list[Cell]] = []
        shaded = set()
        for pm in day_meetings:
            if isinstance(pm, BreakInfo):
                shaded.add(len(rows))
                rows.append([
                    cell(xs[0], widths[0], [Span(format_span(pm.start, pm.end), CELL)]),
                    cell(xs[1], flow.usable - widths[0],
                         [Span(pm.names.in_(lang), CELL, bold=True, colour=GREY)]),
                ])  # fmt: skip
                continue
            m = pm.meeting
            interpreter = pm.interpreter if pm.interpreter and not pm.interpreting else None
            rows.append([
                cell(xs[0], widths[0], [Span(format_span(m.start, m.end), CELL)]),
                cell(xs[1], widths[1], [Span(m.table, CELL, bold=True)]),
                cell(xs[2], widths[2], _counterpart(pm, lang, own_people=own_people)),
                cell(xs[3], widths[3],
                     [Span(name_of(interpreter, lang), CELL)] if interpreter else []),
            ])  # fmt: skip
        heading = DAY.span(_day_heading(day, day_meetings, data, lang))
        _day_table(flow, heading, (notes or {}).get(day, []), head, rows, lang,
                   frozenset(shaded))  # fmt: skip


def _venues(flow: Flow, venues: Sequence[VenueInfo], lang: DocumentLanguage) -> None:
    if not venues:
        return
    flow.text(HEADING.span(venues_label(len(venues), lang)), before=10, after=2, keep=30)
    for v in venues:
        flow.text(Span(venue_heading(v, lang), 9.5, bold=True), Span(v.address_in(lang), 9.5),
                  after=2 * mm)  # fmt: skip


# --- personal agenda -------------------------------------------------------------------------


def personal_agenda_pdf(agenda: PersonalAgenda, data: MissionData) -> bytes:
    """The personal agenda of one participant, in their document language."""
    person, lang = agenda.person, agenda.person.language
    primary = person_name(person.latin, person.kanji, lang)
    flow = Flow(frame_for(data, Label.PERSONAL_AGENDA, primary, lang))
    others = [n for n in dict.fromkeys((person.kana, person.kanji, person.latin)) if n]
    title = person.title_ja if lang is Lang.JA and person.title_ja else person.title
    org = organisation_name(agenda.organisation, lang) if agenda.organisation else ""
    delegation = delegation_name(data, person.delegation_id, lang)
    flow.text(
        TITLE.span(Whole(primary)),
        SUBTITLE.joined(listing((n for n in others if n != primary), " · ")),
        SUBTITLE.joined([title, " — ", org] if title and org else [title or org]),
        SUBTITLE.span(" · ".join(x for x in (mission_name(data, lang), delegation) if x)),
    )
    warnings = data.clock_warnings(person.delegation_id)
    notes = clock_notes(warnings, _days_of(agenda.items, agenda.meetings), lang)
    if warnings and not notes:  # nothing on any day: the warnings under the title
        _notes_block(flow, [w.text(lang) for w in warnings])
    _programme(flow, agenda.items, data, lang, notes)
    _meetings(flow, agenda.meetings, data, lang, own_people=False, breaks=agenda.breaks,
              notes=notes)  # fmt: skip
    _venues(flow, agenda.venues, lang)
    return flow.finish()


# --- organisation agenda ---------------------------------------------------------------------


def organisation_agenda_pdf(agenda: OrganisationAgenda, data: MissionData) -> bytes:
    """One organisation's programme and meetings, with which delegates sit at each."""
    org, lang = agenda.organisation, agenda.language
    primary = org.name_ja if lang is Lang.JA and org.name_ja else org.name
    flow = Flow(frame_for(data, Label.ORGANISATION_AGENDA, primary, lang))
    others = [n for n in dict.fromkeys((org.name_kana, org.name_ja, org.name)) if n]
    delegation = delegation_name(data, org.delegation_id, lang)
    flow.text(
        TITLE.span(primary),
        SUBTITLE.span(" · ".join(n for n in others if n != primary)),
        SUBTITLE.span(" · ".join(x for x in (mission_name(data, lang), delegation) if x)),
    )
    if agenda.delegates:
        flow.text(HEADING.span(label(Label.DELEGATES, lang)), before=10, after=2, keep=20)
        for p in agenda.delegates:
            title = p.title_ja if lang is Lang.JA and p.title_ja else p.title
            flow.text(BODY.joined([name_of(p, lang), f" — {title}" if title else ""]))
    warnings = data.clock_warnings(org.delegation_id)
    notes = clock_notes(warnings, _days_of(agenda.items, agenda.meetings), lang)
    if warnings and not notes:  # nothing on any day: the warnings under the title
        _notes_block(flow, [w.text(lang) for w in warnings])
    _programme(flow, agenda.items, data, lang, notes)
    _meetings(flow, agenda.meetings, data, lang, own_people=True, breaks=agenda.breaks,
              notes=notes)  # fmt: skip
    _venues(flow, agenda.venues, lang)
    return flow.finish()
