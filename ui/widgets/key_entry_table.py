"""A table typed one key per row, for marks entered fast by keyboard (meetings on the day,
each side's outcome): a key the table knows marks the current row and moves down; Enter
edits the row's note in a one-line editor of bounded length; any other key is the table's."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex


class NoteDelegate(QStyledItemDelegate):
    """The note's editor: one line, at most ``limit`` characters."""

    def __init__(self, limit: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.name = name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(self.limit)
        editor.setObjectName(self.name)
        return editor


class KeyEntryTable(QTableView):
    """Rows marked by one key each: ``keys`` maps a key to what it means (the row's object,
    read from ``row_role``, and that meaning are emitted by :attr:`key_mark`), then the
    cursor moves to the next row. Enter edits column ``note_column``."""

    key_mark = Signal(object, object)  # the row, what the key means

    def __init__(
        self,
        keys: Mapping[int, object],
        *,
        row_role: int,
        note_column: int,
        note_limit: int,
        note_editor_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.keys = keys
        self.row_role = row_role
        self.note_column = note_column
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setItemDelegateForColumn(note_column, NoteDelegate(note_limit, note_editor_name, self))
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        row = index.data(self.row_role) if index.isValid() else None
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if row is not None and plain and key in self.keys:
            self.key_mark.emit(row, self.keys[key])
            following = self.model().index(index.row() + 1, index.column())
            if following.isValid():
                self.setCurrentIndex(following)
            return
        if row is not None and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            note = self.model().index(index.row(), self.note_column)
            self.setCurrentIndex(note)
            self.edit(note)
            return
        super().keyPressEvent(event)
