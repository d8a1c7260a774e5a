"""The programme timeline widget, driven with the mouse and the keys like a coordinator would:
it only emits what was done (the page saves), in UTC instants computed on the day's real
axis, the Rome spring-forward day included."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.common.timezones import to_utc
from tests.ui_support import window_language
from ui.programme.timeline import (
    CLASH_COLOUR,
    MINUTE_HEIGHT,
    ProgrammeTimeline,
    TimelineBlock,
    TimelineColumn,
)

ROME = "Europe/Rome"
TOKYO = "Asia/Tokyo"
MONDAY = date(2028, 3, 27)  # CEST
SPRING = date(2028, 3, 26)  # Rome: 02:00 CET -> 03:00 CEST
INCONTRA, PLANT = 1, 2
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


def at(day: date, hm: str, zone: str = ROME) -> datetime:
    hour, minute = map(int, hm.split(":"))
    return to_utc(datetime(day.year, day.month, day.day, hour, minute), zone)


def item(
    n: int,
    venue: int | None,
    start: datetime,
    end: datetime,
    kind: str = "plenary",
    title: str = "",
    clash: str | None = None,
) -> TimelineBlock:
    return TimelineBlock(
        key=f"item:{n}",
        item_id=n,
        column=venue,
        start_utc=start,
        end_utc=end,
        zone=ROME,
        title=title or f"Item {n}",
        subtitle="Everyone",
        kind=kind,
        clash=clash,
    )


def session(n: int, venue: int, start: datetime, end: datetime) -> TimelineBlock:
    return TimelineBlock(
        f"session:{n}", None, venue, start, end, ROME, "B2B session", "B2B · 12 tables", "b2b"
    )


COLUMNS = [
    TimelineColumn(INCONTRA, "Torino Incontra", ROME),
    TimelineColumn(PLANT, "Aerostrutture Caselle", ROME),
    TimelineColumn(None, "No venue", ROME),
]


def monday_blocks() -> list[TimelineBlock]:
    return [
        item(1, INCONTRA, at(MONDAY, "09:30"), at(MONDAY, "11:30")),
        item(2, INCONTRA, at(MONDAY, "11:45"), at(MONDAY, "12:15"), "signing_ceremony"),
        session(1, INCONTRA, at(MONDAY, "14:00"), at(MONDAY, "17:40")),
        item(3, PLANT, at(MONDAY, "15:00"), at(MONDAY, "16:30"), "company_visit"),
        item(4, None, at(MONDAY, "14:15"), at(MONDAY, "15:00"), "transfer"),
    ]


@pytest.fixture
def timeline(qtbot: QtBot) -> ProgrammeTimeline:
    widget = ProgrammeTimeline()
    qtbot.addWidget(widget)
    widget.set_day(MONDAY, ROME, COLUMNS, monday_blocks())
    widget.resize(900, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def centre(timeline: ProgrammeTimeline, key: str) -> QPoint:
    return timeline.block_rect(key).center().toPoint()


def drag(qtbot: QtBot, timeline: ProgrammeTimeline, start: QPoint, end: QPoint) -> None:
    """Press at ``start``, move half way then to ``end``, release there."""
    qtbot.mousePress(timeline, LEFT, pos=start)
    qtbot.mouseMove(timeline, (start + end) / 2)
    qtbot.mouseMove(timeline, end)
    qtbot.mouseRelease(timeline, LEFT, pos=end)


def down(minutes: int) -> QPoint:
    return QPoint(0, round(minutes * MINUTE_HEIGHT))


def block(timeline: ProgrammeTimeline, key: str) -> TimelineBlock:
    return next(b for b in timeline.blocks() if b.key == key)


# --- the mouse ----------------------------------------------------------------------------


def test_drag_moves_an_item_by_30_minutes(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Dragging a block's body down 30 minutes emits its start and end 30 minutes later."""
    before = timeline.block_rect("item:1")
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        drag(qtbot, timeline, centre(timeline, "item:1"), centre(timeline, "item:1") + down(30))
    item_id, start, end = moved.args
    assert item_id == 1
    assert start == datetime(2028, 3, 27, 8, 0, tzinfo=UTC)  # 10:00 CEST
    assert end == datetime(2028, 3, 27, 10, 0, tzinfo=UTC)
    assert start.utcoffset() == timedelta(0)
    # shown at its new place until the page sets the day again
    after = timeline.block_rect("item:1")
    assert after.top() == pytest.approx(before.top() + 30 * MINUTE_HEIGHT)
    assert after.height() == pytest.approx(before.height())
    assert timeline.selected_item() == 1


def test_drag_snaps_to_five_minutes(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """A drag of 17 minutes' worth of pixels moves the item by 15."""
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        drag(qtbot, timeline, centre(timeline, "item:3"), centre(timeline, "item:3") + down(17))
    assert moved.args[1] == at(MONDAY, "15:15")
    assert moved.args[2] == at(MONDAY, "16:45")


def test_a_click_without_moving_moves_nothing(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Pressing and releasing on a block selects it and emits no move."""
    with qtbot.assertNotEmitted(timeline.itemMoved), qtbot.waitSignal(timeline.itemSelected):
        drag(qtbot, timeline, centre(timeline, "item:3"), centre(timeline, "item:3"))
    assert timeline.selected_item() == 3


def test_drag_across_columns_only_moves_time(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """A drag into the next column changes the time; the venue stays (it changes in the
    form)."""
    start = centre(timeline, "item:1")
    other_column = int(timeline.column_rect(1).center().x())
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        drag(qtbot, timeline, start, QPoint(other_column, start.y()) + down(60))
    assert moved.args[1:] == [at(MONDAY, "10:30"), at(MONDAY, "12:30")]
    assert block(timeline, "item:1").column == INCONTRA
    assert timeline.block_rect("item:1").center().x() < timeline.column_rect(1).left()


def test_drag_bottom_edge_resizes(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Dragging a block's bottom edge down 30 minutes changes its end, not its start."""
    rect = timeline.block_rect("item:3")
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        drag(qtbot, timeline, edge, edge + down(30))
    assert moved.args == [3, at(MONDAY, "15:00"), at(MONDAY, "17:00")]
    assert timeline.block_rect("item:3").top() == pytest.approx(rect.top())
    assert timeline.block_rect("item:3").height() == pytest.approx(rect.height() + 36)


def test_resize_keeps_five_minutes(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Dragging the bottom edge above the start leaves the item 5 minutes long."""
    rect = timeline.block_rect("item:3")
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        drag(qtbot, timeline, edge, edge - down(240))
    assert moved.args == [3, at(MONDAY, "15:00"), at(MONDAY, "15:05")]


def test_escape_cancels_a_drag(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Escape during a drag puts the block back and emits nothing."""
    start = centre(timeline, "item:3")
    before = timeline.block_rect("item:3")
    with qtbot.assertNotEmitted(timeline.itemMoved):
        qtbot.mousePress(timeline, LEFT, pos=start)
        qtbot.mouseMove(timeline, start + down(60))
        assert timeline.block_rect("item:3").top() == pytest.approx(before.top() + 72)
        QTest.keyClick(timeline, Qt.Key.Key_Escape)
        qtbot.mouseRelease(timeline, LEFT, pos=start + down(60))
    assert timeline.block_rect("item:3") == before
    assert timeline.selected_item() == 3  # the first Escape cancels the drag only


def test_drag_on_empty_space_asks_for_a_new_item(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Dragging on an empty place of a venue's column asks for an item there, then."""
    start = timeline.point_at(PLANT, at(MONDAY, "09:00")).toPoint()
    end = timeline.point_at(PLANT, at(MONDAY, "10:30")).toPoint()
    with (
        qtbot.assertNotEmitted(timeline.itemMoved),
        qtbot.waitSignal(timeline.createRequested) as created,
    ):
        drag(qtbot, timeline, start, end)
    assert created.args == [PLANT, at(MONDAY, "09:00"), at(MONDAY, "10:30")]


def test_drag_upwards_in_no_venue_column(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """A drag upwards in the "No venue" column asks for an item without a venue, start
    before end."""
    start = timeline.point_at(None, at(MONDAY, "19:00")).toPoint()
    end = timeline.point_at(None, at(MONDAY, "18:15")).toPoint()
    with qtbot.waitSignal(timeline.createRequested) as created:
        drag(qtbot, timeline, start, end)
    assert created.args == [None, at(MONDAY, "18:15"), at(MONDAY, "19:00")]


def test_a_click_on_empty_space_creates_nothing(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """A click on an empty place clears the selection and asks for nothing."""
    timeline.select_item(1)
    point = timeline.point_at(PLANT, at(MONDAY, "09:00")).toPoint()
    with (
        qtbot.assertNotEmitted(timeline.createRequested),
        qtbot.waitSignal(timeline.itemSelected) as selected,
    ):
        drag(qtbot, timeline, point, point)
    assert selected.args == [None]


def test_double_click_activates(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """A double-click on an item asks to open it."""
    with qtbot.waitSignal(timeline.itemActivated) as activated:
        qtbot.mouseDClick(timeline, LEFT, pos=centre(timeline, "item:2"))
    assert activated.args == [2]


def test_sessions_are_selectable_not_movable(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """A B2B session's block is selected by a click, but neither moved, resized, opened nor
    deleted."""
    rect = timeline.block_rect("session:1")
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    timeline.select_item(1)
    with qtbot.waitSignal(timeline.itemSelected) as selected:
        qtbot.mouseClick(timeline, LEFT, pos=centre(timeline, "session:1"))
    assert selected.args == [None]
    with (
        qtbot.assertNotEmitted(timeline.itemMoved),
        qtbot.assertNotEmitted(timeline.createRequested),
        qtbot.assertNotEmitted(timeline.itemActivated),
        qtbot.assertNotEmitted(timeline.deleteRequested),
    ):
        drag(
            qtbot, timeline, centre(timeline, "session:1"), centre(timeline, "session:1") + down(30)
        )
        drag(qtbot, timeline, edge, edge + down(30))
        qtbot.mouseDClick(timeline, LEFT, pos=centre(timeline, "session:1"))
        for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Delete, Qt.Key.Key_Return):
            QTest.keyClick(timeline, key)
    assert timeline.block_rect("session:1") == rect
    assert timeline.selected_key() == "session:1"
    assert timeline.selected_item() is None


# --- the keys -----------------------------------------------------------------------------


def test_up_and_down_move_the_selected_item(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Up moves 5 minutes earlier, Shift+Down 30 minutes later: start and end together."""
    timeline.select_item(3)
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        QTest.keyClick(timeline, Qt.Key.Key_Up)
    assert moved.args == [3, at(MONDAY, "14:55"), at(MONDAY, "16:25")]
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        QTest.keyClick(timeline, Qt.Key.Key_Down, SHIFT)
    assert moved.args == [3, at(MONDAY, "15:25"), at(MONDAY, "16:55")]
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        QTest.keyClick(timeline, Qt.Key.Key_Up, SHIFT)
    assert moved.args == [3, at(MONDAY, "14:55"), at(MONDAY, "16:25")]


def test_ctrl_or_alt_up_and_down_resize(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Ctrl+Down ends 5 minutes later, Alt+Up 5 minutes earlier; the start stays; never
    shorter than 5 minutes."""
    timeline.select_item(2)  # 11:45-12:15
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        QTest.keyClick(timeline, Qt.Key.Key_Down, CTRL)
    assert moved.args == [2, at(MONDAY, "11:45"), at(MONDAY, "12:20")]
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        QTest.keyClick(timeline, Qt.Key.Key_Up, ALT)
    assert moved.args == [2, at(MONDAY, "11:45"), at(MONDAY, "12:15")]
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        QTest.keyClick(timeline, Qt.Key.Key_Up, CTRL | SHIFT)
    assert moved.args == [2, at(MONDAY, "11:45"), at(MONDAY, "11:50")]
    with qtbot.assertNotEmitted(timeline.itemMoved):
        QTest.keyClick(timeline, Qt.Key.Key_Up, CTRL)  # already 5 minutes


def test_delete_enter_escape(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Delete and Backspace ask to remove the selected item, Enter to open it, Escape
    clears the selection."""
    timeline.select_item(4)
    with qtbot.waitSignal(timeline.deleteRequested) as deleted:
        QTest.keyClick(timeline, Qt.Key.Key_Delete)
    assert deleted.args == [4]
    with qtbot.waitSignal(timeline.deleteRequested) as deleted:
        QTest.keyClick(timeline, Qt.Key.Key_Backspace)
    assert deleted.args == [4]
    with qtbot.waitSignal(timeline.itemActivated) as activated:
        QTest.keyClick(timeline, Qt.Key.Key_Return)
    assert activated.args == [4]
    with qtbot.waitSignal(timeline.itemSelected) as selected:
        QTest.keyClick(timeline, Qt.Key.Key_Escape)
    assert selected.args == [None]
    assert timeline.selected_item() is None
    with qtbot.assertNotEmitted(timeline.deleteRequested):
        QTest.keyClick(timeline, Qt.Key.Key_Delete)


def test_left_and_right_walk_the_blocks_in_time_order(
    qtbot: QtBot, timeline: ProgrammeTimeline
) -> None:
    """Right selects the next block by start time (sessions included), Left the previous;
    both wrap around."""
    seen = []
    for _ in range(6):
        QTest.keyClick(timeline, Qt.Key.Key_Right)
        seen.append(timeline.selected_key())
    assert seen == ["item:1", "item:2", "session:1", "item:4", "item:3", "item:1"]
    QTest.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.selected_key() == "item:3"


def test_tab_walks_the_blocks_then_leaves(qtbot: QtBot) -> None:
    """Tab selects the next block; after the last one it moves the focus on, as usual."""
    host = QWidget()
    qtbot.addWidget(host)
    timeline = ProgrammeTimeline(host)
    after = QLineEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(timeline)
    layout.addWidget(after)
    timeline.set_day(MONDAY, ROME, COLUMNS, monday_blocks()[:2])
    host.show()
    qtbot.waitExposed(host)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    QTest.keyClick(timeline, Qt.Key.Key_Tab)
    assert timeline.selected_key() == "item:1"
    QTest.keyClick(timeline, Qt.Key.Key_Tab)
    assert timeline.selected_key() == "item:2"
    assert timeline.hasFocus()
    QTest.keyClick(timeline, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert timeline.selected_key() == "item:2"


# --- the day, its axes and its zones ------------------------------------------------------


def test_spring_forward_day_draws_at_the_right_labels(qtbot: QtBot) -> None:
    """On Rome's 26 March 2028 the axis skips 02:00; an item at 10:00 CEST (08:00 UTC) sits
    at the 10:00 label, and a drag up an hour gives 07:00 UTC."""
    timeline = ProgrammeTimeline()
    qtbot.addWidget(timeline)
    early = item(6, None, at(SPRING, "01:30"), at(SPRING, "04:00"), "transfer")
    visit = item(5, INCONTRA, at(SPRING, "10:00"), at(SPRING, "12:30"), "company_visit")
    assert visit.start_utc == datetime(2028, 3, 26, 8, 0, tzinfo=UTC)
    timeline.set_day(SPRING, ROME, COLUMNS[:1], [visit, early])
    timeline.resize(700, timeline.sizeHint().height())
    timeline.show()
    qtbot.waitExposed(timeline)
    marks = {m.label: m for m in timeline.axis_marks()}
    labels = [m.label for m in timeline.axis_marks()]
    assert labels[:3] == ["01:00", "03:00", "04:00"]  # 02:00 does not exist that night
    assert "02:00" not in labels
    assert timeline.zone_titles()[0] == "CET/CEST"
    assert timeline.clock_change() == (datetime(2028, 3, 26, 1, 0, tzinfo=UTC), "CET", "CEST")
    assert timeline.block_rect("item:5").top() == pytest.approx(marks["10:00"].y)
    assert timeline.block_rect("item:5").bottom() == pytest.approx(
        marks["12:00"].y + 30 * MINUTE_HEIGHT
    )
    # 01:30 CET to 04:00 CEST is an hour and a half
    assert timeline.block_rect("item:6").height() == pytest.approx(90 * MINUTE_HEIGHT)
    assert timeline.block_rect("item:6").top() == pytest.approx(marks["01:00"].y + 36)
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        drag(qtbot, timeline, centre(timeline, "item:5"), centre(timeline, "item:5") - down(60))
    assert moved.args == [
        5,
        datetime(2028, 3, 26, 7, 0, tzinfo=UTC),  # 09:00 CEST
        datetime(2028, 3, 26, 9, 30, tzinfo=UTC),
    ]
    assert timeline.block_rect("item:5").top() == pytest.approx(marks["09:00"].y)


def test_moving_across_the_skipped_hour_counts_real_minutes(qtbot: QtBot) -> None:
    """The 01:30 CET item moved 60 minutes later starts at 03:30 CEST (01:30 UTC)."""
    timeline = ProgrammeTimeline()
    qtbot.addWidget(timeline)
    early = item(6, None, at(SPRING, "01:30"), at(SPRING, "01:45"), "transfer")
    timeline.set_day(SPRING, ROME, [], [early])
    timeline.show()
    qtbot.waitExposed(timeline)
    timeline.select_item(6)
    for _ in range(2):
        with qtbot.waitSignal(timeline.itemMoved) as moved:
            QTest.keyClick(timeline, Qt.Key.Key_Down, SHIFT)
    assert moved.args[1] == datetime(2028, 3, 26, 1, 30, tzinfo=UTC)
    assert moved.args[1].astimezone(ZoneInfo(ROME)).strftime("%H:%M %Z") == "03:30 CEST"
    assert timeline.columns()[0].venue_id is None  # added for the block without a venue


def test_second_zone_labels_tokyo_times(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """A second axis shows the same instants in Tokyo: 17:00 JST beside 10:00 CEST, the next
    day's hours marked +1; None hides it."""
    assert all(m.second_label is None for m in timeline.axis_marks())
    width = timeline.sizeHint().width()
    timeline.set_second_zone(TOKYO)
    marks = {m.label: m.second_label for m in timeline.axis_marks()}
    assert marks["10:00"] == "17:00"
    assert marks["07:00"] == "14:00"
    assert marks["18:00"] == "01:00 +1"
    assert timeline.zone_titles() == ("CEST", "JST")
    assert timeline.sizeHint().width() > width
    timeline.set_second_zone(None)
    assert timeline.zone_titles() == ("CEST", None)
    assert timeline.sizeHint().width() == width


def test_winter_day_second_zone(qtbot: QtBot) -> None:
    """On a winter day 10:00 CET is 18:00 JST."""
    timeline = ProgrammeTimeline()
    qtbot.addWidget(timeline)
    day = date(2027, 11, 15)
    timeline.set_day(
        day, ROME, COLUMNS[:1], [item(1, INCONTRA, at(day, "10:00"), at(day, "11:00"))]
    )
    timeline.set_second_zone(TOKYO)
    assert {m.label: m.second_label for m in timeline.axis_marks()}["10:00"] == "18:00"
    assert timeline.zone_titles() == ("CET", "JST")


def test_a_mouse_keeps_the_block_on_the_axis(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Dragging far below the last hour stops the block at 23:00 (the axis shown)."""
    assert timeline.clock_change() is None
    start = centre(timeline, "item:3")
    with qtbot.waitSignal(timeline.itemMoved) as moved:
        drag(qtbot, timeline, start, QPoint(start.x(), timeline.height() + 400))
    assert moved.args == [3, at(MONDAY, "21:30"), at(MONDAY, "23:00")]


def test_axis_widens_to_show_early_and_late_items(qtbot: QtBot) -> None:
    """07:00-23:00 by default; an item at 05:30 and one until 23:40 widen it by the hour."""
    timeline = ProgrammeTimeline()
    qtbot.addWidget(timeline)
    timeline.set_day(MONDAY, ROME, COLUMNS, [])
    labels = [m.label for m in timeline.axis_marks()]
    assert (labels[0], labels[-1]) == ("07:00", "23:00")
    blocks = [
        item(1, INCONTRA, at(MONDAY, "05:30"), at(MONDAY, "06:00")),
        item(2, PLANT, at(MONDAY, "22:30"), at(MONDAY, "23:40")),
    ]
    timeline.set_day(MONDAY, ROME, COLUMNS, blocks)
    labels = [m.label for m in timeline.axis_marks()]
    assert (labels[0], labels[-1]) == ("05:00", "00:00")
    assert timeline.sizeHint().height() > 18 * 60 * MINUTE_HEIGHT


def test_overlapping_items_share_their_column(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """Two items at the same time in one venue are drawn side by side, both clickable."""
    blocks = [*monday_blocks(), item(7, INCONTRA, at(MONDAY, "10:00"), at(MONDAY, "11:00"))]
    timeline.set_day(MONDAY, ROME, COLUMNS, blocks)
    one, seven = timeline.block_rect("item:1"), timeline.block_rect("item:7")
    assert not one.intersects(seven)
    assert one.width() == pytest.approx(seven.width())
    assert timeline.column_rect(0).contains(one) and timeline.column_rect(0).contains(seven)
    assert timeline.block_rect("item:2").width() > 1.5 * one.width()  # alone again at 11:45
    qtbot.mouseClick(timeline, LEFT, pos=centre(timeline, "item:7"))
    assert timeline.selected_item() == 7


def test_set_day_replaces_the_moved_block_and_keeps_the_selection(
    qtbot: QtBot, timeline: ProgrammeTimeline
) -> None:
    """After a move the block shows at its new place until set_day gives the saved one; the
    selection stays while its item is there, and clears (announced) when it is gone."""
    timeline.select_item(3)
    QTest.keyClick(timeline, Qt.Key.Key_Down, SHIFT)
    assert block(timeline, "item:3").start_utc == at(MONDAY, "15:30")
    timeline.set_day(MONDAY, ROME, COLUMNS, monday_blocks())  # the page refused the move
    assert block(timeline, "item:3").start_utc == at(MONDAY, "15:00")
    assert timeline.selected_item() == 3
    with qtbot.waitSignal(timeline.itemSelected) as selected:
        timeline.set_day(MONDAY, ROME, COLUMNS, monday_blocks()[:2])
    assert selected.args == [None]
    assert timeline.block_rect("item:3").isEmpty()


def test_select_item_announces_a_change_only(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """select_item emits itemSelected when the selected item changes, not otherwise; an item
    not shown selects nothing."""
    with qtbot.waitSignal(timeline.itemSelected) as selected:
        timeline.select_item(2)
    assert selected.args == [2]
    with qtbot.assertNotEmitted(timeline.itemSelected):
        timeline.select_item(2)
    timeline.select_item(99)
    assert timeline.selected_item() is None


# --- what it shows -------------------------------------------------------------------------


def test_clash_mark_and_tooltip(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    """A block in a clash has a red badge in its corner and the clash in its tooltip."""
    text = "Nagoya delegation is in two places"
    blocks = [b if b.key != "item:3" else item(3, PLANT, b.start_utc, b.end_utc, clash=text)
              for b in monday_blocks()]  # fmt: skip
    timeline.set_day(MONDAY, ROME, COLUMNS, blocks)
    image = timeline.grab().toImage()

    def badge_colour(key: str) -> QColor:
        rect = timeline.block_rect(key)
        return image.pixelColor(QPoint(int(rect.right() - 15), int(rect.top() + 14)))

    assert badge_colour("item:3") == CLASH_COLOUR
    assert badge_colour("item:1") != CLASH_COLOUR
    point = centre(timeline, "item:3")
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, timeline.mapToGlobal(point))
    QApplication.sendEvent(timeline, event)
    assert text in QToolTip.text()
    assert "15:00 CEST" in QToolTip.text()
    QToolTip.hideText()
    title = QPoint(int(timeline.column_rect(1).center().x()), 5)
    QApplication.sendEvent(
        timeline, QHelpEvent(QHelpEvent.Type.ToolTip, title, timeline.mapToGlobal(title))
    )
    assert "Aerostrutture Caselle" in QToolTip.text() and ROME in QToolTip.text()
    QToolTip.hideText()


@pytest.mark.parametrize("lang", ["en", "it", "ja"])
def test_paints_in_every_language(qtbot: QtBot, lang: str) -> None:
    """A day with Japanese titles, a clash and a second zone paints in each window language,
    inside a scroll area that sizes it."""
    with window_language(lang):
        area = QScrollArea()
        area.setWidgetResizable(True)
        qtbot.addWidget(area)
        timeline = ProgrammeTimeline()
        area.setWidget(timeline)
        blocks = [
            item(1, INCONTRA, at(MONDAY, "09:30"), at(MONDAY, "11:30"),
                 title="全体会議:名古屋とトリノ"),
            item(2, PLANT, at(MONDAY, "15:00"), at(MONDAY, "16:30"), "company_visit",
                 "アエロストルットゥーレ・カゼッレ視察", clash="名古屋代表団が同時に2か所"),
            session(1, INCONTRA, at(MONDAY, "14:00"), at(MONDAY, "17:40")),
        ]  # fmt: skip
        timeline.set_day(MONDAY, ROME, [], blocks)
        timeline.set_second_zone(TOKYO)
        area.resize(800, 500)
        area.show()
        qtbot.waitExposed(area)
        assert timeline.height() >= timeline.sizeHint().height()
        assert [c.venue_id for c in timeline.columns()] == [INCONTRA, PLANT]
        timeline.select_item(2)
        qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0)
        assert not timeline.grab().isNull()
