"""The Requests page's tables: the catalogue of organisations, one organisation's wish list,
the editable request matrix and the suggested pairs. Each reads a :class:`RequestBook`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.core.suggestions import Suggestion
from app.model.enums import Sector, Side
from app.services.requests import CatalogueEntry, RequestBook, RequestEdit, RequestEntry
from ui.i18n import current_language
from ui.models.labels import sector_label, side_colour, side_label

_Index = QModelIndex | QPersistentModelIndex

MUTUAL_COLOUR = QColor("#b9e3c6")
SINGLE_COLOUR = QColor("#dfe9f7")
NO_THANKS_COLOUR = QColor("#d9d9d9")
CLOSED_COLOUR = QColor("#f2f2f2")  # a pair that cannot ask (itself, or the same side)
INCOMING_COLOUR = QColor("#7a7a7a")

ORG_ROLE = Qt.ItemDataRole.UserRole + 1  # an organisation's id


def with_edits(book: RequestBook, edits: Sequence[RequestEdit]) -> RequestBook:
    """The book as it is after ``edits`` (applied here at once, before the reload)."""
    requests = dict(book.requests)
    for e in edits:
        pair = (e.requester_id, e.requested_id)
        if e.after is None:
            requests.pop(pair, None)
        else:
            old = requests.get(pair)
            requests[pair] = RequestEntry(old.id if old else 0, *pair, e.after)
    return replace(book, requests=MappingProxyType(requests))


def marks(book: RequestBook, requester: int, requested: int) -> str:
    """'⇄' mutual, 'M' mandatory, '✕' no thanks, for one request."""
    values = book.values(requester, requested)
    if values is None:
        return ""
    if values.no_thanks:
        return "✕"
    out = ["⇄"] if book.mutual(requester, requested) else []
    if values.mandatory:
        out.append("M")
    return " ".join(out)


# --- the catalogue ---------------------------------------------------------------------------

CAT_NAME, CAT_NAME_JA, CAT_SIDE, CAT_SECTORS, CAT_CITY, CAT_ASKS, CAT_ASKED = range(7)


class CatalogueModel(QAbstractTableModel):
    """Every organisation, filterable by side, sector and text (see :meth:`set_filter`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book: RequestBook | None = None
        self._rows: list[CatalogueEntry] = []
        self._made: dict[int, int] = {}
        self._received: dict[int, int] = {}
        self._side: Side | None = None
        self._sector: Sector | None = None
        self._text = ""

    def set_book(self, book: RequestBook | None) -> None:
        self._book = book
        self._made, self._received = {}, {}
        for a, b in book.requests if book else ():
            self._made[a] = self._made.get(a, 0) + 1
            self._received[b] = self._received.get(b, 0) + 1
        self._refilter()

    def set_filter(self, side: Side | None, sector: Sector | None, text: str) -> None:
        self._side, self._sector, self._text = side, sector, text
        self._refilter()

    def passes(self, o: CatalogueEntry) -> bool:
        return (
            (self._side is None or o.side is self._side)
            and (self._sector is None or self._sector in o.sectors)
            and o.matches(self._text)
        )

    def _refilter(self) -> None:
        self.beginResetModel()
        book = self._book
        self._rows = [o for o in book.organisations if self.passes(o)] if book else []
        self.endResetModel()

    def entries(self) -> list[CatalogueEntry]:
        return list(self._rows)

    def row_of(self, org_id: int) -> int:
        return next((i for i, o in enumerate(self._rows) if o.id == org_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Organisation"), self.tr("Japanese name"), self.tr("Side"),
            self.tr("Sectors"), self.tr("City"), self.tr("Asks"), self.tr("Asked by"),
        )[section]  # fmt: skip

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        o = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == CAT_NAME:
                return o.name
            if col == CAT_NAME_JA:
                return o.name_ja or ""
            if col == CAT_SIDE:
                return side_label(o.side)
            if col == CAT_SECTORS:
                return ", ".join(sector_label(s) for s in o.sectors)
            if col == CAT_CITY:
                return o.city
            if col == CAT_ASKS:
                return self._made.get(o.id, 0)
            return self._received.get(o.id, 0)
        if role == Qt.ItemDataRole.ToolTipRole:
            profile = o.profile_ja if current_language() == "ja" and o.profile_ja else o.profile
            return f"{o.display}\n{profile}" if profile else o.display
        if role == Qt.ItemDataRole.ForegroundRole and col == CAT_SIDE:
            return side_colour(o.side)
        if role == ORG_ROLE:
            return o.id
        return None


# --- one organisation's wish list ----------------------------------------------------------

WISH_NAME, WISH_PRIORITY, WISH_MARKS = range(3)


class WishListModel(QAbstractTableModel):
    """The requests one organisation made; the priority is editable (1–5)."""

    priority_edited = Signal(int, int, int)  # requester, requested, priority

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book: RequestBook | None = None
        self._org: int | None = None
        self._rows: list[RequestEntry] = []

    def set_book(self, book: RequestBook | None, org_id: int | None) -> None:
        self.beginResetModel()
        self._book, self._org = book, org_id
        self._rows = list(book.wish_list(org_id)) if book and org_id is not None else []
        self.endResetModel()

    def organisation(self) -> int | None:
        return self._org

    def entry(self, row: int) -> RequestEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Asks to meet"), self.tr("Priority"), self.tr("Marks"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        entry = self.entry(index.row())
        if index.column() == WISH_PRIORITY and entry is not None and not entry.values.no_thanks:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        book = self._book
        entry = self.entry(index.row()) if index.isValid() else None
        if book is None or entry is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == WISH_NAME:
                org = book.organisation(entry.requested)
                return org.display if org else book.name(entry.requested)
            if col == WISH_PRIORITY:
                return None if entry.values.no_thanks else entry.values.priority
            text = marks(book, entry.requester, entry.requested)
            if entry.values.no_thanks:
                text = self.tr("✕ no thanks")
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return _colour(book, entry.requester, entry.requested)
        if role == ORG_ROLE:
            return entry.requested
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or role != Qt.ItemDataRole.EditRole or index.column() != WISH_PRIORITY:
            return False
        try:
            priority = int(value)
        except (TypeError, ValueError):
            return False
        self.priority_edited.emit(entry.requester, entry.requested, priority)
        return True


def _colour(book: RequestBook, a: int, b: int) -> QColor | None:
    values = book.values(a, b)
    if values is None:
        return None
    if values.no_thanks:
        return NO_THANKS_COLOUR
    return MUTUAL_COLOUR if book.mutual(a, b) else SINGLE_COLOUR


# --- the matrix ------------------------------------------------------------------------------


class RequestMatrixModel(QAbstractTableModel):
    """Rows ask, columns are asked: the rows are one side's organisations (and those without a
    side), the columns the other side's. A cell shows the row's request to the column: "3"
    priority 3, "3 ⇄" both asked, "3 M" mandatory, "✕" no thanks; "← 2" in grey: only the
    column asked the row. A pair that cannot ask (itself, one side) is disabled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book: RequestBook | None = None
        self.rows: list[CatalogueEntry] = []
        self.columns: list[CatalogueEntry] = []
        self._row_of: dict[int, int] = {}
        self._column_of: dict[int, int] = {}
        self.requesters: Side = Side.TURIN
        self._japanese = False  # headers in kanji where an organisation has them

    def book(self) -> RequestBook | None:
        return self._book

    def set_book(
        self,
        book: RequestBook | None,
        requesters: Side | None = None,
        keep: Callable[[CatalogueEntry], bool] | None = None,
    ) -> None:
        """Show ``book``, rows from the ``requesters`` side; ``keep`` filters both axes."""
        self.beginResetModel()
        self._book = book
        self._japanese = current_language() == "ja"
        if requesters is not None:
            self.requesters = requesters
        other = Side.NAGOYA if self.requesters is Side.TURIN else Side.TURIN
        everyone = [o for o in book.organisations if keep is None or keep(o)] if book else []
        self.rows = [o for o in everyone if o.side in (self.requesters, None)]
        self.columns = [o for o in everyone if o.side in (other, None)]
        self._row_of = {o.id: i for i, o in enumerate(self.rows)}
        self._column_of = {o.id: i for i, o in enumerate(self.columns)}
        self.endResetModel()

    def apply(self, edits: Sequence[RequestEdit]) -> None:
        """Show edits at once (the page reloads the book later)."""
        if self._book is None:
            return
        self._book = with_edits(self._book, edits)
        for e in edits:
            for a, b in ((e.requester_id, e.requested_id), (e.requested_id, e.requester_id)):
                index = self.index_of(a, b)
                if index.isValid():
                    self.dataChanged.emit(index, index)

    def index_of(self, requester: int, requested: int) -> QModelIndex:
        r, c = self._row_of.get(requester), self._column_of.get(requested)
        return self.index(r, c) if r is not None and c is not None else QModelIndex()

    def pair(self, index: _Index) -> tuple[int, int] | None:
        if not index.isValid():
            return None
        return self.rows[index.row()].id, self.columns[index.column()].id

    def open(self, index: _Index) -> bool:
        """Whether the row may ask the column (not itself, not of one side)."""
        if not index.isValid():
            return False
        a, b = self.rows[index.row()], self.columns[index.column()]
        return a.id != b.id and (a.side is None or a.side is not b.side)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        orgs = self.columns if orientation == Qt.Orientation.Horizontal else self.rows
        if not 0 <= section < len(orgs):
            return None
        o = orgs[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return o.name_ja if self._japanese and o.name_ja else o.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return o.display
        if role == Qt.ItemDataRole.ForegroundRole:
            return side_colour(o.side)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not self.open(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        book = self._book
        if book is None or not index.isValid():
            return None
        a, b = self.rows[index.row()].id, self.columns[index.column()].id
        if role == Qt.ItemDataRole.DisplayRole:
            ask, back = book.values(a, b), book.values(b, a)
            if ask is None:
                return f"← {back.priority}" if back and not back.no_thanks else None
            if ask.no_thanks:
                return "✕"
            return " ".join([str(ask.priority), marks(book, a, b)]).strip()
        if role == Qt.ItemDataRole.BackgroundRole:
            if not self.open(index):
                return CLOSED_COLOUR
            return _colour(book, a, b)
        if role == Qt.ItemDataRole.ForegroundRole:
            return INCOMING_COLOUR if book.values(a, b) is None else None
        if role == Qt.ItemDataRole.FontRole and book.values(a, b) is not None:
            values = book.values(a, b)
            if values is not None and values.mandatory:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(book, a, b)
        return None

    def _tooltip(self, book: RequestBook, a: int, b: int) -> str:
        lines = []
        for asker, asked in ((a, b), (b, a)):
            values = book.values(asker, asked)
            if values is None:
                continue
            if values.no_thanks:
                line = self.tr("{a} does not want to meet {b} (no thanks)")
            elif values.mandatory:
                line = self.tr("{a} asks to meet {b}, priority {priority}, mandatory")
            else:
                line = self.tr("{a} asks to meet {b}, priority {priority}")
            lines.append(
                line.format(a=book.name(asker), b=book.name(asked), priority=values.priority)
            )
        return "\n".join(lines) or self.tr("{a} → {b}: no request").format(
            a=book.name(a), b=book.name(b)
        )


# --- suggested pairs -------------------------------------------------------------------------

SUG_REQUESTER, SUG_REQUESTED, SUG_SCORE, SUG_REASON, SUG_ACCEPT = range(5)


class SuggestionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book: RequestBook | None = None
        self._rows: list[Suggestion] = []

    def set_suggestions(self, book: RequestBook | None, rows: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._book, self._rows = book, list(rows)
        self.endResetModel()

    def suggestion(self, row: int) -> Suggestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Requester"), self.tr("To meet"), self.tr("Score"), self.tr("Why"), ""
        )[section]  # fmt: skip

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.suggestion(index.row()) if index.isValid() else None
        book = self._book
        if s is None or book is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (SUG_REQUESTER, SUG_REQUESTED):
                org = book.organisation(s.requester if col == SUG_REQUESTER else s.requested)
                return org.display if org else ""
            if col == SUG_SCORE:
                return s.score
            if col == SUG_REASON:
                return s.reason.text(current_language())
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col in (SUG_REQUESTER, SUG_REQUESTED):
            org = book.organisation(s.requester if col == SUG_REQUESTER else s.requested)
            return org.profile if org else None
        if role == Qt.ItemDataRole.ForegroundRole and col in (SUG_REQUESTER, SUG_REQUESTED):
            org = book.organisation(s.requester if col == SUG_REQUESTER else s.requested)
            return side_colour(org.side) if org else None
        return None
