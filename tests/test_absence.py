"""A delegate who does not arrive: marked absent, the rest of the day re-planned, and the
updates written for exactly the people affected."""

from __future__ import annotations

import email
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from email.header import decode_header, make_header
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from app.common.paths import Paths
from app.core.mission_record import MissionRecord, load_mission
from app.core.pairs import pair_key
from app.model import Meeting, MeetingStatus, Mission
from app.scheduler.solver import solve
from app.services.absence import AbsenceError, list_absences, mark_absent, undo_absence
from app.services.absence_updates import write_updates
from app.services.publications import publish
from app.services.replan import accept_replan, prepare_replan, replan
from app.services.scheduling import Control, build_problem, schedule_mission
from app.store import Store, open_store
from tests.demo_support import copy_sqlite
from tests.factories import first_fit

EARLY = datetime(2027, 10, 1, tzinfo=UTC)  # "now" for the re-plan: before the mission
DAY = date(2027, 10, 13)  # the first B2B session's day (14:00–18:00 in Nagoya)
LIMIT = 3.0  # seconds; the re-plan of a day of the demo takes one or two


@pytest.fixture(scope="module")
def published_demo(demo_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, its first mission scheduled (a quick stand-in solver) and published once."""
    folder = tmp_path_factory.mktemp("absence-demo")
    path = copy_sqlite(demo_sqlite_template, folder / "demo.sqlite")
    with open_store(path, paths=Paths.under(folder / "home")) as store:
        schedule_mission(store, 1, solve=first_fit)
        publish(store, 1)
    return path


@pytest.fixture
def demo(published_demo: Path, tmp_path: Path, paths: Paths) -> Iterator[Store]:
    path = copy_sqlite(published_demo, tmp_path / "mission.sqlite")
    with open_store(path, paths=paths) as store:
        yield store


def _live(record: MissionRecord) -> dict[int, frozenset[tuple[str, datetime, int, int | None]]]:
    """Each participant's live meetings: (pair, start, table, interpreter) — computed from the
    database rows directly, independently of the re-plan's own bookkeeping."""
    delegates = record.delegates()
    out: dict[int, set[tuple[str, datetime, int, int | None]]] = {}
    for m in record.meetings:
        if m.status is MeetingStatus.CANCELLED:
            continue
        seats = m.people or {
            p.id for org in (m.organisation_a, m.organisation_b) for p in delegates.get(org, ())
        }
        if m.interpreter_id is not None:
            seats = set(seats) | {record.interpreters[m.interpreter_id].participant_id}
        entry = (
            pair_key(m.organisation_a, m.organisation_b),
            m.start_utc,
            m.table_id,
            m.interpreter_id,
        )
        for pid in seats:
            out.setdefault(pid, set()).add(entry)
    return {k: frozenset(v) for k, v in out.items()}


def single_delegate_with_meetings_around(record: MissionRecord) -> tuple[int, int, datetime]:
    """A participant alone for their organisation, with meetings on DAY before and after a
    time: (participant, organisation, that time)."""
    delegates = record.delegates()
    for org, people in delegates.items():
        if len(people) != 1:
            continue
        starts = sorted(
            m.start_utc
            for m in record.meetings
            if org in (m.organisation_a, m.organisation_b)
            and m.start_utc.astimezone(UTC).date() == date(2027, 10, 13)
        )
        if len(starts) >= 3:  # late in the day: a small window (a quick re-plan, few PDFs)
            return people[0].id, org, starts[-2]
    raise AssertionError("the demo has no single delegate with three meetings that day")


def test_an_absent_single_delegate_is_replanned_around(demo: Store, tmp_path: Path) -> None:
    """No meeting of theirs is left after the time; earlier ones stay; the affected set is
    exactly whose meetings changed; updates are written for them only, .ics UIDs kept."""
    before = load_mission(demo, 1)
    pid, org, since = single_delegate_with_meetings_around(before)
    local = since.astimezone(ZoneInfo(before.zone))
    absence = mark_absent(demo, pid, day=local.date(), from_time=local.time(), reason="flight")
    assert absence.start_utc == since

    result = replan(demo, absence.id, time_limit_s=LIMIT, now=EARLY)
    assert result.schedule.stats.solve_seconds < LIMIT + 1
    preview = result.preview
    assert preview.dropped or preview.moved  # their meetings after the time are freed
    # only their own meetings are dropped: nobody present loses one to the waiting list
    assert all(str(org) in move.key.removeprefix("M").split("-") for move in preview.dropped)
    accepted = accept_replan(demo, result)
    assert accepted.publication is not None and accepted.publication.number == 2

    after = load_mission(demo, 1)
    live_after = [m for m in after.meetings if m.status is not MeetingStatus.CANCELLED]
    assert not [
        m for m in live_after if org in (m.organisation_a, m.organisation_b) and m.end_utc > since
    ]
    # meetings before the absence: the very same rows, at the same place
    earlier = {m.id: m for m in before.meetings if m.start_utc < since}
    now_rows = {m.id: m for m in after.meetings}
    for mid, m in earlier.items():
        kept = now_rows[mid]
        assert (kept.start_utc, kept.table_id, kept.status) == (m.start_utc, m.table_id, m.status)
    # no pair has two live meetings
    pairs = [pair_key(m.organisation_a, m.organisation_b) for m in live_after]
    assert len(pairs) == len(set(pairs))

    # moves: no more than a run of the same day without the stability would make
    problem = result.prepared.problem
    loose = type(problem.published)(p for p in problem.published if p.locked)
    scratch = solve(
        replace(problem, published=loose),
        Control(time_limit_s=2.0),
    )
    where = {a.meeting: (a.slot, a.table) for a in scratch.assignments}
    movable = [p for p in problem.published if not p.locked]
    scratch_moves = sum(1 for p in movable if where.get(p.meeting) != (p.slot, p.table))
    assert len(preview.moved) + len(preview.dropped) <= scratch_moves

    # the affected people, computed independently from the rows
    old, new = _live(before), _live(after)
    changed = {p for p in old.keys() | new.keys() if old.get(p) != new.get(p)} - {pid}
    assert {p for p, _name in preview.affected} == changed

    folder = tmp_path / "updates"
    made = write_updates(demo, 1, folder, leave_out=(pid,))
    assert set(made.people) == changed
    stems = {f"{pid:04d}" for pid in changed}
    names = sorted(p.name for p in folder.iterdir())
    assert {n.split("-")[1] for n in names} == stems
    with_mail = {p for p in changed if after.people[p].email}
    assert sum(n.startswith("agenda-") for n in names) == len(changed)
    assert sum(n.startswith("calendar-") for n in names) == len(changed)
    assert sum(n.startswith("mail-") for n in names) == len(with_mail)
    assert not any(f"{pid:04d}" in n for n in names)  # nothing for the absent person

    # one calendar (of someone whose meeting moved or was dropped): the UIDs of version 1 are
    # kept; an entry that changed has a higher SEQUENCE, a dropped one is cancelled
    who = min(p for move in (*preview.dropped, *preview.moved) for p in move.people)
    path = folder / next(n for n in names if n.startswith(f"calendar-{who:04d}-"))
    events = _events(path.read_bytes())
    old_events = _events(_V1[who])
    assert set(old_events) <= set(events)
    bumped = [uid for uid in old_events if events[uid] != old_events[uid]]
    assert bumped
    for uid in bumped:
        assert events[uid][0] > old_events[uid][0]

    # drafts in each reader's language: the subject names the mission in it
    for path in folder.glob("mail-*.eml"):
        reader = after.people[int(path.name.split("-")[1])]
        subject = str(
            make_header(decode_header(email.message_from_bytes(path.read_bytes())["Subject"]))
        )
        mission = after.mission
        expected = {"ja": mission.name_ja, "it": mission.name_it, "en": mission.name}[
            reader.document_language.value
        ]
        assert expected and expected in subject


_V1: dict[int, bytes] = {}


def _events(ics: bytes) -> dict[str, tuple[int, str, str]]:
    """UID → (SEQUENCE, STATUS, DTSTART) of each event, read by the icalendar parser."""
    cal = icalendar.Calendar.from_ical(ics)
    return {
        str(e["UID"]): (int(e["SEQUENCE"]), str(e.get("STATUS")), str(e.decoded("DTSTART")))
        for e in cal.walk("VEVENT")
    }


@pytest.fixture(autouse=True)
def _version_1_calendars(published_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    if _V1:
        return
    from app.services.documents import DocumentKind, DocumentOrder, make_documents

    folder = tmp_path_factory.mktemp("v1-calendars")
    path = copy_sqlite(published_demo, folder / "v1.sqlite")
    with open_store(path, paths=Paths.under(folder / "home")) as store:
        made = make_documents(store, DocumentOrder(DocumentKind.CALENDARS, 1, folder / "ics"))
    for p in made.paths:
        _V1[int(p.name.split("-")[1])] = p.read_bytes()


def test_held_meetings_are_never_placed_again(demo: Store) -> None:
    """A held meeting stays locked where it was, a run writes no second one; a meeting
    cancelled on the day leaves the problem; one dropped while planning may come back."""
    with demo.session(write=True) as s:
        rows = s.scalars(select(Meeting).where(Meeting.mission_id == 1).order_by(Meeting.id))
        held, late, dropped = list(rows)[:3]
        held.status, held.status_at = MeetingStatus.HELD, datetime.now(UTC)
        late.status, late.status_at = MeetingStatus.CANCELLED, datetime.now(UTC)
        dropped.status = MeetingStatus.CANCELLED
        keys = [pair_key(m.organisation_a_id, m.organisation_b_id) for m in (held, late, dropped)]
    problem, _ = build_problem(load_mission(demo, 1))
    assert problem.published_of[keys[0]].locked
    assert keys[1] not in problem.meeting
    assert keys[2] in problem.meeting and keys[2] not in problem.published_of
    schedule_mission(demo, 1, solve=first_fit)  # it ignores the locks: store_schedule may not
    record = load_mission(demo, 1)
    of_pair = [
        m for m in record.meetings if pair_key(m.organisation_a, m.organisation_b) == keys[0]
    ]
    assert [m.status for m in of_pair] == [MeetingStatus.HELD]
    late_pair = [
        m for m in record.meetings if pair_key(m.organisation_a, m.organisation_b) == keys[1]
    ]
    assert [m.status for m in late_pair] == [MeetingStatus.CANCELLED]


def test_a_held_meeting_after_the_absence_start_is_not_moved(demo: Store) -> None:
    """The re-plan keeps a meeting marked held in its window where it is."""
    record = load_mission(demo, 1)
    pid, org, since = single_delegate_with_meetings_around(record)
    theirs = sorted(
        (m for m in record.meetings if org in (m.organisation_a, m.organisation_b)),
        key=lambda m: m.start_utc,
    )
    later = next(m for m in theirs if m.start_utc >= since)
    with demo.session(write=True) as s:
        row = s.get(Meeting, later.id)
        assert row is not None
        row.status, row.status_at = MeetingStatus.HELD, datetime.now(UTC)
    absence = mark_absent(demo, pid, day=DAY)  # the whole day
    prepared = prepare_replan(demo, absence.id, now=EARLY)
    key = pair_key(later.organisation_a, later.organisation_b)
    assert key not in prepared.problem.published_of or prepared.problem.published_of[key].locked


def test_absences_are_refused_in_words(demo: Store) -> None:
    """Outside the mission, an unknown person, another mission, an overlap; undo removes."""
    with demo.session() as s:
        other = s.scalars(select(Mission).where(Mission.id == 2)).one()
        someone_else = other.participants[0].id
    record = load_mission(demo, 1)
    pid = next(iter(record.people))
    with pytest.raises(AbsenceError, match="not a day of the mission"):
        mark_absent(demo, pid, day=date(2027, 11, 1))
    with pytest.raises(AbsenceError, match="no participant 99999"):
        mark_absent(demo, 99999, day=DAY)
    with pytest.raises(AbsenceError, match="another mission"):
        mark_absent(demo, someone_else, day=DAY, mission_id=1)
    first = mark_absent(demo, pid, day=DAY, from_time=time(15, 0))
    with pytest.raises(AbsenceError, match="already marked absent"):
        mark_absent(demo, pid, day=DAY)
    assert first.end_utc - first.start_utc == timedelta(hours=9)  # 15:00 to midnight in Nagoya
    assert [a.id for a in list_absences(demo, pid)] == [first.id]
    undo_absence(demo, pid)
    assert list_absences(demo, pid) == []
    with pytest.raises(AbsenceError, match="not marked absent"):
        undo_absence(demo, pid)


@pytest.mark.postgres
def test_the_replan_is_stored_and_published_on_postgresql(
    pg_url: str, paths: Paths, load_demo: Callable[[Store], None]
) -> None:
    """The shared database: the absence, the re-plan under the mission lock, version 2."""
    with open_store(pg_url, paths=paths) as store:
        load_demo(store)
        schedule_mission(store, 1, solve=first_fit)
        publish(store, 1)
        record = load_mission(store, 1)
        pid, org, since = single_delegate_with_meetings_around(record)
        local = since.astimezone(ZoneInfo(record.zone))
        absence = mark_absent(store, pid, day=local.date(), from_time=local.time())
        result = replan(store, absence.id, time_limit_s=2.0, now=EARLY)
        accepted = accept_replan(store, result)
        assert accepted.publication is not None and accepted.publication.number == 2
        after = load_mission(store, 1)
        assert not [
            m
            for m in after.meetings
            if m.status is not MeetingStatus.CANCELLED
            and org in (m.organisation_a, m.organisation_b)
            and m.end_utc > since
        ]


def test_a_delegate_with_a_colleague_there_only_leaves_their_meetings(demo: Store) -> None:
    """Their organisation still has someone there: the meetings stay where they are, the
    absent person leaves them, and nobody else is affected by it."""
    record = load_mission(demo, 1)
    delegates = record.delegates()
    org, pid = next(
        (org, people[0].id)
        for org, people in delegates.items()
        if len(people) >= 2
        and any(org in (m.organisation_a, m.organisation_b) for m in record.meetings)
    )
    theirs = {m.id: m for m in record.meetings if org in (m.organisation_a, m.organisation_b)}
    day = min(m.start_utc for m in theirs.values()).astimezone(ZoneInfo(record.zone)).date()
    absence = mark_absent(demo, pid, day=day)
    result = replan(demo, absence.id, time_limit_s=LIMIT, now=EARLY)
    preview = result.preview
    assert not preview.dropped and not preview.moved
    assert preview.released
    # nobody else is affected but those a waiting request now places
    placed = {p for move in preview.placed for p in move.people} | {
        record.interpreters[move.after.interpreter_id].participant_id
        for move in preview.placed
        if move.after is not None and move.after.interpreter_id is not None
    }
    assert {p for p, _name in preview.affected} == placed
    accept_replan(demo, result)
    after = {m.id: m for m in load_mission(demo, 1).meetings}
    for mid, m in theirs.items():
        now = after[mid]  # the same row, at the same place
        assert (now.start_utc, now.table_id, now.status) == (m.start_utc, m.table_id, m.status)
        if now.start_utc.astimezone(ZoneInfo(record.zone)).date() == day:
            assert pid not in now.people and now.people & {p.id for p in delegates[org]}
