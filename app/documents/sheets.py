"""Table sheets (one page per table and session: who sits there when) and the B2B master grid
(slots × tables, landscape on A4 or A3; tables split into column groups that fit the paper,
the header row repeated on every page)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app.core.agenda_data import (
    BreakInfo,
    GridView,
    MeetingInfo,
    MissionData,
    OrganisationInfo,
    SessionInfo,
    TableSheet,
    master_grid,
    table_sheets,
)
from app.core.language import Label, format_date, format_span, label
from app.documents import messages as msg
from app.documents.agendas import name_of
from app.documents.errors import DocumentError
from app.documents.fonts import LATIN
from app.documents.page import (
    ACCENT,
    BODY_BOTTOM,
    BODY_TOP,
    BREAK_TINT,
    GREY,
    MARGIN,
    RULE,
    SHADE,
    PageFrame,
    draw_header,
    frame_for,
    mission_name,
    paged_canvas,
)
from app.documents.text_layout import (
    SUBTITLE,
    TITLE,
    Line,
    Span,
    Style,
    Whole,
    cell,
    draw_lines,
    listing,
)
from app.model import DocumentLanguage

Lang = DocumentLanguage

# --- text in platypus tables ----------------------------------------------------------------
# Platypus splits the tables over pages and repeats their head rows; the text inside them is
# laid out by the agendas' own wrapping (text_layout: right fonts for every character, Japanese
# broken between characters), wrapped in a small Flowable.


@dataclass(frozen=True)
class Styles:
    title: Style
    subtitle: Style
    heading: Style
    cell: Style
    cell_bold: Style
    cell_small: Style


def styles_for(cell_size: float) -> Styles:
    return Styles(
        title=TITLE,
        subtitle=SUBTITLE,
        # 12 pt, not the agendas' 13: it is the caption of a grid, inside the table.
        heading=Style(12, bold=True, colour=ACCENT),
        cell=Style(cell_size),
        cell_bold=Style(cell_size, bold=True),
        cell_small=Style(cell_size * 0.85, colour=GREY),
    )


@dataclass(frozen=True)
class Run:
    """One line (or more, wrapped) of a cell: a text, or parts of which names are kept whole."""

    text: str | tuple[str | Whole, ...]
    bold: bool = False
    small: bool = False


class Text(Flowable):
    """Lines of :class:`Span` wrapped to the width platypus offers."""

    def __init__(self, spans: Sequence[Span], after: float = 0) -> None:
        super().__init__()
        self.spans = tuple(spans)
        self.after = after
        self.lines: tuple[Line, ...] = ()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        block = cell(0, availWidth, self.spans, pad=0)
        self.lines = block.lines
        self.width = availWidth
        self.height = block.height + self.after
        return self.width, self.height

    def draw(self) -> None:
        # platypus draws from the bottom; the space after is below the lines
        draw_lines(self.canv, 0, self.height, self.lines)


def rich(runs: Sequence[Run], style: Style) -> Text:
    spans = [
        Span.joined(
            r.text if isinstance(r.text, tuple) else (r.text,),
            style.size * (0.82 if r.small else 1),
            bold=r.bold or style.bold,
            colour=GREY if r.small else style.colour,
        )
        for r in runs
    ]
    return Text(spans)


def para(text: str, style: Style, after: float = 0) -> Text:
    """One text; a :class:`Whole` (a name) is not broken inside."""
    return Text([style.span(text)], after=after)


class CaptionedTable(Table):
    """A table whose first row is its caption (the session and day, over the column heads in
    the second row); both repeat on every page the table runs onto, the caption then replaced
    by ``again`` (the caption said as continued: "… (continua)", "…（続き）")."""

    again: Flowable | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, CaptionedTable):
                part.again = self.again
        for part in parts[1:]:
            if isinstance(part, CaptionedTable) and self.again is not None:
                # a new row: the parts share their repeated rows' lists
                part._cellvalues[0] = [self.again, *part._cellvalues[0][1:]]
        return parts


def captioned(rows: list[list[Any]], widths: Sequence[float], caption: str, style: Style,
              lang: DocumentLanguage, again: str | None = None) -> CaptionedTable:  # fmt: skip
    """``rows`` (the column heads first) under ``caption``; ``again``: the caption on the
    pages the table continues onto, said as continued (``caption`` itself when None)."""
    continued = label(Label.CONTINUED, lang, heading=again or caption)
    table = CaptionedTable(
        [[para(caption, style, after=2 * mm)] + [""] * (len(widths) - 1), *rows],
        colWidths=list(widths),
        repeatRows=2,
    )
    table.again = para(continued, style, after=2 * mm)
    return table


def render(story: Sequence[Flowable], frame: PageFrame, pagesize: tuple[float, float]) -> bytes:
    """The PDF of ``story`` with ``frame``'s header and footer on every page."""
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=BODY_TOP, bottomMargin=BODY_BOTTOM, invariant=1,
    )  # fmt: skip
    body = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates(
        PageTemplate("page", [body], onPage=lambda canvas, _doc: draw_header(canvas, frame))
    )
    doc.build(list(story), canvasmaker=lambda target, **kw: paged_canvas(target, frame, **kw))
    return buffer.getvalue()


PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "A3": A3}
TIME_COLUMN = 27 * mm  # '14:00–14:20 CEST' at 8 pt
MIN_TABLE_COLUMN = 31 * mm  # two short company names side by side still read at 7 pt


def _session_title(session: SessionInfo, lang: DocumentLanguage) -> str:
    day = format_date(session.start.date(), lang)
    return f"{session.names.in_(lang)} — {day}"


def _with_breaks(slots: Sequence[Any], session: SessionInfo) -> list[Any]:
    """``slots`` (or rows keyed by slot) and the session's breaks in order of time: a break
    is a row at its time, not a silent gap between two slots."""

    def start(x: Any) -> Any:
        return x.start if isinstance(x, BreakInfo) else (x[0] if isinstance(x, tuple) else x).start

    return sorted([*slots, *session.breaks], key=lambda x: (start(x), not isinstance(x, BreakInfo)))


def _break_style(rows: Sequence[int], columns: int) -> list[tuple[Any, ...]]:
    """A break's label spans the columns after the time, on a tint."""
    out: list[tuple[Any, ...]] = []
    for r in rows:
        out += [("SPAN", (1, r), (columns - 1, r)), ("BACKGROUND", (0, r), (-1, r), BREAK_TINT)]
    return out


def _org_runs(org: OrganisationInfo, lang: DocumentLanguage) -> list[Run]:
    """The reader's script first, the other one small underneath. (Not the agendas'
    ``organisation_name``, which prints both on one line, "Name (名前)".)"""
    if lang is Lang.JA and org.name_ja:
        return [Run(Whole(org.name_ja), bold=True), Run(Whole(org.name), small=True)]
    runs = [Run(Whole(org.name), bold=True)]
    if org.name_ja:
        runs.append(Run(Whole(org.name_ja), small=True))
    return runs


def _grid_style(*, caption: bool = False, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Ruled cells, the head row shaded; with ``caption``, row 0 is a title across the table;
    ``extra``: more commands (the break rows)."""
    head = 1 if caption else 0
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), LATIN, 8),  # plain-string cells (times) are Latin only
        ("GRID", (0, head), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, head), (-1, head), SHADE),
    ]
    if caption:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0)]
    return TableStyle(commands + list(extra))


# --- table sheets ----------------------------------------------------------------------------


def _side_cell(
    data: MissionData, meeting: MeetingInfo, org_id: int, lang: DocumentLanguage, st: Styles
) -> Paragraph:
    org = data.organisations[org_id]
    runs = _org_runs(org, lang)
    people = [data.people[p] for p in sorted(meeting.people) if p in data.people]
    names = [name_of(p, lang) for p in people if p.organisation_id == org_id]
    if not meeting.people:
        names = [name_of(p, lang) for p in data.delegates(org_id)]
    if names:
        runs.append(Run(tuple(listing(names))))
    return rich(runs, st.cell)


def _sheet(sheet: TableSheet, data: MissionData, lang: DocumentLanguage, st: Styles,
           width: float) -> list[Flowable]:  # fmt: skip
    interp_w = 36 * mm
    side_w = (width - TIME_COLUMN - interp_w) / 2
    head = [
        para(label(key, lang), st.cell_bold)
        for key in (Label.TIME, Label.ORGANISATION, Label.ORGANISATION, Label.INTERPRETER)
    ]
    rows: list[list[Any]] = [head]
    breaks: list[int] = []
    for entry in _with_breaks(sheet.rows, sheet.session):
        if isinstance(entry, BreakInfo):
            breaks.append(len(rows))
            label_cell = para(entry.names.in_(lang), st.cell_bold)
            rows.append([format_span(entry.start, entry.end), label_cell, "", ""])
            continue
        slot, meeting = entry
        span = format_span(slot.start, slot.end)
        if meeting is None:
            rows.append([span, para(label(Label.FREE, lang), st.cell_small), "", ""])
            continue
        interpreter = data.people.get(meeting.interpreter) if meeting.interpreter else None
        rows.append([
            span,
            _side_cell(data, meeting, meeting.organisation_a, lang, st),
            _side_cell(data, meeting, meeting.organisation_b, lang, st),
            para(name_of(interpreter, lang), st.cell) if interpreter else "",
        ])  # fmt: skip
    # The session and its day head the table itself: on each page a long session runs onto
    # they repeat, said as continued, with the table's name and the column heads.
    title = f"{label(Label.TABLE, lang)} {sheet.table.name}"
    session = _session_title(sheet.session, lang)
    widths = [TIME_COLUMN, side_w, side_w, interp_w]
    table = captioned(rows, widths, session, st.subtitle, lang, again=f"{title} · {session}")
    table.setStyle(_grid_style(caption=True, extra=_break_style([b + 1 for b in breaks], 4)))
    return [
        para(title, st.title),
        para(mission_name(data, lang), st.subtitle, after=3 * mm),
        table,
    ]


def table_sheets_pdf(data: MissionData, lang: DocumentLanguage) -> bytes:
    """Every table of every session, each on its own page(s)."""
    sheets = table_sheets(data)
    if not sheets:
        raise DocumentError(msg.NO_TABLES_FOR_SHEETS(mission=data.mission.name))
    st = styles_for(cell_size=9)
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = []
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story += _sheet(sheet, data, lang, st, width)
    return render(story, frame_for(data, Label.TABLE_SHEET, "", lang), A4)


# --- master grid -----------------------------------------------------------------------------


def columns_per_page(paper: str) -> int:
    """How many table columns fit beside the time column on ``paper`` in landscape."""
    width = landscape(PAPERS[paper])[0] - 2 * MARGIN - TIME_COLUMN
    return max(1, int(width // MIN_TABLE_COLUMN))


def _grid_cell(data: MissionData, m: MeetingInfo, lang: DocumentLanguage, st: Styles) -> Any:
    runs = _org_runs(data.organisations[m.organisation_a], lang)
    runs += _org_runs(data.organisations[m.organisation_b], lang)
    interpreter = data.people.get(m.interpreter) if m.interpreter else None
    if interpreter is not None:
        runs.append(Run((f"{label(Label.INTERPRETER, lang)}: ", name_of(interpreter, lang)),
                        small=True))  # fmt: skip
    return rich(runs, st.cell)


def _grid_part(view: GridView, tables: Sequence[Any], data: MissionData,
               lang: DocumentLanguage, st: Styles, column: float) -> Table:  # fmt: skip
    # The session and its tables head the table itself, so that they repeat with the column
    # heads on every page a long session runs onto.
    first, last = tables[0].name, tables[-1].name
    title = f"{_session_title(view.session, lang)} · {label(Label.TABLE, lang)} {first}–{last}"
    head: list[Any] = [para(label(Label.TIME, lang), st.cell_bold)]
    head += [para(f"{label(Label.TABLE, lang)} {t.name}", st.cell_bold) for t in tables]
    rows: list[list[Any]] = [head]
    breaks: list[int] = []
    for slot in _with_breaks(view.session.slots, view.session):
        if isinstance(slot, BreakInfo):
            breaks.append(len(rows))
            label_cell = para(slot.names.in_(lang), st.cell_bold)
            rows.append([format_span(slot.start, slot.end), label_cell] + [""] * (len(tables) - 1))
            continue
        row: list[Any] = [format_span(slot.start, slot.end)]
        for t in tables:
            m = view.cells.get((slot.index, t.id))
            row.append(_grid_cell(data, m, lang, st) if m else "")
        rows.append(row)
    table = captioned(rows, [TIME_COLUMN, *[column] * len(tables)], title, st.heading, lang)
    extra = _break_style([b + 1 for b in breaks], len(tables) + 1)
    table.setStyle(_grid_style(caption=True, extra=extra))
    return table


def master_grid_pdf(data: MissionData, paper: str, lang: DocumentLanguage) -> bytes:
    """Slots × tables for each session; wide sessions in groups of columns, one after the
    other, long ones over several pages with the header row repeated."""
    views = master_grid(data)
    if not any(v.session.tables for v in views):
        raise DocumentError(msg.NO_TABLES_FOR_GRID(mission=data.mission.name))
    pagesize = landscape(PAPERS[paper])
    st = styles_for(cell_size=7)
    per_page = columns_per_page(paper)
    story: list[Flowable] = []
    for view in views:
        tables = view.session.tables
        groups = [tables[i : i + per_page] for i in range(0, len(tables), per_page)]
        # Share the width evenly: the last group's columns are as wide as the others.
        column = (pagesize[0] - 2 * MARGIN - TIME_COLUMN) / per_page
        for group in groups:
            if story:
                story.append(PageBreak())
            story.append(_grid_part(view, group, data, lang, st, column))
    return render(story, frame_for(data, Label.MASTER_GRID, paper, lang), pagesize)
