"""A mission's B2B sessions become a scheduler problem; the answer is stored back."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.core.mission_record import load_mission
from app.core.slots import session_slots
from app.model import B2BBreak, B2BSession, Meeting, MeetingRequest, Mission
from app.services.scheduling import SchedulingError, build_problem, schedule_mission
from app.store import Store
from tests.demo_support import LoadDemo
from tests.factories import first_fit

TOKYO = ZoneInfo("Asia/Tokyo")


def _session(start: datetime, hours: float, minutes: int = 20) -> B2BSession:
    return B2BSession(
        name="B2B",
        start_utc=start,
        end_utc=start + timedelta(hours=hours),
        timezone="Asia/Tokyo",
        slot_minutes=minutes,
    )


def test_slots_skip_breaks_and_short_ends() -> None:
    """14:00–18:00 with a 16:00–16:20 coffee break: 11 slots of 20 minutes."""
    start = datetime(2027, 10, 13, 14, 0, tzinfo=TOKYO)
    session = _session(start, 4)
    session.id = 7
    session.breaks = [
        B2BBreak(
            start_utc=start + timedelta(hours=2), end_utc=start + timedelta(hours=2, minutes=20)
        )
    ]
    slots = session_slots(session)
    assert len(slots) == 11
    assert slots[6].start_utc == (start + timedelta(hours=2, minutes=20)).astimezone(UTC)
    assert all(s.end_utc - s.start_utc == timedelta(minutes=20) for s in slots)
    session.end_utc = start + timedelta(hours=4, minutes=10)  # a 10-minute tail is no slot
    assert len(session_slots(session)) == 11


def test_slots_resume_after_an_odd_break() -> None:
    """A break at 14:10–14:25 pushes the next slot to 14:25."""
    start = datetime(2027, 10, 13, 14, 0, tzinfo=TOKYO)
    session = _session(start, 1)
    session.id = 1
    session.breaks = [
        B2BBreak(start_utc=start + timedelta(minutes=10), end_utc=start + timedelta(minutes=25))
    ]
    slots = session_slots(session)
    assert [s.start_utc.astimezone(TOKYO).strftime("%H:%M") for s in slots] == ["14:25"]


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> Store:
    load_demo(store)
    return store


def _mission_id(store: Store, host: str) -> int:
    with store.session() as s:
        return s.scalars(select(Mission.id).where(Mission.host_city == host)).one()


def test_demo_becomes_a_two_sided_problem(demo: Store) -> None:
    """Nagoya mission: 21 slots in two sessions, 30 tables, every team with a side."""
    problem, _index = build_problem(load_mission(demo, _mission_id(demo, "Nagoya")))
    assert len(problem.sessions) == 2 and len(problem.slots) == 21
    assert len(problem.tables) == 30
    assert all(t.side in {"turin", "nagoya"} for t in problem.teams)
    assert len(problem.interpreters) == 4
    needing = [m for m in problem.meetings if problem.needs_interpreter(m)]
    assert len(needing) > len(problem.interpreters) * len(problem.slots) // 2  # the bottleneck
    with demo.session() as s:
        no_thanks = s.scalars(select(MeetingRequest).where(MeetingRequest.no_thanks)).all()
        assert no_thanks
        for r in no_thanks:
            pair = f"M{min(r.requester_id, r.requested_id)}-{max(r.requester_id, r.requested_id)}"
            assert pair not in problem.meeting


def test_schedule_is_stored_with_times_tables_and_people(demo: Store) -> None:
    """Each assignment becomes a meeting at its slot's UTC time, its table, with its delegates."""
    mission = _mission_id(demo, "Torino")
    outcome = schedule_mission(demo, mission, solve=first_fit)
    assert outcome.stored == len(outcome.schedule.assignments) > 0
    with demo.session() as s:
        meetings = s.scalars(select(Meeting).where(Meeting.mission_id == mission)).all()
        assert len(meetings) == outcome.stored
        for m in meetings:
            assert m.end_utc - m.start_utc == timedelta(minutes=20)
            assert m.table.session_id == m.session_id
            assert m.participant_links
            local = m.start_utc.astimezone(ZoneInfo("Europe/Rome"))
            assert 12 <= local.hour < 18


def test_rescheduling_keeps_locked_meetings(demo: Store) -> None:
    """A locked meeting survives a new run untouched."""
    mission = _mission_id(demo, "Torino")
    schedule_mission(demo, mission, solve=first_fit)
    with demo.session() as s:
        first = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission).order_by(Meeting.id)
        ).first()
        assert first is not None
        first.locked = True
        kept = (first.id, first.start_utc, first.table_id)
    schedule_mission(demo, mission, solve=first_fit)
    with demo.session() as s:
        again = s.get(Meeting, kept[0])
        assert again is not None and (again.id, again.start_utc, again.table_id) == kept
        pairs = [(m.organisation_a_id, m.organisation_b_id) for m in s.scalars(select(Meeting))]
        assert len(pairs) == len(set(pairs))


def test_a_mission_asks_for_one_meeting_per_organisation_pair(demo: Store) -> None:
    """The solver takes several meetings of one pair (real fairs have them); one meeting per
    pair of organisations is the mission's rule: mutual requests (A asks B, B asks A) become
    one meeting weighing both priorities, and a run stores one meeting per pair."""
    mission = _mission_id(demo, "Torino")
    record = load_mission(demo, mission)
    problem, _index = build_problem(record)
    per_pair = Counter(m.pair for m in problem.meetings)
    assert per_pair and max(per_pair.values()) == 1
    asked: dict[frozenset[str], list[int]] = defaultdict(list)
    for r in record.requests:
        if not r.no_thanks:
            asked[frozenset((f"O{r.requester}", f"O{r.requested}"))].append(r.priority)
    mutual = {pair: priorities for pair, priorities in asked.items() if len(priorities) == 2}
    assert len(mutual) >= 5  # the demo has 10: the test can tell one meeting from two
    weight = {m.pair: m.weight for m in problem.meetings}
    for pair, priorities in mutual.items():
        if pair in weight:  # a "no thanks" from either side forbids it
            assert weight[pair] == sum(priorities)
    schedule_mission(demo, mission, solve=first_fit)
    with demo.session() as s:
        stored = s.scalars(select(Meeting).where(Meeting.mission_id == mission)).all()
        pairs = [frozenset((m.organisation_a_id, m.organisation_b_id)) for m in stored]
    assert stored and len(pairs) == len(set(pairs))


def test_mission_without_sessions_is_refused(store: Store) -> None:
    with store.session() as s:
        m = Mission(
            name="Empty",
            host_city="Nagoya",
            timezone="Asia/Tokyo",
            start_date=datetime(2027, 1, 1).date(),
            end_date=datetime(2027, 1, 2).date(),
        )
        s.add(m)
        s.flush()
        mid = m.id
    with pytest.raises(SchedulingError, match="no B2B session"):
        schedule_mission(store, mid, solve=first_fit)


def test_session_without_tables_is_refused(store: Store) -> None:
    start = datetime(2027, 10, 13, 14, 0, tzinfo=TOKYO)
    with store.session() as s:
        m = Mission(
            name="No tables",
            host_city="Nagoya",
            timezone="Asia/Tokyo",
            start_date=datetime(2027, 1, 1).date(),
            end_date=datetime(2027, 1, 2).date(),
        )
        session = _session(start, 2)
        session.mission = m
        s.add_all([m, session])
        s.flush()
        mid = m.id
    with pytest.raises(SchedulingError, match="has no tables"):
        schedule_mission(store, mid, solve=first_fit)
