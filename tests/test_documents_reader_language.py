"""Every name a delegate reads — mission, venue, B2B session, delegation, a session's break —
in the reader's language, with the fallback to English when a form is missing: in the PDFs
(read back), the .ics files (parsed, and by the seven parsers of icscheck) and the e-mails.
A session's coffee break is a row at its time in agendas, table sheets and the master grid."""

from __future__ import annotations

import email.policy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import update

from app.calendar.export import calendars_of
from app.common.paths import Paths
from app.core.agenda_data import (
    BreakInfo,
    MissionData,
    load_mission_data,
    organisation_agenda,
    personal_agenda,
)
from app.core.mission_record import load_mission
from app.core.publications import Change, ChangeKind, diff_of
from app.core.publications.snapshot import ItemEntry, Named
from app.distribution.drafts import write_drafts
from app.distribution.texts import word_change
from app.documents.agendas import organisation_agenda_pdf, personal_agenda_pdf
from app.documents.sheets import master_grid_pdf, table_sheets_pdf
from app.model import (
    AgendaItem,
    AgendaKind,
    B2BBreak,
    B2BSession,
    B2BTable,
    Delegation,
    DocumentLanguage,
    Meeting,
    MeetingParticipant,
    Mission,
    NameOrder,
    Side,
    Venue,
)
from app.services.publications import publish
from app.store import Store, open_store
from tests import factories as f
from tests.test_calendar_export import icscheck
from tests.test_documents_agendas import assert_extracts, pages_text, plumber_text

IT, JA, EN = DocumentLanguage.IT, DocumentLanguage.JA, DocumentLanguage.EN
DAY = datetime(2027, 10, 13, 5, 0, tzinfo=UTC)  # 14:00 JST

MISSION = {EN: "Torino → Nagoya, October 2027", IT: "Torino → Nagoya, ottobre 2027",
           JA: "トリノ → 名古屋 2027年10月"}  # fmt: skip
VENUE = {EN: "Nagoya Chamber of Commerce", IT: "Camera di commercio di Nagoya",
         JA: "名古屋商工会議所"}  # fmt: skip
SESSION = {EN: "B2B session 1", IT: "Sessione B2B 1", JA: "B2B商談会 1"}
TURIN = {EN: "Turin delegation", IT: "Delegazione di Torino", JA: "トリノ代表団"}
NAGOYA = {EN: "Nagoya delegation", IT: "Delegazione di Nagoya", JA: "名古屋代表団"}
BREAK = {EN: "Coffee break", IT: "Pausa caffè", JA: "コーヒーブレイク"}
# The second session and its venue are named in English only: every reader gets English.
PLAIN_SESSION, PLAIN_VENUE, PLAIN_BREAK = "Evening B2B", "Hotel Meijo Grand", "Stretching"


@dataclass(frozen=True)
class Readers:
    mission_id: int
    niccolo: int  # reads Italian
    tanaka: int  # reads Japanese
    grace: int  # reads English
    org_it: int
    org_ja: int
    venue_id: int


def build(store: Store) -> Readers:
    """Session 1, 14:00–15:20 JST with a 14:40–15:00 coffee break (no label: the default
    words), tables T1 and T2; each reader meets before and after the break. Session 2, the
    next evening, named in English only, with a labelled break and no meeting."""
    with store.session() as s:
        m = f.mission(s, timezone="Asia/Tokyo", name=MISSION[EN])
        m.name_it, m.name_ja = MISSION[IT], MISSION[JA]
        turin = Delegation(mission=m, side=Side.TURIN, name=TURIN[EN], name_it=TURIN[IT],
                           name_ja=TURIN[JA])  # fmt: skip
        nagoya = Delegation(mission=m, side=Side.NAGOYA, name=NAGOYA[EN], name_it=NAGOYA[IT],
                            name_ja=NAGOYA[JA])  # fmt: skip
        s.add_all([turin, nagoya])
        a = f.organisation(s, m, turin, name="Città Nuova Meccanica S.r.l.")
        b = f.organisation(s, m, nagoya, name="Hatcho Seiki", name_ja="八丁精機")
        c = f.organisation(s, m, turin, name="Lingotto Analytics Ltd")
        d = f.organisation(s, m, turin, name="Superga Robotics S.r.l.")
        niccolo = f.participant(s, m, organisation=a, delegation=turin, given_name="Niccolò",
                                family_name="Sarà", document_language=IT,
                                email="niccolo@example.com")  # fmt: skip
        tanaka = f.participant(
            s, m, organisation=b, delegation=nagoya, given_name="Hiroshi", family_name="Tanaka",
            family_name_kanji="田中", given_name_kanji="浩", name_order=NameOrder.FAMILY_FIRST,
            document_language=JA, email="tanaka@example.jp",
        )  # fmt: skip
        grace = f.participant(s, m, organisation=c, delegation=turin, given_name="Grace",
                              family_name="O'Neill", document_language=EN,
                              email="grace@example.com")  # fmt: skip
        venue = Venue(mission=m, name=VENUE[EN], name_it=VENUE[IT], name_ja=VENUE[JA],
                      address="2-10-19 Sakae, Naka-ku, Nagoya", address_ja="名古屋市中区栄2-10-19",
                      timezone="Asia/Tokyo")  # fmt: skip
        hotel = Venue(mission=m, name=PLAIN_VENUE, address="3-8-1 Meieki, Nagoya",
                      timezone="Asia/Tokyo")  # fmt: skip
        session = B2BSession(
            mission=m, name=SESSION[EN], name_it=SESSION[IT], name_ja=SESSION[JA], venue=venue,
            start_utc=DAY, end_utc=DAY + timedelta(minutes=80), timezone="Asia/Tokyo",
            slot_minutes=20,
            breaks=[B2BBreak(start_utc=DAY + timedelta(minutes=40),
                             end_utc=DAY + timedelta(minutes=60), label="")],
            tables=[B2BTable(name="T1", position=1), B2BTable(name="T2", position=2)],
        )  # fmt: skip
        evening = DAY + timedelta(hours=28)  # 18:00 JST the next day
        plain = B2BSession(
            mission=m, name=PLAIN_SESSION, venue=hotel, start_utc=evening,
            end_utc=evening + timedelta(minutes=60), timezone="Asia/Tokyo", slot_minutes=20,
            breaks=[B2BBreak(start_utc=evening + timedelta(minutes=20),
                             end_utc=evening + timedelta(minutes=40), label=PLAIN_BREAK)],
            tables=[B2BTable(name="E1", position=1)],
        )  # fmt: skip
        s.add_all([venue, hotel, session, plain])
        s.add(AgendaItem(
            mission=m, kind=AgendaKind.OTHER, title="Reception", title_it="Ricevimento",
            title_ja="レセプション", venue=hotel, start_utc=evening + timedelta(hours=2),
            end_utc=evening + timedelta(hours=3), timezone="Asia/Tokyo",
        ))  # fmt: skip
        s.flush()
        t1, t2 = session.tables
        for minutes, table, x, y, people in [
            (0, t1, a, b, [niccolo, tanaka]),
            (20, t1, b, c, [tanaka, grace]),
            (60, t1, a, c, [niccolo, grace]),
            (60, t2, b, d, [tanaka]),
        ]:
            start = DAY + timedelta(minutes=minutes)
            meeting = Meeting(
                mission=m, organisation_a_id=x.id, organisation_b_id=y.id, session=session,
                table_id=table.id, start_utc=start, end_utc=start + timedelta(minutes=20),
            )  # fmt: skip
            meeting.participant_links = [MeetingParticipant(participant_id=p.id) for p in people]
            s.add(meeting)
        s.flush()
        return Readers(m.id, niccolo.id, tanaka.id, grace.id, a.id, b.id, venue.id)


@pytest.fixture
def db(sqlite_path: Path, paths: Paths) -> Iterator[Store]:
    store = open_store(str(sqlite_path), paths=paths)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def readers(db: Store) -> Readers:
    return build(db)


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def _between(text: str, first: str, middle: str, last: str) -> None:
    """``middle`` comes after ``first`` and before ``last`` in the extracted text."""
    i, j, k = text.find(first), text.find(middle), text.find(last)
    assert -1 < i < j < k, f"{middle!r} is not between {first!r} and {last!r}:\n{text}"


# --- agendas -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "lang"), [("niccolo", IT), ("tanaka", JA), ("grace", EN)]
)  # fmt: skip
def test_personal_agenda_names_everything_in_the_readers_language(
    db: Store, readers: Readers, tmp_path: Path, who: str, lang: DocumentLanguage
) -> None:
    """The mission, the venue, the session and the delegation in the reader's language; the
    coffee break a row at 14:40–15:00 between the 14:xx meeting and the 15:00 one."""
    data = load_mission_data(db, readers.mission_id)
    agenda = personal_agenda(data, getattr(readers, who))
    path = _write(tmp_path / f"{who}.pdf", personal_agenda_pdf(agenda, data))
    delegation = NAGOYA[lang] if who == "tanaka" else TURIN[lang]
    assert_extracts(path, MISSION[lang], VENUE[lang], SESSION[lang], delegation, BREAK[lang])
    text = "\n".join(pages_text(path))
    others = [x[o] for x in (MISSION, SESSION) for o in (IT, JA, EN) if x[o] != x[lang]]
    # the venue's other script comes in brackets for the taxi driver; never a third language
    others += [VENUE[o] for o in (IT, EN) if o is not lang and not (lang is JA and o is EN)]
    for other in others:
        assert other not in text, f"{other!r} in the {lang} agenda"
    before = re.search(r"14:[02]0–14:[24]0 JST", text)  # the reader's meeting before it
    assert before is not None
    _between(text, before.group(), "14:40–15:00 JST", "15:00–15:20 JST")
    _between(text, "14:40–15:00 JST", BREAK[lang], "15:00–15:20 JST")


def test_organisation_agenda_shows_the_break_between_its_meetings(
    db: Store, readers: Readers, tmp_path: Path
) -> None:
    """Hatcho Seiki (its delegate reads Japanese) meets at 14:00, 14:20 and 15:00."""
    data = load_mission_data(db, readers.mission_id)
    agenda = organisation_agenda(data, readers.org_ja)
    path = _write(tmp_path / "org.pdf", organisation_agenda_pdf(agenda, data))
    assert_extracts(path, MISSION[JA], NAGOYA[JA], SESSION[JA], BREAK[JA])
    _between("\n".join(pages_text(path)), "14:20–14:40 JST", BREAK[JA], "15:00–15:20 JST")


def test_a_break_before_the_first_or_after_the_last_meeting_is_left_out(
    db: Store, readers: Readers
) -> None:
    """Only breaks between the reader's first and last meeting of a session are theirs."""
    data = load_mission_data(db, readers.mission_id)
    tanaka = personal_agenda(data, readers.tanaka)
    assert [(b.start.strftime("%H:%M"), b.names.in_(JA)) for b in tanaka.breaks] == [
        ("14:40", BREAK[JA])
    ]
    early = tanaka.meetings[:2]  # 14:00 and 14:20: the break comes after both
    assert data.breaks_of(tuple(m.meeting for m in early)) == ()


def test_the_break_label_falls_back_to_english_and_defaults_in_each_language() -> None:
    when = datetime(2027, 10, 13, 16, tzinfo=UTC)
    unnamed = BreakInfo(1, when, when, "")
    assert [unnamed.names.in_(x) for x in (IT, JA, EN)] == [BREAK[IT], BREAK[JA], BREAK[EN]]
    english_only = BreakInfo(1, when, when, "Coffee break")
    assert english_only.names.in_(IT) == BREAK[IT]  # the default words, translated
    own = BreakInfo(1, when, when, "Tea", label_ja="お茶")
    assert (own.names.in_(IT), own.names.in_(JA)) == ("Tea", "お茶")


def test_a_missing_form_falls_back_to_english(db: Store, readers: Readers, tmp_path: Path) -> None:
    """Without its Italian name the mission reads in English to an Italian reader; the
    Japanese reader still gets the Japanese one."""
    with db.session() as s:
        s.execute(update(Mission).values(name_it=None))
    data = load_mission_data(db, readers.mission_id)
    it = _write(tmp_path / "it.pdf", personal_agenda_pdf(personal_agenda(data, readers.niccolo),
                                                          data))  # fmt: skip
    ja = _write(tmp_path / "ja.pdf", personal_agenda_pdf(personal_agenda(data, readers.tanaka),
                                                          data))  # fmt: skip
    assert_extracts(it, MISSION[EN], VENUE[IT])
    assert_extracts(ja, MISSION[JA])


# --- table sheets and the master grid --------------------------------------------------


@pytest.mark.parametrize("lang", [IT, JA, EN])
def test_sheets_and_grid_name_sessions_and_show_the_break_row(
    db: Store, readers: Readers, tmp_path: Path, lang: DocumentLanguage
) -> None:
    """Each table's sheet and the grid: the session in the reader's language (English for
    the one named only in English), the break a row at its time with its label."""
    data = load_mission_data(db, readers.mission_id)
    sheets = _write(tmp_path / "sheets.pdf", table_sheets_pdf(data, lang))
    grid = _write(tmp_path / "grid.pdf", master_grid_pdf(data, "A4", lang))
    for path in (sheets, grid):
        assert_extracts(path, MISSION[lang], SESSION[lang], PLAIN_SESSION, BREAK[lang],
                        PLAIN_BREAK)  # fmt: skip
    pages = pages_text(sheets)
    assert len(pages) == 3  # T1, T2, E1
    for page in pages[:2]:
        _between(page, "14:20–14:40 JST", "14:40–15:00 JST", "15:00–15:20 JST")
        _between(page, "14:40–15:00 JST", BREAK[lang], "15:00–15:20 JST")
    _between(pages[2], "18:00–18:20 JST", PLAIN_BREAK, "18:40–19:00 JST")
    grid_text = "\n".join(pages_text(grid))
    _between(grid_text, "14:20–14:40 JST", BREAK[lang], "15:00–15:20 JST")
    # one row: the time and the label on one line, read back by pdfplumber
    assert re.search(rf"14:40–15:00 JST\s+{BREAK[lang]}", plumber_text(grid))


# --- calendars -----------------------------------------------------------------------------


def _events(ics: bytes) -> list[dict[str, str]]:
    cal = Calendar.from_ical(ics)
    return [
        {k: str(e.get(k, "")) for k in ("SUMMARY", "LOCATION", "DESCRIPTION")}
        for e in cal.walk("VEVENT")
    ]


@pytest.mark.parametrize(("who", "lang"), [("niccolo", IT), ("tanaka", JA), ("grace", EN)])
def test_calendars_name_the_venue_session_and_mission_in_the_readers_language(
    db: Store, readers: Readers, who: str, lang: DocumentLanguage
) -> None:
    """X-WR-CALNAME the mission, LOCATION the venue, DESCRIPTION the session; no break
    event (a break is not a meeting)."""
    writer = calendars_of(load_mission(db, readers.mission_id))
    ics = writer.participant(getattr(readers, who))
    cal = Calendar.from_ical(ics)
    assert cal["X-WR-CALNAME"].to_ical().decode().replace("\\,", ",").startswith(MISSION[lang])
    meetings = [e for e in _events(ics) if e["SUMMARY"].startswith("B2B")]
    assert len(meetings) == (3 if who == "tanaka" else 2)
    for e in meetings:
        assert e["LOCATION"].startswith(VENUE[lang]), e["LOCATION"]
        assert SESSION[lang] in e["DESCRIPTION"]
    assert not any(BREAK[lang] in e["SUMMARY"] for e in _events(ics))


def test_icscheck_reads_a_japanese_readers_calendar(
    db: Store, readers: Readers, tmp_path: Path
) -> None:
    """The seven parsers of icscheck accept the Japanese reader's file and agree on it."""
    writer = calendars_of(load_mission(db, readers.mission_id))
    path = _write(tmp_path / "tanaka.ics", writer.participant(readers.tanaka))
    result = icscheck(path)
    assert result.returncode == 0, result.stdout + result.stderr


# --- e-mails -------------------------------------------------------------------------------


def _drafts(
    db: Store, mission_id: int, folder: Path, *, only_changed: bool = False
) -> dict[str, EmailMessage]:
    report = write_drafts(db, mission_id, folder, workers=1, only_changed=only_changed)
    out = {}
    for path in report.written:
        message = BytesParser(policy=email.policy.default).parsebytes(path.read_bytes())
        assert isinstance(message, EmailMessage)
        out[str(message["To"])] = message
    return out


def _body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def test_drafts_name_the_mission_in_the_readers_language(
    db: Store, readers: Readers, tmp_path: Path
) -> None:
    """Subject and body: the mission as each reader reads it."""
    mails = _drafts(db, readers.mission_id, tmp_path / "drafts")
    by_address = {k.split("<")[-1].rstrip(">"): v for k, v in mails.items()}
    for address, lang in (("niccolo@example.com", IT), ("tanaka@example.jp", JA),
                          ("grace@example.com", EN)):  # fmt: skip
        message = by_address[address]
        assert str(message["Subject"]).startswith(MISSION[lang])
        assert MISSION[lang] in _body(message)


def test_what_changed_names_the_venue_in_the_readers_language(
    db: Store, readers: Readers, tmp_path: Path
) -> None:
    """A programme item moved to the Chamber after version 1: the Japanese and Italian
    mails name the venue in their language, though the snapshot keeps the English name."""
    publish(db, readers.mission_id, by="test")
    with db.session() as s:
        s.execute(update(AgendaItem).values(venue_id=readers.venue_id))
    publish(db, readers.mission_id, by="test")
    mails = _drafts(db, readers.mission_id, tmp_path / "drafts", only_changed=True)
    by_address = {k.split("<")[-1].rstrip(">"): v for k, v in mails.items()}
    assert VENUE[JA] in _body(by_address["tanaka@example.jp"])
    assert VENUE[IT] in _body(by_address["niccolo@example.com"])
    assert VENUE[EN] in _body(by_address["grace@example.com"])


def test_word_change_uses_the_venue_names_given() -> None:
    """The snapshot's English venue name is the fallback; the reader's name wins."""
    entry = ItemEntry(
        key="P1-v1", id=1, status="active", kind="other", title="Reception",
        title_it="Ricevimento", title_ja="レセプション", description="", start_utc=DAY,
        end_utc=DAY + timedelta(hours=1), timezone="Asia/Tokyo",
        venue=Named(7, "Nagoya Chamber"), audience="everyone", audience_delegation_id=None,
        attendees=frozenset(),
    )  # fmt: skip
    change = Change(ChangeKind.ITEM_ADDED, "P1-v1", None, entry)
    assert "名古屋商工会議所" in word_change(change, None, JA, venues={7: "名古屋商工会議所"})
    assert "Nagoya Chamber" in word_change(change, None, JA)


# --- publications ------------------------------------------------------------------------


def test_names_in_other_languages_are_no_change_to_publish(db: Store, readers: Readers) -> None:
    """The snapshot is a record of what was published, in English: giving the mission, a
    venue or a session its Italian or Japanese name after publishing changes nothing to
    tell anyone."""
    publish(db, readers.mission_id, by="test")
    with db.session() as s:
        s.execute(update(Mission).values(name_it="Altro nome", name_ja="別名"))
        s.execute(update(Venue).values(name_it="Sede", name_ja="会場"))
        s.execute(update(B2BSession).values(name_it="Sessione", name_ja="セッション"))
        s.execute(update(Delegation).values(name_it="Delegazione", name_ja="代表団"))
    assert diff_of(load_mission(db, readers.mission_id)).is_empty


def test_mission_data_keeps_every_form(db: Store, readers: Readers) -> None:
    data: MissionData = load_mission_data(db, readers.mission_id)
    assert data.mission.names.in_(IT) == MISSION[IT]
    assert data.venues[readers.venue_id].names.in_(JA) == VENUE[JA]
    assert [s.names.in_(JA) for s in data.sessions] == [SESSION[JA], PLAIN_SESSION]
    assert sorted(d.names.in_(IT) for d in data.delegations.values()) == [NAGOYA[IT], TURIN[IT]]
