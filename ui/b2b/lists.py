"""The unscheduled requests with their reasons (the request matrix is on the Requests page:
ui/requests/models.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.core.pairs import pair_of
from app.services.b2b_grid import GridData
from app.services.scheduling import ReasonKind, Unscheduled

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

COL_A, COL_B, COL_REASON = range(3)


@dataclass(frozen=True)
class UnscheduledRow:
    meeting: str  # the scheduler's pair id, "M<lo>-<hi>"
    a: str  # Latin names; the tooltip adds the Japanese ones
    b: str
    reason: str
    a_full: str = ""
    b_full: str = ""


def reason_text(u: Unscheduled) -> str:
    """Why a request is not scheduled, in the window's language."""
    text = _reason_template(u.kind)
    if text is None:  # REQUIREMENTS, OTHER: the solver's own sentence names the culprits
        return u.reason
    return text.format(a=u.subject, b=u.other, count=u.count)


def _reason_template(kind: ReasonKind) -> str | None:
    if kind is ReasonKind.NO_COMMON_SLOT:
        return translate("B2BReasons", "{a} and {b} share no free slot")
    if kind is ReasonKind.NO_INTERPRETER_LANGUAGES:
        return translate("B2BReasons", "no interpreter speaks both {a} and {b}")
    if kind is ReasonKind.NO_INTERPRETER_FREE:
        return translate("B2BReasons", "no interpreter is free in the slots both are free")
    if kind is ReasonKind.AT_MAXIMUM:
        return translate("B2BReasons", "{a} already has its maximum of {count} meetings")
    if kind is ReasonKind.FULLY_BOOKED:
        return translate("B2BReasons", "{a} is fully booked in the slots both are free")
    if kind is ReasonKind.NO_TABLE:
        return translate("B2BReasons", "no table is free in the slots both are free")
    if kind is ReasonKind.HIGHER_VALUE:
        return translate(
            "B2BReasons", "a higher-value set of meetings used the slots both are free"
        )
    if kind is ReasonKind.TIME_LIMIT:
        return translate(
            "B2BReasons",
            "the time limit was reached before a schedule meeting every requirement was found",
        )
    if kind is ReasonKind.NOT_RUN:
        return translate("B2BReasons", "not scheduled yet: run the scheduler")
    if kind is ReasonKind.NEW_SINCE_RUN:
        return translate(
            "B2BReasons", "requested or changed after the last run: run the scheduler again"
        )
    if kind is ReasonKind.REMOVED_SINCE_RUN:
        return translate(
            "B2BReasons", "the last run placed it; it was taken out of the schedule since"
        )
    return None


def unscheduled_rows(
    unscheduled: Iterable[Unscheduled], grid: GridData | None
) -> list[UnscheduledRow]:
    """The unscheduled requests, with organisation names instead of ids."""
    out = []
    for u in unscheduled:
        names: list[tuple[str, str]] = []
        for oid in pair_of(u.meeting) or ():
            org = grid.organisations.get(oid) if grid else None
            names.append((org.name, org.display) if org else (f"#{oid}", f"#{oid}"))
        if len(names) != 2:
            names = [(u.meeting, u.meeting), ("", "")]
        (a, a_full), (b, b_full) = names
        out.append(UnscheduledRow(u.meeting, a, b, reason_text(u), a_full, b_full))
    return out


class UnscheduledModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnscheduledRow] = []

    def set_rows(self, rows: list[UnscheduledRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[UnscheduledRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Organisation"), self.tr("Meets"), self.tr("Why not scheduled"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.a, row.b, row.reason)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.a_full} ↔ {row.b_full}\n{row.reason}"
        return None
