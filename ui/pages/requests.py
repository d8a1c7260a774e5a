"""The Requests page: find whom to ask in the catalogue (side, sector, text), each
organisation's wish list, the editable request matrix and the suggested pairs.

The matrix's keys, on the current cell (the row asks the column): 1–5 set the priority, N
"no thanks", M mandatory on/off, Delete or Backspace removes; a double click cycles
3 → 4 → 5 → 1 → 2 → no thanks → nothing. Every change is one step on the undo stack.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.suggestions import Suggestion
from app.model.enums import Sector, Side
from app.services import requests as service
from app.services.database import Store
from app.services.requests import RequestBook, RequestsWritten, RequestValues
from ui.context import AppContext
from ui.errors import failure_text, user_message
from ui.forms.fields import ERROR_STYLE
from ui.models.labels import sector_label
from ui.models.loader import RowsLoader
from ui.pages.base import Page
from ui.requests.commands import run_edit
from ui.requests.models import (
    CAT_NAME,
    CAT_NAME_JA,
    ORG_ROLE,
    SUG_ACCEPT,
    SUG_REASON,
    WISH_PRIORITY,
    CatalogueModel,
    RequestMatrixModel,
    SuggestionsModel,
    WishListModel,
)

SUGGESTIONS_SHOWN = 50
_PRIORITY_KEYS = {
    Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5,
}  # fmt: skip


def next_in_cycle(values: RequestValues | None) -> RequestValues | None:
    """What a double click makes of a cell: 3 → 4 → 5 → 1 → 2 → no thanks → nothing → 3."""
    if values is None:
        return RequestValues()
    if values.no_thanks:
        return None
    if values.priority == 2:
        return dataclasses.replace(values, no_thanks=True, mandatory=False)
    return dataclasses.replace(values, priority=values.priority % 5 + 1)


@dataclass(frozen=True)
class _Loaded:
    book: RequestBook
    suggestions: list[Suggestion]


def _fetch(store: Store, mission_id: int) -> _Loaded:
    book = service.load_book(store, mission_id)
    return _Loaded(book, book.suggestions(limit=SUGGESTIONS_SHOWN))


class RequestMatrixView(QTableView):
    """The matrix: arrows move, the keys above edit the current cell, a double click cycles."""

    cell_key = Signal(int, int, str, int)  # requester, requested, action, priority

    def matrix(self) -> RequestMatrixModel:
        model = self.model()
        assert isinstance(model, RequestMatrixModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        pair = self.matrix().pair(index) if self.matrix().open(index) else None
        key = Qt.Key(event.key())
        action = None
        priority = 0
        if key in _PRIORITY_KEYS:
            action, priority = "priority", _PRIORITY_KEYS[key]
        elif key == Qt.Key.Key_N:
            action = "no_thanks"
        elif key == Qt.Key.Key_M:
            action = "mandatory"
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            action = "remove"
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if pair is not None:
            self.cell_key.emit(pair[0], pair[1], action, priority)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if self.matrix().open(index):
            pair = self.matrix().pair(index)
            if pair is not None:
                self.setCurrentIndex(index)
                self.cell_key.emit(pair[0], pair[1], "cycle", 0)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)


class PriorityDelegate(QStyledItemDelegate):
    """A priority is typed or spun from 1 to 5."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(1, 5)
        editor.setFrame(False)
        return editor


class WishListView(QTableView):
    """A wish list: type a digit to change the priority, N for no thanks, Delete removes."""

    entry_key = Signal(int, int, str)  # requester, requested, action

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        entry = model.entry(self.currentIndex().row()) if isinstance(model, WishListModel) else None
        key = Qt.Key(event.key())
        action = (
            "remove"
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            else "no_thanks"
            if key == Qt.Key.Key_N
            else None
        )
        if entry is None or action is None or self.state() == self.State.EditingState:
            super().keyPressEvent(event)
            return
        event.accept()
        self.entry_key.emit(entry.requester, entry.requested, action)


class RequestsPage(Page):
    """Catalogue and wish lists, the editable matrix, the suggested pairs."""

    page_id = "requests"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._book: RequestBook | None = None

        # the filter (catalogue and matrix both follow it)
        self.side_filter = QComboBox(self)
        self.side_filter.setObjectName("requestsSideFilter")
        self.side_filter.addItem(self.tr("Both sides"), None)
        self.side_filter.addItem(self.tr("Turin"), Side.TURIN)
        self.side_filter.addItem(self.tr("Nagoya"), Side.NAGOYA)
        self.sector_filter = QComboBox(self)
        self.sector_filter.setObjectName("requestsSectorFilter")
        self.sector_filter.addItem(self.tr("Every sector"), None)
        for sector in Sector:
            self.sector_filter.addItem(sector_label(sector), sector)
        self.search = QLineEdit(self)
        self.search.setObjectName("requestsSearch")
        self.search.setPlaceholderText(self.tr("Search names (Latin or Japanese), city, profile"))
        self.search.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self.message = QLabel(self)
        self.message.setObjectName("requestsMessage")
        self.message.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Side:"), self))
        filters.addWidget(self.side_filter)
        filters.addWidget(QLabel(self.tr("Sector:"), self))
        filters.addWidget(self.sector_filter)
        filters.addWidget(self.search, 1)

        # catalogue and wish list
        self.catalogue_model = CatalogueModel(self)
        self.catalogue = QTableView(self)
        self.catalogue.setObjectName("requestsCatalogue")
        self.catalogue.setModel(self.catalogue_model)
        self.catalogue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.catalogue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.catalogue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.catalogue.verticalHeader().setVisible(False)
        self.catalogue.horizontalHeader().setStretchLastSection(False)
        self.catalogue.verticalHeader().setDefaultSectionSize(22)
        self.wish_model = WishListModel(self)
        self.wish_list = WishListView(self)
        self.wish_list.setItemDelegateForColumn(WISH_PRIORITY, PriorityDelegate(self.wish_list))
        self.wish_list.setObjectName("requestsWishList")
        self.wish_list.setModel(self.wish_model)
        self.wish_list.verticalHeader().setVisible(False)
        self.wish_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.wish_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.wish_heading = QLabel(self.tr("Select an organisation to see its wish list."), self)
        self.wish_heading.setWordWrap(True)
        self.asked_by = QLabel(self)
        self.asked_by.setWordWrap(True)
        wish_panel = QWidget(self)
        wish_layout = QVBoxLayout(wish_panel)
        wish_layout.setContentsMargins(0, 0, 0, 0)
        wish_layout.addWidget(self.wish_heading)
        wish_layout.addWidget(self.wish_list, 1)
        wish_layout.addWidget(self.asked_by)
        catalogue_split = QSplitter(Qt.Orientation.Horizontal, self)
        catalogue_split.addWidget(self.catalogue)
        catalogue_split.addWidget(wish_panel)
        catalogue_split.setStretchFactor(0, 3)
        catalogue_split.setStretchFactor(1, 2)

        # the matrix
        self.direction = QComboBox(self)
        self.direction.setObjectName("requestsDirection")
        self.direction.addItem(self.tr("Turin organisations ask (rows)"), Side.TURIN)
        self.direction.addItem(self.tr("Nagoya organisations ask (rows)"), Side.NAGOYA)
        self.matrix_model = RequestMatrixModel(self)
        self.matrix_view = RequestMatrixView(self)
        self.matrix_view.setObjectName("requestsMatrix")
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.horizontalHeader().setDefaultSectionSize(96)
        self.matrix_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.matrix_view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix_view.verticalHeader().setDefaultSectionSize(22)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix_view.verticalHeader().setMaximumWidth(260)
        legend = QLabel(
            self.tr(
                "Each row asks the column. Keys on a cell: 1–5 priority, N no thanks, M "
                "mandatory on/off, Delete removes; a double click cycles 3, 4, 5, 1, 2, no "
                "thanks, nothing. “3 ⇄” both asked (green), “✕” no thanks, bold: mandatory, "
                "“← 2” in grey: only the column asked. Ctrl+Z undoes."
            ),
            self,
        )
        legend.setWordWrap(True)
        matrix_tab = QWidget(self)
        matrix_layout = QVBoxLayout(matrix_tab)
        top = QHBoxLayout()
        top.addWidget(self.direction)
        top.addStretch(1)
        matrix_layout.addLayout(top)
        matrix_layout.addWidget(legend)
        matrix_layout.addWidget(self.matrix_view, 1)

        # suggested pairs
        self.suggestions_model = SuggestionsModel(self)
        self.suggestions = QTableView(self)
        self.suggestions.setObjectName("requestsSuggestions")
        self.suggestions.setModel(self.suggestions_model)
        self.suggestions.verticalHeader().setVisible(False)
        self.suggestions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions.setWordWrap(True)
        self.suggestions.horizontalHeader().setSectionResizeMode(
            SUG_REASON, QHeaderView.ResizeMode.Stretch
        )
        suggestions_tab = QWidget(self)
        suggestions_layout = QVBoxLayout(suggestions_tab)
        explain = QLabel(
            self.tr(
                "Pairs of opposite sides that nobody asked yet, whose sectors and profiles "
                "complement each other, best first. Accept makes one request, priority 3, from "
                "the organisation that asked for fewer meetings."
            ),
            self,
        )
        explain.setWordWrap(True)
        suggestions_layout.addWidget(explain)
        suggestions_layout.addWidget(self.suggestions, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("requestsTabs")
        self.tabs.addTab(catalogue_split, self.tr("Catalogue and wish lists"))
        self.tabs.addTab(matrix_tab, self.tr("Request matrix"))
        self.tabs.addTab(suggestions_tab, self.tr("Suggested pairs"))
        self.matrix_tab, self.suggestions_tab = matrix_tab, suggestions_tab

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.loader = RowsLoader(ctx, _fetch, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.side_filter.currentIndexChanged.connect(self._apply_filter)
        self.sector_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self._filter_timer.timeout.connect(self._apply_filter)
        self.direction.currentIndexChanged.connect(self._on_direction)
        self.catalogue.selectionModel().currentRowChanged.connect(self._on_catalogue_row)
        self.wish_model.priority_edited.connect(lambda a, b, p: self.edit_cell(a, b, "priority", p))
        self.matrix_view.cell_key.connect(self.edit_cell)
        self.wish_list.entry_key.connect(lambda a, b, action: self.edit_cell(a, b, action))
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(self._on_mission_changed)
        self.loader.reload()

    # --- Page ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Requests")

    def ready(self) -> bool:
        return self.loader.has_loaded()

    def reload(self) -> None:
        self.loader.reload()

    def show_example(self) -> None:
        """The matrix, on a mutual pair."""
        self.tabs.setCurrentWidget(self.matrix_tab)
        book = self.matrix_model.book()
        if book is None:
            return
        for a, b in book.requests:
            index = self.matrix_model.index_of(a, b)
            if index.isValid() and book.mutual(a, b):
                self.matrix_view.setCurrentIndex(index)
                self.matrix_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                return

    # --- actions -------------------------------------------------------------------------

    def edit_cell(self, requester: int, requested: int, action: str, priority: int = 0) -> None:
        """Change the request of ``requester`` to ``requested``: "priority" (with
        ``priority``), "no_thanks", "mandatory" (toggle), "remove" or "cycle"."""
        jobs: dict[str, Callable[[Store, int], RequestsWritten]] = {
            "priority": lambda s, m: service.set_priority(s, m, requester, requested, priority),
            "no_thanks": lambda s, m: service.mark_no_thanks(s, m, requester, requested),
            "mandatory": lambda s, m: service.toggle_mandatory(s, m, requester, requested),
            "remove": lambda s, m: service.remove_request(s, m, requester, requested),
            "cycle": lambda s, m: service.edit_request(s, m, requester, requested, next_in_cycle),
        }
        names = self._names(requester, requested)
        texts = {
            "priority": self.tr("Priority {priority}: {a} → {b}"),
            "no_thanks": self.tr("No thanks: {a} → {b}"),
            "mandatory": self.tr("Mandatory on/off: {a} → {b}"),
            "remove": self.tr("Remove request {a} → {b}"),
            "cycle": self.tr("Change request {a} → {b}"),
        }
        self._say("")
        run_edit(
            self.ctx,
            jobs[action],
            texts[action].format(priority=priority, **names),
            self._on_written,
            self._on_refused,
            initiator=self,
        )

    def accept_suggestion(self, row: int) -> None:
        """Accept suggestion ``row`` of the list: one request (see the panel's note)."""
        s = self.suggestions_model.suggestion(row)
        if s is None:
            return
        self._say("")
        run_edit(
            self.ctx,
            lambda store, m: service.accept_suggestion(store, m, s),
            self.tr("Accept suggested pair {a} → {b}").format(
                **self._names(s.requester, s.requested)
            ),
            self._on_written,
            self._on_refused,
            initiator=self,
        )

    def _names(self, a: int, b: int) -> dict[str, str]:
        book = self._book
        return {"a": book.name(a) if book else f"#{a}", "b": book.name(b) if book else f"#{b}"}

    # --- reactions -----------------------------------------------------------------------

    def _on_written(self, written: RequestsWritten) -> None:
        self.matrix_model.apply(written.edits)  # at once; the reload follows the announcement

    def _on_refused(self, exc: BaseException) -> None:
        self._say(user_message(exc), error=True)
        self.loader.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Could not load: {reason}").format(reason=failure_text(exc)), True)

    def _on_loaded(self, result: _Loaded | None) -> None:
        self._book = result.book if result else None
        current_org = self.wish_model.organisation()
        self.catalogue_model.set_book(self._book)
        self.catalogue.resizeColumnsToContents()
        for column in (CAT_NAME, CAT_NAME_JA):
            width = min(self.catalogue.columnWidth(column), 260)
            self.catalogue.setColumnWidth(column, width)
        self._refresh_matrix()
        self._show_suggestions(result.suggestions if result else [])
        if current_org is not None:
            self._select_catalogue(current_org)
        else:
            self._show_wish_list(None)

    def _refresh_matrix(self) -> None:
        current = self.matrix_model.pair(self.matrix_view.currentIndex())
        h = self.matrix_view.horizontalScrollBar().value()
        v = self.matrix_view.verticalScrollBar().value()
        self.matrix_model.set_book(
            self._book, Side(self.direction.currentData()), self.catalogue_model.passes
        )
        if current is not None:
            index = self.matrix_model.index_of(*current)
            if index.isValid():
                self.matrix_view.setCurrentIndex(index)
        self.matrix_view.horizontalScrollBar().setValue(h)
        self.matrix_view.verticalScrollBar().setValue(v)

    def _show_suggestions(self, rows: list[Suggestion]) -> None:
        for old in self.suggestions.findChildren(QPushButton):
            old.setObjectName("")  # going: the view deletes it later
            old.hide()
        self.suggestions_model.set_suggestions(self._book, rows)
        for row in range(len(rows)):
            button = QPushButton(self.tr("Accept"), self.suggestions)
            button.setObjectName(f"acceptSuggestion{row}")
            button.clicked.connect(lambda _checked=False, r=row: self.accept_suggestion(r))
            self.suggestions.setIndexWidget(self.suggestions_model.index(row, SUG_ACCEPT), button)
        self.suggestions.resizeColumnsToContents()
        self.suggestions.horizontalHeader().setSectionResizeMode(
            SUG_REASON, QHeaderView.ResizeMode.Stretch
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.suggestions_tab),
            self.tr("Suggested pairs (%n)", "", len(rows)),
        )

    def _apply_filter(self, *_args: object) -> None:
        side, sector = self.side_filter.currentData(), self.sector_filter.currentData()
        self.catalogue_model.set_filter(  # a combo box gives a StrEnum back as its str
            Side(side) if side else None, Sector(sector) if sector else None, self.search.text()
        )
        self._refresh_matrix()
        org = self.wish_model.organisation()
        if org is not None:
            self._select_catalogue(org)

    def _on_direction(self, *_args: object) -> None:
        self._refresh_matrix()

    def _select_catalogue(self, org_id: int) -> None:
        row = self.catalogue_model.row_of(org_id)
        if row >= 0:
            index = self.catalogue_model.index(row, CAT_NAME)
            self.catalogue.setCurrentIndex(index)
            self.catalogue.scrollTo(index)
        self._show_wish_list(org_id)

    def _on_catalogue_row(
        self, current: QModelIndex | QPersistentModelIndex, _prev: object
    ) -> None:
        org = current.data(ORG_ROLE) if current.isValid() else None
        if isinstance(org, int):
            self._show_wish_list(org)

    def _show_wish_list(self, org_id: int | None) -> None:
        book = self._book
        entry = book.organisation(org_id) if book and org_id is not None else None
        self.wish_model.set_book(book, entry.id if entry else None)
        if book is None or entry is None:
            self.wish_heading.setText(self.tr("Select an organisation to see its wish list."))
            self.asked_by.setText("")
            return
        self.wish_heading.setText(
            self.tr("{name} asks to meet %n organisation(s)", "", self.wish_model.rowCount())
            .format(name=entry.display)
        )  # fmt: skip
        others = book.asked_by_others(entry.id)
        names = ", ".join(book.name(e.requester) for e in others if not e.values.no_thanks)
        self.asked_by.setText(
            self.tr("Asked by %n organisation(s): {names}", "", len(others)).format(names=names)
            if others
            else self.tr("Nobody asked to meet it yet.")
        )

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.b2b or changes.organisations or changes.missions:
            self.loader.reload()

    def _on_mission_changed(self, _mission_id: object) -> None:
        self._say("")
        self.wish_model.set_book(None, None)
        self.loader.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
