"""Participants of a mission: list, read for editing, create, update, delete and restore."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.core.participant_record import CHANGED, RECORD_KIND, ParticipantData
from app.core.records import (
    create_record,
    delete_record,
    load_record,
    restore_record,
    update_record,
)
from app.core.row_snapshots import (
    Created,
    Deleted,
    Snapshot,
    Updated,
)
from app.model import (
    BadgeCategory,
    Organisation,
    Participant,
    Side,
)
from app.store import Store


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the participants table."""

    id: int
    latin_name: str  # in the person's own order
    family_name: str
    given_name: str
    kanji_name: str | None
    kana_name: str | None
    organisation_id: int | None
    organisation_name: str | None
    organisation_name_ja: str | None
    delegation_name: str | None
    side: Side | None
    title: str
    languages: tuple[str, ...]
    badge_category: BadgeCategory
    email: str | None
    consent: bool


@dataclass(frozen=True)
class OrganisationChoice:
    """An organisation offered in the participant form."""

    id: int
    name: str
    name_ja: str | None
    side: Side | None


def list_participants(store: Store, mission_id: int) -> list[ParticipantRow]:
    """The mission's participants, by family name."""
    with store.session() as s:
        people = s.scalars(
            select(Participant)
            .where(Participant.mission_id == mission_id)
            .options(
                selectinload(Participant.language_links),
                selectinload(Participant.delegation),
                selectinload(Participant.organisation).selectinload(Organisation.delegation),
            )
            .order_by(Participant.family_name, Participant.given_name, Participant.id)
        )
        return [_row_of(p) for p in people]


def list_organisation_choices(store: Store, mission_id: int) -> list[OrganisationChoice]:
    """The mission's organisations, by name, for the participant form."""
    with store.session() as s:
        orgs = s.scalars(
            select(Organisation)
            .where(Organisation.mission_id == mission_id)
            .options(selectinload(Organisation.delegation))
            .order_by(Organisation.name)
        )
        return [OrganisationChoice(o.id, o.name, o.name_ja, o.side) for o in orgs]


def get_participant(store: Store, participant_id: int) -> ParticipantData:
    """The participant's values, for an edit form."""
    with store.session() as s:
        return RECORD_KIND.data_of(RECORD_KIND.load(s, participant_id))


def load_participant(store: Store, participant_id: int) -> Loaded[ParticipantData]:
    """The participant's values and version, read together: the base an edit form saves against."""
    return load_record(store, RECORD_KIND, participant_id)


def create_participant(store: Store, mission_id: int, data: ParticipantData) -> Created:
    """Add a participant to the mission."""
    return create_record(store, RECORD_KIND, mission_id, data)


def update_participant(
    store: Store,
    participant_id: int,
    data: ParticipantData,
    *,
    base: Loaded[ParticipantData],
    undoing: bool = False,
) -> Updated[ParticipantData]:
    """Write new values over those loaded as ``base``; the result holds the old ones (writing
    them back undoes this). Someone else's change since ``base`` refuses it with
    :class:`~app.core.conflicts.StaleRecord`."""
    return update_record(store, RECORD_KIND, participant_id, data, base=base, undoing=undoing)


def delete_participant(store: Store, participant_id: int) -> Deleted:
    """Delete the participant (and their languages, availability and meeting seats)."""
    return delete_record(store, Participant.__table__, participant_id, CHANGED)  # type: ignore[arg-type]


def restore_participant(store: Store, snapshot: Snapshot) -> Changes:
    """Put a deleted participant back with everything that went with them (same ids)."""
    return restore_record(store, snapshot, CHANGED)


# --- inside a session ------------------------------------------------------------------------


def _row_of(p: Participant) -> ParticipantRow:
    org = p.organisation
    delegation = p.delegation or (org.delegation if org else None)
    return ParticipantRow(
        id=p.id,
        latin_name=p.latin_name(),
        family_name=p.family_name,
        given_name=p.given_name,
        kanji_name=p.kanji_name(),
        kana_name=p.kana_name(),
        organisation_id=p.organisation_id,
        organisation_name=org.name if org else None,
        organisation_name_ja=org.name_ja if org else None,
        delegation_name=delegation.name if delegation else None,
        side=p.side,
        title=p.title,
        languages=tuple(p.languages),
        badge_category=p.badge_category,
        email=p.email,
        consent=p.consent,
    )
