"""The dashboard page on the demo missions, scheduled and with invented outcomes (in real
SQLite files): its numbers are the report service's; another desk's marks and outcomes show
after the live update; the report is written from it; a new mission says what is missing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.demo.after_the_mission import invent_outcomes
from app.model import Meeting, MeetingOutcome, Mission
from app.model.enums import MeetingSide, MeetingStatus, Outcome
from app.services.meeting_status import set_meeting_status
from app.services.missions import MissionDraft, create_mission
from app.services.report import load_figures
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests import demo_support
from tests.factories import first_fit
from tests.ui_support import close_context, make_context
from ui.context import AppContext
from ui.dashboard.headline import Tile
from ui.dashboard.report_dialog import ReportChoice, ReportDialog
from ui.dashboard.view import TILES, outcome_label
from ui.live_updates import LiveUpdates
from ui.pages.dashboard import DashboardPage

MARCH = "Nagoya → Torino, March 2028"  # the later demo mission: October 2027 is its previous
OCTOBER = "Torino → Nagoya, October 2027"


@pytest.fixture(scope="module")
def after_template(tmp_path_factory: pytest.TempPathFactory, demo_sqlite_template: Path) -> Path:
    """The demo missions scheduled (first fit) and with invented outcomes: once per module."""
    folder = tmp_path_factory.mktemp("dashboard")
    path = demo_support.copy_sqlite(demo_sqlite_template, folder / "after.sqlite")
    with open_store(path, paths=Paths(folder / "data", folder / "config")) as store:
        for mission_id in _mission_ids(store).values():
            schedule_mission(store, mission_id, solve=first_fit)
            invent_outcomes(store, mission_id)
    return path


def _mission_ids(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {m.name: m.id for m in s.scalars(select(Mission))}


@dataclass
class Board:
    store: Store
    ctx: AppContext
    page: DashboardPage


def open_board(qtbot: QtBot, paths: Paths, store: Store, mission_id: int) -> Board:
    ctx = make_context(paths, store, mission_id)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitUntil(page.ready, timeout=15000)
    return Board(store, ctx, page)


@pytest.fixture
def board(qtbot: QtBot, tmp_path: Path, paths: Paths, after_template: Path) -> Iterator[Board]:
    path = demo_support.copy_sqlite(after_template, tmp_path / "board.sqlite")
    store = open_store(path, paths=paths)
    board = open_board(qtbot, paths, store, _mission_ids(store)[MARCH])
    try:
        yield board
    finally:
        close_context(qtbot, board.ctx)
        store.close()


def test_the_numbers_are_the_report_services(qtbot: QtBot, board: Board) -> None:
    """Every tile, the funnel, the matrix, the interpreters, the pairs and the comparison
    say what load_figures says (the figures the PDF and the .xlsx print)."""
    assert board.ctx.mission_id is not None
    figures = load_figures(board.store, board.ctx.mission_id)
    page = board.page
    assert page.figures == figures
    assert figures.headline.held > 0 and figures.headline.answers > 0  # not a vacuous check
    h = figures.headline
    assert page.headline.values() == {key: str(getattr(h, key)) for key in TILES}
    f = figures.funnel
    assert [row.values[0] for row in page.funnel.rows()] == [f.requested, f.scheduled, f.held]
    assert [row.values[0] for row in page.not_scheduled.rows()] == [
        f.no_slot,
        f.no_interpreter,
        f.other_reason,
    ]
    not_held = [row.values[0] for row in page.not_held.rows()]
    assert sum(not_held[:3]) == f.no_shows and not_held[3] == f.cancelled_late
    matrix = page.matrix.cell_counts()
    assert sum(matrix.values()) == sum(c.held for c in figures.sector_pairs.cells) > 0
    texts = {
        page.matrix.item(r, c).text()
        for r in range(page.matrix.rowCount())
        for c in range(page.matrix.columnCount())
    }
    assert {f"{c.held} ({c.scheduled})" for c in figures.sector_pairs.cells} == texts - {""}
    assert [row.values[0] for row in page.interpreters.rows()] == [
        round(100 * u.utilisation) for u in figures.interpreters
    ]
    assert len(page.promising.rows()) == len(figures.promising) > 0
    best = figures.promising[0]
    assert page.promising.rows()[0][:3] == (
        best.turin.name,
        best.nagoya.name,
        outcome_label(best.turin_outcome, "en"),
    )
    concrete = sum(row.values[0] for row in page.outcomes.rows())
    assert concrete == sum(o.concrete for o in figures.outcomes)
    assert figures.previous is not None
    held_row = next(r for r in page.comparison.rows() if r[0] == "Meetings held")
    assert held_row[1:3] == (str(h.held), str(figures.previous.headline.held))
    assert page.comparison_box.empty_text() == ""


def test_another_desks_mark_and_outcome_show_after_the_live_update(
    qtbot: QtBot, tmp_path: Path, paths: Paths, after_template: Path
) -> None:
    """Another store (another coordinator's desk) marks a missed meeting held and records an
    outcome for it: the tiles follow once the live update arrives, without a reopen."""
    path = demo_support.copy_sqlite(after_template, tmp_path / "live.sqlite")
    store = open_store(path, paths=paths)
    board = open_board(qtbot, paths, store, _mission_ids(store)[OCTOBER])
    live = LiveUpdates(board.ctx)  # what the window runs: others' commits onto the bus
    live.follow()
    try:
        before = board.page.headline.values()
        tiles = board.page.headline.findChildren(Tile)
        with store.session() as s:
            missed = s.scalars(
                select(Meeting.id)
                .where(
                    Meeting.mission_id == board.ctx.mission_id,
                    Meeting.status == MeetingStatus.NO_SHOW_A,
                )
                .order_by(Meeting.id)
            ).first()
        assert missed is not None
        with open_store(path, paths=paths) as other_desk:
            other_desk.actor = "Another desk"
            set_meeting_status(other_desk, missed, MeetingStatus.HELD)
            with other_desk.session(write=True) as s:
                s.add(
                    MeetingOutcome(
                        meeting_id=missed,
                        side=MeetingSide.A,
                        outcome=Outcome.PARTNERSHIP,
                        note="",
                        recorded_at=datetime.now(UTC),
                        source="window",
                    )
                )

        def moved() -> bool:
            now = board.page.headline.values()
            return (
                int(now["held"]) == int(before["held"]) + 1
                and int(now["concrete_answers"]) == int(before["concrete_answers"]) + 1
            )

        qtbot.waitUntil(moved, timeout=15000)
        assert int(board.page.headline.values()["no_shows"]) == int(before["no_shows"]) - 1
        assert board.page.headline.findChildren(Tile) == tiles  # changed in place, not rebuilt
        assert board.page.figures == load_figures(store, _mission_ids(store)[OCTOBER])
    finally:
        live.stop()
        close_context(qtbot, board.ctx)
        store.close()


def test_a_new_mission_says_what_is_missing(
    qtbot: QtBot, tmp_path: Path, paths: Paths, empty_sqlite_template: Path
) -> None:
    """Nothing requested, scheduled or answered yet: each part says so in words, zeros in
    the tiles, no previous mission to compare with; with no mission open, no figures."""
    path = demo_support.copy_sqlite(empty_sqlite_template, tmp_path / "new.sqlite")
    store = open_store(path, paths=paths)
    mission = create_mission(
        store,
        MissionDraft(
            name="Torino → Nagoya, 2029",
            host_city="Nagoya",
            timezone="Asia/Tokyo",
            start_date=date(2029, 5, 7),
            end_date=date(2029, 5, 9),
        ),
    )
    board = open_board(qtbot, paths, store, mission)
    try:
        page = board.page
        assert set(page.headline.values().values()) == {"0"}
        assert page.matrix_box.empty_text() == "Nothing scheduled yet"
        assert page.outcomes_box.empty_text() == "Nothing scheduled yet"
        assert page.promising_box.empty_text() == "Nothing scheduled yet"
        assert page.funnel_box.empty_text() == "No meetings requested yet"
        assert page.comparison_box.empty_text() == "No earlier mission to compare with"
        assert page.figures_area.isVisible() and page.write_button.isEnabled()

        board.ctx.mission_id = None  # the mission closed: no figures of it left shown
        board.ctx.bus.mission_changed.emit(None)
        qtbot.waitUntil(page.ready, timeout=15000)
        assert page.figures is None
        assert not page.figures_area.isVisible() and not page.write_button.isEnabled()
    finally:
        close_context(qtbot, board.ctx)
        store.close()


def test_the_report_is_written_from_the_page(qtbot: QtBot, board: Board, tmp_path: Path) -> None:
    """The dialog's choice (Japanese, with the .xlsx, a bare file name going to the
    documents folder) writes a PDF and a workbook off the UI thread; an unwritable place
    is said in words, the button usable again."""
    dialog = ReportDialog(board.ctx.paths.documents_dir, "en", board.page)
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.pdf.setText("board")
    dialog.with_xlsx.setChecked(True)
    choice = dialog.choice()
    assert choice is not None
    assert choice.pdf == board.ctx.paths.documents_dir / "board.pdf"
    assert choice.language == "ja" and choice.xlsx is not None

    board.page.write_report(choice)
    assert board.page.is_writing() and not board.page.write_button.isEnabled()
    qtbot.waitUntil(lambda: not board.page.is_writing(), timeout=15000)
    assert board.page.written == [choice.pdf, choice.xlsx]
    reader = PdfReader(choice.pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "名古屋" in text and len(reader.pages) > 1
    assert choice.xlsx.stat().st_size > 0
    assert board.page.open_button.isVisible()

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    board.page.write_report(ReportChoice(blocker / "report.pdf", "en", None))
    qtbot.waitUntil(lambda: not board.page.is_writing(), timeout=15000)
    assert board.page.message.text() == (f"Could not write the report: {blocker} is not a folder.")
    assert board.page.write_button.isEnabled() and board.page.written == []


def test_a_report_waiting_its_turn_can_be_cancelled(
    qtbot: QtBot, board: Board, tmp_path: Path
) -> None:
    """Behind other work on the database worker, the report shows progress and Cancel after
    a moment; Cancel then writes nothing and says so."""
    turn = threading.Event()
    board.ctx.runner.run(lambda: turn.wait(10))  # the worker busy, as with a long load
    target = tmp_path / "never.pdf"
    try:
        board.page.write_report(ReportChoice(target, "it", None))
        qtbot.waitUntil(board.page.cancel_button.isVisible, timeout=15000)
        assert board.page.progress.isVisible()
        board.page.cancel_button.click()
    finally:
        turn.set()
    qtbot.waitUntil(lambda: not board.page.is_writing(), timeout=15000)
    assert board.page.message.text() == "Cancelled: no report was written."
    assert not target.exists() and not board.page.cancel_button.isVisible()
