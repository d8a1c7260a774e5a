"""What the table models share: custom roles, search folding and a row-holding base model."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.model.enums import Side
from ui.models.labels import side_colour

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row dataclass itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a key that sorts as people expect
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # the folded text the filter box matches
SIDE_ROLE = Qt.ItemDataRole.UserRole + 4  # the row's Side (or None)
ID_ROLE = Qt.ItemDataRole.UserRole + 5

_Index = QModelIndex | QPersistentModelIndex
_KEEP_MARKS = {"\u3099", "\u309a"}  # kana voicing marks: が is not か


def fold(text: str) -> str:
    """Text for matching: no case, no accents, full-width folded, katakana as hiragana."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if ch in _KEEP_MARKS or not unicodedata.combining(ch))
    composed = unicodedata.normalize("NFC", kept).casefold()
    # Katakana ァ..ヶ sit 0x60 above hiragana ぁ..ゖ: searching either finds both.
    return "".join(chr(ord(ch) - 0x60) if "\u30a1" <= ch <= "\u30f6" else ch for ch in composed)


class Row(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def side(self) -> Side | None: ...


R = TypeVar("R", bound=Row)  # the row dataclass a table holds

# What a column shows and sorts by: text, or a count (shown right-aligned); None off the columns.
Cell = str | int | None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Holds a list of frozen rows; subclasses say what each column shows and sorts by."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._search: list[str] = []
        self._headers = self.headers()  # views ask for these constantly

    # --- what subclasses define ---------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: R, column: int) -> Cell:
        raise NotImplementedError

    def sort_key(self, row: R, column: int) -> Cell:
        shown = self.display(row, column)
        return fold(shown) if isinstance(shown, str) else shown

    def search_text(self, row: R) -> str:
        """All the names one may type in the filter box for this row."""
        raise NotImplementedError

    def side_column(self) -> int:
        raise NotImplementedError

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    # --- rows ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace the rows: same ids in the same order only repaint, otherwise reset."""
        new = list(rows)
        same_ids = [r.id for r in new] == [r.id for r in self._rows]
        if same_ids and new:
            self._rows = new
            self._search = [fold(self.search_text(r)) for r in new]
            last = self.index(len(new) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = new
        self._search = [fold(self.search_text(r)) for r in new]
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of_id(self, row_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == row_id:
                return i
        return None

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == SIDE_ROLE:
            return row.side.value if row.side is not None else None
        if role == Qt.ItemDataRole.DecorationRole and column == self.side_column():
            return side_colour(row.side)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(self.display(row, column), int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None
