"""The scheduler's runs, kept per mission, and the requests the current schedule leaves out.

A run's figures (status, weight against the upper bound, breaks) and its reasons are stored
with it, so the B2B page shows them again after a restart. Which requests are unscheduled is
worked out from the database as it is now: a request the last run left out keeps that run's
reason; one requested after it, or taken out of the schedule since, says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.pairs import pair_key
from app.model import Meeting, MeetingStatus, ScheduleRun
from app.scheduler.problem import Problem
from app.scheduler.schedule import ReasonKind, Schedule, Unscheduled
from app.services.gap_floor import is_proven_minimal

KEEP_RUNS = 20  # per mission; older runs say nothing the newer ones do not


@dataclass(frozen=True)
class RunSummary:
    """What a coordinator reads of a finished run."""

    finished_at: datetime
    status: str  # "optimal" | "feasible" | "infeasible"
    cancelled: bool
    time_limit_s: float
    weight: int
    upper_bound: float
    breaks: int
    breaks_spread: int
    moved_from_published: int
    solve_seconds: float
    stored: int
    unscheduled_count: int
    # proven by the idle-gap phase: no schedule of these meetings has fewer breaks (None:
    # no floor was found, or the run is older than the floor)
    breaks_floor: int | None = None

    @property
    def breaks_proven_minimal(self) -> bool:
        """Whether the breaks are proven the fewest possible for the meetings placed."""
        return self.breaks == 0 or is_proven_minimal(self.breaks, self.breaks_floor)


@dataclass(frozen=True)
class Unplaced:
    """The requests the schedule leaves out now, and the last run they are judged against."""

    run: RunSummary | None
    items: tuple[Unscheduled, ...]


def _reason_json(u: Unscheduled) -> dict[str, Any]:
    return {
        "meeting": u.meeting,
        "reason": u.reason,
        "kind": u.kind.value,
        "subject": u.subject,
        "other": u.other,
        "count": u.count,
    }


def _reason_from_json(raw: dict[str, Any]) -> Unscheduled:
    try:
        kind = ReasonKind(raw.get("kind", "other"))
    except ValueError:  # written by a newer Ponte
        kind = ReasonKind.OTHER
    return Unscheduled(
        str(raw["meeting"]),
        str(raw.get("reason", "")),
        kind,
        str(raw.get("subject", "")),
        str(raw.get("other", "")),
        int(raw.get("count", 0)),
    )


def record_run(
    s: Session,
    mission_id: int,
    schedule: Schedule,
    *,
    stored: int,
    cancelled: bool,
    time_limit_s: float,
) -> RunSummary:
    """Keep ``schedule``'s figures and reasons as the mission's latest run (and prune);
    the run as a coordinator reads it, with the idle-gap phase's proven floor (None when it
    found none)."""
    st = schedule.stats
    run = ScheduleRun(
        mission_id=mission_id,
        status=schedule.status.value,
        cancelled=cancelled,
        time_limit_s=time_limit_s,
        weight=st.weight,
        upper_bound=st.upper_bound,
        breaks=st.breaks,
        breaks_floor=st.breaks_floor,
        breaks_spread=st.breaks_spread,
        moved_from_published=st.moved_from_published,
        solve_seconds=st.solve_seconds,
        stored=stored,
        scheduled=json.dumps(sorted({a.meeting for a in schedule.assignments})),
        unscheduled=json.dumps([_reason_json(u) for u in schedule.unscheduled], ensure_ascii=False),
    )
    s.add(run)
    s.flush()
    old = s.scalars(
        select(ScheduleRun.id)
        .where(ScheduleRun.mission_id == mission_id)
        .order_by(ScheduleRun.id.desc())
        .offset(KEEP_RUNS)
    ).all()
    if old:
        s.execute(delete(ScheduleRun).where(ScheduleRun.id.in_(old)))
    return _summary(run, len(schedule.unscheduled))


def _summary(run: ScheduleRun, unscheduled: int) -> RunSummary:
    return RunSummary(
        run.finished_at,
        run.status,
        run.cancelled,
        run.time_limit_s,
        run.weight,
        run.upper_bound,
        run.breaks,
        run.breaks_spread,
        run.moved_from_published,
        run.solve_seconds,
        run.stored,
        unscheduled,
        run.breaks_floor,
    )


def last_run(s: Session, mission_id: int) -> tuple[RunSummary, set[str], dict[str, Unscheduled]]:
    """The latest run: its summary, the pairs it placed, and its reasons by pair id."""
    run = s.scalars(
        select(ScheduleRun)
        .where(ScheduleRun.mission_id == mission_id)
        .order_by(ScheduleRun.id.desc())
        .limit(1)
    ).first()
    if run is None:
        raise LookupError(mission_id)
    reasons = {u.meeting: u for u in map(_reason_from_json, json.loads(run.unscheduled))}
    return _summary(run, len(reasons)), set(json.loads(run.scheduled)), reasons


def scheduled_pairs(s: Session, mission_id: int) -> set[str]:
    """The pairs that have a (not cancelled) meeting in the mission now."""
    rows = s.execute(
        select(Meeting.organisation_a_id, Meeting.organisation_b_id).where(
            Meeting.mission_id == mission_id, Meeting.status != MeetingStatus.CANCELLED
        )
    )
    return {pair_key(a, b) for a, b in rows}


def unplaced(s: Session, mission_id: int, problem: Problem | None) -> Unplaced:
    """The requested meetings of ``problem`` with no meeting now, each with its reason."""
    try:
        summary, placed_then, reasons = last_run(s, mission_id)
        run: RunSummary | None = summary
    except LookupError:
        run, placed_then, reasons = None, set(), {}
    if problem is None:  # the mission cannot be scheduled as it is (no session, no tables)
        return Unplaced(run, ())
    now = scheduled_pairs(s, mission_id)
    missing = (m.id for m in problem.meetings if m.id not in now)
    return Unplaced(run, tuple(_why(m, run, placed_then, reasons) for m in missing))


def _why(
    meeting: str, run: RunSummary | None, placed_then: set[str], reasons: dict[str, Unscheduled]
) -> Unscheduled:
    if run is None:
        return Unscheduled(meeting, "not scheduled yet: run the scheduler", ReasonKind.NOT_RUN)
    if meeting in reasons:
        return reasons[meeting]
    if meeting in placed_then:
        return Unscheduled(
            meeting,
            "the last run placed it; it was taken out of the schedule since",
            ReasonKind.REMOVED_SINCE_RUN,
        )
    return Unscheduled(
        meeting,
        "requested or changed after the last run: run the scheduler again",
        ReasonKind.NEW_SINCE_RUN,
    )
