"""VTIMEZONE blocks in the style Outlook writes: STANDARD/DAYLIGHT with a yearly RRULE.

Derived from the machine's zoneinfo (tzdata), not from icalendar's
``add_missing_timezones()``: that writes long RDATE lists, which ical.js (Thunderbird) and
vobject read an hour off for Rome summer time; Outlook reads only TZID, DTSTART, RRULE and
TZOFFSETFROM/TO of a VTIMEZONE.

Three shapes:
- no transition in the years around the mission (Asia/Tokyo): one STANDARD, no DST;
- the same yearly rule in every year of a window around the mission (Europe/Rome: last Sunday
  of March and of October): one STANDARD and one DAYLIGHT, each with an RRULE;
- anything else (a zone whose rule changed, or that follows no weekday rule): one observance
  per actual transition in that window, each with its own DTSTART and no RRULE — exact for
  the mission's dates, which is what the file has to get right.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from app.common.timezones import offset_changes, utc_offset

# Years before and after the mission's that must follow the same rule for an RRULE to be
# written: 8+ consecutive years see the "last Sunday" fall on both a 4th and a 5th Sunday,
# so "-1SU" and "4SU" cannot be confused.
_YEARS_BEFORE = 3
_YEARS_AFTER = 4
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    """A change of UTC offset: ``local`` is the wall time just before it (in ``before``)."""

    instant: datetime  # UTC
    local: datetime  # naive wall time in the offset before the change
    before: timedelta
    after: timedelta
    name: str  # the abbreviation after the change (CEST, CET)


@dataclass(frozen=True)
class _Rule:
    """The yearly shape of a transition: month, weekday position, wall time and offsets."""

    month: int
    weekday: int
    positions: frozenset[int]  # e.g. {4, -1}: the 4th and the last Sunday
    time: tuple[int, int, int]
    before: timedelta
    after: timedelta


def transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[Transition]:
    """Every change of UTC offset from 1 January ``first_year`` to 31 December ``last_year``.

    zoneinfo exposes no transition list, so the offset is sampled every 6 hours and each
    change is narrowed down to the second by bisection (offsets never change twice in 6 h).
    """
    start = datetime(first_year, 1, 1, tzinfo=UTC) - timedelta(days=1)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC) + timedelta(days=1)
    out: list[Transition] = []
    current = utc_offset(zone, start)
    for instant in offset_changes(zone, start, end):
        offset = utc_offset(zone, instant)
        local = (instant + current).replace(tzinfo=None)
        name = instant.astimezone(zone).tzname() or ""
        if first_year <= local.year <= last_year:
            out.append(Transition(instant, local, current, offset, name))
        current = offset
    return out


def _rule_of(tr: Transition) -> _Rule:
    day = tr.local.day
    days_in_month = calendar.monthrange(tr.local.year, tr.local.month)[1]
    positions = {(day - 1) // 7 + 1}
    if day + 7 > days_in_month:
        positions.add(-1)
    return _Rule(
        tr.local.month,
        tr.local.weekday(),
        frozenset(positions),
        (tr.local.hour, tr.local.minute, tr.local.second),
        tr.before,
        tr.after,
    )


def _yearly_rules(found: list[Transition], years: range) -> list[tuple[Transition, str]] | None:
    """(first transition, BYDAY) per yearly rule when every year follows the same rules,
    else None."""
    by_year: dict[int, list[Transition]] = {y: [] for y in years}
    for tr in found:
        by_year[tr.local.year].append(tr)
    per_year = [sorted(by_year[y], key=lambda t: t.instant) for y in years]
    count = len(per_year[0])
    if any(len(trs) != count for trs in per_year):
        return None
    out = []
    for i in range(count):
        rules = [_rule_of(trs[i]) for trs in per_year]
        head = rules[0]
        same = all(
            (r.month, r.weekday, r.time, r.before, r.after)
            == (head.month, head.weekday, head.time, head.before, head.after)
            for r in rules
        )
        common = frozenset.intersection(*(r.positions for r in rules))
        if not same or not common:
            return None
        position = -1 if -1 in common else min(common)
        out.append((per_year[0][i], f"{position}{_WEEKDAYS[head.weekday]}"))
    return out


def _observance(
    before: timedelta, after: timedelta, start: datetime, name: str, daylight: bool
) -> TimezoneStandard | TimezoneDaylight:
    part: TimezoneStandard | TimezoneDaylight = (
        TimezoneDaylight() if daylight else TimezoneStandard()
    )
    part.add("dtstart", start)
    part.add("tzoffsetfrom", before)
    part.add("tzoffsetto", after)
    if name:
        part.add("tzname", name)
    return part


def vtimezone(zone_name: str, first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of ``zone_name`` for events from ``first_year`` to ``last_year``."""
    zone = ZoneInfo(zone_name)
    years = range(first_year - _YEARS_BEFORE, last_year + _YEARS_AFTER + 1)
    found = transitions(zone, years.start, years.stop - 1)
    tz = Timezone()
    tz.add("tzid", zone_name)
    if not found:
        moment = datetime(first_year, 1, 1, tzinfo=UTC)
        offset = utc_offset(zone, moment)
        name = moment.astimezone(zone).tzname() or ""
        tz.add_component(_observance(offset, offset, datetime(1970, 1, 1), name, False))
        return tz
    rules = _yearly_rules(found, years)
    if rules is not None:
        for first, byday in rules:
            # The larger offset of a pair is summer time, as Outlook labels it.
            part = _observance(
                first.before, first.after, first.local, first.name, first.after > first.before
            )
            part.add("rrule", vRecur(freq="YEARLY", bymonth=first.local.month, byday=byday))
            tz.add_component(part)
        return tz
    # Irregular: the offset in force at the window's start, then each actual change.
    opening = datetime(years.start, 1, 1, tzinfo=UTC)
    before = utc_offset(zone, opening)
    tz.add_component(
        _observance(
            before,
            before,
            (opening + before).replace(tzinfo=None),
            opening.astimezone(zone).tzname() or "",
            False,
        )
    )
    for tr in found:
        tz.add_component(_observance(tr.before, tr.after, tr.local, tr.name, tr.after > tr.before))
    return tz
