"""An organisation's record: the values a coordinator edits, how they are checked (the form
and the importer share these checks) and how they are read from and written to the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core import messages as msg
from app.core.changes import Changes
from app.core.errors import gone
from app.core.records import RecordKind
from app.core.validation import (
    Collector,
    Problem,
    clean_text,
    clean_website,
    optional,
    optional_kana,
    optional_text,
    required_latin,
)
from app.model import Delegation, Organisation, Sector

CHANGED = Changes(organisations=True, participants=True)  # participants show their org's name


@dataclass(frozen=True)
class OrganisationData:
    """The editable values of an organisation."""

    name: str
    name_ja: str | None = None
    name_kana: str | None = None
    delegation_id: int | None = None
    sectors: tuple[Sector, ...] = ()
    city: str = ""
    website: str | None = None
    profile: str = ""
    profile_ja: str | None = None
    max_meetings: int | None = None
    parallel_meetings: int = 1


# --- inside a session ------------------------------------------------------------------------


def _load(s: Session, organisation_id: int) -> Organisation:
    org = s.get(Organisation, organisation_id, options=[selectinload(Organisation.sector_links)])
    if org is None:
        raise gone(msg.ORGANISATION, organisation_id)
    return org


def _data_of(org: Organisation) -> OrganisationData:
    return OrganisationData(
        name=org.name,
        name_ja=org.name_ja,
        name_kana=org.name_kana,
        delegation_id=org.delegation_id,
        sectors=tuple(org.sectors),
        city=org.city,
        website=org.website,
        profile=org.profile,
        profile_ja=org.profile_ja,
        max_meetings=org.max_meetings,
        parallel_meetings=org.parallel_meetings,
    )


def _apply(org: Organisation, data: OrganisationData) -> None:
    org.name = data.name
    org.name_ja = data.name_ja
    org.name_kana = data.name_kana
    org.delegation_id = data.delegation_id
    if tuple(org.sectors) != data.sectors:
        org.sectors = list(data.sectors)
    org.city = data.city
    org.website = data.website
    org.profile = data.profile
    org.profile_ja = data.profile_ja
    org.max_meetings = data.max_meetings
    org.parallel_meetings = data.parallel_meetings


def _validate(
    s: Session, mission_id: int, data: OrganisationData, organisation_id: int | None
) -> OrganisationData:
    """Cleaned values, or a ValidationError naming every field that is wrong."""
    errors = Collector()
    clean = clean_organisation(errors, data)
    if data.delegation_id is not None:
        owner = s.scalar(select(Delegation.mission_id).where(Delegation.id == data.delegation_id))
        if owner != mission_id:
            errors.add("delegation_id", Problem.NOT_IN_MISSION)
    taken = clean.name and not errors.has("name")
    if taken and name_taken(s, mission_id, clean.name, organisation_id):
        errors.add("name", Problem.NAME_TAKEN)
    errors.raise_if_any()
    return clean


def clean_organisation(errors: Collector, data: OrganisationData) -> OrganisationData:
    """The values cleaned, each problem added to ``errors``: every check that needs no
    database (the form and the importer share it; they check names and references)."""
    city = clean_text(data.city)
    if len(city) > 100:
        errors.add("city", Problem.TOO_LONG, limit=100)
    if data.max_meetings is not None and data.max_meetings < 1:
        errors.add("max_meetings", Problem.MAX_MEETINGS)
    if data.parallel_meetings < 1:
        errors.add("parallel_meetings", Problem.PARALLEL_MEETINGS)
    return OrganisationData(
        name=required_latin(errors, "name", data.name, 200),
        name_ja=optional_text(errors, "name_ja", data.name_ja, 200),
        name_kana=optional_kana(errors, "name_kana", data.name_kana, 200),
        delegation_id=data.delegation_id,
        sectors=_clean_sectors(errors, data.sectors),
        city=city,
        website=clean_website(errors, "website", data.website),
        profile=clean_text(data.profile, multiline=True),
        profile_ja=optional(clean_text(data.profile_ja, multiline=True)),
        max_meetings=data.max_meetings,
        parallel_meetings=data.parallel_meetings,
    )


def _clean_sectors(errors: Collector, values: Iterable[object]) -> tuple[Sector, ...]:
    sectors: list[Sector] = []
    for value in values:
        try:
            sector = Sector(str(value))
        except ValueError:
            errors.add("sectors", Problem.SECTOR, value=value)
            continue
        if sector not in sectors:
            sectors.append(sector)
    return tuple(sectors)


def name_taken(s: Session, mission_id: int, name: str, organisation_id: int | None) -> bool:
    """Whether another organisation of the mission has this name, whatever its case."""
    # Compared in Python: SQLite's lower() folds ASCII only, and "ÉCOLE" is "école".
    wanted = name.casefold()
    query = select(Organisation.id, Organisation.name).where(Organisation.mission_id == mission_id)
    return any(n.casefold() == wanted for oid, n in s.execute(query) if oid != organisation_id)


RECORD_KIND: RecordKind[OrganisationData] = RecordKind(
    make=lambda mission_id: Organisation(mission_id=mission_id),
    load=_load,
    data_of=_data_of,
    validate=_validate,
    apply=_apply,
    changed=CHANGED,
)
