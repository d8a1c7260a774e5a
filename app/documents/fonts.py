"""Ponte's document fonts, shipped in ``resources/fonts`` and embedded in every PDF.

* **Noto Sans** (regular, bold): the Latin face — accents, Italian and English text.
* **IPAex Gothic**: kanji and kana (and its own Latin, used inside Japanese text). It is
  TrueType, so reportlab embeds it as a subset; Noto CJK is CFF in a .ttc, which reportlab
  refuses. It has one weight: bold Japanese is drawn with a thin outline stroke
  (:func:`draw_string`).
* **Noto Emoji** (monochrome, TrueType outlines): emoji and pictographs ("😀", "🎌", "🍣") that
  a name or a title may hold. One weight too: bold is stroked like the Japanese face.

A line has one face (:func:`face_for`: Japanese when it holds kana or kanji, else Latin), but
each character the face lacks falls back, on its own, to the first face that has it: Latin →
IPAex Gothic → Noto Emoji (:func:`runs`). What no face has is drawn as U+FFFD "�" in the
line's face (a visible mark that extracts back), and invisible formatting characters (bidi
marks, joiners, variation selectors: :func:`app.core.text.invisible`) are left out. So one
emoji never turns a bold Latin name into the lighter Japanese face, and never prints as an
empty box.

Canvases are created with :func:`new_canvas`, whose initial font is ours: reportlab otherwise
starts every page with an unembedded Helvetica that ends up in the file.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from app.common.paths import resources_dir
from app.core.text import has_japanese, invisible
from app.documents import messages as msg
from app.documents.errors import DocumentError

LATIN = "PonteSans"
LATIN_BOLD = "PonteSans-Bold"
JAPANESE = "PonteGothic"
SYMBOLS = "PonteSymbols"
SUBSTITUTE = "\ufffd"  # drawn for a character no face has: visible, and it extracts back

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    JAPANESE: "ipaexg.ttf",
    SYMBOLS: "NotoEmoji-Regular.ttf",
}
_lock = threading.Lock()
_registered: set[str] = set()


@dataclass(frozen=True)
class Face:
    """A font name for reportlab plus whether bold must be simulated (IPAex has no bold)."""

    name: str
    fake_bold: bool = False


_WIDE_ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)
_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _utf16_hex(match: re.Match[str]) -> str:
    code = int(match.group(2), 16) - 0x10000
    return f"{match.group(1)}<{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}>"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters past U+FFFF (emoji) written as UTF-16
    surrogate pairs, as the PDF format wants: reportlab writes "<1F600>", which extractors read
    as U+1F60 ("ὠ") and the name no longer extracts back."""
    return _WIDE_ENTRY.sub(_utf16_hex, _reportlab_to_unicode(fontname, subset))


def font_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts(folder: Path | None = None) -> None:
    """Register the four faces with reportlab (once per process; thread-safe).

    A missing or unreadable font file is a :class:`DocumentError` naming the file.
    """
    folder = folder or font_dir()
    with _lock:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name, filename in _FILES.items():
            if name in _registered:
                continue
            path = folder / filename
            if not path.is_file():
                raise DocumentError(msg.FONT_MISSING(path=path))
            try:
                font = TTFont(name, str(path))
            except (TTFError, OSError) as exc:
                raise DocumentError(msg.FONT_UNREADABLE(path=path, reason=str(exc))) from exc
            _remember_subsets(font)
            pdfmetrics.registerFont(font)
            _registered.add(name)
        addMapping(LATIN, 0, 0, LATIN)
        addMapping(LATIN, 1, 0, LATIN_BOLD)
        addMapping(LATIN, 0, 1, LATIN)
        addMapping(LATIN, 1, 1, LATIN_BOLD)
        addMapping(JAPANESE, 0, 0, JAPANESE)
        addMapping(JAPANESE, 1, 0, JAPANESE)
        addMapping(JAPANESE, 0, 1, JAPANESE)
        addMapping(JAPANESE, 1, 1, JAPANESE)


def _remember_subsets(font: TTFont) -> None:
    """Each PDF embeds the subset of a face it uses, built from the font file each time: a
    fifth of an agenda's time. The Latin subsets of hundreds of agendas are nearly all the
    same few (ASCII plus the same accents), so the last ones built are remembered."""
    build = font.face.makeSubset

    @functools.lru_cache(maxsize=32)
    def remembered(subset: tuple[int, ...]) -> bytes:
        return build(list(subset))

    font.face.makeSubset = lambda subset: remembered(tuple(subset))


@functools.cache
def _chars(font: str) -> frozenset[str]:
    """The characters the font named ``font`` draws: those it has a glyph for, less the
    invisible ones (Noto Sans has a ZWJ; it is dropped all the same)."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(
        chr(code) for code, glyph in face.charToGlyph.items() if glyph and not invisible(chr(code))
    )


def latin_has(char: str) -> bool:
    """True when the Latin face has a glyph for ``char``: Noto Sans lacks kana and kanji, and
    also symbols such as "→" that IPAex Gothic has."""
    return char in " \n" or char in _chars(LATIN)


def face_for(text: str, *, bold: bool = False) -> Face:
    """The face of a line of ``text``: IPAex Gothic when it holds kana or kanji (whose Latin
    then matches them), else Noto Sans. Characters the face lacks are drawn in a fallback face
    character by character (:func:`runs`): they never change the face of the rest."""
    if has_japanese(text):
        return Face(JAPANESE, fake_bold=bold)
    return Face(LATIN_BOLD if bold else LATIN)


def _is_bold(face: Face) -> bool:
    return face.fake_bold or face.name == LATIN_BOLD


@functools.cache
def _fallbacks(bold: bool) -> tuple[Face, ...]:
    """Where a character goes when the line's face lacks it, in order."""
    return (
        Face(LATIN_BOLD if bold else LATIN),
        Face(JAPANESE, fake_bold=bold),
        Face(SYMBOLS, fake_bold=bold),
    )


@functools.lru_cache(maxsize=20_000)
def glyph(char: str, face: Face) -> tuple[str, Face]:
    """What is drawn for ``char`` in a line set in ``face``, and in which face: the character
    itself in ``face`` or in the first fallback face that has it; "" for an invisible
    formatting or control character; else :data:`SUBSTITUTE` in the line's face (or the Latin
    one, which has it)."""
    if invisible(char):
        return "", face
    if char in _chars(face.name):
        return char, face
    bold = _is_bold(face)
    for fallback in _fallbacks(bold):
        if char in _chars(fallback.name):
            return char, fallback
    if SUBSTITUTE in _chars(face.name):
        return SUBSTITUTE, face
    return SUBSTITUTE, _fallbacks(bold)[0]


@functools.lru_cache(maxsize=100_000)
def runs(text: str, face: Face) -> tuple[tuple[str, Face], ...]:
    """``text`` as drawn in a line set in ``face``: runs of one face each, the line's face
    wherever it has the glyphs (one run, found at once, when it has them all)."""
    if _chars(face.name).issuperset(text):
        return ((text, face),) if text else ()
    out: list[tuple[str, Face]] = []
    for char in text:
        drawn, where = glyph(char, face)
        if not drawn:
            continue
        if out and out[-1][1] == where:
            out[-1] = (out[-1][0] + drawn, where)
        else:
            out.append((drawn, where))
    return tuple(out)


def string_width(text: str, face: Face, size: float) -> float:
    """The width of ``text`` drawn in a line set in ``face`` (fallback faces included)."""
    return sum(pdfmetrics.stringWidth(chunk, f.name, size) for chunk, f in runs(text, face))


@functools.lru_cache(maxsize=200_000)
def cached_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in the font named ``font``, remembered: the agendas and sheets
    measure the same names, labels and times in hundreds of documents, and measuring is pure
    Python. Characters the font lacks are measured in their fallback face, as drawn. (The
    badges measure with :func:`string_width`, as they always have.)"""
    return string_width(text, Face(font), size)


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, face: Face, size: float, *, anchor: str = "left"
) -> None:
    """Draw one line set in ``face`` (characters it lacks in their fallback faces, all in one
    text object, so extractors read the line whole); ``anchor`` is "left", "centre" or "right"
    of ``x``."""
    pieces = runs(text, face)
    width = sum(pdfmetrics.stringWidth(chunk, f.name, size) for chunk, f in pieces)
    if anchor == "centre":
        x -= width / 2
    elif anchor == "right":
        x -= width
    stroked = any(f.fake_bold for _chunk, f in pieces)
    text_object = canvas.beginText(x, y)
    if stroked:
        canvas.setLineWidth(size * 0.03)
    for chunk, f in pieces:
        text_object.setFont(f.name, size)
        if stroked:  # fill and stroke: a bold look for a one-weight face
            text_object.setTextRenderMode(2 if f.fake_bold else 0)
        text_object.textOut(chunk)
    if stroked:
        text_object.setTextRenderMode(0)  # the mode outlives the text object: reset it
    canvas.drawText(text_object)
    if stroked:
        canvas.setLineWidth(1)


def new_canvas(target: Any, **kwargs: Any) -> Canvas:
    """A canvas whose initial font is Ponte's Latin face (never an unembedded base-14 font)."""
    register_fonts()
    kwargs.setdefault("initialFontName", LATIN)
    kwargs.setdefault("initialFontSize", 10)
    kwargs.setdefault("pageCompression", 1)
    return Canvas(target, **kwargs)
