"""Ponte's document fonts, shipped in ``resources/fonts`` and embedded in every PDF.

* **Noto Sans** (regular, bold): the Latin face — accents, Italian and English text.
* **IPAex Gothic**: kanji and kana (and its own Latin, used inside Japanese text). It is
  TrueType, so reportlab embeds it as a subset; Noto CJK is CFF in a .ttc, which reportlab
  refuses. It has one weight: bold Japanese is drawn with a thin outline stroke
  (:func:`draw_string`).

Canvases are created with :func:`new_canvas`, whose initial font is ours: reportlab otherwise
starts every page with an unembedded Helvetica that ends up in the file.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from app.common.paths import resources_dir
from app.core.text import has_japanese
from app.documents import messages as msg
from app.documents.errors import DocumentError

LATIN = "PonteSans"
LATIN_BOLD = "PonteSans-Bold"
JAPANESE = "PonteGothic"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    JAPANESE: "ipaexg.ttf",
}
_lock = threading.Lock()
_registered: set[str] = set()


@dataclass(frozen=True)
class Face:
    """A font name for reportlab plus whether bold must be simulated (IPAex has no bold)."""

    name: str
    fake_bold: bool = False


def font_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts(folder: Path | None = None) -> None:
    """Register the three faces with reportlab (once per process; thread-safe).

    A missing or unreadable font file is a :class:`DocumentError` naming the file.
    """
    folder = folder or font_dir()
    with _lock:
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
def _latin_cmap() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(LATIN).face.charToGlyph)


def latin_has(char: str) -> bool:
    """True when the Latin face has a glyph for ``char``: Noto Sans lacks kana and kanji, and
    also symbols such as "→" that IPAex Gothic has."""
    return char in " \n" or ord(char) in _latin_cmap()


def face_for(text: str, *, bold: bool = False) -> Face:
    """The face that has every glyph of ``text``: IPAex Gothic as soon as there is Japanese
    or a symbol the Latin face lacks ("→")."""
    if has_japanese(text) or not all(latin_has(c) for c in text):
        return Face(JAPANESE, fake_bold=bold)
    return Face(LATIN_BOLD if bold else LATIN)


def string_width(text: str, face: Face, size: float) -> float:
    return pdfmetrics.stringWidth(text, face.name, size)


@functools.lru_cache(maxsize=200_000)
def cached_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in the font named ``font``, remembered: the agendas and sheets
    measure the same names, labels and times in hundreds of documents, and measuring is pure
    Python. (The badges measure with :func:`string_width`, uncached, as they always have.)"""
    return pdfmetrics.stringWidth(text, font, size)


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, face: Face, size: float, *, anchor: str = "left"
) -> None:
    """Draw one line; ``anchor`` is "left", "centre" or "right" of ``x``."""
    width = string_width(text, face, size)
    if anchor == "centre":
        x -= width / 2
    elif anchor == "right":
        x -= width
    text_object = canvas.beginText(x, y)
    text_object.setFont(face.name, size)
    if face.fake_bold:
        text_object.setTextRenderMode(2)  # fill and stroke: a bold look for a one-weight face
        canvas.setLineWidth(size * 0.03)
    text_object.textOut(text)
    if face.fake_bold:
        text_object.setTextRenderMode(0)  # the mode outlives the text object: reset it
    canvas.drawText(text_object)
    if face.fake_bold:
        canvas.setLineWidth(1)


def new_canvas(target: Any, **kwargs: Any) -> Canvas:
    """A canvas whose initial font is Ponte's Latin face (never an unembedded base-14 font)."""
    register_fonts()
    kwargs.setdefault("initialFontName", LATIN)
    kwargs.setdefault("initialFontSize", 10)
    kwargs.setdefault("pageCompression", 1)
    return Canvas(target, **kwargs)
