"""The ``ponte`` command line (click). Headless: the window is plugged in by ``ui.entry``.

One module per group of commands; a command parses its options, calls one action of
:mod:`app.services` and prints what it did. What every command shares (the options, the
user's folders, opening the database) is in :mod:`app.cli.context`; the one handler of a
user's errors is :class:`PonteGroup`.

A command's module is imported only when that command runs (:data:`COMMANDS`): ``ponte info``
never loads the scheduler's solvers, reportlab or the spreadsheet libraries, and ``ponte
--help`` loads none of the command modules (it lists each command's summary from here).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import click

from app import __version__
from app.cli.context import CliContext, db_option
from app.common.errors import UserError
from app.common.files import keep_private, keep_register

OpenWindow = Callable[[str | None, int | None], int]


@dataclass(frozen=True)
class LazyCommand:
    """Where a command lives (``module``'s ``attribute``) and its one-line summary for
    ``ponte --help`` (the one place of that line; the command's own help says the rest)."""

    module: str
    attribute: str
    summary: str

    def load(self) -> click.Command:
        command = getattr(importlib.import_module(self.module), self.attribute)
        assert isinstance(command, click.Command), f"{self.module}.{self.attribute}"
        command.short_help = self.summary
        return command


COMMANDS: dict[str, LazyCommand] = {
    "demo": LazyCommand(
        "app.cli.database",
        "demo_command",
        "Write the two demo missions into a database.",
    ),
    "backup": LazyCommand(
        "app.cli.backups", "backup_group", "List, make or restore backups of a database file."
    ),
    "info": LazyCommand(
        "app.cli.database", "info_command", "Print what a database holds: missions, counts."
    ),
    "history": LazyCommand(
        "app.cli.database",
        "history_command",
        "Who changed what in a mission, and when (the audit log).",
    ),
    "mission": LazyCommand(
        "app.cli.mission_setup", "mission_group", "Create, show, edit or copy a mission."
    ),
    "venue": LazyCommand(
        "app.cli.mission_setup", "venue_group", "Add, edit, list or remove a mission's venues."
    ),
    "travel": LazyCommand(
        "app.cli.mission_setup", "travel_group", "Travel times between a mission's venues."
    ),
    "delegation": LazyCommand(
        "app.cli.mission_setup",
        "delegation_group",
        "Add, edit, list or remove a mission's delegations.",
    ),
    "solve": LazyCommand(
        "app.cli.scheduling",
        "solve_command",
        "Schedule PROBLEM.json's meetings into SCHEDULE.json.",
    ),
    "schedule": LazyCommand(
        "app.cli.scheduling",
        "schedule_command",
        "Schedule a mission's B2B meetings and store them.",
    ),
    "badges": LazyCommand(
        "app.cli.documents", "badges_command", "Print badges on label sheets (one PDF)."
    ),
    "agendas": LazyCommand(
        "app.cli.documents",
        "agendas_command",
        "Write a personal agenda PDF for each participant.",
    ),
    "sheets": LazyCommand(
        "app.cli.documents", "sheets_command", "Write the table sheets (one page per table)."
    ),
    "ics": LazyCommand(
        "app.cli.documents", "ics_command", "Write calendar files (.ics) for each participant."
    ),
    "programme": LazyCommand(
        "app.cli.programme", "programme_command", "Write the programme booklet (PDF)."
    ),
    "publish": LazyCommand(
        "app.cli.publishing",
        "publish_command",
        "Publish the schedule and programme as a version.",
    ),
    "send": LazyCommand(
        "app.cli.publishing",
        "send_command",
        "Send each participant their agenda and calendar.",
    ),
    "mail-settings": LazyCommand(
        "app.cli.publishing",
        "mail_settings_command",
        "Show or change how this computer sends mail.",
    ),
    "sent-log": LazyCommand(
        "app.cli.publishing", "sent_log_command", "List what was sent to whom, newest first."
    ),
    "import": LazyCommand(
        "app.cli.records",
        "import_command",
        "Import a mission's records from .xlsx or .csv.",
    ),
    "erase": LazyCommand(
        "app.cli.records",
        "erase_command",
        "Erase a participant, or every participant of a mission.",
    ),
    "duplicates": LazyCommand(
        "app.cli.records",
        "duplicates_command",
        "List the participants that look like the same person.",
    ),
    "merge": LazyCommand(
        "app.cli.records", "merge_command", "Merge participant --remove into --keep."
    ),
    "export": LazyCommand(
        "app.cli.records",
        "export_command",
        "Write a mission's records to a spreadsheet.",
    ),
    "personal-data": LazyCommand(
        "app.cli.records",
        "personal_data_command",
        "Write all Ponte holds on one participant (JSON).",
    ),
    "setup-template": LazyCommand(
        "app.cli.setup_workbook",
        "setup_template_command",
        "Write the empty set-up workbook (.xlsx).",
    ),
    "setup-import": LazyCommand(
        "app.cli.setup_workbook",
        "setup_import_command",
        "Import a filled set-up workbook, sheet by sheet.",
    ),
    "request": LazyCommand(
        "app.cli.requests", "request_group", "Meeting requests: who asks to meet whom."
    ),
    "suggest": LazyCommand(
        "app.cli.requests",
        "suggest_command",
        "Suggested pairs of organisations not yet asked.",
    ),
    "session": LazyCommand(
        "app.cli.sessions",
        "session_group",
        "A mission's B2B sessions: add, edit, list, remove.",
    ),
    "interpreter": LazyCommand(
        "app.cli.interpreters",
        "interpreter_group",
        "Add, edit, list or remove a mission's interpreters.",
    ),
    "unavailable": LazyCommand(
        "app.cli.interpreters",
        "unavailable_group",
        "The times a participant or interpreter cannot meet.",
    ),
    "server": LazyCommand(
        "app.cli.server", "server_group", "Roles and users of a shared PostgreSQL database."
    ),
    "check-in": LazyCommand(
        "app.cli.server", "check_in_command", "Record that a participant arrived at the venue."
    ),
    "checkin": LazyCommand(
        "app.cli.check_in",
        "checkin_command",
        "Check in by a scanned badge or a name (scanner station).",
    ),
    "status": LazyCommand(
        "app.cli.status",
        "status_command",
        "Mark a meeting held, missed (by which side) or cancelled.",
    ),
    "report": LazyCommand(
        "app.cli.report",
        "report_command",
        "The mission's report for the chambers' boards (PDF, .xlsx).",
    ),
    "host-sheets": LazyCommand(
        "app.cli.status",
        "host_sheets_command",
        "Write the table host sheets to tick by hand (PDF).",
    ),
    "offline": LazyCommand(
        "app.cli.offline",
        "offline_group",
        "A mission from a server into a local file, and back.",
    ),
    "absent": LazyCommand(
        "app.cli.absence",
        "absent_command",
        "Mark a participant absent; re-plan the rest of their day.",
    ),
    "survey": LazyCommand(
        "app.cli.outcomes", "survey_command", "Write the outcome survey forms (.xlsx)."
    ),
    "outcome": LazyCommand(
        "app.cli.outcomes", "outcome_command", "Record one side's outcome of a held meeting."
    ),
    "follow-ups": LazyCommand(
        "app.cli.outcomes", "follow_ups_command", "List or export the mission's follow-ups."
    ),
    "clashes": LazyCommand(
        "app.cli.clashes", "clashes_command", "List the clashes in a mission's programme."
    ),
}


class PonteGroup(click.Group):
    """The ``ponte`` group, and the one place where a user's error becomes a message: any
    :class:`UserError` a command lets through is printed as "Error: …" (in English) with
    exit status 1, or the status the error names; never as a Python traceback.

    Its commands come from :data:`COMMANDS`, each imported the first time it is named."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = self.commands.get(cmd_name)
        if command is None and cmd_name in COMMANDS:
            command = COMMANDS[cmd_name].load()
            self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The list of commands from their summaries, without importing any of them."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [
            (
                name,
                self.commands[name].get_short_help_str(limit)
                if name in self.commands
                else COMMANDS[name].summary,
            )
            for name in names
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

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
    @click.option(
        "--as",
        "actor",
        default=None,
        metavar="NAME",
        help="Who makes this run's changes, for the audit log (default: the coordinator's "
        "name in the settings, else the login name).",
    )
    @click.pass_context
    def cli(ctx: click.Context, db: str | None, mission_id: int | None, actor: str | None) -> None:
        context = ctx.ensure_object(CliContext)
        keep_private(context.paths)  # Ponte's folders 0700; the register of written folders
        ctx.call_on_close(lambda: keep_register(None))
        if actor is not None:
            if not actor.strip():
                raise click.BadParameter("give a name.", param_hint="--as")
            context.actor = actor.strip()
        if ctx.invoked_subcommand is not None:
            return
        if open_window is None:
            raise click.UsageError("This Ponte has no window; name a command (see --help).")
        sys.exit(open_window(db, mission_id))

    for command in extra_commands:
        cli.add_command(command)
    return cli
