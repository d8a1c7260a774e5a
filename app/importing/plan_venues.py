"""Venues from a spreadsheet: each row matched by its Latin-script name to the venue it
updates, or a new one; the zone, when given, must be an IANA name (else the mission's)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy import select

from app.common.timezones import check_zone_name
from app.core.text import trimmed
from app.importing import messages as import_msg
from app.importing import messages_setup as msg
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.rows import Row, RowPlan, outcome, rows_of
from app.importing.table import Table
from app.model import Mission, Venue
from app.store import Store

NAME_MAX = 200
CITY_MAX = 100


@dataclass(frozen=True)
class VenueData:
    """A venue as the import writes it."""

    name: str
    timezone: str
    name_it: str | None = None
    name_ja: str | None = None
    address: str = ""
    address_ja: str | None = None
    city: str = ""


def apply_venue(record: Venue, data: VenueData) -> None:
    record.name = data.name
    record.name_it = data.name_it
    record.name_ja = data.name_ja
    record.address = data.address
    record.address_ja = data.address_ja
    record.city = data.city
    record.timezone = data.timezone


def name_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


def checked_text(row: Row, key: str, limit: int, *, required: bool = False) -> str | None:
    """The cell's text (NFC), or None, with an issue when it is longer than ``limit`` or
    empty and ``required``."""
    value = trimmed(row.text(key))
    if not value:
        if required:
            row.issue(key, import_msg.REQUIRED(label=row.label(key)))
        return None
    if len(value) > limit:
        row.issue(key, import_msg.TOO_LONG(label=row.label(key), limit=limit))
        return None
    return value


T = TypeVar("T")


def matched_by_name(
    row: Row, number: int, saved: Mapping[str, tuple[int, T]], seen: dict[str, int]
) -> tuple[str | None, int | None, T | None]:
    """The row's name (required), and the saved record of that name it updates (id and data;
    None, None for a new one); a name two rows give is an issue of the second. ``seen``
    remembers the rows' names across calls."""
    name = checked_text(row, "name", NAME_MAX, required=True)
    if name is None:
        return None, None, None
    key = name_key(name)
    if key in seen:
        row.issue("name", msg.SAME_NAME_AS_ROW(label=row.label("name"), name=name, row=seen[key]))
    seen.setdefault(key, number)
    target, old = saved.get(key, (None, None))
    return name, target, old


def plan_venues(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    with store.session() as s:
        mission = s.get(Mission, mission_id)
        default_zone = mission.timezone if mission is not None else "UTC"
        saved = {
            name_key(v.name): (
                v.id,
                VenueData(v.name, v.timezone, v.name_it, v.name_ja, v.address, v.address_ja,
                          v.city),
            )
            for v in s.scalars(select(Venue).where(Venue.mission_id == mission_id))
        }  # fmt: skip
    seen: dict[str, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.VENUES, table, mapping, cancelled):
        name, target, old = matched_by_name(row, number, saved, seen)
        new: VenueData | None = None
        zone = row.text("timezone")
        if zone is not None:
            try:
                check_zone_name(zone.strip())
                zone = zone.strip()
            except ValueError:
                row.issue("timezone", msg.NOT_A_ZONE(label=row.label("timezone"), zone=zone))
        if name is not None:
            base = old or VenueData(name=name, timezone=default_zone)
            updates = {
                "name_it": checked_text(row, "name_it", NAME_MAX),
                "name_ja": checked_text(row, "name_ja", NAME_MAX),
                "address": checked_text(row, "address", 2000),
                "address_ja": checked_text(row, "address_ja", 2000),
                "city": checked_text(row, "city", CITY_MAX),
                "timezone": zone,
            }
            # a row matched by name keeps the saved spelling ("lingotto" finds "Lingotto")
            new = replace(
                base, name=base.name, **{k: v for k, v in updates.items() if v is not None}
            )
        label = name or row.text("name_ja") or f"row {number}"
        plans.append(outcome(row, number, label, target, old, new))
    return plans
