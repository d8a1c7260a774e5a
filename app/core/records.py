"""Create, update, delete and undo-delete, the same for every kind of record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core import messages as msg
from app.core.changes import Changes
from app.core.errors import gone
from app.core.row_snapshots import (
    Created,
    Deleted,
    Snapshot,
    Updated,
    changes_of,
    put_back,
    remove,
)
from app.core.validation import from_integrity_error
from app.store import Store

D = TypeVar("D")


@dataclass(frozen=True)
class RecordKind(Generic[D]):
    """How one kind of record (an ORM row edited as the dataclass ``D``) is handled."""

    make: Callable[[int], Any]  # a new, empty row of a mission
    load: Callable[[Session, int], Any]  # the row with that id, or NotFound
    data_of: Callable[[Any], D]  # the row's values
    validate: Callable[[Session, int, D, int | None], D]  # cleaned values or ValidationError
    apply: Callable[[Any, D], None]  # write cleaned values onto the row
    changed: Changes


def create_record(store: Store, kind: RecordKind[D], mission_id: int, data: D) -> Created:
    """Check ``data`` and add it to the mission as a new row."""
    try:
        with store.session() as s:
            clean = kind.validate(s, mission_id, data, None)
            row = kind.make(mission_id)
            kind.apply(row, clean)
            s.add(row)
            s.flush()
            return Created(id=row.id, changes=kind.changed)
    except IntegrityError as exc:
        raise from_integrity_error(exc) from exc


def update_record(store: Store, kind: RecordKind[D], record_id: int, data: D) -> Updated[D]:
    """Write checked values; the result holds the old ones (writing them back undoes this)."""
    try:
        with store.session() as s:
            row = kind.load(s, record_id)
            clean = kind.validate(s, row.mission_id, data, record_id)
            previous = kind.data_of(row)
            kind.apply(row, clean)
            s.flush()
            return Updated(previous=previous, changes=kind.changed)
    except IntegrityError as exc:
        raise from_integrity_error(exc) from exc


def delete_record(store: Store, table: Table, record_id: int, changed: Changes) -> Deleted:
    """Delete one row of ``table`` with all that cascades from it; the snapshot undoes it."""
    with store.session() as s:
        snapshot = remove(s, table, record_id)
        if snapshot is None:
            raise gone(msg.RECORD_OF_TABLE.get(table.name, msg.RECORD), record_id)
        return Deleted(snapshot=snapshot, changes=changes_of(snapshot) | changed)


def restore_record(store: Store, snapshot: Snapshot, changed: Changes) -> Changes:
    """Put a deleted row back with everything that went with it (same ids)."""
    try:
        with store.session() as s:
            put_back(s, snapshot)
    except IntegrityError as exc:
        raise from_integrity_error(exc, restoring=True) from exc
    return changes_of(snapshot) | changed
