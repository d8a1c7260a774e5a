"""Calendar files from the demo missions, read back by icalendar and vobject (and, where
installed, by the seven parsers of ../shared/tools/icscheck): UTC instants on both sides of
Rome's change to summer time, UIDs unique and stable, SEQUENCE from the publications' mapping,
cancelled meetings, hostile text, the ``ponte ics`` command."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import vobject
from click.testing import CliRunner
from icalendar import Calendar
from sqlalchemy import select

from app.calendar.data import load_calendar_data
from app.calendar.files import write_calendars
from app.calendar.ics import CalendarWriter
from app.cli import build_cli
from app.common.files import FileWriteError
from app.common.paths import Paths
from app.core.agenda_data import personal_agenda
from app.core.language import Label, label
from app.core.pairs import pair_key
from app.model import (
    DocumentLanguage,
    Interpreter,
    Meeting,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
)
from app.services.publications import publish
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import copy_sqlite
from tests.factories import first_fit

Lang = DocumentLanguage

STAMP = datetime(2028, 3, 1, 8, 0, tzinfo=UTC)
ICSCHECK_HOME = Path(os.environ.get("ICSCHECK_HOME", Path.home() / ".cache" / "icscheck"))
VALIDATE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "icscheck" / "validate_ics.py"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, demo_sqlite_template: Path) -> Path:
    """Both demo missions, their meetings scheduled by the first-fit stand-in (fast)."""
    folder = tmp_path_factory.mktemp("ics-demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PONTE_HOME", str(folder / "home"))
        target = copy_sqlite(demo_sqlite_template, folder / "demo.sqlite")
        store = open_store(str(target), paths=Paths.for_user())
        try:
            for mid in mission_ids(store).values():
                schedule_mission(store, mid, solve=first_fit)
        finally:
            store.close()
    return folder / "demo.sqlite"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, paths: Paths) -> Iterator[Store]:
    """A private copy of the demo database, open."""
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, target)
    store = open_store(str(target), paths=paths, create=False)
    try:
        yield store
    finally:
        store.close()


def mission_ids(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {m.timezone: m.id for m in s.scalars(select(Mission))}


def export(store: Store, mission_id: int, **kw: object) -> CalendarWriter:
    return CalendarWriter(load_calendar_data(store, mission_id), stamp=STAMP, **kw)  # type: ignore[arg-type]


def _utc(value: object) -> object:
    """A start or end in UTC (every entry Ponte writes is timed)."""
    assert isinstance(value, datetime), value
    return value.astimezone(UTC)


def events_icalendar(data: bytes) -> dict[str, dict[str, object]]:
    cal = Calendar.from_ical(data)
    assert not cal.get_missing_tzids()
    out: dict[str, dict[str, object]] = {}
    for ev in cal.walk("VEVENT"):
        uid = str(ev["UID"])
        assert uid not in out, f"UID {uid} twice"
        out[uid] = {
            "start": _utc(ev["DTSTART"].dt),
            "end": _utc(ev["DTEND"].dt),
            "tzid": ev["DTSTART"].params.get("TZID"),
            "summary": str(ev["SUMMARY"]),
            "description": str(ev.get("DESCRIPTION", "")),
            "sequence": int(ev["SEQUENCE"]),
            "status": str(ev["STATUS"]),
        }
    return out


def events_vobject(data: bytes) -> dict[str, dict[str, object]]:
    """The same file read by vobject, which evaluates the VTIMEZONE itself."""
    cal = vobject.readOne(data.decode("utf-8"), validate=True)
    out: dict[str, dict[str, object]] = {}
    for ev in cal.vevent_list:
        out[ev.uid.value] = {
            "start": _utc(ev.dtstart.value),
            "summary": ev.summary.value,
            "description": ev.description.value if hasattr(ev, "description") else "",
            "sequence": int(ev.sequence.value),
            "status": ev.status.value,
        }
    return out


def both(data: bytes) -> dict[str, dict[str, object]]:
    """Events by UID; both parsers must agree on start, text, sequence and status."""
    ours, theirs = events_icalendar(data), events_vobject(data)
    assert ours.keys() == theirs.keys()
    for uid, ev in theirs.items():
        for key, value in ev.items():
            assert ours[uid][key] == value, (uid, key, ours[uid][key], value)
    return ours


def move(store: Store, mission_id: int, start_utc: datetime) -> tuple[int, int, int]:
    """Move the mission's first meeting to ``start_utc``; its id and its pair."""
    with store.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id)
        ).first()
        assert m is not None
        m.start_utc, m.end_utc = start_utc, start_utc + timedelta(minutes=20)
        return m.id, *sorted((m.organisation_a_id, m.organisation_b_id))  # type: ignore[return-value]


def someone_at(store: Store, meeting_id: int) -> int:
    with store.session() as s:
        m = s.get(Meeting, meeting_id)
        assert m is not None
        return sorted(link.participant_id for link in m.participant_links)[0]


# --- time zones ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        ("20280325T150000", datetime(2028, 3, 25, 14, 0, tzinfo=UTC)),  # Saturday, CET +01
        ("20280327T140000", datetime(2028, 3, 27, 12, 0, tzinfo=UTC)),  # Monday, CEST +02
    ],
)
def test_rome_meeting_on_each_side_of_the_dst_change(
    demo: Store, local: str, utc: datetime
) -> None:
    """A meeting in Turin is at the right UTC instant before and after 26 March 2028."""
    rome = mission_ids(demo)["Europe/Rome"]
    mid, lo, hi = move(demo, rome, utc)
    writer = export(demo, rome)
    data = writer.participant(someone_at(demo, mid))
    assert f"DTSTART;TZID=Europe/Rome:{local}".encode() in data
    uid = f"meeting-{lo}-{hi}@{writer.key}.ponte"
    events = both(data)
    assert events[uid]["start"] == utc
    assert events[uid]["tzid"] == "Europe/Rome"


@pytest.mark.parametrize(
    "utc",
    [datetime(2027, 10, 13, 5, 0, tzinfo=UTC), datetime(2027, 11, 1, 5, 0, tzinfo=UTC)],
)
def test_tokyo_meeting_before_and_after_europe_changes_back(demo: Store, utc: datetime) -> None:
    """Tokyo has no DST: 14:00 JST is 05:00 UTC on either side of 31 October 2027."""
    tokyo = mission_ids(demo)["Asia/Tokyo"]
    mid, lo, hi = move(demo, tokyo, utc)
    writer = export(demo, tokyo)
    data = writer.participant(someone_at(demo, mid))
    assert f"DTSTART;TZID=Asia/Tokyo:{utc + timedelta(hours=9):%Y%m%dT%H%M%S}".encode() in data
    assert both(data)[f"meeting-{lo}-{hi}@{writer.key}.ponte"]["start"] == utc


def test_every_event_matches_the_database_instant(demo: Store) -> None:
    """Whole-mission files of both demos: each event's UTC start is the database's."""
    for mid in mission_ids(demo).values():
        writer = export(demo, mid)
        events = both(writer.mission())
        data = writer.data
        clocks = len(data.clock_warnings(None))  # the entries of a DST change
        assert len(events) == len(data.items) + len(data.meetings) + clocks
        for m in data.meetings:
            assert events[writer.uids[m.id]]["start"] == m.start.astimezone(UTC)


# --- UIDs and SEQUENCE ---------------------------------------------------------------------


def test_uids_are_unique_and_stable_across_exports_and_rescheduling(demo: Store) -> None:
    """Two exports give the same UIDs; re-scheduling (new meeting rows) keeps them too."""
    rome = mission_ids(demo)["Europe/Rome"]
    first = set(events_icalendar(export(demo, rome).mission()))
    second = set(events_icalendar(export(demo, rome).mission()))
    with demo.session() as s:
        old_ids = set(s.scalars(select(Meeting.id).where(Meeting.mission_id == rome)))
        s.execute(Meeting.__table__.delete().where(Meeting.mission_id == rome))
    schedule_mission(demo, rome, solve=first_fit)
    third = set(events_icalendar(export(demo, rome).mission()))
    assert first == second == third
    with demo.session() as s:  # new rows with new ids (never reused, 0011): the UIDs held
        new_ids = set(s.scalars(select(Meeting.id).where(Meeting.mission_id == rome)))
    assert new_ids and not new_ids & old_ids


def test_uids_of_both_missions_never_meet(demo: Store) -> None:
    ids = mission_ids(demo)
    a = set(events_icalendar(export(demo, ids["Asia/Tokyo"]).mission()))
    b = set(events_icalendar(export(demo, ids["Europe/Rome"]).mission()))
    assert not a & b


def test_moved_meeting_keeps_its_uid_with_the_sequence_given(demo: Store) -> None:
    """Version 2: same UID, SEQUENCE from the mapping, new time; others stay at 0."""
    rome = mission_ids(demo)["Europe/Rome"]
    before = export(demo, rome)
    mid, lo, hi = move(demo, rome, datetime(2028, 3, 27, 13, 0, tzinfo=UTC))
    uid = f"meeting-{lo}-{hi}@{before.key}.ponte"
    after = export(demo, rome, sequences={f"M{lo}-{hi}": 2})
    events = both(after.participant(someone_at(demo, mid)))
    assert events[uid]["sequence"] == 2
    assert events[uid]["start"] == datetime(2028, 3, 27, 13, 0, tzinfo=UTC)
    assert {e["sequence"] for u, e in events.items() if u != uid} == {0}


def test_cancelled_meeting_is_listed_as_cancelled_for_both_sides(demo: Store) -> None:
    rome = mission_ids(demo)["Europe/Rome"]
    uid_before = export(demo, rome)
    with demo.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == rome).order_by(Meeting.id)
        ).first()
        assert m is not None
        m.status = MeetingStatus.CANCELLED
        people = {link.participant_id for link in m.participant_links}
        mid, key = m.id, pair_key(m.organisation_a_id, m.organisation_b_id)
    uid = uid_before.uids[mid]
    writer = export(demo, rome, sequences={key: 1})
    for pid in people:
        event = both(writer.participant(pid))[uid]
        assert (event["status"], event["sequence"]) == ("CANCELLED", 1)
    assert both(writer.mission())[uid]["status"] == "CANCELLED"


# --- languages -----------------------------------------------------------------------------


def test_each_participant_reads_their_own_language(demo: Store) -> None:
    """Sugiura (Japanese) gets Japanese titles; Allasia (Italian) Italian ones."""
    rome = mission_ids(demo)["Europe/Rome"]
    writer = export(demo, rome)
    people = {p.family: p.id for p in writer.data.people.values()}
    ja = both(writer.participant(people["Sugiura"]))
    it = both(writer.participant(people["Allasia"]))
    items = {i.id: i for i in writer.data.items}
    for uid, event in ja.items():
        if uid.startswith("item-"):
            item = items[int(uid.split("-")[1].split("@")[0])]
            assert event["summary"] == item.title_in(writer.data.people[people["Sugiura"]].language)
    assert any("Tavolo" in str(e["description"]) for u, e in it.items() if u.startswith("meeting"))
    assert any(
        "テーブル" in str(e["description"]) for u, e in ja.items() if u.startswith("meeting")
    )


# --- hostile text --------------------------------------------------------------------------

HOSTILE = "Evil\r\nEND:VEVENT\nBEGIN:VEVENT\x00\x1b\u2028;,\\ 😀 " + "漢" * 500


def make_hostile(store: Store, mission_id: int) -> tuple[int, int]:
    """A hostile name and profile on the counterpart of some meeting; (reader, meeting id)."""
    with store.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id)
        ).first()
        assert m is not None
        org = s.get(Organisation, m.organisation_b_id)
        assert org is not None
        org.name, org.name_ja = HOSTILE, HOSTILE[::-1]
        org.profile, org.profile_ja = HOSTILE * 2, "\n".join([HOSTILE] * 3)
        for p in s.scalars(select(Participant).where(Participant.organisation_id == org.id)):
            p.family_name, p.family_name_kanji, p.title = HOSTILE, "漢" * 500, HOSTILE
        reader = next(
            link.participant_id
            for link in m.participant_links
            if s.get(Participant, link.participant_id).organisation_id == m.organisation_a_id  # type: ignore[union-attr]
        )
        return reader, m.id


def assert_no_injected_line(data: bytes, events: int) -> None:
    lines = data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == events
    for raw in data.split(b"\r\n"):
        assert len(raw) <= 75
        raw.decode("utf-8")
    assert not any(c in data.decode("utf-8") for c in "\x00\x1b\u2028")


def test_hostile_names_and_profiles_cannot_inject_lines(demo: Store) -> None:
    rome = mission_ids(demo)["Europe/Rome"]
    reader, mid = make_hostile(demo, rome)
    writer = export(demo, rome)
    for data in (writer.participant(reader), writer.mission()):
        events = both(data)
        assert_no_injected_line(data, len(events))
        text = str(events[writer.uids[mid]]["description"])
        assert "漢" * 500 in text and "😀" in text and "END:VEVENT" in text


# --- the command and the files -------------------------------------------------------------


def test_ponte_ics_writes_one_file_per_participant(demo: Store, tmp_path: Path) -> None:
    rome = mission_ids(demo)["Europe/Rome"]
    out = tmp_path / "out"
    result = CliRunner().invoke(
        build_cli(),
        ["ics", "--db", str(demo.location.path), "--mission", str(rome), "--out", str(out),
         "--organisations", "--whole-mission"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = load_calendar_data(demo, rome).data
    files = sorted(out.iterdir())
    assert len(files) == len(data.people) + len(data.organisations) + 1
    for path in files:
        assert path.name.isascii() and path.suffix == ".ics"
        both(path.read_bytes())
    assert not list(out.glob(".*part"))


def test_ponte_ics_only_the_participants_named(demo: Store, tmp_path: Path) -> None:
    rome = mission_ids(demo)["Europe/Rome"]
    ids = sorted(load_calendar_data(demo, rome).data.people)[:2]
    args = ["ics", "--db", str(demo.location.path), "--mission", str(rome), "--out", str(tmp_path)]
    result = CliRunner().invoke(build_cli(), [*args, "--participants", f"{ids[0]},{ids[1]}"])
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("calendar-*.ics"))) == 2
    result = CliRunner().invoke(build_cli(), [*args, "--participants", "999999"])
    assert result.exit_code != 0 and "999999" in result.output


# --- icscheck: seven parsers ---------------------------------------------------------------


def icscheck(path: Path) -> subprocess.CompletedProcess[str]:
    python = ICSCHECK_HOME / "venv" / "bin" / "python"
    if not python.exists() or not VALIDATE.exists():
        pytest.skip("icscheck is not installed (run ../shared/tools/icscheck/setup.sh)")
    env = {**os.environ, "ICSCHECK_HOME": str(ICSCHECK_HOME)}
    return subprocess.run(
        [str(python), str(VALIDATE), str(path), "--json"], capture_output=True, text=True,
        env=env, timeout=120, check=False,
    )  # fmt: skip


def assert_icscheck_passes(path: Path) -> None:
    """All seven parsers accept ``path`` and agree on every event's UID, start and
    description (icscheck's own verdict, exit 0)."""
    result = icscheck(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icscheck_accepts_the_demo_and_hostile_exports(demo: Store, tmp_path: Path) -> None:
    """Whole missions, one participant of each, and the hostile export: all seven agree."""
    ids = mission_ids(demo)
    chosen: list[Path] = []
    for zone, mid in ids.items():
        writer = export(demo, mid)
        pid = next(iter(sorted(writer.data.people)))
        chosen += write_calendars(
            writer, tmp_path / zone.replace("/", "-"), [pid], whole_mission=True
        )
    reader, _ = make_hostile(demo, ids["Europe/Rome"])
    chosen += write_calendars(
        export(demo, ids["Europe/Rome"]), tmp_path / "hostile", [reader], whole_mission=True
    )
    for path in chosen:
        assert_icscheck_passes(path)


def test_a_failed_export_leaves_the_previous_files_and_no_temporaries(
    demo: Store, tmp_path: Path
) -> None:
    """A destination that cannot be written stops the batch before any file is replaced."""
    rome = mission_ids(demo)["Europe/Rome"]
    writer = export(demo, rome)
    first = write_calendars(writer, tmp_path)
    before = {p: p.read_bytes() for p in first}
    blocked = tmp_path / Path(first[-1]).name
    blocked.unlink()
    blocked.mkdir()  # the last file's name is now a folder
    with pytest.raises(FileWriteError, match="is a folder"):
        write_calendars(export(demo, rome, sequences={"x": 1}), tmp_path)
    for path, content in before.items():
        if path != blocked:
            assert path.read_bytes() == content
    assert not list(tmp_path.glob(".*.part"))


def test_interpreter_sees_both_sides_and_the_delegates_see_the_interpreter(demo: Store) -> None:
    rome = mission_ids(demo)["Europe/Rome"]
    with demo.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == rome).order_by(Meeting.id)
        ).first()
        interpreter = s.scalars(select(Interpreter).where(Interpreter.mission_id == rome)).first()
        assert m is not None and interpreter is not None
        m.interpreter_id = interpreter.id
        mid, who = m.id, interpreter.participant_id
    writer = export(demo, rome)
    uid = writer.uids[mid]
    person = writer.data.people[who]
    seen = both(writer.participant(who))[uid]
    assert str(seen["summary"]).startswith(label(Label.INTERPRETING, person.language) + ": ")
    meeting = next(x for x in writer.data.meetings if x.id == mid)
    a, b = (writer.data.organisations[o] for o in (meeting.organisation_a, meeting.organisation_b))
    assert a.name in str(seen["summary"]) and b.name in str(seen["summary"])
    delegate = writer.data.people[someone_at(demo, mid)]
    theirs = both(writer.participant(delegate.id))[uid]
    assert f"{label(Label.INTERPRETER, delegate.language)}: " in str(theirs["description"])
    assert person.latin in str(theirs["description"])


def _ics_of(
    store: Store, mission_id: int, participant: int, out: Path
) -> dict[str, dict[str, object]]:
    result = CliRunner().invoke(
        build_cli(),
        ["ics", "--db", str(store.location.path), "--mission", str(mission_id),
         "--out", str(out), "--participants", str(participant)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (path,) = out.glob("*.ics")
    return both(path.read_bytes())


def test_a_meeting_moved_after_publishing_gets_a_higher_sequence(
    demo: Store, tmp_path: Path
) -> None:
    """Version 1 published; a meeting moved; ``ponte ics`` gives it SEQUENCE 1 under the same
    UID, every other entry stays at 0; publishing version 2 keeps it there."""
    rome = mission_ids(demo)["Europe/Rome"]
    publish(demo, rome)
    mid, lo, hi = move(demo, rome, datetime(2028, 3, 27, 13, 0, tzinfo=UTC))
    person = someone_at(demo, mid)
    events = _ics_of(demo, rome, person, tmp_path / "v1-moved")
    moved = next(uid for uid in events if uid.startswith(f"meeting-{lo}-{hi}@"))
    assert events[moved]["sequence"] == 1
    assert events[moved]["start"] == datetime(2028, 3, 27, 13, 0, tzinfo=UTC)
    assert {e["sequence"] for uid, e in events.items() if uid != moved} == {0}
    publish(demo, rome)
    again = _ics_of(demo, rome, person, tmp_path / "v2")
    assert again.keys() == events.keys()
    assert again[moved]["sequence"] == 1


# --- the daylight-saving warning ------------------------------------------------------------


def _reader(writer: CalendarWriter, lang: DocumentLanguage, *, museum: bool) -> int:
    """A participant reading ``lang``, at Sunday's museum visit (a guest) or not (a host)."""
    data = writer.data
    return next(
        p.id for p in sorted(data.people.values(), key=lambda p: p.id)
        if p.language is lang
        and any("MAUTO" in i.title for i in personal_agenda(data, p.id).items) == museum
    )  # fmt: skip


def test_the_dst_change_is_an_evening_entry_in_the_reader_language(
    demo: Store, tmp_path: Path
) -> None:
    """At 21:00 CET on Saturday 25 March, the evening before the change (TRANSP:TRANSPARENT:
    it never makes anyone busy), titled and worded in the reader's language; the museum
    visit's description in it too; one UID that a later version keeps; all seven parsers
    agree on it."""
    rome = mission_ids(demo)["Europe/Rome"]
    writer = export(demo, rome)
    ja, it = _reader(writer, Lang.JA, museum=True), _reader(writer, Lang.IT, museum=False)
    expected = {
        ja: ("今夜からサマータイム（+1時間）",
             "以後、名古屋はトリノより7時間進みます（これまでは8時間）。",
             "バスは夏時間（CEST）の9:30にホテルを出発します。"),
        it: ("Stanotte inizia l'ora legale (+1 h)",
             "Da quel momento Nagoya è 7 ore avanti rispetto a Torino (finora 8 ore).", None),
    }  # fmt: skip
    uids = set()
    for pid, (summary, words, museum) in expected.items():
        data = writer.participant(pid)
        events = both(data)
        [uid] = [u for u in events if u.startswith("clock-")]
        uids.add(uid)
        entry = events[uid]
        assert (entry["start"], entry["end"]) == (
            datetime(2028, 3, 25, 20, 0, tzinfo=UTC),  # 21:00 CET
            datetime(2028, 3, 25, 20, 15, tzinfo=UTC),
        )
        assert entry["summary"] == summary and words in str(entry["description"])
        [raw] = [e for e in Calendar.from_ical(data).walk("VEVENT") if str(e["UID"]) == uid]
        assert str(raw["TRANSP"]) == "TRANSPARENT"
        assert b"DTSTART;TZID=Europe/Rome:20280325T210000\r\n" in data
        if museum is not None:
            [visit] = [e for e in events.values() if "MAUTO" in str(e["summary"])]
            assert museum in str(visit["description"])
            assert "The bus leaves" not in str(visit["description"])
        path = tmp_path / f"{pid}.ics"
        path.write_bytes(data)
        assert_icscheck_passes(path)
    assert len(uids) == 1  # one change, one entry, whoever reads it
    assert "clock-20280326T010000Z@" in uids.pop()
    whole = both(writer.mission())
    assert sum(u.startswith("clock-") for u in whole) == 1
    publish(demo, rome)
    again = both(export(demo, rome).participant(it))
    assert [u for u in again if u.startswith("clock-")] == [
        u for u in both(writer.participant(it)) if u.startswith("clock-")
    ]


def test_the_mission_in_nagoya_in_october_has_no_clock_entry(demo: Store) -> None:
    tokyo = mission_ids(demo)["Asia/Tokyo"]
    writer = export(demo, tokyo)
    assert b"clock-" not in writer.mission()
    pid = next(iter(sorted(writer.data.people)))
    assert b"clock-" not in writer.participant(pid)
