"""The day on site as a table host sees it: each table's meetings of a session in time order,
numbered as the printed host sheet numbers them, with what happened to each; and how many
meetings each organisation missed. Pure functions of the mission's record: the per-table view,
the host sheets and the keyboard entry of a sheet's marks all number the rows the same way.

A meeting cancelled while planning (``CANCELLED`` with no ``status_at``) is on no table and no
sheet; a meeting cancelled late, on the day (``status_at`` set), keeps its row: the host sees
it struck through, and the mark can be taken back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from app.common.timezones import to_local
from app.core.conflicts import Loaded
from app.core.mission_record import MeetingRecord, MissionRecord, OrganisationRecord
from app.core.names import Names
from app.model.enums import MeetingStatus, Side

NOTE_LIMIT = 200  # Meeting.status_note's length

# Who did not come, by status: (organisation_a missed it, organisation_b missed it).
MISSED_BY: dict[MeetingStatus, tuple[bool, bool]] = {
    MeetingStatus.NO_SHOW_A: (True, False),
    MeetingStatus.NO_SHOW_B: (False, True),
    MeetingStatus.NO_SHOW: (True, True),
}


@dataclass(frozen=True)
class StatusValues:
    """What a coordinator sets on a meeting on the day: its status and a short note. The
    base of a mark (:class:`~app.core.conflicts.Loaded`): a mark over a meeting someone else
    marked differently since is refused, not silently written over."""

    status: MeetingStatus
    note: str = ""


@dataclass(frozen=True)
class StatusMark:
    """A meeting's status complete: with when it was marked (None: never), so that an undo
    puts back exactly what was there."""

    status: MeetingStatus
    note: str = ""
    at: datetime | None = None

    @property
    def values(self) -> StatusValues:
        return StatusValues(self.status, self.note)


def planning_cancelled(status: MeetingStatus, status_at: datetime | None) -> bool:
    """Whether a meeting was taken off while planning (not on the day): on no sheet."""
    return status is MeetingStatus.CANCELLED and status_at is None


@dataclass(frozen=True)
class TableRow:
    """One meeting on a table host's sheet."""

    number: int  # 1, 2, … within its table and session, in time order: the sheet's row
    meeting_id: int
    session_id: int
    table_id: int
    table: str
    start_local: datetime  # in the session's zone (aware)
    end_local: datetime
    organisation_a: int
    organisation_b: int
    names_a: Names  # en: the Latin name, ja: the Japanese one (None if not known)
    names_b: Names
    interpreter: str | None  # Latin name
    interpreter_ja: str | None
    status: MeetingStatus
    note: str
    status_at: datetime | None
    version: int | None

    @property
    def span(self) -> str:
        """'10:00–10:20'."""
        return f"{self.start_local:%H:%M}–{self.end_local:%H:%M}"

    @property
    def mark(self) -> StatusMark:
        return StatusMark(self.status, self.note, self.status_at)

    @property
    def base(self) -> Loaded[StatusValues]:
        """What a mark of this row is saved against."""
        return Loaded(StatusValues(self.status, self.note), self.version)


@dataclass(frozen=True)
class TableRef:
    id: int
    name: str


@dataclass(frozen=True)
class SessionRef:
    """A session as the per-table view offers it: its names, day and zone, its tables."""

    id: int
    names: Names
    timezone: str
    day: date
    start_local: datetime
    tables: tuple[TableRef, ...]


@dataclass(frozen=True)
class Attendance:
    """One organisation's meetings on the day: how many it has (not cancelled), how many were
    marked held, and how many it missed (no-show of its side, or of both)."""

    organisation_id: int
    name: str
    name_ja: str | None
    side: Side | None
    meetings: int
    held: int
    missed: int


@dataclass(frozen=True)
class OnSite:
    mission_id: int
    sessions: tuple[SessionRef, ...]
    rows: tuple[TableRow, ...]  # by session, table position, time
    attendance: tuple[Attendance, ...]  # most missed first, then by name

    def session(self, session_id: int) -> SessionRef | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def rows_of(self, session_id: int, table_id: int | None = None) -> list[TableRow]:
        """A table's rows of a session in time order (None: every table, one after another)."""
        return [
            r
            for r in self.rows
            if r.session_id == session_id and (table_id is None or r.table_id == table_id)
        ]

    def row(self, meeting_id: int) -> TableRow | None:
        return next((r for r in self.rows if r.meeting_id == meeting_id), None)


def attendance(record: MissionRecord) -> tuple[Attendance, ...]:
    """Every organisation with at least one meeting not cancelled, most missed first."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for m in record.meetings:
        if m.status is MeetingStatus.CANCELLED:
            continue
        missed = MISSED_BY.get(m.status, (False, False))
        for org_id, absent in ((m.organisation_a, missed[0]), (m.organisation_b, missed[1])):
            c = counts[org_id]
            c[0] += 1
            c[1] += m.status is MeetingStatus.HELD
            c[2] += absent
    out = []
    for org_id, (meetings, held, missed_count) in counts.items():
        found = record.organisations.get(org_id)
        out.append(
            Attendance(
                org_id,
                found.name if found else f"#{org_id}",
                found.name_ja if found else None,
                found.side if found else None,
                meetings,
                held,
                missed_count,
            )
        )
    return tuple(sorted(out, key=lambda a: (-a.missed, a.name.casefold(), a.organisation_id)))


def _names(org: OrganisationRecord | None, org_id: int) -> Names:
    return Names(org.name, None, org.name_ja) if org else Names(f"#{org_id}")


def on_site_of(record: MissionRecord) -> OnSite:
    """The sessions, their tables' rows and each organisation's attendance, from ``record``."""
    sessions = []
    position: dict[int, int] = {}
    names_of_table: dict[int, str] = {}
    zone_of: dict[int, str] = {}
    for b in record.sessions:
        start = to_local(b.start_utc, b.timezone)
        zone_of[b.id] = b.timezone
        for i, t in enumerate(b.tables):
            position[t.id] = i
            names_of_table[t.id] = t.name
        sessions.append(
            SessionRef(
                b.id,
                b.names,
                b.timezone,
                start.date(),
                start,
                tuple(TableRef(t.id, t.name) for t in b.tables),
            )
        )
    interp_person = {
        i.id: record.people.get(i.participant_id) for i in record.interpreters.values()
    }
    shown: list[MeetingRecord] = [
        m
        for m in record.meetings
        if m.session_id in zone_of and not planning_cancelled(m.status, m.status_at)
    ]
    shown.sort(key=lambda m: (m.session_id, position.get(m.table_id, 1 << 30), m.table_id,
                              m.start_utc, m.id))  # fmt: skip
    rows = []
    number: dict[tuple[int, int], int] = defaultdict(int)
    for m in shown:
        zone = zone_of[m.session_id]
        number[(m.session_id, m.table_id)] += 1
        org_a = record.organisations.get(m.organisation_a)
        org_b = record.organisations.get(m.organisation_b)
        person = interp_person.get(m.interpreter_id) if m.interpreter_id else None
        rows.append(
            TableRow(
                number=number[(m.session_id, m.table_id)],
                meeting_id=m.id,
                session_id=m.session_id,
                table_id=m.table_id,
                table=names_of_table.get(m.table_id, "?"),
                start_local=to_local(m.start_utc, zone),
                end_local=to_local(m.end_utc, zone),
                organisation_a=m.organisation_a,
                organisation_b=m.organisation_b,
                names_a=_names(org_a, m.organisation_a),
                names_b=_names(org_b, m.organisation_b),
                interpreter=person.latin_name if person else None,
                interpreter_ja=person.kanji_name if person else None,
                status=m.status,
                note=m.status_note,
                status_at=m.status_at,
                version=m.version,
            )
        )
    return OnSite(record.id, tuple(sessions), tuple(rows), attendance(record))
