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
import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.common.paths import Paths
from app.common.settings import DEFAULT_RETENTION_DAYS
from app.common.wording import Message
from app.core import messages as msg
from app.core.changes import Changes
from app.core.errors import gone
from app.model import FollowUp, Mission, Participant, Publication
from app.model.base import Base
from app.services import erasure_messages as em
from app.store import Store
from app.store.backup import backups_of, remove_backup
from app.store.failures import reason
from app.store.mission_lock import Operation, lock_mission

# How long the erasure waits for another connection to let go of the SQLite file before it
# names it and leaves the rest to ``ponte erase --finish``.
WAIT_FOR_OTHERS_S = 10.0


@dataclass(frozen=True)
class ErasedPerson:
    """What named an erased person, kept in memory only, to find the files Ponte made
    before that still name them (:mod:`app.services.erasure_traces`); never stored."""

    id: int
    names: tuple[str, ...]  # "Luca Gribaudo", "Gribaudo Luca", "グリバウド ルカ" …
    email: str | None


@dataclass(frozen=True)
class Cleanup:
    """Whether the file or server no longer holds the erased rows anywhere (SQLite: the
    write-ahead log emptied and the file compacted; PostgreSQL: tables rewritten and their
    statistics refreshed), and in words what is left and who may finish it."""

    done: bool
    notes: tuple[Message, ...] = ()
    holders: tuple[str, ...] = ()  # the other programs or sessions that kept it from it


@dataclass(frozen=True)
class Erased:
    participants: int
    snapshots_rewritten: int
    backups_holding: tuple[Path, ...]  # made before: they still hold the erased people
    backups_removed: tuple[Path, ...] = ()
    changes: Changes = field(default_factory=lambda: Changes(participants=True))
    cleanup: Cleanup = field(default_factory=lambda: Cleanup(done=True))
    people: tuple[ErasedPerson, ...] = ()


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
    people: list[ErasedPerson] = []
    with store.session(write=True) as s:
        if store.location.is_sqlite:
            s.execute(text("PRAGMA secure_delete = ON"))
        lock_mission(store, s, mission_id, Operation.ERASE)  # no import re-adding them meanwhile
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
                people.append(_marks(person))
                s.delete(person)
        _forget_owners(s, mission_id, people)
    emails = [p.email for p in people if p.email]
    cleanup = Cleanup(done=True)
    if ids:
        cleanup = finish_erasure(store, emails=emails)
    holding = _backups(store, paths)
    removed: tuple[Path, ...] = ()
    if remove_backups:
        for backup in holding:
            remove_backup(backup)
        removed, holding = holding, ()
    return Erased(len(ids), rewritten, holding, removed, cleanup=cleanup, people=tuple(people))


def _forget_owners(s: Session, mission_id: int, people: list[ErasedPerson]) -> None:
    """Follow-ups owned by an erased person (their name typed as the owner, in either order
    or in kanji) keep what was agreed but no longer name who."""
    names = {n.casefold() for person in people for n in person.names}
    if not names:
        return
    for follow_up in s.scalars(select(FollowUp).where(FollowUp.mission_id == mission_id)):
        if " ".join(follow_up.owner.split()).casefold() in names:
            follow_up.owner = ""


def _marks(person: Participant) -> ErasedPerson:
    given, family = person.given_name.strip(), person.family_name.strip()
    names = {f"{given} {family}".strip(), f"{family} {given}".strip()}
    kanji_family = (person.family_name_kanji or "").strip()
    kanji_given = (person.given_name_kanji or "").strip()
    if kanji_family and kanji_given:
        names |= {f"{kanji_family} {kanji_given}", f"{kanji_family}{kanji_given}"}
    return ErasedPerson(
        person.id,
        tuple(sorted(n for n in names if len(n) > 2)),
        (person.email or "").strip() or None,
    )


def finish_erasure(store: Store, *, emails: list[str] | None = None) -> Cleanup:
    """Leave no trace of deleted rows in the file or on the server: SQLite's write-ahead log
    emptied into a compacted file (waiting up to :data:`WAIT_FOR_OTHERS_S` for another
    connection, then naming it), PostgreSQL's tables vacuumed, rewritten and analysed.
    Run after each erasure, and again by ``ponte erase --finish`` when something held it.
    ``emails``: the erased addresses, looked for in the file's bytes afterwards."""
    if store.location.is_sqlite:
        return _finish_sqlite(store, emails or [])
    return _finish_postgres(store)


# --- SQLite --------------------------------------------------------------------------------


def _finish_sqlite(store: Store, emails: list[str]) -> Cleanup:
    path = store.location.path
    assert path is not None
    complete = _compact(store)
    if complete and not _bytes_hold(path, emails):
        return Cleanup(done=True, notes=(em.FILE_CLEAN(path=path),))
    holders = file_holders(path)
    said = ", ".join(holders) if holders else em.ANOTHER_PROGRAM()
    return Cleanup(
        done=False, notes=(em.FILE_HOLDS_TRACES(path=path, holders=said),), holders=holders
    )


def _compact(store: Store) -> bool:
    """Empty the write-ahead log into the file and rewrite the file without free pages
    (their deleted text overwritten); True when it all went through. Another connection
    reading an older state keeps the log from being emptied: it is waited for up to
    :data:`WAIT_FOR_OTHERS_S`."""
    with store.connection() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        (was,) = raw.execute("PRAGMA busy_timeout").fetchone()
        raw.execute(f"PRAGMA busy_timeout = {int(WAIT_FOR_OTHERS_S * 1000)}")
        try:
            raw.execute("PRAGMA secure_delete = ON")
            raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()  # no waiting: VACUUM's turn
            try:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
            except DBAPIError:
                return False  # another program writes or holds the file exclusively
            return _checkpoint(raw)
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(was)}")


def _checkpoint(raw: object) -> bool:
    busy, frames, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # type: ignore[attr-defined]
    return bool(busy == 0 and frames in (0, -1))


def _bytes_hold(path: Path, marks: list[str]) -> bool:
    """Whether the database file or its write-ahead log still holds one of ``marks``, read
    as raw bytes (free pages, old log frames and all)."""
    needles = [m.encode("utf-8") for m in marks if m]
    if not needles:
        return False
    for part in (path, Path(f"{path}-wal")):
        try:
            data = part.read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            return True
    return False


def file_holders(path: Path) -> tuple[str, ...]:
    """The other programs that hold ``path`` (or its write-ahead log) open, by name and
    process id (Linux: /proc/*/fd); () where the system does not tell."""
    targets = {str(path.resolve()), f"{path.resolve()}-wal"}
    proc = Path("/proc")
    found: list[str] = []
    if not proc.is_dir():
        return ()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
        except OSError:
            continue  # gone, or another user's: not ours to look at
        if links & targets:
            try:
                name = (entry / "comm").read_text().strip()
            except OSError:
                name = "?"
            found.append(str(em.PROCESS(name=name, pid=entry.name)))
    return tuple(sorted(found))


# --- PostgreSQL ----------------------------------------------------------------------------


def touched_tables() -> tuple[str, ...]:
    """The tables an erasure deletes from or rewrites: the participant, every table whose
    rows point at one, the published versions (which named interpreters) and the follow-ups
    (whose owner may have been one of them)."""
    participant = Base.metadata.tables[Participant.__tablename__]
    names = {participant.name, str(Publication.__tablename__), str(FollowUp.__tablename__)}
    for table in Base.metadata.sorted_tables:
        if any(fk.column.table is participant for fk in table.foreign_keys):
            names.add(table.name)
    return tuple(sorted(names))


def _finish_postgres(store: Store) -> Cleanup:
    tables = touched_tables()
    notes: list[Message] = []
    with store.connection() as conn:
        auto = conn.execution_options(isolation_level="AUTOCOMMIT")
        not_mine = auto.execute(
            text(
                "SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c "
                "WHERE c.relnamespace = current_schema()::regnamespace "
                "AND c.relname = ANY(:names) "
                "AND NOT pg_has_role(current_user, c.relowner, 'USAGE')"
            ),
            {"names": list(tables)},
        ).all()
        if not_mine:
            owners = ", ".join(sorted({owner for _, owner in not_mine}))
            notes.append(em.NOT_OWNER(owner=owners, database=store.location.display()))
            done = False
        else:
            done = True
            was = auto.exec_driver_sql("SHOW lock_timeout").scalar_one()
            try:  # a table another session reads is waited for as long as a SQLite file
                auto.exec_driver_sql(f"SET lock_timeout = {int(WAIT_FOR_OTHERS_S * 1000)}")
                for table in tables:
                    auto.exec_driver_sql(f'VACUUM (ANALYZE) "{table}"')
                for table in tables:
                    auto.exec_driver_sql(f'VACUUM (FULL) "{table}"')
                for table in tables:  # the rewritten files' statistics
                    auto.exec_driver_sql(f'ANALYZE "{table}"')
                _checkpoint_server(auto)
            except DBAPIError as exc:
                done = False
                notes.append(em.VACUUM_FAILED(reason=reason(exc)))
            finally:
                auto.execute(text("SELECT set_config('lock_timeout', :v, false)"), {"v": was})
        others = _other_sessions(auto)
        if others:
            notes.append(em.OLD_SNAPSHOTS(sessions=", ".join(others)))
        elif done:
            notes.append(em.SERVER_CLEAN())
    return Cleanup(done=done and not others, notes=tuple(notes), holders=others)


def _checkpoint_server(conn: Connection) -> None:
    """A checkpoint, where this user may ask for one (a superuser, pg_checkpoint): the
    files the rewritten tables left are unlinked at the next checkpoint, not at once."""
    allowed = conn.execute(
        text(
            "SELECT CASE WHEN rolsuper THEN true "
            "WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pg_checkpoint') "  # 15+
            "THEN pg_has_role(current_user, 'pg_checkpoint', 'MEMBER') ELSE false END "
            "FROM pg_roles WHERE rolname = current_user"
        )
    ).scalar()
    if allowed:
        conn.exec_driver_sql("CHECKPOINT")


def _other_sessions(conn: object) -> tuple[str, ...]:
    """The other sessions on this database in a transaction (holding a snapshot or a lock),
    which may keep the deleted rows visible, and so on disk, or the tables from being
    rewritten."""
    rows = conn.execute(  # type: ignore[attr-defined]
        text(
            "SELECT pid, usename, application_name, client_addr FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND (backend_xmin IS NOT NULL OR backend_xid IS NOT NULL "
            "OR state LIKE 'idle in transaction%') "
            "ORDER BY pid"
        )
    ).all()
    out = []
    for pid, user, application, address in rows:
        who = " ".join(x for x in (user or "", application or "") if x) or "?"
        where = f"@{address}" if address else ""
        out.append(f"{who}{where} (pid {pid})")
    return tuple(out)


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
