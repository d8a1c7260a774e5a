"""Publications read: a mission's published versions, what changed since, and the SEQUENCE
of every calendar entry. Publishing itself (the one write) is the action
:func:`app.services.publications.publish`.

The reads live here; the pieces they use, in modules of this package:

- :mod:`.snapshot`: the entries of a snapshot and its JSON format;
- :mod:`.current`: the stable keys, and the mission as it is now read as a snapshot;
- :mod:`.diffs`: comparing two snapshots per participant, and the English wording;
- :mod:`.errors`: :class:`PublicationError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from sqlalchemy import select

from app.core.mission_record import MissionRecord, load_mission
from app.core.pairs import pair_key
from app.core.publications import messages as msg
from app.core.publications.current import (
    current_people,
    current_snapshot,
    history,
    item_key,
    last_snapshot,
)
from app.core.publications.diffs import (
    Change,
    ChangeKind,
    MissionDiff,
    ParticipantDiff,
    compare,
)
from app.core.publications.errors import PublicationError
from app.core.publications.snapshot import (
    ItemEntry,
    MeetingEntry,
    Named,
    Snapshot,
    fingerprint,
)
from app.model import Publication
from app.store import Store

__all__ = [
    "Change",
    "ChangeKind",
    "CurrentKeys",
    "ItemEntry",
    "MeetingEntry",
    "MissionDiff",
    "Named",
    "ParticipantDiff",
    "PublicationError",
    "PublicationInfo",
    "Snapshot",
    "compare",
    "current_keys",
    "current_keys_of",
    "diff",
    "diff_of",
    "list_publications",
    "load_snapshot",
    "participants_to_notify",
    "pending_sequences",
    "pending_sequences_of",
    "sequences",
    "sequences_of",
    "version_diff",
    "version_diff_of",
    "withdrawn_items_of",
]


@dataclass(frozen=True)
class CurrentKeys:
    """The stable keys of the mission's rows as they are now (for exports)."""

    meetings: Mapping[int, str]  # meeting id → key (cancelled meetings included)
    items: Mapping[int, str]  # agenda item id → key


def current_keys(store: Store, mission_id: int) -> CurrentKeys:
    """The key each meeting and programme item of the mission has now."""
    return current_keys_of(load_mission(store, mission_id))


def current_keys_of(record: MissionRecord) -> CurrentKeys:
    """:func:`current_keys` of a mission already read."""
    last = last_snapshot(record)
    meetings = {m.id: pair_key(m.organisation_a, m.organisation_b) for m in record.meetings}
    items = {i.id: item_key(i.id, last) for i in record.items}
    return CurrentKeys(MappingProxyType(meetings), MappingProxyType(items))


def diff(store: Store, mission_id: int) -> MissionDiff:
    """What changed for each participant since the mission's last publication."""
    return diff_of(load_mission(store, mission_id))


def diff_of(record: MissionRecord) -> MissionDiff:
    """:func:`diff` of a mission already read."""
    last = last_snapshot(record)
    return compare(record.id, last, current_snapshot(record, last), current_people(record))


def version_diff(
    store: Store, mission_id: int, number: int | None = None, *, since: int | None = None
) -> MissionDiff:
    """What version ``number`` (default: the latest) changed for each participant, against
    the version before it, or against version ``since`` (``base``: the version compared
    with; None for version 1, where every entry is new). For the mail after a
    re-publication: who must be told, and what."""
    return version_diff_of(load_mission(store, mission_id), number, since=since)


def version_diff_of(
    record: MissionRecord, number: int | None = None, *, since: int | None = None
) -> MissionDiff:
    """:func:`version_diff` of a mission already read."""
    rows = record.publications
    if not rows:
        raise PublicationError(msg.NOT_PUBLISHED())
    chosen = rows[-1] if number is None else next((r for r in rows if r.number == number), None)
    if chosen is None:
        raise PublicationError(msg.NO_VERSION(number=number))
    earlier = [r for r in rows if r.number < chosen.number]
    if since is not None:
        earlier = [r for r in earlier if r.number == since]
        if not earlier:
            raise PublicationError(msg.NO_VERSION_BEFORE(since=since, number=chosen.number))
    before = Snapshot.from_json(earlier[-1].number, earlier[-1].snapshot) if earlier else None
    after = Snapshot.from_json(chosen.number, chosen.snapshot)
    return compare(record.id, before, after, current_people(record))


def participants_to_notify(store: Store, mission_id: int) -> list[int]:
    """The participants whose schedule changed since the last publication (all, before one)."""
    return sorted(p.participant_id for p in diff(store, mission_id).participants)


def sequences(store: Store, mission_id: int) -> dict[str, int]:
    """The iCalendar SEQUENCE of every entry ever published, as of the latest publication.

    Keys: ``"M<lo>-<hi>"`` for a meeting (its two organisations' ids, ascending) and
    ``"P<id>-v<n>"`` for a programme item (its agenda item id and the version that first
    published it); see :func:`current_keys` for the key of a row now. The rule: 0 in the
    publication that first holds the key, +1 in each later publication in which its entry
    differs from the previous publication's (time, session, table, interpreter, status —
    cancelled or removed included —, people, titles, description, venue, names). Keys of
    cancelled meetings and removed items stay in the mapping (export them as
    ``STATUS:CANCELLED``). A key absent from the mapping was never published.
    """
    return sequences_of(history(load_mission(store, mission_id)))


def pending_sequences(store: Store, mission_id: int) -> dict[str, int]:
    """The SEQUENCE each entry would carry if the mission were published now (same keys
    as :func:`sequences`, plus the entries not published yet, at 0)."""
    return pending_sequences_of(load_mission(store, mission_id))


def pending_sequences_of(record: MissionRecord) -> dict[str, int]:
    """:func:`pending_sequences` of a mission already read."""
    published = history(record)
    now = current_snapshot(record, published[-1] if published else None)
    return sequences_of([*published, now])


def sequences_of(history: Iterable[Snapshot]) -> dict[str, int]:
    """:func:`sequences` over snapshots in publication order (pure)."""
    seq: dict[str, int] = {}
    previous: dict[str, MeetingEntry | ItemEntry] = {}
    for snap in history:
        entries = snap.entries()
        for key, entry in entries.items():
            if key not in seq:
                seq[key] = 0
            elif key not in previous or fingerprint(previous[key]) != fingerprint(entry):
                seq[key] += 1
        previous = entries
    return seq


def withdrawn_items_of(record: MissionRecord) -> dict[int, tuple[ItemEntry, ...]]:
    """For each participant, the programme items a publication gave them that they no longer
    attend now (the item removed, or they left its audience), each as last published to
    them, by start: their calendars cancel these (STATUS:CANCELLED under the item's UID), so
    a client that imported the item strikes it out. Pure over the record."""
    published = history(record)
    if not published:
        return {}
    now = current_snapshot(record, published[-1]).items
    held: dict[int, dict[str, ItemEntry]] = {}
    for snap in published:
        for key, entry in snap.items.items():
            if entry.active:
                for pid in entry.attendees:
                    held.setdefault(pid, {})[key] = entry
    out: dict[int, tuple[ItemEntry, ...]] = {}
    for pid, entries in held.items():
        gone = [
            entry
            for key, entry in entries.items()
            if not ((live := now.get(key)) is not None and live.active and pid in live.attendees)
        ]
        if gone:
            out[pid] = tuple(sorted(gone, key=lambda e: (e.start_utc, e.key)))
    return out


@dataclass(frozen=True)
class PublicationInfo:
    number: int
    published_at: datetime
    published_by: str
    note: str


def list_publications(store: Store, mission_id: int) -> list[PublicationInfo]:
    """The mission's versions, oldest first (their snapshots are not read)."""
    with store.session() as s:
        rows = s.execute(
            select(
                Publication.number,
                Publication.published_at,
                Publication.published_by,
                Publication.note,
            )
            .where(Publication.mission_id == mission_id)
            .order_by(Publication.number)
        )
        return [PublicationInfo(*row) for row in rows]


def load_snapshot(store: Store, mission_id: int, number: int | None = None) -> Snapshot | None:
    """Version ``number`` (default: the latest) as published, or None if there is none."""
    with store.session() as s:
        query = select(Publication).where(Publication.mission_id == mission_id)
        if number is None:
            query = query.order_by(Publication.number.desc()).limit(1)
        else:
            query = query.where(Publication.number == number)
        row = s.scalars(query).first()
        return Snapshot.from_json(row.number, row.snapshot) if row is not None else None
