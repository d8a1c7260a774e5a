"""Sorting and filtering of a row table: by typed text (Latin, kanji, kana) and by side."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.model.enums import Side
from ui.models.common import ID_ROLE, SEARCH_ROLE, SIDE_ROLE, SORT_ROLE, fold


class RowFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose names contain every typed word (ignoring case, accents, kana script)
    and that belong to the chosen side."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._side: Side | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_side(self, side: Side | None) -> None:
        if side != self._side:
            self.beginFilterChange()
            self._side = side
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def side(self) -> Side | None:
        return self._side

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._side is not None and model.data(index, SIDE_ROLE) != self._side.value:
            return False
        haystack = model.data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)

    def id_at(self, row: int) -> int | None:
        """The record id shown at proxy ``row``."""
        value = self.data(self.index(row, 0), ID_ROLE)
        return int(value) if value is not None else None

    def row_of_id(self, record_id: int) -> int | None:
        for row in range(self.rowCount()):
            if self.id_at(row) == record_id:
                return row
        return None
