"""B2B sessions as a coordinator sets them up: create, edit, delete, every bad input refused
with its field and nothing half-saved, and placed meetings never dropped silently."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.core.conflicts import Loaded
from app.core.mission_record import load_mission
from app.model import (
    B2BSession,
    B2BTable,
    Meeting,
    MeetingRequest,
    Side,
    Venue,
)
from app.services.scheduling import build_problem, schedule_mission
from app.services.sessions import (
    BreakDraft,
    MeetingsNoLongerFit,
    SessionDraft,
    SessionInvalid,
    TableDraft,
    check_session,
    default_table_names,
    delete_session,
    list_sessions,
    parse_span,
    parse_wall_time,
    resize_tables,
    save_session,
)
from app.store import Store
from tests import factories as f

TOKYO = ZoneInfo("Asia/Tokyo")
ROME = ZoneInfo("Europe/Rome")


def _tables(n: int) -> tuple[TableDraft, ...]:
    return tuple(TableDraft(name) for name in default_table_names(n))


def _draft(**kw: object) -> SessionDraft:
    base = SessionDraft(
        name="B2B meetings",
        name_it="Incontri B2B",
        name_ja="B2B商談会",
        day=date(2027, 10, 13),
        start=time(14, 0),
        end=time(18, 0),
        slot_minutes=20,
        breaks=(BreakDraft(time(16, 0), time(16, 20)),),
        tables=_tables(10),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.fixture
def mission(store: Store) -> dict[str, int]:
    """A Turin → Nagoya mission (12–14 Oct 2027, Tokyo) with a venue, two delegations and
    two organisations on each side, each asking the other."""
    with store.session() as s:
        m = f.mission(s)
        venue = Venue(
            mission=m,
            name="Nagoya Congress Center",
            name_ja="名古屋国際会議場",
            address="",
            city="Nagoya",
            timezone="Asia/Tokyo",
        )
        s.add(venue)
        turin, nagoya = f.delegation(s, m, Side.TURIN), f.delegation(s, m, Side.NAGOYA)
        orgs = [f.organisation(s, m, turin), f.organisation(s, m, turin)]
        orgs += [f.organisation(s, m, nagoya), f.organisation(s, m, nagoya)]
        for org in orgs:  # everyone speaks English: no interpreter needed
            person = f.participant(s, m, organisation=org)
            person.languages = ["en"]
        for a in orgs[:2]:
            for b in orgs[2:]:
                s.add(MeetingRequest(mission=m, requester_id=a.id, requested_id=b.id))
        s.flush()
        return {
            "mission": m.id,
            "venue": venue.id,
            "turin": turin.id,
            "nagoya": nagoya.id,
            "org": orgs[0].id,
        }


def _fields(exc: SessionInvalid) -> dict[str, str]:
    return {p.field: p.text("en") for p in exc.problems}


def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_create_stores_utc_zone_slots_breaks_tables(store: Store, mission: dict[str, int]) -> None:
    saved = save_session(store, mission["mission"], _draft(venue_id=mission["venue"]))
    [row] = list_sessions(store, mission["mission"])
    assert row.id == saved.session_id and row.timezone == "Asia/Tokyo"
    assert row.start_local == datetime(2027, 10, 13, 14, 0, tzinfo=TOKYO)
    assert row.slot_count == 11 and len(row.table_names) == 10
    assert row.table_names[:2] == ("T1", "T2")
    assert [b[2].in_("it") for b in row.breaks] == ["Pausa caffè"]
    assert [b[2].in_("en") for b in row.breaks] == ["Coffee break"]
    record = load_mission(store, mission["mission"])
    assert record.sessions[0].start_utc == datetime(2027, 10, 13, 5, 0, tzinfo=ZoneInfo("UTC"))
    assert record.sessions[0].names.in_("ja") == "B2B商談会"


def test_zone_is_the_venue_s_else_the_mission_s(store: Store, mission: dict[str, int]) -> None:
    with store.session() as s:
        rome = Venue(
            mission_id=mission["mission"],
            name="Torino Incontra",
            address="",
            city="Torino",
            timezone="Europe/Rome",
        )
        s.add(rome)
        s.flush()
        rome_id = rome.id
    save_session(store, mission["mission"], _draft(venue_id=rome_id))
    save_session(store, mission["mission"], _draft(venue_id=None, day=date(2027, 10, 14)))
    rows = list_sessions(store, mission["mission"])
    assert [r.timezone for r in rows] == ["Europe/Rome", "Asia/Tokyo"]
    assert rows[0].start_local.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"name": "  "}, "name", "needs a name"),
        ({"end": time(13, 0)}, "end", "ends before it starts"),
        ({"day": date(2027, 10, 20)}, "day", "outside the mission's dates"),
        ({"slot_minutes": 3}, "slot_minutes", "from 5 to 240"),
        ({"end": time(18, 10)}, "slot_minutes", "20-minute slots leave 10 minutes over at the end"),
        (
            {"breaks": (BreakDraft(time(17, 50), time(18, 30)),)},
            "breaks",
            "is outside the session (14:00–18:00)",
        ),
        (
            {
                "breaks": (
                    BreakDraft(time(15, 0), time(15, 20)),
                    BreakDraft(time(15, 10), time(15, 30)),
                )
            },
            "breaks",
            "overlaps the break 15:00–15:20",
        ),
        ({"breaks": (BreakDraft(time(16, 20), time(16, 0)),)}, "breaks", "ends before it starts"),
        ({"tables": ()}, "tables", "at least one table"),
        ({"tables": (TableDraft("A"), TableDraft("a"))}, "tables", "Two tables are called"),
        ({"venue_id": 9999}, "venue", "no venue"),
        ({"delegation_ids": frozenset({9999})}, "delegations", "no delegation"),
    ],
)
def test_bad_input_is_refused_by_field_and_nothing_is_saved(
    store: Store, mission: dict[str, int], change: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(SessionInvalid) as caught:
        save_session(store, mission["mission"], _draft(**change))
    assert words in _fields(caught.value)[field]
    assert _count(store, B2BSession) == 0 and _count(store, B2BTable) == 0
    # every problem is worded in the three languages
    for p in caught.value.problems:
        assert p.text("it") != p.text("en") or p.text("ja") != p.text("en")


def test_a_wall_time_the_clocks_skip_is_refused() -> None:
    """Rome skips 02:00–03:00 on 26 March 2028."""
    from app.core.mission_record import MissionFacts, MissionRecord

    record = MissionRecord(
        mission=MissionFacts(
            1,
            "M",
            None,
            "Torino",
            "Europe/Rome",
            "",
            None,
            datetime.now(ROME),
            start_date=date(2028, 3, 25),
            end_date=date(2028, 3, 28),
        ),
        delegations={},
        organisations={},
        people={},
        venues={},
        items=(),
        sessions=(),
        interpreters={},
        meetings=(),
        requests=(),
        publications=(),
    )
    draft = _draft(day=date(2028, 3, 26), start=time(2, 30), end=time(6, 30), breaks=())
    problems = {p.field: p.text("en") for p in check_session(record, draft).problems}
    assert "02:30 does not exist on 2028-03-26 in Europe/Rome" in problems["start"]


def test_two_sessions_of_one_venue_may_not_overlap(store: Store, mission: dict[str, int]) -> None:
    save_session(store, mission["mission"], _draft(venue_id=mission["venue"]))
    with pytest.raises(SessionInvalid) as caught:
        save_session(
            store,
            mission["mission"],
            _draft(venue_id=mission["venue"], start=time(17, 0), end=time(19, 0), breaks=()),
        )
    assert "overlaps the session 'B2B meetings'" in _fields(caught.value)["start"]
    # no venue: no clash
    save_session(store, mission["mission"], _draft(start=time(17, 0), end=time(19, 0), breaks=()))


def test_rename_tables_keeps_ids_and_resize(store: Store, mission: dict[str, int]) -> None:
    saved = save_session(store, mission["mission"], _draft(tables=_tables(3)))
    [row] = list_sessions(store, mission["mission"])
    ids = [t.id for t in row.draft.tables]
    swapped = (
        TableDraft("T2", ids[0]),
        TableDraft("T1", ids[1]),
        TableDraft("Sala Giappone", ids[2]),
    )
    save_session(
        store,
        mission["mission"],
        replace(row.draft, tables=swapped),
        saved.session_id,
        base=_session_base(store, mission["mission"], saved.session_id),
    )
    [row] = list_sessions(store, mission["mission"])
    assert [(t.name, t.id) for t in row.draft.tables] == [
        ("T2", ids[0]),
        ("T1", ids[1]),
        ("Sala Giappone", ids[2]),
    ]
    bigger = resize_tables(row.draft.tables, 5)
    assert [t.name for t in bigger] == ["T2", "T1", "Sala Giappone", "T3", "T4"]
    assert [t.name for t in resize_tables(_tables(0), 3, ["1", "2"])] == ["1", "2", "3"]


def test_delegations_taking_part_feed_the_scheduler(store: Store, mission: dict[str, int]) -> None:
    """A real solve: the Turin delegation takes part only in the second session, so no
    meeting lands in the first one."""
    mid = mission["mission"]
    first = save_session(store, mid, _draft(end=time(15, 0), breaks=(), tables=_tables(2)))
    second = save_session(
        store,
        mid,
        _draft(day=date(2027, 10, 14), end=time(16, 0), breaks=(), tables=_tables(2)),
    )
    save_session(
        store,
        mid,
        _draft(
            end=time(15, 0),
            breaks=(),
            tables=tuple(t for t in list_sessions(store, mid)[0].draft.tables),
            delegation_ids=frozenset({mission["nagoya"]}),
        ),
        first.session_id,
        base=_session_base(store, mid, first.session_id),
    )
    problem, _ = build_problem(load_mission(store, mid))
    first_slots = {x for s in problem.sessions if s.id == f"B{first.session_id}" for x in s.slots}
    turin_teams = [t for t in problem.teams if t.side == "turin"]
    assert turin_teams and all(first_slots <= t.unavailable_slots for t in turin_teams)
    outcome = schedule_mission(store, mid, time_limit_s=10)
    assert outcome.stored == 4
    with store.session() as s:
        sessions = set(s.scalars(select(Meeting.session_id)))
    assert sessions == {second.session_id}


def _place(store: Store, mid: int) -> None:
    outcome = schedule_mission(store, mid, time_limit_s=10)
    assert outcome.stored == 4


def test_a_change_that_displaces_meetings_needs_their_confirmation(
    store: Store, mission: dict[str, int]
) -> None:
    mid = mission["mission"]
    saved = save_session(store, mid, _draft(end=time(15, 0), breaks=(), tables=_tables(2)))
    _place(store, mid)
    [row] = list_sessions(store, mid)
    shorter = replace(row.draft, end=time(14, 20))  # 14:20 and 14:40 slots gone
    with pytest.raises(MeetingsNoLongerFit) as caught:
        save_session(
            store, mid, shorter, saved.session_id, base=_session_base(store, mid, saved.session_id)
        )
    displaced = caught.value.meetings
    assert displaced and all("no slot starts at 14:" in m.text("en") for m in displaced)
    assert "14:" in caught.value.text("ja") and "確認" in caught.value.text("ja")
    assert _count(store, Meeting) == 4  # nothing changed
    assert list_sessions(store, mid)[0].end_local.hour == 15
    # a confirmation that does not name them all is no confirmation
    with pytest.raises(MeetingsNoLongerFit):
        save_session(
            store,
            mid,
            shorter,
            saved.session_id,
            confirm=[displaced[0].id][:0],
            base=_session_base(store, mid, saved.session_id),
        )
    done = save_session(
        store,
        mid,
        shorter,
        saved.session_id,
        confirm=[m.id for m in displaced],
        base=_session_base(store, mid, saved.session_id),
    )
    assert {m.id for m in done.removed} == {m.id for m in displaced}
    assert _count(store, Meeting) == 4 - len(displaced)
    assert _count(store, MeetingRequest) == 4  # the requests stay, unscheduled


def test_fewer_tables_than_meetings_in_a_slot_is_refused(
    store: Store, mission: dict[str, int]
) -> None:
    mid = mission["mission"]
    saved = save_session(store, mid, _draft(end=time(14, 20), breaks=(), tables=_tables(2)))
    _place_all_in_one_slot = schedule_mission(store, mid, time_limit_s=10)
    assert _place_all_in_one_slot.stored == 2
    [row] = list_sessions(store, mid)
    one = replace(row.draft, tables=row.draft.tables[:1])
    with pytest.raises(SessionInvalid) as caught:
        save_session(
            store, mid, one, saved.session_id, base=_session_base(store, mid, saved.session_id)
        )
    assert "2 meetings are already placed at 14:00" in _fields(caught.value)["tables"]


def test_removing_a_table_or_a_delegation_displaces_its_meetings(
    store: Store, mission: dict[str, int]
) -> None:
    mid = mission["mission"]
    saved = save_session(store, mid, _draft(end=time(15, 0), breaks=(), tables=_tables(3)))
    _place(store, mid)
    record = load_mission(store, mid)
    used = {m.table_id for m in record.meetings}
    [row] = list_sessions(store, mid)
    without = tuple(t for t in row.draft.tables if t.id != min(used))
    check = check_session(record, replace(row.draft, tables=without), saved.session_id)
    assert check.displaced and all("table T" in m.text("en") for m in check.displaced)
    only_nagoya = replace(row.draft, delegation_ids=frozenset({mission["nagoya"]}))
    check = check_session(record, only_nagoya, saved.session_id)
    assert len(check.displaced) == 4
    assert all("no longer takes part" in m.text("en") for m in check.displaced)


def test_delete_with_meetings_needs_confirmation(store: Store, mission: dict[str, int]) -> None:
    mid = mission["mission"]
    saved = save_session(store, mid, _draft(end=time(15, 0), breaks=(), tables=_tables(2)))
    _place(store, mid)
    with pytest.raises(MeetingsNoLongerFit) as caught:
        delete_session(store, saved.session_id)
    assert len(caught.value.meetings) == 4 and _count(store, B2BSession) == 1
    done = delete_session(store, saved.session_id, confirm=[m.id for m in caught.value.meetings])
    assert len(done.removed) == 4
    assert _count(store, B2BSession) == 0 and _count(store, Meeting) == 0
    assert _count(store, MeetingRequest) == 4


def test_parse_times_and_spans() -> None:
    assert parse_wall_time("14:00") == time(14) and parse_wall_time("９:３０") == time(9, 30)
    assert parse_wall_time("25:00") is None and parse_wall_time("noon") is None
    assert parse_span("16:00-16:20") == (time(16), time(16, 20))
    assert parse_span("16:00〜16:20") == (time(16), time(16, 20))
    assert parse_span("16:00") is None


# --- invariants of the check, over many drafts --------------------------------------------


def _record() -> object:
    from app.core.mission_record import MissionFacts, MissionRecord

    return MissionRecord(
        mission=MissionFacts(
            1, "M", None, "Nagoya", "Asia/Tokyo", "", None, datetime.now(TOKYO),
            start_date=date(2027, 10, 12), end_date=date(2027, 10, 14),
        ),
        delegations={}, organisations={}, people={}, venues={}, items=(), sessions=(),
        interpreters={}, meetings=(), requests=(), publications=(),
    )  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    start=st.integers(6 * 60, 12 * 60),
    length=st.integers(10, 9 * 60),
    slot=st.integers(5, 90),
    pause=st.one_of(st.none(), st.tuples(st.integers(0, 8 * 60), st.integers(5, 60))),
)
def test_a_draft_without_problems_is_cut_exactly_into_slots_and_breaks(
    start: int, length: int, slot: int, pause: tuple[int, int] | None
) -> None:
    """Whatever the times: either a problem is said, or slots and breaks fill the window
    exactly, none overlapping; and a left-over is always said in minutes."""

    def at(minutes: int) -> time:
        return time(minutes // 60, minutes % 60)

    end = min(start + length, 23 * 60 + 59)
    breaks = ()
    if pause is not None:
        b_start = start + pause[0]
        breaks = (BreakDraft(at(min(b_start, 23 * 60)), at(min(b_start + pause[1], 23 * 60 + 59))),)
    draft = _draft(start=at(start), end=at(end), slot_minutes=slot, breaks=breaks)
    check = check_session(_record(), draft)  # type: ignore[arg-type]
    if check.problems:
        for p in check.problems:
            assert p.text("en") and p.text("it") and p.text("ja")
            if p.field == "slot_minutes" and "leave" in p.text("en"):
                left = int(p.text("en").split("leave ")[1].split(" ")[0])
                assert left > 0
        return
    assert check.preview is not None
    slots = check.preview.slots
    used = sum((x.end_utc - x.start_utc for x in slots), timedelta())
    pauses = sum(
        (timedelta(hours=b.end.hour - b.start.hour, minutes=b.end.minute - b.start.minute)
         for b in draft.breaks),
        timedelta(),
    )  # fmt: skip
    assert used + pauses == timedelta(minutes=end - start)
    assert all(a.end_utc <= b.start_utc for a, b in pairwise(slots))


def test_a_confirmed_table_removal_removes_its_meetings_only(
    store: Store, mission: dict[str, int]
) -> None:
    mid = mission["mission"]
    saved = save_session(store, mid, _draft(end=time(15, 0), breaks=(), tables=_tables(3)))
    _place(store, mid)
    record = load_mission(store, mid)
    by_table = {m.table_id for m in record.meetings}
    [row] = list_sessions(store, mid)
    gone_table = next(t for t in row.draft.tables if t.id in by_table)
    kept = tuple(t for t in row.draft.tables if t.id != gone_table.id)
    draft = replace(row.draft, tables=kept)
    with pytest.raises(MeetingsNoLongerFit) as caught:
        save_session(
            store, mid, draft, saved.session_id, base=_session_base(store, mid, saved.session_id)
        )
    ids = [m.id for m in caught.value.meetings]
    done = save_session(
        store,
        mid,
        draft,
        saved.session_id,
        confirm=ids,
        base=_session_base(store, mid, saved.session_id),
    )
    assert sorted(m.id for m in done.removed) == sorted(ids)
    after = load_mission(store, mid)
    assert len(after.meetings) == 4 - len(ids)
    assert [t.id for t in after.sessions[0].tables] == [t.id for t in kept]


def test_the_grid_shows_breaks_and_who_is_away(store: Store, mission: dict[str, int]) -> None:
    from app.services.b2b_grid import GridBreak, ScheduleBlocker, load_grid

    mid = mission["mission"]
    assert load_grid(store, mid).blocker is ScheduleBlocker.NO_SESSION
    saved = save_session(
        store,
        mid,
        _draft(
            breaks=(BreakDraft(time(16, 0), time(16, 20), "Tea", "Tè", "お茶"),),
            delegation_ids=frozenset({mission["nagoya"]}),
        ),
    )
    grid = load_grid(store, mid)
    assert grid.blocker is None
    [session] = grid.sessions
    rows = session.rows()
    [pause] = [r for r in rows if isinstance(r, GridBreak)]
    assert rows.index(pause) == 6 and pause.span == "16:00–16:20 JST"
    assert (pause.names.in_("en"), pause.names.in_("it"), pause.names.in_("ja")) == (
        "Tea",
        "Tè",
        "お茶",
    )
    slots = {x.id for x in session.slots}
    turin = [o for o in grid.organisations.values() if o.away_slots]
    assert len(turin) == 2 and all(o.away_slots == slots for o in turin)
    assert saved.session_id == session.id


def _session_base(store: Store, mission_id: int, session_id: int) -> Loaded[SessionDraft]:
    """The session as a form would show it now: the base of a change."""
    from app.services.sessions import list_sessions

    return Loaded(next(r.draft for r in list_sessions(store, mission_id) if r.id == session_id))
