"""The page frame every document shares (agendas, table sheets, the master grid): the mission
and the reader on top; "version N of <date>", the time zone and "page 2 of 5" at the bottom;
the margins and colours; a canvas that draws the footers once the page count is known.
"""

from __future__ import annotations

import functools
import zlib
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from app.core.agenda_data import MissionData
from app.core.language import Label, city_name, format_date, label
from app.documents.fonts import cached_width, draw_string, face_for, new_canvas
from app.model import DocumentLanguage

Lang = DocumentLanguage
BLACK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")  # head rows
BREAK_TINT = colors.HexColor("#f7f1e3")  # a session's break: warm, unlike the head rows
ACCENT = colors.HexColor("#1f4e79")


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
    """The mission's name in the reader's language (English when that form is missing)."""
    return data.mission.names.in_(lang)


def delegation_name(data: MissionData, delegation_id: int | None, lang: DocumentLanguage) -> str:
    """The delegation's name in the reader's language; "" for none."""
    found = data.delegations.get(delegation_id) if delegation_id is not None else None
    return found.names.in_(lang) if found is not None else ""


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
    """``text`` cut with an ellipsis to ``width`` points (a header is one line). Not the
    badges' ``_ellipsis``, which also drops the space before the ellipsis and may return
    nothing: the headers have always been cut this way."""
    font = face_for(text, bold=bold).name
    if cached_width(text, font, size) <= width:
        return text
    while text and cached_width(text + "…", font, size) > width:
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
        # Each file embeds its font subsets and their character maps, compressed; in 500
        # agendas they are the same few: compressed once (the same bytes come out).
        flate, pdfdoc.PDFZCompress = pdfdoc.PDFZCompress, _REMEMBERED_FLATE
        try:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, self._frame, number, total)
                Canvas.showPage(self)
            Canvas.save(self)
        finally:
            rl_config.useA85 = a85
            pdfdoc.PDFZCompress = flate


class _RememberedFlate(pdfdoc.PDFStreamFilterZCompress):
    """reportlab's Flate filter, remembering the streams it compressed last."""

    def encode(self, text: str | bytes) -> bytes:
        return _flate(text.encode("utf8") if isinstance(text, str) else text)


@functools.lru_cache(maxsize=64)
def _flate(data: bytes) -> bytes:
    return zlib.compress(data)


_REMEMBERED_FLATE = _RememberedFlate()


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
