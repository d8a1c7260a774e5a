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

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.pairs import pair_key
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
from app.model import (
    AgendaAttendee,
    AgendaItem,
    Audience,
    B2BSession,
    B2BTable,
    Interpreter,
    Meeting,
    MeetingParticipant,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
    Publication,
    Venue,
)

# --- keys ------------------------------------------------------------------------------------


def item_key(item_id: int, last: Snapshot | None) -> str:
    """The key of the live item ``item_id`` of the last publication, else a fresh one."""
    if last is not None:
        for entry in last.items.values():
            if entry.id == item_id and entry.active:
                return entry.key
    first = (last.number or 0) + 1 if last is not None else 1
    return f"P{item_id}-v{first}"


# --- reading the mission as it is now --------------------------------------------------------


def require_mission(s: Session, mission_id: int) -> Mission:
    """The mission, or a :class:`PublicationError` if the database has none of that id."""
    mission = s.get(Mission, mission_id)
    if mission is None:
        raise PublicationError(f"There is no mission {mission_id} in this database.")
    return mission


def publication_rows(s: Session, mission_id: int) -> list[Publication]:
    """The mission's publications, oldest first."""
    return list(
        s.scalars(
            select(Publication)
            .where(Publication.mission_id == mission_id)
            .order_by(Publication.number)
        )
    )


def last_snapshot(s: Session, mission_id: int) -> Snapshot | None:
    """The latest publication's snapshot, or None before the first one."""
    last = s.scalars(
        select(Publication)
        .where(Publication.mission_id == mission_id)
        .order_by(Publication.number.desc())
        .limit(1)
    ).first()
    return Snapshot.from_json(last.number, last.snapshot) if last is not None else None


def _one_per_pair(s: Session, rows: Iterable[Meeting]) -> dict[str, Meeting]:
    """The pair's meeting: the one not cancelled, else the latest cancelled one."""
    chosen: dict[str, Meeting] = {}
    for m in sorted(rows, key=lambda m: m.id):
        key = pair_key(m.organisation_a_id, m.organisation_b_id)
        held = chosen.get(key)
        if held is not None and held.status != MeetingStatus.CANCELLED:
            if m.status == MeetingStatus.CANCELLED:
                continue
            names = " ↔ ".join(
                o.name if (o := s.get(Organisation, oid)) else f"#{oid}"
                for oid in (m.organisation_a_id, m.organisation_b_id)
            )
            raise PublicationError(
                f"{names} have two meetings (ids {held.id} and {m.id}); a pair meets once per "
                "mission. Cancel or delete one of them, then publish."
            )
        chosen[key] = m
    return chosen


def _current_meetings(s: Session, mission_id: int) -> dict[str, MeetingEntry]:
    rows = list(s.scalars(select(Meeting).where(Meeting.mission_id == mission_id)))
    chosen = _one_per_pair(s, rows)
    people: dict[int, set[int]] = defaultdict(set)
    for meeting_id, pid in s.execute(
        select(MeetingParticipant.meeting_id, MeetingParticipant.participant_id)
        .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
        .where(Meeting.mission_id == mission_id)
    ):
        people[meeting_id].add(pid)
    orgs = dict(
        s.execute(
            select(Organisation.id, Organisation.name).where(Organisation.mission_id == mission_id)
        ).all()
    )
    sessions = {
        b.id: b for b in s.scalars(select(B2BSession).where(B2BSession.mission_id == mission_id))
    }
    tables = dict(
        s.execute(
            select(B2BTable.id, B2BTable.name)
            .join(B2BSession, B2BSession.id == B2BTable.session_id)
            .where(B2BSession.mission_id == mission_id)
        ).all()
    )
    interpreters = {
        i.id: (i.participant_id, i.participant.latin_name())
        for i in s.scalars(select(Interpreter).where(Interpreter.mission_id == mission_id))
    }
    delegates: dict[int, set[int]] = defaultdict(set)
    for pid, oid in s.execute(
        select(Participant.id, Participant.organisation_id).where(
            Participant.mission_id == mission_id
        )
    ):
        if oid is not None:
            delegates[oid].add(pid)
    out = {}
    for key, m in chosen.items():
        b2b = sessions[m.session_id]
        interp = interpreters.get(m.interpreter_id) if m.interpreter_id else None
        # A meeting entered without named people seats all delegates (as agendas print it).
        seated = people.get(m.id) or delegates[m.organisation_a_id] | delegates[m.organisation_b_id]
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
                Named(m.organisation_a_id, orgs.get(m.organisation_a_id, "?")),
                Named(m.organisation_b_id, orgs.get(m.organisation_b_id, "?")),
            ),
            interpreter=Named(m.interpreter_id, interp[1]) if m.interpreter_id and interp else None,
            interpreter_participant=interp[0] if interp else None,
            participants=frozenset(seated),
        )
    return out


def _audiences(s: Session, mission_id: int) -> tuple[frozenset[int], dict[int, set[int]]]:
    """Every participant, and the participants of each delegation (own, else their org's)."""
    org_delegation = dict(
        s.execute(
            select(Organisation.id, Organisation.delegation_id).where(
                Organisation.mission_id == mission_id
            )
        ).all()
    )
    everyone: set[int] = set()
    by_delegation: dict[int, set[int]] = defaultdict(set)
    for pid, own, oid in s.execute(
        select(Participant.id, Participant.delegation_id, Participant.organisation_id).where(
            Participant.mission_id == mission_id
        )
    ):
        everyone.add(pid)
        delegation = own if own is not None or oid is None else org_delegation.get(oid)
        if delegation is not None:
            by_delegation[delegation].add(pid)
    return frozenset(everyone), by_delegation


def _current_items(s: Session, mission_id: int, last: Snapshot | None) -> dict[str, ItemEntry]:
    named: dict[int, set[int]] = defaultdict(set)
    for item_id, pid in s.execute(
        select(AgendaAttendee.agenda_item_id, AgendaAttendee.participant_id)
        .join(AgendaItem, AgendaItem.id == AgendaAttendee.agenda_item_id)
        .where(AgendaItem.mission_id == mission_id)
    ):
        named[item_id].add(pid)
    everyone, by_delegation = _audiences(s, mission_id)
    venues = dict(
        s.execute(select(Venue.id, Venue.name).where(Venue.mission_id == mission_id)).all()
    )
    out = {}
    for i in s.scalars(select(AgendaItem).where(AgendaItem.mission_id == mission_id)):
        if i.audience is Audience.EVERYONE:
            attendees = everyone
        elif i.audience is Audience.DELEGATION:
            attendees = frozenset(by_delegation.get(i.audience_delegation_id or -1, ()))
        else:
            attendees = frozenset(named.get(i.id, ()))
        key = item_key(i.id, last)
        out[key] = ItemEntry(
            key=key,
            id=i.id,
            status=ACTIVE,
            kind=i.kind.value,
            title=i.title,
            title_it=i.title_it,
            title_ja=i.title_ja,
            description=i.description or "",
            start_utc=i.start_utc.astimezone(UTC),
            end_utc=i.end_utc.astimezone(UTC),
            timezone=i.timezone,
            venue=Named(i.venue_id, venues.get(i.venue_id, "?")) if i.venue_id else None,
            audience=i.audience.value,
            audience_delegation_id=i.audience_delegation_id,
            attendees=attendees,
        )
    return out


def current_snapshot(s: Session, mission_id: int, last: Snapshot | None) -> Snapshot:
    """The mission now, with the last publication's vanished entries kept as tombstones."""
    meetings = _current_meetings(s, mission_id)
    items = _current_items(s, mission_id, last)
    if last is not None:
        for key, old in last.meetings.items():
            if key not in meetings:
                meetings[key] = old if old.gone else replace(old, status=CANCELLED, gone=True)
        for key, item in last.items.items():
            if key not in items:
                items[key] = replace(item, status=REMOVED)
    return Snapshot(None, MappingProxyType(meetings), MappingProxyType(items))


def current_people(s: Session, mission_id: int) -> dict[int, Person]:
    """The mission's participants now, by id, as :func:`.changes.compare` names them."""
    return {
        p.id: Person(p.id, p.latin_name(), p.organisation_id, p.document_language.value)
        for p in s.scalars(select(Participant).where(Participant.mission_id == mission_id))
    }
