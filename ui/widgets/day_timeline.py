"""A person's days on one screen: one row per day of the mission on a time axis in the
mission's zone, their unavailability as blocks, the B2B sessions drawn faintly behind.

- Drag across a row to add a block (it is saved at once and opened in the form below, the
  reason field ready), or type it in the form (From, To, Reason) and press Enter.
- Click a block to select it, Delete (or Backspace) to remove it (undoable), double-click or
  Enter to edit it in the form; Left/Right move the selection, Escape clears it.
- Problems (an end before the start, a time outside the mission, an overlap with another
  reason, a time the clocks skip) are shown under their field in the window's language.

Every change goes through :mod:`app.services.availability` on the database worker and is
announced on ``ctx.bus``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import NoReturn
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.core.validation import ValidationError
from app.services.availability import (
    BREAK_REASON,
    Period,
    PeriodData,
    PeriodSaved,
    PersonAvailability,
    add_unavailability,
    delete_unavailability,
    list_unavailability,
    parse_wall_time,
    person_availability,
    restore_unavailability,
    set_periods,
    update_unavailability,
)
from app.services.database import Store
from app.services.refusals import FieldsRefused
from ui.context import AppContext
from ui.errors import failure_text
from ui.forms.fields import error_label
from ui.forms.messages import field_messages
from ui.i18n import current_language
from ui.undo import RecordOps, ServiceCommand, delete_record

SNAP_MINUTES = 5
FIRST_HOUR, LAST_HOUR = 7, 22  # the axis, widened to show any block outside it
BLOCK_COLOUR = QColor("#c0504d")
BREAK_COLOUR = QColor("#d9a441")
SESSION_COLOUR = QColor(70, 130, 180, 45)
WRITTEN = "%Y-%m-%d %H:%M"


def _nothing(*_args: object, **_kwargs: object) -> NoReturn:
    raise NotImplementedError


# Only delete and restore are used (the Delete key's undo).
PERIOD_OPS: RecordOps[PeriodData] = RecordOps(
    get=_nothing,
    load=_nothing,
    create=_nothing,
    update=_nothing,
    delete=delete_unavailability,
    restore=restore_unavailability,
)


class TimelineCanvas(QWidget):
    """The painted days. Emits what the user did; the :class:`DayTimeline` acts on it."""

    drawn = Signal(object, object)  # naive wall start, end: a new block was dragged
    selected = Signal(object)  # the period id, or None
    activated = Signal(int)  # a period to edit (double-click, Enter)
    delete_requested = Signal(int)

    ROW_HEIGHT = 34
    HEADER = 22
    LABEL_WIDTH = 92

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view: PersonAvailability | None = None
        self.selected_id: int | None = None
        self._drag: tuple[date, datetime, datetime] | None = None
        self._first_hour, self._last_hour = FIRST_HOUR, LAST_HOUR
        self.weekdays: list[str] = []  # set by the owner, translated
        self.break_label = "break"  # set by the owner, translated

    # --- data ------------------------------------------------------------------------

    def set_view(self, view: PersonAvailability | None) -> None:
        self.view = view
        if view is not None and self.selected_id not in {p.id for p in view.periods}:
            self.selected_id = None
        first, last = FIRST_HOUR, LAST_HOUR
        if view is not None:
            for day in view.days():
                for _p, a, b in view.on(day):
                    first = min(first, a.hour)
                    end = b.hour + (1 if b.minute else 0) if b.date() == day else 24
                    last = max(last, end)
        self._first_hour, self._last_hour = first, last
        self.updateGeometry()
        self.update()

    def days(self) -> list[date]:
        return self.view.days() if self.view is not None else []

    def sizeHint(self) -> QSize:
        return QSize(640, self.HEADER + max(1, len(self.days())) * self.ROW_HEIGHT + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    # --- geometry --------------------------------------------------------------------

    def _axis(self) -> tuple[float, float]:
        left = float(self.LABEL_WIDTH)
        return left, max(1.0, self.width() - left - 8)

    def x_of(self, moment: datetime, day: date) -> float:
        left, width = self._axis()
        minutes = (moment - datetime.combine(day, time())).total_seconds() / 60
        span = (self._last_hour - self._first_hour) * 60
        return left + (minutes - self._first_hour * 60) / span * width

    def time_at(self, x: float, day: date) -> datetime:
        left, width = self._axis()
        span = (self._last_hour - self._first_hour) * 60
        minutes = self._first_hour * 60 + (min(max(x, left), left + width) - left) / width * span
        snapped = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        return datetime.combine(day, time()) + timedelta(minutes=snapped)

    def day_at(self, y: float) -> date | None:
        row = int((y - self.HEADER) // self.ROW_HEIGHT)
        days = self.days()
        return days[row] if y >= self.HEADER and 0 <= row < len(days) else None

    def row_rect(self, index: int) -> QRectF:
        return QRectF(0, self.HEADER + index * self.ROW_HEIGHT, self.width(), self.ROW_HEIGHT)

    def block_rect(self, day_index: int, a: datetime, b: datetime) -> QRectF:
        day = self.days()[day_index]
        row = self.row_rect(day_index)
        x1, x2 = self.x_of(a, day), self.x_of(b, day)
        return QRectF(x1, row.top() + 5, max(3.0, x2 - x1), row.height() - 10)

    def blocks(self) -> list[tuple[Period, QRectF]]:
        """Every visible block with its rectangle (a period across midnight: two)."""
        out: list[tuple[Period, QRectF]] = []
        if self.view is None:
            return out
        for i, day in enumerate(self.days()):
            for period, a, b in self.view.on(day):
                out.append((period, self.block_rect(i, a, b)))
        return out

    def period_at(self, point: QPointF) -> Period | None:
        for period, rect in self.blocks():
            if rect.contains(point):
                return period
        return None

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = QFontMetrics(self.font())
        left, width = self._axis()
        days = self.days()
        grid = QPen(palette.mid().color())
        grid.setWidthF(0.5)
        # hours
        for hour in range(self._first_hour, self._last_hour + 1):
            x = left + (hour - self._first_hour) / (self._last_hour - self._first_hour) * width
            painter.setPen(grid)
            painter.drawLine(QPointF(x, self.HEADER - 4), QPointF(x, self.height()))
            if (hour - self._first_hour) % (1 if width > 600 else 2) == 0:
                painter.setPen(palette.text().color())
                label = f"{hour:02d}"
                painter.drawText(
                    QPointF(x - metrics.horizontalAdvance(label) / 2, metrics.ascent() + 2), label
                )
        if self.view is None:
            painter.end()
            return
        for i, day in enumerate(days):
            row = self.row_rect(i)
            if i % 2:
                painter.fillRect(row, palette.alternateBase())
            painter.setPen(palette.text().color())
            weekday = self.weekdays[day.weekday()] if self.weekdays else f"{day:%a}"
            painter.drawText(
                QRectF(6, row.top(), self.LABEL_WIDTH - 10, row.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{weekday} {day:%d/%m}",
            )
            # the B2B sessions, faintly, for orientation
            for band in self.view.sessions:
                a = _wall(band.start_utc, self.view.zone)
                b = _wall(band.end_utc, self.view.zone)
                if a.date() <= day <= b.date():
                    start = max(a, datetime.combine(day, time()))
                    end = min(b, datetime.combine(day + timedelta(days=1), time()))
                    rect = QRectF(self.x_of(start, day), row.top() + 1, 0, row.height() - 2)
                    rect.setRight(self.x_of(end, day))
                    painter.fillRect(rect, SESSION_COLOUR)
                    painter.setPen(QColor(70, 130, 180, 160))
                    painter.drawText(
                        rect.adjusted(3, 0, 0, 0),
                        int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft),
                        band.names.in_(current_language()),
                    )
        # the blocks
        for period, rect in self.blocks():
            colour = BREAK_COLOUR if period.reason == BREAK_REASON else BLOCK_COLOUR
            chosen = period.id == self.selected_id
            painter.setBrush(colour.darker(130) if chosen else colour)
            pen = QPen(palette.highlight().color() if chosen else colour.darker(150))
            pen.setWidthF(2.5 if chosen else 1)
            painter.setPen(pen)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("white"))
            reason = self.break_label if period.reason == BREAK_REASON else period.reason
            text = metrics.elidedText(reason, Qt.TextElideMode.ElideRight, int(rect.width()) - 6)
            painter.drawText(rect.adjusted(3, 0, -3, 0), int(Qt.AlignmentFlag.AlignVCenter), text)
        # a block being dragged
        if self._drag is not None:
            day, a, b = self._drag
            index = days.index(day)
            start, end = min(a, b), max(a, b)
            painter.setBrush(QColor(192, 80, 77, 90))
            painter.setPen(QPen(BLOCK_COLOUR, 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.block_rect(index, start, end))
        if self.hasFocus() and self.selected_id is None:
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    # --- mouse and keys --------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        period = self.period_at(point)
        if period is not None:
            self.select(period.id)
            return
        day = self.day_at(point.y())
        self.select(None)
        if day is not None:
            at = self.time_at(point.x(), day)
            self._drag = (day, at, at)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        day, start, _ = self._drag
        self._drag = (day, start, self.time_at(event.position().x(), day))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        day, start, _ = self._drag
        end = self.time_at(event.position().x(), day)
        self._drag = None
        self.update()
        if end != start:
            self.drawn.emit(min(start, end), max(start, end))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        period = self.period_at(event.position())
        if period is not None:
            self.select(period.id)
            self.activated.emit(period.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ids = self._ordered_ids()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_id is not None:
            self.delete_requested.emit(self.selected_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.activated.emit(self.selected_id)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up) and ids:
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            if self.selected_id in ids:
                index = (ids.index(self.selected_id) + step) % len(ids)
            else:
                index = 0 if step > 0 else len(ids) - 1
            self.select(ids[index])
        elif key == Qt.Key.Key_Escape and self.selected_id is not None:
            self.select(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _ordered_ids(self) -> list[int]:
        return [p.id for p in self.view.periods] if self.view is not None else []

    def select(self, period_id: int | None) -> None:
        if period_id != self.selected_id:
            self.selected_id = period_id
            self.selected.emit(period_id)
        self.update()


def _wall(instant: datetime, zone: str) -> datetime:
    return instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


class DayTimeline(QWidget):
    """One person's unavailability over the mission's days, with a small form to type it."""

    changed = Signal()  # after a save or a delete of this widget's (also on ctx.bus)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayTimeline")
        self.ctx = ctx
        self.participant_id: int | None = None
        self.editing_id: int | None = None  # the period the form edits (None: a new one)
        self._editing_base: Period | None = None  # that period as the form was filled
        self._generation = 0  # of loads: only the latest one is shown
        self._form_generation = 0  # of the form: a save adopts its period only if unchanged
        self._loaded = False

        self.heading = QLabel(self)
        self.heading.setObjectName("timelineHeading")
        self.heading.setWordWrap(True)
        self.canvas = TimelineCanvas(self)
        self.canvas.weekdays = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        self.canvas.break_label = self.tr("break")
        self.hint = QLabel(
            self.tr(
                "Drag across a day to add a time this person cannot meet; double-click a "
                "block to edit it, select it and press Delete to remove it."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")

        self.start_edit = QLineEdit(self)
        self.start_edit.setObjectName("timelineFrom")
        self.end_edit = QLineEdit(self)
        self.end_edit.setObjectName("timelineTo")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("timelineReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. plant visit, flight, break"))
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText("2027-10-14 14:00")
        self.zone_combo = QComboBox(self)
        self.zone_combo.setObjectName("timelineZone")
        self.zone_combo.setToolTip(self.tr("The time zone of the times typed in From and To"))
        self.save_button = QPushButton(self.tr("Add"), self)
        self.save_button.setObjectName("timelineSave")
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("timelineNew")
        self.delete_button = QPushButton(self.tr("Remove"), self)
        self.delete_button.setObjectName("timelineDelete")
        self.errors: dict[str, QLabel] = {}
        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for column, (name, label, edit) in enumerate(
            (
                ("start", self.tr("From"), self.start_edit),
                ("end", self.tr("To"), self.end_edit),
                ("reason", self.tr("Reason"), self.reason_edit),
            )
        ):
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            form.addWidget(caption, 0, column)
            form.addWidget(edit, 1, column)
            error = error_label(f"timelineError_{name}", self)
            form.addWidget(error, 2, column)
            self.errors[name] = error
        self.zone_caption = QLabel(self.tr("Time zone"), self)
        self.zone_caption.setBuddy(self.zone_combo)
        form.addWidget(self.zone_caption, 0, 3)
        form.addWidget(self.zone_combo, 1, 3)
        zone_error = error_label("timelineError_zone", self)
        form.addWidget(zone_error, 2, 3)
        self.errors["zone"] = zone_error
        form.setColumnStretch(2, 2)
        form.setColumnStretch(0, 1)
        form.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form.addLayout(buttons, 1, 4)
        self.general_error = error_label("timelineError", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.canvas)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.general_error)

        self.canvas.drawn.connect(self._on_drawn)
        self.canvas.selected.connect(self._on_selected)
        self.canvas.activated.connect(self.edit_period)
        self.canvas.delete_requested.connect(self.delete_period)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self._delete_selected)
        for edit in (self.start_edit, self.end_edit, self.reason_edit):
            edit.returnPressed.connect(self.save)
        ctx.bus.changed.connect(self._on_bus_changed)
        self._update_controls()
        self.set_person(None)

    # --- what the owner asks ---------------------------------------------------------

    def set_person(self, participant_id: int | None) -> None:
        """Show ``participant_id``'s days (None: nobody)."""
        if participant_id != self.participant_id:
            self.canvas.selected_id = None
            self.start_new()
        self.participant_id = participant_id
        self.reload()

    def ready(self) -> bool:
        return self._loaded

    def view(self) -> PersonAvailability | None:
        return self.canvas.view

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        store, person = self.ctx.store, self.participant_id
        self._loaded = False
        if store is None or person is None:
            self._show(generation, None)
            return
        self.ctx.runner.run(
            lambda: person_availability(store, person),
            on_done=lambda view: self._show(generation, view),
            on_error=lambda exc: self._load_failed(generation, exc),
        )

    def start_new(self) -> None:
        """An empty form that adds a period (on the first day of the mission)."""
        self.editing_id = None
        self._form_generation += 1
        self.canvas.select(None)
        self._clear_errors()
        view = self.canvas.view
        day = view.first_day if view is not None else None
        self.start_edit.setText(f"{day:%Y-%m-%d} 09:00" if day else "")
        self.end_edit.setText(f"{day:%Y-%m-%d} 10:00" if day else "")
        self.reason_edit.clear()
        self._update_controls()

    def edit_period(self, period_id: int) -> None:
        """Put a period in the form to change it."""
        view = self.canvas.view
        period = next((p for p in view.periods if p.id == period_id), None) if view else None
        if period is None or view is None:
            return
        self.editing_id = period_id
        self._editing_base = period  # what the form shows: its save is checked against it
        self._form_generation += 1
        self._clear_errors()
        a, b = period.local(view.zone)
        self.start_edit.setText(f"{a:{WRITTEN}}")
        self.end_edit.setText(f"{b:{WRITTEN}}")
        self.reason_edit.setText(period.reason)
        self.zone_combo.setCurrentIndex(0)  # shown in the mission's zone
        self._update_controls()
        self.reason_edit.setFocus()
        self.reason_edit.selectAll()

    def save(self) -> None:
        """Add (or change) the period typed in the form."""
        store, person = self.ctx.store, self.participant_id
        if store is None or person is None:
            return
        self._clear_errors()
        try:
            start = parse_wall_time(self.start_edit.text(), "start")
            end = parse_wall_time(self.end_edit.text(), "end")
        except FieldsRefused as refused:
            self._show_errors(refused)
            return
        data = PeriodData(start, end, self.reason_edit.text(), self._typed_zone())
        editing = self.editing_id
        if editing is None:
            self._write(
                lambda: add_unavailability(store, person, data), self.tr("Add unavailability")
            )
        else:
            base = self._editing_base
            if base is None or base.id != editing:  # just saved: the period as it is shown now
                view = self.canvas.view
                base = next((p for p in view.periods if p.id == editing), None) if view else None
            if base is None:
                return
            shown = Loaded(base)
            self._write(
                lambda: update_unavailability(store, editing, data, base=shown),
                self.tr("Change unavailability"),
            )

    def delete_period(self, period_id: int) -> None:
        """Remove a period (Edit › Undo puts it back)."""
        if self.ctx.store is None:
            return
        delete_record(
            self.ctx,
            PERIOD_OPS,
            period_id,
            self.tr("Remove unavailability"),
            on_error=self._write_failed,
            initiator=self,
        )
        if self.editing_id == period_id:
            self.start_new()

    # --- inside ----------------------------------------------------------------------

    def _write(self, job: Callable[[], PeriodSaved], text: str) -> None:
        """Run an add or an edit on the worker; once done, push its undo (the person's periods
        before and after) and announce it."""
        form = self._form_generation
        store, person = self.ctx.store, self.participant_id
        if store is None or person is None:
            return

        def run() -> tuple[PeriodSaved, list[Period], list[Period]]:
            before = list_unavailability(store, person)
            saved = job()
            return saved, before, list_unavailability(store, person)

        def done(result: tuple[PeriodSaved, list[Period], list[Period]]) -> None:
            saved, before, after = result
            self.ctx.undo.push(PeriodsCommand(self.ctx, text, person, before, after))
            self._written(form, saved)

        self.ctx.runner.run(run, on_done=done, on_error=self._write_failed)

    def _written(self, form: int, saved: PeriodSaved) -> None:
        self.ctx.bus.announce(Changes(participants=True, b2b=True), self)
        if not shiboken6.isValid(self):
            return
        if form == self._form_generation:  # the form still shows what was saved
            period_id = saved.id
            self.canvas.selected_id = period_id
            self.editing_id = period_id
            self._editing_base = None  # the next save names the period as reloaded
        self.changed.emit()
        self.reload()

    def _write_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ValidationError):
            self._show_errors(exc)
            return
        self.general_error.setText(failure_text(exc))
        self.general_error.show()
        self.reload()

    def _typed_zone(self) -> str | None:
        """The zone chosen for the typed times (None: the mission's)."""
        view = self.canvas.view
        zone = self.zone_combo.currentData()
        return None if view is None or not zone or zone == view.zone else str(zone)

    def _set_zones(self, view: PersonAvailability | None) -> None:
        """Offer the mission's zone and its venues' others; shown only when there are two."""
        zones = view.zones if view is not None else ()
        current = self.zone_combo.currentData()
        if [self.zone_combo.itemData(i) for i in range(self.zone_combo.count())] != list(zones):
            self.zone_combo.clear()
            for zone in zones:
                self.zone_combo.addItem(zone, zone)
        index = self.zone_combo.findData(current)
        self.zone_combo.setCurrentIndex(max(index, 0))
        several = len(zones) > 1
        self.zone_combo.setVisible(several)
        self.zone_caption.setVisible(several)

    def _show_errors(self, error: ValidationError) -> None:
        general = []
        for name, text in field_messages(error).items():
            label = self.errors.get(name)
            if label is None:
                general.append(text)
                continue
            label.setText(text)
            label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()

    def _clear_errors(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.clear()
            label.hide()

    def _show(self, generation: int, view: PersonAvailability | None) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self.canvas.set_view(view)
        self._set_zones(view)
        if view is None:
            self.heading.setText(self.tr("Select a person to see their days."))
        else:
            name = f"{view.name} ({view.name_ja})" if view.name_ja else view.name
            self.heading.setText(
                self.tr("{name}: times they cannot meet, in {zone}").format(
                    name=name, zone=view.zone
                )
            )
            if self.editing_id is None and not self.start_edit.text():
                self.start_new()
            if self.editing_id is not None:
                if self.editing_id in {p.id for p in view.periods}:
                    self.canvas.select(self.editing_id)
                else:
                    self.start_new()
        self._loaded = True
        self._update_controls()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self.canvas.set_view(None)
        self.heading.setText(failure_text(exc))
        self._loaded = True
        self._update_controls()

    def _on_drawn(self, start: datetime, end: datetime) -> None:
        """A block dragged: saved at once with the reason in the form, then edited there."""
        store, person = self.ctx.store, self.participant_id
        if store is None or person is None:
            return
        self._clear_errors()
        self.start_edit.setText(f"{start:{WRITTEN}}")
        self.end_edit.setText(f"{end:{WRITTEN}}")
        self.zone_combo.setCurrentIndex(0)  # the canvas is in the mission's zone
        reason = self.reason_edit.text() if self.editing_id is None else ""
        if self.editing_id is not None:
            self.reason_edit.clear()
        self.editing_id = None
        self._form_generation += 1
        data = PeriodData(start, end, reason)
        self._write(lambda: add_unavailability(store, person, data), self.tr("Add unavailability"))
        self.reason_edit.setFocus()

    def _on_selected(self, period_id: int | None) -> None:
        if period_id is not None:
            self.edit_period(period_id)
            self.canvas.setFocus()
        self._update_controls()

    def _delete_selected(self) -> None:
        if self.canvas.selected_id is not None:
            self.delete_period(self.canvas.selected_id)

    def _on_bus_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not shiboken6.isValid(self):
            return
        if changes.participants or changes.b2b or changes.missions:
            self.reload()

    def _update_controls(self) -> None:
        active = self.participant_id is not None and self.canvas.view is not None
        widgets = (self.start_edit, self.end_edit, self.reason_edit, self.zone_combo)
        for widget in (*widgets, self.new_button):
            widget.setEnabled(active)
        self.save_button.setEnabled(active)
        self.save_button.setText(self.tr("Add") if self.editing_id is None else self.tr("Save"))
        self.delete_button.setEnabled(active and self.canvas.selected_id is not None)
        self.canvas.setEnabled(active)


class PeriodsCommand(ServiceCommand):
    """An add or an edit of a person's unavailability: undo puts back the periods as they
    were (a merge absorbed some), redo as they became."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        participant_id: int,
        before: list[Period],
        after: list[Period],
    ) -> None:
        super().__init__(ctx, text)
        self._person, self._before, self._after = participant_id, before, after

    def _undo_job(self, store: Store) -> Changes:
        # only over the periods as this step left them: someone else's change is kept
        return set_periods(store, self._person, self._before, expect=self._after)

    def _redo_job(self, store: Store) -> Changes:
        return set_periods(store, self._person, self._after, expect=self._before)


class AvailabilityDialog(QDialog):
    """The day timeline of one participant, from the Participants page."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availabilityDialog")
        self.setWindowTitle(self.tr("Availability"))
        self.timeline = DayTimeline(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline)
        layout.addWidget(buttons)
        self.resize(860, 360)
        self.timeline.set_person(participant_id)
