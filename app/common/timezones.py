"""Local wall times ↔ UTC instants, refusing the times a DST change makes impossible."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def check_zone_name(name: str) -> str:
    """Return ``name`` if it is an IANA zone name this machine knows, else raise ValueError."""
    if not name or name != name.strip():
        raise ValueError(f"{name!r} is not an IANA time zone name")
    if name not in _zone_names():
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(
                f"{name!r} is not an IANA time zone name (e.g. Europe/Rome, Asia/Tokyo)"
            ) from exc
    return name


_ZONES: frozenset[str] | None = None


def _zone_names() -> frozenset[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = frozenset(available_timezones())
    return _ZONES


class NonexistentLocalTime(ValueError):
    """A wall time skipped by a DST change (e.g. 02:30 in Rome on the last Sunday of March)."""


def to_utc(local: datetime, zone: str, *, later: bool = False) -> datetime:
    """The UTC instant of the naive wall time ``local`` in ``zone``.

    An ambiguous time (the hour repeated in autumn) is the earlier one unless ``later``.
    """
    if local.tzinfo is not None:
        raise ValueError("to_utc takes a wall time without a zone")
    tz = ZoneInfo(check_zone_name(zone))
    aware = local.replace(tzinfo=tz, fold=1 if later else 0)
    instant = aware.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None, fold=0) != local.replace(fold=0):
        raise NonexistentLocalTime(
            f"{local:%Y-%m-%d %H:%M} does not exist in {zone}: the clocks skip it (DST change)."
        )
    return instant


def to_local(instant: datetime, zone: str) -> datetime:
    """``instant`` shown as a wall time in ``zone`` (aware, carrying the zone)."""
    if instant.tzinfo is None:
        raise ValueError("to_local takes an aware instant")
    return instant.astimezone(ZoneInfo(check_zone_name(zone)))


def format_local(instant: datetime, zone: str) -> str:
    """'2027-10-13 14:00 JST (Asia/Tokyo)': a time is never shown without its zone."""
    local = to_local(instant, zone)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({zone})"


def utc_offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    """``zone``'s UTC offset at ``instant``."""
    return instant.astimezone(zone).utcoffset() or timedelta(0)


def offset_changes(zone: ZoneInfo, start: datetime, end: datetime) -> tuple[datetime, ...]:
    """The UTC instants in [``start``, ``end``) at which ``zone``'s UTC offset changes.

    zoneinfo exposes no transition list, so the offset is sampled every 6 hours and each
    change is narrowed down to the second by bisection (offsets never change twice in 6 h).
    """
    step = timedelta(hours=6)
    out: list[datetime] = []
    t, current = start, utc_offset(zone, start)
    while t < end:
        nxt = min(t + step, end)
        offset = utc_offset(zone, nxt)
        if offset != current:
            lo, hi = t, nxt  # offset(lo) == current != offset(hi)
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if utc_offset(zone, mid) == current:
                    lo = mid
                else:
                    hi = mid
            instant = hi.replace(microsecond=0)
            if utc_offset(zone, instant) == current:  # rounding landed just before the change
                instant += timedelta(seconds=1)
            if start <= instant < end:
                out.append(instant)
            current = offset
        t = nxt
    return tuple(out)
