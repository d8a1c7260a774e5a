"""Create, update, delete and undo-delete, the same for every kind of record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core import messages as msg
from app.core.changes import Changes
from app.core.conflicts import Loaded, StaleRecord, check_base
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
from app.model import AuditEntry
from app.store import Store
from app.store.stale import ChangedMeanwhile

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
        with store.session(write=True) as s:  # checked against what it is written beside
            clean = kind.validate(s, mission_id, data, None)
            row = kind.make(mission_id)
            kind.apply(row, clean)
            s.add(row)
            s.flush()
            return Created(id=row.id, changes=kind.changed)
    except IntegrityError as exc:
        raise from_integrity_error(exc) from exc


def load_record(store: Store, kind: RecordKind[D], record_id: int) -> Loaded[D]:
    """The record's values and version, read together: what an edit form keeps as its base."""
    with store.session() as s:
        row = kind.load(s, record_id)
        return Loaded(kind.data_of(row), row.row_version)


def update_record(
    store: Store,
    kind: RecordKind[D],
    record_id: int,
    data: D,
    *,
    base: Loaded[D],
    undoing: bool = False,
) -> Updated[D]:
    """Write checked values over the record as it was loaded (``base``); the result holds the
    old ones (writing them back undoes this) and the new version.

    Raises :class:`StaleRecord` when someone changed the record since ``base`` in a field
    whose value would change (nothing is written), :class:`NotFound` when it was deleted."""
    try:
        # the write lock before the read (SQLite): a save racing this one waits for it and
        # then reads what it wrote, instead of failing half-way
        with store.session(write=True) as s:
            row = kind.load(s, record_id)
            clean = kind.validate(s, row.mission_id, data, record_id)
            previous = kind.data_of(row)
            refused = stale_refusal(s, row, base, Loaded(previous, row.row_version), clean, undoing)
            if refused is not None:
                raise refused
            kind.apply(row, clean)
            bump_version(row)
            s.flush()
            saved = Loaded(kind.data_of(row), row.row_version)
            return Updated(previous=previous, changes=kind.changed, saved=saved)
    except IntegrityError as exc:
        raise from_integrity_error(exc) from exc
    except StaleRecord:
        raise
    except ChangedMeanwhile:
        # Another connection wrote the row between our read and our write: say what it
        # changed, as if it had come first (it did).
        with store.session() as s:
            row = kind.load(s, record_id)
            clean = kind.validate(s, row.mission_id, data, record_id)
            now = Loaded(kind.data_of(row), row.row_version)
            refused = stale_refusal(s, row, base, now, clean, undoing)
        if refused is None:
            raise
        raise refused from None


def refuse_if_changed(
    s: Session, row: Any, base: Loaded[D], theirs: D, yours: D, *, undoing: bool = False
) -> None:
    """Raise :class:`StaleRecord` when ``row`` (whose values are ``theirs`` now) changed
    since ``base`` in a field ``yours`` would overwrite; else move its version for the write
    that follows (so that a save racing this one is refused at its UPDATE)."""
    refused = stale_refusal(s, row, base, Loaded(theirs, row.row_version), yours, undoing)
    if refused is not None:
        raise refused
    bump_version(row)


def bump_version(row: Any) -> None:
    """Move the row's version on this save even when only its child rows change (languages,
    sectors …), which the ORM alone would not count: the UPDATE still checks the version read."""
    row.row_version = row.row_version + 1


def stale_refusal(
    s: Session, row: Any, base: Loaded[D], theirs: Loaded[D], yours: D, undoing: bool = False
) -> StaleRecord | None:
    """:func:`check_base` for ``row``, naming who last changed it and when, from the audit
    log where it says."""
    table = row.__table__.name
    record = msg.RECORD_OF_TABLE.get(table, msg.RECORD)()
    refused = check_base(base, theirs, yours, record=record, record_id=row.id, undoing=undoing)
    if refused is None or undoing:
        return refused
    last = s.execute(
        select(AuditEntry.who, AuditEntry.at)
        .where(AuditEntry.table_name == table, AuditEntry.record_id == row.id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    if last is None or not last.who:
        return refused
    return check_base(
        base, theirs, yours, record=record, record_id=row.id, who=last.who, when=last.at
    )


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
