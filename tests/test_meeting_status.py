"""Marking meetings on the day (issue 17): held, which side did not come, cancelled late, back
to scheduled, with a note; refusals worded; two coordinators never silently overwrite each
other; a reader's account on a server may mark; no-shows counted per organisation."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.common.paths import Paths
from app.core.conflicts import StaleRecord
from app.core.errors import NotFound
from app.model import Meeting, MeetingStatus, Mission
from app.services import b2b_grid
from app.services.meeting_status import (
    SheetMark,
    StatusMark,
    StatusRefused,
    StatusValues,
    load_on_site,
    load_status,
    mark_sheet,
    put_back_status,
    set_meeting_status,
)
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo, LoadDemo
from tests.factories import first_fit
from tests.test_server_roles import Server, server  # noqa: F401 (the fixture)

S = MeetingStatus


def _scheduled(store: Store) -> int:
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
    schedule_mission(store, mission_id, solve=first_fit)
    return mission_id


@pytest.fixture
def local(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[Store]:
    """The demo in an SQLite file (most rules do not depend on the backend)."""
    with open_store(copy_demo(tmp_path / "demo.sqlite"), paths=paths) as store:
        yield store


@pytest.fixture
def mission(local: Store) -> int:
    """The demo's Turin mission (one session, ten tables), scheduled by the stand-in solver."""
    return _scheduled(local)


@pytest.fixture
def both(store: Store, load_demo: LoadDemo) -> tuple[Store, int]:
    """The same on each backend (SQLite and PostgreSQL)."""
    load_demo(store)
    return store, _scheduled(store)


def _meetings(store: Store, mission_id: int) -> list[Meeting]:
    with store.session() as s:
        return list(
            s.scalars(select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id))
        )


def test_a_mark_is_stored_with_its_note_and_time_and_shown(local: Store, mission: int) -> None:
    store = local
    """Held, then no-show of side B with a note: the grid and the per-table view show it."""
    first = _meetings(store, mission)[0]
    done = set_meeting_status(store, first.id, S.HELD, base=load_status(store, first.id))
    assert done.previous == StatusMark(S.SCHEDULED, "", None)
    assert done.mark.status is S.HELD and done.mark.at is not None
    later = set_meeting_status(
        store, first.id, S.NO_SHOW_B, "  waited\n15 min  ", base=done.saved, mission_id=mission
    )
    assert later.saved.values == StatusValues(S.NO_SHOW_B, "waited 15 min")
    grid = b2b_grid.load_grid(store, mission)
    shown = grid.meeting(first.id)
    assert shown is not None and shown.status is S.NO_SHOW_B
    assert shown.status_note == "waited 15 min"
    row = load_on_site(store, mission).row(first.id)
    assert row is not None and row.status is S.NO_SHOW_B and row.status_at is not None


def test_no_shows_are_counted_per_organisation(local: Store, mission: int) -> None:
    store = local
    """A missed by A counts for A only; missed by both counts for both; held counts held."""
    m1, m2, m3 = _meetings(store, mission)[:3]
    set_meeting_status(store, m1.id, S.NO_SHOW_A)
    set_meeting_status(store, m2.id, S.NO_SHOW)
    set_meeting_status(store, m3.id, S.HELD)
    counts = {a.organisation_id: a for a in load_on_site(store, mission).attendance}
    expected: dict[int, int] = {}
    for m, missed in ((m1, (1, 0)), (m2, (1, 1)), (m3, (0, 0))):
        expected[m.organisation_a_id] = expected.get(m.organisation_a_id, 0) + missed[0]
        expected[m.organisation_b_id] = expected.get(m.organisation_b_id, 0) + missed[1]
    for org, missed in expected.items():
        assert counts[org].missed == missed, org
    assert counts[m3.organisation_a_id].held >= 1
    ranked = load_on_site(store, mission).attendance
    assert ranked[0].missed == max(a.missed for a in ranked)


def test_bad_marks_are_refused_in_words(local: Store, mission: int) -> None:
    store = local
    """An unknown meeting, a meeting of another mission, a note too long."""
    meeting = _meetings(store, mission)[0]
    with pytest.raises(NotFound, match="Meeting 999999"):
        set_meeting_status(store, 999999, S.HELD)
    with pytest.raises(StatusRefused) as other:
        set_meeting_status(store, meeting.id, S.HELD, mission_id=mission - 1)
    assert "another mission" in other.value.text("en") and "別のミッション" in other.value.text(
        "ja"
    )
    with pytest.raises(StatusRefused) as long:
        set_meeting_status(store, meeting.id, S.HELD, "x" * 201)
    assert "201" in long.value.text("it") and "200" in long.value.text("en")
    assert load_status(store, meeting.id).values == StatusValues(S.SCHEDULED, "")


def test_a_note_is_kept_nfc_and_on_one_line(local: Store, mission: int) -> None:
    store = local
    meeting = _meetings(store, mission)[0]
    decomposed = unicodedata.normalize("NFD", "ritardo è\t\x07grave")
    done = set_meeting_status(store, meeting.id, S.HELD, decomposed)
    assert done.mark.note == "ritardo è grave"
    assert unicodedata.is_normalized("NFC", done.mark.note)


def test_a_meeting_cancelled_while_planning_takes_no_mark(local: Store, mission: int) -> None:
    store = local
    meeting = _meetings(store, mission)[0]
    with store.session() as s:
        row = s.get(Meeting, meeting.id)
        assert row is not None
        row.status = S.CANCELLED  # as the planning drops one: no time marked
    with pytest.raises(StatusRefused, match="cancelled while planning"):
        set_meeting_status(store, meeting.id, S.HELD)
    assert load_on_site(store, mission).row(meeting.id) is None  # on no sheet


def test_a_late_cancellation_leaves_the_grid_and_comes_back(local: Store, mission: int) -> None:
    store = local
    """Cancelled on the day: off the grid, still on its table's rows; back to scheduled it is
    on the grid again, unless its table and time were taken meanwhile."""
    meeting = _meetings(store, mission)[0]
    set_meeting_status(store, meeting.id, S.CANCELLED, "flight cancelled")
    assert b2b_grid.load_grid(store, mission).meeting(meeting.id) is None
    row = load_on_site(store, mission).row(meeting.id)
    assert row is not None and row.status is S.CANCELLED
    set_meeting_status(store, meeting.id, S.SCHEDULED)
    assert b2b_grid.load_grid(store, mission).meeting(meeting.id) is not None
    # cancelled again; another meeting is moved into its cell
    set_meeting_status(store, meeting.id, S.CANCELLED)
    other = _meetings(store, mission)[1]
    b2b_grid.move_meeting(store, other.id, meeting.start_utc, meeting.table_id)
    with pytest.raises(StatusRefused) as taken:
        set_meeting_status(store, meeting.id, S.HELD)
    assert "cannot go back on the grid" in taken.value.text("en")
    assert load_status(store, meeting.id).values.status is S.CANCELLED


def test_two_coordinators_do_not_overwrite_each_other(local: Store, mission: int) -> None:
    store = local
    """Both read it scheduled; the first marks held, the second's no-show is refused with
    what changed; the same mark by both is no conflict."""
    meeting = _meetings(store, mission)[0]
    base = load_status(store, meeting.id)
    store.actor = "Giulia"
    set_meeting_status(store, meeting.id, S.HELD, base=base)
    store.actor = "Kenji"
    with pytest.raises(StaleRecord) as stale:
        set_meeting_status(store, meeting.id, S.NO_SHOW_A, base=base)
    assert "Giulia" in stale.value.text("en") and "status" in stale.value.text("en")
    assert load_status(store, meeting.id).values.status is S.HELD
    set_meeting_status(store, meeting.id, S.HELD, base=base)  # what is there already
    # someone else moving the meeting is no reason to refuse its mark
    moved_base = load_status(store, meeting.id)
    b2b_grid.set_locked(store, meeting.id, True)
    set_meeting_status(store, meeting.id, S.NO_SHOW_B, base=moved_base)


def test_undo_puts_back_exactly_what_was_there(local: Store, mission: int) -> None:
    store = local
    meeting = _meetings(store, mission)[0]
    done = set_meeting_status(store, meeting.id, S.NO_SHOW, "nobody")
    back = put_back_status(store, meeting.id, done.previous, base=done.saved)
    assert back.mark == StatusMark(S.SCHEDULED, "", None)
    with store.session() as s:
        row = s.get(Meeting, meeting.id)
        assert row is not None and row.status_at is None and row.status is S.SCHEDULED
    again = put_back_status(store, meeting.id, done.mark, base=back.saved)
    assert again.mark == done.mark
    stale_base = done.saved  # an undo over a version someone else moved since is refused
    set_meeting_status(store, meeting.id, S.HELD)
    with pytest.raises(StaleRecord, match="changed by someone else after this step"):
        put_back_status(store, meeting.id, done.previous, base=stale_base)


def test_a_sheet_is_saved_in_one_transaction(local: Store, mission: int) -> None:
    store = local
    """All the rows, or none when one of them was marked differently meanwhile."""
    on_site = load_on_site(store, mission)
    rows = on_site.rows_of(on_site.sessions[0].id, on_site.sessions[0].tables[0].id)
    assert len(rows) >= 2
    marks = [SheetMark(rows[0].meeting_id, S.HELD, rows[0].base),
             SheetMark(rows[1].meeting_id, S.NO_SHOW_A, rows[1].base)]  # fmt: skip
    set_meeting_status(store, rows[1].meeting_id, S.HELD)  # someone else, meanwhile
    with pytest.raises(StaleRecord):
        mark_sheet(store, mission, marks)
    assert load_status(store, rows[0].meeting_id).values.status is S.SCHEDULED
    fresh = load_on_site(store, mission)
    marks[1] = SheetMark(rows[1].meeting_id, S.NO_SHOW_A, fresh.rows_of(rows[1].session_id,
                         rows[1].table_id)[1].base)  # fmt: skip
    saved = mark_sheet(store, mission, marks)
    assert {m.meeting_id for m in saved.marks} == {rows[0].meeting_id, rows[1].meeting_id}
    assert saved.changes.b2b
    same = SheetMark(rows[0].meeting_id, S.HELD, load_status(store, rows[0].meeting_id))
    assert not mark_sheet(store, mission, [same]).marks  # nothing to change: nothing written


@pytest.fixture
def scheduled_server(server: Server) -> Iterator[tuple[Server, int]]:  # noqa: F811
    with open_store(server.owner_url, paths=server.paths) as owner:
        mission_id = _scheduled(owner)
    yield server, mission_id


@pytest.mark.postgres
def test_a_reader_marks_meetings_on_a_server(scheduled_server: tuple[Server, int]) -> None:
    """The reader's role may update only the status columns: every mark, the undo, and a
    sheet go through, and the row's other columns are untouched."""
    pg, mission_id = scheduled_server
    _, url = pg.user("reader")
    with open_store(url, paths=pg.paths) as store:
        store.actor = "desk 3"
        meetings = _meetings(store, mission_id)
        first, second = meetings[0], meetings[1]
        done = set_meeting_status(
            store, first.id, S.NO_SHOW_A, "stuck in traffic", base=load_status(store, first.id),
            mission_id=mission_id, at=datetime(2028, 3, 14, 9, 5, tzinfo=UTC),
        )  # fmt: skip
        put_back_status(store, first.id, done.previous, base=done.saved)
        set_meeting_status(store, first.id, S.CANCELLED, "late")
        on_site = load_on_site(store, mission_id)
        row = on_site.row(second.id)
        assert row is not None
        mark_sheet(store, mission_id, [SheetMark(second.id, S.HELD, row.base)])
    with open_store(pg.owner_url, paths=pg.paths) as owner, owner.snapshot() as s:
        one, two = s.get(Meeting, first.id), s.get(Meeting, second.id)
        assert one is not None and two is not None
        assert (one.status, one.status_note) == (S.CANCELLED, "late")
        assert one.table_id == first.table_id and one.start_utc == first.start_utc
        assert two.status is S.HELD


def test_scheduling_again_keeps_the_marks_of_the_day(local: Store, mission: int) -> None:
    """A run after some meetings were held or cancelled late plans around them."""
    store = local
    held, cancelled = _meetings(store, mission)[:2]
    set_meeting_status(store, held.id, S.HELD)
    set_meeting_status(store, cancelled.id, S.CANCELLED, "flight cancelled")
    schedule_mission(store, mission, solve=first_fit)
    pairs = [(m.organisation_a_id, m.organisation_b_id) for m in _meetings(store, mission)]
    assert pairs.count((held.organisation_a_id, held.organisation_b_id)) == 1
    assert load_status(store, held.id).values.status is S.HELD
    # cancelled late: the pair is not placed again behind the coordinator's back
    assert pairs.count((cancelled.organisation_a_id, cancelled.organisation_b_id)) == 1
    assert load_status(store, cancelled.id).values.status is S.CANCELLED
