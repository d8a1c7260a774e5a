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

from app.core.pairs import pair_key
from app.core.publications.current import (
    current_people,
    current_snapshot,
    item_key,
    last_snapshot,
    publication_rows,
    require_mission,
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
from app.model import AgendaItem, Meeting, Publication
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
    "diff",
    "list_publications",
    "load_snapshot",
    "participants_to_notify",
    "pending_sequences",
    "sequences",
    "sequences_of",
    "version_diff",
]


@dataclass(frozen=True)
class CurrentKeys:
    """The stable keys of the mission's rows as they are now (for exports)."""

    meetings: Mapping[int, str]  # meeting id → key (cancelled meetings included)
    items: Mapping[int, str]  # agenda item id → key


def current_keys(store: Store, mission_id: int) -> CurrentKeys:
    """The key each meeting and programme item of the mission has now."""
    with store.session() as s:
        last = last_snapshot(s, mission_id)
        meetings = {
            mid: pair_key(a, b)
            for mid, a, b in s.execute(
                select(Meeting.id, Meeting.organisation_a_id, Meeting.organisation_b_id).where(
                    Meeting.mission_id == mission_id
                )
            )
        }
        items = {
            iid: item_key(iid, last)
            for iid in s.scalars(select(AgendaItem.id).where(AgendaItem.mission_id == mission_id))
        }
    return CurrentKeys(MappingProxyType(meetings), MappingProxyType(items))


def diff(store: Store, mission_id: int) -> MissionDiff:
    """What changed for each participant since the mission's last publication."""
    with store.session() as s:
        require_mission(s, mission_id)
        last = last_snapshot(s, mission_id)
        return compare(
            mission_id, last, current_snapshot(s, mission_id, last), current_people(s, mission_id)
        )


def version_diff(
    store: Store, mission_id: int, number: int | None = None, *, since: int | None = None
) -> MissionDiff:
    """What version ``number`` (default: the latest) changed for each participant, against
    the version before it, or against version ``since`` (``base``: the version compared
    with; None for version 1, where every entry is new). For the mail after a
    re-publication: who must be told, and what."""
    with store.session() as s:
        require_mission(s, mission_id)
        rows = publication_rows(s, mission_id)
        if not rows:
            raise PublicationError("This mission has not been published yet.")
        chosen = rows[-1] if number is None else next((r for r in rows if r.number == number), None)
        if chosen is None:
            raise PublicationError(f"This mission has no version {number}.")
        earlier = [r for r in rows if r.number < chosen.number]
        if since is not None:
            earlier = [r for r in earlier if r.number == since]
            if not earlier:
                raise PublicationError(
                    f"This mission has no version {since} before version {chosen.number}."
                )
        before = Snapshot.from_json(earlier[-1].number, earlier[-1].snapshot) if earlier else None
        after = Snapshot.from_json(chosen.number, chosen.snapshot)
        return compare(mission_id, before, after, current_people(s, mission_id))


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
    with store.session() as s:
        require_mission(s, mission_id)
        history = [
            Snapshot.from_json(p.number, p.snapshot) for p in publication_rows(s, mission_id)
        ]
    return sequences_of(history)


def pending_sequences(store: Store, mission_id: int) -> dict[str, int]:
    """The SEQUENCE each entry would carry if the mission were published now (same keys
    as :func:`sequences`, plus the entries not published yet, at 0)."""
    with store.session() as s:
        require_mission(s, mission_id)
        history = [
            Snapshot.from_json(p.number, p.snapshot) for p in publication_rows(s, mission_id)
        ]
        now = current_snapshot(s, mission_id, history[-1] if history else None)
    return sequences_of([*history, now])


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


@dataclass(frozen=True)
class PublicationInfo:
    number: int
    published_at: datetime
    published_by: str
    note: str


def list_publications(store: Store, mission_id: int) -> list[PublicationInfo]:
    """The mission's versions, oldest first."""
    with store.session() as s:
        return [
            PublicationInfo(p.number, p.published_at, p.published_by, p.note)
            for p in publication_rows(s, mission_id)
        ]


def load_snapshot(store: Store, mission_id: int, number: int | None = None) -> Snapshot | None:
    """Version ``number`` (default: the latest) as published, or None if there is none."""
    with store.session() as s:
        if number is None:
            return last_snapshot(s, mission_id)
        row = s.scalars(
            select(Publication).where(
                Publication.mission_id == mission_id, Publication.number == number
            )
        ).first()
        return Snapshot.from_json(row.number, row.snapshot) if row is not None else None
