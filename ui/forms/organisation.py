"""The organisation edit form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.model.enums import Sector
from app.services.organisations import DelegationChoice, OrganisationData
from ui.forms.fields import CheckList, IdCombo, RecordForm, optional_text
from ui.models.labels import sector_label, side_label


class OrganisationForm(RecordForm[OrganisationData]):
    """Names in Latin script and Japanese, delegation, sectors, profile, meeting limits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name_ja = QLineEdit(self)
        self.name_kana = QLineEdit(self)
        self.delegation = IdCombo(self)
        self.sectors = CheckList(Sector, self)
        self.city = QLineEdit(self)
        self.website = QLineEdit(self)
        self.profile = QPlainTextEdit(self)
        self.profile_ja = QPlainTextEdit(self)
        self.max_meetings = QSpinBox(self)
        self.parallel_meetings = QSpinBox(self)

        self.name_ja.setPlaceholderText(self.tr("e.g. トヨタ自動車"))
        self.name_kana.setPlaceholderText(self.tr("e.g. トヨタジドウシャ"))
        self.website.setPlaceholderText("https://")
        self.sectors.set_items([(s, sector_label(s)) for s in Sector])
        rows = (len(Sector) + 1) // 2  # two columns of check boxes, all visible
        self.sectors.setFixedHeight((self.fontMetrics().height() + 6) * rows + 8)
        for text_box in (self.profile, self.profile_ja):
            text_box.setTabChangesFocus(True)
            text_box.setMaximumHeight(self.fontMetrics().height() * 6)
        # 0 shows as "No limit" and means None.
        self.max_meetings.setRange(0, 99)
        self.max_meetings.setSpecialValueText(self.tr("No limit"))
        self.parallel_meetings.setRange(1, 20)

        self.add_field("name", self.tr("Name (Latin script)"), self.name)
        self.add_field("name_ja", self.tr("Name in Japanese"), self.name_ja)
        self.add_field("name_kana", self.tr("Reading (kana)"), self.name_kana)
        self.add_field("delegation_id", self.tr("Delegation"), self.delegation)
        self.add_field("sectors", self.tr("Sectors"), self.sectors)
        self.add_field("city", self.tr("City"), self.city)
        self.add_field("website", self.tr("Website"), self.website)
        self.add_field("profile", self.tr("Profile"), self.profile)
        self.add_field("profile_ja", self.tr("Profile in Japanese"), self.profile_ja)
        self.add_field("max_meetings", self.tr("Most meetings"), self.max_meetings)
        self.add_field("parallel_meetings", self.tr("Meetings at once"), self.parallel_meetings)
        self.set_delegations([])

    def set_delegations(self, choices: Sequence[DelegationChoice]) -> None:
        items: list[tuple[int | None, str]] = [(None, self.tr("(none)"))]
        for c in choices:
            name = f"{c.name} / {c.name_ja}" if c.name_ja else c.name
            items.append((c.id, f"{name} — {side_label(c.side)}"))
        self.delegation.set_choices(items)

    def load(self, data: OrganisationData) -> None:
        with self.loading():
            self.clear_errors()
            self.name.setText(data.name)
            self.name_ja.setText(data.name_ja or "")
            self.name_kana.setText(data.name_kana or "")
            self.delegation.set_current_id(data.delegation_id)
            self.sectors.set_checked(data.sectors)
            self.city.setText(data.city)
            self.website.setText(data.website or "")
            self.profile.setPlainText(data.profile)
            self.profile_ja.setPlainText(data.profile_ja or "")
            self.max_meetings.setValue(data.max_meetings or 0)
            self.parallel_meetings.setValue(data.parallel_meetings)

    def value(self) -> OrganisationData:
        return OrganisationData(
            name=self.name.text(),
            name_ja=optional_text(self.name_ja),
            name_kana=optional_text(self.name_kana),
            delegation_id=self.delegation.current_id(),
            sectors=tuple(self.sectors.checked()),
            city=self.city.text(),
            website=optional_text(self.website),
            profile=self.profile.toPlainText(),
            profile_ja=optional_text(self.profile_ja),
            max_meetings=self.max_meetings.value() or None,
            parallel_meetings=self.parallel_meetings.value(),
        )
