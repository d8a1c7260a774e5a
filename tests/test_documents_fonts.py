"""The documents' foundation: fonts embedded (never a base-14 font), text cleaned, output
written atomically. Font registration is once per process, so a missing or broken font file
is tried in a fresh interpreter."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.common.files import FileWriteError, atomic_path, ensure_folder
from app.core.text import clean, has_japanese
from app.documents.fonts import (
    JAPANESE,
    LATIN,
    LATIN_BOLD,
    draw_string,
    face_for,
    font_dir,
    new_canvas,
    string_width,
)

ROOT = Path(__file__).resolve().parents[1]


def _pdf(draw: Callable[[Canvas], None]) -> PdfReader:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def _font_names(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts = resources.get("/Font", {})
        names |= {str(ref.get_object()["/BaseFont"]) for ref in fonts.values()}
    return names


def _content(page: Any) -> bytes:
    return bytes(page.get_contents().get_data())


def test_the_font_files_and_their_licences_ship() -> None:
    folder = font_dir()
    for name in (
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "ipaexg.ttf",
        "OFL-NotoSans.txt",
        "IPA_Font_License_Agreement_v1.0.txt",
    ):
        assert (folder / name).is_file(), name


def test_a_new_canvas_leaves_no_helvetica() -> None:
    """Even a page with only a line on it names no base-14 font."""
    reader = _pdf(lambda c: c.line(10, 10, 100, 100))
    assert not any("Helvetica" in n for n in _font_names(reader))
    assert b"Helvetica" not in b"".join(_content(p) for p in reader.pages)


def test_face_for_picks_the_face_with_the_glyphs() -> None:
    assert face_for("Niccolò").name == LATIN
    assert face_for("Niccolò", bold=True).name == LATIN_BOLD
    japanese = face_for("中部精密 Chubu", bold=True)
    assert japanese.name == JAPANESE and japanese.fake_bold
    assert not face_for("名古屋").fake_bold


def test_drawn_text_extracts_back_and_is_embedded() -> None:
    def draw(c: Canvas) -> None:
        draw_string(c, 20, 700, "名古屋 トリノ", face_for("名古屋", bold=True), 14)
        draw_string(c, 20, 680, "Città di Torino", face_for("Città"), 12)

    reader = _pdf(draw)
    text = reader.pages[0].extract_text()
    assert "名古屋 トリノ" in text and "Città di Torino" in text
    resources: Any = reader.pages[0]["/Resources"]
    for ref in resources["/Font"].values():
        font = ref.get_object()
        descendants = [d.get_object() for d in font.get("/DescendantFonts", [])]
        descriptors = [f.get("/FontDescriptor") for f in [font, *descendants]]
        assert any(d is not None and "/FontFile2" in d.get_object() for d in descriptors)


def test_simulated_bold_is_switched_off_after_its_line() -> None:
    """The text render mode outlives a text object: after a bold Japanese line, the next
    (regular) line must not be stroked too."""

    def draw(c: Canvas) -> None:
        draw_string(c, 20, 700, "中部精密", face_for("中部精密", bold=True), 14)
        draw_string(c, 20, 680, "Regular", face_for("Regular"), 12)

    content = _content(_pdf(draw).pages[0]).decode("latin-1")
    assert content.index("2 Tr") < content.index("0 Tr")


def test_string_width_grows_with_size() -> None:
    face = face_for("Torino")
    assert 0 < string_width("Torino", face, 10) < string_width("Torino", face, 20)


def _run_fresh(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_register_fonts_from_an_empty_folder_names_the_missing_file(tmp_path: Path) -> None:
    empty = tmp_path / "fonts"
    empty.mkdir()
    result = _run_fresh(
        f"""
        from pathlib import Path
        from app.documents.errors import DocumentError
        from app.documents.fonts import register_fonts
        try:
            register_fonts(Path({str(empty)!r}))
        except DocumentError as exc:
            print("ERROR", exc)
    """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "ERROR The font file" in result.stdout and "NotoSans-Regular.ttf is missing" in (
        result.stdout
    )


def test_a_broken_font_file_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "ipaexg.ttf"):
        (folder / name).write_bytes(b"not a font at all")
    result = _run_fresh(
        f"""
        from pathlib import Path
        from app.documents.errors import DocumentError
        from app.documents.fonts import register_fonts
        try:
            register_fonts(Path({str(folder)!r}))
        except DocumentError as exc:
            print("ERROR", exc)
    """,
        tmp_path,
    )
    assert "ERROR The font file" in result.stdout and "cannot be read" in result.stdout


def test_missing_fonts_leave_an_existing_badge_file_untouched(tmp_path: Path) -> None:
    """The badges of a whole mission, with the font folder gone: a DocumentError and the
    previous PDF byte for byte."""
    empty = tmp_path / "fonts"
    empty.mkdir()
    out = tmp_path / "badges.pdf"
    out.write_bytes(b"%PDF-1.4 the good old badges")
    before = hashlib.sha256(out.read_bytes()).hexdigest()
    result = _run_fresh(
        f"""
        from pathlib import Path
        import app.documents.fonts as fonts
        from app.documents.badge_data import BadgeBatch, BadgePerson
        from app.documents.badge_layouts import load_layout
        from app.documents.badges import render_badges
        from app.documents.errors import DocumentError
        from app.model.enums import BadgeCategory, NameOrder, Side

        fonts.font_dir = lambda: Path({str(empty)!r})  # as if the install lost its fonts
        person = BadgePerson(1, "Hiroshi", "Tanaka", "Tanaka Hiroshi", "田中 浩", None,
                             NameOrder.FAMILY_FIRST, "", None, None, None, Side.NAGOYA,
                             BadgeCategory.DELEGATE, None, None)
        try:
            render_badges(BadgeBatch(1, "M", (person,)), load_layout("a6"),
                          Path({str(out)!r}))
        except DocumentError as exc:
            print("ERROR", exc)
    """,
        tmp_path,
    )
    assert "ERROR The font file" in result.stdout, result.stderr
    assert hashlib.sha256(out.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("*.part"))


def test_clean_normalises_and_strips_controls() -> None:
    decomposed = unicodedata.normalize("NFD", "Niccolò")
    assert clean(decomposed) == "Niccolò"
    assert clean("Tanaka\u200b\tHiroshi\n") == "Tanaka Hiroshi"
    assert clean("line one\r\nline two", one_line=False) == "line one\nline two"
    assert clean(None) == ""


def test_has_japanese() -> None:
    assert has_japanese("トヨタ") and has_japanese("名古屋") and has_japanese("ＡＢＣ")
    assert not has_japanese("Città di Torino")


def test_atomic_path_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"good")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"good"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_path_replaces_on_success(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.pdf"
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600  # documents name people: owner only


def test_ensure_folder_refuses_a_file_and_a_folder_target(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FileWriteError, match="Cannot create the folder"):
        ensure_folder(blocker / "inside")
    with pytest.raises(FileWriteError, match="is a folder"), atomic_path(tmp_path):
        pass
