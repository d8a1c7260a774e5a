"""Writing the audit log: every insert, update and delete a store's sessions make, recorded
in the same transaction as the change, with who made it (``Store.actor``) and when (UTC).

Installed once per store (:func:`install`) on its session factory:

- ``after_flush`` notes each record the unit of work inserted, updated (the names of the
  columns that changed) or deleted, with its mission;
- :class:`AuditedSession` notes a statement that writes many rows at once (an import's
  ``insert(Participant)`` of 300 rows, a scheduler's delete of a session's meetings) as one
  summary entry, "rows:N";
- ``before_commit`` flushes what is left, writes the entries in one multi-row INSERT and, on
  PostgreSQL, queues ``NOTIFY ponte_changes`` (:mod:`app.store.notifications`) so the other
  coordinators' windows learn of it when, and only if, the transaction commits.

One entry per record per commit: a record edited twice within a commit is one "update" with
both fields; one inserted and deleted again is none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, insert, inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.base import instance_state
from sqlalchemy.sql import operators
from sqlalchemy.sql.dml import Insert, Update, UpdateBase
from sqlalchemy.sql.elements import BinaryExpression, BindParameter
from sqlalchemy.sql.visitors import iterate

from app.model import Base
from app.model.audit import AuditEntry
from app.model.mission import utc_now
from app.store.audit_rows import DELETE, IGNORED_FIELDS, INSERT, LINKS, PARENTS, UPDATE, Pending
from app.store.notifications import CHANNEL, payload

if TYPE_CHECKING:
    from app.store.database import Store

log = logging.getLogger(__name__)

_PENDING = "ponte_audit"
_MISSIONS = "ponte_audit_missions"
_OWN_RANGE = "ponte_audit_own_range"
AUDIT_TABLE = AuditEntry.__tablename__
_AUDIT: Any = AuditEntry.__table__
# How many of our own entry ids a store remembers (the SQLite watcher skips them).
_OWN_IDS_KEPT = 64


@dataclass
class Recorder:
    """What one store's audit hooks share: who writes, and which changes were its own (the
    live updates must not announce a coordinator's own change back to them)."""

    actor: Callable[[], str]
    db_user: str
    postgres: bool
    # id ranges [first, last] of the audit entries this store wrote (SQLite), newest last
    own_ranges: list[tuple[int, int]] = field(default_factory=list)
    # backend pids of this store's server connections (PostgreSQL's notifications carry it)
    own_pids: set[int] = field(default_factory=set)
    enabled: bool = True

    def is_own_entry(self, entry_id: int) -> bool:
        return any(first <= entry_id <= last for first, last in self.own_ranges)

    def forget_from(self, entry_id: int) -> None:
        """Ids from ``entry_id`` on were deleted (with their mission) and SQLite gives them
        again: they are no longer known as ours."""
        self.own_ranges = [(a, b) for a, b in self.own_ranges if b < entry_id]


class AuditedSession(Session):
    """A session that notes each statement writing many rows it is asked to run (an event
    hook on every statement, ``do_orm_execute``, would slow every query the ORM makes: a
    type test here costs nothing)."""

    _recorder: Recorder

    def execute(self, statement: Any, *args: Any, **kwargs: Any) -> Any:
        result = super().execute(statement, *args, **kwargs)
        if isinstance(statement, UpdateBase) and self._recorder.enabled:
            table = getattr(getattr(statement, "table", None), "name", None)
            if table is not None and table != AUDIT_TABLE:
                params = args[0] if args else kwargs.get("params")
                _note_statement(self, statement, table, params, result)
        return result


def install(sessions: sessionmaker[Session], engine: Engine, recorder: Recorder) -> None:
    """Hook ``sessions`` (one store's factory) so that what they commit is audited."""
    sessions.class_ = type("PonteSession", (AuditedSession,), {"_recorder": recorder})

    @event.listens_for(sessions, "after_flush")
    def _after_flush(session: Session, _context: Any) -> None:
        if recorder.enabled:
            _note_flush(session)

    @event.listens_for(sessions, "before_commit")
    def _before_commit(session: Session) -> None:
        if not recorder.enabled:
            return
        session.flush()
        pending: Pending | None = session.info.pop(_PENDING, None)
        session.info.pop(_MISSIONS, None)
        if not pending:
            return
        _write(session, pending, recorder)

    @event.listens_for(sessions, "after_soft_rollback")
    def _rolled_back(session: Session, _previous: Any) -> None:
        session.info.pop(_PENDING, None)
        session.info.pop(_MISSIONS, None)
        written = session.info.pop(_OWN_RANGE, None)
        if written in recorder.own_ranges:  # the commit failed: those ids may be another's
            recorder.own_ranges.remove(written)

    @event.listens_for(sessions, "after_commit")
    def _committed(session: Session) -> None:
        session.info.pop(_OWN_RANGE, None)

    if recorder.postgres:

        @event.listens_for(engine, "checkout")
        def _own_pid(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
            # once per connection (the first may predate this hook): its notices are ours
            if "ponte_pid" not in record.info:
                pid = int(dbapi_connection.info.backend_pid)
                record.info["ponte_pid"] = pid
                recorder.own_pids.add(pid)


def _pending(session: Session) -> Pending:
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = Pending()
    return pending


# --- what a flush did ----------------------------------------------------------------------


def _note_flush(session: Session) -> None:
    pending = _pending(session)
    changed = [
        *((obj, INSERT) for obj in session.new),
        *(
            (obj, UPDATE)
            for obj in session.dirty
            if session.is_modified(obj, include_collections=False)
        ),
        *((obj, DELETE) for obj in session.deleted),
    ]
    links = []
    for obj, action in changed:
        if isinstance(obj, Base):
            state = instance_state(obj)
            table = state.mapper.local_table.name  # type: ignore[attr-defined]
            if table in LINKS:
                links.append((table, state))  # after the records: their parents among them
            elif table != AUDIT_TABLE:
                _note_record(session, pending, table, state, action)
    for table, state in links:
        column, parent, _label = LINKS[table]
        parent_id = state.dict.get(column)
        pending.link(table, parent_id, _mission_by_parent(session, parent, parent_id))


def _note_record(session: Session, pending: Pending, table: str, state: Any, action: str) -> None:
    values = state.dict
    record_id = values.get("id")
    if not isinstance(record_id, int):
        return
    fields = _changed_fields(state) if action == UPDATE else []
    mission_id = _mission_of(session, table, values)
    # the links noted next find their parent's mission here (a new record is not yet in
    # the identity map while the flush ends)
    session.info.setdefault(_MISSIONS, {})[(table, record_id)] = mission_id
    pending.record(table, record_id, action, mission_id, fields)


def _changed_fields(state: Any) -> list[str]:
    mapper = state.mapper
    changed = [
        attr.key
        for attr in mapper.column_attrs
        if attr.key not in IGNORED_FIELDS and state.attrs[attr.key].history.has_changes()
    ]
    for rel in mapper.relationships:  # many-to-one set by object: its column is the field
        if rel.direction.name == "MANYTOONE" and state.attrs[rel.key].history.has_changes():
            changed += [c.key for c in rel.local_columns if c.key not in changed]
    return changed


def _mission_of(session: Session, table: str, values: dict[str, Any]) -> int | None:
    mission_id = values.get("id") if table == "mission" else values.get("mission_id")
    if isinstance(mission_id, int):
        return mission_id
    if table in PARENTS:
        column, parent = PARENTS[table]
        return _mission_by_parent(session, parent, values.get(column))
    return None


def _mission_by_parent(session: Session, parent: str, parent_id: object) -> int | None:
    """The mission of record ``parent_id`` of table ``parent`` (which has a mission_id): from
    the session's own objects when it holds it, else asked once per flush and remembered."""
    if not isinstance(parent_id, int):
        return None
    known: dict[tuple[str, int], int | None] = session.info.setdefault(_MISSIONS, {})
    key = (parent, parent_id)
    if key in known:
        return known[key]
    mission_id: int | None = None
    model = _MODELS.get(parent)
    if model is not None:
        held = session.identity_map.get(inspect(model).identity_key_from_primary_key((parent_id,)))
        if held is not None:
            value = instance_state(held).dict.get("mission_id")
            mission_id = value if isinstance(value, int) else None
        if mission_id is None:
            column = model.__table__.c.mission_id
            mission_id = (
                session.connection()
                .execute(select(column).where(model.__table__.c.id == parent_id))
                .scalar()
            )
    known[key] = mission_id
    return mission_id


_MODELS: dict[str, Any] = {
    mapper.local_table.name: mapper.class_  # type: ignore[attr-defined]
    for mapper in Base.registry.mappers
}


# --- what a statement of many rows did -----------------------------------------------------


def _note_statement(session: Session, statement: Any, table: str, params: Any, result: Any) -> None:
    many = isinstance(params, list | tuple)
    rows: list[Any] = list(params) if many else ([params] if params else [])
    action = (
        INSERT
        if isinstance(statement, Insert)
        else UPDATE
        if isinstance(statement, Update)
        else DELETE
    )
    if action == INSERT:
        count = len(rows) if many else max(1, _rowcount(result))
    else:
        count = _rowcount(result)
        if count < 0:
            count = len(rows)
    fields: list[str] = []
    if action == UPDATE:
        names = [str(k) for row in rows[:1] for k in row]
        statement_values = getattr(statement, "_values", None) or {}
        names += [str(getattr(k, "key", k)) for k in statement_values]
        fields = [n for n in dict.fromkeys(names) if n not in IGNORED_FIELDS and n != "id"]
    missions = {row.get("mission_id") for row in rows if isinstance(row, dict)}
    mission_id = next(iter(missions)) if len(missions) == 1 else _mission_in_where(statement)
    _pending(session).summary(
        table, action, count, mission_id if isinstance(mission_id, int) else None, fields
    )


def _mission_in_where(statement: Any) -> int | None:
    """The mission of an UPDATE or DELETE whose WHERE says ``mission_id = N`` (None: it
    says no one mission)."""
    where = getattr(statement, "whereclause", None)
    if where is None:
        return None
    for element in iterate(where):
        if (
            isinstance(element, BinaryExpression)
            and element.operator is operators.eq
            and getattr(element.left, "key", None) == "mission_id"
            and isinstance(element.right, BindParameter)
            and isinstance(element.right.value, int)
        ):
            return element.right.value
    return None


def _rowcount(result: Any) -> int:
    try:
        return int(result.rowcount)
    except Exception:  # a result that cannot say (some drivers for some statements)
        return -1


# --- writing -------------------------------------------------------------------------------


def _write(session: Session, pending: Pending, recorder: Recorder) -> None:
    missions = pending.missions()
    fallback = next(iter(missions)) if len(missions) == 1 else _held_mission(session)
    who = recorder.actor()
    rows = pending.rows(at=utc_now(), who=who, db_user=recorder.db_user, fallback=fallback)
    connection = session.connection()
    named = {row["mission_id"] for row in rows} - {None}
    if named:
        # a mission this commit deleted takes its log with it: an entry may not name it
        mission = Base.metadata.tables["mission"]
        kept = set(
            connection.execute(select(mission.c.id).where(mission.c.id.in_(named))).scalars()
        )
        for row in rows:
            if row["mission_id"] not in kept:
                row["mission_id"] = None
    connection.execute(insert(_AUDIT), rows)
    if recorder.postgres:
        changed = dict.fromkeys((row["mission_id"], row["table_name"]) for row in rows)
        for mission_id, table in changed:
            connection.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": payload(mission_id, table, who)},
            )
    else:
        last = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar()
        if isinstance(last, int):
            written = (last - len(rows) + 1, last)
            # known as ours before the commit ends (the watcher may look at once after)
            recorder.own_ranges.append(written)
            session.info[_OWN_RANGE] = written
            del recorder.own_ranges[:-_OWN_IDS_KEPT]


def _held_mission(session: Session) -> int | None:
    """The one mission the session's objects belong to (None: none or several)."""
    missions = set()
    for obj in session.identity_map.values():
        value = instance_state(obj).dict.get("mission_id")
        if isinstance(value, int):
            missions.add(value)
            if len(missions) > 1:
                return None
    return next(iter(missions)) if missions else None


def recorder_for(store: Store) -> Recorder:
    """The recorder of ``store``: its actor read at each commit (it may be set after open)."""
    url = store.engine.url
    postgres = not store.location.is_sqlite
    return Recorder(
        actor=lambda: store.actor,
        db_user=(url.username or "") if postgres else "",
        postgres=postgres,
    )
