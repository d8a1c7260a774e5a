"""One day of a mission's programme on a vertical time axis: a column per venue (and one for
the items without a venue), the items as blocks coloured by kind, the B2B sessions drawn
faintly behind them, hatched and read-only, and the clashes marked.

- The axis is the elapsed time since the day's local midnight in the axis zone, labelled with
  the wall time of each instant: on a day the clocks change (Rome, 26 March 2028, 02:00 →
  03:00) the skipped hour is simply not there, and a block is always drawn where its UTC
  instant falls. A second axis may show the same instants in another zone (JST beside CEST).
- Drag a block's body to move it, its bottom edge to change its end (5-minute steps, the
  venue stays: it changes in the form); drag on an empty place of a column to ask for a new
  item there.
- Keys: Tab / Left / Right select the next or previous block, Up / Down move the selected item
  by 5 minutes (Shift: 30), Ctrl (or Alt) + Up / Down change its end, Enter opens it, Delete
  asks to remove it, Escape clears the selection (or cancels a drag).

The widget never writes anything: it emits what the user did. The page saves and calls
:meth:`ProgrammeTimeline.set_day` again; until then a moved block stays where it was dropped.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QToolTip, QWidget

from app.model.enums import AgendaKind

SNAP_MINUTES = 5
FIRST_HOUR, LAST_HOUR = 7, 23  # the axis's usual span, widened to show any block outside it
MINUTE_HEIGHT = 1.2  # pixels per minute: a 5-minute step is 6 px, an hour 72 px
EDGE = 5.0  # pixels: the bottom band of a block that changes its end
SESSION_KIND = "b2b"
CLASH_COLOUR = QColor("#d62728")
CLOCK_COLOUR = QColor("#e07b00")  # the line where the clocks change
TEXT_COLOUR = QColor("#1b1b1b")
SESSION_ACCENT = QColor(70, 130, 180)

# (fill, accent) per kind: light fills with dark text read well in light and dark windows.
KIND_COLOURS: dict[str, tuple[QColor, QColor]] = {
    AgendaKind.PLENARY.value: (QColor("#d6e4f5"), QColor("#3b6fb6")),
    AgendaKind.COMPANY_VISIT.value: (QColor("#d8efd4"), QColor("#3f8f3a")),
    AgendaKind.SIGNING_CEREMONY.value: (QColor("#eedcf1"), QColor("#8e4a94")),
    AgendaKind.DINNER.value: (QColor("#fde2c6"), QColor("#c8701e")),
    AgendaKind.TRANSFER.value: (QColor("#e4e4e4"), QColor("#6b6b6b")),
    AgendaKind.FREE.value: (QColor("#f3f7e6"), QColor("#8fa05c")),
    AgendaKind.OTHER.value: (QColor("#f1e5d6"), QColor("#8a6a45")),
    SESSION_KIND: (QColor(70, 130, 180, 40), SESSION_ACCENT),
}


@dataclass(frozen=True)
class TimelineBlock:
    """One block of the day: a programme item, or a B2B session (read-only)."""

    key: str  # "item:<id>" or "session:<id>"
    item_id: int | None  # None for a B2B session (not editable)
    column: int | None  # venue id; None: the "No venue" column
    start_utc: datetime  # aware
    end_utc: datetime
    zone: str  # IANA zone it is entered and shown in (the venue's)
    title: str  # already in the window's language
    subtitle: str  # e.g. audience, "B2B · 12 tables"
    kind: str  # AgendaKind value, or "b2b"
    clash: str | None = None  # clash text (window's language) when the block is in a clash

    @property
    def movable(self) -> bool:
        return self.item_id is not None


@dataclass(frozen=True)
class TimelineColumn:
    """A column of the day: a venue, or (venue_id None) the items without one."""

    venue_id: int | None
    title: str  # venue name in the window's language (or "No venue")
    zone: str


@dataclass(frozen=True)
class AxisMark:
    """An hour line of the axis: its height, its instant and that instant's wall times."""

    y: float
    instant: datetime  # aware, UTC
    label: str  # "10:00" in the axis zone
    second_label: str | None  # "17:00" in the second zone ("03:00 +1" on the next day)


@dataclass
class _Drag:
    mode: Literal["move", "resize", "create"]
    key: str | None  # the block moved or resized (None: a new one drawn)
    column: int  # the column's index
    press_y: float
    origin_start: datetime
    origin_end: datetime
    start: datetime  # where it is now
    end: datetime


def _minutes(delta: timedelta) -> float:
    return delta.total_seconds() / 60


def _abbreviations(zone: ZoneInfo, instants: Sequence[datetime]) -> list[str]:
    names: list[str] = []
    for instant in instants:
        name = instant.astimezone(zone).tzname() or ""
        if name and name not in names:
            names.append(name)
    return names


class ProgrammeTimeline(QWidget):
    """One day of a mission's programme; see the module's docstring.

    Its height is the axis's (sizeHint; vertical policy Fixed): put it in a QScrollArea with
    ``setWidgetResizable(True)``; selecting a block scrolls that area to show it."""

    itemMoved = Signal(int, object, object)  # item id, new start (aware UTC), new end
    itemActivated = Signal(int)  # double-click or Enter on an item
    itemSelected = Signal(object)  # item id or None
    deleteRequested = Signal(int)  # Delete/Backspace on a selected item
    createRequested = Signal(object, object, object)  # venue id or None, start UTC, end UTC

    PADDING = 10.0  # above the first hour and below the last, so their labels show whole
    COLUMN_WIDTH = 180  # the preferred width of a column (sizeHint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(False)
        self._day: date | None = None
        self._zone = "UTC"
        self._second: str | None = None
        self._columns: list[TimelineColumn] = []
        self._blocks: list[TimelineBlock] = []
        self._midnight = datetime(2000, 1, 1, tzinfo=UTC)
        self._day_minutes = 24 * 60.0
        self._first, self._last = FIRST_HOUR * 60.0, LAST_HOUR * 60.0  # elapsed minutes shown
        self._selected: str | None = None
        self._drag: _Drag | None = None
        self._layout_cache: tuple[tuple[float, float], dict[str, QRectF]] | None = None
        self._retranslate()

    # --- what the page gives ---------------------------------------------------------

    def set_day(
        self,
        day: date,
        zone: str,
        columns: Sequence[TimelineColumn],
        blocks: Sequence[TimelineBlock],
    ) -> None:
        """Show ``day`` on an axis in ``zone`` with these columns (in this order; a column is
        added for any block whose venue is missing) and blocks. Keeps the selection when its
        block is still there, else clears it (emitting itemSelected(None) if it held an
        item); a drag in progress is dropped."""
        tz = ZoneInfo(zone)
        selected_before = self.selected_item()
        self._day, self._zone = day, zone
        self._midnight = datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)
        next_midnight = datetime.combine(day + timedelta(days=1), time(), tzinfo=tz)
        self._day_minutes = _minutes(next_midnight.astimezone(UTC) - self._midnight)
        self._columns = list(columns)
        known = {c.venue_id for c in self._columns}
        for block in blocks:
            if block.column not in known:
                known.add(block.column)
                title = (
                    self.tr("No venue")
                    if block.column is None
                    else self.tr("Venue {id}").format(id=block.column)
                )
                self._columns.append(TimelineColumn(block.column, title, block.zone))
        self._blocks = list(blocks)
        self._drag = None
        self._changed()
        if self._selected is not None and self._block(self._selected) is None:
            self._selected = None
            self.setAccessibleDescription("")
            if selected_before is not None:
                self.itemSelected.emit(None)

    def set_second_zone(self, zone: str | None) -> None:
        """A second axis, on the right, labelling the same instants in ``zone`` (None: none)."""
        if zone is not None:
            ZoneInfo(zone)  # refuse an unknown zone here rather than in paintEvent
        self._second = zone
        self._changed()

    def select_item(self, item_id: int | None) -> None:
        """Select an item's block (None, or an item not shown: nothing). Emits itemSelected
        when the selected item changes, like a click."""
        key = f"item:{item_id}" if item_id is not None else None
        self._select(key if key is not None and self._block(key) is not None else None)

    def selected_item(self) -> int | None:
        block = self._block(self._selected) if self._selected is not None else None
        return block.item_id if block is not None else None

    # --- what tests and the page may read --------------------------------------------

    def selected_key(self) -> str | None:
        """The selected block's key (an item's or a session's), or None."""
        return self._selected

    def day(self) -> date | None:
        return self._day

    def zone(self) -> str:
        return self._zone

    def second_zone(self) -> str | None:
        return self._second

    def columns(self) -> list[TimelineColumn]:
        """The columns drawn, left to right (those given, then any added)."""
        return list(self._columns)

    def blocks(self) -> list[TimelineBlock]:
        """The blocks as shown now (a moved one at its new place until the next set_day)."""
        return list(self._blocks)

    def zone_titles(self) -> tuple[str, str | None]:
        """The axes' headers: the zones' abbreviations on the day ("CET/CEST", "JST")."""
        return self._zone_title(self._zone), (
            self._zone_title(self._second) if self._second else None
        )

    def axis_marks(self) -> list[AxisMark]:
        """The hour lines, top to bottom, with the labels drawn beside them."""
        tz = ZoneInfo(self._zone)
        second = ZoneInfo(self._second) if self._second else None
        marks = []
        for hour in range(int(self._first // 60), math.ceil(self._last / 60) + 1):
            instant = self._midnight + timedelta(hours=hour)
            label = f"{instant.astimezone(tz):%H:%M}"
            second_label = None
            if second is not None:
                there = instant.astimezone(second)
                second_label = f"{there:%H:%M}"
                shift = (there.date() - instant.astimezone(tz).date()).days
                if shift:
                    second_label += f" {shift:+d}"
            marks.append(AxisMark(self.y_of(instant), instant, label, second_label))
        return marks

    def clock_change(self) -> tuple[datetime, str, str] | None:
        """The instant the clocks change on the day in the axis zone, with the abbreviations
        before and after ("CET", "CEST"); None on an ordinary day."""
        if self._day is None:
            return None
        tz = ZoneInfo(self._zone)
        offset = self._midnight.astimezone(tz).utcoffset()
        end = self._midnight + timedelta(minutes=self._day_minutes)
        instant = self._midnight
        while instant < end:  # zones change on the quarter hour at the finest
            instant += timedelta(minutes=15)
            if instant.astimezone(tz).utcoffset() != offset:
                before = (instant - timedelta(minutes=1)).astimezone(tz).tzname() or ""
                return instant, before, instant.astimezone(tz).tzname() or ""
        return None

    def block_rect(self, key: str) -> QRectF:
        """Where a block is drawn (the moving one: where it is being dragged); an empty
        rectangle for a block not shown."""
        if self._drag is not None and self._drag.key == key and self._drag.mode != "create":
            return self._drag_rect(self._drag)
        return QRectF(self._layout().get(key, QRectF()))

    def point_at(self, column: int | None, instant: datetime) -> QPointF:
        """The point in the middle of the column of venue ``column`` at ``instant``."""
        rect = self.column_rect(self._column_index(column))
        return QPointF(rect.center().x(), self.y_of(instant))

    def column_rect(self, index: int) -> QRectF:
        """The column's area below the header, from the first hour to the last."""
        left, width = self._columns_area()
        each = width / max(1, len(self._columns))
        top = self._header_height()
        return QRectF(left + index * each, top, each, self.height() - top)

    def y_of(self, instant: datetime) -> float:
        """The height of an aware instant on the axis."""
        elapsed = _minutes(instant - self._midnight)
        return self._axis_top() + (elapsed - self._first) * MINUTE_HEIGHT

    def instant_at(self, y: float) -> datetime:
        """The instant at height ``y``, snapped to 5 minutes, kept inside the axis."""
        elapsed = self._first + (y - self._axis_top()) / MINUTE_HEIGHT
        elapsed = min(max(elapsed, self._first), self._last)
        return self._snap(self._midnight + timedelta(minutes=elapsed))

    # --- sizes -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        width = self._axis_width() + self._second_width()
        width += max(1, len(self._columns)) * self.COLUMN_WIDTH
        return QSize(int(width), math.ceil(self._full_height()))

    def minimumSizeHint(self) -> QSize:
        width = self._axis_width() + self._second_width() + max(1, len(self._columns)) * 90
        return QSize(int(width), math.ceil(self._full_height()))

    # --- geometry inside -------------------------------------------------------------

    def _metrics(self, bold: bool = False) -> QFontMetricsF:
        return QFontMetricsF(self._bold_font() if bold else self.font())

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _axis_width(self) -> float:
        metrics = self._metrics()
        widest = max(
            metrics.horizontalAdvance("00:00"), metrics.horizontalAdvance(self.zone_titles()[0])
        )
        return math.ceil(widest) + 16

    def _second_width(self) -> float:
        if not self._second:
            return 0.0
        metrics = self._metrics()
        title = self.zone_titles()[1] or ""
        widest = max(metrics.horizontalAdvance("00:00 +1"), metrics.horizontalAdvance(title))
        return math.ceil(widest) + 16

    def _columns_area(self) -> tuple[float, float]:
        left = self._axis_width()
        return left, max(1.0, self.width() - left - self._second_width())

    def _header_height(self) -> float:
        return math.ceil(2 * self._metrics(bold=True).lineSpacing() + 10)

    def _axis_top(self) -> float:
        return self._header_height() + self.PADDING

    def _full_height(self) -> float:
        return self._axis_top() + (self._last - self._first) * MINUTE_HEIGHT + self.PADDING

    def _column_index(self, venue_id: int | None) -> int:
        for index, column in enumerate(self._columns):
            if column.venue_id == venue_id:
                return index
        raise KeyError(f"no column for venue {venue_id!r}")

    def _column_at(self, x: float) -> int | None:
        left, width = self._columns_area()
        if not self._columns or not left <= x < left + width:
            return None
        return min(len(self._columns) - 1, int((x - left) / (width / len(self._columns))))

    def _elapsed(self, instant: datetime) -> float:
        return _minutes(instant - self._midnight)

    def _snap(self, instant: datetime) -> datetime:
        steps = round(self._elapsed(instant) / SNAP_MINUTES)
        return self._midnight + timedelta(minutes=steps * SNAP_MINUTES)

    def _changed(self) -> None:
        """After new data or a moved block: the axis's span, then a new layout and paint."""
        first, last = FIRST_HOUR * 60.0, LAST_HOUR * 60.0
        if self._day is not None:
            tz = ZoneInfo(self._zone)
            first = self._elapsed(
                datetime.combine(self._day, time(FIRST_HOUR), tzinfo=tz).astimezone(UTC)
            )
            last = self._elapsed(
                datetime.combine(self._day, time(LAST_HOUR), tzinfo=tz).astimezone(UTC)
            )
            for block in self._blocks:
                span = self._visible_span(block.start_utc, block.end_utc)
                if span is not None:
                    first = min(first, math.floor(span[0] / 60) * 60)
                    last = max(last, math.ceil(span[1] / 60) * 60)
        self._first, self._last = float(first), float(last)
        self._layout_cache = None
        self.updateGeometry()
        parent = self.parentWidget()
        if parent is None or parent.layout() is None:  # alone, or in a QScrollArea
            self.resize(max(self.width(), 1), math.ceil(self._full_height()))
        self.update()

    def _visible_span(self, start: datetime, end: datetime) -> tuple[float, float] | None:
        """The elapsed minutes of a block inside the day (None: it is not on the day)."""
        a = self._elapsed(start)
        b = max(a, self._elapsed(end))
        if b < 0 or a >= self._day_minutes or (b == 0 and a < 0):
            return None
        return max(0.0, a), min(self._day_minutes, b)

    def _layout(self) -> dict[str, QRectF]:
        """Each shown block's rectangle: in its column, blocks that overlap share its width
        side by side (sessions and items alike)."""
        size = (float(self.width()), float(self.height()))
        if self._layout_cache is not None and self._layout_cache[0] == size:
            return self._layout_cache[1]
        rects: dict[str, QRectF] = {}
        by_column: dict[int, list[tuple[float, float, TimelineBlock]]] = {}
        for block in self._blocks:
            span = self._visible_span(block.start_utc, block.end_utc)
            if span is None:
                continue
            index = self._column_index(block.column)
            by_column.setdefault(index, []).append((span[0], span[1], block))
        for index, entries in by_column.items():
            column = self.column_rect(index).adjusted(3, 0, -3, 0)
            entries.sort(key=lambda e: (e[0], -e[1], e[2].key))
            cluster: list[tuple[int, float, float, TimelineBlock]] = []
            lane_ends: list[float] = []
            cluster_end = -math.inf
            for a, b, block in entries:
                b = max(b, a + SNAP_MINUTES)  # an instant still takes room
                if cluster and a >= cluster_end:  # nothing before overlaps: a new cluster
                    self._place(rects, column, cluster, len(lane_ends))
                    cluster, lane_ends, cluster_end = [], [], -math.inf
                lane = next((i for i, end in enumerate(lane_ends) if end <= a), len(lane_ends))
                if lane == len(lane_ends):
                    lane_ends.append(b)
                else:
                    lane_ends[lane] = b
                cluster.append((lane, a, b, block))
                cluster_end = max(cluster_end, b)
            if cluster:
                self._place(rects, column, cluster, len(lane_ends))
        self._layout_cache = (size, rects)
        return rects

    def _place(
        self,
        rects: dict[str, QRectF],
        column: QRectF,
        cluster: list[tuple[int, float, float, TimelineBlock]],
        lanes: int,
    ) -> None:
        """Overlapping blocks side by side: each in its lane, ``lanes`` sharing the column."""
        width = column.width() / max(1, lanes)
        for lane, a, b, block in cluster:
            top = self._axis_top() + (a - self._first) * MINUTE_HEIGHT
            height = max(6.0, (b - a) * MINUTE_HEIGHT)
            rects[block.key] = QRectF(column.left() + lane * width + 1, top, width - 2, height)

    def _drag_rect(self, drag: _Drag) -> QRectF:
        if drag.key is not None:
            base = self._layout().get(drag.key, QRectF())
            left, width = base.left(), base.width()
        else:
            column = self.column_rect(drag.column).adjusted(4, 0, -4, 0)
            left, width = column.left(), column.width()
        a, b = sorted((drag.start, drag.end))
        top, bottom = self.y_of(a), self.y_of(b)
        return QRectF(left, top, width, max(2.0, bottom - top))

    def _block(self, key: str) -> TimelineBlock | None:
        return next((b for b in self._blocks if b.key == key), None)

    def _ordered(self) -> list[str]:
        """The shown blocks in reading order: by start, then left to right."""
        rects = self._layout()
        shown = [b for b in self._blocks if b.key in rects]
        shown.sort(key=lambda b: (b.start_utc, rects[b.key].left(), b.key))
        return [b.key for b in shown]

    def _hit(self, point: QPointF) -> tuple[TimelineBlock, bool] | None:
        """The block under ``point`` and whether the point is on its bottom edge (items
        only: the band that resizes)."""
        rects = self._layout()
        for block in reversed(self._paint_order()):
            rect = rects.get(block.key)
            if rect is None or not rect.adjusted(0, 0, 0, 2).contains(point):
                continue
            edge = block.movable and point.y() >= rect.bottom() - min(EDGE, rect.height() / 3)
            return block, edge
        return None

    def _paint_order(self) -> list[TimelineBlock]:
        """Sessions first (behind), then items; the selected block last."""
        order = sorted(self._blocks, key=lambda b: (b.movable, b.key == self._selected))
        return order

    # --- texts -----------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Programme of the day"))
        self.setWhatsThis(
            self.tr(
                "Drag on an empty place of a venue's column to add an item there. Drag an item "
                "to move it, its bottom edge to change its end. Keys: Left and Right select, "
                "Up and Down move by 5 minutes (with Shift: 30), Ctrl with Up and Down changes "
                "the end, Enter opens, Delete removes."
            )
        )

    def _zone_title(self, zone: str) -> str:
        if self._day is None:
            return ""
        tz = ZoneInfo(zone)
        start = self._midnight + timedelta(minutes=self._first)
        end = self._midnight + timedelta(minutes=self._last)
        day_end = self._midnight + timedelta(minutes=self._day_minutes - 1)
        return "/".join(_abbreviations(tz, (self._midnight, start, end, day_end)))

    def _span_text(self, block: TimelineBlock, start: datetime, end: datetime) -> str:
        tz = ZoneInfo(block.zone)
        a, b = start.astimezone(tz), end.astimezone(tz)
        text = f"{a:%H:%M}–{b:%H:%M}"
        if block.zone != self._zone:
            text += f" {a.tzname()}"
        return text

    def _tooltip(self, block: TimelineBlock) -> str:
        tz = ZoneInfo(block.zone)
        a, b = block.start_utc.astimezone(tz), block.end_utc.astimezone(tz)
        when = f"{a:%H:%M} {a.tzname()} – {b:%H:%M} {b.tzname()}"
        if self._second and self._second != block.zone:
            there = ZoneInfo(self._second)
            c, d = block.start_utc.astimezone(there), block.end_utc.astimezone(there)
            when += f" ({c:%H:%M}–{d:%H:%M} {c.tzname()})"
        lines = [f"<b>{html.escape(block.title)}</b>", html.escape(when)]
        if block.subtitle:
            lines.append(html.escape(block.subtitle))
        if not block.movable:
            lines.append(html.escape(self.tr("A B2B session: it is set up on the Sessions page.")))
        if block.clash:
            lines.append(
                f'<span style="color:{CLASH_COLOUR.name()}">⚠ {html.escape(block.clash)}</span>'
            )
        return "<br>".join(lines)

    def _tooltip_at(self, point: QPointF) -> tuple[str, QRectF]:
        """The tooltip at ``point`` (a block's, a column title's, the clock change's) and the
        area it stays up over; ("", empty) for none."""
        hit = self._hit(point)
        if hit is not None:
            return self._tooltip(hit[0]), self._layout()[hit[0].key]
        index = self._column_at(point.x())
        header = self._header_height()
        if index is not None and point.y() < header:
            column = self._columns[index]
            rect = self.column_rect(index)
            text = f"{html.escape(self._column_title(column))}<br>{html.escape(column.zone)}"
            return text, QRectF(rect.left(), 0, rect.width(), header)
        change = self.clock_change()
        if change is not None and abs(point.y() - self.y_of(change[0])) <= 4:
            instant, before, after = change
            local = instant.astimezone(ZoneInfo(self._zone))
            text = self.tr("The clocks change here: {before} → {after} at {time}").format(
                before=before, after=after, time=f"{local:%H:%M}"
            )
            y = self.y_of(instant)
            return html.escape(text), QRectF(0, y - 4, self.width(), 8)
        return "", QRectF()

    def _column_title(self, column: TimelineColumn) -> str:
        return column.title or (self.tr("No venue") if column.venue_id is None else "")

    def _describe(self, block: TimelineBlock | None) -> str:
        if block is None:
            return ""
        parts = [block.title, self._span_text(block, block.start_utc, block.end_utc)]
        if block.subtitle:
            parts.append(block.subtitle)
        if block.clash:
            parts.append(block.clash)
        return " · ".join(parts)

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        header = self._header_height()
        left, width = self._columns_area()
        metrics = self._metrics()
        # the columns' bands
        for index in range(len(self._columns)):
            if index % 2:
                painter.fillRect(self.column_rect(index), palette.alternateBase())
        # the hours (and a fainter line at each half hour)
        grid = QPen(palette.mid().color())
        grid.setWidthF(0.6)
        half = QPen(palette.midlight().color(), 0.6, Qt.PenStyle.DotLine)
        marks = self.axis_marks() if self._day is not None else []
        second_x = left + width
        for mark in marks:
            painter.setPen(grid)
            painter.drawLine(QPointF(left - 4, mark.y), QPointF(second_x + 4, mark.y))
            half_y = mark.y + 30 * MINUTE_HEIGHT
            if half_y < self._axis_top() + (self._last - self._first) * MINUTE_HEIGHT:
                painter.setPen(half)
                painter.drawLine(QPointF(left, half_y), QPointF(second_x, half_y))
            baseline = mark.y + (metrics.ascent() - metrics.descent()) / 2
            painter.setPen(palette.text().color())
            painter.drawText(
                QPointF(left - 8 - metrics.horizontalAdvance(mark.label), baseline), mark.label
            )
            if mark.second_label is not None:
                painter.setPen(palette.placeholderText().color())
                painter.drawText(QPointF(second_x + 8, baseline), mark.second_label)
        self._paint_clock_change(painter)
        # column separators
        painter.setPen(QPen(palette.mid().color(), 0.8))
        for index in range(len(self._columns) + 1):
            x = left + index * width / max(1, len(self._columns))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        # the blocks
        rects = self._layout()
        for block in self._paint_order():
            rect = rects.get(block.key)
            if rect is None:
                continue
            moving = self._drag is not None and self._drag.key == block.key
            if moving:
                painter.setPen(QPen(palette.mid().color(), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 3, 3)
                continue
            self._paint_block(painter, block, rect, block.start_utc, block.end_utc)
        drag = self._drag
        if drag is not None:
            drawn = self._drag_rect(drag)
            moving_block = self._block(drag.key) if drag.key is not None else None
            if moving_block is not None:
                self._paint_block(painter, moving_block, drawn, drag.start, drag.end)
            elif drag.start != drag.end:
                painter.setBrush(QColor(59, 111, 182, 60))
                painter.setPen(QPen(QColor("#3b6fb6"), 1, Qt.PenStyle.DashLine))
                painter.drawRoundedRect(drawn, 3, 3)
                a, b = sorted((drag.start, drag.end))
                tz = ZoneInfo(self._zone)
                painter.setPen(TEXT_COLOUR)
                painter.drawText(
                    drawn.adjusted(4, 2, -4, 0),
                    int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft),
                    f"{a.astimezone(tz):%H:%M}–{b.astimezone(tz):%H:%M}",
                )
        # the header, drawn last so blocks scrolled under it never hide it
        self._paint_header(painter, header, left, width)
        if self.hasFocus() and self._selected is None:
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _paint_header(self, painter: QPainter, header: float, left: float, width: float) -> None:
        palette = self.palette()
        painter.fillRect(QRectF(0, 0, self.width(), header), palette.window())
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(QPointF(0, header), QPointF(self.width(), header))
        bold = self._bold_font()
        bold_metrics = self._metrics(bold=True)
        main_title, second_title = self.zone_titles()
        painter.setPen(palette.windowText().color())
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRectF(0, 0, left, header), centre, main_title)
        if second_title:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRectF(left + width, 0, self._second_width(), header), centre, second_title
            )
        painter.setFont(bold)
        painter.setPen(palette.windowText().color())
        each = width / max(1, len(self._columns))
        for index, column in enumerate(self._columns):
            title = self._column_title(column)
            if column.zone != self._zone and self._day is not None:
                title += f" ({_abbreviations(ZoneInfo(column.zone), (self._midnight,))[0]})"
            box = QRectF(left + index * each + 6, 5, each - 12, header - 10)
            lines = _wrapped(title, bold, bold_metrics, box.width(), 2)
            y = box.top() + (box.height() - len(lines) * bold_metrics.lineSpacing()) / 2
            for line in lines:
                x = box.left() + (box.width() - bold_metrics.horizontalAdvance(line)) / 2
                painter.drawText(QPointF(x, y + bold_metrics.ascent()), line)
                y += bold_metrics.lineSpacing()
        painter.setFont(self.font())

    def _paint_clock_change(self, painter: QPainter) -> None:
        """An orange dashed line where the clocks change, when that instant is on the axis,
        named "CET → CEST" in the first column."""
        change = self.clock_change()
        if change is None:
            return
        instant, before, after = change
        if not self._first <= self._elapsed(instant) <= self._last:
            return
        left, width = self._columns_area()
        y = self.y_of(instant)
        painter.setPen(QPen(CLOCK_COLOUR, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, y), QPointF(left + width, y))
        metrics = self._metrics()
        painter.drawText(QPointF(left + 6, y - metrics.descent() - 2), f"{before} → {after}")

    def _paint_block(
        self,
        painter: QPainter,
        block: TimelineBlock,
        rect: QRectF,
        start: datetime,
        end: datetime,
    ) -> None:
        fill, accent = KIND_COLOURS.get(block.kind, KIND_COLOURS[AgendaKind.OTHER.value])
        session = block.kind == SESSION_KIND
        selected = block.key == self._selected
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        painter.fillPath(path, fill)
        if session:
            hatch = QBrush(QColor(70, 130, 180, 70), Qt.BrushStyle.BDiagPattern)
            painter.fillPath(path, hatch)
        else:
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), accent)
            painter.restore()
        if block.clash:
            border = QPen(CLASH_COLOUR, 2)
        elif block.kind == AgendaKind.FREE.value or session:
            border = QPen(accent, 1, Qt.PenStyle.DashLine)
        else:
            border = QPen(accent.darker(110), 1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(border)
        painter.drawPath(path)
        if selected:
            ring = QPen(self.palette().highlight().color(), 2.5)
            painter.setPen(ring)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)
        # the texts
        badge = 20.0 if block.clash else 0.0
        inner = rect.adjusted(7 if not session else 5, 1, -4, -1)
        painter.save()
        painter.setClipRect(rect.adjusted(1, 1, -1, -1))
        colour = _mixed(self.palette().text().color(), accent) if session else TEXT_COLOUR
        self._paint_texts(painter, block, inner, badge, start, end, colour)
        painter.restore()
        if block.clash:
            self._paint_badge(painter, self._badge_centre(rect))

    def _paint_texts(
        self,
        painter: QPainter,
        block: TimelineBlock,
        inner: QRectF,
        badge: float,
        start: datetime,
        end: datetime,
        colour: QColor,
    ) -> None:
        font, bold = self.font(), self._bold_font()
        metrics, bold_metrics = self._metrics(), self._metrics(bold=True)
        line = max(metrics.lineSpacing(), bold_metrics.lineSpacing())
        if inner.height() < 0.75 * line:
            return  # a few minutes: too short to read; the tooltip tells
        lines = max(1, int(inner.height() // line))
        span = self._span_text(block, start, end)
        painter.setPen(colour)
        width = inner.width()
        y = inner.top() + (
            bold_metrics.ascent()
            if lines > 1
            else (inner.height() + bold_metrics.ascent() - bold_metrics.descent()) / 2
        )
        if lines == 1:
            # "10:00 Title" on one line
            painter.setFont(font)
            time_text = span.split("–")[0] + " "
            painter.drawText(QPointF(inner.left(), y), time_text)
            used = metrics.horizontalAdvance(time_text)
            painter.setFont(bold)
            title = bold_metrics.elidedText(
                block.title, Qt.TextElideMode.ElideRight, max(0.0, width - used - badge)
            )
            painter.drawText(QPointF(inner.left() + used, y), title)
            painter.setFont(font)
            return
        title_lines = _wrapped(
            block.title,
            bold,
            bold_metrics,
            width - badge,
            max(1, lines - 2 if block.subtitle else lines - 1),
        )
        painter.setFont(bold)
        for text in title_lines:
            painter.drawText(QPointF(inner.left(), y), text)
            y += line
        painter.setFont(font)
        left = lines - len(title_lines)
        rest = [span, block.subtitle] if block.subtitle else [span]
        if left == 1 and len(rest) == 2:
            rest = [f"{span} · {block.subtitle}"]
        for text in rest[:left]:
            painter.drawText(
                QPointF(inner.left(), y),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
            y += line

    @staticmethod
    def _badge_centre(rect: QRectF) -> QPointF:
        """Where a clash's warning badge sits: the block's top right corner."""
        return QPointF(rect.right() - 11, rect.top() + 10)

    def _paint_badge(self, painter: QPainter, centre: QPointF) -> None:
        """A small red warning triangle with a white "!"."""
        size = 8.0
        triangle = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - size),
                QPointF(centre.x() + size, centre.y() + size * 0.75),
                QPointF(centre.x() - size, centre.y() + size * 0.75),
            ]
        )
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(CLASH_COLOUR)
        painter.drawPolygon(triangle)
        painter.setPen(QPen(QColor("white"), 1.6))
        painter.drawLine(QPointF(centre.x(), centre.y() - 3), QPointF(centre.x(), centre.y() + 1.5))
        painter.drawPoint(QPointF(centre.x(), centre.y() + 3.6))

    # --- mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton or self._day is None:
            return
        point = event.position()
        hit = self._hit(point)
        if hit is not None:
            block, edge = hit
            self._select(block.key)
            if block.movable:
                self._drag = _Drag(
                    "resize" if edge else "move",
                    block.key,
                    self._column_index(block.column),
                    point.y(),
                    block.start_utc,
                    block.end_utc,
                    block.start_utc,
                    block.end_utc,
                )
                self.setCursor(
                    Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ClosedHandCursor
                )
            return
        self._select(None)
        column = self._column_at(point.x())
        if column is not None and point.y() >= self._header_height():
            at = self.instant_at(point.y())
            self._drag = _Drag("create", None, column, point.y(), at, at, at, at)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            self._hover(point)
            return
        moved = (point.y() - drag.press_y) / MINUTE_HEIGHT
        if drag.mode == "move":
            duration = drag.origin_end - drag.origin_start
            start = self._snap(drag.origin_start + timedelta(minutes=moved))
            # a mouse keeps the block on the axis shown (the keys may go further)
            lowest = min(drag.origin_start, self._midnight + timedelta(minutes=self._first))
            highest = max(
                drag.origin_start, self._midnight + timedelta(minutes=self._last) - duration
            )
            drag.start = min(max(start, lowest), highest)
            drag.end = drag.start + duration
        elif drag.mode == "resize":
            end = self._snap(drag.origin_end + timedelta(minutes=moved))
            bottom = max(drag.origin_end, self._midnight + timedelta(minutes=self._last))
            drag.end = min(max(end, drag.origin_start + timedelta(minutes=SNAP_MINUTES)), bottom)
        else:
            drag.end = self.instant_at(point.y())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.mouseMoveEvent(event)
        self._drag = None
        self.unsetCursor()
        self._hover(event.position())
        if drag.mode == "create":
            a, b = sorted((drag.start, drag.end))
            self.update()
            if b > a:
                self.createRequested.emit(self._columns[drag.column].venue_id, a, b)
            return
        if drag.key is not None and (drag.start, drag.end) != (
            drag.origin_start,
            drag.origin_end,
        ):
            self._commit(drag.key, drag.start, drag.end)
        else:
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is None:
            return
        block = hit[0]
        self._select(block.key)
        if block.item_id is not None:
            self.itemActivated.emit(block.item_id)

    def _hover(self, point: QPointF) -> None:
        hit = self._hit(point)
        if hit is None or not hit[0].movable:
            self.unsetCursor()
        elif hit[1]:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text, area = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self, area.toAlignedRect())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        block = self._block(self._selected) if self._selected is not None else None
        item = block if block is not None and block.movable else None
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.unsetCursor()
            self.update()
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self._select(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._ordered():
            self._step(1 if key == Qt.Key.Key_Right else -1, wrap=True)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and item is not None:
            sign = -1 if key == Qt.Key.Key_Up else 1
            step = timedelta(minutes=(30 if mods & Qt.KeyboardModifier.ShiftModifier else 5))
            resize = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            resize |= Qt.KeyboardModifier.MetaModifier
            if mods & resize:
                end = max(
                    item.end_utc + sign * step, item.start_utc + timedelta(minutes=SNAP_MINUTES)
                )
                if end != item.end_utc:
                    self._commit(item.key, item.start_utc, end)
            else:
                self._commit(item.key, item.start_utc + sign * step, item.end_utc + sign * step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            assert item.item_id is not None
            self.itemActivated.emit(item.item_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None:
            assert item.item_id is not None
            self.deleteRequested.emit(item.item_id)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk the blocks; past the last (or before the first) they leave
        the widget as usual."""
        if self.hasFocus() and self._step(1 if next else -1, wrap=False):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._changed()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_cache = None
        super().resizeEvent(event)

    # --- inside ----------------------------------------------------------------------

    def _step(self, step: int, *, wrap: bool) -> bool:
        """Select the next (or previous) block in reading order; False if there is none."""
        keys = self._ordered()
        if not keys:
            return False
        if self._selected in keys:
            index = keys.index(self._selected) + step
        else:
            index = 0 if step > 0 else len(keys) - 1
        if not 0 <= index < len(keys):
            if not wrap:
                return False
            index %= len(keys)
        self._select(keys[index])
        return True

    def _select(self, key: str | None) -> None:
        before = self.selected_item()
        self._selected = key
        block = self._block(key) if key is not None else None
        self.setAccessibleDescription(self._describe(block))
        if key is not None:
            self._reveal(key)
        self.update()
        if self.selected_item() != before:
            self.itemSelected.emit(self.selected_item())

    def _commit(self, key: str, start: datetime, end: datetime) -> None:
        """Show a block at its new place and tell the page (which saves, then sets the day)."""
        block = self._block(key)
        if block is None or block.item_id is None:
            return
        moved = replace(block, start_utc=start.astimezone(UTC), end_utc=end.astimezone(UTC))
        self._blocks = [moved if b.key == key else b for b in self._blocks]
        self._changed()
        self.setAccessibleDescription(self._describe(moved))
        self._reveal(key)
        self.itemMoved.emit(block.item_id, moved.start_utc, moved.end_utc)

    def _reveal(self, key: str) -> None:
        """Scroll the page's scroll area (if any) so the block shows."""
        rect = self._layout().get(key)
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if rect is None or parent is None or content is None:
            return
        centre = self.mapTo(content, rect.center().toPoint())
        parent.ensureVisible(
            centre.x(), centre.y(), int(rect.width() / 2) + 10, int(rect.height() / 2) + 20
        )


def _mixed(text: QColor, accent: QColor) -> QColor:
    """A session's text colour: the palette's text tinted with the session's blue, readable
    on the faint fill over a light or a dark window."""
    return QColor(
        (text.red() * 3 + accent.red() * 2) // 5,
        (text.green() * 3 + accent.green() * 2) // 5,
        (text.blue() * 3 + accent.blue() * 2) // 5,
    )


def _wrapped(
    text: str, font: QFont, metrics: QFontMetricsF, width: float, max_lines: int
) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` (Japanese breaks
    between characters), the last one elided if the text goes on."""
    if width <= 0 or max_lines <= 0:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[a : a + n].rstrip() for a, n in spans[:max_lines]]
    if len(spans) > max_lines and lines:
        rest = text[spans[max_lines - 1][0] :]
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines
