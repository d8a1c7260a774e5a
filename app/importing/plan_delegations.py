"""Delegations from a spreadsheet: each row matched by its English name to the delegation it
updates, or a new one, with its side, its head (a participant already imported, by e-mail or
name) and its member organisations (names separated by ";" or new lines)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select

from app.importing import messages as import_msg
from app.importing import values
from app.importing.duplicates import organisation_key
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.normalise import person_key
from app.importing.people_index import PeopleIndex
from app.importing.plan_venues import NAME_MAX, checked_text, matched_by_name, name_key
from app.importing.rows import Row, RowPlan, organisation_index, outcome, rows_of
from app.importing.table import Table
from app.model import Delegation, Organisation, Participant, Side
from app.store import Store

# Organisations in one cell: one a line, or separated by semicolons or Japanese commas (a
# company's name may hold a comma: "Toyota Motor Corporation, Ltd.").
_MEMBERS = re.compile(r"[;；\n、]+")


@dataclass(frozen=True)
class DelegationData:
    """A delegation as the import writes it; ``organisation_ids`` None leaves the members."""

    name: str
    side: Side
    name_it: str | None = None
    name_ja: str | None = None
    head_id: int | None = None
    organisation_ids: tuple[int, ...] | None = None


def apply_delegation(record: Delegation, data: DelegationData) -> None:
    record.name = data.name
    record.side = data.side
    record.name_it = data.name_it
    record.name_ja = data.name_ja
    record.head_id = data.head_id


def assign_members(s: object, mission_id: int, delegation_id: int, data: DelegationData) -> None:
    """The listed organisations (and only them) belong to the delegation."""
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    if data.organisation_ids is None:
        return
    s.execute(
        update(Organisation)
        .where(Organisation.mission_id == mission_id, Organisation.delegation_id == delegation_id)
        .values(delegation_id=None)
    )
    if data.organisation_ids:
        s.execute(
            update(Organisation)
            .where(Organisation.mission_id == mission_id)
            .where(Organisation.id.in_(data.organisation_ids))
            .values(delegation_id=delegation_id)
        )


class _People(PeopleIndex):
    """The mission's participants by e-mail and by name (Latin or kanji, either order)."""

    def __init__(self, store: Store, mission_id: int) -> None:
        super().__init__()
        with store.session() as s:
            for p in s.scalars(select(Participant).where(Participant.mission_id == mission_id)):
                self.add(
                    p.id,
                    p.email,
                    person_key(p.family_name, p.given_name or "")
                    | person_key(p.family_name_kanji or "", p.given_name_kanji or ""),
                )

    def find_in(self, row: Row, key: str) -> int | None:
        written = row.text(key)
        return None if written is None else self.find(row, key, written)


def plan_delegations(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    orgs, _ = organisation_index(store, mission_id)
    people = _People(store, mission_id)
    with store.session() as s:
        saved: dict[str, tuple[int, DelegationData]] = {}
        for d in s.scalars(select(Delegation).where(Delegation.mission_id == mission_id)):
            saved_members = tuple(
                sorted(s.scalars(select(Organisation.id).where(Organisation.delegation_id == d.id)))
            )
            saved[name_key(d.name)] = (
                d.id,
                DelegationData(d.name, d.side, d.name_it, d.name_ja, d.head_id, saved_members),
            )
    seen: dict[str, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.DELEGATIONS, table, mapping, cancelled):
        name, target, old = matched_by_name(row, number, saved, seen)
        side = row.parse("side", values.side)
        if side is None and old is None and row.text("side") is None:
            row.issue("side", import_msg.REQUIRED(label=row.label("side")))
        head = people.find_in(row, "head")
        members: tuple[int, ...] | None = None
        cell = row.text("members")
        if cell is not None:
            ids: list[int] = []
            for part in _MEMBERS.split(cell):
                if not part.strip():
                    continue
                org = orgs.get(organisation_key(part.strip()))
                if org is None:
                    row.issue(
                        "members",
                        import_msg.ORGANISATION_UNKNOWN(
                            label=row.label("members"), name=part.strip()
                        ),
                    )
                else:
                    ids.append(org.id)
            members = tuple(sorted(set(ids)))
        new: DelegationData | None = None
        if name is not None and (side is not None or old is not None):
            base = old or DelegationData(name=name, side=side or Side.TURIN)
            new = replace(
                base,
                name=base.name,  # matched by name: the saved spelling stays
                side=side or base.side,
                name_it=checked_text(row, "name_it", NAME_MAX) or base.name_it,
                name_ja=checked_text(row, "name_ja", NAME_MAX) or base.name_ja,
                head_id=head if head is not None else base.head_id,
                organisation_ids=members if members is not None else base.organisation_ids,
            )
        label = name or f"row {number}"
        plans.append(outcome(row, number, label, target, old, new))
    return plans
