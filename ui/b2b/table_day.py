"""The per-table view of the day on site: a session and a table (or every table, one after
another), its meetings in time order with both organisations, the interpreter, what happened
and a note; and how many meetings each organisation missed.

Marked from the keyboard, fast: H held, A / B that side did not come, N neither came,
C cancelled (late), S back to scheduled — each saved at once on the database worker, as an
undoable step, and the cursor moves to the next row; Enter edits the note. A printed host
sheet is typed in afterwards with "Enter a sheet…", and the sheets printed from here.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.language import format_date
from app.core.names import Names
from app.model.enums import DocumentLanguage, MeetingStatus
from app.services.database import Store
from app.services.meeting_status import (
    NOTE_LIMIT,
    Attendance,
    MarksSaved,
    OnSite,
    StatusSet,
    TableRow,
    load_on_site,
    write_host_sheets,
)
from ui.b2b.sheet_entry import SheetEntryDialog
from ui.b2b.status_marks import INKS, KEYS, TINTS, labelled, mark_meeting, mark_sheet
from ui.context import AppContext
from ui.errors import failure_text, user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language
from ui.models.loader import RowsLoader
from ui.widgets.key_entry_table import KeyEntryTable

_Index = QModelIndex | QPersistentModelIndex
COL_NO, COL_TIME, COL_TABLE, COL_A, COL_B, COL_INTERPRETER, COL_STATUS, COL_NOTE = range(8)
ROW_ROLE = Qt.ItemDataRole.UserRole + 40  # the TableRow
translate = QCoreApplication.translate


def ask_note(parent: QWidget, meeting: str, current: str) -> str | None:
    """The note of a meeting on the day, asked in a small dialog (None: cancelled)."""
    text, ok = QInputDialog.getText(
        parent,
        translate("MeetingStatus", "Note"),
        translate("MeetingStatus", "Note on “{meeting}” (at most {limit} characters):").format(
            meeting=meeting, limit=NOTE_LIMIT
        ),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return text if ok else None


def _name(names: Names, lang: str) -> str:
    return names.in_(lang)


class TableDayModel(QAbstractTableModel):
    """The rows of one table (or all) of one session; the note column is editable."""

    note_edited = Signal(object, str)  # the TableRow, the new note

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TableRow] = []

    def set_rows(self, rows: list[TableRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_mark(self, meeting_id: int, status: MeetingStatus, note: str) -> None:
        """Show a mark at once, before the worker saved it (the reload confirms it); its base
        for the next mark is then these values (no version: compared by value)."""
        for i, r in enumerate(self.rows):
            if r.meeting_id == meeting_id:
                self.rows[i] = dataclasses.replace(r, status=status, note=note, version=None)
                self.dataChanged.emit(self.index(i, 0), self.index(i, COL_NOTE))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("No."),
            self.tr("Time"),
            self.tr("Table"),
            self.tr("Organisation A"),
            self.tr("Organisation B"),
            self.tr("Interpreter"),
            self.tr("Status"),
            self.tr("Note"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        lang = current_language()
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NO:
                return str(r.number)
            if col == COL_TIME:
                return f"{r.span} {r.start_local.tzname()}"
            if col == COL_TABLE:
                return r.table
            if col == COL_A:
                return _name(r.names_a, lang)
            if col == COL_B:
                return _name(r.names_b, lang)
            if col == COL_INTERPRETER:
                return (r.interpreter_ja if lang == "ja" else None) or r.interpreter or ""
            if col == COL_STATUS:
                return labelled(r.status, _name(r.names_a, lang), _name(r.names_b, lang))
            return r.note
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_A, COL_B):
            names = r.names_a if col == COL_A else r.names_b
            return f"{names.en} ({names.ja})" if names.ja else names.en
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            return TINTS.get(r.status)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return INKS.get(r.status)
        if role == Qt.ItemDataRole.FontRole and r.status is MeetingStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(col in (COL_A, COL_B))
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_NOTE:
            return False
        row = self.rows[index.row()]
        if str(value) != row.note:
            self.note_edited.emit(row, str(value))
        return True


class AttendanceModel(QAbstractTableModel):
    """No-shows per organisation: its meetings, how many held, how many it missed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[Attendance, ...] = ()

    def set_rows(self, rows: tuple[Attendance, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Organisation"), self.tr("Meetings"), self.tr("Held"),
                self.tr("Missed"))[section]  # fmt: skip

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                if current_language() == "ja" and a.name_ja:
                    return a.name_ja
                return a.name
            return str((a.meetings, a.held, a.missed)[index.column() - 1])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{a.name} ({a.name_ja})" if a.name_ja else a.name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and a.missed and index.column() == 3:
            return TINTS[MeetingStatus.NO_SHOW]
        if role == Qt.ItemDataRole.FontRole and a.missed:
            font = QFont()
            font.setBold(True)
            return font
        return None


class TableDayWidget(QWidget):
    """The per-table view (a tab of the B2B page)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("table_day")
        self.ctx = ctx
        self.on_site: OnSite | None = None
        self.sheet_dialog: SheetEntryDialog | None = None
        # marks typed but not saved yet (meeting id → status, note): a reload that was on its
        # way before them must not show the old values, nor make them the next mark's base
        self._pending: dict[int, tuple[MeetingStatus, str]] = {}
        self.session_box = QComboBox(self)
        self.session_box.setObjectName("session_box")
        self.table_box = QComboBox(self)
        self.table_box.setObjectName("table_box")
        self.enter_button = QPushButton(self.tr("Enter a sheet…"), self)
        self.enter_button.setToolTip(
            self.tr("Type the marks of a printed host sheet, one key per row.")
        )
        self.print_button = QPushButton(self.tr("Print host sheets…"), self)
        self.print_button.setToolTip(
            self.tr("A page per table to tick by hand, for desks without a laptop.")
        )
        self.keys_label = QLabel(
            self.tr(
                "Keys: H held · A / B that side did not come · N neither came · C cancelled · "
                "S scheduled · Enter note · Ctrl+Z undo"
            ),
            self,
        )
        self.keys_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.model = TableDayModel(self)
        # the rows, marked by one key each; the cursor then moves to the next row
        self.view = KeyEntryTable(
            KEYS,
            row_role=ROW_ROLE,
            note_column=COL_NOTE,
            note_limit=NOTE_LIMIT,
            note_editor_name="note_editor",
            parent=self,
        )
        self.view.setObjectName("table_day_view")
        self.view.setModel(self.model)
        self.attendance_model = AttendanceModel(self)
        self.attendance_view = QTableView(self)
        self.attendance_view.setObjectName("attendance_view")
        self.attendance_view.setModel(self.attendance_model)
        self.attendance_view.verticalHeader().setVisible(False)
        self.attendance_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:"), self))
        top.addWidget(self.session_box, 2)
        top.addWidget(QLabel(self.tr("Table:"), self))
        top.addWidget(self.table_box, 1)
        top.addStretch(1)
        top.addWidget(self.enter_button)
        top.addWidget(self.print_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("No-shows per organisation"), side)
        heading.setStyleSheet("font-weight: bold;")
        side_layout.addWidget(heading)
        side_layout.addWidget(self.attendance_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 330])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.loader = RowsLoader(ctx, load_on_site, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(lambda exc: self._say(failure_text(exc), error=True))
        self.session_box.currentIndexChanged.connect(self._on_session_chosen)
        self.table_box.currentIndexChanged.connect(self._show_rows)
        self.view.key_mark.connect(self.mark)
        self.model.note_edited.connect(self.set_note)
        self.enter_button.clicked.connect(self.open_sheet_entry)
        self.print_button.clicked.connect(self._ask_where_to_print)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(lambda _m: self.reload())
        self.loader.reload()

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self.loader.reload()

    def ready(self) -> bool:
        return self.loader.has_loaded()

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.b2b or changes.organisations or changes.participants or changes.missions:
            self.loader.reload()

    def _on_loaded(self, on_site: OnSite | None) -> None:
        self.on_site = on_site
        session = self.session_box.currentData()
        self.session_box.blockSignals(True)
        self.session_box.clear()
        lang = current_language()
        for s in on_site.sessions if on_site else ():
            day = format_date(s.day, DocumentLanguage(lang))
            self.session_box.addItem(f"{s.names.in_(lang)} — {day} ({s.timezone})", s.id)
        found = self.session_box.findData(session)
        self.session_box.setCurrentIndex(max(0, found))
        self.session_box.blockSignals(False)
        self._fill_tables()
        self.attendance_model.set_rows(on_site.attendance if on_site else ())
        self.attendance_view.resizeColumnsToContents()
        self.attendance_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )

    def _on_session_chosen(self) -> None:
        self._fill_tables()

    def _fill_tables(self) -> None:
        session = self.on_site.session(self.session_box.currentData()) if self.on_site else None
        table = self.table_box.currentData()
        self.table_box.blockSignals(True)
        self.table_box.clear()
        self.table_box.addItem(self.tr("All tables"), None)
        for t in session.tables if session else ():
            self.table_box.addItem(t.name, t.id)
        found = self.table_box.findData(table)
        self.table_box.setCurrentIndex(max(0, found))
        self.table_box.blockSignals(False)
        self._show_rows()

    def choose(self, session_id: int, table_id: int | None) -> None:
        """Show ``table_id`` of ``session_id`` (None: every table)."""
        self.session_box.setCurrentIndex(max(0, self.session_box.findData(session_id)))
        self.table_box.setCurrentIndex(max(0, self.table_box.findData(table_id)))

    def rows(self) -> list[TableRow]:
        session_id = self.session_box.currentData()
        if self.on_site is None or session_id is None:
            return []
        return self.on_site.rows_of(session_id, self.table_box.currentData())

    def _show_rows(self) -> None:
        current = self.view.currentIndex()
        chosen = current.data(ROW_ROLE) if current.isValid() else None
        rows = self.rows()
        for i, r in enumerate(rows):
            if r.meeting_id in self._pending:
                status, note = self._pending[r.meeting_id]
                rows[i] = dataclasses.replace(r, status=status, note=note, version=None)
        self.model.set_rows(rows)
        self.view.setColumnHidden(COL_TABLE, self.table_box.currentData() is not None)
        self.view.resizeColumnsToContents()
        self.enter_button.setEnabled(
            self.table_box.currentData() is not None and bool(self.model.rows)
        )
        row = 0
        if isinstance(chosen, TableRow):
            row = next(
                (i for i, r in enumerate(self.model.rows) if r.meeting_id == chosen.meeting_id), 0
            )
        if self.model.rows:
            self.view.setCurrentIndex(
                self.model.index(row, current.column() if current.isValid() else COL_STATUS)
            )

    # --- marking -------------------------------------------------------------------------

    def _pair(self, row: TableRow) -> str:
        lang = current_language()
        return f"{_name(row.names_a, lang)} ↔ {_name(row.names_b, lang)}"

    def mark(self, row: TableRow, status: MeetingStatus, note: str | None = None) -> None:
        """Mark ``row`` now (shown at once, saved on the worker, undoable)."""
        new_note = row.note if note is None else note
        self._say("")
        base = row.base
        meeting_id = row.meeting_id
        self.model.set_mark(meeting_id, status, new_note)
        self._pending[meeting_id] = (status, new_note)

        def settled() -> None:
            if self._pending.get(meeting_id) == (status, new_note):
                del self._pending[meeting_id]

        def done(result: StatusSet) -> None:
            settled()
            self._on_marked(result)

        def failed(exc: BaseException) -> None:
            settled()
            self._on_refused(exc)

        mark_meeting(
            self.ctx,
            meeting_id,
            status,
            new_note,
            base,
            self.tr("Mark meeting “{name}”").format(name=self._pair(row)),
            on_error=failed,
            on_done=done,
            initiator=self,
        )

    def set_note(self, row: TableRow, note: str) -> None:
        self.mark(row, row.status, note)

    def _on_marked(self, done: StatusSet) -> None:
        if shiboken6.isValid(self):
            self._say(self.tr("Saved."))

    def _on_refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._say(user_message(exc), error=True)
        self.loader.reload()  # show the truth again

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # --- host sheets ---------------------------------------------------------------------

    def open_sheet_entry(self) -> SheetEntryDialog | None:
        """The dialog typing the chosen table's printed sheet (saved when it is accepted)."""
        rows = self.rows()
        session = self.on_site.session(self.session_box.currentData()) if self.on_site else None
        if not rows or session is None or self.table_box.currentData() is None:
            return None
        lang = current_language()
        heading = self.tr("Table {table} · {session}").format(
            table=self.table_box.currentText(), session=self.session_box.currentText()
        )
        dialog = SheetEntryDialog(rows, heading, lang, self)
        dialog.accepted.connect(lambda: self._save_sheet(dialog))
        self.sheet_dialog = dialog
        dialog.open()
        return dialog

    def _save_sheet(self, dialog: SheetEntryDialog) -> None:
        marks = dialog.marks()
        if not marks:
            return
        for m in marks:
            row = next(r for r in dialog.rows if r.meeting_id == m.meeting_id)
            self.model.set_mark(m.meeting_id, m.status, row.note)
        mark_sheet(
            self.ctx,
            marks,
            self.tr("Enter the sheet of table {table}").format(table=self.table_box.currentText()),
            on_error=self._on_refused,
            on_done=self._on_sheet_saved,
            initiator=self,
        )

    def _on_sheet_saved(self, saved: MarksSaved) -> None:
        if shiboken6.isValid(self):
            self._say(self.tr("Saved %n mark(s) of the sheet.", "", len(saved.marks)))

    def _ask_where_to_print(self) -> None:
        folder = self.ctx.paths.documents_dir
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Print host sheets"),
            str(folder / "host-sheets.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.print_host_sheets(Path(path))

    def print_host_sheets(self, path: Path) -> None:
        """Write the host sheets of the chosen session (and table, if one) in the window's
        language, on the worker."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        session_id, table_id = self.session_box.currentData(), self.table_box.currentData()
        lang = DocumentLanguage(current_language())

        def job(s: Store) -> Path:
            return write_host_sheets(
                s, mission_id, path, lang, session_id=session_id, table_id=table_id
            ).path

        self.ctx.runner.run(
            lambda: job(store),
            on_done=lambda p: (
                self._say(self.tr("Wrote {path}").format(path=p))
                if shiboken6.isValid(self)
                else None
            ),
            on_error=self._on_refused,
        )
