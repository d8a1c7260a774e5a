"""The scheduling problem, as read from PROBLEM.json (issue 3's exact format, extended).

Everything is validated here, once, with messages that name the culprit; the solvers can
then trust a :class:`Problem`.

Extensions of issue 3's format, each optional: a participant's ``max_meetings`` and
``name``; a meeting's ``sessions`` (the ids of the sessions it may be in, e.g. a
morning-only meeting: its slots are those sessions' slots, intersected with
``allowed_slots`` when both are given). Two or more meetings may join the same two
participants (real fairs have them); they are never in the same slot. One meeting per pair
of organisations is the mission's rule (``app.services.scheduling`` merges their requests),
not the solver's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any


class ProblemError(ValueError):
    """The problem file is malformed or contradictory; the message names the culprit.

    The contradictions a mission's own data can hold (unlike a malformed file) also carry a
    ``kind`` and the ``teams`` concerned, so that the mission's scheduling action can word
    them with the organisations' names in the coordinator's language."""

    SAME_SIDE = "same_side"
    NO_SHARED_SLOT = "no_shared_slot"
    NO_INTERPRETER = "no_interpreter"

    def __init__(self, text: str, *, kind: str = "", teams: tuple[str, ...] = ()) -> None:
        super().__init__(text)
        self.kind, self.teams = kind, teams


class InterpreterMode(StrEnum):
    AUTO = "auto"  # an interpreter when the two teams share no language
    REQUIRED = "required"
    NONE = "none"


@dataclass(frozen=True)
class Session:
    id: str
    slots: tuple[str, ...]  # in time order; breaks are counted within a session


@dataclass(frozen=True)
class Interpreter:
    id: str
    languages: frozenset[str]
    unavailable_slots: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Team:
    """A participant of the problem: an organisation's team (``participants`` in the JSON)."""

    id: str
    side: str | None
    languages: frozenset[str]
    capacity: int = 1  # meetings it can hold in parallel
    unavailable_slots: frozenset[str] = frozenset()
    max_meetings: int | None = None  # an extension of the format: a cap on its meetings
    name: str | None = None  # an extension: how reasons name the team (default: its id)


@dataclass(frozen=True)
class Meeting:
    """A requested meeting (``meetings`` in the JSON)."""

    id: str
    a: str
    b: str
    weight: int = 1
    mandatory: bool = False
    allowed_slots: frozenset[str] | None = None  # None: any slot
    fixed_slot: str | None = None
    interpreter: InterpreterMode = InterpreterMode.AUTO
    sessions: frozenset[str] | None = None  # an extension: None, any session

    @property
    def pair(self) -> frozenset[str]:
        """Its two participants, in either order (meetings of one pair share no slot)."""
        return frozenset((self.a, self.b))


@dataclass(frozen=True)
class Published:
    """Where a meeting was in the last publication; ``locked`` ones never move."""

    meeting: str
    slot: str
    table: str
    interpreter: str | None = None
    locked: bool = False


@dataclass(frozen=True)
class Options:
    time_limit_s: float = 60.0
    max_breaks_spread: int | None = None
    min_meetings_per_participant: int = 0


@dataclass(frozen=True)
class Problem:
    sessions: tuple[Session, ...]
    tables: tuple[str, ...]
    interpreters: tuple[Interpreter, ...]
    teams: tuple[Team, ...]
    meetings: tuple[Meeting, ...]
    published: tuple[Published, ...] = ()
    options: Options = field(default_factory=Options)

    # --- lookups (computed once) -------------------------------------------------------------

    @cached_property
    def slots(self) -> tuple[str, ...]:
        """Every slot, sessions in order, each session's slots in time order."""
        return tuple(s for session in self.sessions for s in session.slots)

    @cached_property
    def slot_index(self) -> Mapping[str, int]:
        return {s: i for i, s in enumerate(self.slots)}

    @cached_property
    def session_of(self) -> Mapping[str, str]:
        return {s: session.id for session in self.sessions for s in session.slots}

    @cached_property
    def session_slot_set(self) -> Mapping[str, frozenset[str]]:
        return {session.id: frozenset(session.slots) for session in self.sessions}

    @cached_property
    def team(self) -> Mapping[str, Team]:
        return {t.id: t for t in self.teams}

    @cached_property
    def interpreter(self) -> Mapping[str, Interpreter]:
        return {i.id: i for i in self.interpreters}

    @cached_property
    def meeting(self) -> Mapping[str, Meeting]:
        return {m.id: m for m in self.meetings}

    @cached_property
    def published_of(self) -> Mapping[str, Published]:
        return {p.meeting: p for p in self.published}

    def label(self, team_id: str) -> str:
        """How a coordinator knows the team: its name, else its id."""
        team = self.team.get(team_id)
        return (team.name if team is not None else None) or team_id

    def needs_interpreter(self, m: Meeting) -> bool:
        """Whether ``m`` must have an interpreter."""
        if m.interpreter is InterpreterMode.REQUIRED:
            return True
        if m.interpreter is InterpreterMode.NONE:
            return False
        return not (self.team[m.a].languages & self.team[m.b].languages)

    def can_interpret(self, i: Interpreter, m: Meeting) -> bool:
        """Whether ``i`` speaks a language of each side of ``m``."""
        return bool(i.languages & self.team[m.a].languages) and bool(
            i.languages & self.team[m.b].languages
        )

    def allowed_slots_of(self, m: Meeting) -> frozenset[str] | None:
        """The slots ``m`` may be in by its ``allowed_slots`` and ``sessions`` (None: any)."""
        if m.sessions is None:
            return m.allowed_slots
        in_sessions = frozenset().union(
            *(self.session_slot_set.get(sid, frozenset()) for sid in m.sessions)
        )
        return in_sessions if m.allowed_slots is None else in_sessions & m.allowed_slots

    def candidate_slots(self, m: Meeting) -> tuple[str, ...]:
        """Slots where both teams are free and the meeting is allowed (ignoring others)."""
        a, b = self.team[m.a], self.team[m.b]
        allowed = self.allowed_slots_of(m)
        out = []
        for s in self.slots:
            if m.fixed_slot is not None and s != m.fixed_slot:
                continue
            if allowed is not None and s not in allowed:
                continue
            if s in a.unavailable_slots or s in b.unavailable_slots:
                continue
            out.append(s)
        return tuple(out)


# --- reading ---------------------------------------------------------------------------------


def parse_problem(raw: Any) -> Problem:
    """Build a :class:`Problem` from the decoded JSON, or raise :class:`ProblemError`."""
    if not isinstance(raw, Mapping):
        raise ProblemError("The problem must be a JSON object with sessions, tables, … .")
    sessions = tuple(_session(x, i) for i, x in enumerate(_list(raw, "sessions")))
    tables = tuple(_str(t, f"tables[{i}]") for i, t in enumerate(_list(raw, "tables")))
    interpreters = tuple(
        _interpreter(x, i) for i, x in enumerate(_list(raw, "interpreters", required=False))
    )
    teams = tuple(_team(x, i) for i, x in enumerate(_list(raw, "participants")))
    meetings = tuple(_meeting(x, i) for i, x in enumerate(_list(raw, "meetings")))
    published = tuple(
        _published(x, i) for i, x in enumerate(_list(raw, "published", required=False))
    )
    options = _options(raw.get("options") or {})
    problem = Problem(sessions, tables, interpreters, teams, meetings, published, options)
    _check_references(problem)
    return problem


def _list(raw: Mapping[str, Any], key: str, *, required: bool = True) -> Sequence[Any]:
    value = raw.get(key)
    if value is None:
        if required:
            raise ProblemError(f"The problem has no {key!r} list.")
        return []
    if not isinstance(value, list):
        raise ProblemError(f"{key!r} must be a list.")
    return value


def _obj(x: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(x, Mapping):
        raise ProblemError(f"{where} must be an object.")
    return x


def _str(x: Any, where: str) -> str:
    if not isinstance(x, str) or not x.strip():
        raise ProblemError(f"{where} must be a non-empty string.")
    return x


def _strs(x: Any, where: str) -> tuple[str, ...]:
    if x is None:
        return ()
    if not isinstance(x, list):
        raise ProblemError(f"{where} must be a list of strings.")
    return tuple(_str(v, f"{where}[{i}]") for i, v in enumerate(x))


def _int(x: Any, where: str, *, minimum: int) -> int:
    if isinstance(x, bool) or not isinstance(x, int) or x < minimum:
        raise ProblemError(f"{where} must be a whole number ≥ {minimum}.")
    return x


def _session(x: Any, i: int) -> Session:
    o = _obj(x, f"sessions[{i}]")
    sid = _str(o.get("id"), f"sessions[{i}].id")
    slots = _strs(o.get("slots"), f"session {sid!r} slots")
    if not slots:
        raise ProblemError(f"Session {sid!r} has no slots.")
    return Session(sid, slots)


def _interpreter(x: Any, i: int) -> Interpreter:
    o = _obj(x, f"interpreters[{i}]")
    iid = _str(o.get("id"), f"interpreters[{i}].id")
    langs = _strs(o.get("languages"), f"interpreter {iid!r} languages")
    if len(set(langs)) < 2:
        raise ProblemError(f"Interpreter {iid!r} must speak at least two languages.")
    away = _strs(o.get("unavailable_slots"), f"interpreter {iid!r} unavailable_slots")
    return Interpreter(iid, frozenset(langs), frozenset(away))


def _team(x: Any, i: int) -> Team:
    o = _obj(x, f"participants[{i}]")
    tid = _str(o.get("id"), f"participants[{i}].id")
    side = o.get("side")
    if side is not None:
        side = _str(side, f"participant {tid!r} side")
    langs = _strs(o.get("languages"), f"participant {tid!r} languages")
    capacity = _int(o.get("capacity", 1), f"participant {tid!r} capacity", minimum=1)
    away = _strs(o.get("unavailable_slots"), f"participant {tid!r} unavailable_slots")
    cap = o.get("max_meetings")
    max_meetings = (
        None if cap is None else _int(cap, f"participant {tid!r} max_meetings", minimum=0)
    )
    name = o.get("name")
    if name is not None:
        name = _str(name, f"participant {tid!r} name")
    return Team(tid, side, frozenset(langs), capacity, frozenset(away), max_meetings, name)


def _meeting(x: Any, i: int) -> Meeting:
    o = _obj(x, f"meetings[{i}]")
    mid = _str(o.get("id"), f"meetings[{i}].id")
    a = _str(o.get("a"), f"meeting {mid!r} a")
    b = _str(o.get("b"), f"meeting {mid!r} b")
    if a == b:
        raise ProblemError(f"Meeting {mid!r} has the same participant {a!r} on both sides.")
    weight = _int(o.get("weight", 1), f"meeting {mid!r} weight", minimum=0)
    mandatory = o.get("mandatory", False)
    if not isinstance(mandatory, bool):
        raise ProblemError(f"Meeting {mid!r} mandatory must be true or false.")
    allowed = o.get("allowed_slots")
    allowed_slots = (
        None if allowed is None else frozenset(_strs(allowed, f"meeting {mid!r} allowed_slots"))
    )
    fixed = o.get("fixed_slot")
    fixed_slot = None if fixed is None else _str(fixed, f"meeting {mid!r} fixed_slot")
    in_sessions = o.get("sessions")
    sessions = None
    if in_sessions is not None:
        sessions = frozenset(_strs(in_sessions, f"meeting {mid!r} sessions"))
        if not sessions:
            raise ProblemError(
                f"Meeting {mid!r} sessions is an empty list; leave it out (or null) to allow "
                "every session."
            )
    mode = o.get("interpreter", "auto")
    try:
        interpreter = InterpreterMode(mode)
    except ValueError as exc:
        raise ProblemError(
            f"Meeting {mid!r} interpreter must be 'auto', 'required' or 'none', not {mode!r}."
        ) from exc
    return Meeting(mid, a, b, weight, mandatory, allowed_slots, fixed_slot, interpreter, sessions)


def _published(x: Any, i: int) -> Published:
    o = _obj(x, f"published[{i}]")
    meeting = _str(o.get("meeting"), f"published[{i}].meeting")
    interp = o.get("interpreter")
    locked = o.get("locked", False)
    if not isinstance(locked, bool):
        raise ProblemError(f"published meeting {meeting!r} locked must be true or false.")
    return Published(
        meeting,
        _str(o.get("slot"), f"published meeting {meeting!r} slot"),
        _str(o.get("table"), f"published meeting {meeting!r} table"),
        None if interp is None else _str(interp, f"published meeting {meeting!r} interpreter"),
        locked,
    )


def _options(raw: Any) -> Options:
    o = _obj(raw, "options")
    limit = o.get("time_limit_s", 60)
    if isinstance(limit, bool) or not isinstance(limit, int | float) or limit <= 0:
        raise ProblemError("options.time_limit_s must be a positive number of seconds.")
    spread = o.get("max_breaks_spread")
    return Options(
        time_limit_s=float(limit),
        max_breaks_spread=None
        if spread is None
        else _int(spread, "options.max_breaks_spread", minimum=0),
        min_meetings_per_participant=_int(
            o.get("min_meetings_per_participant", 0),
            "options.min_meetings_per_participant",
            minimum=0,
        ),
    )


def validate_problem(problem: Problem) -> Problem:
    """Check a problem built in code (not read from JSON) like a file would be checked."""
    _check_references(problem)
    return problem


def _unique(ids: Sequence[str], what: str) -> None:
    seen: set[str] = set()
    for x in ids:
        if x in seen:
            raise ProblemError(f"Two {what} have the id {x!r}.")
        seen.add(x)


def _check_references(p: Problem) -> None:
    _unique([s.id for s in p.sessions], "sessions")
    _unique(list(p.slots), "slots")
    _unique(list(p.tables), "tables")
    _unique([i.id for i in p.interpreters], "interpreters")
    _unique([t.id for t in p.teams], "participants")
    _unique([m.id for m in p.meetings], "meetings")
    _unique([x.meeting for x in p.published], "published entries")
    if not p.tables:
        raise ProblemError("The problem has no tables.")
    slots = set(p.slots)

    def known_slots(names: frozenset[str] | None, where: str) -> None:
        for s in sorted(names or ()):
            if s not in slots:
                raise ProblemError(f"{where} names the unknown slot {s!r}.")

    for i in p.interpreters:
        known_slots(i.unavailable_slots, f"Interpreter {i.id!r}")
    for t in p.teams:
        known_slots(t.unavailable_slots, f"Participant {t.id!r}")
    session_ids = [session.id for session in p.sessions]
    for m in p.meetings:
        for end in (m.a, m.b):
            if end not in p.team:
                raise ProblemError(f"Meeting {m.id!r} names the unknown participant {end!r}.")
        sides = (p.team[m.a].side, p.team[m.b].side)
        if None not in sides and sides[0] == sides[1]:
            raise ProblemError(
                f"Meeting {m.id!r} is between {m.a!r} and {m.b!r}, both of side {sides[0]!r}.",
                kind=ProblemError.SAME_SIDE,
                teams=(m.a, m.b),
            )
        known_slots(m.allowed_slots, f"Meeting {m.id!r} allowed_slots")
        for sid in sorted(m.sessions or ()):
            if sid not in session_ids:
                known = ", ".join(repr(x) for x in session_ids)
                raise ProblemError(
                    f"Meeting {m.id!r} sessions names the unknown session {sid!r} "
                    f"(the sessions are {known})."
                )
        allowed = p.allowed_slots_of(m)
        if m.fixed_slot is not None:
            known_slots(frozenset([m.fixed_slot]), f"Meeting {m.id!r} fixed_slot")
            if allowed is not None and m.fixed_slot not in allowed:
                where = "allowed slots" if m.sessions is None else "allowed slots and sessions"
                raise ProblemError(
                    f"Meeting {m.id!r} is fixed to slot {m.fixed_slot!r}, "
                    f"which is not among its {where}."
                )
        if m.mandatory and not p.candidate_slots(m):
            raise ProblemError(
                f"Meeting {m.id!r} is mandatory but {m.a!r} and {m.b!r} share no free allowed "
                "slot.",
                kind=ProblemError.NO_SHARED_SLOT,
                teams=(m.a, m.b),
            )
        if (
            p.needs_interpreter(m)
            and m.mandatory
            and not any(p.can_interpret(i, m) for i in p.interpreters)
        ):
            raise ProblemError(
                f"Meeting {m.id!r} is mandatory and needs an interpreter, "
                "but no interpreter speaks both sides' languages.",
                kind=ProblemError.NO_INTERPRETER,
                teams=(m.a, m.b),
            )
    tables = set(p.tables)
    for x in p.published:
        if x.meeting not in p.meeting:
            raise ProblemError(f"A published entry names the unknown meeting {x.meeting!r}.")
        if x.slot not in slots:
            raise ProblemError(
                f"Published meeting {x.meeting!r} is in the unknown slot {x.slot!r}."
            )
        if x.table not in tables:
            raise ProblemError(
                f"Published meeting {x.meeting!r} is at the unknown table {x.table!r}."
            )
        if x.interpreter is not None and x.interpreter not in p.interpreter:
            raise ProblemError(
                f"Published meeting {x.meeting!r} names the unknown interpreter {x.interpreter!r}."
            )
