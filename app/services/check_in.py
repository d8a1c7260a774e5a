"""The check-in desk: a badge scanned or a name typed, one worded answer, each arrival
recorded once (a reader may: see :mod:`app.store.roles`).

:func:`scan` takes a line as the scanner typed it (:func:`app.core.check_in_codes.read_code`)
or a name; :func:`check_in_person` checks in the person picked among the names;
:func:`undo_check_in` takes a check-in back. Every answer is a :class:`ScanResult` whose
``kind`` the page colours and whose ``message`` it shows, in the desk's language, with times
in the mission's zone (the zone named).

A name that matches one person is still answered as NAMES with one candidate: the desk
confirms with Enter (:func:`check_in_person`), since a typed name, unlike a badge, may be
another person's whose name begins alike.

Two desks at once (two laptops on one SQLite file, or on one PostgreSQL database) never
record an arrival twice: the check-in reads the row under the write lock (SQLite's
``BEGIN IMMEDIATE``; PostgreSQL's ``SELECT … FOR UPDATE``) and writes only if it is still
not checked in; the second desk answers ALREADY (or DOUBLE_READ). The ORM's update writes
the audit log entry ("participant N: checked_in_at") through the store's hooks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, Select, func, select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.timezones import to_local
from app.common.wording import Message, Wording
from app.core import messages as core_msg
from app.core.check_in_codes import CodeKind, read_code
from app.core.name_search import NameKeys, name_keys, query_of, score
from app.core.names import Names
from app.model import Participant
from app.model.enums import NameOrder, Side
from app.model.mission import Delegation, Mission
from app.model.people import Organisation
from app.services import check_in_messages as msg
from app.store import Store

# A second read of the same badge this soon after its check-in is the scanner's double read.
DOUBLE_READ_WINDOW = timedelta(seconds=2)
# At most this many people are offered for a name (the message says how many matched).
MAX_CANDIDATES = 20


class ScanKind(StrEnum):
    CHECKED_IN = "checked_in"  # recorded now
    ALREADY = "already"  # had arrived before: the first time is kept
    DOUBLE_READ = "double_read"  # the same badge again within 2 s: nothing recorded
    UNKNOWN = "unknown"  # a code (or participant id) on no badge of this mission
    OTHER_MISSION = "other_mission"  # a badge of another mission in this database
    STALE_BADGE = "stale_badge"  # an old PONTE:… badge while old codes are turned off
    MALFORMED = "malformed"  # a damaged read: control characters, a broken code
    EMPTY = "empty"  # an empty line
    NAMES = "names"  # typed text: the people whose names match (0..n candidates)
    UNDONE = "undone"  # undo_check_in: back to not checked in
    UNDO_REFUSED = "undo_refused"  # undo_check_in: not checked in, or checked in anew

    @property
    def recorded(self) -> bool:
        """Whether this answer changed the database."""
        return self in (ScanKind.CHECKED_IN, ScanKind.UNDONE)

    @property
    def arrived(self) -> bool:
        """Whether the person scanned is checked in (now or before)."""
        return self in (ScanKind.CHECKED_IN, ScanKind.ALREADY, ScanKind.DOUBLE_READ)


@dataclass(frozen=True)
class Arrival:
    """One person as the desk shows them."""

    participant_id: int
    latin_name: str  # in the person's own order
    kanji_name: str | None
    kana_name: str | None
    organisation: str | None  # in the desk's language where written
    delegation: str | None  # in the desk's language
    side: Side | None
    checked_in_at: datetime | None  # UTC


@dataclass(frozen=True)
class ScanResult:
    kind: ScanKind
    message: str  # in the language asked for
    person: Arrival | None
    candidates: tuple[Arrival, ...] = ()  # NAMES: best matches first
    matched: int = 0  # NAMES: how many matched (more than ``candidates`` when cut)


@dataclass(frozen=True)
class ArrivalCount:
    label: str  # the delegation's name, or the side's, in the language asked for
    side: Side | None
    arrived: int
    expected: int
    delegation_id: int | None = None  # None: the side's count, or people of no delegation


@dataclass
class _Tally:
    arrived: int = 0
    expected: int = 0


# --- reading people --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Zone:
    mission_id: int
    name: str
    timezone: str
    old_badge_codes: bool


def _mission(s: Session, mission_id: int) -> _Zone:
    row = s.execute(
        select(Mission.id, Mission.name, Mission.timezone, Mission.old_badge_codes).where(
            Mission.id == mission_id
        )
    ).first()
    if row is None:
        raise UserError(core_msg.NO_MISSION(mission=mission_id))
    return _Zone(row.id, row.name, row.timezone, bool(row.old_badge_codes))


_DELEGATION_ID = func.coalesce(Participant.delegation_id, Organisation.delegation_id)


def _people_query() -> Select[*tuple[Any, ...]]:
    p = Participant
    return (
        select(
            p.id, p.mission_id, p.row_version, p.given_name, p.family_name, p.name_order,
            p.given_name_kanji, p.family_name_kanji, p.given_name_kana, p.family_name_kana,
            p.checked_in_at, Organisation.name.label("org"), Organisation.name_ja.label("org_ja"),
            Delegation.id.label("delegation_id"), Delegation.name.label("del_en"),
            Delegation.name_it.label("del_it"), Delegation.name_ja.label("del_ja"),
            Delegation.side,
        )
        .outerjoin(Organisation, p.organisation_id == Organisation.id)
        .outerjoin(Delegation, Delegation.id == _DELEGATION_ID)
    )  # fmt: skip


def _latin(row: Any) -> str:
    if row.name_order is NameOrder.FAMILY_FIRST:
        return f"{row.family_name} {row.given_name}".strip()
    return f"{row.given_name} {row.family_name}".strip()


def _script(family: str | None, given: str | None) -> str | None:
    return f"{family} {given or ''}".strip() if family else None


def _arrival(row: Any, language: str) -> Arrival:
    delegation = (
        Names(row.del_en, row.del_it, row.del_ja).in_(_lang(language))
        if row.del_en is not None
        else None
    )
    organisation = (row.org_ja or row.org) if language == "ja" else row.org
    return Arrival(
        participant_id=row.id,
        latin_name=_latin(row),
        kanji_name=_script(row.family_name_kanji, row.given_name_kanji),
        kana_name=_script(row.family_name_kana, row.given_name_kana),
        organisation=organisation,
        delegation=delegation,
        side=Side(row.side) if row.side is not None else None,
        checked_in_at=row.checked_in_at,
    )


def _lang(language: str) -> str:
    return language if language in ("it", "ja", "en") else "en"


def _shown_name(person: Arrival, language: str) -> str:
    """The name a message says: the Japanese one for a Japanese desk when written."""
    if language == "ja":
        return person.kanji_name or person.kana_name or person.latin_name
    return person.latin_name


def _result(
    kind: ScanKind,
    wording: Wording,
    language: str,
    person: Arrival | None = None,
    *,
    zone: _Zone | None = None,
    now: datetime | None = None,
    candidates: tuple[Arrival, ...] = (),
    matched: int = 0,
    **params: object,
) -> ScanResult:
    if person is not None:
        params.setdefault("name", _shown_name(person, language))
        if zone is not None and person.checked_in_at is not None:
            local = to_local(person.checked_in_at, zone.timezone)
            today = to_local(now or datetime.now(UTC), zone.timezone).date()
            # the time alone on the day itself; a check-in of another day says which
            shown = "%H:%M" if local.date() == today else "%Y-%m-%d %H:%M"
            params.setdefault("time", local.strftime(shown))
            params.setdefault("zone", zone.timezone)
    message: Message = wording(**params)
    return ScanResult(kind, message.text(_lang(language)), person, candidates, matched)


# --- the actions -----------------------------------------------------------------------------


def scan(
    store: Store,
    mission_id: int,
    text: str,
    *,
    language: str = "en",
    at: datetime | None = None,
) -> ScanResult:
    """What the desk answers to ``text`` (a scanner's line or a typed name), checking in
    the badge's holder when it is a good code of this mission."""
    code = read_code(text)
    if code.kind is CodeKind.EMPTY:
        return _result(ScanKind.EMPTY, msg.EMPTY, language)
    if code.kind is CodeKind.MALFORMED:
        return _result(ScanKind.MALFORMED, msg.MALFORMED, language)
    if code.kind is CodeKind.TEXT:
        return _names(store, mission_id, code.text, language)
    with store.snapshot() as s:
        zone = _mission(s, mission_id)
        if code.kind is CodeKind.TOKEN:
            row = s.execute(_people_query().where(Participant.check_in_token == code.token)).first()
            if row is None:
                return _result(ScanKind.UNKNOWN, msg.UNKNOWN_CODE, language)
            if row.mission_id != mission_id:
                other = _mission(s, row.mission_id)
                person = _arrival(row, language)
                return _result(
                    ScanKind.OTHER_MISSION, msg.OTHER_MISSION, language, person,
                    mission=other.name,
                )  # fmt: skip
            participant_id = row.id
        else:
            assert code.mission_id is not None and code.participant_id is not None
            if code.mission_id != mission_id:
                exists = s.scalar(select(Mission.name).where(Mission.id == code.mission_id))
                if exists is None:
                    return _result(ScanKind.UNKNOWN, msg.UNKNOWN_CODE, language)
                return _result(
                    ScanKind.OTHER_MISSION, msg.OTHER_MISSION_OLD, language, mission=exists
                )
            row = s.execute(
                _people_query().where(
                    Participant.id == code.participant_id, Participant.mission_id == mission_id
                )
            ).first()
            if row is None:
                return _result(
                    ScanKind.UNKNOWN, msg.UNKNOWN_OLD_CODE, language,
                    participant=code.participant_id,
                )  # fmt: skip
            if not zone.old_badge_codes:
                person = _arrival(row, language)
                return _result(ScanKind.STALE_BADGE, msg.STALE_BADGE, language, person)
            participant_id = row.id
    return check_in_person(store, mission_id, participant_id, language=language, at=at)


def _locked_person(s: Session, mission_id: int, participant_id: int) -> Participant | None:
    """The mission's participant, its row locked to the commit (``FOR UPDATE`` on
    PostgreSQL; the write transaction's ``BEGIN IMMEDIATE`` holds the file on SQLite): two
    desks checking one person in, or undoing it, take turns."""
    return s.execute(
        select(Participant)
        .where(Participant.id == participant_id, Participant.mission_id == mission_id)
        .with_for_update()
    ).scalar_one_or_none()


def check_in_person(
    store: Store,
    mission_id: int,
    participant_id: int,
    *,
    language: str = "en",
    at: datetime | None = None,
) -> ScanResult:
    """Check in one participant of the mission (a badge read, or a name picked): CHECKED_IN,
    or ALREADY / DOUBLE_READ with the first time kept; UNKNOWN when they are not in it."""
    with store.session(write=True) as s:
        zone = _mission(s, mission_id)
        person = _locked_person(s, mission_id, participant_id)
        if person is None:
            return _result(
                ScanKind.UNKNOWN, msg.UNKNOWN_PARTICIPANT, language, participant=participant_id
            )
        # the time taken once the row is ours: a desk that waited for the other's lock
        when = at or datetime.now(UTC)
        before = person.checked_in_at
        if before is None:
            person.checked_in_at = when
            s.flush()
        row = s.execute(_people_query().where(Participant.id == participant_id)).one()
        shown = _arrival(row, language)
    kind, wording = (
        (ScanKind.CHECKED_IN, msg.CHECKED_IN)
        if before is None
        else (ScanKind.DOUBLE_READ, msg.DOUBLE_READ)
        if abs(when - before) < DOUBLE_READ_WINDOW
        else (ScanKind.ALREADY, msg.ALREADY)
    )
    return _result(kind, wording, language, shown, zone=zone, now=when)


def undo_check_in(
    store: Store,
    mission_id: int,
    participant_id: int,
    *,
    language: str = "en",
    made_at: datetime | None = None,
) -> ScanResult:
    """Take a check-in back: the participant is not checked in any more. ``made_at``: the
    check-in being undone (as the desk's answer showed it); when the record holds another
    time now (another desk undid it and checked them in again), it is refused, worded."""
    with store.session(write=True) as s:
        zone = _mission(s, mission_id)
        person = _locked_person(s, mission_id, participant_id)
        if person is None:
            return _result(
                ScanKind.UNKNOWN, msg.UNKNOWN_PARTICIPANT, language, participant=participant_id
            )
        before = person.checked_in_at
        changed = made_at is not None and before is not None and before != made_at
        if before is not None and not changed:
            person.checked_in_at = None
            s.flush()
        row = s.execute(_people_query().where(Participant.id == participant_id)).one()
        shown = _arrival(row, language)
    if before is None:
        return _result(ScanKind.UNDO_REFUSED, msg.NOT_CHECKED_IN, language, shown)
    if changed:
        return _result(ScanKind.UNDO_REFUSED, msg.CHECKED_IN_AGAIN, language, shown, zone=zone)
    return _result(ScanKind.UNDONE, msg.UNDONE, language, shown)


def arrival_counts(
    store: Store, mission_id: int, *, language: str = "en"
) -> tuple[tuple[ArrivalCount, ...], tuple[ArrivalCount, ...]]:
    """Who has arrived of whom: per delegation (in name order, people of no delegation
    last), and per side (Turin, Nagoya, then no side if anyone has none)."""
    lang = _lang(language)
    with store.snapshot() as s:
        _mission(s, mission_id)
        rows = s.execute(
            select(
                Delegation.id, Delegation.name, Delegation.name_it, Delegation.name_ja,
                Delegation.side, Participant.checked_in_at.is_not(None).label("arrived"),
            )
            .select_from(Participant)
            .outerjoin(Organisation, Participant.organisation_id == Organisation.id)
            .outerjoin(Delegation, Delegation.id == _DELEGATION_ID)
            .where(Participant.mission_id == mission_id)
        ).all()  # fmt: skip
        delegations = s.execute(
            select(
                Delegation.id, Delegation.name, Delegation.name_it, Delegation.name_ja,
                Delegation.side,
            ).where(Delegation.mission_id == mission_id)
        ).all()  # fmt: skip
    by_delegation: dict[int | None, _Tally] = {d.id: _Tally() for d in delegations}
    by_side: dict[Side | None, _Tally] = {Side.TURIN: _Tally(), Side.NAGOYA: _Tally()}
    for row in rows:
        side = Side(row.side) if row.side is not None else None
        for tally in (
            by_delegation.setdefault(row.id, _Tally()),
            by_side.setdefault(side, _Tally()),
        ):
            tally.arrived += int(bool(row.arrived))
            tally.expected += 1
    named = sorted(delegations, key=lambda d: Names(d.name, d.name_it, d.name_ja).in_(lang))
    per_delegation = [
        ArrivalCount(
            Names(d.name, d.name_it, d.name_ja).in_(lang), Side(d.side),
            by_delegation[d.id].arrived, by_delegation[d.id].expected, d.id,
        )
        for d in named
    ]  # fmt: skip
    if None in by_delegation:
        none = by_delegation[None]
        label = msg.NO_DELEGATION().text(lang)
        per_delegation.append(ArrivalCount(label, None, none.arrived, none.expected))
    labels = {Side.TURIN: msg.SIDE_TURIN, Side.NAGOYA: msg.SIDE_NAGOYA, None: msg.NO_SIDE}
    per_side = [
        ArrivalCount(labels[side]().text(lang), side, t.arrived, t.expected)
        for side, t in by_side.items()
    ]
    return tuple(per_delegation), tuple(per_side)


def set_old_badge_codes(store: Store, mission_id: int, accepted: bool) -> None:
    """The mission's switch: whether badges printed before schema 0012 (PONTE:…) still check
    people in (True), or are answered as stale (False)."""
    with store.session(write=True) as s:
        mission = s.get(Mission, mission_id)
        if mission is None:
            raise UserError(core_msg.NO_MISSION(mission=mission_id))
        mission.old_badge_codes = accepted


def old_badge_codes(store: Store, mission_id: int) -> bool:
    """Whether the mission still accepts badges printed before schema 0012."""
    with store.snapshot() as s:
        return _mission(s, mission_id).old_badge_codes


# --- names -----------------------------------------------------------------------------------


def _keys(row: Any) -> NameKeys:
    return name_keys(
        (
            (row.family_name, row.given_name),
            (row.family_name_kanji, row.given_name_kanji),
            (row.family_name_kana, row.given_name_kana),
        )
    )


@dataclass(frozen=True)
class _NameIndex:
    """A mission's names folded for the search, and the figures they were read at."""

    figures: tuple[int, ...]
    people: tuple[tuple[int, str, NameKeys], ...]  # id, name to sort by, keys


# The name indexes each database's stores have built, by mission: rebuilt when the figures
# of the mission's participants move (see _figures). Keyed by engine: gone with the store.
_INDEXES: WeakKeyDictionary[Engine, dict[int, _NameIndex]] = WeakKeyDictionary()


def _figures(s: Session, mission_id: int) -> tuple[int, ...]:
    """Figures that move when a participant of the mission is added, removed or edited, but
    not when one is checked in: each ORM change moves the row's version by one, and a
    check-in also moves the count of people checked in by one (their difference stays); an
    undo moves it by two, a name edit by one. One aggregate query, about a millisecond."""
    p = Participant
    names = [p.given_name, p.family_name, p.given_name_kanji, p.family_name_kanji,
             p.given_name_kana, p.family_name_kana]  # fmt: skip
    # and the names' lengths, for a statement that writes names without moving versions
    # (the offline return writing the server's rows into the file)
    lengths = sum((func.coalesce(func.length(n), 0) for n in names[1:]), func.length(names[0]))
    row = s.execute(
        select(
            func.count(), func.coalesce(func.sum(p.id), 0), func.coalesce(func.max(p.id), 0),
            func.coalesce(func.sum(p.row_version), 0) - func.count(p.checked_in_at),
            func.coalesce(func.sum(lengths), 0),
        ).where(p.mission_id == mission_id)
    ).one()  # fmt: skip
    return tuple(int(x) for x in row)


def _name_index(store: Store, s: Session, mission_id: int) -> _NameIndex:
    figures = _figures(s, mission_id)
    known = _INDEXES.setdefault(store.engine, {})
    index = known.get(mission_id)
    if index is not None and index.figures == figures:
        return index
    p = Participant
    rows = s.execute(
        select(
            p.id, p.given_name, p.family_name, p.name_order, p.given_name_kanji,
            p.family_name_kanji, p.given_name_kana, p.family_name_kana,
        ).where(p.mission_id == mission_id)
    ).all()  # fmt: skip
    people = tuple((row.id, _latin(row).casefold(), _keys(row)) for row in rows)
    index = known[mission_id] = _NameIndex(figures, people)
    return index


def prepare_desk(store: Store, mission_id: int) -> None:
    """Fold the mission's names before the first one is typed (the desk's page calls it when
    it opens, off the window's thread): 2,000 people take about 50 ms once."""
    with store.snapshot() as s:
        _mission(s, mission_id)
        _name_index(store, s, mission_id)


def _names(store: Store, mission_id: int, text: str, language: str) -> ScanResult:
    """The people whose names match ``text``, best first; the best shown in full."""
    query = query_of(text)
    with store.snapshot() as s:
        _mission(s, mission_id)
        index = _name_index(store, s, mission_id)
        scored = [
            (-sc, name, pid)
            for pid, name, keys in index.people
            if (sc := score(query, keys)) > 0
        ]  # fmt: skip
        scored.sort()
        best = [pid for _, _, pid in scored[:MAX_CANDIDATES]]
        shown = {
            row.id: _arrival(row, language)
            for row in s.execute(_people_query().where(Participant.id.in_(best))).all()
        } if best else {}  # fmt: skip
    candidates = tuple(shown[i] for i in best if i in shown)
    return _names_result(text, candidates, len(scored), language)


def _names_result(
    text: str, candidates: tuple[Arrival, ...], matched: int, language: str
) -> ScanResult:
    if matched == 0:
        return _result(ScanKind.NAMES, msg.NO_NAME, language, text=text)
    if matched == 1:
        return _result(
            ScanKind.NAMES, msg.ONE_NAME, language, candidates[0],
            candidates=candidates, matched=1,
        )  # fmt: skip
    wording = msg.SOME_NAMES if matched <= len(candidates) else msg.MANY_NAMES
    return ScanResult(
        ScanKind.NAMES,
        wording(count=matched, text=text, shown=len(candidates)).text(_lang(language)),
        None,
        candidates,
        matched,
    )


# --- the command line's first check-in (``ponte check-in``), kept as it was ----------------

NO_PARTICIPANT = Wording(
    "check_in.no_participant",
    en="There is no participant {id} in {database}.",
    it="Non c'è nessun partecipante {id} in {database}.",
    ja="{database} に参加者 {id} はいません。",
)


@dataclass(frozen=True)
class CheckIn:
    participant_id: int
    name: str
    checked_in_at: datetime
    already: bool  # they had been checked in before: the first time is kept


def check_in(store: Store, participant_id: int, *, at: datetime | None = None) -> CheckIn:
    """Record that the participant arrived (now, or ``at``); a second check-in keeps the
    first time. The audit log names who did it (``store.actor``, as for every change)."""
    when = at or datetime.now(UTC)
    with store.session(write=True) as s:
        person = s.execute(
            select(Participant).where(Participant.id == participant_id).with_for_update()
        ).scalar_one_or_none()
        if person is None:
            raise UserError(NO_PARTICIPANT(id=participant_id, database=store.location.display()))
        name = f"{person.given_name} {person.family_name}".strip()
        if person.checked_in_at is not None:
            return CheckIn(participant_id, name, person.checked_in_at, already=True)
        person.checked_in_at = when
    return CheckIn(participant_id, name, when, already=False)
