"""The Mission page driven with clicks and keys: the mission's names in three languages
(Japanese typed character by character), refusals next to their fields in the window's
language with nothing saved, venues and travel times, delegations, what is missing next,
and reusing a previous mission's set-up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.core.changes import Changes
from app.model import B2BSession, Side
from app.services.delegations import list_delegations
from app.services.missions import get_mission, list_missions
from app.services.venues import list_venues, travel_times
from app.store import Store, open_store
from tests import factories as f
from tests.ui_support import close_context, make_context
from ui.context import AppContext
from ui.pages.mission import MissionPage
from ui.setup.reuse_dialog import ReuseDialog


@pytest.fixture
def store(paths: Paths, sqlite_path: Path) -> Iterator[Store]:
    s = open_store(sqlite_path, paths=paths)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def mission_id(store: Store) -> int:
    with store.session() as s:
        m = f.mission(s, name="Torino → Nagoya, October 2027")
        f.organisation(s, m, name="Pininfarina")
        f.participant(s, m, family_name="Rossi", given_name="Mario")
        return m.id


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, store: Store, mission_id: int) -> Iterator[AppContext]:
    context = make_context(paths, store, mission_id)
    context.extras["confirm"] = lambda _question: True
    try:
        yield context
    finally:
        close_context(qtbot, context)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> MissionPage:
    p = MissionPage(ctx)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.show()
    qtbot.waitUntil(p.ready)
    return p


def find(page: QWidget, kind: type, name: str) -> QWidget:
    widget = page.findChild(kind, name)
    assert widget is not None, name
    return widget  # type: ignore[no-any-return]


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, kanji included (keyClicks aborts on non-ASCII in this Qt version)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a field with the keyboard and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def click(qtbot: QtBot, page: QWidget, name: str) -> None:
    from PySide6.QtWidgets import QPushButton

    button = find(page, QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(qtbot: QtBot, page: MissionPage, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.is_busy() and page.ready())


def test_edit_the_mission_names_with_keys(
    qtbot: QtBot, page: MissionPage, ctx: AppContext, store: Store, mission_id: int
) -> None:
    name_it = find(page, QLineEdit, "mission_name_it")
    name_ja = find(page, QLineEdit, "mission_name_ja")
    assert isinstance(name_it, QLineEdit) and isinstance(name_ja, QLineEdit)
    # an empty Italian or Japanese name shows the English it falls back to
    assert "Torino → Nagoya, October 2027" in name_it.placeholderText()
    assert "Torino → Nagoya, October 2027" in name_ja.placeholderText()
    type_text(name_it, "Torino → Nagoya, ottobre 2027")
    type_text(name_ja, "トリノ→名古屋 2027年10月")
    changes: list[Changes] = []
    ctx.bus.changed.connect(lambda c, _i: changes.append(c))
    click(qtbot, page, "mission_save")
    settle(qtbot, page, ctx)
    row = get_mission(store, mission_id)
    assert row is not None
    assert (row.name_it, row.name_ja) == (
        "Torino → Nagoya, ottobre 2027",
        "トリノ→名古屋 2027年10月",
    )
    assert Changes(missions=True) in changes
    assert not find(page, type(page.form.save_button), "mission_save").isEnabled()


def test_refusals_show_next_to_their_fields_in_japanese_and_save_nothing(
    qtbot: QtBot, japanese: None, ctx: AppContext, store: Store, mission_id: int
) -> None:
    page = MissionPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready)
    zone = find(page, QComboBox, "mission_zone")
    assert isinstance(zone, QComboBox)
    replace_text(qtbot, zone.lineEdit(), "Tokyo")
    replace_text(qtbot, find(page, QLineEdit, "mission_name"), "")
    replace_text(qtbot, page.form.end_edit.edit, "2027-10-11")  # the day before it starts
    click(qtbot, page, "mission_save")
    errors = page.form.errors.shown()
    assert "IANA" in errors["timezone"] and "タイムゾーン" in errors["timezone"]
    assert "ミッション名" in errors["name"]
    assert "終了日" in errors["end_date"]
    settle(qtbot, page, ctx)
    row = get_mission(store, mission_id)
    assert row is not None and row.timezone == "Asia/Tokyo" and row.name.startswith("Torino")


def test_a_date_that_does_not_exist_is_said_and_nothing_saved(
    qtbot: QtBot, page: MissionPage, ctx: AppContext, store: Store, mission_id: int
) -> None:
    """A whole date typed is read whole: 2027-02-31 is refused in words, never replaced."""
    replace_text(qtbot, page.form.start_edit.edit, "2027-02-31")
    type_text(page.form.names.it, "Missione")
    click(qtbot, page, "mission_save")
    assert "31" in page.form.start_edit.problem()
    settle(qtbot, page, ctx)
    row = get_mission(store, mission_id)
    assert row is not None and row.start_date == date(2027, 10, 12) and row.name_it is None
    replace_text(qtbot, page.form.start_edit.edit, "2027-10-11")
    click(qtbot, page, "mission_save")
    settle(qtbot, page, ctx)
    row = get_mission(store, mission_id)
    assert row is not None and row.start_date == date(2027, 10, 11) and row.name_it == "Missione"


def test_dates_that_leave_out_a_session_name_it(
    qtbot: QtBot, ctx: AppContext, store: Store, mission_id: int
) -> None:
    with store.session() as s:
        s.add(
            B2BSession(
                mission_id=mission_id,
                name="Automotive B2B",
                start_utc=datetime(2027, 10, 14, 1, 0, tzinfo=UTC),
                end_utc=datetime(2027, 10, 14, 8, 0, tzinfo=UTC),
                timezone="Asia/Tokyo",
            )
        )
    page = MissionPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready)
    replace_text(qtbot, page.form.end_edit.edit, "2027-10-13")
    click(qtbot, page, "mission_save")
    qtbot.waitUntil(lambda: "start_date" in page.form.errors.shown())
    assert "'Automotive B2B' on 2027-10-14" in page.form.errors.shown()["start_date"]
    row = get_mission(store, mission_id)
    assert row is not None and row.end_date == date(2027, 10, 14)


def test_add_venues_travel_times_and_see_what_is_missing(
    qtbot: QtBot, page: MissionPage, ctx: AppContext, store: Store, mission_id: int
) -> None:
    steps = page.next_label.text()
    assert "No venue yet: add one." in steps and "No B2B session yet" in steps
    # a zone that is not an IANA name is refused next to the zone
    type_text(find(page, QLineEdit, "venue_name"), "Nagoya Congress Center")
    type_text(find(page, QLineEdit, "venue_name_ja"), "名古屋国際会議場")
    zone = find(page, QComboBox, "venue_zone")
    assert isinstance(zone, QComboBox)
    replace_text(qtbot, zone.lineEdit(), "JST")
    click(qtbot, page, "venue_save")
    qtbot.waitUntil(lambda: "timezone" in page.venues.errors.shown())
    assert "'JST' is not an IANA" in page.venues.errors.shown()["timezone"]
    assert list_venues(store, mission_id) == []
    replace_text(qtbot, zone.lineEdit(), "Asia/Tokyo")
    click(qtbot, page, "venue_save")
    settle(qtbot, page, ctx)
    assert [v.name_ja for v in list_venues(store, mission_id)] == ["名古屋国際会議場"]
    assert "No venue yet" not in page.next_label.text()

    click(qtbot, page, "venue_new")
    type_text(find(page, QLineEdit, "venue_name"), "Hilton Nagoya")
    click(qtbot, page, "venue_save")
    settle(qtbot, page, ctx)
    venues = list_venues(store, mission_id)
    assert [v.name for v in venues] == ["Hilton Nagoya", "Nagoya Congress Center"]

    table = page.venues.travel_table
    rect = table.visualItemRect(table.item(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (table.currentRow(), table.currentColumn()) == (0, 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the cell's editor
    editor = table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.isVisible()
    qtbot.keyClicks(editor, "25")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits the cell
    assert table.item(0, 1).text() == "25"
    assert table.item(1, 0).text() == "25"  # the same both ways
    click(qtbot, page, "travel_save")
    settle(qtbot, page, ctx)
    hilton, center = venues[0].id, venues[1].id
    assert travel_times(store, mission_id) == {(hilton, center): 25, (center, hilton): 25}

    table.item(1, 0).setText("two hours")
    click(qtbot, page, "travel_save")
    assert "“two hours”" in page.venues.travel_error.text()
    assert travel_times(store, mission_id)[(center, hilton)] == 25

    page.venues.choose(hilton)
    click(qtbot, page, "venue_delete")
    settle(qtbot, page, ctx)
    assert [v.name for v in list_venues(store, mission_id)] == ["Nagoya Congress Center"]
    assert travel_times(store, mission_id) == {}


def test_add_a_delegation_with_head_and_members(
    qtbot: QtBot, page: MissionPage, ctx: AppContext, store: Store, mission_id: int
) -> None:
    steps = page.next_label.text()
    assert "No delegation yet" in steps
    type_text(find(page, QLineEdit, "delegation_name"), "Nagoya delegation")
    type_text(find(page, QLineEdit, "delegation_name_ja"), "名古屋代表団")
    side = find(page, QComboBox, "delegation_side")
    side.setFocus()
    qtbot.keyClick(side, Qt.Key.Key_Down)  # the Nagoya side
    head = find(page, QComboBox, "delegation_head")
    head.setFocus()
    qtbot.keyClick(head, Qt.Key.Key_Down)  # the first participant: Mario Rossi
    orgs = page.delegations.org_list
    rect = orgs.visualRect(orgs.model().index(0, 0))
    qtbot.mouseClick(orgs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(orgs, Qt.Key.Key_Space)  # checks Pininfarina
    click(qtbot, page, "delegation_save")
    settle(qtbot, page, ctx)
    (row,) = list_delegations(store, mission_id)
    assert (row.name, row.name_ja, row.side) == ("Nagoya delegation", "名古屋代表団", Side.NAGOYA)
    assert row.head_id is not None and len(row.organisation_ids) == 1
    assert "Only one side has a delegation" in page.next_label.text()

    # a second delegation with the same name is refused under the name, nothing saved
    click(qtbot, page, "delegation_new")
    type_text(find(page, QLineEdit, "delegation_name"), "nagoya delegation")
    click(qtbot, page, "delegation_save")
    qtbot.waitUntil(lambda: "name" in page.delegations.errors.shown())
    assert "already has a delegation" in page.delegations.errors.shown()["name"]
    assert len(list_delegations(store, mission_id)) == 1


def test_reuse_a_previous_mission_set_up(
    qtbot: QtBot, page: MissionPage, ctx: AppContext, store: Store, mission_id: int
) -> None:
    from app.services.venues import VenueDraft, create_venue

    create_venue(store, mission_id, VenueDraft(name="Hall", timezone="Asia/Tokyo"))
    page.reload()
    settle(qtbot, page, ctx)
    opened: list[int] = []
    page.open_mission.connect(opened.append)
    click(qtbot, page, "reuse_button")
    dialog = page.findChild(ReuseDialog, "reuse_dialog")
    assert isinstance(dialog, ReuseDialog)
    replace_text(qtbot, dialog.start_edit.edit, "2028-10-10")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    text = dialog.preview_label.text()
    assert "2028-10-10" in text and "1 venue(s)" in text
    type_text(dialog.names.en, "Torino → Nagoya, October 2028")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    new = get_mission(store, opened[0])
    assert new is not None and new.name == "Torino → Nagoya, October 2028"
    assert new.start_date == date(2028, 10, 10)
    assert [v.name for v in list_venues(store, opened[0])] == ["Hall"]
    assert len(list_missions(store)) == 2


def test_a_new_mission_opens_on_the_mission_page(
    qtbot: QtBot, paths: Paths, sqlite_path: Path, store: Store, mission_id: int
) -> None:
    """File › New mission, from another page: the new mission is shown on the Mission page,
    which says what to add first."""
    from app.common.settings import Settings
    from ui.application import build_shell

    shell = build_shell(paths, Settings(), persist=False)
    try:
        shell.window.show()
        shell.controller.open_database(str(sqlite_path))
        qtbot.waitUntil(lambda: shell.ctx.mission_id == mission_id)
        shell.window.show_page(2)
        dialog = shell.window.open_new_mission_dialog()
        type_text(dialog.name_edit, "Nagoya → Torino, March 2028")
        type_text(dialog.city_edit, "Torino")
        with qtbot.waitSignal(shell.controller.mission_created) as created:
            dialog.accept()
        qtbot.waitUntil(lambda: shell.ctx.mission_id == created.args[0])
        page = shell.window.stack.currentWidget()
        assert isinstance(page, MissionPage)
        qtbot.waitUntil(lambda: page.form.names.en.text() == "Nagoya → Torino, March 2028")
        assert "No venue yet" in page.next_label.text()
        assert "No organisations yet" in page.next_label.text()  # the first mission has one
    finally:
        qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())
        shell.close()


def test_a_reload_keeps_what_the_coordinator_is_typing(
    qtbot: QtBot, page: MissionPage, ctx: AppContext, store: Store, mission_id: int
) -> None:
    """Another coordinator's change reloads the page (live updates): the venue and the
    delegation being typed keep their text, the lists show the other's records; a save of
    our own shows the record as saved."""
    from app.services.venues import VenueDraft, create_venue

    type_text(find(page, QLineEdit, "venue_name"), "Hilton Nagoya")
    type_text(page.venues.city_edit, "名古屋")
    type_text(page.delegations.names.en, "Turin delegation")
    create_venue(
        store, mission_id, VenueDraft(name="Nagoya Congress Center", timezone="Asia/Tokyo")
    )
    page.reload()
    settle(qtbot, page, ctx)
    assert page.venues.venue_list.count() == 1  # theirs, listed
    typed = page.venues.draft()
    assert (typed.name, typed.city) == ("Hilton Nagoya", "名古屋")
    assert page.venues.current_venue() is None  # still a new venue
    assert page.delegations.draft().name == "Turin delegation"

    click(qtbot, page, "venue_save")
    settle(qtbot, page, ctx)
    assert sorted(v.name for v in list_venues(store, mission_id)) == [
        "Hilton Nagoya",
        "Nagoya Congress Center",
    ]
    saved = page.venues.current_venue()
    assert saved is not None and not page.venues.is_dirty()
    page.reload()
    settle(qtbot, page, ctx)
    assert page.venues.current_venue() == saved and page.venues.draft().city == "名古屋"
