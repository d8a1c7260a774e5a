"""Badges as an office printer and a guillotine meet them: nothing in the 5 mm the printer
cannot print, crop marks on every sheet that is cut (and a worded refusal where nothing is),
and a category that shows at a glance, in colour and in greyscale.

Pages are rasterised with pdftoppm and measured; lines are read back with pdfplumber.
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
from click.testing import CliRunner
from numpy.typing import NDArray
from PIL import Image
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.cli import build_cli
from app.common.paths import Paths
from app.documents.badge_data import BadgeBatch, load_badges
from app.documents.badge_layouts import (
    MM,
    BandText,
    ElementKind,
    Layout,
    QrContent,
    layout_names,
    layouts_dir,
    load_layout,
    load_layout_file,
)
from app.documents.badges import CATEGORY_LABELS, BadgeOptions, render_badges
from app.documents.errors import DocumentError
from app.model import BadgeCategory, Mission, Side
from app.services.documents import DocumentKind, DocumentOrder, layout_notes, make_documents
from app.services.missions import list_missions
from app.store import Store, open_store
from tests.demo_support import CopyDemo, copy_sqlite
from tests.ui_support import close_context, make_context
from ui.context import AppContext
from ui.pages.documents import DocumentsPage

DPI = 100
CUT = ("a4-90x54", "a4-60x90", "a4-a6x4")  # the layouts whose sheets are cut
UNPRINTABLE_MARGIN = 5.0  # mm along each edge that an office printer leaves blank


def _pages(pdf: Path, folder: Path, *, grey: bool = True) -> list[NDArray[np.uint8]]:
    """Each page at 100 dpi, as grey levels (H × W) or RGB (H × W × 3)."""
    prefix = folder / f"{pdf.stem}-{'grey' if grey else 'rgb'}"
    mode = ["-gray"] if grey else []
    subprocess.run(["pdftoppm", "-r", str(DPI), *mode, "-png", str(pdf), str(prefix)], check=True)
    return [
        np.asarray(Image.open(png).convert("L" if grey else "RGB"))
        for png in sorted(folder.glob(f"{prefix.name}-*.png"))
    ]


def _px(mm: float) -> int:
    return round(mm * DPI / 25.4)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_sqlite_template: Path) -> Path:
    root = tmp_path_factory.mktemp("print-demo")
    return copy_sqlite(demo_sqlite_template, root / "demo.sqlite")


@pytest.fixture(scope="module")
def demo(demo_db: Path) -> Iterator[Store]:
    with open_store(demo_db, paths=Paths.under(demo_db.parent / "home")) as store:
        yield store


@pytest.fixture(scope="module")
def batch(demo: Store) -> BadgeBatch:
    mission = next(m for m in list_missions(demo) if m.name.startswith("Torino"))
    return load_badges(demo, mission.id)


@pytest.fixture(scope="module")
def one_of_each(batch: BadgeBatch) -> BadgeBatch:
    """The first demo person of each badge category, in the order of ``BadgeCategory``."""
    people = [next(p for p in batch.people if p.category is c) for c in BadgeCategory]
    return BadgeBatch(batch.mission_id, batch.mission_name, tuple(people))


# --- the printable area ----------------------------------------------------------------------


@pytest.mark.parametrize("name", layout_names())
def test_nothing_is_printed_in_the_unprintable_margin(
    name: str, batch: BadgeBatch, tmp_path: Path
) -> None:
    """A full sheet (crop marks too where there are any) leaves the 5 mm along each edge of
    the paper white: an office printer would cut off a band or a mark there."""
    layout = load_layout(name)
    people = BadgeBatch(batch.mission_id, batch.mission_name, batch.people[: layout.sheet.per_page])
    options = BadgeOptions(qr=QrContent.VCARD, crop_marks=name in CUT)
    pdf = render_badges(people, layout, tmp_path / f"{name}.pdf", options).path
    for pixels in _pages(pdf, tmp_path):
        edge = _px(UNPRINTABLE_MARGIN) - 1  # one pixel of anti-aliasing at the boundary
        strips = {
            "top": pixels[:edge],
            "bottom": pixels[-edge:],
            "left": pixels[:, :edge],
            "right": pixels[:, -edge:],
        }
        inked = {side: int(strip.min()) for side, strip in strips.items() if strip.min() < 250}
        assert not inked, f"{name}: ink within {UNPRINTABLE_MARGIN} mm of the edge: {inked}"


def _write_layout(folder: Path, band_x: float, margin: float | None = None) -> Path:
    sheet: dict[str, Any] = {
        "page": "A6",
        "label_width_mm": 105,
        "label_height_mm": 148,
        "columns": 1,
        "rows": 1,
        "margin_left_mm": 0,
        "margin_top_mm": 0,
    }
    if margin is not None:
        sheet["unprintable_margin_mm"] = margin
    band = {"type": "band", "x": band_x, "y": 10, "width": 50, "height": 10, "text": "side"}
    name = {"type": "name", "x": 10, "y": 30, "width": 80, "height": 20}
    path = folder / "edge.json"
    path.write_text(json.dumps({"sheet": sheet, "elements": [name, band]}), encoding="utf-8")
    return path


def test_a_layout_that_prints_into_the_margin_is_refused_in_three_languages(
    tmp_path: Path,
) -> None:
    """A band 2 mm from the paper's edge is refused, naming the file, the element and the
    margin; a layout that declares a borderless printer (margin 0) may print there."""
    path = _write_layout(tmp_path, band_x=2)
    with pytest.raises(DocumentError) as caught:
        load_layout_file(path)
    message = caught.value.message
    assert message.text("en") == (
        f"Badge layout {path}: elements[1]: lies 2 mm from the paper's edge, inside the 5 mm "
        "that an office printer leaves blank: move it inward, or set "
        "sheet.unprintable_margin_mm to 0 if the printer prints to the edge (borderless)"
    )
    assert "用紙の端から 2 mm" in message.text("ja")
    assert "a 2 mm dal bordo del foglio" in message.text("it")
    assert (
        load_layout_file(_write_layout(tmp_path, band_x=2, margin=0)).sheet.unprintable_margin == 0
    )
    assert load_layout_file(_write_layout(tmp_path, band_x=5)).elements[1].x == 5


# --- crop marks ------------------------------------------------------------------------------


def _lines_mm(pdf: Path) -> list[tuple[float, float, float, float]]:
    """The first page's lines as (x0, top, x1, bottom) in mm from the page's top left."""
    with pdfplumber.open(pdf) as document:
        return [
            (ln["x0"] / MM, ln["top"] / MM, ln["x1"] / MM, ln["bottom"] / MM)
            for ln in document.pages[0].lines
        ]


@pytest.mark.parametrize("name", CUT)
def test_every_cut_line_has_a_mark_at_each_end_in_the_printable_area(
    name: str, batch: BadgeBatch, tmp_path: Path
) -> None:
    """Two marks per cut line (the labels' edges that are not the paper's edge), each on its
    line, in the printable area; on 4 × A6, whose badges reach the paper's edges, the middle
    lines are marked on the lines themselves, inside the badges' white border."""
    layout = load_layout(name)
    sheet = layout.sheet
    people = BadgeBatch(batch.mission_id, batch.mission_name, batch.people[:1])
    pdf = render_badges(people, layout, tmp_path / "c.pdf", BadgeOptions(crop_marks=True)).path
    lines = _lines_mm(pdf)
    xs, ys = _cut_lines(layout)
    assert xs and ys
    assert len(lines) == 2 * (len(xs) + len(ys))
    margin = UNPRINTABLE_MARGIN - 0.01
    for x0, top, x1, bottom in lines:
        vertical = abs(x1 - x0) < 0.01
        on = x0 if vertical else top
        assert any(abs(on - cut) < 0.01 for cut in (xs if vertical else ys)), (x0, top)
        assert min(x0, top) >= margin and x1 <= sheet.page_width - margin
        assert bottom <= sheet.page_height - margin
        assert max(x1 - x0, bottom - top) >= 1.5  # a mark one can see
    if name == "a4-a6x4":
        assert sorted((round(x0, 1), round(top, 1)) for x0, top, _, _ in lines) == [
            (5.0, 148.5),
            (105.0, 5.0),
            (105.0, 287.0),
            (200.0, 148.5),
        ]


def _cut_lines(layout: Layout) -> tuple[list[float], list[float]]:
    """The labels' edges that are not the paper's edge (more than 1 mm from it)."""
    sheet = layout.sheet
    origins = [sheet.label_origin(slot) for slot in range(sheet.per_page)]
    xs = {x for x, _ in origins} | {x + sheet.label_width for x, _ in origins}
    ys = {y for _, y in origins} | {y + sheet.label_height for _, y in origins}
    return (
        sorted(x for x in xs if 1 <= x <= sheet.page_width - 1),
        sorted(y for y in ys if 1 <= y <= sheet.page_height - 1),
    )


def test_crop_marks_where_nothing_is_cut_are_refused_in_words(
    batch: BadgeBatch, demo: Store, tmp_path: Path
) -> None:
    """One A6 badge per A6 sheet has nothing to cut: asking for crop marks is refused with a
    sentence (en/it/ja) before anything is read or written, rather than ignored."""
    with pytest.raises(DocumentError) as caught:
        render_badges(batch, load_layout("a6"), tmp_path / "a6.pdf", BadgeOptions(crop_marks=True))
    message = caught.value.message
    assert message.text("en") == (
        "The layout a6 prints one badge on each sheet, to the sheet's size: there is nothing "
        "to cut, so it has no crop marks. Print without crop marks."
    )
    assert "トンボ" in message.text("ja") and "segni di taglio" in message.text("it")
    order = DocumentOrder(
        DocumentKind.BADGES,
        batch.mission_id,
        tmp_path,
        layout="a6",
        crop_marks=True,
        participant_ids=(10**9,),  # would be an error of its own, were it read
    )
    with pytest.raises(DocumentError, match="nothing to cut"):
        make_documents(demo, order)
    assert not list(tmp_path.glob("*.pdf"))


def test_the_cli_refuses_crop_marks_on_a6_and_draws_them_on_4_a6(
    demo_db: Path, batch: BadgeBatch, tmp_path: Path
) -> None:
    runner = CliRunner()
    common = ["badges", "--db", str(demo_db), "--mission", str(batch.mission_id)]
    refused = runner.invoke(
        build_cli(), [*common, "--out", str(tmp_path / "a6.pdf"), "--layout", "a6", "--crop-marks"]
    )
    assert refused.exit_code == 1 and "nothing to cut" in refused.output
    assert not (tmp_path / "a6.pdf").exists()
    drawn = runner.invoke(
        build_cli(),
        [*common, "--out", str(tmp_path / "x4.pdf"), "--layout", "a4-a6x4", "--crop-marks"],
    )
    assert drawn.exit_code == 0, drawn.output
    assert len(_lines_mm(tmp_path / "x4.pdf")) == 4


# --- the category at a glance ----------------------------------------------------------------


def _category_bands(layout: Layout) -> list[tuple[int, int, int, int]]:
    """The category band of each label of the first page, in pixels (top, bottom, left,
    right), less a pixel all round."""
    band = next(
        e
        for e in layout.elements
        if e.kind is ElementKind.BAND and e.band_text is BandText.CATEGORY
    )
    boxes = []
    for slot in range(layout.sheet.per_page):
        left, top = layout.sheet.label_origin(slot)
        boxes.append(
            (
                _px(top + band.y) + 1,
                _px(top + band.y + band.height) - 1,
                _px(left + band.x) + 1,
                _px(left + band.x + band.width) - 1,
            )
        )
    return boxes


def _band_shades(
    layout: Layout, people: BadgeBatch, folder: Path, *, grey: bool
) -> list[NDArray[np.float64]]:
    """The band's dominant shade for each person (the median: the word on it is a minority)."""
    pdf = render_badges(people, layout, folder / f"{layout.name}.pdf").path
    pages = _pages(pdf, folder, grey=grey)
    shades = []
    for n in range(len(people.people)):
        page, slot = divmod(n, layout.sheet.per_page)
        top, bottom, left, right = _category_bands(layout)[slot]
        region = pages[page][top:bottom, left:right].reshape(-1, 1 if grey else 3)
        shades.append(np.median(region, axis=0))
    return shades


@pytest.mark.parametrize("name", layout_names())
def test_each_category_has_its_own_band_in_colour_and_in_greyscale(
    name: str, one_of_each: BadgeBatch, tmp_path: Path
) -> None:
    """Delegate, speaker, VIP, staff, press and interpreter: six band colours, six grey
    levels at least 25 apart (a greyscale print), and the category's word on each band."""
    layout = load_layout(name)
    greys = [float(s[0]) for s in _band_shades(layout, one_of_each, tmp_path, grey=True)]
    for (a, ga), (b, gb) in itertools.combinations(zip(BadgeCategory, greys, strict=True), 2):
        assert abs(ga - gb) >= 25, f"{name}: {a} and {b} are {ga:.0f} and {gb:.0f} in grey"
    colours = _band_shades(layout, one_of_each, tmp_path, grey=False)
    for a, b in itertools.combinations(colours, 2):
        assert np.abs(a - b).max() >= 40
    with pdfplumber.open(tmp_path / f"{name}.pdf") as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages).replace(" ", "")
    for category in BadgeCategory:
        assert CATEGORY_LABELS[category].upper().replace(" ", "") in text


def test_the_side_band_still_shows_the_side(one_of_each: BadgeBatch, tmp_path: Path) -> None:
    """Two delegates of the two cities: the same category band, different side bands."""
    layout = load_layout("a4-90x54")
    delegate = next(p for p in one_of_each.people if p.category is BadgeCategory.DELEGATE)
    turin, nagoya = (replace(delegate, side=side) for side in (Side.TURIN, Side.NAGOYA))
    people = BadgeBatch(one_of_each.mission_id, one_of_each.mission_name, (turin, nagoya))
    pdf = render_badges(people, layout, tmp_path / "sides.pdf").path
    page = _pages(pdf, tmp_path, grey=False)[0]
    side_band = next(e for e in layout.elements if e.band_text is BandText.SIDE)
    shades = []
    for slot in range(2):
        left, top = layout.sheet.label_origin(slot)
        y = _px(top + side_band.y + 1)
        x = _px(left + side_band.x + side_band.width - 3)
        shades.append(page[y, x].astype(int))
    assert np.abs(shades[0] - shades[1]).max() >= 40
    category = _band_shades(layout, people, tmp_path, grey=False)
    assert np.abs(category[0] - category[1]).max() < 5


def test_someone_of_no_side_wears_the_mission_s_name_not_an_empty_band(
    one_of_each: BadgeBatch, tmp_path: Path
) -> None:
    """An interpreter serves both delegations: the side band carries the mission's name (as
    an event badge does) on every layout; with no name to show, no band is drawn at all."""
    interpreter = next(p for p in one_of_each.people if p.category is BadgeCategory.INTERPRETER)
    interpreter = replace(interpreter, side=None)
    for name in layout_names():
        layout = load_layout(name)
        band = next(e for e in layout.elements if e.band_text is BandText.SIDE)
        people = BadgeBatch(one_of_each.mission_id, "Torino → Nagoya 2027", (interpreter,))
        pdf = render_badges(people, layout, tmp_path / f"{name}.pdf").path
        left, top = layout.sheet.label_origin(0)
        box = ((left + band.x) * MM, (top + band.y) * MM)
        box_end = (box[0] + band.width * MM, box[1] + band.height * MM)
        with pdfplumber.open(pdf) as document:
            inside = document.pages[0].within_bbox((*box, *box_end))
            assert inside.extract_text() == "TORINO → NAGOYA 2027", name
        nameless = BadgeBatch(one_of_each.mission_id, " ", (interpreter,))
        pdf = render_badges(nameless, layout, tmp_path / f"{name}-nameless.pdf").path
        page = _pages(pdf, tmp_path)[0]
        strip = page[
            _px(top + band.y + 1) : _px(top + band.y + band.height - 1),
            _px(left + band.x + 1) : _px(left + band.x + band.width - 1),
        ]
        assert strip.min() > 250, f"{name}: an empty band is drawn"


# --- the window ------------------------------------------------------------------------------


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[AppContext]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
    context = make_context(paths, store, mission_id)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()


def test_the_window_says_why_a6_has_no_crop_marks_in_japanese(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, japanese: None
) -> None:
    """Before any click: on a6 the box is greyed out and its tooltip says why, in Japanese."""
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready)
    page.folder.setText(str(tmp_path))
    page.kind.setCurrentIndex(page.kind.findData(DocumentKind.BADGES))
    page.crop_marks.setChecked(True)
    page.layout_choice.setCurrentIndex(page.layout_choice.findData("a6"))
    assert not page.crop_marks.isEnabled() and not page.crop_marks.isChecked()
    assert "切る所がなく" in page.crop_marks.toolTip()


def test_a_borderless_layout_is_said_to_need_borderless_printing(
    demo_db: Path, batch: BadgeBatch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A layout that declares a borderless printer (and uses the paper's edge) prints, and
    the command line says to choose borderless printing; the shipped layouts need none."""
    folder = tmp_path / "layouts"
    folder.mkdir()
    for name in layout_names():
        shutil.copy(layouts_dir() / f"{name}.json", folder)
    edge = _write_layout(folder, band_x=0, margin=0)
    monkeypatch.setattr("app.documents.badge_layouts.layouts_dir", lambda: folder)
    assert layout_notes("a6") == ()
    (note,) = layout_notes(edge.stem)
    assert "フチなし印刷" in note.text("ja") and "senza margini" in note.text("it")
    result = CliRunner().invoke(
        build_cli(),
        [
            "badges",
            "--db",
            str(demo_db),
            "--mission",
            str(batch.mission_id),
            "--out",
            str(tmp_path / "edge.pdf"),
            "--layout",
            edge.stem,
            "--participants",
            str(batch.people[0].participant_id),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (
        "The layout edge prints up to the paper's edge: choose borderless printing" in result.output
    )
