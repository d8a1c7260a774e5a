"""The Mission page, first in the navigation: the mission itself (names in English, Italian
and Japanese, city, zone, dates), its venues and travel times, its delegations, what is
missing next, and the reuse of a previous mission's set-up.

Each editor saves explicitly, through one action of :mod:`app.services` on the database
worker; a refusal is shown next to its field in the window's language and nothing is saved
half-done. Every save is announced on ``ctx.bus`` so that other pages reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.conflicts import Loaded, StaleRecord
from app.services.database import Store
from app.services.delegations import (
    DelegationDraft,
    DelegationInvalid,
    DelegationRow,
    OrganisationChoice,
    PersonChoice,
    create_delegation,
    delegation_draft,
    delete_delegation,
    list_delegations,
    organisation_choices,
    person_choices,
    update_delegation,
)
from app.services.missions import (
    MissionDraft,
    MissionInvalid,
    MissionRow,
    get_mission,
    list_missions,
    mission_draft,
    problem_messages,
    update_mission,
)
from app.services.setup_status import NextStep, next_step_message, next_steps
from app.services.venues import (
    VenueDraft,
    VenueInvalid,
    VenueRow,
    create_venue,
    delete_venue,
    list_venues,
    set_travel_table,
    travel_times,
    update_venue,
    venue_draft,
)
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog, ask_conflict
from ui.errors import failure_text
from ui.i18n import current_language
from ui.pages.base import Page
from ui.setup.delegations_panel import DelegationsPanel
from ui.setup.mission_form import MissionForm
from ui.setup.reuse_dialog import ReuseDialog
from ui.setup.venues_panel import TravelTable, VenuesPanel


@dataclass(frozen=True)
class _Loaded:
    mission_id: int
    mission: MissionRow | None
    missions: list[MissionRow]
    venues: list[VenueRow]
    travel: dict[tuple[int, int], int]
    delegations: list[DelegationRow]
    people: list[PersonChoice]
    organisations: list[OrganisationChoice]
    steps: list[NextStep]


def _fetch(store: Store, mission_id: int) -> _Loaded:
    return _Loaded(
        mission_id=mission_id,
        mission=get_mission(store, mission_id),
        missions=list_missions(store),
        venues=list_venues(store, mission_id),
        travel=travel_times(store, mission_id),
        delegations=list_delegations(store, mission_id),
        people=person_choices(store, mission_id),
        organisations=organisation_choices(store, mission_id),
        steps=next_steps(store, mission_id),
    )


class MissionPage(Page):
    """``open_mission(id)``: a mission made here (by reuse) should be opened; the window
    connects it to its controller."""

    page_id = "mission"
    open_mission = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self._loaded: _Loaded | None = None
        self.conflict_dialog: ConflictDialog | None = None  # open while one is asked
        self._reload_again = False
        self._refill_form = False

        self.form = MissionForm()
        self.venues = VenuesPanel()
        self.delegations = DelegationsPanel()

        self.next_box = QGroupBox(self.tr("What is missing next"))
        self.next_box.setObjectName("next_steps_box")
        self.next_label = QLabel()
        self.next_label.setObjectName("next_steps")
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reuse_button = QPushButton(self.tr("Reuse a previous mission's set-up…"))
        self.reuse_button.setObjectName("reuse_button")
        self.reuse_button.clicked.connect(self.open_reuse_dialog)
        next_layout = QVBoxLayout(self.next_box)
        next_layout.addWidget(self.next_label)
        next_layout.addStretch(1)
        next_layout.addWidget(self.reuse_button)

        self.empty_label = QLabel(
            self.tr("No mission is open. Create one with File › New mission…")
        )
        self.empty_label.setObjectName("mission_empty")

        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(self.empty_label, 0, 0, 1, 2)
        grid.addWidget(self.form, 1, 0)
        grid.addWidget(self.next_box, 1, 1)
        grid.addWidget(self.venues, 2, 0)
        grid.addWidget(self.delegations, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.form.save_requested.connect(self.save_mission)
        self.venues.save_requested.connect(self.save_venue)
        self.venues.delete_requested.connect(self.remove_venue)
        self.venues.travel_requested.connect(self.save_travel)
        self.delegations.save_requested.connect(self.save_delegation)
        self.delegations.delete_requested.connect(self.remove_delegation)
        ctx.bus.mission_changed.connect(self._mission_changed)
        ctx.bus.changed.connect(self._data_changed)
        self._show_enabled(False)
        self.reload()

    # --- the page contract -----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Mission")

    def ready(self) -> bool:
        return not self._loading and not self.show_gate.holds()

    def show_example(self) -> None:
        """Screenshots: the first venue and the first delegation in their editors."""
        if self._loaded and self._loaded.venues:
            self.venues.choose(self._loaded.venues[0].id)
        if self._loaded and self._loaded.delegations:
            self.delegations.choose(self._loaded.delegations[-1].id)

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the mission again (hidden behind another page: when shown)."""
        self.when_shown("reload", self._reload_now)

    def _reload_now(self) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            self._loaded = None
            self.form.load(None)
            self._show_enabled(False)
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.ctx.runner.run(
            lambda: _fetch(store, mission_id), on_done=self._apply, on_error=self._load_failed
        )

    def _apply(self, loaded: _Loaded) -> None:
        self._loading = False
        if self._reload_again or loaded.mission_id != self.ctx.mission_id:
            self._reload_again = False
            self.reload()
            return
        same_mission = self._loaded is not None and self._loaded.mission_id == loaded.mission_id
        self._loaded = loaded
        self._show_enabled(loaded.mission is not None)
        if self._refill_form or not (same_mission and self.form.is_dirty()):
            self.form.load(loaded.mission)
        self._refill_form = False
        zone = loaded.mission.timezone if loaded.mission else "UTC"
        self.venues.set_data(loaded.venues, loaded.travel, zone)
        self.delegations.set_data(loaded.delegations, loaded.people, loaded.organisations)
        lang = current_language()
        self.next_label.setText(
            "\n".join(f"• {next_step_message(s).text(lang)}" for s in loaded.steps)
        )
        self.reuse_button.setEnabled(bool(loaded.missions))

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.next_label.setText(failure_text(exc))

    def _show_enabled(self, on: bool) -> None:
        self.empty_label.setVisible(not on)
        for w in (self.form, self.venues, self.delegations, self.next_box):
            w.setEnabled(on)

    def _mission_changed(self, _mission_id: object) -> None:
        self._loaded = None
        self.venues.new_venue()
        self.delegations.new_delegation()
        self.reload()

    def _data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self:
            return
        if changes.missions or changes.organisations or changes.participants or changes.b2b:
            self.reload()

    # --- saving ----------------------------------------------------------------------------

    def _run(
        self,
        job: Any,
        changes: Changes,
        on_done: Any,
        on_error: Any,
    ) -> None:
        """Run a write; on success announce it, then reload this page."""

        def done(result: object) -> None:
            self.ctx.bus.announce(changes, self)
            on_done(result)
            self.reload()

        self.ctx.runner.run(job, on_done=done, on_error=on_error)

    def save_mission(self, draft: MissionDraft, base: Loaded[MissionDraft] | None = None) -> None:
        """Save the typed mission over what the form showed (or over ``base``, the version
        someone else saved, once the coordinator chose between theirs and yours)."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        if base is None:
            shown = self.form.shown_row()
            if shown is None:
                return
            base = Loaded(mission_draft(shown))
        over = base

        def failed(exc: BaseException) -> None:
            lang = current_language()
            if isinstance(exc, StaleRecord):
                self._mission_conflict(exc, draft)
            elif isinstance(exc, MissionInvalid):
                fields = problem_messages(exc)
                self.form.show_errors({f: m.text(lang) for f, m in fields.items()})
            else:
                self.form.show_errors({}, _worded(exc))

        def done(_result: object) -> None:
            self.form.mark_saved(self.tr("Saved."))

        def saved(result: object) -> None:
            self._refill_form = True  # the reload shows what was saved
            done(result)

        self._run(
            lambda: update_mission(store, mission_id, draft, base=over),
            Changes(missions=True),
            saved,
            failed,
        )

    def _mission_conflict(self, refused: StaleRecord, typed: MissionDraft) -> None:
        """Someone else saved the mission since the form was filled: show both versions;
        save the choice against theirs, or (Cancel) keep the form as typed."""

        def answered(choices: dict[str, Any] | None) -> None:
            self.conflict_dialog = None
            if choices is None:
                self.form.show_errors(
                    {},
                    self.tr(
                        "Not saved: someone else changed the mission meanwhile. Your changes "
                        "are still in the form; Save compares them again."
                    ),
                )
                return
            self.save_mission(refused.chosen(typed, choices), base=refused.theirs)

        self.conflict_dialog = ask_conflict(self, refused, self.form.field_label, answered)

    def save_venue(
        self, venue_id: int | None, draft: VenueDraft, base: Loaded[VenueDraft] | None = None
    ) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        shown = self.venues.shown_row()
        if venue_id is not None and base is None:
            if shown is None or shown.id != venue_id:
                return  # the editor is between two venues: nothing it shows to save over
            base = Loaded(venue_draft(shown))
        over = base

        def job() -> int:
            if venue_id is None or over is None:
                return create_venue(store, mission_id, draft)
            update_venue(store, mission_id, venue_id, draft, base=over)
            return venue_id

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StaleRecord) and venue_id is not None:

                def answered(choices: dict[str, Any] | None) -> None:
                    self.conflict_dialog = None
                    if choices is None:
                        self.venues.show_errors({}, self._not_saved_text())
                    else:
                        chosen = exc.chosen(draft, choices)
                        self.save_venue(venue_id, chosen, base=exc.theirs)

                self.conflict_dialog = ask_conflict(self, exc, self.venues.field_label, answered)
            elif isinstance(exc, VenueInvalid):
                lang = current_language()
                self.venues.show_errors({f: m.text(lang) for f, m in exc.by_field().items()})
            else:
                self.venues.show_errors({}, _worded(exc))

        def done(new_id: object) -> None:
            self.venues.keep(int(str(new_id)))

        self._run(job, Changes(agenda=True, b2b=True), done, failed)

    def _not_saved_text(self) -> str:
        return self.tr(
            "Not saved: someone else changed this record meanwhile. Your changes are still in "
            "the form; Save compares them again."
        )

    def remove_venue(self, venue_id: int) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        if not self._confirm(self.tr("Delete this venue and its travel times?")):
            return

        def done(_r: object) -> None:
            self.venues.new_venue()

        self._run(
            lambda: delete_venue(store, mission_id, venue_id),
            Changes(agenda=True, b2b=True),
            done,
            lambda exc: self.venues.show_errors({}, _worded(exc)),
        )

    def save_travel(self, table: TravelTable) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        self._run(
            lambda: set_travel_table(store, mission_id, table),
            Changes(agenda=True),
            lambda _r: None,
            lambda exc: self.venues.show_travel_error(_worded(exc)),
        )

    def save_delegation(
        self,
        delegation_id: int | None,
        draft: DelegationDraft,
        base: Loaded[DelegationDraft] | None = None,
    ) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        shown = self.delegations.shown_row()
        if delegation_id is not None and base is None:
            if shown is None or shown.id != delegation_id:
                return  # the editor is between two delegations: nothing it shows to save over
            base = Loaded(delegation_draft(shown))
        over = base

        def job() -> int:
            if delegation_id is None or over is None:
                return create_delegation(store, mission_id, draft)
            update_delegation(store, mission_id, delegation_id, draft, base=over)
            return delegation_id

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StaleRecord) and delegation_id is not None:

                def answered(choices: dict[str, Any] | None) -> None:
                    self.conflict_dialog = None
                    if choices is None:
                        self.delegations.show_errors({}, self._not_saved_text())
                    else:
                        chosen = exc.chosen(draft, choices)
                        self.save_delegation(delegation_id, chosen, base=exc.theirs)

                panel = self.delegations
                self.conflict_dialog = ask_conflict(
                    self, exc, panel.field_label, answered, panel.field_text
                )
            elif isinstance(exc, DelegationInvalid):
                lang = current_language()
                self.delegations.show_errors({f: m.text(lang) for f, m in exc.by_field().items()})
            else:
                self.delegations.show_errors({}, _worded(exc))

        def done(new_id: object) -> None:
            self.delegations.keep(int(str(new_id)))

        self._run(job, Changes(organisations=True, participants=True, b2b=True), done, failed)

    def remove_delegation(self, delegation_id: int) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        if not self._confirm(
            self.tr("Delete this delegation? Its organisations and people stay, without one.")
        ):
            return
        self._run(
            lambda: delete_delegation(store, mission_id, delegation_id),
            Changes(organisations=True, participants=True, b2b=True),
            lambda _r: self.delegations.new_delegation(),
            lambda exc: self.delegations.show_errors({}, _worded(exc)),
        )

    # --- reuse -----------------------------------------------------------------------------

    def open_reuse_dialog(self) -> ReuseDialog | None:
        if self._loaded is None:
            return None
        dialog = ReuseDialog(self.ctx, self._loaded.missions, self, current=self._loaded.mission_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.copied.connect(self.open_mission.emit)
        dialog.open()
        return dialog

    # --- inside ----------------------------------------------------------------------------

    def _confirm(self, question: str) -> bool:
        confirm = self.ctx.extras.get("confirm")
        if callable(confirm):  # tests answer for the coordinator
            return bool(confirm(question))
        answer = QMessageBox.question(self, self.tr("Mission"), question)
        return answer == QMessageBox.StandardButton.Yes


def _worded(exc: BaseException) -> str:
    """A refusal in the window's language (a defect is logged and named as it is)."""
    return failure_text(exc)
