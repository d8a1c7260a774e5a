"""Unavailability from a spreadsheet: on each row a participant and a time they cannot meet
(a visit, a flight), as a date with a start and an end time ("12/10/2027", "9.30", "11.00"),
or as a start and an end each with its date.

Times are wall times in the mission's zone, turned into UTC as the forms do; a time a DST
change skips is refused, one it repeats is read as the first and flagged. A row the same as a
saved period (participant, start and end) leaves it, or updates its reason; any other is a
new period.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from app.common.timezones import NonexistentLocalTime, to_local, to_utc
from app.core import messages as core_msg
from app.core.errors import gone
from app.core.validation import clean_text
from app.importing import messages as msg
from app.importing.dates import parse_date, parse_time
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.normalise import email_key, match_key, person_key
from app.importing.problems import CellError
from app.importing.rows import Row, RowPlan, organisation_index, outcome, rows_of
from app.importing.table import Cell, Table
from app.model import Mission, Participant, Unavailability
from app.store import Store

REASON_LIMIT = 200  # the column's length


# --- finding the participant a row is about ---------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: int
    name: str  # in Latin script, in the person's own order
    organisation_id: int | None


class PeopleIndex:
    """The participants of a mission by e-mail and by name (Latin and kanji), to find the one
    a row names: by e-mail when the row gives one, else by name within the organisation."""

    def __init__(self, store: Store, mission_id: int) -> None:
        self._orgs, _ = organisation_index(store, mission_id)
        self.people: dict[int, Person] = {}
        self._by_email: dict[str, int] = {}
        self._by_name: dict[str, list[int]] = defaultdict(list)
        self._by_family: dict[str, list[int]] = defaultdict(list)  # "Sugiura", "杉浦" alone
        with store.session() as s:
            for p in s.scalars(select(Participant).where(Participant.mission_id == mission_id)):
                self.people[p.id] = Person(p.id, p.latin_name(), p.organisation_id)
                key = email_key(p.email)
                if key:
                    self._by_email[key] = p.id
                names = person_key(p.family_name, p.given_name or "") | person_key(
                    p.family_name_kanji or "", p.given_name_kanji or ""
                )
                for k in names:
                    self._by_name[k].append(p.id)
                for family in {match_key(p.family_name), match_key(p.family_name_kanji or "")}:
                    if family:
                        self._by_family[family].append(p.id)

    def find(self, row: Row) -> Person | None:
        """The participant ``row`` names; None, with an issue on the row, when there is none
        or more than one."""
        email_text = row.text("email")
        if email_text:
            key = email_key(email_text)
            pid = self._by_email.get(key) if key else None
            if pid is None:
                problem = msg.EMAIL_OF_NOBODY if key else msg.NOT_AN_EMAIL
                row.issue("email", problem(label=row.label("email"), email=email_text))
                return None
            return self.people[pid]
        family, given = row.text("family_name"), row.text("given_name") or ""
        full = clean_text(row.text("full_name"))
        written = " ".join(x for x in (family, given) if x) if family else full
        keys = person_key(family, given) if family else person_key(full, "")
        # a family name alone ("Sugiura", "杉浦") is enough when nobody else has it
        alone = ("" if given else family) if family else ("" if " " in full else full)
        if not keys:
            row.issue("", msg.PARTICIPANT_UNNAMED())
            return None
        org_text = row.text("organisation")
        org = row.organisation("organisation", self._orgs)
        if org_text and org is None:
            return None
        org_id = org.id if org is not None else None
        found = {
            pid
            for k in keys
            for pid in self._by_name.get(k, ())
            if org_id is None or self.people[pid].organisation_id == org_id
        }
        if not found and alone:
            found = {
                pid
                for pid in self._by_family.get(match_key(alone), ())
                if org_id is None or self.people[pid].organisation_id == org_id
            }
        if len(found) == 1:
            return self.people[found.pop()]
        if not found and org_text:
            row.issue("", msg.NOBODY_CALLED_AT(name=written, organisation=org_text))
        elif not found:
            row.issue("", msg.NOBODY_CALLED(name=written))
        elif org_text:
            row.issue("", msg.MANY_CALLED_AT(count=len(found), name=written, organisation=org_text))
        else:
            row.issue("", msg.MANY_CALLED(count=len(found), name=written))
        return None


# --- reading the times --------------------------------------------------------------------------

# "12/10/2027 9.30", "2027-10-12T09:30", "2027年10月12日 9時30分", "2027年10月12日9時半"
_DATE_AND_TIME = re.compile(r"(?P<date>.+?)(?:\s+|T|(?<=日))(?P<time>[^\s日]+)")


def _wall_time(cell: Cell, day: date | None) -> datetime:
    """A start or end as the row writes it: a time on ``day`` (the row's date), or a date
    and time in one cell. Raises CellError with the sentence for the report."""
    if isinstance(cell, datetime):
        return cell.replace(tzinfo=None)
    if isinstance(cell, int | float) and not isinstance(cell, bool) and cell >= 24:
        return datetime.combine(parse_date(int(cell)), parse_time(float(cell)))  # an Excel serial
    if isinstance(cell, int | float) and not isinstance(cell, bool) and cell >= 1:
        cell = f"{cell:.2f}"  # 9.3: "9.30" typed where a dot is the decimal point
    try:
        moment = parse_time(cell)
    except ValueError:
        found = _DATE_AND_TIME.fullmatch(str(cell).strip())
        if found is None:
            raise CellError(msg.NOT_A_TIME_NOR_DATE_TIME(value=cell)) from None
        return datetime.combine(parse_date(found["date"]), parse_time(found["time"]))
    if day is None:
        raise CellError(msg.TIME_WITHOUT_DATE(value=cell))
    return datetime.combine(day, moment)


def _instant(row: Row, key: str, local: datetime, zone: str) -> datetime | None:
    """``local`` in UTC; None and an issue when the clocks skip it."""
    moment = {"label": row.label(key), "time": f"{local:%H:%M}", "date": f"{local:%d/%m/%Y}"}
    try:
        instant = to_utc(local, zone)
    except NonexistentLocalTime:
        row.issue(key, msg.CLOCKS_SKIP(**moment, zone=zone))
        return None
    if to_utc(local, zone, later=True) != instant:
        row.notice(msg.CLOCKS_REPEAT(**moment, zone=zone))
    return instant


def _times(row: Row, zone: str) -> tuple[datetime, datetime] | None:
    """The period's start and end in UTC; None when a cell is missing or wrong."""
    issues = len(row.issues)
    day = row.parse("date", _optional_date)
    end_day = row.parse("end_date", _optional_date) or day
    if len(row.issues) > issues:
        return None  # a wrong date: the times on it would only repeat the problem
    found = []
    for key, on in (("start", day), ("end", end_day)):
        if row.text(key) is None:
            row.issue(key, msg.REQUIRED(label=row.label(key)))
            continue
        cell = row.parse(key, _as_is)
        if isinstance(cell, date) and not isinstance(cell, datetime):
            # what an .xlsx date-and-time cell at midnight reads as
            row.notice(msg.NO_TIME(label=row.label(key), date=f"{cell:%d/%m/%Y}"))
            local = datetime.combine(cell, time())
        else:
            local = row.parse(key, functools.partial(_wall_time, day=on))
        if local is not None:
            found.append(_instant(row, key, local, zone))
    if len(found) < 2 or found[0] is None or found[1] is None:
        return None
    start, end = found[0], found[1]
    if end < start:
        row.issue("end", msg.END_BEFORE_START(label=row.label("end")))
    elif end == start:
        row.issue("end", msg.END_AT_START(label=row.label("end")))
    return start, end


def _as_is(cell: Cell) -> Cell:
    return cell


def _optional_date(cell: Cell) -> date | None:
    return None if cell is None or cell == "" else parse_date(cell)


# --- planning -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnavailabilityData:
    """A period in which a participant cannot meet, as the import writes it."""

    participant_id: int
    start_utc: datetime
    end_utc: datetime
    reason: str = ""


def apply_unavailability(record: Unavailability, data: UnavailabilityData) -> None:
    record.participant_id = data.participant_id
    record.start_utc = data.start_utc
    record.end_utc = data.end_utc
    record.reason = data.reason


def _period(start: datetime, end: datetime, zone: str) -> str:
    a, b = to_local(start, zone), to_local(end, zone)
    until = f"{b:%H:%M}" if a.date() == b.date() else f"{b:%d/%m/%Y %H:%M}"
    return f"{a:%d/%m/%Y %H:%M}–{until}"


def plan_availability(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    """One plan per row: a new period, a saved one left (or its reason updated), or what is
    wrong."""
    people = PeopleIndex(store, mission_id)
    with store.session() as s:
        mission = s.get(Mission, mission_id)
        if mission is None:
            raise gone(core_msg.MISSION, mission_id)
        zone, first, last = mission.timezone, mission.start_date, mission.end_date
        saved: dict[int, list[tuple[int, UnavailabilityData]]] = defaultdict(list)
        for u in s.scalars(
            select(Unavailability)
            .join(Participant, Participant.id == Unavailability.participant_id)
            .where(Participant.mission_id == mission_id)
            .order_by(Unavailability.start_utc)
        ):
            data = UnavailabilityData(u.participant_id, u.start_utc, u.end_utc, u.reason)
            saved[u.participant_id].append((u.id, data))
    seen: dict[tuple[int, datetime, datetime], int] = {}
    plans = []
    for number, row in rows_of(ImportKind.AVAILABILITY, table, mapping, cancelled):
        person = people.find(row)
        times = _times(row, zone)
        reason = clean_text(row.text("reason"))
        if len(reason) > REASON_LIMIT:
            row.issue("reason", msg.TOO_LONG(label=row.label("reason"), limit=REASON_LIMIT))
        target: int | None = None
        old: UnavailabilityData | None = None
        new: UnavailabilityData | None = None
        if person is not None and times is not None:
            start, end = times
            key = (person.id, start, end)
            if key in seen:
                row.issue("", msg.SAME_PERIOD_AS_ROW(row=seen[key]))
            else:
                seen[key] = number
            for uid, data in saved.get(person.id, ()):
                if (data.start_utc, data.end_utc) == (start, end):
                    target, old = uid, data
                elif data.start_utc < end and start < data.end_utc:
                    period = _period(data.start_utc, data.end_utc, zone)
                    if data.reason:
                        row.notice(msg.OVERLAPS_BECAUSE(period=period, reason=data.reason))
                    else:
                        row.notice(msg.OVERLAPS(period=period))
            new = UnavailabilityData(person.id, start, end, reason or (old.reason if old else ""))
            local_start, local_end = to_local(start, zone).date(), to_local(end, zone).date()
            if local_end < first or local_start > last:
                row.notice(msg.OUTSIDE_MISSION(first=f"{first:%d/%m/%Y}", last=f"{last:%d/%m/%Y}"))
        who = row.text("email") or row.text("family_name") or row.text("full_name")
        label = person.name if person else who or f"row {number}"
        if times is not None:
            label += f", {_period(times[0], times[1], zone)}"
        plans.append(outcome(row, number, label, target, old, new))
    return plans
