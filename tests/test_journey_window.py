"""Issue 12's journey, through the window only: from an empty database a coordinator creates
a Turin → Nagoya mission with names in three languages, two venues, two delegations, one B2B
session of 20-minute slots at 10 tables with a coffee break, two interpreters; imports 40
participants with their companies; enters 30 requests in the matrix and accepts two suggested
pairs; schedules; and makes badges and agendas, read back in the reader's language.

Everything a user would type is typed (key events, kanji one character at a time); buttons
are clicked; menus are triggered and native file dialogs answered by a stand-in. The database
is read only to check what the window did."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.common.paths import Paths
from app.common.settings import Settings
from app.core.mission_record import load_mission
from app.model import Meeting, Side
from app.services import requests as request_service
from app.store import Store
from tests.ui_support import type_over, type_text, window_language
from ui.application import Shell, build_shell
from ui.dialogs.import_wizard import ImportDialog
from ui.dialogs.new_mission import NewMissionDialog
from ui.pages.base import Page
from ui.pages.b2b import B2BPage
from ui.pages.documents import DocumentsPage
from ui.pages.interpreters import InterpretersPage
from ui.pages.mission import MissionPage
from ui.pages.requests import RequestsPage
from ui.pages.sessions import SessionsPage

REGISTRATIONS = Path(__file__).parent / "fixtures" / "journey" / "registrations.csv"
SHOTS = Path("/tmp/journey-shots")

MISSION_EN = "Turin → Nagoya, October 2027"
MISSION_IT = "Torino → Nagoya, ottobre 2027"
MISSION_JA = "トリノ → 名古屋 2027年10月"
CENTER = ("Nagoya Congress Center", "Centro congressi di Nagoya", "名古屋国際会議場")
HOTEL = ("Hotel Nagoya Castle", "Hotel Castello di Nagoya", "ホテルナゴヤキャッスル")
TURIN_DELEGATION = ("Turin delegation", "Delegazione di Torino", "トリノ代表団")
NAGOYA_DELEGATION = ("Nagoya delegation", "Delegazione di Nagoya", "名古屋代表団")
SESSION = ("Automotive and aerospace B2B", "B2B automotive e aerospazio", "自動車・航空B2B商談会")
BREAK = ("Coffee break", "Pausa caffè", "コーヒーブレイク")


# --- the window -----------------------------------------------------------------------------


@pytest.fixture
def shell(qtbot: QtBot, paths: Paths) -> Iterator[Shell]:
    """The real window with its real pages, nothing open yet."""
    built = build_shell(paths, Settings(), persist=False)
    built.window.resize(1500, 980)
    built.window.show()
    qtbot.waitExposed(built.window)
    try:
        yield built
    finally:
        qtbot.waitUntil(lambda: not built.ctx.runner.is_busy(), timeout=30_000)
        built.close()


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make ``widget``'s window the active one (as a click on it would), so that keys go to
    its focused field: offscreen, a closed dialog leaves no window active."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def store_of(shell: Shell) -> Store:
    assert shell.ctx.store is not None
    return shell.ctx.store


def mission_of(shell: Shell) -> int:
    assert shell.ctx.mission_id is not None
    return shell.ctx.mission_id


def settle(qtbot: QtBot, shell: Shell, page: Page | None = None) -> None:
    """Wait for the database worker, and for ``page`` to have loaded."""
    qtbot.waitUntil(
        lambda: not shell.ctx.runner.is_busy() and (page is None or page.ready()),
        timeout=30_000,
    )


def go(qtbot: QtBot, shell: Shell, page_type: type[Page]) -> Page:
    """Click the page's entry in the navigation; wait until it has loaded."""
    nav = shell.window.navigation
    for row, page in enumerate(shell.window.pages()):
        if isinstance(page, page_type):
            item = nav.item(row)
            nav.scrollToItem(item)
            qtbot.mouseClick(
                nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
            )
            assert shell.window.stack.currentWidget() is page
            settle(qtbot, shell, page)
            return page
    raise AssertionError(f"no {page_type.__name__} in the window")


def click(qtbot: QtBot, button: QPushButton | None) -> None:
    assert button is not None
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def named(parent: QWidget, kind: type, name: str) -> QWidget:
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget  # type: ignore[no-any-return]


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into an (empty) field and type."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    type_text(widget, text)


def choose_in_combo(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Move a combo box to the entry ``text`` with the arrow keys."""
    target = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert target >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def click_item(qtbot: QtBot, view: QListWidget, row: int) -> None:
    item = view.item(row)
    view.scrollToItem(item)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center()
    )


def tick(qtbot: QtBot, view: QListWidget, row: int) -> None:
    """Tick a checkable list entry: click it, then Space."""
    click_item(qtbot, view, row)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.item(row).checkState() == Qt.CheckState.Checked


def type_in_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Click a cell, open its editor with F2, type over what it holds, Tab to commit."""
    item = table.item(row, column)
    rect = table.visualItemRect(item) if item is not None else table.visualRect(
        table.model().index(row, column)
    )
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (table.currentRow(), table.currentColumn()) == (row, column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is not table, editor
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    cell = table.item(row, column)
    assert cell is not None and cell.text() == text


# --- 1. the mission ---------------------------------------------------------------------------


def new_database(qtbot: QtBot, shell: Shell, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File › New database…, answered with ``path``."""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    shell.window.new_database_action.trigger()
    qtbot.waitUntil(lambda: shell.controller.location() is not None, timeout=30_000)
    settle(qtbot, shell)
    assert shell.ctx.mission_id is None


def create_mission(qtbot: QtBot, shell: Shell) -> MissionPage:
    """File › New mission: English and Japanese names, city, zone, dates typed whole; then the
    Italian name on the Mission page."""
    shell.window.new_mission_action.trigger()
    dialog = shell.window.findChild(NewMissionDialog)
    assert isinstance(dialog, NewMissionDialog)
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.name_edit, MISSION_EN)
    type_into(qtbot, dialog.name_ja_edit, MISSION_JA)
    type_into(qtbot, dialog.city_edit, "Nagoya")
    type_over(qtbot, dialog.zone_combo, "Asia/Tokyo")
    type_over(qtbot, dialog.start_edit.edit, "2027-10-12")
    type_over(qtbot, dialog.end_edit.edit, "2027-10-15")
    type_into(qtbot, dialog.organiser_edit, "Camera di commercio di Torino")
    with qtbot.waitSignal(shell.controller.mission_created, timeout=30_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: shell.ctx.mission_id is not None)
    page = shell.window.stack.currentWidget()
    assert isinstance(page, MissionPage)
    activate(qtbot, shell.window)
    qtbot.waitUntil(lambda: page.form.names.en.text() == MISSION_EN, timeout=30_000)
    settle(qtbot, shell, page)

    type_into(qtbot, page.form.names.it, MISSION_IT)
    click(qtbot, named(page, QPushButton, "mission_save"))  # type: ignore[arg-type]
    settle(qtbot, shell, page)
    facts = load_mission(store_of(shell), mission_of(shell)).mission
    assert (facts.name, facts.name_it, facts.name_ja) == (MISSION_EN, MISSION_IT, MISSION_JA)
    assert (str(facts.start_date), str(facts.end_date)) == ("2027-10-12", "2027-10-15")
    assert facts.timezone == "Asia/Tokyo"
    return page


# --- 2. venues and the travel time --------------------------------------------------------------


def add_venue(
    qtbot: QtBot, shell: Shell, page: MissionPage, names: tuple[str, str, str], address: str
) -> None:
    click(qtbot, named(page, QPushButton, "venue_new"))  # type: ignore[arg-type]
    for suffix, text in zip(("", "_it", "_ja"), names, strict=True):
        type_into(qtbot, named(page, QLineEdit, f"venue_name{suffix}"), text)
    type_into(qtbot, named(page, QLineEdit, "venue_address"), address)
    type_into(qtbot, named(page, QLineEdit, "venue_city"), "Nagoya")
    zone = named(page, QComboBox, "venue_zone")
    type_over(qtbot, zone, "Asia/Tokyo")
    click(qtbot, named(page, QPushButton, "venue_save"))  # type: ignore[arg-type]
    settle(qtbot, shell, page)
    assert not page.venues.errors.shown()


def add_venues(qtbot: QtBot, shell: Shell, page: MissionPage) -> None:
    add_venue(qtbot, shell, page, CENTER, "1-1 Atsuta-nishimachi, Atsuta-ku")
    add_venue(qtbot, shell, page, HOTEL, "3-19 Hinokuchi-cho, Nishi-ku")
    # 25 minutes between them, typed into the travel table (the same both ways)
    table = page.venues.travel_table
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    rect = table.visualItemRect(table.item(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "25")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    click(qtbot, named(page, QPushButton, "travel_save"))  # type: ignore[arg-type]
    settle(qtbot, shell, page)
    record = load_mission(store_of(shell), mission_of(shell))
    venues = {v.name: v for v in record.venues.values()}
    assert set(venues) == {CENTER[0], HOTEL[0]}
    center = venues[CENTER[0]]
    assert (center.name_it, center.name_ja, center.timezone) == (
        CENTER[1],
        CENTER[2],
        "Asia/Tokyo",
    )
    hotel_id, center_id = venues[HOTEL[0]].id, center.id
    assert record.travel == {(hotel_id, center_id): 25, (center_id, hotel_id): 25}


# --- 3. delegations ---------------------------------------------------------------------------


def add_delegation(
    qtbot: QtBot, shell: Shell, page: MissionPage, side: str, names: tuple[str, str, str]
) -> None:
    click(qtbot, named(page, QPushButton, "delegation_new"))  # type: ignore[arg-type]
    side_combo = named(page, QComboBox, "delegation_side")
    assert isinstance(side_combo, QComboBox)
    choose_in_combo(qtbot, side_combo, side)
    for suffix, text in zip(("", "_it", "_ja"), names, strict=True):
        type_into(qtbot, named(page, QLineEdit, f"delegation_name{suffix}"), text)
    click(qtbot, named(page, QPushButton, "delegation_save"))  # type: ignore[arg-type]
    settle(qtbot, shell, page)
    assert not page.delegations.errors.shown()


def add_delegations(qtbot: QtBot, shell: Shell, page: MissionPage) -> None:
    add_delegation(qtbot, shell, page, "Turin", TURIN_DELEGATION)
    add_delegation(qtbot, shell, page, "Nagoya", NAGOYA_DELEGATION)
    record = load_mission(store_of(shell), mission_of(shell))
    delegations = {d.side: d for d in record.delegations.values()}
    assert (delegations[Side.TURIN].name, delegations[Side.TURIN].name_it) == TURIN_DELEGATION[:2]
    assert delegations[Side.TURIN].name_ja == TURIN_DELEGATION[2]
    assert (delegations[Side.NAGOYA].name, delegations[Side.NAGOYA].name_ja) == (
        NAGOYA_DELEGATION[0],
        NAGOYA_DELEGATION[2],
    )


# --- 4. the B2B session -----------------------------------------------------------------------


def add_session(qtbot: QtBot, shell: Shell) -> None:
    """13 October, 14:00–18:00 at the congress center, 20-minute slots, 10 tables, a coffee
    break 16:00–16:20: 11 slots, exactly."""
    page = go(qtbot, shell, SessionsPage)
    assert isinstance(page, SessionsPage)
    assert "No B2B session yet" in page.empty_label.text()
    type_into(qtbot, page.name_en, SESSION[0])
    type_into(qtbot, page.name_it, SESSION[1])
    type_into(qtbot, page.name_ja, SESSION[2])
    type_over(qtbot, page.day, "2027-10-13")
    choose_in_combo(qtbot, page.venue, CENTER[0])
    type_over(qtbot, page.start, "14:00")
    type_over(qtbot, page.end, "18:00")
    type_over(qtbot, page.slot_minutes, "20")
    type_over(qtbot, page.table_count, "10")
    click(qtbot, page.add_break_button)
    assert page.breaks.item(0, 0).text() == "16:00" and page.breaks.item(0, 1).text() == "16:20"
    for column, label in enumerate(BREAK, start=2):
        type_in_cell(qtbot, page.breaks, 0, column, label)
    assert page.preview.text().startswith("11 slots of 20 min, 10 tables"), page.preview.text()
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.ready() and page.session_list.count() == 1, timeout=30_000)
    (session,) = load_mission(store_of(shell), mission_of(shell)).sessions
    assert (session.name, session.name_it, session.name_ja) == SESSION
    assert session.slot_minutes == 20 and len(session.tables) == 10
    (pause,) = session.breaks
    assert (pause.label, pause.label_it, pause.label_ja) == BREAK


# --- 5. interpreters --------------------------------------------------------------------------


def add_interpreter(
    qtbot: QtBot,
    shell: Shell,
    page: InterpretersPage,
    latin: tuple[str, str],
    kanji: tuple[str, str],
    kana: tuple[str, str],
) -> None:
    click(qtbot, page.add_button)
    form = page.interpreter_form
    type_into(qtbot, form.family_name, latin[0])
    type_into(qtbot, form.given_name, latin[1])
    type_into(qtbot, form.family_name_kanji, kanji[0])
    type_into(qtbot, form.given_name_kanji, kanji[1])
    type_into(qtbot, form.family_name_kana, kana[0])
    type_into(qtbot, form.given_name_kana, kana[1])
    type_into(qtbot, form.languages, "it, ja, en")
    rows = page.proxy.rowCount()
    click(qtbot, page.editor.save_button)
    qtbot.waitUntil(
        lambda: page.proxy.rowCount() == rows + 1 and not page.editor.is_busy(), timeout=30_000
    )


def add_interpreters(qtbot: QtBot, shell: Shell) -> None:
    page = go(qtbot, shell, InterpretersPage)
    assert isinstance(page, InterpretersPage)
    add_interpreter(qtbot, shell, page, ("Rossi", "Chiara"), ("露志", "千明"), ("ろっし", "ちあき"))
    add_interpreter(qtbot, shell, page, ("Mori", "Akiko"), ("森", "明子"), ("もり", "あきこ"))
    settle(qtbot, shell, page)
    record = load_mission(store_of(shell), mission_of(shell))
    assert len(record.interpreters) == 2
    people = [record.people[i.participant_id] for i in record.interpreters.values()]
    assert sorted((p.kanji_name, p.languages) for p in people) == [
        ("森 明子", ("it", "ja", "en")),
        ("露志 千明", ("it", "ja", "en")),
    ]


# --- the journey ------------------------------------------------------------------------------


def test_journey_through_the_window(
    qtbot: QtBot, shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = time.monotonic()
    new_database(qtbot, shell, tmp_path / "journey.sqlite", monkeypatch)
    mission_page = create_mission(qtbot, shell)
    add_venues(qtbot, shell, mission_page)
    add_delegations(qtbot, shell, mission_page)
    add_session(qtbot, shell)
    add_interpreters(qtbot, shell)
    print(f"journey: {time.monotonic() - started:.1f} s")
