"""The Sessions page: a mission's B2B sessions, listed, and an editor for one of them.

The editor checks what is typed as it is typed (``check_session`` is pure: the mission is read
once, on the database worker) and shows each problem under its field, in the window's
language, with the slots the session comes to ("11 slots of 20 min, 10 tables: up to 110
meetings"). Saving runs ``services.sessions.save_session`` on the database worker; when placed
meetings would no longer fit, a dialog lists them and saving again with them confirmed removes
them (their requests go back to the unscheduled list).
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.conflicts import Loaded, StaleRecord
from app.core.mission_record import MissionRecord
from app.services.database import Store
from app.services.sessions import (
    BreakDraft,
    DisplacedMeeting,
    MeetingsNoLongerFit,
    SessionCheck,
    SessionDraft,
    SessionInvalid,
    SessionProblem,
    SessionRow,
    SessionSaved,
    TableDraft,
    check_session,
    default_table_names,
    delete_session,
    load_setup,
    parse_wall_time,
    resize_tables,
    save_session,
    session_rows,
    table_template,
    zone_of,
)
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog, ask_conflict
from ui.errors import failure_text
from ui.forms.fields import ERROR_STYLE, error_label
from ui.i18n import current_language
from ui.models.loader import RowsLoader
from ui.pages.base import Page

FIELDS = (
    "name",
    "name_it",
    "name_ja",
    "day",
    "venue",
    "start",
    "end",
    "slot_minutes",
    "breaks",
    "tables",
    "delegations",
)
BREAK_COLUMNS = 5  # start, end, label en, it, ja


class SessionsPage(Page):
    """The sessions of the open mission on the left; the one chosen (or a new one) on the
    right, checked as it is typed."""

    page_id = "sessions"
    saved = Signal(object)  # the SessionSaved of the last save or delete

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._record: MissionRecord | None = None
        self._rows: list[SessionRow] = []
        self._session_id: int | None = None  # the session being edited; None: a new one
        self._form_base: SessionDraft | None = None  # that session as the form was filled
        self._saving_draft: SessionDraft | None = None  # the draft of the save under way
        self.conflict_dialog: ConflictDialog | None = None  # open while one is asked
        # New session was pressed: a reload keeps the empty form instead of showing the first
        self._creating = False
        self._tables: tuple[TableDraft, ...] = ()
        self._filling = False  # widgets being filled from a session: not an edit
        self._saving = False
        self._dirty = False  # typed into since filled: a reload keeps what was typed
        self.confirm_box: QMessageBox | None = None

        # --- the list ---
        self.session_list = QListWidget(self)
        self.session_list.setObjectName("session_list")
        self.session_list.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New session"), self)
        self.new_button.setObjectName("new_session")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("delete_session")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("sessions_empty")
        self.empty_label.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.session_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        # --- the editor ---
        self.editor = QWidget(self)
        self.editor.setObjectName("session_editor")
        form = QFormLayout(self.editor)
        self.errors: dict[str, QLabel] = {}

        def field_error(field: str) -> QLabel:
            label = error_label(f"error_{field}", self.editor)
            self.errors[field] = label
            return label

        def add(text: str, widget: QWidget, field: str) -> None:
            box = QWidget(self.editor)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            layout.addWidget(widget)
            layout.addWidget(field_error(field))
            form.addRow(text, box)

        self.heading = QLabel(self.editor)
        self.heading.setObjectName("editor_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        form.addRow(self.heading)
        self.name_en = QLineEdit(self.editor)
        self.name_en.setObjectName("name_en")
        self.name_it = QLineEdit(self.editor)
        self.name_it.setObjectName("name_it")
        self.name_ja = QLineEdit(self.editor)
        self.name_ja.setObjectName("name_ja")
        add(self.tr("Name (English):"), self.name_en, "name")
        add(self.tr("Name (Italian):"), self.name_it, "name_it")
        add(self.tr("Name (Japanese):"), self.name_ja, "name_ja")
        # Plain text fields: a whole date or time typed over the old one is read as typed,
        # and one that does not exist is said, never silently changed into another.
        self.day = QLineEdit(self.editor)
        self.day.setObjectName("day")
        self.day.setPlaceholderText("2027-10-14")
        add(self.tr("Day:"), self.day, "day")
        self.venue = QComboBox(self.editor)
        self.venue.setObjectName("venue")
        add(self.tr("Venue:"), self.venue, "venue")
        self.start = QLineEdit(self.editor)
        self.start.setObjectName("start")
        self.start.setPlaceholderText("14:00")
        self.start.setMaximumWidth(80)
        self.end = QLineEdit(self.editor)
        self.end.setObjectName("end")
        self.end.setPlaceholderText("18:00")
        self.end.setMaximumWidth(80)
        self.zone_label = QLabel(self.editor)
        self.zone_label.setObjectName("zone")
        times = QWidget(self.editor)
        times_layout = QHBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.start)
        times_layout.addWidget(QLabel("–", times))
        times_layout.addWidget(self.end)
        times_layout.addWidget(self.zone_label, 1)
        add(self.tr("Start – end:"), times, "start")
        form.addRow("", field_error("end"))
        self.slot_minutes = QSpinBox(self.editor)
        self.slot_minutes.setObjectName("slot_minutes")
        self.slot_minutes.setRange(1, 240)
        self.slot_minutes.setValue(20)
        self.slot_minutes.setSuffix(self.tr(" min"))
        add(self.tr("Slot length:"), self.slot_minutes, "slot_minutes")

        self.breaks = QTableWidget(0, BREAK_COLUMNS, self.editor)
        self.breaks.setObjectName("breaks")
        self.breaks.setHorizontalHeaderLabels(
            [
                self.tr("Start"),
                self.tr("End"),
                self.tr("Label (English)"),
                self.tr("Label (Italian)"),
                self.tr("Label (Japanese)"),
            ]
        )
        self.breaks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.breaks.verticalHeader().setVisible(False)
        self.breaks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breaks.setMinimumHeight(70)
        self.breaks.setMaximumHeight(130)
        self.add_break_button = QPushButton(self.tr("Add break"), self.editor)
        self.add_break_button.setObjectName("add_break")
        self.remove_break_button = QPushButton(self.tr("Remove break"), self.editor)
        self.remove_break_button.setObjectName("remove_break")
        breaks_box = QWidget(self.editor)
        breaks_layout = QVBoxLayout(breaks_box)
        breaks_layout.setContentsMargins(0, 0, 0, 0)
        breaks_layout.addWidget(self.breaks)
        break_buttons = QHBoxLayout()
        break_buttons.addWidget(self.add_break_button)
        break_buttons.addWidget(self.remove_break_button)
        break_buttons.addStretch(1)
        breaks_layout.addLayout(break_buttons)
        add(self.tr("Breaks:"), breaks_box, "breaks")

        self.table_count = QSpinBox(self.editor)
        self.table_count.setObjectName("table_count")
        self.table_count.setRange(0, 500)
        self.table_names = QListWidget(self.editor)
        self.table_names.setObjectName("table_names")
        self.table_names.setFlow(QListWidget.Flow.LeftToRight)
        self.table_names.setWrapping(True)
        self.table_names.setMaximumHeight(80)
        self.table_names.setSpacing(4)
        self.table_names.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table_names.setToolTip(self.tr("Double-click a table to rename it."))
        tables_box = QWidget(self.editor)
        tables_layout = QVBoxLayout(tables_box)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(self.table_count)
        tables_layout.addWidget(self.table_names)
        add(self.tr("Tables:"), tables_box, "tables")

        self.delegations = QListWidget(self.editor)
        self.delegations.setObjectName("delegations")
        self.delegations.setMaximumHeight(90)
        hint = self.tr("None ticked: every delegation takes part.")
        self.delegations.setToolTip(hint)
        self.delegations_hint = QLabel(hint, self.editor)
        self.delegations_hint.setObjectName("delegations_hint")
        delegations_box = QWidget(self.editor)
        delegations_layout = QVBoxLayout(delegations_box)
        delegations_layout.setContentsMargins(0, 0, 0, 0)
        delegations_layout.addWidget(self.delegations)
        delegations_layout.addWidget(self.delegations_hint)
        add(self.tr("Delegations taking part:"), delegations_box, "delegations")

        self.preview = QLabel(self.editor)
        self.preview.setObjectName("slot_preview")
        self.preview.setWordWrap(True)
        form.addRow(self.tr("Slots:"), self.preview)
        self.save_button = QPushButton(self.tr("Save"), self.editor)
        self.save_button.setObjectName("save_session")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"), self.editor)
        self.revert_button.setObjectName("revert_session")
        self.message = QLabel(self.editor)
        self.message.setObjectName("session_message")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.revert_button)
        actions.addStretch(1)
        form.addRow(actions)
        form.addRow(self.message)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # --- wiring ---
        self.loader = RowsLoader(ctx, load_setup, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.session_list.currentItemChanged.connect(self._on_chosen)
        self.new_button.clicked.connect(self._new_pressed)
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.add_break_button.clicked.connect(self.add_break)
        self.remove_break_button.clicked.connect(self.remove_break)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self._revert)
        for line in (self.name_en, self.name_it, self.name_ja):
            line.textChanged.connect(self._edited)
        self.day.textChanged.connect(self._edited)
        self.start.textChanged.connect(self._edited)
        self.end.textChanged.connect(self._edited)
        self.slot_minutes.valueChanged.connect(self._edited)
        self.venue.currentIndexChanged.connect(self._edited)
        self.breaks.itemChanged.connect(self._edited)
        self.table_count.valueChanged.connect(self._on_table_count)
        self.table_names.itemChanged.connect(self._on_table_renamed)
        self.delegations.itemChanged.connect(self._edited)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(lambda _m: self._reload(keep=False))
        self.loader.reload()

    # --- Page ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sessions")

    def ready(self) -> bool:
        return self.loader.has_loaded() and not self._saving

    def show_example(self) -> None:
        if self.session_list.count():
            self.session_list.setCurrentRow(0)

    # --- loading ---------------------------------------------------------------------------

    def _reload(self, keep: bool = True) -> None:
        if not keep:
            self._session_id = None
            self._dirty = False
            self._creating = False
        self.loader.reload()

    def _on_bus_changed(self, changes: object, initiator: object) -> None:
        if initiator is self:
            return
        if any(getattr(changes, k, False) for k in ("b2b", "missions", "organisations")):
            self.loader.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Could not load: {reason}").format(reason=failure_text(exc)), True)

    def _on_loaded(self, record: MissionRecord | None) -> None:
        self._record = record
        self._rows = session_rows(record) if record is not None else []
        self.editor.setEnabled(record is not None)
        self.new_button.setEnabled(record is not None)
        lang = current_language()
        self._fill_choices(lang)
        self.session_list.blockSignals(True)
        self.session_list.clear()
        chosen: QListWidgetItem | None = None
        for row in self._rows:
            item = QListWidgetItem(self._row_text(row, lang))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.session_list.addItem(item)
            if row.id == self._session_id:
                chosen = item
        if chosen is not None:
            self.session_list.setCurrentItem(chosen)
        self.session_list.blockSignals(False)
        if record is None:
            self.empty_label.setText(self.tr("Open or create a mission first."))
        elif not self._rows:
            self.empty_label.setText(
                self.tr("No B2B session yet: fill in the form and save to add one.")
            )
        else:
            self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        gone = self._session_id is not None and chosen is None
        if self._dirty and not gone:
            self._edited()  # another change came: check what is typed against it
        elif chosen is not None:
            self._fill(next(r for r in self._rows if r.id == self._session_id).draft)
        elif self._rows and not self._creating:
            # a mission with sessions opens on its first one, not on an empty form that
            # already says what is missing
            self._session_id = self._rows[0].id
            self.session_list.blockSignals(True)
            self.session_list.setCurrentRow(0)
            self.session_list.blockSignals(False)
            chosen = self.session_list.item(0)
            self._fill(self._rows[0].draft)
        else:
            self.new_session()
        self.delete_button.setEnabled(chosen is not None)

    def _row_text(self, row: SessionRow, lang: str) -> str:
        venue = row.venue.in_(lang) if row.venue else self.tr("no venue")
        return self.tr(
            "{name}\n{day} {start}–{end} {zone} · {venue}\n{slots} slots, {tables} tables, "
            "{meetings} meetings placed"
        ).format(
            name=row.names.in_(lang),
            day=f"{row.start_local:%Y-%m-%d}",
            start=f"{row.start_local:%H:%M}",
            end=f"{row.end_local:%H:%M}",
            zone=row.start_local.tzname(),
            venue=venue,
            slots=row.slot_count,
            tables=len(row.table_names),
            meetings=row.meetings,
        )

    def _fill_choices(self, lang: str) -> None:
        record = self._record
        self._filling = True
        try:
            current = self.venue.currentData()
            self.venue.clear()
            zone = record.zone if record else ""
            self.venue.addItem(self.tr("No venue (the mission's zone, {zone})").format(zone=zone))
            if record is not None:
                for v in record.venues.values():
                    self.venue.addItem(f"{v.names.in_(lang)} ({v.timezone})", v.id)
            index = self.venue.findData(current) if current is not None else 0
            self.venue.setCurrentIndex(max(index, 0))
            ticked = self._ticked()
            self.delegations.clear()
            if record is not None:
                for d in record.delegations.values():
                    item = QListWidgetItem(d.names.in_(lang))
                    item.setData(Qt.ItemDataRole.UserRole, d.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    checked = d.id in ticked
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
                    self.delegations.addItem(item)
        finally:
            self._filling = False

    # --- the editor --------------------------------------------------------------------------

    def _on_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        session_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        row = next((r for r in self._rows if r.id == session_id), None)
        if row is None:
            return
        self._session_id = row.id
        self._creating = False
        self.delete_button.setEnabled(True)
        self._say("")
        self._fill(row.draft)

    def _new_pressed(self) -> None:
        self._creating = True
        self.new_session()

    def new_session(self) -> None:
        """An empty form for a new session, on the mission's first day, 14:00–18:00."""
        self._session_id = None
        self.session_list.blockSignals(True)
        self.session_list.clearSelection()
        self.session_list.setCurrentRow(-1)
        self.session_list.blockSignals(False)
        self.delete_button.setEnabled(False)
        record = self._record
        day = (
            record.mission.start_date
            if record is not None and record.mission.start_date
            else date.today()
        )
        template = table_template(record) if record is not None else []
        count = len(template) or 10
        self._fill(
            SessionDraft(
                name="",
                day=day,
                start=time(14, 0),
                end=time(18, 0),
                slot_minutes=20,
                tables=tuple(TableDraft(n) for n in default_table_names(count, template)),
            )
        )

    def _revert(self) -> None:
        row = next((r for r in self._rows if r.id == self._session_id), None)
        if row is not None:
            self._fill(row.draft)
        else:
            self.new_session()

    def _fill(self, draft: SessionDraft) -> None:
        # What the form shows of a saved session: its save is checked against it.
        self._form_base = draft if self._session_id is not None else None
        self._filling = True
        try:
            self.heading.setText(
                self.tr("New B2B session")
                if self._session_id is None
                else draft.names.in_(current_language())
            )
            self.name_en.setText(draft.name)
            self.name_it.setText(draft.name_it or "")
            self.name_ja.setText(draft.name_ja or "")
            self.day.setText(draft.day.isoformat())
            index = self.venue.findData(draft.venue_id) if draft.venue_id is not None else 0
            self.venue.setCurrentIndex(max(index, 0))
            self.start.setText(f"{draft.start:%H:%M}")
            self.end.setText(f"{draft.end:%H:%M}")
            self.slot_minutes.setValue(draft.slot_minutes)
            self.breaks.setRowCount(0)
            for b in draft.breaks:
                self._append_break(b)
            self._tables = draft.tables
            self.table_count.setValue(len(draft.tables))
            self._show_tables()
            for i in range(self.delegations.count()):
                item = self.delegations.item(i)
                ticked = item.data(Qt.ItemDataRole.UserRole) in draft.delegation_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self._edited()
        self._dirty = False

    def _append_break(self, b: BreakDraft) -> None:
        row = self.breaks.rowCount()
        self.breaks.insertRow(row)
        values = [
            f"{b.start:%H:%M}",
            f"{b.end:%H:%M}",
            b.label,
            b.label_it or "",
            b.label_ja or "",
        ]
        for column, value in enumerate(values):
            self.breaks.setItem(row, column, QTableWidgetItem(value))

    def add_break(self) -> None:
        """A new 20-minute coffee break in the middle of the session (to edit)."""
        first = parse_wall_time(self.start.text()) or time(14, 0)
        last = parse_wall_time(self.end.text()) or time(18, 0)
        a, b = first.hour * 60 + first.minute, last.hour * 60 + last.minute
        middle = min(max(a + (b - a) // 2 // 20 * 20, 0), 23 * 60 + 39)
        end = middle + 20
        self._append_break(BreakDraft(time(middle // 60, middle % 60), time(end // 60, end % 60)))
        self.breaks.setCurrentCell(self.breaks.rowCount() - 1, 0)
        self._edited()

    def remove_break(self) -> None:
        row = self.breaks.currentRow()
        if row < 0 and self.breaks.rowCount():
            row = self.breaks.rowCount() - 1
        if row >= 0:
            self.breaks.removeRow(row)
            self._edited()

    def _show_tables(self) -> None:
        blocked = self.table_names.blockSignals(True)
        self.table_names.clear()
        for t in self._tables:
            item = QListWidgetItem(t.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.table_names.addItem(item)
        self.table_names.blockSignals(blocked)

    def _on_table_count(self, count: int) -> None:
        if self._filling:
            return
        template = table_template(self._record, self._session_id) if self._record else []
        self._tables = resize_tables(self._tables, count, template)
        self._show_tables()
        self._edited()

    def _on_table_renamed(self, item: QListWidgetItem) -> None:
        row = self.table_names.row(item)
        if 0 <= row < len(self._tables):
            tables = list(self._tables)
            tables[row] = TableDraft(item.text(), tables[row].id)
            self._tables = tuple(tables)
        self._edited()

    def _ticked(self) -> frozenset[int]:
        out = set()
        for i in range(self.delegations.count()):
            item = self.delegations.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return frozenset(out)

    def _break_drafts(self) -> tuple[tuple[BreakDraft, ...], list[int]]:
        """The breaks typed, and the rows whose times cannot be read."""
        out, unreadable = [], []
        for row in range(self.breaks.rowCount()):

            def cell(column: int, r: int = row) -> str:
                item = self.breaks.item(r, column)
                return item.text() if item is not None else ""

            start, end = parse_wall_time(cell(0)), parse_wall_time(cell(1))
            if start is None or end is None:
                unreadable.append(row)
                continue
            out.append(BreakDraft(start, end, cell(2), cell(3) or None, cell(4) or None))
        return tuple(out), unreadable

    def _day(self) -> date | None:
        try:
            return date.fromisoformat(self.day.text().strip())
        except ValueError:
            return None

    def unreadable(self) -> dict[str, str]:
        """The fields whose text is not a date or a time, with what to write instead."""
        out = {}
        if self._day() is None:
            out["day"] = self.tr("Write the day as 2027-10-14 (a day that exists).")
        for field, line in (("start", self.start), ("end", self.end)):
            if parse_wall_time(line.text()) is None:
                out[field] = self.tr("Write the time as 14:00.")
        return out

    def draft(self) -> SessionDraft | None:
        """The session as typed now (None while its day or times cannot be read)."""
        day = self._day()
        start, end = parse_wall_time(self.start.text()), parse_wall_time(self.end.text())
        if day is None or start is None or end is None:
            return None
        return SessionDraft(
            name=self.name_en.text(),
            name_it=self.name_it.text() or None,
            name_ja=self.name_ja.text() or None,
            day=day,
            start=start,
            end=end,
            slot_minutes=self.slot_minutes.value(),
            venue_id=self.venue.currentData(),
            breaks=self._break_drafts()[0],
            tables=self._tables,
            delegation_ids=self._ticked(),
        )

    def check(self) -> SessionCheck | None:
        """The problems of what is typed, against the mission as read (None: nothing open)."""
        draft = self.draft()
        if self._record is None or draft is None:
            return None
        return check_session(self._record, draft, self._session_id)

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._dirty = True
        english = self.name_en.text().strip()
        self.name_it.setPlaceholderText(english)  # the fallback an Italian reader gets
        self.name_ja.setPlaceholderText(english)
        record = self._record
        if record is None:
            return
        zone = zone_of(record, self.venue.currentData())
        self.zone_label.setText(zone)
        check = self.check()
        problems = list(check.problems) if check else []
        _drafts, unreadable = self._break_drafts()
        typed = self.unreadable()
        lang = current_language()
        for field, label in self.errors.items():
            texts = [p.text(lang) for p in problems if p.field == field]
            if field in typed:
                texts.insert(0, typed[field])
            if field == "breaks":
                texts += [
                    self.tr("Break {n}: write its times as 16:00.").format(n=row + 1)
                    for row in unreadable
                ]
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
        preview = check.preview if check else None
        if preview is None:
            self.preview.setText("")
        else:
            self.preview.setText(
                self.tr(
                    "{slots} slots of {minutes} min, {tables} tables: up to {capacity} meetings"
                ).format(
                    slots=len(preview.slots),
                    minutes=preview.slot_minutes,
                    tables=preview.tables,
                    capacity=preview.capacity,
                )
                + (
                    "\n"
                    + self.tr("{count} placed meetings would no longer fit.").format(
                        count=len(check.displaced)
                    )
                    if check and check.displaced
                    else ""
                )
            )
        self.save_button.setEnabled(
            not problems and not unreadable and not typed and not self._saving
        )

    def problems(self) -> list[SessionProblem]:
        check = self.check()
        return list(check.problems) if check else []

    # --- saving ------------------------------------------------------------------------------

    def save(self, confirm: tuple[int, ...] = ()) -> None:
        """Save what is typed (on the database worker); placed meetings that would no longer
        fit are asked about first."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        draft, session_id = self.draft(), self._session_id
        if store is None or mission_id is None or self._saving or draft is None:
            return
        base = Loaded(self._form_base) if self._form_base is not None else None
        if session_id is not None and base is None:
            return
        self._saving_draft = draft
        self._saving = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))
        self.ctx.runner.run(
            lambda: save_session(store, mission_id, draft, session_id, confirm=confirm, base=base),
            on_done=self._on_saved,
            on_error=self._on_refused,
        )

    def delete_current(self, confirm: tuple[int, ...] = ()) -> None:
        store, session_id = self.ctx.store, self._session_id
        if store is None or session_id is None or self._saving:
            return
        if not confirm:
            row = next((r for r in self._rows if r.id == session_id), None)
            if row is not None and row.meetings == 0:
                box = QMessageBox(
                    QMessageBox.Icon.Question,
                    self.tr("Delete session"),
                    self.tr("Delete the session “{name}”?").format(name=row.names.en),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    self,
                )
                box.setObjectName("confirm_delete")
                self.confirm_box = box
                box.accepted.connect(lambda: self._delete(store, session_id, ()))
                box.open()
                return
        self._delete(store, session_id, confirm)

    def _delete(self, store: Store, session_id: int, confirm: tuple[int, ...]) -> None:
        self._saving = True
        self._say(self.tr("Deleting…"))
        self.ctx.runner.run(
            lambda: delete_session(store, session_id, confirm=confirm),
            on_done=self._on_deleted,
            on_error=lambda exc: self._on_refused(exc, deleting=True),
        )

    def _on_saved(self, saved: SessionSaved) -> None:
        self._saving = False
        self._dirty = False
        self._creating = False
        self._session_id = saved.session_id
        text = self.tr("Saved.")
        if saved.removed:
            text += " " + self._removed_text(saved.removed)
        self._say(text)
        self.saved.emit(saved)
        self.ctx.bus.announce(saved.changes, self)
        self.loader.reload()

    def _on_deleted(self, saved: SessionSaved) -> None:
        self._saving = False
        self._dirty = False
        self._session_id = None
        text = self.tr("Deleted.")
        if saved.removed:
            text += " " + self._removed_text(saved.removed)
        self.saved.emit(saved)
        self.ctx.bus.announce(saved.changes, self)
        self.loader.reload()
        self._say(text)

    def _removed_text(self, removed: tuple[DisplacedMeeting, ...]) -> str:
        lang = current_language()
        return self.tr(
            "Removed {count} meetings (their requests are unscheduled again): {list}"
        ).format(count=len(removed), list="; ".join(m.text(lang) for m in removed))

    def _on_refused(self, exc: BaseException, deleting: bool = False) -> None:
        self._saving = False
        if isinstance(exc, StaleRecord) and self._saving_draft is not None and not deleting:
            self._ask_conflict(exc, self._saving_draft)
            self._say("")
            return
        if isinstance(exc, MeetingsNoLongerFit):
            self._ask_confirmation(exc, deleting)
            self._say("")
        elif isinstance(exc, SessionInvalid):
            self._say(failure_text(exc), True)
        else:
            self._say(failure_text(exc), True)
            self.loader.reload()
        self._edited()

    def _ask_conflict(self, refused: StaleRecord, typed: SessionDraft) -> None:
        """Someone else saved the session since the form was filled: both versions, field by
        field; the choice is put in the form and saved against theirs, Cancel keeps the form
        as typed."""

        def answered(choices: dict[str, Any] | None) -> None:
            self.conflict_dialog = None
            if choices is None:
                self._say(
                    self.tr(
                        "Not saved: someone else changed this session meanwhile. Your changes "
                        "are still in the form; Save compares them again."
                    ),
                    True,
                )
                return
            self._fill(refused.chosen(typed, choices))
            self._form_base = refused.theirs.values
            self._dirty = True
            self.save()

        self.conflict_dialog = ask_conflict(self, refused, self._field_label, answered)

    def _field_label(self, field: str) -> str | None:
        labels = {
            "name": self.tr("Name (English):"),
            "name_it": self.tr("Name (Italian):"),
            "name_ja": self.tr("Name (Japanese):"),
            "day": self.tr("Day:"),
            "venue_id": self.tr("Venue:"),
            "start": self.tr("Start – end:"),
            "end": self.tr("Start – end:"),
            "slot_minutes": self.tr("Slot length:"),
            "breaks": self.tr("Breaks:"),
            "tables": self.tr("Tables:"),
            "delegation_ids": self.tr("Delegations taking part:"),
        }
        label = labels.get(field)
        return label.rstrip(":：") if label else None

    def _ask_confirmation(self, exc: MeetingsNoLongerFit, deleting: bool) -> None:
        """A dialog listing the meetings that would no longer fit; Remove them saves again
        confirming exactly those."""
        lang = current_language()
        lines = "\n".join(f"• {m.text(lang)}" for m in exc.meetings)
        box = QMessageBox(self)
        box.setObjectName("confirm_displaced")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Meetings that no longer fit"))
        box.setText(
            (
                self.tr("Deleting this session removes %n placed meetings:", "", len(exc.meetings))
                if deleting
                else self.tr(
                    "After this change, %n placed meetings no longer fit:", "", len(exc.meetings)
                )
            )
            + "\n\n"
            + lines
        )
        box.setInformativeText(
            self.tr("Remove them? Their requests go back to the unscheduled list.")
        )
        remove = box.addButton(self.tr("Remove them and save"), QMessageBox.ButtonRole.AcceptRole)
        remove.setObjectName("confirm_remove")
        box.addButton(QMessageBox.StandardButton.Cancel)
        ids = tuple(m.id for m in exc.meetings)

        def answered() -> None:
            if box.clickedButton() is remove:
                if deleting:
                    self.delete_current(confirm=ids)
                else:
                    self.save(confirm=ids)
            else:
                self._say(self.tr("Not saved: nothing was changed."))

        box.finished.connect(lambda _result: answered())
        self.confirm_box = box
        box.open()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
