"""Organisations from a spreadsheet: each row matched by name (Latin or Japanese) to the
organisation it updates, or a new one, checked as the form checks an organisation."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core.organisation_record import RECORD_KIND as ORGANISATION_KIND
from app.core.organisation_record import OrganisationData, clean_organisation
from app.core.validation import Collector
from app.importing import messages as msg
from app.importing import values
from app.importing.duplicates import organisation_key
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.rows import RowPlan, organisation_index, outcome, rows_of
from app.importing.table import Table
from app.model import Delegation, Organisation, Side
from app.store import Store

_ORGANISATION_LABELS = {
    "name": "Name",
    "name_ja": "Name (Japanese)",
    "name_kana": "Name (kana)",
    "city": "City",
    "website": "Website",
    "sectors": "Sectors",
    "max_meetings": "Most meetings",
    "parallel_meetings": "Parallel meetings",
}


def plan_organisations(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    index, _ = organisation_index(store, mission_id)
    with store.session() as s:
        orgs = s.scalars(
            select(Organisation)
            .where(Organisation.mission_id == mission_id)
            .options(selectinload(Organisation.sector_links))
        ).all()
        existing = {o.id: ORGANISATION_KIND.data_of(o) for o in orgs}
        delegations: dict[Side, int] = {}
        for d in s.scalars(
            select(Delegation).where(Delegation.mission_id == mission_id).order_by(Delegation.id)
        ):
            delegations.setdefault(d.side, d.id)
    seen: dict[str, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.ORGANISATIONS, table, mapping, cancelled):
        name, name_ja = row.text("name"), row.text("name_ja")
        keys = [organisation_key(n) for n in (name, name_ja) if n]
        found = next((index[k] for k in keys if k in index), None)
        target = found.id if found else None
        for k in keys:
            if k in seen:
                named = row.label("name", "Name")
                row.issue("name", msg.SAME_ORGANISATION_AS_ROW(label=named, row=seen[k]))
                break
        for k in keys:
            seen.setdefault(k, number)
        side = row.parse("side", values.side)
        delegation_id = None
        if side is not None:
            delegation_id = delegations.get(side)
            if delegation_id is None:
                city = msg.TURIN() if side is Side.TURIN else msg.NAGOYA()
                named = row.label("side", "Delegation")
                row.issue("side", msg.NO_DELEGATION(label=named, city=city))
        old = existing.get(target) if target is not None else None
        base = old or OrganisationData(name="")
        updates: dict[str, Any] = {
            "name": name,
            "name_ja": name_ja,
            "name_kana": row.text("name_kana"),
            "delegation_id": delegation_id,
            "city": row.text("city"),
            "website": row.text("website"),
            "profile": row.text("profile"),
            "profile_ja": row.text("profile_ja"),
            "max_meetings": row.parse("max_meetings", values.positive_int),
        }
        if row.mapped("sectors"):
            updates["sectors"] = row.parse("sectors", values.sectors) or None
        merged = dataclasses.replace(base, **{k: v for k, v in updates.items() if v is not None})
        errors = Collector()
        clean = clean_organisation(errors, merged)
        row.add_errors(errors, _ORGANISATION_LABELS)
        label = name or name_ja or f"row {number}"
        plans.append(outcome(row, number, label, target, old, clean))
    return plans
