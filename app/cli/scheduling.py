"""``ponte solve`` (the solver alone, on PROBLEM.json files) and ``ponte schedule`` (a
mission's B2B meetings scheduled and stored)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from app.cli.context import db_option, mission_option, open_for_cli, plural, resolve_mission
from app.services.gap_floor import is_proven_minimal

if TYPE_CHECKING:  # imported when a command runs: `ponte solve --help` loads no solver
    from app.services.scheduling import Control, Schedule


class InfeasibleError(click.ClickException):
    """The hard constraints cannot all hold: the file is written, the exit status is 2."""

    exit_code = 2


@contextmanager
def ctrl_c_cancels(control: Control) -> Iterator[None]:
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
    """One line: status, weight / bound, breaks (proven minimal, or at least the floor),
    moved, seconds."""
    s = schedule.stats
    if is_proven_minimal(s.breaks, s.breaks_floor):
        floor = ", proven minimal"
    elif s.breaks_floor:
        floor = f", at least {s.breaks_floor}"
    else:
        floor = ""
    return (
        f"{schedule.status.value}: weight {s.weight} / bound {s.upper_bound:g}, "
        f"{len(schedule.assignments)} meetings, {len(schedule.unscheduled)} unscheduled, "
        f"{s.breaks} breaks (spread {s.breaks_spread}{floor}), "
        f"{s.moved_from_published} moved, {s.solve_seconds:.2f} s"
    )


@click.command(
    "solve",
    help="Schedule the B2B meetings of PROBLEM.json (issue 3's format; a meeting may also "
    "name the sessions it may be in, and two participants may meet more than once: see the "
    "README) and write SCHEDULE.json. "
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
    from app.services.scheduling import Control, Status, solve_problem_file

    control = Control(time_limit_s=time_limit or 60.0)
    with ctrl_c_cancels(control):
        schedule = solve_problem_file(
            problem_path, out_path, time_limit_s=time_limit, control=control
        )
    click.echo(summary(schedule))
    if schedule.status is Status.INFEASIBLE:
        raise InfeasibleError(
            "No schedule satisfies every mandatory and locked meeting; "
            f"see the reasons in {out_path}."
        )


@click.command(
    "schedule",
    help="Schedule a mission's B2B meetings from its requests and store them "
    "(locked meetings stay where they are).",
)
@db_option(required=True)
@mission_option("Mission id (see ponte info); needed when the database has several.")
@click.option(
    "--time-limit",
    "time_limit",
    type=click.FloatRange(min=1),
    default=60.0,
    show_default=True,
    help="Seconds the solver may use.",
)
@click.option(
    "--verbose",
    is_flag=True,
    help="Also print the solver's own figures (status, weight and its upper bound, seconds).",
)
def schedule_command(db: str, mission_id: int | None, time_limit: float, verbose: bool) -> None:
    from app.services.schedule_summary import run_summary, solver_figures
    from app.services.scheduling import schedule_mission

    with open_for_cli(db, create=False) as store:
        mission_id = resolve_mission(store, mission_id, explicit=True)
        outcome = schedule_mission(store, mission_id, time_limit_s=time_limit)
    schedule, run = outcome.schedule, outcome.run
    if run.status == "infeasible":
        click.echo("No schedule satisfies every mandatory and locked meeting.")
    else:  # the B2B page's words: "All 205 best meetings placed; 85 requests could not …"
        words = run_summary(run)
        click.echo(f"{words.placed}{' (listed below)' if words.left else ''}.")
        click.echo(str(words.idle_gaps))
    if run.moved_from_published:
        click.echo(f"{plural(run.moved_from_published, 'published meeting')} moved.")
    if verbose:
        click.echo(f"{solver_figures(run)}, {run.moved_from_published} moved")
    for item in schedule.unscheduled[:20]:
        click.echo(f"  not scheduled, {outcome.describe(item.meeting)}: {item.reason}")
    if len(schedule.unscheduled) > 20:
        click.echo(f"  … and {len(schedule.unscheduled) - 20} more")
    if outcome.stored == 0 and schedule.assignments:
        raise click.ClickException("Nothing was stored: the problem is infeasible.")
    click.echo(f"Stored {outcome.stored} meetings in {store.location.display()}")
