"""Meeting requests: who asks to meet whom, with what priority, and who said "no thanks".

Every write goes through :func:`write_requests`, which checks each request (both
organisations of the mission, not itself, not both of one side, priority 1–5, "no thanks"
never mandatory) and reports, for each pair it changed, the values before and after: writing
the "before" values back (:func:`undo_edits`) undoes it, the "after" ones redo it. The window
pushes one such step per cell on its undo stack.

A request between two organisations of the same side is refused here, although the import
only warns about one (a spreadsheet may be loaded before its delegations are right): the
scheduler refuses to run with such a request, so the window never makes one. An organisation
without a delegation has no side yet and may ask or be asked, as in the import.

Reads come from the read model (:func:`~app.core.mission_record.read_mission`), with the
organisations' sectors and cities beside it, in one snapshot: :class:`RequestBook`.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.core import messages as core_msg
from app.core.changes import Changes
from app.core.conflicts import REQUEST_CHANGED, ChangedMeanwhile
from app.core.errors import gone
from app.core.mission_record import MissionRecord, read_mission
from app.core.suggestions import Candidate, Suggestion, suggest_pairs
from app.core.validation import clean_text
from app.model import MeetingRequest, Organisation, OrganisationSector
from app.model.enums import InterpreterNeed, Sector, Side
from app.services import messages as msg
from app.store import Store

CHANGED = Changes(organisations=True, b2b=True)  # as the import of requests says
PRIORITIES = range(1, 6)
DEFAULT_PRIORITY = 3


class RequestRefused(UserError):
    """A request the mission cannot hold (worded for the coordinator)."""


# --- values ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestValues:
    """What one request says (its pair is beside it)."""

    priority: int = DEFAULT_PRIORITY
    no_thanks: bool = False
    mandatory: bool = False
    interpreter_need: InterpreterNeed = InterpreterNeed.AUTO
    note: str = ""


@dataclass(frozen=True)
class RequestEdit:
    """One pair's request before and after a write (None: there was none / there is none)."""

    requester_id: int
    requested_id: int
    before: RequestValues | None
    after: RequestValues | None


@dataclass(frozen=True)
class RequestsWritten:
    """What a write changed: only the pairs whose values really changed."""

    edits: tuple[RequestEdit, ...]
    changes: Changes

    @property
    def changed(self) -> bool:
        return bool(self.edits)


Wanted = tuple[int, int, RequestValues | None]  # requester, requested, values (None: remove)


# --- writing ---------------------------------------------------------------------------------


def write_requests(store: Store, mission_id: int, wanted: Sequence[Wanted]) -> RequestsWritten:
    """Set (or, with None, remove) each pair's request, all or nothing, in one transaction."""
    return _edit(store, mission_id, [(a, b, _constant(v)) for a, b, v in wanted])


def edit_request(
    store: Store,
    mission_id: int,
    requester_id: int,
    requested_id: int,
    change: Callable[[RequestValues | None], RequestValues | None],
) -> RequestsWritten:
    """Change one pair's request by ``change(current values)``, read and written in one
    transaction (so a key pressed on a cell works on what is there now)."""
    return _edit(store, mission_id, [(requester_id, requested_id, change)])


def set_request(
    store: Store,
    mission_id: int,
    requester_id: int,
    requested_id: int,
    *,
    priority: int = DEFAULT_PRIORITY,
    mandatory: bool = False,
    interpreter_need: InterpreterNeed = InterpreterNeed.AUTO,
    note: str = "",
) -> RequestsWritten:
    """``requester`` asks to meet ``requested`` (replacing what that pair said before, a "no
    thanks" included)."""
    values = RequestValues(priority, False, mandatory, interpreter_need, note)
    return write_requests(store, mission_id, [(requester_id, requested_id, values)])


def set_priority(
    store: Store, mission_id: int, requester_id: int, requested_id: int, priority: int
) -> RequestsWritten:
    """Ask with ``priority`` (a "no thanks" becomes a request; the rest is kept)."""
    return edit_request(
        store,
        mission_id,
        requester_id,
        requested_id,
        lambda cur: dataclasses.replace(cur or RequestValues(), priority=priority, no_thanks=False),
    )


def mark_no_thanks(
    store: Store, mission_id: int, requester_id: int, requested_id: int
) -> RequestsWritten:
    """``requester`` does not want to meet ``requested``: the pair is never scheduled."""
    return edit_request(
        store,
        mission_id,
        requester_id,
        requested_id,
        lambda cur: dataclasses.replace(cur or RequestValues(), no_thanks=True, mandatory=False),
    )


def toggle_mandatory(
    store: Store, mission_id: int, requester_id: int, requested_id: int
) -> RequestsWritten:
    """Make the request mandatory, or no longer (an empty pair becomes a mandatory request)."""
    return edit_request(
        store,
        mission_id,
        requester_id,
        requested_id,
        lambda cur: dataclasses.replace(
            cur or RequestValues(), mandatory=not (cur is not None and cur.mandatory)
        ),
    )


def remove_request(
    store: Store, mission_id: int, requester_id: int, requested_id: int
) -> RequestsWritten:
    """Take the request (or the "no thanks") of this pair away; refused if there is none."""

    def remove(cur: RequestValues | None) -> RequestValues | None:
        if cur is None:
            raise _NoRequest()
        return None

    try:
        return edit_request(store, mission_id, requester_id, requested_id, remove)
    except _NoRequest:
        book = load_book(store, mission_id)
        raise RequestRefused(
            msg.REQUEST_NONE(a=book.name(requester_id), b=book.name(requested_id))
        ) from None


def undo_edits(store: Store, mission_id: int, edits: Iterable[RequestEdit]) -> RequestsWritten:
    """Write back what each edit found (the undo of a write), only where the pair is still as
    the edit left it: another coordinator's later change is refused in words, not undone."""
    return _guarded(store, mission_id, [(e, e.after, e.before) for e in edits])


def redo_edits(store: Store, mission_id: int, edits: Iterable[RequestEdit]) -> RequestsWritten:
    """Write again what each edit wrote (the redo of a write), only where the pair is still
    as its undo left it."""
    return _guarded(store, mission_id, [(e, e.before, e.after) for e in edits])


class _ChangedSince(Exception):
    def __init__(self, requester_id: int, requested_id: int) -> None:
        self.pair = (requester_id, requested_id)


def _guarded(
    store: Store,
    mission_id: int,
    steps: Sequence[tuple[RequestEdit, RequestValues | None, RequestValues | None]],
) -> RequestsWritten:
    def expecting(
        e: RequestEdit, expected: RequestValues | None, new: RequestValues | None
    ) -> Callable[[RequestValues | None], RequestValues | None]:
        def change(cur: RequestValues | None) -> RequestValues | None:
            if cur != expected:
                raise _ChangedSince(e.requester_id, e.requested_id)
            return new

        return change

    try:
        return _edit(
            store,
            mission_id,
            [(e.requester_id, e.requested_id, expecting(e, was, new)) for e, was, new in steps],
        )
    except _ChangedSince as changed:
        book = load_book(store, mission_id)
        a, b = changed.pair
        raise ChangedMeanwhile(REQUEST_CHANGED(a=book.name(a), b=book.name(b))) from None


def accept_suggestion(
    store: Store, mission_id: int, suggestion: Suggestion, priority: int = DEFAULT_PRIORITY
) -> RequestsWritten:
    """One request, from the suggestion's requester (the one that asked for fewer meetings)
    to the other. A request either way that appeared meanwhile is left as it is."""

    def accept(cur: RequestValues | None) -> RequestValues | None:
        return cur if cur is not None else RequestValues(priority=priority)

    a, b = suggestion.requester, suggestion.requested
    with store.session() as s:
        back = s.scalar(
            select(MeetingRequest.id).where(
                MeetingRequest.requester_id == b, MeetingRequest.requested_id == a
            )
        )
    if back is not None:
        return RequestsWritten((), Changes())
    return edit_request(store, mission_id, a, b, accept)


class _NoRequest(Exception):
    pass


def _constant(
    v: RequestValues | None,
) -> Callable[[RequestValues | None], RequestValues | None]:
    return lambda _cur: v


def _edit(
    store: Store,
    mission_id: int,
    wanted: Sequence[tuple[int, int, Callable[[RequestValues | None], RequestValues | None]]],
) -> RequestsWritten:
    edits: list[RequestEdit] = []
    with store.session() as s:
        orgs = _organisations(s, mission_id, {x for a, b, _ in wanted for x in (a, b)})
        for requester_id, requested_id, change in wanted:
            a, b = orgs[requester_id], orgs[requested_id]
            record = s.scalar(
                select(MeetingRequest).where(
                    MeetingRequest.requester_id == a.id, MeetingRequest.requested_id == b.id
                )
            )
            before = _values(record) if record is not None else None
            after = change(before)
            if after is not None:
                after = _checked(a, b, after)
            if after == before:
                continue
            if after is None:
                assert record is not None
                s.delete(record)
            elif record is None:
                s.add(MeetingRequest(mission_id=mission_id, requester_id=a.id, requested_id=b.id,
                                     **dataclasses.asdict(after)))  # fmt: skip
            else:
                for key, value in dataclasses.asdict(after).items():
                    setattr(record, key, value)
            s.flush()
            edits.append(RequestEdit(a.id, b.id, before, after))
    return RequestsWritten(tuple(edits), CHANGED if edits else Changes())


def _organisations(s: Session, mission_id: int, ids: set[int]) -> dict[int, Organisation]:
    found = {
        o.id: o
        for o in s.scalars(
            select(Organisation).where(
                Organisation.id.in_(ids), Organisation.mission_id == mission_id
            )
        )
    }
    for oid in sorted(ids - found.keys()):
        raise gone(core_msg.ORGANISATION, oid)
    return found


def _values(r: MeetingRequest) -> RequestValues:
    return RequestValues(r.priority, r.no_thanks, r.mandatory, r.interpreter_need, r.note)


def _checked(a: Organisation, b: Organisation, v: RequestValues) -> RequestValues:
    if a.id == b.id:
        raise RequestRefused(msg.REQUEST_ITSELF())
    if a.side is not None and a.side is b.side:
        city = msg.SIDE_TURIN() if a.side is Side.TURIN else msg.SIDE_NAGOYA()
        raise RequestRefused(msg.REQUEST_SAME_SIDE(a=a.name, b=b.name, city=city))
    if v.priority not in PRIORITIES:
        raise RequestRefused(msg.REQUEST_PRIORITY_RANGE(priority=v.priority))
    if v.no_thanks and v.mandatory:
        raise RequestRefused(msg.REQUEST_NO_THANKS_MANDATORY())
    return dataclasses.replace(v, note=clean_text(v.note, multiline=True))


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogueEntry:
    """An organisation as the catalogue and the matrix show it."""

    id: int
    name: str
    name_ja: str | None
    name_kana: str | None
    side: Side | None
    sectors: tuple[Sector, ...]
    city: str
    profile: str
    profile_ja: str | None
    max_meetings: int | None
    room: int | None  # meetings it may still be asked for (None: no limit)

    @property
    def display(self) -> str:
        return f"{self.name} ({self.name_ja})" if self.name_ja else self.name

    def matches(self, text: str) -> bool:
        """Whether ``text`` (any case, width or accent) is in a name, the city or a profile."""
        wanted = fold(text)
        if not wanted:
            return True
        return any(
            wanted in fold(x)
            for x in (self.name, self.name_ja, self.name_kana, self.city, self.profile,
                      self.profile_ja) if x
        )  # fmt: skip


def fold(text: str) -> str:
    """For searching: NFKC, case-folded, without accents, katakana as hiragana."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in plain)


@dataclass(frozen=True)
class RequestEntry:
    id: int
    requester: int
    requested: int
    values: RequestValues


@dataclass(frozen=True)
class RequestBook:
    """A mission's organisations and requests, read at one moment."""

    mission_id: int
    organisations: tuple[CatalogueEntry, ...]  # by name
    requests: Mapping[tuple[int, int], RequestEntry]  # (requester, requested)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {o.id: o for o in self.organisations})

    def organisation(self, org_id: int) -> CatalogueEntry | None:
        by_id: dict[int, CatalogueEntry] = self._by_id  # type: ignore[attr-defined]
        return by_id.get(org_id)

    def name(self, org_id: int) -> str:
        org = self.organisation(org_id)
        return org.name if org is not None else f"#{org_id}"

    def values(self, requester: int, requested: int) -> RequestValues | None:
        entry = self.requests.get((requester, requested))
        return entry.values if entry is not None else None

    def mutual(self, a: int, b: int) -> bool:
        """Both asked each other, and neither said no thanks."""
        there, back = self.values(a, b), self.values(b, a)
        return there is not None and back is not None and not there.no_thanks and not back.no_thanks

    def wish_list(self, org_id: int) -> tuple[RequestEntry, ...]:
        """The requests ``org_id`` made: wishes by priority (highest first), then its "no
        thanks", each by the other's name."""
        mine = [e for (a, _b), e in self.requests.items() if a == org_id]
        return tuple(
            sorted(
                mine,
                key=lambda e: (
                    e.values.no_thanks,
                    -e.values.priority,
                    self.name(e.requested).casefold(),
                ),
            )
        )

    def asked_by_others(self, org_id: int) -> tuple[RequestEntry, ...]:
        """The requests made to ``org_id``."""
        return tuple(
            sorted(
                (e for (_a, b), e in self.requests.items() if b == org_id),
                key=lambda e: self.name(e.requester).casefold(),
            )
        )

    def requests_made(self) -> dict[int, int]:
        made: dict[int, int] = defaultdict(int)
        for a, _b in self.requests:
            made[a] += 1
        return dict(made)

    def candidates(self) -> list[Candidate]:
        return [
            Candidate(
                o.id,
                o.side,
                frozenset(o.sectors),
                tuple(p for p in (o.profile, o.profile_ja) if p),
                o.room,
            )
            for o in self.organisations
        ]

    def suggestions(self, limit: int | None = None) -> list[Suggestion]:
        """The suggested pairs, best first (see :mod:`app.core.suggestions`)."""
        return suggest_pairs(
            self.candidates(), self.requests.keys(), requests_made=self.requests_made(),
            limit=limit,
        )  # fmt: skip


def load_book(store: Store, mission_id: int) -> RequestBook:
    """The mission's organisations (with sectors, city and room left) and requests."""
    with store.snapshot() as s:
        record = read_mission(s, mission_id)
        sectors: dict[int, list[Sector]] = defaultdict(list)
        for oid, sector in s.execute(
            select(OrganisationSector.organisation_id, OrganisationSector.sector)
            .join(Organisation, Organisation.id == OrganisationSector.organisation_id)
            .where(Organisation.mission_id == mission_id)
            .order_by(OrganisationSector.sector)
        ):
            sectors[oid].append(sector)
        cities = dict(
            s.execute(
                select(Organisation.id, Organisation.city).where(
                    Organisation.mission_id == mission_id
                )
            ).all()
        )
        notes = dict(
            s.execute(
                select(MeetingRequest.id, MeetingRequest.note).where(
                    MeetingRequest.mission_id == mission_id, MeetingRequest.note != ""
                )
            ).all()
        )
    return book_of(record, sectors, cities, notes)


def book_of(
    record: MissionRecord,
    sectors: Mapping[int, Sequence[Sector]],
    cities: Mapping[int, str],
    notes: Mapping[int, str] | None = None,
) -> RequestBook:
    """The book from the read model and the organisations' sectors and cities."""
    said = notes or {}
    partners: dict[int, set[int]] = defaultdict(set)
    for r in record.requests:
        if not r.no_thanks:
            partners[r.requester].add(r.requested)
            partners[r.requested].add(r.requester)
    entries = []
    for o in record.organisations.values():
        slots = sum(len(x.slots) for x in record.sessions if x.takes_part(o.delegation_id))
        capacity = o.max_meetings
        if capacity is None and record.sessions:
            capacity = slots * o.parallel_meetings
        room = None if capacity is None else max(0, capacity - len(partners[o.id]))
        entries.append(
            CatalogueEntry(
                id=o.id,
                name=o.name,
                name_ja=o.name_ja,
                name_kana=o.name_kana,
                side=o.side,
                sectors=tuple(sectors.get(o.id, ())),
                city=cities.get(o.id, ""),
                profile=o.profile,
                profile_ja=o.profile_ja,
                max_meetings=o.max_meetings,
                room=room,
            )
        )
    entries.sort(key=lambda e: (e.name.casefold(), e.id))
    requests = {
        (r.requester, r.requested): RequestEntry(
            r.id,
            r.requester,
            r.requested,
            RequestValues(
                r.priority,
                r.no_thanks,
                r.mandatory,
                r.interpreter_need,
                said.get(r.id, ""),
            ),
        )
        for r in record.requests
    }
    return RequestBook(record.id, tuple(entries), MappingProxyType(requests))


def find_organisation(book: RequestBook, text: str) -> int:
    """An organisation by id ("12") or exact name (Latin or Japanese, any case or width)."""
    wanted = text.strip()
    if wanted.isdigit() and book.organisation(int(wanted)) is not None:
        return int(wanted)
    key = fold(wanted)
    found = [o.id for o in book.organisations if key in {fold(o.name), fold(o.name_ja or "")}]
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(str(i) for i in sorted(found))
        raise RequestRefused(msg.REQUEST_AMBIGUOUS_ORGANISATION(organisation=wanted, ids=ids))
    raise RequestRefused(msg.REQUEST_UNKNOWN_ORGANISATION(organisation=wanted))
