"""The Sessions page and the B2B page's empty state, driven with clicks and keys on a real
SQLite file: a mission with nothing B2B yet, a session typed in, bad input said in place,
meetings that no longer fit listed in a dialog before anything is removed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.common.paths import Paths
from app.model import B2BSession, B2BTable, Meeting, MeetingRequest, Side, Venue
from app.services.missions import MissionDraft, create_mission
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests import factories as f
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.pages.b2b import B2BPage
from ui.pages.base import Page
from ui.pages.sessions import SessionsPage


@pytest.fixture
def db(paths: Paths, sqlite_path: Path) -> Iterator[tuple[Store, int]]:
    """A new mission (12–14 Oct 2027, Tokyo) with a venue, two delegations, one organisation
    on each side (English speakers) and one request: everything but a session."""
    store = open_store(str(sqlite_path), paths=paths)
    mid = create_mission(
        store,
        MissionDraft("Torino → Nagoya", "Nagoya", "Asia/Tokyo", date(2027, 10, 12),
                     date(2027, 10, 14)),
    )  # fmt: skip
    with store.session() as s:
        from app.model import Mission

        m = s.get(Mission, mid)
        assert m is not None
        s.add(Venue(mission=m, name="Nagoya Congress Center", name_ja="名古屋国際会議場",
                    address="", city="Nagoya", timezone="Asia/Tokyo"))  # fmt: skip
        turin, nagoya = f.delegation(s, m, Side.TURIN), f.delegation(s, m, Side.NAGOYA)
        a, b = f.organisation(s, m, turin), f.organisation(s, m, nagoya)
        for org in (a, b):
            f.participant(s, m, organisation=org).languages = ["en"]
        s.add(MeetingRequest(mission=m, requester_id=a.id, requested_id=b.id))
    try:
        yield store, mid
    finally:
        store.close()


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, db: tuple[Store, int]) -> Iterator[AppContext]:
    context = make_context(paths, *db)
    try:
        yield context
    finally:
        close_context(qtbot, context)


def open_sessions(qtbot: QtBot, ctx: AppContext) -> SessionsPage:
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitUntil(page.ready)
    return page


def type_text(widget: QWidget, text: str) -> None:
    """Any text, kanji included (keyClicks aborts on non-ASCII in this Qt version)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(line, text)


def error(page: SessionsPage, field: str) -> str:
    label = page.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_session_typed_in_and_saved(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_sessions(qtbot, ctx)
    assert "No B2B session yet" in page.empty_label.text()
    assert page.day.text() == "2027-10-12"  # the mission's first day
    qtbot.mouseClick(page.name_en, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_en, "B2B meetings")
    assert page.name_it.placeholderText() == "B2B meetings"  # the fallback, shown
    page.name_ja.setFocus()
    type_text(page.name_ja, "B2B商談会")
    retype(qtbot, page.day, "2027-10-13")
    venue = page.venue.findText("Nagoya Congress Center (Asia/Tokyo)")
    page.venue.setFocus()
    for _ in range(venue):
        qtbot.keyClick(page.venue, Qt.Key.Key_Down)
    assert page.venue.currentIndex() == venue and page.zone_label.text() == "Asia/Tokyo"
    assert page.preview.text() == "12 slots of 20 min, 10 tables: up to 120 meetings"
    qtbot.mouseClick(page.add_break_button, Qt.MouseButton.LeftButton)
    assert page.breaks.item(0, 0).text() == "16:00" and page.breaks.item(0, 1).text() == "16:20"
    assert page.preview.text().startswith("11 slots of 20 min, 10 tables")
    # rename table T1 with keys: F2, type, Enter
    page.table_names.setFocus()
    page.table_names.setCurrentRow(0)
    qtbot.keyClick(page.table_names, Qt.Key.Key_F2)
    editor = page.table_names.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Sala A")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page._tables[0].name == "Sala A")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready() and page.session_list.count() == 1)
    assert page.message.text() == "Saved."
    store = ctx.store
    assert store is not None
    with store.session() as s:
        b2b = s.scalars(select(B2BSession)).one()
        assert (b2b.name, b2b.name_ja, b2b.timezone) == ("B2B meetings", "B2B商談会", "Asia/Tokyo")
        assert [t.name for t in b2b.tables][:2] == ["Sala A", "T2"]
        assert [x.label for x in b2b.breaks] == ["Coffee break"]
    assert "11 slots, 10 tables" in page.session_list.item(0).text()


def test_bad_input_is_said_next_to_its_field(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_sessions(qtbot, ctx)
    qtbot.keyClicks(page.name_en, "B2B")
    retype(qtbot, page.end, "13:00")
    assert "ends before it starts" in error(page, "end")
    assert not page.save_button.isEnabled()
    retype(qtbot, page.end, "18:10")
    assert error(page, "end") == ""
    assert error(page, "slot_minutes") == "20-minute slots leave 10 minutes over at the end."
    retype(qtbot, page.end, "18:00")
    retype(qtbot, page.day, "2027-02-31")
    assert "Write the day as 2027-10-14" in error(page, "day")
    retype(qtbot, page.day, "2027-10-20")
    assert "outside the mission's dates (2027-10-12 to 2027-10-14)" in error(page, "day")
    retype(qtbot, page.day, "2027-10-13")
    qtbot.mouseClick(page.add_break_button, Qt.MouseButton.LeftButton)
    page.breaks.item(0, 0).setText("18:30")  # typed into the cell
    page.breaks.item(0, 1).setText("18:50")
    assert "outside the session (14:00–18:00)" in error(page, "breaks")
    page.breaks.item(0, 0).setText("tea")
    assert "Break 1: write its times as 16:00." in error(page, "breaks")
    page.breaks.setCurrentCell(0, 0)
    qtbot.mouseClick(page.remove_break_button, Qt.MouseButton.LeftButton)
    assert error(page, "breaks") == "" and page.save_button.isEnabled()
    page.table_count.setFocus()
    page.table_count.selectAll()
    qtbot.keyClicks(page.table_count, "0")
    assert "at least one table" in error(page, "tables")
    with window_language("ja"):
        page._edited()
        assert "テーブルを1つ以上" in error(page, "tables")
    store = ctx.store
    assert store is not None and count(store, B2BSession) == 0


def test_meetings_that_no_longer_fit_are_listed_before_removal(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, int]
) -> None:
    store, mid = db
    page = open_sessions(qtbot, ctx)
    qtbot.keyClicks(page.name_en, "B2B")
    retype(qtbot, page.day, "2027-10-13")
    retype(qtbot, page.end, "14:20")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready() and page.session_list.count() == 1)
    assert schedule_mission(store, mid, time_limit_s=5).stored == 1
    ctx.bus.announce(__import__("app.core.changes", fromlist=["Changes"]).Changes(b2b=True))
    qtbot.waitUntil(
        lambda: page.ready() and "1 meetings placed" in page.session_list.item(0).text()
    )
    page.session_list.setCurrentRow(0)
    retype(qtbot, page.start, "15:00")
    retype(qtbot, page.end, "15:20")
    assert "1 placed meetings would no longer fit." in page.preview.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    box = page.confirm_box
    assert isinstance(box, QMessageBox) and box.objectName() == "confirm_displaced"
    assert "no slot starts at 14:00" in box.text()
    assert count(store, Meeting) == 1  # nothing removed before the answer
    # Cancel first: nothing changes
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was changed" in page.message.text())
    assert count(store, Meeting) == 1
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is not box and page.confirm_box is not None)
    remove = page.confirm_box.findChild(QPushButton, "confirm_remove")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready() and page.message.text().startswith("Saved."))
    assert "Removed 1 meetings" in page.message.text()
    assert count(store, Meeting) == 0 and count(store, MeetingRequest) == 1
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(B2BTable)) == 10


class _Window(QWidget):
    """The shell's two methods the B2B page uses to go to the Sessions page."""

    def __init__(self, pages: list[Page]) -> None:
        super().__init__()
        self._pages = pages
        self.shown: int | None = None

    def pages(self) -> list[Page]:
        return self._pages

    def show_page(self, index: int) -> None:
        self.shown = index


def test_b2b_page_of_an_empty_mission_says_what_is_missing(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, int]
) -> None:
    sessions = SessionsPage(ctx)
    window = _Window([sessions])
    qtbot.addWidget(window)
    page = B2BPage(ctx, window)
    window._pages.append(page)
    window.show()
    qtbot.waitUntil(page.ready)
    assert page.empty.isVisible() and page.empty_label.text() == "No B2B session yet: add one."
    assert not page.run_panel.run_button.isEnabled()
    reason = page.run_panel.reason
    assert reason.isVisible() and "no B2B session" in reason.text()
    assert "Sessions page" in page.run_panel.run_button.toolTip()
    qtbot.mouseClick(page.add_session_button, Qt.MouseButton.LeftButton)
    assert window.shown == 0
    # with a session (saved as the Sessions page does and announced), Schedule can run
    store, mid = db
    from datetime import time

    from app.services.sessions import SessionDraft, TableDraft, save_session

    saved = save_session(
        store,
        mid,
        SessionDraft("B2B", date(2027, 10, 13), time(14), time(15), tables=(TableDraft("T1"),)),
    )
    ctx.bus.announce(saved.changes)
    qtbot.waitUntil(lambda: page.ready() and page.run_panel.run_button.isEnabled())
    assert not page.empty.isVisible() and not reason.isVisible()
    with store.session() as s:
        s.execute(MeetingRequest.__table__.delete())
    ctx.bus.announce(saved.changes)
    qtbot.waitUntil(lambda: page.ready() and not page.run_panel.run_button.isEnabled())
    assert "no meeting requests" in reason.text()


def test_delete_asks_first_and_lists_placed_meetings(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, int]
) -> None:
    from datetime import time

    from app.core.changes import Changes
    from app.services.sessions import SessionDraft, TableDraft, save_session

    store, mid = db
    tables = (TableDraft("T1"),)
    save_session(store, mid, SessionDraft("Busy", date(2027, 10, 13), time(14), time(14, 20),
                                          tables=tables))  # fmt: skip
    assert schedule_mission(store, mid, time_limit_s=5).stored == 1
    empty = save_session(store, mid, SessionDraft("Empty", date(2027, 10, 12), time(9), time(10),
                                                  tables=tables))  # fmt: skip
    page = open_sessions(qtbot, ctx)
    assert page.session_list.count() == 2
    page.session_list.setCurrentRow(0)  # "Empty", the earlier one
    assert page.name_en.text() == "Empty"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and box.objectName() == "confirm_delete" and "Empty" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready() and page.session_list.count() == 1)
    assert count(store, B2BSession) == 1 and empty.session_id not in [
        page.session_list.item(0).data(Qt.ItemDataRole.UserRole)
    ]
    page.session_list.setCurrentRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is not box and page.confirm_box is not None)
    listing = page.confirm_box
    assert listing is not None and listing.objectName() == "confirm_displaced"
    assert "removes 1 placed meeting" in listing.text() and "Org " in listing.text()
    assert count(store, B2BSession) == 1 and count(store, Meeting) == 1
    remove = listing.findChild(QPushButton, "confirm_remove")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready() and page.session_list.count() == 0)
    assert count(store, B2BSession) == 0 and count(store, Meeting) == 0
    assert page.message.text().startswith("Deleted. Removed 1 meetings")
    ctx.bus.announce(Changes(b2b=True))


def test_a_reload_keeps_what_is_typed(qtbot: QtBot, ctx: AppContext) -> None:
    """Another page's change (a schedule, an import) reloads the page; the form keeps what
    the coordinator was typing and checks it against the new state."""
    from app.core.changes import Changes

    page = open_sessions(qtbot, ctx)
    qtbot.keyClicks(page.name_en, "Half typed")
    retype(qtbot, page.end, "18:10")
    ctx.bus.announce(Changes(b2b=True))
    qtbot.waitUntil(page.ready)
    qtbot.wait(50)
    assert page.name_en.text() == "Half typed" and page.end.text() == "18:10"
    assert "10 minutes over" in error(page, "slot_minutes")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.name_en.text() == "" and page.end.text() == "18:00"


def test_a_mission_with_sessions_opens_on_the_first_one(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, int]
) -> None:
    """Not on an empty form that already says "type the English name"; New session gives
    that empty form, and a reload caused elsewhere keeps it."""
    from datetime import time

    from app.core.changes import Changes
    from app.services.sessions import SessionDraft, TableDraft, save_session

    store, mid = db
    save_session(store, mid, SessionDraft("Morning B2B", date(2027, 10, 13), time(9), time(10),
                                          tables=(TableDraft("T1"),)))  # fmt: skip
    page = open_sessions(qtbot, ctx)
    assert page.session_list.currentRow() == 0
    assert page.name_en.text() == "Morning B2B" and page.delete_button.isEnabled()
    assert error(page, "name") == ""
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.name_en.text() == "" and page.session_list.currentRow() == -1
    ctx.bus.announce(Changes(b2b=True))
    qtbot.waitUntil(page.ready)
    qtbot.wait(50)
    assert page.name_en.text() == "" and page.session_list.currentRow() == -1
