"""The history of a mission: who changed what and when, newest first, a page at a time.

The audit log (:mod:`app.store.audit` writes it) names records by table and id and holds the
names of the fields that changed, never their values. A line names the record as it is now
(a participant's name, an organisation's); a record since deleted or erased is named by its
number only, so erasing a person never has to touch the log.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.common.wording import Message, listed
from app.core.errors import NotFound
from app.model import (
    AgendaItem,
    B2BSession,
    B2BTable,
    Delegation,
    Interpreter,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Publication,
    Venue,
)
from app.model.audit import AuditEntry
from app.services import audit_messages as msg
from app.store import Store
from app.store.audit_rows import DELETE, INSERT, rows_of

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class HistoryLine:
    """One entry of the log, worded: ``what`` without the subject, ``said`` with it."""

    id: int
    at: datetime  # UTC
    who: str
    what: Message
    table: str
    record_id: int | None
    action: str
    fields: tuple[str, ...]

    @property
    def said(self) -> Message:
        return msg.SAID(who=self.who or msg.SOMEONE(), what=self.what)


@dataclass(frozen=True)
class HistoryPage:
    """``lines`` (newest first) from ``offset`` of ``total`` entries; ``zone``, the
    mission's time zone."""

    lines: list[HistoryLine]
    total: int
    offset: int
    zone: str

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.lines) < self.total


def mission_history(
    store: Store, mission_id: int, *, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> HistoryPage:
    """Entries ``offset`` to ``offset + limit`` of the mission's log, newest first."""
    with store.snapshot() as s:
        mission = s.get(Mission, mission_id)
        if mission is None:
            raise NotFound(msg.MISSION_NOT_FOUND(mission=mission_id))
        total = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.mission_id == mission_id)
        )
        entries = list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.mission_id == mission_id)
                .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                .limit(max(1, limit))
                .offset(max(0, offset))
            )
        )
        names = _names(s, entries)
        lines = [_line(e, names) for e in entries]
        return HistoryPage(lines, int(total or 0), max(0, offset), mission.timezone)


def _line(entry: AuditEntry, names: dict[tuple[str, int], str]) -> HistoryLine:
    try:
        fields = [str(f) for f in json.loads(entry.fields or "[]")]
    except ValueError:
        fields = []
    count = rows_of(fields)
    table = entry.table_name
    if count is not None:
        what = _many(entry.action, table, count, fields[1:])
    else:
        rid = entry.record_id
        known = names.get((table, rid)) if rid is not None else None
        name: object = known if known else msg.UNNAMED(id=rid if rid is not None else "?")
        wording = msg.KINDS.get(table)
        kind_said = wording() if wording is not None else msg.OTHER_KIND(table=table)
        if entry.action == INSERT:
            what = msg.CREATED(kind=kind_said, name=name)
        elif entry.action == DELETE:
            what = msg.DELETED(kind=kind_said, name=name)
        else:
            what = msg.CHANGED(fields=_fields(fields), kind=kind_said, name=name)
    return HistoryLine(
        entry.id, entry.at, entry.who, what, table, entry.record_id, entry.action, tuple(fields)
    )


def _many(action: str, table: str, count: int, fields: list[str]) -> Message:
    wording = msg.MANY_KINDS.get(table)
    kinds = wording() if wording is not None else msg.OTHER_KINDS(table=table)
    if action == INSERT:
        return msg.CREATED_MANY(count=count, kinds=kinds)
    if action == DELETE:
        return msg.DELETED_MANY(count=count, kinds=kinds)
    if fields:
        return msg.CHANGED_MANY(fields=_fields(fields), count=count, kinds=kinds)
    return msg.CHANGED_MANY_UNNAMED(count=count, kinds=kinds)


def _fields(fields: Iterable[str]) -> Message:
    said = [
        msg.FIELDS[f]() if f in msg.FIELDS else msg.FIELD_RAW(name=f.replace("_", " "))
        for f in fields
    ]
    return listed(said, msg.FIELD_LIST) if said else msg.ALL_RECORDS()


# --- naming records as they are now ---------------------------------------------------------


def _person(p: Participant) -> str:
    return p.latin_name()


Namer = Callable[[Session, list[int]], dict[int, str]]


def _by_column(model: Any, column: Any) -> Namer:
    def name(s: Session, ids: list[int]) -> dict[int, str]:
        return {i: str(n) for i, n in s.execute(select(model.id, column).where(model.id.in_(ids)))}

    return name


def _people(s: Session, ids: list[int]) -> dict[int, str]:
    return {p.id: _person(p) for p in s.scalars(select(Participant).where(Participant.id.in_(ids)))}


def _interpreters(s: Session, ids: list[int]) -> dict[int, str]:
    rows = s.execute(
        select(Interpreter.id, Participant)
        .join(Participant, Participant.id == Interpreter.participant_id)
        .where(Interpreter.id.in_(ids))
    )
    return {i: _person(p) for i, p in rows}


def _pairs(model: Any, a: Any, b: Any, arrow: str) -> Namer:
    def name(s: Session, ids: list[int]) -> dict[int, str]:
        rows = list(s.execute(select(model.id, a, b).where(model.id.in_(ids))))
        wanted = {x for _i, x, _y in rows} | {y for _i, _x, y in rows}
        query = select(Organisation.id, Organisation.name).where(Organisation.id.in_(wanted))
        orgs = {oid: name for oid, name in s.execute(query)}
        return {i: f"{orgs.get(x, '?')} {arrow} {orgs.get(y, '?')}" for i, x, y in rows}

    return name


def _publications(s: Session, ids: list[int]) -> dict[int, str]:
    rows = s.execute(select(Publication.id, Publication.number).where(Publication.id.in_(ids)))
    return {i: f"#{n}" for i, n in rows}


NAMERS: dict[str, Namer] = {
    "mission": _by_column(Mission, Mission.name),
    "venue": _by_column(Venue, Venue.name),
    "delegation": _by_column(Delegation, Delegation.name),
    "organisation": _by_column(Organisation, Organisation.name),
    "participant": _people,
    "interpreter": _interpreters,
    "agenda_item": _by_column(AgendaItem, AgendaItem.title),
    "b2b_session": _by_column(B2BSession, B2BSession.name),
    "b2b_table": _by_column(B2BTable, B2BTable.name),
    "meeting_request": _pairs(
        MeetingRequest, MeetingRequest.requester_id, MeetingRequest.requested_id, "→"
    ),
    "meeting": _pairs(Meeting, Meeting.organisation_a_id, Meeting.organisation_b_id, "–"),
    "publication": _publications,
}


def _names(s: Session, entries: list[AuditEntry]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {}
    for e in entries:
        if e.record_id is not None and e.table_name in NAMERS:
            wanted.setdefault(e.table_name, set()).add(e.record_id)
    names: dict[tuple[str, int], str] = {}
    for table, ids in wanted.items():
        for rid, name in NAMERS[table](s, sorted(ids)).items():
            names[(table, rid)] = name
    return names
