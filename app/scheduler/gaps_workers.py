"""Idle-gap engines in worker processes: killable, parallel, and off the window's threads.

Each engine runs in its own process. A MaxSAT engine's process encodes the model
(:mod:`app.scheduler.gaps_formula`), solves and decodes; CP-SAT's runs its neighbourhood
search from a hint (:mod:`app.scheduler.gaps_cpsat`) at a lower scheduling priority, and
sends the breaks of each better schedule as it finds them. Each sends back a small answer:
the slots, the interpreter classes, the breaks and whether it is proven. A process rather
than a thread because two of the MaxSAT engines cannot be stopped (only killed), because the
native solvers may hold the interpreter lock, and because two engines on two cores then
really run side by side — with the proof first where they must share a core (the priority:
CP-SAT on a thread beside UWrMaxSat had slowed the slowest proof from 14 s to 48 s on a
loaded box).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.common.processes import worker_context
from app.scheduler.breaks import total_breaks
from app.scheduler.control import Control
from app.scheduler.gaps_cpsat import solve_cpsat
from app.scheduler.gaps_formula import encode
from app.scheduler.gaps_model import GapModel, Placement, reaches_floor
from app.scheduler.maxsat_engines import Status, solve_maxsat

_log = logging.getLogger(__name__)

# after the deadline (or a stop), how long an engine may take to hand back its best model
_GRACE_S = 2.0


# how much less CP-SAT's process asks of the CPU than the proof's (Unix nice levels)
_CPSAT_NICENESS = 10


@dataclass(frozen=True)
class CpsatStart:
    """What CP-SAT's worker starts from: the hint, the floor, the kind of search."""

    hint: dict[str, int]
    hint_class: dict[str, int]
    floor: int
    lns_only: bool


@dataclass(frozen=True)
class WorkerAnswer:
    engine: str
    status: Status
    placement: Placement | None
    breaks: int | None
    cost: int | None
    seconds: float  # in the worker, encoding included
    n_vars: int = 0
    n_clauses: int = 0
    error: str = ""


def _work(
    engine: str,
    model: GapModel,
    time_limit: float,
    stop: Any,  # multiprocessing.Event
    conn: multiprocessing.connection.Connection,
    start: CpsatStart | None,
) -> None:
    started = time.monotonic()
    try:
        if engine == "cpsat":
            answer = _cpsat(model, time_limit, stop, conn, start)
        else:
            answer = _maxsat(engine, model, time_limit, stop)
        conn.send(replace(answer, seconds=time.monotonic() - started))
    except Exception as exc:  # reported to the parent, which keeps its own answer
        conn.send(WorkerAnswer(engine, "none", None, None, None, 0.0, error=repr(exc)))
    finally:
        conn.close()


def _maxsat(engine: str, model: GapModel, time_limit: float, stop: Any) -> WorkerAnswer:
    started = time.monotonic()
    formula = encode(model)
    left = time_limit - (time.monotonic() - started)
    answer = solve_maxsat(
        engine, formula.hard, formula.soft, time_limit=max(0.01, left), stop=stop.is_set
    )
    placement = None
    breaks = None
    if answer.true:
        true = set(answer.true)
        placement = formula.decode(model, true, answer.status == "optimum")
        breaks = formula.breaks(true)
    return WorkerAnswer(
        engine,
        answer.status,
        placement,
        breaks,
        answer.cost,
        0.0,
        formula.n_vars,
        len(formula.hard),
    )


def _cpsat(
    model: GapModel,
    time_limit: float,
    stop: Any,
    conn: multiprocessing.connection.Connection,
    start: CpsatStart | None,
) -> WorkerAnswer:
    if start is None:
        raise ValueError("CP-SAT's worker needs its start")
    if hasattr(os, "nice"):  # Unix; elsewhere both run at the same priority
        os.nice(_CPSAT_NICENESS)
    solved = solve_cpsat(
        model,
        Control(time_limit),
        time_limit,
        start.hint,
        start.hint_class,
        min_breaks=start.floor,
        lns_only=start.lns_only,
        stop=stop,
        on_best=lambda breaks: conn.send(("best", breaks)),
    )
    if solved is None:
        return WorkerAnswer("cpsat", "none", None, None, None, 0.0)
    slot_of = {mid: model.problem.slots[s] for mid, s in solved.slot_idx.items()}
    proven = solved.optimal or reaches_floor(model, slot_of, start.floor)
    placement = replace(solved, optimal=proven)
    breaks = total_breaks(model.problem, slot_of)
    return WorkerAnswer("cpsat", "optimum" if proven else "feasible", placement, breaks, None, 0.0)


@dataclass
class _Running:
    engine: str
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection
    stop: Any  # multiprocessing.Event
    deadline: float
    kill_at: float | None = None  # set when asked to stop: its anytime answer's last moment

    def ask_to_stop(self, now: float) -> None:
        if self.kill_at is None:
            self.stop.set()
            self.kill_at = now + _GRACE_S


def run_engines(
    model: GapModel,
    engines: Sequence[str],
    control: Control,
    time_limit: float,
    on_answer: Callable[[WorkerAnswer], bool] = lambda answer: answer.status == "optimum",
    *,
    limits: Mapping[str, float] | None = None,
    cpsat_start: CpsatStart | None = None,
    on_best: Callable[[int], None] = lambda breaks: None,
) -> list[WorkerAnswer]:
    """Run ``engines`` side by side, one process each, for at most ``time_limit`` seconds
    (or an engine's own, shorter, limit in ``limits``; the others then go on without it).

    ``on_answer`` sees each answer as it arrives; when it returns True the others are
    stopped (by default: at the first proven optimum). Cancelling ``control`` stops them
    too. ``on_best`` hears the breaks of each better schedule CP-SAT finds. Every answer
    received is returned; an engine that did not answer in time is killed and reported with
    status "none"."""
    context = worker_context(["app.scheduler.gaps_workers"])
    running: list[_Running] = []
    now = time.monotonic()
    for engine in engines:
        limit = min(time_limit, (limits or {}).get(engine, time_limit))
        stop = context.Event()
        parent, child = context.Pipe(duplex=False)
        process = context.Process(
            target=_work,
            args=(engine, model, limit, stop, child, cpsat_start),
            daemon=True,
        )
        process.start()
        child.close()
        running.append(_Running(engine, process, parent, stop, now + limit))
    started = list(running)
    answers: list[WorkerAnswer] = []
    try:
        while running:
            now = time.monotonic()
            for r in running:
                if control.expired() or now >= r.deadline:
                    r.ask_to_stop(now)
            late = [r for r in running if r.kill_at is not None and now >= r.kill_at]
            for r in late:  # no answer in time: killed
                running.remove(r)
                answers.append(WorkerAnswer(r.engine, "none", None, None, None, now - r.deadline))
                r.process.kill()
            if not running:
                break
            ready = multiprocessing.connection.wait([r.conn for r in running], timeout=0.1)
            done = False
            for r in [r for r in running if r.conn in ready]:
                try:
                    message = r.conn.recv()
                except EOFError:  # the process died without answering
                    message = WorkerAnswer(r.engine, "none", None, None, None, 0.0, error="died")
                if isinstance(message, tuple):  # ("best", breaks): a better schedule found
                    on_best(int(message[1]))
                    continue
                running.remove(r)
                if message.error:  # the phase goes on with the other answers; say why
                    _log.warning("Idle-gap engine %s failed: %s", r.engine, message.error)
                answers.append(message)
                done = done or on_answer(message)
            if done:
                break
    finally:
        for r in running:  # stopped because another finished for good: not needed
            r.stop.set()
            r.process.kill()
        for r in started:
            r.process.join(1.0)
            r.conn.close()
    return answers
