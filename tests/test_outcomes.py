"""Outcomes of held meetings and follow-ups (issue 18): each side's answer recorded, changed and
cleared, both kept; refusals worded (not held, unknown, another mission, too long); two
coordinators never silently overwrite each other (SQLite and PostgreSQL); follow-ups added,
edited, done, listed overdue first, exported with formula-looking text made inert."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.common.paths import Paths
from app.core.conflicts import StaleRecord
from app.model import MeetingSide, Outcome
from app.services.follow_ups import (
    FollowUpData,
    add_follow_up,
    delete_follow_up,
    edit_follow_up,
    export_follow_ups,
    list_follow_ups,
    load_follow_up,
    set_follow_up_done,
)
from app.services.outcomes import (
    OutcomeRefused,
    OutcomeValues,
    clear_outcome,
    load_organisation_outcomes,
    load_outcome,
    parse_outcome,
    put_back_outcome,
    record_outcome,
)
from app.store import Store, open_store
from tests.demo_support import CopyDemo, LoadDemo
from tests.outcome_support import Held, mark_held, parties

A, B = MeetingSide.A, MeetingSide.B


@pytest.fixture
def local(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[Store]:
    with open_store(copy_demo(tmp_path / "demo.sqlite"), paths=paths) as store:
        yield store


@pytest.fixture
def held(local: Store) -> Held:
    return mark_held(local, 6)


def test_both_sides_answers_are_kept_apart(local: Store, held: Held) -> None:
    """Side A's and side B's answers are two rows; an organisation sees its own and the other."""
    m = held.held[0]
    record_outcome(local, m, A, Outcome.PARTNERSHIP, "met the CTO", mission_id=held.mission_id)
    record_outcome(local, m, "b", "interesting")
    assert load_outcome(local, m, A).values == OutcomeValues(Outcome.PARTNERSHIP, "met the CTO")
    assert load_outcome(local, m, B).values.outcome is Outcome.INTERESTING
    a, b = parties(local, m)
    seen = load_organisation_outcomes(local, held.mission_id, b)
    row = next(r for r in seen.meetings if r.meeting_id == m)
    assert row.side is B and row.counterpart_id == a
    assert row.own.values.outcome is Outcome.INTERESTING
    assert row.other.outcome is Outcome.PARTNERSHIP
    assert row.table and row.start.tzinfo is not None and row.when.endswith(row.start.tzname())
    assert all(r.meeting_id in held.held for r in seen.meetings)


def test_an_answer_is_changed_cleared_and_put_back(local: Store, held: Held) -> None:
    """Changing and clearing say what was there; writing it back restores it."""
    m = held.held[1]
    first = record_outcome(local, m, A, Outcome.SUPPLY, "")
    changed = record_outcome(local, m, A, Outcome.NO_INTEREST, "no", base=first.saved)
    assert changed.previous == OutcomeValues(Outcome.SUPPLY, "")
    cleared = clear_outcome(local, m, A, base=changed.saved)
    assert load_outcome(local, m, A).values == OutcomeValues()
    put_back_outcome(local, m, A, cleared.previous, base=cleared.saved)
    assert load_outcome(local, m, A).values == OutcomeValues(Outcome.NO_INTEREST, "no")


def test_refusals_are_worded(local: Store, held: Held) -> None:
    """Not held, unknown, another mission, a note too long: refused with a sentence."""
    with pytest.raises(OutcomeRefused, match="not marked as held"):
        record_outcome(local, held.not_held[0], A, Outcome.SUPPLY)
    with pytest.raises(OutcomeRefused, match="no meeting 999999"):
        record_outcome(local, 999999, A, Outcome.SUPPLY)
    with pytest.raises(OutcomeRefused, match="another mission"):
        record_outcome(local, held.held[0], A, Outcome.SUPPLY, mission_id=held.mission_id + 1)
    with pytest.raises(OutcomeRefused, match="1001 characters"):
        record_outcome(local, held.held[0], A, Outcome.SUPPLY, "x" * 1001)
    with pytest.raises(OutcomeRefused, match="not an outcome"):
        parse_outcome("maybe")
    assert parse_outcome("協力の可能性あり") is Outcome.COOPERATION_POSSIBLE
    assert parse_outcome("Seguito concreto: fornitura") is Outcome.SUPPLY
    assert parse_outcome("4") is Outcome.PARTNERSHIP


def test_a_note_is_kept_nfc(local: Store, held: Held) -> None:
    decomposed = unicodedata.normalize("NFD", "  Città\tnuova  ")
    done = record_outcome(local, held.held[0], A, Outcome.INTERESTING, decomposed)
    assert done.values.note == "Città nuova"


def test_two_coordinators_do_not_overwrite_each_other(store: Store, load_demo: LoadDemo) -> None:
    """Two coordinators start from the same answer; the second different save is refused
    with both versions, on SQLite and PostgreSQL."""
    load_demo(store)
    held = mark_held(store, 2)
    m = held.held[0]
    base = load_outcome(store, m, A)
    record_outcome(store, m, A, Outcome.SUPPLY, "first", base=base)
    with pytest.raises(StaleRecord) as refused:
        record_outcome(store, m, A, Outcome.NO_INTEREST, "second", base=base)
    assert {d.field for d in refused.value.differences} == {"outcome", "note"}
    assert load_outcome(store, m, A).values.note == "first"
    again = record_outcome(store, m, A, Outcome.NO_INTEREST, "second", base=refused.value.theirs)
    assert again.values.outcome is Outcome.NO_INTEREST


def test_follow_ups_added_edited_done_and_listed_overdue_first(local: Store, held: Held) -> None:
    a, b = parties(local, held.held[0])
    c, d = parties(local, held.held[1])
    late = add_follow_up(
        local, held.mission_id, FollowUpData(a, b, "send samples", date(2020, 1, 1), "Rossi")
    )
    later = add_follow_up(
        local,
        held.mission_id,
        FollowUpData(c, d, '=HYPERLINK("x")', date(2099, 1, 1), "", held.held[1]),
    )
    rows = list_follow_ups(local, held.mission_id, today=date(2027, 1, 1))
    assert [r.id for r in rows][:1] == [late.follow_up_id] and rows[0].overdue
    done = set_follow_up_done(
        local, late.follow_up_id, True, base=load_follow_up(local, late.follow_up_id)
    )
    assert done.saved is not None and done.saved.values.done
    rows = list_follow_ups(local, held.mission_id, today=date(2027, 1, 1))
    assert not any(r.overdue for r in rows)
    assert [r.id for r in list_follow_ups(local, held.mission_id, pair=(b, a))] == [
        late.follow_up_id
    ]
    base = load_follow_up(local, later.follow_up_id)
    edit_follow_up(
        local, later.follow_up_id, FollowUpData(c, d, "price list", None, "Sato"), base=base
    )
    with pytest.raises(StaleRecord):
        edit_follow_up(local, later.follow_up_id, FollowUpData(c, d, "other", None, ""), base=base)
    with pytest.raises(OutcomeRefused, match="two different"):
        add_follow_up(local, held.mission_id, FollowUpData(a, a, "x"))
    with pytest.raises(OutcomeRefused, match="Say what"):
        add_follow_up(local, held.mission_id, FollowUpData(a, b, "   "))
    with pytest.raises(OutcomeRefused, match="not between"):
        add_follow_up(local, held.mission_id, FollowUpData(a, b, "x", meeting_id=held.held[1]))
    gone = delete_follow_up(local, later.follow_up_id)
    assert gone.previous is not None and gone.previous.owner == "Sato"
    assert len(list_follow_ups(local, held.mission_id)) == 1


def test_follow_ups_export_as_xlsx_and_csv(local: Store, held: Held, tmp_path: Path) -> None:
    """The export goes through the house writers: formula-looking text stays text."""
    a, b = parties(local, held.held[0])
    add_follow_up(local, held.mission_id, FollowUpData(a, b, "=1+1", date(2020, 5, 1), "@me"))
    add_follow_up(local, held.mission_id, FollowUpData(a, b, "call back", None, ""))
    assert (
        export_follow_ups(local, held.mission_id, tmp_path / "f.xlsx", today=date(2027, 1, 1)) == 2
    )
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    assert ws is not None
    header = [c.value for c in ws[1]]
    first = dict(zip(header, (c.value for c in ws[2]), strict=True))
    assert first["What"] == "=1+1" and ws.cell(2, header.index("What") + 1).data_type == "s"
    assert first["Overdue"] == "yes"
    export_follow_ups(local, held.mission_id, tmp_path / "f.csv", today=date(2027, 1, 1))
    with open(tmp_path / "f.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][header.index("What")] == "'=1+1" and rows[1][header.index("Owner")] == "'@me"
    assert (tmp_path / "f.csv").stat().st_mode & 0o777 == 0o600
