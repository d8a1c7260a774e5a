"""A list of choices to tick that stays quick with 10,000 of them (a delegation's people, a
programme item's named attendees).

A QListWidget makes one QListWidgetItem per choice on the UI thread, and filtering hides them
one by one: 10,000 people took about two seconds to show on a big mission. Here the choices
are two Python lists and a set of ticked ids behind a model; the view (uniform row heights)
asks only for the rows on screen, and a filter swaps the list of rows shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QListView, QWidget

_Index = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    """Choices ``(id, label)`` with a tick each; ``ticked_changed`` when a tick is clicked."""

    ticked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._labels: list[str] = []
        self._folded: list[str] | None = None  # the labels casefolded, made on the first filter
        self._shown: list[int] = []  # positions in _ids of the rows shown, in order
        self._ticked: set[int] = set()
        self._words: list[str] = []

    # --- what the owner sets and reads ------------------------------------------------------

    def set_choices(self, choices: Sequence[tuple[int, str]], ticked: Iterable[int]) -> None:
        """Offer ``choices`` (in this order) with ``ticked`` ids ticked; the filter stays."""
        self.beginResetModel()
        self._ids = [key for key, _label in choices]
        self._labels = [label for _key, label in choices]
        self._folded = None
        self._ticked = set(ticked)
        self._shown = self._matching()
        self.endResetModel()

    def set_ticked(self, ids: Iterable[int]) -> None:
        self._ticked = set(ids)
        if self._shown:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._shown) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def tick(self, key: int, on: bool = True) -> None:
        """Tick (or untick) one choice, as a click would (``ticked_changed`` follows)."""
        if key in self._ids:
            self._set_tick(key, on)

    def ticked(self) -> tuple[int, ...]:
        """The ticked ids of the choices offered, in the choices' order."""
        return tuple(key for key in self._ids if key in self._ticked)

    def set_filter(self, text: str) -> None:
        """Show only the choices whose label holds every word of ``text`` (any case)."""
        words = text.casefold().split()
        if words == self._words:
            return
        self._words = words
        self.beginResetModel()
        self._shown = self._matching()
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self._ids[self._shown[row]]

    def label_at(self, row: int) -> str:
        return self._labels[self._shown[row]]

    def choice_count(self) -> int:
        """How many choices are offered (shown or filtered out)."""
        return len(self._ids)

    # --- Qt -----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        at = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[at]
        if role == Qt.ItemDataRole.CheckStateRole:
            on = self._ids[at] in self._ticked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[at]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState.Checked
        on = value == checked or value == checked.value
        self._set_tick(self._ids[self._shown[index.row()]], on)
        return True

    # --- inside -------------------------------------------------------------------------------

    def _set_tick(self, key: int, on: bool) -> None:
        if (key in self._ticked) == on:
            return
        if on:
            self._ticked.add(key)
        else:
            self._ticked.discard(key)
        at = self._ids.index(key)
        if at in self._shown:
            row = self._shown.index(at)
            self.dataChanged.emit(
                self.index(row), self.index(row), [Qt.ItemDataRole.CheckStateRole]
            )
        self.ticked_changed.emit()

    def _matching(self) -> list[int]:
        if not self._words:
            return list(range(len(self._ids)))
        if self._folded is None:
            self._folded = [label.casefold() for label in self._labels]
        words = self._words
        return [i for i, label in enumerate(self._folded) if all(w in label for w in words)]


class ChoiceListModel(QAbstractListModel):
    """Choices ``(id, label)`` for a combo box, after a first line that means none (its data
    is None): a combo box over 10,000 people without 10,000 ``addItem`` calls."""

    def __init__(self, none_label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int | None] = [None]
        self._labels: list[str] = [none_label]
        self._rows: dict[int, int] = {}

    def set_choices(self, choices: Sequence[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._ids = [None, *(key for key, _label in choices)]
        self._labels = [self._labels[0], *(label for _key, label in choices)]
        self._rows = {key: row for row, key in enumerate(self._ids) if key is not None}
        self.endResetModel()

    def row_of(self, key: int | None) -> int:
        """The row of ``key`` (0, the line meaning none, for None or an id not offered)."""
        return 0 if key is None else self._rows.get(key, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._labels[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None


class CheckListView(QListView):
    """A view of a :class:`CheckListModel` with rows of one height (so that Qt does not
    measure every row of a long list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.checks = CheckListModel(self)
        self.setModel(self.checks)
