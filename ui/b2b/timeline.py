"""Per-organisation and per-interpreter timelines: their slots, meetings and idle gaps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.b2b_grid import GridData, GridMeeting, Timeline, TimelineEntry, timeline

_Index = QModelIndex | QPersistentModelIndex
COL_TIME, COL_TABLE, COL_WITH, COL_INTERPRETER = range(4)
IDLE_COLOUR = QColor("#f3f3f3")


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[TimelineEntry, ...] = ()
        self._tables: dict[int, str] = {}
        self._organisation: int | None = None

    def set_timeline(
        self, line: Timeline, tables: dict[int, str], organisation: int | None
    ) -> None:
        self.beginResetModel()
        self._entries, self._tables, self._organisation = line.entries, tables, organisation
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Time"), self.tr("Table"), self.tr("Meeting"), self.tr("Interpreter"))[
            section
        ]

    def _with(self, m: GridMeeting) -> str:
        if self._organisation == m.org_a:
            return m.org_b_name
        if self._organisation == m.org_b:
            return m.org_a_name
        return f"{m.org_a_name} ↔ {m.org_b_name}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and not entry.meetings:
            return IDLE_COLOUR
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_TIME:
            return f"{entry.slot.start_local:%a %d %b} {entry.slot.label}"
        if not entry.meetings:
            return self.tr("free") if col == COL_WITH else ""
        if col == COL_TABLE:
            return ", ".join(self._tables.get(m.table_id, "?") for m in entry.meetings)
        if col == COL_WITH:
            return "; ".join(self._with(m) for m in entry.meetings)
        return ", ".join(m.interpreter_name or "" for m in entry.meetings).strip(", ")


class TimelineWidget(QWidget):
    """Choose an organisation or an interpreter; see their day slot by slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid: GridData | None = None
        self.chooser = QComboBox(self)
        self.chooser.setMinimumContentsLength(40)
        self.summary = QLabel(self)
        self.model = TimelineModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.chooser)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.chooser.currentIndexChanged.connect(self._show)

    def set_grid(self, grid: GridData | None) -> None:
        self._grid = grid
        kept = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        if grid is not None:
            busy_orgs = {o for m in grid.meetings for o in (m.org_a, m.org_b)}
            busy_interps = {m.interpreter_id for m in grid.meetings if m.interpreter_id}
            for org in sorted(grid.organisations.values(), key=lambda o: o.name.casefold()):
                if org.id in busy_orgs:
                    self.chooser.addItem(org.display, ("org", org.id))
            for interp in sorted(grid.interpreters.values(), key=lambda i: i.name.casefold()):
                if interp.id in busy_interps:
                    label = self.tr("Interpreter: {name}").format(name=interp.name)
                    self.chooser.addItem(label, ("interpreter", interp.id))
        found = self.chooser.findData(kept) if kept is not None else -1
        self.chooser.setCurrentIndex(max(found, 0) if self.chooser.count() else -1)
        self.chooser.blockSignals(False)
        self._show()

    def _show(self, *_args: object) -> None:
        grid, choice = self._grid, self.chooser.currentData()
        if grid is None or choice is None:
            self.model.set_timeline(Timeline((), 0, 0), {}, None)
            self.summary.setText("")
            return
        kind, key = choice
        org = key if kind == "org" else None
        line = (
            timeline(grid, organisation_id=key)
            if kind == "org"
            else timeline(grid, interpreter_id=key)
        )
        tables = {t.id: t.name for s in grid.sessions for t in s.tables}
        self.model.set_timeline(line, tables, org)
        self.summary.setText(
            self.tr("%n meeting(s)", "", line.meetings)
            + self.tr(", ")
            + self.tr("%n break(s) between meetings", "", line.breaks)
        )
        self.view.resizeColumnsToContents()
