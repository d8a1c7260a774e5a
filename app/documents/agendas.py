"""Personal agendas (one per participant, in their document language) and organisation agendas
(one per company, all its delegates), plus what every document shares: the page frame (mission
and reader on top; "version N of <date>", the time zone and "page 2 of 5" at the bottom), the
jobs that write many files (in worker processes, with progress and cancel), the file names.

Agendas are laid out by a small flow of their own (:class:`Flow`) rather than by platypus:
500 agendas must take seconds, and an agenda is only headings and rows of wrapped text.
A renderer only draws: everything it prints comes from :mod:`app.documents.agenda_data`.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from io import BytesIO
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.documents.agenda_data import (
    MissionData,
    OrganisationAgenda,
    OrganisationInfo,
    Person,
    PersonalAgenda,
    PersonalMeeting,
    ProgrammeItem,
    VenueInfo,
    organisation_agenda,
    personal_agenda,
)
from app.documents.errors import DocumentError
from app.documents.fonts import (
    JAPANESE,
    LATIN,
    LATIN_BOLD,
    Face,
    draw_string,
    face_for,
    latin_has,
    new_canvas,
)
from app.documents.language import (
    Label,
    both_names,
    city_name,
    format_date,
    format_span,
    label,
    person_name,
)
from app.documents.output import atomic_output, ensure_folder
from app.model import DocumentLanguage

Lang = DocumentLanguage
BLACK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#1f4e79")

Progress = Callable[[int, int], None]
"""progress(done, total): called after each document."""

Cancelled = Callable[[], bool]
"""True when the user asked to stop (e.g. ``control.expired`` or ``event.is_set``)."""


class DocumentsCancelled(DocumentError):
    """Generation was stopped by the user; the documents already written are complete."""


@functools.lru_cache(maxsize=200_000)
def _width(text: str, font: str, size: float) -> float:
    # Names, labels and times repeat across hundreds of agendas; measuring is pure Python.
    return pdfmetrics.stringWidth(text, font, size)


# --- the page frame --------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFrame:
    """What every page of a document shows around its content."""

    title: str  # "Personal agenda"
    reader: str  # the participant, organisation or paper the document is for
    mission: str
    version: str  # "version 2 of 3 October 2027" or "draft, not yet published"
    zone_note: str  # "Times are local time in Nagoya (Asia/Tokyo)"
    lang: DocumentLanguage

    @property
    def heading(self) -> str:
        return f"{self.title} · {self.reader}" if self.reader else self.title


def version_line(data: MissionData, lang: DocumentLanguage) -> str:
    pub = data.publication
    if pub is None:
        return label(Label.DRAFT, lang)
    when = format_date(pub.published_at.date(), lang, weekday=False)
    return label(Label.VERSION_OF, lang, number=pub.number, date=when)


def mission_name(data: MissionData, lang: DocumentLanguage) -> str:
    m = data.mission
    return m.name_ja if lang is Lang.JA and m.name_ja else m.name


def frame_for(data: MissionData, title: Label, reader: str, lang: DocumentLanguage) -> PageFrame:
    m = data.mission
    return PageFrame(
        title=label(title, lang),
        reader=reader,
        mission=mission_name(data, lang),
        version=version_line(data, lang),
        zone_note=label(Label.TIMES_IN, lang, city=city_name(m.host_city, lang), zone=m.timezone),
        lang=lang,
    )


MARGIN = 15 * mm
BODY_TOP = MARGIN + 8 * mm  # below the header
BODY_BOTTOM = MARGIN + 6 * mm  # above the footer


def _fit(text: str, bold: bool, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` points (a header is one line)."""
    font = face_for(text, bold=bold).name
    if _width(text, font, size) <= width:
        return text
    while text and _width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def draw_header(canvas: Canvas, frame: PageFrame) -> None:
    width, height = canvas._pagesize
    top = height - MARGIN + 2 * mm
    half = (width - 2 * MARGIN) / 2 - 3 * mm
    left = _fit(frame.heading, True, 9, half)
    right = _fit(frame.mission, False, 9, half)
    draw_string(canvas, MARGIN, top, left, face_for(left, bold=True), 9)
    canvas.setFillColor(GREY)
    draw_string(canvas, width - MARGIN, top, right, face_for(right), 9, anchor="right")
    canvas.setFillColor(BLACK)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)


def _draw_footer(canvas: Canvas, frame: PageFrame, page: int, total: int) -> None:
    width = canvas._pagesize[0]
    y = MARGIN - 6 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
    canvas.setFillColor(GREY)
    draw_string(canvas, MARGIN, y, frame.version, face_for(frame.version), 8)
    draw_string(
        canvas, width / 2, y, frame.zone_note, face_for(frame.zone_note), 8, anchor="centre"
    )
    pages = label(Label.PAGE_OF, frame.lang, page=page, total=total)
    draw_string(canvas, width - MARGIN, y, pages, face_for(pages), 8, anchor="right")
    canvas.setFillColor(BLACK)


class _PagedCanvas(Canvas):
    """Keeps each finished page until the end so the footer can say "page 2 of 5"."""

    _frame: PageFrame
    _pages: list[dict[str, Any]]

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        # Binary (Flate only) streams instead of ASCII85 over Flate: a fifth smaller and a
        # fifth faster to write. reportlab reads the switch from its global config while the
        # pages are written, so it is set for this save only (either way the PDF is valid).
        a85, rl_config.useA85 = rl_config.useA85, 0
        try:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, self._frame, number, total)
                Canvas.showPage(self)
            Canvas.save(self)
        finally:
            rl_config.useA85 = a85


def paged_canvas(target: Any, frame: PageFrame, **kwargs: Any) -> Canvas:
    """:func:`new_canvas` (our fonts, no base-14 font) plus footers drawn when the page count
    is known. Options set to None (as platypus passes them) are left to new_canvas."""
    canvas = new_canvas(target, **{k: v for k, v in kwargs.items() if v is not None})
    canvas.__class__ = _PagedCanvas  # the same object, with deferred footers
    canvas._frame, canvas._pages = frame, []
    canvas.setTitle(frame.heading)
    canvas.setAuthor(frame.mission)
    canvas.setCreator("Ponte")
    return canvas


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write finished bytes atomically: a good file is never replaced by a partial one."""
    with atomic_output(path) as temporary:
        temporary.write_bytes(pdf)
    return path


# --- text layout -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """Text that starts on a new line and wraps within its column."""

    text: str
    size: float = 9
    bold: bool = False
    colour: colors.Color = BLACK


Segment = tuple[str, Face]  # a run of one face within a line
Line = tuple[tuple[Segment, ...], Span]

# Japanese wraps between any two characters, except before closing punctuation and small kana
# (kinsoku): those stay with the character before them.
_NO_LINE_START = set(
    "、。，．・：；？！ー）」』】〕〉》’”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
_LATIN_TOKEN = re.compile(r"\S+\s*|\s+")


def _tokens(text: str, bold: bool) -> list[list[Segment]]:
    """Break opportunities. Latin words (with their trailing space) and single Japanese
    characters are atoms; a token is atoms that must not be parted: closing punctuation
    stays with the character before it, and where the scripts meet without a space
    ("(浅井", "千夏)", "B2B商談") the two atoms stay together."""
    atoms: list[Segment] = []
    latin_face = Face(LATIN_BOLD if bold else LATIN)
    japanese_face = Face(JAPANESE, fake_bold=bold)
    for is_latin, run in groupby(text, key=latin_has):
        chunk = "".join(run)
        if is_latin:
            atoms.extend((word, latin_face) for word in _LATIN_TOKEN.findall(chunk))
            continue
        for char in chunk:
            if char in _NO_LINE_START and atoms and atoms[-1][1] is japanese_face:
                atoms[-1] = (atoms[-1][0] + char, japanese_face)
            else:
                atoms.append((char, japanese_face))
    tokens: list[list[Segment]] = []
    for atom in atoms:
        if tokens and _glued(tokens[-1][-1], atom):
            tokens[-1].append(atom)
        else:
            tokens.append([atom])
    return tokens


def _glued(before: Segment, after: Segment) -> bool:
    """No line break between two atoms of different scripts that touch without a space."""
    return before[1] != after[1] and not before[0][-1:].isspace() and not after[0][:1].isspace()


@functools.lru_cache(maxsize=50_000)
def wrap(span: Span, width: float) -> tuple[Line, ...]:
    """``span`` cut into lines no wider than ``width`` (a word longer than a line is cut).

    Cached: the same titles, counterparts and profiles recur in hundreds of agendas."""
    lines: list[Line] = []
    size = span.size

    def measure(token: list[Segment]) -> float:
        return sum(_width(text, f.name, size) for text, f in token)

    for paragraph in span.text.split("\n"):
        current: list[Segment] = []
        used = 0.0
        for token in _tokens(paragraph, span.bold):
            last_text, last_face = token[-1]
            trimmed = [*token[:-1], (last_text.rstrip(), last_face)]
            if current and used + measure(trimmed) > width:
                lines.append((_merge(current), span))
                current, used = [], 0.0
                token = [(token[0][0].lstrip(), token[0][1]), *token[1:]]
            if len(token) == 1:  # a word wider than the column is cut
                text, f = token[0]
                while _width(text, f.name, size) > width and len(text) > 1:
                    cut = len(text) - 1
                    while cut > 1 and _width(text[:cut], f.name, size) > width:
                        cut -= 1
                    lines.append((_merge([*current, (text[:cut], f)]), span))
                    current, used = [], 0.0
                    text = text[cut:]
                token = [(text, f)]
            token = [(t, f) for t, f in token if t]
            current.extend(token)
            used += measure(token)
        lines.append((_merge(current), span))
    return tuple(lines)


def _merge(segments: list[Segment]) -> tuple[Segment, ...]:
    """Neighbouring segments of one face become one (fewer font switches, and extractors
    then read a name as one word); trailing spaces go."""
    out: list[Segment] = []
    for text, f in segments:
        if out and out[-1][1] == f:
            out[-1] = (out[-1][0] + text, f)
        else:
            out.append((text, f))
    if out:
        out[-1] = (out[-1][0].rstrip(), out[-1][1])
    return tuple(out)


def leading(span: Span) -> float:
    return span.size * 1.3


def draw_line(canvas: Canvas, x: float, baseline: float, line: Line) -> None:
    """One line in as many faces as it needs, in one text object (extractors read it whole)."""
    segments, span = line
    if not segments:
        return
    # Every number written costs: set only what changes (500 agendas, ~100 lines each).
    if canvas._fillColorObj != span.colour:
        canvas.setFillColor(span.colour)
    fake_bold = any(f.fake_bold for _chunk, f in segments)
    if fake_bold:  # IPAex has one weight: bold is the outline stroked too
        canvas.setStrokeColor(span.colour)
        canvas.setLineWidth(span.size * 0.03)
    text = canvas.beginText(x, baseline)
    for chunk, f in segments:
        text.setFont(f.name, span.size)
        if fake_bold:
            text.setTextRenderMode(2 if f.fake_bold else 0)
        text.textOut(chunk)
    if fake_bold:
        text.setTextRenderMode(0)
    canvas.drawText(text)


@dataclass(frozen=True)
class Cell:
    """A column of a row: its left edge, width and lines."""

    x: float
    width: float
    lines: tuple[Line, ...]
    height: float


def cell(x: float, width: float, spans: Iterable[Span], pad: float = 3) -> Cell:
    lines = tuple(line for span in spans if span.text for line in wrap(span, width - 2 * pad))
    return Cell(x + pad, width - 2 * pad, lines, sum(leading(span) for _s, span in lines))


class Flow:
    """Draws blocks top to bottom, starting a page (with its header) when one is full."""

    def __init__(self, frame: PageFrame, pagesize: tuple[float, float] = A4) -> None:
        self.buffer = BytesIO()
        self.frame = frame
        self.canvas = paged_canvas(self.buffer, frame, pagesize=pagesize, invariant=1)
        self.width, self.height = pagesize
        self.left, self.right = MARGIN, pagesize[0] - MARGIN
        self.bottom = BODY_BOTTOM
        self.y = 0.0
        self._new_page(first=True)

    @property
    def usable(self) -> float:
        return self.right - self.left

    def _new_page(self, *, first: bool = False) -> None:
        if not first:
            self.canvas.showPage()
        draw_header(self.canvas, self.frame)
        self.y = self.height - BODY_TOP

    def room(self, height: float) -> bool:
        return self.y - height >= self.bottom

    def ensure(self, height: float) -> None:
        """A new page unless ``height`` still fits on this one (at the top of a page,
        anything goes: a block taller than a page is drawn and runs over the margin)."""
        if not self.room(height) and self.y < self.height - BODY_TOP:
            self._new_page()

    def space(self, height: float) -> None:
        self.y -= height

    def text(self, *spans: Span, before: float = 0, after: float = 0, keep: float = 0) -> None:
        """Lines across the full width; ``keep``: the height that must follow on the page."""
        c = cell(self.left, self.usable, spans, pad=0)
        self.ensure(before + c.height + keep)
        self.y -= before
        self._draw_cell(c, self.y)
        self.y -= c.height + after

    def _draw_cell(self, c: Cell, top: float) -> None:
        y = top
        for line in c.lines:
            step = leading(line[1])
            draw_line(self.canvas, c.x, y - step * 0.78, line)
            y -= step

    def row(self, cells: Sequence[Cell], *, shade: bool = False, pad: float = 3) -> None:
        """Cells side by side, a rule below; the row moves whole to the next page if needed."""
        height = max((c.height for c in cells), default=0) + 2 * pad
        self.ensure(height)
        self.draw_row(cells, height, shade=shade, pad=pad)

    def draw_row(self, cells: Sequence[Cell], height: float, *, shade: bool, pad: float) -> None:
        if shade:
            self.canvas.setFillColor(SHADE)
            self.canvas.rect(self.left, self.y - height, self.usable, height, stroke=0, fill=1)
        for c in cells:
            self._draw_cell(c, self.y - pad)
        self.y -= height
        self.canvas.setStrokeColor(RULE)
        self.canvas.setLineWidth(0.4)
        self.canvas.line(self.left, self.y, self.right, self.y)

    def table(self, heading: Span | None, head: Sequence[Cell] | None,
              rows: Sequence[Sequence[Cell]], pad: float = 3) -> None:  # fmt: skip
        """A day's table: its heading stays with the first row; the column heads repeat on
        each page the table runs onto."""
        heights = [max((c.height for c in r), default=0) + 2 * pad for r in rows]
        head_height = max((c.height for c in head), default=0) + 2 * pad if head else 0
        if heading is not None:
            first = heights[0] if heights else 0
            self.text(heading, before=6, after=3, keep=head_height + first)
        if head:
            self.draw_row(head, head_height, shade=True, pad=pad)
        for r, h in zip(rows, heights, strict=True):
            if not self.room(h):
                self._new_page()
                if head:
                    self.draw_row(head, head_height, shade=True, pad=pad)
            self.draw_row(r, h, shade=False, pad=pad)

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()


# --- names -----------------------------------------------------------------------------------


def name_of(person: Person, lang: DocumentLanguage) -> str:
    """'鳥居 信之 (Torii Nobuyuki)' for a Japanese reader, 'Torii Nobuyuki (鳥居 信之)' else."""
    primary = person_name(person.latin, person.kanji, lang)
    return both_names(primary, person.latin if primary != person.latin else person.kanji)


def organisation_name(org: OrganisationInfo, lang: DocumentLanguage) -> str:
    """Both scripts, the reader's first: 'Hatcho Jozo (八丁醸造)' / '八丁醸造 (Hatcho Jozo)'."""
    if lang is Lang.JA and org.name_ja:
        return both_names(org.name_ja, org.name)
    return both_names(org.name, org.name_ja)


def _people_line(people: Sequence[Person], lang: DocumentLanguage) -> str:
    return ", ".join(name_of(p, lang) for p in people)


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

TITLE = Span("", 17, bold=True, colour=ACCENT)
SUBTITLE = Span("", 10.5, colour=GREY)
HEADING = Span("", 13, bold=True, colour=ACCENT)
DAY = Span("", 10.5, bold=True)
BODY = Span("", 9.5)
CELL = 9.0
SMALL = 7.5


def _with(style: Span, text: str) -> Span:
    return Span(text, style.size, style.bold, style.colour)


def _by_day(things: Iterable[Any]) -> list[tuple[date, list[Any]]]:
    """Items or meetings grouped by their local start day (they arrive sorted by start)."""

    def day(x: Any) -> date:
        return (x.start if isinstance(x, ProgrammeItem) else x.meeting.start).date()

    return [(d, list(group)) for d, group in groupby(things, key=day)]


def _venue_name(venue: VenueInfo, lang: DocumentLanguage) -> str:
    return venue.name_ja if lang is Lang.JA and venue.name_ja else venue.name


def _programme(flow: Flow, items: Sequence[ProgrammeItem], data: MissionData,
               lang: DocumentLanguage) -> None:  # fmt: skip
    flow.text(_with(HEADING, label(Label.PROGRAMME, lang)), before=10, after=2, keep=40)
    if not items:
        flow.text(_with(BODY, label(Label.NO_PROGRAMME, lang)))
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
            if item.description and lang is not Lang.JA:  # descriptions are written in English
                what.append(Span(item.description, SMALL, colour=GREY))
            rows.append([
                cell(x0, time_w, [Span(format_span(item.start, item.end), CELL)]),
                cell(x1, flow.usable - time_w, what),
            ])  # fmt: skip
        flow.table(_with(DAY, format_date(day, lang)), None, rows)


def _counterpart(pm: PersonalMeeting, lang: DocumentLanguage, *, own_people: bool) -> list[Span]:
    spans: list[Span] = []
    if pm.interpreting:
        spans.append(Span(label(Label.INTERPRETING, lang), SMALL, colour=GREY))
        spans.append(Span(organisation_name(pm.own_organisation, lang), CELL, bold=True))
        if pm.own_people:
            spans.append(Span(_people_line(pm.own_people, lang), CELL))
    spans.append(Span(organisation_name(pm.counterpart, lang), CELL, bold=True))
    if pm.counterpart.name_kana:
        spans.append(Span(pm.counterpart.name_kana, SMALL, colour=GREY))
    if pm.counterpart_people:
        spans.append(Span(_people_line(pm.counterpart_people, lang), CELL))
    if own_people and pm.own_people:
        who = _people_line(pm.own_people, lang)
        spans.append(Span(f"{label(Label.DELEGATES, lang)}: {who}", CELL))
    profile = pm.counterpart.profile_in(lang)
    if profile and not pm.interpreting:
        spans.append(Span(_short(profile), SMALL, colour=GREY))
    return spans


def _meetings(flow: Flow, meetings: Sequence[PersonalMeeting], lang: DocumentLanguage,
              *, own_people: bool) -> None:  # fmt: skip
    flow.text(_with(HEADING, label(Label.B2B_MEETINGS, lang)), before=10, after=2, keep=40)
    if not meetings:
        flow.text(_with(BODY, label(Label.NO_MEETINGS, lang)))
        return
    widths = [30 * mm, 18 * mm, flow.usable - 86 * mm, 38 * mm]
    xs = [flow.left + sum(widths[:i]) for i in range(len(widths))]
    head = [
        cell(x, w, [Span(label(key, lang), CELL, bold=True)])
        for x, w, key in zip(
            xs, widths, (Label.TIME, Label.TABLE, Label.WITH, Label.INTERPRETER), strict=True
        )
    ]
    for day, day_meetings in _by_day(meetings):
        rows = []
        for pm in day_meetings:
            m = pm.meeting
            interpreter = pm.interpreter if pm.interpreter and not pm.interpreting else None
            rows.append([
                cell(xs[0], widths[0], [Span(format_span(m.start, m.end), CELL)]),
                cell(xs[1], widths[1], [Span(m.table, CELL, bold=True)]),
                cell(xs[2], widths[2], _counterpart(pm, lang, own_people=own_people)),
                cell(xs[3], widths[3],
                     [Span(name_of(interpreter, lang), CELL)] if interpreter else []),
            ])  # fmt: skip
        flow.table(_with(DAY, format_date(day, lang)), head, rows)


def _venues(flow: Flow, venues: Sequence[VenueInfo], lang: DocumentLanguage) -> None:
    if not venues:
        return
    flow.text(_with(HEADING, label(Label.VENUES, lang)), before=10, after=2, keep=30)
    for v in venues:
        if lang is Lang.JA and v.name_ja:
            name = both_names(v.name_ja, v.name)
        else:
            name = both_names(v.name, v.name_ja)
        address = v.address_ja if lang is Lang.JA and v.address_ja else v.address
        flow.text(Span(name, 9.5, bold=True), Span(address, 9.5), after=2 * mm)


# --- personal agenda -------------------------------------------------------------------------


def personal_agenda_pdf(agenda: PersonalAgenda, data: MissionData) -> bytes:
    """The personal agenda of one participant, in their document language."""
    person, lang = agenda.person, agenda.person.language
    primary = person_name(person.latin, person.kanji, lang)
    flow = Flow(frame_for(data, Label.PERSONAL_AGENDA, primary, lang))
    others = [n for n in dict.fromkeys((person.kana, person.kanji, person.latin)) if n]
    title = person.title_ja if lang is Lang.JA and person.title_ja else person.title
    org = organisation_name(agenda.organisation, lang) if agenda.organisation else ""
    flow.text(
        _with(TITLE, primary),
        _with(SUBTITLE, " · ".join(n for n in others if n != primary)),
        _with(SUBTITLE, " — ".join(x for x in (title, org) if x)),
        _with(SUBTITLE, mission_name(data, lang)),
    )
    _programme(flow, agenda.items, data, lang)
    _meetings(flow, agenda.meetings, lang, own_people=False)
    _venues(flow, agenda.venues, lang)
    return flow.finish()


# --- organisation agenda ---------------------------------------------------------------------


def organisation_agenda_pdf(agenda: OrganisationAgenda, data: MissionData) -> bytes:
    """One organisation's programme and meetings, with which delegates sit at each."""
    org, lang = agenda.organisation, agenda.language
    primary = org.name_ja if lang is Lang.JA and org.name_ja else org.name
    flow = Flow(frame_for(data, Label.ORGANISATION_AGENDA, primary, lang))
    others = [n for n in dict.fromkeys((org.name_kana, org.name_ja, org.name)) if n]
    flow.text(
        _with(TITLE, primary),
        _with(SUBTITLE, " · ".join(n for n in others if n != primary)),
        _with(SUBTITLE, mission_name(data, lang)),
    )
    if agenda.delegates:
        flow.text(_with(HEADING, label(Label.DELEGATES, lang)), before=10, after=2, keep=20)
        for p in agenda.delegates:
            title = p.title_ja if lang is Lang.JA and p.title_ja else p.title
            flow.text(_with(BODY, name_of(p, lang) + (f" — {title}" if title else "")))
    _programme(flow, agenda.items, data, lang)
    _meetings(flow, agenda.meetings, lang, own_people=True)
    _venues(flow, agenda.venues, lang)
    return flow.finish()


# --- writing many ----------------------------------------------------------------------------


def check_printable(data: MissionData) -> None:
    """A :class:`DocumentError` when the mission has nothing an agenda could show."""
    if data.is_empty:
        raise DocumentError(
            f"The mission {data.mission.name!r} has no programme items and no B2B meetings "
            "yet: there is nothing to print. Add the programme or schedule the meetings first."
        )


class JobKind(StrEnum):
    PERSONAL = "personal"  # key: a participant id
    ORGANISATION = "organisation"  # key: an organisation id
    TABLE_SHEETS = "table_sheets"
    MASTER_GRID = "master_grid"


@dataclass(frozen=True)
class AgendaJob:
    """One file to write: plain data, so that it can go to a worker process."""

    path: Path
    kind: JobKind
    key: int = 0
    paper: str = "A4"
    language: DocumentLanguage = DocumentLanguage.EN  # sheets only: agendas use the reader's


def render_job(data: MissionData, job: AgendaJob) -> bytes:
    """The PDF bytes of ``job``."""
    if job.kind is JobKind.PERSONAL:
        return personal_agenda_pdf(personal_agenda(data, job.key), data)
    if job.kind is JobKind.ORGANISATION:
        return organisation_agenda_pdf(organisation_agenda(data, job.key), data)
    from app.documents import sheets  # sheets builds on this module's page frame

    if job.kind is JobKind.TABLE_SHEETS:
        return sheets.table_sheets_pdf(data, job.language)
    return sheets.master_grid_pdf(data, job.paper, job.language)


def auto_workers(jobs: int) -> int:
    """Processes worth starting: one for a few documents, else one per CPU (at most 4)."""
    return 1 if jobs < 24 else max(1, min(os.cpu_count() or 1, 4))


def write_documents(
    data: MissionData,
    jobs: Sequence[AgendaJob],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = 1,
) -> list[Path]:
    """Render and write every job; ``workers`` processes render in parallel (None: choose).

    Each file is written atomically by this process, so a file is either complete or left as
    it was. ``cancelled()`` is checked between two documents: :class:`DocumentsCancelled`
    then says how many were written (those are complete) and nothing else is touched.
    """
    if workers is None:
        workers = auto_workers(len(jobs))
    if jobs:
        ensure_folder(jobs[0].path.parent)  # fail before rendering anything
    rendered: Iterator[bytes]
    pool: ProcessPoolExecutor | None = None
    if workers > 1 and len(jobs) > 1:
        # "spawn", never "fork": the window's process has threads (Qt, the workers), and a
        # forked child of a threaded process can deadlock on a lock held at the fork.
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_worker_start,
            initargs=(data,),
        )
        rendered = pool.map(_worker_render, jobs, chunksize=4)
    else:
        rendered = (render_job(data, job) for job in jobs)
    written: list[Path] = []
    try:
        for job in jobs:
            if cancelled is not None and cancelled():
                raise DocumentsCancelled(
                    f"Stopped after {len(written)} of {len(jobs)} documents; those are complete."
                )
            written.append(write_pdf(job.path, next(rendered)))
            if progress is not None:
                progress(len(written), len(jobs))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return written


# A worker process renders for one mission; the data arrives once, when it starts, instead
# of being sent again with each of 500 jobs.
_worker_data: list[MissionData] = []


def _worker_start(data: MissionData) -> None:
    _worker_data[:] = [data]


def _worker_render(job: AgendaJob) -> bytes:
    return render_job(_worker_data[0], job)


def personal_agenda_jobs(
    data: MissionData, folder: Path, participant_ids: Iterable[int] | None = None
) -> list[AgendaJob]:
    """One job per participant (all of the mission's, by name, or ``participant_ids``)."""
    check_printable(data)
    ids = (
        list(dict.fromkeys(participant_ids))
        if participant_ids is not None
        else sorted(data.people, key=lambda i: data.people[i].sort_key)
    )
    missing = [i for i in ids if i not in data.people]
    if missing:
        raise DocumentError(
            "No participant with id " + ", ".join(map(str, missing)) + " in this mission."
        )
    return [AgendaJob(folder / agenda_file_name(data.people[i]), JobKind.PERSONAL, i) for i in ids]


def organisation_agenda_jobs(
    data: MissionData, folder: Path, organisation_ids: Iterable[int] | None = None
) -> list[AgendaJob]:
    """One job per organisation (all of the mission's, by name, or ``organisation_ids``)."""
    check_printable(data)
    ids = (
        list(dict.fromkeys(organisation_ids))
        if organisation_ids is not None
        else sorted(data.organisations, key=lambda i: data.organisations[i].name.casefold())
    )
    missing = [i for i in ids if i not in data.organisations]
    if missing:
        raise DocumentError(
            "No organisation with id " + ", ".join(map(str, missing)) + " in this mission."
        )
    return [
        AgendaJob(folder / organisation_file_name(data.organisations[i]), JobKind.ORGANISATION, i)
        for i in ids
    ]


# --- file names ------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def ascii_part(text: str, limit: int = 40) -> str:
    """'Città Nuova S.r.l.' → 'Citta-Nuova-S-r-l': ASCII, no characters Windows refuses."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE.sub("-", folded).strip("-")[:limit].strip("-")


def agenda_file_name(person: Person) -> str:
    """'agenda-0012-Rossi-Mario.pdf': the id makes it unique, the family name first (whatever
    the person's own order) so that a folder sorted by name reads like a register."""
    name = "-".join(x for x in (ascii_part(person.family), ascii_part(person.given)) if x)
    return f"agenda-{person.id:04d}-{name or 'participant'}.pdf"


def organisation_file_name(org: OrganisationInfo) -> str:
    return f"organisation-{org.id:04d}-{ascii_part(org.name) or 'organisation'}.pdf"
