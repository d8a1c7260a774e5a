"""Clashes in the programme, found where they happen (app/core/programme_clashes.py): each kind
found on a mission built in a real database and gone once the situation is fixed; the same
clashes whatever the order of the items; ``ponte clashes`` in English and Japanese; none in
the demo missions; and the scheduler keeping B2B meetings out of the items people attend."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.cli import build_cli
from app.common.paths import Paths
from app.common.timezones import to_utc
from app.core.mission_record import (
    ItemRecord,
    MissionFacts,
    MissionRecord,
    PersonRecord,
    load_mission,
)
from app.core.programme_clashes import Clash, ClashKind, programme_clashes
from app.model import (
    AgendaAttendee,
    AgendaItem,
    B2BSession,
    B2BTable,
    Interpreter,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Venue,
    VenueTravel,
)
from app.model.enums import (
    AgendaKind,
    Audience,
    BadgeCategory,
    DocumentLanguage,
    MeetingStatus,
    NameOrder,
    Side,
)
from app.services.programme_clashes import list_clashes
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests import factories as f
from tests.demo_support import CopyDemo

ROME = "Europe/Rome"
DAY = date(2027, 10, 13)  # a Wednesday, summer time (CEST) in Rome


def at(hour: int, minute: int = 0) -> datetime:
    return to_utc(datetime(DAY.year, DAY.month, DAY.day, hour, minute), ROME)


@dataclass(frozen=True)
class World:
    """A mission in Turin: two venues, a Turin and a Nagoya company, an interpreter, a B2B
    session at the Chamber with two tables."""

    store: Store
    mission: int
    chamber: int  # venue
    plant: int  # venue
    alice: int  # Turin, of org_a
    bob: int  # Nagoya, of org_b (a name in kanji)
    carla: int  # Turin, of org_a
    ivo: int  # the interpreter's participant
    interpreter: int
    org_a: int
    org_b: int
    session: int
    tables: tuple[int, int]


@pytest.fixture
def world(store: Store) -> World:
    with store.session() as s:
        m = f.mission(s, timezone=ROME)
        chamber = Venue(
            mission=m, name="Turin Chamber", name_it="Camera di commercio di Torino",
            name_ja="トリノ商工会議所", city="Torino", timezone=ROME,
        )  # fmt: skip
        plant = Venue(
            mission=m, name="Rivalta plant", name_it="Stabilimento di Rivalta",
            name_ja="リヴァルタ工場", city="Rivalta", timezone=ROME,
        )  # fmt: skip
        s.add_all([chamber, plant])
        turin, nagoya = f.delegation(s, m, Side.TURIN), f.delegation(s, m, Side.NAGOYA)
        org_a = f.organisation(s, m, turin, name="Meccanica Subalpina")
        org_b = f.organisation(s, m, nagoya, name="Chubu Seimitsu", name_ja="中部精密")
        alice = f.participant(s, m, organisation=org_a, given_name="Alice", family_name="Rossi")
        carla = f.participant(s, m, organisation=org_a, given_name="Carla", family_name="Bruno")
        bob = f.participant(
            s, m, organisation=org_b, given_name="Taro", family_name="Tanaka",
            family_name_kanji="田中", given_name_kanji="太郎", name_order=NameOrder.FAMILY_FIRST,
        )  # fmt: skip
        ivo = f.participant(s, m, given_name="Ivo", family_name="Neri")
        for p in (alice, carla, bob, ivo):
            p.languages = ["en"]
        interp = Interpreter(mission=m, participant=ivo)
        b2b = B2BSession(
            mission=m, name="B2B", venue=chamber, start_utc=at(14), end_utc=at(18),
            timezone=ROME, slot_minutes=20,
            tables=[B2BTable(name="T1", position=1), B2BTable(name="T2", position=2)],
        )  # fmt: skip
        s.add_all([interp, b2b])
        s.flush()
        return World(
            store, m.id, chamber.id, plant.id, alice.id, bob.id, carla.id, ivo.id, interp.id,
            org_a.id, org_b.id, b2b.id, (b2b.tables[0].id, b2b.tables[1].id),
        )  # fmt: skip


def add_item(
    w: World,
    title: str,
    start: datetime,
    end: datetime,
    *,
    venue: int | None = None,
    people: Sequence[int] | None = None,
    kind: AgendaKind = AgendaKind.PLENARY,
    title_ja: str | None = None,
) -> int:
    """An item at ``venue`` (the Chamber by default) for everyone, or for ``people``."""
    with w.store.session() as s:
        item = AgendaItem(
            mission_id=w.mission, kind=kind, title=title, title_ja=title_ja,
            venue_id=venue or w.chamber, start_utc=start, end_utc=end, timezone=ROME,
            audience=Audience.EVERYONE if people is None else Audience.PARTICIPANTS,
        )  # fmt: skip
        item.attendee_links = [AgendaAttendee(participant_id=p) for p in people or ()]
        s.add(item)
        s.flush()
        return item.id


def add_meeting(
    w: World,
    start: datetime,
    *,
    people: Sequence[int] = (),
    interpreter: int | None = None,
    table: int = 0,
) -> int:
    """A 20-minute meeting of org_a and org_b in the session (naming nobody: all delegates)."""
    with w.store.session() as s:
        m = Meeting(
            mission_id=w.mission, organisation_a_id=w.org_a, organisation_b_id=w.org_b,
            session_id=w.session, table_id=w.tables[table], start_utc=start,
            end_utc=start + timedelta(minutes=20), interpreter_id=interpreter,
        )  # fmt: skip
        m.participant_links = [MeetingParticipant(participant_id=p) for p in people]
        s.add(m)
        s.flush()
        return m.id


def set_travel(w: World, origin: int, destination: int, minutes: int) -> None:
    with w.store.session() as s:
        row = s.scalars(
            select(VenueTravel).where(
                VenueTravel.from_venue_id == origin, VenueTravel.to_venue_id == destination
            )
        ).one_or_none()
        if row is None:
            s.add(
                VenueTravel(
                    mission_id=w.mission,
                    from_venue_id=origin,
                    to_venue_id=destination,
                    minutes=minutes,
                )
            )
        else:
            row.minutes = minutes


def edit_item(w: World, item_id: int, **changes: object) -> None:
    with w.store.session() as s:
        item = s.get(AgendaItem, item_id)
        assert item is not None
        people = changes.pop("people", None)
        for name, value in changes.items():
            setattr(item, name, value)
        if people is not None:
            item.attendee_links = [AgendaAttendee(participant_id=p) for p in people]  # type: ignore[attr-defined]


def edit_meeting(w: World, meeting_id: int, **changes: object) -> None:
    with w.store.session() as s:
        m = s.get(Meeting, meeting_id)
        assert m is not None
        for name, value in changes.items():
            setattr(m, name, value)


def clashes(w: World) -> tuple[Clash, ...]:
    return list_clashes(w.store, w.mission)


# --- a participant in two items ---------------------------------------------------------------


def test_two_overlapping_items_with_one_audience_clash(world: World) -> None:
    """A plenary for everyone and a visit for two of them, overlapping: one clash naming both."""
    w = world
    plenary = add_item(w, "Opening plenary", at(10), at(12), title_ja="開会全体会議")
    visit = add_item(w, "Plant visit", at(11), at(13), venue=w.plant, people=[w.alice, w.bob])
    (clash,) = clashes(w)
    assert clash.kind is ClashKind.PERSON_TWO_ITEMS
    assert clash.item_ids == (plenary, visit) and clash.meeting_ids == ()
    assert clash.participant_ids == tuple(sorted((w.alice, w.bob)))
    assert (clash.start_utc, clash.end_utc) == (at(11), at(12))
    en = clash.text("en")
    assert "“Opening plenary” (13 October 2027 10:00–12:00 CEST)" in en
    assert "“Plant visit” (13 October 2027 11:00–13:00 CEST)" in en
    assert "both expect Alice Rossi, Tanaka Taro." in en  # in their own name order
    ja = clash.text("ja")
    assert "「開会全体会議」（2027年10月13日 10:00–12:00 CEST）" in ja
    assert "「Plant visit」" in ja  # no Japanese title: the English one
    assert "田中 太郎" in ja or "田中太郎" in ja
    assert "«Opening plenary» (13 ottobre 2027 10:00–12:00 CEST)" in clash.text("it")


def test_items_apart_or_with_other_people_do_not_clash(world: World) -> None:
    """Move the visit after the plenary, or keep the two audiences apart: no clash."""
    w = world
    add_item(w, "Opening plenary", at(10), at(12), people=[w.alice, w.carla])
    visit = add_item(w, "Plant visit", at(11), at(13), venue=w.plant, people=[w.carla])
    assert [c.kind for c in clashes(w)] == [ClashKind.PERSON_TWO_ITEMS]
    edit_item(w, visit, people=[w.bob])
    assert clashes(w) == ()
    edit_item(w, visit, people=[w.carla], start_utc=at(12), end_utc=at(13))
    assert clashes(w) == ()  # back to back is no overlap


def test_free_time_holds_nobody(world: World) -> None:
    """Free time during a plenary, for everyone, is no clash."""
    w = world
    add_item(w, "Opening plenary", at(10), at(12))
    add_item(w, "Free time in the centre", at(9), at(13), kind=AgendaKind.FREE)
    assert clashes(w) == ()


def test_many_people_are_named_a_few_then_counted(world: World) -> None:
    """Five people caught: three named, "and 2 more" (ja: ほか 2 名)."""
    w = world
    with w.store.session() as s:
        m = s.get(Mission, w.mission)
        assert m is not None
        for n in range(2):
            f.participant(s, m, given_name=f"Extra{n}", family_name="Zeta")
    add_item(w, "Opening plenary", at(10), at(12))
    add_item(w, "Welcome coffee", at(11, 30), at(12, 30), kind=AgendaKind.OTHER)
    (clash,) = clashes(w)
    assert len(clash.participant_ids) == 6
    assert "Carla Bruno, Ivo Neri, Alice Rossi and 3 more." in clash.text("en")
    assert "ほか 3 名" in clash.text("ja")


def test_audiences_by_delegation_and_by_organisation(world: World) -> None:
    """The Turin delegation's visit and a lunch for Alice's company, overlapping: the two
    of that company (not Ivo, of no delegation, nor Bob, of Nagoya) are caught."""
    w = world
    visit = add_item(w, "Turin side visit", at(10), at(12), venue=w.plant)
    lunch = add_item(w, "Company lunch", at(11, 30), at(13), kind=AgendaKind.DINNER)
    with w.store.session() as s:
        org_a = s.get(Organisation, w.org_a)
        assert org_a is not None and org_a.delegation_id is not None
        edit = {visit: (Audience.DELEGATION, "audience_delegation_id", org_a.delegation_id),
                lunch: (Audience.ORGANISATION, "audience_organisation_id", org_a.id)}  # fmt: skip
        for item_id, (audience, field, value) in edit.items():
            item = s.get(AgendaItem, item_id)
            assert item is not None
            item.audience = audience
            setattr(item, field, value)
    (clash,) = clashes(w)
    record = load_mission(w.store, w.mission)
    items = {i.id: i for i in record.items}
    both = record.attendees_of(items[visit]) & record.attendees_of(items[lunch])
    assert clash.participant_ids == tuple(sorted(both)) == tuple(sorted((w.alice, w.carla)))


# --- a meeting during an item -----------------------------------------------------------------


def test_meeting_during_an_item_its_people_attend(world: World) -> None:
    """A meeting (placed before the item was added) during a visit Alice is on."""
    w = world
    meeting = add_meeting(w, at(14, 20), people=[w.alice, w.bob])
    visit = add_item(w, "Plant visit", at(14), at(16), venue=w.plant, people=[w.alice, w.carla])
    (clash,) = clashes(w)
    assert clash.kind is ClashKind.MEETING_DURING_ITEM
    assert (clash.item_ids, clash.meeting_ids, clash.session_ids) == (
        (visit,),
        (meeting,),
        (w.session,),
    )
    assert clash.participant_ids == (w.alice,)  # Carla does not sit at it
    assert (clash.start_utc, clash.end_utc) == (at(14, 20), at(14, 40))
    assert clash.text("en") == (
        "During “Plant visit” (13 October 2027 14:00–16:00 CEST) there is the B2B meeting "
        "Meccanica Subalpina – Chubu Seimitsu (13 October 2027 14:20–14:40 CEST); expected at "
        "both: Alice Rossi."
    )
    assert "B2B商談「Meccanica Subalpina – 中部精密」" in clash.text("ja")
    # a meeting that names nobody seats every delegate of both companies: Carla too
    edit_meeting(w, meeting, participant_links=[])
    (clash,) = clashes(w)
    assert clash.participant_ids == tuple(sorted((w.alice, w.carla)))
    # fixed: the visit is for someone else; or the meeting is cancelled
    edit_item(w, visit, people=[w.ivo])
    assert clashes(w) == ()
    edit_item(w, visit, people=[w.alice])
    assert len(clashes(w)) == 1
    edit_meeting(w, meeting, status=MeetingStatus.CANCELLED)
    assert clashes(w) == ()


def test_meeting_after_the_item_is_no_clash(world: World) -> None:
    """The meeting moved to when the visit is over: no clash."""
    w = world
    meeting = add_meeting(w, at(15, 0), people=[w.alice, w.bob])
    add_item(w, "Plenary", at(14), at(15, 10), people=[w.alice])
    assert [c.kind for c in clashes(w)] == [ClashKind.MEETING_DURING_ITEM]
    edit_meeting(w, meeting, start_utc=at(15, 20), end_utc=at(15, 40))
    assert clashes(w) == ()


# --- travel -----------------------------------------------------------------------------------


def test_travel_longer_than_the_gap(world: World) -> None:
    """Chamber → plant takes 40 min; a 15-minute gap between a plenary and a visit is short."""
    w = world
    plenary = add_item(w, "Plenary", at(10), at(12), people=[w.alice, w.bob])
    visit = add_item(w, "Plant visit", at(12, 15), at(13), venue=w.plant, people=[w.alice, w.bob])
    assert clashes(w) == ()  # no travel time known: nothing to check
    set_travel(w, w.plant, w.chamber, 40)
    assert clashes(w) == ()  # the other direction only
    set_travel(w, w.chamber, w.plant, 40)
    (clash,) = clashes(w)
    assert clash.kind is ClashKind.TRAVEL_TOO_SHORT
    assert clash.item_ids == (plenary, visit) and clash.meeting_ids == ()
    assert clash.participant_ids == tuple(sorted((w.alice, w.bob)))  # one clash for both
    assert (clash.start_utc, clash.end_utc) == (at(12), at(12, 15))
    assert clash.text("en").startswith(
        "Travel from Turin Chamber to Rivalta plant takes 40 min; only 15 min between "
        "“Plenary” (ends 12:00 CEST) and “Plant visit” (starts 12:15 CEST)"
    )
    assert "トリノ商工会議所からリヴァルタ工場への移動には40分" in clash.text("ja")
    set_travel(w, w.chamber, w.plant, 15)  # exactly the gap: enough
    assert clashes(w) == ()
    set_travel(w, w.chamber, w.plant, 40)
    edit_item(w, visit, start_utc=at(12, 40))  # the visit moved later
    assert clashes(w) == ()


def test_travel_to_a_b2b_session(world: World) -> None:
    """Back from the plant at 14:00 for a 14:20 meeting at the Chamber, 30 min away; the
    meeting seated at the next slot is reachable."""
    w = world
    visit = add_item(w, "Plant visit", at(11), at(14), venue=w.plant, people=[w.alice])
    meeting = add_meeting(w, at(14, 20), people=[w.alice, w.bob])
    set_travel(w, w.plant, w.chamber, 30)
    (clash,) = clashes(w)
    assert clash.kind is ClashKind.TRAVEL_TOO_SHORT
    assert (clash.item_ids, clash.meeting_ids, clash.session_ids) == (
        (visit,),
        (meeting,),
        (w.session,),
    )
    assert clash.participant_ids == (w.alice,)
    assert "only 20 min between “Plant visit” (ends 14:00 CEST) and the B2B meeting" in (
        clash.text("en")
    )
    edit_meeting(w, meeting, start_utc=at(14, 40), end_utc=at(15))
    assert clashes(w) == ()


def test_travel_is_checked_from_the_commitment_that_ends_last(world: World) -> None:
    """A short item inside a long one: the gap counts from the long one's end."""
    w = world
    add_item(w, "Plenary", at(9), at(12), people=[w.alice])
    add_item(w, "Press point", at(9, 30), at(10), people=[w.bob])
    add_item(w, "Plant visit", at(12, 10), at(13), venue=w.plant, people=[w.alice, w.bob])
    set_travel(w, w.chamber, w.plant, 30)
    (clash,) = clashes(w)
    assert clash.participant_ids == (w.alice,)  # Bob had two hours


# --- interpreters -----------------------------------------------------------------------------


def test_interpreter_at_a_meeting_and_at_an_item_elsewhere(world: World) -> None:
    """Ivo interprets at the Chamber at 14:20 and is on the plant visit: two places at once."""
    w = world
    meeting = add_meeting(w, at(14, 20), people=[w.alice, w.bob], interpreter=w.interpreter)
    visit = add_item(w, "Plant visit", at(14), at(16), venue=w.plant, people=[w.ivo])
    (clash,) = clashes(w)
    assert clash.kind is ClashKind.INTERPRETER_TWO_PLACES
    assert (clash.item_ids, clash.meeting_ids, clash.participant_ids) == (
        (visit,),
        (meeting,),
        (w.ivo,),
    )
    assert clash.text("en").startswith("Interpreter Ivo Neri is assigned to the B2B meeting")
    assert "at Rivalta plant" in clash.text("en")
    assert "presso Stabilimento di Rivalta" in clash.text("it")
    # at the Chamber itself, Ivo is one of the meeting's people caught by the item
    edit_item(w, visit, venue_id=w.chamber)
    (clash,) = clashes(w)
    assert clash.kind is ClashKind.MEETING_DURING_ITEM and clash.participant_ids == (w.ivo,)
    # fixed: no interpreter at the meeting
    edit_meeting(w, meeting, interpreter_id=None)
    assert clashes(w) == ()


def test_interpreter_at_two_meetings_at_once(world: World) -> None:
    """Two meetings at 14:20 at two tables, one interpreter."""
    w = world
    first = add_meeting(w, at(14, 20), people=[w.alice], interpreter=w.interpreter)
    second = add_meeting(w, at(14, 20), people=[w.bob], interpreter=w.interpreter, table=1)
    (clash,) = clashes(w)
    assert clash.kind is ClashKind.INTERPRETER_TWO_PLACES
    assert clash.meeting_ids == (first, second) and clash.participant_ids == (w.ivo,)
    assert "two meetings at once" in clash.text("en")
    assert "通訳者Ivo Neriが同じ時間の2件の商談" in clash.text("ja")
    edit_meeting(w, second, start_utc=at(14, 40), end_utc=at(15))
    assert clashes(w) == ()


def test_no_clashes_in_an_empty_programme(world: World) -> None:
    assert clashes(world) == ()


# --- the command line -------------------------------------------------------------------------


def invoke(*args: str) -> Result:
    return CliRunner().invoke(build_cli(), list(args), catch_exceptions=False)


def test_cli_lists_clashes_in_english_and_japanese(
    world: World, db_target: str, paths: Paths
) -> None:
    w = world
    assert invoke("clashes", "--db", db_target, "--lang", "en").output == (
        "No clashes in the programme.\n"
    )
    ja = invoke("clashes", "--db", db_target, "--mission", str(w.mission), "--lang", "ja")
    assert ja.exit_code == 0 and ja.output == "プログラムに重複はありません。\n"
    add_item(w, "Opening plenary", at(10), at(12), title_ja="開会全体会議")
    add_item(w, "Plant visit", at(11), at(13), venue=w.plant, people=[w.alice])
    add_meeting(w, at(14, 20), people=[w.alice], interpreter=w.interpreter)
    add_item(w, "Lunch", at(14), at(15), venue=w.plant, kind=AgendaKind.DINNER, people=[w.ivo])
    en = invoke("clashes", "--db", db_target, "--lang", "en")
    assert en.exit_code == 0
    lines = en.output.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Two items at once: “Opening plenary” (13 October 2027")
    assert lines[1].startswith("Interpreter in two places: Interpreter Ivo Neri")
    ja = invoke("clashes", "--db", db_target, "--lang", "ja")
    lines = ja.output.splitlines()
    assert lines[0].startswith(
        "同時刻の2つの予定：「開会全体会議」（2027年10月13日 10:00–12:00 CEST）"
    )
    assert lines[1].startswith("通訳者の重複：通訳者Ivo Neri")


def test_cli_speaks_the_language_of_the_settings_or_the_system(
    world: World, db_target: str, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.common.settings import Settings, save_settings

    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert invoke("clashes", "--db", db_target).output == "Nessun conflitto nel programma.\n"
    save_settings(paths, Settings(ui_language="ja"))
    assert invoke("clashes", "--db", db_target).output == "プログラムに重複はありません。\n"


# --- the demo missions ------------------------------------------------------------------------


def test_demo_missions_have_no_clashes(copy_demo: CopyDemo, tmp_path: Path, paths: Paths) -> None:
    """Both demo missions as written: no clash (three people were on two plant visits at
    the same hours)."""
    with open_store(copy_demo(tmp_path / "demo.sqlite"), paths=paths) as store:
        with store.snapshot() as s:
            missions = s.scalars(select(Mission.id)).all()
        assert len(missions) == 2
        for mission_id in missions:
            assert list_clashes(store, mission_id) == ()


# --- the scheduler keeps meetings out of the items people attend ------------------------------


@pytest.fixture
def small_fair(world: World) -> World:
    """Alice's company asks to meet Bob's and a third company's (Nagoya side), mutually."""
    w = world
    with w.store.session() as s:
        m = s.get(Mission, w.mission)
        assert m is not None
        org_c = f.organisation(
            s, m, s.get(Organisation, w.org_b).delegation, name="Mikawa Die Cast"
        )
        dora = f.participant(s, m, organisation=org_c, given_name="Dora", family_name="Sato")
        dora.languages = ["en"]
        for other in (w.org_b, org_c.id):
            s.add(MeetingRequest(mission=m, requester_id=w.org_a, requested_id=other, priority=5))
            s.add(MeetingRequest(mission=m, requester_id=other, requested_id=w.org_a, priority=5))
        # Carla (org_a's second delegate) is away: the company is Alice alone
        s.delete(s.get(Participant, w.carla))
    return w


def _meetings(w: World) -> list[tuple[datetime, datetime, int, int]]:
    with w.store.snapshot() as s:
        return [
            (m.start_utc, m.end_utc, m.organisation_a_id, m.organisation_b_id)
            for m in s.scalars(select(Meeting).where(Meeting.mission_id == w.mission))
        ]


def test_schedule_keeps_meetings_out_of_a_plenary_a_delegate_attends(small_fair: World) -> None:
    """Alice is at a plenary 14:00–15:00: her company's meetings are placed after it, and
    the programme has no clash."""
    w = small_fair
    add_item(w, "Plenary", at(14), at(15), people=[w.alice])
    outcome = schedule_mission(w.store, w.mission, time_limit_s=10)
    placed = _meetings(w)
    assert outcome.stored == len(placed) == 2
    assert all(start >= at(15) for start, _end, a, b in placed if w.org_a in (a, b))
    assert clashes(w) == ()


def test_schedule_is_not_blocked_by_free_time(small_fair: World) -> None:
    """Free time over the whole session for everyone: both meetings are placed, in the
    first slots, and free time is no clash."""
    w = small_fair
    add_item(w, "Free afternoon", at(13), at(19), kind=AgendaKind.FREE)
    schedule_mission(w.store, w.mission, time_limit_s=10)
    placed = _meetings(w)
    assert len(placed) == 2
    assert min(start for start, *_ in placed) < at(15)
    assert clashes(w) == ()


# --- properties, on records built in memory ---------------------------------------------------

T0 = datetime(2027, 10, 13, 6, 0, tzinfo=UTC)


def _person(pid: int) -> PersonRecord:
    return PersonRecord(
        id=pid, family_name=f"F{pid}", given_name=f"G{pid}", latin_name=f"G{pid} F{pid}",
        kanji_name=None, kana_name=None, name_order=NameOrder.GIVEN_FIRST, title="",
        title_ja=None, organisation_id=None, own_delegation_id=None,
        document_language=DocumentLanguage.EN, badge_category=BadgeCategory.DELEGATE,
        email=None, phone=None, consent=False, languages=("en",), unavailable=(),
    )  # fmt: skip


def _item(iid: int, start: int, length: int, venue: int, people: frozenset[int]) -> ItemRecord:
    return ItemRecord(
        id=iid, kind=AgendaKind.PLENARY, title=f"Item {iid}", title_it=None, title_ja=None,
        description="", venue_id=venue, start_utc=T0 + timedelta(minutes=start),
        end_utc=T0 + timedelta(minutes=start + length), timezone=ROME,
        audience=Audience.PARTICIPANTS, audience_delegation_id=None, attendees=people,
    )  # fmt: skip


def _record(items: Sequence[ItemRecord], travel: dict[tuple[int, int], int]) -> MissionRecord:
    empty: MappingProxyType = MappingProxyType({})
    return MissionRecord(
        mission=MissionFacts(1, "M", None, "Torino", ROME, "", None, T0),
        delegations=empty, organisations=empty,
        people=MappingProxyType({pid: _person(pid) for pid in range(1, 7)}),
        venues=empty, items=tuple(items), sessions=(), interpreters=empty, meetings=(),
        requests=(), publications=(), travel=MappingProxyType(travel),
    )  # fmt: skip


def _seen(found: Sequence[Clash]) -> list[tuple[object, ...]]:
    return sorted(
        (c.kind, c.item_ids, c.participant_ids, c.start_utc, c.end_utc, c.text("en")) for c in found
    )


items_st = st.lists(
    st.tuples(
        st.integers(0, 600),  # start, minutes after T0, in 15-minute steps below
        st.integers(1, 8),  # length, in 15 minutes
        st.integers(1, 3),  # venue
        st.frozensets(st.integers(1, 6), min_size=1, max_size=6),  # audience
    ),
    max_size=8,
)
travel_st = st.dictionaries(
    st.tuples(st.integers(1, 3), st.integers(1, 3)).filter(lambda p: p[0] != p[1]),
    st.integers(0, 120),
)


@settings(max_examples=150, deadline=None)
@given(items_st, travel_st, st.randoms(use_true_random=False))
def test_clashes_do_not_depend_on_the_order_of_items(
    raw: list[tuple[int, int, int, frozenset[int]]],
    travel: dict[tuple[int, int], int],
    rnd: random.Random,
) -> None:
    """Shuffle the items: the same clashes; every overlapping pair with a shared audience is
    one clash, found once, its items by start."""
    items = [_item(n + 1, (s // 15) * 15, k * 15, v, a) for n, (s, k, v, a) in enumerate(raw)]
    found = programme_clashes(_record(items, travel))
    shuffled = items[:]
    rnd.shuffle(shuffled)
    assert _seen(programme_clashes(_record(shuffled, travel))) == _seen(found)
    assert [c.start_utc for c in found] == sorted(c.start_utc for c in found)
    pairs = [c.item_ids for c in found if c.kind is ClashKind.PERSON_TWO_ITEMS]
    assert len(pairs) == len({frozenset(p) for p in pairs})
    by_id = {i.id: i for i in items}
    expected = {
        frozenset((a.id, b.id))
        for a in items
        for b in items
        if a.id < b.id
        and a.start_utc < b.end_utc
        and b.start_utc < a.end_utc
        and a.attendees & b.attendees
    }
    assert {frozenset(p) for p in pairs} == expected
    for first, second in pairs:
        assert (by_id[first].start_utc, first) <= (by_id[second].start_utc, second)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 60), st.integers(1, 3),
                          st.frozensets(st.integers(1, 6), min_size=1)), max_size=10))  # fmt: skip
def test_a_programme_without_overlaps_or_travel_has_no_clashes(
    raw: list[tuple[int, int, int, frozenset[int]]],
) -> None:
    """Items one after another (gaps of any length, zero included), no travel times: none."""
    items, t = [], 0
    for n, (gap, length, venue, people) in enumerate(raw):
        t += gap
        items.append(_item(n + 1, t, length, venue, people))
        t += length
    assert programme_clashes(_record(items, {})) == ()


def test_record_built_from_the_database_is_what_the_service_reads(world: World) -> None:
    """list_clashes is programme_clashes of load_mission (one snapshot)."""
    w = world
    add_item(w, "Opening plenary", at(10), at(12))
    add_item(w, "Plant visit", at(11), at(13), venue=w.plant, people=[w.alice])
    record = load_mission(w.store, w.mission)
    assert _seen(programme_clashes(record)) == _seen(list_clashes(w.store, w.mission))
    assert _seen(programme_clashes(replace(record, items=record.items[::-1]))) == _seen(
        programme_clashes(record)
    )


def test_a_title_with_braces_is_worded_as_written(world: World) -> None:
    """A title is text, never a template: braces in it stay braces."""
    w = world
    add_item(w, "Plenary {draft}", at(10), at(12), title_ja="全体会議 {案}")
    add_item(w, "Visit", at(11), at(13), venue=w.plant, people=[w.alice])
    (clash,) = clashes(w)
    assert "“Plenary {draft}”" in clash.text("en") and "«Plenary {draft}»" in clash.text("it")
    assert "「全体会議 {案}」" in clash.text("ja")
