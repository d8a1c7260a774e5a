"""A mission's B2B sessions as a scheduler problem, and the solver's answer stored back.

Teams are organisations (their delegates' languages, parallel meetings, meeting cap; away
in a slot when every delegate is away). Requests between the same two organisations become
one meeting: a mutual request weighs the sum of both priorities, a single one its priority;
"no thanks" from either side forbids the pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.files import write_json
from app.common.timezones import format_local
from app.common.wording import Message
from app.core.changes import Changes
from app.core.mission_record import (
    MeetingRecord,
    MissionRecord,
    PersonRecord,
    RequestRecord,
    away_slots,
    load_mission,
    read_mission,
)
from app.core.pairs import pair_key, pair_of
from app.core.slots import SlotDef
from app.model import (
    InterpreterNeed,
    Meeting,
    MeetingParticipant,
    MeetingStatus,
)
from app.model.enums import ON_THE_DAY
from app.scheduler.control import Control
from app.scheduler.io import load_problem
from app.scheduler.problem import Interpreter as ProblemInterpreter
from app.scheduler.problem import (
    InterpreterMode,
    Options,
    Problem,
    ProblemError,
    Published,
    validate_problem,
)
from app.scheduler.problem import Meeting as ProblemMeeting
from app.scheduler.problem import Session as ProblemSession
from app.scheduler.problem import Team as ProblemTeam
from app.scheduler.schedule import ReasonKind, Schedule, Status, Unscheduled
from app.services import messages as msg
from app.services.schedule_runs import RunSummary, Unplaced, record_run, unplaced
from app.store import Store
from app.store.mission_lock import Operation, lock_mission

__all__ = [
    "Control",
    "InDatabase",
    "PreparedRun",
    "Problem",
    "ProblemFileError",
    "ReasonKind",
    "Schedule",
    "ScheduleOutcome",
    "SchedulingError",
    "Solve",
    "Status",
    "Unscheduled",
    "build_problem",
    "is_settled",
    "load_unplaced",
    "prepare_run",
    "schedule_mission",
    "solve_problem_file",
    "store_run",
]


class SchedulingError(UserError):
    """The mission cannot be scheduled as it is (no sessions, no tables …)."""


class ProblemFileError(UserError):
    """A PROBLEM.json that cannot be read or is not a valid problem (``ponte solve``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(msg.PROBLEM_FILE(reason=reason))


@dataclass
class ProblemIndex:
    """How the problem's ids map back to the database."""

    slots: dict[str, SlotDef] = field(default_factory=dict)
    tables: dict[tuple[int, str], int] = field(default_factory=dict)  # (session, name) → id
    organisations: dict[str, int] = field(default_factory=dict)
    interpreters: dict[str, int] = field(default_factory=dict)
    requests: dict[str, int] = field(default_factory=dict)  # meeting id → one request id


@dataclass(frozen=True)
class ScheduleOutcome:
    schedule: Schedule
    stored: int  # meetings written
    changes: Changes
    problem: Problem
    run: RunSummary  # the figures as kept with the run

    def describe(self, meeting_id: str) -> str:
        """'Org A ↔ Org B' for a meeting id of the problem."""
        m = self.problem.meeting.get(meeting_id)
        if m is None:
            return meeting_id
        return f"{self.problem.label(m.a)} ↔ {self.problem.label(m.b)}"


def build_problem(
    record: MissionRecord, time_limit_s: float = 60.0
) -> tuple[Problem, ProblemIndex]:
    """The scheduling problem of the B2B sessions of the mission in ``record``."""
    index = ProblemIndex()
    if not record.sessions:
        raise SchedulingError(msg.NO_SESSION())
    problem_sessions = []
    table_names: list[str] | None = None
    for b2b in record.sessions:
        if not b2b.slots:
            raise SchedulingError(msg.SESSION_TOO_SHORT(session=b2b.name))
        names = [t.name for t in b2b.tables]
        if not names:
            raise SchedulingError(msg.SESSION_WITHOUT_TABLES(session=b2b.name))
        # The problem's tables serve every slot: use the tables all sessions have.
        table_names = names if table_names is None else [n for n in table_names if n in names]
        for t in b2b.tables:
            index.tables[(b2b.id, t.name)] = t.id
        for slot in b2b.slots:
            index.slots[slot.id] = slot
        problem_sessions.append(ProblemSession(f"B{b2b.id}", tuple(x.id for x in b2b.slots)))
    if not table_names:
        raise SchedulingError(msg.NO_SHARED_TABLES())
    all_slots = list(index.slots.values())
    delegates = record.delegates()
    teams = []
    for org in record.organisations.values():  # by id: the same problem for the same data
        tid = f"O{org.id}"
        index.organisations[tid] = org.id
        people = delegates.get(org.id, ())
        # A delegation that does not take part in a session is away in all its slots.
        elsewhere = frozenset(
            x.id
            for b2b in record.sessions
            if not b2b.takes_part(org.delegation_id)
            for x in b2b.slots
        )
        teams.append(
            ProblemTeam(
                tid,
                org.side.value if org.side else None,
                frozenset(lang for p in people for lang in p.languages),
                org.parallel_meetings,
                away_slots(all_slots, people, record) | elsewhere,
                org.max_meetings,
                org.name,
            )
        )
    interpreters = []
    for interp in record.interpreters.values():
        iid = f"I{interp.id}"
        index.interpreters[iid] = interp.id
        person = record.people[interp.participant_id]
        languages = frozenset(person.languages)
        if len(languages) >= 2:
            # away when unavailable (a break, a visit), and in the sessions they do not work
            away = away_slots(all_slots, [person], record) | frozenset(
                slot.id for b2b in record.sessions if not interp.works(b2b.id) for slot in b2b.slots
            )
            interpreters.append(ProblemInterpreter(iid, languages, away))
    settled = _settled_pairs(record)
    published = _published(record, index)
    # A meeting that happened (or was cancelled on the day) is never placed again: held and
    # missed ones stay locked where they were, holding their table and their teams; a pair
    # whose meeting was cancelled on the day (its table free again) or whose held meeting's
    # slot is gone leaves the problem, unless it has a live scheduled meeting as well.
    placed = {p.meeting for p in published}
    meetings = [m for m in _meetings(record, index) if m.id not in settled or m.id in placed]
    requested = {m.id for m in meetings}
    published = [p for p in published if p.meeting in requested]
    problem = Problem(
        tuple(problem_sessions),
        tuple(table_names),
        tuple(interpreters),
        tuple(teams),
        tuple(meetings),
        tuple(published),
        Options(time_limit_s=time_limit_s),
    )
    problem = _without_misplaced_settled(problem, settled)
    try:
        validate_problem(problem)
    except ProblemError as exc:
        raise _contradiction(problem, exc) from exc
    return problem, index


def is_settled(m: MeetingRecord) -> bool:
    """Whether ``m`` already happened (held, or missed by a side), or was cancelled on the
    day (``CANCELLED`` with the time it was marked): the scheduler never places its pair
    again. A ``CANCELLED`` meeting without that time was dropped while planning."""
    if m.status is MeetingStatus.CANCELLED:
        return m.status_at is not None
    return m.status in ON_THE_DAY


def _settled_pairs(record: MissionRecord) -> set[str]:
    """The pairs with a settled meeting (see :func:`is_settled`)."""
    return {pair_key(m.organisation_a, m.organisation_b) for m in record.meetings if is_settled(m)}


def _holds_slot(m: MeetingRecord) -> bool:
    """A settled meeting that keeps its slot and table: held, or missed by a side."""
    return is_settled(m) and m.status is not MeetingStatus.CANCELLED


def _without_misplaced_settled(problem: Problem, settled: set[str]) -> Problem:
    """``problem`` without the settled meetings its data no longer allows where they were (a
    team or their interpreter away then, by an absence marked since): locked there, they
    would make the whole mission infeasible; left out, they are still never placed again."""

    def fits(p: Published) -> bool:
        m = problem.meeting[p.meeting]
        if p.slot not in problem.candidate_slots(m):
            return False
        if p.interpreter is None:
            return not problem.needs_interpreter(m)
        return p.slot not in problem.interpreter[p.interpreter].unavailable_slots

    gone = {p.meeting for p in problem.published if p.meeting in settled and not fits(p)}
    if not gone:
        return problem
    return replace(
        problem,
        meetings=tuple(m for m in problem.meetings if m.id not in gone),
        published=tuple(p for p in problem.published if p.meeting not in gone),
    )


def _contradiction(problem: Problem, exc: ProblemError) -> SchedulingError:
    """What the mission's data contradicts, with the organisations' names."""
    wording = {
        ProblemError.SAME_SIDE: msg.SAME_SIDE,
        ProblemError.NO_SHARED_SLOT: msg.NO_SHARED_SLOT,
        ProblemError.NO_INTERPRETER: msg.NO_INTERPRETER,
    }.get(exc.kind)
    if wording is None or len(exc.teams) != 2:  # not from a mission's data: a defect
        return SchedulingError(msg.INVALID_PROBLEM(reason=str(exc)))
    a, b = (problem.label(t) for t in exc.teams)
    return SchedulingError(wording(a=a, b=b))


def _meetings(record: MissionRecord, index: ProblemIndex) -> list[ProblemMeeting]:
    by_pair: dict[tuple[int, int], list[RequestRecord]] = defaultdict(list)
    for r in record.requests:
        lo, hi = sorted((r.requester, r.requested))
        by_pair[(lo, hi)].append(r)
    out = []
    for (lo, hi), requests in sorted(by_pair.items()):
        if any(r.no_thanks for r in requests):
            continue
        weight = sum(r.priority for r in requests)  # mutual: both priorities count
        needs = {r.interpreter_need for r in requests}
        mode = (
            InterpreterMode.REQUIRED
            if InterpreterNeed.REQUIRED in needs
            else InterpreterMode.NONE
            if needs == {InterpreterNeed.NONE}
            else InterpreterMode.AUTO
        )
        mid = pair_key(lo, hi)
        index.requests[mid] = min(r.id for r in requests)
        out.append(
            ProblemMeeting(
                mid,
                f"O{lo}",
                f"O{hi}",
                weight,
                any(r.mandatory for r in requests),
                None,
                None,
                mode,
            )
        )
    return out


def _published(record: MissionRecord, index: ProblemIndex) -> list[Published]:
    slot_at = {(x.session_id, x.start_utc): x.id for x in index.slots.values()}
    table_name = {tid: name for (_sid, name), tid in index.tables.items()}
    interp_of = {db: pid for pid, db in index.interpreters.items()}
    out: dict[str, Published] = {}
    for m in record.meetings:  # by id
        held = _holds_slot(m)
        if m.status is not MeetingStatus.SCHEDULED and not held:
            continue
        key = pair_key(m.organisation_a, m.organisation_b)
        slot = slot_at.get((m.session_id, m.start_utc))
        if slot is None or m.table_id not in table_name:
            if m.locked and not held:
                raise SchedulingError(_locked_off_slot(record, m))
            continue  # the session was redefined: the run places this meeting again
        if key in out and not held:
            continue  # the pair's held meeting stands; a scheduled one beside it is not its
        out[key] = Published(
            key,
            slot,
            table_name[m.table_id],
            interp_of.get(m.interpreter_id) if m.interpreter_id else None,
            m.locked or held,
        )
    return list(out.values())


def _locked_off_slot(record: MissionRecord, m: MeetingRecord) -> Message:
    names = " ↔ ".join(
        o.name if (o := record.organisations.get(oid)) else str(oid)
        for oid in (m.organisation_a, m.organisation_b)
    )
    b2b = next((b for b in record.sessions if b.id == m.session_id), None)
    when = format_local(m.start_utc, b2b.timezone) if b2b else m.start_utc.isoformat()
    return msg.LOCKED_OFF_SLOT(names=names, when=when)


def store_schedule(
    s: Session, record: MissionRecord, schedule: Schedule, index: ProblemIndex
) -> int:
    """Replace the mission's scheduled, unlocked meetings by ``schedule``'s (locked ones stay);
    ``record`` is the mission as read in the same transaction."""
    mission_id = record.id
    existing = s.scalars(
        select(Meeting).where(
            Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.SCHEDULED
        )
    ).all()
    locked = {pair_key(m.organisation_a_id, m.organisation_b_id) for m in existing if m.locked}
    # held and missed meetings are in the schedule as locked ones: never written twice
    locked |= {
        pair_key(m.organisation_a, m.organisation_b) for m in record.meetings if _holds_slot(m)
    }
    for m in existing:
        if not m.locked:
            s.delete(m)
    s.flush()
    # a request still named by a meeting that stays (locked, held, or cancelled: the row is
    # kept for the calendars) is not named again: the column is unique
    taken = set(
        s.scalars(
            select(Meeting.request_id).where(
                Meeting.mission_id == mission_id, Meeting.request_id.is_not(None)
            )
        )
    )
    delegates = record.delegates()
    written = 0
    for a in schedule.assignments:
        if a.meeting in locked:
            continue
        slot = index.slots[a.slot]
        pair = pair_of(a.meeting)
        if pair is None:
            raise SchedulingError(msg.UNKNOWN_MEETING(meeting=a.meeting))
        lo, hi = pair
        meeting = Meeting(
            mission_id=mission_id,
            request_id=None if (rid := index.requests.get(a.meeting)) in taken else rid,
            organisation_a_id=lo,
            organisation_b_id=hi,
            session_id=slot.session_id,
            table_id=index.tables[(slot.session_id, a.table)],
            start_utc=slot.start_utc,
            end_utc=slot.end_utc,
            interpreter_id=index.interpreters.get(a.interpreter) if a.interpreter else None,
        )
        meeting.participant_links = [
            MeetingParticipant(participant_id=p)
            for org in (lo, hi)
            for p in _free_at(record, delegates.get(org, ()), slot.start_utc, slot.end_utc)
        ]
        s.add(meeting)
        written += 1
    return written


def _free_at(
    record: MissionRecord, people: Sequence[PersonRecord], start: datetime, end: datetime
) -> list[int]:
    """The delegates who can sit at a meeting from ``start`` to ``end``: those not away nor at
    a programme item then (all of them, should every one be busy: the solver places a team's
    meeting only when one of its delegates is free)."""
    free = [
        p.id
        for p in people
        if not any(start < until and since < end for since, until in record.busy_periods(p))
    ]
    return free or [p.id for p in people]


@dataclass(frozen=True)
class PreparedRun:
    """A mission's problem as read before solving: what the result is stored against."""

    mission_id: int
    problem: Problem
    index: ProblemIndex


def prepare_run(store: Store, mission_id: int, time_limit_s: float = 60.0) -> PreparedRun:
    """Read the mission's scheduling problem (on the database worker)."""
    problem, index = build_problem(load_mission(store, mission_id), time_limit_s)
    return PreparedRun(mission_id, problem, index)


def store_run(
    store: Store, prepared: PreparedRun, schedule: Schedule, *, cancelled: bool = False
) -> ScheduleOutcome:
    """Store ``schedule`` (nothing when infeasible) and keep the run's figures and reasons.

    The solver ran outside any transaction, so the mission is read again first: if its
    requests, teams, sessions or placed meetings changed meanwhile, the schedule answers a
    question nobody asks any more and is refused with a :class:`SchedulingError` (run
    again, it solves the mission as it is now): a coordinator who edited a request meanwhile
    keeps the edit, and nobody gets a schedule that ignores it. The mission lock is held
    from that reading to the commit.
    """
    mission_id, problem = prepared.mission_id, prepared.problem
    with store.session(write=True) as s:
        # Held to the commit: no import, merge or other run of this mission in between, and
        # what is read next is what the last of them committed.
        lock_mission(store, s, mission_id, Operation.SCHEDULE)
        record = read_mission(s, mission_id)  # what is checked is what is written against
        try:
            now, _ = build_problem(record, problem.options.time_limit_s)
        except SchedulingError as exc:
            said = msg.WITH_REASON(sentence=msg.CHANGED_WHILE_RUNNING(), reason=exc.message)
            raise SchedulingError(said) from exc
        if now != problem:
            raise SchedulingError(msg.CHANGED_WHILE_RUNNING())
        written = 0
        if schedule.status is not Status.INFEASIBLE:
            written = store_schedule(s, record, schedule, prepared.index)
        run = record_run(
            s,
            mission_id,
            schedule,
            stored=written,
            cancelled=cancelled,
            time_limit_s=problem.options.time_limit_s,
        )
    return ScheduleOutcome(schedule, written, Changes(b2b=True), problem, run)


def load_unplaced(store: Store, mission_id: int) -> Unplaced:
    """The requests without a meeting now, with the last run's reasons (for the B2B page)."""
    with store.snapshot() as s:
        try:
            problem: Problem | None = build_problem(read_mission(s, mission_id))[0]
        except SchedulingError:
            problem = None
        return unplaced(s, mission_id, problem)


T = TypeVar("T")
Solve = Callable[[Problem, Control], Schedule]


class InDatabase(Protocol):
    """Runs a database job where the caller's database work runs, and returns its result."""

    def __call__(self, job: Callable[[], T], /) -> T: ...


def _exact_solver() -> Solve:
    from app.scheduler.solver import solve  # loads HiGHS and OR-Tools: only when first used

    return solve


def _here(job: Callable[[], T]) -> T:
    return job()


def schedule_mission(
    store: Store,
    mission_id: int,
    *,
    time_limit_s: float = 60.0,
    control: Control | None = None,
    solve: Solve | None = None,
    in_database: InDatabase = _here,
) -> ScheduleOutcome:
    """Schedule the mission's B2B sessions and store the meetings (nothing is written when
    the problem is infeasible); the run is kept either way.

    Three steps: read the problem, solve it (outside any transaction), store the answer
    (refused if the mission changed meanwhile). ``in_database(job)`` runs the reading and
    the storing where the caller's database work runs (the window: its database worker,
    while the solve stays on the thread that called this); by default, right here.
    """
    solve = solve or _exact_solver()
    prepared = in_database(lambda: prepare_run(store, mission_id, time_limit_s))
    control = control or Control(time_limit_s=time_limit_s)
    schedule = solve(prepared.problem, control)
    return in_database(lambda: store_run(store, prepared, schedule, cancelled=control.cancelled))


def solve_problem_file(
    problem_path: Path, out_path: Path, *, time_limit_s: float | None, control: Control
) -> Schedule:
    """``ponte solve``: the solver alone on a PROBLEM.json file; SCHEDULE.json is written
    (atomically) whatever the answer, infeasible included."""
    try:
        problem = load_problem(problem_path)
    except ProblemError as exc:
        raise ProblemFileError(str(exc)) from exc
    if time_limit_s is None:
        control.time_limit_s = problem.options.time_limit_s
    schedule = _exact_solver()(problem, control)
    write_json(out_path, schedule.to_json(), shared=True)  # ids only, no personal data
    return schedule
