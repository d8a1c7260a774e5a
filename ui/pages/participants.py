"""The participants page: the people of the open mission."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import organisations as organisation_service
from app.services import participants as service
from app.services.changes import Changes
from app.services.organisations import DelegationChoice
from app.services.participants import OrganisationChoice, ParticipantData, ParticipantRow
from app.store import Store
from ui.forms.editor import EditorTexts
from ui.forms.participant import ParticipantForm
from ui.models.participants import COL_NAME, ParticipantTableModel
from ui.pages.records import RecordPage
from ui.undo import RecordOps


@dataclass(frozen=True)
class _Loaded:
    rows: list[ParticipantRow]
    organisations: list[OrganisationChoice]
    delegations: list[DelegationChoice]


class ParticipantsPage(RecordPage):
    """People with Latin and kanji names, organisation and side; edit one beside the table."""

    page_id = "participants"
    export_what = "participants"
    ops = RecordOps(
        get=service.get_participant,
        create=service.create_participant,
        update=service.update_participant,
        delete=service.delete_participant,
        restore=service.restore_participant,
    )
    sort_column = COL_NAME

    def title(self) -> str:
        return self.tr("Participants")

    def create_model(self) -> ParticipantTableModel:
        return ParticipantTableModel()

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
            service.list_participants(store, mission_id),
            service.list_organisation_choices(store, mission_id),
            organisation_service.list_delegation_choices(store, mission_id),
        )

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
