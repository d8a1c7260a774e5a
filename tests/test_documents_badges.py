"""Badges: layouts as data, the people they show, and the PDFs read back with pypdf and
pdfplumber (page count, embedded fonts, text in kanji, kana and accented Latin, geometry)."""

from __future__ import annotations

import hashlib
import json
import math
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.graphics.barcode import qrencoder
from reportlab.pdfbase import pdfmetrics

from app.cli import build_cli
from app.common.files import FileWriteError
from app.common.paths import Paths
from app.core.errors import NotFound
from app.core.text import clean
from app.documents.badge_data import BadgeBatch, BadgePerson, load_badges
from app.documents.badge_layouts import (
    DEFAULT_LAYOUT,
    MM,
    Cut,
    ElementKind,
    Layout,
    QrContent,
    layout_names,
    layouts_dir,
    load_layout,
    load_layout_file,
)
from app.documents.badges import (
    LEADING,
    BadgeOptions,
    element_text,
    fit_text,
    qr_text,
    render_badges,
)
from app.documents.errors import DocumentError
from app.documents.fonts import JAPANESE, LATIN, register_fonts, string_width
from app.documents.qr import _data_positions, _QrCode, qr_matrix
from app.model import BadgeCategory, NameOrder, Side
from app.store import Store, open_store
from tests import factories
from tests.demo_support import copy_sqlite

LAYOUTS = ("a4-90x54", "a4-60x90", "a4-a6x4", "a6")
A4 = (210.0, 297.0)
A6 = (105.0, 148.0)
BASE14 = {
    "Helvetica",
    "Times-Roman",
    "Courier",
    "Symbol",
    "ZapfDingbats",
    "Helvetica-Bold",
    "Times-Bold",
    "Courier-Bold",
}


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_sqlite_template: Path) -> Path:
    """The demo missions (155 + 29 participants), copied once for the module."""
    return copy_sqlite(demo_sqlite_template, tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture(scope="module")
def demo_batch(demo_db: Path) -> BadgeBatch:
    with open_store(demo_db, paths=Paths.under(demo_db.parent / "home")) as store:
        return load_badges(store, _mission_id(store, "Torino → Nagoya, October 2027"))


def _mission_id(store: Store, name: str) -> int:
    from app.services.missions import list_missions

    return next(m.id for m in list_missions(store) if m.name == name)


@dataclass(frozen=True)
class Small:
    """A hand-made mission: people chosen for what their badges must show."""

    path: Path
    mission_id: int
    empty_mission_id: int
    ids: dict[str, int]


LONG_NAME = (
    "Maria Vittoria Benedetta Ludovica Carolina Filiberta di Savoia-Carignano della Rocca Montanaro"
)


@pytest.fixture
def small(sqlite_path: Path, paths: Paths) -> Small:
    with open_store(sqlite_path, paths=paths) as store, store.session() as s:
        m = factories.mission(s, name="Nagoya → Torino, test")
        empty = factories.mission(s, name="Nothing yet")
        turin = factories.delegation(s, m, Side.TURIN)
        nagoya = factories.delegation(s, m, Side.NAGOYA)
        toyota = factories.organisation(
            s,
            m,
            nagoya,
            name="Chubu Seimitsu Kogyo",
            name_ja="中部精密工業",
            name_kana="ちゅうぶせいみつこうぎょう",
        )
        fiat = factories.organisation(s, m, turin, name="Officine Meccaniche Città di Torino")
        people = {
            "tanaka": factories.participant(
                s,
                m,
                organisation=toyota,
                delegation=nagoya,
                given_name="Hiroshi",
                family_name="Tanaka",
                given_name_kanji="浩",
                family_name_kanji="田中",
                given_name_kana="ひろし",
                family_name_kana="たなか",
                name_order=NameOrder.FAMILY_FIRST,
                title="President",
                title_ja="代表取締役社長",
                email="tanaka@chubu.example",
                consent=True,
            ),
            "kana": factories.participant(
                s,
                m,
                organisation=toyota,
                delegation=nagoya,
                given_name="Sakura",
                family_name="Mori",
                given_name_kana="さくら",
                family_name_kana="もり",
                name_order=NameOrder.FAMILY_FIRST,
                badge_category=BadgeCategory.STAFF,
            ),
            "niccolo": factories.participant(
                s,
                m,
                organisation=fiat,
                delegation=turin,
                given_name="Niccolò",
                family_name="Fabbrì-Çelik",
                title="Direttore tecnico",
                email="niccolo@omct.example",
                phone="+39 011 555 0101",
                consent=False,
                badge_category=BadgeCategory.SPEAKER,
            ),
            "long": factories.participant(
                s,
                m,
                organisation=fiat,
                delegation=turin,
                given_name=LONG_NAME,
                family_name="Dell'Acqua Bianchi",
                badge_category=BadgeCategory.VIP,
            ),
            "interpreter": factories.participant(
                s,
                m,
                given_name="Giulia",
                family_name="Rinaudo",
                badge_category=BadgeCategory.INTERPRETER,
                title="Interprete",
            ),
        }
        return Small(sqlite_path, m.id, empty.id, {k: p.id for k, p in people.items()})


def _batch(small: Small, paths: Paths, *names: str) -> BadgeBatch:
    with open_store(small.path, paths=paths) as store:
        return load_badges(store, small.mission_id, [small.ids[n] for n in names] or None)


# --- reading PDFs back -----------------------------------------------------------------------


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font of every page: base font name → embedded (FontFile2 here or in a
    descendant)."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            embedded = any(
                d is not None and any(k in d.get_object() for k in ("/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def _text(path: Path) -> tuple[str, str]:
    """All text, by pypdf and by pdfplumber."""
    by_pypdf = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    with pdfplumber.open(path) as pdf:
        by_plumber = "\n".join(p.extract_text() or "" for p in pdf.pages)
    return by_pypdf, by_plumber


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _assert_embedded(path: Path) -> None:
    fonts = _fonts(PdfReader(path))
    assert fonts, "no fonts at all"
    for name, embedded in fonts.items():
        assert name.lstrip("/") not in BASE14, name
        assert embedded, f"{name} is not embedded"


def _label_rects(layout: Layout) -> list[tuple[float, float, float, float]]:
    sheet = layout.sheet
    rects = []
    for slot in range(sheet.per_page):
        x, y = sheet.label_origin(slot)
        rects.append((x, y, x + sheet.label_width, y + sheet.label_height))
    return rects


def _words_mm(path: Path, page: int) -> list[dict[str, Any]]:
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[page].extract_words(use_text_flow=True)
    return [
        {
            "text": w["text"],
            "x0": w["x0"] / MM,
            "x1": w["x1"] / MM,
            "top": w["top"] / MM,
            "bottom": w["bottom"] / MM,
        }
        for w in words
    ]


def _inside(
    word: dict[str, Any], rect: tuple[float, float, float, float], tol: float = 0.05
) -> bool:
    x0, y0, x1, y1 = rect
    return (
        word["x0"] >= x0 - tol
        and word["x1"] <= x1 + tol
        and word["top"] >= y0 - tol
        and word["bottom"] <= y1 + tol
    )


def _page_mm(path: Path) -> list[tuple[float, float]]:
    return [
        (float(p.mediabox.width) / MM, float(p.mediabox.height) / MM) for p in PdfReader(path).pages
    ]


# --- layouts ---------------------------------------------------------------------------------


def test_the_four_layouts_are_there() -> None:
    """The 90×54, 60×90, A6 4-up and A6 single layouts load, and the default is 90×54."""
    assert set(LAYOUTS) <= set(layout_names())
    assert DEFAULT_LAYOUT == "a4-90x54"
    sizes = {
        n: (load_layout(n).sheet.label_width, load_layout(n).sheet.label_height) for n in LAYOUTS
    }
    assert sizes == {
        "a4-90x54": (90, 54),
        "a4-60x90": (90, 60),
        "a4-a6x4": (105, 148),
        "a6": (105, 148),
    }


@pytest.mark.parametrize("name", LAYOUTS)
def test_layout_labels_fit_the_page(name: str) -> None:
    """Every label lies on the page; neighbours never overlap."""
    layout = load_layout(name)
    sheet = layout.sheet
    rects = _label_rects(layout)
    for x0, y0, x1, y1 in rects:
        assert x0 >= 0 and x1 <= sheet.page_width + 0.05
        assert y0 >= 0 and y1 <= sheet.page_height + 0.05
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            overlap_x = min(a[2], b[2]) - max(a[0], b[0])
            overlap_y = min(a[3], b[3]) - max(a[1], b[1])
            assert overlap_x <= 1e-6 or overlap_y <= 1e-6, (a, b)
    assert {e.kind for e in layout.elements} >= {ElementKind.NAME, ElementKind.QR, ElementKind.BAND}


def test_90x54_sheet_is_centred_on_a4() -> None:
    """15 mm left and right, 13.5 mm top and bottom: the 2 × 5 card-sheet geometry."""
    sheet = load_layout("a4-90x54").sheet
    assert (sheet.page_width, sheet.page_height) == pytest.approx(A4)
    assert (sheet.columns, sheet.rows, sheet.margin_left, sheet.margin_top) == (2, 5, 15, 13.5)
    assert sheet.label_origin(9) == (105, 229.5)


def test_unknown_layout_lists_the_layouts() -> None:
    with pytest.raises(DocumentError, match=r"no badge layout 'a5'.*a4-90x54.*a6"):
        load_layout("a5")


def _write_layout(folder: Path, name: str, change: Any) -> Path:
    data = json.loads((layouts_dir() / "a4-90x54.json").read_text(encoding="utf-8"))
    change(data)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["sheet"].pop("columns"), r"sheet\.columns: must be a whole number"),
        (
            lambda d: d["sheet"].update(label_width_mm="90"),
            r"sheet\.label_width_mm: must be a number",
        ),
        (lambda d: d["sheet"].update(rows=6), r"sheet: the labels reach 337\.5 mm"),
        (lambda d: d["elements"][1].update(width=100), r"elements\[1\]: reaches 104 mm"),
        (
            lambda d: d["elements"][2].update(type="logo"),
            r"elements\[2\]\.type: 'logo' is not one of",
        ),
        (lambda d: d["elements"][1].update(min_size=30), r"elements\[1\]\.min_size: is larger"),
        (lambda d: d["elements"][0].update(colour="red"), r"elements\[0\]\.colour"),
        (lambda d: d.update(qr="url"), r"layout\.qr: 'url' is not one of vcard, checkin"),
        (lambda d: d.update(elements=[]), r"elements: must be a non-empty list"),
        (lambda d: d["elements"][3].update(fontsize=3), r"elements\[3\]\.fontsize: unknown field"),
    ],
)
def test_a_bad_layout_file_is_refused_naming_file_and_field(
    tmp_path: Path, change: Any, message: str
) -> None:
    path = _write_layout(tmp_path, "broken", change)
    with pytest.raises(DocumentError, match=message) as caught:
        load_layout_file(path)
    assert str(path) in str(caught.value)


def test_a_layout_that_is_not_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"sheet": {\n  "page": "A4",,\n}', encoding="utf-8")
    with pytest.raises(DocumentError, match=r"bad\.json is not valid JSON \(line 2\)"):
        load_layout_file(path)


def test_layout_errors_read_in_japanese_and_italian(tmp_path: Path) -> None:
    """A coordinator with a Japanese or an Italian window reads what is wrong in their
    language: the names of the layouts and of the file's fields stay as they are written."""
    with pytest.raises(DocumentError) as caught:
        load_layout("a5")
    known = ", ".join(sorted(LAYOUTS))
    assert (
        caught.value.text("ja")
        == f"バッジのレイアウト「a5」はありません。使用できるレイアウト: {known}。"
    )
    assert (
        caught.value.text("it")
        == f"Non esiste il modello di badge “a5”. Modelli disponibili: {known}."
    )
    empty = tmp_path / "no-layouts"
    empty.mkdir()
    with pytest.raises(DocumentError) as caught:
        load_layout("a5", empty)
    assert str(caught.value).endswith("Layouts: none.")
    assert caught.value.text("it").endswith("Modelli disponibili: nessuno.")
    assert caught.value.text("ja").endswith("使用できるレイアウト: なし。")
    # a field's problem is a message inside the message, in the same language
    path = _write_layout(tmp_path, "broken", lambda d: d["sheet"].pop("columns"))
    with pytest.raises(DocumentError) as caught:
        load_layout_file(path)
    assert str(caught.value) == (
        f"Badge layout {path}: sheet.columns: must be a whole number of at least 1, not None"
    )
    assert caught.value.text("ja") == (
        f"バッジのレイアウト {path}: sheet.columns: 1 以上の整数にしてください（現在は None）"
    )
    assert caught.value.text("it") == (
        f"Modello di badge {path}: sheet.columns: "
        "deve essere un numero intero pari ad almeno 1, non None"
    )
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        load_layout_file(path)
    assert str(caught.value).endswith(": (top level): must be an object")
    assert caught.value.text("ja").endswith(": （最上位）: オブジェクトにしてください")


def test_elements_from_borrows_another_layouts_badge() -> None:
    """The A6 4-up sheet draws the A6 badge: its elements are written once."""
    assert load_layout("a4-a6x4").elements == load_layout("a6").elements


# --- fitting text ----------------------------------------------------------------------------


def test_a_short_name_keeps_its_size() -> None:
    register_fonts()
    fitted = fit_text("Anna Greco", 82 * MM, 10.5 * MM, size=17, min_size=9, lines=2, bold=True)
    assert fitted.lines == ("Anna Greco",) and fitted.size == 17


def test_a_longer_name_shrinks_on_one_line() -> None:
    register_fonts()
    text = "Alessandra Montanaro-Bianchi"
    fitted = fit_text(text, 60 * MM, 10 * MM, size=17, min_size=9, lines=2)
    assert fitted.lines == (text,) and 9 <= fitted.size < 17
    assert string_width(text, fitted.face, fitted.size) <= 60 * MM


def test_a_very_long_name_wraps_to_two_lines_then_ends_with_an_ellipsis() -> None:
    register_fonts()
    two = fit_text(LONG_NAME[:60], 82 * MM, 10.5 * MM, size=17, min_size=9, lines=2)
    assert len(two.lines) == 2 and _squash("".join(two.lines)) == _squash(LONG_NAME[:60])
    cut = fit_text(LONG_NAME * 3, 82 * MM, 10.5 * MM, size=17, min_size=9, lines=2)
    assert len(cut.lines) == 2 and cut.lines[1].endswith("…")
    one = fit_text(LONG_NAME, 40 * MM, 5 * MM, size=9, min_size=7, lines=1)
    assert one.lines[0].endswith("…") and one.size == 7


def test_a_name_too_long_even_on_two_lines_keeps_both_ends() -> None:
    """Names are cut in the middle: the given and the family name both stay."""
    register_fonts()
    name = f"{LONG_NAME} Dell'Acqua Bianchi"
    two = fit_text(name, 82 * MM, 10.5 * MM, size=17, min_size=9, lines=2, cut=Cut.MIDDLE)
    assert two.lines[0].startswith("Maria Vittoria")
    assert two.lines[1].startswith("…") and two.lines[1].endswith("Dell'Acqua Bianchi")
    one = fit_text(name, 60 * MM, 5 * MM, size=9, min_size=7, lines=1, cut=Cut.MIDDLE)
    (line,) = one.lines
    assert line.startswith("Maria") and line.endswith("Bianchi") and "…" in line
    japanese = "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末 食う寝る処に住む処"
    cut = fit_text(japanese, 30 * MM, 5 * MM, size=9, min_size=8, lines=1, cut=Cut.MIDDLE)
    assert cut.lines[0][0] == "寿" and cut.lines[0][-1] == "処"


def test_japanese_wraps_between_any_two_characters() -> None:
    register_fonts()
    text = "東海地区自動車部品工業協同組合連合会国際事業部"
    fitted = fit_text(text, 40 * MM, 12 * MM, size=14, min_size=9, lines=2)
    assert fitted.face.name == JAPANESE
    assert len(fitted.lines) == 2 and "".join(fitted.lines) == text


def _covered(font_name: str) -> set[int]:
    register_fonts()
    return set(pdfmetrics.getFont(font_name).face.charToGlyph)


# Characters both faces draw (a string with any Japanese is drawn in IPAex Gothic, whose
# Latin is narrower than Noto Sans's): Latin with accents, kana, and kanji.
_LATIN = [chr(c) for c in range(0x20, 0x17F) if chr(c).isprintable()]
_KANA = [chr(c) for c in range(0x3041, 0x3097)] + [chr(c) for c in range(0x30A1, 0x30FB)]
_KANJI = [chr(c) for c in range(0x4E00, 0x9FA0, 7)]
_ALPHABET = sorted(
    ch
    for ch in (_LATIN + _KANA + _KANJI)
    if ord(ch) in _covered(JAPANESE) and (ord(ch) in _covered(LATIN) or ord(ch) >= 0x3000)
)
names = st.text(alphabet=st.sampled_from(_ALPHABET), min_size=1, max_size=90)


@settings(max_examples=300, deadline=None)
@given(
    text=names,
    width=st.floats(min_value=15, max_value=100),
    height=st.floats(min_value=3, max_value=25),
    size=st.floats(min_value=6, max_value=30),
    lines=st.sampled_from([1, 2]),
    cut=st.sampled_from(list(Cut)),
)
def test_fitted_text_never_overflows_its_box(
    text: str, width: float, height: float, size: float, lines: int, cut: Cut
) -> None:
    """Any name, any box: every line within the width, all lines within the height, and the
    text complete unless it ends with an ellipsis."""
    text = clean(text)
    if not text:
        return
    min_size = min(6.0, size)
    fitted = fit_text(
        text, width * MM, height * MM, size=size, min_size=min_size, lines=lines, cut=cut
    )
    assert 1 <= len(fitted.lines) <= lines
    for line in fitted.lines:
        assert string_width(line, fitted.face, fitted.size) <= width * MM + 1e-6
    assert len(fitted.lines) * fitted.size * LEADING <= height * MM + 1e-6
    if not any("…" in line for line in fitted.lines):
        assert _squash("".join(fitted.lines)) == _squash(text)


# --- content ---------------------------------------------------------------------------------


def _person(**kw: Any) -> BadgePerson:
    base: dict[str, Any] = dict(
        participant_id=7,
        given_name="Hiroshi",
        family_name="Tanaka",
        latin_name="Tanaka Hiroshi",
        kanji_name="田中 浩",
        kana_name="たなか ひろし",
        name_order=NameOrder.FAMILY_FIRST,
        title="President",
        title_ja="社長",
        organisation="Chubu Seimitsu",
        organisation_ja="中部精密",
        side=Side.NAGOYA,
        category=BadgeCategory.DELEGATE,
        email="t@chubu.example",
        phone=None,
        check_in_token="7K3M9QX2D4HB",
    )
    base.update(kw)
    return BadgePerson(**base)


def test_a_japanese_participant_reads_kanji_first() -> None:
    p = _person()
    assert element_text(ElementKind.NAME, p) == "田中 浩"
    assert element_text(ElementKind.SECOND_NAME, p) == "Tanaka Hiroshi"
    assert element_text(ElementKind.ORGANISATION, p) == "中部精密"
    assert element_text(ElementKind.ORGANISATION_OTHER, p) == "Chubu Seimitsu"
    assert element_text(ElementKind.TITLE, p) == "社長"
    assert element_text(ElementKind.CATEGORY, p) == "Delegate · 代表団"


def test_an_italian_participant_reads_latin_first() -> None:
    p = _person(
        kanji_name=None,
        kana_name=None,
        latin_name="Niccolò Fabbri",
        organisation_ja=None,
        title_ja=None,
        side=Side.TURIN,
    )
    assert element_text(ElementKind.NAME, p) == "Niccolò Fabbri"
    assert element_text(ElementKind.SECOND_NAME, p) == ""
    assert element_text(ElementKind.ORGANISATION_OTHER, p) == ""
    assert element_text(ElementKind.TITLE, p) == "President"


def test_checkin_qr_carries_the_secret_token_not_the_ids() -> None:
    """Since 0012 the check-in code is PNT and the person's token: nothing in it can be made
    up from a mission's and a participant's ids (the old PONTE:3:42 could)."""
    code = qr_text(QrContent.CHECKIN, _person(participant_id=42), 3)
    assert code == "PNT7K3M9QX2D4HB"
    assert code.isalnum() and code.isupper()  # typed alike under any keyboard layout


def test_vcard_qr_is_vcard_3_with_escaped_values() -> None:
    card = qr_text(QrContent.VCARD, _person(organisation="Rossi, Bianchi; Co."), 1)
    lines = card.split("\r\n")
    assert lines[:4] == ["BEGIN:VCARD", "VERSION:3.0", "N:Tanaka;Hiroshi;;;", "FN:Tanaka Hiroshi"]
    assert "ORG:Rossi\\, Bianchi\\; Co." in lines
    assert "EMAIL:t@chubu.example" in lines
    assert "END:VCARD" in lines
    assert "EMAIL" not in qr_text(QrContent.VCARD, _person(email=None), 1)


def test_vcard_carries_the_japanese_name_and_the_phone() -> None:
    """The name in Japanese script is the card's nickname (kana when there is no kanji); the
    phone is there when badge_data kept it (with consent); the title is not (it is printed)."""
    lines = qr_text(QrContent.VCARD, _person(phone="+81 52-555-0101"), 1).split("\r\n")
    assert "NICKNAME:田中 浩" in lines and "TEL:+81 52-555-0101" in lines
    assert not any(line.startswith("TITLE") for line in lines)
    kana = qr_text(QrContent.VCARD, _person(kanji_name=None), 1)
    assert "NICKNAME:たなか ひろし\r\n" in kana
    latin = qr_text(QrContent.VCARD, _person(kanji_name=None, kana_name=None, phone=None), 1)
    assert "NICKNAME" not in latin and "TEL" not in latin


@pytest.mark.parametrize("text", ["PONTE:1:23", "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "x" * 150])
def test_qr_matrix_is_reportlabs_symbol_with_the_mask_it_chose(text: str) -> None:
    """Our mask search changes only which mask is used: the symbol is reportlab's for it."""
    ours = qr_matrix(text)
    level = qrencoder.QRErrorCorrectLevel.M if len(text) < 60 else qrencoder.QRErrorCorrectLevel.L
    version = (ours.shape[0] - 17) // 4
    matches = []
    for mask in range(8):
        ref = qrencoder.QRCode(version, level)
        ref.addData(text)
        ref.makeImpl(False, mask)
        matches.append(bool((np.array(ref.modules, dtype=bool) == ours).all()))
    assert matches.count(True) == 1
    assert _data_positions(version)[0].size > 0
    assert isinstance(_QrCode(None, level), qrencoder.QRCode)


# --- data ------------------------------------------------------------------------------------


def test_everyone_by_side_then_organisation(small: Small, paths: Paths) -> None:
    batch = _batch(small, paths)
    assert [p.side for p in batch.people] == [
        Side.TURIN,
        Side.TURIN,
        Side.NAGOYA,
        Side.NAGOYA,
        None,
    ]


def test_chosen_people_come_in_the_order_asked(small: Small, paths: Paths) -> None:
    batch = _batch(small, paths, "niccolo", "tanaka")
    assert [p.participant_id for p in batch.people] == [small.ids["niccolo"], small.ids["tanaka"]]


def test_contact_data_only_with_consent(small: Small, paths: Paths) -> None:
    tanaka, niccolo = _batch(small, paths, "tanaka", "niccolo").people
    assert tanaka.email == "tanaka@chubu.example"
    assert niccolo.email is None and niccolo.phone is None


def test_unknown_participant_ids_are_named(small: Small, paths: Paths) -> None:
    with (
        open_store(small.path, paths=paths) as store,
        pytest.raises(DocumentError, match="no participants with the ids 998, 999"),
    ):
        load_badges(store, small.mission_id, [small.ids["tanaka"], 998, 999])


def test_an_empty_mission_says_so(small: Small, paths: Paths) -> None:
    with (
        open_store(small.path, paths=paths) as store,
        pytest.raises(DocumentError, match="This mission has no participants"),
    ):
        load_badges(store, small.empty_mission_id)


def test_a_missing_mission_says_so(small: Small, paths: Paths) -> None:
    with (
        open_store(small.path, paths=paths) as store,
        pytest.raises(NotFound, match="no mission 4242"),
    ):
        load_badges(store, 4242)


# --- the PDF ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_pdfs(demo_batch: BadgeBatch, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo mission's 155 badges in each layout."""
    folder = tmp_path_factory.mktemp("badges")
    out = {}
    for name in LAYOUTS:
        out[name] = render_badges(demo_batch, load_layout(name), folder / f"{name}.pdf").path
    return out


@pytest.mark.parametrize("name", LAYOUTS)
def test_demo_badges_pages_fonts_and_page_size(
    name: str, demo_pdfs: dict[str, Path], demo_batch: BadgeBatch
) -> None:
    """One page per sheet, page size A4 or A6, every font embedded, no base-14 font."""
    path = demo_pdfs[name]
    sheet = load_layout(name).sheet
    sizes = _page_mm(path)
    assert len(sizes) == math.ceil(len(demo_batch.people) / sheet.per_page)
    expected = A6 if name == "a6" else A4
    for size in sizes:
        assert size == pytest.approx(expected, abs=0.1)
    _assert_embedded(path)


@pytest.fixture(scope="module")
def sample_pdfs(
    demo_batch: BadgeBatch, tmp_path_factory: pytest.TempPathFactory
) -> tuple[BadgeBatch, dict[str, Path]]:
    """Demo people with accented Latin names and the first Japanese ones, in each layout
    (reading back all 155 badges with pdfplumber takes long and shows nothing more)."""
    accented = [p for p in demo_batch.people if re.search(r"[À-ÿ]", p.latin_name)]
    japanese = [p for p in demo_batch.people if p.kanji_name][:16]
    sample = BadgeBatch(demo_batch.mission_id, demo_batch.mission_name, tuple(accented + japanese))
    folder = tmp_path_factory.mktemp("sample")
    return sample, {
        name: render_badges(sample, load_layout(name), folder / f"{name}.pdf").path
        for name in LAYOUTS
    }


@pytest.mark.parametrize("name", LAYOUTS)
def test_demo_names_extract_back(
    name: str, sample_pdfs: tuple[BadgeBatch, dict[str, Path]]
) -> None:
    """Kanji and accented Latin names come back exactly, with pypdf and with pdfplumber."""
    sample, pdfs = sample_pdfs
    by_pypdf, by_plumber = _text(pdfs[name])
    kanji = [p.kanji_name for p in sample.people if p.kanji_name]
    accented = [p.latin_name for p in sample.people if re.search(r"[À-ÿ]", p.latin_name)]
    assert kanji and accented
    for text in (by_pypdf, by_plumber):
        for needle in [*kanji, *accented, "名古屋", "トリノ", "DELEGATE · 代表団"]:
            assert _squash(needle) in _squash(text), needle


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_word_lies_inside_its_label(name: str, demo_pdfs: dict[str, Path]) -> None:
    """Geometry in mm against the sheet definition: each word inside one label rectangle."""
    layout = load_layout(name)
    rects = _label_rects(layout)
    words = _words_mm(demo_pdfs[name], 0)
    assert words
    for word in words:
        assert any(_inside(word, r) for r in rects), word


def test_the_name_sits_in_the_name_box(demo_pdfs: dict[str, Path], demo_batch: BadgeBatch) -> None:
    """The first badge's name words lie in the name element's box of label 1."""
    layout = load_layout("a4-90x54")
    element = next(e for e in layout.elements if e.kind is ElementKind.NAME)
    x, y = layout.sheet.label_origin(0)
    box = (
        x + element.x,
        y + element.y,
        x + element.x + element.width,
        y + element.y + element.height,
    )
    first = demo_batch.people[0].latin_name.split()
    label = _label_rects(layout)[0]
    words = [
        w for w in _words_mm(demo_pdfs["a4-90x54"], 0) if w["text"] in first and _inside(w, label)
    ]
    assert words and all(_inside(w, box) for w in words)


def _render(batch: BadgeBatch, tmp_path: Path, layout: str = "a4-90x54", **options: Any) -> Path:
    return render_badges(
        batch, load_layout(layout), tmp_path / "b.pdf", BadgeOptions(**options)
    ).path


def test_start_at_skips_the_used_labels(small: Small, paths: Paths, tmp_path: Path) -> None:
    """Starting at label 4 leaves labels 1–3 blank; the badges fill 4, 5, …"""
    batch = _batch(small, paths, "tanaka", "niccolo")
    path = _render(batch, tmp_path, start_at=4)
    rects = _label_rects(load_layout("a4-90x54"))
    words = _words_mm(path, 0)
    used = {i for w in words for i, r in enumerate(rects) if _inside(w, r)}
    assert used == {3, 4}
    assert any(w["text"] == "田中" and _inside(w, rects[3]) for w in words)


def test_start_at_fills_the_rest_then_a_new_sheet(
    small: Small, paths: Paths, tmp_path: Path
) -> None:
    batch = _batch(small, paths)  # 5 people, from label 8 of 10: 3 on page 1, 2 on page 2
    path = _render(batch, tmp_path, start_at=8)
    assert len(PdfReader(path).pages) == 2


def test_start_at_past_the_sheet_is_refused(small: Small, paths: Paths, tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="10 labels per sheet"):
        _render(_batch(small, paths, "tanaka"), tmp_path, start_at=11)


def test_a_long_name_stays_within_its_badge(small: Small, paths: Paths, tmp_path: Path) -> None:
    """In every layout: inside the label, and still showing the first and the family name."""
    for layout in LAYOUTS:
        path = _render(_batch(small, paths, "long"), tmp_path, layout)
        rects = _label_rects(load_layout(layout))
        for word in _words_mm(path, 0):
            assert _inside(word, rects[0]), (layout, word)
        for text in _text(path):
            assert "Maria" in text and "Dell'Acqua Bianchi" in text, layout


def test_kana_only_and_no_japanese_names(small: Small, paths: Paths, tmp_path: Path) -> None:
    """A kana-only name and a name with no Japanese at all both print and extract back."""
    path = _render(_batch(small, paths, "kana", "niccolo", "interpreter"), tmp_path)
    for text in _text(path):
        squashed = _squash(text)
        for needle in [
            "Mori Sakura",
            "もり さくら",
            "Niccolò Fabbrì-Çelik",
            "Officine Meccaniche Città di Torino",
            "Giulia Rinaudo",
            "INTERPRETER · 通訳",
            "STAFF · スタッフ",
            "SPEAKER · 登壇者",
        ]:
            assert _squash(needle) in squashed, needle
    _assert_embedded(path)


def test_vcard_and_checkin_layout_option(small: Small, paths: Paths, tmp_path: Path) -> None:
    """Both QR contents render (a vCard makes a denser code, so a larger file)."""
    batch = _batch(small, paths, "tanaka")
    checkin = _render(batch, tmp_path, qr=QrContent.CHECKIN).stat().st_size
    vcard = _render(batch, tmp_path, qr=QrContent.VCARD).stat().st_size
    assert vcard > checkin


def test_crop_marks_only_in_the_margins(small: Small, paths: Paths, tmp_path: Path) -> None:
    batch = _batch(small, paths, "tanaka")
    path = _render(batch, tmp_path, crop_marks=True)
    with pdfplumber.open(path) as pdf:
        lines = pdf.pages[0].lines
    assert len(lines) == 3 * 2 + 6 * 2  # 3 column edges top and bottom, 6 row edges each side
    sheet = load_layout("a4-90x54").sheet
    grid = (
        sheet.margin_left,
        sheet.margin_top,
        sheet.page_width - sheet.margin_left,
        sheet.page_height - sheet.margin_top,
    )
    for line in lines:
        x0, x1 = line["x0"] / MM, line["x1"] / MM
        top, bottom = line["top"] / MM, line["bottom"] / MM
        outside = x1 <= grid[0] or x0 >= grid[2] or bottom <= grid[1] or top >= grid[3]
        assert outside, line
    plain = _render(batch, tmp_path)
    with pdfplumber.open(plain) as pdf:
        assert not pdf.pages[0].lines


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(alphabet=st.sampled_from(_ALPHABET), min_size=1, max_size=40))
def test_any_name_prints_inside_the_badge_and_extracts_back(
    name: str, tmp_path_factory: Any
) -> None:
    """Arbitrary names (Latin with accents, kana, kanji) stay inside the label and, unless
    cut with an ellipsis, come back from the PDF as they went in (after ``clean``)."""
    cleaned = clean(name)
    if not cleaned:
        return
    person = _person(kanji_name=cleaned, latin_name="Tanaka Hiroshi")
    batch = BadgeBatch(1, "Test", (person,))
    folder = tmp_path_factory.mktemp("any")
    path = render_badges(batch, load_layout("a4-90x54"), folder / "b.pdf").path
    rect = _label_rects(load_layout("a4-90x54"))[0]
    words = _words_mm(path, 0)
    assert all(_inside(w, rect) for w in words)
    by_pypdf = PdfReader(path).pages[0].extract_text() or ""
    if "…" not in by_pypdf:
        assert _squash(cleaned) in _squash(by_pypdf)


# --- failures leave the old file ---------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_failed_render_leaves_the_old_file(small: Small, paths: Paths, tmp_path: Path) -> None:
    """A failure mid-way (here: a label past the sheet) keeps the previous PDF byte for byte
    and leaves no temporary file."""
    batch = _batch(small, paths, "tanaka")
    good = _render(batch, tmp_path)
    before = _digest(good)
    with pytest.raises(DocumentError):
        _render(batch, tmp_path, start_at=99)
    assert _digest(good) == before
    assert not list(tmp_path.glob("*.part"))


def test_an_output_folder_that_cannot_be_made_is_an_error(
    small: Small, paths: Paths, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    batch = _batch(small, paths, "tanaka")
    with pytest.raises(FileWriteError, match="Cannot create the folder"):
        render_badges(batch, load_layout(DEFAULT_LAYOUT), blocker / "out" / "b.pdf")


def test_an_unwritable_folder_is_an_error_and_keeps_the_old_file(
    small: Small, paths: Paths, tmp_path: Path
) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes in any folder")
    batch = _batch(small, paths, "tanaka")
    folder = tmp_path / "locked"
    folder.mkdir()
    good = render_badges(batch, load_layout(DEFAULT_LAYOUT), folder / "b.pdf").path
    before = _digest(good)
    folder.chmod(0o500)
    try:
        with pytest.raises(FileWriteError, match="cannot be written to"):
            render_badges(batch, load_layout(DEFAULT_LAYOUT), folder / "b.pdf")
        assert _digest(good) == before
    finally:
        folder.chmod(0o700)


def test_a_failing_disk_keeps_the_old_file(
    small: Small, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write itself fails (a full disk, a vanished share): a DocumentError, old file kept."""
    from reportlab.pdfgen.canvas import Canvas

    batch = _batch(small, paths, "tanaka")
    good = _render(batch, tmp_path)
    before = _digest(good)

    def full_disk(self: Canvas) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Canvas, "save", full_disk)
    with pytest.raises(DocumentError, match="No space left on device"):
        _render(batch, tmp_path)
    assert _digest(good) == before
    assert not list(tmp_path.glob("*.part"))


# --- the command -----------------------------------------------------------------------------


@pytest.fixture
def cli() -> Iterator[Any]:
    yield build_cli()


def _invoke(cli: Any, *args: str) -> Any:
    return CliRunner().invoke(cli, ["badges", *args])


def test_cli_prints_chosen_participants(
    cli: Any, small: Small, paths: Paths, tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"
    ids = f"{small.ids['tanaka']},{small.ids['niccolo']}"
    result = _invoke(
        cli,
        "--db",
        str(small.path),
        "--mission",
        str(small.mission_id),
        "--out",
        str(out),
        "--participants",
        ids,
        "--layout",
        "a6",
        "--qr",
        "vcard",
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 badges on 2 pages (a6) for 'Nagoya → Torino, test'")
    assert len(PdfReader(out).pages) == 2


def test_cli_default_mission_and_layout(
    cli: Any, demo_db: Path, paths: Paths, tmp_path: Path
) -> None:
    """Without --mission: the next mission that has not ended (as the window chooses)."""
    from datetime import date

    from app.services.missions import default_mission, list_missions

    with open_store(demo_db, paths=paths) as store:
        expected = default_mission(list_missions(store), date.today())
        assert expected is not None
        count = len(load_badges(store, expected.id).people)
    out = tmp_path / "badges.pdf"
    result = _invoke(cli, "--db", str(demo_db), "--out", str(out), "--start-at", "3")
    assert result.exit_code == 0, result.output
    pages = math.ceil((count + 2) / 10)  # labels 1-2 left free
    assert f"{count} badges on {pages} pages (a4-90x54) for '{expected.name}'" in result.output
    assert len(PdfReader(out).pages) == pages


def test_cli_unknown_layout_lists_the_layouts(
    cli: Any, small: Small, paths: Paths, tmp_path: Path
) -> None:
    result = _invoke(
        cli, "--db", str(small.path), "--out", str(tmp_path / "b.pdf"), "--layout", "a5"
    )
    assert result.exit_code == 2
    assert "no badge layout 'a5'" in result.output
    for name in LAYOUTS:
        assert name in result.output
    assert not (tmp_path / "b.pdf").exists()


def test_cli_unknown_participants_are_named(
    cli: Any, small: Small, paths: Paths, tmp_path: Path
) -> None:
    result = _invoke(
        cli,
        "--db",
        str(small.path),
        "--mission",
        str(small.mission_id),
        "--out",
        str(tmp_path / "b.pdf"),
        "--participants",
        "9991",
    )
    assert result.exit_code == 1
    assert "no participant with the id 9991" in result.output


def test_cli_bad_participant_list(cli: Any, small: Small, paths: Paths, tmp_path: Path) -> None:
    result = _invoke(
        cli, "--db", str(small.path), "--out", str(tmp_path / "b.pdf"), "--participants", "3,five"
    )
    assert result.exit_code == 2 and "not a list of participant ids" in result.output


def test_cli_empty_mission(cli: Any, small: Small, paths: Paths, tmp_path: Path) -> None:
    result = _invoke(
        cli,
        "--db",
        str(small.path),
        "--mission",
        str(small.empty_mission_id),
        "--out",
        str(tmp_path / "b.pdf"),
    )
    assert result.exit_code == 1
    assert "This mission has no participants" in result.output
    assert "Traceback" not in result.output


def test_cli_unknown_mission_and_missing_database(
    cli: Any, small: Small, paths: Paths, tmp_path: Path
) -> None:
    result = _invoke(
        cli, "--db", str(small.path), "--mission", "4242", "--out", str(tmp_path / "b.pdf")
    )
    assert result.exit_code == 1 and "no mission 4242" in result.output
    missing = tmp_path / "typo.sqlite"
    result = _invoke(cli, "--db", str(missing), "--out", str(tmp_path / "b.pdf"))
    assert result.exit_code == 1 and not missing.exists()


def test_cli_start_at_past_the_sheet_keeps_the_old_file(
    cli: Any, small: Small, paths: Paths, tmp_path: Path
) -> None:
    out = tmp_path / "b.pdf"
    shutil.copyfile(__file__, out)
    before = _digest(out)
    result = _invoke(
        cli,
        "--db",
        str(small.path),
        "--mission",
        str(small.mission_id),
        "--out",
        str(out),
        "--start-at",
        "11",
    )
    assert result.exit_code == 1 and "from 1 to 10, not 11" in result.output
    assert _digest(out) == before


def test_cli_output_in_a_file_path_is_an_error(
    cli: Any, small: Small, paths: Paths, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = _invoke(
        cli,
        "--db",
        str(small.path),
        "--mission",
        str(small.mission_id),
        "--out",
        str(blocker / "b.pdf"),
    )
    assert result.exit_code == 1 and f"{blocker} is not a folder" in result.output


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
@pytest.mark.parametrize("qr", list(QrContent))
def test_the_printed_qr_code_is_the_encoded_one(qr: QrContent, tmp_path: Path) -> None:
    """Rasterise a badge and read every module at its centre: the printed code is the
    symbol that was encoded, in the QR element's box (a drawing error would break scans)."""
    import subprocess

    from PIL import Image

    person = _person(participant_id=4321)
    batch = BadgeBatch(12, "Test", (person,))
    layout = load_layout("a6")
    path = render_badges(batch, layout, tmp_path / "b.pdf", BadgeOptions(qr=qr)).path
    dpi = 400
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-singlefile",
            "-gray",
            str(path),
            str(tmp_path / "page"),
        ],
        check=True,
        timeout=60,
    )
    image = Image.open(tmp_path / "page.png").convert("L")
    matrix = qr_matrix(qr_text(qr, person, 12))
    element = next(e for e in layout.elements if e.kind is ElementKind.QR)
    count = matrix.shape[0]
    module = element.width / (count + 4)  # two quiet modules on each side
    px = dpi / 25.4
    seen = np.zeros_like(matrix)
    for r in range(count):
        for c in range(count):
            x = (element.x + (2 + c + 0.5) * module) * px
            y = (element.y + (2 + r + 0.5) * module) * px
            seen[r, c] = image.getpixel((round(x), round(y))) < 128
    assert (seen == matrix).all()
    for quiet in (0.5, count + 3.5):  # the quiet zone stays white
        x = (element.x + quiet * module) * px
        assert image.getpixel((round(x), round((element.y + element.height / 2) * px))) > 128
