"""Wall times and instants around DST changes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common.timezones import NonexistentLocalTime, format_local, to_local, to_utc


def test_spring_forward_gap_is_refused() -> None:
    """02:30 on 26 March 2028 does not exist in Rome."""
    with pytest.raises(NonexistentLocalTime, match="does not exist in Europe/Rome"):
        to_utc(datetime(2028, 3, 26, 2, 30), "Europe/Rome")


def test_autumn_repeated_hour_takes_the_earlier_unless_asked() -> None:
    first = to_utc(datetime(2027, 10, 31, 2, 30), "Europe/Rome")
    second = to_utc(datetime(2027, 10, 31, 2, 30), "Europe/Rome", later=True)
    assert first == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert second == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)


def test_tokyo_has_no_dst() -> None:
    assert to_utc(datetime(2027, 10, 13, 14, 0), "Asia/Tokyo") == datetime(
        2027, 10, 13, 5, 0, tzinfo=UTC
    )


def test_format_shows_the_zone() -> None:
    instant = datetime(2028, 3, 26, 8, 0, tzinfo=UTC)
    assert format_local(instant, "Europe/Rome") == "2028-03-26 10:00 CEST (Europe/Rome)"


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="IANA"):
        to_utc(datetime(2027, 1, 1), "Turin")


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
    st.sampled_from(["Europe/Rome", "Asia/Tokyo", "America/New_York"]),
)
def test_existing_wall_times_round_trip(local: datetime, zone: str) -> None:
    """Every wall time that exists comes back as itself; the rest are refused, never shifted."""
    try:
        instant = to_utc(local, zone)
    except NonexistentLocalTime:
        return
    assert to_local(instant, zone).replace(tzinfo=None, fold=0) == local.replace(fold=0)
