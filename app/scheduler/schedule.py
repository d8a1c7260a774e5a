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


@dataclass(frozen=True)
class Unscheduled:
    meeting: str
    reason: str  # for a coordinator: "no common free slot", …


@dataclass(frozen=True)
class Stats:
    weight: int = 0
    upper_bound: float = 0.0
    breaks: int = 0
    breaks_spread: int = 0
    moved_from_published: int = 0
    solve_seconds: float = 0.0


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
