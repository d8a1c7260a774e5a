"""A horizontal bar chart drawn with QPainter: one row per category (a label on the left, in
any script), one bar per series in the row, or the series stacked in one bar; the value at
the end of each bar. Small and ours: no QtCharts module to ship for a few bars."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ROW_GAP = 6  # pixels between two rows
BAR_HEIGHT = 14  # one series' bar (grouped) or the stacked bar
LABEL_SHARE = 0.38  # at most this share of the width for the labels
LEGEND_SWATCH = 10


@dataclass(frozen=True)
class Series:
    """One kind of value, with its colour and its name in the legend."""

    name: str
    colour: str  # "#rrggbb"


@dataclass(frozen=True)
class BarRow:
    """A category and its value for each series (in the chart's series order)."""

    label: str
    values: tuple[int, ...]
    tip: str = ""  # said when the pointer rests on the row


@dataclass(frozen=True)
class ChartData:
    """What one chart shows: its series, its rows, stacked or side by side, in percent."""

    series: tuple[Series, ...]
    rows: tuple[BarRow, ...]
    stacked: bool = False
    percent: bool = False
    scale: int = 0  # the value a full bar stands for (0: the largest shown)


class BarChart(QWidget):
    """``set_data(series, rows, stacked=)``; the same data again changes nothing (no repaint:
    a live update that moved nothing in this chart does not blink it)."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        # as tall as its rows: a chart beside a longer one does not spread its bars apart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._series: tuple[Series, ...] = ()
        self._rows: tuple[BarRow, ...] = ()
        self._stacked = False
        self._percent = False
        self._fixed_scale = 0
        self.empty_text = empty_text

    # --- data ------------------------------------------------------------------------------

    def set_data(
        self,
        series: Sequence[Series],
        rows: Sequence[BarRow],
        *,
        stacked: bool = False,
        percent: bool = False,
        scale: int = 0,
    ) -> None:
        """Show ``rows``; ``percent``: the values are percentages (the scale ends at 100);
        ``scale``: what a full bar stands for (a part drawn against its whole: the reasons
        against the meetings requested), else the largest value shown."""
        data = (tuple(series), tuple(rows), stacked, percent, scale)
        if data == (self._series, self._rows, self._stacked, self._percent, self._fixed_scale):
            return
        self._series, self._rows, self._stacked, self._percent, self._fixed_scale = data
        self.updateGeometry()
        self.update()

    def set_chart(self, data: ChartData) -> None:
        self.set_data(
            data.series, data.rows, stacked=data.stacked, percent=data.percent, scale=data.scale
        )

    def rows(self) -> tuple[BarRow, ...]:
        return self._rows

    def series(self) -> tuple[Series, ...]:
        return self._series

    def is_empty(self) -> bool:
        return not any(any(row.values) for row in self._rows)

    # --- geometry --------------------------------------------------------------------------

    def _legend_height(self) -> int:
        shown = len(self._series) > 1 and not self.is_empty()
        return self.fontMetrics().height() + 6 if shown else 0

    def _row_height(self) -> int:
        bars = 1 if self._stacked else max(1, len(self._series))
        return max(self.fontMetrics().height(), bars * BAR_HEIGHT) + ROW_GAP

    def sizeHint(self) -> QSize:
        rows = 1 if self.is_empty() else max(1, len(self._rows))
        return QSize(360, self._legend_height() + rows * self._row_height() + ROW_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _label_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(r.label) for r in self._rows), default=0)
        return min(widest + 8, int(self.width() * LABEL_SHARE))

    def _scale(self) -> int:
        if self._percent:
            return 100
        if self._fixed_scale:
            return self._fixed_scale
        if self._stacked:
            return max((sum(r.values) for r in self._rows), default=0) or 1
        return max((max(r.values, default=0) for r in self._rows), default=0) or 1

    def _row_at(self, y: float) -> int | None:
        top = self._legend_height()
        if y < top:
            return None
        index = int((y - top) // self._row_height())
        return index if 0 <= index < len(self._rows) else None

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        metrics = self.fontMetrics()
        if self.is_empty():
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
            return
        self._paint_legend(painter, metrics)
        label_width = self._label_width(metrics)
        value_width = metrics.horizontalAdvance("100 %" if self._percent else "0000") + 6
        bars_left = label_width + 6
        bars_width = max(10, self.width() - bars_left - value_width)
        scale = self._scale()
        row_height = self._row_height()
        top = self._legend_height()
        for index, row in enumerate(self._rows):
            y = top + index * row_height
            label_rect = QRectF(0, y, label_width, row_height - ROW_GAP)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(text_colour)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
            if self._stacked:
                self._paint_stack(painter, row, bars_left, y, bars_width, scale, row_height)
            else:
                self._paint_group(painter, row, bars_left, y, bars_width, scale, row_height)
        painter.end()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        if len(self._series) < 2:
            return
        x = 4
        y = 2
        for series in self._series:
            painter.fillRect(
                QRectF(x, y + (metrics.height() - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH),
                QColor(series.colour),
            )
            x += LEGEND_SWATCH + 4
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x, y, metrics.horizontalAdvance(series.name) + 2, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                series.name,
            )
            x += metrics.horizontalAdvance(series.name) + 14

    def _paint_group(
        self,
        painter: QPainter,
        row: BarRow,
        left: int,
        y: int,
        width: int,
        scale: int,
        row_height: int,
    ) -> None:
        bars = max(1, len(self._series))
        bar_height = min(BAR_HEIGHT, (row_height - ROW_GAP) / bars)
        offset = (row_height - ROW_GAP - bars * bar_height) / 2
        for number, (series, value) in enumerate(zip(self._series, row.values, strict=False)):
            bar_top = y + offset + number * bar_height
            length = width * min(value, scale) / scale
            painter.fillRect(
                QRectF(left, bar_top + 1, length, bar_height - 2), QColor(series.colour)
            )
            self._paint_value(painter, value, left + length + 4, bar_top, bar_height)

    def _paint_stack(
        self,
        painter: QPainter,
        row: BarRow,
        left: int,
        y: int,
        width: int,
        scale: int,
        row_height: int,
    ) -> None:
        bar_top = y + (row_height - ROW_GAP - BAR_HEIGHT) / 2
        x = float(left)
        for series, value in zip(self._series, row.values, strict=False):
            length = width * value / scale
            painter.fillRect(QRectF(x, bar_top, length, BAR_HEIGHT), QColor(series.colour))
            x += length
        self._paint_value(painter, sum(row.values), x + 4, bar_top, BAR_HEIGHT)

    def _paint_value(self, painter: QPainter, value: int, x: float, top: float, h: float) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = f"{value} %" if self._percent else str(value)
        painter.drawText(
            QRectF(x, top, self.width() - x, h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )

    def event(self, event: QEvent) -> bool:
        """A row's tip where the pointer rests (its label when it has none)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._row_at(event.y())
            if index is not None:
                row = self._rows[index]
                QToolTip.showText(event.globalPos(), row.tip or row.label, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
