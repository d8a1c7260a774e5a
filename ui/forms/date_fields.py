"""Fields for a date and a time of day that take what a person types, whole.

Qt's QDateEdit edits one section at a time: a whole date typed over it lands section by
section, so '2027-05-20' typed over the year became 2026-05-20 and '2027-02-31' quietly became
2026-02-03. These fields read the whole text instead (with :mod:`app.core.typed_dates`): ISO,
day first, year first with slashes, full-width digits; a date that does not exist is said in
words under the field ("There is no 31 February 2027") and never replaced by another.

Use them for every date and time a form asks for::

    start = DateField(date(2027, 10, 12))        # DateField(optional=True) may stay empty
    start.dateChanged.connect(...)                # a date, or None: emitted on each change
    start.date()                                  # date | None (None: empty or not a date)
    start.setDate(date(2027, 10, 14))
    start.check()                                 # in accept(): show the problem now; date | None
    start.problem()                               # "" or the worded problem, window language

    at = TimeField(time(9, 30), zone="Asia/Tokyo")  # HH:MM in a named zone, shown beside it
    at.time(); at.setTime(time(14, 0)); at.zone(); at.setZone("Europe/Rome")
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.common.errors import UserError
from app.core.typed_dates import DayOrder, parse_typed_date, parse_typed_time
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language


def date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (ISO when the locale is plain C)."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def day_order(pattern: str) -> DayOrder:
    """Whether a date format that does not start with the year puts the month first."""
    month, day = pattern.find("M"), pattern.find("d")
    starts_with_year = pattern.lstrip().startswith("y")
    if not starts_with_year and 0 <= month < day:
        return DayOrder.MONTH_FIRST
    return DayOrder.DAY_FIRST


class _WholeTextEdit(QLineEdit):
    """A line edit whose whole text is selected when it gets the focus, so that what is typed
    replaces it (a click inside, after that, places the cursor as usual)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
            Qt.FocusReason.OtherFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            QTimer.singleShot(0, self, self.selectAll)  # not once the field is gone


class _TypedField(QWidget):
    """A line edit read whole when it changes, with its problem worded under it."""

    problemChanged = Signal(str)  # "" when there is none

    def __init__(self, parent: QWidget | None, *, optional: bool) -> None:
        super().__init__(parent)
        self._optional = optional
        self.edit = _WholeTextEdit()
        self.error = QLabel()
        self.error.setObjectName("field_problem")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)

    # --- for the subclasses ----------------------------------------------------------------

    def _parse(self, text: str) -> object:
        raise NotImplementedError

    def _format(self, value: object) -> str:
        raise NotImplementedError

    def _required_problem(self) -> str:
        raise NotImplementedError

    def _value_changed(self, value: object) -> None:
        raise NotImplementedError

    # --- shared ----------------------------------------------------------------------------

    def _read(self) -> tuple[object, str]:
        """The value of the text now and its problem ("" when none)."""
        try:
            value = self._parse(self.edit.text())
        except UserError as exc:
            return None, exc.text(current_language())
        if value is None and not self._optional:
            return None, self._required_problem()
        return value, ""

    def problem(self) -> str:
        """What is wrong with the text now, worded in the window's language ("" if nothing)."""
        return self._read()[1]

    def shown_problem(self) -> str:
        """The problem shown under the field ("" when none is shown)."""
        return "" if self.error.isHidden() else self.error.text()

    def _show(self, problem: str) -> None:
        if problem == self.shown_problem():
            return
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.problemChanged.emit(problem)

    def _edited(self, _text: str) -> None:
        value, problem = self._read()
        if not problem:
            self._show("")  # a problem goes as soon as it is put right; a new one waits
        self._set_value(value)

    def _finished(self) -> None:
        value, problem = self._read()
        self._show(problem)
        if not problem and value is not None:
            formatted = self._format(value)
            if formatted != self.edit.text():
                self.edit.setText(formatted)

    def _set_value(self, value: object) -> None:
        if value != self._value:
            self._value = value
            self._value_changed(value)

    def _put(self, value: object) -> None:
        self.edit.setText("" if value is None else self._format(value))
        self._show("")
        self._set_value(value)

    def text(self) -> str:
        return self.edit.text()

    _value: object = None


class DateField(_TypedField):
    """A date typed whole (or picked in the calendar); see the module's docstring."""

    dateChanged = Signal(object)  # dt.date | None

    def __init__(
        self,
        value: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        display_format: str | None = None,
    ) -> None:
        super().__init__(parent, optional=optional)
        self._format_pattern = display_format or date_format(QLocale())
        self._order = day_order(self._format_pattern)
        self.edit.setPlaceholderText(QDate(2027, 5, 20).toString(self._format_pattern))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendar_button")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose in a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.row.addWidget(self.calendar_button)
        self._put(value)

    def date(self) -> dt.date | None:
        """The date typed or picked; None when the field is empty or its text is not a date
        (then :meth:`problem` says why)."""
        value = self._read()[0]
        return value if isinstance(value, dt.date) else None

    def setDate(self, value: dt.date | None) -> None:
        """Show ``value`` (None: empty), in the field's format; any problem shown goes."""
        self._put(value)

    def check(self) -> dt.date | None:
        """Show the problem now, if there is one (a dialog's accept() calls it); the date."""
        self._finished()
        return self.date()

    def display_format(self) -> str:
        return self._format_pattern

    def show_calendar(self) -> None:
        """Pop the calendar up under the field, on the date typed (else today)."""
        shown = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._menu.popup(self.mapToGlobal(self.edit.geometry().bottomLeft()))

    def _picked(self, value: QDate) -> None:
        self._menu.hide()
        self._put(dt.date(value.year(), value.month(), value.day()))
        self.edit.setFocus()

    def _parse(self, text: str) -> object:
        return parse_typed_date(text, self._order)

    def _format(self, value: object) -> str:
        assert isinstance(value, dt.date)
        return QDate(value.year, value.month, value.day).toString(self._format_pattern)

    def _required_problem(self) -> str:
        return self.tr("Write a date, e.g. {0}.").format(self.edit.placeholderText())

    def _value_changed(self, value: object) -> None:
        self.dateChanged.emit(value)


class TimeField(_TypedField):
    """A time of day (24-hour HH:MM) in a named time zone, shown beside it."""

    timeChanged = Signal(object)  # dt.time | None

    def __init__(
        self,
        value: dt.time | None = None,
        parent: QWidget | None = None,
        *,
        zone: str | None = None,
        optional: bool = False,
    ) -> None:
        super().__init__(parent, optional=optional)
        self.edit.setPlaceholderText("09:30")
        self.edit.setMaximumWidth(90)
        self.zone_label = QLabel()
        self.zone_label.setObjectName("zone_label")
        self.row.addWidget(self.zone_label)
        self.row.addStretch(1)
        self._zone: str | None = None
        self.setZone(zone)
        self._put(value)

    def time(self) -> dt.time | None:
        """The time typed; None when empty or not a time (then :meth:`problem` says why)."""
        value = self._read()[0]
        return value if isinstance(value, dt.time) else None

    def setTime(self, value: dt.time | None) -> None:
        self._put(value)

    def check(self) -> dt.time | None:
        self._finished()
        return self.time()

    def zone(self) -> str | None:
        """The IANA zone the time is in (e.g. 'Asia/Tokyo'), None when not named."""
        return self._zone

    def setZone(self, zone: str | None) -> None:
        self._zone = zone
        self.zone_label.setText(zone or "")
        self.zone_label.setVisible(bool(zone))

    def _parse(self, text: str) -> object:
        return parse_typed_time(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, dt.time)
        return f"{value.hour:02d}:{value.minute:02d}"

    def _required_problem(self) -> str:
        return self.tr("Write a time, e.g. 09:30.")

    def _value_changed(self, value: object) -> None:
        self.timeChanged.emit(value)


__all__ = ["DateField", "TimeField", "date_format", "day_order"]
