"""The B2B page: run the scheduler, review and adjust the grid, see what was left out and
who asked whom. A composition of the pieces in ``ui.b2b``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import shiboken6
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.common.timezones import to_local
from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.model.enums import MeetingStatus
from app.services import b2b_grid as service
from app.services.b2b_grid import Conflict, GridData, GridMeeting, ScheduleBlocker
from app.services.database import Store
from app.services.meeting_details import MeetingDetails, meeting_details
from app.services.meeting_status import StatusValues
from app.services.missions import get_mission
from app.services.schedule_runs import Unplaced
from app.services.scheduling import load_unplaced
from ui.b2b import commands
from ui.b2b.details import MeetingDetailsView
from ui.b2b.grid import ScheduleGridModel, ScheduleGridView, conflict_text
from ui.b2b.lists import UnscheduledModel, unscheduled_rows
from ui.b2b.run_panel import RunPanel
from ui.b2b.status_marks import mark_meeting
from ui.b2b.table_day import TableDayWidget, ask_note
from ui.b2b.timeline import TimelineWidget
from ui.context import AppContext
from ui.errors import failure_text
from ui.export_button import ExportButton
from ui.forms.fields import ERROR_STYLE
from ui.models.loader import RowsLoader
from ui.pages.base import Page


@dataclass(frozen=True)
class _Loaded:
    grid: GridData
    unplaced: Unplaced
    timezone: str | None  # the mission's: the last run is dated in it, as versions are


def _fetch(store: Store, mission_id: int) -> _Loaded:
    mission = get_mission(store, mission_id)
    return _Loaded(
        service.load_grid(store, mission_id),
        load_unplaced(store, mission_id),
        mission.timezone if mission is not None else None,
    )


class B2BPage(Page):
    """The schedule grid (drag to move or swap, lock, undo), the run panel, the lists."""

    page_id = "b2b"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.run_panel = RunPanel(ctx, self)

        self.grid_model = ScheduleGridModel(self)
        self.grid_view = ScheduleGridView(self)
        self.grid_view.setModel(self.grid_model)
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.setCheckable(True)
        self.lock_button.setToolTip(self.tr("A locked meeting stays where it is."))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.details = MeetingDetailsView(self)
        self._details_for: int | None = None  # the meeting whose details are asked for
        self.conflict_list = QListWidget(self)
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setToolTip(
            self.tr("Select a conflict to select its meeting (and lock or unlock it).")
        )
        self._listed_meeting: int | None = None  # chosen in the conflicts, not in the grid
        self._unplaced: Unplaced | None = None
        self.unscheduled_model = UnscheduledModel(self)
        self.unscheduled_view = QTableView(self)
        self.unscheduled_proxy = QSortFilterProxyModel(self)
        self.unscheduled_proxy.setSourceModel(self.unscheduled_model)
        self.unscheduled_proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unscheduled_view.setModel(self.unscheduled_proxy)
        self.unscheduled_view.setSortingEnabled(True)
        self.unscheduled_view.verticalHeader().setVisible(False)
        self.unscheduled_view.horizontalHeader().setStretchLastSection(True)
        self.unscheduled_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unscheduled_view.setWordWrap(True)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.export_button = ExportButton(
            ctx,
            [("schedule", self.tr("The schedule")), ("requests", self.tr("The meeting requests"))],
            self._say_export,
            self,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.lock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.message)
        side_layout.addWidget(self.details)
        self.conflict_heading = QLabel(self.tr("Conflicts: %n", "", 0), side)
        side_layout.addWidget(self.conflict_heading)
        side_layout.addWidget(self.conflict_list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid_view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 260])

        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, self.tr("Schedule grid"))
        self.tabs.addTab(self.unscheduled_view, self.tr("Unscheduled requests"))
        # The request matrix moved to the Requests page, where it is editable.
        self.timelines = TimelineWidget(self)
        self.tabs.addTab(self.timelines, self.tr("Timelines"))
        # On the day: each table's meetings to mark, no-shows per organisation, host sheets.
        self.tables_day = TableDayWidget(ctx, self)
        self.tabs.addTab(self.tables_day, self.tr("Per table"))
        # An empty mission says what is missing next, with the way to add it.
        self.empty = QWidget(self)
        self.empty.setObjectName("b2b_empty")
        empty_layout = QHBoxLayout(self.empty)
        self.empty_label = QLabel(self.tr("No B2B session yet: add one."), self.empty)
        self.empty_label.setObjectName("b2b_empty_text")
        self.empty_label.setStyleSheet("font-weight: bold;")
        self.add_session_button = QPushButton(self.tr("Add a B2B session…"), self.empty)
        self.add_session_button.setObjectName("add_session")
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.add_session_button)
        empty_layout.addStretch(1)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.run_panel)
        layout.addWidget(self.tabs, 1)
        self.add_session_button.clicked.connect(self.go_to_sessions)

        self.loader = RowsLoader(ctx, _fetch, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.grid_model.move_requested.connect(self.move_meeting)
        self.grid_view.lock_requested.connect(self.set_locked)
        self.grid_view.status_requested.connect(self.mark_status)
        self.grid_view.note_requested.connect(self.ask_note)
        self.grid_view.selectionModel().currentChanged.connect(self._on_grid_current)
        self.conflict_list.currentItemChanged.connect(self._on_conflict_chosen)
        self.lock_button.clicked.connect(self._on_lock_clicked)
        self.run_panel.running_changed.connect(self._on_running)
        self.run_panel.why_requested.connect(self.show_unscheduled)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(self._on_mission_changed)
        self._update_lock_button()
        self.loader.reload()

    # --- Page ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("B2B meetings")

    def ready(self) -> bool:
        return (
            self.loader.has_loaded() and self.tables_day.ready() and not self.run_panel.is_running()
        )

    def show_example(self) -> None:
        """Select a meeting with an interpreter (or any), as a coordinator would click it."""
        grid = self.grid_model.grid()
        if grid is None or not grid.meetings:
            return
        meeting = next((m for m in grid.meetings if m.interpreter_id), grid.meetings[0])
        index = self.grid_model.index_of_meeting(meeting.id)
        self.grid_view.setCurrentIndex(index)
        self.grid_view.scrollTo(index)

    def reload(self) -> None:
        self.loader.reload()
        self.tables_day.reload()

    # --- actions -------------------------------------------------------------------------

    def _name(self, meeting_id: int) -> str:
        grid = self.grid_model.grid()
        m = grid.meeting(meeting_id) if grid else None
        return f"{m.org_a_name} ↔ {m.org_b_name}" if m else f"#{meeting_id}"

    def move_meeting(self, meeting_id: int, start_utc: datetime, table_id: int) -> None:
        """Move a meeting to a cell (swapping with the one there), as an undoable step."""
        self._say("")
        commands.move_meeting(
            self.ctx,
            meeting_id,
            start_utc,
            table_id,
            self.tr("Move meeting “{name}”").format(name=self._name(meeting_id)),
            on_error=self._on_refused,
            initiator=self,
        )

    def set_locked(self, meeting_id: int, locked: bool) -> None:
        self._say("")
        text = self.tr("Lock meeting “{name}”") if locked else self.tr("Unlock meeting “{name}”")
        commands.set_locked(
            self.ctx,
            meeting_id,
            locked,
            text.format(name=self._name(meeting_id)),
            on_error=self._on_refused,
            initiator=self,
        )

    def mark_status(self, meeting_id: int, status: MeetingStatus, note: str | None = None) -> None:
        """Mark what happened to a meeting on the day (its note kept unless given), as an
        undoable step saved on the worker."""
        grid = self.grid_model.grid()
        m = grid.meeting(meeting_id) if grid else None
        if m is None:
            return
        self._say("")
        mark_meeting(
            self.ctx,
            meeting_id,
            status,
            m.status_note if note is None else note,
            Loaded(StatusValues(m.status, m.status_note), m.version),
            self.tr("Mark meeting “{name}”").format(name=self._name(meeting_id)),
            on_error=self._on_refused,
            initiator=self,
        )

    def ask_note(self, meeting_id: int) -> None:
        """The meeting's note on the day, in a small dialog; saved with its status."""
        grid = self.grid_model.grid()
        m = grid.meeting(meeting_id) if grid else None
        if m is None:
            return
        note = ask_note(self, self._name(meeting_id), m.status_note)
        if note is not None and note != m.status_note:
            self.mark_status(meeting_id, m.status, note)

    def selected_meeting(self) -> GridMeeting | None:
        """The meeting chosen in the grid, or in the conflicts list (one off the slots)."""
        grid = self.grid_model.grid()
        if self._listed_meeting is not None and grid is not None:
            return grid.meeting(self._listed_meeting)
        return self.grid_view.current_meeting()

    def _on_lock_clicked(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            self.set_locked(meeting.id, not meeting.locked)

    # --- reactions -----------------------------------------------------------------------

    def go_to_sessions(self) -> None:
        """Show the Sessions page of the window this page is in."""
        window = self.window()
        pages = getattr(window, "pages", None)
        show = getattr(window, "show_page", None)
        if not callable(pages) or not callable(show):
            return
        for index, page in enumerate(pages()):
            if getattr(page, "page_id", None) == "sessions":
                show(index)
                return

    def _on_loaded(self, result: _Loaded | None) -> None:
        blocker = result.grid.blocker if result else None
        self.run_panel.set_blocker(blocker)
        self.empty.setVisible(blocker is ScheduleBlocker.NO_SESSION)
        current = self.grid_view.current_meeting()
        self.grid_model.set_grid(result.grid if result else None)
        self.timelines.set_grid(result.grid if result else None)
        if current is not None:
            index = self.grid_model.index_of_meeting(current.id)
            if index.isValid():
                self.grid_view.setCurrentIndex(index)
        self._show_conflicts()
        self._unplaced = result.unplaced if result else None
        self._show_unscheduled()
        self.run_panel.show_last_run(
            self._unplaced.run if self._unplaced else None, result.timezone if result else None
        )
        self._update_lock_button()

    def _show_conflicts(self) -> None:
        listed = self._listed_meeting
        self.conflict_list.blockSignals(True)  # rebuilding is not the coordinator choosing
        self.conflict_list.clear()
        found = self.grid_model.all_conflicts()
        grid = self.grid_model.grid()
        for c in found:
            item = QListWidgetItem(f"{self._when(c)}: {conflict_text(c)}")
            item.setData(Qt.ItemDataRole.UserRole, c.meeting_ids[0])
            self.conflict_list.addItem(item)
            if listed is not None and c.meeting_ids[0] == listed:
                self.conflict_list.setCurrentItem(item)
        self.conflict_list.blockSignals(False)
        if listed is not None and (grid is None or grid.meeting(listed) is None):
            self._listed_meeting = None
        self.conflict_heading.setText(self.tr("Conflicts: %n", "", len(found)))

    def _when(self, c: Conflict) -> str:
        grid = self.grid_model.grid()
        slot = grid.slot(c.slot_id) if grid and c.slot_id else None
        if slot is not None:
            return slot.label
        m = grid.meeting(c.meeting_ids[0]) if grid else None
        session = (
            next((x for x in grid.sessions if m and x.id == m.session_id), None) if grid else None
        )
        if m is None or session is None:
            return c.slot_id
        local = to_local(m.start_utc, session.timezone)
        return f"{m.org_a_name} ↔ {m.org_b_name}, {local:%d/%m %H:%M} {local.tzname()}"

    def _on_conflict_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        meeting_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(meeting_id, int):
            return
        index = self.grid_model.index_of_meeting(meeting_id)
        if index.isValid():
            self.grid_view.setCurrentIndex(index)  # clears the listed meeting
            self.grid_view.scrollTo(index)
        else:
            self._listed_meeting = meeting_id
        self._update_lock_button()
        self._load_details()

    def _on_grid_current(self, *_args: object) -> None:
        self._listed_meeting = None
        self._update_lock_button()
        self._load_details()

    def show_unscheduled(self) -> None:
        """The requests that could not be placed, each with its reason ("see why")."""
        self.tabs.setCurrentWidget(self.unscheduled_view)

    def _load_details(self) -> None:
        """Show the selected meeting's details in the side panel (read on the worker)."""
        meeting = self.selected_meeting()
        store = self.ctx.store
        if meeting is None or store is None:
            self._details_for = None
            self.details.show_meeting(None)
            return
        meeting_id = meeting.id
        self._details_for = meeting_id
        self.ctx.runner.run(
            lambda: meeting_details(store, meeting_id),
            on_done=self._on_details,
            on_error=lambda _exc: self._on_details(None),
        )

    def _on_details(self, details: MeetingDetails | None) -> None:
        if not shiboken6.isValid(self.details):
            return  # the page was closed while the details were read
        if details is not None and details.id != self._details_for:
            return  # another meeting was selected meanwhile
        self.details.show_meeting(details)

    def _show_unscheduled(self) -> None:
        items = self._unplaced.items if self._unplaced else ()
        rows = unscheduled_rows(items, self.grid_model.grid())
        self.unscheduled_model.set_rows(rows)
        self.tabs.setTabText(
            self.tabs.indexOf(self.unscheduled_view),
            self.tr("Unscheduled requests (%n)", "", len(rows)),
        )
        self.unscheduled_view.resizeColumnsToContents()

    def _on_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Could not load: {reason}").format(reason=failure_text(exc)))

    def _on_refused(self, exc: BaseException) -> None:
        self._say(commands.refusal_text(exc))
        self.loader.reload()

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE if text else "")
        self.message.setText(text)

    def _say_export(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _on_running(self, running: bool) -> None:
        # Moves wait behind the solver on the worker and would then be overwritten.
        self.grid_view.setAcceptDrops(not running)
        self.grid_view.setDragEnabled(not running)
        self.lock_button.setEnabled(not running and self.selected_meeting() is not None)

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        # the programme too: who attends an item is kept out of meetings during it
        if (
            changes.b2b
            or changes.agenda
            or changes.organisations
            or changes.participants
            or changes.missions
        ):
            self.loader.reload()

    def _on_mission_changed(self, _mission_id: object) -> None:
        self.run_panel.reset()
        self._listed_meeting = None
        self._details_for = None
        self.details.show_meeting(None)
        self._say("")
        self.loader.reload()

    def _update_lock_button(self, *_args: object) -> None:
        meeting = self.selected_meeting()
        self.lock_button.setEnabled(meeting is not None and not self.run_panel.is_running())
        self.lock_button.setChecked(bool(meeting and meeting.locked))
        self.lock_button.setText(
            self.tr("Unlock") if meeting is not None and meeting.locked else self.tr("Lock")
        )
