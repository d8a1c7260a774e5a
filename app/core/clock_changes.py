"""Daylight-saving changes during a mission, and the warning each reader gets, on which day.

Pure: plain values in (:class:`ClockSetting`: the mission's zone, its venues' zones, the
delegations' sides, the mission's days), warnings out. Every agenda, calendar and e-mail asks
:meth:`MissionClocks.warnings_for` and prints what it answers; none looks at zones itself.

What matters to a reader:
- the host's clocks change (the mission's zone, or a venue's zone that differs from it):
  "Summer time starts tonight: at 02:00 CET the clocks go forward one hour, to 03:00 CEST";
- the time difference between the host city and the other city changes (a delegation's home
  follows its side: Turin → Europe/Rome, Nagoya → Asia/Tokyo): "From tomorrow at 10:00 JST
  Turin is 7 hours behind Nagoya (until then 8 hours)". The other city is the reader's home
  when it is not the host's zone, else the other delegations' homes.
Both at one instant make one warning (the host's change, then the new difference), never two.

A warning belongs to the day whose night (noon to noon, in the mission's zone) holds the
change: a 02:00 change on Sunday is Saturday's "tonight". A change counts when it falls
between the local midnight that starts the mission's first day and the one that ends its last.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.common.timezones import offset_changes, utc_offset
from app.core import clock_messages as say
from app.core.language import city_name, format_date, format_time
from app.core.mission_record import MissionRecord
from app.model.enums import DocumentLanguage, Side

Lang = DocumentLanguage

HOME_ZONES: dict[Side, str] = {Side.TURIN: "Europe/Rome", Side.NAGOYA: "Asia/Tokyo"}
HOME_CITIES: dict[Side, str] = {Side.TURIN: "Torino", Side.NAGOYA: "Nagoya"}
_TICK = timedelta(microseconds=1)


# --- what the mission is ---------------------------------------------------------------------


@dataclass(frozen=True)
class ClockSetting:
    """Where and when a mission takes place, as far as clocks go."""

    zone: str  # the mission's: agendas print times in it and count days in it
    host_city: str  # as the mission writes it ("Torino"); city_name() words it
    first_day: date | None  # None: a mission with no days (nothing dated yet)
    last_day: date | None
    venue_zones: tuple[tuple[str, str], ...] = ()  # (zone, city) other than the mission's
    sides: Mapping[int, Side] = field(default_factory=dict)  # delegation id → its side


def setting_of(record: MissionRecord) -> ClockSetting:
    """The mission in ``record``: its days from its start and end dates, else from the span
    of its programme items and B2B sessions (in its zone)."""
    zone = record.zone
    facts = record.mission
    first, last = facts.start_date, facts.end_date
    if first is None or last is None:
        spans = [(i.start_utc, i.end_utc) for i in record.items]
        spans += [(s.start_utc, s.end_utc) for s in record.sessions]
        if spans:
            tz = ZoneInfo(zone)
            first = first or min(s for s, _ in spans).astimezone(tz).date()
            last = last or max(e for _, e in spans).astimezone(tz).date()
    if first is not None and last is not None and last < first:
        first, last = last, first
    venues = {v.timezone: v.city for v in record.venues.values() if v.timezone != zone}
    return ClockSetting(
        zone=zone,
        host_city=facts.host_city,
        first_day=first,
        last_day=last,
        venue_zones=tuple(sorted(venues.items())),
        sides={d.id: d.side for d in record.delegations.values() if d.side is not None},
    )


# --- the changes -----------------------------------------------------------------------------


def _dst(zone: ZoneInfo, instant: datetime) -> timedelta:
    return instant.astimezone(zone).dst() or timedelta(0)


def change_instants(zone_name: str, start: datetime, end: datetime) -> tuple[datetime, ...]:
    """The UTC instants in [``start``, ``end``) at which ``zone_name``'s UTC offset changes."""
    return offset_changes(ZoneInfo(zone_name), start, end)


def local_midnight(day: date, zone: str) -> datetime:
    """The UTC instant at which ``day`` starts in ``zone`` (00:00; where a change skips
    midnight, zoneinfo reads 00:00 in the old offset: the instant of the change)."""
    return datetime.combine(day, time(0), ZoneInfo(zone)).astimezone(UTC)


@dataclass(frozen=True)
class HostChange:
    """The clocks of a host zone change."""

    zone: str
    city: str  # "" for the mission's own zone (the reader is there: no need to name it)
    before: timedelta  # UTC offsets
    after: timedelta
    summer: bool | None  # True: summer time starts, False: it ends, None: another change

    @property
    def amount(self) -> timedelta:
        return abs(self.after - self.before)

    @property
    def forward(self) -> bool:
        return self.after > self.before


@dataclass(frozen=True)
class Difference:
    """The time difference between ``place`` and the host city changes: ``was`` and ``now``
    are the place's offset minus the host's (positive: the place is ahead)."""

    place: str  # a city, as HOME_CITIES writes it
    host: str
    was: timedelta
    now: timedelta


@dataclass(frozen=True)
class ClockWarning:
    """One change of clocks as one reader reads it."""

    day: date  # the day (mission zone) whose night holds the change, within the mission
    instant: datetime  # UTC
    zone: str  # the mission's: times are said in it
    hosts: tuple[HostChange, ...]  # the host zones whose clocks change
    differences: tuple[Difference, ...]  # the time differences that change

    @property
    def local(self) -> datetime:
        """The wall time in the mission's zone just before the change."""
        return (self.instant - _TICK).astimezone(ZoneInfo(self.zone))

    @property
    def tonight(self) -> bool:
        """Whether the change falls in the night (noon to noon) of :attr:`day`."""
        local = self.local.replace(tzinfo=None)
        noon = datetime.combine(self.day, time(12))
        return noon <= local < noon + timedelta(days=1)

    def text(self, lang: DocumentLanguage, *, on: date | None = None) -> str:
        """The warning in ``lang``. Printed under the day ``on`` that is its own day, it says
        "tonight"; anywhere else (another day, an e-mail) it says the date."""
        lang = DocumentLanguage(lang)
        here = on == self.day and self.tonight
        parts = [_host_text(h, self, lang, here) for h in self.hosts]
        then = bool(self.hosts)
        parts += [_difference_text(d, self, lang, here, then=then) for d in self.differences]
        return ("" if lang is Lang.JA else " ").join(parts)

    def title(self, lang: DocumentLanguage, *, on: date | None = None) -> str:
        """A short title (a calendar's entry for the change, on ``on``)."""
        lang = DocumentLanguage(lang)
        here = on == self.day and self.tonight
        if self.hosts:
            h = self.hosts[0]
            amount = _amount(h.amount, lang)
            if h.summer is True:
                wording = say.TITLE_SUMMER_STARTS_TONIGHT if here else say.TITLE_SUMMER_STARTS
            elif h.summer is False:
                wording = say.TITLE_SUMMER_ENDS_TONIGHT if here else say.TITLE_SUMMER_ENDS
            else:
                sign = "+" if h.forward else "−"
                return say.TITLE_CLOCKS(sign=sign, amount=amount).text(lang)
            title = wording(amount=amount).text(lang)
            return f"{city_name(h.city, lang)}: {title}" if h.city else title
        d = self.differences[0]
        return say.TITLE_DIFFERENCE(
            place=city_name(d.place, lang),
            hours=_signed(d.now, lang),
            was=_signed(d.was, lang),
        ).text(lang)


def _hours(delta: timedelta, lang: DocumentLanguage) -> str:
    minutes = int(abs(delta).total_seconds()) // 60
    h, m = divmod(minutes, 60)
    if m == 0:
        return (say.ONE_HOUR() if h == 1 else say.HOURS(hours=h)).text(lang)
    if h == 0:
        return say.MINUTES(minutes=m).text(lang)
    return say.HOURS_MINUTES(hours=h, minutes=m).text(lang)


def _amount(delta: timedelta, lang: DocumentLanguage) -> str:
    """'1 h', '30 min' ('1時間', '30分'): the size of a change in a title."""
    minutes = int(abs(delta).total_seconds()) // 60
    h, m = divmod(minutes, 60)
    hours, mins = ("時間", "分") if lang is Lang.JA else (" h", " min")
    if m == 0:
        return f"{h}{hours}"
    return f"{h}{hours}{' ' if mins[0] == ' ' else ''}{m}{mins}" if h else f"{m}{mins}"


def _signed(delta: timedelta, lang: DocumentLanguage) -> str:
    """'+8 h', '−7 h': a place's offset from the host's, in a title."""
    sign = "−" if delta < timedelta(0) else "+"
    return f"{sign}{_amount(delta, lang)}"


def _when(warning: ClockWarning, lang: DocumentLanguage, here: bool, *, at: bool) -> str:
    """When the change happens, in ``lang``: printed under its own day 'tonight' (at 02:00),
    'tomorrow at 10:00 JST', 'today at 15:00 CET'; elsewhere 'on Sunday 26 March 2028' (at
    02:00 CET). ``at``: with the time (mission zone)."""
    local = warning.local
    clock = format_time(warning.instant.astimezone(ZoneInfo(warning.zone)))
    if here:
        if local.date() == warning.day:
            return (say.TODAY_AT(time=clock) if at else say.TODAY()).text(lang)
        if local.hour < 6:
            return (say.TONIGHT_AT(time=clock) if at else say.TONIGHT()).text(lang)
        return (say.TOMORROW_AT(time=clock) if at else say.TOMORROW()).text(lang)
    day = format_date(warning.instant.astimezone(ZoneInfo(warning.zone)).date(), lang)
    return (say.DATE_AT(date=day, time=clock) if at else say.ON_DATE(date=day)).text(lang)


def _host_text(h: HostChange, w: ClockWarning, lang: DocumentLanguage, here: bool) -> str:
    """'Summer time starts tonight: at 02:00 CET the clocks go forward one hour, to 03:00
    CEST' (the clocks of ``h.zone``, as they read before and after)."""
    if h.summer is True:
        wording = say.SUMMER_STARTS
    elif h.summer is False:
        wording = say.SUMMER_ENDS
    else:
        wording = say.CLOCKS_FORWARD if h.forward else say.CLOCKS_BACK
    zone = ZoneInfo(h.zone)
    name_before = (w.instant - _TICK).astimezone(zone).tzname()
    after = w.instant.astimezone(zone)
    at = f"{(w.instant + h.before).replace(tzinfo=None):%H:%M} {name_before}"
    to = f"{after:%H:%M} {after.tzname()}"
    when = _when(w, lang, here, at=False)
    text = wording(when=when, time=at, amount=_hours(h.amount, lang), after=to).text(lang)
    if h.city:
        return say.IN_PLACE(place=city_name(h.city, lang), what=text).text(lang)
    return text


def _difference_text(
    d: Difference, w: ClockWarning, lang: DocumentLanguage, here: bool, *, then: bool
) -> str:
    place, host = city_name(d.place, lang), city_name(d.host, lang)
    was = _hours(d.was, lang)
    if then:
        if d.now == timedelta(0):
            return say.THEN_SAME(place=place, host=host, was=was).text(lang)
        wording = say.THEN_AHEAD if d.now > timedelta(0) else say.THEN_BEHIND
        return wording(place=place, host=host, hours=_hours(d.now, lang), was=was).text(lang)
    when = _when(w, lang, here, at=True)
    if d.now == timedelta(0):
        return say.FROM_SAME(when=when, place=place, host=host, was=was).text(lang)
    wording = say.FROM_AHEAD if d.now > timedelta(0) else say.FROM_BEHIND
    return wording(when=when, place=place, host=host, hours=_hours(d.now, lang), was=was).text(lang)


# --- the mission's clocks ---------------------------------------------------------------------


@dataclass(frozen=True)
class MissionClocks:
    """The clock changes of one mission; :meth:`warnings_for` words them for a reader."""

    setting: ClockSetting
    instants: tuple[datetime, ...] = ()  # UTC: any zone that matters changes then

    @property
    def window(self) -> tuple[datetime, datetime] | None:
        """From the local midnight that starts the first day to the one that ends the last."""
        s = self.setting
        if s.first_day is None or s.last_day is None:
            return None
        return (
            local_midnight(s.first_day, s.zone),
            local_midnight(s.last_day + timedelta(days=1), s.zone),
        )

    def _compared(self, delegation_id: int | None) -> tuple[Side, ...]:
        """The homes whose difference to the host a reader of ``delegation_id`` is told:
        their own when it is not the host's zone, else every other delegation's."""
        s = self.setting
        own = s.sides.get(delegation_id) if delegation_id is not None else None
        if own is not None and HOME_ZONES[own] != s.zone:
            return (own,)
        return tuple(
            side
            for side in sorted(set(s.sides.values()), key=lambda x: x.value)
            if HOME_ZONES[side] != s.zone and side is not own
        )

    def warnings_for(self, delegation_id: int | None = None) -> tuple[ClockWarning, ...]:
        """The warnings for a reader of ``delegation_id`` (None: no delegation), by day."""
        window = self.window
        if window is None:
            return ()
        s = self.setting
        mission = ZoneInfo(s.zone)
        out = []
        for instant in self.instants:
            before_at = instant - _TICK
            hosts = []
            host_before, host_after = utc_offset(mission, before_at), utc_offset(mission, instant)
            if host_before != host_after:
                hosts.append(_host_change(s.zone, "", before_at, instant))
            for zone_name, city in s.venue_zones:
                tz = ZoneInfo(zone_name)
                b, a = utc_offset(tz, before_at), utc_offset(tz, instant)
                if b != a and (b - host_before, a - host_after) != (timedelta(0), timedelta(0)):
                    hosts.append(_host_change(zone_name, city, before_at, instant))
            differences = []
            for side in self._compared(delegation_id):
                home = ZoneInfo(HOME_ZONES[side])
                was = utc_offset(home, before_at) - host_before
                now = utc_offset(home, instant) - host_after
                if was != now:
                    differences.append(Difference(HOME_CITIES[side], s.host_city, was, now))
            if not hosts and not differences:
                continue
            local = before_at.astimezone(mission)
            day = local.date() if local.hour >= 12 else local.date() - timedelta(days=1)
            assert s.first_day is not None and s.last_day is not None
            day = min(max(day, s.first_day), s.last_day)
            out.append(ClockWarning(day, instant, s.zone, tuple(hosts), tuple(differences)))
        return tuple(out)


def _host_change(zone_name: str, city: str, before_at: datetime, instant: datetime) -> HostChange:
    tz = ZoneInfo(zone_name)
    before, after = utc_offset(tz, before_at), utc_offset(tz, instant)
    dst_before, dst_after = _dst(tz, before_at), _dst(tz, instant)
    summer: bool | None = None
    if dst_after > dst_before and after > before:
        summer = True
    elif dst_after < dst_before and after < before:
        summer = False
    return HostChange(zone_name, city, before, after, summer)


def mission_clocks(setting: ClockSetting) -> MissionClocks:
    """The instants during the mission at which any zone that matters changes its clocks:
    the mission's, its venues', the delegations' homes."""
    empty = MissionClocks(setting)
    window = empty.window
    if window is None:
        return empty
    zones = {setting.zone, *(z for z, _ in setting.venue_zones)}
    zones |= {HOME_ZONES[side] for side in setting.sides.values()}
    instants = sorted({i for z in sorted(zones) for i in change_instants(z, *window)})
    return MissionClocks(setting, tuple(instants))


def clocks_of(record: MissionRecord) -> MissionClocks:
    """The clock changes of the mission in ``record``."""
    return mission_clocks(setting_of(record))


__all__ = [
    "HOME_CITIES",
    "HOME_ZONES",
    "ClockSetting",
    "ClockWarning",
    "Difference",
    "HostChange",
    "MissionClocks",
    "change_instants",
    "clocks_of",
    "mission_clocks",
    "setting_of",
]
