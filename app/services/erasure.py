"""Erasing a person (GDPR Art. 17), or every person of a finished mission, so that nothing
of them remains in the database or in documents made afterwards.

What goes: the participant's row and everything that cascades from it (languages,
availability, seats at meetings and programme items, interpreter assignments, the sent log).
What is rewritten: the published snapshots, where an interpreter is named (the snapshots
keep only participant ids otherwise; ids are never reused, migration 0005, so an erased id
points at nobody). On SQLite the freed pages are then overwritten (``secure_delete``) and the
file compacted (VACUUM) after the write-ahead log is emptied, so the deleted text is not
left in the file. Backups made before the erasure still hold the person: they are listed,
and removed when asked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, text

from app.common.paths import Paths
from app.common.settings import DEFAULT_RETENTION_DAYS
from app.core import messages as msg
from app.core.changes import Changes
from app.core.errors import gone
from app.model import Mission, Participant, Publication
from app.store import Store
from app.store.backup import backups_of, remove_backup


@dataclass(frozen=True)
class Erased:
    participants: int
    snapshots_rewritten: int
    backups_holding: tuple[Path, ...]  # made before: they still hold the erased people
    backups_removed: tuple[Path, ...] = ()
    changes: Changes = field(default_factory=lambda: Changes(participants=True))


def erase_participant(
    store: Store, participant_id: int, *, paths: Paths | None = None, remove_backups: bool = False
) -> Erased:
    """Erase one participant (NotFound if there is none of that id)."""
    with store.session() as s:
        person = s.get(Participant, participant_id)
        if person is None:
            raise gone(msg.PARTICIPANT, participant_id)
        mission_id = person.mission_id
    return _erase(store, mission_id, [participant_id], paths, remove_backups)


def erase_mission_people(
    store: Store, mission_id: int, *, paths: Paths | None = None, remove_backups: bool = False
) -> Erased:
    """Erase every participant of a mission (its organisations, programme and meetings stay:
    they are the chambers' business record, not personal data)."""
    with store.session() as s:
        if s.get(Mission, mission_id) is None:
            raise gone(msg.MISSION, mission_id)
        ids = list(s.scalars(select(Participant.id).where(Participant.mission_id == mission_id)))
    return _erase(store, mission_id, ids, paths, remove_backups)


def _erase(
    store: Store,
    mission_id: int,
    ids: list[int],
    paths: Paths | None,
    remove_backups: bool,
) -> Erased:
    gone = set(ids)
    rewritten = 0
    with store.session(write=True) as s:
        if store.location.is_sqlite:
            s.execute(text("PRAGMA secure_delete = ON"))
        for publication in s.scalars(
            select(Publication).where(Publication.mission_id == mission_id)
        ):
            scrubbed = _scrub(publication.snapshot, gone)
            if scrubbed is not None:
                publication.snapshot = scrubbed
                rewritten += 1
        for pid in ids:
            person = s.get(Participant, pid)
            if person is not None:
                s.delete(person)
    if store.location.is_sqlite and ids:
        _compact(store)
    holding = _backups(store, paths)
    removed: tuple[Path, ...] = ()
    if remove_backups:
        for backup in holding:
            remove_backup(backup)
        removed, holding = holding, ()
    return Erased(len(ids), rewritten, holding, removed)


def _scrub(snapshot: str, gone: set[int]) -> str | None:
    """The snapshot without the names of ``gone`` people (None: nothing to change)."""
    data = json.loads(snapshot)
    changed = False
    for meeting in data.get("meetings", []):
        interpreter = meeting.get("interpreter")
        if interpreter and interpreter.get("participant_id") in gone and interpreter.get("name"):
            interpreter["name"] = ""
            changed = True
    return json.dumps(data, ensure_ascii=False) if changed else None


def _compact(store: Store) -> None:
    """Empty the write-ahead log into the file and rewrite the file without free pages."""
    with store.connection() as conn:
        # outside any transaction: a checkpoint and VACUUM cannot run inside one (and the
        # store's connections begin one before their first statement)
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _backups(store: Store, paths: Paths | None) -> tuple[Path, ...]:
    source = store.location.path
    if source is None or paths is None:
        return ()
    return tuple(backups_of(source, paths.backups_dir))


# --- retention -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionDue:
    mission_id: int
    name: str
    end_date: date
    due: date
    participants: int


def retention_due(
    store: Store, today: date, retention_days: int = DEFAULT_RETENTION_DAYS
) -> list[RetentionDue]:
    """The missions that ended more than ``retention_days`` ago and still hold people."""
    out = []
    with store.session() as s:
        for m in s.scalars(select(Mission).order_by(Mission.end_date)):
            due = m.end_date + timedelta(days=retention_days)
            if due > today:
                continue
            count = len(
                s.scalars(select(Participant.id).where(Participant.mission_id == m.id)).all()
            )
            if count:
                out.append(RetentionDue(m.id, m.name, m.end_date, due, count))
    return out
