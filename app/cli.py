"""The ``ponte`` command line (click). Headless: the window is plugged in by ``ui.entry``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from datetime import date

import click

from app import __version__
from app.calendar.cli import ics_command
from app.cli_support import db_option, mission_option, open_for_cli, resolve_mission
from app.distribution.cli import mail_settings_command, send_command, sent_log_command
from app.documents.agendas_cli import agendas_command, sheets_command
from app.documents.badges_cli import badges_command
from app.exporting.cli import export_command, personal_data_command
from app.importing.cli import import_command
from app.paths import Paths
from app.scheduler.cli import solve_command
from app.services.erasure_cli import erase_command
from app.services.merging_cli import duplicates_command, merge_command
from app.services.publications_cli import publish_command
from app.settings import default_target, load_settings

OpenWindow = Callable[[str | None, int | None], int]


def build_cli(
    open_window: OpenWindow | None = None, extra_commands: Iterable[click.Command] = ()
) -> click.Group:
    """The ``ponte`` group; ``open_window(db, mission_id)`` runs when no subcommand is given."""

    @click.group(
        invoke_without_command=True,
        context_settings={"help_option_names": ["-h", "--help"]},
        help="Ponte: trade missions between Turin and Nagoya. Without a command, opens the window.",
    )
    @click.version_option(__version__, prog_name="ponte")
    @db_option(required=False)
    @click.option("--mission", "mission_id", type=int, default=None, help="Mission id to show.")
    @click.pass_context
    def cli(ctx: click.Context, db: str | None, mission_id: int | None) -> None:
        if ctx.invoked_subcommand is not None:
            return
        if open_window is None:
            raise click.UsageError("This Ponte has no window; name a command (see --help).")
        sys.exit(open_window(db, mission_id))

    for command in (
        demo_command,
        info_command,
        solve_command,
        schedule_command,
        badges_command,
        agendas_command,
        sheets_command,
        ics_command,
        publish_command,
        send_command,
        mail_settings_command,
        sent_log_command,
        import_command,
        erase_command,
        duplicates_command,
        merge_command,
        export_command,
        personal_data_command,
        *extra_commands,
    ):
        cli.add_command(command)
    return cli


@click.command(
    "demo", help="Write the demo missions (Torino → Nagoya, Nagoya → Torino) into a database."
)
@db_option(required=False)
@click.option("--replace", is_flag=True, help="Delete the demo missions already there first.")
def demo_command(db: str | None, replace: bool) -> None:
    from app.demo import write_demo

    target = db or default_target(Paths.for_user(), load_settings(Paths.for_user()))
    with open_for_cli(target) as store:
        try:
            summary = write_demo(store, replace=replace)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    for line in summary:
        click.echo(line)
    click.echo(f"Demo written to {store.location.display()}")


@click.command("info", help="Print what a database holds: its missions and their counts.")
@db_option(required=True)
def info_command(db: str) -> None:
    from app.services.erasure import retention_due
    from app.services.info import describe_database

    settings = load_settings(Paths.for_user())
    with open_for_cli(db, create=False) as store:
        report = describe_database(store)
        due = retention_due(store, date.today(), settings.retention_days)
    click.echo(report.render())
    for d in due:
        click.echo(
            f"\nReminder: mission {d.mission_id} ({d.name}) ended on {d.end_date:%Y-%m-%d}; the "
            f"personal data of its {d.participants} participants is due for erasure since "
            f"{d.due:%Y-%m-%d} (ponte erase --db … --mission-people {d.mission_id})."
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
def schedule_command(db: str, mission_id: int | None, time_limit: float) -> None:
    from app.services.scheduling import SchedulingError, schedule_mission

    with open_for_cli(db, create=False) as store:
        mission_id = resolve_mission(store, mission_id, explicit=True)
        try:
            outcome = schedule_mission(store, mission_id, time_limit_s=time_limit)
        except SchedulingError as exc:
            raise click.ClickException(str(exc)) from exc
    schedule, stats = outcome.schedule, outcome.schedule.stats
    click.echo(
        f"{schedule.status.value}: {len(schedule.assignments)} meetings, weight {stats.weight} "
        f"of at most {stats.upper_bound:g}, {stats.breaks} breaks, "
        f"{stats.moved_from_published} moved, {stats.solve_seconds:.1f} s"
    )
    for item in schedule.unscheduled[:20]:
        click.echo(f"  not scheduled, {outcome.describe(item.meeting)}: {item.reason}")
    if len(schedule.unscheduled) > 20:
        click.echo(f"  … and {len(schedule.unscheduled) - 20} more")
    if outcome.stored == 0 and schedule.assignments:
        raise click.ClickException("Nothing was stored: the problem is infeasible.")
    click.echo(f"Stored {outcome.stored} meetings in {store.location.display()}")
