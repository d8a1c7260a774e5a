"""The B2B schedule as a slot × table grid: read it, move, swap and lock meetings, and find
conflicts (computed from the grid alone, so the UI can recheck after every edit).

A team is away in a slot when every one of its delegates is unavailable then (the scheduler's
rule); an interpreter is away when their own person is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.common.errors import UserError
from app.common.timezones import to_local
from app.common.wording import Message
from app.core import messages as msg
from app.core.changes import Changes
from app.core.errors import gone
from app.core.messages import DEFAULT_BREAK_LABEL
from app.core.mission_record import MissionRecord, away_slots, load_mission
from app.core.names import Names
from app.core.pairs import pair_key
from app.core.slots import SlotDef, session_slots
from app.model import (
    B2BSession,
    B2BTable,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Organisation,
)
from app.services import messages as services_msg
from app.store import Store

# --- what the grid shows ---------------------------------------------------------------------


@dataclass(frozen=True)
class GridSlot:
    id: str  # as in the scheduler problem: "S<session>-<nn>"
    session_id: int
    index: int
    start_utc: datetime
    end_utc: datetime
    start_local: datetime  # in the session's zone (aware)
    end_local: datetime

    @property
    def label(self) -> str:
        """'14:00–14:20 JST': a time is never shown without its zone."""
        return f"{self.start_local:%H:%M}–{self.end_local:%H:%M} {self.start_local.tzname()}"


@dataclass(frozen=True)
class GridTable:
    id: int
    session_id: int
    name: str
    position: int


@dataclass(frozen=True)
class GridBreak:
    """A break of a session (a coffee break): the grid shows it as a row with its name."""

    session_id: int
    start_utc: datetime
    end_utc: datetime
    start_local: datetime  # in the session's zone (aware)
    end_local: datetime
    names: Names  # its label in en/it/ja ("Coffee break" when none was given)

    @property
    def span(self) -> str:
        """'16:00–16:20 JST'."""
        return f"{self.start_local:%H:%M}–{self.end_local:%H:%M} {self.start_local.tzname()}"


@dataclass(frozen=True)
class GridSession:
    id: int
    name: str
    timezone: str
    start_local: datetime
    slots: tuple[GridSlot, ...]
    tables: tuple[GridTable, ...]
    breaks: tuple[GridBreak, ...] = ()
    names: Names | None = None  # en/it/ja (None: ``name`` alone)

    def rows(self) -> list[GridSlot | GridBreak]:
        """Its slots and breaks in time order, as the grid shows them."""
        items: list[GridSlot | GridBreak] = [*self.slots, *self.breaks]
        return sorted(items, key=lambda x: (x.start_utc, isinstance(x, GridSlot)))


@dataclass(frozen=True)
class GridOrganisation:
    id: int
    name: str
    name_ja: str | None
    capacity: int  # meetings it can hold in parallel
    away_slots: frozenset[str]  # slots in which every delegate is unavailable

    @property
    def display(self) -> str:
        return f"{self.name} ({self.name_ja})" if self.name_ja else self.name


@dataclass(frozen=True)
class GridInterpreter:
    id: int
    name: str
    name_ja: str | None
    away_slots: frozenset[str]


@dataclass(frozen=True)
class GridMeeting:
    id: int
    session_id: int
    table_id: int
    start_utc: datetime
    end_utc: datetime
    slot_id: str | None  # None when the session was redefined and no slot starts then
    org_a: int
    org_b: int
    org_a_name: str
    org_a_name_ja: str | None
    org_b_name: str
    org_b_name_ja: str | None
    interpreter_id: int | None
    interpreter_name: str | None
    locked: bool
    status: MeetingStatus
    status_note: str = ""  # marked on site: "arrived 20 min late"
    version: int | None = None  # the row's, as read: the base a status mark is saved against

    @property
    def pair_id(self) -> str:
        """The scheduler's id of this pair: "M<lo>-<hi>"."""
        return pair_key(self.org_a, self.org_b)


class ScheduleBlocker(StrEnum):
    """Why the Schedule button cannot run yet: what the coordinator adds next."""

    NO_SESSION = "no_session"
    NO_ORGANISATIONS = "no_organisations"
    NO_REQUESTS = "no_requests"


@dataclass(frozen=True)
class GridData:
    mission_id: int
    sessions: tuple[GridSession, ...]
    meetings: tuple[GridMeeting, ...]
    organisations: Mapping[int, GridOrganisation]
    interpreters: Mapping[int, GridInterpreter]
    requests: int = 0  # meeting requests that may become a meeting (not "no thanks")

    @property
    def blocker(self) -> ScheduleBlocker | None:
        """What the mission lacks before the scheduler can run (None: nothing)."""
        if not self.sessions:
            return ScheduleBlocker.NO_SESSION
        if not self.organisations:
            return ScheduleBlocker.NO_ORGANISATIONS
        if not self.requests:
            return ScheduleBlocker.NO_REQUESTS
        return None

    def slot(self, slot_id: str) -> GridSlot | None:
        return next((x for s in self.sessions for x in s.slots if x.id == slot_id), None)

    def meeting(self, meeting_id: int) -> GridMeeting | None:
        return next((m for m in self.meetings if m.id == meeting_id), None)


def load_grid(store: Store, mission_id: int) -> GridData:
    """Everything the grid page shows of ``mission_id``'s B2B sessions and meetings."""
    return grid_of(load_mission(store, mission_id))


def grid_of(record: MissionRecord) -> GridData:
    """The grid of the mission in ``record``: each session's slots and tables in its zone, the
    meetings not cancelled, who is away in which slot."""
    sessions: list[GridSession] = []
    all_slots: list[SlotDef] = []
    slot_at: dict[tuple[int, datetime], str] = {}
    for b2b in record.sessions:
        all_slots.extend(b2b.slots)
        slots = []
        for d in b2b.slots:
            slot_at[(b2b.id, d.start_utc)] = d.id
            slots.append(
                GridSlot(
                    d.id,
                    b2b.id,
                    d.index,
                    d.start_utc,
                    d.end_utc,
                    to_local(d.start_utc, b2b.timezone),
                    to_local(d.end_utc, b2b.timezone),
                )
            )
        tables = tuple(GridTable(t.id, b2b.id, t.name, t.position) for t in b2b.tables)
        sessions.append(
            GridSession(
                b2b.id,
                b2b.name,
                b2b.timezone,
                to_local(b2b.start_utc, b2b.timezone),
                tuple(slots),
                tables,
                tuple(
                    GridBreak(
                        b2b.id,
                        x.start_utc,
                        x.end_utc,
                        to_local(x.start_utc, b2b.timezone),
                        to_local(x.end_utc, b2b.timezone),
                        Names(x.label or DEFAULT_BREAK_LABEL.en, x.label_it, x.label_ja)
                        if x.label or x.label_it or x.label_ja
                        else Names(
                            DEFAULT_BREAK_LABEL.en, DEFAULT_BREAK_LABEL.it, DEFAULT_BREAK_LABEL.ja
                        ),
                    )
                    for x in b2b.breaks
                ),
                b2b.names,
            )
        )
    delegates = record.delegates()
    orgs = {
        org.id: GridOrganisation(
            org.id,
            org.name,
            org.name_ja,
            max(1, org.parallel_meetings),
            away_slots(all_slots, delegates.get(org.id, ()), record)
            | frozenset(  # its delegation does not take part in that session
                x.id
                for b2b in record.sessions
                if not b2b.takes_part(org.delegation_id)
                for x in b2b.slots
            ),
        )
        for org in record.organisations.values()
    }
    interpreters: dict[int, GridInterpreter] = {}
    for interp in record.interpreters.values():
        person = record.people[interp.participant_id]
        interpreters[interp.id] = GridInterpreter(
            interp.id, person.latin_name, person.kanji_name, away_slots(all_slots, [person], record)
        )
    meetings = []
    live = (m for m in record.meetings if m.status is not MeetingStatus.CANCELLED)
    for m in sorted(live, key=lambda m: (m.start_utc, m.id)):
        a, b = orgs.get(m.organisation_a), orgs.get(m.organisation_b)
        interp_row = interpreters.get(m.interpreter_id) if m.interpreter_id else None
        meetings.append(
            GridMeeting(
                id=m.id,
                session_id=m.session_id,
                table_id=m.table_id,
                start_utc=m.start_utc,
                end_utc=m.end_utc,
                slot_id=slot_at.get((m.session_id, m.start_utc)),
                org_a=m.organisation_a,
                org_b=m.organisation_b,
                org_a_name=a.name if a else f"#{m.organisation_a}",
                org_a_name_ja=a.name_ja if a else None,
                org_b_name=b.name if b else f"#{m.organisation_b}",
                org_b_name_ja=b.name_ja if b else None,
                interpreter_id=m.interpreter_id,
                interpreter_name=interp_row.name if interp_row else None,
                locked=m.locked,
                status=m.status,
                status_note=m.status_note,
                version=m.version,
            )
        )
    return GridData(
        record.id,
        tuple(sessions),
        tuple(meetings),
        MappingProxyType(orgs),
        MappingProxyType(interpreters),
        sum(1 for r in record.requests if not r.no_thanks),
    )


# --- conflicts -------------------------------------------------------------------------------


class ConflictKind(StrEnum):
    TEAM_DOUBLE_BOOKED = "team_double_booked"  # subject: the organisation
    INTERPRETER_DOUBLE_BOOKED = "interpreter_double_booked"  # subject: the interpreter
    TEAM_AWAY = "team_away"  # subject: the organisation
    INTERPRETER_AWAY = "interpreter_away"  # subject: the interpreter
    TABLE_TAKEN = "table_taken"  # subject: the table
    OFF_SLOT = "off_slot"  # subject: the session; the meeting no longer starts on its slots


@dataclass(frozen=True)
class Conflict:
    """Something wrong in one slot; the UI words it from ``kind`` and ``subject``."""

    kind: ConflictKind
    slot_id: str  # "" for OFF_SLOT: the meeting is in no slot
    meeting_ids: tuple[int, ...]
    subject: str  # a name (organisation, interpreter or table)
    capacity: int = 1  # for a team: how many meetings it may hold at once

    @property
    def message(self) -> str:
        """English, for logs and the CLI."""
        return {
            ConflictKind.TEAM_DOUBLE_BOOKED: f"{self.subject} has "
            f"{len(self.meeting_ids)} meetings at once (at most {self.capacity}).",
            ConflictKind.INTERPRETER_DOUBLE_BOOKED: f"The interpreter {self.subject} is in "
            f"{len(self.meeting_ids)} meetings at once.",
            ConflictKind.TEAM_AWAY: f"{self.subject} is unavailable in this slot.",
            ConflictKind.INTERPRETER_AWAY: f"The interpreter {self.subject} is unavailable "
            "in this slot.",
            ConflictKind.TABLE_TAKEN: f"Table {self.subject} has {len(self.meeting_ids)} "
            "meetings in this slot.",
            ConflictKind.OFF_SLOT: f"No longer on a slot or table of {self.subject} (the "
            "session was changed): run the scheduler to place it again (unlock it first if "
            "it is locked).",
        }[self.kind]


def conflicts(grid: GridData) -> list[Conflict]:
    """Every double booking, unavailable party and shared table cell in ``grid``, and every
    meeting a change of its session left off the slots or tables."""
    out: list[Conflict] = []
    table_name = {t.id: t.name for s in grid.sessions for t in s.tables}
    session_name = {s.id: s.name for s in grid.sessions}
    by_slot: dict[str, list[GridMeeting]] = defaultdict(list)
    for m in grid.meetings:
        if m.slot_id is not None and m.table_id in table_name:
            by_slot[m.slot_id].append(m)
        else:
            name = session_name.get(m.session_id, f"#{m.session_id}")
            out.append(Conflict(ConflictKind.OFF_SLOT, "", (m.id,), name))
    for slot_id, meetings in by_slot.items():
        teams: dict[int, list[int]] = defaultdict(list)
        interps: dict[int, list[int]] = defaultdict(list)
        tables: dict[int, list[int]] = defaultdict(list)
        for m in meetings:
            teams[m.org_a].append(m.id)
            teams[m.org_b].append(m.id)
            if m.interpreter_id is not None:
                interps[m.interpreter_id].append(m.id)
            tables[m.table_id].append(m.id)
        for oid, ids in teams.items():
            org = grid.organisations.get(oid)
            capacity = org.capacity if org else 1
            name = org.display if org else f"#{oid}"
            if len(ids) > capacity:
                out.append(
                    Conflict(ConflictKind.TEAM_DOUBLE_BOOKED, slot_id, tuple(ids), name, capacity)
                )
            if org is not None and slot_id in org.away_slots:
                out.append(Conflict(ConflictKind.TEAM_AWAY, slot_id, tuple(ids), name))
        for iid, ids in interps.items():
            interp = grid.interpreters.get(iid)
            name = interp.name if interp else f"#{iid}"
            if len(ids) > 1:
                out.append(
                    Conflict(ConflictKind.INTERPRETER_DOUBLE_BOOKED, slot_id, tuple(ids), name)
                )
            if interp is not None and slot_id in interp.away_slots:
                out.append(Conflict(ConflictKind.INTERPRETER_AWAY, slot_id, tuple(ids), name))
        for tid, ids in tables.items():
            if len(ids) > 1:
                out.append(
                    Conflict(
                        ConflictKind.TABLE_TAKEN, slot_id, tuple(ids), table_name.get(tid, "?")
                    )
                )
    return out


def conflicts_by_meeting(found: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    out: dict[int, list[Conflict]] = defaultdict(list)
    for c in found:
        for mid in c.meeting_ids:
            out[mid].append(c)
    return dict(out)


# --- edits -----------------------------------------------------------------------------------


class Refusal(StrEnum):
    LOCKED = "locked"  # subject: the locked meeting's pair of names
    NOT_A_SLOT = "not_a_slot"  # the target time is no slot of the table's session
    OTHER_MISSION = "other_mission"


class MoveRefused(UserError, ValueError):
    """A move or swap that cannot be done; ``reason`` says which refusal it is."""

    def __init__(self, reason: Refusal, message: Message) -> None:
        self.reason = reason
        super().__init__(message)


@dataclass(frozen=True)
class Position:
    """Where a meeting sits: a table (hence a session) and a slot's start."""

    table_id: int
    start_utc: datetime


@dataclass(frozen=True)
class Moved:
    meeting_id: int
    previous: Position  # undo: move the meeting back there
    swapped_with: int | None
    changes: Changes


@dataclass(frozen=True)
class Swapped:
    a: int
    b: int
    changes: Changes


@dataclass(frozen=True)
class LockSet:
    meeting_id: int
    previous: bool
    changes: Changes


def _meeting(s: Session, meeting_id: int) -> Meeting:
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise gone(msg.MEETING, meeting_id)
    return m


def _names(s: Session, m: Meeting) -> str:
    a = s.get(Organisation, m.organisation_a_id)
    b = s.get(Organisation, m.organisation_b_id)
    return f"{a.name if a else '?'} ↔ {b.name if b else '?'}"


def _refuse_locked(s: Session, *meetings: Meeting) -> None:
    for m in meetings:
        if m.locked:
            raise MoveRefused(Refusal.LOCKED, services_msg.MOVE_LOCKED(meeting=_names(s, m)))


def _place(m: Meeting, table: B2BTable, slot: SlotDef) -> None:
    m.session_id, m.table_id = table.session_id, table.id
    m.start_utc, m.end_utc = slot.start_utc, slot.end_utc


def _slot_of(s: Session, table: B2BTable, start_utc: datetime) -> SlotDef:
    session = s.scalars(
        select(B2BSession)
        .where(B2BSession.id == table.session_id)
        .options(selectinload(B2BSession.breaks))
    ).one()
    slot = next((x for x in session_slots(session) if x.start_utc == start_utc), None)
    if slot is None:
        raise MoveRefused(Refusal.NOT_A_SLOT, services_msg.MOVE_NOT_A_SLOT())
    return slot


def move_meeting(store: Store, meeting_id: int, start_utc: datetime, table_id: int) -> Moved:
    """Put the meeting in the slot starting at ``start_utc`` at ``table_id``; a meeting
    already there takes the moved one's place (a swap). Locked meetings never move."""
    with store.session() as s:
        m = _meeting(s, meeting_id)
        table = s.get(B2BTable, table_id)
        if table is None:
            raise gone(msg.TABLE, table_id)
        target_session = s.get(B2BSession, table.session_id)
        if target_session is None or target_session.mission_id != m.mission_id:
            raise MoveRefused(Refusal.OTHER_MISSION, services_msg.MOVE_OTHER_MISSION())
        previous = Position(m.table_id, m.start_utc)
        if previous == Position(table_id, start_utc):
            return Moved(meeting_id, previous, None, Changes())
        slot = _slot_of(s, table, start_utc)
        occupant = s.scalars(
            select(Meeting).where(
                Meeting.table_id == table_id,
                Meeting.start_utc == slot.start_utc,
                Meeting.status != MeetingStatus.CANCELLED,
                Meeting.id != meeting_id,
            )
        ).first()
        _refuse_locked(s, m, *([occupant] if occupant else []))
        if occupant is not None:
            occupant.session_id, occupant.table_id = m.session_id, m.table_id
            occupant.start_utc, occupant.end_utc = m.start_utc, m.end_utc
        _place(m, table, slot)
        return Moved(meeting_id, previous, occupant.id if occupant else None, Changes(b2b=True))


def swap_meetings(store: Store, a: int, b: int) -> Swapped:
    """Exchange the slots and tables of two meetings (their own interpreters stay)."""
    with store.session() as s:
        ma, mb = _meeting(s, a), _meeting(s, b)
        if ma.mission_id != mb.mission_id:
            raise MoveRefused(Refusal.OTHER_MISSION, services_msg.MOVE_OTHER_MISSION())
        _refuse_locked(s, ma, mb)
        pa: tuple[Any, ...] = (ma.session_id, ma.table_id, ma.start_utc, ma.end_utc)
        pb: tuple[Any, ...] = (mb.session_id, mb.table_id, mb.start_utc, mb.end_utc)
        ma.session_id, ma.table_id, ma.start_utc, ma.end_utc = pb
        mb.session_id, mb.table_id, mb.start_utc, mb.end_utc = pa
        return Swapped(a, b, Changes(b2b=True))


def set_locked(store: Store, meeting_id: int, locked: bool) -> LockSet:
    """Lock a meeting (the scheduler and moves leave it where it is) or unlock it."""
    with store.session() as s:
        m = _meeting(s, meeting_id)
        previous = m.locked
        m.locked = locked
        return LockSet(meeting_id, previous, Changes(b2b=previous != locked))


# --- the request matrix ----------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixOrganisation:
    id: int
    name: str
    name_ja: str | None
    side: str | None  # "turin" | "nagoya" | None


@dataclass(frozen=True)
class RequestCell:
    """``requester`` asked ``requested``: priority 1–5, or no thanks; mutual if both asked."""

    priority: int
    no_thanks: bool
    mutual: bool


@dataclass(frozen=True)
class RequestMatrix:
    """Rows × columns of organisations: Turin × Nagoya when both sides are present (a request
    only goes across), otherwise everyone × everyone."""

    rows: tuple[MatrixOrganisation, ...]  # by name
    columns: tuple[MatrixOrganisation, ...]
    cells: Mapping[tuple[int, int], RequestCell]  # (requester, requested) → cell

    @property
    def organisations(self) -> tuple[MatrixOrganisation, ...]:
        seen = {o.id for o in self.rows}
        return self.rows + tuple(o for o in self.columns if o.id not in seen)


def load_requests(store: Store, mission_id: int) -> RequestMatrix:
    """Who asked whom, with priorities, mutual requests and refusals."""
    with store.session() as s:
        orgs = s.scalars(
            select(Organisation)
            .where(Organisation.mission_id == mission_id)
            .options(selectinload(Organisation.delegation))
        ).all()
        everyone = sorted(
            (
                MatrixOrganisation(o.id, o.name, o.name_ja, o.side.value if o.side else None)
                for o in orgs
            ),
            key=lambda o: o.name.casefold(),
        )
        raw = {
            (r.requester_id, r.requested_id): r
            for r in s.scalars(
                select(MeetingRequest).where(MeetingRequest.mission_id == mission_id)
            )
        }
    cells = {}
    for (a, b), r in raw.items():
        back = raw.get((b, a))
        mutual = not r.no_thanks and back is not None and not back.no_thanks
        cells[(a, b)] = RequestCell(r.priority, r.no_thanks, mutual)
    turin = tuple(o for o in everyone if o.side == "turin")
    nagoya = tuple(o for o in everyone if o.side == "nagoya")
    if turin and nagoya and len(turin) + len(nagoya) == len(everyone):
        return RequestMatrix(turin, nagoya, MappingProxyType(cells))
    return RequestMatrix(tuple(everyone), tuple(everyone), MappingProxyType(cells))


# --- timelines -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    slot: GridSlot
    meetings: tuple[GridMeeting, ...]  # empty: idle in this slot


@dataclass(frozen=True)
class Timeline:
    """One organisation's or interpreter's slots, in the sessions where they meet."""

    entries: tuple[TimelineEntry, ...]
    meetings: int
    breaks: int  # runs of idle slots between two meetings within one session


def timeline(
    grid: GridData, *, organisation_id: int | None = None, interpreter_id: int | None = None
) -> Timeline:
    """The slots of every session in which the organisation (or interpreter) has a meeting."""

    def concerns(m: GridMeeting) -> bool:
        if organisation_id is not None:
            return organisation_id in (m.org_a, m.org_b)
        return interpreter_id is not None and m.interpreter_id == interpreter_id

    by_slot: dict[str, list[GridMeeting]] = defaultdict(list)
    for m in grid.meetings:
        if m.slot_id is not None and concerns(m):
            by_slot[m.slot_id].append(m)
    entries: list[TimelineEntry] = []
    breaks = 0
    for session in grid.sessions:
        busy = [bool(by_slot.get(x.id)) for x in session.slots]
        if not any(busy):
            continue
        first, last = busy.index(True), len(busy) - 1 - busy[::-1].index(True)
        breaks += sum(1 for i in range(first + 1, last + 1) if busy[i] and not busy[i - 1])
        entries.extend(TimelineEntry(x, tuple(by_slot.get(x.id, ()))) for x in session.slots)
    return Timeline(tuple(entries), sum(len(e.meetings) for e in entries), breaks)
