"""The chambers' report on a mission as a PDF (issue 18), in Italian, Japanese or English: a
title page, then each figure as a chart drawn with reportlab.graphics and its numbers in a
small table under it, the most promising pairs, and the comparison with the previous mission.

Everything printed comes from one :class:`MissionFigures`; every label from
:mod:`app.core.report_messages`. Text is NFC; charts use Ponte's embedded faces (IPAex
Gothic for a Japanese report, whose Latin also sets Italian names; Noto Sans otherwise).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.common.wording import Wording
from app.core import report_messages as w
from app.core.language import format_date
from app.core.report_figures import (
    HEADLINE_FIELDS,
    OUTCOMES,
    SIDES,
    MissionFigures,
    WhyNot,
)
from app.documents.fonts import JAPANESE, LATIN, cached_width, draw_string, face_for, register_fonts
from app.documents.page import (
    ACCENT,
    BLACK,
    BODY_BOTTOM,
    BODY_TOP,
    GREY,
    MARGIN,
    RULE,
    SHADE,
    PageFrame,
    draw_header,
    paged_canvas,
)
from app.model.enums import DocumentLanguage, Side

Lang = DocumentLanguage
WIDTH, HEIGHT = A4
BODY_WIDTH = WIDTH - 2 * MARGIN
TURIN_COLOUR = colors.HexColor("#1f4e79")
NAGOYA_COLOUR = colors.HexColor("#c0504d")
OUTCOME_COLOURS = (
    colors.HexColor("#bfbfbf"),  # no interest
    colors.HexColor("#9dc3e6"),  # interesting
    colors.HexColor("#2e75b6"),  # cooperation possible
    colors.HexColor("#70ad47"),  # supply
    colors.HexColor("#548235"),  # partnership
    colors.HexColor("#ffc000"),  # investment in Turin
    colors.HexColor("#ed7d31"),  # distribution in Japan
    colors.HexColor("#f2f2f2"),  # no answer
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class _Writer:
    """A cursor down the pages: headings, notes, tables and charts, a new page when full."""

    def __init__(self, canvas: Canvas, frame: PageFrame, lang: Lang) -> None:
        self.c, self.frame, self.lang = canvas, frame, lang
        self.y = HEIGHT - BODY_TOP
        self.chart_font = JAPANESE if lang is Lang.JA else LATIN
        self.page_started = False

    def t(self, wording: Wording, **values: object) -> str:
        return nfc(wording(**values).text(self.lang.value))

    def new_page(self) -> None:
        if self.page_started:
            self.c.showPage()
        draw_header(self.c, self.frame)
        self.y = HEIGHT - BODY_TOP - 4 * mm
        self.page_started = True

    def room(self, height: float) -> None:
        if self.y - height < BODY_BOTTOM:
            self.new_page()

    def heading(self, text: str, size: float = 13, keep: float = 100) -> None:
        """A heading, on a new page unless ``keep`` points of what follows fit under it."""
        self.room(size + 8 + keep)
        self.c.setFillColor(ACCENT)
        draw_string(self.c, MARGIN, self.y - size, text, face_for(text, bold=True), size)
        self.c.setFillColor(BLACK)
        self.y -= size + 8

    def note(self, text: str, size: float = 8.5) -> None:
        for line in _wrap(text, size, BODY_WIDTH):
            self.room(size + 3)
            self.c.setFillColor(GREY)
            draw_string(self.c, MARGIN, self.y - size, line, face_for(line), size)
            self.c.setFillColor(BLACK)
            self.y -= size + 3
        self.y -= 4

    def chart(self, drawing: Drawing) -> None:
        self.room(drawing.height + 4)
        # the renderer starts in Helvetica (unembedded, in the file) unless told otherwise
        drawing.initialFontName = self.chart_font
        renderPDF.draw(drawing, self.c, MARGIN, self.y - drawing.height)
        self.y -= drawing.height + 6

    def table(
        self,
        head: Sequence[str],
        rows: Sequence[Sequence[str | int | float]],
        widths: Sequence[float] | None = None,
        size: float = 8,
    ) -> None:
        """A plain table: first column left, numbers right; the head repeated on a new page."""
        widths = list(widths or _widths(len(head)))
        scale = BODY_WIDTH / sum(widths)
        widths = [x * scale for x in widths]
        head_lines = [_wrap(h, size, wd - 6) for h, wd in zip(head, widths, strict=True)]
        head_height = max(len(x) for x in head_lines) * (size + 2) + 4
        numeric = [
            i > 0 and all(isinstance(r[i], int | float) or _numeric(str(r[i])) for r in rows)
            for i in range(len(head))
        ]
        row_height = size + 6

        def draw_head() -> None:
            self.c.setFillColor(SHADE)
            self.c.rect(MARGIN, self.y - head_height, BODY_WIDTH, head_height, stroke=0, fill=1)
            self.c.setFillColor(BLACK)
            x = MARGIN
            for lines, wd, i in zip(head_lines, widths, range(len(widths)), strict=True):
                for n, line in enumerate(lines):
                    base = self.y - (n + 1) * (size + 2)
                    face = face_for(line, bold=True)
                    if not numeric[i]:
                        draw_string(self.c, x + 3, base, line, face, size)
                    else:
                        draw_string(self.c, x + wd - 3, base, line, face, size, anchor="right")
                x += wd
            self.y -= head_height

        whole = head_height + row_height * len(rows) + 4
        page = HEIGHT - BODY_TOP - BODY_BOTTOM - 8 * mm
        # a table that fits on a page is kept whole; a longer one starts with a few rows
        self.room(whole if whole < page else head_height + row_height * 3 + 4)
        draw_head()
        for row in rows:
            if self.y - row_height < BODY_BOTTOM:
                self.new_page()
                draw_head()
            x = MARGIN
            for i, (value, wd) in enumerate(zip(row, widths, strict=True)):
                text = _cell(value)
                if not numeric[i]:
                    text = _fit(text, size, wd - 6)
                    draw_string(self.c, x + 3, self.y - size - 1, text, face_for(text), size)
                else:
                    draw_string(
                        self.c, x + wd - 3, self.y - size - 1, text, face_for(text), size,
                        anchor="right",
                    )  # fmt: skip
                x += wd
            self.c.setStrokeColor(RULE)
            self.c.setLineWidth(0.3)
            self.c.line(MARGIN, self.y - row_height, MARGIN + BODY_WIDTH, self.y - row_height)
            self.y -= row_height
        self.y -= 10


def _row(*cells: str | int | float) -> list[str | int | float]:
    return list(cells)


def _numeric(text: str) -> bool:
    return (
        bool(text)
        and text.replace(" ", "")
        .replace("%", "")
        .replace("(", "")
        .replace(")", "")
        .replace(".", "")
        .replace(",", "")
        .replace("–", "")
        .isdigit()
    )


def _cell(value: str | int | float) -> str:
    if isinstance(value, float):
        return f"{value:.0%}"
    return nfc(str(value))


def _widths(n: int) -> list[float]:
    return [2.5] + [1.0] * (n - 1)


def _fit(text: str, size: float, width: float) -> str:
    font = face_for(text).name
    if cached_width(text, font, size) <= width:
        return text
    while text and cached_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``: at spaces, or anywhere in Japanese."""
    font = face_for(text).name
    lines: list[str] = []
    current = ""
    tokens = text.split(" ") if " " in text else list(text)
    glue = " " if " " in text else ""
    for token in tokens:
        candidate = f"{current}{glue}{token}" if current else token
        if cached_width(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = token
    if current:
        lines.append(current)
    return lines or [""]


# --- charts -----------------------------------------------------------------------------------


def _bars(
    writer: _Writer,
    categories: Sequence[str],
    series: Sequence[Sequence[int | float]],
    fills: Sequence[colors.Color],
    names: Sequence[str] = (),
    *,
    stacked: bool = False,
    percent: bool = False,
) -> Drawing:
    """A horizontal bar chart, one row per category (top to bottom as given)."""
    label_width = max([cached_width(c, writer.chart_font, 8) for c in categories] + [40]) + 8
    legend_rows = _legend_rows(names, writer.chart_font, BODY_WIDTH - label_width) if names else 0
    legend_height = legend_rows * 10 + 4 if names else 0
    row = 14 if stacked or len(series) == 1 else 7 * len(series) + 6
    height = max(60.0, row * len(categories) + 24 + legend_height)
    d = Drawing(BODY_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16 + legend_height
    chart.width, chart.height = BODY_WIDTH - label_width - 24, height - 22 - legend_height
    chart.data = [list(reversed(s)) for s in series]
    chart.categoryAxis.categoryNames = list(reversed(categories))
    chart.categoryAxis.labels.fontName = writer.chart_font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(
        [sum(col) for col in zip(*series, strict=True)]
        if stacked
        else [max(s, default=0) for s in series] + [0]
    )
    if percent:
        chart.valueAxis.valueMax = 1
        chart.valueAxis.valueStep = 0.25
        chart.valueAxis.labelTextFormat = lambda v: f"{v:.0%}"
    else:
        chart.valueAxis.valueMax = max(1, top)
        chart.valueAxis.valueStep = _step(top)
        chart.valueAxis.labelTextFormat = "%d"
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barSpacing = 1
    chart.groupSpacing = 4
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = None
    d.add(chart)
    if names:
        legend = Legend()
        legend.fontName = writer.chart_font
        legend.fontSize = 7
        legend.x, legend.y = label_width, legend_height - 2
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.dx = legend.dy = 6
        legend.deltax = 4
        legend.dxTextSpace = 3
        legend.colorNamePairs = list(zip(fills, names, strict=True))
        legend.boxAnchor = "nw"
        legend.subCols.minWidth = 0
        _legend_columns(legend, names, writer.chart_font, BODY_WIDTH - label_width)
        d.add(legend)
    return d


def _legend_rows(names: Sequence[str], font: str, width: float) -> int:
    per = max(cached_width(n, font, 7) for n in names) + 16
    fit = max(1, int(width // per))
    return max(1, -(-len(names) // fit))


def _legend_columns(legend: Legend, names: Sequence[str], font: str, width: float) -> None:
    """One row of entries when they fit, else as many rows as needed."""
    legend.columnMaximum = _legend_rows(names, font, width)
    legend.deltax = max(cached_width(n, font, 7) for n in names) + 16
    legend.deltay = 10


def _step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if top / step <= 8:
            return step
    return 1000


def _heat(writer: _Writer, figures: MissionFigures) -> Drawing:
    """The sector-pair matrix as a table of shaded cells: held (scheduled)."""
    pairs = figures.sector_pairs
    rows, cols = pairs.turin_sectors, pairs.nagoya_sectors
    font = writer.chart_font
    lang = writer.lang.value
    row_names = [nfc(w.SECTOR_NAMES[s].template(lang)) for s in rows]
    col_names = [nfc(w.SECTOR_NAMES[s].template(lang)) for s in cols]
    label_width = max([cached_width(n, font, 7) for n in row_names] + [30]) + 8
    cell_w = min(48.0, (BODY_WIDTH - label_width) / max(1, len(cols)))
    cell_h = 16.0
    head = 60.0  # column names turned 45°
    d = Drawing(BODY_WIDTH, head + cell_h * len(rows) + 4)
    top = max([c.held or c.scheduled for c in pairs.cells] + [1])
    from reportlab.graphics.shapes import Group, Rect, String

    for j, name in enumerate(col_names):
        g = Group(String(0, 0, name, fontName=font, fontSize=7))
        g.translate(label_width + j * cell_w + cell_w / 2, cell_h * len(rows) + 4)
        g.rotate(45)
        d.add(g)
    for i, (sector, name) in enumerate(zip(rows, row_names, strict=True)):
        y = cell_h * (len(rows) - 1 - i)
        d.add(String(label_width - 4, y + 5, name, fontName=font, fontSize=7, textAnchor="end"))
        for j, other in enumerate(cols):
            cell = pairs.cell(sector, other)
            value = cell.held if figures.funnel.held else cell.scheduled
            share = value / top
            fill = colors.linearlyInterpolatedColor(
                colors.HexColor("#f7fbff"), colors.HexColor("#08306b"), 0, 1, share
            )
            x = label_width + j * cell_w
            d.add(Rect(x, y, cell_w - 1, cell_h - 1, fillColor=fill, strokeColor=None))
            if cell.scheduled:
                text = f"{cell.held} ({cell.scheduled})"
                d.add(
                    String(
                        x + cell_w / 2,
                        y + 5,
                        text,
                        fontName=LATIN,
                        fontSize=6.5,
                        textAnchor="middle",
                        fillColor=colors.white if share > 0.5 else colors.black,
                    )
                )
    return d


# --- the document -----------------------------------------------------------------------------


def _when(figures: MissionFigures, lang: Lang) -> str:
    start, end = figures.start_date, figures.end_date
    if start is None or end is None:
        return w.NO_DATES().text(lang.value)
    return w.DATES(
        start=format_date(start, lang, weekday=False), end=format_date(end, lang, weekday=False)
    ).text(lang.value)


def _title_page(wr: _Writer, figures: MissionFigures, today: date) -> None:
    lang = wr.lang
    c = wr.c
    name = nfc(figures.mission.in_(lang))
    y = HEIGHT * 0.62
    title = wr.t(w.TITLE)
    c.setFillColor(ACCENT)
    draw_string(c, WIDTH / 2, y, title, face_for(title, bold=True), 26, anchor="centre")
    c.setFillColor(BLACK)
    for line in _wrap(name, 18, BODY_WIDTH):
        y -= 30
        draw_string(c, WIDTH / 2, y, line, face_for(line, bold=True), 18, anchor="centre")
    for text in (
        _when(figures, lang),
        wr.t(w.HOST, city=figures.host_city),
        wr.t(w.SUBTITLE),
        wr.t(w.PREPARED, date=format_date(today, lang, weekday=False)),
    ):
        y -= 24
        draw_string(c, WIDTH / 2, y, nfc(text), face_for(text), 11, anchor="centre")
    if figures.nothing_scheduled:
        y -= 40
        for line in _wrap(wr.t(w.NOTHING_SCHEDULED), 11, BODY_WIDTH - 40):
            c.setFillColor(NAGOYA_COLOUR)
            draw_string(c, WIDTH / 2, y, line, face_for(line, bold=True), 11, anchor="centre")
            c.setFillColor(BLACK)
            y -= 16


def report_pdf(figures: MissionFigures, lang: DocumentLanguage, today: date) -> bytes:
    """The report on ``figures``' mission in ``lang``, as PDF bytes."""
    register_fonts()
    lang = Lang(lang)
    title = nfc(w.TITLE().text(lang.value))
    frame = PageFrame(
        title=title,
        reader="",
        mission=nfc(figures.mission.in_(lang)),
        version=nfc(_when(figures, lang)),
        zone_note="",
        lang=lang,
    )
    out = io.BytesIO()
    c = paged_canvas(out, frame, pagesize=A4)
    wr = _Writer(c, frame, lang)
    _title_page(wr, figures, today)
    wr.page_started = True
    wr.new_page()
    _attendance(wr, figures)
    _funnel(wr, figures)
    _sector_pairs(wr, figures)
    _interpreters(wr, figures)
    _outcomes(wr, figures)
    _promising(wr, figures)
    _comparison(wr, figures)
    c.showPage()
    c.save()
    return out.getvalue()


def _side(wr: _Writer, side: Side) -> str:
    return wr.t(w.SIDE_NAMES[side])


def _sector(wr: _Writer, sector: object) -> str:
    return wr.t(w.SECTOR_NAMES[sector])  # type: ignore[index]


def _attendance(wr: _Writer, f: MissionFigures) -> None:
    a = f.attendance
    wr.heading(wr.t(w.S_ATTENDANCE))
    wr.chart(
        _bars(
            wr,
            [_side(wr, s) for s in SIDES],
            [[a.side(s).participants for s in SIDES], [a.side(s).organisations for s in SIDES]],
            [ACCENT, colors.HexColor("#9dc3e6")],
            [wr.t(w.PARTICIPANTS), wr.t(w.ORGANISATIONS)],
        )
    )
    wr.table(
        [wr.t(w.SIDE), wr.t(w.PARTICIPANTS), wr.t(w.ORGANISATIONS)],
        [[_side(wr, x.side), x.participants, x.organisations] for x in a.by_side],
    )
    chart = _bars(
        wr,
        [_sector(wr, x.sector) for x in a.by_sector],
        [
            [x.turin_organisations for x in a.by_sector],
            [x.nagoya_organisations for x in a.by_sector],
        ],
        [TURIN_COLOUR, NAGOYA_COLOUR],
        [wr.t(w.TURIN_ORGANISATIONS), wr.t(w.NAGOYA_ORGANISATIONS)],
    )
    wr.heading(wr.t(w.S_BY_SECTOR), 11, keep=chart.height + 4)
    wr.chart(chart)
    wr.table(
        [
            wr.t(w.SECTOR),
            wr.t(w.TURIN_ORGANISATIONS),
            wr.t(w.NAGOYA_ORGANISATIONS),
            wr.t(w.TURIN_PARTICIPANTS),
            wr.t(w.NAGOYA_PARTICIPANTS),
        ],
        [
            [
                _sector(wr, x.sector),
                x.turin_organisations,
                x.nagoya_organisations,
                x.turin_participants,
                x.nagoya_participants,
            ]
            for x in a.by_sector
        ],
    )
    wr.note(wr.t(w.SEVERAL_SECTORS))


def _funnel(wr: _Writer, f: MissionFigures) -> None:
    fu = f.funnel
    wr.new_page()
    wr.heading(wr.t(w.S_FUNNEL))
    if f.nothing_scheduled:
        wr.note(wr.t(w.NOTHING_SCHEDULED), 10)
    stages = [wr.t(w.REQUESTED), wr.t(w.SCHEDULED), wr.t(w.HELD)]
    wr.chart(_bars(wr, stages, [[fu.requested, fu.scheduled, fu.held]], [ACCENT]))
    wr.table(
        [wr.t(w.STAGE), wr.t(w.MEETINGS)],
        [
            [wr.t(w.REQUESTS), fu.requests],
            *(
                _row(s, v)
                for s, v in zip(stages, (fu.requested, fu.scheduled, fu.held), strict=True)
            ),
        ],
        [3, 1],
    )
    wr.heading(wr.t(w.S_NOT_SCHEDULED), 11)
    reasons = [
        (WhyNot.NO_SLOT, fu.no_slot),
        (WhyNot.NO_INTERPRETER, fu.no_interpreter),
        (WhyNot.OTHER, fu.other_reason),
    ]
    names = [wr.t(w.WHY_NOT_NAMES[k]) for k, _ in reasons]
    wr.chart(_bars(wr, names, [[v for _, v in reasons]], [NAGOYA_COLOUR]))
    wr.table(
        [wr.t(w.REASON), wr.t(w.MEETINGS)],
        [[n, v] for n, (_, v) in zip(names, reasons, strict=True)],
        [3, 1],
    )
    wr.heading(wr.t(w.S_NOT_HELD), 11)
    keys = list(w.NOT_HELD_NAMES)
    names = [wr.t(w.NOT_HELD_NAMES[k]) for k in keys]
    values = [int(getattr(fu, k)) for k in keys]
    wr.chart(_bars(wr, names, [values], [NAGOYA_COLOUR]))
    wr.table(
        [wr.t(w.REASON), wr.t(w.MEETINGS)],
        [[n, v] for n, v in zip(names, values, strict=True)],
        [3, 1],
    )


def _sector_pairs(wr: _Writer, f: MissionFigures) -> None:
    wr.new_page()
    wr.heading(wr.t(w.S_SECTOR_PAIRS))
    wr.note(wr.t(w.SECTOR_PAIRS_NOTE))
    if f.nothing_scheduled:
        wr.note(wr.t(w.NOTHING_SCHEDULED))
        return
    wr.chart(_heat(wr, f))  # its cells write the numbers (the .xlsx lists them too)
    wr.note(wr.t(w.SEVERAL_SECTORS))


def _interpreters(wr: _Writer, f: MissionFigures) -> None:
    wr.heading(wr.t(w.S_INTERPRETERS))
    if not f.interpreters:
        wr.note(wr.t(w.NO_INTERPRETERS))
        return
    wr.note(wr.t(w.UTILISATION_NOTE))
    names = [nfc(u.name.in_(wr.lang)) for u in f.interpreters]
    wr.chart(_bars(wr, names, [[u.utilisation for u in f.interpreters]], [ACCENT], percent=True))
    wr.table(
        [
            wr.t(w.INTERPRETER),
            wr.t(w.AVAILABLE_SLOTS),
            wr.t(w.SCHEDULED),
            wr.t(w.HELD),
            wr.t(w.UTILISATION),
        ],
        [
            [n, u.available_slots, u.meetings, u.held, u.utilisation]
            for n, u in zip(names, f.interpreters, strict=True)
        ],
    )


def _outcomes(wr: _Writer, f: MissionFigures) -> None:
    wr.new_page()
    wr.heading(wr.t(w.S_OUTCOMES))
    if not f.headline.answers:
        wr.note(wr.t(w.NO_OUTCOMES))
    outcome_names = [wr.t(w.OUTCOME_NAMES[o]) for o in OUTCOMES] + [wr.t(w.UNANSWERED)]
    for side in SIDES:
        rows = [o for o in f.outcomes if o.side is side]
        if not rows:
            continue
        series = [[r.counts[i] for r in rows] for i in range(len(OUTCOMES))] + [
            [r.unanswered for r in rows]
        ]
        chart = _bars(
            wr,
            [_sector(wr, r.sector) for r in rows],
            series,
            OUTCOME_COLOURS,
            outcome_names,
            stacked=True,
        )
        wr.heading(wr.t(w.S_OUTCOMES_SIDE, side=_side(wr, side)), 11, keep=chart.height + 4)
        wr.chart(chart)
        wr.table(
            [wr.t(w.SECTOR), *outcome_names],
            [[_sector(wr, r.sector), *r.counts, r.unanswered] for r in rows],
            [2.2] + [1.0] * (len(OUTCOMES) + 1),
            size=7,
        )
    wr.note(wr.t(w.SEVERAL_SECTORS))


def _answer(wr: _Writer, outcome: object) -> str:
    return wr.t(w.OUTCOME_NAMES[outcome])  # type: ignore[index]


def _promising(wr: _Writer, f: MissionFigures) -> None:
    wr.heading(wr.t(w.S_PROMISING))
    if not f.promising:
        wr.note(wr.t(w.NO_PROMISING))
        return
    wr.note(wr.t(w.PROMISING_RULE))
    wr.table(
        [
            wr.t(w.RANK),
            wr.t(w.TURIN_ORGANISATION),
            wr.t(w.NAGOYA_ORGANISATION),
            wr.t(w.TURIN_ANSWER),
            wr.t(w.NAGOYA_ANSWER),
            wr.t(w.FOLLOW_UPS),
        ],
        [
            [
                str(i),
                nfc(p.turin.in_(wr.lang)),
                nfc(p.nagoya.in_(wr.lang)),
                _answer(wr, p.turin_outcome),
                _answer(wr, p.nagoya_outcome),
                p.follow_ups,
            ]
            for i, p in enumerate(f.promising, start=1)
        ],
        [0.5, 2.6, 2.6, 1.8, 1.8, 1.0],
        size=7,
    )


def _comparison(wr: _Writer, f: MissionFigures) -> None:
    wr.new_page()
    wr.heading(wr.t(w.S_COMPARISON))
    previous = f.previous
    if previous is None:
        wr.note(wr.t(w.NO_PREVIOUS))
        return
    wr.note(wr.t(w.COMPARED_WITH, mission=nfc(previous.mission.in_(wr.lang))))
    keys = ["requested", "scheduled", "held", "answers", "concrete_answers", "follow_ups"]
    wr.chart(
        _bars(
            wr,
            [wr.t(w.HEADLINE_NAMES[k]) for k in keys],
            [[getattr(f.headline, k) for k in keys], [getattr(previous.headline, k) for k in keys]],
            [ACCENT, colors.HexColor("#bfbfbf")],
            [wr.t(w.THIS_MISSION), wr.t(w.PREVIOUS_MISSION)],
        )
    )
    wr.table(
        [wr.t(w.FIGURE), wr.t(w.THIS_MISSION), wr.t(w.PREVIOUS_MISSION)],
        [
            [wr.t(w.HEADLINE_NAMES[k]), getattr(f.headline, k), getattr(previous.headline, k)]
            for k in HEADLINE_FIELDS
        ],
        [3, 1, 1],
    )
