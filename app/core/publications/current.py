"""The mission as it is now, read as an unpublished snapshot, and the stable keys of its entries.

**Stable keys.** Every meeting and programme item has a key that survives database ids
(SQLite reuses the id of the last row deleted, and every scheduler run deletes and rewrites
the meetings):

- a meeting: ``"M<lo>-<hi>"``, the ids of its two organisations in ascending order — the
  scheduler's own pair id. The schema does *not* forbid two meetings of one pair (there is no
  unique constraint on the pair), but the scheduler writes at most one per pair, and the grid
  only moves meetings. Here a pair may have several *cancelled* meetings next to at most one
  that is not cancelled (that one is the pair's meeting; else the latest cancelled one); two
  that are not cancelled are refused with a :class:`PublicationError` naming them.
- a programme item: ``"P<id>-v<n>"``, its database id and the version in which this item was
  first published (``n`` is the version about to be made while it is unpublished). An item
  whose id is not among the last publication's live items gets a new ``n``, so an id that
  SQLite hands out again after a publication recorded the old item's removal starts a fresh
  history. (An item deleted and recreated with the same id *between* two publications cannot
  be told from an edit without a column the schema lacks; it is shown as changed.)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from types import MappingProxyType

from app.core.mission_record import MeetingRecord, MissionRecord
from app.core.pairs import pair_key
from app.core.publications import messages as msg
from app.core.publications.diffs import Person
from app.core.publications.errors import PublicationError
from app.core.publications.snapshot import (
    ACTIVE,
    CANCELLED,
    REMOVED,
    ItemEntry,
    MeetingEntry,
    Named,
    Snapshot,
)
from app.model.enums import MeetingStatus

# --- keys ------------------------------------------------------------------------------------


def item_key(item_id: int, last: Snapshot | None) -> str:
    """The key of the live item ``item_id`` of the last publication, else a fresh one."""
    if last is not None:
        for entry in last.items.values():
            if entry.id == item_id and entry.active:
                return entry.key
    first = (last.number or 0) + 1 if last is not None else 1
    return f"P{item_id}-v{first}"


# --- the mission's publications --------------------------------------------------------------


def history(record: MissionRecord) -> list[Snapshot]:
    """The mission's published snapshots, oldest first."""
    return [Snapshot.from_json(p.number, p.snapshot) for p in record.publications]


def last_snapshot(record: MissionRecord) -> Snapshot | None:
    """The latest publication's snapshot, or None before the first one."""
    last = record.latest_publication
    return Snapshot.from_json(last.number, last.snapshot) if last is not None else None


# --- the mission as it is now ----------------------------------------------------------------


def _one_per_pair(record: MissionRecord) -> dict[str, MeetingRecord]:
    """The pair's meeting: the one not cancelled, else the latest cancelled one."""
    chosen: dict[str, MeetingRecord] = {}
    for m in record.meetings:  # by id
        key = pair_key(m.organisation_a, m.organisation_b)
        held = chosen.get(key)
        if held is not None and held.status != MeetingStatus.CANCELLED:
            if m.status == MeetingStatus.CANCELLED:
                continue
            names = " ↔ ".join(
                o.name if (o := record.organisations.get(oid)) else f"#{oid}"
                for oid in (m.organisation_a, m.organisation_b)
            )
            raise PublicationError(msg.TWO_MEETINGS(names=names, first=held.id, second=m.id))
        chosen[key] = m
    return chosen


def _current_meetings(record: MissionRecord) -> dict[str, MeetingEntry]:
    chosen = _one_per_pair(record)
    sessions = {b.id: b for b in record.sessions}
    tables = {t.id: t.name for b in record.sessions for t in b.tables}
    interpreters = {
        i.id: (i.participant_id, record.people[i.participant_id].latin_name)
        for i in record.interpreters.values()
        if i.participant_id in record.people
    }
    delegates = {oid: {p.id for p in people} for oid, people in record.delegates().items()}
    out = {}
    for key, m in chosen.items():
        b2b = sessions[m.session_id]
        interp = interpreters.get(m.interpreter_id) if m.interpreter_id else None
        # A meeting entered without named people seats all delegates (as agendas print it).
        seated = m.people or delegates.get(m.organisation_a, set()) | delegates.get(
            m.organisation_b, set()
        )
        names = record.organisations
        out[key] = MeetingEntry(
            key=key,
            id=m.id,
            status=m.status.value,
            gone=False,
            session=Named(b2b.id, b2b.name),
            timezone=b2b.timezone,
            start_utc=m.start_utc.astimezone(UTC),
            end_utc=m.end_utc.astimezone(UTC),
            table=Named(m.table_id, tables.get(m.table_id, "?")),
            organisations=(
                Named(m.organisation_a, o.name if (o := names.get(m.organisation_a)) else "?"),
                Named(m.organisation_b, o.name if (o := names.get(m.organisation_b)) else "?"),
            ),
            interpreter=Named(m.interpreter_id, interp[1]) if m.interpreter_id and interp else None,
            interpreter_participant=interp[0] if interp else None,
            participants=frozenset(seated),
        )
    return out


def _current_items(record: MissionRecord, last: Snapshot | None) -> dict[str, ItemEntry]:
    out = {}
    for i in record.items:  # by id
        attendees = record.attendees_of(i)
        venue = record.venues.get(i.venue_id) if i.venue_id else None
        key = item_key(i.id, last)
        out[key] = ItemEntry(
            key=key,
            id=i.id,
            status=ACTIVE,
            kind=i.kind.value,
            title=i.title,
            title_it=i.title_it,
            title_ja=i.title_ja,
            description=i.description,
            start_utc=i.start_utc.astimezone(UTC),
            end_utc=i.end_utc.astimezone(UTC),
            timezone=i.timezone,
            venue=Named(i.venue_id, venue.name if venue else "?") if i.venue_id else None,
            audience=i.audience.value,
            audience_delegation_id=i.audience_delegation_id,
            attendees=attendees,
            description_it=i.description_it,
            description_ja=i.description_ja,
            audience_organisation_id=i.audience_organisation_id,
        )
    return out


def current_snapshot(record: MissionRecord, last: Snapshot | None) -> Snapshot:
    """The mission now, with the last publication's vanished entries kept as tombstones."""
    meetings = _current_meetings(record)
    items = _current_items(record, last)
    if last is not None:
        for key, old in last.meetings.items():
            if key not in meetings:
                meetings[key] = old if old.gone else replace(old, status=CANCELLED, gone=True)
        for key, item in last.items.items():
            if key not in items:
                items[key] = replace(item, status=REMOVED)
    return Snapshot(None, MappingProxyType(meetings), MappingProxyType(items))


def current_people(record: MissionRecord) -> dict[int, Person]:
    """The mission's participants now, by id, as :func:`.diffs.compare` names them."""
    return {
        p.id: Person(p.id, p.latin_name, p.organisation_id, p.document_language.value)
        for p in record.people.values()
    }
