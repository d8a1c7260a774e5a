"""Fast entry of outcomes, one organisation at a time: choose it (type a few letters of its
name, Latin or Japanese), its held meetings are the rows, one key per outcome (0–6, shown
above the table), Delete clears, Enter edits the note, the arrows move; each answer is saved
at once on the database worker as an undoable step and the cursor moves down. The other
side's answer is shown beside it, never merged."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.model.enums import CONCRETE_FOLLOW_UPS, Outcome
from app.services.database import Store
from app.services.outcomes import (
    OUTCOME_KEYS,
    OUTCOME_WORDS,
    HeldMeeting,
    OrganisationChoice,
    OrganisationOutcomes,
    OutcomeSaved,
    OutcomeValues,
    load_organisation_outcomes,
    load_outcome_organisations,
)
from app.services.surveys import SurveysWritten, write_surveys
from ui.context import AppContext
from ui.errors import failure_text, user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language
from ui.models.loader import RowsLoader
from ui.outcomes.commands import record_answer
from ui.pages.base import ShowGate
from ui.widgets.key_entry_table import KeyEntryTable

_Index = QModelIndex | QPersistentModelIndex
COL_TIME, COL_TABLE, COL_WITH, COL_OWN, COL_NOTE, COL_THEIRS, COL_THEIR_NOTE = range(7)
ROW_ROLE = Qt.ItemDataRole.UserRole + 41  # the HeldMeeting
NOTE_LIMIT = 1000
KEYS: dict[int, Outcome] = {
    int(Qt.Key.Key_0) + int(number): outcome for outcome, number in OUTCOME_KEYS.items()
}
CONCRETE = QColor("#d7efd9")
NONE_YET = QColor("#fff7d6")


def outcome_text(outcome: Outcome | None, lang: str) -> str:
    """'4 · Follow-up: partnership' in the window's language; '' when not answered."""
    if outcome is None:
        return ""
    return f"{OUTCOME_KEYS[outcome]} · {OUTCOME_WORDS[outcome].template(lang)}"


class OutcomesModel(QAbstractTableModel):
    """The held meetings of one organisation; its own note is editable."""

    note_edited = Signal(object, str)  # the HeldMeeting, the new note

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HeldMeeting] = []

    def set_rows(self, rows: list[HeldMeeting]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_own(self, meeting_id: int, values: OutcomeValues) -> None:
        """Show an answer at once, before the worker saved it; it is the next one's base."""
        for i, r in enumerate(self.rows):
            if r.meeting_id == meeting_id:
                self.rows[i] = dataclasses.replace(r, own=Loaded(values, None))
                self.dataChanged.emit(self.index(i, 0), self.index(i, COL_THEIR_NOTE))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Time"),
            self.tr("Table"),
            self.tr("Met with"),
            self.tr("Its answer (keys 0–6)"),
            self.tr("Note"),
            self.tr("Counterpart's answer"),
            self.tr("Counterpart's note"),
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
            return (
                r.when,
                r.table,
                r.counterpart.in_(lang),
                outcome_text(r.own.values.outcome, lang),
                r.own.values.note,
                outcome_text(r.other.outcome, lang),
                r.other.note,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_WITH:
            names = r.counterpart
            return f"{names.en} ({names.ja})" if names.ja else names.en
        if role == Qt.ItemDataRole.BackgroundRole and col in (COL_OWN, COL_THEIRS):
            answer = r.own.values.outcome if col == COL_OWN else r.other.outcome
            if answer in CONCRETE_FOLLOW_UPS:
                return CONCRETE
            if answer is None and col == COL_OWN:
                return NONE_YET
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
        if str(value) != row.own.values.note:
            self.note_edited.emit(row, str(value))
        return True


class OutcomeEntry(QWidget):
    """The Outcomes tab: an organisation, its held meetings, both sides' answers."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_entry")
        self.ctx = ctx
        self.choices: tuple[OrganisationChoice, ...] = ()
        self.shown: OrganisationOutcomes | None = None
        self._pending: dict[int, OutcomeValues] = {}
        self.organisation_box = QComboBox(self)
        self.organisation_box.setObjectName("organisation_box")
        self.organisation_box.setEditable(True)
        self.organisation_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation_box.setMinimumWidth(320)
        completer = self.organisation_box.completer()
        if completer is not None:  # type-ahead on any part of the name, Latin or Japanese
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.progress = QLabel(self)
        self.survey_button = QPushButton(self.tr("Write survey forms…"), self)
        self.survey_button.setToolTip(
            self.tr("One .xlsx per organisation, in its language, listing its held meetings.")
        )
        self.import_button = QPushButton(self.tr("Import filled forms…"), self)
        lang = current_language()
        keys = " · ".join(
            f"{number} {OUTCOME_WORDS[o].template(lang)}" for o, number in OUTCOME_KEYS.items()
        )
        self.keys_label = QLabel(
            self.tr("Keys: {keys} · Delete clears · Enter note · Ctrl+Z undo").format(keys=keys),
            self,
        )
        self.keys_label.setObjectName("outcome_keys")
        self.keys_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.model = OutcomesModel(self)
        # one key per outcome (Delete clears); Enter edits the note; the cursor moves down
        self.view = KeyEntryTable(
            {**KEYS, int(Qt.Key.Key_Delete): None, int(Qt.Key.Key_Backspace): None},
            row_role=ROW_ROLE,
            note_column=COL_NOTE,
            note_limit=NOTE_LIMIT,
            note_editor_name="outcome_note_editor",
            parent=self,
        )
        self.view.setObjectName("outcomes_view")
        self.view.setModel(self.model)
        self.empty = QLabel(
            self.tr("No held meetings yet: mark meetings held on the B2B page."), self
        )
        self.empty.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Organisation:"), self))
        top.addWidget(self.organisation_box, 2)
        top.addWidget(self.progress, 1)
        top.addWidget(self.survey_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

        # hidden behind another page (or tab), it loads when shown, not after every save
        self.show_gate = ShowGate(self)
        self.choices_loader = RowsLoader(ctx, load_outcome_organisations, self, key="choices")
        self.choices_loader.loaded.connect(self._on_choices)
        self.choices_loader.failed.connect(lambda exc: self._say(failure_text(exc), error=True))
        self.rows_loader = RowsLoader(ctx, self._fetch_rows, self)
        self.rows_loader.loaded.connect(self._on_rows)
        self.rows_loader.failed.connect(lambda exc: self._say(failure_text(exc), error=True))
        self.organisation_box.activated.connect(lambda _i: self._load_rows())
        self.view.key_mark.connect(self.answer)
        self.model.note_edited.connect(self.set_note)
        self.survey_button.clicked.connect(self._ask_survey_folder)
        self.import_button.clicked.connect(self.open_import)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(lambda _m: self.reload())
        ctx.bus.read_only_changed.connect(lambda ro: self.import_button.setEnabled(not ro))
        self.import_button.setEnabled(not ctx.read_only)
        self.choices_loader.reload()

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self.choices_loader.reload()

    def ready(self) -> bool:
        return self.choices_loader.has_loaded() and (
            self.chosen() is None or self.rows_loader.has_loaded()
        )

    def chosen(self) -> int | None:
        data = self.organisation_box.currentData()
        return int(data) if data is not None else None

    def choose(self, organisation_id: int) -> None:
        """Show ``organisation_id``'s held meetings."""
        self.organisation_box.setCurrentIndex(
            max(0, self.organisation_box.findData(organisation_id))
        )
        self._load_rows()

    def _fetch_rows(self, store: Store, mission_id: int) -> OrganisationOutcomes | None:
        org = self._chosen_for_fetch
        return None if org is None else load_organisation_outcomes(store, mission_id, org)

    _chosen_for_fetch: int | None = None

    def _load_rows(self) -> None:
        self._chosen_for_fetch = self.chosen()
        self.rows_loader.reload()

    def _on_bus_changed(self, changes: Changes, initiator: object) -> None:
        if changes.b2b or changes.organisations or changes.missions:
            self.choices_loader.reload()

    def _on_choices(self, choices: tuple[OrganisationChoice, ...] | None) -> None:
        self.choices = choices or ()
        chosen = self.chosen()
        lang = current_language()
        self.organisation_box.blockSignals(True)
        self.organisation_box.clear()
        for c in self.choices:
            other = c.names.en if lang == "ja" and c.names.ja else (c.names.ja or "")
            label = c.names.in_(lang) + (f" ({other})" if other else "")
            self.organisation_box.addItem(label, c.organisation_id)
        found = self.organisation_box.findData(chosen)
        self.organisation_box.setCurrentIndex(found if found >= 0 else (0 if self.choices else -1))
        self.organisation_box.blockSignals(False)
        self.empty.setVisible(not self.choices)
        self._load_rows()

    def _on_rows(self, shown: OrganisationOutcomes | None) -> None:
        self.shown = shown
        current = self.view.currentIndex()
        chosen = current.data(ROW_ROLE) if current.isValid() else None
        rows = list(shown.meetings) if shown else []
        for i, r in enumerate(rows):
            if r.meeting_id in self._pending:
                rows[i] = dataclasses.replace(r, own=Loaded(self._pending[r.meeting_id], None))
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self._show_progress()
        row = 0
        if isinstance(chosen, HeldMeeting):
            row = next((i for i, r in enumerate(rows) if r.meeting_id == chosen.meeting_id), 0)
        if rows:
            self.view.setCurrentIndex(
                self.model.index(row, current.column() if current.isValid() else COL_OWN)
            )

    def _show_progress(self) -> None:
        rows = self.model.rows
        answered = sum(1 for r in rows if r.own.values.outcome is not None)
        self.progress.setText(
            self.tr("Answered: {done} of {total}").format(done=answered, total=len(rows))
        )

    # --- answering -----------------------------------------------------------------------

    def answer(self, row: HeldMeeting, outcome: Outcome | None, note: str | None = None) -> None:
        """Record ``outcome`` (None: clear) for ``row`` now: shown at once, saved on the
        worker, undoable."""
        new_note = row.own.values.note if note is None else note
        if outcome is None and note is not None:
            outcome = row.own.values.outcome
        values = OutcomeValues(outcome, new_note if outcome is not None else "")
        if outcome is None and row.own.values.outcome is None:
            return
        if self.ctx.read_only:  # a reader's account: the database would refuse it
            self._say(self.tr("This database is open for reading only."), error=True)
            return
        self._say("")
        base = row.own
        meeting_id = row.meeting_id
        self.model.set_own(meeting_id, values)
        self._pending[meeting_id] = values
        self._show_progress()

        def settled() -> None:
            if self._pending.get(meeting_id) == values:
                del self._pending[meeting_id]

        def done(result: OutcomeSaved) -> None:
            settled()
            if shiboken6.isValid(self):
                self._say(self.tr("Saved."))

        def failed(exc: BaseException) -> None:
            settled()
            if shiboken6.isValid(self):
                self._say(user_message(exc), error=True)
                self._load_rows()  # show the truth again

        lang = current_language()
        record_answer(
            self.ctx,
            meeting_id,
            row.side,
            values.outcome,
            values.note,
            base,
            self.tr("Outcome of the meeting with “{name}”").format(name=row.counterpart.in_(lang)),
            on_error=failed,
            on_done=done,
            initiator=self,
        )

    def set_note(self, row: HeldMeeting, note: str) -> None:
        if row.own.values.outcome is None:
            self._say(self.tr("Choose the outcome first (keys 0–6), then the note."), error=True)
            return
        self.answer(row, row.own.values.outcome, note)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # --- survey forms --------------------------------------------------------------------

    def _ask_survey_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Write survey forms"), str(self.ctx.paths.documents_dir)
        )
        if folder:
            self.write_surveys(Path(folder))

    def write_surveys(self, folder: Path) -> None:
        """Write every organisation's survey form into ``folder`` on the worker."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return

        def written(made: SurveysWritten) -> None:
            if shiboken6.isValid(self):
                self._say(
                    self.tr("Wrote %n survey form(s) to {folder}", "", len(made.paths)).format(
                        folder=folder
                    )
                )

        self.ctx.runner.run(
            lambda: write_surveys(store, mission_id, folder),
            on_done=written,
            on_error=lambda exc: (
                self._say(user_message(exc), error=True) if shiboken6.isValid(self) else None
            ),
        )

    def open_import(self) -> QWidget | None:
        """The Import dialog, set to read a filled survey."""
        from ui.dialogs.import_wizard import ImportDialog

        if self.ctx.store is None or self.ctx.mission_id is None:
            return None
        dialog = ImportDialog(self.ctx, self)
        dialog.kind_combo.setCurrentIndex(max(0, dialog.kind_combo.findData("outcomes")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
