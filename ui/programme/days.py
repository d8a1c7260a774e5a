"""What the Programme page shows of one day: the mission's days, the day to open on, the
timeline's columns and blocks (items and B2B sessions), and the second zone to offer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from app.common.timezones import to_local, to_utc
from app.core.mission_record import MissionRecord
from app.services.programme import Clash, ItemRow, ProgrammeView
from ui.programme.labels import audience_text, kind_label
from ui.programme.timeline import TimelineBlock, TimelineColumn


def other_zone(record: MissionRecord) -> str:
    """The other side's home zone: Asia/Tokyo for a mission hosted in Rome's zone, and
    Europe/Rome for one hosted in Tokyo's (or anywhere else)."""
    return "Europe/Rome" if record.zone == "Asia/Tokyo" else "Asia/Tokyo"


def local_day(instant: datetime, zone: str) -> date:
    return to_local(instant, zone).date()


def mission_days(view: ProgrammeView) -> list[date]:
    """The mission's days, from its dates (else from its items and sessions)."""
    record = view.record
    facts = record.mission
    first, last = facts.start_date, facts.end_date
    zone = record.zone
    seen = [local_day(r.start_utc, zone) for r in view.items] + [
        local_day(s.start_utc, zone) for s in record.sessions
    ]
    if first is None or last is None:
        if not seen:
            return [date.today()]
        first, last = min(seen), max(seen)
    else:  # an item stored outside the dates still gets its day
        first, last = min([first, *seen]), max([last, *seen])
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def default_day(view: ProgrammeView) -> date:
    """The first day with items, else the mission's first day."""
    days = mission_days(view)
    if view.items:
        return min(local_day(r.start_utc, view.record.zone) for r in view.items)
    return days[0]


def day_bounds(day: date, zone: str) -> tuple[datetime, datetime]:
    """The day's first and last instant in ``zone`` (23 or 25 hours on a change of clocks)."""
    return to_utc(datetime.combine(day, time(0)), zone), to_utc(
        datetime.combine(day + timedelta(days=1), time(0)), zone
    )


def on_day(start: datetime, end: datetime, day: date, zone: str) -> bool:
    first, last = day_bounds(day, zone)
    return start < last and end > first


def columns(
    view: ProgrammeView,
    day_blocks: list[TimelineBlock],
    lang: str,
    no_venue_title: str,
    every_venue: bool = False,
) -> list[TimelineColumn]:
    """A column per venue with something on the day (per venue of the mission when
    ``every_venue``, or when the day is empty), then "No venue" (where a drag adds an item to
    place later)."""
    record = view.record
    used = {b.column for b in day_blocks}
    venues = [v for v in record.venues.values() if every_venue or not used or v.id in used]
    out = [TimelineColumn(v.id, v.names.in_(lang), v.timezone or record.zone) for v in venues]
    out.append(TimelineColumn(None, no_venue_title, record.zone))
    return out


def clash_of_item(clashes: tuple[Clash, ...], item_id: int, lang: str) -> str | None:
    texts = [c.text(lang) for c in clashes if item_id in c.item_ids]
    return "\n".join(texts) if texts else None


def blocks(
    view: ProgrammeView, day: date, lang: str, session_subtitle: Callable[[int], str]
) -> list[TimelineBlock]:
    """The items and B2B sessions on ``day`` (in the mission's zone), as timeline blocks."""
    record = view.record
    zone = record.zone
    out: list[TimelineBlock] = []
    for row in view.items:
        if not on_day(row.start_utc, row.end_utc, day, zone):
            continue
        out.append(
            TimelineBlock(
                key=f"item:{row.id}",
                item_id=row.id,
                column=row.venue_id if row.venue_id in record.venues else None,
                start_utc=row.start_utc,
                end_utc=row.end_utc,
                zone=row.zone,
                title=row.titles.in_(lang),
                subtitle=_subtitle(record, row, lang),
                kind=row.kind.value,
                clash=clash_of_item(view.clashes, row.id, lang),
            )
        )
    for session in record.sessions:
        if not on_day(session.start_utc, session.end_utc, day, zone):
            continue
        texts = [c.text(lang) for c in view.clashes if session.id in c.session_ids]
        out.append(
            TimelineBlock(
                key=f"session:{session.id}",
                item_id=None,
                column=session.venue_id if session.venue_id in record.venues else None,
                start_utc=session.start_utc,
                end_utc=session.end_utc,
                zone=session.timezone,
                title=session.names.in_(lang),
                subtitle=session_subtitle(len(session.tables)),
                kind="b2b",
                clash="\n".join(texts) if texts else None,
            )
        )
    return out


def _subtitle(record: MissionRecord, row: ItemRow, lang: str) -> str:
    """What a block says under its title (the timeline writes the times)."""
    return f"{kind_label(row.kind)} · {audience_text(record, row, lang)}"
