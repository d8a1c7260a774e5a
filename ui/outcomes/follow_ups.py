"""The follow-ups two organisations agreed: the whole mission's list (or one organisation's),
overdue ones first and marked (a sign and a tint, never colour alone); add, edit, done (the
space bar), delete, each undoable; and an export to .xlsx or .csv."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.services import follow_ups as service
from app.services.database import Store
from app.services.follow_ups import FollowUpData, FollowUpRow, FollowUpSaved
from app.services.outcomes import OrganisationChoice, load_outcome_organisations
from ui.context import AppContext
from ui.errors import failure_text, user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language
from ui.models.loader import RowsLoader
from ui.outcomes.commands import follow_up_step
from ui.pages.base import ShowGate

_Index = QModelIndex | QPersistentModelIndex
COL_A, COL_B, COL_WHAT, COL_DUE, COL_OWNER, COL_DONE = range(6)
ROW_ROLE = Qt.ItemDataRole.UserRole + 42  # the FollowUpRow
OVERDUE = QColor("#ffd9d0")
DONE = QColor("#777777")


@dataclasses.dataclass(frozen=True)
class Loaded:
    rows: tuple[FollowUpRow, ...]
    organisations: tuple[OrganisationChoice, ...]


def _load(store: Store, mission_id: int) -> Loaded:
    return Loaded(
        service.list_follow_ups(store, mission_id), load_outcome_organisations(store, mission_id)
    )


class FollowUpsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUpRow] = []

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Organisation"),
            self.tr("With"),
            self.tr("What"),
            self.tr("Due"),
            self.tr("Who"),
            self.tr("Done"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        lang = current_language()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_A:
                return r.organisation_a.in_(lang)
            if col == COL_B:
                return r.organisation_b.in_(lang)
            if col == COL_WHAT:
                return r.data.description
            if col == COL_DUE:
                due = r.data.due_date.isoformat() if r.data.due_date else ""
                if not r.overdue:
                    return due
                overdue = self.tr("overdue")  # a sign and a word beside the tint
                return f"⚠ {due} · {overdue}"
            if col == COL_OWNER:
                return r.data.owner
            return "✓" if r.data.done else ""
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and r.data.done:
            return DONE
        if role == Qt.ItemDataRole.FontRole and r.overdue and col == COL_DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_A, COL_B):
            names = r.organisation_a if col == COL_A else r.organisation_b
            return f"{names.en} ({names.ja})" if names.ja else names.en
        return None


class FollowUpDialog(QDialog):
    """A follow-up's fields: the two organisations, what, by when (optional), who."""

    def __init__(
        self,
        organisations: tuple[OrganisationChoice, ...],
        data: FollowUpData | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up"))
        self._data = data
        lang = current_language()
        self.first = QComboBox(self)
        self.second = QComboBox(self)
        for box in (self.first, self.second):
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = box.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
            for c in organisations:
                box.addItem(c.names.in_(lang), c.organisation_id)
        self.what = QLineEdit(self)
        self.what.setObjectName("follow_up_what")
        self.has_due = QCheckBox(self.tr("By"), self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(30))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.owner = QLineEdit(self)
        self.owner.setMaxLength(200)
        if data is not None:
            self.first.setCurrentIndex(max(0, self.first.findData(data.organisation_a_id)))
            self.second.setCurrentIndex(max(0, self.second.findData(data.organisation_b_id)))
            self.what.setText(data.description)
            if data.due_date is not None:
                self.has_due.setChecked(True)
                d = data.due_date
                self.due.setDate(QDate(d.year, d.month, d.day))
            self.owner.setText(data.owner)
        elif len(organisations) > 1:
            self.second.setCurrentIndex(1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Organisation"), self.first)
        form.addRow(self.tr("With"), self.second)
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Due"), due_row)
        form.addRow(self.tr("Who"), self.owner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def data(self) -> FollowUpData:
        due: date | None = None
        if self.has_due.isChecked():
            q = self.due.date()
            due = date(q.year(), q.month(), q.day())
        base = self._data
        return FollowUpData(
            int(self.first.currentData() or 0),
            int(self.second.currentData() or 0),
            self.what.text(),
            due,
            self.owner.text(),
            base.meeting_id if base is not None else None,
            base.done if base is not None else False,
        )


class FollowUpsView(QTableView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            parent = self.parent()
            if isinstance(parent, FollowUpsWidget):
                parent.toggle_done()
                return
        super().keyPressEvent(event)


class FollowUpsWidget(QWidget):
    """The Follow-ups tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_ups")
        self.ctx = ctx
        self.organisations: tuple[OrganisationChoice, ...] = ()
        self.dialog: FollowUpDialog | None = None
        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("follow_up_filter")
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.done_button = QPushButton(self.tr("Done / not done"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.summary = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.model = FollowUpsModel(self)
        self.view = FollowUpsView(self)
        self.view.setObjectName("follow_ups_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.summary, 1)
        for button in (
            self.add_button,
            self.edit_button,
            self.done_button,
            self.delete_button,
            self.export_button,
        ):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.all_rows: tuple[FollowUpRow, ...] = ()
        # hidden behind another page (or tab), it loads when shown, not after every save
        self.show_gate = ShowGate(self)
        self.loader = RowsLoader(ctx, _load, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(lambda exc: self._say(failure_text(exc), error=True))
        self.filter_box.currentIndexChanged.connect(lambda _i: self._show())
        self.add_button.clicked.connect(self.open_add)
        self.edit_button.clicked.connect(self.open_edit)
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button.clicked.connect(self.delete)
        self.export_button.clicked.connect(self._ask_export)
        self.view.doubleClicked.connect(lambda _i: self.open_edit())
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(lambda _m: self.loader.reload())
        ctx.bus.read_only_changed.connect(self._read_only)
        self._read_only(ctx.read_only)
        self.loader.reload()

    def _read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(not read_only)

    def ready(self) -> bool:
        return self.loader.has_loaded()

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.b2b or changes.organisations or changes.missions:
            self.loader.reload()

    def _on_loaded(self, loaded: Loaded | None) -> None:
        self.all_rows = loaded.rows if loaded else ()
        self.organisations = loaded.organisations if loaded else ()
        chosen = self.filter_box.currentData()
        lang = current_language()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem(self.tr("Every organisation"), None)
        for c in self.organisations:
            self.filter_box.addItem(c.names.in_(lang), c.organisation_id)
        self.filter_box.setCurrentIndex(max(0, self.filter_box.findData(chosen)))
        self.filter_box.blockSignals(False)
        self._show()

    def _show(self) -> None:
        org = self.filter_box.currentData()
        rows = [
            r
            for r in self.all_rows
            if org is None or org in (r.data.organisation_a_id, r.data.organisation_b_id)
        ]
        current = self.current()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(
            self.tr("%n follow-up(s)", "", len(rows))
            + (" · " + self.tr("%n overdue", "", overdue) if overdue else "")
        )
        if rows:
            at = next(
                (i for i, r in enumerate(rows) if current is not None and r.id == current.id), 0
            )
            self.view.setCurrentIndex(self.model.index(at, COL_WHAT))

    def current(self) -> FollowUpRow | None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, FollowUpRow) else None

    # --- actions ---------------------------------------------------------------------------

    def open_add(self) -> FollowUpDialog:
        dialog = FollowUpDialog(self.organisations, None, self)
        dialog.accepted.connect(lambda: self.add(dialog.data()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_edit(self) -> FollowUpDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = FollowUpDialog(self.organisations, row.data, self)
        dialog.accepted.connect(lambda: self.edit(row, dialog.data()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add(self, data: FollowUpData) -> None:
        self._step(
            lambda store, mission: service.add_follow_up(store, mission, data),
            self.tr("Add follow-up “{what}”").format(what=data.description),
        )

    def edit(self, row: FollowUpRow, data: FollowUpData) -> None:
        base = row.loaded
        self._step(
            lambda store, _m: service.edit_follow_up(store, row.id, data, base=base),
            self.tr("Edit follow-up “{what}”").format(what=data.description),
        )

    def toggle_done(self) -> None:
        row = self.current()
        if row is None or self.ctx.read_only:
            return
        base, done = row.loaded, not row.data.done
        self._step(
            lambda store, _m: service.set_follow_up_done(store, row.id, done, base=base),
            self.tr("Mark follow-up “{what}” done").format(what=row.data.description)
            if done
            else self.tr("Mark follow-up “{what}” not done").format(what=row.data.description),
        )

    def delete(self) -> None:
        row = self.current()
        if row is None:
            return
        self._step(
            lambda store, _m: service.delete_follow_up(store, row.id),
            self.tr("Delete follow-up “{what}”").format(what=row.data.description),
        )

    def _step(self, job: Any, text: str) -> None:
        self._say("")

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._say(user_message(exc), error=True)
                self.loader.reload()

        def wrapped(store: Store, mission_id: int) -> FollowUpSaved:
            result: FollowUpSaved = job(store, mission_id)
            return result

        follow_up_step(self.ctx, wrapped, text, failed, self)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export follow-ups"),
            str(self.ctx.paths.documents_dir / "follow-ups.xlsx"),
            self.tr("Spreadsheet (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the mission's follow-ups to ``path`` (.xlsx or .csv) on the worker."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        self.ctx.runner.run(
            lambda: service.export_follow_ups(store, mission_id, path),
            on_done=lambda n: (
                self._say(self.tr("Wrote %n follow-up(s) to {path}", "", n).format(path=path))
                if shiboken6.isValid(self)
                else None
            ),
            on_error=lambda exc: (
                self._say(user_message(exc), error=True) if shiboken6.isValid(self) else None
            ),
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
