"""``ponte demo`` (the demo missions into a database), ``ponte info`` (what it holds) and
``ponte history`` (who changed what in a mission)."""

from __future__ import annotations

from datetime import date

import click

from app.cli.context import cli_context, db_option, mission_option, open_for_cli, resolve_mission
from app.common.settings import default_target, load_settings
from app.services.audit_messages import NO_HISTORY


@click.command(
    "demo", help="Write the demo missions (Torino → Nagoya, Nagoya → Torino) into a database."
)
@db_option(required=False)
@click.option("--replace", is_flag=True, help="Delete the demo missions already there first.")
@click.option(
    "--after-the-mission",
    "after",
    is_flag=True,
    help="Also schedule them and invent the day: meetings held or missed, both sides' "
    "outcomes and follow-ups (for ponte report).",
)
def demo_command(db: str | None, replace: bool, after: bool) -> None:
    from app.services.demo import after_the_mission, write_demo

    target = db or default_target(cli_context().paths, load_settings(cli_context().paths))
    with open_for_cli(target) as store:
        summary = write_demo(store, replace=replace)
        invented = after_the_mission(store) if after else []
    for line in summary:
        click.echo(line)
    for name, made in invented:
        click.echo(
            f"{name}, after the mission: {made.held} meetings held, {made.no_shows} missed, "
            f"{made.cancelled_late} cancelled late, {made.answers} outcomes, "
            f"{made.follow_ups} follow-ups"
        )
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


@click.command(
    "history",
    help="Print who changed what in a mission and when, newest first (the audit log: field "
    "names, never values). Times in UTC and in the mission's time zone.",
)
@db_option(required=True)
@mission_option()
@click.option(
    "--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most N lines."
)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip the newest N lines.")
def history_command(db: str, mission_id: int | None, limit: int, offset: int) -> None:
    from zoneinfo import ZoneInfo

    from app.services.audit import mission_history

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        page = mission_history(store, mid, limit=limit, offset=offset)
    if not page.lines:
        click.echo(NO_HISTORY().text())
        return
    zone = ZoneInfo(page.zone)
    for line in page.lines:
        local = line.at.astimezone(zone)
        click.echo(f"{line.at:%Y-%m-%d %H:%M}Z  ({local:%Y-%m-%d %H:%M} {page.zone})  {line.said}")
    if page.has_more:
        shown = page.offset + len(page.lines)
        click.echo(f"… {page.total - shown} older (--offset {shown})")
