"""``ponte demo`` (the demo missions into a database) and ``ponte info`` (what it holds)."""

from __future__ import annotations

from datetime import date

import click

from app.cli.context import cli_context, db_option, open_for_cli
from app.common.settings import default_target, load_settings


@click.command(
    "demo", help="Write the demo missions (Torino → Nagoya, Nagoya → Torino) into a database."
)
@db_option(required=False)
@click.option("--replace", is_flag=True, help="Delete the demo missions already there first.")
def demo_command(db: str | None, replace: bool) -> None:
    from app.services.demo import write_demo

    target = db or default_target(cli_context().paths, load_settings(cli_context().paths))
    with open_for_cli(target) as store:
        summary = write_demo(store, replace=replace)
    for line in summary:
        click.echo(line)
    click.echo(f"Demo written to {store.location.display()}")


@click.command("info", help="Print what a database holds: its missions and their counts.")
@db_option(required=True)
def info_command(db: str) -> None:
    from app.services.erasure import retention_due
    from app.services.info import describe_database

    settings = load_settings(cli_context().paths)
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
