"""Tables that are as tall as their rows (the page scrolls, not each table), whatever the
script's line height: the height follows the rows as Qt sizes them for their text."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class FittedTable(QTableWidget):
    """Read-only, no selection; its size hint is the height of all its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.sectionResized.connect(lambda *_: self.updateGeometry())
        self.horizontalHeader().sectionResized.connect(lambda *_: self.updateGeometry())

    def sizeHint(self) -> QSize:
        height = 2 * self.frameWidth() + self.verticalHeader().length()
        if not self.horizontalHeader().isHidden():
            height += self.horizontalHeader().sizeHint().height()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class TextTable(FittedTable):
    """A table of text rows under ``headings``; the same rows again change nothing."""

    def __init__(self, headings: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(headings))
        self.setHorizontalHeaderLabels(headings)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._rows: tuple[tuple[str, ...], ...] = ()

    def set_rows(self, rows: tuple[tuple[str, ...], ...]) -> None:
        if rows == self._rows:
            return
        self._rows = rows
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = self.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(r, c, item)
                item.setText(text)
        self.updateGeometry()

    def rows(self) -> tuple[tuple[str, ...], ...]:
        return self._rows
