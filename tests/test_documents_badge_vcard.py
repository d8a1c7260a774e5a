"""The badges' vCard QR codes as a phone would read them: the PDF rendered at 150 dpi with
pdftoppm (a screen's resolution, well below a printer's), decoded with zxing-cpp and parsed
with vobject (both independent of the code that writes them). The card carries the name in
Latin script and in Japanese script, and the phone and e-mail only with the person's consent;
the modules are large enough for a phone's camera on every layout.
"""

from __future__ import annotations

import dataclasses
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import vobject
import zxingcpp
from PIL import Image

from app.common.paths import Paths
from app.documents.badge_data import BadgeBatch, load_badges
from app.documents.badge_layouts import QrContent, layout_names, load_layout
from app.documents.badges import BadgeOptions, qr_text, render_badges
from app.model import BadgeCategory, NameOrder, Side
from app.services.missions import list_missions
from app.store import open_store
from tests import factories
from tests.demo_support import copy_sqlite

DPI = 150
# The smallest module we print in a vCard: 0.32 mm (the old 18 mm code on 90 × 54) was too
# small for a phone held at arm's length; 0.4 mm is about 2.4 pixels at 150 dpi.
MIN_MODULE_MM = 0.4


@dataclass(frozen=True)
class Scan:
    text: str
    module_mm: float  # measured on the image: the symbol's width over its module count


def _scans(pdf: Path, folder: Path) -> list[list[Scan]]:
    """Each page of ``pdf`` at 150 dpi (pdftoppm, grey), and the QR codes zxing-cpp finds on
    it, with their module size measured on the image."""
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(prefix)], check=True)
    pages = []
    for png in sorted(folder.glob(f"{pdf.stem}-*.png")):
        pixels = np.asarray(Image.open(png).convert("L"))
        found = zxingcpp.read_barcodes(
            pixels,
            formats=zxingcpp.BarcodeFormat.QRCode,
            text_mode=zxingcpp.TextMode.Plain,
            try_downscale=False,
        )
        scans = []
        for code in found:
            p = code.position
            width = np.hypot(p.top_right.x - p.top_left.x, p.top_right.y - p.top_left.y)
            modules = int(code.extra["Version"]) * 4 + 17
            # zxing's corners are the outer corners of the finder patterns' outer modules
            scans.append(Scan(code.text, width / modules * 25.4 / DPI))
        pages.append(scans)
    return pages


@pytest.fixture
def people(sqlite_path: Path, paths: Paths) -> BadgeBatch:
    """Three people: a Japanese delegate who consented, an Italian who did not, and a
    kana-only name who consented, each with a phone and an e-mail."""
    with open_store(sqlite_path, paths=paths) as store:
        with store.session() as s:
            m = factories.mission(s, name="Torino → Nagoya, vCard")
            nagoya = factories.delegation(s, m, Side.NAGOYA)
            turin = factories.delegation(s, m, Side.TURIN)
            chubu = factories.organisation(
                s, m, nagoya, name="Chubu Seimitsu Kogyo", name_ja="中部精密工業"
            )
            dora = factories.organisation(s, m, turin, name="Stampi Dora S.r.l.")
            factories.participant(
                s,
                m,
                organisation=chubu,
                delegation=nagoya,
                given_name="Hiroshi",
                family_name="Tanaka",
                given_name_kanji="浩",
                family_name_kanji="田中",
                given_name_kana="ひろし",
                family_name_kana="たなか",
                name_order=NameOrder.FAMILY_FIRST,
                title="President",
                email="tanaka@chubu.example",
                phone="+81 52-555-0101",
                consent=True,
            )
            factories.participant(
                s,
                m,
                organisation=dora,
                delegation=turin,
                given_name="Beatrice",
                family_name="Migliore",
                title="Direttrice commerciale",
                email="beatrice@stampi-dora.example",
                phone="+39 011 555 0102",
                consent=False,
                badge_category=BadgeCategory.SPEAKER,
            )
            factories.participant(
                s,
                m,
                organisation=chubu,
                delegation=nagoya,
                given_name="Sakura",
                family_name="Mori",
                given_name_kana="さくら",
                family_name_kana="もり",
                name_order=NameOrder.FAMILY_FIRST,
                email="mori@chubu.example",
                phone="+81 90-5555-0103",
                consent=True,
            )
            mission_id = m.id
        return load_badges(store, mission_id)


@pytest.mark.parametrize("layout", layout_names())
def test_the_printed_vcard_carries_both_scripts_and_contact_data_with_consent(
    layout: str, people: BadgeBatch, tmp_path: Path
) -> None:
    """Read back at 150 dpi, each badge's code is its whole vCard; a contact-card parser
    finds the Latin name in N and FN, the Japanese name as the nickname, and the phone and
    e-mail of the two who consented, none of the one who did not."""
    pdf = render_badges(
        people, load_layout(layout), tmp_path / "b.pdf", BadgeOptions(qr=QrContent.VCARD)
    ).path
    read = [scan.text for page in _scans(pdf, tmp_path) for scan in page]
    assert sorted(read) == sorted(
        qr_text(QrContent.VCARD, p, people.mission_id) for p in people.people
    )
    cards = {card.n.value.family: card for card in (vobject.readOne(text) for text in read)}
    tanaka, migliore, mori = cards["Tanaka"], cards["Migliore"], cards["Mori"]
    assert (tanaka.n.value.given, tanaka.fn.value) == ("Hiroshi", "Tanaka Hiroshi")
    assert tanaka.nickname.value == "田中 浩"
    assert tanaka.tel.value == "+81 52-555-0101"
    assert tanaka.email.value == "tanaka@chubu.example"
    assert tanaka.org.value == ["Chubu Seimitsu Kogyo"]
    assert mori.nickname.value == "もり さくら"  # kana when there is no kanji
    assert mori.tel.value == "+81 90-5555-0103"
    assert migliore.fn.value == "Beatrice Migliore"
    assert "nickname" not in migliore.contents  # no Japanese name: none invented
    assert "tel" not in migliore.contents and "email" not in migliore.contents


@pytest.fixture(scope="module")
def demo_batch(tmp_path_factory: pytest.TempPathFactory, demo_sqlite_template: Path) -> BadgeBatch:
    root = tmp_path_factory.mktemp("vcard-demo")
    target = copy_sqlite(demo_sqlite_template, root / "demo.sqlite")
    with open_store(target, paths=Paths.under(root / "home")) as store:
        mission = next(m for m in list_missions(store) if m.name.startswith("Torino"))
        return load_badges(store, mission.id)


@pytest.mark.parametrize("layout", layout_names())
def test_the_densest_demo_vcards_have_modules_of_at_least_0_4_mm(
    layout: str, demo_batch: BadgeBatch, tmp_path: Path
) -> None:
    """The demo's ten longest vCards (a Japanese name, a phone, an e-mail, a long
    organisation) decode at 150 dpi on every layout, with modules of 0.4 mm or more."""
    people = sorted(
        demo_batch.people,
        key=lambda p: len(qr_text(QrContent.VCARD, p, demo_batch.mission_id).encode()),
    )[-10:]
    batch = BadgeBatch(demo_batch.mission_id, demo_batch.mission_name, tuple(people))
    pdf = render_badges(
        batch, load_layout(layout), tmp_path / "b.pdf", BadgeOptions(qr=QrContent.VCARD)
    ).path
    scans = [scan for page in _scans(pdf, tmp_path) for scan in page]
    wanted = sorted(qr_text(QrContent.VCARD, p, batch.mission_id) for p in people)
    assert sorted(s.text for s in scans) == wanted
    assert any("TEL:" in text for text in wanted) and any("NICKNAME:" in t for t in wanted)
    smallest = min(s.module_mm for s in scans)
    assert smallest >= MIN_MODULE_MM, f"{layout}: modules of {smallest:.3f} mm"


@pytest.mark.parametrize("layout", layout_names())
def test_a_card_too_dense_for_its_box_drops_the_organisation_not_the_contact(
    layout: str, people: BadgeBatch, tmp_path: Path
) -> None:
    """A 160-character organisation would make modules under 0.4 mm on the small badges: the
    card printed there leaves the organisation out (it is on the badge) and keeps the name
    in both scripts, the phone and the e-mail; where the code is large (A6) all of it stays."""
    tanaka = next(p for p in people.people if p.family_name == "Tanaka")
    long = dataclasses.replace(
        tanaka, organisation="Consorzio Interregionale " * 6 + "Piemonte–Chubu S.c.a r.l."
    )
    batch = BadgeBatch(people.mission_id, people.mission_name, (long,))
    chosen = load_layout(layout)
    pdf = render_badges(batch, chosen, tmp_path / "b.pdf", BadgeOptions(qr=QrContent.VCARD)).path
    (scan,) = [scan for page in _scans(pdf, tmp_path) for scan in page]
    assert scan.module_mm >= MIN_MODULE_MM, f"{layout}: modules of {scan.module_mm:.3f} mm"
    card = vobject.readOne(scan.text)
    assert (card.fn.value, card.nickname.value) == ("Tanaka Hiroshi", "田中 浩")
    assert (card.tel.value, card.email.value) == ("+81 52-555-0101", "tanaka@chubu.example")
    whole = qr_text(QrContent.VCARD, long, people.mission_id)
    if layout.startswith("a4-") and layout != "a4-a6x4":
        assert "org" not in card.contents and scan.text != whole
    else:
        assert scan.text == whole
