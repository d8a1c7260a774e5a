"""Which mission Ponte shows when none is asked for."""

from __future__ import annotations

from datetime import date

from app.services.missions import MissionRow, default_mission


def _m(i: int, start: date, end: date) -> MissionRow:
    return MissionRow(i, f"M{i}", None, "Nagoya", "Asia/Tokyo", start, end, "")


def test_the_next_mission_is_shown_first() -> None:
    """Before both demo missions, the one in October 2027 is the one being prepared."""
    oct27 = _m(1, date(2027, 10, 12), date(2027, 10, 14))
    mar28 = _m(2, date(2028, 3, 25), date(2028, 3, 28))
    assert default_mission([mar28, oct27], date(2026, 11, 25)) == oct27


def test_a_mission_under_way_counts_as_next() -> None:
    oct27 = _m(1, date(2027, 10, 12), date(2027, 10, 14))
    mar28 = _m(2, date(2028, 3, 25), date(2028, 3, 28))
    assert default_mission([mar28, oct27], date(2027, 10, 14)) == oct27


def test_after_every_mission_the_latest_is_shown() -> None:
    oct27 = _m(1, date(2027, 10, 12), date(2027, 10, 14))
    mar28 = _m(2, date(2028, 3, 25), date(2028, 3, 28))
    assert default_mission([oct27, mar28], date(2029, 1, 1)) == mar28


def test_no_missions_no_default() -> None:
    assert default_mission([], date(2026, 1, 1)) is None
