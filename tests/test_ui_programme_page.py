"""The Programme page on a real SQLite file of the demo missions (Nagoya → Torino across Rome's
change to summer time on 26 March 2028; Torino → Nagoya in Tokyo): items made with the form and
on the timeline, moved, resized, given another audience, deleted, undone and redone, with the
times stored in UTC checked, the second zone's labels, clashes that come and go, a skipped hour
said under its field and an hour shown twice asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.model import AgendaItem, Audience, Delegation, Mission, Side
from app.services.missions import MissionDraft, create_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.ui_support import close_context, make_context, type_over, type_text, window_language
from ui.context import AppContext
from ui.pages.programme import ProgrammePage
from ui.programme.ambiguous import AmbiguousTimeBox
from ui.programme.timeline import MINUTE_HEIGHT

ROME_MISSION = "Nagoya → Torino, March 2028"
TOKYO_MISSION_ZONE = "Asia/Tokyo"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[Store]:
    with open_store(str(copy_demo(tmp_path / "demo.sqlite")), paths=paths) as s:
        yield s


def mission_named(store: Store, name: str) -> int:
    with store.session() as s:
        return int(s.scalars(select(Mission.id).where(Mission.name == name)).one())


def tokyo_mission(store: Store) -> int:
    with store.session() as s:
        return int(s.scalars(select(Mission.id).where(Mission.timezone == "Asia/Tokyo")).one())


@pytest.fixture
def contexts(qtbot: QtBot, paths: Paths, store: Store) -> Iterator[list[AppContext]]:
    made: list[AppContext] = []
    try:
        yield made
    finally:
        for context in made:
            close_context(qtbot, context)


def open_page(
    qtbot: QtBot, paths: Paths, store: Store, contexts: list[AppContext], mission_id: int
) -> tuple[ProgrammePage, AppContext]:
    ctx = make_context(paths, store, mission_id)
    contexts.append(ctx)
    page = ProgrammePage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(page.ready)
    return page, ctx


@pytest.fixture
def rome(
    qtbot: QtBot, paths: Paths, store: Store, contexts: list[AppContext]
) -> tuple[ProgrammePage, AppContext]:
    return open_page(qtbot, paths, store, contexts, mission_named(store, ROME_MISSION))


def items(store: Store, mission_id: int) -> dict[str, AgendaItem]:
    with store.session() as s:
        rows = s.scalars(select(AgendaItem).where(AgendaItem.mission_id == mission_id)).all()
        for row in rows:
            _ = list(row.attendee_links)
            s.expunge(row)
        return {row.title: row for row in rows}


def stored(store: Store, item_id: int) -> AgendaItem:
    with store.session() as s:
        item = s.get(AgendaItem, item_id)
        assert item is not None
        _ = list(item.attendee_links)
        s.expunge(item)
        return item


def settled(page: ProgrammePage, ctx: AppContext) -> bool:
    return page.ready() and not ctx.runner.is_busy()


def fill_new(
    qtbot: QtBot,
    page: ProgrammePage,
    title: str,
    day: str,
    start: str,
    end: str,
    venue: str | None = None,
) -> None:
    """Press New item and type an item in (the venue chosen by its name, else none)."""
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    type_over(qtbot, form.title_en, title)
    if venue is not None:
        index = next(i for i in range(form.venue.count()) if venue in form.venue.itemText(i))
        form.venue.setCurrentIndex(index)
    type_over(qtbot, form.day.edit, day)
    type_over(qtbot, form.start.edit, start)
    type_over(qtbot, form.end.edit, end)


def save(qtbot: QtBot, page: ProgrammePage, ctx: AppContext) -> None:
    undo_count = ctx.undo.count()
    assert page.save_button.isEnabled(), page.problems()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo.count() > undo_count or ctx.undo.index() < undo_count)
    qtbot.waitUntil(lambda: settled(page, ctx))


def drag(qtbot: QtBot, page: ProgrammePage, start: QPointF, end: QPointF) -> None:
    """Press, move and release the left button on the timeline."""
    timeline = page.timeline
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start.toPoint())
    middle = (start + end) / 2
    qtbot.mouseMove(timeline, middle.toPoint())
    qtbot.mouseMove(timeline, end.toPoint())
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end.toPoint())


def block_of(page: ProgrammePage, item_id: int) -> QRectF:
    rect = page.timeline.block_rect(f"item:{item_id}")
    assert not rect.isEmpty()
    return rect


def titles_on_timeline(page: ProgrammePage) -> list[str]:
    return [b.title for b in page.timeline.blocks()]


# --- opening --------------------------------------------------------------------------------


def test_opens_on_the_first_day_with_items_with_its_sessions(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext]
) -> None:
    page, _ctx = rome
    assert page.current_day() == date(2028, 3, 25)  # the arrival, on Saturday
    assert page.day_combo.count() == 4  # Saturday to Tuesday
    assert titles_on_timeline(page) == ["Arrival at Torino Caselle and bus to the hotel"]
    page.show_day(date(2028, 3, 27))
    keys = [b.key for b in page.timeline.blocks()]
    assert any(k.startswith("session:") for k in keys)  # the B2B session among the items
    assert "Plenary: Nagoya and Turin, partners in the transition" in titles_on_timeline(page)
    plenary = next(b for b in page.timeline.blocks() if b.title.startswith("Plenary"))
    assert plenary.subtitle == "Plenary · Everyone"  # the timeline writes the times
    with window_language("en"):  # the English catalogue carries the plural forms
        page.show_day(date(2028, 3, 26))
        page.show_day(date(2028, 3, 27))
        session = next(b for b in page.timeline.blocks() if b.key.startswith("session:"))
        assert session.subtitle == "B2B meetings · 10 tables"
    # the venues with something that day, then "No venue"; all of them when asked
    assert [c.title for c in page.timeline.columns()] == [
        "Torino Incontra – Camera di commercio di Torino",
        "No venue",
    ]
    qtbot.mouseClick(page.all_venues, Qt.MouseButton.LeftButton)
    assert len(page.timeline.columns()) == 6
    assert page.second_zone.currentText() == "Asia/Tokyo"  # the other side's home
    assert not page.second_toggle.isChecked()
    assert [c.title for c in page.timeline.columns()][-1] == "No venue"
    qtbot.mouseClick(page.next_day, Qt.MouseButton.LeftButton)
    assert page.current_day() == date(2028, 3, 28)
    assert not page.next_day.isEnabled()


# --- the form -------------------------------------------------------------------------------


def test_items_typed_in_are_stored_in_utc_across_romes_change(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    """10:00 on 25 March is 09:00 UTC (CET); 10:00 on 27 March is 08:00 UTC (CEST)."""
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    fill_new(qtbot, page, "Press breakfast", "2028-03-25", "10:00", "11:00", "Torino Incontra")
    assert page.form.start.zone_label.text() == "CET"
    assert page.form.title_it.placeholderText() == "Press breakfast"  # the fallback, shown
    page.form.title_ja.setFocus()
    type_text(page.form.title_ja, "記者朝食会")
    save(qtbot, page, ctx)
    first = items(store, mission_id)["Press breakfast"]
    assert (first.start_utc, first.end_utc) == (utc(2028, 3, 25, 9), utc(2028, 3, 25, 10))
    assert (first.title_ja, first.timezone) == ("記者朝食会", "Europe/Rome")
    assert ctx.undo.undoText() == "Add programme item “Press breakfast”"
    assert "Press breakfast" in titles_on_timeline(page)
    assert page.message.text() == "Saved."

    fill_new(qtbot, page, "Morning briefing", "2028-03-27", "10:00", "10:30", "Torino Incontra")
    assert page.form.start.zone_label.text() == "CEST"
    save(qtbot, page, ctx)
    second = items(store, mission_id)["Morning briefing"]
    assert (second.start_utc, second.end_utc) == (utc(2028, 3, 27, 8), utc(2028, 3, 27, 8, 30))
    assert page.current_day() == date(2028, 3, 27) or page.form.day.date() == date(2028, 3, 27)


def test_problems_are_said_under_their_fields(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext]
) -> None:
    page, _ctx = rome
    fill_new(qtbot, page, "Night walk", "2028-03-26", "02:30", "04:00", "Torino Incontra")
    assert "02:30 does not exist on 2028-03-26 in Europe/Rome" in page.form.shown_problem("start")
    assert not page.save_button.isEnabled()
    type_over(qtbot, page.form.start.edit, "03:30")
    assert page.form.shown_problem("start") == ""
    type_over(qtbot, page.form.end.edit, "03:00")
    assert page.form.shown_problem("end") == "The item ends before it starts."
    page.form.title_en.setFocus()
    qtbot.keyClick(page.form.title_en, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.form.title_en, Qt.Key.Key_Backspace)
    assert "title in English" in page.form.shown_problem("title")
    with window_language("it"):
        page.form.changed.emit()
        assert page.form.shown_problem("end") == "L'evento finisce prima di cominciare."


def test_the_audience_is_changed_and_stored(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    visit = items(store, mission_id)["Welcome dinner"]
    page.open_item(visit.id)
    assert page.current_day() == date(2028, 3, 26)
    form = page.form
    assert form.audience.currentText() == "Everyone"
    form.audience.setCurrentIndex(form.audience.findData(Audience.PARTICIPANTS))
    assert "Name at least one participant" in form.shown_problem("audience")
    type_over(qtbot, form.attendees.search, "sugiura hatcho")
    shown = form.attendees.shown_labels()
    assert len(shown) == 1 and "杉浦" in shown[0]
    checks = form.attendees.people
    checks.setData(checks.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert form.shown_problem("audience") == ""
    save(qtbot, page, ctx)
    dinner = stored(store, visit.id)
    assert dinner.audience is Audience.PARTICIPANTS
    assert len(dinner.attendee_links) == 1
    # then a delegation: the Nagoya one
    with store.session() as s:
        nagoya = s.scalars(
            select(Delegation.id).where(
                Delegation.mission_id == mission_id, Delegation.side == Side.NAGOYA
            )
        ).one()
    form.audience.setCurrentIndex(form.audience.findData(Audience.DELEGATION))
    form.delegation.setCurrentIndex(form.delegation.findData(nagoya))
    save(qtbot, page, ctx)
    dinner = stored(store, visit.id)
    assert (dinner.audience, dinner.audience_delegation_id) == (Audience.DELEGATION, nagoya)
    assert dinner.attendee_links == []
    # another day: the form follows it with a new item (not the dinner of another day)
    page.show_day(date(2028, 3, 27))
    assert page.current_item() is None and page.form.day.date() == date(2028, 3, 27)
    assert not page.delete_button.isEnabled()


def test_second_zone_shows_tokyo_times(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    plenary = next(t for t in items(store, mission_id) if t.startswith("Plenary"))
    page.open_item(items(store, mission_id)[plenary].id)
    assert not page.form.start_second.isVisible()
    qtbot.mouseClick(page.second_toggle, Qt.MouseButton.LeftButton)
    assert page.second_zone_name() == "Asia/Tokyo"
    # 09:30 CEST = 07:30 UTC = 16:30 JST; 11:30 CEST = 18:30 JST
    assert page.form.start.zone_label.text() == "CEST"
    assert page.form.start_second.isVisible()
    assert page.form.start_second.text() == "= 16:30 JST"
    assert page.form.end_second.text() == "= 18:30 JST"
    assert page.timeline.second_zone() == "Asia/Tokyo"
    assert page.timeline.zone_titles() == ("CEST", "JST")
    assert page.timeline.axis_marks()[3].label == "10:00"
    assert page.timeline.axis_marks()[3].second_label == "17:00"
    qtbot.mouseClick(page.second_toggle, Qt.MouseButton.LeftButton)
    assert not page.form.start_second.isVisible() and page.second_zone_name() is None


# --- the timeline ---------------------------------------------------------------------------


def test_move_resize_delete_and_undo_redo(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    fill_new(qtbot, page, "Tea ceremony", "2028-03-27", "10:00", "11:00", "MAUTO")
    save(qtbot, page, ctx)
    item_id = items(store, mission_id)["Tea ceremony"].id
    assert page.current_day() == date(2028, 3, 27)
    # dragged two hours down: 12:00–13:00 CEST
    rect = block_of(page, item_id)
    drag(qtbot, page, rect.center(), rect.center() + QPointF(0, 120 * MINUTE_HEIGHT))
    qtbot.waitUntil(lambda: ctx.undo.undoText() == "Move programme item “Tea ceremony”")
    qtbot.waitUntil(lambda: settled(page, ctx))
    moved = stored(store, item_id)
    assert (moved.start_utc, moved.end_utc) == (utc(2028, 3, 27, 10), utc(2028, 3, 27, 11))
    assert page.form.start.text() == "12:00" and page.current_item() == item_id
    # its end dragged 30 minutes down
    rect = block_of(page, item_id)
    bottom = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(qtbot, page, bottom, bottom + QPointF(0, 30 * MINUTE_HEIGHT))
    qtbot.waitUntil(lambda: ctx.undo.count() == 3)
    qtbot.waitUntil(lambda: settled(page, ctx))
    assert stored(store, item_id).end_utc == utc(2028, 3, 27, 11, 30)
    assert page.form.end.text() == "13:30"
    ctx.undo.undo()  # the resize
    qtbot.waitUntil(lambda: stored(store, item_id).end_utc == utc(2028, 3, 27, 11))
    ctx.undo.undo()  # the move
    qtbot.waitUntil(lambda: stored(store, item_id).start_utc == utc(2028, 3, 27, 8))
    qtbot.waitUntil(lambda: settled(page, ctx) and page.form.start.text() == "10:00")
    ctx.undo.redo()
    qtbot.waitUntil(lambda: stored(store, item_id).start_utc == utc(2028, 3, 27, 10))
    qtbot.waitUntil(lambda: settled(page, ctx))

    # Delete on the selected block; undone, the same id comes back
    page.timeline.select_item(item_id)
    page.timeline.setFocus()
    qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Tea ceremony" not in items(store, mission_id))
    qtbot.waitUntil(lambda: settled(page, ctx))
    assert "Tea ceremony" not in titles_on_timeline(page)
    assert ctx.undo.undoText() == "Delete programme item “Tea ceremony”"
    ctx.undo.undo()
    qtbot.waitUntil(lambda: "Tea ceremony" in items(store, mission_id))
    back = items(store, mission_id)["Tea ceremony"]
    assert back.id == item_id  # the same id: its calendar UID stays
    assert (back.start_utc, back.end_utc) == (utc(2028, 3, 27, 10), utc(2028, 3, 27, 11))
    qtbot.waitUntil(lambda: settled(page, ctx) and "Tea ceremony" in titles_on_timeline(page))
    ctx.undo.redo()
    qtbot.waitUntil(lambda: "Tea ceremony" not in items(store, mission_id))


def test_a_move_across_days_keeps_the_wall_time_in_the_new_days_zone(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    """10:00 on Saturday (CET, 09:00 UTC) moved to Monday by its day field: 08:00 UTC."""
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    fill_new(qtbot, page, "Coffee", "2028-03-25", "10:00", "10:30", "Torino Incontra")
    save(qtbot, page, ctx)
    item_id = items(store, mission_id)["Coffee"].id
    assert stored(store, item_id).start_utc == utc(2028, 3, 25, 9)
    type_over(qtbot, page.form.day.edit, "2028-03-27")
    save(qtbot, page, ctx)
    assert stored(store, item_id).start_utc == utc(2028, 3, 27, 8)
    assert page.current_day() == date(2028, 3, 27)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: stored(store, item_id).start_utc == utc(2028, 3, 25, 9))


def test_a_drag_on_empty_space_starts_a_new_item_there(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    page.show_day(date(2028, 3, 27))
    qtbot.mouseClick(page.all_venues, Qt.MouseButton.LeftButton)  # the museum's column too
    museum = next(c.venue_id for c in page.timeline.columns() if c.title.startswith("MAUTO"))
    timeline = page.timeline
    drag(
        qtbot,
        page,
        timeline.point_at(museum, utc(2028, 3, 27, 16)),
        timeline.point_at(museum, utc(2028, 3, 27, 17)),
    )
    form = page.form
    assert (form.start.text(), form.end.text()) == ("18:00", "19:00")  # CEST
    assert form.venue.current_id() == museum
    type_text(form.title_en, "Evening at the museum")
    save(qtbot, page, ctx)
    item = items(store, mission_id)["Evening at the museum"]
    assert (item.start_utc, item.venue_id) == (utc(2028, 3, 27, 16), museum)


def test_a_clash_appears_and_goes(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    """An item for everyone during the plenary (for everyone) is a clash; moved away, none."""
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    before = len(page.clashes())
    fill_new(qtbot, page, "Photo call", "2028-03-27", "10:00", "10:30", "Torino Incontra")
    save(qtbot, page, ctx)
    item_id = items(store, mission_id)["Photo call"].id
    qtbot.waitUntil(lambda: len(page.clashes()) > before)
    mine = [c for c in page.clashes() if item_id in c.item_ids]
    assert mine
    assert page.clash_list.count() == len(page.clashes())
    block = next(b for b in page.timeline.blocks() if b.item_id == item_id)
    assert block.clash is not None
    # clicking the clash opens its item, on its day
    page.show_day(date(2028, 3, 25))
    row = next(
        i
        for i in range(page.clash_list.count())
        if page.clashes()[page.clash_list.item(i).data(Qt.ItemDataRole.UserRole)] == mine[0]
    )
    rect = page.clash_list.visualItemRect(page.clash_list.item(row))
    qtbot.mouseClick(page.clash_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_day() == date(2028, 3, 27)
    assert page.current_item() == mine[0].item_ids[0]
    assert page.timeline.selected_item() == mine[0].item_ids[0]
    # dragged to the evening (18:00 CEST), away from everything
    rect = block_of(page, item_id)
    drag(qtbot, page, rect.center(), rect.center() + QPointF(0, 8 * 60 * MINUTE_HEIGHT))
    qtbot.waitUntil(lambda: stored(store, item_id).start_utc == utc(2028, 3, 27, 16))
    qtbot.waitUntil(lambda: not [c for c in page.clashes() if item_id in c.item_ids])
    assert len(page.clashes()) == before


def test_an_hour_shown_twice_is_asked(
    qtbot: QtBot, paths: Paths, store: Store, contexts: list[AppContext]
) -> None:
    """29 October 2028, Rome: 02:30 happens twice; the answer "after" is 01:30 UTC."""
    mission_id = create_mission(
        store,
        MissionDraft(
            "Autumn in Turin", "Torino", "Europe/Rome", date(2028, 10, 28), date(2028, 10, 30)
        ),
    )
    page, ctx = open_page(qtbot, paths, store, contexts, mission_id)
    assert page.current_day() == date(2028, 10, 28)  # no items: the first day
    fill_new(qtbot, page, "Night train", "2028-10-29", "02:30", "04:00")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    box = page.question
    assert isinstance(box, AmbiguousTimeBox) and box.isVisible()
    assert box.earlier.text() == "02:30 CEST (before the clocks go back)"
    assert box.later.text() == "02:30 CET (after)"
    qtbot.mouseClick(box.later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Night train" in items(store, mission_id))
    qtbot.waitUntil(lambda: settled(page, ctx))
    item = items(store, mission_id)["Night train"]
    assert (item.start_utc, item.end_utc) == (utc(2028, 10, 29, 1, 30), utc(2028, 10, 29, 3))
    # the form keeps the answer: saving again asks nothing
    assert not box.isVisible()
    page.activateWindow()
    type_over(qtbot, page.form.title_it, "Treno notturno")
    save(qtbot, page, ctx)
    assert not (page.question and page.question.isVisible() and page.question is not box)
    assert stored(store, item.id).start_utc == utc(2028, 10, 29, 1, 30)


def test_the_tokyo_mission_stores_jst_times(
    qtbot: QtBot, paths: Paths, store: Store, contexts: list[AppContext]
) -> None:
    mission_id = tokyo_mission(store)
    page, ctx = open_page(qtbot, paths, store, contexts, mission_id)
    assert page.second_zone.currentText() == "Europe/Rome"
    first_day = page.current_day()
    assert first_day is not None
    fill_new(qtbot, page, "Tea with the mayor", first_day.isoformat(), "10:00", "11:00")
    assert page.form.start.zone_label.text() == "JST"
    qtbot.mouseClick(page.second_toggle, Qt.MouseButton.LeftButton)
    assert page.form.start_second.text().startswith("= 0")  # the night before in Rome
    save(qtbot, page, ctx)
    item = items(store, mission_id)["Tea with the mayor"]
    assert item.start_utc == datetime.combine(first_day, datetime.min.time(), UTC).replace(hour=1)
    assert item.timezone == "Asia/Tokyo"


def test_in_japanese_the_kinds_and_problems_are_japanese(
    qtbot: QtBot, paths: Paths, store: Store, contexts: list[AppContext]
) -> None:
    with window_language("ja"):
        page, _ctx = open_page(qtbot, paths, store, contexts, mission_named(store, ROME_MISSION))
        assert page.title() == "プログラム"
        assert page.form.kind.itemText(0) == "全体会議"
        fill_new(qtbot, page, "x", "2028-03-26", "02:30", "04:00")
        assert "夏時間" in page.form.shown_problem("start")


def test_a_save_refused_by_the_worker_is_said_in_place(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    """A save refused by the worker (the item was deleted meanwhile) is said, not raised."""
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    dinner = items(store, mission_id)["Welcome dinner"]
    page.open_item(dinner.id)
    from app.services.programme import delete_item

    delete_item(store, dinner.id)  # elsewhere, without telling the page
    type_over(qtbot, page.form.title_en, "Welcome dinner!")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page, ctx) and bool(page.message.text()))
    qtbot.waitUntil(lambda: page.message.text() != "Saving…")
    assert page.message.text() == (
        f"Programme item {dinner.id} is not in this database (it may have been deleted meanwhile)."
    )
    qtbot.waitUntil(lambda: page.current_item() is None)  # read again: the item is gone
    assert "Welcome dinner" not in titles_on_timeline(page)


def test_a_drag_into_the_hour_shown_twice_keeps_each_instant(
    qtbot: QtBot, paths: Paths, store: Store, contexts: list[AppContext]
) -> None:
    """00:30–01:30 CEST on 29 October 2028 dragged two hours down is 02:30 CEST – 02:30 CET:
    the instants dropped are stored (00:30–01:30 UTC), nothing asked."""
    mission_id = create_mission(
        store,
        MissionDraft(
            "Autumn in Turin", "Torino", "Europe/Rome", date(2028, 10, 28), date(2028, 10, 30)
        ),
    )
    page, ctx = open_page(qtbot, paths, store, contexts, mission_id)
    fill_new(qtbot, page, "Night bus", "2028-10-29", "00:30", "01:30")
    save(qtbot, page, ctx)
    item_id = items(store, mission_id)["Night bus"].id
    assert stored(store, item_id).start_utc == utc(2028, 10, 28, 22, 30)
    rect = block_of(page, item_id)
    drag(qtbot, page, rect.center(), rect.center() + QPointF(0, 120 * MINUTE_HEIGHT))
    qtbot.waitUntil(lambda: stored(store, item_id).start_utc == utc(2028, 10, 29, 0, 30))
    qtbot.waitUntil(lambda: settled(page, ctx))
    assert stored(store, item_id).end_utc == utc(2028, 10, 29, 1, 30)
    assert page.question is None  # nothing was asked
    assert (page.form.start.text(), page.form.end.text()) == ("02:30", "02:30")
    assert (page.form.start.zone_label.text(), page.form.end.zone_label.text()) == ("CEST", "CET")


def test_typed_changes_are_not_lost_to_a_click_or_a_drag(
    qtbot: QtBot, rome: tuple[ProgrammePage, AppContext], store: Store
) -> None:
    """Another item clicked while the form holds changes asks first; a drag of the item being
    edited moves it and keeps what was typed."""
    page, ctx = rome
    mission_id = ctx.mission_id
    assert mission_id is not None
    titles = items(store, mission_id)
    plenary = next(v for t, v in titles.items() if t.startswith("Plenary"))
    lunch = titles["Business lunch"]
    page.open_item(plenary.id)
    type_over(qtbot, page.form.title_it, "Plenaria rinnovata")
    lunch_centre = block_of(page, lunch.id).center().toPoint()
    qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton, pos=lunch_centre)
    box = page.discard_box
    assert box is not None and box.isVisible()
    assert "Plenary: Nagoya and Turin" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    page.activateWindow()  # the focus back from the box (offscreen does not)
    assert page.current_item() == plenary.id and page.timeline.selected_item() == plenary.id
    assert page.form.title_it.text() == "Plenaria rinnovata"
    # dragged 30 minutes later: stored at once, the typed title still there to save
    rect = block_of(page, plenary.id)
    drag(qtbot, page, rect.center(), rect.center() + QPointF(0, 30 * MINUTE_HEIGHT))
    qtbot.waitUntil(lambda: stored(store, plenary.id).start_utc == utc(2028, 3, 27, 8))
    qtbot.waitUntil(lambda: settled(page, ctx))
    assert page.form.title_it.text() == "Plenaria rinnovata"
    assert page.form.start.text() == "10:00"
    save(qtbot, page, ctx)
    saved = stored(store, plenary.id)
    assert (saved.title_it, saved.start_utc) == ("Plenaria rinnovata", utc(2028, 3, 27, 8))
    # changes typed again, then Discard: the lunch opens
    type_over(qtbot, page.form.title_it, "Altro titolo")
    qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton, pos=lunch_centre)
    box = page.discard_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert page.current_item() == lunch.id
    assert page.form.title_en.text() == "Business lunch"
    assert stored(store, plenary.id).title_it == "Plenaria rinnovata"
