"""Delete and undo-delete, the same for every kind of record."""

from __future__ import annotations

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError

from app.services.changes import Changes
from app.services.snapshots import Deleted, Snapshot, changes_of, put_back, remove
from app.services.validation import NotFound, from_integrity_error
from app.store import Store


def delete_record(store: Store, table: Table, record_id: int, changed: Changes) -> Deleted:
    """Delete one row of ``table`` with all that cascades from it; the snapshot undoes it."""
    with store.session() as s:
        snapshot = remove(s, table, record_id)
        if snapshot is None:
            raise NotFound(f"{table.name} {record_id}")
        return Deleted(snapshot=snapshot, changes=changes_of(snapshot) | changed)


def restore_record(store: Store, snapshot: Snapshot, changed: Changes) -> Changes:
    """Put a deleted row back with everything that went with it (same ids)."""
    try:
        with store.session() as s:
            put_back(s, snapshot)
    except IntegrityError as exc:
        raise from_integrity_error(exc, restoring=True) from exc
    return changes_of(snapshot) | changed
