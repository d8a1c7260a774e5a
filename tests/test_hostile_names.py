"""A hostile-name export, as a real mission would hit it: participants with emoji in their
names, a 100-letter family name, right-to-left marks and Japanese names, in a real SQLite
file; badges, personal agendas, organisation agendas, table sheets and the booklet are
written, their fonts checked, their text extracted back, and each file given to the shared
``pdfcheck`` tool (qpdf, pdffonts, pdftotext, pypdf, pdfplumber) when it is there."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from app.common.paths import Paths
from app.core.agenda_data import load_mission_data
from app.core.mission_record import load_mission
from app.documents.badge_data import load_badges
from app.documents.badge_layouts import load_layout
from app.documents.badges import render_badges
from app.documents.batch import (
    organisation_agenda_jobs,
    personal_agenda_jobs,
    sheet_jobs,
    write_documents,
)
from app.documents.booklet import booklet_pdf, booklet_source
from app.model import (
    AgendaItem,
    AgendaKind,
    B2BSession,
    B2BTable,
    DocumentLanguage,
    Meeting,
    MeetingParticipant,
    NameOrder,
    Side,
    Venue,
)
from app.store import Store, open_store
from tests import factories as f

ROOT = Path(__file__).resolve().parents[1]
PDFCHECK = ROOT.parent / "shared" / "tools" / "pdfcheck" / "check_pdf.py"
TOKYO_DAY = datetime(2027, 10, 12, 0, 0, tzinfo=UTC)  # 09:00 JST

LONG_FAMILY = ("Wolfeschlegelsteinhausenbergerdorff" * 3)[:100]
EMOJI_NAME = "Giulia 😀 Rossi🎌"
RTL_NAME = "Sara Bianchi"  # typed with bidi marks and an embedding around it
JAPANESE_NAME = "山本 真由美"
DINNER = "Cena 🍣 con 山本 e Giulia"
FONTS = {"NotoSans-Regular", "NotoSans-Bold", "IPAexGothic", "NotoEmoji-Regular"}


@dataclass(frozen=True)
class Hostile:
    path: Path
    mission_id: int
    people: tuple[int, ...]
    organisations: tuple[int, ...]


def _build(store: Store, path: Path) -> Hostile:
    with store.session() as s:
        m = f.mission(s, timezone="Asia/Tokyo", name="Torino → Nagoya 🎌 2027")
        m.name_ja = "トリノ → 名古屋 🎌 2027"
        turin, nagoya = f.delegation(s, m, Side.TURIN), f.delegation(s, m, Side.NAGOYA)
        org_it = f.organisation(s, m, turin, name="Officine Rossi 🍷")
        org_ja = f.organisation(
            s, m, nagoya, name="Hatcho Seiki", name_ja="八丁精機 🏯", name_kana="はっちょうせいき"
        )
        emoji = f.participant(
            s, m, organisation=org_it, delegation=turin, given_name="Giulia 😀",
            family_name="Rossi🎌", title="Head of 🚄 sales 👩‍💻",
            document_language=DocumentLanguage.IT,
        )  # fmt: skip
        long = f.participant(
            s, m, organisation=org_it, delegation=turin, given_name="Anna",
            family_name=LONG_FAMILY, document_language=DocumentLanguage.EN,
        )  # fmt: skip
        rtl = f.participant(
            s, m, organisation=org_it, delegation=turin, given_name="\u200fSara\u200e",
            family_name="\u202bBianchi\u202c\u2067", document_language=DocumentLanguage.EN,
        )  # fmt: skip
        yamamoto = f.participant(
            s, m, organisation=org_ja, delegation=nagoya, given_name="Mayumi",
            family_name="Yamamoto", family_name_kanji="山本", given_name_kanji="真由美",
            family_name_kana="やまもと", given_name_kana="まゆみ",
            name_order=NameOrder.FAMILY_FIRST, document_language=DocumentLanguage.JA,
        )  # fmt: skip
        venue = Venue(mission=m, name="Nagoya Chamber 🏢", name_ja="名古屋商工会議所",
                      timezone="Asia/Tokyo")  # fmt: skip
        s.add(venue)
        s.add(AgendaItem(
            mission=m, kind=AgendaKind.DINNER, title=DINNER, title_it=DINNER,
            title_ja="夕食会 🍣 山本様", venue=venue, start_utc=TOKYO_DAY + timedelta(hours=9),
            end_utc=TOKYO_DAY + timedelta(hours=11), timezone="Asia/Tokyo",
        ))  # fmt: skip
        session = B2BSession(
            mission=m, name="B2B 🤝", venue=venue, start_utc=TOKYO_DAY + timedelta(hours=1),
            end_utc=TOKYO_DAY + timedelta(hours=3), timezone="Asia/Tokyo", slot_minutes=20,
            tables=[B2BTable(name="T1", position=1)],
        )  # fmt: skip
        s.add(session)
        s.flush()
        meeting = Meeting(
            mission=m, organisation_a_id=org_ja.id, organisation_b_id=org_it.id,
            session=session, table_id=session.tables[0].id,
            start_utc=session.start_utc, end_utc=session.start_utc + timedelta(minutes=20),
        )  # fmt: skip
        meeting.participant_links = [
            MeetingParticipant(participant_id=p.id) for p in (yamamoto, emoji, long, rtl)
        ]
        s.add(meeting)
        s.flush()
        people = (emoji.id, long.id, rtl.id, yamamoto.id)
        return Hostile(path, m.id, people, (org_it.id, org_ja.id))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The mission written once into a real SQLite file, and every document of it."""
    folder = tmp_path_factory.mktemp("hostile")
    store = open_store(str(folder / "mission.sqlite"), paths=Paths.under(folder / "home"))
    try:
        return _export(store, _build(store, folder / "mission.sqlite"), folder / "out")
    finally:
        store.close()


def _export(store: Store, hostile: Hostile, folder: Path) -> dict[str, Path]:
    """Every document of the mission: name → file."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    batch = load_badges(store, hostile.mission_id)
    for layout in ("a4-90x54", "a6"):
        out[f"badges-{layout}"] = render_badges(
            batch, load_layout(layout), folder / f"badges-{layout}.pdf"
        ).path
    data = load_mission_data(store, hostile.mission_id)
    for name, job_list in (
        ("personal", personal_agenda_jobs(data, folder / "personal", hostile.people)),
        ("organisation", organisation_agenda_jobs(data, folder / "org", hostile.organisations)),
        ("sheets", sheet_jobs(data, folder / "sheets", "A4", DocumentLanguage.EN)),
    ):
        for n, written in enumerate(write_documents(data, job_list)):
            out[f"{name}-{n}"] = written
    booklet = folder / "booklet.pdf"
    booklet.write_bytes(booklet_pdf(booklet_source(load_mission(store, hostile.mission_id))))
    out["booklet"] = booklet
    return out


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        plumber = "\n".join(p.extract_text() or "" for p in pdf.pages)
    return plumber + "\n" + "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def _fonts(path: Path) -> set[str]:
    """The base fonts of every page, each checked to be an embedded TrueType subset."""
    names: set[str] = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            assert "/ToUnicode" in font, font["/BaseFont"]
            names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


# Who each file names (compared without white space: long names wrap).
EVERYONE = (EMOJI_NAME, f"Anna {LONG_FAMILY}", RTL_NAME, JAPANESE_NAME)
EXPECTED: dict[str, tuple[str, ...]] = {
    "badges-a4-90x54": EVERYONE,
    "badges-a6": EVERYONE,
    "personal-0": (EMOJI_NAME, JAPANESE_NAME),
    "personal-1": (f"Anna {LONG_FAMILY}", JAPANESE_NAME),
    "personal-2": (RTL_NAME, JAPANESE_NAME),
    "personal-3": EVERYONE,
    "organisation-0": EVERYONE,
    "organisation-1": EVERYONE,
    "sheets-0": EVERYONE,
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_hostile_names_print_extract_back_and_embed_their_fonts(
    exported: dict[str, Path],
) -> None:
    files = exported
    used: set[str] = set()
    for name, path in files.items():
        text = _text(path)
        fonts = _fonts(path)
        assert fonts <= FONTS, (name, fonts)
        used |= fonts
        assert "\ufffd" not in text, name  # every character here has a face
        for mark in "\u200e\u200f\u202b\u202c\u2067\u200d":
            assert mark not in text, (name, hex(ord(mark)))
        squashed = _squash(text)
        for expected in EXPECTED.get(name, ()):
            assert _squash(expected) in squashed, (name, expected)
    assert used == FONTS
    badges = _text(files["badges-a4-90x54"])
    assert EMOJI_NAME in badges and "Officine Rossi 🍷" in badges
    assert "Head of 🚄 sales 👩💻" in badges  # the ZWJ goes; both emoji stay
    personal = "\n".join(_text(files[f"personal-{n}"]) for n in range(4))
    assert DINNER in personal and "夕食会 🍣 山本様" in personal
    assert "Torino → Nagoya 🎌 2027" in personal and "八丁精機 🏯" in personal


def test_the_shared_pdfcheck_passes_on_the_hostile_export(exported: dict[str, Path]) -> None:
    """qpdf --check, every font embedded with a ToUnicode map, and the names extracted back
    by pdftotext, pypdf and pdfplumber."""
    if not PDFCHECK.is_file():
        pytest.skip(f"{PDFCHECK} is not there")
    needles = {
        "badges": [EMOJI_NAME, RTL_NAME, JAPANESE_NAME, LONG_FAMILY[:40]],
        "personal": ["🎌 2027", "八丁精機 🏯", "🍣", JAPANESE_NAME],
        "organisation": ["🎌 2027", "🍣", JAPANESE_NAME, RTL_NAME],
        "sheets": ["Torino → Nagoya 🎌 2027", "Officine Rossi 🍷", "B2B 🤝"],
        "booklet": ["Torino → Nagoya 🎌 2027", DINNER, "夕食会 🍣 山本様"],
    }
    for name, path in exported.items():
        checked = subprocess.run(
            [sys.executable, str(PDFCHECK), str(path), *needles[name.split("-")[0]]],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert checked.returncode == 0, f"{name}: {checked.stdout}{checked.stderr}"
