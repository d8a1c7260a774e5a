"""The Interpreters page and the day timeline, driven with the mouse and the keyboard on a
real SQLite file (names typed in Japanese one character at a time)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.model import Venue
from app.services.availability import list_unavailability
from app.services.interpreters import InterpreterData, create_interpreter, list_interpreters
from app.store import Store, open_store
from tests.test_services_interpreters import Setup, _mission
from tests.test_ui_people_pages import answer_questions, open_page, select, type_text
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.pages.interpreters import InterpretersPage
from ui.pages.participants import ParticipantsPage
from ui.widgets.day_timeline import AvailabilityDialog, DayTimeline


@pytest.fixture
def db(paths: Paths, sqlite_path: Path) -> Iterator[tuple[Store, Setup]]:
    store = open_store(sqlite_path, paths=paths)
    try:
        yield store, _mission(store, pairs=2)
    finally:
        store.close()


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, db: tuple[Store, Setup]) -> Iterator[AppContext]:
    store, setup = db
    context = make_context(paths, store, setup.mission_id)
    try:
        yield context
    finally:
        close_context(qtbot, context)


def _tick(qtbot: QtBot, page: InterpretersPage, row: int) -> None:
    """Tick a session's checkbox with the keyboard: focus the list, go to the row, Space."""
    sessions = page.interpreter_form.sessions
    sessions.setFocus()
    sessions.setCurrentRow(row)
    QTest.keyClick(sessions, Qt.Key.Key_Space)


def test_add_an_interpreter_with_japanese_names_and_one_session(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Setup], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, setup = db
    page = open_page(qtbot, InterpretersPage(ctx))
    assert page.title() == "Interpreters" and page.proxy.rowCount() == 0
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.interpreter_form
    assert form.sessions.count() == 2
    qtbot.keyClicks(form.given_name, "Chiara")
    qtbot.keyClicks(form.family_name, "Rossi")
    type_text(form.family_name_kanji, "露志")
    type_text(form.given_name_kanji, "千明")
    type_text(form.family_name_kana, "ろっし")
    type_text(form.given_name_kana, "ちあき")
    qtbot.keyClicks(form.languages, "it")  # one language: refused under the field
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error_text("languages") != "")
    assert "at least two languages" in form.error_text("languages")
    assert list_interpreters(store, setup.mission_id) == []

    type_text(form.languages, "、ja")  # a Japanese comma separates too
    _tick(qtbot, page, 1)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1 and not page.editor.is_busy())
    (row,) = list_interpreters(store, setup.mission_id)
    assert (row.latin_name, row.kanji_name, row.kana_name) == (
        "Chiara Rossi",
        "露志 千明",
        "ろっし ちあき",
    )
    assert (row.languages, row.session_ids) == (("it", "ja"), (setup.sessions[1],))
    assert ctx.undo.undoText() == "Add interpreter “Chiara Rossi (露志 千明)”"
    assert page.proxy.index(0, 1).data() == "露志 千明"
    assert page.proxy.index(0, 3).data() == "B2B"
    # the new interpreter is selected and their days are shown below
    qtbot.waitUntil(lambda: page.timeline.participant_id == row.participant_id)
    qtbot.waitUntil(page.timeline.ready)
    assert "露志 千明" in page.timeline.heading.text()

    # Delete… asks, removes (the person too: an interpreter of no organisation); undo
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "露志 千明" in asked[0]
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0)
    assert list_interpreters(store, setup.mission_id) == []
    ctx.undo.undo()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert [r.id for r in list_interpreters(store, setup.mission_id)] == [row.id]


def test_no_common_language_is_refused_in_japanese(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Setup]
) -> None:
    with window_language("ja"):
        page = open_page(qtbot, InterpretersPage(ctx))
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        form = page.interpreter_form
        type_text(form.family_name, "露志")  # kanji in the Latin field
        qtbot.keyClicks(form.languages, "fr, de")
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.error_text("languages") != "")
        assert "話す人がいません" in form.error_text("languages")
        assert "ローマ字で入力" in form.error_text("family_name")
        assert page.title() == "通訳者"
        assert page.timeline.canvas.break_label == "休憩"  # a block of reason "break"
        # the kanji and kana fields are not labelled "in romaji"; a time away starts (開始),
        # it has no sender (差出人)
        placeholders = [
            w.placeholderText()
            for w in (form.family_name_kanji, form.given_name_kanji, form.family_name_kana)
        ]
        assert placeholders == ["姓", "名", "姓"]
        labels = {label.text() for label in page.timeline.findChildren(QLabel)}
        assert "開始" in labels and "差出人" not in labels
        # a person's name (氏名, as on the participants page), not a thing's (名称); in
        # Japanese the first column has the Japanese name, the Latin one beside it
        headers = [page.interpreter_model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)]
        assert headers == ["氏名", "ローマ字表記"]


def test_one_side_only_is_a_warning_on_the_page(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Setup]
) -> None:
    store, setup = db
    saved = create_interpreter(
        store, setup.mission_id, InterpreterData("Brun", languages=("it", "fr"))
    )
    page = open_page(qtbot, InterpretersPage(ctx))
    select(qtbot, page, saved.id)
    qtbot.waitUntil(page.warnings.isVisible)
    assert "Nagoya side" in page.warnings.text()


def test_the_warning_follows_a_change_made_elsewhere(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Setup]
) -> None:
    """A Nagoya delegate who speaks French, added elsewhere (e.g. by an import), ends the
    "nobody on the Nagoya side" warning of the interpreter on show, without reselecting."""
    from app.core.changes import Changes
    from app.model import Participant

    store, setup = db
    saved = create_interpreter(
        store, setup.mission_id, InterpreterData("Brun", languages=("it", "fr"))
    )
    page = open_page(qtbot, InterpretersPage(ctx))
    select(qtbot, page, saved.id)
    qtbot.waitUntil(page.warnings.isVisible)
    assert "Nagoya side" in page.warnings.text()
    with store.session() as s:
        person = s.get(Participant, setup.people[setup.nagoya[0]])
        assert person is not None
        person.languages = ["ja", "fr"]
    ctx.bus.announce(Changes(participants=True))
    qtbot.waitUntil(lambda: not page.warnings.isVisible())


def _point(timeline: DayTimeline, day: int, hour: int, minute: int = 0) -> QPoint:
    canvas = timeline.canvas
    days = canvas.days()
    x = canvas.x_of(datetime(2027, 10, day, hour, minute), days[day - 12])
    y = canvas.row_rect(day - 12).center().y()
    return QPoint(round(x), round(y))


def _drag(qtbot: QtBot, timeline: DayTimeline, day: int, start: int, end: int) -> None:
    canvas = timeline.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=_point(timeline, day, start))
    qtbot.mouseMove(canvas, _point(timeline, day, (start + end) // 2))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=_point(timeline, day, end))


def test_timeline_drag_edit_delete_undo_and_keyboard(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Setup]
) -> None:
    store, setup = db
    saved = create_interpreter(
        store, setup.mission_id, InterpreterData("Rossi", languages=("it", "ja"))
    )
    person = saved.participant_id
    page = open_page(qtbot, InterpretersPage(ctx))
    select(qtbot, page, saved.id)
    timeline = page.timeline
    qtbot.waitUntil(lambda: timeline.ready() and timeline.view() is not None)
    assert [d.day for d in timeline.canvas.days()] == [12, 13, 14]
    assert "Asia/Tokyo" in timeline.heading.text()

    # drag 14:00–15:00 on the 13th: saved at once, then its reason typed in the form
    _drag(qtbot, timeline, 13, 14, 15)
    qtbot.waitUntil(lambda: len(list_unavailability(store, person)) == 1)
    qtbot.waitUntil(lambda: timeline.editing_id is not None and timeline.ready())
    (period,) = list_unavailability(store, person)
    assert period.local("Asia/Tokyo") == (datetime(2027, 10, 13, 14), datetime(2027, 10, 13, 15))
    qtbot.waitUntil(lambda: ctx.undo.undoText() == "Add unavailability")
    ctx.undo.undo()
    qtbot.waitUntil(lambda: list_unavailability(store, person) == [])
    qtbot.waitUntil(lambda: timeline.canvas.blocks() == [])
    ctx.undo.redo()
    qtbot.waitUntil(lambda: list_unavailability(store, person) == [period])
    qtbot.waitUntil(lambda: len(timeline.canvas.blocks()) == 1 and not ctx.runner.is_busy())
    qtbot.mouseDClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=_point(timeline, 13, 14, 30))
    assert timeline.editing_id == period.id
    type_text(timeline.reason_edit, "休憩 break")
    QTest.keyClick(timeline.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: list_unavailability(store, person)[0].reason == "休憩 break")
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    qtbot.waitUntil(lambda: page.proxy.index(0, 4).data() == 1)  # the table heard the bus

    # keyboard: a new one in the form, end before start refused under "To"
    qtbot.mouseClick(timeline.new_button, Qt.MouseButton.LeftButton)
    for edit, text in (
        (timeline.start_edit, "2027-10-14 11:00"),
        (timeline.end_edit, "2027-10-14 10:00"),
        (timeline.reason_edit, "visit"),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    QTest.keyClick(timeline.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: timeline.errors["end"].isVisible())
    assert "must come after the start" in timeline.errors["end"].text()
    timeline.end_edit.clear()
    qtbot.keyClicks(timeline.end_edit, "2027-10-14 12:30")
    QTest.keyClick(timeline.end_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(list_unavailability(store, person)) == 2)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy() and timeline.editing_id is not None)
    assert not timeline.errors["end"].isVisible()

    # an overlap with another reason (none: the form shows the visit) is refused, inline
    _drag(qtbot, timeline, 14, 13, 12)  # leftwards, from outside the visit into it
    qtbot.waitUntil(lambda: timeline.errors["start"].isVisible())
    assert "overlaps" in timeline.errors["start"].text()
    assert len(list_unavailability(store, person)) == 2

    # double-click the 13th's block: it is in the form; click it and press Delete
    qtbot.waitUntil(lambda: len(timeline.canvas.blocks()) == 2)
    qtbot.mouseDClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=_point(timeline, 13, 14, 30))
    qtbot.waitUntil(lambda: timeline.reason_edit.text() == "休憩 break")
    assert timeline.start_edit.text() == "2027-10-13 14:00"
    qtbot.mouseClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=_point(timeline, 13, 14, 30))
    assert timeline.canvas.selected_id == period.id
    QTest.keyClick(timeline.canvas, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: [p.reason for p in list_unavailability(store, person)] == ["visit"])
    qtbot.waitUntil(lambda: ctx.undo.undoText() == "Remove unavailability")
    ctx.undo.undo()
    qtbot.waitUntil(lambda: len(list_unavailability(store, person)) == 2)
    qtbot.waitUntil(lambda: len(timeline.canvas.blocks()) == 2)

    # arrows walk the blocks, Enter opens one in the form
    timeline.canvas.setFocus()
    timeline.canvas.select(None)
    QTest.keyClick(timeline.canvas, Qt.Key.Key_Right)
    QTest.keyClick(timeline.canvas, Qt.Key.Key_Right)
    QTest.keyClick(timeline.canvas, Qt.Key.Key_Return)
    assert timeline.reason_edit.text() == "visit"
    QTest.keyClick(timeline.canvas, Qt.Key.Key_Escape)
    assert timeline.canvas.selected_id is None


def test_participants_page_opens_the_availability_of_the_selected_person(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Setup]
) -> None:
    store, setup = db
    person = setup.people[setup.turin[0]]
    page = open_page(qtbot, ParticipantsPage(ctx))
    assert not page.availability_button.isEnabled()
    select(qtbot, page, person)
    assert page.availability_button.isEnabled()
    qtbot.mouseClick(page.availability_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AvailabilityDialog))
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "availabilityDialog"
    timeline = dialog.timeline
    qtbot.waitUntil(lambda: timeline.ready() and timeline.view() is not None)
    _drag(qtbot, timeline, 12, 9, 11)
    qtbot.waitUntil(lambda: len(list_unavailability(store, person)) == 1)
    qtbot.waitUntil(lambda: len(timeline.canvas.blocks()) == 1)
    dialog.close()


def test_times_typed_in_a_venues_zone(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Setup]
) -> None:
    """A mission with a venue in Rome offers its zone: 07:00 in Rome is 14:00 in Tokyo."""
    store, setup = db
    with store.session() as s:
        s.add(
            Venue(mission_id=setup.mission_id, name="Camera di commercio", timezone="Europe/Rome")
        )
    person = setup.people[setup.nagoya[0]]
    timeline = DayTimeline(ctx)
    qtbot.addWidget(timeline)
    timeline.resize(900, 300)
    timeline.show()
    timeline.set_person(person)
    qtbot.waitUntil(lambda: timeline.ready() and timeline.view() is not None)
    assert timeline.zone_combo.isVisible() and timeline.zone_combo.count() == 2
    timeline.zone_combo.setFocus()
    QTest.keyClick(timeline.zone_combo, Qt.Key.Key_Down)
    assert timeline.zone_combo.currentText() == "Europe/Rome"
    for edit, text in (
        (timeline.start_edit, "2027-10-13 07:00"),
        (timeline.end_edit, "2027-10-13 08:00"),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    QTest.keyClick(timeline.end_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(list_unavailability(store, person)) == 1)
    (period,) = list_unavailability(store, person)
    assert period.local("Asia/Tokyo") == (datetime(2027, 10, 13, 14), datetime(2027, 10, 13, 15))
    qtbot.waitUntil(lambda: len(timeline.canvas.blocks()) == 1 and not ctx.runner.is_busy())
    # the form keeps what was typed, in its zone; the block opened again is in Tokyo's
    assert (timeline.start_edit.text(), timeline.zone_combo.currentText()) == (
        "2027-10-13 07:00",
        "Europe/Rome",
    )
    qtbot.mouseDClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=_point(timeline, 13, 14, 30))
    assert (timeline.start_edit.text(), timeline.zone_combo.currentText()) == (
        "2027-10-13 14:00",
        "Asia/Tokyo",
    )
