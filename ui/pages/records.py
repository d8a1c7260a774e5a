"""The page pattern shared by the organisations and participants pages: a filterable,
sortable table of one mission's records beside a :class:`RecordEditor`, with Add and Delete.

Subclasses supply the model, the form, the services and a few texts; this class holds the
behaviour (loading through the worker, keeping the selection across reloads, confirming a
delete), so each page module stays a page of declarations.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.model.enums import Side
from app.services.database import Store
from ui.context import AppContext
from ui.errors import failure_text
from ui.export_button import ExportButton
from ui.forms.editor import EditorTexts, RecordEditor
from ui.forms.fields import ERROR_STYLE, RecordForm
from ui.models.common import Prepared, Row, RowTableModel
from ui.models.labels import SIDE_COLOURS, side_label
from ui.models.loader import ROWS, RowsLoader
from ui.pages.base import Page
from ui.undo import RecordOps, delete_record

R = TypeVar("R", bound=Row)  # a line of the table (OrganisationRow …)
D = TypeVar("D")  # a record's editable values (OrganisationData …)
L = TypeVar("L")  # what fetch loads: the rows and the form's choices


def side_icon(side: Side) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(SIDE_COLOURS[side]))
    return QIcon(pixmap)


class RecordPage(Page, Generic[R, D, L]):
    """A table of records on the left, the selected one's form on the right."""

    # The services for this kind of record, and the column the table first sorts by.
    ops: RecordOps[D]
    sort_column = 0
    # Whether the model's ``prepare`` may run on the database worker (it reads nothing that
    # ``apply_loaded`` sets); otherwise rows are prepared on the UI thread (small tables).
    prepare_off_thread = True
    # On a first load, show this many rows (read by ``fetch_first``) while the rest is read:
    # a screenful at once on a 10,000-person mission. 0: no first window.
    first_window = 0
    export_what: str  # the table "Export…" writes (a key of app.exporting.tables.WHATS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        model = self.create_model()
        form = self.create_form()
        self._wanted_id: int | None = None  # select this row once it is loaded
        self._restoring = False  # selection changes made by the page, not the user
        self._sized = False

        self.model = model
        model.setParent(self)
        # The model sorts and filters by itself (no proxy calling Python per row); the old
        # name stays for the page's callers.
        self.proxy = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.sort_column, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Widths from the rows on screen only, not from a thousand rows of a big mission.
        self.table.verticalHeader().setResizeContentsPrecision(0)
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.filter_box = QLineEdit(self)
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Filter by name (Latin, 漢字 or かな)…"))
        self.side_filter = QComboBox(self)
        self.side_filter.addItem(self.tr("Both sides"), None)
        for side in Side:
            self.side_filter.addItem(side_icon(side), side_label(side), side.value)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.notice = QLabel(self)  # what an action beside the table did (export, erase …)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.export_button = ExportButton(ctx, [(self.export_what, "")], self.say, self)
        self.status = QLabel(self)

        self.form = form
        self.editor = RecordEditor(
            ctx, form, self.ops, self.editor_texts(), self.record_name, self.blank_record, self
        )

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.filter_box, 1)
        toolbar.addWidget(self.side_filter)
        toolbar.addWidget(self.status)
        toolbar.addStretch(0)
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.delete_button)
        toolbar.addWidget(self.export_button)
        for widget in self.extra_buttons():
            toolbar.addWidget(widget)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])  # scaled to the page's width when shown
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        delete_action = QAction(self)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_action.triggered.connect(self.delete_current)
        self.table.addAction(delete_action)

        self.loader = RowsLoader(ctx, self._load, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
        self.loader.loading_changed.connect(self._update_status)
        self.filter_box.textChanged.connect(self._on_filter_text)
        self.side_filter.currentIndexChanged.connect(self._on_side_filter)
        # Selection, not the current index: focus alone moves the current index to row 0.
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.add_button.clicked.connect(self.add_new)
        self.delete_button.clicked.connect(self.delete_current)
        self.editor.saved.connect(self._on_saved)
        self.model.layoutChanged.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(self._on_mission_changed)
        self._update_buttons()
        self._load_all()

    def _load_all(self) -> None:
        """Load the table (hidden behind another page: when shown)."""
        if not self.when_shown(ROWS, self._load_all_now):
            self.loader.mark_stale()

    def _load_all_now(self) -> None:
        """Load the table; when it is empty, show a first window of rows meanwhile."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if self.first_window and store is not None and mission_id is not None:
            self.model.set_rows([])
            fetch_first, model, limit = type(self).fetch_first, self.model, self.first_window

            def first() -> Prepared[R]:
                return model.prepare(fetch_first(store, mission_id, limit))

            def show(prepared: Prepared[R]) -> None:
                if not shiboken6.isValid(model):  # the page was closed meanwhile
                    return
                unchanged = self.ctx.store is store and self.ctx.mission_id == mission_id
                if unchanged and self.loader.is_loading() and model.total() == 0:
                    model.set_prepared(prepared)
                    self._update_status()

            # Queued before the whole list on the one database worker: it comes first.
            self.ctx.runner.run(first, on_done=show, on_error=lambda _exc: None)
        self.loader.reload()

    def say(self, text: str, error: bool = False) -> None:
        """Show what an action beside the table did, until the next one."""
        self.notice.setStyleSheet(ERROR_STYLE if error else "")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def export_to_file(self, path: Path) -> None:
        """Write the page's table (the whole mission's, not only the filtered rows)."""
        self.export_button.export_to_file(self.export_what, path)

    # --- what subclasses define ----------------------------------------------------------

    def extra_buttons(self) -> list[QWidget]:
        """More buttons for the toolbar (none by default)."""
        return []

    def update_extra_buttons(self, row: R | None) -> None:
        """Enable the extra buttons for the selected ``row`` (None: nothing selected)."""

    def create_model(self) -> RowTableModel[R]:
        raise NotImplementedError

    def create_form(self) -> RecordForm[D]:
        raise NotImplementedError

    def editor_texts(self) -> EditorTexts:
        raise NotImplementedError

    @staticmethod
    def fetch(store: Store, mission_id: int) -> L:
        """Runs on the worker: the rows and the form's choices."""
        raise NotImplementedError

    @staticmethod
    def rows_in(result: L) -> list[R]:
        """The rows of what ``fetch`` returned (runs on the worker)."""
        rows: list[R] = result.rows  # type: ignore[attr-defined]
        return rows

    @staticmethod
    def fetch_first(store: Store, mission_id: int, limit: int) -> list[R]:
        """Runs on the worker: the first ``limit`` rows in the table's first order."""
        raise NotImplementedError

    @staticmethod
    def fetch_rows(store: Store, mission_id: int, ids: list[int]) -> list[R]:
        """Runs on the worker: the rows of ``ids`` alone (to show one saved record again)."""
        raise NotImplementedError

    def record_name(self, data: D) -> str:
        """How a record is named in headings and undo texts."""
        raise NotImplementedError

    def apply_loaded(self, result: L) -> list[R]:
        """Take what ``fetch`` returned: fill the form's choices, return the rows."""
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        """Whether the page shows something ``changes`` touched."""
        raise NotImplementedError

    def delete_question(self, row: R) -> str:
        raise NotImplementedError

    def delete_command_text(self, row: R) -> str:
        raise NotImplementedError

    def blank_record(self) -> D:
        raise NotImplementedError

    # --- Page ----------------------------------------------------------------------------

    def ready(self) -> bool:
        return self.loader.has_loaded()

    def reload(self) -> None:
        self.loader.reload()

    def current_row(self) -> R | None:
        """The row dataclass of the selected line, or None."""
        selected = self.table.selectionModel().selectedRows()
        return self.model.row_at(selected[0].row()) if selected else None

    def show_example(self) -> None:
        """Select the first line that makes a good example, as a user would click it."""
        count = self.model.rowCount()
        chosen = next(
            (i for i in range(count) if self.is_example(self.model.row_at(i))),  # type: ignore[arg-type]
            None,
        )
        if chosen is None and count:
            chosen = 0
        if chosen is not None:
            self.table.selectRow(chosen)
            self.table.scrollTo(self.model.index(chosen, 0))

    def is_example(self, row: R) -> bool:
        """Whether ``row`` shows the page at its best (subclasses prefer bilingual records)."""
        return True

    def select_id(self, record_id: int) -> bool:
        """Select the line of ``record_id`` if it is shown (without asking about changes)."""
        row = self.model.row_of_id(record_id)
        if row is None:
            return False
        self._restoring = True
        try:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._restoring = False
        return True

    # --- actions -------------------------------------------------------------------------

    def add_new(self) -> None:
        if self.ctx.store is None or self.ctx.mission_id is None:
            return
        if not self.editor.confirm_discard():
            return
        self._restoring = True
        try:
            self.table.selectionModel().clear()
        finally:
            self._restoring = False
        self.editor.start_new(self.blank_record())
        self.form.focus_first()
        self._update_buttons()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None or self.ctx.store is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.delete_question(row),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        delete_record(
            self.ctx,
            self.ops,
            row.id,
            self.delete_command_text(row),
            on_error=self._on_delete_failed,
            initiator=self,
        )

    # --- reactions -----------------------------------------------------------------------

    def _load(self, store: Store, mission_id: int) -> tuple[L, Prepared[R] | None]:
        """Runs on the worker: what ``fetch`` reads, and its rows prepared for the table (what
        each shows, sorts and is searched by), so the UI thread only swaps lists."""
        result = type(self).fetch(store, mission_id)
        if not self.prepare_off_thread:
            return result, None
        return result, self.model.prepare(self.rows_in(result))

    def _on_loaded(self, loaded: tuple[L, Prepared[R] | None] | None) -> None:
        result, prepared = (None, None) if loaded is None else loaded
        rows = [] if result is None else self.apply_loaded(result)
        if prepared is None:
            prepared = self.model.prepare(rows)
        keep = self._wanted_id or self.editor.record_id()
        self._restoring = True
        try:
            self.model.set_prepared(prepared)
        finally:
            self._restoring = False
        if not self._sized and rows:
            self._sized = True
            self.table.resizeColumnsToContents()
        if keep is not None and self.select_id(keep):
            self._wanted_id = None
        editing = self.editor.record_id()
        if result is None:
            self.editor.clear()
        elif editing is not None and not self.editor.is_new():
            if not self.model.has_id(editing):
                self.editor.clear()
            elif not self.editor.is_dirty():
                self.editor.edit(editing, force=True)  # show what an undo or others changed
        self._update_status()
        self._update_buttons()

    def _on_load_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("Could not load: {reason}").format(reason=failure_text(exc)))

    def _on_delete_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("Could not delete: {reason}").format(reason=failure_text(exc)))
        self.loader.reload()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        if self._restoring:
            return
        row = self.current_row()
        if row is None or (row.id == self.editor.record_id() and not self.editor.is_new()):
            return
        if not self.editor.confirm_discard():
            back = self.editor.record_id()
            if back is not None:
                self.select_id(back)
            return
        self.editor.edit(row.id)

    def _on_saved(self, record_id: int) -> None:
        self._wanted_id = record_id
        self.select_id(record_id)

    def _on_bus_changed(self, changes: Changes, initiator: object) -> None:
        if not self.concerns(changes):
            return
        saved = self.editor.record_id()
        if (
            initiator is self.editor
            and saved is not None
            and not self.editor.is_new()
            and self.model.has_id(saved)
        ):
            # This page's editor saved a record the table holds (the editor announces before
            # it takes the saved values): only that row changed here. Read it alone, now, so
            # that it is queued before the other pages' reloads.
            self.refresh_rows([saved])
            return
        self.loader.reload()

    def refresh_rows(self, ids: list[int]) -> None:
        """Read the rows of ``ids`` again and show their new values in place (``dataChanged``
        for those rows only); a row not held any more means the list changed: reload it."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        fetch_rows, model = type(self).fetch_rows, self.model
        off_thread = self.prepare_off_thread

        def job() -> tuple[list[R], Prepared[R] | None]:
            rows = fetch_rows(store, mission_id, ids)
            return rows, model.prepare(rows) if off_thread else None

        def done(answer: tuple[list[R], Prepared[R] | None]) -> None:
            if not shiboken6.isValid(model):  # the page was closed meanwhile
                return
            rows, prepared = answer
            if self.ctx.store is not store or len(rows) != len(ids):
                self.loader.reload()
                return
            if model.update_prepared(prepared or model.prepare(rows)):
                self.loader.reload()

        # ahead of whatever waits for the worker (other pages' reloads): the saved row first
        self.ctx.runner.run(
            job, on_done=done, on_error=lambda _exc: self.loader.reload(), first=True
        )

    def _on_mission_changed(self, _mission_id: object) -> None:
        self._wanted_id = None
        self.editor.clear()
        self._load_all()

    def _on_filter_text(self, text: str) -> None:
        self.model.set_text(text)

    def _on_side_filter(self, _index: int) -> None:
        value = self.side_filter.currentData()
        self.model.set_side(Side(value) if value else None)

    def _update_status(self, *_args: object) -> None:
        self.status.setStyleSheet("")
        if self.loader.is_loading():
            self.status.setText(self.tr("Loading…"))
        elif self.ctx.store is None or self.ctx.mission_id is None:
            self.status.setText(self.tr("No mission open"))
        else:
            self.status.setText(
                self.tr("{shown} of {total}").format(
                    shown=self.model.rowCount(), total=self.model.total()
                )
            )
        self.table.setEnabled(not self.loader.is_loading() or self.model.rowCount() > 0)

    def _update_buttons(self) -> None:
        open_ = self.ctx.store is not None and self.ctx.mission_id is not None
        self.add_button.setEnabled(open_)
        self.delete_button.setEnabled(open_ and self.current_row() is not None)
        self.update_extra_buttons(self.current_row() if open_ else None)
