"""Typing a whole date into a date field (issue: '2027-05-20' typed over the selection of the
New mission dialog became 2026-05-20, and '2027-02-31' silently became 2026-02-03).

The dialog tests type with key events into whatever widget has the focus, after selecting
its text with Ctrl+A, and read the dialog's draft: they ran the same against the old
QDateEdit, and failed there with exactly the issue's dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.core.typed_dates import (
    DayOrder,
    NotADate,
    NotATime,
    date_words,
    parse_typed_date,
    parse_typed_time,
)
from tests.ui_support import window_language
from ui.dialogs.new_mission import NewMissionDialog
from ui.forms.date_fields import DateField, TimeField, day_order

TODAY = date(2026, 12, 3)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, full-width digits included (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def type_over(qtbot: QtBot, target: QWidget, text: str) -> None:
    """Focus ``target``, select what it shows (Ctrl+A), type ``text`` over it, press Tab."""
    target.setFocus()

    def focused_inside() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and (widget is target or target.isAncestorOf(widget))

    qtbot.waitUntil(focused_inside)
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(focused, text)
    QTest.keyClick(focused, Qt.Key.Key_Tab)


@pytest.fixture(params=["C", "it_IT", "ja_JP", "en_US"])
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """The system locale the window runs in (its date format: ISO, Italian, Japanese, US)."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    try:
        yield request.param
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def dialog(qtbot: QtBot) -> NewMissionDialog:
    d = NewMissionDialog(today=TODAY)
    qtbot.addWidget(d)
    d.name_edit.setText("Torino → Nagoya")
    d.city_edit.setText("Nagoya")
    d.show()
    d.activateWindow()
    qtbot.waitActive(d)
    return d


# --- the issue, in the New mission dialog -------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["2027-05-20", "20/05/2027", "2027/05/20", "２０２７−０５−２０", "２０２７－０５－２０"],
)
def test_a_whole_date_typed_over_the_selection_is_that_date(
    qtbot: QtBot, dialog: NewMissionDialog, locale: str, typed: str
) -> None:
    type_over(qtbot, dialog.start_edit, typed)
    type_over(qtbot, dialog.end_edit, "2027-05-22")
    assert dialog.draft().start_date == date(2027, 5, 20)
    assert dialog.draft().end_date == date(2027, 5, 22)
    assert dialog.errors() == {}
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()


def test_an_impossible_date_is_said_not_changed(
    qtbot: QtBot, dialog: NewMissionDialog, locale: str
) -> None:
    type_over(qtbot, dialog.start_edit, "2027-02-31")
    assert dialog.draft().start_date != date(2026, 2, 3)  # what QDateEdit made of it
    assert dialog.errors().get("start_date") == "There is no 31 February 2027."
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # not created with another date
    assert dialog.start_edit.date() is None
    assert "2027-02-31" in dialog.start_edit.text()  # what was typed stays, to be put right
    type_over(qtbot, dialog.start_edit, "2027-02-28")
    assert dialog.errors() == {}
    assert dialog.draft().start_date == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("it", "Il 31 febbraio 2027 non esiste."),
        ("ja", "2027年2月31日という日付はありません。"),
        ("en", "There is no 31 February 2027."),
    ],
)
def test_the_impossible_date_is_said_in_the_window_language(
    qtbot: QtBot, dialog: NewMissionDialog, lang: str, said: str
) -> None:
    with window_language(lang):
        type_over(qtbot, dialog.start_edit, "2027-02-31")
        assert dialog.start_edit.shown_problem() == said
        assert dialog.start_edit.error.isVisible()


def test_a_problem_goes_when_it_is_put_right(qtbot: QtBot, dialog: NewMissionDialog) -> None:
    field = dialog.start_edit
    type_over(qtbot, field, "2027-13-01")
    assert "no month 13" in field.shown_problem()
    seen: list[object] = []
    field.dateChanged.connect(seen.append)
    field.edit.setFocus()
    QTest.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field.edit, "2027-12-01")
    assert field.shown_problem() == ""  # gone while typing, before leaving the field
    assert seen[-1] == date(2027, 12, 1)


def test_an_empty_date_is_asked_for(qtbot: QtBot, dialog: NewMissionDialog) -> None:
    dialog.start_edit.edit.clear()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.start_edit.shown_problem().startswith("Write a date")


def test_the_calendar_still_pops_up_and_picks(qtbot: QtBot, dialog: NewMissionDialog) -> None:
    field = dialog.start_edit
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.calendar.isVisible())
    assert field.calendar.selectedDate() == QDate(2026, 12, 3)
    field.calendar.clicked.emit(QDate(2027, 10, 12))
    assert not field.calendar.isVisible()
    assert field.date() == date(2027, 10, 12)
    assert dialog.draft().start_date == date(2027, 10, 12)


def test_the_field_shows_the_locale_format() -> None:
    assert day_order("M/d/yyyy") is DayOrder.MONTH_FIRST
    assert day_order("dd/MM/yyyy") is DayOrder.DAY_FIRST
    assert day_order("yyyy/MM/dd") is DayOrder.DAY_FIRST


def test_month_first_locales_read_their_own_order(qtbot: QtBot) -> None:
    field = DateField(TODAY, display_format="M/d/yyyy")
    qtbot.addWidget(field)
    field.edit.setText("05/20/2027")
    field.edit.textEdited.emit("05/20/2027")
    assert field.date() == date(2027, 5, 20)
    field.edit.setText("03/04/2027")
    assert field.date() == date(2027, 3, 4)  # 4 March, as the field writes dates
    field.edit.setText("20/05/2027")
    assert field.date() == date(2027, 5, 20)  # no month 20: only one way to read it


# --- the time field -----------------------------------------------------------------------


def test_time_field_takes_hh_mm_in_a_named_zone(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    field = TimeField(time(9, 0), zone="Asia/Tokyo")
    layout.addWidget(field)
    layout.addWidget(QLineEdit())  # somewhere for Tab to go
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert field.zone_label.text() == "Asia/Tokyo"
    type_over(qtbot, field, "１４：３０")
    assert field.time() == time(14, 30)
    assert field.text() == "14:30"
    type_over(qtbot, field, "25:00")
    assert field.time() is None
    assert "no time 25:00" in field.shown_problem()
    field.setTime(time(8, 5))
    assert field.text() == "08:05" and field.shown_problem() == ""
    field.setZone("Europe/Rome")
    assert field.zone() == "Europe/Rome"


# --- the reading itself (no window) -------------------------------------------------------

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))
FULL_WIDTH = str.maketrans("0123456789-/", "０１２３４５６７８９－／")


@given(dates, st.sampled_from(["-", "/", ".", "−", "－", " "]))
@settings(max_examples=200)
def test_every_way_of_writing_a_date_reads_back(day: date, sep: str) -> None:
    iso = f"{day.year:04d}{sep}{day.month:02d}{sep}{day.day:02d}"
    dmy = f"{day.day}{sep}{day.month}{sep}{day.year}"
    assert parse_typed_date(iso) == day
    assert parse_typed_date(dmy) == day
    assert parse_typed_date(iso.translate(FULL_WIDTH)) == day
    assert parse_typed_date(f"{day.year}年{day.month}月{day.day}日") == day
    mdy = f"{day.month}/{day.day}/{day.year}"
    assert parse_typed_date(mdy, DayOrder.MONTH_FIRST) == day


@given(st.integers(2000, 2100), st.integers(1, 12), st.integers(29, 31))
def test_a_day_past_the_month_end_is_refused_in_words(year: int, month: int, day: int) -> None:
    try:
        real = date(year, month, day)
    except ValueError:
        real = None
    if real is not None:
        assert parse_typed_date(f"{year}-{month:02d}-{day:02d}") == real
        return
    with pytest.raises(NotADate) as refused:
        parse_typed_date(f"{year}-{month:02d}-{day:02d}")
    assert refused.value.message == NotADate(refused.value.message).message
    assert str(refused.value) == f"There is no {date_words(day, month, year).text('en')}."


@pytest.mark.parametrize("typed", ["", "   "])
def test_nothing_typed_is_no_date(typed: str) -> None:
    assert parse_typed_date(typed) is None
    assert parse_typed_time(typed) is None


@pytest.mark.parametrize("typed", ["abc", "2027-05", "2027-05-20-1", "1/2/3/4", "20 May"])
def test_what_is_not_a_date_is_said(typed: str) -> None:
    with pytest.raises(NotADate, match="is not a date"):
        parse_typed_date(typed)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9:30", time(9, 30)), ("0930", time(9, 30)), ("9.30", time(9, 30)), ("23:59", time(23, 59))],
)
def test_times_read(typed: str, expected: time) -> None:
    assert parse_typed_time(typed) == expected


@pytest.mark.parametrize("typed", ["24:00", "12:60", "noon", "9:3"])
def test_what_is_not_a_time_is_said(typed: str) -> None:
    with pytest.raises(NotATime):
        parse_typed_time(typed)


def test_plain_line_edits_are_not_date_fields() -> None:
    """Guard: the dialog's date widgets are the shared field, not Qt's section editor."""
    from PySide6.QtWidgets import QDateEdit

    d = NewMissionDialog(today=TODAY)
    try:
        assert not d.findChildren(QDateEdit)
        assert isinstance(d.start_edit, DateField) and isinstance(d.start_edit.edit, QLineEdit)
    finally:
        d.deleteLater()
