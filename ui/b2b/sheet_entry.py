"""Typing a printed host sheet's marks: the sheet's rows in the printed order, one key per row
(H held, A / B that side absent, N neither came, C cancelled, space: leave as it is), each
key moving on to the next row; Backspace goes back one. Once every row is typed, a summary,
and Enter saves them all in one transaction (the widget that opened it does the saving)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import MeetingStatus
from app.services.meeting_status import SheetMark, TableRow
from ui.b2b.status_marks import KEYS, TINTS, labelled, status_text

LEAVE = None  # space: the row is left as it is
COL_NO, COL_TIME, COL_A, COL_B, COL_NOW, COL_TYPED = range(6)


class SheetEntryDialog(QDialog):
    """One sheet's rows; :meth:`marks` are the rows typed with a status."""

    def __init__(
        self, rows: Sequence[TableRow], heading: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_entry")
        self.setWindowTitle(self.tr("Enter a host sheet"))
        self.rows = list(rows)
        self._lang = lang
        self.typed: list[MeetingStatus | None] = []  # one per row typed so far, in order
        self.heading = QLabel(heading, self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.help = QLabel(
            self.tr(
                "One key per row, as ticked on the sheet: H held, A or B that side absent, "
                "N neither came, C cancelled, Space leave as it is. Backspace goes back."
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Time"), "A", "B", self.tr("Now"), self.tr("Typed")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the dialog takes every key
        for i, r in enumerate(self.rows):
            a, b = self._names(r)
            for col, text in enumerate([str(r.number), r.span, a, b, labelled(r.status, a, b), ""]):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)  # room for what is typed
        self.summary = QLabel(self)
        self.summary.setObjectName("sheet_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(880, 540)
        self._show_progress()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell was filled when the dialog was made
        return item

    def _names(self, r: TableRow) -> tuple[str, str]:
        return r.names_a.in_(self._lang), r.names_b.in_(self._lang)

    # --- typing --------------------------------------------------------------------------

    def complete(self) -> bool:
        return len(self.typed) == len(self.rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.reject()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.complete():
                self._save()
            return
        if key == Qt.Key.Key_Backspace:
            if self.typed:
                self.typed.pop()
                item = self._item(len(self.typed), COL_TYPED)
                item.setText("")
                item.setBackground(QColor(0, 0, 0, 0))
            self._show_progress()
            return
        if self.complete():
            return  # typed to the end: Enter saves, Backspace takes back
        if key == Qt.Key.Key_Space:
            self._type(LEAVE)
        elif key in KEYS:
            self._type(KEYS[key])
        # any other key is ignored: a sheet is typed with the six keys alone

    def _type(self, status: MeetingStatus | None) -> None:
        row = len(self.typed)
        self.typed.append(status)
        item = self._item(row, COL_TYPED)
        if status is None:
            item.setText("—")
        else:  # short: the sides as A and B, as on the sheet's boxes
            item.setText(labelled(status))
            if status in TINTS:
                item.setBackground(TINTS[status])
        self._show_progress()

    def _show_progress(self) -> None:
        row = len(self.typed)
        if row < len(self.rows):
            self.table.selectRow(row)
            self.table.scrollToItem(self._item(row, 0))
        else:
            self.table.clearSelection()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.complete())
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        if not self.complete():
            return self.tr("Row {row} of {count}: type its mark.").format(
                row=len(self.typed) + 1, count=len(self.rows)
            )
        counts = Counter(self.typed)
        parts = [
            f"{status_text(status)} {counts[status]}"
            for status in (
                MeetingStatus.HELD,
                MeetingStatus.NO_SHOW_A,
                MeetingStatus.NO_SHOW_B,
                MeetingStatus.NO_SHOW,
                MeetingStatus.CANCELLED,
                MeetingStatus.SCHEDULED,
            )
            if counts[status]
        ]
        parts.append(self.tr("%n left as they are", "", counts[None]))
        return self.tr("All {count} rows typed: {parts}. Enter saves them all.").format(
            count=len(self.rows), parts=" · ".join(parts)
        )

    def marks(self) -> list[SheetMark]:
        """The rows typed with a status (not left), each against the values it was read with."""
        return [
            SheetMark(r.meeting_id, status, r.base)
            for r, status in zip(self.rows, self.typed, strict=False)
            if status is not None
        ]

    def _save(self) -> None:
        if self.complete():
            self.accept()
