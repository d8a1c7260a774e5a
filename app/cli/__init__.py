"""The ``ponte`` command line (click). Headless: the window is plugged in by ``ui.entry``.

One module per group of commands; a command parses its options, calls one action of
:mod:`app.services` and prints what it did. What every command shares (the options, the
user's folders, opening the database) is in :mod:`app.cli.context`; the one handler of a
user's errors is :class:`PonteGroup`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from app import __version__
from app.cli.clashes import clashes_command
from app.cli.context import CliContext, db_option
from app.cli.database import demo_command, info_command
from app.cli.documents import agendas_command, badges_command, ics_command, sheets_command
from app.cli.interpreters import interpreter_group, unavailable_group
from app.cli.mission_setup import delegation_group, mission_group, travel_group, venue_group
from app.cli.publishing import (
    mail_settings_command,
    publish_command,
    send_command,
    sent_log_command,
)
from app.cli.records import (
    duplicates_command,
    erase_command,
    export_command,
    import_command,
    merge_command,
    personal_data_command,
)
from app.cli.requests import request_group, suggest_command
from app.cli.scheduling import schedule_command, solve_command
from app.cli.sessions import session_group
from app.cli.setup_workbook import setup_import_command, setup_template_command
from app.common.errors import UserError

OpenWindow = Callable[[str | None, int | None], int]


class PonteGroup(click.Group):
    """The ``ponte`` group, and the one place where a user's error becomes a message: any
    :class:`UserError` a command lets through is printed as "Error: …" (in English) with
    exit status 1, or the status the error names; never as a Python traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            click.echo(f"Error: {exc}", err=True)  # as click words its own errors
            ctx.exit(getattr(exc, "exit_status", 1))


def build_cli(
    open_window: OpenWindow | None = None, extra_commands: Iterable[click.Command] = ()
) -> click.Group:
    """The ``ponte`` group; ``open_window(db, mission_id)`` runs when no subcommand is given."""

    @click.group(
        cls=PonteGroup,
        invoke_without_command=True,
        context_settings={"help_option_names": ["-h", "--help"]},
        help="Ponte: trade missions between Turin and Nagoya. Without a command, opens the window.",
    )
    @click.version_option(__version__, prog_name="ponte")
    @db_option(required=False)
    @click.option("--mission", "mission_id", type=int, default=None, help="Mission id to show.")
    @click.pass_context
    def cli(ctx: click.Context, db: str | None, mission_id: int | None) -> None:
        ctx.ensure_object(CliContext)
        if ctx.invoked_subcommand is not None:
            return
        if open_window is None:
            raise click.UsageError("This Ponte has no window; name a command (see --help).")
        sys.exit(open_window(db, mission_id))

    for command in (
        demo_command,
        info_command,
        mission_group,
        venue_group,
        travel_group,
        delegation_group,
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
        setup_template_command,
        setup_import_command,
        request_group,
        suggest_command,
        session_group,
        interpreter_group,
        unavailable_group,
        clashes_command,
        *extra_commands,
    ):
        cli.add_command(command)
    return cli
