"""The B2B page in a coordinator's words: a plain summary with "see why", the selected
meeting's details beside the grid, the interpreter in the cell, and a progress bar that
belongs to the open mission."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.model import Interpreter, Meeting, Mission
from app.services.schedule_runs import RunSummary
from app.services.schedule_summary import run_summary
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit
from tests.ui_support import close_context, make_context, window_language
from ui.b2b.grid import INTERPRETER_ROLE, PAIR_ROLE, MeetingCellDelegate, wrapped_lines
from ui.context import AppContext
from ui.pages.b2b import B2BPage

SHOTS = Path("/tmp/wtw/shots")


@pytest.fixture
def db(paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[tuple[Store, int, int]]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    try:
        with store.session() as s:
            nagoya = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
            other = s.scalars(select(Mission.id).where(Mission.id != nagoya)).first()
        assert other is not None
        schedule_mission(store, nagoya, solve=first_fit)
        with store.session() as s:  # the stand-in solver names no interpreter: give one
            interpreter = s.scalars(
                select(Interpreter).where(Interpreter.mission_id == nagoya)
            ).first()
            meeting = s.scalars(
                select(Meeting).where(Meeting.mission_id == nagoya).order_by(Meeting.id)
            ).first()
            assert interpreter is not None and meeting is not None
            meeting.interpreter_id = interpreter.id
        yield store, nagoya, other
    finally:
        store.close()


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, db: tuple[Store, int, int]) -> Iterator[AppContext]:
    context = make_context(paths, db[0], db[1])
    try:
        yield context
    finally:
        close_context(qtbot, context)


def open_page(qtbot: QtBot, ctx: AppContext) -> B2BPage:
    page = B2BPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(page.ready, timeout=15000)  # a loaded CI machine: the first load is slow
    return page


RUN = RunSummary(
    finished_at=datetime(2027, 10, 4, 9, 0, tzinfo=UTC),
    status="feasible",
    cancelled=False,
    time_limit_s=60,
    weight=883,
    upper_bound=883.0,
    breaks=1,
    breaks_spread=0,
    moved_from_published=0,
    solve_seconds=60.2,
    stored=205,
    unscheduled_count=85,
)


def test_summary_says_it_plainly_in_three_languages() -> None:
    """Weight = bound reads "All 205 best meetings placed; 85 requests could not be placed"."""
    words = run_summary(RUN)
    assert words.placed.text("en") == (
        "All 205 best meetings placed; 85 requests could not be placed"
    )
    assert words.idle_gaps.text("en") == (
        "Idle gaps between meetings: 1 (fewer may be possible with more time)."
    )
    assert words.placed.text("it").startswith("Collocati tutti i 205 incontri migliori")
    assert "205" in words.placed.text("ja") and "85" in words.placed.text("ja")
    near = run_summary(replace(RUN, weight=800, upper_bound=900.0))
    assert near.placed.text("en").startswith("205 meetings placed, at least 88% as good")
    for text in (words.placed.text("en"), near.placed.text("en"), words.idle_gaps.text("en")):
        assert "upper bound" not in text and "weight" not in text


def test_see_why_opens_the_unscheduled_requests(qtbot: QtBot, ctx: AppContext) -> None:
    """The status line links "see why" to the list of requests left out, with their reasons."""
    page = open_page(qtbot, ctx)
    panel = page.run_panel
    panel._show_run(RUN)
    assert panel.result_text() == (
        "All 205 best meetings placed; 85 requests could not be placed — see why. "
        "Idle gaps between meetings: 1 (fewer may be possible with more time)."
    )
    assert "weight 883 of at most 883" in panel.result.toolTip()
    assert page.tabs.currentIndex() == 0
    panel.result.linkActivated.emit("unscheduled")
    assert page.tabs.currentWidget() is page.unscheduled_view


def test_a_selected_meeting_shows_its_details(qtbot: QtBot, ctx: AppContext) -> None:
    """Organisations, people, time with zone, table, interpreter and priority beside the grid."""
    page = open_page(qtbot, ctx)
    assert "Select a meeting" in page.details.plain_text()
    page.show_example()
    meeting = page.selected_meeting()
    assert meeting is not None and meeting.interpreter_name
    qtbot.waitUntil(lambda: page.details.details is not None)
    text = page.details.plain_text()
    assert meeting.org_a_name in text and meeting.org_b_name in text
    assert "JST" in text and "Table " in text
    assert f"Interpreter: {meeting.interpreter_name}" in text
    assert "priority" in text and " of 5" in text
    details = page.details.details
    assert details is not None and any(o.people for o in details.organisations)
    assert details.organisations[0].people[0] in text
    page.grid_view.clearSelection()
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 0))  # a session heading
    qtbot.waitUntil(lambda: page.details.details is None)


def test_the_interpreter_is_shown_in_the_cell(qtbot: QtBot, ctx: AppContext) -> None:
    """The cell draws the interpreter on a smaller line of its own, never cut off."""
    page = open_page(qtbot, ctx)
    page.show_example()
    qtbot.waitUntil(lambda: page.details.details is not None)
    index = page.grid_view.currentIndex()
    interpreter = index.data(INTERPRETER_ROLE)
    assert interpreter and interpreter.startswith("Interpreter: ")
    delegate = page.grid_view.itemDelegateForIndex(index)
    assert isinstance(delegate, MeetingCellDelegate)
    width = page.grid_view.columnWidth(index.column())
    lines = delegate.cell_lines(index, page.grid_view.font(), width)
    assert lines[-1][0] == interpreter  # whole, on its own line
    assert lines[-1][1].pointSizeF() < page.grid_view.font().pointSizeF()
    needed = sum(QFontMetrics(font).lineSpacing() for _text, font in lines)
    assert page.grid_view.rowHeight(index.row()) >= needed


def test_long_names_take_a_third_line_where_the_cell_has_room(
    qtbot: QtBot, ctx: AppContext, japanese: None
) -> None:
    """In Japanese, a meeting with no interpreter whose names need three lines in a 190 px
    cell shows them whole on three lines (the row holds them); with an interpreter the
    names keep two lines and the interpreter their own."""
    page = open_page(qtbot, ctx)
    view, model = page.grid_view, page.grid_model
    delegate = view.cell_delegate
    font = view.font()
    spacing = QFontMetrics(font).lineSpacing()
    long = next(
        index
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if isinstance(pair := (index := model.index(row, column)).data(PAIR_ROLE), str)
        and not index.data(INTERPRETER_ROLE)
        and len(wrapped_lines(pair, font, view.columnWidth(column) - 2 * delegate.PADDING, 9)) == 3
    )
    view.scrollTo(long)
    rect = view.visualRect(long)
    cell = view.viewport().grab(rect).toImage()
    below_two = [  # the rows of the cell under two lines of names: ink there is a third line
        y
        for y in range(2 * spacing + 2, rect.height() - 1)
        if any(cell.pixelColor(x, y).lightness() < 128 for x in range(cell.width() - 1))
    ]
    assert below_two, "the third line of names is not drawn"
    three = with_interpreter = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            pair = index.data(PAIR_ROLE)
            if not isinstance(pair, str):
                continue
            rect = view.visualRect(index)  # the cell as paint() is given it
            inner = rect.width() - 2 * delegate.PADDING
            lines = delegate.cell_lines(index, font, rect.width(), rect.height())
            names = [text for text, f in lines if f == font]
            assert MeetingCellDelegate._block_height(lines) <= rect.height() - 2 * delegate.TIGHT
            if index.data(INTERPRETER_ROLE):
                assert len(names) <= 2 and len(lines) == len(names) + 1
                with_interpreter += 1
            elif len(wrapped_lines(pair, font, inner, 9)) == 3:
                assert len(names) == 3 and "".join(names).replace(" ", "") == pair.replace(
                    " ", ""
                ), names
                three += 1
    assert three and with_interpreter


def test_the_progress_bar_is_reset_for_another_mission(qtbot: QtBot, ctx: AppContext) -> None:
    """A finished run's "Done" does not follow the coordinator into another mission."""
    page = open_page(qtbot, ctx)
    panel = page.run_panel
    panel.solve = first_fit
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last is not None and not panel.is_running(), timeout=30_000)
    assert panel.progress.value() == 1000 and panel.progress.format() == "Done"
    assert store_other(ctx)
    ctx.bus.mission_changed.emit(ctx.mission_id)
    assert panel.progress.value() == 0 and panel.progress.format() == ""
    qtbot.waitUntil(page.ready)


def store_other(ctx: AppContext) -> bool:
    """Open the other demo mission in the context, as the mission picker does."""
    assert ctx.store is not None
    with ctx.store.session() as s:
        other = s.scalars(select(Mission.id).where(Mission.id != ctx.mission_id)).first()
    ctx.mission_id = other
    return other is not None


@pytest.mark.parametrize("lang", ["en", "it", "ja"])
def test_screenshot_with_a_selected_meeting(qtbot: QtBot, ctx: AppContext, lang: str) -> None:
    """The page with a meeting selected, in each language (looked at by eye)."""
    with window_language(lang):
        page = open_page(qtbot, ctx)
        page.show_example()
        qtbot.waitUntil(lambda: page.details.details is not None)
        page.run_panel._show_run(RUN)
        qtbot.wait(50)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert page.grab().save(str(SHOTS / f"b2b-{lang}.png"))


def test_a_japanese_window_names_the_interpreter_in_kanji(qtbot: QtBot, ctx: AppContext) -> None:
    """The cell's interpreter line uses the Japanese name where there is one."""
    with window_language("ja"):
        page = open_page(qtbot, ctx)
        page.show_example()
        qtbot.waitUntil(lambda: page.details.details is not None)
        text = page.grid_view.currentIndex().data(INTERPRETER_ROLE)
        assert text and any("\u4e00" <= ch <= "\u9fff" for ch in text), text


def test_closing_the_page_while_details_are_read_is_quiet(qtbot: QtBot, ctx: AppContext) -> None:
    """The details arriving after the page is gone are dropped, not an error."""
    page = B2BPage(ctx)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(page.ready)
    page.show_example()  # asks the worker for the details
    page.deleteLater()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    qtbot.wait(50)  # the delivery of the details, after the page was deleted
