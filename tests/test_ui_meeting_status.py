"""Meeting status on the B2B page (issue 17), driven by keys as a coordinator at a desk would:
the per-table view marks, moves on, edits a note, undoes; the grid shows each mark with a
glyph and a colour and marks by key too; no-shows per organisation; a printed host sheet
typed in afterwards, one key per row, saved in one step."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.model import Meeting, MeetingStatus, Mission
from app.services.meeting_status import set_meeting_status
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit
from tests.ui_support import close_context, make_context, type_text
from ui.b2b.grid import STATUS_ROLE
from ui.b2b.table_day import COL_NOTE, COL_STATUS, ROW_ROLE
from ui.context import AppContext
from ui.pages.b2b import B2BPage

S = MeetingStatus


@pytest.fixture
def db(paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[tuple[Store, int]]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    try:
        with store.session() as s:
            mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
        schedule_mission(store, mission_id, solve=first_fit)
        yield store, mission_id
    finally:
        store.close()


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, db: tuple[Store, int]) -> Iterator[AppContext]:
    context = make_context(paths, *db)
    try:
        yield context
    finally:
        close_context(qtbot, context)


def settle(qtbot: QtBot, page: B2BPage) -> None:
    qtbot.waitUntil(lambda: not page.ctx.runner.is_busy() and page.ready(), timeout=15000)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> B2BPage:
    page = B2BPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    settle(qtbot, page)
    page.tabs.setCurrentWidget(page.tables_day)
    day = page.tables_day
    first = day.on_site.sessions[0] if day.on_site else None
    assert first is not None
    day.choose(first.id, first.tables[0].id)
    return page


def stored(store: Store, meeting_id: int) -> tuple[MeetingStatus, str]:
    with store.session() as s:
        m = s.get(Meeting, meeting_id)
        assert m is not None
        return m.status, m.status_note


def test_keys_mark_move_on_and_undo(qtbot: QtBot, page: B2BPage) -> None:
    """H on row 1, A on row 2 (the cursor moved on by itself), then undo the second."""
    day, store = page.tables_day, page.ctx.store
    assert store is not None
    rows = list(day.model.rows)
    assert len(rows) >= 3
    day.view.setFocus()
    day.view.setCurrentIndex(day.model.index(0, COL_STATUS))
    qtbot.keyClick(day.view, Qt.Key.Key_H)
    assert day.view.currentIndex().row() == 1
    qtbot.keyClick(day.view, Qt.Key.Key_A)
    assert day.view.currentIndex().row() == 2
    assert "✓" in day.model.index(0, COL_STATUS).data()  # shown at once, before the save
    settle(qtbot, page)
    assert stored(store, rows[0].meeting_id)[0] is S.HELD
    assert stored(store, rows[1].meeting_id)[0] is S.NO_SHOW_A
    # the grid shows both, with their glyph and tint
    for meeting_id, status in ((rows[0].meeting_id, S.HELD), (rows[1].meeting_id, S.NO_SHOW_A)):
        cell = page.grid_model.index_of_meeting(meeting_id)
        assert cell.data(STATUS_ROLE) == status
        assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    # no-shows per organisation: A of row 2 missed one
    missed = {a.organisation_id: a.missed for a in day.attendance_model.rows}
    assert missed[rows[1].organisation_a] >= 1
    assert day.attendance_model.rows[0].missed >= 1  # the most missed come first
    page.ctx.undo.undo()
    settle(qtbot, page)
    assert stored(store, rows[1].meeting_id) == (S.SCHEDULED, "")
    assert stored(store, rows[0].meeting_id)[0] is S.HELD
    page.ctx.undo.redo()
    settle(qtbot, page)
    assert stored(store, rows[1].meeting_id)[0] is S.NO_SHOW_A


def test_enter_edits_the_note_and_the_grid_tells_it(qtbot: QtBot, page: B2BPage) -> None:
    day, store = page.tables_day, page.ctx.store
    assert store is not None
    row = day.model.rows[0]
    day.view.setFocus()
    day.view.setCurrentIndex(day.model.index(0, COL_STATUS))
    qtbot.keyClick(day.view, Qt.Key.Key_N)
    day.view.setCurrentIndex(day.model.index(0, COL_STATUS))
    qtbot.keyClick(day.view, Qt.Key.Key_Return)
    editor = day.view.findChild(object, "note_editor")
    assert editor is not None
    type_text(editor, "遅刻 20 min")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert stored(store, row.meeting_id) == (S.NO_SHOW, "遅刻 20 min")
    assert day.model.index(0, COL_NOTE).data() == "遅刻 20 min"
    cell = page.grid_model.index_of_meeting(row.meeting_id)
    assert "遅刻 20 min" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_the_grid_marks_by_key_and_menu(qtbot: QtBot, page: B2BPage) -> None:
    store = page.ctx.store
    assert store is not None
    page.tabs.setCurrentIndex(0)
    meeting = page.grid_model.grid().meetings[0]  # type: ignore[union-attr]
    page.grid_view.setFocus()
    page.grid_view.setCurrentIndex(page.grid_model.index_of_meeting(meeting.id))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_B)
    settle(qtbot, page)
    assert stored(store, meeting.id)[0] is S.NO_SHOW_B
    assert page.grid_model.index_of_meeting(meeting.id).data(STATUS_ROLE) == S.NO_SHOW_B
    now = page.grid_model.grid().meeting(meeting.id)  # type: ignore[union-attr]
    assert now is not None
    menu = page.grid_view.meeting_menu(now)
    marks = menu.findChild(object, "mark_menu")
    assert marks is not None
    held = next(a for a in marks.actions() if a.data() == S.HELD)
    held.trigger()
    settle(qtbot, page)
    assert stored(store, meeting.id)[0] is S.HELD


def test_someone_elses_mark_is_not_overwritten(qtbot: QtBot, page: B2BPage) -> None:
    day, store = page.tables_day, page.ctx.store
    assert store is not None
    row = day.model.rows[0]
    store.actor = "Giulia"
    set_meeting_status(store, row.meeting_id, S.HELD)  # another coordinator, meanwhile
    store.actor = ""
    day.view.setFocus()
    day.view.setCurrentIndex(day.model.index(0, COL_STATUS))
    qtbot.keyClick(day.view, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: "Giulia" in day.message.text(), timeout=15000)
    settle(qtbot, page)
    assert stored(store, row.meeting_id)[0] is S.HELD
    assert day.model.index(0, COL_STATUS).data(ROW_ROLE).status is S.HELD  # reloaded


def test_a_host_sheet_is_typed_in_one_key_per_row(qtbot: QtBot, page: B2BPage) -> None:
    day, store = page.tables_day, page.ctx.store
    assert store is not None
    dialog = day.open_sheet_entry()
    assert dialog is not None
    rows = dialog.rows
    keys = [Qt.Key.Key_H, Qt.Key.Key_A, Qt.Key.Key_Space, Qt.Key.Key_X, Qt.Key.Key_B]
    keys += [Qt.Key.Key_N] * (len(rows) - 4)
    for key in keys:
        qtbot.keyClick(dialog, key)  # X is no mark: ignored
    assert dialog.complete()
    assert "Enter saves them all" in dialog.summary.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Backspace)  # the last row again
    assert not dialog.complete()
    qtbot.keyClick(dialog, Qt.Key.Key_C)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    settle(qtbot, page)
    expected = [S.HELD, S.NO_SHOW_A, S.SCHEDULED, S.NO_SHOW_B] + [S.NO_SHOW] * (len(rows) - 5)
    expected.append(S.CANCELLED)
    assert [stored(store, r.meeting_id)[0] for r in rows] == expected
    assert "✗A" in day.model.index(1, COL_STATUS).data()
    page.ctx.undo.undo()  # the whole sheet is one step
    settle(qtbot, page)
    assert all(stored(store, r.meeting_id)[0] is S.SCHEDULED for r in rows)


def test_host_sheets_are_printed_from_the_view(qtbot: QtBot, page: B2BPage, tmp_path: Path) -> None:
    day = page.tables_day
    out = tmp_path / "sheet.pdf"
    day.print_host_sheets(out)
    qtbot.waitUntil(lambda: "Wrote" in day.message.text(), timeout=15000)
    assert out.read_bytes().startswith(b"%PDF")


def test_all_tables_one_after_another(qtbot: QtBot, page: B2BPage) -> None:
    """Every table of the session, each numbered from 1 in time order, the table shown."""
    day = page.tables_day
    on_site = day.on_site
    assert on_site is not None
    session = on_site.sessions[0]
    day.choose(session.id, None)
    rows = day.model.rows
    one_table = on_site.rows_of(session.id, session.tables[0].id)
    assert len(rows) == len(on_site.rows_of(session.id)) > len(one_table)
    assert not day.view.isColumnHidden(2) and not day.enter_button.isEnabled()
    firsts = [r for r in rows if r.number == 1]
    assert len(firsts) == len({r.table_id for r in rows})
    for a, b in itertools.pairwise(rows):
        if a.table_id == b.table_id:
            assert (b.number, b.start_local) > (a.number, a.start_local)


def test_a_row_marked_twice_in_a_row_takes_the_second(qtbot: QtBot, page: B2BPage) -> None:
    """H, then a reload read before H was saved arrives, then A on the same row: the row
    still shows H, and A is saved over it (not refused as if someone else had marked H)."""
    day, store, runner = page.tables_day, page.ctx.store, page.ctx.runner
    assert store is not None
    row = day.model.rows[0]
    first, second = threading.Event(), threading.Event()
    runner.run(lambda: first.wait(15))  # the worker held, so the order below is sure
    day.reload()  # a reload on its way (read before the mark is saved)
    runner.run(lambda: second.wait(15))
    day.view.setFocus()
    day.view.setCurrentIndex(day.model.index(0, COL_STATUS))
    qtbot.keyClick(day.view, Qt.Key.Key_H)  # saved after the reload and the second hold
    first.set()
    qtbot.waitUntil(day.ready, timeout=15000)  # the old rows arrived
    assert day.model.index(0, COL_STATUS).data(ROW_ROLE).status is S.HELD
    day.view.setCurrentIndex(day.model.index(0, COL_STATUS))
    qtbot.keyClick(day.view, Qt.Key.Key_A)
    second.set()
    settle(qtbot, page)
    assert stored(store, row.meeting_id)[0] is S.NO_SHOW_A
    assert day.message.styleSheet() == ""  # no refusal said


def test_enter_on_the_grid_asks_for_the_note(qtbot: QtBot, page: B2BPage) -> None:
    store = page.ctx.store
    assert store is not None
    page.tabs.setCurrentIndex(0)
    meeting = page.grid_model.grid().meetings[0]  # type: ignore[union-attr]
    page.grid_view.setFocus()
    page.grid_view.setCurrentIndex(page.grid_model.index_of_meeting(meeting.id))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("arrivato in ritardo")
        dialog.accept()

    QTimer.singleShot(200, answer)
    qtbot.keyClick(page.grid_view, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert stored(store, meeting.id) == (S.SCHEDULED, "arrivato in ritardo")
    tip = page.grid_model.index_of_meeting(meeting.id).data(Qt.ItemDataRole.ToolTipRole)
    assert "arrivato in ritardo" in tip
