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
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.common.settings import Settings
from app.core.mission_record import load_mission
from app.model import Side
from app.store import Store
from tests.ui_support import type_over, type_text, window_language
from ui.application import Shell, build_shell
from ui.dialogs.import_wizard import ImportDialog
from ui.dialogs.new_mission import NewMissionDialog
from ui.pages.b2b import B2BPage
from ui.pages.base import Page
from ui.pages.documents import DocumentsPage
from ui.pages.interpreters import InterpretersPage
from ui.pages.mission import MissionPage
from ui.pages.programme import ProgrammePage
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
PLENARY = ("Opening plenary", "開会全体会議")
SESSION = ("Automotive and aerospace B2B", "B2B automotive e aerospazio", "自動車・航空B2B商談会")
BREAK = ("Coffee break", "Pausa caffè", "コーヒーブレイク")


# --- the window -----------------------------------------------------------------------------


@pytest.fixture
def shell(qtbot: QtBot, paths: Paths) -> Iterator[Shell]:
    """The real window with its real pages and the English catalogue (as Ponte starts),
    nothing open yet."""
    with window_language("en"), real_window(qtbot, paths) as built:
        yield built


@contextmanager
def real_window(qtbot: QtBot, paths: Paths) -> Iterator[Shell]:
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
    return widget


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


def type_in_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Click a cell, open its editor with F2, type over what it holds, Tab to commit."""
    item = table.item(row, column)
    rect = (
        table.visualItemRect(item)
        if item is not None
        else table.visualRect(table.model().index(row, column))
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
    type_in_cell(qtbot, table, 0, 1, "25")
    same_back = table.item(1, 0)
    assert same_back is not None and same_back.text() == "25"
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


# --- 4. the B2B session, and the programme ----------------------------------------------------


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
    start, end = page.breaks.item(0, 0), page.breaks.item(0, 1)
    assert start is not None and end is not None
    assert (start.text(), end.text()) == ("16:00", "16:20")
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


# --- 6. the registration sheet ---------------------------------------------------------------


def import_registrations(qtbot: QtBot, shell: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    """File › Import…: the chambers' sheet, one person a row with their company; the 20
    companies are made too, each in its side's delegation (a Japanese name: Nagoya)."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(REGISTRATIONS), ""))
    )
    shell.window.import_action.trigger()
    dialog = shell.window.findChild(ImportDialog)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.browse_button)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.next_button.isEnabled(), timeout=30_000)
    assert "40 rows" in dialog.file_info.text(), dialog.file_info.text()
    click(qtbot, dialog.next_button)  # the columns, as guessed
    assert dialog.steps.currentIndex() == dialog.COLUMNS
    click(qtbot, dialog.next_button)  # the preview
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.summary.text().startswith("New: 40."), dialog.summary.text()
    assert "20 new organisations" in dialog.summary.text(), dialog.summary.text()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.message.text() == "Imported: 40 new, 0 updated.", dialog.message.text()
    click(qtbot, dialog.close_button)
    activate(qtbot, shell.window)
    settle(qtbot, shell)

    record = load_mission(store_of(shell), mission_of(shell))
    assert len(record.people) == 42  # and the two interpreters
    assert len(record.organisations) == 20
    by_side = {d.side: d.id for d in record.delegations.values()}
    for org in record.organisations.values():
        expected = Side.NAGOYA if org.name_ja else Side.TURIN
        assert org.delegation_id == by_side[expected], org.name
    assert sum(1 for o in record.organisations.values() if o.side is Side.NAGOYA) == 10


# --- 7. requests in the matrix ----------------------------------------------------------------


def show_tab(qtbot: QtBot, page: RequestsPage, tab: QWidget) -> None:
    bar = page.tabs.tabBar()
    index = page.tabs.indexOf(tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentWidget() is tab


def key_on_cell(
    qtbot: QtBot, shell: Shell, page: RequestsPage, asker: int, asked: int, key: Qt.Key
) -> None:
    """Click the cell where ``asker``'s row meets ``asked``'s column, press ``key``."""
    index = page.matrix_model.index_of(asker, asked)
    assert index.isValid()
    view = page.matrix_view
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert view.currentIndex() == index
    qtbot.keyClick(view, key)
    settle(qtbot, shell, page)


PRIORITY_KEYS = (Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1)


def enter_requests(qtbot: QtBot, shell: Shell) -> RequestsPage:
    """30 requests: each Turin company asks two Nagoya ones (20); nine of those are asked
    back (mutual); one Nagoya company says "no thanks" to a Turin one."""
    page = go(qtbot, shell, RequestsPage)
    assert isinstance(page, RequestsPage)
    show_tab(qtbot, page, page.matrix_tab)
    model = page.matrix_model
    turin = [o.id for o in model.rows]
    nagoya = [o.id for o in model.columns]
    assert len(turin) == len(nagoya) == 10
    asked: list[tuple[int, int]] = []
    for i, asker in enumerate(turin):
        for step, offset in enumerate((0, 3)):
            wanted = nagoya[(i + offset) % 10]
            key_on_cell(qtbot, shell, page, asker, wanted, PRIORITY_KEYS[(i + step) % 5])
            asked.append((asker, wanted))
    choose_in_combo(qtbot, page.direction, "Nagoya organisations ask")
    qtbot.waitUntil(lambda: model.rows[0].id in nagoya)
    for asker, wanted in asked[:18:2]:  # nine of them, asked back
        key_on_cell(qtbot, shell, page, wanted, asker, Qt.Key.Key_3)
    refused_by, refused = nagoya[5], turin[9]  # not asked by it: a plain refusal
    assert (refused, refused_by) not in asked
    key_on_cell(qtbot, shell, page, refused_by, refused, Qt.Key.Key_N)
    assert page.matrix_model.index_of(refused_by, refused).data() == "✕"
    assert page.matrix_model.index_of(asked[0][1], asked[0][0]).data() == "3 ⇄"

    requests = load_mission(store_of(shell), mission_of(shell)).requests
    assert len(requests) == 30
    assert sum(1 for r in requests if r.no_thanks) == 1
    pairs = {(r.requester, r.requested) for r in requests if not r.no_thanks}
    assert sum(1 for a, b in pairs if (b, a) in pairs) == 18  # nine mutual pairs
    return page


# --- 8. two suggested pairs -----------------------------------------------------------------


def accept_suggestions(qtbot: QtBot, shell: Shell, page: RequestsPage) -> None:
    show_tab(qtbot, page, page.suggestions_tab)
    model = page.suggestions_model
    qtbot.waitUntil(lambda: model.rowCount() >= 2)
    accepted = []
    for _ in range(2):
        first = model.suggestion(0)
        assert first is not None
        accepted.append(first.pair)
        click(qtbot, page.suggestions.findChild(QPushButton, "acceptSuggestion0"))
        settle(qtbot, shell, page)
    requests = load_mission(store_of(shell), mission_of(shell)).requests
    assert len(requests) == 32
    stored = {frozenset((r.requester, r.requested)) for r in requests}
    assert all(frozenset(pair) in stored for pair in accepted)


# --- 9. schedule -----------------------------------------------------------------------------


def schedule(qtbot: QtBot, shell: Shell) -> int:
    page = go(qtbot, shell, B2BPage)
    assert isinstance(page, B2BPage)
    panel = page.run_panel
    type_over(qtbot, panel.time_limit, "10")
    assert panel.time_limit.value() == 10
    click(qtbot, panel.run_button)
    qtbot.waitUntil(lambda: panel.is_running() or panel.last is not None)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60_000)
    settle(qtbot, shell, page)
    record = load_mission(store_of(shell), mission_of(shell))
    # 20 asked, 9 of them mutual, 2 accepted suggestions: 22 pairs, room for all of them
    pairs = {frozenset((r.requester, r.requested)) for r in record.requests if not r.no_thanks}
    assert len(pairs) == 22
    placed = {frozenset((m.organisation_a, m.organisation_b)) for m in record.meetings}
    assert placed == pairs
    assert "22 meetings stored" in panel.result.toolTip(), panel.result.toolTip()
    assert "every request has its meeting" in panel.result_text(), panel.result_text()
    return len(record.meetings)


# --- 10. documents ---------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def make_documents(
    qtbot: QtBot, shell: Shell, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> list[Path]:
    page = go(qtbot, shell, DocumentsPage)
    assert isinstance(page, DocumentsPage)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder))
    )
    click(qtbot, page.browse)
    made: list[Path] = []
    for kind in ("Badges", "Personal agendas"):
        choose_in_combo(qtbot, page.kind, kind)
        click(qtbot, page.generate)
        qtbot.waitUntil(lambda: not page.is_running(), timeout=90_000)
        assert page.message.text().startswith("Made"), page.message.text()
    made = sorted(folder.glob("*.pdf"))
    return made


def check_badges(folder: Path) -> None:
    """One badge each for the 40 delegates and the 2 interpreters, ten to a sheet; names in
    the script each reads, accents and kanji intact."""
    (path,) = folder.glob("badges-*.pdf")
    assert len(PdfReader(path).pages) == 5
    text = pdf_text(path)
    assert text.count("DELEGATE · 代表団") == 40
    for needle in ("Nicolò Esposito", "田中 宏", "Tanaka Hiroshi", "中部精密", "森 明子"):
        assert needle in text, needle


def check_agendas(shell: Shell, folder: Path) -> None:
    """An Italian delegate's agenda in Italian, a Japanese one's in Japanese: the mission,
    venue and session names in the reader's language, and the coffee break where it falls
    between the reader's meetings (an agenda prints a break only there)."""
    record = load_mission(store_of(shell), mission_of(shell))
    meeting_orgs = {o for m in record.meetings for o in (m.organisation_a, m.organisation_b)}
    break_start = datetime(2027, 10, 13, 7, 0, tzinfo=UTC)  # 16:00–16:20 JST
    break_end = datetime(2027, 10, 13, 7, 20, tzinfo=UTC)

    def spans_the_break(person_id: int) -> bool:
        person = record.people[person_id]
        mine = [
            m
            for m in record.meetings
            if person.organisation_id in (m.organisation_a, m.organisation_b)
            and (not m.people or person_id in m.people)
        ]
        return any(m.end_utc <= break_start for m in mine) and any(
            m.start_utc >= break_end for m in mine
        )

    def agenda_of(family_name: str) -> tuple[Path, bool]:
        (person,) = [p for p in record.people.values() if p.family_name == family_name]
        assert person.organisation_id in meeting_orgs, family_name
        (path,) = folder.glob(f"agenda-{person.id:04d}-*.pdf")
        return path, spans_the_break(person.id)

    def check(family_name: str, needles: tuple[str, ...], coffee: tuple[str, str]) -> None:
        path, spans = agenda_of(family_name)
        text = pdf_text(path)
        for needle in needles:
            assert needle in text, (needle, text[:2000])
        label, when = coffee  # the break, in the reader's language, only between meetings
        assert (label in text) is spans, (label, spans, text[:2000])
        assert when in text or not spans, (when, text[:2000])

    check(
        "Bianchi",
        (MISSION_IT, SESSION[1], CENTER[1], TURIN_DELEGATION[1], "mercoledì 13 ottobre 2027"),
        (BREAK[1], "16:00–16:20 JST"),
    )
    check(
        "Tanaka",
        (MISSION_JA, SESSION[2], CENTER[2], NAGOYA_DELEGATION[2], "2027年10月13日（水）"),
        (BREAK[2], "16:00–16:20 JST"),
    )
    # whoever has meetings on both sides of it reads it, in Italian or Japanese
    spanning = [p for p in record.people.values() if p.organisation_id in meeting_orgs
                and spans_the_break(p.id)]  # fmt: skip
    shown = [pdf_text(next(folder.glob(f"agenda-{p.id:04d}-*.pdf"))) for p in spanning[:4]]
    assert all(BREAK[1] in t or BREAK[2] in t for t in shown)


def screenshots(qtbot: QtBot, shell: Shell, lang: str) -> None:
    """Each page of ``shell``'s window as a PNG in /tmp/journey-shots/, to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for row, page in enumerate(shell.window.pages()):
        shell.window.show_page(row)
        qtbot.waitUntil(
            lambda p=page: not shell.ctx.runner.is_busy() and p.ready(),  # type: ignore[misc]
            timeout=30_000,
        )
        QApplication.processEvents()
        shell.window.grab().save(str(SHOTS / f"{lang}-{row}-{page.page_id}.png"))


def screenshots_in_japanese(
    qtbot: QtBot, paths: Paths, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same database in a window started in Japanese (File › Open database…)."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(db), ""))
    )
    with window_language("ja"), real_window(qtbot, paths) as shell:
        shell.window.open_database_action.trigger()
        qtbot.waitUntil(lambda: shell.ctx.mission_id is not None, timeout=30_000)
        settle(qtbot, shell)
        assert shell.window.mission_label.text().startswith(MISSION_JA)
        screenshots(qtbot, shell, "ja")


# --- the journey ------------------------------------------------------------------------------


def add_programme(qtbot: QtBot, shell: Shell) -> None:
    """The opening plenary, 13 October 09:30–11:30 JST at the congress center, titled in
    English and Japanese: stored as 00:30–02:30 UTC in Asia/Tokyo; the session shows on the
    day's timeline beside it."""
    page = go(qtbot, shell, ProgrammePage)
    assert isinstance(page, ProgrammePage)
    click(qtbot, page.new_button)
    form = page.form
    type_over(qtbot, form.title_en, PLENARY[0])
    type_into(qtbot, form.title_ja, PLENARY[1])
    choose_in_combo(qtbot, form.venue, CENTER[0])
    type_over(qtbot, form.day.edit, "2027-10-13")
    type_over(qtbot, form.start.edit, "09:30")
    type_over(qtbot, form.end.edit, "11:30")
    assert form.start.zone_label.text() == "JST"
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.ready() and bool(load_mission(store_of(shell),
                    mission_of(shell)).items), timeout=30_000)  # fmt: skip
    (item,) = load_mission(store_of(shell), mission_of(shell)).items
    assert (item.title, item.title_ja, item.timezone) == (*PLENARY, "Asia/Tokyo")
    assert item.start_utc == datetime(2027, 10, 13, 0, 30, tzinfo=UTC)
    qtbot.waitUntil(lambda: PLENARY[0] in [b.title for b in page.timeline.blocks()])
    assert any(b.item_id is None for b in page.timeline.blocks())  # the B2B session


def test_journey_through_the_window(
    qtbot: QtBot, shell: Shell, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = time.monotonic()
    db = tmp_path / "journey.sqlite"  # a real file
    new_database(qtbot, shell, db, monkeypatch)
    mission_page = create_mission(qtbot, shell)
    add_venues(qtbot, shell, mission_page)
    add_delegations(qtbot, shell, mission_page)
    add_session(qtbot, shell)
    add_programme(qtbot, shell)
    add_interpreters(qtbot, shell)
    import_registrations(qtbot, shell, monkeypatch)
    page = enter_requests(qtbot, shell)
    accept_suggestions(qtbot, shell, page)
    meetings = schedule(qtbot, shell)
    folder = tmp_path / "documents"
    made = make_documents(qtbot, shell, folder, monkeypatch)
    # the badges, and an agenda for each delegate and interpreter
    assert len(made) == 1 + 42, [p.name for p in made]
    check_badges(folder)
    check_agendas(shell, folder)
    print(f"meetings: {meetings}")
    print(f"journey: {time.monotonic() - started:.1f} s")
    screenshots(qtbot, shell, "en")
    screenshots_in_japanese(qtbot, paths, db, monkeypatch)
    print(f"with screenshots: {time.monotonic() - started:.1f} s")
