"""The sector-pair matrix: Turin's sectors down, Nagoya's across, the meetings of each pair
in its cell, shaded by how many (the darkest cell is the pair with the most)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ui.dashboard.tables import FittedTable

SHADE = QColor("#2f6f8f")  # the busiest cell; the others lighter in proportion


@dataclass(frozen=True)
class Matrix:
    """Row and column headings, a count per cell (rows × columns: it sets the shade), the
    text of each cell (the count when not given) and a tip per cell."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    texts: tuple[tuple[str, ...], ...] = ()
    tips: tuple[tuple[str, ...], ...] = ()


def shade(count: int, most: int) -> QColor:
    """The cell's background: white for none, ``SHADE`` for the most."""
    if most <= 0 or count <= 0:
        return QColor(Qt.GlobalColor.white)
    share = 0.15 + 0.85 * count / most
    white = QColor(Qt.GlobalColor.white)
    return QColor(
        round(white.red() + (SHADE.red() - white.red()) * share),
        round(white.green() + (SHADE.green() - white.green()) * share),
        round(white.blue() + (SHADE.blue() - white.blue()) * share),
    )


class MatrixTable(FittedTable):
    """``set_matrix(matrix)``: cells kept and only their text and shade changed while the
    sectors stay the same, so a live update does not rebuild (or scroll) the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._matrix: Matrix | None = None

    def set_matrix(self, matrix: Matrix) -> None:
        if matrix == self._matrix:
            return
        shape_changed = self._matrix is None or (matrix.rows, matrix.columns) != (
            self._matrix.rows,
            self._matrix.columns,
        )
        self._matrix = matrix
        if shape_changed:
            self.setRowCount(len(matrix.rows))
            self.setColumnCount(len(matrix.columns))
            self.setVerticalHeaderLabels(list(matrix.rows))
            self.setHorizontalHeaderLabels(list(matrix.columns))
        most = max((max(row, default=0) for row in matrix.counts), default=0)
        for r, row in enumerate(matrix.counts):
            for c, count in enumerate(row):
                item = self.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.setItem(r, c, item)
                item.setText(_text(matrix, r, c))
                background = shade(count, most)
                item.setBackground(background)
                dark = background.lightness() < 140
                item.setForeground(QColor(Qt.GlobalColor.white if dark else Qt.GlobalColor.black))
                item.setToolTip(_tip(matrix, r, c))
        self.updateGeometry()

    def matrix(self) -> Matrix | None:
        return self._matrix

    def cell_counts(self) -> dict[tuple[str, str], int]:
        """Each non-empty cell's count by (row heading, column heading) (tests read them)."""
        if self._matrix is None:
            return {}
        return {
            (self._matrix.rows[r], self._matrix.columns[c]): count
            for r, row in enumerate(self._matrix.counts)
            for c, count in enumerate(row)
            if count
        }


def _text(matrix: Matrix, r: int, c: int) -> str:
    if r < len(matrix.texts) and c < len(matrix.texts[r]):
        return matrix.texts[r][c]
    count = matrix.counts[r][c]
    return str(count) if count else ""


def _tip(matrix: Matrix, r: int, c: int) -> str:
    if r < len(matrix.tips) and c < len(matrix.tips[r]):
        return matrix.tips[r][c]
    return f"{matrix.rows[r]} × {matrix.columns[c]}"
