"""What every ``ponte`` command shares: the run's context (the user's folders, read once), the
--db and --mission options, opening the database, choosing the mission, and lists of ids.
(Apart from ``app.cli`` so that command modules can use it without importing the group that
registers them.)"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from app.common.paths import Paths

if TYPE_CHECKING:  # the database's libraries load when a command opens one, not before
    from app.services.database import Store


@dataclass
class CliContext:
    """What one run of ``ponte`` works with, built once when it starts (click's ``ctx.obj``)."""

    paths: Paths = field(default_factory=Paths.for_user)
    # who this run's changes are by (``ponte --as NAME``); None: the settings' coordinator
    actor: str | None = None


def cli_context() -> CliContext:
    """The running command's context (made here when a command runs outside the group)."""
    return click.get_current_context().find_root().ensure_object(CliContext)


DB_HELP = (
    "A database file, or a URL such as postgresql+psycopg://user@127.0.0.1/ponte (its "
    "password: PGPASSWORD, the keyring, or user:PASSWORD@ in the URL; never stored or printed)."
)


def plural(n: int, word: str) -> str:
    """'1 row', '3 rows' (the CLI speaks English)."""
    return f"{n} {word}{'' if n == 1 else 's'}"


Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def with_options(*options: Decorator) -> Decorator:
    """Several click options as one decorator, in the order ``--help`` lists them (a group
    of options two commands share: ``add`` with some required, ``edit`` with none)."""

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            f = option(f)
        return f

    return decorate


def db_option(required: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--db", "db", required=required, metavar="FILE|URL", help=DB_HELP)


def mission_option(
    help: str = "Mission id (see ponte info); default: the next mission that has not ended.",
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--mission", "mission_id", type=int, default=None, help=help)


def participants_option(
    help: str = "Only these participant ids, e.g. 3,5,12.",
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--participants 3,5,12, parsed into a tuple of ids (None when absent)."""
    return click.option(
        "--participants",
        "participants",
        default=None,
        metavar="IDS",
        callback=id_list("--participants"),
        help=help,
    )


def out_pdf_option(example: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--out FILE: the one PDF a command writes (replaced only once the new one is complete,
    as every document writer does)."""
    return click.option(
        "--out",
        "out",
        required=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help=f"The PDF to write, e.g. {example} (replaced only once the new one is complete).",
    )


def out_folder_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--out DIR: the folder a command writes its files into."""
    return click.option(
        "--out",
        "out",
        required=True,
        type=click.Path(file_okay=False, path_type=Path),
        help=help,
    )


def open_for_cli(db: str, *, create: bool = True) -> Store:
    """Open a store in the user's folders, its changes by ``--as`` NAME or else the coordinator
    the settings name; a :class:`StoreError` goes to the group's one handler (status 1)."""
    from app.services.database import on_database_wait, open_database

    on_database_wait(lambda message: click.echo(str(message), err=True))
    context = cli_context()
    return open_database(db, paths=context.paths, create=create, actor=context.actor)


def resolve_mission(store: Store, mission_id: int | None, *, explicit: bool = False) -> int:
    """The mission asked for, or the default one (the next that has not ended; it is named
    on stderr when there are several). ``explicit``: with several missions, one must be
    named (for commands that replace data)."""
    from app.services.missions import default_mission, list_missions

    missions = list_missions(store)
    if mission_id is not None:
        if mission_id not in {m.id for m in missions}:
            raise click.ClickException(f"This database has no mission {mission_id}.")
        return mission_id
    if not missions:
        raise click.ClickException("This database has no missions yet (see ponte demo).")
    if explicit and len(missions) > 1:
        names = ", ".join(f"{m.id} ({m.name})" for m in missions)
        raise click.UsageError(f"Name the mission with --mission; this database has: {names}.")
    chosen = default_mission(missions, date.today()) or missions[-1]
    if len(missions) > 1:
        print(f"Mission {chosen.id}: {chosen.name} (another with --mission)", file=sys.stderr)
    return chosen.id


def id_list(option: str, what: str = "participant") -> Callable[..., tuple[int, ...] | None]:
    """A click callback turning "3,5,8" into (3, 5, 8) (None when the option is absent)."""

    def parse(
        _ctx: click.Context, _param: click.Parameter, value: str | None
    ) -> tuple[int, ...] | None:
        if value is None:
            return None
        try:
            ids = tuple(int(part) for part in value.replace(" ", "").split(",") if part)
        except ValueError:
            raise click.BadParameter(
                f"'{value}' is not a list of {what} ids such as 3,5,8.", param_hint=option
            ) from None
        if not ids:
            raise click.BadParameter(f"name at least one {what} id.", param_hint=option)
        return ids

    return parse
