"""A participant's record: the values a coordinator edits, how they are checked (the form and
the importer share these checks) and how they are read from and written to the database."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core import messages as msg
from app.core.changes import Changes
from app.core.errors import gone
from app.core.records import RecordKind
from app.core.validation import (
    Collector,
    Problem,
    clean_choice,
    clean_email,
    clean_languages,
    clean_phone,
    optional_kana,
    optional_latin,
    optional_text,
    required_latin,
)
from app.model import (
    BadgeCategory,
    Delegation,
    DocumentLanguage,
    NameOrder,
    Organisation,
    Participant,
)

CHANGED = Changes(participants=True, organisations=True)  # organisations count their people


@dataclass(frozen=True)
class ParticipantData:
    """The editable values of a participant.

    ``consent_at`` is not typed by anyone: it is set when consent is first given and kept with
    the record so that an undo puts back the original time.
    """

    family_name: str
    given_name: str = ""
    family_name_kanji: str | None = None
    given_name_kanji: str | None = None
    family_name_kana: str | None = None
    given_name_kana: str | None = None
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    title: str = ""
    title_ja: str | None = None
    organisation_id: int | None = None
    delegation_id: int | None = None
    languages: tuple[str, ...] = ()
    document_language: DocumentLanguage = DocumentLanguage.EN
    badge_category: BadgeCategory = BadgeCategory.DELEGATE
    email: str | None = None
    phone: str | None = None
    consent: bool = False
    consent_at: datetime | None = None


def _load(s: Session, participant_id: int) -> Participant:
    person = s.get(Participant, participant_id, options=[selectinload(Participant.language_links)])
    if person is None:
        raise gone(msg.PARTICIPANT, participant_id)
    return person


def _data_of(p: Participant) -> ParticipantData:
    return ParticipantData(
        family_name=p.family_name,
        given_name=p.given_name,
        family_name_kanji=p.family_name_kanji,
        given_name_kanji=p.given_name_kanji,
        family_name_kana=p.family_name_kana,
        given_name_kana=p.given_name_kana,
        name_order=p.name_order,
        title=p.title,
        title_ja=p.title_ja,
        organisation_id=p.organisation_id,
        delegation_id=p.delegation_id,
        languages=tuple(p.languages),
        document_language=p.document_language,
        badge_category=p.badge_category,
        email=p.email,
        phone=p.phone,
        consent=p.consent,
        consent_at=p.consent_at,
    )


def participant_columns(data: ParticipantData) -> dict[str, object]:
    """The participant table's columns for ``data`` (its languages are rows of their own)."""
    return {
        f.name: getattr(data, f.name)
        for f in dataclasses.fields(ParticipantData)
        if f.name != "languages"
    }


def _apply(p: Participant, data: ParticipantData) -> None:
    for name, value in participant_columns(data).items():
        setattr(p, name, value)
    if tuple(p.languages) != data.languages:
        p.languages = list(data.languages)


def _validate(
    s: Session, mission_id: int, data: ParticipantData, participant_id: int | None
) -> ParticipantData:
    """Cleaned values, or a ValidationError naming every field that is wrong."""
    errors = Collector()
    clean = clean_participant(errors, data)
    email = clean.email if not errors.has("email") else None
    if email and email_taken(s, mission_id, email, participant_id):
        errors.add("email", Problem.EMAIL_TAKEN)
    for field_name, owner_id in (
        ("organisation_id", _mission_of(s, Organisation, data.organisation_id)),
        ("delegation_id", _mission_of(s, Delegation, data.delegation_id)),
    ):
        if owner_id is not None and owner_id != mission_id:
            errors.add(field_name, Problem.NOT_IN_MISSION)
    errors.raise_if_any()
    return clean


def clean_participant(errors: Collector, data: ParticipantData) -> ParticipantData:
    """The values cleaned, each problem added to ``errors``: every check that needs no
    database (the form and the importer share it; they check e-mails and references)."""
    consent_at = (data.consent_at or datetime.now(UTC)) if data.consent else None
    return ParticipantData(
        family_name=required_latin(errors, "family_name", data.family_name, 100),
        given_name=optional_latin(errors, "given_name", data.given_name, 100),
        family_name_kanji=optional_text(errors, "family_name_kanji", data.family_name_kanji, 100),
        given_name_kanji=optional_text(errors, "given_name_kanji", data.given_name_kanji, 100),
        family_name_kana=optional_kana(errors, "family_name_kana", data.family_name_kana, 100),
        given_name_kana=optional_kana(errors, "given_name_kana", data.given_name_kana, 100),
        name_order=clean_choice(
            errors, "name_order", NameOrder, data.name_order, NameOrder.GIVEN_FIRST
        ),
        title=optional_text(errors, "title", data.title, 200) or "",
        title_ja=optional_text(errors, "title_ja", data.title_ja, 200),
        organisation_id=data.organisation_id,
        delegation_id=data.delegation_id,
        languages=clean_languages(errors, "languages", data.languages),
        document_language=clean_choice(
            errors,
            "document_language",
            DocumentLanguage,
            data.document_language,
            DocumentLanguage.EN,
        ),
        badge_category=clean_choice(
            errors, "badge_category", BadgeCategory, data.badge_category, BadgeCategory.DELEGATE
        ),
        email=clean_email(errors, "email", data.email),
        phone=clean_phone(errors, "phone", data.phone),
        consent=bool(data.consent),
        consent_at=consent_at,
    )


def _mission_of(
    s: Session, model: type[Organisation] | type[Delegation], record_id: int | None
) -> int | None:
    """The mission of the referenced record; -1 when it does not exist."""
    if record_id is None:
        return None
    owner = s.scalar(select(model.mission_id).where(model.id == record_id))
    return -1 if owner is None else owner


def email_taken(s: Session, mission_id: int, email: str, participant_id: int | None) -> bool:
    """Whether another participant of the mission has this e-mail address, whatever its case."""
    wanted = email.casefold()
    query = select(Participant.id, Participant.email).where(
        Participant.mission_id == mission_id, Participant.email.is_not(None)
    )
    # Compared in Python: SQLite's lower() folds ASCII only.
    return any(
        (e or "").casefold() == wanted for pid, e in s.execute(query) if pid != participant_id
    )


RECORD_KIND: RecordKind[ParticipantData] = RecordKind(
    make=lambda mission_id: Participant(mission_id=mission_id),
    load=_load,
    data_of=_data_of,
    validate=_validate,
    apply=_apply,
    changed=CHANGED,
)
