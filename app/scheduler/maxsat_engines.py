"""MaxSAT engines behind one call: a formula in, the best model found and whether it is proven.

The engines come from ``hermax`` (UWrMaxSat, CASHWMaxSAT, EvalMaxSAT, Open-WBO, Loandra) and
PySAT (RC2). They differ in how they can be stopped:

* UWrMaxSat and CASHWMaxSAT call a terminate callback, and then return the best model they
  have (anytime);
* Loandra (an anytime, incomplete-first solver run as a subprocess) takes a time limit;
* RC2 can be interrupted from another thread, and then has no model;
* EvalMaxSAT and Open-WBO cannot be stopped at all: run them in a process that can be killed
  (:mod:`app.scheduler.gaps_workers` runs every engine in one).

Measured on the idle-gap formulas (benchmarks/README.md, "Fairs shaped like the paper's"):
see :data:`DEFAULT_ENGINE` for the choice and why.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["optimum", "feasible", "unsat", "none"]

# every MaxSAT engine Ponte can run, by the name the benchmarks and `ponte solve` use
ENGINE_NAMES = ("uwrmaxsat", "cashwmaxsat", "evalmaxsat", "openwbo", "loandra", "rc2")
# the one the idle-gap phase uses (measured: benchmarks/README.md)
DEFAULT_ENGINE = "uwrmaxsat"


@dataclass(frozen=True)
class EngineAnswer:
    engine: str
    status: Status
    true: frozenset[int]  # the model's true variables (empty without a model)
    cost: int | None
    seconds: float


def _hermax_class(engine: str) -> Any:
    if engine == "uwrmaxsat":
        from hermax.incremental import UWrMaxSAT

        return UWrMaxSAT
    if engine == "evalmaxsat":
        from hermax.incremental import EvalMaxSAT

        return EvalMaxSAT
    if engine == "cashwmaxsat":
        from hermax.non_incremental import CASHWMaxSAT

        return CASHWMaxSAT
    if engine == "openwbo":
        from hermax.non_incremental import OpenWBO

        return OpenWBO
    if engine == "loandra":
        from hermax.non_incremental.incomplete import Loandra

        return Loandra
    raise ValueError(f"Unknown MaxSAT engine {engine!r}; known: {', '.join(ENGINE_NAMES)}.")


def solve_maxsat(
    engine: str,
    hard: Sequence[Sequence[int]],
    soft: Sequence[tuple[int, int]],
    *,
    time_limit: float,
    stop: Callable[[], bool] = lambda: False,
) -> EngineAnswer:
    """Minimise the weight of the unsatisfied soft literals under the hard clauses.

    ``stop`` is polled by the engines that can be stopped (with the time limit); the others
    run to the end, so call them where they can be killed."""
    started = time.monotonic()
    deadline = started + max(0.01, time_limit)

    def should_stop() -> bool:
        return stop() or time.monotonic() >= deadline

    if engine == "rc2":
        return _solve_rc2(hard, soft, should_stop, started)
    from hermax.core.ipamir_solver_interface import SolveStatus

    solver = _hermax_class(engine)()
    try:
        for clause in hard:
            solver.add_clause(list(clause))
        for lit, weight in soft:
            solver.set_soft(lit, weight)
        if engine in ("uwrmaxsat", "cashwmaxsat"):
            solver.set_terminate(lambda: 1 if should_stop() else 0)
            solver.solve()
        elif engine == "loandra":
            solver.solve(time_limit=max(0.01, deadline - time.monotonic()))
        else:
            solver.solve()
        status = solver.get_status()
        seconds = time.monotonic() - started
        if status == SolveStatus.OPTIMUM:
            kind: Status = "optimum"
        elif status == SolveStatus.INTERRUPTED_SAT:
            kind = "feasible"
        elif status == SolveStatus.UNSAT:
            return EngineAnswer(engine, "unsat", frozenset(), None, seconds)
        else:
            return EngineAnswer(engine, "none", frozenset(), None, seconds)
        model = solver.get_model() or []
        true = frozenset(lit for lit in model if lit > 0)
        return EngineAnswer(engine, kind, true, int(solver.get_cost()), seconds)
    finally:
        close = getattr(solver, "close", None)
        if close is not None:
            close()


def _solve_rc2(
    hard: Sequence[Sequence[int]],
    soft: Sequence[tuple[int, int]],
    should_stop: Callable[[], bool],
    started: float,
) -> EngineAnswer:
    from pysat.examples.rc2 import RC2, RC2Stratified
    from pysat.formula import WCNF

    wcnf = WCNF()
    for clause in hard:
        wcnf.append(list(clause))
    for lit, weight in soft:
        wcnf.append([lit], weight=weight)
    stratified = len({w for _, w in soft}) > 1
    solver_cls = RC2Stratified if stratified else RC2
    rc2 = solver_cls(wcnf, solver="g3", adapt=True, exhaust=True, minz=True, trim=5)
    done = threading.Event()

    def stopper() -> None:
        while not done.wait(0.05):
            if should_stop():
                rc2.interrupt()
                return

    th = threading.Thread(target=stopper, daemon=True)
    th.start()
    try:
        sol = rc2.compute(expect_interrupt=True)
        interrupted = rc2.interrupted
        cost = rc2.cost
    finally:
        done.set()
        th.join()
        rc2.delete()
    seconds = time.monotonic() - started
    if interrupted:
        return EngineAnswer("rc2", "none", frozenset(), None, seconds)
    if sol is None:
        return EngineAnswer("rc2", "unsat", frozenset(), None, seconds)
    return EngineAnswer("rc2", "optimum", frozenset(v for v in sol if v > 0), int(cost), seconds)
