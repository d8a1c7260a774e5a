"""The B2B page, driven like a coordinator would, on a real SQLite file with the demo."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.common.timezones import to_local
from app.model import B2BSession, Meeting, Mission
from app.scheduler.breaks import total_breaks
from app.scheduler.control import Control
from app.scheduler.problem import Problem
from app.scheduler.reasons import explain
from app.scheduler.schedule import Schedule, Stats, Status, Unscheduled
from app.services import b2b_grid as grid_service
from app.services.gap_floor import floor_of
from app.services.missions import MissionDraft, create_mission
from app.services.scheduling import load_unplaced, schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit
from tests.ui_support import close_context, make_context, window_language
from ui.b2b.grid import CONFLICT_ROLE, MEETING_ROLE, ScheduleGridModel, ScheduleGridView
from ui.context import AppContext
from ui.pages import registry
from ui.pages.b2b import B2BPage


@pytest.fixture
def db(paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[tuple[Store, int]]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    try:
        with store.session() as s:
            mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
        yield store, mission_id
    finally:
        store.close()


@pytest.fixture
def scheduled(db: tuple[Store, int]) -> tuple[Store, int]:
    store, mission_id = db
    schedule_mission(store, mission_id, solve=first_fit)
    return db


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, scheduled: tuple[Store, int]) -> Iterator[AppContext]:
    context = make_context(paths, *scheduled)
    try:
        yield context
    finally:
        close_context(qtbot, context)


def open_page(qtbot: QtBot, ctx: AppContext) -> B2BPage:
    page = B2BPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(page.ready)
    return page


def cell_of(model: ScheduleGridModel, meeting_id: int) -> QModelIndex:
    index = model.index_of_meeting(meeting_id)
    assert index.isValid()
    return index


def free_cell(model: ScheduleGridModel) -> QModelIndex:
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            if model.table_id_at(index) is not None and not model.meetings_at(index):
                return index
    raise AssertionError("no free cell")


def drop(model: ScheduleGridModel, source: QModelIndex, target: QModelIndex) -> None:
    """What a drag from ``source`` onto ``target`` in the view does to the model."""
    data = model.mimeData([source])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)


def position(store: Store, meeting_id: int) -> tuple[int, object]:
    with store.session() as s:
        m = s.get(Meeting, meeting_id)
        assert m is not None
        return m.table_id, m.start_utc


def settle(qtbot: QtBot, page: B2BPage) -> None:
    qtbot.waitUntil(lambda: not page.ctx.runner.is_busy() and page.ready(), timeout=15000)


def test_page_is_registered() -> None:
    assert B2BPage in registry.page_classes()


def test_grid_shows_stored_meetings(qtbot: QtBot, ctx: AppContext) -> None:
    """Every stored meeting is in a cell, named "A ↔ B"; sessions head their slots."""
    page = open_page(qtbot, ctx)
    model = page.grid_model
    grid = model.grid()
    assert grid is not None and grid.meetings
    assert model.columnCount() == 30
    assert model.rowCount() == 21 + 2 + 2  # two session headings, a coffee break in each
    row, _second = model.break_rows()
    assert str(model.index(row, 0).data()) == "Coffee break (16:00–16:20 JST)"
    assert model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) == (
        "16:00–16:20 JST"
    )
    assert page.grid_view.columnSpan(row, 0) == 30 and model.slot_at(row) is None
    assert str(model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)).endswith(
        "JST"
    )
    for m in grid.meetings:
        index = cell_of(model, m.id)
        assert f"{m.org_a_name} ↔ {m.org_b_name}" in index.data()
        assert index.data(CONFLICT_ROLE) is False
    assert page.conflict_list.count() == 0


def test_drag_to_an_empty_cell_moves_and_undo_redo(qtbot: QtBot, ctx: AppContext) -> None:
    """A drop on an empty cell moves the meeting in the database; undo and redo replay it."""
    page = open_page(qtbot, ctx)
    model = page.grid_model
    store = ctx.store
    assert store is not None
    meeting = (model.grid() or pytest.fail()).meetings[0]
    before = position(store, meeting.id)
    target = free_cell(model)
    drop(model, cell_of(model, meeting.id), target)
    settle(qtbot, page)
    after = position(store, meeting.id)
    assert after != before
    assert model.index_of_meeting(meeting.id) == model.index(target.row(), target.column())
    assert ctx.undo.count() == 1 and ctx.undo.canUndo()

    ctx.undo.undo()
    settle(qtbot, page)
    assert position(store, meeting.id) == before
    ctx.undo.redo()
    settle(qtbot, page)
    assert position(store, meeting.id) == after


def test_drop_on_an_occupied_cell_swaps(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ctx)
    model = page.grid_model
    store = ctx.store
    assert store is not None
    meetings = (model.grid() or pytest.fail()).meetings
    a, b = meetings[0], meetings[-1]
    pa, pb = position(store, a.id), position(store, b.id)
    drop(model, cell_of(model, a.id), cell_of(model, b.id))
    settle(qtbot, page)
    assert position(store, a.id) == pb and position(store, b.id) == pa
    ctx.undo.undo()
    settle(qtbot, page)
    assert position(store, a.id) == pa and position(store, b.id) == pb


def test_locked_meeting_refuses_to_move(qtbot: QtBot, ctx: AppContext) -> None:
    """Lock with the button: the cell shows it; a drop is refused with a message; no step."""
    page = open_page(qtbot, ctx)
    model = page.grid_model
    store = ctx.store
    assert store is not None
    meeting = (model.grid() or pytest.fail()).meetings[0]
    page.grid_view.setCurrentIndex(cell_of(model, meeting.id))
    assert page.lock_button.isEnabled()
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert cell_of(model, meeting.id).data(MEETING_ROLE).locked
    assert page.lock_button.text() == "Unlock"
    assert ctx.undo.count() == 1

    before = position(store, meeting.id)
    drop(model, cell_of(model, meeting.id), free_cell(model))
    settle(qtbot, page)
    assert position(store, meeting.id) == before
    assert "locked" in page.message.text()
    assert ctx.undo.count() == 1

    ctx.undo.undo()  # unlock
    settle(qtbot, page)
    assert not cell_of(model, meeting.id).data(MEETING_ROLE).locked


def _session_headings(page: B2BPage) -> list[str]:
    model = page.grid_model
    breaks = set(model.break_rows())
    return [
        str(model.index(row, 0).data())
        for row in range(model.rowCount())
        if model.slot_at(row) is None and row not in breaks
    ]


@pytest.mark.parametrize(
    ("lang", "weekdays"),
    [
        ("en", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
        ("it", ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")),
        ("ja", ("（月）", "（火）", "（水）", "（木）", "（金）", "（土）", "（日）")),
    ],
)
def test_a_session_heading_gives_its_day_in_the_window_s_language(
    qtbot: QtBot, ctx: AppContext, lang: str, weekdays: tuple[str, ...]
) -> None:
    """'… — 2027年10月13日（水） (Asia/Tokyo)' in a Japanese window, not 'Wed 13 Oct 2027'."""
    with window_language(lang):
        page = open_page(qtbot, ctx)
        headings = _session_headings(page)
    assert len(headings) == 2
    for text in headings:
        assert any(day in text for day in weekdays), text
        if lang != "en":
            assert not any(day in text for day in ("Mon ", "Tue ", "Wed ", "Thu ", "Fri ")), text
    if lang == "ja":
        assert all("年" in text and "月" in text for text in headings), headings


def test_a_japanese_window_names_the_organisations_in_japanese(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """A cell reads "八丁精機 ↔ …" in a Japanese window; a company without a Japanese name
    keeps its Latin one."""
    with window_language("ja"):
        page = open_page(qtbot, ctx)
        model = page.grid_model
        meetings = (model.grid() or pytest.fail()).meetings
        with_ja = [m for m in meetings if m.org_a_name_ja or m.org_b_name_ja]
        assert with_ja
        for m in with_ja:
            expected = f"{m.org_a_name_ja or m.org_a_name} ↔ {m.org_b_name_ja or m.org_b_name}"
            assert expected in cell_of(model, m.id).data()


def test_a_refused_move_is_said_in_the_window_s_language(qtbot: QtBot, ctx: AppContext) -> None:
    """The service's refusal reaches a Japanese window in Japanese."""
    store = ctx.store
    assert store is not None
    with window_language("ja"):
        page = open_page(qtbot, ctx)
        model = page.grid_model
        meeting = (model.grid() or pytest.fail()).meetings[0]
        grid_service.set_locked(store, meeting.id, True)
        before = position(store, meeting.id)
        drop(model, cell_of(model, meeting.id), free_cell(model))
        settle(qtbot, page)
        assert position(store, meeting.id) == before
        text = page.message.text()
        assert "は固定されています。移動するには固定を解除してください。" in text, text
        assert "locked" not in text


def test_a_mission_that_cannot_be_scheduled_is_said_in_japanese(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int]
) -> None:
    """A new mission without B2B sessions: Schedule is disabled and the run panel says why,
    before any click, in the window's language; the action's own refusal (should it run
    anyway, e.g. the session deleted by another coordinator) is in that language too."""
    store, _ = db
    new_id = create_mission(
        store,
        MissionDraft(
            name="Missione vuota",
            host_city="Torino",
            timezone="Europe/Rome",
            start_date=date(2027, 5, 3),
            end_date=date(2027, 5, 5),
        ),
    )
    context = make_context(paths, store, new_id)
    with window_language("ja"):
        try:
            page = open_page(qtbot, context)
            assert not page.run_panel.run_button.isEnabled()
            reason = page.run_panel.reason.text()
            assert "B2B商談会がありません" in reason and "session" not in reason, reason
            assert page.empty.isVisible() and "B2B商談会" in page.empty_label.text()
            page.run_panel.start()  # the action runs anyway: refused in Japanese
            qtbot.waitUntil(lambda: not page.run_panel.is_running())
            text = page.run_panel.result.text()
            assert "このミッションには日程を組むB2B商談会がありません。" in text, text
            assert "session" not in text
        finally:
            close_context(qtbot, context)


def test_conflict_made_in_the_database_is_flagged(
    qtbot: QtBot, paths: Paths, scheduled: tuple[Store, int]
) -> None:
    """Two meetings of one team in one slot: both cells red, with the reason as tooltip."""
    store, mission_id = scheduled
    grid = grid_service.load_grid(store, mission_id)
    a = grid.meetings[0]
    other = next(
        m for m in grid.meetings if m.slot_id != a.slot_id and a.org_a in (m.org_a, m.org_b)
    )
    free = next(
        t.id
        for s in grid.sessions
        if s.id == a.session_id
        for t in s.tables
        if not any(m.slot_id == a.slot_id and m.table_id == t.id for m in grid.meetings)
    )
    with store.session() as s:
        row = s.get(Meeting, other.id)
        assert row is not None
        row.session_id, row.table_id = a.session_id, free
        row.start_utc, row.end_utc = a.start_utc, a.end_utc
    context = make_context(paths, store, mission_id)
    try:
        page = open_page(qtbot, context)
        model = page.grid_model
        for mid in (a.id, other.id):
            index = cell_of(model, mid)
            assert index.data(CONFLICT_ROLE) is True
            assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
            assert "meetings at once" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert page.conflict_list.count() == 1
        assert a.org_a_name in page.conflict_list.item(0).text()
    finally:
        close_context(qtbot, context)


def test_run_button_stores_meetings_and_shows_status(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int]
) -> None:
    """A run with a stand-in solver fills the grid, reports weight against bound and lists
    the unscheduled requests by organisation name."""
    store, mission_id = db
    context = make_context(paths, store, mission_id)
    phases: list[str] = []

    def stand_in(problem: Problem, control: Control) -> Schedule:
        control.report("selection", 0.5, 3.0, 10.0)
        found = first_fit(problem, control)
        placed = {a.meeting for a in found.assignments}
        left = tuple(
            Unscheduled(m.id, "no common free slot") for m in problem.meetings if m.id not in placed
        )
        weight = found.stats.weight
        return Schedule(
            Status.OPTIMAL, found.assignments, left, Stats(weight=weight, upper_bound=weight)
        )

    try:
        page = open_page(qtbot, context)
        assert page.grid_model.grid() is not None
        assert not (page.grid_model.grid() or pytest.fail()).meetings
        page.run_panel.solve = stand_in
        page.run_panel.progress.valueChanged.connect(
            lambda _v: phases.append(page.run_panel.progress.format())
        )
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
        assert page.run_panel.cancel_button.isEnabled()
        settle(qtbot, page)
        assert page.run_panel.last is not None
        said = page.run_panel.result_text()
        run = page.run_panel.last.run
        stored, left = run.stored, run.unscheduled_count
        assert said == (
            f"All {stored} best meetings placed; {left} requests could not be placed — see why. "
            "No one waits between meetings."
        )
        # the solver's own figures stay in the tooltip, with idle gaps, not "breaks"
        assert "0 idle gaps" in page.run_panel.result.toolTip()
        assert "break" not in said + page.run_panel.result.toolTip()
        assert any("Choosing meetings: 3 of at most 10" in p for p in phases)
        grid = page.grid_model.grid()
        assert grid is not None and len(grid.meetings) == page.run_panel.last.stored > 0
        rows = page.unscheduled_model.rows()
        assert rows and all(r.reason == "no common free slot" for r in rows)
        names = {o.name for o in grid.organisations.values()}
        assert rows[0].a in names and rows[0].b in names
        assert page.tabs.tabText(page.tabs.indexOf(page.unscheduled_view)).endswith(
            f"({len(rows)})"
        )
        assert page.run_panel.run_button.isEnabled()
    finally:
        close_context(qtbot, context)


def test_cancel_calls_control_cancel(qtbot: QtBot, paths: Paths, db: tuple[Store, int]) -> None:
    """Cancel reaches the running solver's control; the best schedule so far is kept."""
    store, mission_id = db
    context = make_context(paths, store, mission_id)
    started = threading.Event()
    seen: list[Control] = []

    def slow(problem: Problem, control: Control) -> Schedule:
        seen.append(control)
        started.set()
        while not control.cancelled:
            control.report("selection", min(0.9, control.elapsed() / 10), None, None)
            threading.Event().wait(0.02)
        return Schedule(Status.FEASIBLE)

    try:
        page = open_page(qtbot, context)
        page.run_panel.solve = slow
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(started.is_set)
        assert not page.run_panel.run_button.isEnabled()
        qtbot.mouseClick(page.run_panel.cancel_button, Qt.MouseButton.LeftButton)
        assert seen[0].cancelled
        settle(qtbot, page)
        assert page.run_panel.progress.format() == "Cancelled"
        assert page.run_panel.result_text().startswith("Stopped early. ")
    finally:
        close_context(qtbot, context)


def test_screenshot_of_a_scheduled_demo(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, ctx)
    page.show_example()
    qtbot.wait(50)
    assert page.grab().save(str(tmp_path / "b2b-page.png"))


def test_timeline_follows_the_chosen_organisation(qtbot: QtBot, ctx: AppContext) -> None:
    """The timelines tab lists organisations with meetings; the table shows their slots."""
    page = open_page(qtbot, ctx)
    timelines = page.timelines
    assert timelines.chooser.count() > 10
    timelines.chooser.setCurrentIndex(1)
    kind, org_id = timelines.chooser.currentData()
    assert kind == "org"
    grid = page.grid_model.grid()
    assert grid is not None
    mine = [m for m in grid.meetings if org_id in (m.org_a, m.org_b)]
    shown = [timelines.model.index(r, 2).data() for r in range(timelines.model.rowCount())]
    assert len([t for t in shown if t != "free"]) == len(mine)
    assert timelines.summary.text().startswith(f"{len(mine)} meeting")


def test_the_solver_does_not_hold_the_database_worker(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int]
) -> None:
    """While the solver works, the database worker still serves the pages' loads."""
    store, mission_id = db
    context = make_context(paths, store, mission_id)
    started, release = threading.Event(), threading.Event()

    def waiting(problem: Problem, control: Control) -> Schedule:
        started.set()
        release.wait(30)
        return first_fit(problem, control)

    try:
        page = open_page(qtbot, context)
        page.run_panel.solve = waiting
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(started.is_set)
        answers: list[int] = []
        context.runner.run(lambda: 42, on_done=answers.append)
        qtbot.waitUntil(lambda: answers == [42], timeout=5000)
        assert page.run_panel.is_running()
        release.set()
        settle(qtbot, page)
        grid = page.grid_model.grid()
        assert grid is not None and grid.meetings
    finally:
        release.set()
        close_context(qtbot, context)


def test_closing_while_solving_cancels_and_stores_nothing(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int]
) -> None:
    """Shutting the workers down cancels the solve; its schedule is dropped, not stored."""
    store, mission_id = db
    context = make_context(paths, store, mission_id)
    started = threading.Event()

    def until_cancelled(problem: Problem, control: Control) -> Schedule:
        started.set()
        while not control.cancelled:
            threading.Event().wait(0.02)
        return first_fit(problem, control)

    page = open_page(qtbot, context)
    page.run_panel.solve = until_cancelled
    qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set)
    context.compute.shutdown()  # what the window's close does first
    context.runner.shutdown()
    with store.session() as s:
        assert not s.scalars(select(Meeting).where(Meeting.mission_id == mission_id)).all()


def test_reasons_and_figures_of_the_last_run_come_back(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int]
) -> None:
    """A new window shows the stored run's figures and each unscheduled request's reason."""
    store, mission_id = db

    def explained(problem: Problem, control: Control) -> Schedule:
        found = first_fit(problem, control)
        left = tuple(explain(problem, found.assignments))
        return Schedule(Status.FEASIBLE, found.assignments, left, Stats(weight=7))

    schedule_mission(store, mission_id, solve=explained)
    context = make_context(paths, store, mission_id)
    try:
        page = open_page(qtbot, context)
        assert page.run_panel.result.text().startswith("Last run, ")
        assert "meetings placed;" in page.run_panel.result_text()
        assert "weight 7" in page.run_panel.result.toolTip()
        rows = page.unscheduled_model.rows()
        assert rows and all(r.reason and not r.reason.startswith("not scheduled yet") for r in rows)
        assert any("interpreter" in r.reason or "slot" in r.reason for r in rows)
    finally:
        close_context(qtbot, context)


def test_before_any_run_the_requests_wait_for_the_scheduler(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int]
) -> None:
    store, mission_id = db
    context = make_context(paths, store, mission_id)
    try:
        page = open_page(qtbot, context)
        assert page.run_panel.result.text() == "The scheduler has not run on this mission yet."
        rows = page.unscheduled_model.rows()
        assert rows and {r.reason for r in rows} == {"not scheduled yet: run the scheduler"}
    finally:
        close_context(qtbot, context)


def test_a_locked_meeting_off_the_slots_can_be_chosen_and_unlocked(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """After its session moved, a locked meeting is listed in the conflicts; choosing it
    there lets the coordinator unlock it (the grid has no cell for it)."""
    store, mission_id = ctx.store, ctx.mission_id
    assert store is not None and mission_id is not None
    with store.session() as s:
        session = s.scalars(
            select(B2BSession).where(B2BSession.mission_id == mission_id).order_by(B2BSession.id)
        ).first()
        assert session is not None
        session.start_utc += timedelta(minutes=10)
        session.end_utc += timedelta(minutes=10)
        for brk in session.breaks:
            brk.start_utc += timedelta(minutes=10)
            brk.end_utc += timedelta(minutes=10)
        meeting = s.scalars(select(Meeting).where(Meeting.session_id == session.id)).first()
        assert meeting is not None
        meeting.locked = True
        meeting_id = meeting.id
    page = open_page(qtbot, ctx)
    items = [page.conflict_list.item(i) for i in range(page.conflict_list.count())]
    mine = [it for it in items if it.data(Qt.ItemDataRole.UserRole) == meeting_id]
    assert len(mine) == 1 and "No longer on a slot" in mine[0].text()
    page.conflict_list.setCurrentItem(mine[0])
    assert page.lock_button.isEnabled() and page.lock_button.text() == "Unlock"
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    with store.session() as s:
        unlocked = s.get(Meeting, meeting_id)
        assert unlocked is not None and not unlocked.locked


def _drop_on_view(view: ScheduleGridView, data: QMimeData, target: QModelIndex) -> bool:
    """Deliver drag-enter, drag-move and drop events to the view's viewport, as Qt does at
    the end of a mouse drag (QDrag.exec itself blocks under the offscreen platform).
    False when the view turned the drag away before the drop."""
    point = view.visualRect(target).center()
    pointf = QPointF(point)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, action, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(point, action, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), move)
    if not move.isAccepted():
        return False
    QApplication.sendEvent(view.viewport(), QDropEvent(pointf, action, data, buttons, modifiers))
    return True


def test_the_view_takes_a_drop_and_moves_the_meeting(qtbot: QtBot, ctx: AppContext) -> None:
    """Through the view's own drag-and-drop event handling, not just the model's."""
    page = open_page(qtbot, ctx)
    model, view = page.grid_model, page.grid_view
    store = ctx.store
    assert store is not None
    meeting = (model.grid() or pytest.fail()).meetings[0]
    before = position(store, meeting.id)
    target = free_cell(model)
    view.scrollTo(target)
    data = model.mimeData([cell_of(model, meeting.id)])
    assert _drop_on_view(view, data, target)
    settle(qtbot, page)
    assert position(store, meeting.id) != before
    assert model.index_of_meeting(meeting.id) == model.index(target.row(), target.column())


def test_the_view_refuses_drops_while_the_scheduler_runs(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ctx)
    model, view = page.grid_model, page.grid_view
    meeting = (model.grid() or pytest.fail()).meetings[0]
    assert ctx.store is not None
    before = position(ctx.store, meeting.id)
    target = free_cell(model)
    view.scrollTo(target)
    page.run_panel.running_changed.emit(True)  # what the run panel says when a run starts
    data = model.mimeData([cell_of(model, meeting.id)])
    assert not _drop_on_view(view, data, target)
    page.run_panel.running_changed.emit(False)
    assert _drop_on_view(view, data, target)
    settle(qtbot, page)
    assert ctx.store is not None and position(ctx.store, meeting.id) != before


class GapPhase:
    """A stand-in solver that places meetings first fit and then reports a gap phase as the
    real one does, from the compute worker, one report at a time: each waits for the test's
    ``step()``. Its best counts down to the real idle gaps of what it placed; its floors are
    ``floors(breaks)``."""

    def __init__(self, floors: Callable[[int], list[float | None]]) -> None:
        self.floors = floors
        self.breaks = -1
        self.reported = threading.Event()
        self._go = threading.Event()

    def step(self) -> None:
        self.reported.clear()
        self._go.set()

    def __call__(self, problem: Problem, control: Control) -> Schedule:
        found = first_fit(problem, control)
        self.breaks = total_breaks(problem, {a.meeting: a.slot for a in found.assignments})
        floors = self.floors(self.breaks)
        for i, floor in enumerate(floors):
            best = self.breaks + (len(floors) - 1 - i)  # improves to the real count
            self._go.clear()
            control.report("gaps", i / (len(floors) + 1), float(best), floor)
            self.reported.set()
            if not self._go.wait(30):
                raise TimeoutError("the test never asked for the next report")
        left = tuple(explain(problem, found.assignments))
        # no weight bound: not "best"; the gap phase's last floor, stated as the solver does
        stated = floor_of(floors[-1]) if floors else None
        stats = Stats(weight=found.stats.weight, breaks=self.breaks, breaks_floor=stated)
        return Schedule(Status.FEASIBLE, found.assignments, left, stats)


def test_the_gap_phase_shows_its_best_and_floor_as_it_runs(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int]
) -> None:
    """A real run: each of the gap phase's reports, sent from the solver's thread, shows its
    best and the floor it proved (the bar names the phase); "proven minimal" only once the
    best reaches the floor (a floor of 40.5 proves 41); the result then says "as few as
    possible"."""
    context = make_context(paths, *db)
    solver = GapPhase(lambda b: [None, b - 10.0, b - 10.0, b - 0.5])
    try:
        page = open_page(qtbot, context)
        panel = page.run_panel
        panel.solve = solver
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        shown: list[str] = []
        for _ in range(4):
            qtbot.waitUntil(solver.reported.is_set, timeout=20000)
            qtbot.waitUntil(lambda: panel.result_text() not in ("Scheduling…", *shown[-1:]))
            shown.append(panel.result_text())
            assert panel.progress.format() == "Shortening idle gaps"
            solver.step()
        b = solver.breaks
        assert b > 10
        assert shown == [
            f"Idle gaps: best so far {b + 3}.",
            f"Idle gaps: best so far {b + 2}, cannot be fewer than {b - 10}.",
            f"Idle gaps: best so far {b + 1}, cannot be fewer than {b - 10}.",
            f"Idle gaps: {b}, proven minimal.",
        ]
        settle(qtbot, page)
        assert panel.progress.format() == "Done"
        assert panel.result_text().endswith(f"Idle gaps between meetings: {b}, as few as possible.")
    finally:
        close_context(qtbot, context)


def test_a_floor_not_reached_is_never_called_minimal(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int]
) -> None:
    """Stopped with the best above the floor: the bar never says "proven" or "minimal", and
    the result says how many idle gaps cannot be avoided."""
    context = make_context(paths, *db)
    solver = GapPhase(lambda b: [float(b - 7), float(b - 7)])
    try:
        page = open_page(qtbot, context)
        panel = page.run_panel
        panel.solve = solver
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        for _ in range(2):
            qtbot.waitUntil(solver.reported.is_set, timeout=20000)
            qtbot.waitUntil(lambda: "cannot be fewer than" in panel.result_text())
            said = panel.result_text() + panel.progress.format()
            assert "proven" not in said and "minimal" not in said
            solver.step()
        settle(qtbot, page)
        b = solver.breaks
        said = panel.result_text()
        assert said.endswith(
            f"Idle gaps between meetings: {b}; at least {b - 7} cannot be avoided."
        )
        assert "as few as possible" not in said
    finally:
        close_context(qtbot, context)


def test_reports_from_the_solver_s_thread_are_queued_to_the_window(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """A report sent from another thread changes nothing there: the window shows it when its
    own thread takes it up (a widget is never touched from the solver's thread)."""
    page = open_page(qtbot, ctx)
    panel = page.run_panel
    panel.control = Control(time_limit_s=5)  # as while a run is going, on this mission
    panel._mission_id = ctx.mission_id
    try:
        sender = threading.Thread(target=panel._relay.progress.emit, args=("gaps", 0.5, 12.0, 8.0))
        sender.start()
        sender.join()
        assert panel.progress.format() == ""  # not yet: queued for the window's thread
        qtbot.waitUntil(lambda: panel.progress.format() == "Shortening idle gaps")
        assert panel.result_text() == "Idle gaps: best so far 12, cannot be fewer than 8."
        panel._relay.progress.emit("selection", 0.5, 3.0, 10.0)
        qtbot.waitUntil(lambda: panel.progress.format() == "Choosing meetings: 3 of at most 10")
    finally:
        panel.control = None


def test_the_bar_moves_between_the_gap_phase_s_reports(qtbot: QtBot, ctx: AppContext) -> None:
    """The gap phase reports only when it improves: in between, the bar moves on from the
    last report's share of the time used, and never says done before the solver does."""
    page = open_page(qtbot, ctx)
    panel = page.run_panel
    panel.control = Control(time_limit_s=4)
    panel._mission_id = ctx.mission_id
    try:
        panel._relay.progress.emit("gaps", 0.0, 12.0, None)
        qtbot.waitUntil(lambda: panel.result_text() == "Idle gaps: best so far 12.")
        seen = [panel.progress.value()]
        for _ in range(3):
            qtbot.waitUntil(lambda: panel.progress.value() > seen[-1], timeout=2000)
            seen.append(panel.progress.value())
        assert 0 < seen[-1] < 600
        panel._relay.progress.emit("gaps", 0.6, 12.0, 5.0)  # a report moves it to its share
        qtbot.waitUntil(lambda: "cannot be fewer than 5" in panel.result_text())
        seen.append(panel.progress.value())
        assert seen[-1] >= 600
        qtbot.waitUntil(lambda: panel.progress.value() > seen[-1], timeout=1000)  # on from there
        qtbot.wait(4500)  # past the time limit: not done until the solver says so
        assert 900 < panel.progress.value() < 1000
        panel._relay.progress.emit("gaps", 0.3, 11.0, None)  # a late report never sets it back
        qtbot.waitUntil(lambda: panel.result_text() == "Idle gaps: best so far 11.")
        assert panel.progress.value() > 900
    finally:
        panel.control = None


@pytest.mark.parametrize("lang", ["en", "it", "ja"])
def test_screenshots_of_the_gap_phase_and_after(
    qtbot: QtBot, paths: Paths, db: tuple[Store, int], lang: str, tmp_path: Path
) -> None:
    """The page while the gap phase runs (best above its floor) and after, in the window's
    language (looked at by eye: set PONTE_SHOTS to a folder to keep the pictures)."""
    shots = Path(os.environ.get("PONTE_SHOTS") or tmp_path)
    context = make_context(paths, *db)
    solver = GapPhase(lambda b: [float(b - 9), float(b - 9)])
    try:
        with window_language(lang):
            page = open_page(qtbot, context)
            panel = page.run_panel
            panel.solve = solver
            qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(solver.reported.is_set, timeout=20000)
            solver.step()
            qtbot.waitUntil(solver.reported.is_set, timeout=20000)
            b = solver.breaks
            qtbot.waitUntil(lambda: f"{b - 9}" in panel.result_text())
            qtbot.wait(600)  # the bar moves on its own
            shots.mkdir(parents=True, exist_ok=True)
            assert page.grab().save(str(shots / f"b2b-gaps-running-{lang}.png"))
            running = panel.result_text()
            assert (
                ("最良" in running)
                if lang == "ja"
                else ("best" in running or "migliore" in running)
            )
            solver.step()
            settle(qtbot, page)
            assert str(b - 9) in panel.result_text()
            qtbot.wait(50)
            assert page.grab().save(str(shots / f"b2b-gaps-after-{lang}.png"))
    finally:
        close_context(qtbot, context)


def test_the_last_run_is_dated_in_the_mission_s_zone(
    qtbot: QtBot, paths: Paths, scheduled: tuple[Store, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As versions on the Publish page are: "2027-10-04 18:12 JST" for the Nagoya mission,
    whatever the computer's own zone (here New York's)."""
    store, mission_id = scheduled
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        run = load_unplaced(store, mission_id).run
        assert run is not None
        local = to_local(run.finished_at, "Asia/Tokyo")
        context = make_context(paths, store, mission_id)
        try:
            page = open_page(qtbot, context)
            text = page.run_panel.result.text()
            assert text.startswith(f"Last run, {local:%Y-%m-%d %H:%M} JST: "), text
        finally:
            close_context(qtbot, context)
    finally:
        monkeypatch.undo()
        time.tzset()
