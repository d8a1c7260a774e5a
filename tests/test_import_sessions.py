"""Importing B2B sessions (``--kind sessions``): one row per session, the Sessions page's own
rules row by row, all or nothing, a re-import that updates, and the CLI."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from app.cli import build_cli
from app.core.mission_record import load_mission
from app.importing.apply import ImportRefused, apply_import
from app.importing.fields import ImportKind
from app.importing.mapping import guess_kind, guess_mapping
from app.importing.plan import Action, ImportPlan, plan_import
from app.importing.readers import read_table
from app.model import B2BSession, B2BTable, Side, Venue
from app.store import Store
from tests import factories as f

HEADERS = ["Session", "Nome (italiano)", "Name (Japanese)", "Day", "Venue", "Start", "End",
           "Slot (min)", "Breaks", "Tables", "Delegations"]  # fmt: skip


@pytest.fixture
def mission(store: Store) -> int:
    with store.session() as s:
        m = f.mission(s)
        s.add(
            Venue(mission=m, name="Nagoya Congress Center", name_ja="名古屋国際会議場",
                  address="", city="Nagoya", timezone="Asia/Tokyo")
        )  # fmt: skip
        turin = f.delegation(s, m, Side.TURIN)
        turin.name = "Torino"
        f.delegation(s, m, Side.NAGOYA).name = "Nagoya"
        return m.id


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _plan(store: Store, mission: int, path: Path) -> ImportPlan:
    table = read_table(path)
    return plan_import(store, mission, table, guess_mapping(ImportKind.SESSIONS, table.headers))


GOOD = [
    ["B2B meetings", "Incontri B2B", "B2B商談会", "2027-10-13", "Nagoya Congress Center",
     "14:00", "18:00", 20, "16:00-16:20", 10, "Torino; Nagoya"],
    ["B2B morning", None, None, "14/10/2027", None, "9:00", "12:20", 20, None, 10, None],
]  # fmt: skip


def test_import_creates_then_updates(store: Store, mission: int, tmp_path: Path) -> None:
    plan = _plan(store, mission, _xlsx(tmp_path / "s.xlsx", GOOD))
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.CREATE], plan.rows
    result = apply_import(store, plan)
    assert result.created == 2 and result.changes.b2b
    record = load_mission(store, mission)
    first, second = record.sessions
    assert first.names.in_("it") == "Incontri B2B" and first.names.in_("ja") == "B2B商談会"
    assert len(first.slots) == 11 and len(first.tables) == 10 and len(first.delegation_ids) == 2
    assert [b.label for b in first.breaks] == ["Coffee break"]
    assert len(second.slots) == 10 and second.tables[0].name == "T1"
    # a re-import changes the saved session (slot length), keeping its tables' ids
    again = [list(GOOD[0]), list(GOOD[1])]
    again[1][7] = 10
    plan = _plan(store, mission, _xlsx(tmp_path / "t.xlsx", again))
    assert [r.action for r in plan.rows] == [Action.UNCHANGED, Action.UPDATE]
    apply_import(store, plan)
    after = load_mission(store, mission).sessions[1]
    assert len(after.slots) == 20 and [t.id for t in after.tables] == [t.id for t in second.tables]


@pytest.mark.parametrize(
    ("column", "value", "said"),
    [
        (6, "08:00", "ends before it starts"),
        (3, "2027-11-02", "outside the mission's dates"),
        (8, "19:00-19:20", "outside the session"),
        (8, "tea time", "is not a list of breaks"),
        (7, 30, "30-minute slots leave 20 minutes over at the end"),
        (4, "Torino Incontra", "no venue 'Torino Incontra'"),
        (10, "Milano", "no delegation 'Milano'"),
        (0, None, "required"),
    ],
)
def test_a_bad_row_refuses_the_whole_file(
    store: Store, mission: int, tmp_path: Path, column: int, value: object, said: str
) -> None:
    rows = [list(GOOD[0]), list(GOOD[1])]
    rows[1][column] = value
    plan = _plan(store, mission, _xlsx(tmp_path / "bad.xlsx", rows))
    assert plan.rows[0].action is Action.CREATE
    assert plan.rows[1].action is Action.ERROR
    assert any(said in i.message for i in plan.rows[1].issues), plan.rows[1].issues
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(B2BSession)) == 0
        assert s.scalar(select(func.count()).select_from(B2BTable)) == 0


def test_two_rows_overlapping_at_one_venue(store: Store, mission: int, tmp_path: Path) -> None:
    rows = [list(GOOD[0]), list(GOOD[0])]
    rows[1][0] = "B2B late"
    rows[1][5] = "17:00"
    rows[1][6] = "19:00"
    rows[1][8] = None
    plan = _plan(store, mission, _xlsx(tmp_path / "o.xlsx", rows))
    assert plan.rows[1].action is Action.ERROR
    assert any("overlaps the session 'B2B meetings'" in i.message for i in plan.rows[1].issues)


def test_cli_import_kind_sessions(
    store: Store, mission: int, db_target: str, tmp_path: Path
) -> None:
    path = _xlsx(tmp_path / "s.xlsx", GOOD)
    args = ["import", "--db", db_target, "--mission", str(mission), "--kind", "sessions"]
    result = CliRunner().invoke(build_cli(), [*args, str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "To create 2" in result.output
    listed = CliRunner().invoke(build_cli(), ["session", "list", "--db", db_target])
    assert "B2B morning" in listed.output


def test_the_kind_is_guessed_from_the_headers() -> None:
    assert guess_kind(HEADERS) is ImportKind.SESSIONS
    assert guess_kind(["商談会", "日付", "開始", "終了", "1枠（分）", "テーブル数"]) is (
        ImportKind.SESSIONS
    )
    assert guess_kind(["Cognome", "Nome", "Data", "Dalle", "Alle"]) is ImportKind.AVAILABILITY
