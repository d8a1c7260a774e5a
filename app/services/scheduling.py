"""A mission's B2B sessions as a scheduler problem, and the solver's answer stored back.

Teams are organisations (their delegates' languages, parallel meetings, meeting cap; away
in a slot when every delegate is away). Requests between the same two organisations become
one meeting: a mutual request weighs the sum of both priorities, a single one its priority;
"no thanks" from either side forbids the pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.common.errors import UserError
from app.common.files import write_json
from app.common.timezones import format_local
from app.common.wording import Wording
from app.core.changes import Changes
from app.core.pairs import pair_key, pair_of
from app.core.slots import SlotDef, session_slots
from app.model import (
    B2BSession,
    Interpreter,
    InterpreterNeed,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    MeetingStatus,
    Organisation,
    Participant,
)
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
from app.services.schedule_runs import RunSummary, Unplaced, record_run, unplaced
from app.store import Store

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
    "load_unplaced",
    "prepare_run",
    "schedule_mission",
    "solve_problem_file",
    "store_run",
]


class SchedulingError(ValueError):
    """The mission cannot be scheduled as it is (no sessions, no tables …)."""


# The solver reads problem files in English only: a file's problems are its author's to fix
# (``ponte solve``), never a coordinator's in the window.
PROBLEM_FILE = Wording("scheduling.problem_file", en="{reason}", it="{reason}", ja="{reason}")


class ProblemFileError(UserError):
    """A PROBLEM.json that cannot be read or is not a valid problem."""

    def __init__(self, reason: str) -> None:
        super().__init__(PROBLEM_FILE(reason=reason))


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


def _overlaps(slot: SlotDef, start: datetime, end: datetime) -> bool:
    return slot.start_utc < end and start < slot.end_utc


def build_problem(
    s: Session, mission_id: int, time_limit_s: float = 60.0
) -> tuple[Problem, ProblemIndex]:
    """The scheduling problem of ``mission_id``'s B2B sessions, read inside session ``s``."""
    index = ProblemIndex()
    sessions = s.scalars(
        select(B2BSession)
        .where(B2BSession.mission_id == mission_id)
        .options(selectinload(B2BSession.breaks), selectinload(B2BSession.tables))
        .order_by(B2BSession.start_utc)
    ).all()
    if not sessions:
        raise SchedulingError("This mission has no B2B session to schedule.")
    problem_sessions = []
    table_names: list[str] | None = None
    for b2b in sessions:
        slots = session_slots(b2b)
        if not slots:
            raise SchedulingError(f"The B2B session {b2b.name!r} is shorter than one slot.")
        names = [t.name for t in b2b.tables]
        if not names:
            raise SchedulingError(f"The B2B session {b2b.name!r} has no tables.")
        # The problem's tables serve every slot: use the tables all sessions have.
        table_names = names if table_names is None else [n for n in table_names if n in names]
        for t in b2b.tables:
            index.tables[(b2b.id, t.name)] = t.id
        for slot in slots:
            index.slots[slot.id] = slot
        problem_sessions.append(ProblemSession(f"B{b2b.id}", tuple(x.id for x in slots)))
    if not table_names:
        raise SchedulingError("The B2B sessions share no table name; give them the same tables.")
    all_slots = list(index.slots.values())

    def away(people: list[Participant]) -> frozenset[str]:
        """Slots in which every one of ``people`` is unavailable."""
        if not people:
            return frozenset()
        busy_sets = [
            {
                x.id
                for x in all_slots
                if any(_overlaps(x, u.start_utc, u.end_utc) for u in p.unavailability)
            }
            for p in people
        ]
        return frozenset(set.intersection(*busy_sets))

    orgs = s.scalars(
        select(Organisation)
        .where(Organisation.mission_id == mission_id)
        .options(
            selectinload(Organisation.delegation),
            selectinload(Organisation.participants).selectinload(Participant.language_links),
            selectinload(Organisation.participants).selectinload(Participant.unavailability),
        )
        .order_by(Organisation.id)  # the same problem for the same data (store_run compares)
    ).all()
    teams = []
    for org in orgs:
        tid = f"O{org.id}"
        index.organisations[tid] = org.id
        languages = frozenset(lang for p in org.participants for lang in p.languages)
        teams.append(
            ProblemTeam(
                tid,
                org.side.value if org.side else None,
                languages,
                org.parallel_meetings,
                away(list(org.participants)),
                org.max_meetings,
                org.name,
            )
        )
    interpreters = []
    for interp in s.scalars(
        select(Interpreter)
        .where(Interpreter.mission_id == mission_id)
        .options(
            selectinload(Interpreter.participant).selectinload(Participant.language_links),
            selectinload(Interpreter.participant).selectinload(Participant.unavailability),
        )
        .order_by(Interpreter.id)
    ):
        iid = f"I{interp.id}"
        index.interpreters[iid] = interp.id
        langs = frozenset(interp.participant.languages)
        if len(langs) >= 2:
            interpreters.append(ProblemInterpreter(iid, langs, away([interp.participant])))
    meetings = _meetings(s, mission_id, index)
    requested = {m.id for m in meetings}
    published = [p for p in _published(s, mission_id, index) if p.meeting in requested]
    problem = Problem(
        tuple(problem_sessions),
        tuple(table_names),
        tuple(interpreters),
        tuple(teams),
        tuple(meetings),
        tuple(published),
        Options(time_limit_s=time_limit_s),
    )
    try:
        validate_problem(problem)
    except ProblemError as exc:
        raise SchedulingError(str(exc)) from exc
    return problem, index


def _meetings(s: Session, mission_id: int, index: ProblemIndex) -> list[ProblemMeeting]:
    by_pair: dict[tuple[int, int], list[MeetingRequest]] = defaultdict(list)
    for r in s.scalars(select(MeetingRequest).where(MeetingRequest.mission_id == mission_id)):
        by_pair[tuple(sorted((r.requester_id, r.requested_id)))].append(r)  # type: ignore[index]
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


def _published(s: Session, mission_id: int, index: ProblemIndex) -> list[Published]:
    slot_at = {(x.session_id, x.start_utc): x.id for x in index.slots.values()}
    table_name = {tid: name for (_sid, name), tid in index.tables.items()}
    interp_of = {db: pid for pid, db in index.interpreters.items()}
    out = []
    for m in s.scalars(
        select(Meeting)
        .where(Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.SCHEDULED)
        .order_by(Meeting.id)
    ):
        slot = slot_at.get((m.session_id, m.start_utc))
        if slot is None or m.table_id not in table_name:
            if m.locked:
                raise SchedulingError(_locked_off_slot(s, m))
            continue  # the session was redefined: the run places this meeting again
        out.append(
            Published(
                pair_key(m.organisation_a_id, m.organisation_b_id),
                slot,
                table_name[m.table_id],
                interp_of.get(m.interpreter_id) if m.interpreter_id else None,
                m.locked,
            )
        )
    return out


def _locked_off_slot(s: Session, m: Meeting) -> str:
    a, b = s.get(Organisation, m.organisation_a_id), s.get(Organisation, m.organisation_b_id)
    names = f"{a.name if a else m.organisation_a_id} ↔ {b.name if b else m.organisation_b_id}"
    b2b = s.get(B2BSession, m.session_id)
    when = format_local(m.start_utc, b2b.timezone) if b2b else m.start_utc.isoformat()
    return (
        f"The locked meeting {names} at {when} is no longer on a slot of its session (the "
        "session's times or tables were changed). Unlock it (select it in the B2B page's "
        "conflicts) and run the scheduler again."
    )


def store_schedule(s: Session, mission_id: int, schedule: Schedule, index: ProblemIndex) -> int:
    """Replace the mission's scheduled, unlocked meetings by ``schedule``'s (locked ones stay)."""
    existing = s.scalars(
        select(Meeting).where(
            Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.SCHEDULED
        )
    ).all()
    locked = {pair_key(m.organisation_a_id, m.organisation_b_id) for m in existing if m.locked}
    for m in existing:
        if not m.locked:
            s.delete(m)
    s.flush()
    delegates: dict[int, list[int]] = defaultdict(list)
    for pid, oid in s.execute(
        select(Participant.id, Participant.organisation_id).where(
            Participant.mission_id == mission_id
        )
    ):
        if oid is not None:
            delegates[oid].append(pid)
    written = 0
    for a in schedule.assignments:
        if a.meeting in locked:
            continue
        slot = index.slots[a.slot]
        pair = pair_of(a.meeting)
        if pair is None:
            raise SchedulingError(f"The solver answered with an unknown meeting {a.meeting!r}.")
        lo, hi = pair
        meeting = Meeting(
            mission_id=mission_id,
            request_id=index.requests.get(a.meeting),
            organisation_a_id=lo,
            organisation_b_id=hi,
            session_id=slot.session_id,
            table_id=index.tables[(slot.session_id, a.table)],
            start_utc=slot.start_utc,
            end_utc=slot.end_utc,
            interpreter_id=index.interpreters.get(a.interpreter) if a.interpreter else None,
        )
        meeting.participant_links = [
            MeetingParticipant(participant_id=p) for p in delegates[lo] + delegates[hi]
        ]
        s.add(meeting)
        written += 1
    return written


@dataclass(frozen=True)
class PreparedRun:
    """A mission's problem as read before solving: what the result is stored against."""

    mission_id: int
    problem: Problem
    index: ProblemIndex


def prepare_run(store: Store, mission_id: int, time_limit_s: float = 60.0) -> PreparedRun:
    """Read the mission's scheduling problem (on the database worker)."""
    with store.session() as s:
        problem, index = build_problem(s, mission_id, time_limit_s)
    return PreparedRun(mission_id, problem, index)


def store_run(
    store: Store, prepared: PreparedRun, schedule: Schedule, *, cancelled: bool = False
) -> ScheduleOutcome:
    """Store ``schedule`` (nothing when infeasible) and keep the run's figures and reasons.

    The solver ran outside any transaction, so the mission is read again first: if its
    requests, teams, sessions or placed meetings changed meanwhile, the schedule answers a
    question nobody asks any more and is refused with a :class:`SchedulingError`.
    """
    mission_id, problem = prepared.mission_id, prepared.problem
    with store.session() as s:
        try:
            now, _ = build_problem(s, mission_id, problem.options.time_limit_s)
        except SchedulingError as exc:
            raise SchedulingError(_CHANGED + f" ({exc})") from exc
        if now != problem:
            raise SchedulingError(_CHANGED)
        written = 0
        if schedule.status is not Status.INFEASIBLE:
            written = store_schedule(s, mission_id, schedule, prepared.index)
        run = record_run(
            s,
            mission_id,
            schedule,
            stored=written,
            cancelled=cancelled,
            time_limit_s=problem.options.time_limit_s,
        )
    return ScheduleOutcome(schedule, written, Changes(b2b=True), problem, run)


_CHANGED = (
    "The mission's requests, organisations, sessions or meetings changed while the scheduler "
    "was running, so its schedule was not stored. Run the scheduler again."
)


def load_unplaced(store: Store, mission_id: int) -> Unplaced:
    """The requests without a meeting now, with the last run's reasons (for the B2B page)."""
    with store.session() as s:
        try:
            problem: Problem | None = build_problem(s, mission_id)[0]
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
