"""What the table models share: custom roles, search folding and a row-holding base model
that sorts and filters by itself.

A mission may hold 10,000 participants, so nothing here calls Python once per cell of the
whole table: what each row shows, sorts by and is searched by is worked out once per row,
off the UI thread (:meth:`RowTableModel.prepare`, run by the page's loader on the database
worker), and the UI thread only sorts lists of ready keys and tests folded strings.
The view asks :meth:`RowTableModel.data` only for the rows on screen.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.core.language import both_names
from app.model.enums import Side
from ui.models.labels import side_colour

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row dataclass itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a key that sorts as people expect
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # the folded text the filter box matches
SIDE_ROLE = Qt.ItemDataRole.UserRole + 4  # the row's Side (or None)
ID_ROLE = Qt.ItemDataRole.UserRole + 5

_Index = QModelIndex | QPersistentModelIndex
_KEEP_MARKS = {"\u3099", "\u309a"}  # kana voicing marks: が is not か


@functools.cache
def _strip_marks() -> dict[int, None]:
    """The combining marks of the Basic Multilingual Plane but the kana voicing marks (made
    once, when first needed: a few milliseconds)."""
    return {
        cp: None
        for cp in range(0x300, 0x10000)
        if unicodedata.combining(chr(cp)) and chr(cp) not in _KEEP_MARKS
    }


# Katakana ァ..ヶ sit 0x60 above hiragana ぁ..ゖ: searching either finds both.
_KATAKANA_AS_HIRAGANA = {cp: cp - 0x60 for cp in range(0x30A1, 0x30F7)}


@functools.lru_cache(maxsize=8192)  # organisations, sides, languages repeat down a list
def fold(text: str) -> str:
    """Text for matching: no case, no accents, full-width folded, katakana as hiragana."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text).translate(_strip_marks())
    composed = unicodedata.normalize("NFC", decomposed).casefold()
    return composed.translate(_KATAKANA_AS_HIRAGANA)


class Row(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def side(self) -> Side | None: ...


R = TypeVar("R", bound=Row)  # the row dataclass a table holds

# What a column shows and sorts by: text, or a count (shown right-aligned); None off the columns.
Cell = str | int | None


@dataclass(frozen=True)
class Prepared(Generic[R]):
    """Rows with what each shows (``cells[row][column]``), sorts by (``keys[column][row]``),
    is searched by (folded) and its side: made once per row, off the UI thread."""

    rows: list[R]
    cells: list[tuple[Cell, ...]]
    keys: list[list[Any]]
    search: list[str]
    sides: list[str | None]


def japanese_first(japanese: str | None, latin: str | None) -> tuple[str, str]:
    """The (first, second) names of a Japanese reader's row: the Japanese name where it
    exists (the Latin one beside it), else the Latin one alone."""
    if japanese:
        return japanese, latin or ""
    return latin or "", ""


def both_scripts(latin: str, japanese: str | None, language: str) -> str:
    """ "Hatcho Jozo (八丁醸造)"; in a Japanese window "八丁醸造 (Hatcho Jozo)", the Japanese
    name first where it exists."""
    first, second = japanese_first(japanese, latin) if language == "ja" else (latin, japanese)
    return both_names(first, second)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Holds frozen rows, sorted and filtered by itself; subclasses say what each column
    shows and sorts by, and what the filter box matches."""

    def __init__(self, parent: QObject | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        # The window's language, fixed for the model's life (Ponte changes it on restart):
        # in Japanese the first column shows the Japanese name, the Latin one beside it.
        self.language = language
        self._headers = self.headers()  # views ask for these constantly
        self._data: Prepared[R] = Prepared([], [], [[] for _ in self._headers], [], [])
        self._position: dict[int, int] = {}  # row id -> index in self._data
        self._order: list[int] = []  # indices in self._data, sorted
        self._visible: list[int] = []  # those of self._order the filter keeps
        self._visible_row: dict[int, int] | None = None  # index in _data -> shown row
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._words: list[str] = []
        self._side: Side | None = None
        self._right = [False] * len(self._headers)  # count columns are right-aligned

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

    def own_sort_columns(self) -> frozenset[int]:
        """The columns :meth:`sort_key` sorts otherwise than by the folded text shown."""
        return frozenset()

    def side_column(self) -> int:
        raise NotImplementedError

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    # --- rows ---------------------------------------------------------------------------

    def prepare(self, rows: Iterable[R]) -> Prepared[R]:
        """What ``rows`` show, sort and are searched by. Safe on a worker thread: it reads
        only the model's settings fixed when it was made (language, headers)."""
        rows = list(rows)
        columns = range(len(self._headers))
        display, sort_key, search_text = self.display, self.sort_key, self.search_text
        cells = [tuple(display(r, c) for c in columns) for r in rows]
        own = self.own_sort_columns()
        keys = [
            [sort_key(r, c) for r in rows]
            if c in own
            else [fold(cell[c]) if isinstance(cell[c], str) else cell[c] for cell in cells]
            for c in columns
        ]
        search = [fold(search_text(r)) for r in rows]
        sides = [r.side.value if r.side is not None else None for r in rows]
        return Prepared(rows, cells, keys, search, sides)

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace the rows (preparing them here: for small tables and tests)."""
        self.set_prepared(self.prepare(rows))

    def set_prepared(self, prepared: Prepared[R]) -> None:
        """Show ``prepared`` instead of what was shown (one reset; sort and filter kept)."""
        self.beginResetModel()
        self._data = prepared
        self._position = {row.id: i for i, row in enumerate(prepared.rows)}
        if prepared.cells:
            self._right = [isinstance(cell, int) for cell in prepared.cells[0]]
        self._order = self._sorted()
        self._visible = self._filtered()
        self._visible_row = None
        self.endResetModel()

    def update_prepared(self, prepared: Prepared[R]) -> list[int]:
        """Put the new values of rows already held in place: ``dataChanged`` for each shown
        one, no reset. A row whose place in the order or whose match with the filter changed
        moves (one ``layoutChanged``; selection and current row follow it). Returns the ids of
        ``prepared`` that are not held (new rows: the caller reloads)."""
        missing: list[int] = []
        data = self._data
        moved = False
        for n, row in enumerate(prepared.rows):
            at = self._position.get(row.id)
            if at is None:
                missing.append(row.id)
                continue
            column = self._sort_column
            if 0 <= column < len(data.keys) and data.keys[column][at] != prepared.keys[column][n]:
                moved = True
            if data.search[at] != prepared.search[n] or data.sides[at] != prepared.sides[n]:
                moved = moved or bool(self._words) or self._side is not None
            data.rows[at] = row
            data.cells[at] = prepared.cells[n]
            for column, keys in enumerate(data.keys):
                keys[at] = prepared.keys[column][n]
            data.search[at] = prepared.search[n]
            data.sides[at] = prepared.sides[n]
            shown = self._shown_row_of(at)
            if shown is not None:
                self.dataChanged.emit(
                    self.index(shown, 0), self.index(shown, len(self._headers) - 1)
                )
        if moved:
            self._relayout(sort=True)
        return missing

    def rows(self) -> list[R]:
        """All the rows held, shown or filtered out."""
        return list(self._data.rows)

    def has_id(self, row_id: int) -> bool:
        return row_id in self._position

    def total(self) -> int:
        return len(self._data.rows)

    def row_at(self, row: int) -> R | None:
        """The row shown at ``row``."""
        return self._data.rows[self._visible[row]] if 0 <= row < len(self._visible) else None

    def id_at(self, row: int) -> int | None:
        """The record id shown at ``row``."""
        shown = self.row_at(row)
        return shown.id if shown is not None else None

    def row_of_id(self, row_id: int) -> int | None:
        """Where the row of ``row_id`` is shown (None when filtered out or not held)."""
        at = self._position.get(row_id)
        return None if at is None else self._shown_row_of(at)

    def _shown_row_of(self, at: int) -> int | None:
        if self._visible_row is None:
            self._visible_row = {source: n for n, source in enumerate(self._visible)}
        return self._visible_row.get(at)

    # --- sorting and filtering ----------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort_column, self._sort_order = column, order
        self._relayout(sort=True)

    def set_text(self, text: str) -> None:
        """Keep the rows whose names contain every typed word (no case, accents, kana)."""
        words = fold(text).split()
        if words != self._words:
            narrower = bool(self._words) and all(
                any(old in new for new in words) for old in self._words
            )
            self._words = words
            self._relayout(narrower=narrower)

    def set_side(self, side: Side | None) -> None:
        if side != self._side:
            self._side = side
            self._relayout()

    def side(self) -> Side | None:
        return self._side

    def _relayout(self, *, sort: bool = False, narrower: bool = False) -> None:
        """Sort and/or filter again; the view keeps its selection and current row where the
        rows are still shown (persistent indexes follow their rows)."""
        self.layoutAboutToBeChanged.emit()
        if sort:
            self._order = self._sorted()
        old_visible = self._visible
        # A longer word only narrows what is shown: test only what is shown.
        self._visible = self._filtered(old_visible if narrower and not sort else None)
        self._visible_row = None
        self._move_persistent(old_visible)
        self.layoutChanged.emit()

    def _move_persistent(self, old_visible: list[int]) -> None:
        old = self.persistentIndexList()
        if not old:
            return
        new: list[QModelIndex] = []
        for index in old:
            row = index.row()
            shown = self._shown_row_of(old_visible[row]) if 0 <= row < len(old_visible) else None
            new.append(self.index(shown, index.column()) if shown is not None else QModelIndex())
        self.changePersistentIndexList(old, new)

    def _sorted(self) -> list[int]:
        every = range(len(self._data.rows))
        if not 0 <= self._sort_column < len(self._data.keys):
            return list(every)
        keys = self._data.keys[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(every, key=keys.__getitem__, reverse=descending)

    def _filtered(self, among: list[int] | None = None) -> list[int]:
        shown = self._order if among is None else among
        if self._side is not None:
            side, sides = self._side.value, self._data.sides
            shown = [i for i in shown if sides[i] == side]
        search = self._data.search
        for word in self._words:
            shown = [i for i in shown if word in search[i]]
        return list(shown)

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        at = self._visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._data.cells[at][column]
        if role == SORT_ROLE:
            return self._data.keys[column][at]
        if role == ROW_ROLE:
            return self._data.rows[at]
        if role == ID_ROLE:
            return self._data.rows[at].id
        if role == SEARCH_ROLE:
            return self._data.search[at]
        if role == SIDE_ROLE:
            return self._data.sides[at]
        if role == Qt.ItemDataRole.DecorationRole and column == self.side_column():
            return _side_colour(self._data.sides[at])
        if role == Qt.ItemDataRole.TextAlignmentRole and self._right[column]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self._data.rows[at], column)
        return None


def _side_colour(side: str | None) -> Any:
    return side_colour(Side(side)) if side is not None else None
