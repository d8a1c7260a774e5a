"""A B2B session as a coordinator types it (a draft), checked against the mission as read.

A session is a day, an optional venue, a start and an end as wall times in the venue's zone
(else the mission's), a slot length, breaks, tables and the delegations that take part (none:
every delegation). Its slots follow from that (:func:`app.core.slots.session_slots`).

Every check is a pure function of a draft and the mission as read (:func:`check_session`), so
the Sessions page shows problems next to their fields as they are typed; the save checks again
inside its own transaction and writes all or nothing.

A change that leaves placed meetings without their slot, their table or one of their
delegations (:func:`displaced_meetings`) is refused with :class:`MeetingsNoLongerFit` unless
the caller confirms that very list; the confirmed meetings are then removed (their requests go
back to the unscheduled list) and named in the result: never dropped silently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.timezones import NonexistentLocalTime, to_local, to_utc
from app.common.wording import FALLBACK, Message, listed
from app.core import messages as msg
from app.core.changes import Changes
from app.core.mission_record import (
    MeetingRecord,
    MissionRecord,
    SessionRecord,
)
from app.core.names import NamedInThree, Names
from app.core.slots import SlotDef, session_slots
from app.core.text import trimmed
from app.core.wall_times import parse_span as parse_span
from app.core.wall_times import parse_wall_time as parse_wall_time
from app.model import (
    B2BBreak,
    B2BSession,
    B2BTable,
    MeetingStatus,
    SessionDelegation,
)

NAME_MAX = 200
LABEL_MAX = 100
TABLE_NAME_MAX = 50
TABLES_MAX = 500
SLOT_MIN, SLOT_MAX = 5, 240


# --- what a coordinator types -----------------------------------------------------------------


@dataclass(frozen=True)
class BreakDraft:
    """A break in wall times of the session's zone; no label at all: "Coffee break"."""

    start: time
    end: time
    label: str = ""
    label_it: str | None = None
    label_ja: str | None = None


@dataclass(frozen=True)
class TableDraft:
    """A table by name; ``id`` is the stored table it keeps (renaming keeps the id)."""

    name: str
    id: int | None = None


@dataclass(frozen=True)
class SessionDraft(NamedInThree):
    """What a coordinator typed for a session, before it is checked."""

    name: str
    day: date
    start: time
    end: time
    slot_minutes: int = 20
    name_it: str | None = None
    name_ja: str | None = None
    venue_id: int | None = None
    breaks: tuple[BreakDraft, ...] = ()
    tables: tuple[TableDraft, ...] = ()
    delegation_ids: frozenset[int] = frozenset()  # none: every delegation takes part

    def normalised(self) -> SessionDraft:
        return SessionDraft(
            name=trimmed(self.name),
            day=self.day,
            start=self.start,
            end=self.end,
            slot_minutes=self.slot_minutes,
            name_it=trimmed(self.name_it or "") or None,
            name_ja=trimmed(self.name_ja or "") or None,
            venue_id=self.venue_id,
            breaks=tuple(_named(b) for b in self.breaks),
            tables=tuple(TableDraft(trimmed(t.name), t.id) for t in self.tables),
            delegation_ids=frozenset(self.delegation_ids),
        )


def _named(b: BreakDraft) -> BreakDraft:
    """Trimmed labels; a break with no label at all is a coffee break, in three languages."""
    label, label_it, label_ja = (trimmed(x or "") for x in (b.label, b.label_it, b.label_ja))
    if not (label or label_it or label_ja):
        w = msg.DEFAULT_BREAK_LABEL
        return BreakDraft(b.start, b.end, w.en, w.it, w.ja)
    return BreakDraft(b.start, b.end, label, label_it or None, label_ja or None)


@dataclass(frozen=True)
class SessionProblem:
    """One thing wrong with a draft, for the field it belongs to: "name", "name_it",
    "name_ja", "venue", "day", "start", "end", "slot_minutes", "breaks" (``index``: which
    break), "tables", "delegations"."""

    field: str
    message: Message
    index: int | None = None

    def text(self, lang: str = FALLBACK) -> str:
        return self.message.text(lang)


class SessionInvalid(UserError, ValueError):
    """A draft was refused; ``problems`` says why, each for its field."""

    def __init__(self, problems: Sequence[SessionProblem]) -> None:
        if not problems:
            raise ValueError("a refused draft has at least one problem")
        self.problems = tuple(problems)
        super().__init__(
            msg.SESSION_INVALID(
                problems=listed([p.message for p in self.problems], msg.SESSION_PROBLEMS)
            )
        )


@dataclass(frozen=True)
class DisplacedMeeting:
    """A placed meeting that a change leaves without its slot, table or delegation."""

    id: int
    organisation_a: str
    organisation_b: str
    start_utc: datetime
    timezone: str
    table: str
    reason: Message
    locked: bool = False
    why: str = "slot"  # "slot", "table", "delegation" or "deleted"

    @property
    def message(self) -> Message:
        local = to_local(self.start_utc, self.timezone)
        return msg.NO_FIT_MEETING(
            a=self.organisation_a,
            b=self.organisation_b,
            when=f"{local:%Y-%m-%d %H:%M} {local.tzname()}",
            table=self.table,
            reason=self.reason,
        )

    def text(self, lang: str = FALLBACK) -> str:
        return self.message.text(lang)


class MeetingsNoLongerFit(UserError):
    """The change would remove placed meetings; call again confirming ``meetings``' ids."""

    def __init__(self, meetings: Sequence[DisplacedMeeting], *, deleting: bool = False) -> None:
        self.meetings = tuple(meetings)
        wording = msg.DELETE_WITH_MEETINGS if deleting else msg.NO_LONGER_FIT
        super().__init__(
            wording(
                count=len(self.meetings),
                meetings=listed([m.message for m in self.meetings], msg.NO_FIT_LIST),
            )
        )


@dataclass(frozen=True)
class SlotPreview:
    """What a draft's slots come to: "12 slots of 20 min, 10 tables: up to 120 meetings"."""

    slots: tuple[SlotDef, ...]
    slot_minutes: int
    tables: int
    zone: str

    @property
    def capacity(self) -> int:
        return len(self.slots) * self.tables


@dataclass(frozen=True)
class SessionCheck:
    problems: tuple[SessionProblem, ...]
    displaced: tuple[DisplacedMeeting, ...]
    preview: SlotPreview | None  # None when the times cannot be read

    def for_field(self, name: str) -> list[SessionProblem]:
        return [p for p in self.problems if p.field == name]


@dataclass(frozen=True)
class SessionSaved:
    session_id: int
    removed: tuple[DisplacedMeeting, ...]  # the confirmed meetings that were removed
    changes: Changes = field(default_factory=lambda: Changes(b2b=True))


@dataclass(frozen=True)
class SessionRow:
    """A session as the Sessions page and ``ponte session list`` show it."""

    id: int
    names: Names
    venue_id: int | None
    venue: Names | None
    timezone: str
    start_local: datetime
    end_local: datetime
    slot_minutes: int
    slot_count: int
    table_names: tuple[str, ...]
    breaks: tuple[tuple[datetime, datetime, Names], ...]  # local times
    delegation_ids: frozenset[int]
    meetings: int  # placed (not cancelled)
    draft: SessionDraft  # the session as a draft, to edit it


# --- reading ----------------------------------------------------------------------------------


def session_rows(record: MissionRecord) -> list[SessionRow]:
    placed = Counter(m.session_id for m in live_meetings(record.meetings))
    out = []
    for b2b in record.sessions:
        venue = record.venues.get(b2b.venue_id) if b2b.venue_id is not None else None
        start, end = to_local(b2b.start_utc, b2b.timezone), to_local(b2b.end_utc, b2b.timezone)
        out.append(
            SessionRow(
                id=b2b.id,
                names=b2b.names,
                venue_id=b2b.venue_id,
                venue=venue.names if venue else None,
                timezone=b2b.timezone,
                start_local=start,
                end_local=end,
                slot_minutes=b2b.slot_minutes,
                slot_count=len(b2b.slots),
                table_names=tuple(t.name for t in b2b.tables),
                breaks=tuple(
                    (
                        to_local(x.start_utc, b2b.timezone),
                        to_local(x.end_utc, b2b.timezone),
                        Names(x.label or msg.DEFAULT_BREAK_LABEL.en, x.label_it, x.label_ja),
                    )
                    for x in b2b.breaks
                ),
                delegation_ids=b2b.delegation_ids,
                meetings=placed.get(b2b.id, 0),
                draft=draft_of(b2b),
            )
        )
    return out


def draft_of(b2b: SessionRecord) -> SessionDraft:
    """A stored session as a draft (the editor starts from it)."""
    start, end = to_local(b2b.start_utc, b2b.timezone), to_local(b2b.end_utc, b2b.timezone)
    return SessionDraft(
        name=b2b.name,
        day=start.date(),
        start=start.time().replace(tzinfo=None),
        end=end.time().replace(tzinfo=None),
        slot_minutes=b2b.slot_minutes,
        name_it=b2b.name_it,
        name_ja=b2b.name_ja,
        venue_id=b2b.venue_id,
        breaks=tuple(
            BreakDraft(
                to_local(x.start_utc, b2b.timezone).time().replace(tzinfo=None),
                to_local(x.end_utc, b2b.timezone).time().replace(tzinfo=None),
                x.label,
                x.label_it,
                x.label_ja,
            )
            for x in b2b.breaks
        ),
        tables=tuple(TableDraft(t.name, t.id) for t in b2b.tables),
        delegation_ids=b2b.delegation_ids,
    )


def zone_of(record: MissionRecord, venue_id: int | None) -> str:
    """The session's zone: its venue's, else the mission's."""
    venue = record.venues.get(venue_id) if venue_id is not None else None
    return venue.timezone if venue is not None and venue.timezone else record.zone


# --- tables -------------------------------------------------------------------------------


def default_table_names(count: int, template: Sequence[str] = ()) -> list[str]:
    """Names for ``count`` tables: the ``template``'s (another session's, so the sessions
    share their tables) as far as it goes, then "T1", "T2"… (or "1", "2"… when the template
    numbers them plainly)."""
    plain = bool(template) and all(n.isdigit() for n in template)
    names = list(template[:count])
    n = len(names)
    while len(names) < count:
        n += 1
        candidate = str(n) if plain else f"T{n}"
        if candidate not in names:
            names.append(candidate)
    return names


def resize_tables(
    tables: Sequence[TableDraft], count: int, template: Sequence[str] = ()
) -> tuple[TableDraft, ...]:
    """``count`` tables: the first ones kept (with their ids and names), new ones named after
    the template, or the numbering the tables follow."""
    kept = list(tables[:count])
    if len(kept) == count:
        return tuple(kept)
    taken = {t.name for t in kept}
    numbering = template or _numbering(t.name for t in kept)
    for name in default_table_names(count + len(taken) + len(kept), numbering):
        if len(kept) == count:
            break
        if name not in taken:
            kept.append(TableDraft(name))
            taken.add(name)
    return tuple(kept)


def _numbering(names: Iterable[str]) -> list[str]:
    names = list(names)
    if names and all(n.isdigit() for n in names):
        return [str(i) for i in range(1, len(names) + 1)]
    return []


def table_template(record: MissionRecord, session_id: int | None = None) -> list[str]:
    """The table names of the mission's first other session (new sessions share them)."""
    other = next((b for b in record.sessions if b.id != session_id and b.tables), None)
    return [t.name for t in other.tables] if other else []


# --- checking -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Times:
    start: datetime
    end: datetime
    breaks: tuple[tuple[int, datetime, datetime], ...]  # index in the draft, UTC start, end


def check_session(
    record: MissionRecord, draft: SessionDraft, session_id: int | None = None
) -> SessionCheck:
    """Every problem with ``draft`` (a new session, or ``session_id`` changed), the placed
    meetings it would leave without a place, and the slots it makes. Pure: no database."""
    d = draft.normalised()
    problems: list[SessionProblem] = []
    if not d.name:
        problems.append(SessionProblem("name", msg.SESSION_NAME_MISSING()))
    for name_field, value in (("name", d.name), ("name_it", d.name_it), ("name_ja", d.name_ja)):
        if value and len(value) > NAME_MAX:
            problems.append(SessionProblem(name_field, msg.SESSION_NAME_TOO_LONG(limit=NAME_MAX)))
    if d.venue_id is not None and d.venue_id not in record.venues:
        problems.append(SessionProblem("venue", msg.SESSION_VENUE_UNKNOWN(venue=d.venue_id)))
    for delegation in sorted(d.delegation_ids - set(record.delegations)):
        problems.append(
            SessionProblem("delegations", msg.SESSION_DELEGATION_UNKNOWN(delegation=delegation))
        )
    facts = record.mission
    if facts.start_date and facts.end_date and not facts.start_date <= d.day <= facts.end_date:
        problems.append(
            SessionProblem(
                "day",
                msg.SESSION_OUTSIDE_MISSION(
                    day=d.day.isoformat(),
                    first=facts.start_date.isoformat(),
                    last=facts.end_date.isoformat(),
                ),
            )
        )
    slot_ok = SLOT_MIN <= d.slot_minutes <= SLOT_MAX
    if not slot_ok:
        problems.append(
            SessionProblem("slot_minutes", msg.SESSION_SLOT_RANGE(low=SLOT_MIN, high=SLOT_MAX))
        )
    problems.extend(_table_problems(d))
    zone = zone_of(record, d.venue_id)
    times, time_problems = _times(d, zone)
    problems.extend(time_problems)
    preview: SlotPreview | None = None
    displaced: tuple[DisplacedMeeting, ...] = ()
    if times is not None:
        problems.extend(_break_problems(d, times, zone))
        problems.extend(_overlaps(record, d, times, session_id))
        if slot_ok and not any(p.field == "breaks" for p in problems):
            slots = _slots(d, times, zone, session_id or 0)
            preview = SlotPreview(tuple(slots), d.slot_minutes, len(d.tables), zone)
            problems.extend(_fit_problems(d, times, slots))
            if session_id is not None:
                displaced = tuple(displaced_meetings(record, d, session_id, slots))
                problems.extend(_crowded(record, d, session_id, slots, displaced, zone))
    return SessionCheck(tuple(problems), displaced, preview)


def _table_problems(d: SessionDraft) -> list[SessionProblem]:
    if not d.tables:
        return [SessionProblem("tables", msg.SESSION_NO_TABLES())]
    out = []
    if len(d.tables) > TABLES_MAX:
        out.append(SessionProblem("tables", msg.SESSION_TOO_MANY_TABLES(limit=TABLES_MAX)))
    seen: set[str] = set()
    for position, t in enumerate(d.tables, 1):
        if not t.name:
            out.append(SessionProblem("tables", msg.SESSION_TABLE_NAME_MISSING(position=position)))
        elif len(t.name) > TABLE_NAME_MAX:
            out.append(
                SessionProblem(
                    "tables", msg.SESSION_TABLE_NAME_TOO_LONG(name=t.name, limit=TABLE_NAME_MAX)
                )
            )
        elif t.name.casefold() in seen:
            out.append(SessionProblem("tables", msg.SESSION_TABLE_NAME_TWICE(name=t.name)))
        seen.add(t.name.casefold())
    return out


def _times(d: SessionDraft, zone: str) -> tuple[_Times | None, list[SessionProblem]]:
    problems: list[SessionProblem] = []

    def utc(wall: time, field_name: str, index: int | None = None) -> datetime | None:
        try:
            return to_utc(datetime.combine(d.day, wall), zone)
        except NonexistentLocalTime:
            problems.append(
                SessionProblem(
                    field_name,
                    msg.SESSION_TIME_SKIPPED(
                        time=f"{wall:%H:%M}", day=d.day.isoformat(), zone=zone
                    ),
                    index,
                )
            )
            return None

    start, end = utc(d.start, "start"), utc(d.end, "end")
    breaks = []
    for i, b in enumerate(d.breaks):
        bs, be = utc(b.start, "breaks", i), utc(b.end, "breaks", i)
        if bs is not None and be is not None:
            breaks.append((i, bs, be))
        if len(b.label) > LABEL_MAX or any(
            len(x or "") > LABEL_MAX for x in (b.label_it, b.label_ja)
        ):
            problems.append(SessionProblem("breaks", msg.BREAK_LABEL_TOO_LONG(limit=LABEL_MAX), i))
    if start is None or end is None:
        return None, problems
    if end <= start:
        problems.append(SessionProblem("end", msg.SESSION_ENDS_BEFORE_START()))
        return None, problems
    return _Times(start, end, tuple(breaks)), problems


def _span(start: datetime, end: datetime, zone: str) -> str:
    a, b = to_local(start, zone), to_local(end, zone)
    return f"{a:%H:%M}–{b:%H:%M}"


def _break_problems(d: SessionDraft, times: _Times, zone: str) -> list[SessionProblem]:
    out = []
    session = _span(times.start, times.end, zone)
    ok: list[tuple[int, datetime, datetime]] = []
    for i, start, end in times.breaks:
        when = _span(start, end, zone)
        if end <= start:
            out.append(SessionProblem("breaks", msg.BREAK_ENDS_BEFORE_START(when=when), i))
        elif start < times.start or end > times.end:
            out.append(SessionProblem("breaks", msg.BREAK_OUTSIDE(when=when, session=session), i))
        else:
            ok.append((i, start, end))
    ok.sort(key=lambda x: x[1])
    for (_i, s1, e1), (j, s2, e2) in pairwise(ok):
        if s2 < e1:
            out.append(
                SessionProblem(
                    "breaks",
                    msg.BREAKS_OVERLAP(when=_span(s2, e2, zone), other=_span(s1, e1, zone)),
                    j,
                )
            )
    return out


def _overlaps(
    record: MissionRecord, d: SessionDraft, times: _Times, session_id: int | None
) -> list[SessionProblem]:
    if d.venue_id is None:
        return []
    out = []
    for other in record.sessions:
        if other.id == session_id or other.venue_id != d.venue_id:
            continue
        if other.start_utc < times.end and times.start < other.end_utc:
            when = to_local(other.start_utc, other.timezone)
            out.append(
                SessionProblem(
                    "start",
                    msg.SESSIONS_OVERLAP(
                        other=other.name,
                        when=f"{when:%Y-%m-%d} "
                        + _span(other.start_utc, other.end_utc, other.timezone),
                    ),
                )
            )
    return out


def _transient(d: SessionDraft, times: _Times, zone: str, session_id: int) -> B2BSession:
    b2b = B2BSession(
        name=d.name,
        start_utc=times.start,
        end_utc=times.end,
        timezone=zone,
        slot_minutes=d.slot_minutes,
    )
    b2b.id = session_id
    b2b.breaks = [B2BBreak(start_utc=s, end_utc=e) for _i, s, e in times.breaks]
    return b2b


def _slots(d: SessionDraft, times: _Times, zone: str, session_id: int) -> list[SlotDef]:
    return session_slots(_transient(d, times, zone, session_id))


def preview_slots(record: MissionRecord, draft: SessionDraft) -> SlotPreview | None:
    """The slots ``draft`` makes (None while its times cannot be read)."""
    return check_session(record, draft).preview


def _fit_problems(d: SessionDraft, times: _Times, slots: list[SlotDef]) -> list[SessionProblem]:
    if not slots:
        return [SessionProblem("slot_minutes", msg.SESSION_NO_SLOT(slot=d.slot_minutes))]
    window = times.end - times.start
    breaks = sum((e - s for _i, s, e in times.breaks), timedelta())
    used = timedelta(minutes=d.slot_minutes) * len(slots)
    left = int((window - breaks - used).total_seconds() // 60)
    if left <= 0:
        return []
    tail = int((times.end - slots[-1].end_utc).total_seconds() // 60)
    after_last_break = all(e <= slots[-1].start_utc for _i, _s, e in times.breaks)
    wording = (
        msg.SESSION_LEFT_OVER_END if tail == left and after_last_break else msg.SESSION_LEFT_OVER
    )
    return [SessionProblem("slot_minutes", wording(slot=d.slot_minutes, left=left))]


def live_meetings(meetings: Iterable[MeetingRecord]) -> list[MeetingRecord]:
    return [m for m in meetings if m.status is not MeetingStatus.CANCELLED]


def displaced_meetings(
    record: MissionRecord,
    draft: SessionDraft,
    session_id: int,
    slots: Sequence[SlotDef] | None = None,
) -> list[DisplacedMeeting]:
    """The placed meetings of ``session_id`` that ``draft`` leaves without their slot, their
    table or one of their delegations, each with the reason."""
    d = draft.normalised()
    b2b = next((b for b in record.sessions if b.id == session_id), None)
    if b2b is None:
        return []
    zone = zone_of(record, d.venue_id)
    if slots is None:
        times, _problems = _times(d, zone)
        slots = _slots(d, times, zone, session_id) if times is not None else []
    starts = {(x.start_utc, x.end_utc) for x in slots}
    kept_tables = {t.id for t in d.tables if t.id is not None}
    table_names = {t.id: t.name for t in b2b.tables}
    out = []
    for m in live_meetings(record.meetings):
        if m.session_id != session_id:
            continue
        reason: Message | None = None
        why = "slot"
        if (m.start_utc, m.end_utc) not in starts:
            local = to_local(m.start_utc, zone)
            reason = msg.NO_FIT_SLOT_GONE(when=f"{local:%H:%M}")
        elif m.table_id not in kept_tables:
            reason = msg.NO_FIT_TABLE_GONE(table=table_names.get(m.table_id, str(m.table_id)))
            why = "table"
        else:
            for oid in (m.organisation_a, m.organisation_b):
                org = record.organisations.get(oid)
                if d.delegation_ids and (org is None or org.delegation_id not in d.delegation_ids):
                    reason = msg.NO_FIT_NOT_TAKING_PART(organisation=org.name if org else oid)
                    why = "delegation"
                    break
        if reason is not None:
            out.append(displaced_entry(record, m, b2b, reason, why))
    return out


def displaced_entry(
    record: MissionRecord, m: MeetingRecord, b2b: SessionRecord, reason: Message, why: str
) -> DisplacedMeeting:
    def name(oid: int) -> str:
        org = record.organisations.get(oid)
        return org.name if org else f"#{oid}"

    table = next((t.name for t in b2b.tables if t.id == m.table_id), str(m.table_id))
    return DisplacedMeeting(
        m.id,
        name(m.organisation_a),
        name(m.organisation_b),
        m.start_utc,
        b2b.timezone,
        table,
        reason,
        m.locked,
        why,
    )


def _crowded(
    record: MissionRecord,
    d: SessionDraft,
    session_id: int,
    slots: Sequence[SlotDef],
    displaced: Sequence[DisplacedMeeting],
    zone: str,
) -> list[SessionProblem]:
    """Fewer tables than the meetings placed in one slot (that keep their slot): refused
    rather than displaced, as no choice of tables would keep them."""
    gone_ids = {x.id for x in displaced if x.why != "table"}
    per_slot = Counter(
        m.start_utc
        for m in live_meetings(record.meetings)
        if m.session_id == session_id and m.id not in gone_ids
    )
    if not per_slot:
        return []
    start, placed = max(per_slot.items(), key=lambda kv: (kv[1], -kv[0].timestamp()))
    if placed <= len(d.tables):
        return []
    local = to_local(start, zone)
    return [
        SessionProblem("tables", msg.SESSION_FEWER_TABLES(placed=placed, when=f"{local:%H:%M}"))
    ]


# --- parsing what a command or a spreadsheet says ---------------------------------------------

# parse_wall_time and parse_span: in app.core.wall_times (light: the commands parse their
# options with them), named here too for the actions and the importer.


# --- writing a checked draft ---------------------------------------------------------------


def write_session(s: Session, b2b: B2BSession, d: SessionDraft, zone: str) -> None:
    """Put a checked draft onto ``b2b`` (tables kept by id, renamed in place)."""
    b2b.name, b2b.name_it, b2b.name_ja = d.name, d.name_it, d.name_ja
    b2b.venue_id = d.venue_id
    b2b.timezone = zone
    b2b.start_utc = to_utc(datetime.combine(d.day, d.start), zone)
    b2b.end_utc = to_utc(datetime.combine(d.day, d.end), zone)
    b2b.slot_minutes = d.slot_minutes
    b2b.breaks = [_break(d.day, x, zone) for x in d.breaks]
    # Tables: kept by id (renamed in place), the rest removed, new ones added. Names are
    # unique in a session, so a rename round (A↔B) goes through temporary names first.
    current = {t.id: t for t in b2b.tables}
    keep = {t.id for t in d.tables if t.id is not None and t.id in current}
    for t in list(b2b.tables):
        if t.id not in keep:
            b2b.tables.remove(t)
    for t in b2b.tables:
        t.name = f"\u2063{t.id}"  # an invisible separator: no typed name
    s.flush()
    tables = []
    for position, typed in enumerate(d.tables, 1):
        row = current.get(typed.id) if typed.id is not None else None
        if row is None:
            row = B2BTable(name=typed.name, position=position)
        row.name, row.position = typed.name, position
        tables.append(row)
    b2b.tables = tables
    b2b.delegation_links = [SessionDelegation(delegation_id=x) for x in sorted(d.delegation_ids)]


def _break(day: date, x: BreakDraft, zone: str) -> B2BBreak:
    unnamed = not (x.label or x.label_it or x.label_ja)
    return B2BBreak(
        start_utc=to_utc(datetime.combine(day, x.start), zone),
        end_utc=to_utc(datetime.combine(day, x.end), zone),
        label=msg.DEFAULT_BREAK_LABEL.en if unnamed else x.label,
        label_it=msg.DEFAULT_BREAK_LABEL.it if unnamed else x.label_it,
        label_ja=msg.DEFAULT_BREAK_LABEL.ja if unnamed else x.label_ja,
    )
