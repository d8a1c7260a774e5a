"""What publishing would send, per participant, as a two-level tree model: a participant and
the number of their changes, and under it one line per change.

A first version of a 10,000-participant mission is ~66,000 changes: as QTreeWidgetItems that
was ~76,000 items made on the UI thread (0.5 s) after ~2.3 s of formatting there. The texts
are now made on the database worker (:func:`ui.pages.publish._fetch`), and the view asks this
model only for the rows on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # the internal id of a participant's row; a change's is its participant's row + 1


@dataclass(frozen=True)
class PersonChanges:
    """One participant's line and the texts of their changes, ready to show."""

    name: str
    changes: tuple[str, ...]


class ChangesModel(QAbstractItemModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._people: list[PersonChanges] = []

    def set_people(self, people: list[PersonChanges]) -> None:
        self.beginResetModel()
        self._people = people
        self.endResetModel()

    def person_count(self) -> int:
        return len(self._people)

    def changes_of(self, row: int) -> tuple[str, ...]:
        return self._people[row].changes

    # --- Qt -----------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._people)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._people[parent.row()].changes)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.internalId() == _TOP:
            person = self._people[index.row()]
            return person.name if index.column() == 0 else str(len(person.changes))
        if index.column() == 0:
            return ""
        return self._people[index.internalId() - 1].changes[index.row()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
