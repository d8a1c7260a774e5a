"""``ponte publish``: freeze a mission's schedule and programme as the next version."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from app.cli_support import db_option, mission_option, open_for_cli, resolve_mission

if TYPE_CHECKING:  # imported when run: the command line starts without the services
    from app.services.publications import MissionDiff


@click.command(
    "publish",
    help="Publish the mission's current schedule and programme as the next version "
    "(with --dry-run: show what changed since the last version and publish nothing).",
)
@db_option(required=True)
@mission_option("Mission id (see ponte info); needed when the database has several.")
@click.option("--note", default="", help="A note kept with the version.")
@click.option("--by", "by", default="", help="Who publishes (kept with the version).")
@click.option("--dry-run", is_flag=True, help="Print the changes; publish nothing.")
def publish_command(db: str, mission_id: int | None, note: str, by: str, dry_run: bool) -> None:
    from app.services.publications import PublicationError, diff, publish

    with open_for_cli(db, create=False) as store:
        mission_id = resolve_mission(store, mission_id, explicit=True)
        try:
            if dry_run:
                _print_diff(diff(store, mission_id))
                return
            done = publish(store, mission_id, by=by, note=note)
        except PublicationError as exc:
            raise click.ClickException(str(exc)) from exc
    since = (
        f"{done.changed_participants} participants' schedules changed since version "
        f"{done.number - 1}"
        if done.number > 1
        else f"first version, for {done.changed_participants} participants"
    )
    click.echo(
        f"Published version {done.number} of {done.mission_name}: {done.meetings} meetings, "
        f"{done.items} programme items; {since}"
    )


def _print_diff(d: MissionDiff) -> None:
    if d.base is None:
        click.echo("Nothing published yet: everything below is new (version 1).")
    else:
        click.echo(f"Changes since version {d.base}:")
    for p in d.participants:
        click.echo(f"{p.name} (participant {p.participant_id}):")
        for line in p.summary.splitlines():
            click.echo(f"  {line}")
    click.echo(
        f"{len(d.participants)} participants' schedules changed; nothing was published (--dry-run)."
    )
