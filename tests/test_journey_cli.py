"""Issue 12's journey headless: scripts/own-mission.sh (the README's "your own mission in five
steps") run as a coordinator would, from an empty database on SQLite and on the test
PostgreSQL, then what it left read back from the database and from the agendas' PDF text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from app.common.paths import Paths
from app.core.mission_record import MissionRecord, PersonRecord, load_mission
from app.model.enums import Side
from app.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "own-mission.sh"
INPUT = ROOT / "tests" / "fixtures" / "journey"
SCRIPT_TIMEOUT_S = 900  # 49 `ponte` starts; a loaded machine needs minutes

MISSION = {
    "en": "Turin–Nagoya Business Mission 2027",
    "it": "Missione d'affari Torino–Nagoya 2027",
    "ja": "トリノ・名古屋ビジネスミッション2027",
}
VENUE = {
    "en": "Nagoya Congress Center",
    "it": "Centro congressi di Nagoya",
    "ja": "名古屋国際会議場",
}
SESSION = {"en": "B2B meetings", "it": "Incontri B2B", "ja": "B2B商談会"}
BREAK = {"it": "Pausa caffè", "ja": "コーヒーブレイク"}


def run_script(db: str, out: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The script as a user starts it, with this checkout's code and a private Ponte home.
    A checkout with its own .venv runs that venv's `ponte`; a worktree without one runs the
    `ponte` beside this Python."""
    environ = {
        **os.environ,
        "PONTE_HOME": str(out.parent / "home"),  # the `paths` fixture's, when used
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    if not (ROOT / ".venv" / "bin" / "ponte").exists():
        environ.setdefault("PONTE_BIN", str(Path(sys.executable).with_name("ponte")))
    return subprocess.run(
        [str(SCRIPT), db, str(INPUT), str(out)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=SCRIPT_TIMEOUT_S,
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def person(record: MissionRecord, kanji_or_latin: str) -> PersonRecord:
    found = [p for p in record.people.values() if kanji_or_latin in (p.kanji_name, p.latin_name)]
    assert len(found) == 1, kanji_or_latin
    return found[0]


def agenda_of(out: Path, who: PersonRecord) -> Path:
    found = sorted((out / "agendas").glob(f"agenda-{who.id:04d}-*.pdf"))
    assert len(found) == 1, (who, sorted(p.name for p in (out / "agendas").iterdir()))
    return found[0]


def test_own_mission_in_five_steps(db_target: str, paths: Paths, tmp_path: Path) -> None:
    out = tmp_path / "out"
    started = time.monotonic()
    run = run_script(db_target, out)
    took = time.monotonic() - started
    said = run.stdout + run.stderr
    assert run.returncode == 0, said
    assert "Traceback" not in said
    for n in range(1, 6):
        assert f"== Step {n}/5:" in run.stdout
    print(f"own-mission.sh on {'PostgreSQL' if '://' in db_target else 'SQLite'}: {took:.0f} s")
    accepted = re.findall(r"^Accepted \d+: (.+) → (.+)$", run.stdout, re.MULTILINE)
    assert len(accepted) == 2, run.stdout
    created = re.search(r"^Created mission (\d+):", run.stdout, re.MULTILINE)
    assert created is not None, run.stdout
    mission_id = int(created[1])

    store = open_store(db_target, paths=paths)
    try:
        record = load_mission(store, mission_id)
    finally:
        store.close()

    # Step 1: the mission in three languages, two venues (with a travel time), two delegations
    # each with its ten companies (the registration sheet's, by side) and a head.
    facts = record.mission
    assert (facts.name, facts.name_it, facts.name_ja) == (
        MISSION["en"],
        MISSION["it"],
        MISSION["ja"],
    )
    assert facts.timezone == "Asia/Tokyo" and facts.host_city == "Nagoya"
    assert str(facts.start_date) == "2027-10-12" and str(facts.end_date) == "2027-10-15"
    venues = {v.name: v for v in record.venues.values()}
    assert set(venues) == {"Nagoya Congress Center", "Aichi Sky Expo"}
    hall = venues[VENUE["en"]]
    assert (hall.name_it, hall.name_ja, hall.timezone) == (VENUE["it"], VENUE["ja"], "Asia/Tokyo")
    assert set(record.travel.values()) == {50} and len(record.travel) == 2
    assert len(record.delegations) == 2
    orgs_by_name = {o.name: o for o in record.organisations.values()}
    for d in record.delegations.values():
        assert d.name_it and d.name_ja and d.head_id is not None
        members = [o for o in record.organisations.values() if o.delegation_id == d.id]
        assert len(members) == 10, d
        assert {o.side for o in members} == {d.side}
    assert orgs_by_name["Fonderia Alpina"].side is Side.TURIN
    assert orgs_by_name["Chubu Seimitsu"].side is Side.NAGOYA

    # Step 2: one session, 20-minute slots around its break, 10 tables; two interpreters.
    (session,) = record.sessions
    assert (session.name, session.name_it, session.name_ja) == (
        SESSION["en"], SESSION["it"], SESSION["ja"],
    )  # fmt: skip
    assert session.venue_id == hall.id and session.slot_minutes == 20
    assert len(session.tables) == 10 and len(session.slots) == 4
    (pause,) = session.breaks
    assert (pause.end_utc - pause.start_utc).total_seconds() == 20 * 60
    assert len(record.interpreters) == 2
    for interpreter in record.interpreters.values():
        who = record.people[interpreter.participant_id]
        assert who.kanji_name and who.kana_name and set(who.languages) == {"it", "ja", "en"}
        assert interpreter.works(session.id)

    # Step 3: 40 people from the sheet (and the 2 interpreters), in 20 companies.
    assert len(record.organisations) == 20
    delegates = [p for p in record.people.values() if p.organisation_id is not None]
    assert len(delegates) == 40 and len(record.people) == 42

    # The programme: 7 items, wall times read in each venue's zone (JST), audiences kept.
    items = {i.title: i for i in record.items}
    assert len(items) == 7, sorted(items)
    plenary = items["Opening plenary: Turin and Nagoya, twin industrial cities"]
    assert plenary.start_utc == datetime(2027, 10, 13, 0, 30, tzinfo=UTC)  # 09:30 JST
    assert plenary.timezone == "Asia/Tokyo" and plenary.venue_id == hall.id
    expo = items["Aichi Sky Expo: the aerospace exhibition"]
    turin = next(d for d in record.delegations.values() if d.side is Side.TURIN)
    assert expo.audience_delegation_id == turin.id and expo.description_ja
    assert "No clashes in the programme." in run.stdout

    # Step 4: 30 requests, mutual ones, one no thanks, the two accepted suggestions.
    asked = {
        (record.organisations[r.requester].name, record.organisations[r.requested].name): r
        for r in record.requests
    }
    assert len(record.requests) >= 30
    refused = [pair for pair, r in asked.items() if r.no_thanks]
    assert refused == [("Kiso Motors", "Meccanica Dora")]
    mutual = {tuple(sorted(pair)) for pair in asked if pair[::-1] in asked}
    assert len(mutual) >= 9
    for pair in accepted:
        assert pair in asked and not asked[pair].no_thanks, pair
    assert asked[("Robotica Lingotto", "Owari Robotics")].mandatory

    # Step 5: the meetings stored, in the session, never the refused pair.
    assert len(record.meetings) >= 20
    pairs = {
        frozenset((record.organisations[m.organisation_a].name,
                   record.organisations[m.organisation_b].name))
        for m in record.meetings
    }  # fmt: skip
    assert frozenset(("Kiso Motors", "Meccanica Dora")) not in pairs
    assert frozenset(("Robotica Lingotto", "Owari Robotics")) in pairs
    assert all(m.session_id == session.id for m in record.meetings)

    # The documents: badges for everyone, and agendas each in its reader's language: the
    # names of mission, venue and session in that language, and the break as a row.
    assert len(PdfReader(out / "badges.pdf").pages) >= 1
    booklet = pdf_text(out / "booklet.pdf")
    assert "Pranzo di networking" in booklet and "交流昼食会" in booklet
    assert "田中" in pdf_text(out / "badges.pdf")
    ja = pdf_text(agenda_of(out, person(record, "田中 宏")))
    it = pdf_text(agenda_of(out, person(record, "Giulia Rossi")))
    for text, lang in ((ja, "ja"), (it, "it")):
        for names in (MISSION, VENUE, SESSION):
            assert names[lang] in text, (names[lang], text)
        assert MISSION["en"] not in text and SESSION["en"] not in text, text
        assert re.search(rf"16:00–16:20 JST\s*{BREAK[lang]}", text), text


def test_a_session_whose_slots_do_not_divide_it_stops_with_one_error_line(
    tmp_path: Path,
) -> None:
    """Bad input: 15:20–17:10 leaves 10 minutes over. The script stops at step 2 with the
    command's one-line Error, exit status 1, no traceback, and goes no further."""
    db = tmp_path / "mission.sqlite"
    run = run_script(str(db), tmp_path / "out", OWN_MISSION_SESSION_END="17:10")
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stderr.splitlines() == [
        "Error: The session was not saved: 20-minute slots leave 10 minutes over at the end."
    ], run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert "== Step 2/5:" in run.stdout and "== Step 3/5:" not in run.stdout
    assert not (tmp_path / "out").exists()
