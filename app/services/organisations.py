"""Organisations of a mission: list, read for editing, create, update, delete and restore."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.core.organisation_record import CHANGED, RECORD_KIND, OrganisationData
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
from app.model import Delegation, MeetingRequest, Organisation, Participant, Sector, Side
from app.store import Store


@dataclass(frozen=True)
class OrganisationRow:
    """One line of the organisations table."""

    id: int
    name: str
    name_ja: str | None
    name_kana: str | None
    delegation_id: int | None
    delegation_name: str | None
    side: Side | None
    sectors: tuple[Sector, ...]
    city: str
    participant_count: int
    request_count: int


@dataclass(frozen=True)
class DelegationChoice:
    """A delegation offered in a form."""

    id: int
    name: str
    name_ja: str | None
    side: Side


def list_organisations(store: Store, mission_id: int) -> list[OrganisationRow]:
    """The mission's organisations, by name."""
    with store.session() as s:
        counted = s.execute(
            select(Participant.organisation_id, func.count())
            .where(Participant.mission_id == mission_id)
            .group_by(Participant.organisation_id)
        )
        people: dict[int | None, int] = {org_id: n for org_id, n in counted}
        requests: dict[int, int] = {}
        pairs = s.execute(
            select(MeetingRequest.requester_id, MeetingRequest.requested_id).where(
                MeetingRequest.mission_id == mission_id
            )
        )
        for requester, requested in pairs:
            requests[requester] = requests.get(requester, 0) + 1
            requests[requested] = requests.get(requested, 0) + 1
        orgs = s.scalars(
            select(Organisation)
            .where(Organisation.mission_id == mission_id)
            .options(selectinload(Organisation.delegation), selectinload(Organisation.sector_links))
            .order_by(Organisation.name, Organisation.id)
        )
        return [
            OrganisationRow(
                id=o.id,
                name=o.name,
                name_ja=o.name_ja,
                name_kana=o.name_kana,
                delegation_id=o.delegation_id,
                delegation_name=o.delegation.name if o.delegation else None,
                side=o.side,
                sectors=tuple(o.sectors),
                city=o.city,
                participant_count=people.get(o.id, 0),
                request_count=requests.get(o.id, 0),
            )
            for o in orgs
        ]


def list_delegation_choices(store: Store, mission_id: int) -> list[DelegationChoice]:
    """The mission's delegations, Turin side first."""
    with store.session() as s:
        rows = s.scalars(
            select(Delegation).where(Delegation.mission_id == mission_id).order_by(Delegation.name)
        ).all()
        choices = [DelegationChoice(d.id, d.name, d.name_ja, d.side) for d in rows]
    return sorted(choices, key=lambda c: (c.side is not Side.TURIN, c.name.casefold()))


def get_organisation(store: Store, organisation_id: int) -> OrganisationData:
    """The organisation's values, for an edit form."""
    with store.session() as s:
        return RECORD_KIND.data_of(RECORD_KIND.load(s, organisation_id))


def load_organisation(store: Store, organisation_id: int) -> Loaded[OrganisationData]:
    """The organisation's values and version, read together: the base an edit form saves against."""
    return load_record(store, RECORD_KIND, organisation_id)


def create_organisation(store: Store, mission_id: int, data: OrganisationData) -> Created:
    """Add an organisation to the mission."""
    return create_record(store, RECORD_KIND, mission_id, data)


def update_organisation(
    store: Store,
    organisation_id: int,
    data: OrganisationData,
    *,
    base: Loaded[OrganisationData],
    undoing: bool = False,
) -> Updated[OrganisationData]:
    """Write new values over those loaded as ``base``; the result holds the old ones (writing
    them back undoes this). Someone else's change since ``base`` refuses it with
    :class:`~app.core.conflicts.StaleRecord`."""
    return update_record(store, RECORD_KIND, organisation_id, data, base=base, undoing=undoing)


def delete_organisation(store: Store, organisation_id: int) -> Deleted:
    """Delete the organisation with its participants, meeting requests and meetings."""
    return delete_record(store, Organisation.__table__, organisation_id, CHANGED)  # type: ignore[arg-type]


def restore_organisation(store: Store, snapshot: Snapshot) -> Changes:
    """Put a deleted organisation back with everything that went with it (same ids)."""
    return restore_record(store, snapshot, CHANGED)
