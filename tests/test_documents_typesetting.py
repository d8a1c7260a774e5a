"""Typesetting of the agendas, sheets and booklet (issue 14, item 5): a person's name is never
broken inside, a table continued on a new page repeats its day heading with "(continued)",
and one venue is headed in the singular. Read back from the PDFs with pdfplumber and pypdf."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from app.common.paths import Paths
from app.core.agenda_data import load_mission_data, organisation_agenda
from app.core.mission_record import load_mission
from app.documents.agendas import organisation_agenda_pdf
from app.documents.batch import (
    organisation_agenda_jobs,
    personal_agenda_jobs,
    sheet_jobs,
    write_documents,
)
from app.documents.booklet import booklet_pdf, booklet_source
from app.documents.text_layout import Span, Whole, listing, wrap
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
from tests.test_documents_agendas import TOKYO_DAY

# Family, given (kanji), family, given (romaji): long lists of them wrap in the agendas' cells.
JAPANESE_NAMES = [
    ("山本", "真由美", "Yamamoto", "Mayumi"),
    ("鈴木", "一郎", "Suzuki", "Ichiro"),
    ("高橋", "健太郎", "Takahashi", "Kentaro"),
    ("渡辺", "美奈子", "Watanabe", "Minako"),
    ("伊藤", "翔太", "Ito", "Shota"),
    ("中村", "由紀子", "Nakamura", "Yukiko"),
    ("小林", "大輔", "Kobayashi", "Daisuke"),
    ("加藤", "恵理子", "Kato", "Eriko"),
    ("佐々木", "雄一郎", "Sasaki", "Yuichiro"),
]
MEETINGS = 18  # 18 rows of a long list of names: the day's table runs onto a second page


@dataclass(frozen=True)
class LongDay:
    mission_id: int
    org_ja: int
    org_it: int
    reader_ja: int
    reader_it: int
    reader_en: int


def build_long_day(store: Store, *, items: int = 1) -> LongDay:
    """A Nagoya company of nine delegates meeting eighteen Turin companies in one afternoon,
    everything at one venue; ``items`` programme items that morning (and the day before)."""
    with store.session() as s:
        m = f.mission(s, timezone="Asia/Tokyo", name="Torino → Nagoya, long day")
        turin, nagoya = f.delegation(s, m, Side.TURIN), f.delegation(s, m, Side.NAGOYA)
        org_ja = f.organisation(s, m, nagoya, name="Nagoya Seimitsu Kogyo",
                                name_ja="名古屋精密工業")  # fmt: skip
        delegates = [
            f.participant(
                s,
                m,
                organisation=org_ja,
                delegation=nagoya,
                family_name=fam,
                given_name=giv,
                family_name_kanji=fam_k,
                given_name_kanji=giv_k,
                name_order=NameOrder.FAMILY_FIRST,
                document_language=DocumentLanguage.JA,
            )
            for fam_k, giv_k, fam, giv in JAPANESE_NAMES
        ]
        guests = []
        for i in range(MEETINGS):
            org = f.organisation(s, m, turin, name=f"Officine Torinesi {i + 1} S.p.A.")
            lang = DocumentLanguage.IT if i else DocumentLanguage.EN
            guests.append(
                f.participant(
                    s,
                    m,
                    organisation=org,
                    delegation=turin,
                    given_name="Giulia",
                    family_name=f"Rossi{i + 1}",
                    document_language=lang,
                )
            )
        venue = Venue(mission=m, name="Nagoya Chamber", name_ja="名古屋商工会議所",
                      address="2-10-19 Sakae, Naka-ku, Nagoya", address_ja="名古屋市中区栄2-10-19",
                      timezone="Asia/Tokyo")  # fmt: skip
        s.add(venue)
        for k in range(items):
            start = TOKYO_DAY - timedelta(minutes=10 * k)
            s.add(AgendaItem(
                mission=m, kind=AgendaKind.PLENARY, title=f"Opening {k + 1}",
                title_it=f"Apertura {k + 1}", title_ja=f"開会式 {k + 1}", venue=venue,
                start_utc=start, timezone="Asia/Tokyo", end_utc=start + timedelta(minutes=10),
                description="A long description of the opening. " * 4,
            ))  # fmt: skip
        session = B2BSession(
            mission=m, name="B2B", venue=venue, start_utc=TOKYO_DAY + timedelta(hours=2),
            end_utc=TOKYO_DAY + timedelta(hours=8), timezone="Asia/Tokyo", slot_minutes=20,
            tables=[B2BTable(name="T1", position=1)],
        )  # fmt: skip
        s.add(session)
        s.flush()
        [table] = session.tables
        for i, guest in enumerate(guests):
            start = session.start_utc + timedelta(minutes=20 * i)
            meeting = Meeting(
                mission=m, organisation_a_id=org_ja.id, organisation_b_id=guest.organisation_id,
                session=session, table_id=table.id, start_utc=start,
                end_utc=start + timedelta(minutes=20),
            )  # fmt: skip
            meeting.participant_links = [
                MeetingParticipant(participant_id=p.id) for p in [*delegates, guest]
            ]
            s.add(meeting)
        s.flush()
        return LongDay(m.id, org_ja.id, guests[1].organisation_id or 0, delegates[0].id,
                       guests[1].id, guests[0].id)  # fmt: skip


@pytest.fixture
def db(sqlite_path: Path, paths: Paths) -> Iterator[Store]:
    store = open_store(str(sqlite_path), paths=paths)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def long_day(db: Store) -> LongDay:
    return build_long_day(db)


def plumber_lines(path: Path) -> list[str]:
    """Every text line of every page, as pdfplumber reads it."""
    with pdfplumber.open(path) as pdf:
        return [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]


def line_texts(span: Span, width: float) -> list[str]:
    return ["".join(text for text, _face in segments) for segments, _span in wrap(span, width)]


# --- a name is never broken inside ---------------------------------------------------------


def test_a_list_of_names_breaks_only_between_names() -> None:
    """ "山本 真由美 (Yamamoto Mayumi)" moves whole to the next line instead of being cut."""
    names = [f"{a} {b} ({c} {d})" for a, b, c, d in JAPANESE_NAMES]
    lines = line_texts(Span.joined(["参加者: ", *listing(names)], 9), 200)
    assert len(lines) > 3
    text = " ".join(lines)
    for name in names:
        assert any(name in line for line in lines), (name, lines)
    assert text.replace(" ", "") == ("参加者:" + ",".join(names)).replace(" ", "")


def test_a_name_wider_than_its_column_breaks_between_scripts_then_words() -> None:
    """Only a name wider than the column alone is broken: between its scripts, then between
    its words, never "山 / 本"."""
    name = Whole("佐々木 雄一郎 (Sasaki Yuichiro)")
    assert line_texts(Span(name, 9), 110) == ["佐々木 雄一郎", "(Sasaki Yuichiro)"]
    assert line_texts(Span(name, 9), 45) == ["佐々木", "雄一郎", "(Sasaki", "Yuichiro)"]
    assert line_texts(Span(name, 9), 20)[:2] == ["佐々", "木"]  # narrower than a word: cut


def test_the_japanese_organisation_agenda_never_cuts_a_name(
    db: Store, long_day: LongDay, tmp_path: Path
) -> None:
    """Each delegate's name is on one line wherever the list of delegates wraps."""
    data = load_mission_data(db, long_day.mission_id)
    [path] = write_documents(data, organisation_agenda_jobs(data, tmp_path, [long_day.org_ja]))
    lines = plumber_lines(path)
    wrapped = [line for line in lines if line.startswith("参加者: ")]
    assert wrapped, lines  # the list of delegates in each meeting's row
    for fam_k, giv_k, fam, giv in JAPANESE_NAMES:
        kanji = f"{fam_k} {giv_k}"
        assert sum(kanji in line for line in lines) >= MEETINGS, kanji
        broken = [line for line in lines if line.endswith(fam_k) or line.endswith(fam_k[:1])]
        assert not broken, broken
        assert f"({fam} {giv})" in " ".join(lines) or f"({fam}" in " ".join(lines)


# --- a table continued on a new page says so -----------------------------------------------


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def test_the_japanese_b2b_table_repeats_its_day_heading_continued(
    db: Store, long_day: LongDay, tmp_path: Path
) -> None:
    """Page two starts with the day (and session) heading "（続き）" and the column heads."""
    data = load_mission_data(db, long_day.mission_id)
    [path] = write_documents(data, organisation_agenda_jobs(data, tmp_path, [long_day.org_ja]))
    pages = page_texts(path)
    assert len(pages) >= 2
    assert "（続き）" not in pages[0]
    for page in pages[1:]:
        continued = [line for line in page.splitlines() if line.endswith("（続き）")]
        assert continued and continued[0].startswith("2027年10月12日（火） · B2B"), page
        assert "時間" in page and "商談相手" in page
        assert page.index("（続き）") < page.index("時間")


def test_the_italian_b2b_table_repeats_its_day_heading_continued(
    db: Store, long_day: LongDay, tmp_path: Path
) -> None:
    data = load_mission_data(db, long_day.mission_id)
    agenda = organisation_agenda(data, long_day.org_ja)
    path = tmp_path / "it.pdf"
    path.write_bytes(organisation_agenda_pdf(replace(agenda, language=DocumentLanguage.IT), data))
    pages = page_texts(path)
    assert len(pages) >= 2
    assert "(continua)" in pages[1] and "martedì 12 ottobre 2027 · B2B (continua)" in pages[1]
    assert pages[1].index("(continua)") < pages[1].index("Orario")
    assert "(continua)" not in pages[0]


def test_a_table_sheet_continued_on_a_new_page_says_which_and_continued(
    db: Store, long_day: LongDay, tmp_path: Path
) -> None:
    """A long session's table sheet repeats table, session and day, then the column heads."""
    data = load_mission_data(db, long_day.mission_id)
    [sheets_path, _grid] = write_documents(
        data, sheet_jobs(data, tmp_path, "A4", DocumentLanguage.IT)
    )
    pages = page_texts(sheets_path)
    assert len(pages) >= 2
    assert "Tavolo T1 · B2B — martedì 12 ottobre 2027 (continua)" in pages[1]
    assert pages[1].index("(continua)") < pages[1].index("Orario")
    assert "(continua)" not in pages[0]


def test_a_booklet_day_continued_on_a_new_page_says_so_in_both_languages(
    db: Store, paths: Paths, tmp_path: Path
) -> None:
    long_day = build_long_day(db, items=30)
    source = booklet_source(load_mission(db, long_day.mission_id))
    path = tmp_path / "booklet.pdf"
    path.write_bytes(booklet_pdf(source))
    pages = page_texts(path)
    assert len(pages) >= 2
    assert "(continua)" in pages[1] and "（続き）" in pages[1]
    assert "(continua)" not in pages[0]


# --- one venue: "Sede", not "Sedi" ---------------------------------------------------------


def test_one_venue_is_headed_in_the_singular(db: Store, long_day: LongDay, tmp_path: Path) -> None:
    data = load_mission_data(db, long_day.mission_id)
    ids = [long_day.reader_it, long_day.reader_en, long_day.reader_ja]
    paths = write_documents(data, personal_agenda_jobs(data, tmp_path, ids))
    lines = {p: [line.strip() for line in "\n".join(page_texts(p)).splitlines()] for p in paths}
    italian, english, japanese = (lines[p] for p in paths)
    assert "Sede" in italian and "Sedi" not in italian
    assert "Venue" in english and "Venues" not in english
    assert "会場" in japanese
    source = booklet_source(load_mission(db, long_day.mission_id))
    booklet = tmp_path / "booklet.pdf"
    booklet.write_bytes(booklet_pdf(source))
    text = "\n".join(page_texts(booklet))
    assert "Sede · 会場" in text and "Sedi" not in text
