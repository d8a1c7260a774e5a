"""A solver's answer, in SCHEDULE.json's format."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    OPTIMAL = "optimal"  # every objective proven optimal (weight = bound, gaps proven)
    FEASIBLE = "feasible"  # a valid schedule, not proven optimal (time limit, cancel)
    INFEASIBLE = "infeasible"  # the hard constraints (mandatory meetings…) cannot all hold


@dataclass(frozen=True)
class Assignment:
    meeting: str
    slot: str
    table: str
    interpreter: str | None = None


class ReasonKind(StrEnum):
    """Why a meeting is left out, as a code a window can put in the reader's language."""

    NO_COMMON_SLOT = "no_common_slot"  # subject, other: the two teams
    NO_INTERPRETER_LANGUAGES = "no_interpreter_languages"  # subject, other: their languages
    NO_INTERPRETER_FREE = "no_interpreter_free"
    AT_MAXIMUM = "at_maximum"  # subject: the team; count: its maximum
    FULLY_BOOKED = "fully_booked"  # subject: the team
    PAIR_MEETS_ALREADY = "pair_meets_already"  # subject, other: the two teams (pure problems)
    NO_TABLE = "no_table"
    HIGHER_VALUE = "higher_value"
    REQUIREMENTS = "requirements"  # the hard requirements cannot all hold (the text says which)
    TIME_LIMIT = "time_limit"  # no schedule meeting every requirement was found in time
    OTHER = "other"  # read from a file: only the text is known
    # said by Ponte's services about a mission's requests between runs, not by the solver
    NOT_RUN = "not_run"  # the scheduler has not run on this mission yet
    NEW_SINCE_RUN = "new_since_run"  # requested (or changed) after the last run
    REMOVED_SINCE_RUN = "removed_since_run"  # the last run placed it; it was taken out since


@dataclass(frozen=True)
class Unscheduled:
    meeting: str
    reason: str  # in English, for a coordinator: "no common free slot", …
    kind: ReasonKind = ReasonKind.OTHER
    subject: str = ""  # what the reason names first (a team, a language list)
    other: str = ""  # what it names second
    count: int = 0  # a number it names (a maximum of meetings)


@dataclass(frozen=True)
class Stats:
    weight: int = 0
    upper_bound: float = 0.0
    breaks: int = 0
    breaks_spread: int = 0
    moved_from_published: int = 0
    solve_seconds: float = 0.0
    # proven by the idle-gap phase: no valid re-slotting of these meetings has fewer breaks
    # (None: no floor known; breaks == breaks_floor: the breaks are proven minimal)
    breaks_floor: int | None = None


@dataclass(frozen=True)
class Schedule:
    status: Status
    assignments: tuple[Assignment, ...] = ()
    unscheduled: tuple[Unscheduled, ...] = ()
    stats: Stats = field(default_factory=Stats)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "assignments": [
                {
                    "meeting": a.meeting,
                    "slot": a.slot,
                    "table": a.table,
                    "interpreter": a.interpreter,
                }
                for a in self.assignments
            ],
            "unscheduled": [{"meeting": u.meeting, "reason": u.reason} for u in self.unscheduled],
            "stats": {
                "weight": self.stats.weight,
                "upper_bound": self.stats.upper_bound,
                "breaks": self.stats.breaks,
                "breaks_spread": self.stats.breaks_spread,
                "moved_from_published": self.stats.moved_from_published,
                "solve_seconds": round(self.stats.solve_seconds, 3),
            },
        }
