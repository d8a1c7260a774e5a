"""Characters the line's face lacks: each one falls back on its own to a face that has it
(Latin → IPAex Gothic → Noto Emoji), what no face has prints as a visible "�", and invisible
formatting characters print as nothing. Read back from real PDFs with pypdf, pdfplumber and
pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.core.text import clean, invisible
from app.documents.fonts import (
    JAPANESE,
    LATIN_BOLD,
    SUBSTITUTE,
    SYMBOLS,
    Face,
    draw_string,
    face_for,
    font_dir,
    new_canvas,
    runs,
    string_width,
)
from app.documents.text_layout import Span, draw_lines, wrap

EMOJI_NAME = "Giulia 😀 Rossi🎌"


def _pdf(draw: Callable[[Canvas], None], tmp_path: Path) -> Path:
    path = tmp_path / "glyphs.pdf"
    canvas = new_canvas(str(path))
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return path


def _chars(path: Path) -> list[tuple[str, str]]:
    """Every drawn character with the font it is drawn in (subset prefix dropped)."""
    with pdfplumber.open(path) as pdf:
        return [(c["text"], c["fontname"].split("+")[-1]) for c in pdf.pages[0].chars]


def _extracted(path: Path) -> list[str]:
    """The page's text by pypdf, pdfplumber and (where installed) pdftotext."""
    texts = [PdfReader(path).pages[0].extract_text() or ""]
    with pdfplumber.open(path) as pdf:
        texts.append(pdf.pages[0].extract_text() or "")
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            check=True,
        )
        texts.append(done.stdout.decode("utf-8"))
    return texts


def test_the_emoji_font_and_its_licence_ship() -> None:
    assert (font_dir() / "NotoEmoji-Regular.ttf").is_file()
    assert (font_dir() / "OFL-NotoEmoji.txt").is_file()


def test_an_emoji_leaves_a_bold_name_in_its_bold_face(tmp_path: Path) -> None:
    """One emoji no longer turns the whole name into the lighter Japanese face: the letters
    stay in Noto Sans Bold, the emoji alone is in Noto Emoji."""
    face = face_for(EMOJI_NAME, bold=True)
    assert face == Face(LATIN_BOLD)
    path = _pdf(lambda c: draw_string(c, 20, 700, EMOJI_NAME, face, 16), tmp_path)
    fonts = dict(_chars(path))
    assert {fonts[ch] for ch in "GiuliaRossi"} == {"NotoSans-Bold"}
    assert fonts["😀"] == fonts["🎌"] == "NotoEmoji-Regular"
    assert not any(font.startswith("IPAex") for _ch, font in _chars(path))


def test_an_emoji_name_extracts_back_whole(tmp_path: Path) -> None:
    """Characters past U+FFFF extract as themselves (reportlab alone maps "😀" to "ὠ")."""
    path = _pdf(
        lambda c: draw_string(c, 20, 700, EMOJI_NAME, face_for(EMOJI_NAME, bold=True), 16),
        tmp_path,
    )
    for text in _extracted(path):
        assert EMOJI_NAME in text, text


def test_a_character_no_font_has_prints_a_visible_substitute(tmp_path: Path) -> None:
    """A private-use character: not an empty box but "�", in the line's face."""
    line = "Anna \ue000 Greco"
    path = _pdf(lambda c: draw_string(c, 20, 700, line, face_for(line, bold=True), 14), tmp_path)
    for text in _extracted(path):
        assert f"Anna {SUBSTITUTE} Greco" in text, text
    assert (SUBSTITUTE, "NotoSans-Bold") in _chars(path)


def test_invisible_marks_print_as_nothing(tmp_path: Path) -> None:
    """Bidi marks and isolates, joiners and variation selectors: no box, no width, and the
    name extracts as if they were not there (even when they reach the drawing uncleaned)."""
    marked = "\u200fRossi\u200e \u2067Anna\u2069 ❤\ufe0f \u202bX\u202c\u200dY"
    plain = "Rossi Anna ❤ XY"
    face = face_for(marked)
    assert string_width(marked, face, 10) == pytest.approx(string_width(plain, face, 10))
    path = _pdf(lambda c: draw_string(c, 20, 700, marked, face, 14), tmp_path)
    for text in _extracted(path):
        assert plain in text, text
    assert clean(marked) == "Rossi Anna ❤\ufe0f XY"  # the emoji style is the fonts' to drop


def test_clean_drops_invisible_format_characters() -> None:
    for char in "\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u00ad":
        assert invisible(char), hex(ord(char))
        assert clean(f"A{char}B") == "AB"
    assert not any(invisible(ch) for ch in "Aà名😀 ")


def test_emoji_presentation_is_kept_by_clean_and_left_out_of_print(tmp_path: Path) -> None:
    """A skin tone, a subdivision flag's tags and a kanji's variation selector: a calendar
    client may show them, so ``clean`` keeps them; the one-colour PDF fonts would print a
    swatch or a box, so the drawing leaves them out."""
    tone, flag, kanji = (
        "👍🏽",
        "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
        "葛\U000e0100城",
    )
    line = f"{tone} {flag} {kanji}"
    assert clean(line) == line
    assert all(invisible(ch) for ch in "\ufe0f\U0001f3fd\U000e0067\U000e0100")
    face = face_for(line)
    assert "".join(chunk for chunk, _f in runs(line, face)) == "👍 🏴 葛城"
    path = _pdf(lambda c: draw_string(c, 20, 700, line, face, 14), tmp_path)
    for text in _extracted(path):
        assert "👍 🏴 葛城" in text, text


def test_a_japanese_line_falls_back_for_what_ipaex_lacks(tmp_path: Path) -> None:
    line = "山本 真由美 🍣 Ștefan"
    face = face_for(line, bold=True)
    assert face == Face(JAPANESE, fake_bold=True)
    faces = {chunk: f.name for chunk, f in runs(line, face)}
    assert faces["🍣"] == SYMBOLS and faces["Ș"] == LATIN_BOLD
    path = _pdf(lambda c: draw_string(c, 20, 700, line, face, 14), tmp_path)
    for text in _extracted(path):
        assert line in text, text


def test_a_line_the_face_covers_is_one_run() -> None:
    """The fast path: no per-character work when the face has every glyph."""
    face = face_for("Niccolò Fabbrì-Çelik")
    assert runs("Niccolò Fabbrì-Çelik", face) == (("Niccolò Fabbrì-Çelik", face),)


def test_wrapped_lines_fall_back_per_character(tmp_path: Path) -> None:
    """The agendas' and sheets' lines: Latin, emoji and kanji, each in its face."""
    span = Span("Cena 🍣 con 山本 真由美 e Giulia Rossi🎌", size=11, bold=True)
    (line,) = wrap(span, 400)
    faces = {chunk.strip(): f.name for chunk, f in line[0]}
    assert faces["🍣"] == SYMBOLS and faces["山本"] == JAPANESE
    assert faces["Cena"] == LATIN_BOLD
    path = _pdf(lambda c: draw_lines(c, 20, 700, [line]), tmp_path)
    for text in _extracted(path):
        assert span.text in text, text
