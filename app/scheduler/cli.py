"""``ponte solve PROBLEM.json --out SCHEDULE.json [--time-limit S]``: the solver on files."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import click

from app.scheduler.control import Control
from app.scheduler.problem import ProblemError
from app.scheduler.schedule import Schedule, Status


class InfeasibleError(click.ClickException):
    """The hard constraints cannot all hold: the file is written, the exit status is 2."""

    exit_code = 2


@contextmanager
def _ctrl_c_cancels(control: Control) -> Iterator[None]:
    """The first Ctrl-C asks the solver to stop and keep its best schedule (which is then
    written); a second one interrupts as usual."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        click.echo("Stopping: keeping the best schedule found so far …", err=True)
        control.cancel()
        signal.signal(signal.SIGINT, previous)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def summary(schedule: Schedule) -> str:
    """One line: status, weight / bound, breaks, moved, seconds."""
    s = schedule.stats
    return (
        f"{schedule.status.value}: weight {s.weight} / bound {s.upper_bound:g}, "
        f"{len(schedule.assignments)} meetings, {len(schedule.unscheduled)} unscheduled, "
        f"{s.breaks} breaks (spread {s.breaks_spread}), {s.moved_from_published} moved, "
        f"{s.solve_seconds:.2f} s"
    )


@click.command(
    "solve",
    help="Schedule the B2B meetings of PROBLEM.json (issue 3's format) and write SCHEDULE.json. "
    "Exit status 1 for a malformed or contradictory problem, 2 when no schedule satisfies the "
    "mandatory and locked meetings (the file is still written, with reasons).",
)
@click.argument("problem_path", metavar="PROBLEM.json", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_path",
    required=True,
    metavar="SCHEDULE.json",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Where to write the schedule (replaced atomically).",
)
@click.option(
    "--time-limit",
    "time_limit",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="S",
    help="Stop after S seconds with the best schedule found "
    "(default: options.time_limit_s of the problem, else 60).",
)
def solve_command(problem_path: Path, out_path: Path, time_limit: float | None) -> None:
    from app.scheduler.io import load_problem, write_schedule
    from app.scheduler.solver import solve

    try:
        problem = load_problem(problem_path)
    except ProblemError as exc:
        raise click.ClickException(str(exc)) from exc
    limit = time_limit if time_limit is not None else problem.options.time_limit_s
    control = Control(time_limit_s=limit)
    with _ctrl_c_cancels(control):
        schedule = solve(problem, control)
    try:
        write_schedule(schedule, out_path)
    except OSError as exc:
        raise click.ClickException(
            f"{out_path}: cannot write the schedule ({exc.strerror or exc})."
        ) from exc
    click.echo(summary(schedule))
    if schedule.status is Status.INFEASIBLE:
        raise InfeasibleError(
            "No schedule satisfies every mandatory and locked meeting; "
            f"see the reasons in {out_path}."
        )
