"""The organisations page: companies and institutions of the open mission."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.changes import Changes
from app.model.enums import Side
from app.services import organisations as service
from app.services.database import Store
from app.services.organisations import DelegationChoice, OrganisationData, OrganisationRow
from app.services.record_lists import organisation_rows
from ui.forms.editor import EditorTexts
from ui.forms.organisation import OrganisationForm
from ui.i18n import current_language
from ui.models.organisations import COL_NAME, OrganisationTableModel
from ui.pages.records import RecordPage
from ui.undo import RecordOps


@dataclass(frozen=True)
class _Loaded:
    rows: list[OrganisationRow]
    delegations: list[DelegationChoice]


class OrganisationsPage(RecordPage[OrganisationRow, OrganisationData, _Loaded]):
    """Organisations with their Japanese names and side; edit one beside the table."""

    page_id = "organisations"
    export_what = "organisations"
    ops = RecordOps(
        get=service.get_organisation,
        load=service.load_organisation,
        create=service.create_organisation,
        update=service.update_organisation,
        delete=service.delete_organisation,
        restore=service.restore_organisation,
    )
    sort_column = COL_NAME

    def title(self) -> str:
        return self.tr("Organisations")

    def create_model(self) -> OrganisationTableModel:
        return OrganisationTableModel(language=current_language())

    def create_form(self) -> OrganisationForm:
        self.organisation_form = OrganisationForm()
        return self.organisation_form

    def editor_texts(self) -> EditorTexts:
        return EditorTexts(
            new_heading=self.tr("New organisation"),
            empty_heading=self.tr("Select an organisation, or add one."),
            add_command=self.tr("Add organisation “{name}”"),
            edit_command=self.tr("Edit organisation “{name}”"),
            discard_question=self.tr("Discard your changes to “{name}”?"),
        )

    @staticmethod
    def fetch(store: Store, mission_id: int) -> _Loaded:
        return _Loaded(
            service.list_organisations(store, mission_id),
            service.list_delegation_choices(store, mission_id),
        )

    @staticmethod
    def fetch_rows(store: Store, mission_id: int, ids: list[int]) -> list[OrganisationRow]:
        return organisation_rows(store, mission_id, ids)

    def is_example(self, row: OrganisationRow) -> bool:
        return bool(row.name_ja) and row.side is Side.NAGOYA

    def record_name(self, data: OrganisationData) -> str:
        return f"{data.name} ({data.name_ja})" if data.name and data.name_ja else data.name

    def apply_loaded(self, result: _Loaded) -> list[OrganisationRow]:
        self.organisation_form.set_delegations(result.delegations)
        return result.rows

    def concerns(self, changes: Changes) -> bool:
        return changes.organisations or changes.missions

    def delete_question(self, row: OrganisationRow) -> str:
        question = self.tr(
            "Delete “{name}” and its %n participant(s)?", "", row.participant_count
        ).format(name=row.name)
        if row.request_count:
            question += "\n" + self.tr(
                "Its %n meeting request(s) and their meetings go too.", "", row.request_count
            )
        return question + "\n" + self.tr("You can undo this.")

    def delete_command_text(self, row: OrganisationRow) -> str:
        return self.tr("Delete organisation “{name}”").format(name=row.name)

    def blank_record(self) -> OrganisationData:
        return OrganisationData(name="")
