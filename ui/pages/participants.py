"""The participants page: the people of the open mission."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from app.core.changes import Changes
from app.services import organisations as organisation_service
from app.services import participants as service
from app.services.database import Store
from app.services.erasure import Erased, erase_participant
from app.services.exporting import personal_data, write_personal_data
from app.services.organisations import DelegationChoice
from app.services.participants import OrganisationChoice, ParticipantData, ParticipantRow
from app.services.record_lists import participant_rows
from ui.dialogs.absence import AbsenceDialog
from ui.erasure_follow_up import follow_up
from ui.erasure_text import erased_text
from ui.errors import user_message
from ui.forms.editor import EditorTexts
from ui.forms.participant import ParticipantForm
from ui.i18n import current_language
from ui.models.participants import COL_NAME, ParticipantTableModel
from ui.pages.records import RecordPage
from ui.undo import RecordOps
from ui.widgets.day_timeline import AvailabilityDialog


@dataclass(frozen=True)
class _Loaded:
    rows: list[ParticipantRow]
    organisations: list[OrganisationChoice]
    delegations: list[DelegationChoice]


class ParticipantsPage(RecordPage[ParticipantRow, ParticipantData, _Loaded]):
    """People with Latin and kanji names, organisation and side; edit one beside the table."""

    page_id = "participants"
    export_what = "participants"
    ops = RecordOps(
        get=service.get_participant,
        load=service.load_participant,
        create=service.create_participant,
        update=service.update_participant,
        delete=service.delete_participant,
        restore=service.restore_participant,
    )
    sort_column = COL_NAME
    first_window = 200  # a screenful at once, the rest of a 10,000-person mission after

    def title(self) -> str:
        return self.tr("Participants")

    def create_model(self) -> ParticipantTableModel:
        return ParticipantTableModel(language=current_language())

    def create_form(self) -> ParticipantForm:
        self.participant_form = ParticipantForm()
        return self.participant_form

    def editor_texts(self) -> EditorTexts:
        return EditorTexts(
            new_heading=self.tr("New participant"),
            empty_heading=self.tr("Select a participant, or add one."),
            add_command=self.tr("Add participant “{name}”"),
            edit_command=self.tr("Edit participant “{name}”"),
            discard_question=self.tr("Discard your changes to “{name}”?"),
        )

    @staticmethod
    def fetch(store: Store, mission_id: int) -> _Loaded:
        return _Loaded(
            participant_rows(store, mission_id),
            service.list_organisation_choices(store, mission_id),
            organisation_service.list_delegation_choices(store, mission_id),
        )

    @staticmethod
    def fetch_first(store: Store, mission_id: int, limit: int) -> list[ParticipantRow]:
        return participant_rows(store, mission_id, limit=limit)

    @staticmethod
    def fetch_rows(store: Store, mission_id: int, ids: list[int]) -> list[ParticipantRow]:
        return participant_rows(store, mission_id, ids)

    def is_example(self, row: ParticipantRow) -> bool:
        return bool(row.kanji_name and row.kana_name and row.organisation_name_ja)

    def record_name(self, data: ParticipantData) -> str:
        latin = f"{data.given_name} {data.family_name}".strip()
        kanji = f"{data.family_name_kanji or ''} {data.given_name_kanji or ''}".strip()
        return f"{latin} ({kanji})" if latin and kanji else latin or kanji

    def apply_loaded(self, result: _Loaded) -> list[ParticipantRow]:
        self.participant_form.set_choices(result.organisations, result.delegations)
        return result.rows

    def concerns(self, changes: Changes) -> bool:
        return changes.participants or changes.organisations or changes.missions

    def delete_question(self, row: ParticipantRow) -> str:
        name = f"{row.latin_name} ({row.kanji_name})" if row.kanji_name else row.latin_name
        return (
            self.tr("Delete participant “{name}”?").format(name=name)
            + "\n"
            + self.tr("They are also removed from their meetings. You can undo this.")
        )

    def delete_command_text(self, row: ParticipantRow) -> str:
        return self.tr("Delete participant “{name}”").format(name=row.latin_name)

    def blank_record(self) -> ParticipantData:
        return ParticipantData(family_name="")

    # --- personal data (GDPR Art. 20 and 17) ---------------------------------------------

    def extra_buttons(self) -> list[QWidget]:
        self.personal_button = QPushButton(self.tr("Personal data…"), self)
        menu = QMenu(self.personal_button)
        self.personal_export_action = menu.addAction(self.tr("Export everything held (JSON)…"))
        self.personal_export_action.triggered.connect(self.ask_personal_data)
        self.erase_action = menu.addAction(self.tr("Erase this person…"))
        self.erase_action.triggered.connect(self.ask_erase)
        self.personal_button.setMenu(menu)
        self.personal_button.setEnabled(False)
        self.availability_button = QPushButton(self.tr("Availability…"), self)
        self.availability_button.setObjectName("availabilityButton")
        self.availability_button.setToolTip(self.tr("The times this person cannot meet, by day"))
        self.availability_button.clicked.connect(self.open_availability)
        self.availability_button.setEnabled(False)
        self.absent_button = QPushButton(self.tr("Mark absent…"), self)
        self.absent_button.setObjectName("markAbsentPageButton")
        self.absent_button.setToolTip(
            self.tr("They did not arrive: re-plan the rest of their day and tell those affected")
        )
        self.absent_button.clicked.connect(self.open_absence)
        self.absent_button.setEnabled(False)
        return [self.availability_button, self.absent_button, self.personal_button]

    def update_extra_buttons(self, row: object) -> None:
        self.personal_button.setEnabled(row is not None)
        self.availability_button.setEnabled(row is not None)
        self.absent_button.setEnabled(row is not None)

    def open_availability(self) -> AvailabilityDialog | None:
        """The selected participant's day timeline, in a dialog of its own."""
        row = self.current_row()
        if not isinstance(row, ParticipantRow) or self.ctx.store is None:
            return None
        dialog = AvailabilityDialog(self.ctx, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_absence(self) -> AbsenceDialog | None:
        """Mark the selected participant absent, in a dialog of its own."""
        row = self.current_row()
        if not isinstance(row, ParticipantRow) or self.ctx.store is None:
            return None
        dialog = AbsenceDialog(self.ctx, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def ask_personal_data(self) -> None:
        row = self.current_row()
        if not isinstance(row, ParticipantRow):
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Personal data"),
            str(self.ctx.paths.documents_dir / f"personal-data-{row.id}.json"),
            self.tr("JSON (*.json)"),
        )  # fmt: skip
        if path:
            self.write_personal_data(row.id, Path(path))

    def write_personal_data(self, participant_id: int, path: Path) -> None:
        """Everything Ponte holds about the participant, as JSON (GDPR Art. 20)."""
        store = self.ctx.store
        if store is None:
            return
        self.ctx.runner.run(
            lambda: write_personal_data(path, personal_data(store, participant_id)),
            on_done=lambda written: self.say(
                self.tr("Wrote the personal data to {path}.").format(path=written)
            ),
            on_error=self._personal_failed,
        )

    def ask_erase(self) -> None:
        row = self.current_row()
        if not isinstance(row, ParticipantRow):
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Erase this person"),
            self.tr(
                "Erase {name} from the mission and from the published versions, so that "
                "nothing of them remains (GDPR Art. 17)? Unlike Delete, this cannot be undone."
            ).format(name=row.latin_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.erase(row.id)

    def erase(self, participant_id: int) -> None:
        store, paths = self.ctx.store, self.ctx.paths
        if store is None:
            return
        self.ctx.undo.clear()  # an undo must not bring an erased person back
        self.ctx.runner.run(
            lambda: erase_participant(store, participant_id, paths=paths),
            on_done=self._erased,
            on_error=self._personal_failed,
        )

    def _erased(self, erased: Erased) -> None:
        self.say(erased_text(erased, self.ctx.paths.backups_dir), error=not erased.cleanup.done)
        self.ctx.bus.announce(erased.changes, self)
        self.loader.reload()
        follow_up(self.ctx, erased, self.window())

    def _personal_failed(self, exc: BaseException) -> None:
        self.say(self.tr("Could not do it: {reason}").format(reason=user_message(exc)), error=True)
