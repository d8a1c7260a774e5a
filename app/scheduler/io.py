"""Reading PROBLEM.json, and SCHEDULE.json read back (the command line writes it)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.scheduler.problem import Problem, ProblemError, parse_problem
from app.scheduler.schedule import Assignment, Schedule, Stats, Status, Unscheduled


def load_problem(path: str | os.PathLike[str]) -> Problem:
    """Read and validate a problem file; every failure is a :class:`ProblemError` whose message
    names the file and what is wrong (missing, not UTF-8, bad JSON with line and column)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise ProblemError(f"{p}: no such file.") from exc
    except IsADirectoryError as exc:
        raise ProblemError(f"{p}: is a folder, not a problem file.") from exc
    except OSError as exc:
        raise ProblemError(f"{p}: cannot be read ({exc.strerror or exc}).") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProblemError(
            f"{p}: is not UTF-8 text (byte {exc.start} cannot be decoded); save it as UTF-8."
        ) from exc
    try:
        raw: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProblemError(
            f"{p}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}."
        ) from exc
    return parse_problem(raw)


def schedule_from_json(raw: Any) -> Schedule:
    """The inverse of :meth:`Schedule.to_json` (for tests and tools reading SCHEDULE.json)."""
    stats = raw["stats"]
    return Schedule(
        status=Status(raw["status"]),
        assignments=tuple(
            Assignment(a["meeting"], a["slot"], a["table"], a["interpreter"])
            for a in raw["assignments"]
        ),
        unscheduled=tuple(Unscheduled(u["meeting"], u["reason"]) for u in raw["unscheduled"]),
        stats=Stats(
            weight=int(stats["weight"]),
            upper_bound=float(stats["upper_bound"]),
            breaks=int(stats["breaks"]),
            breaks_spread=int(stats["breaks_spread"]),
            moved_from_published=int(stats["moved_from_published"]),
            solve_seconds=float(stats["solve_seconds"]),
        ),
    )
