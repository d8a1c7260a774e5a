"""What bringing an offline mission back means, row by row (no database here).

Three versions of each row are compared: as it was taken (its ``row_version`` and values
then), as it is in the local file, and as it is on the server now.

- A row changed only in the file (the server's ``row_version`` is still the one taken) is
  applied to the server.
- Check-ins and meeting statuses merge field by field even when the server changed the row:
  a check-in made at the venue is kept (the earlier one when both sides checked the person
  in), a status set only at the venue is applied.
- Any other field changed in the file on a row the server changed too is a *conflict*: listed
  for the coordinator with both values, nothing overwritten. So is a row changed in the file
  but deleted on the server, a row deleted or created in the file (not carried back).
- What only the server changed stays as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy import Table

from app.services.offline_rows import VERSION, Row, Rows, as_text, label_of

# The fields that merge whatever the other side did: (table, column).
MERGING: dict[str, frozenset[str]] = {
    "participant": frozenset({"checked_in_at"}),
    "meeting": frozenset({"status", "status_note", "status_at"}),  # a mark and its note, time
}
EARLIEST_WINS = frozenset({("participant", "checked_in_at")})


class ConflictKind(Enum):
    BOTH_EDITED = "both_edited"  # changed here and on the server
    DELETED_ON_SERVER = "deleted_on_server"  # changed here, gone from the server
    DELETED_OFFLINE = "deleted_offline"  # deleted here: not deleted on the server
    CREATED_OFFLINE = "created_offline"  # added here: not added to the server


@dataclass(frozen=True)
class FieldConflict:
    name: str
    local: object
    server: object


@dataclass(frozen=True)
class Conflict:
    table: str
    key: str
    label: str
    kind: ConflictKind
    fields: tuple[FieldConflict, ...] = ()


@dataclass(frozen=True)
class Change:
    """Set ``values`` on the server's row ``key`` of ``table``, if its version is still
    ``expected`` (checked in the UPDATE itself)."""

    table: Table
    key: str
    values: dict[str, Any]
    expected: int
    merged: bool  # only fields that merge (the server had changed the row)


@dataclass
class TablePlan:
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def plan_table(
    table: Table,
    local: Rows,
    taken_versions: dict[str, int],
    taken_values: dict[str, dict[str, object]],
    server: Rows,
) -> TablePlan:
    plan = TablePlan()
    merging = MERGING.get(table.name, frozenset())
    for key in sorted(set(local) | set(taken_versions), key=_order):
        mine = local.get(key)
        theirs = server.get(key)
        if key not in taken_versions:
            assert mine is not None
            plan.conflicts.append(_conflict(table, key, mine, ConflictKind.CREATED_OFFLINE))
            continue
        taken = taken_values.get(key, {})
        if mine is None:
            if theirs is not None:
                plan.conflicts.append(_conflict(table, key, theirs, ConflictKind.DELETED_OFFLINE))
            continue
        changed = [
            c for c, v in mine.items() if c != VERSION and as_text(v) != taken.get(c, as_text(v))
        ]
        if not changed:
            continue
        if theirs is None:
            plan.conflicts.append(_conflict(table, key, mine, ConflictKind.DELETED_ON_SERVER))
            continue
        server_version = int(theirs.get(VERSION) or 0)
        if server_version == taken_versions[key]:
            values = {c: mine[c] for c in changed}
            plan.changes.append(Change(table, key, values, server_version, merged=False))
            continue
        merged: dict[str, Any] = {}
        clashes: list[FieldConflict] = []
        for c in changed:
            here, there = mine[c], theirs[c]
            if as_text(here) == as_text(there):
                continue
            if c in merging and as_text(there) == taken.get(c):
                merged[c] = here  # only the venue changed it
            elif (table.name, c) in EARLIEST_WINS and here is not None:
                if there is None or here < there:
                    merged[c] = here
            else:
                clashes.append(FieldConflict(c, as_text(here), as_text(there)))
        if merged:
            plan.changes.append(Change(table, key, merged, server_version, merged=True))
        if clashes:
            plan.conflicts.append(
                _conflict(table, key, mine, ConflictKind.BOTH_EDITED, tuple(clashes))
            )
    return plan


def _conflict(
    table: Table,
    key: str,
    row: Row,
    kind: ConflictKind,
    fields: tuple[FieldConflict, ...] = (),
) -> Conflict:
    return Conflict(table.name, key, label_of(table, key, row), kind, fields)


def _order(key: str) -> tuple[int, ...] | tuple[str]:
    try:
        return tuple(int(part) for part in key.split(","))
    except ValueError:
        return (key,)
