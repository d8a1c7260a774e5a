"""Venues of a mission (names in Latin script, Italian and Japanese, address, zone) and the
travel times between them, one per direction."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.timezones import check_zone_name
from app.common.wording import FALLBACK, Message, join, listed
from app.core.conflicts import Loaded
from app.core.names import NamedInThree, find_named
from app.core.records import refuse_if_changed
from app.core.text import trimmed
from app.model import AgendaItem, B2BSession, Mission, Venue, VenueTravel
from app.services import setup_messages as msg
from app.store import Store

NAME_MAX = 200
CITY_MAX = 100
TRAVEL_MAX = 1440  # minutes: one day


@dataclass(frozen=True)
class VenueRow(NamedInThree):
    """A venue as a page or a command shows it (a plain copy, safe on any thread)."""

    id: int
    name: str  # Latin script (English, the fallback)
    name_it: str | None
    name_ja: str | None
    address: str
    address_ja: str | None
    city: str
    timezone: str


@dataclass(frozen=True)
class VenueDraft:
    """What a coordinator typed for a venue, before it is checked."""

    name: str
    timezone: str
    name_it: str | None = None
    name_ja: str | None = None
    address: str = ""
    address_ja: str | None = None
    city: str = ""

    def normalised(self) -> VenueDraft:
        return VenueDraft(
            name=trimmed(self.name),
            timezone=self.timezone.strip(),
            name_it=trimmed(self.name_it or "") or None,
            name_ja=trimmed(self.name_ja or "") or None,
            address=trimmed(self.address),
            address_ja=trimmed(self.address_ja or "") or None,
            city=trimmed(self.city),
        )


class VenueProblem(StrEnum):
    NAME_MISSING = "name_missing"
    NAME_TOO_LONG = "name_too_long"
    NAME_IT_TOO_LONG = "name_it_too_long"
    NAME_JA_TOO_LONG = "name_ja_too_long"
    NAME_TAKEN = "name_taken"
    CITY_TOO_LONG = "city_too_long"
    ZONE_UNKNOWN = "zone_unknown"


# The draft field each problem belongs to, so that a form shows it next to that field.
VENUE_PROBLEM_FIELD: dict[VenueProblem, str] = {
    VenueProblem.NAME_MISSING: "name",
    VenueProblem.NAME_TOO_LONG: "name",
    VenueProblem.NAME_IT_TOO_LONG: "name_it",
    VenueProblem.NAME_JA_TOO_LONG: "name_ja",
    VenueProblem.NAME_TAKEN: "name",
    VenueProblem.CITY_TOO_LONG: "city",
    VenueProblem.ZONE_UNKNOWN: "timezone",
}


def venue_problem_message(problem: VenueProblem, draft: VenueDraft) -> Message:
    d = draft.normalised()
    return {
        VenueProblem.NAME_MISSING: lambda: msg.VENUE_NAME_MISSING(),
        VenueProblem.NAME_TOO_LONG: lambda: msg.NAME_TOO_LONG(limit=NAME_MAX),
        VenueProblem.NAME_IT_TOO_LONG: lambda: msg.NAME_IT_TOO_LONG(limit=NAME_MAX),
        VenueProblem.NAME_JA_TOO_LONG: lambda: msg.NAME_JA_TOO_LONG(limit=NAME_MAX),
        VenueProblem.NAME_TAKEN: lambda: msg.VENUE_NAME_TAKEN(name=d.name),
        VenueProblem.CITY_TOO_LONG: lambda: msg.VENUE_CITY_TOO_LONG(limit=CITY_MAX),
        VenueProblem.ZONE_UNKNOWN: lambda: msg.VENUE_ZONE_UNKNOWN(zone=d.timezone),
    }[problem]()


class VenueInvalid(UserError, ValueError):
    """A venue draft was refused; ``problems`` and ``messages`` say why, field by field
    (:data:`VENUE_PROBLEM_FIELD`); ``str(error)`` says every problem in English."""

    def __init__(self, problems: list[VenueProblem], draft: VenueDraft) -> None:
        if not problems:
            raise ValueError("a refused draft has at least one problem")
        self.problems = problems
        self.messages = tuple(venue_problem_message(p, draft) for p in problems)
        super().__init__(self.messages[0])
        self.args = (self.text(FALLBACK),)

    def text(self, lang: str = FALLBACK) -> str:
        return join(self.messages, lang, "" if lang == "ja" else " ")

    def by_field(self) -> dict[str, Message]:
        fields: dict[str, list[Message]] = {}
        for problem, message in zip(self.problems, self.messages, strict=True):
            fields.setdefault(VENUE_PROBLEM_FIELD[problem], []).append(message)
        return {f: listed(ms, msg.LIST_LINK) for f, ms in fields.items()}


def validate_venue(draft: VenueDraft) -> list[VenueProblem]:
    """The problems a draft has by itself (a name taken is checked when it is saved)."""
    d = draft.normalised()
    problems: list[VenueProblem] = []
    if not d.name:
        problems.append(VenueProblem.NAME_MISSING)
    elif len(d.name) > NAME_MAX:
        problems.append(VenueProblem.NAME_TOO_LONG)
    if d.name_it is not None and len(d.name_it) > NAME_MAX:
        problems.append(VenueProblem.NAME_IT_TOO_LONG)
    if d.name_ja is not None and len(d.name_ja) > NAME_MAX:
        problems.append(VenueProblem.NAME_JA_TOO_LONG)
    if len(d.city) > CITY_MAX:
        problems.append(VenueProblem.CITY_TOO_LONG)
    try:
        check_zone_name(d.timezone)
    except ValueError:
        problems.append(VenueProblem.ZONE_UNKNOWN)
    return problems


def list_venues(store: Store, mission_id: int) -> list[VenueRow]:
    """The venues of a mission, by name."""
    with store.session() as session:
        venues = session.scalars(
            select(Venue).where(Venue.mission_id == mission_id).order_by(Venue.name, Venue.id)
        ).all()
        return [_row(v) for v in venues]


def create_venue(store: Store, mission_id: int, draft: VenueDraft) -> int:
    """Check and store a new venue; returns its id. Raises :class:`VenueInvalid`."""
    with store.session() as session:
        _mission(session, mission_id)
        d = _checked(session, mission_id, draft, None)
        venue = Venue(mission_id=mission_id)
        _fill(venue, d)
        session.add(venue)
        session.flush()
        return venue.id


def venue_draft(v: VenueRow | Venue) -> VenueDraft:
    """A venue as saved, as a draft: what a form showed (the base its save names)."""
    return VenueDraft(
        name=v.name,
        timezone=v.timezone,
        name_it=v.name_it,
        name_ja=v.name_ja,
        address=v.address,
        address_ja=v.address_ja,
        city=v.city,
    )


def update_venue(
    store: Store, mission_id: int, venue_id: int, draft: VenueDraft, *, base: Loaded[VenueDraft]
) -> None:
    """Check and save a changed venue, all fields at once, over the venue as the coordinator
    saw it (``base``). Raises :class:`VenueInvalid`, or
    :class:`~app.core.conflicts.StaleRecord` when someone else changed a field since."""
    with store.session() as session:
        venue = _venue(session, mission_id, venue_id)
        d = _checked(session, mission_id, draft, venue_id)
        refuse_if_changed(session, venue, base, venue_draft(venue), d)
        _fill(venue, d)


def delete_venue(store: Store, mission_id: int, venue_id: int) -> None:
    """Remove a venue and its travel times; refused (naming them) while a B2B session or a
    programme item takes place there."""
    with store.session() as session:
        venue = _venue(session, mission_id, venue_id)
        users: list[Message] = [
            msg.SESSION_NAMED(name=name)
            for name in session.scalars(
                select(B2BSession.name).where(B2BSession.venue_id == venue_id)
            )
        ]
        users += [
            msg.ITEM_NAMED(name=title)
            for title in session.scalars(
                select(AgendaItem.title).where(AgendaItem.venue_id == venue_id)
            )
        ]
        if users:
            raise UserError(msg.VENUE_IN_USE(name=venue.name, items=listed(users, msg.LIST_LINK)))
        session.execute(
            delete(VenueTravel).where(
                (VenueTravel.from_venue_id == venue_id) | (VenueTravel.to_venue_id == venue_id)
            )
        )
        session.delete(venue)


def find_venue(store: Store, mission_id: int, key: str) -> int:
    """A venue by id or by its name in any language (the command line names venues so)."""
    found = find_named(list_venues(store, mission_id), key)
    if found is None:
        raise UserError(msg.VENUE_NOT_FOUND(venue=key))
    return found


# --- travel times ----------------------------------------------------------------------------


def travel_times(store: Store, mission_id: int) -> dict[tuple[int, int], int]:
    """{(from venue, to venue): minutes} of a mission; a pair not listed is not known."""
    with store.session() as session:
        rows = session.scalars(select(VenueTravel).where(VenueTravel.mission_id == mission_id))
        return {(t.from_venue_id, t.to_venue_id): t.minutes for t in rows}


def set_travel(
    store: Store,
    mission_id: int,
    from_venue: int,
    to_venue: int,
    minutes: int | None,
    *,
    both_ways: bool = False,
) -> None:
    """Set (or, with ``minutes=None``, forget) the time from one venue to another; with
    ``both_ways`` the way back takes the same."""
    pairs: dict[tuple[int, int], int | None] = {(from_venue, to_venue): minutes}
    if both_ways:
        pairs[(to_venue, from_venue)] = minutes
    set_travel_table(store, mission_id, pairs)


def set_travel_table(
    store: Store, mission_id: int, table: dict[tuple[int, int], int | None]
) -> None:
    """Save many travel times at once (a page's whole table), all or none; None forgets."""
    with store.session() as session:
        _mission(session, mission_id)
        known = set(session.scalars(select(Venue.id).where(Venue.mission_id == mission_id)))
        for (a, b), minutes in table.items():
            for v in (a, b):
                if v not in known:
                    raise UserError(msg.VENUE_NOT_FOUND(venue=v))
            if a == b:
                raise UserError(msg.TRAVEL_SAME_VENUE())
            if minutes is not None and not 0 <= minutes <= TRAVEL_MAX:
                raise UserError(msg.TRAVEL_MINUTES_RANGE(minutes=minutes))
        existing = {
            (t.from_venue_id, t.to_venue_id): t
            for t in session.scalars(
                select(VenueTravel).where(VenueTravel.mission_id == mission_id)
            )
        }
        for (a, b), minutes in table.items():
            row = existing.get((a, b))
            if minutes is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(
                    VenueTravel(
                        mission_id=mission_id, from_venue_id=a, to_venue_id=b, minutes=minutes
                    )
                )
            else:
                row.minutes = minutes


# --- inside ----------------------------------------------------------------------------------


def _checked(
    session: Session, mission_id: int, draft: VenueDraft, venue_id: int | None
) -> VenueDraft:
    problems = validate_venue(draft)
    d = draft.normalised()
    if VenueProblem.NAME_MISSING not in problems:
        others = session.scalars(
            select(Venue).where(Venue.mission_id == mission_id, Venue.id != (venue_id or -1))
        )
        if any(v.name.casefold() == d.name.casefold() for v in others):
            problems.insert(0, VenueProblem.NAME_TAKEN)
    if problems:
        raise VenueInvalid(problems, draft)
    return d


def _fill(venue: Venue, d: VenueDraft) -> None:
    venue.name = d.name
    venue.name_it = d.name_it
    venue.name_ja = d.name_ja
    venue.address = d.address
    venue.address_ja = d.address_ja
    venue.city = d.city
    venue.timezone = d.timezone


def _mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise UserError(msg.MISSION_NOT_FOUND(mission=mission_id))
    return mission


def _venue(session: Session, mission_id: int, venue_id: int) -> Venue:
    venue = session.get(Venue, venue_id)
    if venue is None or venue.mission_id != mission_id:
        raise UserError(msg.VENUE_NOT_FOUND(venue=venue_id))
    return venue


def _row(v: Venue) -> VenueRow:
    return VenueRow(
        id=v.id,
        name=v.name,
        name_it=v.name_it,
        name_ja=v.name_ja,
        address=v.address,
        address_ja=v.address_ja,
        city=v.city,
        timezone=v.timezone,
    )
