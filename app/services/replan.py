"""Re-plan the rest of a day around a delegate who did not arrive.

The mission's own scheduling problem (:func:`app.services.scheduling.build_problem`, with
the absence read as any unavailability) narrowed to *the window*: the B2B slots from the
absence's start (or from now, when later) to the end of that day. Every meeting outside the
window is locked where it is (the past does not move, other days are not touched); in the
window, a published meeting the absence touches (a team, or its interpreter, away in its slot
now) may move within it or is dropped, and every other one keeps its slot, never dropped for
a waiting request (it outweighs them all); requests waiting in the unscheduled list may take
the freed slots of the window. A meeting whose organisation still has another delegate there
stays, and only the absent person leaves it.

Three steps, as a scheduler run: :func:`prepare_replan` reads (database worker), the solver
runs outside any transaction (:func:`replan` does both, with the same Control, progress and
cancel as a run), :func:`preview` says what would change, :func:`store_replan` stores it,
refused if the mission changed meanwhile, and :func:`accept_replan` stores and publishes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import select

from app.common.timezones import format_local
from app.core.changes import Changes
from app.core.mission_record import MissionRecord, PersonRecord, load_mission, read_mission
from app.core.pairs import pair_key, pair_of
from app.model import Meeting, MeetingParticipant, MeetingStatus
from app.scheduler.control import Control
from app.scheduler.problem import Problem, Published
from app.scheduler.schedule import Assignment, Schedule, Status
from app.services import absence_messages as msg
from app.services.absence import Absence, AbsenceError, get_absence
from app.services.command_choices import REPLAN_TIME_LIMIT_S
from app.services.publications import Published as Publication
from app.services.publications import publish
from app.services.schedule_runs import record_run
from app.services.scheduling import (
    InDatabase,
    ProblemIndex,
    SchedulingError,
    Solve,
    build_problem,
    is_settled,
)
from app.store import Store
from app.store.mission_lock import Operation, lock_mission

__all__ = [
    "DEFAULT_TIME_LIMIT_S",
    "Accepted",
    "MeetingMove",
    "Place",
    "PreparedReplan",
    "Replan",
    "ReplanPreview",
    "accept_replan",
    "prepare_replan",
    "preview",
    "replan",
    "replan_problem",
    "store_replan",
]

T = TypeVar("T")
Moves = dict[str, "MeetingMove"]
DEFAULT_TIME_LIMIT_S = REPLAN_TIME_LIMIT_S  # the demo mission's day re-plans in a few seconds


@dataclass(frozen=True)
class Place:
    """Where a meeting is: its slot's start and end (UTC), session, table, interpreter."""

    session_id: int
    start_utc: datetime
    end_utc: datetime
    table_id: int
    interpreter_id: int | None


@dataclass(frozen=True)
class PreparedReplan:
    """The re-plan's problem as read before solving: what its answer is stored against."""

    mission_id: int
    absence: Absence
    since: datetime  # UTC: nothing before it moves or is placed
    problem: Problem
    index: ProblemIndex
    window: frozenset[str]  # the problem's slots that may change


@dataclass(frozen=True)
class MeetingMove:
    """One meeting the re-plan changes: ``before`` None when newly placed, ``after`` None
    when dropped; both when it moves (or only its interpreter or seats change)."""

    key: str  # the pair's key, 'M<lo>-<hi>'
    organisations: tuple[str, str]
    before: Place | None
    after: Place | None
    people: frozenset[int]  # who sits at it, before and after (the absent person excluded)
    organisations_ja: tuple[str, str] = ("", "")  # in Japanese where the name has one

    def names(self, lang: str) -> str:
        """'A ↔ B' as a reader of ``lang`` knows them (Japanese names for "ja")."""
        a, b = self.organisations
        if lang == "ja":
            a, b = self.organisations_ja[0] or a, self.organisations_ja[1] or b
        return f"{a} ↔ {b}"


@dataclass(frozen=True)
class ReplanPreview:
    """What accepting the re-plan would change, before anything is stored."""

    absence: Absence
    moved: tuple[MeetingMove, ...]
    dropped: tuple[MeetingMove, ...]
    placed: tuple[MeetingMove, ...]  # requests from the waiting list that get a slot
    released: tuple[MeetingMove, ...]  # meetings that stay; only the absent person leaves
    affected: tuple[tuple[int, str], ...]  # (participant id, name), by name; absent excluded
    timezone: str
    solve_seconds: float = 0.0

    @property
    def is_empty(self) -> bool:
        return not (self.moved or self.dropped or self.placed or self.released)


@dataclass(frozen=True)
class Replan:
    """A solved re-plan, not stored yet."""

    prepared: PreparedReplan
    schedule: Schedule
    preview: ReplanPreview
    cancelled: bool = False


@dataclass(frozen=True)
class Accepted:
    """A re-plan stored and published."""

    preview: ReplanPreview
    written: int  # meeting rows changed, added or removed
    publication: Publication | None
    changes: Changes


# --- the problem -------------------------------------------------------------------------------


def replan_problem(
    record: MissionRecord, absence: Absence, since: datetime, time_limit_s: float
) -> tuple[Problem, ProblemIndex, frozenset[str]]:
    """The mission's problem narrowed to the window (see the module's docstring)."""
    full, index = build_problem(record, time_limit_s)
    window = frozenset(
        sid
        for sid, slot in index.slots.items()
        if slot.start_utc >= since and slot.start_utc < absence.end_utc
    )
    if not window:
        raise AbsenceError(msg.NOTHING_AFTER(since=_local(since, absence.timezone)))
    published = []
    for p in full.published:
        locked = p.locked or p.slot not in window
        if p.slot in window and locked and not is_settled_key(record, p.meeting):
            # a coordinator's lock gives way to the absence when the meeting cannot be there
            m = full.meeting[p.meeting]
            if p.slot not in full.candidate_slots(m):
                locked = False
        published.append(replace(p, locked=locked))
    locked_ids = {p.meeting for p in published if p.locked}
    published_ids = {p.meeting for p in published}
    # On the day, a published meeting of people who are there is never dropped to make room
    # for a waiting request: each one kept outweighs every waiting request together (then
    # weight, then, by the scheduler's own tie-break, the fewest moves of those that may).
    bonus = 1 + sum(m.weight for m in full.meetings if m.id not in published_ids)
    # Only the meetings the absence touches may move (a team or their interpreter away in
    # their slot now); the others keep their slot, or, should they have to, are dropped:
    # nobody who is there is moved to make room for a waiting request.
    where = {p.meeting: p for p in published}
    pinned = {
        mid: frozenset([p.slot])
        for mid, p in where.items()
        if not p.locked and not _touched(full, p)
    }
    meetings = tuple(
        m
        if m.id in locked_ids
        else replace(
            m,
            allowed_slots=pinned.get(m.id, window),
            mandatory=False,
            weight=m.weight + (bonus if m.id in published_ids else 0),
        )
        for m in full.meetings
    )
    # Outside the window only locked meetings remain: who is away there no longer matters;
    # a team's cap never takes away what was published (a meeting added by hand beyond it
    # stays; the re-plan only adds none).
    fixed: dict[str, int] = {}
    for m in meetings:
        if m.id in published_ids:
            fixed[m.a] = fixed.get(m.a, 0) + 1
            fixed[m.b] = fixed.get(m.b, 0) + 1
    teams = tuple(
        replace(
            t,
            unavailable_slots=t.unavailable_slots & window,
            max_meetings=None
            if t.max_meetings is None
            else max(t.max_meetings, fixed.get(t.id, 0)),
        )
        for t in full.teams
    )
    interpreters = tuple(
        replace(i, unavailable_slots=i.unavailable_slots & window) for i in full.interpreters
    )
    problem = replace(
        full,
        meetings=meetings,
        published=tuple(published),
        teams=teams,
        interpreters=interpreters,
        options=replace(full.options, min_meetings_per_participant=0, max_breaks_spread=None),
    )
    return problem, index, window


def _touched(problem: Problem, p: Published) -> bool:
    """Whether the published meeting cannot stay as it was: a team, or its interpreter, is
    away in its slot now."""
    if p.slot not in problem.candidate_slots(problem.meeting[p.meeting]):
        return True
    return (
        p.interpreter is not None and p.slot in problem.interpreter[p.interpreter].unavailable_slots
    )


def is_settled_key(record: MissionRecord, key: str) -> bool:
    """Whether the pair ``key`` has a meeting that already happened (see ``is_settled``)."""
    return any(
        is_settled(m) and pair_key(m.organisation_a, m.organisation_b) == key
        for m in record.meetings
    )


def _local(instant: datetime, zone: str) -> str:
    return format_local(instant, zone)


def prepare_replan(
    store: Store,
    absence_id: int,
    *,
    time_limit_s: float = DEFAULT_TIME_LIMIT_S,
    now: datetime | None = None,
) -> PreparedReplan:
    """Read the re-plan's problem (on the database worker). ``now`` (default: the clock):
    nothing that starts before it moves, nor is placed there."""
    absence = get_absence(store, absence_id)
    since = max(absence.start_utc, (now or datetime.now(UTC)).astimezone(UTC))
    record = load_mission(store, absence.mission_id)
    problem, index, window = replan_problem(record, absence, since, time_limit_s)
    return PreparedReplan(absence.mission_id, absence, since, problem, index, window)


def _exact_solver() -> Solve:
    from app.scheduler.solver import solve

    return solve


def _here(job: Callable[[], T]) -> T:
    return job()


def replan(
    store: Store,
    absence_id: int,
    *,
    time_limit_s: float = DEFAULT_TIME_LIMIT_S,
    control: Control | None = None,
    solve: Solve | None = None,
    in_database: InDatabase = _here,
    now: datetime | None = None,
) -> Replan:
    """Read, solve and preview the re-plan after absence ``absence_id``; nothing is stored
    (see :func:`accept_replan`). ``in_database`` as for ``schedule_mission``."""
    solve = solve or _exact_solver()
    prepared = in_database(
        lambda: prepare_replan(store, absence_id, time_limit_s=time_limit_s, now=now)
    )
    control = control or Control(time_limit_s=time_limit_s)
    schedule = solve(prepared.problem, control)
    if schedule.status is Status.INFEASIBLE:
        raise AbsenceError(msg.NO_SOLUTION())
    schedule = keep_interpreters(prepared.problem, _real_weights(prepared.problem, schedule))
    record = in_database(lambda: load_mission(store, prepared.mission_id))
    return Replan(prepared, schedule, preview(record, prepared, schedule), control.cancelled)


def _real_weights(problem: Problem, schedule: Schedule) -> Schedule:
    """The schedule's figures without the bonus that keeps published meetings (for the run
    kept with the mission: its weight is the requests' own)."""
    published = problem.published_of
    bonus = 1 + sum(m.weight for m in problem.meetings if m.id not in published)
    movable = {p.meeting for p in problem.published if not p.locked}
    kept = sum(1 for a in schedule.assignments if a.meeting in movable)
    weight = schedule.stats.weight - bonus * kept
    bound = max(float(weight), schedule.stats.upper_bound - bonus * kept)
    return replace(schedule, stats=replace(schedule.stats, weight=weight, upper_bound=bound))


def keep_interpreters(problem: Problem, schedule: Schedule) -> Schedule:
    """``schedule`` with each meeting that stays in its published slot given back its
    published interpreter where that is still valid. The solver matches interpreters to a
    slot's meetings afresh (any valid matching), which on a re-plan would tell a dozen
    people of a new interpreter for nothing. Per slot: the published interpreters first,
    then the slot's other interpreters of the solver's answer; a slot where that greedy
    matching fails keeps the solver's."""
    published = problem.published_of
    by_slot: dict[str, list[Assignment]] = {}
    for a in schedule.assignments:
        by_slot.setdefault(a.slot, []).append(a)
    out: list[Assignment] = []
    for slot, group in by_slot.items():
        out.extend(_slot_interpreters(problem, slot, group, published))
    order = {a.meeting: i for i, a in enumerate(schedule.assignments)}
    out.sort(key=lambda a: order[a.meeting])
    return replace(schedule, assignments=tuple(out))


def _slot_interpreters(
    problem: Problem, slot: str, group: list[Assignment], published: Mapping[str, Published]
) -> list[Assignment]:
    needing = [a for a in group if a.interpreter is not None]
    if not needing:
        return group
    # locked meetings first: their interpreter is theirs
    needing.sort(key=lambda a: not (a.meeting in published and published[a.meeting].locked))
    free = {i.id for i in problem.interpreters if slot not in i.unavailable_slots}
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for a in needing:  # 1. the published interpreter, when still there and able
        pub = published.get(a.meeting)
        m = problem.meeting[a.meeting]
        if (
            pub is not None
            and pub.slot == slot
            and pub.interpreter is not None
            and pub.interpreter in free
            and pub.interpreter not in used
            and problem.can_interpret(problem.interpreter[pub.interpreter], m)
        ):
            chosen[a.meeting] = pub.interpreter
            used.add(pub.interpreter)
    for a in needing:  # 2. the others: the solver's choice if free, else any able one
        if a.meeting in chosen:
            continue
        m = problem.meeting[a.meeting]
        options = [a.interpreter, *sorted(free - {a.interpreter})]
        pick = next(
            (
                i
                for i in options
                if i is not None
                and i in free
                and i not in used
                and problem.can_interpret(problem.interpreter[i], m)
            ),
            None,
        )
        if pick is None:
            return group  # the greedy matching failed: the solver's stands
        chosen[a.meeting] = pick
        used.add(pick)
    return [replace(a, interpreter=chosen.get(a.meeting, a.interpreter)) for a in group]


# --- what would change -------------------------------------------------------------------------


def _live(record: MissionRecord) -> dict[str, tuple[int, Place, frozenset[int]]]:
    """Each pair's scheduled meeting: its id, its place and its seats."""
    delegates = record.delegates()
    out: dict[str, tuple[int, Place, frozenset[int]]] = {}
    for m in record.meetings:
        if m.status is not MeetingStatus.SCHEDULED:
            continue
        seats = m.people or frozenset(
            p.id for org in (m.organisation_a, m.organisation_b) for p in delegates.get(org, ())
        )
        place = Place(m.session_id, m.start_utc, m.end_utc, m.table_id, m.interpreter_id)
        out.setdefault(pair_key(m.organisation_a, m.organisation_b), (m.id, place, seats))
    return out


def _place(prepared: PreparedReplan, slot: str, table: str, interpreter: str | None) -> Place:
    s = prepared.index.slots[slot]
    return Place(
        s.session_id,
        s.start_utc,
        s.end_utc,
        prepared.index.tables[(s.session_id, table)],
        prepared.index.interpreters.get(interpreter) if interpreter else None,
    )


def seats_at(
    record: MissionRecord, people: Sequence[PersonRecord], start: datetime, end: datetime
) -> frozenset[int]:
    """The delegates free from ``start`` to ``end`` (all of them, should none be)."""
    free = frozenset(
        p.id
        for p in people
        if not any(start < until and since < end for since, until in record.busy_periods(p))
    )
    return free or frozenset(p.id for p in people)


def _target(prepared: PreparedReplan, schedule: Schedule) -> dict[str, Place]:
    return {
        a.meeting: _place(prepared, a.slot, a.table, a.interpreter) for a in schedule.assignments
    }


def _changes(
    record: MissionRecord, prepared: PreparedReplan, schedule: Schedule
) -> tuple[
    dict[str, MeetingMove], dict[str, MeetingMove], dict[str, MeetingMove], dict[str, MeetingMove]
]:
    absent = prepared.absence.participant_id
    live = _live(record)
    target = _target(prepared, schedule)
    delegates = record.delegates()
    in_problem = {m.id for m in prepared.problem.meetings}
    locked = {p.meeting for p in prepared.problem.published if p.locked}
    moved: dict[str, MeetingMove] = {}
    dropped: dict[str, MeetingMove] = {}
    placed: dict[str, MeetingMove] = {}
    released: dict[str, MeetingMove] = {}
    names = record.organisations

    def orgs(key: str) -> tuple[str, str]:
        lo, hi = pair_of(key) or (0, 0)
        return (
            o.name if (o := names.get(lo)) else str(lo),
            o.name if (o := names.get(hi)) else str(hi),
        )

    def orgs_ja(key: str) -> tuple[str, str]:
        lo, hi = pair_of(key) or (0, 0)
        return (
            (o.name_ja or "") if (o := names.get(lo)) else "",
            (o.name_ja or "") if (o := names.get(hi)) else "",
        )

    def move(
        key: str, before: Place | None, after: Place | None, people: frozenset[int]
    ) -> MeetingMove:
        return MeetingMove(key, orgs(key), before, after, people, orgs_ja(key))

    def seats(key: str, place: Place) -> frozenset[int]:
        lo, hi = pair_of(key) or (0, 0)
        return frozenset(
            p
            for org in (lo, hi)
            for p in seats_at(record, delegates.get(org, ()), place.start_utc, place.end_utc)
        )

    for key in sorted(in_problem - locked):
        before, after = live.get(key), target.get(key)
        if before is None and after is None:
            continue
        if after is None:
            assert before is not None
            dropped[key] = move(key, before[1], None, before[2] - {absent})
        elif before is None:
            placed[key] = move(key, None, after, seats(key, after))
        elif before[1] != after:
            people = (before[2] | seats(key, after)) - {absent}
            moved[key] = move(key, before[1], after, people)
        elif absent in before[2]:
            released[key] = move(key, before[1], after, _without(record, before[2], absent, after))
    return moved, dropped, placed, released


def _without(
    record: MissionRecord, seated: frozenset[int], absent: int, place: Place
) -> frozenset[int]:
    """The seats of a meeting that stays, the absent person gone: another delegate of their
    organisation sits in, should none be seated already."""
    stay = seated - {absent}
    org = record.people[absent].organisation_id if absent in record.people else None
    if org is None or any(
        (p := record.people.get(pid)) is not None and p.organisation_id == org for pid in stay
    ):
        return stay
    others = [p for p in record.delegates().get(org, ()) if p.id != absent]
    return stay | seats_at(record, others, place.start_utc, place.end_utc)


def preview(record: MissionRecord, prepared: PreparedReplan, schedule: Schedule) -> ReplanPreview:
    """What storing ``schedule`` would change (pure over the mission read now)."""
    moved, dropped, placed, released = _changes(record, prepared, schedule)
    absent = prepared.absence.participant_id
    affected: set[int] = set()
    for group in (moved, dropped, placed):
        for move in group.values():
            affected |= move.people
            for place in (move.before, move.after):
                if place is not None and place.interpreter_id is not None:
                    interp = record.interpreters.get(place.interpreter_id)
                    if interp is not None:
                        affected.add(interp.participant_id)
    affected.discard(absent)
    people = sorted(
        ((pid, record.people[pid].latin_name) for pid in affected if pid in record.people),
        key=lambda x: (x[1].casefold(), x[0]),
    )
    return ReplanPreview(
        prepared.absence,
        tuple(moved.values()),
        tuple(dropped.values()),
        tuple(placed.values()),
        tuple(released.values()),
        tuple(people),
        record.zone,
        schedule.stats.solve_seconds,
    )


# --- storing -----------------------------------------------------------------------------------


def store_replan(
    store: Store, prepared: PreparedReplan, schedule: Schedule, *, cancelled: bool = False
) -> tuple[ReplanPreview, int]:
    """Store the re-plan: only the meetings it changes are touched (a meeting that stays
    keeps its row). Refused with :class:`AbsenceError` if the mission changed meanwhile."""
    if schedule.status is Status.INFEASIBLE:
        raise AbsenceError(msg.NO_SOLUTION())
    with store.session(write=True) as s:
        lock_mission(store, s, prepared.mission_id, Operation.SCHEDULE)
        record = read_mission(s, prepared.mission_id)
        try:
            now, _index, _window = replan_problem(
                record, prepared.absence, prepared.since, prepared.problem.options.time_limit_s
            )
        except (AbsenceError, SchedulingError) as exc:
            raise AbsenceError(msg.CHANGED_MEANWHILE()) from exc
        if now != prepared.problem:
            raise AbsenceError(msg.CHANGED_MEANWHILE())
        moved, dropped, placed, released = _changes(record, prepared, schedule)
        rows = {
            pair_key(m.organisation_a_id, m.organisation_b_id): m
            for m in s.scalars(
                select(Meeting).where(
                    Meeting.mission_id == prepared.mission_id,
                    Meeting.status == MeetingStatus.SCHEDULED,
                )
            )
        }
        delegates = record.delegates()
        taken = {m.request_id for m in record.meetings if m.request_id is not None}
        written = 0
        for key in dropped:
            # cancelled, not deleted: calendars that hold it get it back as STATUS:CANCELLED
            # under its UID; without ``status_at`` it was dropped by planning, and a later run
            # may place the pair again
            rows[key].status = MeetingStatus.CANCELLED
            rows[key].status_note = _note(prepared.absence)
            rows[key].request_id = None  # the request waits again (the column is unique)
            written += 1
        for key, move in moved.items():
            row, place = rows[key], move.after
            assert place is not None
            row.session_id, row.table_id = place.session_id, place.table_id
            row.start_utc, row.end_utc = place.start_utc, place.end_utc
            row.interpreter_id = place.interpreter_id
            _seat(row, _seats(record, delegates, key, place))
            written += 1
        for key, move in released.items():
            _seat(rows[key], move.people)
            written += 1
        for key, move in placed.items():
            place = move.after
            assert place is not None
            lo, hi = pair_of(key) or (0, 0)
            rid = prepared.index.requests.get(key)
            meeting = Meeting(
                mission_id=prepared.mission_id,
                request_id=None if rid in taken else rid,
                organisation_a_id=lo,
                organisation_b_id=hi,
                session_id=place.session_id,
                table_id=place.table_id,
                start_utc=place.start_utc,
                end_utc=place.end_utc,
                interpreter_id=place.interpreter_id,
            )
            _seat(meeting, _seats(record, delegates, key, place))
            s.add(meeting)
            written += 1
        s.flush()
        record_run(
            s,
            prepared.mission_id,
            schedule,
            stored=written,
            cancelled=cancelled,
            time_limit_s=prepared.problem.options.time_limit_s,
        )
        return preview(record, prepared, schedule), written


def _note(absence: Absence) -> str:
    """The note a dropped meeting carries: who was absent, from when (English, ≤ 200)."""
    text = msg.NOTE(name=absence.name, since=_local(absence.start_utc, absence.timezone))
    return text.text("en")[:200]


def _seats(
    record: MissionRecord,
    delegates: Mapping[int, tuple[PersonRecord, ...]],
    key: str,
    place: Place,
) -> frozenset[int]:
    lo, hi = pair_of(key) or (0, 0)
    return frozenset(
        p
        for org in (lo, hi)
        for p in seats_at(record, delegates.get(org, ()), place.start_utc, place.end_utc)
    )


def _seat(meeting: Meeting, people: frozenset[int]) -> None:
    """Seat exactly ``people`` at ``meeting`` (existing links kept, so nothing is rewritten
    for those who stay)."""
    have = {link.participant_id: link for link in meeting.participant_links}
    meeting.participant_links = [
        have.get(pid) or MeetingParticipant(participant_id=pid) for pid in sorted(people)
    ]


def accept_replan(store: Store, result: Replan, *, by: str = "") -> Accepted:
    """Store the re-plan and publish it as the next version (the version the updates of the
    affected people are made from). Nothing changed: nothing stored nor published."""
    stored, written = store_replan(
        store, result.prepared, result.schedule, cancelled=result.cancelled
    )
    if stored.is_empty:
        return Accepted(stored, 0, None, Changes())
    absence = result.prepared.absence
    note = msg.NOTE(name=absence.name, since=_local(absence.start_utc, absence.timezone)).text("en")
    published = publish(store, result.prepared.mission_id, by=by, note=note)
    return Accepted(stored, written, published, Changes(b2b=True, missions=True))
