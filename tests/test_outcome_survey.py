"""The outcome survey (issue 18): one form per organisation in its language with a drop-down of
the worded outcomes; filled by openpyxl as a person would (the drop-down's text, in Japanese
for a Japanese form), read back through the import: each bad row's problem in the preview,
a changed answer shown as a change, a blank row skipped, applied in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.common.paths import Paths
from app.core.outcomes import OUTCOME_WORDS
from app.model import FollowUp, Meeting, MeetingSide, Mission, Organisation, Outcome
from app.services.importing import (
    Action,
    ImportKind,
    ImportRefused,
    apply_import,
    guess_kind,
    guess_mapping,
    plan_import,
    read_table,
)
from app.services.outcomes import load_outcome, record_outcome
from app.services.scheduling import schedule_mission
from app.services.surveys import write_surveys
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit
from tests.outcome_support import Held, mark_held


@pytest.fixture
def local(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[Store]:
    with open_store(copy_demo(tmp_path / "demo.sqlite"), paths=paths) as store:
        yield store


@pytest.fixture
def held(local: Store) -> Held:
    return mark_held(local, 12)


def _nagoya_org_with_held(store: Store, held: Held) -> tuple[int, list[int]]:
    """A Nagoya organisation with held meetings, and those meetings."""
    with store.session() as s:
        for m in s.scalars(select(Meeting).where(Meeting.id.in_(held.held)).order_by(Meeting.id)):
            for org_id in (m.organisation_a_id, m.organisation_b_id):
                org = s.get(Organisation, org_id)
                assert org is not None
                if org.side is not None and org.side.value == "nagoya":
                    mine = [
                        x.id
                        for x in s.scalars(select(Meeting).where(Meeting.id.in_(held.held)))
                        if org_id in (x.organisation_a_id, x.organisation_b_id)
                    ]
                    return org_id, sorted(mine)
    raise AssertionError("no Nagoya organisation met")


def test_forms_are_written_one_per_organisation_in_its_language(
    local: Store, held: Held, tmp_path: Path
) -> None:
    """Each organisation with a held meeting gets a private form; a Japanese one is in
    Japanese with a drop-down of the seven outcomes in Japanese."""
    org_id, mine = _nagoya_org_with_held(local, held)
    made = write_surveys(local, held.mission_id, tmp_path / "out")
    assert len(made.paths) == len({f.organisation_id for f in made.forms}) >= 2
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in made.paths)
    form = next(f for f in made.forms if f.organisation_id == org_id)
    assert form.language.value == "ja"
    path = next(p for p in made.paths if f"-{org_id:04d}-" in p.name)
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    assert ws.title == "アンケート"
    assert [c.value for c in ws[1]][:6] == [
        "商談番号",
        "貴社名",
        "商談相手",
        "日時",
        "テーブル",
        "商談結果",
    ]
    assert [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)] == [f"M-{m}" for m in mine]
    (validation,) = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert str(validation.sqref) == f"F2:F{len(mine) + 1}"
    choices = book[validation.formula1.split("!")[0].strip("='")]
    assert choices.sheet_state == "hidden"
    assert [choices.cell(r, 1).value for r in range(1, 8)] == [w.ja for w in OUTCOME_WORDS.values()]
    counterpart = ws.cell(2, 3).value
    assert isinstance(counterpart, str) and any(ord(ch) > 0x3000 for ch in counterpart)


def test_a_filled_form_is_read_back_checked_and_applied(
    local: Store, held: Held, tmp_path: Path
) -> None:
    """Good rows in Japanese, a changed answer, a blank row, and one bad row of each kind."""
    org_id, mine = _nagoya_org_with_held(local, held)
    assert len(mine) >= 2
    side = _side(local, mine[1], org_id)
    record_outcome(local, mine[1], side, Outcome.NO_INTEREST, "old")  # answered before
    other_meeting = next(m for m in held.held if m not in mine)
    with local.session() as s:
        other_mission = s.scalars(select(Mission.id).where(Mission.id != held.mission_id)).first()
    assert other_mission is not None
    schedule_mission(local, other_mission, solve=first_fit)
    with local.session() as s:
        foreign = s.scalars(select(Meeting.id).where(Meeting.mission_id == other_mission)).first()
    made = write_surveys(local, held.mission_id, tmp_path / "out", organisation_id=org_id)
    (path,) = made.paths
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    own_name = ws.cell(2, 2).value
    assert ws.cell(3, 6).value == OUTCOME_WORDS[Outcome.NO_INTEREST].ja  # the saved answer
    # row 2: a concrete follow-up chosen from the drop-down, with a note and a follow-up
    ws.cell(2, 6).value = OUTCOME_WORDS[Outcome.PARTNERSHIP].ja
    ws.cell(2, 7).value = "技術提携を検討"
    ws.cell(2, 8).value = "見積書を送る"
    ws.cell(2, 9).value = date(2027, 12, 1)
    ws.cell(2, 10).value = "佐藤"
    # row 3: the saved answer changed
    ws.cell(3, 6).value = OUTCOME_WORDS[Outcome.COOPERATION_POSSIBLE].ja
    last = ws.max_row
    bad = {
        "M-999999": "unknown",
        f"M-{other_meeting}": "other organisation",
        f"M-{held.not_held[0]}": "not held",
        f"M-{foreign}": "other mission",
        "X12": "not a reference",
    }
    for i, ref in enumerate(bad, start=1):
        ws.cell(last + i, 1).value = ref
        ws.cell(last + i, 2).value = own_name
        ws.cell(last + i, 6).value = OUTCOME_WORDS[Outcome.SUPPLY].ja
    ws.cell(last + len(bad) + 1, 1).value = f"M-{mine[0]}"  # the same meeting again
    ws.cell(last + len(bad) + 1, 2).value = own_name
    ws.cell(last + len(bad) + 1, 6).value = "maybe"
    filled = tmp_path / "filled.xlsx"
    book.save(filled)

    table = read_table(filled)
    assert guess_kind(table.headers) is ImportKind.OUTCOMES
    plan = plan_import(
        local, held.mission_id, table, guess_mapping(ImportKind.OUTCOMES, table.headers)
    )
    by_row = {r.row_number: r for r in plan.rows}
    assert by_row[2].action is Action.CREATE
    assert by_row[3].action is Action.UPDATE and by_row[3].changed == ("outcome",)
    assert "協力の可能性あり" in by_row[3].notices[0].text("ja")
    blanks = [r for r in plan.rows if r.row_number not in (2, 3) and r.row_number <= last]
    assert all(
        r.action is Action.UNCHANGED and r.warnings == ("Not answered: skipped.",) for r in blanks
    )
    said = {r.row_number: " ".join(i.message for i in r.issues) for r in plan.errors}
    expected = ["no meeting M-999999", "was not in it", "not marked as held", "another mission",
                "not a meeting reference", "not one of the outcomes"]  # fmt: skip
    for offset, words in enumerate(expected, start=1):
        assert words in said[last + offset], (words, said)
    assert "on row 2" in said[last + len(bad) + 1]
    assert "はありません" in by_row[last + 1].issues[0].text("ja")  # worded in Japanese

    with pytest.raises(ImportRefused):
        apply_import(local, plan)
    assert load_outcome(local, mine[1], side).values.outcome is Outcome.NO_INTEREST  # nothing
    record_outcome(local, mine[1], side, Outcome.SUPPLY, "typed meanwhile")  # after the preview
    result = apply_import(local, plan, skip_invalid=True)
    assert result.rematched  # the rows were matched again against the answer typed meanwhile
    assert (result.created, result.updated) == (1, 1)
    first = load_outcome(local, mine[0], _side(local, mine[0], org_id)).values
    assert first.outcome is Outcome.PARTNERSHIP and first.note == "技術提携を検討"
    assert load_outcome(local, mine[1], side).values.outcome is Outcome.COOPERATION_POSSIBLE
    with local.session() as s:
        (fu,) = s.scalars(select(FollowUp).where(FollowUp.meeting_id == mine[0])).all()
        assert (fu.description, fu.due_date, fu.owner) == (
            "見積書を送る",
            date(2027, 12, 1),
            "佐藤",
        )
        assert fu.organisation_a_id == org_id
    # read again: unchanged, no second follow-up
    again = plan_import(
        local, held.mission_id, table, guess_mapping(ImportKind.OUTCOMES, table.headers)
    )
    assert {r.row_number: r.action for r in again.rows}[2] is Action.UNCHANGED


def test_an_english_or_italian_form_reads_back_in_any_language(
    local: Store, held: Held, tmp_path: Path
) -> None:
    """An Italian form answered with the English words is understood."""
    made = write_surveys(local, held.mission_id, tmp_path / "out")
    form = next(f for f in made.forms if f.language.value == "it")
    path = next(p for p in made.paths if f"-{form.organisation_id:04d}-" in p.name)
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    assert ws.cell(1, 6).value == "Esito"
    ws.cell(2, 6).value = "Follow-up: investment in Turin"
    book.save(path)
    table = read_table(path)
    plan = plan_import(
        local, held.mission_id, table, guess_mapping(guess_kind(table.headers), table.headers)
    )
    assert plan.rows[0].action is Action.CREATE
    assert plan.rows[0].data.outcome is Outcome.INVESTMENT_TURIN


def _side(store: Store, meeting_id: int, org_id: int) -> MeetingSide:
    with store.session() as s:
        m = s.get(Meeting, meeting_id)
        assert m is not None
        return MeetingSide.A if m.organisation_a_id == org_id else MeetingSide.B
