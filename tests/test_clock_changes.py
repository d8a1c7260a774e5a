"""The daylight-saving changes a mission crosses (app.core.clock_changes): which ones, on which
day, and what each reader is told, in Italian, Japanese and English."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.clock_changes import (
    HOME_ZONES,
    ClockSetting,
    change_instants,
    local_midnight,
    mission_clocks,
)
from app.model.enums import DocumentLanguage, Side

Lang = DocumentLanguage
NAGOYA, TURIN = 1, 2  # delegation ids
BOTH = {NAGOYA: Side.NAGOYA, TURIN: Side.TURIN}


def in_turin(first: date, last: date, sides: dict[int, Side] | None = None) -> ClockSetting:
    return ClockSetting(
        "Europe/Rome", "Torino", first, last, sides=BOTH if sides is None else sides
    )


def in_nagoya(first: date, last: date, sides: dict[int, Side] | None = None) -> ClockSetting:
    return ClockSetting("Asia/Tokyo", "Nagoya", first, last, sides=BOTH if sides is None else sides)


def test_rome_moves_forward_on_the_night_of_25_to_26_march_2028() -> None:
    """One warning, on Saturday: summer time starts tonight, and Nagoya is then 7 hours ahead."""
    clocks = mission_clocks(in_turin(date(2028, 3, 25), date(2028, 3, 28)))
    [w] = clocks.warnings_for(NAGOYA)
    assert w.day == date(2028, 3, 25)
    assert w.instant == datetime(2028, 3, 26, 1, 0, tzinfo=UTC)
    assert [h.summer for h in w.hosts] == [True]
    [d] = w.differences
    assert (d.was, d.now) == (timedelta(hours=8), timedelta(hours=7))
    saturday = date(2028, 3, 25)
    assert w.text(Lang.EN, on=saturday) == (
        "Summer time starts tonight: at 02:00 CET the clocks go forward one hour, to 03:00 CEST. "
        "Nagoya is then 7 hours ahead of Turin (until then 8 hours)."
    )
    assert w.text(Lang.IT, on=saturday).startswith(
        "L'ora legale inizia stanotte: alle 02:00 CET gli orologi vanno avanti di un'ora"
    )
    assert w.text(Lang.JA, on=saturday) == (
        "今夜サマータイムが始まります。02:00 CETに時計を1時間進めて03:00 CESTとします。"
        "以後、名古屋はトリノより7時間進みます（これまでは8時間）。"
    )
    assert w.title(Lang.JA, on=saturday) == "今夜からサマータイム（+1時間）"


def test_printed_on_another_day_the_warning_says_the_date() -> None:
    [w] = mission_clocks(in_turin(date(2028, 3, 25), date(2028, 3, 28))).warnings_for(NAGOYA)
    assert w.text(Lang.EN, on=date(2028, 3, 27)).startswith(
        "Summer time starts on Sunday 26 March 2028: at 02:00 CET"
    )
    assert w.text(Lang.IT).startswith("L'ora legale inizia domenica 26 marzo 2028")
    assert w.text(Lang.JA).startswith("2028年3月26日（日）にサマータイムが始まります。")
    assert "tonight" not in w.title(Lang.EN)


def test_rome_moves_back_on_the_night_of_30_to_31_october_2027() -> None:
    clocks = mission_clocks(in_turin(date(2027, 10, 28), date(2027, 11, 2)))
    [w] = clocks.warnings_for(TURIN)
    assert w.day == date(2027, 10, 30)
    assert [h.summer for h in w.hosts] == [False]
    assert w.text(Lang.EN, on=w.day) == (
        "Summer time ends tonight: at 03:00 CEST the clocks go back one hour, to 02:00 CET. "
        "Nagoya is then 8 hours ahead of Turin (until then 7 hours)."
    )
    assert w.text(Lang.IT, on=w.day).startswith("L'ora legale finisce stanotte: alle 03:00 CEST")


def test_tokyo_never_changes() -> None:
    """A Nagoya-only mission in Tokyo across Rome's change: nothing to say."""
    setting = in_nagoya(date(2028, 3, 20), date(2028, 4, 5), {NAGOYA: Side.NAGOYA})
    clocks = mission_clocks(setting)
    assert clocks.instants == ()
    assert clocks.warnings_for(NAGOYA) == () and clocks.warnings_for(None) == ()


def test_a_turin_delegation_in_nagoya_is_told_the_new_difference() -> None:
    """Rome's change is at 10:00 JST on Sunday: Saturday's warning says 'tomorrow at 10:00'."""
    clocks = mission_clocks(in_nagoya(date(2028, 3, 24), date(2028, 3, 28)))
    [w] = clocks.warnings_for(TURIN)
    assert w.hosts == () and w.day == date(2028, 3, 25)
    assert w.text(Lang.EN, on=w.day) == (
        "From tomorrow at 10:00 JST Turin is 7 hours behind Nagoya (until then 8 hours)."
    )
    assert w.text(Lang.IT, on=w.day) == (
        "Da domani alle 10:00 JST Torino è 7 ore indietro rispetto a Nagoya (finora 8 ore)."
    )
    assert w.text(Lang.JA, on=w.day) == (
        "明日10:00 JSTから、トリノは名古屋より7時間遅れます（これまでは8時間）。"
    )
    # the hosts are told the same about their guests' home
    [host] = clocks.warnings_for(NAGOYA)
    assert host.differences == w.differences


def test_host_and_home_changing_together_make_one_warning() -> None:
    """A Turin reader in Turin: their home and the host change at one instant, so one warning
    (the host's change, then the difference to the other city), never 'Turin is now 0 hours'."""
    clocks = mission_clocks(in_turin(date(2028, 3, 25), date(2028, 3, 28), {TURIN: Side.TURIN}))
    [w] = clocks.warnings_for(TURIN)
    assert len(w.hosts) == 1 and w.differences == ()
    assert w.text(Lang.EN, on=w.day).count("Summer time") == 1


def test_a_mission_without_a_change_has_no_warning() -> None:
    clocks = mission_clocks(in_turin(date(2028, 4, 10), date(2028, 4, 14)))
    assert clocks.warnings_for(NAGOYA) == () and clocks.warnings_for(TURIN) == ()
    assert mission_clocks(ClockSetting("Europe/Rome", "Torino", None, None)).warnings_for() == ()


def test_a_change_on_the_first_morning_is_dated_on_the_first_day() -> None:
    """A mission that starts on Sunday 26 March, after the 02:00 change of that morning:
    the warning sits on the first day and says the date, not 'tonight'."""
    [w] = mission_clocks(in_turin(date(2028, 3, 26), date(2028, 3, 28))).warnings_for(TURIN)
    assert w.day == date(2028, 3, 26)
    assert "on Sunday 26 March 2028" in w.text(Lang.EN, on=w.day)


def test_a_venue_in_another_zone_is_named() -> None:
    """A day trip to a venue in London from a Tokyo mission: its change is said with its city."""
    setting = ClockSetting(
        "Asia/Tokyo", "Nagoya", date(2028, 3, 24), date(2028, 3, 28),
        venue_zones=(("Europe/London", "London"),),
    )  # fmt: skip
    [w] = mission_clocks(setting).warnings_for(None)
    assert w.text(Lang.EN).startswith("In London: Summer time starts on Sunday 26 March 2028")


def test_change_instants_finds_the_second() -> None:
    start = datetime(2028, 1, 1, tzinfo=UTC)
    assert change_instants("Europe/Rome", start, start + timedelta(days=366)) == (
        datetime(2028, 3, 26, 1, 0, tzinfo=UTC),
        datetime(2028, 10, 29, 1, 0, tzinfo=UTC),
    )
    assert change_instants("Asia/Tokyo", start, start + timedelta(days=366)) == ()


ZONES = ("Europe/Rome", "Asia/Tokyo", "America/New_York", "Australia/Sydney", "Europe/London")


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    first=st.dates(date(2026, 1, 1), date(2031, 12, 31)),
    length=st.integers(0, 120),
)
def test_a_warning_iff_the_offset_differs_between_the_first_and_last_midnight(
    zone: str, first: date, length: int
) -> None:
    """Host zone, no delegations: a warning exactly when the offset at the midnight that starts
    the first day differs from the one that ends the last (≤ 120 days: at most one change)."""
    last = first + timedelta(days=length)
    tz = ZoneInfo(zone)
    start, end = local_midnight(first, zone), local_midnight(last + timedelta(days=1), zone)
    differs = start.astimezone(tz).utcoffset() != end.astimezone(tz).utcoffset()
    warnings = mission_clocks(ClockSetting(zone, "X", first, last)).warnings_for(None)
    assert bool(warnings) == differs
    for w in warnings:
        assert first <= w.day <= last


@settings(max_examples=100, deadline=None)
@given(first=st.dates(date(2026, 1, 1), date(2031, 12, 31)), length=st.integers(0, 120))
def test_a_turin_reader_in_nagoya_is_warned_iff_rome_changes(first: date, length: int) -> None:
    last = first + timedelta(days=length)
    rome = ZoneInfo(HOME_ZONES[Side.TURIN])
    start = local_midnight(first, "Asia/Tokyo")
    end = local_midnight(last + timedelta(days=1), "Asia/Tokyo")
    differs = start.astimezone(rome).utcoffset() != end.astimezone(rome).utcoffset()
    warnings = mission_clocks(in_nagoya(first, last)).warnings_for(TURIN)
    assert bool(warnings) == differs
    assert all(w.hosts == () and len(w.differences) == 1 for w in warnings)
