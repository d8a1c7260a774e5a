"""A person's unavailability (a participant's or an interpreter's): list per day, add, edit,
remove (and undo a removal).

A period is typed as wall times in the mission's zone (or a venue's: ``PeriodData.zone``) and
stored as UTC instants. Refused: an end not after the start, a period reaching outside the
mission's dates, a wall time the clocks skip (the change to summer time). An hour the clocks
repeat (autumn) is read as its first occurrence.

Overlaps: a new or edited period that overlaps (or touches) saved ones with the same reason is
merged with them into one (a visit typed in two pieces is one visit); one that overlaps a
period with another reason is refused, naming it, since two blocks on top of each other on
the day timeline would hide one another and say two different things about one hour.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.timezones import NonexistentLocalTime, check_zone_name, to_local, to_utc
from app.common.wording import Wording
from app.core import messages as core_msg
from app.core.changes import Changes
from app.core.conflicts import PERIODS_CHANGED, ChangedMeanwhile, Loaded
from app.core.errors import gone
from app.core.names import Names
from app.core.records import delete_record, refuse_if_changed, restore_record
from app.core.row_snapshots import Deleted, Snapshot
from app.core.validation import clean_text
from app.model import B2BSession, Interpreter, Mission, Participant, Unavailability, Venue
from app.services import messages as msg
from app.services.refusals import FieldsRefused, Problems
from app.store import Store

CHANGED = Changes(participants=True, b2b=True)
REASON_LIMIT = 200  # the column's length
BREAK_REASON = "break"  # an interpreter's break, as its reason

LABELS: dict[str, Wording] = {
    "start": msg.FIELD_START,
    "end": msg.FIELD_END,
    "reason": msg.FIELD_REASON,
    "zone": msg.FIELD_ZONE,
}


@dataclass(frozen=True)
class PeriodData:
    """A period as typed: wall times (naive) in ``zone`` (None: the mission's zone)."""

    start: datetime
    end: datetime
    reason: str = ""
    zone: str | None = None


@dataclass(frozen=True)
class Period:
    """A saved period of unavailability."""

    id: int
    participant_id: int
    start_utc: datetime
    end_utc: datetime
    reason: str

    def local(self, zone: str) -> tuple[datetime, datetime]:
        """Start and end as (naive) wall times in ``zone``."""
        return (
            to_local(self.start_utc, zone).replace(tzinfo=None),
            to_local(self.end_utc, zone).replace(tzinfo=None),
        )


@dataclass(frozen=True)
class SessionBand:
    """A B2B session, drawn faintly on the day timeline for orientation."""

    id: int
    names: Names
    start_utc: datetime
    end_utc: datetime


@dataclass(frozen=True)
class PersonAvailability:
    """Everything the day timeline of one person shows."""

    participant_id: int
    name: str  # Latin script, the person's order
    name_ja: str | None  # kanji, when known
    mission_id: int
    zone: str  # the mission's
    first_day: date
    last_day: date
    periods: tuple[Period, ...]  # by start
    sessions: tuple[SessionBand, ...]  # by start
    interpreter_id: int | None = None
    zones: tuple[str, ...] = ()  # the mission's, then its venues' others: times may be typed in

    def days(self) -> list[date]:
        """Every day of the mission."""
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=n) for n in range(count)]

    def on(self, day: date) -> list[tuple[Period, datetime, datetime]]:
        """The periods on ``day`` with the part of each that falls on it, as wall times in the
        mission's zone (a period across midnight shows on both days)."""
        return _cut(self.periods, day, self.zone)


@dataclass(frozen=True)
class PeriodSaved:
    """A period added or edited. ``merged``: the saved periods (same reason, overlapping or
    touching) it was merged with; an added period merged with saved ones is kept under the
    first of their ids, the others are deleted."""

    id: int
    changes: Changes
    merged: tuple[int, ...] = ()


def periods_by_day(
    periods: Sequence[Period], zone: str, first: date, last: date
) -> dict[date, list[tuple[Period, datetime, datetime]]]:
    """Each day of ``first``..``last`` with its periods, cut at midnight in ``zone``."""
    out = {}
    day = first
    while day <= last:
        out[day] = _cut(periods, day, zone)
        day += timedelta(days=1)
    return out


def _cut(
    periods: Sequence[Period], day: date, zone: str
) -> list[tuple[Period, datetime, datetime]]:
    start_of_day = datetime.combine(day, time())
    end_of_day = start_of_day + timedelta(days=1)
    out = []
    for p in periods:
        a, b = p.local(zone)
        if a < end_of_day and start_of_day < b:
            out.append((p, max(a, start_of_day), min(b, end_of_day)))
    return out


# --- reading ---------------------------------------------------------------------------------


def person_availability(store: Store, participant_id: int) -> PersonAvailability:
    """The person's periods and the mission's sessions, for the day timeline."""
    with store.session() as s:
        person = _person(s, participant_id)
        mission = person.mission
        sessions = tuple(
            SessionBand(b.id, Names(b.name, b.name_it, b.name_ja), b.start_utc, b.end_utc)
            for b in s.scalars(
                select(B2BSession)
                .where(B2BSession.mission_id == mission.id)
                .order_by(B2BSession.start_utc, B2BSession.id)
            )
        )
        venue_zones = s.scalars(
            select(Venue.timezone).where(Venue.mission_id == mission.id).order_by(Venue.id)
        )
        zones = tuple(dict.fromkeys([mission.timezone, *venue_zones]))
        interpreter_id = s.scalar(
            select(Interpreter.id).where(Interpreter.participant_id == participant_id)
        )
        return PersonAvailability(
            participant_id=person.id,
            name=person.latin_name(),
            name_ja=person.kanji_name(),
            mission_id=mission.id,
            zone=mission.timezone,
            first_day=mission.start_date,
            last_day=mission.end_date,
            periods=tuple(_periods(s, participant_id)),
            sessions=sessions,
            interpreter_id=interpreter_id,
            zones=zones,
        )


def list_unavailability(store: Store, participant_id: int) -> list[Period]:
    """The person's periods, by start."""
    with store.session() as s:
        _person(s, participant_id)
        return _periods(s, participant_id)


# --- writing ---------------------------------------------------------------------------------


def add_unavailability(store: Store, participant_id: int, data: PeriodData) -> PeriodSaved:
    """Add a period to the person's unavailability (merged with overlapping ones of the same
    reason; refused when it overlaps one with another reason)."""
    with store.session() as s:
        person = _person(s, participant_id)
        start, end, reason = _check(s, person, data, None)
        return _write(s, person.id, None, start, end, reason)


def load_period(store: Store, period_id: int) -> Loaded[Period]:
    """A saved period with its version: the base an edit saves against."""
    with store.session() as s:
        u = _period(s, period_id)
        return Loaded(Period(u.id, u.participant_id, u.start_utc, u.end_utc, u.reason),
                      u.row_version)  # fmt: skip


def update_unavailability(
    store: Store, period_id: int, data: PeriodData, *, base: Loaded[Period]
) -> PeriodSaved:
    """Change a period's times or reason (the same rules as adding one), over the period as
    the form showed it (``base``): someone else's change since refuses it with
    :class:`~app.core.conflicts.StaleRecord`."""
    with store.session() as s:
        period = _period(s, period_id)
        person = _person(s, period.participant_id)
        start, end, reason = _check(s, person, data, period_id)
        theirs = Period(period.id, period.participant_id, period.start_utc, period.end_utc,
                        period.reason)  # fmt: skip
        yours = Period(period.id, period.participant_id, start, end, reason)
        refuse_if_changed(s, period, base, theirs, yours)
        return _write(s, person.id, period, start, end, reason)


def delete_unavailability(store: Store, period_id: int) -> Deleted:
    """Remove a period; the snapshot puts it back (undo)."""
    return delete_record(store, Unavailability.__table__, period_id, CHANGED)  # type: ignore[arg-type]


def restore_unavailability(store: Store, snapshot: Snapshot) -> Changes:
    return restore_record(store, snapshot, CHANGED)


def set_periods(
    store: Store,
    participant_id: int,
    periods: Sequence[Period],
    *,
    expect: Sequence[Period] | None = None,
) -> Changes:
    """Make the person's unavailability exactly ``periods``, with their ids (undo and redo
    of an add or an edit, which may have merged periods). With ``expect`` (the periods as
    the step left them), refused when someone else changed them since: nothing is written."""
    with store.session() as s:
        _person(s, participant_id)
        if expect is not None and _periods(s, participant_id) != list(expect):
            raise ChangedMeanwhile(PERIODS_CHANGED())
        wanted = {p.id: p for p in periods if p.participant_id == participant_id}
        for u in s.scalars(
            select(Unavailability).where(Unavailability.participant_id == participant_id)
        ):
            if u.id not in wanted:
                s.delete(u)
        s.flush()
        for p in wanted.values():
            row = s.get(Unavailability, p.id)
            if row is None:
                row = Unavailability(id=p.id, participant_id=participant_id)
                s.add(row)
            row.start_utc, row.end_utc, row.reason = p.start_utc, p.end_utc, p.reason
        s.flush()
    return CHANGED


# --- reading typed times -------------------------------------------------------------------

_WALL = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+|\s*)(\d{1,2})[:.h](\d{2})\s*")


def parse_wall_time(text: str, field_name: str = "start") -> datetime:
    """'2027-10-14 14:00' (also '2027/10/14 14.00', '2027-10-14T14:00') as a naive wall time;
    :class:`FieldsRefused` on anything else."""
    found = _WALL.fullmatch(text or "")
    try:
        if found is None:
            raise ValueError(text)
        year, month, day, hour, minute = (int(g) for g in found.groups())
        return datetime(year, month, day, hour, minute)
    except ValueError:
        raise FieldsRefused([(field_name, msg.PERIOD_NO_TIME(value=text))], LABELS) from None


# --- inside a session ------------------------------------------------------------------------


def _person(s: Session, participant_id: int) -> Participant:
    person = s.get(Participant, participant_id)
    if person is None:
        raise gone(core_msg.PARTICIPANT, participant_id)
    return person


def _period(s: Session, period_id: int) -> Unavailability:
    period = s.get(Unavailability, period_id)
    if period is None:
        raise gone(core_msg.UNAVAILABILITY, period_id)
    return period


def _periods(s: Session, participant_id: int) -> list[Period]:
    return [
        Period(u.id, u.participant_id, u.start_utc, u.end_utc, u.reason)
        for u in s.scalars(
            select(Unavailability)
            .where(Unavailability.participant_id == participant_id)
            .order_by(Unavailability.start_utc, Unavailability.id)
        )
    ]


def _check(
    s: Session, person: Participant, data: PeriodData, period_id: int | None
) -> tuple[datetime, datetime, str]:
    """The period in UTC and its reason, or :class:`FieldsRefused`."""
    mission: Mission = person.mission
    problems = Problems(LABELS)
    zone = mission.timezone if data.zone is None else data.zone
    try:
        check_zone_name(zone)
    except ValueError:
        problems.add("zone", msg.PERIOD_ZONE_UNKNOWN(zone=zone))
        problems.raise_if_any()
    reason = clean_text(data.reason)
    if len(reason) > REASON_LIMIT:
        problems.add("reason", msg.PERIOD_REASON_TOO_LONG(limit=REASON_LIMIT))
    instants = {}
    for name, local in (("start", data.start), ("end", data.end)):
        try:
            instants[name] = to_utc(local.replace(tzinfo=None, second=0, microsecond=0), zone)
        except NonexistentLocalTime:
            problems.add(name, msg.PERIOD_SKIPPED_TIME(time=f"{local:%Y-%m-%d %H:%M}", zone=zone))
    problems.raise_if_any()
    start, end = instants["start"], instants["end"]
    if end <= start:
        problems.add(
            "end", msg.PERIOD_END_BEFORE_START(start=f"{data.start:%H:%M}", end=f"{data.end:%H:%M}")
        )
    first = to_utc(datetime.combine(mission.start_date, time()), mission.timezone)
    last = to_utc(datetime.combine(mission.end_date + timedelta(days=1), time()), mission.timezone)
    if start < first or end > last:
        problems.add(
            "start" if start < first else "end",
            msg.PERIOD_OUTSIDE_MISSION(
                first=f"{mission.start_date:%Y-%m-%d}", last=f"{mission.end_date:%Y-%m-%d}"
            ),
        )
    problems.raise_if_any()
    for other in _periods(s, person.id):
        if other.id == period_id or other.reason == reason:
            continue
        if other.start_utc < end and start < other.end_utc:
            a, b = other.local(mission.timezone)
            problems.add(
                "start",
                msg.PERIOD_OVERLAPS(
                    period=f"{a:%Y-%m-%d %H:%M}–{b:%H:%M}",
                    reason=other.reason or msg.PERIOD_NO_REASON(),
                ),
            )
            break
    problems.raise_if_any()
    return start, end, reason


def _write(
    s: Session,
    participant_id: int,
    period: Unavailability | None,
    start: datetime,
    end: datetime,
    reason: str,
) -> PeriodSaved:
    """Write the period, absorbing the saved ones of the same reason it overlaps or touches."""
    merged = []
    for other in s.scalars(
        select(Unavailability).where(
            Unavailability.participant_id == participant_id,
            Unavailability.reason == reason,
            Unavailability.start_utc <= end,
            Unavailability.end_utc >= start,
        )
    ):
        if period is not None and other.id == period.id:
            continue
        start, end = min(start, other.start_utc), max(end, other.end_utc)
        merged.append(other)
    absorbed = tuple(sorted(o.id for o in merged))
    if period is None:
        keep = merged.pop(0) if merged else Unavailability(participant_id=participant_id)
    else:
        keep = period
    for other in merged:
        s.delete(other)
    s.flush()
    keep.start_utc, keep.end_utc, keep.reason = start, end, reason
    s.add(keep)
    s.flush()
    return PeriodSaved(keep.id, CHANGED, absorbed)
