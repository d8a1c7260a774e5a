"""Personal and organisation agendas: read back with pypdf and pdfplumber, in the reader's
language, times in the mission zone, every font embedded, never a half-written file."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import build_cli
from app.common.files import FileWriteError, write_file
from app.common.paths import Paths
from app.common.wording import Wording
from app.core.agenda_data import MissionData, Person, load_mission_data, personal_agenda
from app.core.errors import NotFound
from app.documents import batch
from app.documents.batch import (
    AgendaJob,
    JobKind,
    agenda_file_name,
    organisation_agenda_jobs,
    personal_agenda_jobs,
    write_documents,
)
from app.documents.errors import DocumentError, DocumentsCancelled
from app.model import (
    AgendaAttendee,
    AgendaItem,
    AgendaKind,
    Audience,
    B2BSession,
    B2BTable,
    DocumentLanguage,
    Interpreter,
    Meeting,
    MeetingParticipant,
    Mission,
    NameOrder,
    Publication,
    Side,
    Venue,
)
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests import factories as f
from tests.demo_support import copy_sqlite
from tests.factories import first_fit

BASE_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


# --- reading PDFs back -----------------------------------------------------------------------


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def plumber_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def assert_fonts_embedded(path: Path) -> None:
    """Every font in every page is an embedded TrueType subset; no base-14 font at all."""
    reader = PdfReader(path)
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1] not in BASE_14, f"{path.name}: base-14 font {base}"
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # a Type0 font: the descriptor is on its descendant
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), base
            seen += 1
    assert seen


def assert_extracts(path: Path, *needles: str) -> None:
    """Each needle comes back exactly from both extractors."""
    py = "\n".join(pages_text(path))
    plumber = plumber_text(path)
    for needle in needles:
        assert needle in py, f"pypdf lost {needle!r} in {path.name}"
        assert needle in plumber, f"pdfplumber lost {needle!r} in {path.name}"


def assert_page_numbers(path: Path, pattern: str) -> int:
    """Every page says its own number and the right total ("page 2 of 5")."""
    texts = pages_text(path)
    for number, text in enumerate(texts, start=1):
        expected = pattern.format(page=number, total=len(texts))
        assert expected in text, f"page {number} of {path.name} lacks {expected!r}"
    return len(texts)


# --- a small mission in Tokyo, built with the factories --------------------------------------

TOKYO_DAY = datetime(2027, 10, 12, 0, 0, tzinfo=UTC)  # 09:00 JST


@dataclass(frozen=True)
class Small:
    mission_id: int
    tanaka: int  # Japanese, has meetings
    niccolo: int  # Italian, has meetings
    grace: int  # English, has meetings
    idle: int  # Italian, no meetings
    org_it: int
    org_ja: int


def build_small(store: Store, *, items: int = 3, publish: bool = True) -> Small:
    with store.session() as s:
        m = f.mission(s, timezone="Asia/Tokyo", name="Torino → Nagoya, test")
        m.name_ja = "トリノ → 名古屋 テスト"
        turin, nagoya = f.delegation(s, m, Side.TURIN), f.delegation(s, m, Side.NAGOYA)
        org_it = f.organisation(s, m, turin, name="Città Nuova Meccanica S.r.l.",
                                profile="Precision gears for electric axles.")  # fmt: skip
        org_ja = f.organisation(
            s, m, nagoya, name="Hatcho Seiki", name_ja="八丁精機", name_kana="はっちょうせいき",
            profile="Machining of aerospace parts.", profile_ja="航空機部品の精密加工。",
        )  # fmt: skip
        org_en = f.organisation(s, m, turin, name="Lingotto Analytics Ltd")
        tanaka = f.participant(
            s, m, organisation=org_ja, delegation=nagoya, given_name="Hiroshi",
            family_name="Tanaka", family_name_kanji="田中", given_name_kanji="浩",
            family_name_kana="たなか", given_name_kana="ひろし",
            name_order=NameOrder.FAMILY_FIRST, document_language=DocumentLanguage.JA,
        )  # fmt: skip
        niccolo = f.participant(s, m, organisation=org_it, delegation=turin,
                                given_name="Niccolò", family_name="Sarà",
                                document_language=DocumentLanguage.IT)  # fmt: skip
        grace = f.participant(
            s, m, organisation=org_en, delegation=turin, given_name="Grace",
            family_name="O'Neill", document_language=DocumentLanguage.EN,
        )  # fmt: skip
        idle = f.participant(s, m, delegation=turin, given_name="Lucìa", family_name="Ferrè",
                             document_language=DocumentLanguage.IT)  # fmt: skip
        voice = f.participant(s, m, given_name="Mai", family_name="Ogura",
                              family_name_kanji="小倉", given_name_kanji="舞",
                              name_order=NameOrder.FAMILY_FIRST,
                              document_language=DocumentLanguage.JA)  # fmt: skip
        interpreter = Interpreter(mission=m, participant=voice)
        venue = Venue(mission=m, name="Nagoya Chamber", name_ja="名古屋商工会議所",
                      address="2-10-19 Sakae, Naka-ku, Nagoya", address_ja="名古屋市中区栄2-10-19",
                      timezone="Asia/Tokyo")  # fmt: skip
        s.add_all([interpreter, venue])
        for i in range(items):
            start = TOKYO_DAY + timedelta(hours=1 + 3 * i)
            s.add(AgendaItem(
                mission=m, kind=AgendaKind.PLENARY, title=f"Plenary {i + 1}",
                title_it=f"Plenaria {i + 1}", title_ja=f"全体会議 {i + 1}", venue=venue,
                start_utc=start, end_utc=start + timedelta(hours=1), timezone="Asia/Tokyo",
            ))  # fmt: skip
        visit = AgendaItem(
            mission=m, kind=AgendaKind.COMPANY_VISIT, title="Visit for Tanaka only",
            title_ja="田中様のみの視察", venue=venue, start_utc=TOKYO_DAY + timedelta(hours=30),
            end_utc=TOKYO_DAY + timedelta(hours=31), timezone="Asia/Tokyo",
            audience=Audience.PARTICIPANTS,
        )  # fmt: skip
        visit.attendee_links = [AgendaAttendee(participant=tanaka)]
        s.add(visit)
        session = B2BSession(
            mission=m, name="B2B", venue=venue, start_utc=TOKYO_DAY + timedelta(hours=5),
            end_utc=TOKYO_DAY + timedelta(hours=7), timezone="Asia/Tokyo", slot_minutes=20,
            tables=[B2BTable(name="T1", position=1), B2BTable(name="T2", position=2)],
        )  # fmt: skip
        s.add(session)
        s.flush()
        t1, t2 = session.tables
        for k, (a, b, table, people, interp) in enumerate([
            (org_ja, org_it, t1, [tanaka, niccolo], interpreter),
            (org_ja, org_en, t2, [tanaka, grace], None),
        ]):  # fmt: skip
            start = session.start_utc + timedelta(minutes=20 * (k + 1))
            meeting = Meeting(
                mission=m, organisation_a_id=a.id, organisation_b_id=b.id, session=session,
                table_id=table.id, start_utc=start, end_utc=start + timedelta(minutes=20),
                interpreter_id=None,
            )  # fmt: skip
            meeting.participant_links = [MeetingParticipant(participant_id=p.id) for p in people]
            s.add(meeting)
            s.flush()
            if interp is not None:
                meeting.interpreter_id = interp.id
        if publish:
            s.add(Publication(mission=m, number=2,
                              published_at=datetime(2027, 10, 1, 3, 0, tzinfo=UTC)))  # fmt: skip
        s.flush()
        return Small(m.id, tanaka.id, niccolo.id, grace.id, idle.id, org_it.id, org_ja.id)


@pytest.fixture
def db(sqlite_path: Path, paths: Paths) -> Iterator[Store]:
    store = open_store(str(sqlite_path), paths=paths)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def small(db: Store) -> Small:
    return build_small(db)


def write_agenda(store: Store, mission_id: int, pid: int, folder: Path) -> Path:
    data = load_mission_data(store, mission_id)
    [written] = write_documents(data, personal_agenda_jobs(data, folder, [pid]))
    return written


# --- personal agendas ------------------------------------------------------------------------


def test_japanese_agenda_has_japanese_labels_names_and_weekday(
    db: Store, small: Small, tmp_path: Path
) -> None:
    """Kanji, kana and the counterpart's accented name come back exactly; labels in Japanese."""
    path = write_agenda(db, small.mission_id, small.tanaka, tmp_path / "out")
    assert_fonts_embedded(path)
    assert_extracts(path, "田中 浩", "たなか ひろし", "Tanaka Hiroshi", "Niccolò Sarà",
                    "個人日程表", "B2B商談", "2027年10月12日（火）", "八丁精機", "第2版",
                    "Precision gears for electric axles.", "全体会議 1", "田中様のみの視察",
                    "小倉 舞")  # fmt: skip
    text = "\n".join(pages_text(path))
    assert "Città Nuova Meccanica S.r.l." in text
    assert "Personal agenda" not in text


def test_italian_agenda_is_in_italian_with_the_kanji_of_the_counterpart(
    db: Store, small: Small, tmp_path: Path
) -> None:
    """Italian labels and weekday; the Japanese counterpart in both scripts; the profile."""
    path = write_agenda(db, small.mission_id, small.niccolo, tmp_path)
    assert_fonts_embedded(path)
    assert_extracts(path, "Niccolò Sarà", "Agenda personale", "martedì 12 ottobre 2027",
                    "Hatcho Seiki (八丁精機)", "はっちょうせいき", "Tanaka Hiroshi (田中 浩)",
                    "Machining of aerospace parts.", "versione 2 del 1 ottobre 2027",
                    "Plenaria 1", "Incontri B2B")  # fmt: skip
    assert "田中様のみの視察" not in "\n".join(pages_text(path))  # not invited


def test_english_agenda_and_times_in_the_mission_zone(
    db: Store, small: Small, tmp_path: Path
) -> None:
    """English labels; the meeting at 05:40 UTC prints as 14:40–15:00 JST."""
    path = write_agenda(db, small.mission_id, small.grace, tmp_path)
    assert_extracts(path, "Grace O'Neill", "Personal agenda", "Tuesday 12 October 2027",
                    "14:40–15:00 JST", "T2", "version 2 of 1 October 2027")  # fmt: skip


def test_participant_without_meetings_gets_the_programme_and_a_line(
    db: Store, small: Small, tmp_path: Path
) -> None:
    """No meetings: the programme and "no B2B meetings are scheduled", in Italian."""
    path = write_agenda(db, small.mission_id, small.idle, tmp_path)
    assert_extracts(path, "Lucìa Ferrè", "Non sono previsti incontri B2B.", "Plenaria 1")
    assert len(PdfReader(path).pages) == 1


def test_unpublished_mission_says_draft(db: Store, tmp_path: Path) -> None:
    """Without a publication the footer says draft, in the reader's language."""
    ids = build_small(db, publish=False)
    path = write_agenda(db, ids.mission_id, ids.tanaka, tmp_path)
    assert_extracts(path, "草案(未公開)")


def test_page_numbers_count_all_pages(db: Store, tmp_path: Path) -> None:
    """A long programme runs over pages; each says "page n of N" with the right N."""
    ids = build_small(db, items=60)
    path = write_agenda(db, ids.mission_id, ids.grace, tmp_path)
    total = assert_page_numbers(path, "page {page} of {total}")
    assert total >= 3
    ja = write_agenda(db, ids.mission_id, ids.tanaka, tmp_path)
    assert assert_page_numbers(ja, "{page} / {total} ページ") >= 3


def test_interpreter_agenda_lists_the_meetings_they_interpret(
    db: Store, small: Small, tmp_path: Path
) -> None:
    """The interpreter sees both sides of the meeting they interpret."""
    data = load_mission_data(db, small.mission_id)
    voice = next(p for p in data.people.values() if p.kanji == "小倉 舞")
    agenda = personal_agenda(data, voice.id)
    assert [pm.interpreting for pm in agenda.meetings] == [True]
    path = write_agenda(db, small.mission_id, voice.id, tmp_path)
    assert_extracts(path, "通訳担当", "八丁精機", "Città Nuova Meccanica S.r.l.")


def test_file_names_are_ascii_unique_and_family_first(db: Store, small: Small) -> None:
    """'agenda-0004-Sara-Niccolo.pdf': ASCII-folded, id first, safe on Windows."""
    data = load_mission_data(db, small.mission_id)
    names = [agenda_file_name(p) for p in data.people.values()]
    assert len(set(names)) == len(names)
    assert (
        agenda_file_name(data.people[small.niccolo])
        == f"agenda-{small.niccolo:04d}-Sara-Niccolo.pdf"
    )
    assert agenda_file_name(data.people[small.grace]).endswith("-O-Neill-Grace.pdf")
    assert all(re.fullmatch(r"agenda-\d{4}-[A-Za-z0-9-]+\.pdf", n) for n in names)


# --- the Rome DST change, on the demo --------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, demo_sqlite_template: Path
) -> Iterator[tuple[Store, int]]:
    """Both demo missions; Nagoya → Torino scheduled (a few seconds)."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PONTE_HOME", str(folder / "home"))
        target = copy_sqlite(demo_sqlite_template, folder / "demo.sqlite")
        store = open_store(str(target), paths=Paths.for_user())
        with store.session() as s:
            mid = s.scalars(select(Mission.id).where(Mission.timezone == "Europe/Rome")).one()
        schedule_mission(store, mid, time_limit_s=3)
        try:
            yield store, mid
        finally:
            store.close()


def test_rome_times_on_both_sides_of_the_dst_change(
    demo_db: tuple[Store, int], tmp_path: Path
) -> None:
    """Saturday's arrival is in CET, Sunday's museum and Monday's meetings in CEST."""
    store, mid = demo_db
    data = load_mission_data(store, mid)
    guest = next(
        p for p in data.people.values()
        if p.language is DocumentLanguage.JA and personal_agenda(data, p.id).meetings
        and p.organisation_id is not None
        and "Kariya" not in data.organisations[p.organisation_id].name  # away on Saturday
    )  # fmt: skip
    path = write_agenda(store, mid, guest.id, tmp_path)
    assert_fonts_embedded(path)
    assert_extracts(path, "16:40–18:00 CET", "10:00–12:30 CEST", "2028年3月25日（土）",
                    "2028年3月26日（日）", "時刻はトリノの現地時間(Europe/Rome)")  # fmt: skip
    meetings = personal_agenda(data, guest.id).meetings
    text = "\n".join(pages_text(path))
    for pm in meetings:
        assert f"{pm.meeting.start:%H:%M}–{pm.meeting.end:%H:%M} CEST" in text
        assert pm.meeting.start.utcoffset() == timedelta(hours=2)


def test_italian_host_agenda_on_the_demo(demo_db: tuple[Store, int], tmp_path: Path) -> None:
    """An Italian host's agenda: Italian weekday, CEST meetings, a Japanese counterpart."""
    store, mid = demo_db
    data = load_mission_data(store, mid)
    host = next(
        p for p in data.people.values()
        if p.language is DocumentLanguage.IT and personal_agenda(data, p.id).meetings
    )  # fmt: skip
    path = write_agenda(store, mid, host.id, tmp_path)
    assert_extracts(path, host.latin, "lunedì 27 marzo 2028", "CEST", "Incontri B2B")
    meeting = personal_agenda(data, host.id).meetings[0]
    if meeting.counterpart.name_ja:
        assert_extracts(path, meeting.counterpart.name_ja)


# --- the daylight-saving warning, on the demo ------------------------------------------------


def flat(text: str) -> str:
    """Extracted text without its line breaks and spaces (a warning wraps over lines)."""
    return re.sub(r"\s+", "", text)


def _guest(data: MissionData, lang: DocumentLanguage) -> Person:
    """A guest of the Nagoya delegation reading ``lang``, at the museum on Sunday and at the
    airport on Saturday (Kariya's delegate arrives on Sunday)."""
    return next(
        p for p in sorted(data.people.values(), key=lambda p: p.id)
        if p.language is lang and p.organisation_id is not None
        and "Kariya" not in data.organisations[p.organisation_id].name
        and any("MAUTO" in i.title for i in personal_agenda(data, p.id).items)
    )  # fmt: skip


def test_a_japanese_guest_is_warned_under_saturday_and_reads_the_museum_in_japanese(
    demo_db: tuple[Store, int], tmp_path: Path
) -> None:
    """Saturday 25 March: the heading, then the warning (tonight, 02:00 CET → 03:00 CEST, and
    Nagoya 7 hours ahead), then the arrival; Sunday's museum described in Japanese."""
    store, mid = demo_db
    data = load_mission_data(store, mid)
    guest = _guest(data, DocumentLanguage.JA)
    path = write_agenda(store, mid, guest.id, tmp_path)
    text = flat("\n".join(pages_text(path)))
    saturday = text.index("2028年3月25日（土）")
    warning = text.index(
        flat("今夜サマータイムが始まります。02:00 CETに時計を1時間進めて03:00 CESTとします。")
    )
    assert saturday < warning < text.index("16:40–18:00CET")
    assert flat("以後、名古屋はトリノより7時間進みます（これまでは8時間）。") in text
    assert text.count("サマータイムが始まります") == 1  # once: Saturday holds no meeting
    assert flat("バスは夏時間（CEST）の9:30にホテルを出発します。") in text
    assert "Thebusleavesthehotel" not in text
    assert_fonts_embedded(path)


def test_an_italian_reader_of_the_guests_reads_the_warning_and_the_museum_in_italian(
    demo_db: tuple[Store, int], tmp_path: Path
) -> None:
    """The same agenda for a Nagoya guest who reads Italian (the demo's guests read Japanese:
    the test turns one into an Italian reader on a copy of the record)."""
    store, mid = demo_db
    data = load_mission_data(store, mid)
    guest = _guest(data, DocumentLanguage.JA)
    italian = dataclasses.replace(guest, language=DocumentLanguage.IT)
    data = dataclasses.replace(data, people={**data.people, guest.id: italian})
    [path] = write_documents(data, personal_agenda_jobs(data, tmp_path, [guest.id]))
    text = flat("\n".join(pages_text(path)))
    saturday = text.index(flat("sabato 25 marzo 2028"))
    warning = text.index(
        flat(
            "L'ora legale inizia stanotte: alle 02:00 CET gli orologi vanno avanti di un'ora, "
            "alle 03:00 CEST."
        )
    )
    assert saturday < warning < text.index(flat("domenica 26 marzo 2028"))
    assert flat("Da quel momento Nagoya è 7 ore avanti rispetto a Torino (finora 8 ore).") in text
    assert flat("Il pullman parte dall'hotel alle 09:30, ora legale (CEST)") in text


def test_a_description_not_written_in_the_reader_language_falls_back_to_english(
    demo_db: tuple[Store, int], tmp_path: Path
) -> None:
    """Tuesday's visit without its Japanese description: the Japanese reader gets the English
    one (no longer nothing), the museum's stays Japanese."""
    store, mid = demo_db
    data = load_mission_data(store, mid)
    guest = _guest(data, DocumentLanguage.JA)
    items = tuple(
        dataclasses.replace(i, description_ja=None) if "Caselle:" in i.title else i
        for i in data.items
    )
    data = dataclasses.replace(data, items=items)
    [path] = write_documents(data, personal_agenda_jobs(data, tmp_path, [guest.id]))
    text = flat("\n".join(pages_text(path)))
    assert flat("Bus from the hotel at 08:15, with luggage.") in text
    assert flat("バスは夏時間（CEST）の9:30にホテルを出発します。") in text


def test_a_host_with_nothing_on_saturday_reads_it_under_the_next_day_with_its_date(
    tmp_path: Path, paths: Paths, demo_sqlite_template: Path
) -> None:
    """Without Sunday's dinner a Turin host's first day is Monday: the warning is under
    Monday's heading in the programme and in the B2B meetings, and says the date."""
    target = copy_sqlite(demo_sqlite_template, tmp_path / "demo.sqlite")
    with open_store(str(target), paths=paths) as store:
        with store.session() as s:
            mid = s.scalars(select(Mission.id).where(Mission.timezone == "Europe/Rome")).one()
            dinner = s.scalars(
                select(AgendaItem).where(
                    AgendaItem.mission_id == mid, AgendaItem.title == "Welcome dinner"
                )
            ).one()
            s.delete(dinner)
        schedule_mission(store, mid, solve=first_fit)
        data = load_mission_data(store, mid)
        host = next(
            p for p in sorted(data.people.values(), key=lambda p: p.id)
            if p.language is DocumentLanguage.IT and personal_agenda(data, p.id).meetings
        )  # fmt: skip
        path = write_agenda(store, mid, host.id, tmp_path / "out")
    text = flat("\n".join(pages_text(path)))
    dated = flat("L'ora legale inizia domenica 26 marzo 2028: alle 02:00 CET")
    assert text.count(dated) == 2 and "stanotte" not in text
    monday = flat("lunedì 27 marzo 2028")
    programme, meetings = text.index(flat("Programma")), text.index(flat("Incontri B2B"))
    first, second = text.index(dated), text.rindex(dated)
    assert programme < text.index(monday, programme) < first < meetings
    assert text.index(monday, meetings) < second


def test_a_japanese_organisation_agenda_carries_the_warning(
    demo_db: tuple[Store, int], tmp_path: Path
) -> None:
    store, mid = demo_db
    data = load_mission_data(store, mid)
    guest = _guest(data, DocumentLanguage.JA)
    assert guest.organisation_id is not None
    [path] = write_documents(
        data, organisation_agenda_jobs(data, tmp_path, [guest.organisation_id])
    )
    text = flat("\n".join(pages_text(path)))
    assert text.index("2028年3月25日（土）") < text.index("今夜サマータイムが始まります")


# --- organisation agendas --------------------------------------------------------------------


def test_organisation_agenda_lists_delegates_and_meetings(
    db: Store, small: Small, tmp_path: Path
) -> None:
    """One per company, in its delegates' language, with who sits at each meeting."""
    data = load_mission_data(db, small.mission_id)
    [path] = write_documents(data, organisation_agenda_jobs(data, tmp_path, [small.org_ja]))
    assert path.name == f"organisation-{small.org_ja:04d}-Hatcho-Seiki.pdf"
    assert_fonts_embedded(path)
    assert_extracts(path, "企業別日程表", "八丁精機", "はっちょうせいき", "田中 浩",
                    "Città Nuova Meccanica S.r.l.", "Lingotto Analytics Ltd")  # fmt: skip
    assert_page_numbers(path, "{page} / {total} ページ")


# --- errors, progress, cancel ----------------------------------------------------------------


def test_empty_mission_is_a_clear_error(db: Store, tmp_path: Path) -> None:
    """A mission with no programme and no meetings: nothing to print, said plainly."""
    with db.session() as s:
        m = f.mission(s, name="Empty mission")
        f.participant(s, m)
        mid = m.id
    data = load_mission_data(db, mid)
    with pytest.raises(DocumentError, match="nothing to print"):
        personal_agenda_jobs(data, tmp_path)
    assert not list(tmp_path.glob("*.pdf"))


def test_unknown_mission_and_participant(db: Store, small: Small, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no mission 999"):
        load_mission_data(db, 999)
    data = load_mission_data(db, small.mission_id)
    with pytest.raises(DocumentError, match="No participant with id 999"):
        personal_agenda_jobs(data, tmp_path, [999])


def test_unwritable_folder_leaves_the_existing_file_as_it_was(
    db: Store, small: Small, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that cannot be made (a file is in the way) is a FileWriteError; a failed
    render leaves the previous agenda byte-identical and no temporary file behind."""
    good = write_agenda(db, small.mission_id, small.niccolo, tmp_path)
    before = good.read_bytes()
    blocker = tmp_path / "blocked"
    blocker.write_text("a file, not a folder")
    data = load_mission_data(db, small.mission_id)
    with pytest.raises(FileWriteError, match="blocked"):
        write_documents(data, personal_agenda_jobs(data, blocker / "agendas", [small.niccolo]))

    half_way = Wording(
        "test.half_way",
        en="the renderer failed half-way",
        it="il disegno si è fermato a metà",
        ja="描画が途中で失敗しました",
    )

    def broken(job: AgendaJob) -> bytes:
        raise DocumentError(half_way())

    monkeypatch.setattr(batch, "render_job", lambda data, job: broken(job))
    with pytest.raises(DocumentError, match="half-way"):
        write_documents(data, [AgendaJob(good, JobKind.PERSONAL, small.niccolo)])
    assert good.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporaries
    assert not (blocker / "agendas").exists()


def test_readonly_folder(db: Store, small: Small, tmp_path: Path) -> None:
    """A folder without write permission is a FileWriteError (skipped as root, who may write)."""
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(FileWriteError):
            write_file(folder / "x.pdf", b"%PDF")
    finally:
        folder.chmod(0o700)


def test_progress_and_cancel(db: Store, small: Small, tmp_path: Path) -> None:
    """progress(done, total) after each file; a cancel stops between two whole files."""
    data = load_mission_data(db, small.mission_id)
    jobs = personal_agenda_jobs(data, tmp_path)
    calls: list[tuple[int, int]] = []
    write_documents(data, jobs, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, len(jobs)) for i in range(1, len(jobs) + 1)]

    out = tmp_path / "cancelled"
    with pytest.raises(DocumentsCancelled, match="1 of") as caught:
        write_documents(
            data,
            personal_agenda_jobs(data, out), progress=lambda d, t: None,
            cancelled=lambda: len(list(out.glob("*.pdf"))) >= 1,
        )  # fmt: skip
    total = len(jobs)
    assert str(caught.value) == f"Stopped after 1 of {total} documents; those are complete."
    assert caught.value.text("it") == (
        f"Interrotto dopo 1 di {total} documenti; quelli già scritti sono completi."
    )
    assert caught.value.text("ja") == (
        f"{total} 件中 1 件の書類を作成したところで停止しました。作成済みの書類はそのまま使えます。"
    )
    files = list(out.iterdir())
    assert len(files) == 1 and files[0].suffix == ".pdf"
    assert len(PdfReader(files[0]).pages) >= 1


# --- the command line ------------------------------------------------------------------------


def run_cli(*args: str) -> tuple[int, str]:
    cli = build_cli()
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_cli_writes_every_agenda(
    db: Store, small: Small, sqlite_path: Path, tmp_path: Path
) -> None:
    """Exit 0; one file per participant with coordinator-readable names; a summary line."""
    db.close()
    out = tmp_path / "agendas"
    code, output = run_cli("agendas", "--db", str(sqlite_path), "--out", str(out))
    assert code == 0, output
    files = sorted(p.name for p in out.glob("*.pdf"))
    assert len(files) == 5
    assert f"agenda-{small.tanaka:04d}-Tanaka-Hiroshi.pdf" in files
    assert f"Wrote 5 personal agendas to {out}" in output
    assert not list(out.glob(".*"))  # no temporary files left


def test_cli_participants_and_organisations(
    db: Store, small: Small, sqlite_path: Path, tmp_path: Path
) -> None:
    """--participants picks people; --organisations adds one agenda per company."""
    db.close()
    out = tmp_path / "o"
    code, output = run_cli("agendas", "--db", str(sqlite_path), "--out", str(out),
                           "--participants", f"{small.tanaka},{small.idle}", "--organisations",
                           "--mission", str(small.mission_id))  # fmt: skip
    assert code == 0, output
    names = sorted(p.name for p in out.glob("*.pdf"))
    assert len([n for n in names if n.startswith("agenda-")]) == 2
    assert len([n for n in names if n.startswith("organisation-")]) == 3
    assert "2 personal agendas and 3 organisation agendas" in output


def test_cli_errors_exit_non_zero_with_a_message(
    db: Store, small: Small, sqlite_path: Path, tmp_path: Path
) -> None:
    """Unknown participant or mission, bad ids, an empty mission: clear messages."""
    with db.session() as s:
        empty = f.mission(s, name="Empty").id
    db.close()
    base = ["agendas", "--db", str(sqlite_path), "--out", str(tmp_path / "x")]
    code, output = run_cli(*base, "--participants", "999", "--mission", str(small.mission_id))
    assert code == 1 and "No participant with id 999" in output
    code, output = run_cli(*base, "--mission", "4242")
    assert code == 1 and "no mission 4242" in output
    code, output = run_cli(*base, "--participants", "a,b")
    assert code == 2 and "--participants" in output
    code, output = run_cli(*base, "--mission", str(empty))
    assert code == 1 and "nothing to print" in output
    code, output = run_cli(*base, "--no-personal")
    assert code == 2
    assert not (tmp_path / "x").exists() or not list((tmp_path / "x").iterdir())


def test_cli_missing_database(tmp_path: Path, paths: Paths) -> None:
    code, output = run_cli("agendas", "--db", str(tmp_path / "none.sqlite"), "--out", "x")
    assert code == 1 and "none.sqlite" in output


def test_parallel_workers_write_the_same_documents(db: Store, small: Small, tmp_path: Path) -> None:
    """Two worker processes give the same bytes as one, with progress for each file."""
    data = load_mission_data(db, small.mission_id)
    one = write_documents(data, personal_agenda_jobs(data, tmp_path / "one"))
    calls: list[int] = []
    two = write_documents(
        data, personal_agenda_jobs(data, tmp_path / "two"), workers=2,
        progress=lambda done, total: calls.append(done),
    )  # fmt: skip
    assert calls == list(range(1, len(one) + 1))
    assert [p.read_bytes() for p in one] == [p.read_bytes() for p in two]
