"""Which mission Ponte shows when none is asked for; what a refused mission says."""

from __future__ import annotations

from datetime import date

from app.services.missions import MissionInvalid, MissionRow, Problem, default_mission


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


def test_a_refused_mission_says_every_problem_in_each_language() -> None:
    """English for the CLI and the log; Italian and Japanese for the window."""
    refused = MissionInvalid([Problem.NAME_TOO_LONG, Problem.DATES_REVERSED])
    assert str(refused) == (
        "The name is longer than 200 characters. The mission cannot end before it starts."
    )
    assert refused.text("it") == (
        "Il nome supera i 200 caratteri. La data di fine non può precedere quella di inizio."
    )
    assert refused.text("ja") == (
        "名称が 200 文字を超えています。終了日を開始日より前にすることはできません。"
    )
