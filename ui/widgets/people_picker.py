"""A list of people to choose from, for a mission of any size: one model holds all their
labels (set in one call, not one item per person), a proxy filters them in C++ as the
coordinator types, and only the rows on screen are ever drawn."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget


class PeoplePicker(QListView):
    """People by label; several may be chosen; :meth:`selected_ids` are theirs, in list order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._labels = QStringListModel(self)
        self._shown = QSortFilterProxyModel(self)
        self._shown.setSourceModel(self._labels)
        self._shown.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self._shown)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def set_people(self, people: Sequence[tuple[int, str]]) -> None:
        """``(id, label)`` of everyone to offer; the selection is cleared."""
        self._ids = [person_id for person_id, _label in people]
        self._labels.setStringList([label for _id, label in people])

    def set_filter(self, text: str) -> None:
        """Only the people whose label contains ``text`` (any case) are shown."""
        self._shown.setFilterFixedString(text.strip())

    def count(self) -> int:
        """How many people are shown."""
        return self._shown.rowCount()

    def label(self, row: int) -> str:
        return str(self._shown.index(row, 0).data())

    def labels(self) -> list[str]:
        """The labels shown, top to bottom."""
        return [self.label(row) for row in range(self.count())]

    def id_at(self, row: int) -> int:
        return self._ids[self._shown.mapToSource(self._shown.index(row, 0)).row()]

    def choose(self, row: int) -> None:
        """Add the person shown at ``row`` to the selection."""
        self.selectionModel().select(
            self._shown.index(row, 0), QItemSelectionModel.SelectionFlag.Select
        )

    def selected_ids(self) -> tuple[int, ...]:
        rows = sorted(
            self._shown.mapToSource(i).row() for i in self.selectionModel().selectedIndexes()
        )
        return tuple(self._ids[row] for row in rows)
