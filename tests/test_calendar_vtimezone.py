"""RRULE-style VTIMEZONE blocks: Outlook's shape for Rome, one STANDARD for Tokyo, exact
transitions for zones without a fixed yearly rule — checked hour by hour against zoneinfo by
two independent readers of the block (icalendar's dateutil reader and vobject's)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Timezone

from app.calendar.vtimezone import transitions, vtimezone


def _kinds(tz: Timezone) -> list[str]:
    return [c.name for c in tz.subcomponents]


def _readers(tz: Timezone) -> list[tzinfo]:
    """The block read back by two parsers, under a TZID neither can look up by name."""
    tz = Timezone.from_ical(tz.to_ical())
    tz["TZID"] = "Ponte/Test"
    text = tz.to_ical().decode()
    cal = vobject.readOne(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n{text}END:VCALENDAR\r\n")
    return [tz.to_tz(lookup_tzid=False), cal.vtimezone.gettzinfo()]


def test_rome_is_two_yearly_rules_on_the_last_sunday() -> None:
    """Europe/Rome: DAYLIGHT last Sunday of March 02:00, STANDARD last Sunday of October 03:00."""
    tz = vtimezone("Europe/Rome", 2028, 2028)
    assert sorted(_kinds(tz)) == ["DAYLIGHT", "STANDARD"]
    text = tz.to_ical().decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "RDATE" not in text
    daylight = next(c for c in tz.subcomponents if c.name == "DAYLIGHT")
    assert daylight["DTSTART"].dt.time().hour == 2
    assert daylight["TZOFFSETFROM"].td == timedelta(hours=1)
    assert daylight["TZOFFSETTO"].td == timedelta(hours=2)


def test_tokyo_is_one_standard_without_rules() -> None:
    """Asia/Tokyo has no DST: a single STANDARD at +09:00, no RRULE."""
    tz = vtimezone("Asia/Tokyo", 2027, 2027)
    assert _kinds(tz) == ["STANDARD"]
    text = tz.to_ical().decode()
    assert "TZOFFSETTO:+0900" in text and "TZOFFSETFROM:+0900" in text
    assert "RRULE" not in text and "TZNAME:JST" in text


@pytest.mark.parametrize(
    ("zone", "rrules"),
    [
        ("Europe/Rome", True),
        ("America/New_York", True),  # 2nd Sunday of March, 1st of November
        ("Australia/Sydney", True),  # southern hemisphere: summer time over New Year
        ("America/Santiago", False),  # "first Sunday on or after the 2nd": no BYDAY rule
        ("Africa/Casablanca", False),  # DST suspended for Ramadan, a moving date
    ],
)
def test_offsets_match_zoneinfo_every_hour(zone: str, rrules: bool) -> None:
    """Whichever shape is chosen, both readers give zoneinfo's offset at every hour."""
    tz = vtimezone(zone, 2027, 2028)
    assert ("RRULE" in tz.to_ical().decode()) is rrules
    expected = ZoneInfo(zone)
    # Every hour for two days around each change, every 12 hours elsewhere.
    near = [t.instant for t in transitions(expected, 2027, 2028)]
    moments = [datetime(2027, 1, 1, tzinfo=UTC) + timedelta(hours=12 * i) for i in range(2 * 731)]
    moments += [t + timedelta(hours=h) for t in near for h in range(-48, 49)]
    for reader in _readers(tz):
        for moment in moments:
            got, want = (
                moment.astimezone(reader).utcoffset(),
                moment.astimezone(expected).utcoffset(),
            )
            assert got == want, (zone, moment, got, want)


def test_transitions_are_found_to_the_second() -> None:
    """Rome 2028: 26 March 01:00 UTC (02:00 CET) and 29 October 01:00 UTC (03:00 CEST)."""
    found = transitions(ZoneInfo("Europe/Rome"), 2028, 2028)
    assert [t.instant for t in found] == [
        datetime(2028, 3, 26, 1, 0, tzinfo=UTC),
        datetime(2028, 10, 29, 1, 0, tzinfo=UTC),
    ]
    assert [t.local for t in found] == [datetime(2028, 3, 26, 2, 0), datetime(2028, 10, 29, 3, 0)]
    assert [t.name for t in found] == ["CEST", "CET"]
