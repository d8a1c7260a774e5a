"""What an edit hands back so that it can be undone.

A delete first captures the row and everything the database would remove or unlink with it
(following the foreign keys declared ``ON DELETE CASCADE`` or ``SET NULL``), so that
:func:`put_back` can restore it all with the same ids: an organisation comes back with its
participants, their languages, its meeting requests and meetings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.model import Base

T = TypeVar("T")

_Key = tuple[Any, ...]


@dataclass(frozen=True)
class Created:
    """A new record and what it changed."""

    id: int
    changes: Changes


@dataclass(frozen=True)
class Updated(Generic[T]):
    """The values a record had before an update (writing them back undoes it), and the values
    and version it has after (what an undo is checked against: it must not overwrite
    someone else's later change)."""

    previous: T
    changes: Changes
    saved: Loaded[T] | None = None


@dataclass(frozen=True)
class Unlinked:
    """A reference the database set to NULL when its target was deleted."""

    table: str
    key: Mapping[str, Any]
    column: str
    value: Any


@dataclass(frozen=True)
class Snapshot:
    """Rows removed by a delete, in the order they can be inserted again."""

    table: str
    id: int
    rows: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]
    unlinked: tuple[Unlinked, ...] = ()

    def count(self, table: str) -> int:
        """How many rows of ``table`` the delete removed."""
        return sum(len(rows) for name, rows in self.rows if name == table)

    def tables(self) -> set[str]:
        return {name for name, rows in self.rows if rows} | {u.table for u in self.unlinked}


@dataclass(frozen=True)
class Deleted:
    """A removed record: put ``snapshot`` back to undo."""

    snapshot: Snapshot
    changes: Changes


_TABLE_CHANGES: Mapping[str, Changes] = {
    "organisation": Changes(organisations=True, participants=True),
    "organisation_sector": Changes(organisations=True),
    "participant": Changes(participants=True, organisations=True),
    "participant_language": Changes(participants=True),
    "interpreter": Changes(participants=True, b2b=True),
    "unavailability": Changes(b2b=True),
    "meeting_request": Changes(b2b=True),
    "meeting": Changes(b2b=True),
    "meeting_participant": Changes(b2b=True),
    "agenda_attendee": Changes(agenda=True),
    "delegation": Changes(missions=True),
}


def changes_of(snapshot: Snapshot) -> Changes:
    """What removing (or restoring) the snapshot's rows changes."""
    result = Changes()
    for name in snapshot.tables():
        result = result | _TABLE_CHANGES.get(name, Changes.everything())
    return result


def _key(table: Table, row: Mapping[str, Any]) -> _Key:
    return tuple(row[c.name] for c in table.primary_key.columns)


def capture(session: Session, table: Table, row_id: int) -> Snapshot | None:
    """The row ``row_id`` of ``table`` and all rows its deletion would remove or unlink."""
    metadata = Base.metadata
    found: dict[str, dict[_Key, Mapping[str, Any]]] = {}
    unlinked: dict[tuple[str, _Key, str], Unlinked] = {}

    def visit(current: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        seen = found.setdefault(current.name, {})
        new = [row for row in rows if _key(current, row) not in seen]
        for row in new:
            seen[_key(current, row)] = dict(row)
        if not new:
            return
        for child in metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not current:
                    continue
                values = {row[fk.column.name] for row in new} - {None}
                rule = (fk.ondelete or "").upper()
                if not values or rule not in ("CASCADE", "SET NULL"):
                    continue
                referring = session.execute(select(child).where(fk.parent.in_(values)))
                child_rows = [dict(row) for row in referring.mappings()]
                if rule == "CASCADE":
                    visit(child, child_rows)
                    continue
                for row in child_rows:
                    key = _key(child, row)
                    unlinked[(child.name, key, fk.parent.name)] = Unlinked(
                        child.name,
                        {c.name: row[c.name] for c in child.primary_key.columns},
                        fk.parent.name,
                        row[fk.parent.name],
                    )

    found_root = session.execute(select(table).where(table.c.id == row_id)).mappings()
    root = [dict(row) for row in found_root]
    if not root:
        return None
    visit(table, root)
    # A reference inside a row that is itself removed comes back with that row.
    kept = tuple(u for (name, key, _col), u in unlinked.items() if key not in found.get(name, {}))
    ordered = tuple(
        (t.name, tuple(found[t.name].values())) for t in metadata.sorted_tables if found.get(t.name)
    )
    return Snapshot(table=table.name, id=row_id, rows=ordered, unlinked=kept)


def remove(session: Session, table: Table, row_id: int) -> Snapshot | None:
    """Capture, then delete the row (the database cascades); None if it was not there."""
    snapshot = capture(session, table, row_id)
    if snapshot is None:
        return None
    session.execute(delete(table).where(table.c.id == row_id))
    return snapshot


def put_back(session: Session, snapshot: Snapshot) -> None:
    """Insert the snapshot's rows again (same ids) and restore the references it unlinked."""
    tables = Base.metadata.tables
    for name, rows in snapshot.rows:
        session.execute(insert(tables[name]), [dict(row) for row in rows])
    for link in snapshot.unlinked:
        table = tables[link.table]
        where = and_(*(table.c[col] == value for col, value in link.key.items()))
        session.execute(
            update(table)
            .where(where, table.c[link.column].is_(None))
            .values({link.column: link.value})
        )
    session.flush()
