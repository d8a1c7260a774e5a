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
from app.core.validation import clean_text
from app.importing.dates import parse_date, parse_time
from app.importing.fields import ImportKind, field_of
from app.importing.mapping import ColumnMapping
from app.importing.normalise import email_key, match_key, person_key
from app.importing.rows import Row, RowIssue, RowPlan, organisation_index, outcome, rows_of
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
        kind = row.kind
        email_text = row.text("email")
        if email_text:
            key = email_key(email_text)
            pid = self._by_email.get(key) if key else None
            if pid is None:
                label = field_of(kind, "email").label
                problem = ("no participant of this mission has it" if key
                           else "this is not an e-mail address")  # fmt: skip
                row.issues.append(RowIssue("email", f'{label}: "{email_text}": {problem}.'))
                return None
            return self.people[pid]
        family, given = row.text("family_name"), row.text("given_name") or ""
        full = clean_text(row.text("full_name"))
        written = " ".join(x for x in (family, given) if x) if family else full
        keys = person_key(family, given) if family else person_key(full, "")
        # a family name alone ("Sugiura", "杉浦") is enough when nobody else has it
        alone = ("" if given else family) if family else ("" if " " in full else full)
        if not keys:
            row.issues.append(RowIssue("", "Participant: give the e-mail address or the name."))
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
        where = f" at {org_text}" if org_text else ""
        if not found:
            row.issues.append(RowIssue("", f'Participant: nobody of this mission is called '
                                       f'"{written}"{where}; import the participant '
                                       "first."))  # fmt: skip
        else:
            which = "e-mail address" if org_text else "organisation or the e-mail address"
            row.issues.append(RowIssue("", f'Participant: {len(found)} participants of this '
                                       f'mission are called "{written}"{where}; add the '
                                       f"{which} to say which."))  # fmt: skip
        return None


# --- reading the times --------------------------------------------------------------------------

# "12/10/2027 9.30", "2027-10-12T09:30", "2027年10月12日 9時30分", "2027年10月12日9時半"
_DATE_AND_TIME = re.compile(r"(?P<date>.+?)(?:\s+|T|(?<=日))(?P<time>[^\s日]+)")


def _wall_time(cell: Cell, day: date | None) -> datetime:
    """A start or end as the row writes it: a time on ``day`` (the row's date), or a date
    and time in one cell. Raises ValueError with the sentence for the report."""
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
            raise ValueError(f"'{cell}' is not a time, nor a date and time") from None
        return datetime.combine(parse_date(found["date"]), parse_time(found["time"]))
    if day is None:
        raise ValueError(f"'{cell}' is a time without a date: give the date in its own column "
                         "or in the same cell")  # fmt: skip
    return datetime.combine(day, moment)


def _instant(row: Row, key: str, local: datetime, zone: str) -> datetime | None:
    """``local`` in UTC; None and an issue when the clocks skip it."""
    label = field_of(ImportKind.AVAILABILITY, key).label
    shown = f"{local:%H:%M} on {local:%d/%m/%Y}"
    try:
        instant = to_utc(local, zone)
    except NonexistentLocalTime:
        row.issues.append(RowIssue(key, f"{label}: {shown} does not exist in {zone}: the "
                                   "clocks skip it (DST change)."))  # fmt: skip
        return None
    if to_utc(local, zone, later=True) != instant:
        row.warnings.append(f"{label}: {shown} happens twice in {zone} (DST change); read "
                            "as the first.")  # fmt: skip
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
        label = field_of(ImportKind.AVAILABILITY, key).label
        if row.text(key) is None:
            row.issues.append(RowIssue(key, f"{label}: This field is required."))
            continue
        cell = row.parse(key, _as_is)
        if isinstance(cell, date) and not isinstance(cell, datetime):
            # what an .xlsx date-and-time cell at midnight reads as
            row.warnings.append(f"{label}: {cell:%d/%m/%Y} has no time; read as 00:00.")
            local = datetime.combine(cell, time())
        else:
            local = row.parse(key, functools.partial(_wall_time, day=on))
        if local is not None:
            found.append(_instant(row, key, local, zone))
    if len(found) < 2 or found[0] is None or found[1] is None:
        return None
    start, end = found[0], found[1]
    if end < start:
        row.issues.append(RowIssue("end", "End: before the start."))
    elif end == start:
        row.issues.append(RowIssue("end", "End: the same time as the start."))
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
            raise ValueError(f"There is no mission {mission_id}.")
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
            row.issues.append(RowIssue("reason", f"Reason: This is too long (at most "
                                       f"{REASON_LIMIT} characters)."))  # fmt: skip
        target: int | None = None
        old: UnavailabilityData | None = None
        new: UnavailabilityData | None = None
        if person is not None and times is not None:
            start, end = times
            key = (person.id, start, end)
            if key in seen:
                row.issues.append(RowIssue("", f"The same period as row {seen[key]}."))
            else:
                seen[key] = number
            for uid, data in saved.get(person.id, ()):
                if (data.start_utc, data.end_utc) == (start, end):
                    target, old = uid, data
                elif data.start_utc < end and start < data.end_utc:
                    because = f" ({data.reason})" if data.reason else ""
                    row.warnings.append(f"Overlaps the saved period "
                                        f"{_period(data.start_utc, data.end_utc, zone)}"
                                        f"{because}.")  # fmt: skip
            new = UnavailabilityData(person.id, start, end, reason or (old.reason if old else ""))
            local_start, local_end = to_local(start, zone).date(), to_local(end, zone).date()
            if local_end < first or local_start > last:
                row.warnings.append(f"Outside the mission's dates ({first:%d/%m/%Y}–"
                                    f"{last:%d/%m/%Y}).")  # fmt: skip
        who = row.text("email") or row.text("family_name") or row.text("full_name")
        label = person.name if person else who or f"row {number}"
        if times is not None:
            label += f", {_period(times[0], times[1], zone)}"
        plans.append(outcome(row, number, label, target, old, new))
    return plans
