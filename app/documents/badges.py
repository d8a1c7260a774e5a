"""Badges: draws what a layout (``badge_layouts``) says, for people read by ``badge_data``.

The renderer decides nothing about positions: the layout holds them. What is decided here is
the *content* of each element (which script goes first for whom, the bilingual labels, the
QR code's text) and how text fits its box: it shrinks down to the element's minimum size,
then wraps to two lines where the layout allows, then ends with an ellipsis. Nothing is ever
drawn outside its box. The QR codes themselves come from :mod:`app.documents.qr`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from app.common import messages as common_msg
from app.common.files import atomic_path
from app.core.check_in_codes import badge_code
from app.core.text import clean, has_japanese
from app.documents import messages as msg
from app.documents.badge_data import BadgeBatch, BadgePerson
from app.documents.badge_layouts import (
    MM,
    Align,
    BandText,
    Cut,
    Element,
    ElementKind,
    Layout,
    QrContent,
    Sheet,
)
from app.documents.errors import DocumentError
from app.documents.fonts import Face, draw_string, face_for, new_canvas, string_width
from app.documents.qr import QUIET_MODULES, Matrix, draw_qr, qr_matrix
from app.documents.vcard import vcard, vcards
from app.model.enums import BadgeCategory, Side

# Baseline-to-baseline distance, and where the baseline sits in a line, as fractions of the
# font size: chosen so that both faces' ascenders and descenders stay inside the line.
LEADING = 1.2
BASELINE = 0.92
ELLIPSIS = "…"


@dataclass(frozen=True)
class SideStyle:
    colour: str
    legend: str


# The colours of the two cities' delegations, and the word on the band.
SIDE_STYLES: dict[Side | None, SideStyle] = {
    Side.TURIN: SideStyle("#1d4f91", "TORINO · トリノ"),  # Turin's blue
    Side.NAGOYA: SideStyle("#b3282d", "NAGOYA · 名古屋"),  # Nagoya's red (the city's emblem)
    None: SideStyle("#5f6368", ""),
}

CATEGORY_LABELS: dict[BadgeCategory, str] = {
    BadgeCategory.DELEGATE: "Delegate · 代表団",
    BadgeCategory.SPEAKER: "Speaker · 登壇者",
    BadgeCategory.VIP: "VIP · 来賓",
    BadgeCategory.STAFF: "Staff · スタッフ",
    BadgeCategory.PRESS: "Press · 報道",
    BadgeCategory.INTERPRETER: "Interpreter · 通訳",
}


@dataclass(frozen=True)
class CategoryStyle:
    colour: str  # the band's fill
    ink: str  # its legend, legible on the fill


# A band that shows the category (``"text": "category"``) takes the category's colour, so that
# a speaker, a VIP or the press are told apart at a glance, whatever their side. The fills'
# grey levels (0.299 R + 0.587 G + 0.114 B: 17, 50, 93, 135, 171, 208) are at least 32 apart,
# so a greyscale print tells them apart too, besides the word on the band.
CATEGORY_STYLES: dict[BadgeCategory, CategoryStyle] = {
    BadgeCategory.VIP: CategoryStyle("#111111", "#e8c547"),  # black, gold letters
    BadgeCategory.STAFF: CategoryStyle("#4a148c", "#ffffff"),  # purple
    BadgeCategory.DELEGATE: CategoryStyle("#2e7d32", "#ffffff"),  # green
    BadgeCategory.SPEAKER: CategoryStyle("#ef6c00", "#ffffff"),  # orange
    BadgeCategory.INTERPRETER: CategoryStyle("#4dd0e1", "#111111"),  # light blue
    BadgeCategory.PRESS: CategoryStyle("#fdd835", "#111111"),  # yellow
}


@dataclass(frozen=True)
class BadgeOptions:
    """How to print: the QR content (None: the layout's), the first label, crop marks."""

    qr: QrContent | None = None
    start_at: int = 1
    crop_marks: bool = False


@dataclass(frozen=True)
class BadgeResult:
    path: Path
    badges: int
    pages: int


# --- content -----------------------------------------------------------------------------


def japanese_first(person: BadgePerson) -> bool:
    """A person with a kanji name reads their name in kanji first."""
    return person.kanji_name is not None


def element_text(kind: ElementKind, person: BadgePerson) -> str:
    """The text an element shows for ``person`` ("" when there is nothing to show)."""
    ja = japanese_first(person)
    if kind is ElementKind.NAME:
        return (person.kanji_name if ja else person.latin_name) or ""
    if kind is ElementKind.SECOND_NAME:
        return person.latin_name if ja else (person.kana_name or "")
    first, other = person.organisation, person.organisation_ja
    if ja:
        first, other = other or first, first
    if kind is ElementKind.ORGANISATION:
        return first or other or ""
    if kind is ElementKind.ORGANISATION_OTHER:
        return other if other and other != first else ""
    if kind is ElementKind.TITLE:
        first_title, other_title = (
            (person.title_ja, person.title) if ja else (person.title, person.title_ja)
        )
        return first_title or other_title or ""
    if kind is ElementKind.CATEGORY:
        return CATEGORY_LABELS[person.category]
    return ""


def family_part(kind: ElementKind, person: BadgePerson) -> str:
    """The part of a name element's text that fitting must keep whole: the family name ("" for
    other elements, or when it cannot be told). A Japanese name is written family name first,
    before its first space."""
    if kind not in (ElementKind.NAME, ElementKind.SECOND_NAME):
        return ""
    text = clean(element_text(kind, person))
    if has_japanese(text):
        family, space, _given = text.replace("\u3000", " ").partition(" ")
        return family if space else ""
    family = clean(person.family_name)
    return family if family and (text.startswith(family) or text.endswith(family)) else ""


def band_text(kind: BandText, person: BadgePerson) -> str:
    if kind is BandText.SIDE:
        return SIDE_STYLES[person.side].legend
    if kind is BandText.CATEGORY:
        return CATEGORY_LABELS[person.category].upper()
    return ""


# The smallest module a vCard is printed with: a phone's camera reads it on a badge held at
# arm's length (0.32 mm, the old 18 mm code of the 90 × 54 badge, was too small).
MIN_MODULE_MM = 0.4


def module_mm(matrix: Matrix, side_mm: float) -> float:
    """The size of one module of ``matrix`` drawn in a ``side_mm`` square (with its quiet
    zone, as :func:`draw_qr` draws it)."""
    return side_mm / (matrix.shape[0] + 2 * QUIET_MODULES)


def qr_text(
    content: QrContent, person: BadgePerson, mission_id: int, side_mm: float | None = None
) -> str:
    """The QR payload: the check-in code (``PNT`` and the person's secret token,
    :func:`app.core.check_in_codes.badge_code`), or a vCard 3.0 (:mod:`app.documents.vcard`):
    the whole card, or, when its modules in a ``side_mm`` square would be under
    ``MIN_MODULE_MM``, the first shorter card whose modules are not (the shortest if none
    is)."""
    if content is QrContent.CHECKIN:
        return badge_code(person.check_in_token)
    if side_mm is None:
        return vcard(person)
    return _qr_code(content, person, mission_id, side_mm)[0]


def _qr_code(
    content: QrContent, person: BadgePerson, mission_id: int, side_mm: float
) -> tuple[str, Matrix]:
    """The payload :func:`qr_text` chooses for a ``side_mm`` square, and its symbol (each
    card is encoded once)."""
    if content is QrContent.CHECKIN:
        text = qr_text(content, person, mission_id)
        return text, qr_matrix(text)
    cards = vcards(person)
    card = next(cards)  # the whole card
    matrix = qr_matrix(card)
    for shorter in cards:
        if module_mm(matrix, side_mm) >= MIN_MODULE_MM:
            break
        card, matrix = shorter, qr_matrix(shorter)
    return card, matrix


# --- fitting text ------------------------------------------------------------------------


@dataclass(frozen=True)
class Fitted:
    """Text as it will be drawn: its lines, face and size (points)."""

    lines: tuple[str, ...]
    face: Face
    size: float


def fit_text(
    text: str,
    width: float,
    height: float,
    *,
    size: float,
    min_size: float,
    lines: int,
    bold: bool = False,
    cut: Cut = Cut.END,
    keep: str = "",
) -> Fitted:
    """Fit ``text`` in a ``width`` × ``height`` box (points): shrink, then wrap, then cut.

    ``keep``: a part at the start or the end of ``text`` that must survive whole (a name's
    family name). When the text does not fit whole at ``min_size`` even on lines broken at
    spaces, :func:`_fit_keeping` breaks it anywhere, then shortens the rest (the given name),
    and only then lets the kept part alone shrink below ``min_size``."""
    face = face_for(text, bold=bold)
    unit = string_width(text, face, 1.0) or 1.0
    # The box's height caps the size too, so a tight box never lets a line overflow it.
    cap1 = min(size, height / LEADING)
    one = min(cap1, width / unit)
    if one >= min_size or (lines == 1 and one >= cap1):
        return Fitted((text,), face, _floor(one))
    if lines >= 2:
        cap2 = min(size, height / (2 * LEADING))
        split = _best_split(text, face)
        if split is not None:
            widest = max(string_width(part, face, 1.0) for part in split) or 1.0
            two = min(cap2, width / widest)
            if two >= min(min_size, cap2):
                return Fitted(split, face, _floor(two))
    kept = _fit_keeping(text, keep.strip(), face, width, height, size, min_size, lines)
    if kept is not None:
        return kept
    if lines >= 2:
        small = min(min_size, cap2)
        return Fitted(_cut_two(text, face, small, width, cut), face, small)
    small = min(min_size, cap1)
    if cut is Cut.MIDDLE:
        return Fitted((_ellipsis_middle(text, face, small, width),), face, small)
    return Fitted((_ellipsis(text, face, small, width),), face, small)


def _floor(size: float) -> float:
    return int(size * 4) / 4  # quarter points: steady sizes, never rounded up past the box


# How far a kept part (a family name) may shrink below its element's minimum size before it
# is cut too: a 100-letter family name on a 82 mm line needs about 7.5 pt on two lines.
KEEP_FLOOR = 4.5
# A shortened given name is chosen only while it costs the family name little size.
_KEEP_SHARE = 0.9


def _fit_keeping(
    text: str,
    keep: str,
    face: Face,
    width: float,
    height: float,
    size: float,
    min_size: float,
    lines: int,
) -> Fitted | None:
    """``text`` fitted so that ``keep`` (its start or its end) survives whole, or None when
    there is nothing to keep. In order: the whole text, broken anywhere if a word is longer
    than a line; the rest shortened ("Maria Vittoria …", then an initial "M."); the kept part
    alone. Each at ``min_size`` or more, or, when the kept part alone needs less (down to
    :data:`KEEP_FLOOR`), at nearly its size. Last, the kept part alone cut in its middle."""
    text = text.strip()
    if not keep or keep == text or not (text.startswith(keep) or text.endswith(keep)):
        return None
    least = min(min_size, size, height / (lines * LEADING))  # a low box caps the size too
    floor = min(least, KEEP_FLOOR)
    alone = _largest(keep, face, width, height, size, floor, lines)
    if alone is not None:
        # Each form in turn, the whole text first, at the element's minimum size or, when
        # even the kept part alone needs less, at nearly that part's own size.
        enough = min(least, max(floor, _KEEP_SHARE * alone.size))
        for candidate in (text, *_shortened(text, keep)):
            fitted = _largest(candidate, face, width, height, size, enough, lines)
            if fitted is not None:
                return fitted
        return alone
    if lines >= 2:
        return Fitted(_cut_two(keep, face, floor, width, Cut.MIDDLE), face, floor)
    return Fitted((_ellipsis_middle(keep, face, floor, width),), face, floor)


def _shortened(text: str, keep: str) -> list[str]:
    """``text`` with its part other than ``keep`` (the given name) shorter and shorter: whole
    words dropped from its end behind an ellipsis, then its initial (Latin only: a Japanese
    given name is not shortened to one character)."""
    at_start = text.startswith(keep)
    other = (text[len(keep) :] if at_start else text[: len(text) - len(keep)]).strip()
    if not other:
        return []
    words = other.split()
    forms = [" ".join(words[:n]) + " " + ELLIPSIS for n in range(len(words) - 1, 0, -1)]
    if not has_japanese(other):
        forms.append(words[0][0] + ".")
    return [f"{keep} {form}" if at_start else f"{form} {keep}" for form in forms]


def _largest(
    text: str,
    face: Face,
    width: float,
    height: float,
    size: float,
    least: float,
    lines: int,
) -> Fitted | None:
    """``text`` whole on at most ``lines`` lines, at the largest size from ``least`` up to
    ``size`` (quarter points) that the box allows, or None. Two lines break at a space where
    that fits, else anywhere (one long word)."""
    best: Fitted | None = None
    one = min(size, height / LEADING, width / (string_width(text, face, 1.0) or 1.0))
    if one >= least:
        best = Fitted((text,), face, _floor(one))
    if lines >= 2:
        cap = _floor(min(size, height / (2 * LEADING)))
        low, high = int(least * 4 - 1e-9) + 1, int(cap * 4)  # quarter points, both ends in
        found: tuple[str, ...] | None = None
        while low <= high:  # the largest size whose two lines fit
            middle = (low + high) // 2
            two = _two_lines(text, face, middle / 4, width)
            if two is None:
                high = middle - 1
            else:
                found, low = two, middle + 1
        if found is not None and (best is None or high / 4 > best.size):
            best = Fitted(found, face, high / 4)
    return best


def _two_lines(text: str, face: Face, size: float, width: float) -> tuple[str, ...] | None:
    """``text`` on at most two lines of ``width`` at ``size``: split at the best space if
    both halves fit; else, when a word is longer than a line (a 100-letter family name), the
    first line filled character by character; None if it does not fit."""
    if string_width(text, face, size) <= width:
        return (text,)
    split = _best_split(text, face)
    if split is not None and all(string_width(part, face, size) <= width for part in split):
        return split
    if all(string_width(word, face, size) <= width for word in text.split()):
        return None  # words that fit a line are not broken: the given name is shortened
    end = 0
    while end < len(text) and string_width(text[: end + 1], face, size) <= width:
        end += 1
    first, rest = text[:end].rstrip(), text[end:].lstrip()
    if first and rest and string_width(rest, face, size) <= width:
        return (first, rest)
    return None


def _break_points(text: str) -> list[int]:
    """Where a line may break: at spaces; anywhere in Japanese (or in one unbroken word)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if spaces and not has_japanese(text):
        return spaces
    return list(range(1, len(text)))


def _best_split(text: str, face: Face) -> tuple[str, str] | None:
    """The two-line split whose longer line is the shortest."""
    best: tuple[float, tuple[str, str]] | None = None
    for i in _break_points(text):
        first, second = text[:i].rstrip(), text[i:].lstrip()
        if not first or not second:
            continue
        widest = max(string_width(first, face, 1.0), string_width(second, face, 1.0))
        if best is None or widest < best[0]:
            best = (widest, (first, second))
    return best[1] if best else None


def _ellipsis(text: str, face: Face, size: float, width: float) -> str:
    if string_width(text, face, size) <= width:
        return text
    cut = len(text)
    while cut > 0 and string_width(text[:cut].rstrip() + ELLIPSIS, face, size) > width:
        cut -= 1
    return text[:cut].rstrip() + ELLIPSIS if cut else ""


def _spaced(text: str) -> str:
    """What sits beside an ellipsis: a space in text of words, nothing in Japanese."""
    return " " if " " in text and not has_japanese(text) else ""


def _ellipsis_middle(text: str, face: Face, size: float, width: float) -> str:
    """``text`` with its middle replaced by an ellipsis: both ends stay (a name's given and
    family names, whatever their order)."""
    if string_width(text, face, size) <= width:
        return text
    gap = _spaced(text)

    def joined(head: int, tail: int) -> str:
        return f"{text[:head].rstrip()}{gap}{ELLIPSIS}{gap}{text[len(text) - tail :].lstrip()}"

    head, tail = 0, 0
    grown = True
    while grown:  # grow the two ends in turn while the result fits
        grown = False
        if (
            head + tail + 1 < len(text)
            and string_width(joined(head + 1, tail), face, size) <= width
        ):
            head, grown = head + 1, True
        if (
            head + tail + 1 < len(text)
            and string_width(joined(head, tail + 1), face, size) <= width
        ):
            tail, grown = tail + 1, True
    if head == 0 or tail == 0:
        return _ellipsis(text, face, size, width)
    if gap:  # whole words only, where a word boundary falls inside each end
        start, end = text[:head], text[len(text) - tail :]
        if " " not in text[head - 1 : head + 1] and " " in start.strip():
            head = start.rstrip().rindex(" ")
        cut_at = len(text) - tail
        if " " not in text[cut_at - 1 : cut_at + 1] and " " in end.strip():
            tail = len(end.lstrip()) - end.lstrip().index(" ") - 1
    return joined(head, tail)


def _first_line(text: str, face: Face, size: float, width: float) -> int:
    """Where the first of two lines ends: at the last break point that fits, or character by
    character when no break point fits (one unbroken word)."""
    end = 0
    for i in (*_break_points(text), len(text)):
        if string_width(text[:i].rstrip(), face, size) <= width:
            end = i
    if end == 0:
        while end < len(text) and string_width(text[: end + 1], face, size) <= width:
            end += 1
    return end


def _cut_two(text: str, face: Face, size: float, width: float, cut: Cut) -> tuple[str, ...]:
    """Two lines at the smallest size when the text is still too long: the first line filled
    as far as it goes, then the rest cut at its end, or (``Cut.MIDDLE``) the second line
    holding the text's end after an ellipsis."""
    first_end = _first_line(text, face, size, width)
    first, rest = text[:first_end].rstrip(), text[first_end:].lstrip()
    if not rest:
        return (first,)
    if cut is Cut.END or string_width(rest, face, size) <= width:
        return (first, _ellipsis(rest, face, size, width))
    # The end of the text, from a break point (or a character) on, after an ellipsis.
    lead = ELLIPSIS + _spaced(text)
    for start in range(1, len(rest)):
        at_break = rest[start - 1] == " " or not _spaced(text)
        if at_break and string_width(lead + rest[start:].lstrip(), face, size) <= width:
            return (first, lead + rest[start:].lstrip())
    return (first, _ellipsis(rest, face, size, width))


# --- drawing -----------------------------------------------------------------------------


class _BadgeDrawer:
    """Draws badges of one layout on a canvas; holds the layout's derived values."""

    def __init__(
        self,
        canvas: Canvas,
        layout: Layout,
        qr: QrContent,
        mission_id: int,
        mission_name: str = "",
    ) -> None:
        self.canvas = canvas
        self.layout = layout
        self.qr = qr
        self.mission_id = mission_id
        self.mission_name = mission_name
        self.page_height = layout.sheet.page_height * MM

    def badge(self, person: BadgePerson, slot: int) -> None:
        left_mm, top_mm = self.layout.sheet.label_origin(slot)
        for element in self.layout.elements:
            # The element's box in points, from the page's bottom left (reportlab's origin).
            x = (left_mm + element.x) * MM
            top = self.page_height - (top_mm + element.y) * MM
            width, height = element.width * MM, element.height * MM
            if element.kind is ElementKind.BAND:
                self.band(element, person, x, top, width, height)
            elif element.kind is ElementKind.QR:
                side = min(width, height)
                _, matrix = _qr_code(self.qr, person, self.mission_id, side / MM)
                draw_qr(self.canvas, matrix, x + (width - side) / 2, top - side, side)
            else:
                text = element_text(element.kind, person)
                keep = family_part(element.kind, person)
                self.text(element, text, x, top, width, height, keep=keep)

    def band(
        self,
        element: Element,
        person: BadgePerson,
        x: float,
        top: float,
        width: float,
        height: float,
    ) -> None:
        fill = SIDE_STYLES[person.side].colour
        text = band_text(element.band_text, person)
        if element.band_text is BandText.CATEGORY:
            style = CATEGORY_STYLES[person.category]
            fill, element = style.colour, replace(element, colour=style.ink)
        elif element.band_text is BandText.SIDE and person.side is None:
            # Someone of neither delegation (an interpreter, who serves both) wears the
            # mission's name, as an event badge does, rather than an empty grey strip; the
            # category band already says what they are. No name: no band at all.
            text = self.mission_name.upper()
            if not clean(text):
                return
        self.canvas.setFillColor(HexColor(fill))
        self.canvas.rect(x, top - height, width, height, stroke=0, fill=1)
        if text:
            pad = min(3 * MM, width / 10)
            self.text(element, text, x + pad, top, width - 2 * pad, height)

    def text(
        self,
        element: Element,
        text: str,
        x: float,
        top: float,
        width: float,
        height: float,
        *,
        keep: str = "",
    ) -> None:
        """``text`` fitted in the element's box; ``keep``: the part that must survive whole
        (:func:`family_part`)."""
        text = clean(text)
        if not text:
            return
        fitted = fit_text(
            text,
            width,
            height,
            size=element.size,
            min_size=element.min_size,
            lines=element.lines,
            bold=element.bold,
            cut=element.cut,
            keep=clean(keep),
        )
        colour = HexColor(element.colour)
        self.canvas.setFillColor(colour)
        self.canvas.setStrokeColor(colour)  # the simulated bold of the Japanese face strokes
        line_height = fitted.size * LEADING
        first_top = top - (height - line_height * len(fitted.lines)) / 2
        for n, line in enumerate(fitted.lines):
            baseline = first_top - n * line_height - fitted.size * BASELINE
            if element.align is Align.CENTRE:
                draw_string(
                    self.canvas,
                    x + width / 2,
                    baseline,
                    line,
                    fitted.face,
                    fitted.size,
                    anchor="centre",
                )
            elif element.align is Align.RIGHT:
                draw_string(
                    self.canvas, x + width, baseline, line, fitted.face, fitted.size, anchor="right"
                )
            else:
                draw_string(self.canvas, x, baseline, line, fitted.face, fitted.size)

    def crop_marks(self) -> None:
        """Hairlines along the cut lines, in the printable part of the page: in the margin
        beyond the labels where it is wide enough, else on the cut line itself at the labels'
        ends (a mark on the line is cut away with it)."""
        sheet: Sheet = self.layout.sheet
        xs, ys = sheet.cut_lines()
        last_left, last_top = sheet.label_origin(sheet.per_page - 1)
        grid = (
            sheet.margin_left,
            sheet.margin_top,
            last_left + sheet.label_width,
            last_top + sheet.label_height,
        )
        c = self.canvas
        c.setStrokeColor(HexColor("#000000"))
        c.setLineWidth(0.25)
        for x in xs:
            for y0, y1 in _mark_spans(grid[1], grid[3], sheet.page_height, sheet):
                c.line(x * MM, self.y_pt(y0), x * MM, self.y_pt(y1))
        for y in ys:
            for x0, x1 in _mark_spans(grid[0], grid[2], sheet.page_width, sheet):
                c.line(x0 * MM, self.y_pt(y), x1 * MM, self.y_pt(y))

    def y_pt(self, mm: float) -> float:
        """A distance from the page's top (mm) as reportlab's y (points from the bottom)."""
        return self.page_height - mm * MM


MARK_LENGTH = 5.0  # mm
MARK_GAP = 1.0  # mm between the labels and a mark in the margin: no line left on a badge
MARK_MIN = 1.5  # mm: a shorter mark in the margin is not worth drawing; it goes on the line


def _mark_spans(start: float, end: float, page: float, sheet: Sheet) -> list[tuple[float, float]]:
    """The two marks of a cut line across the labels from ``start`` to ``end`` (mm along a
    page ``page`` mm long): each in the margin beyond its end of the labels if that margin
    has room for it outside the unprintable strip, else on the line inside the labels."""
    margin = sheet.unprintable_margin
    spans = []
    for edge, room, outward in ((start, start, -1.0), (end, page - end, 1.0)):
        length = min(MARK_LENGTH, room - MARK_GAP - margin)
        if length >= MARK_MIN:
            first = edge + outward * MARK_GAP
            spans.append((first, first + outward * length))
        else:
            first = edge if room >= margin else (page - margin if outward > 0 else margin)
            spans.append((first, first - outward * MARK_LENGTH))
    return spans


def check_crop_marks(layout: Layout) -> None:
    """A :class:`DocumentError` when the layout has nothing to cut (one label the size of the
    page), so that asking for crop marks is answered rather than ignored."""
    xs, ys = layout.sheet.cut_lines()
    if not xs and not ys:
        raise DocumentError(msg.NO_CROP_MARKS(layout=layout.name))


def draw_badges(
    canvas: Canvas,
    batch: BadgeBatch,
    layout: Layout,
    options: BadgeOptions,
    people: Sequence[BadgePerson] | None = None,
) -> int:
    """Draw the batch's badges (or ``people``) on ``canvas``; return the number of pages."""
    per_page = layout.sheet.per_page
    if not 1 <= options.start_at <= per_page:
        raise DocumentError(
            msg.START_AT(layout=layout.name, per_page=per_page, start_at=options.start_at)
        )
    if options.crop_marks:
        check_crop_marks(layout)
    drawer = _BadgeDrawer(
        canvas, layout, options.qr or layout.qr, batch.mission_id, batch.mission_name
    )
    pages = 0
    for n, person in enumerate(batch.people if people is None else people):
        slot = options.start_at - 1 + n
        if slot % per_page == 0 or n == 0:
            if n > 0:
                canvas.showPage()
            pages += 1
            if options.crop_marks:
                drawer.crop_marks()
        drawer.badge(person, slot)
    canvas.showPage()
    return pages


def render_badges(
    batch: BadgeBatch, layout: Layout, destination: Path, options: BadgeOptions | None = None
) -> BadgeResult:
    """Write the batch's badges as one PDF at ``destination`` (atomically: a failure leaves
    any previous file as it was)."""
    options = options or BadgeOptions()
    sheet = layout.sheet
    with atomic_path(destination) as temporary:
        canvas = new_canvas(
            str(temporary), pagesize=(sheet.page_width * MM, sheet.page_height * MM)
        )
        canvas.setTitle(f"Badges — {batch.mission_name}")
        canvas.setAuthor("Ponte")
        canvas.setCreator("Ponte")
        pages = draw_badges(canvas, batch, layout, options)
        try:
            canvas.save()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise DocumentError(common_msg.CANNOT_WRITE(path=destination, reason=reason)) from exc
    return BadgeResult(destination, len(batch.people), pages)
