"""The Import dialog: a spreadsheet of organisations or participants into the mission, in
three steps — the file (read off the UI thread), the columns (guessed from the headers,
corrected here), the preview row by row — and then everything in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common.wording import Message
from app.services.importing import (
    FIELDS,
    Action,
    ColumnMapping,
    FieldLabel,
    ImportKind,
    ImportPlan,
    ImportResult,
    RowIssue,
    Table,
    apply_import,
    check_mapping,
    guess_kind,
    guess_mapping,
    plan_import,
    read_table,
    relabelled,
    sheet_names,
)
from ui.cancel import CancelFlag
from ui.context import AppContext
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE
from ui.forms.messages import problem_text
from ui.i18n import current_language

FILE_FILTER = "*.xlsx *.csv *.txt"


class ImportDialog(QDialog):
    """File → columns → preview → import. ``imported`` is emitted with the result."""

    imported = Signal(object)  # ImportResult
    # Who holds the mission while the import waits for it (a Message, from the worker).
    lock_waiting = Signal(object)

    FILE, COLUMNS, PREVIEW = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lock_waiting.connect(self._waiting_for_lock)  # queued: emitted off the UI thread
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.resize(900, 620)
        self._table: Table | None = None
        self._plan: ImportPlan | None = None
        self._job: CancelFlag | None = None
        self._done = False
        self._importing = False  # one transaction: it cannot be cancelled halfway
        self._read_path = ""  # the path last read

        # step 1: the file
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("a .xlsx or .csv file"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Guess from the headers"), None)
        self.kind_combo.addItem(self.tr("Organisations"), ImportKind.ORGANISATIONS.value)
        self.kind_combo.addItem(self.tr("Participants"), ImportKind.PARTICIPANTS.value)
        self.kind_combo.addItem(self.tr("Meeting requests"), ImportKind.REQUESTS.value)
        self.kind_combo.addItem(
            self.tr("Availability (times a participant cannot meet)"),
            ImportKind.AVAILABILITY.value,
        )
        self.kind_combo.addItem(self.tr("Interpreters"), ImportKind.INTERPRETERS.value)
        self.kind_combo.addItem(self.tr("B2B sessions"), ImportKind.SESSIONS.value)
        self.kind_combo.addItem(self.tr("Venues"), ImportKind.VENUES.value)
        self.kind_combo.addItem(self.tr("Delegations"), ImportKind.DELEGATIONS.value)
        self.kind_combo.addItem(self.tr("Programme"), ImportKind.PROGRAMME.value)
        self.kind_combo.addItem(self.tr("Outcome survey (filled forms)"), ImportKind.OUTCOMES.value)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        file_step = QWidget()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout(file_step)
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Holds"), self.kind_combo)
        form.addRow(self.tr("Sheet"), self.sheet_combo)
        form.addRow(self.file_info)

        # step 2: the columns
        self.columns = QTableWidget(0, 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.columns.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().setVisible(False)
        self.mapping_info = QLabel()
        self.mapping_info.setWordWrap(True)
        columns_step = QWidget()
        columns_layout = QVBoxLayout(columns_step)
        columns_layout.addWidget(self.columns, 1)
        columns_layout.addWidget(self.mapping_info)

        # step 3: the preview
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 4)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Action"), self.tr("Name"), self.tr("Problems")]
        )
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.skip_invalid = QCheckBox(self.tr("Import the rows without errors, leave the others"))
        preview_step = QWidget()
        preview_layout = QVBoxLayout(preview_step)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.rows, 1)
        preview_layout.addWidget(self.skip_invalid)

        self.steps = QStackedWidget()
        for step in (file_step, columns_step, preview_step):
            self.steps.addWidget(step)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.browse_button.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(self._path_edited)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.sheet_combo.activated.connect(lambda _i: self.read_file())
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.skip_invalid.toggled.connect(lambda _on: self._update())
        self._update()

    # --- state -----------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._job is not None

    def _update(self) -> None:
        step, busy = self.steps.currentIndex(), self.busy()
        self.back_button.setEnabled(step > self.FILE and not busy and not self._done)
        ready = {
            self.FILE: self._table is not None,
            self.COLUMNS: self._table is not None and not self._mapping_problems(),
            self.PREVIEW: False,
        }[step]
        self.next_button.setEnabled(ready and not busy)
        plan = self._plan
        self.import_button.setEnabled(
            step == self.PREVIEW
            and plan is not None
            and not busy
            and not self._done
            and plan.writes > 0
            and (not plan.errors or self.skip_invalid.isChecked())
        )
        self.cancel_button.setEnabled(busy and not self._importing)
        for widget in (self.path_edit, self.browse_button, self.kind_combo):
            widget.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy and self.sheet_combo.count() > 1)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _start(self, text: str) -> CancelFlag:
        flag = CancelFlag()
        self._job = flag
        self.progress.setRange(0, 0)
        self._say(text)
        self._update()
        return flag

    def _finish(self, flag: CancelFlag) -> bool:
        """End the job ``flag``; False when it was cancelled (its result is dropped)."""
        if self._job is flag:
            self._job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._update()
        return not flag.requested

    def cancel(self) -> None:
        if self._job is not None:
            self._job.request()
            self._job = None
            self._say(self.tr("Cancelled."))
            self.progress.setRange(0, 1)
            self._update()

    # --- step 1: the file ------------------------------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Spreadsheet to import"), str(Path.home()),
            self.tr("Spreadsheets ({0})").format(FILE_FILTER),
        )  # fmt: skip
        if path:
            self.path_edit.setText(path)
            self.sheet_combo.clear()
            self.read_file()

    def _path_edited(self) -> None:
        # editingFinished also comes when the field merely loses focus (e.g. on Next):
        # re-reading then would drop the columns the coordinator chose.
        text = self.path_edit.text().strip()
        if text and text != self._read_path:
            self.sheet_combo.clear()
            self.read_file()

    def read_file(self) -> None:
        """Read the file named in the path field (on the compute worker)."""
        text = self.path_edit.text().strip()
        if not text or self.busy():
            return
        path = Path(text).expanduser()
        self._read_path = text
        sheet = self.sheet_combo.currentText() or None
        self._table, self._plan = None, None
        flag = self._start(self.tr("Reading {name}…").format(name=path.name))

        def job() -> tuple[Table, list[str]]:
            table = read_table(path, sheet=sheet)
            names = sheet_names(path) if table.sheet is not None else []
            return table, names

        self.ctx.compute.run(
            job,
            on_done=lambda result: self._read(flag, *result),
            on_error=lambda exc: self._read_failed(flag, exc),
            cancel=flag.request,
        )

    def _read(self, flag: CancelFlag, table: Table, sheets: list[str]) -> None:
        if not self._finish(flag):
            return
        self._table = table
        if sheets and self.sheet_combo.count() == 0:
            self.sheet_combo.addItems(sheets)
            self.sheet_combo.setCurrentText(table.sheet or sheets[0])
        notes = "; ".join(table.notes)
        self.file_info.setText(
            self.tr("%n row(s) under the header; columns: {columns}.", "", len(table.rows)).format(
                columns=", ".join(table.headers)
            )
            + (f"\n{notes}" if notes else "")
        )
        self._fill_columns()
        self._say("")
        self._update()

    def _read_failed(self, flag: CancelFlag, exc: BaseException) -> None:
        if not self._finish(flag):
            return
        reason = user_message(exc)
        self.file_info.setText("")
        self._say(self.tr("This file cannot be imported: {reason}").format(reason=reason), True)

    def _kind_changed(self) -> None:
        if self._table is not None:
            self._fill_columns()
            self._update()

    def kind(self) -> ImportKind:
        chosen = self.kind_combo.currentData()
        if chosen:
            return ImportKind(str(chosen))
        assert self._table is not None
        return guess_kind(self._table.headers)

    # --- step 2: the columns ---------------------------------------------------------------

    def _fill_columns(self) -> None:
        assert self._table is not None
        kind = self.kind()
        guess = guess_mapping(kind, self._table.headers)
        fields = FIELDS[kind]
        self.columns.setRowCount(len(fields))
        for row, f in enumerate(fields):
            label = self._field_label(f.key, f.label) + (" *" if f.required else "")
            self.columns.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for column in self._table.headers:
                combo.addItem(column, column)
            guessed = guess.header(f.key)
            combo.setCurrentIndex(combo.findData(guessed) if guessed is not None else 0)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.columns.setCellWidget(row, 1, combo)
        self._mapping_changed()

    def _issue_text(self, issue: RowIssue) -> str:
        """A row's problem in the window's language: the forms' own problems as the forms
        word them, the importer's through its message."""
        if issue.error is None:
            return self._said(issue.said)
        fields = {f.key: f.label for f in FIELDS[self.kind()]}
        label = self._field_label(issue.field, fields.get(issue.field, issue.field))
        return f"{label}: {problem_text(issue.error)}"

    def _said(self, message: Message) -> str:
        """What the importer says, in the window's language, naming each field as this
        dialog names it."""
        return relabelled(message, self._label).text(current_language())

    def _label(self, field: FieldLabel) -> str:
        return self._field_label(field.key, field.english)

    def _field_label(self, key: str, english: str) -> str:
        """The field's name in the window's language (the English one for new fields)."""
        labels = {
            "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"),
            "full_name": self.tr("Full name (split into family and given name)"),
            "family_name_kanji": self.tr("Family name (kanji)"),
            "given_name_kanji": self.tr("Given name (kanji)"),
            "full_name_kanji": self.tr("Full name (kanji)"),
            "family_name_kana": self.tr("Family name (kana)"),
            "given_name_kana": self.tr("Given name (kana)"),
            "full_name_kana": self.tr("Full name (kana)"),
            "organisation": self.tr("Organisation"),
            "organisation_latin": self.tr("Organisation (Latin script)"),
            "organisation_ja": self.tr("Organisation (Japanese)"),
            "organisation_kana": self.tr("Organisation (kana)"),
            "arrival": self.tr("Arrival (not available before)"),
            "departure": self.tr("Departure (not available after)"),
            "title": self.tr("Title"),
            "title_ja": self.tr("Title (Japanese)"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "document_language": self.tr("Document language"),
            "languages": self.tr("Languages spoken"),
            "badge_category": self.tr("Badge category"),
            "consent": self.tr("Consent (contact details on the badge)"),
            "name": self.tr("Name (Latin script)"),
            "name_ja": self.tr("Name (Japanese)"),
            "name_kana": self.tr("Name (kana)"),
            "side": self.tr("Delegation (Turin or Nagoya)"),
            "city": self.tr("City"),
            "website": self.tr("Website"),
            "sectors": self.tr("Sectors")
            if self.kind() is not ImportKind.PARTICIPANTS
            else self.tr("Organisation's sectors"),
            "profile": self.tr("Profile"),
            "profile_ja": self.tr("Profile (Japanese)"),
            "max_meetings": self.tr("Most meetings"),
            "name_it": self.tr("Name (Italian)"),
            "address": self.tr("Address"),
            "address_ja": self.tr("Address (Japanese)"),
            "timezone": self.tr("Time zone"),
            "head": self.tr("Head of delegation"),
            "members": self.tr("Member organisations"),
            "requester": self.tr("Requesting organisation"),
            "requested": self.tr("Requested organisation"),
            "priority": self.tr("Priority"),
            "no_thanks": self.tr("No thanks (the pair must not meet)"),
            "mandatory": self.tr("Mandatory"),
            "interpreter_need": self.tr("Interpreter"),
            "note": self.tr("Note"),
            "notes": self.tr("Notes"),
            "date": self.tr("Date"),
            "start": self.tr("Start"),
            "end": self.tr("End"),
            "end_date": self.tr("End date"),
            "reason": self.tr("Reason"),
            # B2B sessions
            "day": self.tr("Day"),
            "venue": self.tr("Venue"),
            "slot_minutes": self.tr("Slot length (minutes)"),
            "breaks": self.tr("Breaks"),
            "tables": self.tr("Number of tables"),
            "table_names": self.tr("Table names"),
            "delegations": self.tr("Delegations taking part"),
            # the programme
            "kind": self.tr("Kind"),
            "title_it": self.tr("Title (Italian)"),
            "description": self.tr("Description (English)"),
            "description_it": self.tr("Description (Italian)"),
            "description_ja": self.tr("Description (Japanese)"),
            "zone": self.tr("Time zone"),
            "audience": self.tr("For whom"),
            # a filled outcome survey
            "reference": self.tr("Meeting ref."),
            "counterpart": self.tr("Met with"),
            "outcome": self.tr("Outcome"),
            "follow_up": self.tr("Follow-up: what"),
            "due_date": self.tr("Follow-up: by (date)"),
            "owner": self.tr("Follow-up: who"),
        }
        return labels.get(key, english)

    def mapping(self) -> ColumnMapping:
        kind = self.kind()
        columns = {}
        for row, f in enumerate(FIELDS[kind]):
            combo = self.columns.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                columns[f.key] = str(combo.currentData())
        return ColumnMapping(kind, columns)

    def column_combo(self, key: str) -> QComboBox:
        for row, f in enumerate(FIELDS[self.kind()]):
            if f.key == key:
                combo = self.columns.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                return combo
        raise KeyError(key)

    def _mapping_problems(self) -> list[str]:
        if self._table is None:
            return []
        return [self._said(p) for p in check_mapping(self.mapping(), self._table.headers)]

    def _mapping_changed(self) -> None:
        problems = self._mapping_problems()
        mapping = self.mapping()
        ignored = [h for h in (self._table.headers if self._table else ())
                   if h not in mapping.columns.values()]  # fmt: skip
        lines = list(problems)
        if ignored:
            lines.append(self.tr("Not imported: {columns}").format(columns=", ".join(ignored)))
        self.mapping_info.setStyleSheet(ERROR_STYLE if problems else "")
        self.mapping_info.setText("\n".join(lines))
        self._plan = None
        self._update()

    # --- moving between steps --------------------------------------------------------------

    def back(self) -> None:
        if self.busy():
            return
        self.steps.setCurrentIndex(max(self.FILE, self.steps.currentIndex() - 1))
        self._say("")
        self._update()

    def next(self) -> None:
        if self.busy() or not self.next_button.isEnabled():
            return
        step = self.steps.currentIndex() + 1
        self.steps.setCurrentIndex(step)
        if step == self.PREVIEW:
            self.preview()
        self._update()

    # --- step 3: the preview ---------------------------------------------------------------

    def preview(self) -> None:
        """Check and match every row (on the database worker)."""
        store, mission_id, table = self.ctx.store, self.ctx.mission_id, self._table
        if store is None or mission_id is None or table is None:
            self._say(self.tr("Open a mission first."), True)
            return
        mapping = self.mapping()
        self._plan = None
        self.rows.setRowCount(0)
        flag = self._start(self.tr("Checking every row…"))
        self.ctx.runner.run(
            lambda: plan_import(store, mission_id, table, mapping, cancelled=flag),
            on_done=lambda plan: self._previewed(flag, plan),
            on_error=lambda exc: self._preview_failed(flag, exc),
        )

    def _previewed(self, flag: CancelFlag, plan: ImportPlan) -> None:
        if not self._finish(flag):
            return
        self._plan = plan
        words = {
            Action.CREATE: self.tr("new"),
            Action.UPDATE: self.tr("update"),
            Action.UNCHANGED: self.tr("unchanged"),
            Action.ERROR: self.tr("error"),
        }
        shown = sorted(plan.rows, key=lambda r: r.action is not Action.ERROR)  # errors first
        self.rows.setRowCount(len(shown))
        for i, row in enumerate(shown):
            problems = [self._issue_text(issue) for issue in row.issues]
            problems += [self._said(notice) for notice in row.notices]
            if row.action is Action.UPDATE:
                problems.insert(
                    0, self.tr("changes: {fields}").format(fields=", ".join(row.changed))
                )
            for column, text in enumerate(
                [str(row.row_number), words[row.action], row.label, " · ".join(problems)]
            ):
                self.rows.setItem(i, column, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()
        self.summary.setText(
            self.tr("New: {new}. Updated: {updated}. Unchanged: {same}. With errors: {errors}.")
            .format(
                new=plan.count(Action.CREATE), updated=plan.count(Action.UPDATE),
                same=plan.count(Action.UNCHANGED), errors=plan.count(Action.ERROR),
            )
        )  # fmt: skip
        organisations = plan.organisations_message()
        if organisations is not None:
            self.summary.setText(self.summary.text() + "\n" + self._said(organisations))
        if plan.errors:
            self._say(
                self.tr("Correct the file and read it again, or import only the rows "
                        "without errors."),
                error=True,
            )  # fmt: skip
        elif plan.writes == 0:
            self._say(self.tr("Everything in the file is already in the mission."))
        else:
            self._say(self.tr("Nothing is written until you press Import."))
        self._update()

    def _preview_failed(self, flag: CancelFlag, exc: BaseException) -> None:
        if not self._finish(flag):
            return
        self._say(user_message(exc), True)

    def start_import(self) -> None:
        store, plan = self.ctx.store, self._plan
        if store is None or plan is None or self.busy() or not self.import_button.isEnabled():
            return
        skip = self.skip_invalid.isChecked()
        self._importing = True
        flag = self._start(self.tr("Importing…"))
        self.ctx.runner.run(
            lambda: apply_import(store, plan, skip_invalid=skip, waiting=self.lock_waiting.emit),
            on_done=lambda result: self._imported(flag, result),
            on_error=lambda exc: self._import_failed(flag, exc),
        )

    def _waiting_for_lock(self, message: Message) -> None:
        """ "Waiting: Mario Rossi is importing into this mission…", while the import waits."""
        if self._importing:
            self._say(self._said(message))

    def _imported(self, flag: CancelFlag, result: ImportResult) -> None:
        self._job = None if self._job is flag else self._job
        self._importing = False
        self._done = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        said = self.tr("Imported: {created} new, {updated} updated.").format(
            created=result.created, updated=result.updated
        )
        if result.note is not None:  # the rows were matched again: the mission had changed
            said = self._said(result.note)
        self._say(said)
        self.ctx.bus.announce(result.changes, self)
        self.imported.emit(result)
        self._update()

    def _import_failed(self, flag: CancelFlag, exc: BaseException) -> None:
        self._importing = False
        self._finish(flag)
        self._say(user_message(exc), True)
