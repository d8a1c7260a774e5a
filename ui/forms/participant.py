"""The participant edit form."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from app.core.participant_defaults import PersonDefaults, person_defaults
from app.model.enums import BadgeCategory, DocumentLanguage, NameOrder
from app.services.organisations import DelegationChoice
from app.services.participants import OrganisationChoice, ParticipantData
from ui.forms.fields import EnumCombo, IdCombo, RecordForm, SearchIdCombo, optional_text
from ui.models.labels import (
    badge_label,
    document_language_label,
    name_order_label,
    side_label,
)

_LANGUAGE_SEPARATORS = re.compile(r"[\s,;、，/]+")


def split_languages(text: str) -> tuple[str, ...]:
    """ "ja, en" (or "ja en", "ja、en") as codes in the typed order."""
    return tuple(code for code in _LANGUAGE_SEPARATORS.split(text) if code)


class ParticipantForm(RecordForm[ParticipantData]):
    """Who the person is (Latin, kanji and kana names), where they belong, how to reach them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = SearchIdCombo(self)
        self.delegation = IdCombo(self)
        self.given_name = QLineEdit(self)
        self.family_name = QLineEdit(self)
        self.family_name_kanji = QLineEdit(self)
        self.given_name_kanji = QLineEdit(self)
        self.family_name_kana = QLineEdit(self)
        self.given_name_kana = QLineEdit(self)
        self.name_order = EnumCombo(NameOrder, self)
        self.title_field = QLineEdit(self)
        self.title_ja_field = QLineEdit(self)
        self.title_ja_field.setPlaceholderText(self.tr("e.g. 代表取締役社長"))
        self.languages = QLineEdit(self)
        self.document_language = EnumCombo(DocumentLanguage, self)
        self.badge_category = EnumCombo(BadgeCategory, self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.consent = QCheckBox(self.tr("Agreed to the use of their data"), self)
        self.consent_note = QLabel(self)
        self.consent_note.setObjectName("consentNote")
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet("color: palette(placeholder-text);")
        self.consent_note.setText(
            self.tr(
                "Without consent, their e-mail address and phone number are kept out of "
                "printed documents (no contact QR code on the badge). Their agenda is still "
                "e-mailed to the address above."
            )
        )
        self._consent_at: datetime | None = None
        # Name order and document language follow the names and languages until the
        # coordinator chooses one of them (app.core.participant_defaults holds the rule).
        self._follow_order = True
        self._follow_language = True

        self.name_order.set_items([(o, name_order_label(o)) for o in NameOrder])
        self.document_language.set_items(
            [(d, document_language_label(d)) for d in DocumentLanguage]
        )
        self.badge_category.set_items([(b, badge_label(b)) for b in BadgeCategory])
        self.languages.setPlaceholderText(self.tr("e.g. ja, en (most fluent first)"))
        self.email.setPlaceholderText("name@example.com")

        self.add_field("organisation_id", self.tr("Organisation"), self.organisation)
        self.add_field("delegation_id", self.tr("Delegation"), self.delegation)
        # Latin names in Western order; Japanese names family first, as Japanese writes them.
        self.add_pair(
            self.tr("Name (Latin script)"),
            ("given_name", self.given_name, self.tr("Given name")),
            ("family_name", self.family_name, self.tr("Family name")),
        )
        self.add_pair(
            self.tr("Name in kanji"),
            ("family_name_kanji", self.family_name_kanji, self.tr("Family name")),
            ("given_name_kanji", self.given_name_kanji, self.tr("Given name")),
        )
        self.add_pair(
            self.tr("Reading (kana)"),
            ("family_name_kana", self.family_name_kana, self.tr("Family name")),
            ("given_name_kana", self.given_name_kana, self.tr("Given name")),
        )
        self.add_field("name_order", self.tr("Name order"), self.name_order)
        self.add_field("title", self.tr("Title"), self.title_field)
        self.add_field("title_ja", self.tr("Title in Japanese"), self.title_ja_field)
        self.add_field("languages", self.tr("Languages spoken"), self.languages)
        self.add_field("document_language", self.tr("Documents in"), self.document_language)
        self.add_field("badge_category", self.tr("Badge"), self.badge_category)
        self.add_field("email", self.tr("E-mail"), self.email)
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.add_field("consent", self.tr("Consent"), self.consent)
        self.form.addRow("", self.consent_note)
        self.set_choices([], [])

        for name_field in self._name_fields():
            name_field.textChanged.connect(self._follow_person)
        self.languages.textChanged.connect(self._follow_person)
        # activated: only the coordinator's own choice (not a programmatic change)
        self.name_order.activated.connect(self._stop_following_order)
        self.document_language.activated.connect(self._stop_following_language)
        self.consent.toggled.connect(self._show_consent_note)
        self._show_consent_note()

    def set_choices(
        self, organisations: Sequence[OrganisationChoice], delegations: Sequence[DelegationChoice]
    ) -> None:
        orgs: list[tuple[int | None, str]] = [(None, self.tr("(none)"))]
        for o in organisations:
            name = f"{o.name} / {o.name_ja}" if o.name_ja else o.name
            orgs.append((o.id, f"{name} — {side_label(o.side)}" if o.side else name))
        self.organisation.set_choices(orgs)
        dels: list[tuple[int | None, str]] = [(None, self.tr("(that of the organisation)"))]
        for d in delegations:
            name = f"{d.name} / {d.name_ja}" if d.name_ja else d.name
            dels.append((d.id, f"{name} — {side_label(d.side)}"))
        self.delegation.set_choices(dels)

    def load(self, data: ParticipantData) -> None:
        with self.loading():
            self.clear_errors()
            self.organisation.set_current_id(data.organisation_id)
            self.delegation.set_current_id(data.delegation_id)
            self.given_name.setText(data.given_name)
            self.family_name.setText(data.family_name)
            self.family_name_kanji.setText(data.family_name_kanji or "")
            self.given_name_kanji.setText(data.given_name_kanji or "")
            self.family_name_kana.setText(data.family_name_kana or "")
            self.given_name_kana.setText(data.given_name_kana or "")
            self.name_order.set_value(data.name_order)
            self.title_field.setText(data.title)
            self.title_ja_field.setText(data.title_ja or "")
            self.languages.setText(", ".join(data.languages))
            self.document_language.set_value(data.document_language)
            self.badge_category.set_value(data.badge_category)
            self.email.setText(data.email or "")
            self.phone.setText(data.phone or "")
            self.consent.setChecked(data.consent)
            self._consent_at = data.consent_at
            self._show_consent_time()
            self._show_consent_note()
        # A record whose order and language are what the rule gives still follows it (a new
        # one always does); one where the coordinator chose otherwise keeps that choice.
        defaults = self._defaults()
        self._follow_order = data.name_order is defaults.name_order
        self._follow_language = data.document_language is defaults.document_language

    def value(self) -> ParticipantData:
        return ParticipantData(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            family_name_kanji=optional_text(self.family_name_kanji),
            given_name_kanji=optional_text(self.given_name_kanji),
            family_name_kana=optional_text(self.family_name_kana),
            given_name_kana=optional_text(self.given_name_kana),
            name_order=self.name_order.value(),
            title=self.title_field.text(),
            title_ja=optional_text(self.title_ja_field),
            organisation_id=self.organisation.current_id(),
            delegation_id=self.delegation.current_id(),
            languages=split_languages(self.languages.text()),
            document_language=self.document_language.value(),
            badge_category=self.badge_category.value(),
            email=optional_text(self.email),
            phone=optional_text(self.phone),
            consent=self.consent.isChecked(),
            consent_at=self._consent_at if self.consent.isChecked() else None,
        )

    # --- defaults that follow the person ------------------------------------------------------

    def _name_fields(self) -> tuple[QLineEdit, ...]:
        return (
            self.given_name,
            self.family_name,
            self.family_name_kanji,
            self.given_name_kanji,
            self.family_name_kana,
            self.given_name_kana,
        )

    def _defaults(self) -> PersonDefaults:
        return person_defaults(
            (field.text() for field in self._name_fields()),
            split_languages(self.languages.text()),
        )

    def follows_person(self) -> tuple[bool, bool]:
        """Whether name order and document language still follow the names and languages."""
        return self._follow_order, self._follow_language

    def _follow_person(self) -> None:
        if self._loading:
            return
        defaults = self._defaults()
        if self._follow_order:
            self.name_order.set_value(defaults.name_order)
        if self._follow_language:
            self.document_language.set_value(defaults.document_language)

    def _stop_following_order(self) -> None:
        self._follow_order = False

    def _stop_following_language(self) -> None:
        self._follow_language = False

    def _show_consent_note(self) -> None:
        self.consent_note.setVisible(not self.consent.isChecked())

    def _show_consent_time(self) -> None:
        if self._consent_at is None:
            self.consent.setToolTip("")
            return
        when = self._consent_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.consent.setToolTip(self.tr("Given on {when}").format(when=when))
