"""A participant's arrival and departure, as a registration sheet gives them, turned into the
times they cannot meet: not there before they arrive, nor after they leave.

- An arrival on a day (no time) means "there from that day on": unavailable from the
  mission's first day, 00:00, until the arrival day, 00:00. With a time ("12/10/2027 14:30"),
  until that time.
- A departure on a day means "there until the end of that day": unavailable from the next
  day, 00:00, until the day after the mission's last. With a time, from that time.
- An arrival on or before the first day, or a departure on or after the last, is no period.

Wall times are in the mission's zone. The import knows its two periods again by their
reason ("Not arrived yet (arrives …)" in any of the three languages), so a re-import moves
them instead of adding a second one, and removes one no longer needed (an arrival moved to
the first day); a blank cell never removes a saved one, and a period the coordinator entered
is never touched.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.timezones import NonexistentLocalTime, to_utc
from app.common.wording import LANGUAGES, Wording
from app.core import messages as core_msg
from app.core.errors import gone
from app.importing import messages as msg
from app.importing.dates import parse_date, parse_time
from app.importing.rows import Row
from app.importing.table import Cell
from app.model import Mission, Participant, Unavailability
from app.store import Store

# "12/10/2027 14:30", "2027-10-12T14:30", "2027年10月12日 14時30分"
_DATE_AND_TIME = re.compile(r"(?P<date>.+?)(?:\s+|T|(?<=日))(?P<time>\d[^\s日]*)")


def day_or_moment(cell: Cell) -> date | datetime | None:
    """A date, or a date and time (a wall time), as a registration sheet writes an arrival;
    None when empty. Raises CellError with the sentence for the report."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, datetime):
        return cell.date() if cell.time() == time() else cell.replace(tzinfo=None)
    found = _DATE_AND_TIME.fullmatch(str(cell).strip()) if isinstance(cell, str) else None
    if found is not None:
        try:
            moment = datetime.combine(parse_date(found["date"]), parse_time(found["time"]))
        except ValueError:
            pass  # not a date and a time: read as a date below
        else:
            return moment.date() if moment.time() == time() else moment
    return parse_date(cell)


@dataclass(frozen=True)
class PeriodWrite:
    """An unavailability to create (``target_id`` None), to set to these times, or to
    remove."""

    target_id: int | None
    start_utc: datetime
    end_utc: datetime
    reason: str
    remove: bool = False  # the saved period ``target_id`` is no longer needed


@dataclass(frozen=True)
class StayWrite:
    """What a row's arrival and departure write."""

    periods: tuple[PeriodWrite, ...]


@dataclass(frozen=True)
class _Saved:
    id: int
    start_utc: datetime
    end_utc: datetime
    reason: str


class StayBook:
    """The mission's days and zone, and the arrival and departure periods saved for each
    participant, to plan a row's arrival and departure."""

    def __init__(self, store: Store, mission_id: int) -> None:
        with store.session() as s:
            mission = s.get(Mission, mission_id)
            if mission is None:
                raise gone(core_msg.MISSION, mission_id)
            self.zone = mission.timezone
            self.first, self.last = mission.start_date, mission.end_date
            self._saved: dict[int, list[_Saved]] = defaultdict(list)
            for u in s.scalars(
                select(Unavailability)
                .join(Participant, Participant.id == Unavailability.participant_id)
                .where(Participant.mission_id == mission_id)
            ):
                self._saved[u.participant_id].append(_Saved(u.id, u.start_utc, u.end_utc, u.reason))
        self.opens = self._utc(datetime.combine(self.first, time()))
        self.closes = self._utc(datetime.combine(self.last + timedelta(days=1), time()))

    def _utc(self, local: datetime) -> datetime:
        try:
            return to_utc(local, self.zone)
        except NonexistentLocalTime:  # midnight skipped by a DST change: the hour after
            return to_utc(local + timedelta(hours=1), self.zone)

    def plan(self, row: Row, participant_id: int | None, lang: str) -> StayWrite | None:
        """The periods the row's arrival and departure come to (None: nothing to write);
        problems go on the row. ``lang`` is the language the reasons are written in."""
        if not (row.mapped("arrival") or row.mapped("departure")):
            return None
        arrival = row.parse("arrival", day_or_moment)
        departure = row.parse("departure", day_or_moment)
        if arrival is not None and departure is not None and _start(arrival) >= _end(departure):
            row.issue(
                "departure",
                msg.LEAVES_BEFORE_ARRIVING(
                    label=row.label("departure"),
                    arrival=_shown(arrival),
                    departure=_shown(departure),
                ),
            )
            return None
        saved = self._saved.get(participant_id, []) if participant_id is not None else []
        periods: list[PeriodWrite | None] = []
        if arrival is not None:
            end = min(self._utc(_start(arrival)), self.closes)
            if _day(arrival) > self.last:
                row.notice(msg.ARRIVES_AFTER_MISSION(date=_shown(arrival)))
            reason = msg.ARRIVAL_REASON(date=_shown(arrival)).text(lang)
            old = next((p for p in saved if _ARRIVAL.fullmatch(p.reason)), None)
            periods.append(_write(old, self.opens, end, reason))
        if departure is not None:
            start = max(self._utc(_end(departure)), self.opens)
            if _day(departure) < self.first:
                row.notice(msg.LEAVES_BEFORE_MISSION(date=_shown(departure)))
            reason = msg.DEPARTURE_REASON(date=_shown(departure)).text(lang)
            old = next((p for p in saved if _DEPARTURE.fullmatch(p.reason)), None)
            periods.append(_write(old, start, self.closes, reason))
        changes = tuple(p for p in periods if p is not None)
        return StayWrite(changes) if changes else None


def _reasons(wording: Wording) -> re.Pattern[str]:
    """The reasons :data:`msg.ARRIVAL_REASON` (or the departure's) writes, in any language
    and with any date: how the import knows its own periods again."""
    forms = [
        re.escape(wording.template(lang)).replace(re.escape("{date}"), ".+") for lang in LANGUAGES
    ]
    return re.compile("|".join(f"(?:{f})" for f in forms))


_ARRIVAL = _reasons(msg.ARRIVAL_REASON)
_DEPARTURE = _reasons(msg.DEPARTURE_REASON)


def _write(old: _Saved | None, start: datetime, end: datetime, reason: str) -> PeriodWrite | None:
    """The period to write, or None when ``old`` already is it. No time left between
    ``start`` and ``end`` (arriving before the mission): ``old`` removed, if any."""
    if end <= start:
        return PeriodWrite(old.id, start, start, "", remove=True) if old else None
    if old is not None and (old.start_utc, old.end_utc) == (start, end):
        return None  # the same times: left as it is, with its reason
    return PeriodWrite(old.id if old else None, start, end, reason)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _start(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else _midnight(value)


def _end(value: date | datetime) -> datetime:
    """When a departure takes someone away: at its time, else at the end of its day."""
    return value if isinstance(value, datetime) else _midnight(value + timedelta(days=1))


def _shown(value: date | datetime) -> str:
    return f"{value:%d/%m/%Y %H:%M}" if isinstance(value, datetime) else f"{value:%d/%m/%Y}"


def apply_stay(s: Session, participant_id: int, stay: StayWrite) -> None:
    """Write ``stay``'s periods for ``participant_id`` (a saved one gone meanwhile: NotFound)."""
    for p in stay.periods:
        if p.target_id is None:
            s.add(
                Unavailability(
                    participant_id=participant_id,
                    start_utc=p.start_utc,
                    end_utc=p.end_utc,
                    reason=p.reason,
                )
            )
            continue
        record = s.get(Unavailability, p.target_id)
        if record is None or record.participant_id != participant_id:
            raise gone(core_msg.UNAVAILABILITY, p.target_id)
        if p.remove:
            s.delete(record)
        else:
            record.start_utc, record.end_utc, record.reason = p.start_utc, p.end_utc, p.reason
