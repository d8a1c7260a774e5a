"""A mission's rows, table by table, as ``ponte offline`` copies and compares them.

Every table of the model that belongs to a mission (through ``mission_id`` or a chain of
foreign keys up to a table that has it) is read whole for one mission; the audit log and
``offline_origin`` stay where they are. A row is named by its primary key's values joined by
"," (its *key*) and compared through :func:`as_text`, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.engine import Connection

from app.model import Base

# Not copied: the log of who changed what stays on the server (the return writes its own
# entries there), and where an offline file came from is the file's own business.
NOT_COPIED = frozenset({"audit_entry", "offline_origin"})
VERSION = "row_version"

Row = dict[str, Any]
Rows = dict[str, Row]  # key -> row


def key_of(table: Table, row: Row) -> str:
    return ",".join(str(row[c.name]) for c in table.primary_key.columns)


def as_text(value: object) -> object:
    """A value as JSON can keep it and both backends give it back alike."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _scope(table: Table, mission_id: int) -> ColumnElement[bool] | None:
    if table.name == "mission":
        return table.c.id == mission_id
    if "mission_id" in table.c:
        return table.c.mission_id == mission_id
    # through a parent: a required foreign key first (a row always has it)
    for fk in sorted(table.foreign_keys, key=lambda f: (f.parent.nullable, f.parent.name)):
        parent = fk.column.table
        if parent is table or not isinstance(parent, Table):
            continue
        parent_scope = _scope(parent, mission_id)
        if parent_scope is not None:
            return fk.parent.in_(select(fk.column).where(parent_scope))
    return None


@cache
def mission_tables() -> tuple[Table, ...]:
    """The tables a mission's rows are in, parents before children."""
    tables = []
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_COPIED:
            continue
        if _scope(table, 0) is None:
            raise AssertionError(f"{table.name} is not tied to a mission")  # a model change
        tables.append(table)
    return tuple(tables)


def read_mission(conn: Connection, mission_id: int) -> Iterator[tuple[Table, Rows]]:
    """Each table's rows of the mission (all columns), in :func:`mission_tables` order."""
    for table in mission_tables():
        where = _scope(table, mission_id)
        assert where is not None
        rows = conn.execute(select(table).where(where)).mappings().all()
        yield table, {key_of(table, dict(r)): dict(r) for r in rows}


def versions_of(rows: Rows) -> dict[str, int]:
    return {k: int(r.get(VERSION) or 0) for k, r in rows.items()}


def texts_of(rows: Rows) -> dict[str, dict[str, object]]:
    return {k: {c: as_text(v) for c, v in r.items()} for k, r in rows.items()}


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def label_of(table: Table, key: str, row: Row | None) -> str:
    """A row as a coordinator recognises it: "participant 5 (Marco Ghibaudo)"."""
    name = ""
    if row is not None:
        if row.get("family_name"):
            name = f"{row.get('given_name') or ''} {row['family_name']}".strip()
        elif row.get("name"):
            name = str(row["name"])
    return f"{table.name} {key}" + (f" ({name})" if name else "")
