"""Text laid out by hand, for documents that must be quick (500 agendas in seconds): spans
of text wrapped into lines in the right face for every character (Japanese broken between
any two characters, with kinsoku), cells of such lines, and :class:`Flow`, which draws
blocks down the pages of a :class:`~app.documents.page.PageFrame`. The table sheets use the
same lines inside platypus tables.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from io import BytesIO
from itertools import accumulate

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import JAPANESE, LATIN, LATIN_BOLD, Face, cached_width, runs
from app.documents.page import (
    ACCENT,
    BLACK,
    BODY_BOTTOM,
    BODY_TOP,
    BREAK_TINT,
    GREY,
    MARGIN,
    RULE,
    SHADE,
    PageFrame,
    draw_header,
    paged_canvas,
)

Range = tuple[int, int]  # characters [start, end) of a span's text


@dataclass(frozen=True)
class Span:
    """Text that starts on a new line and wraps within its column. ``whole``: ranges of the
    text never broken inside while they fit on a line (people's names, see :class:`Whole`);
    a range wider than the column falls back to the ranges nested in it."""

    text: str
    size: float = 9
    bold: bool = False
    colour: colors.Color = BLACK
    whole: tuple[Range, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.text, Whole):  # a name alone: kept whole
            object.__setattr__(self, "whole", self.whole or tuple(self.text.ranges(0)))
            object.__setattr__(self, "text", str(self.text))

    @classmethod
    def joined(cls, parts: Iterable[str | Whole], size: float = 9, bold: bool = False,
               colour: colors.Color = BLACK) -> Span:  # fmt: skip
        """The ``parts`` one after the other, each :class:`Whole` kept whole."""
        text, ranges = "", []
        for part in parts:
            if isinstance(part, Whole):
                ranges += part.ranges(len(text))
            text += str(part)
        return cls(text, size, bold, colour, tuple(ranges))


def listing(names: Iterable[str], sep: str = ", ") -> list[str | Whole]:
    """``names`` with ``sep`` between them, each kept whole (for :meth:`Span.joined`)."""
    out: list[str | Whole] = []
    for name in names:
        if out:
            out.append(sep)
        out.append(Whole(name))
    return out


class Whole(str):
    """A person's name (or any text) that a line never breaks inside; if it is wider than its
    column alone, it breaks between the scripts of "山本 真由美 (Yamamoto Mayumi)", then
    between its words, and only then anywhere."""

    __slots__ = ()

    def ranges(self, at: int) -> list[Range]:
        return [(at + start, at + end) for start, end in _name_ranges(str(self))]


@functools.lru_cache(maxsize=20_000)
def _name_ranges(name: str) -> tuple[Range, ...]:
    """The whole name, its two scripts ("山本 真由美", "(Yamamoto Mayumi)"), its words."""
    out = [(0, len(name))]
    other = name.find(" (")
    if other > 0:
        out += [(0, other), (other + 1, len(name))]
    out += [(m.start(), m.end()) for m in re.finditer(r"\S+", name)]
    return tuple(out)


@dataclass(frozen=True)
class Style:
    """How a span looks: its size (points), weight and colour."""

    size: float
    bold: bool = False
    colour: colors.Color = BLACK

    def span(self, text: str) -> Span:
        return Span(text, self.size, self.bold, self.colour)

    def joined(self, parts: Iterable[str | Whole]) -> Span:
        return Span.joined(parts, self.size, self.bold, self.colour)


# The title block every document starts with.
TITLE = Style(17, bold=True, colour=ACCENT)
SUBTITLE = Style(10.5, colour=GREY)

Segment = tuple[str, Face]  # a run of one face within a line
Line = tuple[tuple[Segment, ...], Span]

# Japanese wraps between any two characters, except before closing punctuation and small kana
# (kinsoku): those stay with the character before them.
_NO_LINE_START = set(
    "、。，．・：；？！ー）」』】〕〉》’”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
_LATIN_TOKEN = re.compile(r"\S+\s*|\s+")


def _tokens(text: str, bold: bool) -> list[list[Segment]]:
    """Break opportunities. Latin words (with their trailing space) and single characters of
    the other faces (Japanese, emoji) are atoms; a token is atoms that must not be parted:
    closing punctuation stays with the character before it, and where the faces meet without a
    space ("(浅井", "千夏)", "B2B商談", "Rossi🎌") the two atoms stay together. Each character
    is in the first face that has it (:func:`~app.documents.fonts.runs`), the Latin one first."""
    atoms: list[Segment] = []
    latin_face = Face(LATIN_BOLD if bold else LATIN)
    japanese_face = Face(JAPANESE, fake_bold=bold)
    for chunk, face in runs(text, latin_face):
        if face == latin_face:
            atoms.extend((word, latin_face) for word in _LATIN_TOKEN.findall(chunk))
            continue
        for char in chunk:
            if char in _NO_LINE_START and atoms and atoms[-1][1] == japanese_face:
                atoms[-1] = (atoms[-1][0] + char, japanese_face)
            else:
                atoms.append((char, face))
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


def _kept(tokens: list[list[Segment]], ranges: Sequence[Range],
          fits: Callable[[list[Segment]], bool]) -> list[list[Segment]]:  # fmt: skip
    """``tokens`` with those that a range of ``ranges`` covers made one token (no break
    inside it) where that fits on a line; a group that does not is tried again with the
    ranges nested inside it (a name's scripts, then its words), then token by token."""
    ends = list(accumulate(sum(len(text) for text, _f in t) for t in tokens))

    def group(lo: int, hi: int, rs: Sequence[Range]) -> list[list[Segment]]:
        out: list[list[Segment]] = []
        i = lo
        while i < hi:
            j = i
            while j + 1 < hi and any(s < ends[j] < e for s, e in rs):
                j += 1
            merged = [seg for t in tokens[i : j + 1] for seg in t]
            if j == i or fits(merged):
                out.append(merged)
            else:  # drop the ranges that glued the whole group; keep the nested ones
                inner = [(s, e) for s, e in rs if not (s < ends[i] and ends[j - 1] < e)]
                out += group(i, j + 1, inner if len(inner) < len(rs) else ())
            i = j + 1
        return out

    return group(0, len(tokens), ranges)


def _local(ranges: Sequence[Range], offset: int, length: int) -> list[Range]:
    """``ranges`` of a span's text as ranges of its paragraph at ``offset``."""
    out = [(max(s - offset, 0), min(e - offset, length)) for s, e in ranges]
    return [(s, e) for s, e in out if s < e]


@functools.lru_cache(maxsize=50_000)
def wrap(span: Span, width: float) -> tuple[Line, ...]:
    """``span`` cut into lines no wider than ``width`` (a word longer than a line is cut).

    Cached: the same titles, counterparts and profiles recur in hundreds of agendas."""
    lines: list[Line] = []
    size = span.size

    def measure(token: list[Segment]) -> float:
        return sum(cached_width(text, f.name, size) for text, f in token)

    def fits(token: list[Segment]) -> bool:
        return measure([*token[:-1], (token[-1][0].rstrip(), token[-1][1])]) <= width

    offset = 0
    for paragraph in span.text.split("\n"):
        current: list[Segment] = []
        used = 0.0
        tokens = _tokens(paragraph, span.bold)
        if span.whole:  # names: one token each while they fit on a line
            tokens = _kept(tokens, _local(span.whole, offset, len(paragraph)), fits)
        offset += len(paragraph) + 1
        for token in tokens:
            last_text, last_face = token[-1]
            trimmed = [*token[:-1], (last_text.rstrip(), last_face)]
            if current and used + measure(trimmed) > width:
                lines.append((_merge(current), span))
                current, used = [], 0.0
                token = [(token[0][0].lstrip(), token[0][1]), *token[1:]]
            if len(token) == 1:  # a word wider than the column is cut
                text, f = token[0]
                while cached_width(text, f.name, size) > width and len(text) > 1:
                    cut = len(text) - 1
                    while cut > 1 and cached_width(text[:cut], f.name, size) > width:
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


def draw_lines(canvas: Canvas, x: float, top: float, lines: Iterable[Line]) -> None:
    """Lines one under the other, the first one's top at ``top``."""
    y = top
    for line in lines:
        step = leading(line[1])
        draw_line(canvas, x, y - step * 0.78, line)
        y -= step


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
        draw_lines(self.canvas, c.x, self.y, c.lines)
        self.y -= c.height + after

    def row(self, cells: Sequence[Cell], *, shade: bool = False, pad: float = 3) -> None:
        """Cells side by side, a rule below; the row moves whole to the next page if needed."""
        height = max((c.height for c in cells), default=0) + 2 * pad
        self.ensure(height)
        self.draw_row(cells, height, shade=shade, pad=pad)

    def draw_row(self, cells: Sequence[Cell], height: float, *, shade: bool, pad: float,
                 tint: colors.Color = SHADE) -> None:  # fmt: skip
        if shade:
            self.canvas.setFillColor(tint)
            self.canvas.rect(self.left, self.y - height, self.usable, height, stroke=0, fill=1)
        for c in cells:
            draw_lines(self.canvas, c.x, self.y - pad, c.lines)
        self.y -= height
        self.canvas.setStrokeColor(RULE)
        self.canvas.setLineWidth(0.4)
        self.canvas.line(self.left, self.y, self.right, self.y)

    def table(self, heading: Span | None, head: Sequence[Cell] | None,
              rows: Sequence[Sequence[Cell]], pad: float = 3, shaded: frozenset[int] = frozenset(),
              again: Span | None = None) -> None:  # fmt: skip
        """A day's table: its heading stays with the first row; the column heads (and
        ``again``, the heading said as continued) repeat on each page the table runs onto.
        ``shaded``: the indices of rows drawn on a warm tint (a session's break)."""
        heights = [max((c.height for c in r), default=0) + 2 * pad for r in rows]
        head_height = max((c.height for c in head), default=0) + 2 * pad if head else 0
        if heading is not None:
            first = heights[0] if heights else 0
            self.text(heading, before=6, after=3, keep=head_height + first)
        if head:
            self.draw_row(head, head_height, shade=True, pad=pad)
        for i, (r, h) in enumerate(zip(rows, heights, strict=True)):
            if not self.room(h):
                self._new_page()
                if again is not None:
                    self.text(again, after=3)
                if head:
                    self.draw_row(head, head_height, shade=True, pad=pad)
            self.draw_row(r, h, shade=i in shaded, pad=pad, tint=BREAK_TINT)

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()
