"""Benchmarks of the B2B scheduler (issue 3), run by hand:

    .venv/bin/python benchmarks/bench_scheduler.py [--size small|medium|large|fair|paper|
                                                           reschedule|all]
                                                   [--seed N] [--time-limit S]
                                                   [--methods a,b] [--instances 1,5,7]
                                                   [--out FILE.json] [--compact Q]

For each mission size: the exact solver (``app.scheduler.solver.solve``) and the round-robin
greedy baseline (``app.scheduler.greedy``) on the same instance — weight vs upper bound,
breaks, time, greedy's shortfall. For the fairs: the idle-gap phase alone
(``app.scheduler.gaps.improve_gaps``) from a scattered valid placement, with each engine:
breaks found, and whether proven optimal or else the proven lower bound.
For the paper-shaped fairs (``--size paper``, issue 15; not part of "all"): the idle-gap
phase alone on each of the 20 instances of ``paper_fairs`` with each engine, one row per
(instance, engine), then a summary per engine; ``--out`` writes the rows as JSON.
For the re-schedule scenario: the share of still-valid published meetings that kept slot and
table.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.scheduler.breaks import breaks_spread, total_breaks
from app.scheduler.control import Control
from app.scheduler.problem import Problem, parse_problem
from app.scheduler.schedule import Schedule
from benchmarks.scheduler_instances import Fair, fair, mission, paper_fairs, reschedule

if TYPE_CHECKING:
    from app.scheduler.gaps import GapResult

Solver = Callable[[Problem, Control], Schedule]


def _load(module: str, name: str) -> Any:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, name, None)


def _exact() -> Solver | None:
    fn = _load("app.scheduler.solver", "solve")
    if fn is None:
        print("  (app.scheduler.solver.solve not found: exact solver skipped)")
    return fn  # type: ignore[no-any-return, unused-ignore]


def _greedy() -> Solver | None:
    fn = _load("app.scheduler.greedy", "greedy") or _load("app.scheduler.greedy", "solve_greedy")
    if fn is None:
        print("  (app.scheduler.greedy not found: baseline skipped)")
    return fn  # type: ignore[no-any-return, unused-ignore]


_phase_started: dict[str, float] = {}


def _progress(phase: str, fraction: float, best: float | None, bound: float | None) -> None:
    _phase_started.setdefault(phase, time.monotonic())


def _run(fn: Solver, problem: Problem, limit: float) -> tuple[Schedule, float]:
    _phase_started.clear()
    t0 = time.monotonic()
    sched = fn(problem, Control(limit, progress=_progress))
    if "gaps" in _phase_started:
        print(f"  (selection done, gap phase started at {_phase_started['gaps'] - t0:.2f} s)")
    return sched, time.monotonic() - t0


def _slot_of(sched: Schedule) -> dict[str, str]:
    return {a.meeting: a.slot for a in sched.assignments}


def bench_mission(size: str, seed: int, limit: float) -> Schedule | None:
    raw = mission(size, seed)
    problem = parse_problem(raw)
    needs = sum(1 for m in problem.meetings if problem.needs_interpreter(m))
    print(
        f"\n== mission {size} (seed {seed}): {len(problem.teams)} orgs, "
        f"{len(problem.meetings)} requests ({needs / len(problem.meetings):.0%} need an "
        f"interpreter), {len(problem.slots)} slots in {len(problem.sessions)} sessions, "
        f"{len(problem.tables)} tables, {len(problem.interpreters)} interpreters"
    )
    exact, base = _exact(), _greedy()
    best: Schedule | None = None
    if exact is not None:
        sched, secs = _run(exact, problem, limit)
        st = sched.stats
        print(
            f"  exact : status {sched.status.value:9} weight {st.weight} / bound "
            f"{st.upper_bound:.1f}, {len(sched.assignments)} meetings, breaks {st.breaks} "
            f"(spread {st.breaks_spread}), {secs:.2f} s"
        )
        best = sched
    if base is not None:
        g, secs = _run(base, problem, limit)
        slot_of = _slot_of(g)
        weight = sum(problem.meeting[a.meeting].weight for a in g.assignments)
        line = (
            f"  greedy: weight {weight}, {len(g.assignments)} meetings, breaks "
            f"{total_breaks(problem, slot_of)} (spread {breaks_spread(problem, slot_of)}), "
            f"{secs:.2f} s"
        )
        if best is not None and best.stats.weight:
            short = best.stats.weight - weight
            line += f"; shortfall {short} ({short / best.stats.weight:.1%})"
        print(line)
        best = best or g
    return best


def bench_fairs(seed: int, limit: float, methods: tuple[str, ...]) -> None:
    from app.scheduler.gaps import improve_gaps

    print("\n== fairs: 60 teams, 250 meetings, one session (idle-gap phase alone)")
    for n_interp in (0, 3):
        for n_slots in (10, 14, 18, 22):
            f = fair(n_slots, seed, n_interpreters=n_interp)
            before = total_breaks(f.problem, f.slot_of)
            row = f"  {n_slots:2} slots, {n_interp} interpreters: input {before:3} breaks"
            for method in methods:
                t0 = time.monotonic()
                r = improve_gaps(
                    f.problem,
                    f.slot_of,
                    f.interpreter_of,
                    Control(limit),
                    method=method,  # type: ignore[arg-type]
                )
                secs = time.monotonic() - t0
                flag = "optimal" if r.optimal else f"not proven, lower bound {r.lower_bound}"
                row += f" | {method}: {r.breaks} ({flag}, {secs:.1f} s)"
            print(row, flush=True)


def paper_methods() -> tuple[str, ...]:
    """Every engine of the gap phase: ``app.scheduler.gaps.ENGINES`` when it exists."""
    engines = _load("app.scheduler.gaps", "ENGINES")
    return tuple(engines) if engines else ("auto", "maxsat", "cpsat")


def paper_shape(f: Fair) -> dict[str, int]:
    """How the instance looks: sizes and the real fairs' constraints it has."""
    p = f.problem
    return {
        "participants": len(p.teams),
        "meetings": len(p.meetings),
        "slots": len(p.slots),
        "tables": len(p.tables),
        "fixed": sum(1 for m in p.meetings if m.fixed_slot is not None),
        "restricted": sum(
            1 for m in p.meetings if m.fixed_slot is None and m.allowed_slots is not None
        ),
        "forbidden": sum(len(t.unavailable_slots) for t in p.teams),
    }


def paper_errors(f: Fair, r: GapResult, known: int | None) -> list[str]:
    """What is wrong with a gap-phase answer: the independent checker's findings (tables
    assigned afresh), breaks below the proven bound, or a "proven" optimum above the hidden
    placement's breaks. Empty: nothing found."""
    from app.scheduler.checker import check
    from app.scheduler.schedule import Assignment, Stats, Status
    from app.scheduler.tables import TableError, assign_tables

    p = f.problem
    try:
        tables = assign_tables(p, r.slot_of)
    except TableError as exc:
        return [str(exc)]
    sched = Schedule(
        Status.FEASIBLE,
        tuple(
            Assignment(mid, s, tables[mid], r.interpreter_of.get(mid))
            for mid, s in sorted(r.slot_of.items())
        ),
        (),
        Stats(len(p.meetings), len(p.meetings), r.breaks, r.spread),
    )
    errors = [e for e in check(p, sched) if not e.startswith("stats.upper_bound")]
    if r.breaks < r.lower_bound:
        errors.append(f"{r.breaks} breaks, below the proven lower bound {r.lower_bound}")
    if r.optimal and known is not None and r.breaks > known:
        errors.append(f"proven optimal at {r.breaks} breaks, but a placement has {known}")
    if r.optimal and r.spread > 2:
        errors.append(f"proven optimal with a breaks spread of {r.spread} > 2")
    return errors


def bench_paper(
    seed: int,
    limit: float,
    methods: tuple[str, ...],
    instances: set[int] | None = None,
    out: Path | None = None,
    compact: float = 1.0,
    repeats: float = 0.0,
) -> list[dict[str, Any]]:
    """The idle-gap phase alone on the paper-shaped fairs, each engine in turn."""
    from app.scheduler.gaps import improve_gaps

    print(
        f"\n== fairs shaped like the paper's (seed {seed}, compact {compact:g}, "
        f"repeats {repeats:g}, {limit:g} s, "
        "spread <= 2): "
        f"{', '.join(methods)}"
    )
    print(
        "  instance  people meetings slots tables fixed restr forbid | engine       "
        "input -> breaks spread  bound  known  proven   time  check"
    )
    rows: list[dict[str, Any]] = []
    fairs = paper_fairs(seed, compact=compact, repeats=repeats)
    twice = sum(
        len(ms) - len({frozenset((m.a, m.b)) for m in ms})
        for ms in (f.problem.meetings for f in fairs)
    )
    if twice:
        print(f"  ({twice} second meetings of a pair in all)")
    for number, f in enumerate(fairs, start=1):
        if instances is not None and number not in instances:
            continue
        shape = paper_shape(f)
        before = total_breaks(f.problem, f.slot_of)
        # the hidden placement the instance was built from: the optimum is at most this
        known = total_breaks(f.problem, f.reference) if f.reference is not None else None
        for method in methods:
            t0 = time.monotonic()
            r = improve_gaps(
                f.problem,
                f.slot_of,
                f.interpreter_of,
                Control(limit),
                method=method,  # type: ignore[arg-type]
                max_spread=2,
            )
            secs = time.monotonic() - t0
            wrong = paper_errors(f, r, known)
            row: dict[str, Any] = {
                "instance": f.name,
                **shape,
                "engine": method,
                "used": r.method,
                "input_breaks": before,
                "breaks": r.breaks,
                "spread": r.spread,
                "lower_bound": r.lower_bound,
                "known_upper_bound": known,
                "optimal": r.optimal,
                "seconds": round(secs, 2),
                "errors": wrong,
            }
            rows.append(row)
            print(
                f"  {f.name}  {shape['participants']:6} {shape['meetings']:8} "
                f"{shape['slots']:5} {shape['tables']:6} {shape['fixed']:5} "
                f"{shape['restricted']:5} {shape['forbidden']:6} | {method:12} "
                f"{before:5} -> {r.breaks:6} {r.spread:6} {r.lower_bound:6} "
                f"{'-' if known is None else known:>6}"
                f"  {'yes' if r.optimal else 'no':6} "
                f"{secs:6.1f} s  {'ok' if not wrong else 'WRONG: ' + '; '.join(wrong[:3])}",
                flush=True,
            )
    print("  summary per engine:")
    for method in methods:
        mine = [r for r in rows if r["engine"] == method]
        if not mine:
            continue
        times = [r["seconds"] for r in mine]
        proven = sum(1 for r in mine if r["optimal"])
        n_wrong = sum(1 for r in mine if r["errors"])
        print(
            f"    {method:12} proven {proven}/{len(mine)}, max {max(times):.1f} s, "
            f"median {statistics.median(times):.1f} s, breaks {sum(r['breaks'] for r in mine)}"
            + (f", {n_wrong} WRONG" if n_wrong else "")
        )
    if out is not None:
        out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
        print(f"  rows written to {out}")
    return rows


def bench_reschedule(seed: int, limit: float) -> None:
    print("\n== re-schedule: large mission published, 5 % cancelled, 5 % new requests")
    raw = mission("large", seed)
    problem = parse_problem(raw)
    exact = _exact()
    if exact is None:
        print("  skipped: needs the exact solver")
        return
    first, secs = _run(exact, problem, limit)
    print(f"  first run: weight {first.stats.weight}, {secs:.1f} s")
    assignments = [
        {"meeting": a.meeting, "slot": a.slot, "table": a.table, "interpreter": a.interpreter}
        for a in first.assignments
    ]
    raw2, cancelled = reschedule(raw, assignments, seed)
    problem2 = parse_problem(raw2)
    second, secs = _run(exact, problem2, limit)
    after = {a.meeting: (a.slot, a.table) for a in second.assignments}
    still = [p for p in problem2.published]  # cancelled ones are gone from the problem
    kept = sum(1 for p in still if after.get(p.meeting) == (p.slot, p.table))
    same_slot = sum(1 for p in still if after.get(p.meeting, ("", ""))[0] == p.slot)
    print(
        f"  second run: status {second.status.value}, weight {second.stats.weight} / bound "
        f"{second.stats.upper_bound:.1f}, breaks {second.stats.breaks}, {secs:.1f} s"
    )
    print(
        f"  published still valid: {len(still)} ({len(cancelled)} cancelled); kept slot and "
        f"table: {kept} ({kept / max(1, len(still)):.1%}); kept slot: {same_slot} "
        f"({same_slot / max(1, len(still)):.1%})"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--size",
        default="all",
        choices=["small", "medium", "large", "fair", "paper", "reschedule", "all"],
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument(
        "--methods",
        default=None,
        help="engines for the fairs, comma-separated, passed to improve_gaps(method=...) "
        "(fair: default cpsat,maxsat; paper: default every engine of "
        "app.scheduler.gaps.ENGINES, else auto,maxsat,cpsat)",
    )
    ap.add_argument(
        "--instances",
        default=None,
        help="paper: the instances to run, by number 1-20, comma-separated (default all)",
    )
    ap.add_argument("--out", type=Path, default=None, help="paper: write the rows as JSON")
    ap.add_argument(
        "--compact",
        type=float,
        default=1.0,
        help="paper: how often a participant's run continues in the hidden placement "
        "(1: few hidden breaks; e.g. 0.7: more, and forbidden slots among them)",
    )
    ap.add_argument(
        "--repeats",
        type=float,
        default=0.0,
        help="paper: the chance that two participants who met may meet again (e.g. 0.05)",
    )
    ap.add_argument(
        "--stability-first",
        action="store_true",
        help="re-schedule: the gap phase keeps published meetings before closing gaps",
    )
    args = ap.parse_args(argv)
    if args.stability_first:
        import functools

        import app.scheduler.gaps as gaps

        gaps.improve_gaps = functools.partial(gaps.improve_gaps, stability_first=True)
        print("(gap phase with stability_first=True)")
    fair_methods = tuple((args.methods or "cpsat,maxsat").split(","))
    sizes = ["small", "medium", "large"] if args.size == "all" else [args.size]
    for size in sizes:
        if size in ("small", "medium", "large"):
            bench_mission(size, args.seed, args.time_limit)
        elif size == "fair":
            bench_fairs(args.seed, args.time_limit, fair_methods)
        elif size == "paper":
            methods = tuple(args.methods.split(",")) if args.methods else paper_methods()
            chosen = {int(x) for x in args.instances.split(",")} if args.instances else None
            bench_paper(
                args.seed,
                args.time_limit,
                methods,
                chosen,
                args.out,
                args.compact,
                args.repeats,
            )
        elif size == "reschedule":
            bench_reschedule(args.seed, args.time_limit)
    if args.size == "all":
        bench_fairs(args.seed, args.time_limit, fair_methods)
        bench_reschedule(args.seed, args.time_limit)


if __name__ == "__main__":
    main()
