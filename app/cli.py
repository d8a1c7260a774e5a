"""The ``ponte`` command line (click). Headless: the window is plugged in by ``ui.entry``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from app import __version__
from app.paths import Paths
from app.settings import default_target, load_settings
from app.store import Store, StoreError, open_store

DB_HELP = "A database file, or a URL such as postgresql+psycopg://user@127.0.0.1/ponte."

OpenWindow = Callable[[str | None, int | None], int]


def db_option(required: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--db", "db", required=required, metavar="FILE|URL", help=DB_HELP)


def open_for_cli(db: str, *, create: bool = True) -> Store:
    """Open a store or exit with the store's own message (status 2)."""
    try:
        return open_store(db, paths=Paths.for_user(), create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


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

    for command in (demo_command, info_command, *extra_commands):
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
    from app.services.info import describe_database

    if "://" not in db and not Path(db).expanduser().exists():
        raise click.ClickException(f"There is no database at {db}.")
    with open_for_cli(db, create=False) as store:
        report = describe_database(store)
    click.echo(report.render())
