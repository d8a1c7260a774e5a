"""Publications: versions, snapshots, the diff per participant, SEQUENCE, `ponte publish`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from app.cli import build_cli
from app.common.paths import Paths
from app.core.pairs import pair_key
from app.core.publications import (
    ChangeKind,
    MissionDiff,
    PublicationError,
    current_keys,
    diff,
    list_publications,
    load_snapshot,
    participants_to_notify,
    pending_sequences,
    sequences,
    version_diff,
)
from app.model import (
    AgendaItem,
    B2BTable,
    Interpreter,
    Meeting,
    MeetingParticipant,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
    Publication,
)
from app.services.b2b_grid import load_grid, move_meeting
from app.services.publications import publish
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests import factories
from tests.demo_support import CopyDemo, LoadDemo
from tests.factories import first_fit

# --- helpers ---------------------------------------------------------------------------------


def _torino(store: Store) -> int:
    with store.session() as s:
        return s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()


@pytest.fixture
def scheduled(store: Store, load_demo: LoadDemo) -> tuple[Store, int]:
    """The demo with the Torino mission's meetings scheduled (first fit)."""
    load_demo(store)
    mission_id = _torino(store)
    outcome = schedule_mission(store, mission_id, solve=first_fit)
    assert outcome.stored > 5
    return store, mission_id


def _people_of(store: Store, meeting_id: int) -> set[int]:
    with store.session() as s:
        return set(
            s.scalars(
                select(MeetingParticipant.participant_id).where(
                    MeetingParticipant.meeting_id == meeting_id
                )
            )
        )


def _first_meeting(store: Store, mission_id: int) -> Meeting:
    with store.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id)
        ).first()
        assert m is not None
        s.expunge(m)
        return m


def _free_table(store: Store, meeting: Meeting) -> int:
    """A table of the meeting's session with nobody at it in the meeting's slot."""
    with store.session() as s:
        busy = set(
            s.scalars(select(Meeting.table_id).where(Meeting.start_utc == meeting.start_utc))
        )
        tables = s.scalars(
            select(B2BTable.id)
            .where(B2BTable.session_id == meeting.session_id)
            .order_by(B2BTable.position)
        ).all()
    return next(t for t in tables if t not in busy)


def _kinds(d: MissionDiff, participant_id: int) -> list[ChangeKind]:
    found = d.for_participant(participant_id)
    return [c.kind for c in found.changes] if found else []


# --- versions and snapshots ------------------------------------------------------------------


def test_versions_are_numbered_one_two_three(scheduled: tuple[Store, int]) -> None:
    """Each publish makes the next version, keeping who published it and the note."""
    store, mission_id = scheduled
    numbers = [publish(store, mission_id, by="Anna", note=f"round {n}").number for n in (1, 2, 3)]
    assert numbers == [1, 2, 3]
    kept = list_publications(store, mission_id)
    assert [(p.number, p.published_by, p.note) for p in kept] == [
        (1, "Anna", "round 1"),
        (2, "Anna", "round 2"),
        (3, "Anna", "round 3"),
    ]


def test_publish_counts_meetings_items_and_people(scheduled: tuple[Store, int]) -> None:
    """The first version counts every meeting, item and participant with a schedule."""
    store, mission_id = scheduled
    with store.session() as s:
        meetings = s.scalar(select(func.count()).where(Meeting.mission_id == mission_id))
        items = s.scalar(select(func.count()).where(AgendaItem.mission_id == mission_id))
    done = publish(store, mission_id)
    assert (done.number, done.meetings, done.cancelled, done.items) == (1, meetings, 0, items)
    assert done.changed_participants > 0 and done.changes.missions


def test_snapshot_is_versioned_json_with_stable_keys(scheduled: tuple[Store, int]) -> None:
    """The snapshot says format 1; meetings are keyed by pair, items by id and first version."""
    store, mission_id = scheduled
    publish(store, mission_id)
    with store.session() as s:
        raw = json.loads(s.scalars(select(Publication.snapshot)).one())
        pairs = {
            pair_key(a, b)
            for a, b in s.execute(
                select(Meeting.organisation_a_id, Meeting.organisation_b_id).where(
                    Meeting.mission_id == mission_id
                )
            )
        }
        item_ids = set(s.scalars(select(AgendaItem.id).where(AgendaItem.mission_id == mission_id)))
    assert raw["format"] == 1 and raw["number"] == 1
    assert {m["key"] for m in raw["meetings"]} == pairs
    assert {i["key"] for i in raw["items"]} == {f"P{i}-v1" for i in item_ids}
    meeting = raw["meetings"][0]
    assert meeting["status"] == "scheduled" and meeting["start_utc"].endswith("+00:00")
    assert meeting["table"]["name"] and meeting["participants"]
    assert all(i["attendees"] for i in raw["items"])


def test_nothing_to_publish_is_refused(store: Store) -> None:
    """A mission without meetings or programme cannot be published, and says why."""
    with store.session() as s:
        mission_id = factories.mission(s).id
    with pytest.raises(PublicationError, match="Nothing to publish"):
        publish(store, mission_id)
    assert list_publications(store, mission_id) == []


def test_two_live_meetings_of_one_pair_are_refused(scheduled: tuple[Store, int]) -> None:
    """The schema allows a second meeting of a pair; publishing names the pair instead of
    guessing which one is meant."""
    store, mission_id = scheduled
    m = _first_meeting(store, mission_id)
    with store.session() as s:
        s.add(
            Meeting(
                mission_id=mission_id,
                organisation_a_id=m.organisation_b_id,
                organisation_b_id=m.organisation_a_id,
                session_id=m.session_id,
                table_id=_free_table(store, m),
                start_utc=m.start_utc,
                end_utc=m.end_utc,
            )
        )
    with pytest.raises(PublicationError, match="a pair meets once per mission"):
        publish(store, mission_id)


# --- the diff --------------------------------------------------------------------------------


def test_before_any_publication_everything_is_new(scheduled: tuple[Store, int]) -> None:
    """With no version yet, base is None and every meeting and item is new for its people."""
    store, mission_id = scheduled
    d = diff(store, mission_id)
    assert d.base is None
    kinds = {c.kind for p in d.participants for c in p.changes}
    assert kinds == {ChangeKind.MEETING_NEW, ChangeKind.ITEM_ADDED}
    m = _first_meeting(store, mission_id)
    for pid in _people_of(store, m.id):
        assert ChangeKind.MEETING_NEW in _kinds(d, pid)
    with store.session() as s:
        everyone = set(
            s.scalars(select(Participant.id).where(Participant.mission_id == mission_id))
        )
    # Every demo participant attends at least one programme item.
    assert set(participants_to_notify(store, mission_id)) == everyone


def test_after_publishing_nothing_has_changed(scheduled: tuple[Store, int]) -> None:
    """Right after a publication the diff is empty and nobody is to be told anything."""
    store, mission_id = scheduled
    publish(store, mission_id)
    d = diff(store, mission_id)
    assert d.base == 1 and d.is_empty
    assert participants_to_notify(store, mission_id) == []


def test_moved_meeting_is_moved_for_exactly_both_organisations(
    scheduled: tuple[Store, int],
) -> None:
    """A meeting moved to another table shows as moved to its two teams' people, only them."""
    store, mission_id = scheduled
    publish(store, mission_id)
    m = _first_meeting(store, mission_id)
    move_meeting(store, m.id, m.start_utc, _free_table(store, m))
    d = diff(store, mission_id)
    people = _people_of(store, m.id)
    with store.session() as s:
        delegates = set(
            s.scalars(
                select(Participant.id).where(
                    Participant.organisation_id.in_([m.organisation_a_id, m.organisation_b_id])
                )
            )
        )
    assert people == delegates
    assert {p.participant_id for p in d.participants} == people
    assert participants_to_notify(store, mission_id) == sorted(people)
    for p in d.participants:
        (change,) = p.changes
        assert change.kind is ChangeKind.MEETING_MOVED and change.fields == ("table",)
        assert change.key == pair_key(m.organisation_a_id, m.organisation_b_id)
        assert p.summary.startswith("Moved: the meeting with ")
    assert d.changed_keys == {pair_key(m.organisation_a_id, m.organisation_b_id)}


def test_version_diff_is_what_a_version_changed(scheduled: tuple[Store, int]) -> None:
    """Version 2 against version 1 names the moved meeting's people; version 1 is new for
    everyone; a version that does not exist is a clear error."""
    store, mission_id = scheduled
    with pytest.raises(PublicationError, match="not been published"):
        version_diff(store, mission_id)
    publish(store, mission_id)
    m = _first_meeting(store, mission_id)
    move_meeting(store, m.id, m.start_utc, _free_table(store, m))
    publish(store, mission_id)
    second = version_diff(store, mission_id)
    assert second.base == 1
    assert {p.participant_id for p in second.participants} == _people_of(store, m.id)
    first = version_diff(store, mission_id, 1)
    assert first.base is None and len(first.participants) > len(second.participants)
    with pytest.raises(PublicationError, match="no version 3"):
        version_diff(store, mission_id, 3)


def test_moved_in_time_names_both_times(scheduled: tuple[Store, int]) -> None:
    """A change of time is a move whose summary gives the old and the new local time."""
    store, mission_id = scheduled
    publish(store, mission_id)
    m = _first_meeting(store, mission_id)
    with store.session() as s:
        row = s.get(Meeting, m.id)
        assert row is not None
        row.start_utc += timedelta(hours=1)
        row.end_utc += timedelta(hours=1)
    d = diff(store, mission_id)
    (p, *_) = d.participants
    (change,) = p.changes
    assert change.kind is ChangeKind.MEETING_MOVED and change.fields == ("time",)
    assert change.before is not None and change.before.start_utc == m.start_utc
    assert change.after is not None and change.after.start_utc == m.start_utc + timedelta(hours=1)
    assert "CEST (Europe/Rome)" in p.summary and " to " in p.summary


def test_cancelled_meeting_is_cancelled_for_its_people(scheduled: tuple[Store, int]) -> None:
    """A meeting set to cancelled shows as cancelled for its people and bumps its SEQUENCE."""
    store, mission_id = scheduled
    publish(store, mission_id)
    m = _first_meeting(store, mission_id)
    with store.session() as s:
        row = s.get(Meeting, m.id)
        assert row is not None
        row.status = MeetingStatus.CANCELLED
    d = diff(store, mission_id)
    assert {p.participant_id for p in d.participants} == _people_of(store, m.id)
    assert all(
        _kinds(d, p.participant_id) == [ChangeKind.MEETING_CANCELLED] for p in d.participants
    )
    assert d.participants[0].summary.startswith("Cancelled: the meeting with ")
    publish(store, mission_id)
    key = pair_key(m.organisation_a_id, m.organisation_b_id)
    assert sequences(store, mission_id)[key] == 1
    snap = load_snapshot(store, mission_id)
    assert snap is not None and snap.meetings[key].status == "cancelled"


def test_deleted_meeting_stays_cancelled_in_later_versions(scheduled: tuple[Store, int]) -> None:
    """A meeting whose row is gone is kept as a cancelled tombstone; its SEQUENCE goes up once."""
    store, mission_id = scheduled
    publish(store, mission_id)
    m = _first_meeting(store, mission_id)
    key = pair_key(m.organisation_a_id, m.organisation_b_id)
    with store.session() as s:
        s.execute(delete(Meeting).where(Meeting.id == m.id))
    d = diff(store, mission_id)
    assert d.participants and all(
        _kinds(d, p.participant_id) == [ChangeKind.MEETING_CANCELLED] for p in d.participants
    )
    publish(store, mission_id)
    publish(store, mission_id)
    snap = load_snapshot(store, mission_id, 3)
    assert snap is not None and snap.meetings[key].gone
    assert snap.meetings[key].status == "cancelled"
    assert sequences(store, mission_id)[key] == 1
    assert diff(store, mission_id).is_empty


def test_interpreter_change_tells_delegates_and_both_interpreters(
    scheduled: tuple[Store, int],
) -> None:
    """Delegates read "interpreter changed"; the new interpreter gets a new meeting."""
    store, mission_id = scheduled
    publish(store, mission_id)
    m = _first_meeting(store, mission_id)
    with store.session() as s:
        interp = s.scalars(select(Interpreter).where(Interpreter.mission_id == mission_id)).first()
        assert interp is not None
        interp_person = interp.participant_id
        row = s.get(Meeting, m.id)
        assert row is not None
        row.interpreter_id = interp.id
    d = diff(store, mission_id)
    for pid in _people_of(store, m.id):
        assert _kinds(d, pid) == [ChangeKind.MEETING_INTERPRETER]
    assert _kinds(d, interp_person) == [ChangeKind.MEETING_NEW]
    told = d.for_participant(min(_people_of(store, m.id)))
    assert told is not None and told.summary.startswith("Interpreter changed for the meeting")


def test_programme_item_changes_reach_its_audience(scheduled: tuple[Store, int]) -> None:
    """A retitled, moved item shows as changed for everyone it is for: its time, and its
    title for those who read the English one (a reader of a translation still reads it)."""
    store, mission_id = scheduled
    publish(store, mission_id)
    with store.session() as s:
        item = s.scalars(
            select(AgendaItem).where(AgendaItem.mission_id == mission_id).order_by(AgendaItem.id)
        ).first()
        assert item is not None
        item.title = item.title + " (new room)"
        item.start_utc += timedelta(minutes=30)
        item.end_utc += timedelta(minutes=30)
        item_id = item.id
        translated = {"it": item.title_it, "ja": item.title_ja}
    d = diff(store, mission_id)
    assert d.participants
    for p in d.participants:
        (change,) = p.changes
        assert change.kind is ChangeKind.ITEM_CHANGED
        english = not translated.get(p.language)
        assert change.fields == (("time", "title") if english else ("time",))
        assert change.key == f"P{item_id}-v1"


# --- keys and SEQUENCE -----------------------------------------------------------------------


def test_sequences_bump_only_for_changed_entries(scheduled: tuple[Store, int]) -> None:
    """0 when first published; +1 only in the versions where the entry changed."""
    store, mission_id = scheduled
    publish(store, mission_id)
    first = sequences(store, mission_id)
    assert set(first.values()) == {0}
    m = _first_meeting(store, mission_id)
    key = pair_key(m.organisation_a_id, m.organisation_b_id)
    move_meeting(store, m.id, m.start_utc, _free_table(store, m))
    publish(store, mission_id)
    publish(store, mission_id)  # nothing changed in between
    seq = sequences(store, mission_id)
    assert seq[key] == 1
    assert {k: v for k, v in seq.items() if k != key} == {k: 0 for k in first if k != key}
    # The scheduler rewrites every unlocked meeting (new row ids): same places, same SEQUENCE.
    schedule_mission(store, mission_id, solve=first_fit)
    publish(store, mission_id)
    seq = sequences(store, mission_id)
    assert seq[key] == 2  # first fit put it back where it was
    assert {k: v for k, v in seq.items() if k != key} == {k: 0 for k in first if k != key}


def test_pending_sequences_preview_the_next_version(scheduled: tuple[Store, int]) -> None:
    """Before publishing, a changed entry previews SEQUENCE + 1 and a new one 0."""
    store, mission_id = scheduled
    assert set(pending_sequences(store, mission_id).values()) == {0}
    publish(store, mission_id)
    m = _first_meeting(store, mission_id)
    key = pair_key(m.organisation_a_id, m.organisation_b_id)
    move_meeting(store, m.id, m.start_utc, _free_table(store, m))
    pending = pending_sequences(store, mission_id)
    assert pending[key] == 1 and sequences(store, mission_id)[key] == 0
    publish(store, mission_id)
    assert sequences(store, mission_id) == pending


def test_reused_meeting_id_does_not_inherit_history(scheduled: tuple[Store, int]) -> None:
    """A meeting of another pair put in a deleted meeting's place starts at SEQUENCE 0, and
    takes a new id (no SQLite table hands a deleted id out again since 0011)."""
    store, mission_id = scheduled
    publish(store, mission_id)
    with store.session() as s:
        last = s.scalars(select(Meeting).order_by(Meeting.id.desc())).first()
        assert last is not None
        old_id, old_key = last.id, pair_key(last.organisation_a_id, last.organisation_b_id)
        where = (last.session_id, last.table_id, last.start_utc, last.end_utc)
        s.delete(last)
    with store.session() as s:
        paired = {
            pair_key(a, b)
            for a, b in s.execute(select(Meeting.organisation_a_id, Meeting.organisation_b_id))
        }
        orgs = s.scalars(select(Organisation.id).where(Organisation.mission_id == mission_id)).all()
        a, b = next(
            (x, y)
            for x in orgs
            for y in orgs
            if x < y and pair_key(x, y) not in paired and pair_key(x, y) != old_key
        )
        new = Meeting(
            mission_id=mission_id,
            organisation_a_id=a,
            organisation_b_id=b,
            session_id=where[0],
            table_id=where[1],
            start_utc=where[2],
            end_utc=where[3],
        )
        s.add(new)
        s.flush()
        new_id = new.id
    assert new_id > old_id
    new_key = pair_key(a, b)
    d = diff(store, mission_id)
    kinds = {c.key: c.kind for p in d.participants for c in p.changes}
    assert kinds == {old_key: ChangeKind.MEETING_CANCELLED, new_key: ChangeKind.MEETING_NEW}
    publish(store, mission_id)
    seq = sequences(store, mission_id)
    assert (seq[old_key], seq[new_key]) == (1, 0)
    assert current_keys(store, mission_id).meetings[new_id] == new_key


def test_reused_item_id_after_a_removal_gets_a_new_key(scheduled: tuple[Store, int]) -> None:
    """An item id handed out again after its removal was published starts a new history."""
    store, mission_id = scheduled
    publish(store, mission_id)
    with store.session() as s:
        last = s.scalars(select(AgendaItem).order_by(AgendaItem.id.desc())).first()
        assert last is not None
        old_id = last.id
        copy = {
            c: getattr(last, c)
            for c in (
                "kind",
                "start_utc",
                "end_utc",
                "timezone",
                "venue_id",
                "audience",
                "audience_delegation_id",
            )
        }
        s.delete(last)
    publish(store, mission_id)  # version 2 records the removal
    with store.session() as s:
        again = AgendaItem(mission_id=mission_id, title="Farewell coffee", **copy)
        s.add(again)
        s.flush()
        new_id = again.id
    keys = current_keys(store, mission_id).items
    assert keys[new_id] == f"P{new_id}-v3"
    publish(store, mission_id)
    seq = sequences(store, mission_id)
    assert seq[f"P{old_id}-v1"] == 1  # removed in version 2, then left alone
    assert seq[f"P{new_id}-v3"] == 0
    snap = load_snapshot(store, mission_id)
    assert snap is not None and snap.items[f"P{old_id}-v1"].status == "removed"


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(moves=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), max_size=4))
def test_random_moves_diff_matches_the_database(
    scheduled: tuple[Store, int], moves: list[tuple[int, int]]
) -> None:
    """After random moves and swaps, exactly the people of meetings whose place changed are
    to be told; publishing bumps exactly those keys' SEQUENCE and leaves an empty diff."""
    store, mission_id = scheduled
    if not list_publications(store, mission_id):
        publish(store, mission_id)

    def places() -> dict[str, tuple[object, ...]]:
        with store.session() as s:
            rows = s.scalars(select(Meeting).where(Meeting.mission_id == mission_id)).all()
            return {
                pair_key(m.organisation_a_id, m.organisation_b_id): (m.start_utc, m.table_id)
                for m in rows
            }

    before, seq_before = places(), sequences(store, mission_id)
    grid = load_grid(store, mission_id)
    slots = [(x, t) for sess in grid.sessions for x in sess.slots for t in sess.tables
             if t.session_id == x.session_id]  # fmt: skip
    for which, target in moves:
        meeting = grid.meetings[which % len(grid.meetings)]
        slot, table = slots[target % len(slots)]
        move_meeting(store, meeting.id, slot.start_utc, table.id)
    after = places()
    moved = {k for k in before if before[k] != after[k]}
    with store.session() as s:
        expected: set[int] = set()
        for m in s.scalars(select(Meeting).where(Meeting.mission_id == mission_id)):
            if pair_key(m.organisation_a_id, m.organisation_b_id) in moved:
                expected |= {link.participant_id for link in m.participant_links}
    assert set(participants_to_notify(store, mission_id)) == expected
    assert diff(store, mission_id).changed_keys == moved
    publish(store, mission_id)
    seq = sequences(store, mission_id)
    assert {k for k in seq if seq[k] != seq_before.get(k)} == moved
    assert diff(store, mission_id).is_empty


# --- `ponte publish` -------------------------------------------------------------------------


@pytest.fixture
def demo_file(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[tuple[str, int]]:
    target = str(copy_demo(tmp_path / "demo.sqlite"))
    with open_store(target, paths=paths) as store:
        mission_id = _torino(store)
        schedule_mission(store, mission_id, solve=first_fit)
    yield target, mission_id


def _publications(target: str, paths: Paths) -> int:
    with open_store(target, paths=paths) as store, store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Publication)) or 0)


def test_cli_publish_prints_the_version_and_counts(
    demo_file: tuple[str, int], paths: Paths
) -> None:
    """`ponte publish` says which version it made, of what, and how many schedules changed."""
    target, mission_id = demo_file
    runner = CliRunner()
    args = ["publish", "--db", target, "--mission", str(mission_id), "--note", "first"]
    first = runner.invoke(build_cli(), args)
    assert first.exit_code == 0, first.output
    assert first.output.startswith("Published version 1 of Nagoya → Torino, March 2028: ")
    assert " meetings, 8 programme items; first version, for " in first.output
    second = runner.invoke(build_cli(), args)
    assert second.exit_code == 0, second.output
    assert "Published version 2 of " in second.output
    assert "; 0 participants' schedules changed since version 1" in second.output
    assert _publications(target, paths) == 2


def test_cli_dry_run_publishes_nothing(demo_file: tuple[str, int], paths: Paths) -> None:
    """--dry-run prints each participant's changes and writes no version."""
    target, mission_id = demo_file
    result = CliRunner().invoke(
        build_cli(), ["publish", "--db", target, "--mission", str(mission_id), "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Nothing published yet")
    assert "  New: the meeting with " in result.output
    assert "nothing was published (--dry-run)" in result.output
    assert _publications(target, paths) == 0


def test_cli_refuses_an_empty_mission(tmp_path: Path, paths: Paths) -> None:
    """Publishing a mission with nothing in it fails with the reason, status 1."""
    target = str(tmp_path / "empty.sqlite")
    with open_store(target, paths=paths) as store, store.session() as s:
        mission_id = factories.mission(s).id
    result = CliRunner().invoke(
        build_cli(), ["publish", "--db", target, "--mission", str(mission_id)]
    )
    assert result.exit_code == 1
    assert "Nothing to publish" in result.output
    assert _publications(target, paths) == 0


def test_cli_asks_which_mission(demo_file: tuple[str, int], paths: Paths) -> None:
    """With two missions and no --mission, it asks (status 2) instead of guessing."""
    target, _ = demo_file
    result = CliRunner().invoke(build_cli(), ["publish", "--db", target])
    assert result.exit_code == 2
    assert "--mission" in result.output
