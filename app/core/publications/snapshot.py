"""A publication's content: the entries of a snapshot, and the snapshot's JSON format.

**Snapshots** (``Publication.snapshot``) are JSON::

    {"format": 1, "number": N, "published_at": "<ISO UTC>",
     "mission": {"id", "name", "timezone"},
     "meetings": [{"key", "id", "status", "gone", "session": {"id", "name"}, "timezone",
                   "start_utc", "end_utc", "table": {"id", "name"},
                   "organisations": [{"id", "name"}, {"id", "name"}],
                   "interpreter": {"id", "participant_id", "name"} | null,
                   "participants": [participant ids]}],
     "items": [{"key", "id", "status", "kind", "title", "title_it", "title_ja",
                "description", "description_it", "description_ja", "start_utc", "end_utc",
                "timezone", "venue": {"id", "name"} | null, "audience",
                "audience_delegation_id", "audience_organisation_id",
                "attendees": [participant ids the audience resolves to]}]}

(``description_it``, ``description_ja`` and ``audience_organisation_id`` came later, in the
same format 1: a snapshot without them reads them as None.)

``status`` is the meeting's status (``scheduled``, ``cancelled``, ``held``, ``no_show``) or
an item's ``active``/``removed``. An entry of the previous publication whose row is gone
stays in every later snapshot as a tombstone (a meeting ``cancelled`` with ``gone: true``, an
item ``removed``), so that an export of any later version still cancels it in calendars.

Keys (``"M<lo>-<hi>"``, ``"P<id>-v<n>"``) are explained in :mod:`.current`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from app.core.mission_record import MissionFacts
from app.core.names import Names
from app.core.publications import messages as msg
from app.core.publications.errors import PublicationError
from app.model.enums import Audience, MeetingStatus

FORMAT = 1
ACTIVE, REMOVED = "active", "removed"  # a programme item's status in a snapshot
CANCELLED = MeetingStatus.CANCELLED.value


@dataclass(frozen=True)
class Named:
    id: int
    name: str


@dataclass(frozen=True)
class MeetingEntry:
    """One meeting as published (or as it is now)."""

    key: str
    id: int  # the database id when it was read: informative only, never a key
    status: str  # a MeetingStatus value
    gone: bool  # the row was deleted: kept as a cancelled tombstone
    session: Named
    timezone: str  # the session's zone
    start_utc: datetime
    end_utc: datetime
    table: Named
    organisations: tuple[Named, Named]
    interpreter: Named | None  # id: the interpreter's id
    interpreter_participant: int | None
    participants: frozenset[int]  # delegates at the table (not the interpreter)

    @property
    def active(self) -> bool:
        return self.status != CANCELLED

    @property
    def people(self) -> frozenset[int]:
        """Everyone whose schedule holds this meeting: the delegates and the interpreter."""
        extra = {self.interpreter_participant} if self.interpreter_participant else set()
        return self.participants | extra

    def place(self) -> tuple[int, datetime, datetime, str]:
        return (self.session.id, self.start_utc, self.end_utc, self.table.name)

    def to_json(self) -> dict[str, Any]:
        interp = self.interpreter
        return {
            "key": self.key,
            "id": self.id,
            "status": self.status,
            "gone": self.gone,
            "session": _named_json(self.session),
            "timezone": self.timezone,
            "start_utc": self.start_utc.isoformat(),
            "end_utc": self.end_utc.isoformat(),
            "table": _named_json(self.table),
            "organisations": [_named_json(o) for o in self.organisations],
            "interpreter": None
            if interp is None
            else {**_named_json(interp), "participant_id": self.interpreter_participant},
            "participants": sorted(self.participants),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> MeetingEntry:
        interp = raw.get("interpreter")
        a, b = (_named(o) for o in raw["organisations"])
        return cls(
            key=str(raw["key"]),
            id=int(raw["id"]),
            status=str(raw["status"]),
            gone=bool(raw.get("gone", False)),
            session=_named(raw["session"]),
            timezone=str(raw["timezone"]),
            start_utc=_instant(raw["start_utc"]),
            end_utc=_instant(raw["end_utc"]),
            table=_named(raw["table"]),
            organisations=(a, b),
            interpreter=_named(interp) if interp else None,
            interpreter_participant=int(interp["participant_id"]) if interp else None,
            participants=frozenset(int(p) for p in raw.get("participants", ())),
        )


@dataclass(frozen=True)
class ItemEntry:
    """One programme item as published (or as it is now)."""

    key: str
    id: int
    status: str  # ACTIVE | REMOVED
    kind: str
    title: str
    title_it: str | None
    title_ja: str | None
    description: str
    start_utc: datetime
    end_utc: datetime
    timezone: str
    venue: Named | None
    audience: str
    audience_delegation_id: int | None
    attendees: frozenset[int]  # the participants the audience resolved to
    description_it: str | None = None
    description_ja: str | None = None
    audience_organisation_id: int | None = None

    @property
    def active(self) -> bool:
        return self.status == ACTIVE

    @property
    def titles(self) -> Names:
        return Names(self.title, self.title_it, self.title_ja)

    @property
    def descriptions(self) -> Names:
        return Names(self.description, self.description_it, self.description_ja)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "id": self.id,
            "status": self.status,
            "kind": self.kind,
            "title": self.title,
            "title_it": self.title_it,
            "title_ja": self.title_ja,
            "description": self.description,
            "description_it": self.description_it,
            "description_ja": self.description_ja,
            "start_utc": self.start_utc.isoformat(),
            "end_utc": self.end_utc.isoformat(),
            "timezone": self.timezone,
            "venue": _named_json(self.venue) if self.venue else None,
            "audience": self.audience,
            "audience_delegation_id": self.audience_delegation_id,
            "audience_organisation_id": self.audience_organisation_id,
            "attendees": sorted(self.attendees),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ItemEntry:
        venue = raw.get("venue")
        delegation = raw.get("audience_delegation_id")
        organisation = raw.get("audience_organisation_id")
        return cls(
            key=str(raw["key"]),
            id=int(raw["id"]),
            status=str(raw.get("status", ACTIVE)),
            kind=str(raw["kind"]),
            title=str(raw["title"]),
            title_it=raw.get("title_it"),
            title_ja=raw.get("title_ja"),
            description=str(raw.get("description", "")),
            start_utc=_instant(raw["start_utc"]),
            end_utc=_instant(raw["end_utc"]),
            timezone=str(raw["timezone"]),
            venue=_named(venue) if venue else None,
            audience=str(raw.get("audience", Audience.EVERYONE.value)),
            audience_delegation_id=int(delegation) if delegation is not None else None,
            attendees=frozenset(int(p) for p in raw.get("attendees", ())),
            description_it=_text_or_none(raw.get("description_it")),
            description_ja=_text_or_none(raw.get("description_ja")),
            audience_organisation_id=int(organisation) if organisation is not None else None,
        )


def _text_or_none(value: Any) -> str | None:
    return str(value) if value is not None else None


def _named_json(n: Named) -> dict[str, Any]:
    return {"id": n.id, "name": n.name}


def _named(raw: Mapping[str, Any]) -> Named:
    return Named(int(raw["id"]), str(raw.get("name", "")))


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def fingerprint(entry: MeetingEntry | ItemEntry) -> MeetingEntry | ItemEntry:
    """What a calendar shows of an entry: all of it but the database id and ``gone``."""
    if isinstance(entry, MeetingEntry):
        return replace(entry, id=0, gone=False)
    return replace(entry, id=0)


@dataclass(frozen=True)
class Snapshot:
    """A publication's content (``number`` None: the mission as it is now, unpublished)."""

    number: int | None
    meetings: Mapping[str, MeetingEntry]
    items: Mapping[str, ItemEntry]

    @property
    def is_empty(self) -> bool:
        return not self.meetings and not self.items

    def entries(self) -> dict[str, MeetingEntry | ItemEntry]:
        return {**self.meetings, **self.items}

    def to_json(self, mission: MissionFacts, published_at: datetime) -> str:
        def by_time(e: MeetingEntry | ItemEntry) -> tuple[datetime, str]:
            return (e.start_utc, e.key)

        return json.dumps(
            {
                "format": FORMAT,
                "number": self.number,
                "published_at": published_at.astimezone(UTC).isoformat(),
                "mission": {"id": mission.id, "name": mission.name, "timezone": mission.timezone},
                "meetings": [m.to_json() for m in sorted(self.meetings.values(), key=by_time)],
                "items": [i.to_json() for i in sorted(self.items.values(), key=by_time)],
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, number: int, text: str) -> Snapshot:
        raw = json.loads(text or "{}")
        if raw.get("format", FORMAT) > FORMAT:
            raise PublicationError(msg.NEWER_FORMAT(number=number, format=raw["format"]))
        meetings = (MeetingEntry.from_json(m) for m in raw.get("meetings", ()))
        items = (ItemEntry.from_json(i) for i in raw.get("items", ()))
        return cls(
            number,
            MappingProxyType({m.key: m for m in meetings}),
            MappingProxyType({i.key: i for i in items}),
        )
